//! Issue #17, hardening: connections that never finish their headers, caps
//! on connections, wrong tokens against a limit, panics that must not write
//! resume text into the log, and a gone client's upstream calls freed.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{Value, json};
use shortlist_fake_upstream::{FakeUpstream, SCRIPT_MARKER};
use shortlist_proxy::panics::PROBE;
use shortlist_proxy::{AppState, ConnectionLimits, Page, ProxyConfig, Secret};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::support::TestServer;

/// The server with no page and the local analyser, within `limits`.
async fn start_within(limits: ConnectionLimits) -> (TestServer, tempfile::TempDir) {
    let no_page = tempfile::tempdir().unwrap();
    let state = AppState::new(Page::load(no_page.path()));
    (TestServer::start_within(state, limits).await, no_page)
}

/// A connection to `server` from the loopback address `source` (all of
/// 127.0.0.0/8 is this machine), so a test can play several clients.
async fn connect_from(source: &str, server: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::new(source.parse().unwrap(), 0)).unwrap();
    socket.connect(server).await.unwrap()
}

/// `count` connections from `source` that each send half a request line
/// and then nothing. Each is watched: `closed` counts those the server has
/// closed (a read ends or fails). Dropping the senders closes them.
async fn half_open(
    source: &str,
    server: SocketAddr,
    count: usize,
) -> (Arc<AtomicUsize>, Vec<tokio::sync::oneshot::Sender<()>>) {
    let closed = Arc::new(AtomicUsize::new(0));
    let mut holds = Vec::new();
    for _ in 0..count {
        let mut stream = connect_from(source, server).await;
        let (hold, released) = tokio::sync::oneshot::channel::<()>();
        let closed = Arc::clone(&closed);
        tokio::spawn(async move {
            // The write may fail when the server has already closed it.
            let _ = stream.write_all(b"GET /api/health HT").await;
            let mut buffer = [0u8; 256];
            tokio::select! {
                // Ok(0): closed; Ok(n): an error response, then closed; Err: reset.
                _ = async { while let Ok(1..) = stream.read(&mut buffer).await {} } => {
                    closed.fetch_add(1, Ordering::SeqCst);
                }
                _ = released => {}
            }
        });
        holds.push(hold);
    }
    (closed, holds)
}

async fn wait_for(what: &str, seconds: u64, check: impl Fn() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(started.elapsed() < Duration::from_secs(seconds), "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn health(server: &TestServer) -> Result<StatusCode, reqwest::Error> {
    // A fresh client each time: no pooled connection hides a refusal.
    let client = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
    Ok(client.get(server.url("/api/health")).send().await?.status())
}

/// See: #17. Connections that never finish their headers are closed once
/// the header-read timeout passes, and meanwhile the server answers others.
#[tokio::test]
async fn half_open_connections_are_closed_after_the_header_read_timeout() {
    let limits = ConnectionLimits {
        header_read_timeout: Duration::from_secs(1),
        max_connections: 0,
        max_connections_per_address: 0,
    };
    let (server, _dist) = start_within(limits).await;
    let (closed, _holds) = half_open("127.0.0.2", server.addr, 400).await;
    assert_eq!(health(&server).await.unwrap(), StatusCode::OK, "while 400 half-open connections wait");
    wait_for("all 400 half-open connections are closed", 30, || closed.load(Ordering::SeqCst) == 400).await;
    assert_eq!(health(&server).await.unwrap(), StatusCode::OK);
    server.stop().await;
}

/// See: #17. One address may hold only so many connections; those over the
/// cap are closed at once, and other addresses are served.
#[tokio::test]
async fn connections_over_the_cap_of_an_address_are_closed_at_once() {
    let limits = ConnectionLimits {
        header_read_timeout: Duration::from_secs(60),
        max_connections: 1024,
        max_connections_per_address: 16,
    };
    let (server, _dist) = start_within(limits).await;
    let (closed, holds) = half_open("127.0.0.2", server.addr, 400).await;
    wait_for("384 connections over the cap are closed", 30, || closed.load(Ordering::SeqCst) >= 384).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(closed.load(Ordering::SeqCst), 384, "16 held, the rest closed");
    assert_eq!(health(&server).await.unwrap(), StatusCode::OK, "another address is served");
    drop(holds);
    server.stop().await;
}

/// See: #17. The connections of all clients together are capped too: over
/// the cap every new connection is closed at once, until one goes.
#[tokio::test]
async fn connections_over_the_global_cap_are_closed_at_once() {
    let limits = ConnectionLimits {
        header_read_timeout: Duration::from_secs(60),
        max_connections: 8,
        max_connections_per_address: 0,
    };
    let (server, _dist) = start_within(limits).await;
    let (closed, holds) = half_open("127.0.0.3", server.addr, 20).await;
    wait_for("12 connections over the cap are closed", 30, || closed.load(Ordering::SeqCst) >= 12).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(closed.load(Ordering::SeqCst), 12, "8 held, the rest closed");
    assert!(health(&server).await.is_err(), "the server is full");
    drop(holds);
    wait_for_health(&server).await;
    server.stop().await;
}

async fn wait_for_health(server: &TestServer) {
    let started = Instant::now();
    while !matches!(health(server).await, Ok(StatusCode::OK)) {
        assert!(started.elapsed() < Duration::from_secs(10), "the server did not answer again");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

const JOB: &str = "Senior Rust engineer. Required: Rust, PostgreSQL.";

fn analysis_request(id: &str, script: &str) -> String {
    json!({"job_description": JOB, "resumes": [
        {"id": id, "text": format!("{id}: six years of Rust at Acme.\n{SCRIPT_MARKER} {script}\n")}
    ]})
    .to_string()
}

fn client_from(source: &str) -> reqwest::Client {
    reqwest::Client::builder().local_address(source.parse::<IpAddr>().unwrap()).build().unwrap()
}

async fn analyze_with_token(client: &reqwest::Client, server: &TestServer, token: &str) -> reqwest::Response {
    client
        .post(server.url("/api/analyze"))
        .header("content-type", "application/json")
        .bearer_auth(token)
        .body(analysis_request("r1", "ok"))
        .send()
        .await
        .unwrap()
}

/// See: #17. Wrong tokens count against a stricter per-address limit: past
/// it the address gets 429 whatever it sends, and other addresses do not.
#[tokio::test]
async fn wrong_tokens_are_rate_limited_per_address() {
    let upstream = FakeUpstream::start(Duration::from_millis(10), true).await.unwrap();
    let config = ProxyConfig {
        upstream_url: upstream.url(),
        api_key: Some(Secret::new("sk-test")),
        token: Some(Secret::new("let-me-in")),
        auth_failures_per_minute: 3,
        rate_limit_per_minute: 0,
        ..ProxyConfig::default()
    };
    let no_page = tempfile::tempdir().unwrap();
    let state = AppState::with_proxy(Page::load(no_page.path()), config).unwrap();
    let server = TestServer::start_with(state).await;
    let guesser = client_from("127.0.0.2");
    for guess in ["wrong-1", "wrong-2", "wrong-3"] {
        let response = analyze_with_token(&guesser, &server, guess).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{guess}");
    }
    for (token, what) in [("wrong-4", "a fourth wrong token"), ("let-me-in", "even the right token")] {
        let response = analyze_with_token(&guesser, &server, token).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS, "{what}");
        let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=20).contains(&retry_after), "{what}: {retry_after}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["code"], "rate_limited", "{what}");
        assert!(error["message"].as_str().unwrap().contains("wrong access tokens"), "{error}");
    }
    let other = client_from("127.0.0.3");
    assert_eq!(analyze_with_token(&other, &server, "wrong").await.status(), StatusCode::UNAUTHORIZED);
    let response = analyze_with_token(&other, &server, "let-me-in").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.text().await.unwrap().contains("\"event\":\"completed\""));
    assert_eq!(upstream.received().len(), 1, "only the authorised request reached the upstream");
    server.stop().await;
}

/// See: #17. The `shortlist` that `cargo test` builds carries the feature
/// `panic-probe` (the one that ships does not): a resume holding
/// `panics::PROBE` panics the local analyser's task by slicing inside a
/// character, a panic whose message quotes the resume. The real binary,
/// with every log level on, logs where it panicked and never the text.
#[tokio::test]
async fn a_panic_on_resume_text_logs_its_location_and_never_the_text() {
    let cwd = tempfile::tempdir().unwrap();
    let addr = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_shortlist"))
        .args(["serve", "--addr", &addr, "--dist", "no-dist"])
        .current_dir(cwd.path())
        .env_remove("OPENROUTER_API_KEY")
        .env_remove("SHORTLIST_ADDR")
        .env("RUST_LOG", "trace")
        .env("RUST_BACKTRACE", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://{addr}");
    let started = Instant::now();
    while reqwest::get(format!("{base}/api/health")).await.is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "the server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let text = format!("Zoë Quill, MARKER-PANIC-4417, six years of Rust.\n{PROBE} é\n");
    let body = json!({"job_description": JOB, "resumes": [
        {"id": "boom", "text": text}, {"id": "fine", "text": "Ann Lee, Rust and PostgreSQL."}
    ]});
    let reply = reqwest::Client::new()
        .post(format!("{base}/api/analyze"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let events: Vec<Value> = reply
        .lines()
        .filter_map(|line| line.strip_prefix("data:"))
        .map(|data| serde_json::from_str(data.trim()).unwrap())
        .collect();
    let result = |id: &str| {
        events.iter().find(|event| event["id"] == id && event["event"] != "processing").cloned().unwrap()
    };
    assert_eq!(result("boom")["code"], "internal", "the probe panicked: {reply}");
    assert_eq!(result("fine")["event"], "completed", "the other resume: {reply}");
    assert!(!reply.contains("MARKER-PANIC"), "{reply}");

    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    let logs =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(logs.contains("DEBUG"), "debug logging was on: {logs}");
    assert!(logs.contains("panics.rs:"), "the panic's location is logged: {logs}");
    assert!(logs.contains("analysis task panicked"), "{logs}");
    for secret in ["MARKER-PANIC", "Zoë", "not a char boundary", "panicked at"] {
        assert!(!logs.contains(secret), "{secret} in the output:\n{logs}");
    }
}

/// See: #17. Clients that go away mid-stream free their upstream calls: the
/// calls in flight are dropped, the ones still waiting for the cap never
/// start, and the server's count of calls in flight returns to 0.
#[tokio::test]
async fn clients_that_disconnect_mid_stream_free_their_upstream_calls() {
    let upstream = FakeUpstream::start(Duration::from_millis(10), true).await.unwrap();
    let config = ProxyConfig {
        upstream_url: upstream.url(),
        api_key: Some(Secret::new("sk-test")),
        first_byte_timeout: Duration::from_secs(60),
        total_timeout: Duration::from_secs(60),
        rate_limit_per_minute: 0,
        max_upstream_calls: 4,
        ..ProxyConfig::default()
    };
    let no_page = tempfile::tempdir().unwrap();
    let state = AppState::with_proxy(Page::load(no_page.path()), config).unwrap();
    let service = Arc::clone(&state.service);
    let server = TestServer::start_with(state).await;
    let client = reqwest::Client::new();
    let mut streams = Vec::new();
    for index in 0..10 {
        let body = json!({"job_description": JOB, "resumes": [
            {"id": "a", "text": format!("c{index}a: Rust.\n{SCRIPT_MARKER} slow=60000\n")},
            {"id": "b", "text": format!("c{index}b: Rust.\n{SCRIPT_MARKER} slow=60000\n")},
        ]});
        let mut response = client
            .post(server.url("/api/analyze"))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        let first = response.chunk().await.unwrap().unwrap();
        assert!(String::from_utf8_lossy(&first).contains("processing"));
        streams.push(response);
    }
    wait_for("the cap's 4 calls reach the upstream", 10, || upstream.in_flight() == 4).await;
    assert_eq!(service.upstream_calls_in_flight(), 4);
    drop(streams);
    wait_for("the upstream sees its calls dropped", 10, || upstream.in_flight() == 0).await;
    wait_for("the server's calls in flight return to 0", 10, || service.upstream_calls_in_flight() == 0)
        .await;
    assert_eq!(upstream.dropped(), 4);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(upstream.received().len(), 4, "the 16 calls waiting for the cap never started");
    assert_eq!(upstream.peak_in_flight(), 4);
    server.stop().await;
}

/// See: #17. The header-read timeout bounds only the headers: a stream that
/// outlasts it, and a slow body, are not cut.
#[tokio::test]
async fn the_header_read_timeout_does_not_cut_a_longer_stream() {
    let upstream = FakeUpstream::start(Duration::from_millis(10), false).await.unwrap();
    let config = ProxyConfig {
        upstream_url: upstream.url(),
        api_key: Some(Secret::new("sk-test")),
        rate_limit_per_minute: 0,
        ..ProxyConfig::default()
    };
    let no_page = tempfile::tempdir().unwrap();
    let state = AppState::with_proxy(Page::load(no_page.path()), config).unwrap();
    let limits =
        ConnectionLimits { header_read_timeout: Duration::from_millis(500), ..ConnectionLimits::default() };
    let server = TestServer::start_within(state, limits).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let body = analysis_request("r1", "slow=1500");
    let head = format!(
        "POST /api/analyze HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let (first, rest) = body.as_bytes().split_at(body.len() / 2);
    stream.write_all(first).await.unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    stream.write_all(rest).await.unwrap();
    let mut reply = Vec::new();
    let mut buffer = [0u8; 4096];
    while !String::from_utf8_lossy(&reply).contains("event: done") {
        let read = stream.read(&mut buffer).await.unwrap();
        assert!(read > 0, "the connection was cut: {}", String::from_utf8_lossy(&reply));
        reply.extend_from_slice(&buffer[..read]);
    }
    assert!(String::from_utf8_lossy(&reply).contains("event: completed"));
    server.stop().await;
}
