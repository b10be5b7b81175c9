use axum::Json;
use shortlist_core::Health;

/// `GET /api/health`: the server is up, and which version it is.
pub async fn health() -> Json<Health> {
    Json(Health::ok())
}
