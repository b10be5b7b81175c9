use std::rc::Rc;

use shortlist_core::api::ServerConfig;
use shortlist_core::privacy::{EgressReceipt, OutgoingOptions, Routing};
use yew::prelude::*;

use crate::outgoing::{Outgoings, SERVER_LOCAL_ANALYSER, routing, unknown_routing};
use crate::state::Resume;
use crate::words::plural;

#[derive(Properties, PartialEq)]
pub struct EgressPreviewProps {
    pub resumes: Vec<Resume>,
    /// The worker's outgoing texts that came (issue #16).
    pub answers: Rc<Outgoings>,
    pub options: OutgoingOptions,
    /// Private mode: nothing would be sent.
    pub private: bool,
}

/// "Preview what will be sent" (issue #7): per resume, the exact text a
/// server run would send now, its SHA-256, size, and the model and routing
/// from `GET /api/config` (read when the preview first opens). Whether it is
/// open and the settings read are its own state: neither is part of the batch.
#[component]
pub fn EgressPreview(props: &EgressPreviewProps) -> Html {
    let open = use_state(|| false);
    let config = use_state(|| None::<Result<ServerConfig, String>>);
    {
        // The server's settings, read once, the first time the preview opens
        // for a server run (Private mode calls nothing).
        let config = config.clone();
        use_effect_with((*open, props.private), move |&(open, private)| {
            if open && !private && config.is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    config.set(Some(crate::api::config().await));
                });
            }
        });
    }
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Issue #18: a resume whose name redaction did not recognise may carry
    // it out; said before the preview is opened, for server runs only.
    let unnamed =
        if props.private { Vec::new() } else { props.answers.unnamed(&props.resumes, props.options) };
    html! {
        <section class="egress">
            if !unnamed.is_empty() {
                <p class="unnamed-warning" role="status">{ unnamed_warning(&unnamed) }</p>
            }
            <button type="button" id="preview" aria-expanded={open.to_string()} aria-controls="egress-preview" onclick={on_toggle}>
                { "Preview what will be sent" }
            </button>
            if *open {
                <div id="egress-preview" class="egress-preview" role="region" aria-label="What will be sent">
                    { preview(props, (*config).as_ref(), &unnamed) }
                </div>
            }
        </section>
    }
}

fn preview(
    props: &EgressPreviewProps,
    config: Option<&Result<ServerConfig, String>>,
    unnamed: &[String],
) -> Html {
    if props.private {
        return html! {
            <p class="nothing-sent">{ "Private mode: nothing is sent. The built-in analyser reads the text in this tab." }</p>
        };
    }
    let (routing, problem) = match config {
        None => return html! { <p>{ "Reading the server's settings…" }</p> },
        Some(Ok(config)) => (routing(config), None),
        Some(Err(message)) => (unknown_routing(), Some(message.clone())),
    };
    let (receipts, waiting) = props.answers.receipts(&props.resumes, props.options, &routing);
    html! {
        <>
            if let Some(problem) = problem { <p class="problem">{ problem }</p> }
            <p class="routing">{ routing_text(&routing) }</p>
            if waiting > 0 {
                <p class="preparing">{ format!("Preparing the text of {}…", plural(waiting, "resume", "resumes")) }</p>
            } else if receipts.is_empty() {
                <p class="empty">{ "No resume has text to send yet." }</p>
            }
            for receipt in receipts.iter() { { receipt_html(receipt, unnamed.contains(&receipt.file)) } }
        </>
    }
}

fn routing_text(routing: &Routing) -> String {
    if routing.model == SERVER_LOCAL_ANALYSER {
        return format!("Sent to this server only, to {SERVER_LOCAL_ANALYSER}.");
    }
    format!(
        "Sent through this server to the model {}; zero data retention (zdr): {}; data collection: {}.",
        routing.model,
        if routing.zdr { "required" } else { "not required" },
        routing.data_collection
    )
}

/// The files whose candidate's name was not recognised, and what to do.
fn unnamed_warning(files: &[String]) -> String {
    let (which, them) = match files {
        [file] => (file.clone(), "its text"),
        _ => (files.join(", "), "their texts"),
    };
    format!(
        "No candidate's name was recognised in {which}. Redaction replaces only the name it recognises: \
         read {them} under \"Preview what will be sent\" before you click Analyze, or use Private mode."
    )
}

fn receipt_html(receipt: &EgressReceipt, unnamed: bool) -> Html {
    html! {
        <article class="receipt" key={receipt.resume_id.clone()} aria-label={format!("Sent for {}", receipt.file)}>
            <h3>{ &receipt.file }</h3>
            if unnamed {
                <p class="unnamed">{ "No name recognised: check this text for the candidate's name before it is sent." }</p>
            }
            <dl>
                <dt>{ "SHA-256" }</dt><dd><code class="sha256">{ &receipt.sha256 }</code></dd>
                <dt>{ "Characters" }</dt><dd class="chars">{ receipt.chars }</dd>
                <dt>{ "Estimated tokens" }</dt><dd class="tokens">{ receipt.estimated_tokens }</dd>
            </dl>
            <pre class="sent-text">{ &receipt.text }</pre>
        </article>
    }
}
