//! The Shortlist server. It serves the built page and a small JSON API from
//! one origin, or the API alone for a page on a static host (issue #14), and
//! keeps nothing: no database, no files, no request bodies in its logs.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive it
//! in-process or through [`serve`] on a `127.0.0.1:0` listener.

pub mod cli;
pub mod config;
pub mod connections;
pub mod engine;
pub mod error;
pub mod page;
pub mod panics;
pub mod publish;
pub mod rate_limit;
pub mod routes;
pub mod security;
pub mod upstream;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::middleware;
use shortlist_core::{Limits, ServerConfig};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use config::{ConnectionLimits, ProxyConfig, Secret};
pub use connections::serve_within;
pub use engine::AnalysisService;
pub use page::Page;

/// What every handler may read. Cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    pub config: Arc<ServerConfig>,
    pub page: Arc<Page>,
    pub service: Arc<AnalysisService>,
}

impl AppState {
    /// The page with the default analysis settings and no key: the local
    /// analyser answers.
    pub fn new(page: Page) -> Self {
        Self::with_service(page, AnalysisService::with_engine(engine::Engine::Local, ProxyConfig::default()))
    }

    /// The page with the operator's analysis settings.
    pub fn with_proxy(page: Page, proxy: ProxyConfig) -> Result<Self, reqwest::Error> {
        Ok(Self::with_service(page, AnalysisService::new(proxy)?))
    }

    fn with_service(page: Page, service: AnalysisService) -> Self {
        let mut config = ServerConfig::new(Limits::current());
        config.analyzer = service.engine.analyzer();
        config.models = match service.engine {
            engine::Engine::Upstream(_) => service.config.models.clone(),
            engine::Engine::Local => Vec::new(),
        };
        config.request_limits = service.config.request_limits;
        config.token_required = service.config.token.is_some();
        config.routing = match service.engine {
            engine::Engine::Upstream(_) => Some(shortlist_core::api::ProviderRouting {
                zdr: service.config.provider.zdr,
                data_collection: service.config.provider.data_collection.clone(),
            }),
            engine::Engine::Local => None,
        };
        Self { config: Arc::new(config), page: Arc::new(page), service: Arc::new(service) }
    }
}

/// The whole service: `/api/*` and the page, with the security headers on
/// every response.
pub fn app(state: AppState) -> Router {
    let csp = HeaderValue::from_str(&state.page.content_security_policy())
        .expect("the policy is ASCII: keywords and base64 hashes");
    let mut api = Router::new().nest("/api", routes::api(&state));
    if let Some(cors) = cors(&state.service.config.allowed_origins) {
        api = api.layer(cors);
    }
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

/// Lets pages on `origins` call the API; `None` when there are none.
fn cors(origins: &[String]) -> Option<CorsLayer> {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|origin| match HeaderValue::from_str(origin.trim_end_matches('/')) {
            Ok(value) => Some(value),
            Err(_) => {
                tracing::warn!(origin, "ignoring an allowed origin that is not a valid header value");
                None
            }
        })
        .collect();
    (!origins.is_empty()).then(|| {
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([CONTENT_TYPE, AUTHORIZATION])
            .max_age(std::time::Duration::from_secs(600))
    })
}

/// Serves `app` on `listener` with the default [`ConnectionLimits`] until
/// `shutdown` completes, then lets requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_within(listener, app, ConnectionLimits::default(), shutdown).await
}
