//! A fake OpenAI-compatible upstream for the tests and `bench-proxy`: a real
//! HTTP server on 127.0.0.1 that answers `POST /chat/completions`. A crate
//! of its own, so the server's library holds no test double.
//!
//! What it does is scripted per resume: a line `fake-upstream: STEP,STEP,…`
//! in the resume text picks the reply to the first call about that resume,
//! the second (a retry or the repair) and so on; the last step repeats.
//! Without such a line every call gets a valid analysis after the fixed
//! delay. Steps:
//!
//! - `ok`: a valid analysis; `slow=MS`: the same after MS milliseconds;
//!   `score=N`: the same with an overall score of N, so a ranking can be told;
//!   `over`: a valid analysis with out-of-range scores and unknown fields.
//! - `status=CODE` or `status=CODE/RETRY_AFTER_SECONDS`: that status with an
//!   OpenAI-style error body.
//! - `malformed`: a 200 whose body is cut-off JSON.
//! - `prose`: a completion whose content is not JSON.
//! - `schema`: a completion whose content is JSON that breaks the schema.
//! - `error-object`: a 200 carrying an `error` object.
//! - `finish-error`: a 200 whose choice has `finish_reason: "error"`.
//! - `drop`: a 200 whose body breaks off mid-way (the connection is cut).
//! - `hang`: never answers.
//!
//! It counts the calls in flight and those dropped because their caller went
//! away, so a test can tell that the server frees what a gone client asked.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use futures_util::stream;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// The marker that starts a script line in a resume.
pub const SCRIPT_MARKER: &str = "fake-upstream:";

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub authorization: Option<String>,
    pub body: Value,
    pub at: Instant,
}

#[derive(Debug, Default)]
struct Shared {
    delay: Duration,
    record: bool,
    received: Mutex<Vec<Received>>,
    /// Calls so far per script, keyed by the first user message.
    calls: Mutex<HashMap<String, usize>>,
    /// `hang` calls whose caller went away.
    abandoned: AtomicUsize,
    /// Calls being answered now (a call whose caller goes away ends).
    in_flight: AtomicUsize,
    /// The most calls in flight at once so far.
    peak_in_flight: AtomicUsize,
    /// Calls dropped before their reply was ready: their caller went away.
    dropped: AtomicUsize,
}

/// One call in flight; counted as dropped if it goes before [`InFlight::done`].
struct InFlight {
    shared: Arc<Shared>,
    done: bool,
}

impl InFlight {
    fn start(shared: &Arc<Shared>) -> Self {
        let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        shared.peak_in_flight.fetch_max(now, Ordering::SeqCst);
        Self { shared: Arc::clone(shared), done: false }
    }

    fn done(mut self) {
        self.done = true;
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.shared.in_flight.fetch_sub(1, Ordering::SeqCst);
        if !self.done {
            self.shared.dropped.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Counts a `hang` call as abandoned when the server drops it (the caller
/// closed the connection).
struct Abandoned(Arc<Shared>);

impl Drop for Abandoned {
    fn drop(&mut self) {
        self.0.abandoned.fetch_add(1, Ordering::SeqCst);
    }
}

/// The running fake; stops when dropped.
#[derive(Debug)]
pub struct FakeUpstream {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    _stop: oneshot::Sender<()>,
}

impl FakeUpstream {
    /// Starts on a free port. `delay` is the time to a normal reply; with
    /// `record` every request is kept for [`FakeUpstream::received`].
    pub async fn start(delay: Duration, record: bool) -> std::io::Result<Self> {
        Self::start_on(0, delay, record).await
    }

    /// The same on 127.0.0.1:`port` (0: a free one).
    pub async fn start_on(port: u16, delay: Duration, record: bool) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared { delay, record, ..Shared::default() });
        let app = Router::new().route("/chat/completions", post(complete)).with_state(Arc::clone(&shared));
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let server = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = stopped.await;
            });
            if let Err(error) = server.await {
                tracing::error!(%error, "fake upstream stopped");
            }
        });
        Ok(Self { addr, shared, _stop: stop })
    }

    /// The base URL to give the proxy (`--upstream-url`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many `hang` calls were dropped because their caller went away.
    pub fn abandoned(&self) -> usize {
        self.shared.abandoned.load(Ordering::SeqCst)
    }

    /// Calls being answered now.
    pub fn in_flight(&self) -> usize {
        self.shared.in_flight.load(Ordering::SeqCst)
    }

    /// The most calls in flight at once so far.
    pub fn peak_in_flight(&self) -> usize {
        self.shared.peak_in_flight.load(Ordering::SeqCst)
    }

    /// Calls whose caller went away before their reply was ready.
    pub fn dropped(&self) -> usize {
        self.shared.dropped.load(Ordering::SeqCst)
    }

    /// Every request received so far, in arrival order.
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }
}

async fn complete(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let in_flight = InFlight::start(&shared);
    let response = reply(&shared, &headers, body).await;
    in_flight.done();
    response
}

async fn reply(shared: &Arc<Shared>, headers: &HeaderMap, body: Bytes) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return (StatusCode::BAD_REQUEST, "not JSON").into_response();
    };
    let user = body["messages"][1]["content"].as_str().unwrap_or_default().to_owned();
    let step = script(&user).map(|steps| {
        let mut calls = shared.calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = calls.entry(user.clone()).or_insert(0);
        let step = steps.get(*count).or(steps.last()).cloned().unwrap_or_default();
        *count += 1;
        step
    });
    let model = body["model"].as_str().unwrap_or("fake").to_owned();
    if shared.record {
        let authorization =
            headers.get(AUTHORIZATION).and_then(|value| value.to_str().ok()).map(str::to_owned);
        let received = Received { authorization, body, at: Instant::now() };
        shared.received.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(received);
    }
    let step = step.unwrap_or_else(|| "ok".to_owned());
    let (name, argument) = step.split_once('=').unwrap_or((step.as_str(), ""));
    match name {
        "ok" => {
            tokio::time::sleep(shared.delay).await;
            completion(&model, &analysis().to_string(), "stop")
        }
        "slow" => {
            tokio::time::sleep(Duration::from_millis(argument.parse().unwrap_or(1000))).await;
            completion(&model, &analysis().to_string(), "stop")
        }
        "score" => {
            tokio::time::sleep(shared.delay).await;
            let mut analysis = analysis();
            analysis["overall_score"] = json!(argument.parse::<u8>().unwrap_or(78));
            completion(&model, &analysis.to_string(), "stop")
        }
        "over" => {
            let mut analysis = analysis();
            analysis["overall_score"] = json!(250);
            analysis["component_scores"]["skills"] = json!(-3);
            analysis["mood"] = json!("cheerful");
            completion(&model, &analysis.to_string(), "stop")
        }
        "status" => {
            let (code, retry_after) = argument.split_once('/').unwrap_or((argument, ""));
            let status = code.parse().ok().and_then(|code| StatusCode::from_u16(code).ok());
            let status = status.unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let error = json!({"error": {"message": "scripted failure", "code": status.as_u16()}});
            let mut response = (status, axum::Json(error)).into_response();
            if let Ok(value) = retry_after.parse() {
                response.headers_mut().insert(RETRY_AFTER, value);
            }
            response
        }
        "malformed" => {
            ([(CONTENT_TYPE, "application/json")], r#"{"id":"x","choices":[{"message":"#).into_response()
        }
        "prose" => completion(&model, "I'm sorry, I can only describe this candidate in words.", "stop"),
        "schema" => {
            let mut analysis = analysis();
            analysis.as_object_mut().map(|object| object.remove("recommendations"));
            analysis["overall_score"] = json!("very high");
            completion(&model, &analysis.to_string(), "stop")
        }
        "error-object" => {
            axum::Json(json!({"error": {"code": 502, "message": "Provider returned error"}})).into_response()
        }
        "finish-error" => {
            let mut reply = completion_json(&model, "", "error");
            reply["choices"][0]["error"] = json!({"code": 500, "message": "provider failed mid-generation"});
            axum::Json(reply).into_response()
        }
        "drop" => {
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(
                    br#"{"id":"x","choices":[{"message":{"role":"assistant","content":"{"#,
                )),
                Err(std::io::Error::other("connection cut by the script")),
            ];
            let mut response = Body::from_stream(stream::iter(chunks)).into_response();
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response.headers_mut().insert(CONTENT_LENGTH, 4096.into());
            response
        }
        "hang" => {
            let _abandoned = Abandoned(Arc::clone(shared));
            std::future::pending::<Infallible>().await.into_response()
        }
        _ => (StatusCode::BAD_REQUEST, format!("unknown script step {step}")).into_response(),
    }
}

/// The steps of the script line in `user`, if there is one.
fn script(user: &str) -> Option<Vec<String>> {
    let start = user.find(SCRIPT_MARKER)? + SCRIPT_MARKER.len();
    let line = user[start..].lines().next().unwrap_or_default();
    Some(line.split(',').map(|step| step.trim().to_owned()).filter(|step| !step.is_empty()).collect())
}

fn completion(model: &str, content: &str, finish_reason: &str) -> Response {
    axum::Json(completion_json(model, content, finish_reason)).into_response()
}

fn completion_json(model: &str, content: &str, finish_reason: &str) -> Value {
    json!({
        "id": "gen-fake",
        "object": "chat.completion",
        "model": model,
        "choices": [{
            "index": 0,
            "finish_reason": finish_reason,
            "message": {"role": "assistant", "content": content},
        }],
        "usage": {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500, "cost": 0.00042},
    })
}

/// The analysis every normal reply carries.
pub fn analysis() -> Value {
    json!({
        "overall_score": 78,
        "component_scores": {"skills": 85, "experience": 70, "education": 60, "must_haves": 80},
        "matched_requirements": [
            {"requirement": "Rust", "kind": "skill", "importance": "required", "evidence": "six years of Rust"}
        ],
        "missing_requirements": [
            {"requirement": "Kubernetes", "kind": "skill", "importance": "preferred"}
        ],
        "concerns": [],
        "recommendations": {
            "decision": "interview",
            "summary": "A strong Rust engineer; no Kubernetes shown.",
            "interview_questions": ["Have you run services on Kubernetes?"]
        }
    })
}
