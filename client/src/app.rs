use shortlist_core::Limits;
use yew::prelude::*;

use crate::components::{JobDescription, ResumeList, ResumePicker, Status};
use crate::state::{Batch, BatchAction};

/// The whole page.
#[component]
pub fn App() -> Html {
    let batch = use_reducer(Batch::default);
    let notice = use_state(|| None::<AttrValue>);
    let limits = Limits::current();

    let on_job_description = batch.dispatcher().to_callback().reform(BatchAction::SetJobDescription);
    let on_choose = batch.dispatcher().to_callback().reform(BatchAction::Choose);
    let on_remove = batch.dispatcher().to_callback().reform(BatchAction::Remove);
    let on_analyze = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            notice.set(Some("Analysis is not available in this build yet; the batch is kept.".into()))
        })
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
            <ResumeList resumes={batch.resumes.clone()} on_remove={on_remove} />
            <div class="actions">
                <button id="analyze" type="button" disabled={!batch.can_analyze()} onclick={on_analyze}>
                    { "Analyze" }
                </button>
            </div>
            <Status batch={(*batch).clone()} {limits} notice={(*notice).clone()} />
        </main>
    }
}
