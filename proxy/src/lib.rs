//! The Shortlist server. It serves the built page and a small JSON API from
//! one origin, and keeps nothing: no database, no files, no request bodies in
//! its logs.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive it
//! in-process or through [`serve`] on a `127.0.0.1:0` listener.

pub mod error;
pub mod page;
pub mod routes;
pub mod security;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::http::HeaderValue;
use axum::middleware;
use shortlist_core::{Limits, ServerConfig};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use page::Page;

/// What every handler may read. Cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    pub config: Arc<ServerConfig>,
    pub page: Arc<Page>,
}

impl AppState {
    pub fn new(page: Page) -> Self {
        Self { config: Arc::new(ServerConfig::new(Limits::current())), page: Arc::new(page) }
    }
}

/// The whole service: `/api/*` and the page, with the security headers on
/// every response.
pub fn app(state: AppState) -> Router {
    let csp = HeaderValue::from_str(&state.page.content_security_policy())
        .expect("the policy is ASCII: keywords and base64 hashes");
    let api = Router::new().nest("/api", routes::api());
    page::serve_from(api, &state.page)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn_with_state(csp, security::add_headers))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// Serves `app` on `listener` until `shutdown` completes, then lets requests
/// in flight finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
