//! The JSON that crosses between the page and the server. Both sides use
//! these types; nothing on the wire is declared anywhere else.

use serde::{Deserialize, Serialize};

use crate::limits::Limits;

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
}

impl ServerConfig {
    pub fn new(limits: Limits) -> Self {
        Self { version: crate::VERSION.to_owned(), limits }
    }
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
