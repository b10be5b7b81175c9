//! The only code in the page that talks to the server: `POST /api/analyze`,
//! read as a stream of server-sent events while it arrives,
//! `POST /api/requirements` (the model reads the job description as a
//! rubric, issue #12), and `GET /api/config` for the egress receipt's model
//! and routing and whether the server has a model.

use shortlist_core::ApiError;
use shortlist_core::analyze_api::{AnalyzeEvent, AnalyzeRequest};
use shortlist_core::api::ServerConfig;
use shortlist_core::requirements_api::{RequirementsRequest, RequirementsResponse};
use shortlist_core::sse::SseReader;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReadableStreamDefaultReader, Request, RequestInit, Response};

/// What an aborted request reports.
pub const CANCELLED: &str = "Cancelled";

/// Sends one chunk and calls `on_event` for each event as it arrives. An
/// `Err` is a failure of the whole request, in words for the recruiter.
/// Aborting `signal` ends the request, whatever it has received so far.
pub async fn analyze_chunk(
    request: &AnalyzeRequest,
    signal: &AbortSignal,
    on_event: impl Fn(AnalyzeEvent),
) -> Result<(), String> {
    if signal.aborted() {
        return Err(CANCELLED.to_owned());
    }
    let body = serde_json::to_string(request).map_err(|error| error.to_string())?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_signal(Some(signal));
    init.set_body(&JsValue::from_str(&body));
    let http = Request::new_with_str_and_init("/api/analyze", &init).map_err(describe)?;
    http.headers().set("content-type", "application/json").map_err(describe)?;
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_request(&http))
        .await
        .map_err(|_| {
            if signal.aborted() {
                CANCELLED.to_owned()
            } else {
                "The server could not be reached; check the connection and retry.".to_owned()
            }
        })?
        .unchecked_into();
    if !response.ok() {
        return Err(refusal(&response).await);
    }
    let stream = response.body().ok_or("The server sent no results.")?;
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut events = SseReader::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| {
            if signal.aborted() {
                CANCELLED.to_owned()
            } else {
                "The connection to the server was lost before every result arrived.".to_owned()
            }
        })?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map(|done| done.is_truthy()).unwrap_or(true);
        if done {
            return Ok(());
        }
        let bytes = js_sys::Reflect::get(&chunk, &"value".into()).map_err(describe)?;
        for event in events.push(&js_sys::Uint8Array::new(&bytes).to_vec()) {
            match serde_json::from_str::<AnalyzeEvent>(&event.data) {
                Ok(event) => on_event(event),
                Err(error) => gloo::console::warn!(format!("unexpected event from the server: {error}")),
            }
        }
    }
}

/// `GET /api/config`: the server's analyser, models and provider routing.
pub async fn config() -> Result<ServerConfig, String> {
    let unreachable = |_| "The server's settings could not be read; check the connection.".to_owned();
    let window = web_sys::window().ok_or("no window")?;
    let response: Response =
        JsFuture::from(window.fetch_with_str("/api/config")).await.map_err(unreachable)?.unchecked_into();
    if !response.ok() {
        return Err(refusal(&response).await);
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(unreachable)?;
    serde_json::from_str(&text.as_string().unwrap_or_default())
        .map_err(|error| format!("The server's settings were not understood: {error}."))
}

/// `POST /api/requirements`: the job description read as a rubric on the
/// server (by its model when asked and it has one). An `Err` is one sentence
/// for the recruiter.
pub async fn requirements(request: &RequirementsRequest) -> Result<RequirementsResponse, String> {
    let body = serde_json::to_string(request).map_err(|error| error.to_string())?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&body));
    let http = Request::new_with_str_and_init("/api/requirements", &init).map_err(describe)?;
    http.headers().set("content-type", "application/json").map_err(describe)?;
    let window = web_sys::window().ok_or("no window")?;
    let unreachable = |_| "The server could not be reached; check the connection and try again.".to_owned();
    let response: Response =
        JsFuture::from(window.fetch_with_request(&http)).await.map_err(unreachable)?.unchecked_into();
    if !response.ok() {
        return Err(refusal(&response).await);
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(unreachable)?;
    serde_json::from_str(&text.as_string().unwrap_or_default())
        .map_err(|error| format!("The server's requirements were not understood: {error}."))
}

/// The server's JSON error message, or the status when there is none.
async fn refusal(response: &Response) -> String {
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|text| text.as_string()),
        Err(_) => None,
    };
    text.and_then(|text| serde_json::from_str::<ApiError>(&text).ok())
        .map(|error| format!("The server refused the request: {}.", error.message))
        .unwrap_or_else(|| format!("The server answered {} {}.", response.status(), response.status_text()))
}

fn describe(error: JsValue) -> String {
    format!("{error:?}")
}
