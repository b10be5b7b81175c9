//! One error type for the API. Its response is always the JSON [`ApiError`]
//! shape; details meant for the operator go to the log, not to the browser.

use std::time::Duration;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::header::{RETRY_AFTER, WWW_AUTHENTICATE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use shortlist_core::analyze_api::AnalysisErrorCode;
use shortlist_core::analyze_api::Refused;
use shortlist_core::{ApiError, ErrorCode};

use crate::upstream::Failure;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no such endpoint: {0}")]
    NotFound(String),
    #[error("{0} is not allowed here")]
    MethodNotAllowed(String),
    /// The body could not be read as an analysis request.
    #[error("{message}")]
    Body { status: StatusCode, code: ErrorCode, message: String },
    /// The request breaks a limit or a rule of `shortlist-core`.
    #[error("{}", .0.message)]
    Refused(Refused),
    #[error("this server needs an access token: send `Authorization: Bearer <token>`")]
    Unauthorized,
    #[error("too many requests from this address; retry in {} s", retry_after_secs(*.0))]
    RateLimited(Duration),
    #[error("too many wrong access tokens from this address; retry in {} s", retry_after_secs(*.0))]
    WrongTokens(Duration),
    /// A bug or a panic on the server's side; the details are in the log.
    #[error("{0}")]
    Internal(&'static str),
    /// The upstream failed a request the route could not answer without it
    /// (`POST /api/requirements` with the model).
    #[error("{}", .0.message)]
    Upstream(Failure),
}

impl From<Refused> for AppError {
    fn from(refused: Refused) -> Self {
        AppError::Refused(refused)
    }
}

impl AppError {
    /// Maps axum's rejection to our JSON shape without ever calling its own
    /// `into_response` (which logs the message, and a data error's message
    /// can quote the body).
    pub fn from_json_rejection(rejection: JsonRejection, max_request_bytes: usize) -> Self {
        let status = rejection.status();
        let (code, message) = match &rejection {
            JsonRejection::JsonSyntaxError(_) => (ErrorCode::BadRequest, rejection.body_text()),
            JsonRejection::JsonDataError(_) => (ErrorCode::InvalidRequest, rejection.body_text()),
            JsonRejection::MissingJsonContentType(_) => (
                ErrorCode::UnsupportedMediaType,
                "send the request as `Content-Type: application/json`".to_owned(),
            ),
            _ if status == StatusCode::PAYLOAD_TOO_LARGE => (
                ErrorCode::PayloadTooLarge,
                format!("the request body is larger than the limit of {max_request_bytes} bytes"),
            ),
            _ => (ErrorCode::BadRequest, "the request body could not be read".to_owned()),
        };
        AppError::Body { status, code, message }
    }
}

fn retry_after_secs(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::MethodNotAllowed(_) => (StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed),
            AppError::Body { status, code, .. } => (*status, *code),
            AppError::Refused(refused) => (
                StatusCode::from_u16(refused.status).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY),
                refused.code,
            ),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            AppError::RateLimited(_) | AppError::WrongTokens(_) => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited)
            }
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
            AppError::Upstream(failure) => {
                let status = match failure.code {
                    AnalysisErrorCode::UpstreamTimeout => StatusCode::GATEWAY_TIMEOUT,
                    AnalysisErrorCode::UpstreamRateLimited => StatusCode::SERVICE_UNAVAILABLE,
                    AnalysisErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
                    _ => StatusCode::BAD_GATEWAY,
                };
                (status, ErrorCode::from(failure.code))
            }
        };
        if matches!(self, AppError::Body { .. } | AppError::Refused(_)) {
            // The status and code only: the message may quote the body.
            tracing::info!(status = status.as_u16(), ?code, "analysis request refused");
        }
        let mut response = (status, Json(ApiError::new(code, self.to_string()))).into_response();
        match &self {
            AppError::RateLimited(wait) | AppError::WrongTokens(wait) => {
                response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(retry_after_secs(*wait)));
            }
            AppError::Unauthorized => {
                response.headers_mut().insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            _ => {}
        }
        response
    }
}
