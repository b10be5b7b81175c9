use std::collections::HashMap;

use shortlist_core::Limits;
use shortlist_core::admit::ChosenFile;
use shortlist_core::local::{self, YearMonth};
use web_sys::File;
use yew::prelude::*;

use crate::components::{JobDescription, Results, ResumeList, ResumePicker, Status};
use crate::extractor::{Extractor, WORKER_URL};
use crate::state::{Batch, BatchAction};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the extraction worker's script is; tests point it elsewhere.
    #[prop_or(AttrValue::Static(WORKER_URL))]
    pub worker_url: AttrValue,
}

impl Default for AppProps {
    fn default() -> Self {
        Self { worker_url: AttrValue::Static(WORKER_URL) }
    }
}

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let batch = use_reducer(Batch::default);
    let notice = use_state(|| None::<AttrValue>);
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
    // Private mode: the built-in analyser runs in this tab; nothing is sent.
    let on_analyze = {
        let batch = batch.clone();
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            let today = today();
            let analyses: Vec<_> = batch
                .readable()
                .map(|(id, text)| (id, local::analyze(&batch.job_description, text, today)))
                .collect();
            notice.set(Some(
                format!("Analysed {} resumes in this tab (Private mode): nothing was sent.", analyses.len())
                    .into(),
            ));
            batch.dispatch(BatchAction::Analysed(analyses));
        })
    };
    let ranked: Vec<_> =
        batch.ranked().into_iter().map(|(resume, analysis)| (resume.clone(), analysis.clone())).collect();

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
            <ResumeList resumes={batch.resumes.clone()} on_remove={on_remove} />
            <div class="actions">
                <button id="analyze" type="button" disabled={!batch.can_analyze()} onclick={on_analyze}>
                    { "Analyze" }
                </button>
            </div>
            <Status batch={(*batch).clone()} {limits} notice={(*notice).clone()} />
            <Results {ranked} />
        </main>
    }
}

/// This month, from the browser's clock: the analyser's "today".
fn today() -> YearMonth {
    let now = js_sys::Date::new_0();
    // Years and months from a Date are small whole numbers.
    YearMonth::new(now.get_full_year() as u16, now.get_month() as u8 + 1)
}
