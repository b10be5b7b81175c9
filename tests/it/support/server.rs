use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use shortlist_fake_upstream::FakeUpstream;
use shortlist_proxy::config::{ProxyConfig, Secret};
use shortlist_proxy::{AppState, ConnectionLimits, Page, app, serve_within};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The server on a free 127.0.0.1 port, in this process; stopped on drop.
/// It notes every request it receives, so tests can tell what the page sent.
pub struct TestServer {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl TestServer {
    pub async fn start(dist: &Path) -> Self {
        Self::start_with(AppState::new(Page::load(dist))).await
    }

    /// The release page's server with a key, in front of `upstream`, with no
    /// rate limit and quick retries: what the browser runs talk to.
    pub async fn before(upstream: &FakeUpstream) -> Self {
        let config = ProxyConfig {
            upstream_url: upstream.url(),
            api_key: Some(Secret::new("sk-e2e-key")),
            models: vec!["vendor/model-a".to_owned()],
            retry_base_delay: Duration::from_millis(10),
            rate_limit_per_minute: 0,
            ..ProxyConfig::default()
        };
        let state = AppState::with_proxy(Page::load(&super::dist_dir()), config).expect("the server's state");
        Self::start_with(state).await
    }

    /// The server with a state of the test's choosing (analysis settings).
    pub async fn start_with(state: AppState) -> Self {
        Self::start_within(state, ConnectionLimits::default()).await
    }

    /// The same, holding connections within `limits`.
    pub async fn start_within(state: AppState, limits: ConnectionLimits) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        Self::start_on(listener, state, limits)
    }

    /// The server on `listener`: a test that stopped one starts it again on
    /// the same address (issue #14: the server comes back).
    pub fn start_on(listener: tokio::net::TcpListener, state: AppState, limits: ConnectionLimits) -> Self {
        let addr = listener.local_addr().expect("local address");
        let (stop, stopped) = oneshot::channel::<()>();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let router = app(state).layer(middleware::from_fn_with_state(requests.clone(), note_request));
        let task = tokio::spawn(serve_within(listener, router, limits, async {
            let _ = stopped.await;
        }));
        Self { addr, requests, stop: Some(stop), task: Some(task) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// "METHOD /path" of every request so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("request log").clone()
    }

    /// Stops the server and waits until it has closed cleanly.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("server stopped cleanly");
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

async fn note_request(
    axum::extract::State(requests): axum::extract::State<Arc<Mutex<Vec<String>>>>,
    request: Request,
    next: Next,
) -> Response {
    requests.lock().expect("request log").push(format!("{} {}", request.method(), request.uri().path()));
    next.run(request).await
}
