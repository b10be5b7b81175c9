use axum::Json;
use axum::extract::State;
use shortlist_core::ServerConfig;

use crate::AppState;

/// `GET /api/config`: the limits the page enforces, from `shortlist-core`.
pub async fn config(State(state): State<AppState>) -> Json<ServerConfig> {
    Json(ServerConfig::clone(&state.config))
}
