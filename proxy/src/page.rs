//! The built page (trunk's `dist/`): served as static files, with the hashes
//! of its inline scripts so the Content-Security-Policy can allow exactly
//! those and nothing else inline.

use std::path::{Path, PathBuf};

use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};
use tower_http::services::ServeDir;

use crate::AppState;

/// The page as found on disk at start-up.
#[derive(Debug, Clone)]
pub struct Page {
    dist: PathBuf,
    built: bool,
    inline_script_hashes: Vec<String>,
}

impl Page {
    /// Reads `dist/index.html`. A missing build is not fatal: the API still
    /// works and the page answers with a message saying how to build it.
    pub fn load(dist: &Path) -> Self {
        match std::fs::read_to_string(dist.join("index.html")) {
            Ok(html) => Self {
                dist: dist.to_owned(),
                built: true,
                inline_script_hashes: inline_scripts(&html).map(sha256_source).collect(),
            },
            Err(error) => {
                tracing::warn!(dist = %dist.display(), %error, "no built page; serving the API only");
                Self { dist: dist.to_owned(), built: false, inline_script_hashes: Vec::new() }
            }
        }
    }

    pub fn is_built(&self) -> bool {
        self.built
    }

    pub fn content_security_policy(&self) -> String {
        crate::security::content_security_policy(&self.inline_script_hashes)
    }
}

/// Answers every path `router` does not know with the page's files.
pub fn serve_from(router: Router<AppState>, page: &Page) -> Router<AppState> {
    if page.built { router.fallback_service(ServeDir::new(&page.dist)) } else { router.fallback(not_built) }
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
    fn hashes_are_csp_sources() {
        // `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(sha256_source("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }
}
