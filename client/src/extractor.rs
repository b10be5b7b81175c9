//! The page's side of its workers: the extraction worker
//! (`src/bin/worker.rs`), which reads files, and the analysis worker
//! (`src/bin/analysis.rs`, issue #16), which reads the job description as a
//! rubric, makes each resume's outgoing text and, in Private mode, runs the
//! built-in analyser. Each kind has a pool of its own, run the same way.
//!
//! Files wait in one queue, in the order asked, for a pool of plain
//! `web_sys::Worker`s, as many as the machine has cores (at most
//! [`MAX_WORKERS`]), each doing one job at a time; the analysis jobs wait in
//! another for a pool of analysis workers of the same size, started as its
//! queue needs them. Answers may come back
//! out of order; each names its id, so the batch keeps its own order. The
//! extraction workers are started when the page has painted ([`Extractor::warm`]), so
//! their wasm is compiled before the first file arrives (the browser compiles
//! it once and reuses the code for the others); a worker that died is
//! replaced when the queue is longer than the workers free to take it. A panic (a parser's or
//! the analyser's) kills only its worker: its `onerror` fails that one file or
//! resume, and a new worker takes its place. A new worker drops messages sent
//! before its wasm is running, so each one is used only after it posts
//! [`READY`]. A job that takes too long is failed and its worker replaced the
//! same way.
//!
//! A picture (issue #15) comes back from the worker as needing OCR, and a
//! scanned PDF the same way after its pages' pictures (JPEG files, or
//! pictures still encoded that `ocr/scan.js` decodes first, issue #16): the
//! page hands them to
//! `crate::ocr` (tesseract.js in its own worker), page by page, and, when
//! the text is read, queues it for this worker to finish like any other
//! file's text, so hidden-text detection and redaction apply to it as well.
//! When the recruiter unticked "Read scans with OCR", a scan is held here
//! instead, answered as needing OCR, until [`Extractor::read_held_scan`].
//! A file removed while it is read ([`Extractor::forget`]) is heard of no
//! more: a file or run of it still queued is not read, a worker's answer for it is ignored, a held scan let go, and its
//! reading by OCR stops before its next page, its page waiting in the OCR
//! engine's queue dropped there.
//!
//! Issue #16: each resume's outgoing text (redaction) is made in the
//! analysis workers too ([`Extractor::outgoing`]), queued like any other job.
//! Reading comes first: a resume's outgoing text or analysis waits while
//! the extraction workers reading and the analysis workers busy already
//! take every core the browser reports (otherwise it would slow the
//! reading it waits for, on a machine with fewer cores than workers), and
//! goes as soon as one is free. Reading a job description's requirements
//! never waits: the recruiter is looking at them.
//!
//! Issue #16: one long PDF would keep one worker busy while the others
//! wait, so a long PDF is read in runs of its pages, among the workers
//! that would otherwise wait (none while other files are queued: then
//! every worker has a file to read, and runs would only add their loads). A file goes
//! to a worker told how many workers may share it (decided in one place, when
//! a worker takes it: `pump`); a PDF long enough
//! (`extract::runs_for`) comes back as split, that worker reads the first
//! run, and the other runs go ahead of the queue for the next free
//! workers, each loading the file itself. The runs' answers and progress are
//! kept together ([`Runs`]); once all are in, a worker joins them into the
//! file's extraction, the same as one worker reading it whole. A run that
//! fails fails the file; a file with a scanned page is read again whole,
//! for its pictures.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use shortlist_core::Analysis;
use shortlist_core::extract::{Extraction, FileKind, OcrReading, Outcome, PageRun};
use shortlist_core::rubric::Rubric;
use shortlist_core::worker::analysis::{
    AnalysisJob, AnalysisReply, AnalysisRequest, OutgoingJob, OutgoingReply, RubricJob,
};
use shortlist_core::worker::{
    FileReading, JoinJob, OcrText, READY, RunReply, SplitReply, WorkerReply, WorkerRequest,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, File, MessageEvent, Worker};
use yew::Callback;

/// Where trunk puts the extraction worker's loader (`data-loader-shim` in index.html).
pub const WORKER_URL: &str = "./shortlist-worker_loader.js";

/// Issue #16: where trunk puts the analysis worker's loader.
pub const ANALYSIS_URL: &str = "./shortlist-analysis_loader.js";

/// How long one file or resume may take before its worker is replaced.
const JOB_TIMEOUT_MS: u32 = 60_000;

/// The most workers a page runs at once: each holds its own copy of the
/// parsers' wasm and memory, and four already read a batch of ten in about
/// the time of its longest files.
pub const MAX_WORKERS: usize = 4;

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

/// Called with the resume id and its analysis, or why there is none.
pub type OnAnalyzed = Callback<(u32, Result<Analysis, String>)>;

/// How far a file's reading is. Counts past 65,535 (far more pages than a
/// 3 MB file holds) stay there: as small as the pair of counts it
/// replaced, it adds no new map code to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageProgress {
    /// The page read last (a long PDF's text), or being read (by OCR).
    pub page: u16,
    pub pages: u16,
    /// Issue #15: the pages are pictures read by OCR.
    pub by_ocr: bool,
}

impl PageProgress {
    pub fn new(page: u32, pages: u32, by_ocr: bool) -> Self {
        let count = |count: u32| u16::try_from(count).unwrap_or(u16::MAX);
        Self { page: count(page), pages: count(pages), by_ocr }
    }
}

/// Called with a file's id and how far its reading is.
pub type OnProgress = Callback<(u32, PageProgress)>;

/// Called with the rubric read from a job description, or why there is none.
pub type OnRubric = Callback<Result<Rubric, String>>;

/// Called with a resume's outgoing text, or why there is none.
pub type OnOutgoing = Callback<Result<OutgoingReply, String>>;

/// Reads files in a pool of extraction workers, and analyses resumes, reads
/// rubrics and makes outgoing text in a pool of analysis workers. Cheap to
/// clone; clones share the pools.
#[derive(Clone)]
pub struct Extractor {
    inner: Rc<RefCell<Inner>>,
    /// Issue #16: the analysis workers' pool.
    analysis: Rc<RefCell<Inner>>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

impl PartialEq for Extractor {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner) && Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

struct Job {
    id: u32,
    input: Input,
    answer: Answer,
}

/// What the worker is given.
enum Input {
    /// A file the page was given: [`pump`] decides how many workers may
    /// share it when a worker takes it (issue #16).
    NewFile(File),
    /// A file, and how to read it (issue #16: whole, or a run of a long PDF).
    File(File, FileReading),
    /// OCR's text to finish, or a long PDF's runs to join, as JSON.
    Json(WorkerRequest),
    /// Issue #16: a job for an analysis worker, as JSON.
    Analysis(AnalysisRequest),
}

/// Where its answer goes.
enum Answer {
    Read(OnRead),
    Analyzed(OnAnalyzed),
    Rubric(OnRubric),
    Outgoing(OnOutgoing),
    /// Issue #16: run `.1` of a long PDF read in runs.
    Run(Rc<RefCell<Runs>>, u32),
}

/// Issue #16: a long PDF read in runs by several workers, until its runs
/// are joined.
struct Runs {
    file: File,
    /// Hears the file's result; `None` once it has (a failed run fails the
    /// file, and the other runs' answers are then dropped).
    on_read: Option<OnRead>,
    runs: Vec<Option<PageRun>>,
    /// Each run's pages read so far, and the file's pages: its progress.
    read: Vec<u32>,
    pages: u32,
}

impl Answer {
    /// The job could not be done; `failure` says why.
    fn fail(self, id: u32, failure: Failure) {
        match self {
            Answer::Read(on_read) => on_read.emit((id, ReadResult::Failed(failure.reading().to_owned()))),
            Answer::Analyzed(on_analyzed) => on_analyzed.emit((id, Err(failure.analysing().to_owned()))),
            Answer::Rubric(on_rubric) => on_rubric.emit(Err(failure.reading_rubric().to_owned())),
            Answer::Outgoing(on_outgoing) => on_outgoing.emit(Err(failure.preparing().to_owned())),
            Answer::Run(runs, _) => {
                let on_read = runs.borrow_mut().on_read.take();
                if let Some(on_read) = on_read {
                    on_read.emit((id, ReadResult::Failed(failure.reading().to_owned())));
                }
            }
        }
    }
}

struct InFlight {
    id: u32,
    answer: Answer,
    /// The file being read, kept in case it is a picture for OCR.
    picture: Option<File>,
    /// A scanned PDF's page pictures, when the worker sent them (issue #15).
    scans: Vec<JsValue>,
    _timeout: Timeout,
}

struct Inner {
    url: String,
    /// How many workers may run at once.
    size: usize,
    workers: Vec<Slot>,
    /// Names each worker started, so that its handlers find it again.
    started: u64,
    queue: VecDeque<Job>,
    /// Hears the progress of long PDFs (issue #19).
    on_progress: Option<OnProgress>,
    /// Ids of the page's own jobs (job descriptions to read, as text or as
    /// a file), apart from the resumes'.
    rubric_jobs: u32,
    /// Issue #15: scans are read by OCR as soon as the worker has read them
    /// (the default), or held in `held` until the recruiter asks.
    read_scans: bool,
    held: Vec<HeldScan>,
    /// Issue #15: the files removed; a resume's id is never used again.
    forgotten: Vec<u32>,
    /// Issue #16: the cores the browser reports (at least 1).
    cores: usize,
    /// Issue #16: the other pool. The analysis pool's resumes wait while
    /// the two pools' busy workers take every core; the extraction pool
    /// wakes the analysis pool whenever it has handed out its jobs.
    other: Weak<RefCell<Inner>>,
    /// Issue #16: whether this pool's jobs wait for a free core.
    yields: bool,
}

/// Issue #15: a scan waiting for the recruiter's "Read by OCR".
struct HeldScan {
    id: u32,
    kind: FileKind,
    pages: Vec<JsValue>,
    reading: Extraction,
    on_read: OnRead,
}

impl Inner {
    /// A pool of `workers` workers of the worker at `url`, bounded to
    /// 1..=[`MAX_WORKERS`], none started.
    fn new(url: &str, workers: usize) -> Self {
        Inner {
            url: url.to_owned(),
            size: workers.clamp(1, MAX_WORKERS),
            workers: Vec::new(),
            started: 0,
            queue: VecDeque::new(),
            on_progress: None,
            rubric_jobs: 0,
            read_scans: true,
            held: Vec::new(),
            forgotten: Vec::new(),
            cores: workers.max(1),
            other: Weak::new(),
            yields: false,
        }
    }

    fn busy(&self) -> usize {
        self.workers.iter().filter(|slot| slot.in_flight.is_some()).count()
    }

    /// Issue #16: whether the job at the head of the queue waits for a free
    /// core ([`Inner::yields`]); a job description's requirements never do.
    fn holds_next(&self) -> bool {
        if !self.yields {
            return false;
        }
        if let Some(Job { input: Input::Analysis(AnalysisRequest::ReadRubric(_)), .. }) = self.queue.front() {
            return false;
        }
        // The other pool, while it hands out its own jobs (borrowed), counts
        // as reading nothing; it pumps this pool when done, which looks again.
        let reading =
            self.other.upgrade().map_or(0, |other| other.try_borrow().map_or(0, |other| other.busy()));
        reading + self.busy() >= self.cores
    }

    fn slot(&mut self, key: u64) -> Option<&mut Slot> {
        self.workers.iter_mut().find(|slot| slot.key == key)
    }

    /// Takes the worker `key` out of the pool (it is terminated when dropped).
    fn remove(&mut self, key: u64) -> Option<Slot> {
        let index = self.workers.iter().position(|slot| slot.key == key)?;
        Some(self.workers.remove(index))
    }

    /// Starts worker number `started + 1`.
    fn start(&mut self, weak: Weak<RefCell<Inner>>) -> Result<(), JsValue> {
        let key = self.started + 1;
        let running = start_worker(&self.url, key, weak)?;
        self.started = key;
        self.workers.push(Slot { key, running, ready: false, in_flight: None });
        Ok(())
    }
}

/// One worker of the pool and the job it is doing.
struct Slot {
    key: u64,
    running: Running,
    ready: bool,
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
    /// Pools of as many workers as the machine has cores, from 1 to
    /// [`MAX_WORKERS`], of the extraction worker at `url` and of the
    /// analysis worker at `analysis_url`; none runs until
    /// [`Extractor::warm`] or a job.
    pub fn new(url: &str, analysis_url: &str) -> Self {
        // A whole count of cores, as a JS number; 0 when the browser hides it.
        let cores = web_sys::window().map_or(1.0, |window| window.navigator().hardware_concurrency());
        Self::with_workers(url, analysis_url, cores as usize)
    }

    /// Pools of `workers` workers each, bounded to 1..=[`MAX_WORKERS`].
    pub fn with_workers(url: &str, analysis_url: &str, workers: usize) -> Self {
        let inner = Rc::new(RefCell::new(Inner::new(url, workers)));
        let analysis = Rc::new(RefCell::new(Inner::new(analysis_url, workers)));
        inner.borrow_mut().other = Rc::downgrade(&analysis);
        let mut state = analysis.borrow_mut();
        state.other = Rc::downgrade(&inner);
        state.yields = true;
        drop(state);
        Self { inner, analysis }
    }

    /// Starts the pool's extraction workers now, so that their wasm is
    /// fetched and compiled before the first file arrives. The analysis
    /// workers start when the first job for them is queued.
    pub fn warm(&self) {
        let mut state = self.inner.borrow_mut();
        while state.workers.len() < state.size {
            if let Err(error) = state.start(Rc::downgrade(&self.inner)) {
                // The first file will try again and say so.
                gloo::console::warn!(format!("cannot start the workers yet: {error:?}"));
                break;
            }
        }
    }

    /// Queues `file`; `on_read` is called once with its result.
    pub fn read(&self, id: u32, file: File, on_read: OnRead) {
        let job = Job { id, input: Input::NewFile(file), answer: Answer::Read(on_read) };
        self.inner.borrow_mut().queue.push_back(job);
        pump(&self.inner);
    }

    /// Queues a resume for the built-in analyser; `on_analysed` is called
    /// once with the analysis of `request.id`, or why there is none.
    pub fn analyse(&self, request: AnalysisJob, on_analyzed: OnAnalyzed) {
        let job = Job {
            id: request.id,
            input: Input::Analysis(AnalysisRequest::Analyze(request)),
            answer: Answer::Analyzed(on_analyzed),
        };
        self.analysis.borrow_mut().queue.push_back(job);
        pump(&self.analysis);
    }

    /// Issue #16: queues a resume's text to be made ready to send;
    /// `on_outgoing` is called once with the worker's answer, or why there
    /// is none.
    pub fn outgoing(&self, job: OutgoingJob, on_outgoing: OnOutgoing) {
        let job = Job {
            id: job.id,
            input: Input::Analysis(AnalysisRequest::Outgoing(job)),
            answer: Answer::Outgoing(on_outgoing),
        };
        self.analysis.borrow_mut().queue.push_back(job);
        pump(&self.analysis);
    }

    /// Issue #15: whether scans are read by OCR at once, or held until
    /// [`Self::read_held_scan`]. Scans held already stay held.
    pub fn set_read_scans(&self, at_once: bool) {
        self.inner.borrow_mut().read_scans = at_once;
    }

    /// Issue #15: reads the held scan `id` by OCR now; its `on_read` hears
    /// the result. False when no such scan is held (the page was reloaded,
    /// or it is being read already).
    pub fn read_held_scan(&self, id: u32) -> bool {
        let mut state = self.inner.borrow_mut();
        let Some(index) = state.held.iter().position(|held| held.id == id) else { return false };
        let held = state.held.remove(index);
        drop(state);
        read_by_ocr(&self.inner, held.id, held.kind, held.pages, held.reading, held.on_read);
        true
    }

    /// The resume `id` was removed (or the batch cleared): nothing more is
    /// heard of its file. A worker's answer for it is ignored; a held scan
    /// is let go; OCR stops before its next page, and its page waiting in
    /// the engine's queue is dropped there.
    pub fn forget(&self, id: u32) {
        let mut state = self.inner.borrow_mut();
        state.held.retain(|held| held.id != id);
        state.forgotten.push(id);
        drop(state);
        crate::ocr::forget(id);
    }

    /// Where the progress of a long PDF's reading goes.
    pub fn on_progress(&self, on_progress: OnProgress) {
        self.inner.borrow_mut().on_progress = Some(on_progress);
    }

    /// Queues a job description's file (issue #19), read like a resume;
    /// `on_read` is called once with its result.
    pub fn read_job_description(&self, file: File, on_read: Callback<ReadResult>) {
        let id = self.own_id();
        self.read(id, file, on_read.reform(|(_, result): (u32, ReadResult)| result));
    }

    /// An id for a job of the page's own, apart from the resumes'.
    fn own_id(&self) -> u32 {
        let mut state = self.inner.borrow_mut();
        // Counted down from the top, so they never meet a resume's id.
        state.rubric_jobs = state.rubric_jobs.wrapping_add(1);
        u32::MAX - state.rubric_jobs
    }

    /// Queues a job description for the parser; `on_rubric` is called once
    /// with the rubric it reads, or why there is none.
    pub fn read_rubric(&self, job_description: &str, on_rubric: OnRubric) {
        let id = self.own_id();
        let mut state = self.analysis.borrow_mut();
        let job = RubricJob { id, job_description: job_description.to_owned() };
        // Ahead of the resumes' jobs, which may wait for a core
        // ([`Inner::holds_next`]), behind the job descriptions queued before.
        let at = state
            .queue
            .iter()
            .take_while(|job| matches!(job.input, Input::Analysis(AnalysisRequest::ReadRubric(_))))
            .count();
        state.queue.insert(
            at,
            Job {
                id,
                input: Input::Analysis(AnalysisRequest::ReadRubric(job)),
                answer: Answer::Rubric(on_rubric),
            },
        );
        drop(state);
        pump(&self.analysis);
    }
}

/// Hands queued jobs to the ready workers that are free, and starts workers
/// (up to the pool's size) while the queue is longer than the workers free
/// or starting. Issue #16: the extraction pool then pumps the analysis
/// pool, whose resumes wait for a core no reading needs ([`Inner::holds_next`]).
fn pump(inner: &Rc<RefCell<Inner>>) {
    hand_out(inner);
    let (yields, other) = {
        let state = inner.borrow();
        (state.yields, state.other.upgrade())
    };
    if let (false, Some(other)) = (yields, other) {
        hand_out(&other);
    }
}

fn hand_out(inner: &Rc<RefCell<Inner>>) {
    loop {
        let mut state = inner.borrow_mut();
        let Some(index) = state.workers.iter().position(|slot| slot.ready && slot.in_flight.is_none()) else {
            break;
        };
        if state.holds_next() {
            break;
        }
        let Some(mut job) = state.queue.pop_front() else { break };
        // Issue #16: a file removed before a worker took it (or a run of
        // one) is not read; nothing would hear of it.
        if state.forgotten.contains(&job.id) {
            continue;
        }
        // Issue #16: a long PDF is split only among workers that would
        // otherwise wait: with files still queued, every worker has one to
        // read, and runs would only add their loads and the join. This is
        // the one place that decides it.
        if let Input::NewFile(file) = job.input {
            let busy = state.busy();
            let spare = state.size.saturating_sub(busy + 1).saturating_sub(state.queue.len());
            let workers = u32::try_from(spare + 1).unwrap_or(1);
            job.input = Input::File(file, FileReading::First { workers });
        }
        let key = state.workers[index].key;
        let weak = Rc::downgrade(inner);
        let id = job.id;
        let timeout = Timeout::new(JOB_TIMEOUT_MS, move || {
            if let Some(inner) = weak.upgrade() {
                fail_in_flight(&inner, key, id, Failure::TooSlow);
            }
        });
        let picture = match &job.input {
            Input::File(file, _) | Input::NewFile(file) => Some(file.clone()),
            Input::Json(_) | Input::Analysis(_) => None,
        };
        state.workers[index].in_flight =
            Some(InFlight { id, answer: job.answer, picture, scans: Vec::new(), _timeout: timeout });
        drop(state);
        match job.input {
            Input::File(file, reading) => send_file(inner, key, id, file, reading),
            // Made a `File` above.
            Input::NewFile(file) => send_file(inner, key, id, file, FileReading::First { workers: 1 }),
            Input::Json(request) => send_request(inner, key, id, serde_json::to_string(&request)),
            Input::Analysis(request) => send_request(inner, key, id, serde_json::to_string(&request)),
        }
    }
    let mut state = inner.borrow_mut();
    while state.workers.len() < state.size
        && state.queue.len() > state.workers.iter().filter(|slot| slot.in_flight.is_none()).count()
    {
        if let Err(error) = state.start(Rc::downgrade(inner)) {
            gloo::console::error!(format!("cannot start the worker: {error:?}"));
            if state.workers.is_empty() {
                let jobs: Vec<Job> = state.queue.drain(..).collect();
                drop(state);
                for job in jobs {
                    job.answer.fail(job.id, Failure::Unavailable);
                }
                return;
            }
            break;
        }
    }
}

/// Posts a request to worker `key`, written as JSON.
fn send_request(inner: &Rc<RefCell<Inner>>, key: u64, id: u32, request: serde_json::Result<String>) {
    let posted = match request {
        Ok(json) => {
            let mut state = inner.borrow_mut();
            match state.slot(key) {
                Some(slot) => slot.running.worker.post_message(&JsValue::from_str(&json)),
                None => Err(JsValue::from_str("no worker")),
            }
        }
        Err(error) => Err(JsValue::from_str(&error.to_string())),
    };
    if let Err(error) = posted {
        gloo::console::warn!(format!("cannot hand job {id} to the worker: {error:?}"));
        fail(inner, key, id, Failure::Unreadable);
    }
}

/// Reads the file's bytes and transfers them to the worker, with how to
/// read them.
fn send_file(inner: &Rc<RefCell<Inner>>, key: u64, id: u32, file: File, reading: FileReading) {
    let weak = Rc::downgrade(inner);
    let reading = JsValue::from_str(&serde_json::to_string(&reading).expect("a reading always serialises"));
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer()).await;
        let Some(inner) = weak.upgrade() else { return };
        let posted = bytes.and_then(|buffer| {
            let mut state = inner.borrow_mut();
            let slot = state.slot(key).ok_or_else(|| JsValue::from_str("no worker"))?;
            let message = js_sys::Array::of3(&JsValue::from(id), &buffer, &reading);
            slot.running.worker.post_message_with_transfer(&message, &js_sys::Array::of1(&buffer))
        });
        if let Err(error) = posted {
            gloo::console::warn!(format!("cannot hand file {id} to the worker: {error:?}"));
            fail(&inner, key, id, Failure::Unreadable);
        }
    });
}

/// Starts the pool's worker `key`; its handlers find it by that key.
fn start_worker(url: &str, key: u64, weak: Weak<RefCell<Inner>>) -> Result<Running, JsValue> {
    let worker = Worker::new(url)?;
    let on_message = {
        let weak = weak.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                match event.data().as_string() {
                    Some(data) => on_message(&inner, key, data),
                    None => on_scans(&inner, key, &event.data()),
                }
            }
        })
    };
    let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
        event.prevent_default();
        if let Some(inner) = weak.upgrade() {
            on_crash(&inner, key, &event.message());
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running { worker, _on_message: on_message, _on_error: on_error })
}

fn on_message(inner: &Rc<RefCell<Inner>>, key: u64, data: String) {
    if data == READY {
        if let Some(slot) = inner.borrow_mut().slot(key) {
            slot.ready = true;
        }
        pump(inner);
        return;
    }
    match serde_json::from_str::<WorkerReply>(&data) {
        Ok(WorkerReply::Extracted(reply)) => {
            let job = take_in_flight_job(inner, key, reply.id);
            if let Some(job) = job.filter(|_| !inner.borrow().forgotten.contains(&reply.id)) {
                let needs_ocr = reply.extraction.outcome == Outcome::NeedsOcr;
                match (job.answer, job.picture, reply.extraction.kind) {
                    (Answer::Read(on_read), Some(picture), Some(kind)) if needs_ocr => {
                        let pages = if job.scans.is_empty() { vec![picture.into()] } else { job.scans };
                        if inner.borrow().read_scans {
                            read_by_ocr(inner, reply.id, kind, pages, reply.extraction, on_read);
                        } else {
                            // The row says it is a scan; its text pages wait here.
                            let answer = Extraction { text: String::new(), ..reply.extraction.clone() };
                            let id = reply.id;
                            let held = HeldScan { id, kind, pages, reading: reply.extraction, on_read };
                            let on_read = held.on_read.clone();
                            inner.borrow_mut().held.push(held);
                            on_read.emit((id, ReadResult::Done(answer)));
                        }
                    }
                    (Answer::Read(on_read), _, _) => {
                        on_read.emit((reply.id, ReadResult::Done(reply.extraction)));
                    }
                    _ => {}
                }
            }
            pump(inner);
        }
        Ok(WorkerReply::Progress(reply)) => {
            let mut state = inner.borrow_mut();
            let job =
                state.slot(key).and_then(|slot| slot.in_flight.as_ref()).filter(|job| job.id == reply.id);
            // Issue #16: a run's pages add up with the other runs'.
            let progress = match job.map(|job| &job.answer) {
                None => None,
                Some(Answer::Run(runs, index)) => {
                    let mut runs = runs.borrow_mut();
                    if let Some(read) = runs.read.get_mut(*index as usize) {
                        *read = reply.page;
                    }
                    Some((runs.read.iter().sum(), runs.pages))
                }
                Some(_) => Some((reply.page, reply.pages)),
            };
            let on_progress = state.on_progress.clone();
            drop(state);
            if let (Some(on_progress), Some((page, pages))) = (on_progress, progress) {
                on_progress.emit((reply.id, PageProgress::new(page, pages, false)));
            }
        }
        Ok(WorkerReply::Split(reply)) => on_split(inner, key, reply),
        Ok(WorkerReply::Run(reply)) => {
            if let Some(Answer::Run(runs, _)) = take_in_flight(inner, key, reply.id) {
                on_run(inner, &runs, reply);
            }
            pump(inner);
        }
        // Issue #16: an analysis worker's answer.
        Err(error) => match serde_json::from_str::<AnalysisReply>(&data) {
            Ok(reply) => on_analysis_reply(inner, key, reply),
            Err(_) => gloo::console::error!(format!("unexpected message from the worker: {error}")),
        },
    }
}

/// Issue #16: an analysis worker's answer to the job it was doing.
fn on_analysis_reply(inner: &Rc<RefCell<Inner>>, key: u64, reply: AnalysisReply) {
    match reply {
        AnalysisReply::Analyzed(reply) => {
            if let Some(Answer::Analyzed(on_analyzed)) = take_in_flight(inner, key, reply.id) {
                on_analyzed.emit((reply.id, Ok(reply.analysis)));
            }
        }
        AnalysisReply::Outgoing(reply) => {
            if let Some(Answer::Outgoing(on_outgoing)) = take_in_flight(inner, key, reply.id) {
                on_outgoing.emit(Ok(reply));
            }
        }
        AnalysisReply::Rubric(reply) => {
            if let Some(Answer::Rubric(on_rubric)) = take_in_flight(inner, key, reply.id) {
                on_rubric.emit(Ok(reply.rubric));
            }
        }
    }
    pump(inner);
}

/// Issue #16: the first worker's file is a long PDF, read in runs: this
/// worker reads the first, and the others go ahead of the queue, for the
/// next workers free.
fn on_split(inner: &Rc<RefCell<Inner>>, key: u64, split: SplitReply) {
    let mut state = inner.borrow_mut();
    let Some(job) = state.slot(key).and_then(|slot| slot.in_flight.as_mut()).filter(|job| job.id == split.id)
    else {
        return;
    };
    let Some(file) = job.picture.clone() else { return };
    let runs = Rc::new(RefCell::new(Runs {
        file: file.clone(),
        on_read: None,
        runs: vec![None; split.runs as usize],
        read: vec![0; split.runs as usize],
        pages: split.pages,
    }));
    match std::mem::replace(&mut job.answer, Answer::Run(runs.clone(), 0)) {
        Answer::Read(on_read) => runs.borrow_mut().on_read = Some(on_read),
        other => {
            job.answer = other;
            return;
        }
    }
    for index in (1..split.runs).rev() {
        state.queue.push_front(Job {
            id: split.id,
            input: Input::File(file.clone(), FileReading::Run { index, runs: split.runs }),
            answer: Answer::Run(runs.clone(), index),
        });
    }
    drop(state);
    pump(inner);
}

/// Issue #16: a run of a long PDF read. Once all are, they go to a worker
/// to be joined, ahead of the queue; a file with a scanned page is read
/// again whole, for its pictures.
fn on_run(inner: &Rc<RefCell<Inner>>, runs: &Rc<RefCell<Runs>>, reply: RunReply) {
    let mut file = runs.borrow_mut();
    let run = match reply.run {
        Ok(run) => run,
        Err(extraction) => {
            if let Some(on_read) = file.on_read.take() {
                on_read.emit((reply.id, ReadResult::Done(extraction)));
            }
            return;
        }
    };
    if let Some(slot) = file.runs.get_mut(reply.index as usize) {
        *slot = Some(run);
    }
    if file.runs.iter().any(Option::is_none) {
        return;
    }
    let Some(on_read) = file.on_read.take() else { return };
    let job = JoinJob { id: reply.id, runs: file.runs.iter_mut().filter_map(Option::take).collect() };
    let input = if job.has_scans() {
        Input::File(file.file.clone(), FileReading::First { workers: 1 })
    } else {
        Input::Json(WorkerRequest::JoinRuns(job))
    };
    drop(file);
    inner.borrow_mut().queue.push_front(Job { id: reply.id, input, answer: Answer::Read(on_read) });
}

/// Issue #15: a scanned PDF's page pictures, `[id, [page…]]`, kept with its
/// job until the worker's answer says it needs OCR: JPEG files as
/// `ArrayBuffer`s, or pictures still encoded, `[spec, data, globals]`, which
/// the OCR driver has decoded first (`ocr/scan.js`, issue #16).
fn on_scans(inner: &Rc<RefCell<Inner>>, key: u64, data: &JsValue) {
    let message: js_sys::Array = data.clone().unchecked_into();
    let id = message.get(0).as_f64().map_or(u32::MAX, |id| id as u32);
    let pages: Vec<JsValue> = js_sys::Array::from(&message.get(1)).iter().collect();
    let mut state = inner.borrow_mut();
    if let Some(job) = state.slot(key).and_then(|slot| slot.in_flight.as_mut()).filter(|job| job.id == id) {
        job.scans = pages;
    }
}

/// Issue #15: reads a picture, or a scan's pages one by one, by OCR, off the
/// queue (the workers go on with other files meanwhile), then queues the
/// text, with the worker's first `reading` of the text pages, for the worker
/// to fill in and finish. Each page shows as the file's progress while it is
/// read. A file forgotten meanwhile ([`Extractor::forget`]) stops before its
/// next page, its page waiting in the engine's queue is dropped there, and
/// nothing more is said of it.
fn read_by_ocr(
    inner: &Rc<RefCell<Inner>>,
    id: u32,
    kind: FileKind,
    pages: Vec<JsValue>,
    reading: Extraction,
    on_read: OnRead,
) {
    let weak = Rc::downgrade(inner);
    let on_progress = inner.borrow().on_progress.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let wanted = || weak.upgrade().is_some_and(|inner| !inner.borrow().forgotten.contains(&id));
        let total = u32::try_from(pages.len()).unwrap_or(u32::MAX);
        let mut texts = Vec::with_capacity(pages.len());
        let mut confidence = 0.0;
        let mut failed = None;
        for (page, picture) in (1..).zip(&pages) {
            if !wanted() {
                return;
            }
            if let Some(on_progress) = &on_progress {
                // The page being read: "OCR page 2 of 4".
                on_progress.emit((id, PageProgress::new(page, total, true)));
            }
            match crate::ocr::read(picture, id).await {
                Ok(Some(read)) => {
                    confidence += read.confidence;
                    texts.push(read.text);
                }
                // Forgotten while it waited in the engine's queue.
                Ok(None) => return,
                Err(message) => {
                    failed = Some(message);
                    break;
                }
            }
        }
        drop(pages);
        let Some(inner) = weak.upgrade().filter(|_| wanted()) else {
            // Forgotten while its last page was read.
            return;
        };
        if let Some(message) = failed {
            on_read.emit((id, ReadResult::Failed(message)));
            return;
        }
        // The mean of the pages' confidences; a page count is far below f32's exact range.
        let confidence = OcrReading::percent(confidence / total.max(1) as f32);
        let text = OcrText { id, kind, pages: reading.text, read: texts, confidence, hidden: reading.hidden };
        inner.borrow_mut().queue.push_back(Job {
            id,
            input: Input::Json(WorkerRequest::FinishOcr(text)),
            answer: Answer::Read(on_read),
        });
        pump(&inner);
    });
}

/// The worker `key` died (a parser panic, or its script failed to load):
/// its job fails, and a new worker takes its place if the queue needs one.
fn on_crash(inner: &Rc<RefCell<Inner>>, key: u64, message: &str) {
    let mut state = inner.borrow_mut();
    let Some(slot) = state.remove(key) else { return };
    let others = !state.workers.is_empty();
    drop(state);
    gloo::console::warn!(format!("the worker stopped: {message}"));
    let was_ready = slot.ready;
    if let Some(job) = slot.in_flight {
        job.answer.fail(job.id, Failure::Crashed);
    }
    drop(slot.running);
    if was_ready {
        pump(inner);
    } else if !others {
        // It never started: starting another would fail the same way.
        let jobs: Vec<Job> = inner.borrow_mut().queue.drain(..).collect();
        for job in jobs {
            job.answer.fail(job.id, Failure::Unavailable);
        }
    }
}

/// The job `id` of worker `key` took too long: replace that worker.
fn fail_in_flight(inner: &Rc<RefCell<Inner>>, key: u64, id: u32, failure: Failure) {
    let mut state = inner.borrow_mut();
    let is_current = state.slot(key).and_then(|slot| slot.in_flight.as_ref()).is_some_and(|job| job.id == id);
    if is_current && let Some(slot) = state.remove(key) {
        drop(state);
        if let Some(job) = slot.in_flight {
            job.answer.fail(id, failure);
        }
        drop(slot.running);
        pump(inner);
    }
}

/// The job in flight for `id` on worker `key` failed: say so and go on with the queue.
fn fail(inner: &Rc<RefCell<Inner>>, key: u64, id: u32, failure: Failure) {
    if let Some(answer) = take_in_flight(inner, key, id) {
        answer.fail(id, failure);
    }
    pump(inner);
}

/// The answer of worker `key`'s job in flight, if it is `id`'s.
fn take_in_flight(inner: &Rc<RefCell<Inner>>, key: u64, id: u32) -> Option<Answer> {
    take_in_flight_job(inner, key, id).map(|job| job.answer)
}

/// Worker `key`'s job in flight, if it is `id`'s.
fn take_in_flight_job(inner: &Rc<RefCell<Inner>>, key: u64, id: u32) -> Option<InFlight> {
    let mut state = inner.borrow_mut();
    let slot = state.slot(key)?;
    match &slot.in_flight {
        Some(job) if job.id == id => slot.in_flight.take(),
        _ => None,
    }
}

/// Why the worker did not answer for a job.
#[derive(Debug, Clone, Copy)]
enum Failure {
    /// It died on this job (a panic).
    Crashed,
    TooSlow,
    /// It could not start.
    Unavailable,
    /// The job could not be handed to it.
    Unreadable,
}

impl Failure {
    fn reading(self) -> &'static str {
        match self {
            Failure::Crashed => {
                "The file could not be read: its parser failed on it, so it is probably damaged"
            }
            Failure::TooSlow => "Reading the file took too long; it may be damaged",
            Failure::Unavailable => "The file reader could not start; reload the page and try again",
            Failure::Unreadable => "The browser could not read the file",
        }
    }

    fn analysing(self) -> &'static str {
        match self {
            Failure::Crashed => "the built-in analyser failed on it",
            Failure::TooSlow => "the built-in analyser took too long",
            Failure::Unavailable => "the built-in analyser could not start; reload the page and try again",
            Failure::Unreadable => "the page could not hand it to the built-in analyser",
        }
    }

    fn preparing(self) -> &'static str {
        match self {
            Failure::Crashed => "The text to send could not be prepared: redaction failed on it",
            Failure::TooSlow => "Preparing the text to send took too long",
            Failure::Unavailable => "The text to send could not be prepared; reload the page and try again",
            Failure::Unreadable => "The page could not hand the text to the worker to prepare",
        }
    }

    fn reading_rubric(self) -> &'static str {
        match self {
            Failure::Crashed => {
                "The requirements could not be read: the parser failed on this job description"
            }
            Failure::TooSlow => "Reading the requirements took too long",
            Failure::Unavailable => "The requirements reader could not start; reload the page and try again",
            Failure::Unreadable => "The page could not hand the job description to the requirements reader",
        }
    }
}
