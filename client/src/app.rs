use shortlist_core::Limits;
use shortlist_core::analyze_api::Analyzer;
use shortlist_core::export::{AuditRecord, csv};
use shortlist_core::privacy::OutgoingOptions;
use shortlist_core::requirements_api::{Reader, RequirementsRequest};
use yew::prelude::*;

use crate::clock::Clock;
use crate::components::{
    EgressPreview, JobDescription, Mode, ModePicker, OcrChoice, PrivacyOptions, ResultRow, Results,
    ResumeList, ResumePicker, RubricEditor, Status,
};
use crate::extractor::{ANALYSIS_URL, ReadResult, WORKER_URL};
use crate::hooks::{
    RunCallbacks, RunChoice, ServerStatus, keep_read_scans_choice, read_scans_choice, use_extractor,
    use_job_description_file, use_outgoing, use_rubric, use_run, use_server, use_session,
};
use crate::outgoing::duplicate_flags;
use crate::state::{Batch, BatchAction, RELOADED_BEFORE_OCR};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the extraction worker's script is; tests point it elsewhere.
    #[prop_or(AttrValue::Static(WORKER_URL))]
    pub worker_url: AttrValue,
    /// Issue #16: where the analysis worker's script is; tests point it elsewhere.
    #[prop_or(AttrValue::Static(ANALYSIS_URL))]
    pub analysis_url: AttrValue,
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
            analysis_url: AttrValue::Static(ANALYSIS_URL),
            clock: Clock::default(),
            expiry_check_ms: EXPIRY_CHECK_MS,
        }
    }
}

/// Once a minute.
const EXPIRY_CHECK_MS: u32 = 60_000;

/// The whole page: its state, and the hooks and components it is composed of.
#[component]
pub fn App(props: &AppProps) -> Html {
    let session = use_session(&props.clock, props.expiry_check_ms);
    let batch = session.batch.clone();
    let clock = props.clock.clone();
    let notice = use_state(|| None::<AttrValue>);
    let mode = use_state(|| Mode::Server);
    // Issue #14: whether a server is there at all; with none, Private mode.
    let server = use_server();
    {
        let mode = mode.clone();
        use_effect_with(server.status.unavailable().is_some(), move |&unavailable| {
            if unavailable {
                mode.set(Mode::Private);
            }
        });
    }
    // Issue #7: what leaves the tab, chosen per batch.
    let privacy = use_state(OutgoingOptions::default);
    let duplicates = use_memo(batch.resumes.clone(), |resumes| duplicate_flags(resumes));
    let limits = Limits::current();
    let reader = use_extractor(&batch, &props.worker_url, &props.analysis_url);
    // Issue #16: each resume's outgoing text, made in the analysis workers, kept here.
    let outgoing = use_outgoing(&batch, &reader.worker, *privacy);
    // Issue #19: who each resume is, found by the worker and kept in the tab.
    let candidates = {
        let answers = outgoing.answers.clone();
        use_memo((batch.resumes.clone(), answers), |(resumes, answers)| answers.candidate_names(resumes))
    };
    let posting_file = use_job_description_file(&batch, &reader.worker);
    let set_notice = {
        let notice = notice.clone();
        Callback::from(move |message| notice.set(message))
    };
    let choice = RunChoice { mode: *mode, privacy: *privacy };
    let run = use_run(
        &batch,
        &outgoing.preparer,
        &clock,
        choice,
        session.unfinished.clone(),
        RunCallbacks { on_notice: set_notice, on_server: server.on_answer.clone() },
    );
    // Issue #12: the rubric, read in an analysis worker as the job description is typed.
    use_rubric(&batch, &reader.worker);
    let has_model = server.status.config().is_some_and(|config| config.analyzer == Analyzer::Llm);
    let model = use_model_reader(&batch);

    // Issue #15: "Read scans with OCR", kept in the tab; on unless turned off.
    let read_scans = use_state(read_scans_choice);
    {
        let worker = reader.worker.clone();
        use_effect_with(*read_scans, move |&at_once| worker.set_read_scans(at_once));
    }
    let on_read_scans = {
        let read_scans = read_scans.clone();
        Callback::from(move |at_once: bool| {
            keep_read_scans_choice(at_once);
            read_scans.set(at_once);
        })
    };
    let on_read_by_ocr = {
        let dispatcher = batch.dispatcher();
        let worker = reader.worker.clone();
        Callback::from(move |id: u32| {
            dispatcher.dispatch(BatchAction::ReadByOcr(id));
            if !worker.read_held_scan(id) {
                // Its pictures were lost with a reload.
                let gone = ReadResult::Failed(RELOADED_BEFORE_OCR.to_owned());
                dispatcher.dispatch(BatchAction::Read(id, gone));
            }
        })
    };
    let on_job_description = batch.dispatcher().to_callback().reform(BatchAction::SetJobDescription);
    let on_remove = {
        let dispatcher = batch.dispatcher();
        let worker = reader.worker.clone();
        Callback::from(move |id: u32| {
            // Read no further, by OCR too.
            worker.forget(id);
            dispatcher.dispatch(BatchAction::Remove(id));
        })
    };
    let on_edit_rubric = batch.dispatcher().to_callback().reform(BatchAction::EditRubric);
    let on_read_again = {
        let dispatcher = batch.dispatcher();
        let note = model.note.clone();
        Callback::from(move |()| {
            note.set(None);
            dispatcher.dispatch(BatchAction::ReadRubricAgain);
        })
    };
    let on_mode = {
        let mode = mode.clone();
        Callback::from(move |chosen: Mode| mode.set(chosen))
    };
    let on_clear = {
        let batch = batch.clone();
        let notice = notice.clone();
        let on_abort = run.on_abort.clone();
        let on_forget = reader.on_forget.clone();
        let worker = reader.worker.clone();
        Callback::from(move |_: MouseEvent| {
            on_abort.emit(());
            on_forget.emit(());
            // Nothing more is heard of its files (a scan being read by OCR stops).
            batch.resumes.iter().for_each(|resume| worker.forget(resume.id));
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
            candidate: candidates.iter().find(|(id, _)| *id == resume.id).map(|(_, name)| name.clone()),
            result: batch.result(resume.id).cloned(),
            status: batch.run_status(resume.id).cloned(),
            out_of_date: batch.result(resume.id).is_some_and(|result| batch.is_out_of_date(result)),
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
            // Issue #19: above 1,100 px the posting and the batch sit side by side.
            <div class="workspace">
            <div class="posting">
            <JobDescription value={AttrValue::from(batch.job_description.clone())} on_change={on_job_description}
                on_load={posting_file.on_load} loading={posting_file.loading} problem={posting_file.problem} />
            <RubricEditor rubric={batch.rubric.clone()} edited={batch.rubric_edited} reading={batch.is_reading_rubric()}
                problem={batch.rubric_problem().map(AttrValue::from)}
                note={batch.rubric_failure.clone().map(AttrValue::from).or_else(|| (*model.note).clone())}
                can_read_with_model={*mode == Mode::Server && has_model}
                reading_with_model={*model.reading} on_edit={on_edit_rubric} {on_read_again}
                on_read_with_model={model.on_read} />
            </div>
            <div class="batch">
            <ResumePicker {limits} on_choose={reader.on_choose} />
            <OcrChoice at_once={*read_scans} on_change={on_read_scans} />
            <ResumeList resumes={batch.resumes.clone()} run={batch.run.clone()} on_remove={on_remove} on_retry={run.on_retry}
                duplicates={(*duplicates).clone()} hidden_left_out={privacy.drop_hidden} progress={reader.progress}
                on_read_by_ocr={on_read_by_ocr} />
            <ModePicker mode={*mode} on_change={on_mode}
                server_unavailable={server.status.unavailable().cloned()}
                checking={server.status == ServerStatus::Checking} on_check={server.on_check.clone()} />
            <PrivacyOptions options={*privacy} on_change={Callback::from({ let privacy = privacy.clone(); move |chosen| privacy.set(chosen) })} />
            <EgressPreview resumes={batch.resumes.clone()} answers={outgoing.answers.clone()} options={*privacy} private={*mode == Mode::Private} />
            <div class="actions">
                <button id="analyze" type="button" disabled={!batch.can_analyze() || batch.is_running() || run.analyzing_in_tab} onclick={run.on_analyze}>
                    { "Analyze" }
                </button>
                <button id="cancel" type="button" disabled={!batch.is_running()} onclick={run.on_cancel}>
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
            </div>
            </div>
            <Results {rows} {on_export_csv} {on_export_json} />
        </main>
    }
}

/// "Read with the model" (issue #12): the reading in progress and its
/// outcome in one line. Whether the server has a model is known from the
/// settings the page reads on load (issue #14).
struct ModelReader {
    reading: UseStateHandle<bool>,
    /// Who read the rubric, or why the model could not.
    note: UseStateHandle<Option<AttrValue>>,
    on_read: Callback<()>,
}

#[hook]
fn use_model_reader(batch: &UseReducerHandle<Batch>) -> ModelReader {
    let reading = use_state(|| false);
    let note = use_state(|| None::<AttrValue>);
    let on_read = {
        let batch = batch.clone();
        let reading = reading.clone();
        let note = note.clone();
        Callback::from(move |()| {
            let request = RequirementsRequest {
                job_description: batch.job_description.clone(),
                reader: Reader::Model,
                model: None,
            };
            let dispatcher = batch.dispatcher();
            let (reading, note) = (reading.clone(), note.clone());
            reading.set(true);
            note.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::requirements(&request).await {
                    Ok(response) => {
                        dispatcher.dispatch(BatchAction::RubricReadByModel {
                            job_description: request.job_description,
                            rubric: response.rubric,
                        });
                        note.set(Some(
                            match response.analyzer {
                                Analyzer::Llm => format!("Read by the model {}.", response.model),
                                Analyzer::Local => {
                                    "Read by the server's built-in parser: it has no model.".to_owned()
                                }
                            }
                            .into(),
                        ));
                    }
                    Err(message) => note.set(Some(message.into())),
                }
                reading.set(false);
            });
        })
    };
    ModelReader { reading, note, on_read }
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
