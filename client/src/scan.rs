//! Issue #16: a scanned page's picture made a file the OCR engine reads.
//! The extraction worker hands a JPEG over as it is and any other picture
//! still encoded ([`ScanPage::Encoded`]); those are decoded by the scan
//! worker (`src/bin/scan.rs`, `shortlist_core::scan`), a wasm of its own,
//! started from the page's origin the first time a scan needs it and kept
//! for the next, so the extraction worker carries no picture decoder.
//!
//! One picture is decoded at a time, so a decoder that dies (a panic) fails
//! only the file whose picture it was decoding; the next picture starts a
//! new scan worker. Its buffers are transferred both ways, not copied.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, ArrayBuffer, Function, Promise};
use shortlist_core::worker::READY;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ErrorEvent, MessageEvent, Worker};

/// Where trunk puts the scan worker's loader (`data-loader-shim` in index.html).
pub const SCAN_URL: &str = "./shortlist-scan_loader.js";

/// One scanned page's picture, as the extraction worker posted it.
#[derive(Debug)]
pub enum ScanPage {
    /// A file the OCR engine reads as it is (a JPEG, or the chosen picture).
    File(Blob),
    /// `[spec, data, globals]`, for the scan worker.
    Encoded(Array),
}

impl ScanPage {
    /// One page of the extraction worker's `[id, [page…]]`: an `ArrayBuffer`
    /// is a JPEG file, an array a picture to decode.
    pub fn from_posted(page: &JsValue) -> Option<Self> {
        if page.is_instance_of::<ArrayBuffer>() {
            Blob::new_with_buffer_source_sequence(&Array::of1(page)).ok().map(Self::File)
        } else {
            page.dyn_ref::<Array>().map(|parts| Self::Encoded(parts.clone()))
        }
    }

    /// The page's picture as a file; the error says why not, in a line.
    pub async fn file(self) -> Result<Blob, String> {
        match self {
            Self::File(file) => Ok(file),
            Self::Encoded(parts) => decode(parts).await,
        }
    }
}

thread_local! {
    /// The scan worker, once a scan has needed it.
    static DECODER: RefCell<Option<Decoder>> = const { RefCell::new(None) };
    /// Settles when the picture before the last one asked has its answer.
    static TURN: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// A running scan worker and the handlers that live as long as it does.
struct Decoder {
    shared: Rc<RefCell<Shared>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(ErrorEvent)>,
}

struct Shared {
    worker: Worker,
    /// Its wasm runs: it has posted `READY`.
    ready: bool,
    /// The picture posted before it was ready, with its buffers.
    waiting: Option<(Array, Array)>,
    /// The picture being decoded: its answer's resolve and reject.
    answer: Option<(Function, Function)>,
    /// It died; the next picture starts another.
    dead: bool,
}

impl Drop for Decoder {
    fn drop(&mut self) {
        let shared = self.shared.borrow();
        shared.worker.set_onmessage(None);
        shared.worker.set_onerror(None);
        shared.worker.terminate();
    }
}

/// Decodes one picture, after the one before it.
async fn decode(parts: Array) -> Result<Blob, String> {
    let mut release = None;
    let mine = Promise::new(&mut |resolve, _| release = Some(resolve));
    let before = TURN.with(|turn| turn.replace(Some(mine)));
    if let Some(before) = before {
        let _ = JsFuture::from(before).await;
    }
    let answer = Promise::new(&mut |resolve, reject| {
        if let Err(error) = post(&parts, resolve, &reject) {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    });
    let file = JsFuture::from(answer).await;
    if let Some(release) = release {
        let _ = release.call0(&JsValue::NULL);
    }
    let file = file.map_err(|error| {
        error.as_string().unwrap_or_else(|| "A scanned page's picture could not be decoded".to_owned())
    })?;
    Blob::new_with_buffer_source_sequence(&Array::of1(&file))
        .map_err(|_| "The browser refused a decoded scan".to_owned())
}

/// Hands `parts` to the scan worker (started if need be), or keeps them
/// until it is ready.
fn post(parts: &Array, resolve: Function, reject: &Function) -> Result<(), JsValue> {
    DECODER.with(|decoder| {
        let mut decoder = decoder.borrow_mut();
        if decoder.as_ref().is_none_or(|decoder| decoder.shared.borrow().dead) {
            *decoder = Some(start()?);
        }
        let Some(decoder) = decoder.as_ref() else { return Ok(()) };
        let mut shared = decoder.shared.borrow_mut();
        shared.answer = Some((resolve, reject.clone()));
        let transfer = Array::of2(&parts.get(1), &parts.get(2));
        if shared.ready {
            shared.worker.post_message_with_transfer(parts, &transfer)
        } else {
            shared.waiting = Some((parts.clone(), transfer));
            Ok(())
        }
    })
}

fn start() -> Result<Decoder, JsValue> {
    let worker = Worker::new(SCAN_URL)?;
    let shared =
        Rc::new(RefCell::new(Shared { worker, ready: false, waiting: None, answer: None, dead: false }));
    let on_message = {
        let shared = shared.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let mut shared = shared.borrow_mut();
            if data.as_string().as_deref() == Some(READY) {
                shared.ready = true;
                if let Some((parts, transfer)) = shared.waiting.take()
                    && let Err(error) = shared.worker.post_message_with_transfer(&parts, &transfer)
                    && let Some((_, reject)) = shared.answer.take()
                {
                    let _ = reject.call1(&JsValue::NULL, &error);
                }
            } else if let Some((resolve, reject)) = shared.answer.take() {
                // The file's bytes, or why there are none.
                let settle = if data.is_instance_of::<ArrayBuffer>() { resolve } else { reject };
                let _ = settle.call1(&JsValue::NULL, &data);
            }
        })
    };
    let on_error = {
        let shared = shared.clone();
        Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let mut shared = shared.borrow_mut();
            gloo::console::warn!(format!("the scan decoder stopped: {}", event.message()));
            let message = if shared.ready {
                "A scanned page's picture could not be decoded: its decoder failed on it, so the file is probably damaged"
            } else {
                "The scan decoder could not be loaded; reload the page and try again"
            };
            if let Some((_, reject)) = shared.answer.take() {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(message));
            }
            shared.dead = true;
        })
    };
    {
        let shared = shared.borrow();
        shared.worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        shared.worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    }
    Ok(Decoder { shared, _on_message: on_message, _on_error: on_error })
}
