use shortlist_core::admit::ChosenFile;
use shortlist_core::size::human;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResumeListProps {
    pub resumes: Vec<ChosenFile>,
    pub on_remove: Callback<String>,
}

/// The resumes in the batch, with name and size.
#[component]
pub fn ResumeList(props: &ResumeListProps) -> Html {
    if props.resumes.is_empty() {
        return html! { <p class="empty">{ "No resumes yet." }</p> };
    }
    html! {
        <ul class="resume-list" aria-label="Chosen resumes">
            for resume in props.resumes.iter() {
                <li key={resume.name.clone()}>
                    <span class="name">{ &resume.name }</span>
                    <span class="size">{ human(resume.size) }</span>
                    <button
                        type="button"
                        class="remove"
                        aria-label={format!("Remove {}", resume.name)}
                        onclick={remove_button(&props.on_remove, &resume.name)}
                    >
                        { "Remove" }
                    </button>
                </li>
            }
        </ul>
    }
}

fn remove_button(on_remove: &Callback<String>, name: &str) -> Callback<MouseEvent> {
    let name = name.to_owned();
    on_remove.reform(move |_| name.clone())
}

// Rendered to a string natively; the browser tests cover the live DOM.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    async fn render(resumes: Vec<ChosenFile>) -> String {
        let props = ResumeListProps { resumes, on_remove: Callback::noop() };
        yew::LocalServerRenderer::<ResumeList>::with_props(props).hydratable(false).render().await
    }

    #[tokio::test]
    async fn an_empty_batch_says_so() {
        assert_eq!(render(Vec::new()).await, r#"<p class="empty">No resumes yet.</p>"#);
    }

    #[tokio::test]
    async fn each_resume_shows_its_name_and_size() {
        let html = render(vec![ChosenFile::new("ada.pdf", 2048), ChosenFile::new("grace.txt", 900)]).await;
        assert!(
            html.contains(r#"<span class="name">ada.pdf</span><span class="size">2 KB</span>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<span class="name">grace.txt</span><span class="size">900 bytes</span>"#),
            "{html}"
        );
        assert!(html.contains(r#"aria-label="Remove ada.pdf""#), "{html}");
    }
}
