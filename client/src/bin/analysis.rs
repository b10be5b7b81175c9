//! Issue #16: the page's analysis worker, a wasm binary of its own, run in
//! Web Workers beside the extraction workers. It reads the job description
//! as a rubric, makes each resume's outgoing text (redaction) and, in
//! Private mode, analyses a resume with the built-in analyser
//! (`shortlist_core::worker::analysis`), so none of them blocks the page and
//! none is in the extraction worker, which holds only the file parsers.
//!
//! It posts `READY` once its wasm runs, then answers each request the page
//! posts as JSON with one reply as JSON. If the analyser or redaction
//! panics, this worker dies with it; the page sees `onerror`, fails that one
//! job and starts a new worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use shortlist_core::worker::READY;
    use shortlist_core::worker::analysis::AnalysisRequest;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::{Closure, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let json = event.data().as_string().unwrap_or_default();
        let request = match serde_json::from_str::<AnalysisRequest>(&json) {
            Ok(request) => request,
            Err(error) => panic!("the page sent an unreadable request: {error}"),
        };
        let reply = serde_json::to_string(&request.answer()).expect("a reply always serialises");
        // A failed post means the page is gone; there is no one to tell.
        let _ = reply_scope.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("shortlist-analysis runs in a browser's Web Worker; build it with trunk.");
}
