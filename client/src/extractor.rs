//! The page's side of the extraction worker (`src/bin/worker.rs`).
//!
//! Files go to one plain `web_sys::Worker`, one at a time. A parser panic
//! kills the worker: its `onerror` fails that one file, and a new worker takes
//! the rest of the queue. A new worker drops messages sent before its wasm is
//! running, so each one is used only after it posts [`READY`]. A file that
//! takes too long is failed and its worker replaced the same way.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use shortlist_core::extract::Extraction;
use shortlist_core::worker::{ExtractReply, READY};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, File, MessageEvent, Worker};
use yew::Callback;

/// Where trunk puts the worker's loader (`data-loader-shim` in index.html).
pub const WORKER_URL: &str = "./shortlist-worker_loader.js";

/// How long one file may take before its worker is replaced.
const FILE_TIMEOUT_MS: u32 = 60_000;

/// How reading one file ended, from the page's point of view.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadResult {
    /// The worker answered: text, or an outcome such as "password-protected".
    Done(Extraction),
    /// The worker could not answer; the message says why.
    Failed(String),
}

/// Called with the resume id and its result.
pub type OnRead = Callback<(u32, ReadResult)>;

/// Reads files in a worker. Cheap to clone; clones share the worker.
#[derive(Clone)]
pub struct Extractor {
    inner: Rc<RefCell<Inner>>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

impl PartialEq for Extractor {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

struct Job {
    id: u32,
    file: File,
    on_read: OnRead,
}

struct InFlight {
    id: u32,
    on_read: OnRead,
    _timeout: Timeout,
}

struct Inner {
    url: String,
    worker: Option<Running>,
    ready: bool,
    queue: VecDeque<Job>,
    in_flight: Option<InFlight>,
}

/// A worker and the handlers that must live as long as it does.
struct Running {
    worker: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(ErrorEvent)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

impl Extractor {
    pub fn new(url: &str) -> Self {
        let inner = Inner {
            url: url.to_owned(),
            worker: None,
            ready: false,
            queue: VecDeque::new(),
            in_flight: None,
        };
        Self { inner: Rc::new(RefCell::new(inner)) }
    }

    /// Queues `file`; `on_read` is called once with its result.
    pub fn read(&self, id: u32, file: File, on_read: OnRead) {
        self.inner.borrow_mut().queue.push_back(Job { id, file, on_read });
        pump(&self.inner);
    }
}

/// Starts a worker if none runs, or sends the next file if the worker is idle.
fn pump(inner: &Rc<RefCell<Inner>>) {
    let mut state = inner.borrow_mut();
    if state.worker.is_none() {
        if state.queue.is_empty() {
            return;
        }
        match start_worker(&state.url, Rc::downgrade(inner)) {
            Ok(running) => {
                state.worker = Some(running);
                state.ready = false;
            }
            Err(error) => {
                let jobs: Vec<Job> = state.queue.drain(..).collect();
                drop(state);
                gloo::console::error!(format!("cannot start the extraction worker: {error:?}"));
                for job in jobs {
                    job.on_read.emit((job.id, ReadResult::Failed(UNAVAILABLE.to_owned())));
                }
            }
        }
        return;
    }
    if !state.ready || state.in_flight.is_some() {
        return;
    }
    let Some(job) = state.queue.pop_front() else { return };
    let weak = Rc::downgrade(inner);
    let id = job.id;
    let timeout = Timeout::new(FILE_TIMEOUT_MS, move || {
        if let Some(inner) = weak.upgrade() {
            fail_in_flight(&inner, id, TOO_SLOW);
        }
    });
    state.in_flight = Some(InFlight { id, on_read: job.on_read, _timeout: timeout });
    drop(state);
    send(inner, job.id, job.file);
}

/// Reads the file's bytes and transfers them to the worker.
fn send(inner: &Rc<RefCell<Inner>>, id: u32, file: File) {
    let weak = Rc::downgrade(inner);
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer()).await;
        let Some(inner) = weak.upgrade() else { return };
        let posted = bytes.and_then(|buffer| {
            let state = inner.borrow();
            let worker = state.worker.as_ref().ok_or_else(|| JsValue::from_str("no worker"))?;
            let message = js_sys::Array::of2(&JsValue::from(id), &buffer);
            worker.worker.post_message_with_transfer(&message, &js_sys::Array::of1(&buffer))
        });
        if let Err(error) = posted {
            gloo::console::warn!(format!("cannot hand file {id} to the worker: {error:?}"));
            finish(&inner, id, ReadResult::Failed(UNREADABLE.to_owned()));
        }
    });
}

fn start_worker(url: &str, weak: Weak<RefCell<Inner>>) -> Result<Running, JsValue> {
    let worker = Worker::new(url)?;
    let on_message = {
        let weak = weak.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                on_message(&inner, event.data().as_string().unwrap_or_default());
            }
        })
    };
    let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
        event.prevent_default();
        if let Some(inner) = weak.upgrade() {
            on_crash(&inner, &event.message());
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running { worker, _on_message: on_message, _on_error: on_error })
}

fn on_message(inner: &Rc<RefCell<Inner>>, data: String) {
    if data == READY {
        inner.borrow_mut().ready = true;
        pump(inner);
        return;
    }
    match serde_json::from_str::<ExtractReply>(&data) {
        Ok(reply) => finish(inner, reply.id, ReadResult::Done(reply.extraction)),
        Err(error) => gloo::console::error!(format!("unexpected message from the worker: {error}")),
    }
}

/// The worker died (a parser panic, or its script failed to load).
fn on_crash(inner: &Rc<RefCell<Inner>>, message: &str) {
    let mut state = inner.borrow_mut();
    let was_ready = state.ready;
    state.worker = None;
    state.ready = false;
    let in_flight = state.in_flight.take();
    drop(state);
    gloo::console::warn!(format!("extraction worker stopped: {message}"));
    if let Some(job) = in_flight {
        job.on_read.emit((job.id, ReadResult::Failed(CRASHED.to_owned())));
    }
    if was_ready {
        pump(inner);
    } else {
        // It never started: starting another would fail the same way.
        let jobs: Vec<Job> = inner.borrow_mut().queue.drain(..).collect();
        for job in jobs {
            job.on_read.emit((job.id, ReadResult::Failed(UNAVAILABLE.to_owned())));
        }
    }
}

/// The file in flight took too long: replace its worker.
fn fail_in_flight(inner: &Rc<RefCell<Inner>>, id: u32, message: &str) {
    let is_current = inner.borrow().in_flight.as_ref().is_some_and(|job| job.id == id);
    if is_current {
        let mut state = inner.borrow_mut();
        state.worker = None;
        state.ready = false;
        drop(state);
        finish(inner, id, ReadResult::Failed(message.to_owned()));
    }
}

fn finish(inner: &Rc<RefCell<Inner>>, id: u32, result: ReadResult) {
    let job = {
        let mut state = inner.borrow_mut();
        match &state.in_flight {
            Some(job) if job.id == id => state.in_flight.take(),
            _ => None,
        }
    };
    if let Some(job) = job {
        job.on_read.emit((id, result));
    }
    pump(inner);
}

const CRASHED: &str = "The file could not be read: its parser failed on it, so it is probably damaged";
const TOO_SLOW: &str = "Reading the file took too long; it may be damaged";
const UNAVAILABLE: &str = "The file reader could not start; reload the page and try again";
const UNREADABLE: &str = "The browser could not read the file";
