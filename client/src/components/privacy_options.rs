use shortlist_core::privacy::OutgoingOptions;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrivacyOptionsProps {
    pub options: OutgoingOptions,
    pub on_change: Callback<OutgoingOptions>,
}

/// The batch's two privacy switches (issue #7), both on by default: personal
/// data replaced by placeholders, and hidden text left out of what is sent.
#[component]
pub fn PrivacyOptions(props: &PrivacyOptionsProps) -> Html {
    let options = props.options;
    let redact = props.on_change.reform(move |_| OutgoingOptions { redact: !options.redact, ..options });
    let drop_hidden =
        props.on_change.reform(move |_| OutgoingOptions { drop_hidden: !options.drop_hidden, ..options });
    html! {
        <fieldset class="privacy-options">
            <legend>{ "Before anything is sent" }</legend>
            <label for="redact" class="switch">
                <input type="checkbox" id="redact" checked={options.redact} onchange={redact} />
                <span class="label">{ "Redact personal data" }</span>
                <span class="hint">{ "Emails, phones, links, addresses, birth dates and the name become placeholders; results show the originals." }</span>
            </label>
            <label for="drop-hidden" class="switch">
                <input type="checkbox" id="drop-hidden" checked={options.drop_hidden} onchange={drop_hidden} />
                <span class="label">{ "Leave out hidden text" }</span>
                <span class="hint">{ "Text a reader cannot see in the file is shown to you and not analysed." }</span>
            </label>
        </fieldset>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    async fn render(options: OutgoingOptions) -> String {
        let props = PrivacyOptionsProps { options, on_change: Callback::noop() };
        yew::LocalServerRenderer::<PrivacyOptions>::with_props(props).hydratable(false).render().await
    }

    #[tokio::test]
    async fn both_switches_are_named_and_follow_the_options() {
        let on = render(OutgoingOptions::default()).await;
        for expected in [
            r#"<input checked type="checkbox" id="redact">"#,
            r#"<span class="label">Redact personal data</span>"#,
            r#"<input checked type="checkbox" id="drop-hidden">"#,
            r#"<span class="label">Leave out hidden text</span>"#,
        ] {
            assert!(on.contains(expected), "{expected}\n in {on}");
        }
        let off = render(OutgoingOptions { redact: false, drop_hidden: true }).await;
        assert!(off.contains(r#"<input type="checkbox" id="redact">"#), "{off}");
        assert!(off.contains(r#"<input checked type="checkbox" id="drop-hidden">"#), "{off}");
    }
}
