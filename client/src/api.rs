//! The only code in the page that talks to the server: `POST /api/analyze`,
//! read as a stream of server-sent events while it arrives,
//! `POST /api/requirements` (the model reads the job description as a
//! rubric, issue #12), and `GET /api/config`: asked once on load, whether
//! there is a server at all (issue #14), then for the egress receipt's
//! model and routing at each run.
//!
//! Where the server is (issue #14) is decided where the page is deployed,
//! not when it is built: `<meta name="shortlist-api" content="…">` holds its
//! origin, and empty means the page's own, with `api/…` resolved from the
//! document so the page works under any sub-path. The deploy step writes
//! the origin into the page's Content-Security-Policy too; a page whose two
//! disagree says so ([`api_base`]) rather than failing on a blocked request.

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

/// The `name` of the `<meta>` that holds the API's origin.
pub const API_META: &str = "shortlist-api";

/// The base every API path is resolved against, ending in `/`: the
/// configured origin, or the document's folder when `api_meta` is empty.
/// `csp_meta` is the page's `<meta http-equiv="Content-Security-Policy">`,
/// if it has one; when its `connect-src` does not allow that base, the
/// `Err` says so in words for the recruiter and the operator.
pub fn api_base(api_meta: &str, csp_meta: Option<&str>, document_url: &str) -> Result<String, String> {
    let origin = api_meta.trim().trim_end_matches('/');
    let allowed = csp_meta.is_none_or(|csp| connect_allows(csp, origin));
    if origin.is_empty() {
        if !allowed {
            return Err("This page's security policy does not let it reach its own server: deploy it again \
                        with scripts/run --static, which writes the policy."
                .to_owned());
        }
        let page = document_url.split(['#', '?']).next().unwrap_or_default();
        return Ok(page[..page.rfind('/').map_or(page.len(), |slash| slash + 1)].to_owned());
    }
    if !allowed {
        return Err(format!(
            "This page names its server as {origin}, but its security policy does not allow connecting \
             there, so only Private mode works: deploy it again with scripts/run --static OUT_DIR --api \
             {origin}, which writes both."
        ));
    }
    Ok(format!("{origin}/"))
}

/// Whether the policy's `connect-src` (else `default-src`; else nothing
/// limits connections) allows `origin`, or the page's own origin when empty.
fn connect_allows(csp: &str, origin: &str) -> bool {
    let directive = |name: &str| {
        csp.split(';').map(str::trim).find_map(|directive| {
            let mut words = directive.split_ascii_whitespace();
            words.next().filter(|found| found.eq_ignore_ascii_case(name)).map(|_| words.collect::<Vec<_>>())
        })
    };
    let Some(sources) = directive("connect-src").or_else(|| directive("default-src")) else {
        return true;
    };
    sources.iter().any(|source| {
        *source == "*"
            || if origin.is_empty() {
                *source == "'self'"
            } else {
                source.trim_end_matches('/').eq_ignore_ascii_case(origin)
            }
    })
}

/// The `content` of the page's `<meta>` matching `selector`.
fn meta(document: &web_sys::Document, selector: &str) -> Option<String> {
    document.query_selector(selector).ok().flatten().and_then(|element| element.get_attribute("content"))
}

fn document() -> Result<web_sys::Document, String> {
    web_sys::window().and_then(|window| window.document()).ok_or_else(|| "no document".to_owned())
}

/// The absolute URL of `path` (`api/config`) on the configured server, or
/// why the page cannot reach it.
pub fn url(path: &str) -> Result<String, String> {
    let document = document()?;
    let api = meta(&document, &format!("meta[name='{API_META}']")).unwrap_or_default();
    let csp = meta(&document, "meta[http-equiv='Content-Security-Policy' i]");
    let document_url = document.url().map_err(describe)?;
    Ok(format!("{}{path}", api_base(&api, csp.as_deref(), &document_url)?))
}

/// Where the server is, for a sentence: its configured origin, or this
/// page's address when the page calls its own.
pub fn server_name() -> String {
    let api = document().ok().and_then(|document| meta(&document, &format!("meta[name='{API_META}']")));
    let origin = api.as_deref().unwrap_or_default().trim().trim_end_matches('/');
    if origin.is_empty() { "this page's address".to_owned() } else { origin.to_owned() }
}

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
    let http = Request::new_with_str_and_init(&url("api/analyze")?, &init).map_err(describe)?;
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
/// An `Err` means there is no Shortlist server to use (nothing answers, or
/// something else does, such as a static host's 404), in one sentence.
pub async fn config() -> Result<ServerConfig, String> {
    let address = url("api/config")?;
    let unreachable = |_| format!("No Shortlist server answers at {}.", server_name());
    let window = web_sys::window().ok_or("no window")?;
    let response: Response =
        JsFuture::from(window.fetch_with_str(&address)).await.map_err(unreachable)?.unchecked_into();
    if !response.ok() {
        return Err(format!(
            "No Shortlist server answers at {} ({} {}).",
            server_name(),
            response.status(),
            response.status_text()
        ));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(unreachable)?;
    serde_json::from_str(&text.as_string().unwrap_or_default())
        .map_err(|_| format!("What answers at {} is not a Shortlist server.", server_name()))
}

/// `POST /api/requirements`: the job description read as a rubric on the
/// server (by its model when asked and it has one). An `Err` is one sentence
/// for the recruiter.
pub async fn requirements(request: &RequirementsRequest) -> Result<RequirementsResponse, String> {
    let body = serde_json::to_string(request).map_err(|error| error.to_string())?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&body));
    let http = Request::new_with_str_and_init(&url("api/requirements")?, &init).map_err(describe)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str =
        "default-src 'none'; script-src 'self'; connect-src 'self' https://api.example; base-uri 'none'";

    #[test]
    fn an_empty_meta_resolves_the_api_from_the_document() {
        for (page, base) in [
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/"),
            ("https://host.example/shortlist/", "https://host.example/shortlist/"),
            ("https://host.example/shortlist/index.html?x=/y#z", "https://host.example/shortlist/"),
        ] {
            assert_eq!(api_base("", None, page).as_deref(), Ok(base), "{page}");
            assert_eq!(api_base(" ", Some(POLICY), page).as_deref(), Ok(base), "{page}");
        }
    }

    #[test]
    fn a_configured_origin_is_used_when_the_policy_allows_it() {
        let page = "https://pages.example/shortlist/";
        assert_eq!(
            api_base("https://api.example/", Some(POLICY), page).as_deref(),
            Ok("https://api.example/")
        );
        assert_eq!(api_base("https://api.example", None, page).as_deref(), Ok("https://api.example/"));
    }

    // See: #14. The meta and the policy disagree: the page says so.
    #[test]
    fn a_policy_that_does_not_allow_the_configured_origin_is_named() {
        let page = "https://pages.example/";
        let error = api_base("https://other.example", Some(POLICY), page).unwrap_err();
        assert!(error.contains("https://other.example") && error.contains("security policy"), "{error}");
        assert!(api_base("", Some("default-src 'none'"), page).is_err());
        assert!(api_base("https://other.example", Some("default-src 'none'; img-src *"), page).is_err());
    }
}
