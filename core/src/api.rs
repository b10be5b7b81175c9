//! The JSON that crosses between the page and the server. Both sides use
//! these types; nothing on the wire is declared anywhere else.

use serde::{Deserialize, Serialize};

use crate::limits::{Limits, RequestLimits};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}

impl Health {
    pub fn ok() -> Self {
        Self { status: "ok".to_owned(), version: crate::VERSION.to_owned() }
    }
}

/// `GET /api/config`: what the page needs to know about this server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerConfig {
    pub version: String,
    pub limits: Limits,
    /// Which analyser `POST /api/analyze` uses: the LLM when the server has
    /// an upstream key, else the built-in local one.
    #[serde(default)]
    /// Named "analyser" on the wire since v1 (audit records and sessions keep it).
    #[serde(rename = "analyser")]
    pub analyzer: Analyzer,
    /// The models the page may pick from; the first is the default. Empty
    /// with the local analyser.
    #[serde(default)]
    pub models: Vec<String>,
    /// The limits of one `POST /api/analyze`.
    #[serde(default)]
    pub request_limits: RequestLimits,
    /// Whether `POST /api/analyze` needs `Authorization: Bearer <token>`.
    #[serde(default)]
    pub token_required: bool,
    /// The provider routing upstream calls ask for (zero data retention,
    /// data collection), for the egress receipt; `None` with the local analyser.
    #[serde(default)]
    pub routing: Option<ProviderRouting>,
}

/// The provider routing every upstream call asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderRouting {
    /// Only providers with zero data retention.
    pub zdr: bool,
    /// `deny` or `allow`.
    pub data_collection: String,
}

impl ServerConfig {
    pub fn new(limits: Limits) -> Self {
        Self {
            version: crate::VERSION.to_owned(),
            limits,
            analyzer: Analyzer::default(),
            models: Vec::new(),
            request_limits: RequestLimits::current(),
            token_required: false,
            routing: None,
        }
    }
}

/// Which analyser produced a result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Analyzer {
    /// A language model behind the proxy's upstream.
    Llm,
    /// The built-in local analyser (no key configured, or Private mode).
    #[default]
    Local,
}

/// What went wrong, as a machine-readable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadRequest,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    Internal,
    /// The body is JSON but not an analysis request (a field missing or of
    /// the wrong type), or breaks a rule other than a size limit.
    InvalidRequest,
    UnsupportedMediaType,
    JobDescriptionTooLong,
    ResumeTooLong,
    TooManyResumes,
    ModelNotAllowed,
    Unauthorized,
    RateLimited,
    /// `POST /api/requirements` with the model: the upstream could not be
    /// reached or kept failing. These carry the names an analysis `error`
    /// event uses for the same failure (`AnalysisErrorCode`).
    UpstreamUnavailable,
    /// The upstream kept answering 429.
    UpstreamRateLimited,
    /// The upstream refused the server's request (its key, its credits).
    UpstreamRejected,
    /// The upstream sent no first byte, or no whole reply, in time.
    UpstreamTimeout,
    /// The upstream answered 200 but reported an error inside.
    UpstreamError,
    /// The model's reply was not usable, even after one repair attempt.
    InvalidReply,
}

/// The body of every error response from `/api/*`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn config_carries_the_limits_under_their_wire_names() {
        let config = serde_json::to_value(ServerConfig::new(Limits::current())).unwrap();
        assert_eq!(
            config["limits"],
            json!({
                "max_resumes": 10,
                "max_file_bytes": 3 * 1024 * 1024,
                "max_batch_bytes": 20 * 1024 * 1024,
                "session_ttl_secs": 7200,
                "chunk_size": 5,
            })
        );
    }

    #[test]
    fn error_codes_are_snake_case_on_the_wire() {
        let error = ApiError::new(ErrorCode::NotFound, "no such endpoint");
        assert_eq!(
            serde_json::to_value(error).unwrap(),
            json!({"code": "not_found", "message": "no such endpoint"})
        );
    }
}
