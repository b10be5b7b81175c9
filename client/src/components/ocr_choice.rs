use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OcrChoiceProps {
    /// Scans are read by OCR as soon as they are chosen.
    pub at_once: bool,
    pub on_change: Callback<bool>,
}

/// Issue #15: "Read scans with OCR". On (the default), a scanned PDF or a
/// picture is read by OCR in the tab as soon as it is chosen, as a recruiter
/// expects of any resume; off, its row offers "Read by OCR" and nothing of
/// the OCR engine loads until then.
#[component]
pub fn OcrChoice(props: &OcrChoiceProps) -> Html {
    let at_once = props.at_once;
    let toggle = props.on_change.reform(move |_| !at_once);
    html! {
        <label for="read-scans" class="switch">
            <input type="checkbox" id="read-scans" checked={at_once} onchange={toggle} />
            <span class="label">{ "Read scans with OCR" }</span>
            <span class="hint">{ "Scanned PDFs and pictures are read in this tab as soon as they are chosen; the OCR engine loads the first time. Untick to read each one only when you ask." }</span>
        </label>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    async fn render(at_once: bool) -> String {
        let props = OcrChoiceProps { at_once, on_change: Callback::noop() };
        yew::LocalServerRenderer::<OcrChoice>::with_props(props).hydratable(false).render().await
    }

    // See: #15
    #[tokio::test]
    async fn the_choice_is_named_and_follows_its_state() {
        let on = render(true).await;
        assert!(on.contains(r#"<input checked type="checkbox" id="read-scans">"#), "{on}");
        assert!(on.contains(r#"<span class="label">Read scans with OCR</span>"#), "{on}");
        let off = render(false).await;
        assert!(off.contains(r#"<input type="checkbox" id="read-scans">"#), "{off}");
    }
}
