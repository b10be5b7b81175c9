//! A fake OpenAI-compatible upstream for the tests and `bench-proxy`: a real
//! HTTP server on 127.0.0.1 that answers `POST /chat/completions`. A crate
//! of its own, so the server's library holds no test double.
//!
//! It answers the two questions the server asks (issue #12), told apart by
//! the `response_format`'s schema name:
//! - **an analysis** (`analysis`): a verdict for each requirement id the
//!   schema's `requirement_id` enum allows, in that order. By default a
//!   requirement is `met` when a line of the resume contains its text or one
//!   of its alternatives (read from the user message's `<requirements>`
//!   lines), ignoring case, and that line is the quote; else `not_met` with
//!   an empty quote. Plus a summary, a question per requirement not met, and
//!   no concerns.
//! - **a reading of requirements** (`requirements`): an item for each line of
//!   the job description that starts with "- ", preferred when the line says
//!   "preferred", "nice to have" or "a plus", else required; kind `skill`, no
//!   alternatives, weight `null`.
//!
//! What it does is scripted per call: a line `fake-upstream: STEP,STEP,…` in
//! the user message (a resume's, or a job description's for a reading)
//! picks the reply to the first call with that message, the second (a retry
//! or the repair) and so on; the last step repeats. Without such a line
//! every call gets the default reply after the fixed delay. Steps:
//!
//! - `ok`: the default reply; `slow=MS`: the same after MS milliseconds.
//! - `verdicts=CODES`: one code a requirement, in order: `m` met and `p`
//!   partly met (quoting the line that shows it, else the resume's first
//!   line), `u` met with a quote that is not in the resume, `n` not met, `-`
//!   no verdict; requirements past the codes get the default.
//! - `invent-quote`: every met verdict quotes words that are not in the resume.
//! - `unknown-id`: adds a met verdict for the id "r999".
//! - `omit-verdicts`: leaves out the verdict on the last requirement.
//! - `over`: the default reply with numbers and fields the schema does not
//!   have (`overall_score: 250`, `mood`, a verdict's `confidence`).
//! - `status=CODE` or `status=CODE/RETRY_AFTER_SECONDS`: that status with an
//!   OpenAI-style error body.
//! - `malformed`: a 200 whose body is cut-off JSON.
//! - `prose`: a completion whose content is not JSON.
//! - `schema`: a completion whose content is JSON that breaks the schema (no
//!   `verdicts`, or no `requirements`).
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
    let asked = Asked::read(&body);
    if shared.record {
        let authorization =
            headers.get(AUTHORIZATION).and_then(|value| value.to_str().ok()).map(str::to_owned);
        let received = Received { authorization, body, at: Instant::now() };
        shared.received.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(received);
    }
    let step = step.unwrap_or_else(|| "ok".to_owned());
    let (name, argument) = step.split_once('=').unwrap_or((step.as_str(), ""));
    let reply = |step: Step<'_>| completion(&model, &asked.reply(step).to_string(), "stop");
    match name {
        "ok" => {
            tokio::time::sleep(shared.delay).await;
            reply(Step::Default)
        }
        "slow" => {
            tokio::time::sleep(Duration::from_millis(argument.parse().unwrap_or(1000))).await;
            reply(Step::Default)
        }
        "verdicts" => {
            tokio::time::sleep(shared.delay).await;
            reply(Step::Verdicts(argument))
        }
        "invent-quote" => reply(Step::InventQuote),
        "unknown-id" => reply(Step::UnknownId),
        "omit-verdicts" => reply(Step::OmitLast),
        "over" => reply(Step::Over),
        "schema" => reply(Step::BreakSchema),
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

/// What a call asks, as the fake reads it from the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    /// An analysis: the requirements in the schema's order, and the resume.
    Analysis { requirements: Vec<Requirement>, resume: String },
    /// A reading of the job description's requirements.
    Requirements { job_description: String },
}

/// One requirement of an analysis request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub id: String,
    /// The text, then the alternatives, from the user message (the id when
    /// the message has no line for it).
    pub ways: Vec<String>,
}

/// How a reply departs from the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Default,
    Verdicts(&'a str),
    InventQuote,
    UnknownId,
    OmitLast,
    Over,
    BreakSchema,
}

/// A quote no resume of the tests holds.
pub const INVENTED_QUOTE: &str = "Led the Rust compiler team at Mozilla for ten years";

impl Asked {
    /// Reads a chat-completions request body.
    pub fn read(body: &Value) -> Self {
        let user = body["messages"][1]["content"].as_str().unwrap_or_default();
        let format = &body["response_format"]["json_schema"];
        if format["name"] == "requirements" {
            return Asked::Requirements { job_description: section(user, "job_description").to_owned() };
        }
        let lines: Vec<(String, Vec<String>)> =
            section(user, "requirements").lines().filter_map(requirement_line).collect();
        let ids = format["schema"]["properties"]["verdicts"]["items"]["properties"]["requirement_id"]["enum"]
            .as_array()
            .map(|ids| ids.iter().filter_map(Value::as_str).map(str::to_owned).collect::<Vec<_>>())
            .unwrap_or_default();
        let requirements = ids
            .into_iter()
            .map(|id| {
                let ways = lines
                    .iter()
                    .find(|(line_id, _)| *line_id == id)
                    .map_or_else(|| vec![id.clone()], |(_, ways)| ways.clone());
                Requirement { id, ways }
            })
            .collect();
        Asked::Analysis { requirements, resume: section(user, "resume").to_owned() }
    }

    /// The reply's JSON content for `step`.
    pub fn reply(&self, step: Step<'_>) -> Value {
        match self {
            Asked::Analysis { requirements, resume } => analysis_reply(requirements, resume, step),
            Asked::Requirements { job_description } => requirements_reply(job_description, step),
        }
    }
}

/// The text between `<tag>\n` and `\n</tag>`.
fn section<'a>(user: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}>\n");
    let Some(start) = user.find(&open).map(|start| start + open.len()) else { return "" };
    let end = user[start..].find(&format!("\n</{tag}>")).map_or(user.len(), |end| start + end);
    &user[start..end]
}

/// `- ID (need): TEXT; also met by: A | B` as the id and the ways.
fn requirement_line(line: &str) -> Option<(String, Vec<String>)> {
    let rest = line.strip_prefix("- ")?;
    let (id, rest) = rest.split_once(" (")?;
    let (_, text) = rest.split_once("): ")?;
    let (text, alternatives) = text.split_once("; also met by: ").unwrap_or((text, ""));
    let mut ways = vec![text.to_owned()];
    ways.extend(alternatives.split(" | ").filter(|it| !it.is_empty()).map(str::to_owned));
    Some((id.to_owned(), ways))
}

/// The resume's lines that may be quoted: not blank, not the script.
fn quotable(resume: &str) -> impl Iterator<Item = &str> {
    resume.lines().map(str::trim).filter(|line| !line.is_empty() && !line.contains(SCRIPT_MARKER))
}

/// The line that shows `requirement`: one containing a way to meet it.
fn showing<'a>(requirement: &Requirement, resume: &'a str) -> Option<&'a str> {
    quotable(resume).find(|line| {
        let line = line.to_lowercase();
        requirement.ways.iter().any(|way| !way.trim().is_empty() && line.contains(&way.trim().to_lowercase()))
    })
}

fn analysis_reply(requirements: &[Requirement], resume: &str, step: Step<'_>) -> Value {
    let codes: Vec<char> = match step {
        Step::Verdicts(codes) => codes.chars().collect(),
        _ => Vec::new(),
    };
    let first_line = quotable(resume).next().unwrap_or_default();
    let mut verdicts = Vec::new();
    let mut questions = Vec::new();
    for (index, requirement) in requirements.iter().enumerate() {
        let shown = showing(requirement, resume);
        let (verdict, quote) = match codes.get(index) {
            Some('m') => ("met", shown.unwrap_or(first_line)),
            Some('p') => ("partly_met", shown.unwrap_or(first_line)),
            Some('u') => ("met", INVENTED_QUOTE),
            Some('n') => ("not_met", ""),
            Some('-') => continue,
            _ => match shown {
                Some(_) if step == Step::InventQuote => ("met", INVENTED_QUOTE),
                Some(line) => ("met", line),
                None => ("not_met", ""),
            },
        };
        if step == Step::OmitLast && index + 1 == requirements.len() {
            continue;
        }
        if verdict == "not_met" {
            questions.push(format!("Can you tell us about {}?", requirement.ways[0]));
        }
        verdicts.push(json!({"requirement_id": requirement.id, "verdict": verdict, "quote": quote}));
    }
    if step == Step::UnknownId {
        verdicts.push(json!({"requirement_id": "r999", "verdict": "met", "quote": first_line}));
    }
    let met = verdicts.iter().filter(|verdict| verdict["verdict"] == "met").count();
    let mut reply = json!({
        "verdicts": verdicts,
        "concerns": [],
        "summary": format!("A fake reading: {met} of {} requirements met.", requirements.len()),
        "interview_questions": questions,
    });
    match step {
        Step::Over => {
            reply["overall_score"] = json!(250);
            reply["component_scores"] = json!({"skills": -3});
            reply["mood"] = json!("cheerful");
            if let Some(first) = reply["verdicts"].get_mut(0) {
                first["confidence"] = json!(0.9);
            }
        }
        Step::BreakSchema => {
            reply.as_object_mut().map(|object| object.remove("verdicts"));
            reply["summary"] = json!(42);
        }
        _ => {}
    }
    reply
}

fn requirements_reply(job_description: &str, step: Step<'_>) -> Value {
    let items: Vec<Value> = job_description
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- "))
        .map(str::trim)
        .filter(|text| !text.is_empty() && !text.contains(SCRIPT_MARKER))
        .map(|text| {
            let lower = text.to_lowercase();
            let preferred = ["preferred", "nice to have", "a plus"].iter().any(|it| lower.contains(it));
            json!({
                "text": text,
                "kind": "skill",
                "importance": if preferred { "preferred" } else { "required" },
                "alternatives": [],
                "weight": null,
            })
        })
        .collect();
    match step {
        Step::BreakSchema => json!({"items": items}),
        Step::Over => json!({"requirements": items, "mood": "cheerful", "overall_score": 250}),
        _ => json!({"requirements": items}),
    }
}
