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
}

/// The choice of analyser, as a labelled radio group.
#[component]
pub fn ModePicker(props: &ModePickerProps) -> Html {
    let option = |mode: Mode, id: &'static str, label: &'static str, hint: &'static str| {
        html! {
            <label for={id} class="mode">
                <input
                    type="radio"
                    id={id}
                    name="mode"
                    checked={props.mode == mode}
                    onchange={props.on_change.reform(move |_| mode)}
                />
                <span class="label">{ label }</span>
                <span class="hint">{ hint }</span>
            </label>
        }
    };
    html! {
        <fieldset class="modes">
            <legend>{ "Analyse with" }</legend>
            { option(Mode::Server, "mode-server", "This server", "Only the extracted text is sent, to this server.") }
            { option(Mode::Private, "mode-private", "Private mode", "The built-in analyser runs in this tab: nothing is sent.") }
        </fieldset>
    }
}
