//! `shortlist serve`: the page and the API on one address until SIGINT or
//! SIGTERM; with `--no-page`, the API alone for a page on a static host.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use shortlist_core::RequestLimits;
use shortlist_proxy::config::{DEFAULT_UPSTREAM_URL, ProviderSettings};
use shortlist_proxy::{AppState, ConnectionLimits, Page, ProxyConfig, Secret, app, serve_within};
use tracing_subscriber::EnvFilter;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "SHORTLIST_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The built page (trunk's output folder).
    #[arg(long, env = "SHORTLIST_DIST", default_value = "dist")]
    dist: PathBuf,
    /// Serve only `/api/…`: the page is on a static host (see --allowed-origins).
    #[arg(long, env = "SHORTLIST_NO_PAGE")]
    no_page: bool,
    #[command(flatten)]
    connections: ConnectionArgs,
    #[command(flatten)]
    analysis: AnalysisArgs,
}

/// How long and how many connections the server holds (issue #17).
#[derive(Debug, clap::Args)]
pub struct ConnectionArgs {
    /// Seconds a client may take to send a request's headers (and an idle connection stays open).
    #[arg(long, env = "SHORTLIST_HEADER_READ_TIMEOUT", default_value_t = 10.0)]
    header_read_timeout: f64,
    /// Connections open at once, all clients together (0: no cap).
    #[arg(long, env = "SHORTLIST_MAX_CONNECTIONS", default_value_t = 1024)]
    max_connections: usize,
    /// Connections open at once from one IP address (0: no cap).
    #[arg(long, env = "SHORTLIST_MAX_CONNECTIONS_PER_ADDRESS", default_value_t = 64)]
    max_connections_per_address: usize,
}

impl ConnectionArgs {
    fn into_limits(self) -> ConnectionLimits {
        ConnectionLimits {
            header_read_timeout: Duration::from_secs_f64(self.header_read_timeout.max(0.001)),
            max_connections: self.max_connections,
            max_connections_per_address: self.max_connections_per_address,
        }
    }
}

/// How `POST /api/analyze` works. The upstream key is read from
/// `OPENROUTER_API_KEY` only, never from a flag (flags show in `ps`).
#[derive(Debug, clap::Args)]
pub struct AnalysisArgs {
    /// An OpenAI-compatible API base URL (OpenRouter, Ollama, llama.cpp, vLLM).
    #[arg(long, env = "SHORTLIST_UPSTREAM_URL", default_value = DEFAULT_UPSTREAM_URL)]
    upstream_url: String,
    /// The models the page may choose from, comma-separated; the first is the default.
    #[arg(long, env = "SHORTLIST_MODELS", value_delimiter = ',', default_value = "openai/gpt-4.1-mini")]
    models: Vec<String>,
    /// A shared access token the page must send as `Authorization: Bearer <token>`.
    #[arg(long, env = "SHORTLIST_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Origins of pages hosted elsewhere allowed to call the API (CORS), comma-separated.
    #[arg(long, env = "SHORTLIST_ALLOWED_ORIGINS", value_delimiter = ',')]
    allowed_origins: Vec<String>,
    /// Seconds to wait for the upstream's response headers, each attempt.
    #[arg(long, env = "SHORTLIST_FIRST_BYTE_TIMEOUT", default_value_t = 90.0)]
    first_byte_timeout: f64,
    /// Seconds one resume's analysis may take, retries and repair included.
    #[arg(long, env = "SHORTLIST_TOTAL_TIMEOUT", default_value_t = 180.0)]
    total_timeout: f64,
    /// The upstream's max_tokens.
    #[arg(long, env = "SHORTLIST_MAX_TOKENS", default_value_t = 4096)]
    max_tokens: u32,
    /// OpenRouter provider routing: allow providers that collect data.
    #[arg(long, env = "SHORTLIST_ALLOW_DATA_COLLECTION")]
    allow_data_collection: bool,
    /// OpenRouter provider routing: do not require zero data retention.
    #[arg(long, env = "SHORTLIST_NO_ZDR")]
    no_zdr: bool,
    /// OpenRouter provider routing: allow providers that ignore some parameters.
    #[arg(long, env = "SHORTLIST_NO_REQUIRE_PARAMETERS")]
    no_require_parameters: bool,
    /// Analysis requests one client IP may start a minute (0: no limit).
    #[arg(long, env = "SHORTLIST_RATE_LIMIT", default_value_t = 30)]
    rate_limit: u32,
    /// Wrong access tokens one client IP may send a minute before it must wait (0: no limit).
    #[arg(long, env = "SHORTLIST_AUTH_FAILURE_LIMIT", default_value_t = 10)]
    auth_failure_limit: u32,
    /// Upstream calls in flight at once, over all clients.
    #[arg(long, env = "SHORTLIST_MAX_UPSTREAM_CALLS", default_value_t = 64)]
    max_upstream_calls: usize,
    /// The longest job description, in characters (at most the built-in limit).
    #[arg(long, env = "SHORTLIST_MAX_JOB_DESCRIPTION_CHARS", default_value_t = shortlist_core::limits::MAX_JOB_DESCRIPTION_CHARS)]
    max_job_description_chars: usize,
    /// The longest resume text, in characters (at most the built-in limit).
    #[arg(long, env = "SHORTLIST_MAX_RESUME_CHARS", default_value_t = shortlist_core::limits::MAX_RESUME_CHARS)]
    max_resume_chars: usize,
}

impl AnalysisArgs {
    fn into_config(self) -> Result<ProxyConfig, String> {
        let built_in = RequestLimits::current();
        let allowed_origins = self
            .allowed_origins
            .iter()
            .filter(|origin| !origin.trim().is_empty())
            .map(|origin| {
                shortlist_proxy::config::origin(origin).map_err(|why| format!("--allowed-origins: {why}"))
            })
            .collect::<Result<_, _>>()?;
        Ok(ProxyConfig {
            upstream_url: self.upstream_url,
            api_key: std::env::var("OPENROUTER_API_KEY")
                .ok()
                .filter(|key| !key.trim().is_empty())
                .map(Secret::new),
            models: self
                .models
                .into_iter()
                .map(|model| model.trim().to_owned())
                .filter(|m| !m.is_empty())
                .collect(),
            token: self.token.filter(|token| !token.is_empty()).map(Secret::new),
            allowed_origins,
            first_byte_timeout: Duration::from_secs_f64(self.first_byte_timeout.max(0.001)),
            total_timeout: Duration::from_secs_f64(self.total_timeout.max(0.001)),
            max_tokens: self.max_tokens,
            provider: ProviderSettings {
                require_parameters: !self.no_require_parameters,
                data_collection: if self.allow_data_collection { "allow" } else { "deny" }.to_owned(),
                zdr: !self.no_zdr,
            },
            request_limits: RequestLimits {
                max_job_description_chars: self
                    .max_job_description_chars
                    .min(built_in.max_job_description_chars),
                max_resume_chars: self.max_resume_chars.min(built_in.max_resume_chars),
                ..built_in
            },
            rate_limit_per_minute: self.rate_limit,
            auth_failures_per_minute: self.auth_failure_limit,
            max_upstream_calls: self.max_upstream_calls,
            ..ProxyConfig::default()
        })
    }
}

pub fn run(args: ServeArgs) -> std::io::Result<()> {
    let proxy = args.analysis.into_config().map_err(std::io::Error::other)?;
    let limits = args.connections.into_limits();
    if proxy.api_key.is_some() && proxy.models.is_empty() {
        return Err(std::io::Error::other("--models / SHORTLIST_MODELS names no model"));
    }
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    // After the subscriber, which the hook logs through.
    shortlist_proxy::panics::install_hook();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(async {
        let page = if args.no_page { Page::none() } else { Page::load(&args.dist) };
        let analyzer = if proxy.api_key.is_some() { "llm" } else { "local" };
        let state = AppState::with_proxy(page, proxy).map_err(std::io::Error::other)?;
        let listener = tokio::net::TcpListener::bind(args.addr).await?;
        tracing::info!(
            addr = %listener.local_addr()?,
            page = state.page.is_built(),
            analyzer,
            version = shortlist_core::VERSION,
            "listening on http://{}",
            listener.local_addr()?
        );
        serve_within(listener, app(state), limits, shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok(())
    })
}

/// Completes on Ctrl-C (SIGINT) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = interrupt => tracing::info!("SIGINT: shutting down"),
        () = terminate => tracing::info!("SIGTERM: shutting down"),
    }
}
