//! `/api/*`: one handler a file. Anything unknown answers with JSON too.

mod analyze;
mod config;
mod guard;
mod health;
mod requirements;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::OriginalUri;
use axum::http::Method;
use axum::middleware;
use axum::routing::{get, post};

use crate::AppState;
use crate::error::AppError;

pub fn api(state: &AppState) -> Router<AppState> {
    let max_request_bytes = state.service.config.request_limits.max_request_bytes;
    Router::new()
        .route(
            "/analyze",
            post(analyze::analyze)
                .layer(DefaultBodyLimit::max(max_request_bytes))
                .route_layer(middleware::from_fn_with_state(state.clone(), guard::guard)),
        )
        .route(
            "/requirements",
            post(requirements::requirements)
                .layer(DefaultBodyLimit::max(max_request_bytes))
                .route_layer(middleware::from_fn_with_state(state.clone(), guard::guard)),
        )
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
