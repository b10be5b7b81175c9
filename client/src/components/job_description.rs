use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JobDescriptionProps {
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

/// The job description the resumes are measured against.
#[component]
pub fn JobDescription(props: &JobDescriptionProps) -> Html {
    let on_input = props
        .on_change
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
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
        </section>
    }
}
