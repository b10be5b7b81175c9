use yew::prelude::*;

/// Where the analysis runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `POST /api/analyze`: the server's model, or its local analyser.
    Server,
    /// The local analyser in this tab; nothing is sent.
    Private,
}

#[derive(Properties, PartialEq)]
pub struct ModePickerProps {
    pub mode: Mode,
    pub on_change: Callback<Mode>,
    /// Issue #14: why there is no server to use (the page is on a static
    /// host with none behind it, or it went away): "This server" is
    /// disabled and this line says only Private mode is available.
    #[prop_or_default]
    pub server_unavailable: Option<AttrValue>,
    /// The page is asking whether the server is there.
    #[prop_or_default]
    pub checking: bool,
    /// "Check again".
    #[prop_or_default]
    pub on_check: Callback<()>,
}

/// The choice of analyser, as a labelled radio group.
#[component]
pub fn ModePicker(props: &ModePickerProps) -> Html {
    let option = |mode: Mode, id: &'static str, label: &'static str, hint: &'static str, disabled: bool| {
        html! {
            <label for={id} class="mode">
                <input
                    type="radio"
                    id={id}
                    name="mode"
                    checked={props.mode == mode}
                    {disabled}
                    onchange={props.on_change.reform(move |_| mode)}
                />
                <span class="label">{ label }</span>
                <span class="hint">{ hint }</span>
            </label>
        }
    };
    let unavailable = props.server_unavailable.is_some();
    html! {
        <fieldset class="modes">
            <legend>{ "Analyse with" }</legend>
            { option(Mode::Server, "mode-server", "This server", "Only the extracted text is sent, to this server.", unavailable) }
            { option(Mode::Private, "mode-private", "Private mode", "The built-in analyser runs in this tab: nothing is sent.", false) }
            if let Some(why) = &props.server_unavailable {
                <p id="server-unavailable" class="server-unavailable" role="status">
                    { format!("Only Private mode is available here. {why}") }
                    { " " }
                    <button id="check-server" type="button" disabled={props.checking}
                        onclick={props.on_check.reform(|_: MouseEvent| ())}>
                        { if props.checking { "Checking…" } else { "Check again" } }
                    </button>
                </p>
            }
        </fieldset>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    async fn render(props: ModePickerProps) -> String {
        yew::LocalServerRenderer::<ModePicker>::with_props(props).hydratable(false).render().await
    }

    // See: #14. No server: "This server" is disabled and one line says why.
    #[tokio::test]
    async fn without_a_server_only_private_mode_is_offered() {
        let html = render(ModePickerProps {
            mode: Mode::Private,
            on_change: Callback::noop(),
            server_unavailable: Some(
                "No Shortlist server answers at this page's address (404 Not Found).".into(),
            ),
            checking: false,
            on_check: Callback::noop(),
        })
        .await;
        assert!(html.contains(r#"id="mode-server" name="mode" disabled"#), "{html}");
        assert!(
            html.contains(
                "Only Private mode is available here. No Shortlist server answers at this page's address"
            ),
            "{html}"
        );
        assert!(html.contains("Check again"), "{html}");

        let html = render(ModePickerProps {
            mode: Mode::Server,
            on_change: Callback::noop(),
            server_unavailable: None,
            checking: false,
            on_check: Callback::noop(),
        })
        .await;
        assert!(!html.contains("disabled") && !html.contains("Only Private mode"), "{html}");
    }
}
