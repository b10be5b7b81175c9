//! Issue #15: a picture's text read by OCR. The engine (tesseract.js, from
//! npm) and its driver `client/ocr/ocr.js` are loaded from the page's own
//! `ocr/` folder the first time a picture needs them, never with the page;
//! the recognising runs in tesseract.js's own worker, off the page's thread.
//! Issue #16: a scanned page's picture the extraction worker handed over
//! still encoded is decoded by the driver first (`client/ocr/scan.js`, the
//! scan worker's wasm), also loaded only when a scan needs it.
//! The driver reads one picture at a time; a picture of a file removed
//! ([`forget`]) before its turn comes is dropped then, unread.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The driver, beside the engine's files trunk copies into `dist/ocr/`.
pub const DRIVER_URL: &str = "./ocr/ocr.js";

/// The function the driver defines on the page's global object.
const ENTRY: &str = "shortlistOcr";

/// The driver's function that drops a removed file's pictures.
const FORGET: &str = "shortlistOcrForget";

/// What the engine read from one picture.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrResult {
    pub text: String,
    /// The engine's mean confidence, 0–100.
    pub confidence: f32,
}

thread_local! {
    /// The driver's loading, started once and awaited by every picture.
    static DRIVER: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Reads `picture`'s text; the error says why it could not, in a line. The
/// picture is a file (a `Blob`), a JPEG's `ArrayBuffer`, or a scanned
/// page's picture still encoded, `[spec, data, globals]`, of the file `id`.
/// `None` when the file was forgotten ([`forget`]) before the picture's
/// turn came: it was neither decoded nor read.
pub async fn read(picture: &JsValue, id: u32) -> Result<Option<OcrResult>, String> {
    let loading = DRIVER.with(|driver| driver.borrow_mut().get_or_insert_with(load_driver).clone());
    if JsFuture::from(loading).await.is_err() {
        DRIVER.with(|driver| driver.borrow_mut().take());
        return Err("the OCR engine could not be loaded; reload the page and try again".to_owned());
    }
    let entry = driver_function(ENTRY).ok_or("the OCR engine did not start")?;
    let promise: Promise = entry
        .call2(&JsValue::NULL, picture, &JsValue::from(id))
        .map_err(|error| describe(&error))?
        .dyn_into()
        .map_err(|_| "the OCR engine gave no answer")?;
    let answer = JsFuture::from(promise).await.map_err(|error| describe(&error))?;
    if answer.is_undefined() {
        return Ok(None);
    }
    let field = |name: &str| Reflect::get(&answer, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let text = field("text").as_string().unwrap_or_default();
    // A JS number 0–100; f32 holds it to well under a percent.
    let confidence = field("confidence").as_f64().unwrap_or(0.0) as f32;
    Ok(Some(OcrResult { text, confidence }))
}

/// Drops the pictures of the file `id` still waiting in the driver's queue
/// when their turn comes. Nothing waits there before the driver has run.
pub fn forget(id: u32) {
    if let Some(forget) = driver_function(FORGET) {
        let _ = forget.call1(&JsValue::NULL, &JsValue::from(id));
    }
}

/// The driver's function `name`, once it has run.
fn driver_function(name: &str) -> Option<Function> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok()
}

/// Adds the driver's `<script>`; the promise settles when it has run.
fn load_driver() -> Promise {
    Promise::new(&mut |resolve, reject| {
        let document = gloo::utils::document();
        let added = document.create_element("script").and_then(|script| {
            script.set_attribute("src", DRIVER_URL)?;
            script.add_event_listener_with_callback("load", &resolve)?;
            script.add_event_listener_with_callback("error", &reject)?;
            gloo::utils::head().append_child(&script).map(drop)
        });
        if let Err(error) = added {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    })
}

/// A JS error's message, for the recruiter.
fn describe(error: &JsValue) -> String {
    let message = error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned());
    format!("OCR failed: {message}")
}
