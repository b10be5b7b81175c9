//! `shortlist serve`: the page and the API on one address until SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::path::PathBuf;

use shortlist_proxy::{AppState, Page, app, serve};
use tracing_subscriber::EnvFilter;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "SHORTLIST_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The built page (trunk's output folder).
    #[arg(long, env = "SHORTLIST_DIST", default_value = "dist")]
    dist: PathBuf,
}

pub fn run(args: ServeArgs) -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(async {
        let page = Page::load(&args.dist);
        let listener = tokio::net::TcpListener::bind(args.addr).await?;
        tracing::info!(
            addr = %listener.local_addr()?,
            page = page.is_built(),
            version = shortlist_core::VERSION,
            "listening on http://{}",
            listener.local_addr()?
        );
        serve(listener, app(AppState::new(page)), shutdown_signal()).await?;
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
