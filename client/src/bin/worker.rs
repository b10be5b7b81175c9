//! The page's worker: a second wasm binary, run in a Web Worker, that turns
//! a file's bytes into text with `shortlist_core::extract`, reads the job
//! description as a rubric and, in Private mode, analyses a resume with the
//! built-in analyser, so none of them blocks the page. The parsers and the analyser live only here, not in the page's
//! bundle. If either panics, this worker dies with it; the page sees
//! `onerror`, fails that one file or resume and starts a new worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use shortlist_core::extract::extract_for_ocr;
    use shortlist_core::worker::{ExtractReply, ProgressReply, READY, WorkerReply, WorkerRequest};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::{Closure, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = match event.data().as_string() {
            // A resume to analyse or a job description to read, as JSON.
            Some(json) => match serde_json::from_str::<WorkerRequest>(&json) {
                Ok(request) => request.answer(),
                Err(error) => panic!("the page sent an unreadable request: {error}"),
            },
            // A file to read: [id, bytes].
            None => {
                let message: js_sys::Array = event.data().unchecked_into();
                let id = message.get(0).as_f64().map_or(u32::MAX, |id| id as u32);
                let bytes = js_sys::Uint8Array::new(&message.get(1)).to_vec();
                // Issue #19: a long PDF's pages read so far, as they are read.
                let (extraction, pictures) = extract_for_ocr(&bytes, &mut |page, pages| {
                    if let Some(progress) = ProgressReply::after_page(id, page, pages) {
                        let progress = serde_json::to_string(&progress).expect("a reply always serialises");
                        let _ = reply_scope.post_message(&JsValue::from_str(&progress));
                    }
                });
                // Issue #15: a scanned PDF's page pictures go to the page for
                // OCR first, as [id, [ArrayBuffer…]], transferred, not copied.
                if !pictures.is_empty() {
                    let buffers = js_sys::Array::new();
                    for picture in &pictures {
                        buffers.push(&js_sys::Uint8Array::from(picture.as_slice()).buffer());
                    }
                    let message = js_sys::Array::of2(&JsValue::from(id), &buffers);
                    let _ = reply_scope.post_message_with_transfer(&message, &buffers);
                }
                drop(bytes);
                WorkerReply::Extracted(ExtractReply { id, extraction })
            }
        };
        let reply = serde_json::to_string(&reply).expect("a reply always serialises");
        // A failed post means the page is gone; there is no one to tell.
        let _ = reply_scope.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("shortlist-worker runs in a browser's Web Worker; build it with trunk.");
}
