//! How the operator configured the analysis: the upstream, its key, the model
//! allowlist, the access token, the caps. `shortlist serve` fills it from
//! flags and the environment; tests build it directly.

use std::fmt;
use std::time::Duration;

use sha2::{Digest, Sha256};
use shortlist_core::RequestLimits;

/// OpenRouter's OpenAI-compatible API.
pub const DEFAULT_UPSTREAM_URL: &str = "https://openrouter.ai/api/v1";
/// The default allowlist: one model that follows a strict JSON schema.
pub const DEFAULT_MODELS: &[&str] = &["openai/gpt-4.1-mini"];

/// A value that must never be shown: its `Debug` says only that it is set.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Compares with `candidate` in time that depends on neither value: both
    /// are hashed and the digests compared without an early exit.
    pub fn matches(&self, candidate: &[u8]) -> bool {
        let expected = Sha256::digest(self.0.as_bytes());
        let actual = Sha256::digest(candidate);
        expected.iter().zip(actual.iter()).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// OpenRouter's provider routing: only providers that honour every
/// parameter, keep no data and retain nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderSettings {
    pub require_parameters: bool,
    /// `"deny"` or `"allow"`.
    pub data_collection: String,
    pub zdr: bool,
}

impl Default for ProviderSettings {
    fn default() -> Self {
        Self { require_parameters: true, data_collection: "deny".to_owned(), zdr: true }
    }
}

/// Everything `POST /api/analyze` needs to know.
#[derive(Debug, Clone)]
pub struct ProxyConfig {
    /// The OpenAI-compatible base URL; `/chat/completions` is appended.
    pub upstream_url: String,
    /// With no key the local analyser answers.
    pub api_key: Option<Secret>,
    /// The models the page may pick; the first is the default.
    pub models: Vec<String>,
    /// When set, `POST /api/analyze` needs `Authorization: Bearer <token>`.
    pub token: Option<Secret>,
    /// Origins of pages hosted elsewhere that may call the API (CORS).
    pub allowed_origins: Vec<String>,
    /// How long to wait for the upstream's response headers, each attempt.
    pub first_byte_timeout: Duration,
    /// How long one resume's analysis may take, retries and repair included.
    pub total_timeout: Duration,
    /// The first retry waits about this long; each further one twice as long.
    pub retry_base_delay: Duration,
    /// The upstream's `max_tokens`.
    pub max_tokens: u32,
    pub provider: ProviderSettings,
    pub request_limits: RequestLimits,
    /// Analysis requests a client IP may start a minute; 0 turns the limit off.
    pub rate_limit_per_minute: u32,
    /// Wrong access tokens a client IP may send a minute before it must
    /// wait (429), whatever it sends; 0 turns the limit off (issue #17).
    pub auth_failures_per_minute: u32,
    /// Upstream calls in flight at once, over all clients.
    pub max_upstream_calls: usize,
    /// The interval of SSE keep-alive comments.
    pub keep_alive: Duration,
}

impl Default for ProxyConfig {
    fn default() -> Self {
        Self {
            upstream_url: DEFAULT_UPSTREAM_URL.to_owned(),
            api_key: None,
            models: DEFAULT_MODELS.iter().map(|&model| model.to_owned()).collect(),
            token: None,
            allowed_origins: Vec::new(),
            first_byte_timeout: Duration::from_secs(90),
            total_timeout: Duration::from_secs(180),
            retry_base_delay: Duration::from_millis(500),
            max_tokens: 4096,
            provider: ProviderSettings::default(),
            request_limits: RequestLimits::current(),
            rate_limit_per_minute: 30,
            auth_failures_per_minute: 10,
            max_upstream_calls: 64,
            keep_alive: Duration::from_secs(15),
        }
    }
}

/// `value` as a web origin (`https://screening.example.com`, a port if
/// not the scheme's default): what the page's `<meta name="shortlist-api">`
/// and `--allowed-origins` hold, since browsers match origins exactly
/// (issue #14). A trailing `/` is dropped; a path, query or user is refused
/// with the reason.
pub fn origin(value: &str) -> Result<String, String> {
    let value = value.trim();
    let url = reqwest::Url::parse(value).map_err(|error| format!("{value:?} is not an origin: {error}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(format!(
            "{value:?} is not an origin: it must start with https:// or http:// and name a host"
        ));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(format!(
            "{value:?} is not an origin: give only the scheme, host and port, such as https://screening.example.com"
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// How the server holds connections (issue #17): a client that does not
/// finish its request's headers in time is cut off, and connections over a
/// cap are closed as soon as they are accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// How long a client may take to send a request's headers, counted from
    /// when the server starts reading them (also how long an idle keep-alive
    /// connection stays open).
    pub header_read_timeout: Duration,
    /// Connections open at once, all clients together; 0: no cap.
    pub max_connections: usize,
    /// Connections open at once from one IP address; 0: no cap.
    pub max_connections_per_address: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 1024,
            max_connections_per_address: 64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug_output() {
        let config = ProxyConfig {
            api_key: Some(Secret::new("sk-or-v1-abcdef")),
            token: Some(Secret::new("let-me-in")),
            ..ProxyConfig::default()
        };
        let debug = format!("{config:?}");
        assert!(!debug.contains("sk-or-v1-abcdef") && !debug.contains("let-me-in"), "{debug}");
        assert!(debug.contains("Secret(<redacted>)"));
    }

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        for (value, expected) in [
            ("https://screening.example.com", "https://screening.example.com"),
            ("https://screening.example.com/", "https://screening.example.com"),
            ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
            ("HTTPS://Example.COM:443/", "https://example.com"),
        ] {
            assert_eq!(origin(value).as_deref(), Ok(expected), "{value}");
        }
        for value in [
            "",
            "screening.example.com",
            "https://example.com/shortlist",
            "ftp://example.com",
            "https://example.com/?a=1",
        ] {
            assert!(origin(value).is_err(), "{value}");
        }
    }

    #[test]
    fn tokens_match_only_themselves() {
        let token = Secret::new("let-me-in");
        assert!(token.matches(b"let-me-in"));
        for wrong in [&b""[..], b"let-me-i", b"let-me-in ", b"LET-ME-IN"] {
            assert!(!token.matches(wrong), "{wrong:?}");
        }
    }
}
