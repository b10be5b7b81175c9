//! `/api/*`: one handler a file. Anything unknown answers with JSON too.

mod config;
mod health;

use axum::Router;
use axum::extract::OriginalUri;
use axum::http::Method;
use axum::routing::get;

use crate::AppState;
use crate::error::AppError;

pub fn api() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .route("/config", get(config::config))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

// `OriginalUri`: inside the nested router the path has lost its `/api`.
async fn not_found(OriginalUri(uri): OriginalUri) -> AppError {
    AppError::NotFound(uri.path().to_owned())
}

async fn method_not_allowed(method: Method, OriginalUri(uri): OriginalUri) -> AppError {
    AppError::MethodNotAllowed(format!("{method} {}", uri.path()))
}
