//! The built page (trunk's `dist/`): served as static files, with the hashes
//! of its inline scripts so the Content-Security-Policy can allow exactly
//! those and nothing else inline, and the API origin its
//! `<meta name="shortlist-api">` names (issue #14), which the policy's
//! `connect-src` allows. Also the few reads and edits of `index.html`'s
//! `<meta>` elements the deploy step (`crate::publish`) makes.

use std::path::{Path, PathBuf};

use axum::Router;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};
use tower_http::services::ServeDir;

use crate::AppState;
use crate::error::AppError;
use crate::security::Policy;

/// The `name` of the `<meta>` whose `content` is the API's origin; empty
/// means the page's own origin.
pub const API_META: &str = "shortlist-api";

/// The page as found on disk at start-up.
#[derive(Debug, Clone)]
pub struct Page {
    dist: PathBuf,
    serving: Serving,
    policy: Policy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Serving {
    /// `dist/index.html` was found: its files are served.
    Built,
    /// No build: a page saying how to build it.
    NotBuilt,
    /// `--no-page`: the API only; every other path is a JSON 404.
    ApiOnly,
}

impl Page {
    /// Reads `dist/index.html`. A missing build is not fatal: the API still
    /// works and the page answers with a message saying how to build it.
    pub fn load(dist: &Path) -> Self {
        match std::fs::read_to_string(dist.join("index.html")) {
            Ok(html) => Self { dist: dist.to_owned(), serving: Serving::Built, policy: policy_of(&html) },
            Err(error) => {
                tracing::warn!(dist = %dist.display(), %error, "no built page; serving the API only");
                Self { dist: dist.to_owned(), serving: Serving::NotBuilt, policy: Policy::default() }
            }
        }
    }

    /// No page at all (`shortlist serve --no-page`): the page lives on a
    /// static host and this server answers `/api/…` only.
    pub fn none() -> Self {
        Self { dist: PathBuf::new(), serving: Serving::ApiOnly, policy: Policy::default() }
    }

    pub fn is_built(&self) -> bool {
        self.serving == Serving::Built
    }

    /// The `Content-Security-Policy` header every response carries.
    pub fn content_security_policy(&self) -> String {
        self.policy.header()
    }
}

/// The policy of a built `index.html`: its inline scripts' hashes and the
/// API origin its `<meta name="shortlist-api">` names.
pub fn policy_of(html: &str) -> Policy {
    Policy {
        inline_script_hashes: inline_scripts(html).map(sha256_source).collect(),
        api_origin: meta_content(html, "name", API_META)
            .map(|(_, content)| content.trim().trim_end_matches('/').to_owned())
            .filter(|origin| !origin.is_empty()),
    }
}

/// Answers every path `router` does not know with the page's files.
pub fn serve_from(router: Router<AppState>, page: &Page) -> Router<AppState> {
    match page.serving {
        Serving::Built => router.fallback_service(ServeDir::new(&page.dist)),
        Serving::NotBuilt => router.fallback(not_built),
        Serving::ApiOnly => router.fallback(api_only),
    }
}

async fn api_only(uri: Uri) -> AppError {
    AppError::NotFound(uri.path().to_owned())
}

async fn not_built() -> impl IntoResponse {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Html(
            "<!doctype html><title>Shortlist</title><p>The page has not been built. Run <code>scripts/run</code>, \
              or <code>trunk build --release</code> and start the server with <code>--dist</code>.</p>",
        ),
    )
}

/// The bodies of the `<script>` elements that have no `src`.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    let mut rest = html;
    std::iter::from_fn(move || {
        loop {
            let start = rest.find("<script")?;
            let after_name = &rest[start + "<script".len()..];
            let tag_end = after_name.find('>')?;
            let attributes = &after_name[..tag_end];
            let body_start = &after_name[tag_end + 1..];
            let body_end = body_start.find("</script>")?;
            rest = &body_start[body_end..];
            if !attributes.contains("src=") && !body_start[..body_end].trim().is_empty() {
                return Some(&body_start[..body_end]);
            }
        }
    })
}

/// The first `<meta>` element whose `attribute` is `value`: its byte range
/// in `html` and its `content`. Only double-quoted attributes are read, as
/// index.html and trunk write them.
pub fn meta_content<'a>(
    html: &'a str,
    attribute: &str,
    value: &str,
) -> Option<(std::ops::Range<usize>, &'a str)> {
    let mut from = 0;
    while let Some(found) = html[from..].find("<meta") {
        let start = from + found;
        let end = start + html[start..].find('>')? + 1;
        let tag = &html[start..end];
        if attribute_value(tag, attribute).is_some_and(|found| found.eq_ignore_ascii_case(value)) {
            return Some((start..end, attribute_value(tag, "content").unwrap_or_default()));
        }
        from = end;
    }
    None
}

/// `name="value"` in a tag, by name (case-insensitive).
fn attribute_value<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let pattern = format!(" {}=\"", name.to_ascii_lowercase());
    let start = lower.find(&pattern)? + pattern.len();
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

fn sha256_source(script: &str) -> String {
    format!("'sha256-{}'", STANDARD.encode(Sha256::digest(script.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<html><head>
            <script src="/app.js"></script>
            <script type="module">import init from '/app.js'; init();</script>
            <script>  </script>
            </head></html>"#;
        let scripts: Vec<&str> = inline_scripts(html).collect();
        assert_eq!(scripts, ["import init from '/app.js'; init();"]);
    }

    #[test]
    fn the_api_origin_comes_from_the_meta_element() {
        let html = r#"<head><meta charset="utf-8" /><meta name="shortlist-api" content="https://api.example/" /></head>"#;
        assert_eq!(policy_of(html).api_origin.as_deref(), Some("https://api.example"));
        let (range, content) = meta_content(html, "name", API_META).unwrap();
        assert_eq!(&html[range], r#"<meta name="shortlist-api" content="https://api.example/" />"#);
        assert_eq!(content, "https://api.example/");
        let own = r#"<meta name="shortlist-api" content="">"#;
        assert_eq!(policy_of(own).api_origin, None);
        assert_eq!(meta_content(own, "http-equiv", "Content-Security-Policy"), None);
    }

    #[test]
    fn hashes_are_csp_sources() {
        // `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(sha256_source("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }
}
