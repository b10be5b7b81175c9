//! A plain static file server, not `shortlist`: what an operator's object
//! storage, GitHub Pages or intranet web server does with a published page
//! (issue #14). It serves a folder under a sub-path on a 127.0.0.1 port over
//! real HTTP, and notes every request it receives.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use tokio::sync::oneshot;
use tower_http::services::ServeDir;

pub struct StaticHost {
    pub addr: SocketAddr,
    prefix: String,
    requests: Arc<Mutex<Vec<String>>>,
    _stop: oneshot::Sender<()>,
}

impl StaticHost {
    /// Serves `dir` under `prefix` (such as `/shortlist`), with no headers
    /// of its own beyond the file types: no security policy, no CORS.
    pub async fn start(dir: &Path, prefix: &str) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let router = Router::new()
            .nest_service(prefix, ServeDir::new(dir))
            .layer(middleware::from_fn_with_state(requests.clone(), note_request));
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        Self { addr, prefix: prefix.to_owned(), requests, _stop: stop }
    }

    /// `http://127.0.0.1:port`, as a browser names this host in `Origin`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The page's address: the sub-path, with its trailing slash.
    pub fn page_url(&self) -> String {
        format!("{}{}/", self.origin(), self.prefix)
    }

    /// "METHOD /path STATUS" of every request so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("request log").clone()
    }
}

async fn note_request(
    State(requests): State<Arc<Mutex<Vec<String>>>>,
    request: Request,
    next: Next,
) -> Response {
    let line = format!("{} {}", request.method(), request.uri().path());
    let response = next.run(request).await;
    requests.lock().expect("request log").push(format!("{line} {}", response.status().as_u16()));
    response
}
