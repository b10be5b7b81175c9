//! `POST /api/analyze` over a real socket, in front of the fake upstream (a
//! real HTTP server on 127.0.0.1 scripted per resume, see
//! `shortlist_fake_upstream`): the events of each fault, the requests
//! refused, what goes upstream, and what must never leave or stay behind.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::{Value, json};
use shortlist_core::analyze_api::Analyzer;
use shortlist_core::prompt;
use shortlist_core::{RequestLimits, ServerConfig};
use shortlist_fake_upstream::{FakeUpstream, SCRIPT_MARKER};
use shortlist_proxy::{AppState, Page, ProxyConfig, Secret};

use crate::support::TestServer;

pub(crate) const KEY: &str = "sk-or-v1-test-key-0f3a9c";
pub(crate) const JOB: &str = "Senior Rust engineer. Required: Rust, PostgreSQL. Preferred: Kubernetes.";

/// A proxy with a key in front of `upstream`, with short timeouts and
/// backoff so faults resolve quickly, and no rate limit unless asked.
pub(crate) fn config(upstream: &FakeUpstream) -> ProxyConfig {
    ProxyConfig {
        upstream_url: upstream.url(),
        api_key: Some(Secret::new(KEY)),
        models: vec!["vendor/model-a".to_owned(), "vendor/model-b".to_owned()],
        first_byte_timeout: Duration::from_millis(400),
        total_timeout: Duration::from_secs(4),
        retry_base_delay: Duration::from_millis(20),
        rate_limit_per_minute: 0,
        ..ProxyConfig::default()
    }
}

pub(crate) async fn start(config: ProxyConfig) -> (TestServer, tempfile::TempDir) {
    let no_page = tempfile::tempdir().unwrap();
    let state = AppState::with_proxy(Page::load(no_page.path()), config).unwrap();
    (TestServer::start_with(state).await, no_page)
}

pub(crate) async fn fake() -> FakeUpstream {
    FakeUpstream::start(Duration::from_millis(10), true).await.unwrap()
}

pub(crate) fn resume(id: &str, script: &str) -> Value {
    let text = if script.is_empty() {
        format!("{id}: six years of Rust at Acme.")
    } else {
        format!("{id}: six years of Rust at Acme.\n{SCRIPT_MARKER} {script}\n")
    };
    json!({"id": id, "text": text})
}

pub(crate) fn request(resumes: Vec<Value>) -> Value {
    json!({"job_description": JOB, "resumes": resumes})
}

/// One server-sent event: its `event:` name and its `data:` as JSON.
#[derive(Debug)]
pub(crate) struct Sse {
    pub(crate) name: String,
    pub(crate) data: Value,
}

pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: String,
}

impl Reply {
    pub(crate) fn events(&self) -> Vec<Sse> {
        self.body
            .split("\n\n")
            .filter_map(|block| {
                let field = |name: &str| {
                    block
                        .lines()
                        .find_map(|line| line.strip_prefix(name).map(|rest| rest.trim_start().to_owned()))
                };
                Some(Sse { name: field("event:")?, data: serde_json::from_str(&field("data:")?).unwrap() })
            })
            .collect()
    }

    fn keep_alive_comments(&self) -> usize {
        self.body.lines().filter(|line| line.starts_with(':')).count()
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }

    /// The `completed` or `error` event of resume `id`.
    pub(crate) fn result(&self, id: &str) -> Sse {
        self.events()
            .into_iter()
            .find(|event| event.data["id"] == id && event.name != "processing")
            .unwrap_or_else(|| panic!("no result for {id}: {}", self.body))
    }
}

pub(crate) async fn post(server: &TestServer, body: impl Into<reqwest::Body>, content_type: &str) -> Reply {
    let response = reqwest::Client::new()
        .post(server.url("/api/analyze"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    Reply {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

pub(crate) async fn analyze(server: &TestServer, body: &Value) -> Reply {
    post(server, body.to_string(), "application/json").await
}

/// The upstream calls made for the resume whose text holds `id`.
fn calls_for(upstream: &FakeUpstream, id: &str) -> usize {
    let needle = format!("{id}: six years");
    upstream
        .received()
        .iter()
        .filter(|received| {
            received.body["messages"][1]["content"].as_str().unwrap_or_default().contains(&needle)
        })
        .count()
}

#[tokio::test]
async fn a_chunk_streams_processing_then_each_result_then_done() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let reply = analyze(&server, &request(vec![resume("r1", ""), resume("r2", ""), resume("r3", "")])).await;

    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers["content-type"], "text/event-stream");
    assert_eq!(reply.headers["cache-control"], "no-cache");
    assert_eq!(reply.headers["x-accel-buffering"], "no");
    let events = reply.events();
    let names: Vec<&str> = events.iter().map(|event| event.name.as_str()).collect();
    assert_eq!(
        names,
        ["processing", "processing", "processing", "completed", "completed", "completed", "done"]
    );
    assert_eq!(events[6].data, json!({"event": "done"}));
    for id in ["r1", "r2", "r3"] {
        let completed = reply.result(id).data;
        assert_eq!(completed["event"], "completed");
        assert_eq!(completed["analyser"], "llm");
        assert_eq!(completed["model"], "vendor/model-a", "the allowlist's first is the default");
        assert_eq!(
            completed["usage"],
            json!({"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500, "cost": 0.00042})
        );
        // The fake model met Rust with the resume's line and neither
        // PostgreSQL nor Kubernetes; the formula scored it: Rust 4 of 10
        // (required items weigh twice), must-haves 4 of 8.
        let analysis = &completed["analysis"];
        assert_eq!(
            analysis["matched_requirements"],
            json!([{"requirement": "Rust", "kind": "skill", "importance": "required",
                    "evidence": format!("{id}: six years of Rust at Acme."),
                    "requirement_id": "r1", "verdict": "met", "grounded": true}])
        );
        assert_eq!(
            analysis["missing_requirements"],
            json!([
                {"requirement": "PostgreSQL", "kind": "skill", "importance": "required", "requirement_id": "r2", "verdict": "not_met"},
                {"requirement": "Kubernetes", "kind": "skill", "importance": "preferred", "requirement_id": "r3", "verdict": "not_met"},
            ])
        );
        assert_eq!(analysis["overall_score"], 40);
        assert_eq!(
            analysis["component_scores"],
            json!({"skills": 40, "experience": 100, "education": 100, "must_haves": 50})
        );
        assert_eq!(analysis["concerns"], json!([]));
        assert_eq!(analysis["recommendations"]["decision"], "consider");
        assert_eq!(analysis["recommendations"]["summary"], "A fake reading: 1 of 3 requirements met.");
        assert_eq!(
            analysis["recommendations"]["interview_questions"],
            json!(["Can you tell us about PostgreSQL?", "Can you tell us about Kubernetes?"])
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn results_arrive_in_completion_order_not_request_order() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let reply = analyze(&server, &request(vec![resume("slow", "slow=300"), resume("quick", "")])).await;
    let order: Vec<String> = reply
        .events()
        .iter()
        .filter(|event| event.name == "completed")
        .map(|event| event.data["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(order, ["quick", "slow"]);
    server.stop().await;
}

#[tokio::test]
async fn the_upstream_gets_the_fixed_prompt_the_chosen_model_and_strict_settings() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let mut body = request(vec![resume("r1", "")]);
    body["options"] = json!({"model": "vendor/model-b"});
    let reply = analyze(&server, &body).await;
    assert_eq!(reply.result("r1").data["model"], "vendor/model-b");

    let received = upstream.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].authorization.as_deref(), Some(format!("Bearer {KEY}").as_str()));
    let resume_text = resume("r1", "")["text"].as_str().unwrap().to_owned();
    // Without a rubric in the request, the one the parser reads from the job
    // description.
    let rubric = shortlist_core::local::rubric(JOB);
    assert_eq!(
        received[0].body,
        json!({
            "model": "vendor/model-b",
            "messages": [
                {"role": "system", "content": prompt::SYSTEM_PROMPT},
                {"role": "user", "content": prompt::user_message(JOB, &rubric, &resume_text)},
            ],
            "temperature": 0,
            "max_tokens": 4096,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "analysis", "strict": true, "schema": prompt::analysis_schema(&rubric)},
            },
            "provider": {"require_parameters": true, "data_collection": "deny", "zdr": true},
        })
    );
    let schema = &received[0].body["response_format"]["json_schema"]["schema"];
    assert_eq!(
        schema["properties"]["verdicts"]["items"]["properties"]["requirement_id"]["enum"],
        json!(["r1", "r2", "r3"])
    );
    server.stop().await;
}

/// `Ok(())` for a `completed` event, else the `error` event's code and `retryable`.
type Expected = Result<(), (&'static str, bool)>;

/// Each fault, next to a healthy resume in the same chunk: the event it ends
/// in, and how many upstream calls it took (retries and repair included).
#[tokio::test]
async fn each_upstream_fault_ends_in_its_event_and_spares_the_rest_of_the_chunk() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    // (script, expected: Ok(()) for completed or Err((code, retryable)), upstream calls)
    let cases: &[(&str, Expected, usize)] = &[
        ("ok", Ok(()), 1),
        ("over", Ok(()), 1),
        ("status=500,ok", Ok(()), 2),
        ("status=502,status=503,ok", Ok(()), 3),
        ("status=408,status=504,ok", Ok(()), 3),
        ("status=503", Err(("upstream_unavailable", true)), 3),
        ("status=429", Err(("upstream_rate_limited", true)), 3),
        ("status=400", Err(("upstream_rejected", false)), 1),
        ("status=401", Err(("upstream_rejected", false)), 1),
        ("status=402", Err(("upstream_rejected", false)), 1),
        ("status=403", Err(("upstream_rejected", false)), 1),
        ("malformed,ok", Ok(()), 2),
        ("prose,ok", Ok(()), 2),
        ("schema,ok", Ok(()), 2),
        ("prose", Err(("invalid_reply", true)), 2),
        ("schema", Err(("invalid_reply", true)), 2),
        ("error-object", Err(("upstream_error", true)), 1),
        ("finish-error", Err(("upstream_error", true)), 1),
        ("drop,ok", Ok(()), 2),
        ("drop", Err(("upstream_unavailable", true)), 3),
        ("hang", Err(("upstream_timeout", true)), 3),
    ];
    let replies = join_all(cases.iter().enumerate().map(|(index, (script, _, _))| {
        let body =
            request(vec![resume(&format!("fault{index}"), script), resume(&format!("fine{index}"), "")]);
        let server = &server;
        async move { analyze(server, &body).await }
    }))
    .await;

    for (index, ((script, expected, calls), reply)) in cases.iter().zip(&replies).enumerate() {
        let id = format!("fault{index}");
        let result = reply.result(&id).data;
        match expected {
            Ok(()) => assert_eq!(result["event"], "completed", "{script}: {result}"),
            Err((code, retryable)) => {
                assert_eq!(result["event"], "error", "{script}: {result}");
                assert_eq!(result["code"], *code, "{script}: {result}");
                assert_eq!(result["retryable"], *retryable, "{script}: {result}");
                assert!(!result["message"].as_str().unwrap().is_empty(), "{script}");
            }
        }
        assert_eq!(calls_for(&upstream, &id), *calls, "{script}: upstream calls");
        assert_eq!(
            reply.result(&format!("fine{index}")).data["event"],
            "completed",
            "{script}: the other resume"
        );
        assert_eq!(reply.events().last().unwrap().name, "done", "{script}");
    }
    // The model's own numbers are not read: the formula scores its verdicts.
    let over = replies[1].result("fault1").data;
    assert_eq!(over["analysis"]["overall_score"], 40, "not the model's 250");
    assert_eq!(over["analysis"]["component_scores"]["skills"], 40, "not the model's -3");
    assert!(over["analysis"].get("mood").is_none(), "unknown fields dropped");
    assert!(over["analysis"]["matched_requirements"][0].get("confidence").is_none());
    let repaired = replies[12].result("fault12").data;
    assert_eq!(repaired["usage"]["total_tokens"], 3000, "usage sums the repair attempt");
    server.stop().await;
}

#[tokio::test]
async fn the_repair_attempt_names_the_problem_after_the_first_reply() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    analyze(&server, &request(vec![resume("r1", "schema,ok")])).await;
    let received = upstream.received();
    assert_eq!(received.len(), 2);
    let messages = received[1].body["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 4);
    assert_eq!(messages[..2], received[0].body["messages"].as_array().unwrap()[..]);
    assert_eq!(messages[2]["role"], "assistant");
    assert_eq!(messages[3]["role"], "user");
    assert!(messages[3]["content"].as_str().unwrap().contains("`verdicts` is missing"), "{}", messages[3]);
    server.stop().await;
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let reply = analyze(&server, &request(vec![resume("r1", "status=429/1,ok")])).await;
    assert_eq!(reply.result("r1").name, "completed");
    let received = upstream.received();
    assert_eq!(received.len(), 2);
    let gap = received[1].at - received[0].at;
    assert!(gap >= Duration::from_secs(1), "retried after {gap:?}");
    server.stop().await;
}

#[tokio::test]
async fn a_retry_after_beyond_the_total_timeout_fails_at_once() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let started = Instant::now();
    let reply = analyze(&server, &request(vec![resume("r1", "status=429/60,ok")])).await;
    let result = reply.result("r1").data;
    assert_eq!(
        (result["code"].as_str(), result["retryable"].as_bool()),
        (Some("upstream_rate_limited"), Some(true))
    );
    assert_eq!(upstream.received().len(), 1);
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    server.stop().await;
}

#[tokio::test]
async fn the_total_timeout_bounds_a_slow_resume() {
    let upstream = fake().await;
    let config = ProxyConfig {
        first_byte_timeout: Duration::from_secs(10),
        total_timeout: Duration::from_millis(600),
        ..config(&upstream)
    };
    let (server, _dist) = start(config).await;
    let started = Instant::now();
    let reply = analyze(&server, &request(vec![resume("r1", "slow=5000"), resume("r2", "")])).await;
    assert_eq!(reply.result("r1").data["code"], "upstream_timeout");
    assert_eq!(reply.result("r2").name, "completed");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    server.stop().await;
}

#[tokio::test]
async fn keep_alive_comments_flow_while_the_upstream_thinks() {
    let upstream = fake().await;
    let config = ProxyConfig { keep_alive: Duration::from_millis(50), ..config(&upstream) };
    let (server, _dist) = start(config).await;
    let reply = analyze(&server, &request(vec![resume("r1", "slow=350")])).await;
    assert_eq!(reply.result("r1").name, "completed");
    assert!(reply.keep_alive_comments() >= 3, "{}", reply.body);
    server.stop().await;
}

/// Each bad request: its status and JSON error, and the upstream never called.
#[tokio::test]
async fn bad_requests_get_a_json_error_naming_the_limit() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let limits = RequestLimits::current();
    let long_job = request(vec![resume("r1", "")]);
    let mut long_job = long_job;
    long_job["job_description"] = json!("j".repeat(limits.max_job_description_chars + 1));
    let mut long_resume = request(vec![resume("r1", "")]);
    long_resume["resumes"][0]["text"] = json!("é".repeat(limits.max_resume_chars + 1));
    let too_many = request((0..6).map(|index| resume(&format!("r{index}"), "")).collect());
    let mut other_model = request(vec![resume("r1", "")]);
    other_model["options"] = json!({"model": "vendor/expensive"});
    let huge = json!({"job_description": JOB, "resumes": [{"id": "r1", "text": "x".repeat(limits.max_request_bytes)}]});

    let cases: Vec<(String, &str, StatusCode, &str, String)> = vec![
        (
            "{not json".to_owned(),
            "application/json",
            StatusCode::BAD_REQUEST,
            "bad_request",
            "parse".to_owned(),
        ),
        (
            r#"{"resumes": []}"#.to_owned(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
            "job_description".to_owned(),
        ),
        (
            request(vec![resume("r1", "")]).to_string(),
            "text/plain",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "application/json".to_owned(),
        ),
        (
            huge.to_string(),
            "application/json",
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            limits.max_request_bytes.to_string(),
        ),
        (
            long_job.to_string(),
            "application/json",
            StatusCode::PAYLOAD_TOO_LARGE,
            "job_description_too_long",
            "the limit is 20000".to_owned(),
        ),
        (
            long_resume.to_string(),
            "application/json",
            StatusCode::PAYLOAD_TOO_LARGE,
            "resume_too_long",
            "the limit is 60000".to_owned(),
        ),
        (
            too_many.to_string(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_many_resumes",
            "the limit is 5 a request".to_owned(),
        ),
        (
            request(vec![]).to_string(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
            "no resumes".to_owned(),
        ),
        (
            other_model.to_string(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "model_not_allowed",
            "/api/config".to_owned(),
        ),
    ];
    for (body, content_type, status, code, names) in cases {
        let reply = post(&server, body, content_type).await;
        assert_eq!(reply.status, status, "{code}: {}", reply.body);
        assert_eq!(reply.headers["content-type"], "application/json", "{code}");
        let error = reply.json();
        assert_eq!(error["code"], code, "{error}");
        assert!(error["message"].as_str().unwrap().contains(&names), "{code}: {error}");
    }
    assert!(upstream.received().is_empty(), "nothing reached the upstream");
    server.stop().await;
}

#[tokio::test]
async fn the_key_appears_in_no_response() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let mut bodies = Vec::new();
    for path in ["/api/config", "/api/health", "/api/nope", "/"] {
        let response = reqwest::get(server.url(path)).await.unwrap();
        bodies.push(format!("{:?}", response.headers()));
        bodies.push(response.text().await.unwrap());
    }
    let faults = request(vec![
        resume("a", "status=401"),
        resume("b", "status=402"),
        resume("c", "error-object"),
        resume("d", ""),
    ]);
    for reply in [analyze(&server, &faults).await, post(&server, "{", "application/json").await] {
        bodies.push(format!("{:?}", reply.headers));
        bodies.push(reply.body);
    }
    assert_eq!(upstream.received()[0].authorization.as_deref(), Some(format!("Bearer {KEY}").as_str()));
    for body in bodies {
        assert!(!body.contains(KEY) && !body.contains("test-key"), "{body}");
    }
    server.stop().await;
}

#[tokio::test]
async fn config_says_which_analyser_answers_and_which_models_are_allowed() {
    let upstream = fake().await;
    let (server, _dist) = start(ProxyConfig { token: Some(Secret::new("t")), ..config(&upstream) }).await;
    let config: ServerConfig = reqwest::get(server.url("/api/config")).await.unwrap().json().await.unwrap();
    assert_eq!(config.analyzer, Analyzer::Llm);
    assert_eq!(config.models, ["vendor/model-a", "vendor/model-b"]);
    assert_eq!(config.request_limits, RequestLimits::current());
    assert!(config.token_required);
    // For the egress receipt (#7).
    let routing = config.routing.unwrap();
    assert_eq!((routing.zdr, routing.data_collection.as_str()), (true, "deny"));
    server.stop().await;

    let (server, _dist) = start(ProxyConfig::default()).await;
    let config: ServerConfig = reqwest::get(server.url("/api/config")).await.unwrap().json().await.unwrap();
    assert_eq!(config.analyzer, Analyzer::Local);
    assert!(config.models.is_empty());
    assert!(!config.token_required);
    assert_eq!(config.routing, None);
    server.stop().await;
}

/// Without a key the built-in analyser answers, resume by resume, and says so.
#[tokio::test]
async fn without_a_key_the_local_analyser_answers_each_resume() {
    let (server, _dist) = start(ProxyConfig::default()).await;
    let fit = json!({"id": "fit", "text": "Backend engineer, 2016 - present: Rust, PostgreSQL, Kubernetes at Acme."});
    let other =
        json!({"id": "other", "text": "Pastry chef, 2012 - 2020: bread, cakes and catering at Chez Marie."});
    let reply = analyze(&server, &request(vec![fit, other])).await;
    assert_eq!(reply.status, StatusCode::OK);
    let score = |id: &str| {
        let completed = reply.result(id);
        assert_eq!(completed.name, "completed", "{}", reply.body);
        assert_eq!(completed.data["analyser"], "local");
        assert_eq!(completed.data["model"], "shortlist-local");
        assert!(completed.data.get("usage").is_none());
        completed.data["analysis"]["overall_score"].as_u64().unwrap()
    };
    assert!(score("fit") > score("other"), "{}", reply.body);
    let missing = &reply.result("other").data["analysis"]["missing_requirements"];
    assert!(missing.as_array().unwrap().iter().any(|item| item["requirement"] == "Rust"), "{missing}");
    assert_eq!(reply.events().last().unwrap().name, "done");
    server.stop().await;
}

#[tokio::test]
async fn an_access_token_is_required_when_configured() {
    let upstream = fake().await;
    let (server, _dist) =
        start(ProxyConfig { token: Some(Secret::new("let-me-in")), ..config(&upstream) }).await;
    let body = request(vec![resume("r1", "")]).to_string();
    for (authorization, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some("Bearer wrong"), StatusCode::UNAUTHORIZED),
        (Some("let-me-in"), StatusCode::UNAUTHORIZED),
        (Some("Bearer let-me-in"), StatusCode::OK),
    ] {
        let mut request = reqwest::Client::new()
            .post(server.url("/api/analyze"))
            .header("content-type", "application/json")
            .body(body.clone());
        if let Some(authorization) = authorization {
            request = request.header("authorization", authorization);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), status, "{authorization:?}");
        if status == StatusCode::UNAUTHORIZED {
            assert_eq!(response.headers()["www-authenticate"], "Bearer");
            assert_eq!(response.json::<Value>().await.unwrap()["code"], "unauthorized");
        } else {
            assert!(response.text().await.unwrap().contains("\"event\":\"completed\""));
        }
    }
    assert_eq!(upstream.received().len(), 1, "only the authorised request reached the upstream");
    server.stop().await;
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after() {
    let upstream = fake().await;
    let (server, _dist) = start(ProxyConfig { rate_limit_per_minute: 2, ..config(&upstream) }).await;
    let body = request(vec![resume("r1", "")]);
    assert_eq!(analyze(&server, &body).await.status, StatusCode::OK);
    assert_eq!(analyze(&server, &body).await.status, StatusCode::OK);
    let refused = analyze(&server, &body).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = refused.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=30).contains(&retry_after), "{retry_after}");
    assert_eq!(refused.json()["code"], "rate_limited");
    assert_eq!(upstream.received().len(), 2);
    server.stop().await;
}

#[tokio::test]
async fn cors_answers_only_the_allowed_origins() {
    let upstream = fake().await;
    let allowed = "https://jobs.example.com";
    let (server, _dist) =
        start(ProxyConfig { allowed_origins: vec![allowed.to_owned()], ..config(&upstream) }).await;
    let preflight = |origin: &'static str| {
        reqwest::Client::new()
            .request(reqwest::Method::OPTIONS, server.url("/api/analyze"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type,authorization")
            .send()
    };
    let response = preflight(allowed).await.unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], allowed);
    let response = preflight("https://evil.example").await.unwrap();
    assert!(response.headers().get("access-control-allow-origin").is_none());
    server.stop().await;
}

/// The real binary, started from an empty folder with every log level on:
/// after a run of good, faulty and bad requests carrying marker text, the
/// folder is still empty and neither the texts nor the key are in its logs.
#[tokio::test]
async fn the_server_writes_no_file_and_logs_no_text() {
    let upstream = fake().await;
    let cwd = tempfile::tempdir().unwrap();
    let addr = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_shortlist"))
        .args(["serve", "--addr", &addr, "--dist", "no-dist", "--upstream-url", &upstream.url()])
        .args(["--first-byte-timeout", "0.4", "--total-timeout", "3"])
        .current_dir(cwd.path())
        .env("OPENROUTER_API_KEY", KEY)
        .env("RUST_LOG", "trace")
        .env_remove("SHORTLIST_ADDR")
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
    let job = "Job text MARKER-JD-7781 asks for Rust.";
    let text = |script: &str| format!("Resume MARKER-CV-5523 with Rust.\n{SCRIPT_MARKER} {script}\n");
    let good = json!({"job_description": job, "resumes": [
        {"id": "r1", "text": text("ok")}, {"id": "r2", "text": text("prose")}, {"id": "r3", "text": text("status=500,ok")},
        {"id": "r4", "text": text("schema,ok")}, {"id": "r5", "text": text("drop")},
    ]});
    let bad_type = json!({"job_description": job, "resumes": [{"id": "r1", "text": ["MARKER-CV-5523"]}]});
    let client = reqwest::Client::new();
    let mut statuses = HashMap::new();
    for body in
        [good.to_string(), bad_type.to_string(), format!("{{\"job_description\": \"{job}\", MARKER-CV-5523")]
    {
        let response = client
            .post(format!("{base}/api/analyze"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        statuses.insert(status, text);
    }
    assert!(statuses[&200].contains("\"event\":\"done\""), "{statuses:?}");
    assert!(statuses.contains_key(&422) && statuses.contains_key(&400), "{statuses:?}");

    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let output = tokio::task::spawn_blocking(move || {
        let _ = child.wait();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    let logs =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(logs.contains("resume analysed") && logs.contains("TRACE"), "trace logging was on: {logs}");
    for secret in ["MARKER-JD", "MARKER-CV", "six years of Rust", KEY] {
        assert!(!logs.contains(secret), "{secret} in the logs:\n{logs}");
    }
    let left: Vec<_> = std::fs::read_dir(cwd.path()).unwrap().collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
}

#[tokio::test]
async fn upstream_calls_wait_for_the_global_cap() {
    let upstream = fake().await;
    let (server, _dist) = start(ProxyConfig { max_upstream_calls: 1, ..config(&upstream) }).await;
    let resumes = (0..3).map(|index| resume(&format!("r{index}"), "slow=200")).collect();
    let reply = analyze(&server, &request(resumes)).await;
    assert_eq!(reply.events().iter().filter(|event| event.name == "completed").count(), 3, "{}", reply.body);
    let mut arrivals: Vec<Instant> = upstream.received().iter().map(|received| received.at).collect();
    arrivals.sort();
    for pair in arrivals.windows(2) {
        assert!(
            pair[1] - pair[0] >= Duration::from_millis(190),
            "one call at a time: {:?}",
            pair[1] - pair[0]
        );
    }
    server.stop().await;
}

/// A page that closes the stream (the recruiter left) stops the work: the
/// upstream calls still in flight are dropped, not left running.
#[tokio::test]
async fn a_client_that_goes_away_cancels_its_upstream_calls() {
    let upstream = fake().await;
    let config = ProxyConfig {
        first_byte_timeout: Duration::from_secs(30),
        total_timeout: Duration::from_secs(30),
        ..config(&upstream)
    };
    let (server, _dist) = start(config).await;
    let body = request(vec![resume("r1", "hang"), resume("r2", "hang")]);
    let mut response = reqwest::Client::new()
        .post(server.url("/api/analyze"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let first = response.chunk().await.unwrap().unwrap();
    assert!(String::from_utf8_lossy(&first).contains("processing"));
    let started = Instant::now();
    while upstream.received().len() < 2 {
        assert!(started.elapsed() < Duration::from_secs(5), "both calls reach the upstream");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(upstream.abandoned(), 0);
    drop(response);
    while upstream.abandoned() < 2 {
        assert!(started.elapsed() < Duration::from_secs(5), "the upstream calls were not cancelled");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.stop().await;
}
