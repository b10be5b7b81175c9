//! Issue #16: the page's scan worker, a third wasm binary, run in a Web
//! Worker that the OCR driver (`client/ocr/scan.js`) starts the first time
//! a scanned page's picture must be decoded. It holds the picture decoders
//! (`shortlist_core::scan`: Flate samples, CCITT fax, JBIG2, PNG), so the
//! extraction worker, which every file goes through, does not.
//!
//! It posts `READY` once its wasm runs; then, for each `[spec, data,
//! globals]` the page posts, it answers with the JPEG or PNG file as an
//! `ArrayBuffer`, transferred, or with the message saying why the picture
//! could not be decoded. A panic kills only this worker; the driver fails
//! the one picture (so the one file) it was decoding and starts another for
//! the next.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::{Closure, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let message: Array = event.data().unchecked_into();
        let bytes = |index| Uint8Array::new(&message.get(index)).to_vec();
        let spec = message.get(0).as_string().unwrap_or_default();
        match shortlist_core::scan::decode_json(&spec, bytes(1), bytes(2)) {
            Ok(file) => {
                let buffer = Uint8Array::from(file.as_slice()).buffer();
                let _ = reply_scope.post_message_with_transfer(&buffer, &Array::of1(&buffer));
            }
            Err(error) => {
                let _ = reply_scope.post_message(&JsValue::from_str(&error.to_string()));
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(shortlist_core::worker::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("shortlist-scan runs in a browser's Web Worker; build it with trunk.");
}
