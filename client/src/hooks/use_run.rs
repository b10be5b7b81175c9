//! The analysis run: in this tab (Private mode) or on the server in chunks,
//! at most two in flight, with Retry for one resume, Cancel for the run, and
//! the unfinished resumes of a reloaded batch sent again once.

use std::cell::RefCell;
use std::rc::Rc;

use futures_util::StreamExt;
use shortlist_core::Limits;
use shortlist_core::analyze_api::{Analyser, AnalyzeRequest, LOCAL_MODEL, ResumeInput};
use shortlist_core::local::YearMonth;
use shortlist_core::privacy::OutgoingOptions;
use shortlist_core::session::ResultRecord;
use web_sys::AbortController;
use yew::prelude::*;

use crate::clock::Clock;
use crate::components::Mode;
use crate::outgoing::{Prepared, analyse_in_tab, finish_event, prepare, routing, unknown_routing};
use crate::state::{Batch, BatchAction};

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
}

/// The run over `batch` in `mode`, sending with the `privacy` switches.
/// `unfinished` are the resumes a reload found waiting or in flight; a
/// sentence for the status line goes to `on_notice`.
#[hook]
pub fn use_run(
    batch: &UseReducerHandle<Batch>,
    clock: &Clock,
    mode: Mode,
    privacy: OutgoingOptions,
    unfinished: Rc<Vec<u32>>,
    on_notice: Callback<Option<AttrValue>>,
) -> Run {
    // The latest server run's abort switch, for Cancel.
    let abort = use_mut_ref(|| None::<AbortController>);
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
        use_effect_with((), move |()| {
            if !unfinished.is_empty() {
                run_on_server(&batch, &unfinished, &abort, &clock, privacy);
            }
        });
    }
    let on_analyze = {
        let batch = batch.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        Callback::from(move |_: MouseEvent| match mode {
            Mode::Private => {
                // The built-in analyser runs in this tab; nothing is sent.
                let today = today();
                let analyses: Vec<_> = analyse_in_tab(&batch.resumes, &batch.job_description, today, privacy)
                    .into_iter()
                    .map(|(id, analysis)| ResultRecord {
                        resume_id: id,
                        analysis,
                        analyser: Analyser::Local,
                        model: LOCAL_MODEL.to_owned(),
                        finished_at: clock.now(),
                        // Nothing left the tab.
                        egress: None,
                    })
                    .collect();
                on_notice.emit(Some(
                    format!(
                        "Analysed {} resumes in this tab (Private mode): nothing was sent.",
                        analyses.len()
                    )
                    .into(),
                ));
                batch.dispatch(BatchAction::Analysed(analyses));
            }
            Mode::Server => {
                on_notice.emit(None);
                let ids: Vec<u32> = batch.readable().map(|(id, _)| id).collect();
                batch.dispatch(BatchAction::Queue(ids.clone()));
                run_on_server(&batch, &ids, &abort, &clock, privacy);
            }
        })
    };
    let on_retry = {
        let batch = batch.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        Callback::from(move |id: u32| {
            batch.dispatch(BatchAction::Requeue(vec![id]));
            run_on_server(&batch, &[id], &abort, &clock, privacy);
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
    Run { on_analyze, on_retry, on_cancel, on_abort }
}

/// This month, from the browser's clock: the analyser's "today".
fn today() -> YearMonth {
    let now = js_sys::Date::new_0();
    // Years and months from a Date are small whole numbers.
    YearMonth::new(now.get_full_year() as u16, now.get_month() as u8 + 1)
}

/// Sends the resumes `ids` (queued by the caller) to `POST /api/analyze` in
/// chunks, at most two chunks in flight, and feeds every event into the batch
/// as it arrives. What is sent is `privacy::outgoing`'s text (issue #7); the
/// placeholder mapping stays in this closure and restores each answer.
fn run_on_server(
    batch: &UseReducerHandle<Batch>,
    ids: &[u32],
    abort: &Rc<RefCell<Option<AbortController>>>,
    clock: &Clock,
    privacy: OutgoingOptions,
) {
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
    let prepared: Rc<Vec<Prepared>> = Rc::new(prepare(&batch.resumes, ids, privacy));
    let resumes: Vec<ResumeInput> =
        prepared.iter().map(|it| ResumeInput { id: it.id.to_string(), text: it.text.clone() }).collect();
    let requests: Vec<AnalyzeRequest> = resumes
        .chunks(chunk_size)
        .map(|chunk| AnalyzeRequest {
            job_description: batch.job_description.clone(),
            resumes: chunk.to_vec(),
            options: None,
        })
        .collect();
    let dispatcher = batch.dispatcher();
    let clock = clock.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // The receipts (issue #7) name the server's model and routing.
        let routing =
            crate::api::config().await.map(|config| routing(&config)).unwrap_or_else(|_| unknown_routing());
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

/// Chunks sent at once; the rest wait their turn.
const MAX_CHUNKS_IN_FLIGHT: usize = 2;
