//! The analysis run: in this tab (Private mode: the built-in analyser runs
//! in an analysis worker, one resume at a time, so the page stays responsive) or on
//! the server in chunks, at most two in flight, with Retry for one resume,
//! Cancel for the run, and the unfinished resumes of a reloaded batch sent
//! again once. A server run first asks `GET /api/config`; when no server
//! answers (issue #14), nothing is sent and the run says so in one notice,
//! not once per resume. Either waits for the worker's outgoing text of
//! each resume (issue #16, [`Preparer`]); nothing is sent in its place.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use futures_util::StreamExt;
use shortlist_core::analyze_api::{AnalyzeRequest, Analyzer, LOCAL_MODEL, ResumeInput};
use shortlist_core::api::ServerConfig;
use shortlist_core::local::YearMonth;
use shortlist_core::privacy::OutgoingOptions;
use shortlist_core::session::ResultRecord;
use shortlist_core::worker::analysis::AnalysisJob;
use shortlist_core::{Analysis, Limits};
use web_sys::AbortController;
use yew::prelude::*;

use crate::clock::Clock;
use crate::components::Mode;
use crate::extractor::Extractor;
use crate::hooks::Preparer;
use crate::outgoing::{Prepared, all_ids, analyze_requests, finish_event, in_tab, routing};
use crate::state::{Batch, BatchAction};
use crate::words::plural;

/// What [`use_run`] gives the page.
pub struct Run {
    /// Analyses the batch's readable resumes in the chosen mode.
    pub on_analyze: Callback<MouseEvent>,
    /// Sends one resume again.
    pub on_retry: Callback<u32>,
    /// Stops the run; what finished stays.
    pub on_cancel: Callback<MouseEvent>,
    /// Aborts the requests in flight (Clear session).
    pub on_abort: Callback<()>,
    /// The worker is analysing resumes of this tab (Private mode), or a
    /// server run is asking whether the server is there.
    pub analyzing_in_tab: bool,
}

/// Where and how the recruiter chose to analyse.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunChoice {
    pub mode: Mode,
    /// Issue #7: what leaves the tab.
    pub privacy: OutgoingOptions,
}

/// Where the run's news goes: a sentence for the status line, and what each
/// server run learns of the server (issue #14).
#[derive(Clone, PartialEq)]
pub struct RunCallbacks {
    pub on_notice: Callback<Option<AttrValue>>,
    pub on_server: Callback<Result<ServerConfig, String>>,
}

/// What a server run reports besides the batch (issue #14): the server's
/// answer to `GET /api/config`, and a sentence when there is no server.
#[derive(Clone)]
struct Reports {
    on_server: Callback<Result<ServerConfig, String>>,
    on_notice: Callback<Option<AttrValue>>,
    /// Set while the run asks whether the server is there.
    checking: UseStateHandle<bool>,
}

/// The run over `batch` in the chosen mode, sending with the chosen privacy
/// switches, with the outgoing texts `preparer` makes; Private mode
/// analyses in its worker. `unfinished` are the resumes a reload
/// found waiting or in flight; what it has to say goes to `callbacks`.
#[hook]
pub fn use_run(
    batch: &UseReducerHandle<Batch>,
    preparer: &Preparer,
    clock: &Clock,
    choice: RunChoice,
    unfinished: Rc<Vec<u32>>,
    callbacks: RunCallbacks,
) -> Run {
    let RunCallbacks { on_notice, on_server } = callbacks;
    let RunChoice { mode, privacy } = choice;
    let reports = Reports { on_server, on_notice: on_notice.clone(), checking: use_state_eq(|| false) };
    // The latest server run's abort switch, for Cancel.
    let abort = use_mut_ref(|| None::<AbortController>);
    let analyzing_in_tab = use_state_eq(|| false);
    // Counts the job descriptions and batches: an analysis in the tab that
    // finishes after either changed answers neither.
    let generation = use_mut_ref(|| 0_u64);
    {
        let generation = generation.clone();
        use_effect_with((batch.job_description.clone(), batch.batch_id.clone()), move |_| {
            *generation.borrow_mut() += 1;
        });
    }
    {
        // A batch cleared or expired mid-run takes its requests with it.
        let abort = abort.clone();
        use_effect_with(batch.batch_id.is_empty(), move |emptied| {
            if *emptied && let Some(controller) = abort.borrow_mut().take() {
                controller.abort();
            }
        });
    }
    {
        // A reload during a run: what was waiting or in flight is sent again.
        let batch = batch.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        // The switches are not stored: a reload sends with the defaults (both on).
        let reports = reports.clone();
        let preparer = preparer.clone();
        use_effect_with((), move |()| {
            if !unfinished.is_empty() {
                run_on_server(
                    &batch,
                    &unfinished,
                    None,
                    &abort,
                    &clock,
                    Texts { preparer: preparer.clone(), options: privacy },
                    &reports,
                );
            }
        });
    }
    let on_analyze = {
        let batch = batch.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        let on_notice = on_notice.clone();
        let analyzing_in_tab = analyzing_in_tab.clone();
        let reports = reports.clone();
        let preparer = preparer.clone();
        Callback::from(move |_: MouseEvent| match mode {
            Mode::Private => {
                // The built-in analyser runs in an analysis worker; nothing is sent.
                // Issue #12: every resume is judged by the batch's rubric.
                let job_description = batch.job_description.clone();
                let rubric = batch.rubric.clone();
                let resumes = batch.resumes.clone();
                let tab_run = TabRun {
                    batch: batch.clone(),
                    clock: clock.clone(),
                    on_notice: on_notice.clone(),
                    analysing: analyzing_in_tab.clone(),
                    generation: generation.clone(),
                    started: *generation.borrow(),
                    rubric_fingerprint: batch.rubric_fingerprint(),
                    left: Cell::new(0),
                    analysed: Cell::new(0),
                    failed: RefCell::new(Vec::new()),
                    prepared: Vec::new(),
                };
                analyzing_in_tab.set(true);
                let preparer = preparer.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    // Issue #16: the text as the analyser reads it comes from the worker.
                    let (prepared, failed) =
                        preparer.prepare(&resumes, &all_ids(&resumes), in_tab(privacy)).await;
                    let requests = analyze_requests(&prepared, &job_description, rubric.as_ref(), today());
                    let failed = failed
                        .into_iter()
                        .filter_map(|(id, why)| {
                            let resume = resumes.iter().find(|resume| resume.id == id)?;
                            Some(format!("{} ({why})", resume.name))
                        })
                        .collect();
                    let tab_run = TabRun {
                        left: Cell::new(prepared.len()),
                        failed: RefCell::new(failed),
                        prepared,
                        ..tab_run
                    };
                    tab_run.start(preparer.worker(), requests);
                });
            }
            Mode::Server => {
                on_notice.emit(None);
                let ids: Vec<u32> = batch.readable().map(|(id, _)| id).collect();
                let queue = BatchAction::Queue(ids.clone());
                run_on_server(
                    &batch,
                    &ids,
                    Some(queue),
                    &abort,
                    &clock,
                    Texts { preparer: preparer.clone(), options: privacy },
                    &reports,
                );
            }
        })
    };
    let on_retry = {
        let batch = batch.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        let reports = reports.clone();
        let preparer = preparer.clone();
        Callback::from(move |id: u32| {
            let queue = BatchAction::Requeue(vec![id]);
            run_on_server(
                &batch,
                &[id],
                Some(queue),
                &abort,
                &clock,
                Texts { preparer: preparer.clone(), options: privacy },
                &reports,
            );
        })
    };
    let on_cancel = {
        let batch = batch.clone();
        let abort = abort.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(controller) = abort.borrow().as_ref() {
                controller.abort();
            }
            batch.dispatch(BatchAction::Cancel);
        })
    };
    let on_abort = Callback::from(move |()| {
        if let Some(controller) = abort.borrow_mut().take() {
            controller.abort();
        }
    });
    Run {
        on_analyze,
        on_retry,
        on_cancel,
        on_abort,
        analyzing_in_tab: *analyzing_in_tab || *reports.checking,
    }
}

/// One Private-mode run: resumes go to the worker one by one and each
/// analysis joins the batch as it comes back.
struct TabRun {
    batch: UseReducerHandle<Batch>,
    clock: Clock,
    on_notice: Callback<Option<AttrValue>>,
    analysing: UseStateHandle<bool>,
    generation: Rc<RefCell<u64>>,
    /// The generation this run answers.
    started: u64,
    /// The fingerprint of the rubric the resumes were sent with.
    rubric_fingerprint: Option<String>,
    prepared: Vec<Prepared>,
    left: Cell<usize>,
    analysed: Cell<usize>,
    /// "name (why)" of each resume the analyser failed on.
    failed: RefCell<Vec<String>>,
}

impl TabRun {
    fn start(self, worker: &Extractor, requests: Vec<AnalysisJob>) {
        if requests.is_empty() {
            self.end();
            return;
        }
        self.analysing.set(true);
        self.on_notice.emit(Some(
            format!(
                "Analysing {} in this tab (Private mode): nothing is sent.",
                plural(requests.len(), "resume", "resumes")
            )
            .into(),
        ));
        let run = Rc::new(self);
        for request in requests {
            let run = run.clone();
            worker.analyse(request, Callback::from(move |(id, analysis)| run.answer(id, analysis)));
        }
    }

    fn answer(&self, id: u32, analysis: Result<Analysis, String>) {
        let current = *self.generation.borrow() == self.started;
        let resume = self.prepared.iter().find(|resume| resume.id == id);
        match (analysis, resume) {
            (Ok(analysis), Some(resume)) if current => {
                self.analysed.set(self.analysed.get() + 1);
                self.batch.dispatch(BatchAction::Analyzed(vec![ResultRecord {
                    resume_id: id,
                    analysis: resume.finish(analysis),
                    analyzer: Analyzer::Local,
                    model: LOCAL_MODEL.to_owned(),
                    finished_at: self.clock.now(),
                    // Nothing left the tab.
                    egress: None,
                    rubric_fingerprint: self.rubric_fingerprint.clone(),
                    usage: None,
                }]));
            }
            (Err(why), Some(resume)) => {
                gloo::console::warn!(format!("resume {id} was not analysed: {why}"));
                self.failed.borrow_mut().push(format!("{} ({why})", resume.file));
            }
            _ => {}
        }
        self.left.set(self.left.get().saturating_sub(1));
        if self.left.get() == 0 {
            self.end();
        }
    }

    fn end(&self) {
        self.analysing.set(false);
        if *self.generation.borrow() != self.started {
            // The batch or its job description changed meanwhile.
            return;
        }
        let mut notice = format!(
            "Analysed {} in this tab (Private mode): nothing was sent.",
            plural(self.analysed.get(), "resume", "resumes")
        );
        let failed = self.failed.borrow();
        if !failed.is_empty() {
            notice.push_str(&format!(" Not analysed: {}.", failed.join(", ")));
        }
        self.on_notice.emit(Some(notice.into()));
    }
}

/// This month, from the browser's clock: the analyser's "today".
fn today() -> YearMonth {
    let now = js_sys::Date::new_0();
    // Years and months from a Date are small whole numbers.
    YearMonth::new(now.get_full_year() as u16, now.get_month() as u8 + 1)
}

/// Asks the server for its settings, then (with `queue`, which marks the
/// resumes `ids` waiting; `None` when a reload left them waiting) sends them
/// to `POST /api/analyze` in chunks, at most two chunks in flight, and feeds
/// every event into the batch as it arrives. What is sent is
/// `privacy::outgoing`'s text (issue #7), made by the worker (issue #16):
/// the run waits for it, and a resume it could not be made for fails
/// unsent; the placeholder mapping stays in this closure and restores each
/// answer. When no server answers (issue #14), nothing is sent and one
/// notice says why.
fn run_on_server(
    batch: &UseReducerHandle<Batch>,
    ids: &[u32],
    queue: Option<BatchAction>,
    abort: &Rc<RefCell<Option<AbortController>>>,
    clock: &Clock,
    texts: Texts,
    reports: &Reports,
) {
    let Texts { preparer, options: privacy } = texts;
    let Ok(controller) = AbortController::new() else {
        batch.dispatch(BatchAction::ChunkFailed(
            ids.to_vec(),
            "The browser cannot start a request.".to_owned(),
        ));
        return;
    };
    let signal = controller.signal();
    *abort.borrow_mut() = Some(controller);
    let chunk_size = Limits::current().chunk_size;
    let batch_resumes = batch.resumes.clone();
    let ids = ids.to_vec();
    let job_description = batch.job_description.clone();
    // Issue #12: the batch's rubric, as the recruiter left it.
    let rubric = batch.rubric.clone();
    let dispatcher = batch.dispatcher();
    let clock = clock.clone();
    let reports = reports.clone();
    reports.checking.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        // Whether the server is (still) there, and for the receipts (issue
        // #7) its model and routing.
        let config = crate::api::config().await;
        reports.checking.set(false);
        reports.on_server.emit(config.clone());
        let config = match config {
            Ok(config) => config,
            Err(why) => {
                if queue.is_none() {
                    // A reload's resumes were waiting: they wait no more.
                    dispatcher.dispatch(BatchAction::Cancel);
                }
                reports.on_notice.emit(Some(
                    format!(
                        "{why} Nothing was sent: only Private mode is available here, and it is now selected."
                    )
                    .into(),
                ));
                return;
            }
        };
        if let Some(queue) = queue {
            dispatcher.dispatch(queue);
        }
        // Issue #16: the texts to send, from the worker; none goes without.
        let (prepared, failed) = preparer.prepare(&batch_resumes, &ids, privacy).await;
        if signal.aborted() {
            // Cancelled (or cleared) while the texts were being made.
            return;
        }
        for (id, why) in failed {
            dispatcher.dispatch(BatchAction::ChunkFailed(vec![id], format!("{why}; nothing was sent.")));
        }
        let prepared: Rc<Vec<Prepared>> = Rc::new(prepared);
        let resumes: Vec<ResumeInput> =
            prepared.iter().map(|it| ResumeInput { id: it.id.to_string(), text: it.text.clone() }).collect();
        let requests: Vec<AnalyzeRequest> = resumes
            .chunks(chunk_size)
            .map(|chunk| AnalyzeRequest {
                job_description: job_description.clone(),
                rubric: rubric.clone(),
                resumes: chunk.to_vec(),
                options: None,
            })
            .collect();
        let routing = routing(&config);
        dispatcher.dispatch(BatchAction::Sent(prepared.iter().map(|it| it.receipt(&routing)).collect()));
        futures_util::stream::iter(requests)
            .for_each_concurrent(MAX_CHUNKS_IN_FLIGHT, |request| {
                let dispatcher = dispatcher.clone();
                let signal = signal.clone();
                let clock = clock.clone();
                let prepared = prepared.clone();
                async move {
                    let events = dispatcher.clone();
                    let sent = crate::api::analyze_chunk(&request, &signal, move |event| {
                        events.dispatch(BatchAction::Event(finish_event(event, &prepared), clock.now()));
                    })
                    .await;
                    // Whatever the stream left unanswered fails, so the run ends.
                    let message =
                        sent.err().unwrap_or_else(|| "The server ended without a result.".to_owned());
                    let ids = request.resumes.iter().filter_map(|resume| resume.id.parse().ok()).collect();
                    dispatcher.dispatch(BatchAction::ChunkFailed(ids, message));
                }
            })
            .await;
    });
}

/// What a server run sends: the texts `preparer` makes with `options`.
struct Texts {
    preparer: Preparer,
    options: OutgoingOptions,
}

/// Chunks sent at once; the rest wait their turn.
const MAX_CHUNKS_IN_FLIGHT: usize = 2;
