//! The headers every response carries, and the page's Content-Security-Policy
//! from one source: the server sends it as a header, and the deploy step
//! (`shortlist publish`, issue #14) writes it into `index.html` as a
//! `<meta http-equiv>` so a page on a static host carries it too. The policy
//! lets the page load its own scripts, styles and wasm and talk to its own
//! origin and the configured API origin, and nothing else. The OCR engine
//! (issue #15) needs nothing more: it is served from the page's origin
//! (`ocr/`), its worker is a same-origin script (no `blob:`), its wasm core
//! is compiled under `'wasm-unsafe-eval'` and its model fetched from `'self'`.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::{CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS};
use axum::middleware::Next;
use axum::response::Response;

/// The page's policy: its own inline scripts by hash, and where it may
/// connect besides its own origin.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    /// The `'sha256-…'` sources of the page's own inline scripts (the wasm
    /// loader trunk writes into index.html); nothing else inline may run.
    pub inline_script_hashes: Vec<String>,
    /// The API's origin when it is not the page's own (`https://api.example`).
    pub api_origin: Option<String>,
}

/// Directives a `<meta>` policy cannot carry (browsers ignore them there,
/// with a console error): the header alone sends them.
const HEADER_ONLY: &[&str] = &["frame-ancestors 'none'"];

impl Policy {
    /// The directives both the header and the meta element carry.
    fn directives(&self) -> Vec<String> {
        let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
        for hash in &self.inline_script_hashes {
            script_src.push(' ');
            script_src.push_str(hash);
        }
        let mut connect_src = String::from("'self'");
        if let Some(origin) = &self.api_origin {
            connect_src.push(' ');
            connect_src.push_str(origin);
        }
        vec![
            "default-src 'none'".to_owned(),
            format!("script-src {script_src}"),
            "style-src 'self'".to_owned(),
            "img-src 'self' data:".to_owned(),
            "font-src 'self'".to_owned(),
            format!("connect-src {connect_src}"),
            "worker-src 'self'".to_owned(),
            "manifest-src 'self'".to_owned(),
            "base-uri 'none'".to_owned(),
            "form-action 'none'".to_owned(),
        ]
    }

    /// The `Content-Security-Policy` header.
    pub fn header(&self) -> String {
        let mut directives = self.directives();
        directives.extend(HEADER_ONLY.iter().map(|&directive| directive.to_owned()));
        directives.join("; ")
    }

    /// The same policy as `index.html` carries it, in
    /// `<meta http-equiv="Content-Security-Policy" content="…">`: the header
    /// without the directives a meta element cannot hold.
    pub fn meta(&self) -> String {
        self.directives().join("; ")
    }
}

/// Middleware that adds the security headers to every response; its state is
/// the policy's header value ([`Policy::header`]).
pub async fn add_headers(State(csp): State<HeaderValue>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(CONTENT_SECURITY_POLICY, csp);
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_policy_is_the_header_without_frame_ancestors() {
        let policy = Policy {
            inline_script_hashes: vec!["'sha256-abc='".to_owned()],
            api_origin: Some("https://api.example.com".to_owned()),
        };
        assert_eq!(policy.header(), format!("{}; frame-ancestors 'none'", policy.meta()));
        assert!(policy.meta().contains("connect-src 'self' https://api.example.com;"), "{}", policy.meta());
        assert!(policy.meta().contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=';"));
        assert!(Policy::default().meta().contains("connect-src 'self';"));
        // See: #15. The OCR engine's worker and files come from the page's origin alone.
        assert!(Policy::default().meta().contains("worker-src 'self';"));
        assert!(!Policy::default().header().contains("blob:"));
    }
}
