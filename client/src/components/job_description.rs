use shortlist_core::admit::TEXT_TYPES;
use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JobDescriptionProps {
    pub value: AttrValue,
    pub on_change: Callback<String>,
    /// Issue #19: a PDF, DOCX or TXT posting to read into the field.
    #[prop_or_default]
    pub on_load: Callback<File>,
    /// A posting's file is being read.
    #[prop_or_default]
    pub loading: bool,
    /// Why the latest file was not loaded, in one line.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
}

/// The job description the resumes are measured against: typed, pasted or
/// loaded from a file.
#[component]
pub fn JobDescription(props: &JobDescriptionProps) -> Html {
    let on_input = props
        .on_change
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_file = {
        let on_load = props.on_load.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.item(0)) {
                on_load.emit(file);
            }
            // Let the same file be loaded again.
            input.set_value("");
        })
    };
    html! {
        <section class="job-description">
            <label for="job-description">{ "Job description" }</label>
            <textarea
                id="job-description"
                rows="10"
                placeholder="Paste the job description: responsibilities, required and preferred skills, experience."
                value={props.value.clone()}
                oninput={on_input}
            />
            <div class="load-job-description">
                <label for="job-description-file">{ "Load job description from a file" }</label>
                <input id="job-description-file" type="file" accept={TEXT_TYPES} onchange={on_file} />
                if props.loading {
                    <span class="loading" role="status">{ "Reading the file…" }</span>
                }
            </div>
            if let Some(problem) = &props.problem {
                <p class="load-problem" role="alert">{ problem }</p>
            }
        </section>
    }
}
