use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use futures_util::StreamExt;
use shortlist_core::Limits;
use shortlist_core::admit::ChosenFile;
use shortlist_core::analyze_api::{Analyser, AnalyzeRequest, LOCAL_MODEL, ResumeInput};
use shortlist_core::export::{AuditRecord, csv};
use shortlist_core::local::YearMonth;
use shortlist_core::privacy::OutgoingOptions;
use shortlist_core::session::ResultRecord;
use web_sys::{AbortController, File};
use yew::prelude::*;

use crate::clock::Clock;
use crate::components::{
    EgressPreview, JobDescription, Mode, ModePicker, PrivacyOptions, ResultRow, Results, ResumeList,
    ResumePicker, Status,
};
use crate::extractor::{Extractor, WORKER_URL};
use crate::hooks::use_session;
use crate::outgoing::{
    Prepared, analyse_in_tab, duplicate_flags, finish_event, prepare, routing, unknown_routing,
};
use crate::state::{Batch, BatchAction};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the extraction worker's script is; tests point it elsewhere.
    #[prop_or(AttrValue::Static(WORKER_URL))]
    pub worker_url: AttrValue,
    /// The page's clock; tests pass one they can advance.
    #[prop_or_default]
    pub clock: Clock,
    /// How often the page checks whether its batch is two hours old.
    #[prop_or(EXPIRY_CHECK_MS)]
    pub expiry_check_ms: u32,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            worker_url: AttrValue::Static(WORKER_URL),
            clock: Clock::default(),
            expiry_check_ms: EXPIRY_CHECK_MS,
        }
    }
}

/// Once a minute.
const EXPIRY_CHECK_MS: u32 = 60_000;

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let session = use_session(&props.clock, props.expiry_check_ms);
    let batch = session.batch.clone();
    let clock = props.clock.clone();
    let notice = use_state(|| None::<AttrValue>);
    let mode = use_state(|| Mode::Server);
    // Issue #7: what leaves the tab, chosen per batch.
    let privacy = use_state(OutgoingOptions::default);
    let duplicates = use_memo(batch.resumes.clone(), |resumes| duplicate_flags(resumes));
    // The latest server run's abort switch, for Cancel.
    let abort = use_mut_ref(|| None::<AbortController>);
    let extractor = use_memo(props.worker_url.clone(), |url| Extractor::new(url));
    // Files chosen but not yet handed to the worker, by name. Their bytes are
    // never stored: the worker reads them and only the text comes back.
    let waiting = use_mut_ref(HashMap::<String, File>::new);
    let limits = Limits::current();

    let on_job_description = batch.dispatcher().to_callback().reform(BatchAction::SetJobDescription);
    let on_remove = batch.dispatcher().to_callback().reform(BatchAction::Remove);
    let on_choose = {
        let batch = batch.clone();
        let waiting = waiting.clone();
        Callback::from(move |files: Vec<File>| {
            let mut chosen = Vec::with_capacity(files.len());
            let mut waiting = waiting.borrow_mut();
            for file in files {
                // A File's size is a JS number holding a whole count of bytes.
                chosen.push(ChosenFile::new(file.name(), file.size() as u64));
                if !batch.contains(&file.name()) {
                    waiting.entry(file.name()).or_insert(file);
                }
            }
            drop(waiting);
            batch.dispatch(BatchAction::Choose(chosen));
        })
    };
    {
        // Hand each newly admitted file to the worker; forget refused ones.
        let on_read = batch.dispatcher().to_callback().reform(|(id, result)| BatchAction::Read(id, result));
        let waiting = waiting.clone();
        use_effect_with(batch.clone(), move |batch| {
            let mut waiting = waiting.borrow_mut();
            for resume in batch.resumes.iter().filter(|resume| resume.is_reading()) {
                if let Some(file) = waiting.remove(&resume.name) {
                    extractor.read(resume.id, file, on_read.clone());
                }
            }
            waiting.clear();
        });
    }
    {
        // A batch cleared or expired mid-run takes its requests with it.
        let abort = abort.clone();
        let waiting = waiting.clone();
        use_effect_with(batch.batch_id.is_empty(), move |emptied| {
            if *emptied {
                if let Some(controller) = abort.borrow_mut().take() {
                    controller.abort();
                }
                waiting.borrow_mut().clear();
            }
        });
    }
    {
        // A reload during a run: what was waiting or in flight is sent again.
        let batch = batch.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        let unfinished = session.unfinished.clone();
        // The switches are not stored: a reload sends with the defaults (both on).
        let privacy = *privacy;
        use_effect_with((), move |()| {
            if !unfinished.is_empty() {
                run_on_server(&batch, &unfinished, &abort, &clock, privacy);
            }
        });
    }
    let on_mode = {
        let mode = mode.clone();
        Callback::from(move |chosen: Mode| mode.set(chosen))
    };
    let on_analyze = {
        let batch = batch.clone();
        let notice = notice.clone();
        let abort = abort.clone();
        let clock = clock.clone();
        let mode = *mode;
        let privacy = *privacy;
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
                notice.set(Some(
                    format!(
                        "Analysed {} resumes in this tab (Private mode): nothing was sent.",
                        analyses.len()
                    )
                    .into(),
                ));
                batch.dispatch(BatchAction::Analysed(analyses));
            }
            Mode::Server => {
                notice.set(None);
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
        let privacy = *privacy;
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
    let on_clear = {
        let batch = batch.clone();
        let notice = notice.clone();
        let waiting = waiting.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(controller) = abort.borrow_mut().take() {
                controller.abort();
            }
            waiting.borrow_mut().clear();
            notice.set(None);
            batch.dispatch(BatchAction::Clear);
        })
    };
    let on_export_csv = {
        let batch = batch.clone();
        let notice = notice.clone();
        Callback::from(move |()| {
            let document = batch.to_document();
            save_export(
                &notice,
                &format!("shortlist-{}.csv", document.batch_id),
                "text/csv",
                &csv(&document),
            );
        })
    };
    let on_export_json = {
        let batch = batch.clone();
        let notice = notice.clone();
        let clock = clock.clone();
        Callback::from(move |()| {
            let document = batch.to_document();
            let record = AuditRecord::new(&document, clock.now());
            save_export(
                &notice,
                &format!("shortlist-{}.json", document.batch_id),
                "application/json",
                &record.to_json(),
            );
        })
    };
    let rows: Vec<ResultRow> = batch
        .resumes
        .iter()
        .filter(|resume| resume.text().is_some())
        .map(|resume| ResultRow {
            resume: resume.clone(),
            result: batch.result(resume.id).cloned(),
            status: batch.run_status(resume.id).cloned(),
        })
        .collect();
    let session_notice = if batch.expired {
        Some(AttrValue::from("The previous batch was over 2 hours old and was cleared."))
    } else {
        session.storage_problem.clone()
    };

    html! {
        <main class="app">
            <header>
                <h1>{ "Shortlist" }</h1>
                <p class="tagline">
                    { "Screen resumes against a job description. Files are read in this tab and never uploaded." }
                </p>
            </header>
            <JobDescription value={AttrValue::from(batch.job_description.clone())} on_change={on_job_description} />
            <ResumePicker {limits} on_choose={on_choose} />
            <ResumeList resumes={batch.resumes.clone()} run={batch.run.clone()} on_remove={on_remove} on_retry={on_retry}
                duplicates={(*duplicates).clone()} hidden_left_out={privacy.drop_hidden} />
            <ModePicker mode={*mode} on_change={on_mode} />
            <PrivacyOptions options={*privacy} on_change={Callback::from({ let privacy = privacy.clone(); move |chosen| privacy.set(chosen) })} />
            <EgressPreview resumes={batch.resumes.clone()} options={*privacy} private={*mode == Mode::Private} />
            <div class="actions">
                <button id="analyze" type="button" disabled={!batch.can_analyze() || batch.is_running()} onclick={on_analyze}>
                    { "Analyze" }
                </button>
                <button id="cancel" type="button" disabled={!batch.is_running()} onclick={on_cancel}>
                    { "Cancel" }
                </button>
                <button id="clear-session" type="button" onclick={on_clear}>
                    { "Clear session" }
                </button>
            </div>
            if let Some(message) = session_notice {
                <p id="session-notice" class="session-notice" role="alert">{ message }</p>
            }
            <Status batch={(*batch).clone()} {limits} notice={(*notice).clone()} />
            <Results {rows} {on_export_csv} {on_export_json} />
        </main>
    }
}

/// Offers an export as a file; says so when the browser refuses.
fn save_export(notice: &UseStateHandle<Option<AttrValue>>, filename: &str, mime: &str, contents: &str) {
    match crate::download::download(filename, mime, contents) {
        Ok(()) => notice.set(Some(format!("Saved {filename}.").into())),
        Err(error) => {
            gloo::console::warn!(format!("cannot save {filename}: {error:?}"));
            notice.set(Some(format!("The browser did not save {filename}.").into()));
        }
    }
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
