//! `POST /api/requirements` over a real socket (issue #12): the built-in
//! parser's reading without a key or when asked for, the model's (the fake
//! upstream's) with one, numbered, guarded and within the limits; the
//! requests refused and the upstream's failures.

use reqwest::StatusCode;
use serde_json::{Value, json};
use shortlist_core::limits::MAX_RUBRIC_REQUIREMENTS;
use shortlist_core::local;
use shortlist_core::prompt::requirements::{
    REQUIREMENTS_SYSTEM_PROMPT, requirements_message, requirements_schema,
};
use shortlist_core::rubric::Rubric;
use shortlist_fake_upstream::SCRIPT_MARKER;
use shortlist_proxy::{ProxyConfig, Secret};

use crate::analyze::{Reply, config, fake, start};
use crate::support::TestServer;

const POSTING: &str = "Backend engineer at Acme.\n\nRequirements:\n- Rust\n- PostgreSQL\n- Must be under 35\n\
                       - Kubernetes (preferred)\n\nWe offer a pension.";

async fn read(server: &TestServer, body: &Value) -> Reply {
    send(server, body.to_string(), "application/json", None).await
}

async fn send(server: &TestServer, body: String, content_type: &str, token: Option<&str>) -> Reply {
    let mut request = reqwest::Client::new()
        .post(server.url("/api/requirements"))
        .header("content-type", content_type)
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    Reply {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

/// (id, text, importance) of each item.
fn items(rubric: &Value) -> Vec<(String, String, String)> {
    rubric["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let field = |name: &str| item[name].as_str().unwrap().to_owned();
            (field("id"), field("text"), field("importance"))
        })
        .collect()
}

#[tokio::test]
async fn without_a_key_or_when_asked_the_built_in_parser_reads_the_requirements() {
    let expected = serde_json::to_value(local::rubric(POSTING)).unwrap();
    let (server, _dist) = start(ProxyConfig::default()).await;
    for reader in [json!("model"), json!("local"), Value::Null] {
        let mut body = json!({"job_description": POSTING});
        if !reader.is_null() {
            body["reader"] = reader.clone();
        }
        let reply = read(&server, &body).await;
        assert_eq!(reply.status, StatusCode::OK, "{reader}: {}", reply.body);
        assert_eq!(reply.headers["content-type"], "application/json");
        let answer = reply.json();
        assert_eq!((&answer["analyser"], &answer["model"]), (&json!("local"), &json!("shortlist-local")));
        assert_eq!(answer["rubric"], expected, "{reader}");
    }
    server.stop().await;

    // With a key, `reader: local` still stays on the server.
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let answer = read(&server, &json!({"job_description": POSTING, "reader": "local"})).await.json();
    assert_eq!(answer["analyser"], "local");
    assert_eq!(answer["rubric"], expected);
    assert!(upstream.received().is_empty(), "nothing reached the upstream");
    server.stop().await;
}

#[tokio::test]
async fn the_model_reads_the_requirements_numbered_and_guarded() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let reply = read(&server, &json!({"job_description": POSTING, "model": "vendor/model-b"})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let answer = reply.json();
    assert_eq!((&answer["analyser"], &answer["model"]), (&json!("llm"), &json!("vendor/model-b")));
    let item =
        |id: &str, text: &str, importance: &str| (id.to_owned(), text.to_owned(), importance.to_owned());
    assert_eq!(
        items(&answer["rubric"]),
        [
            item("r1", "Rust", "required"),
            item("r2", "PostgreSQL", "required"),
            item("r3", "Kubernetes (preferred)", "preferred"),
        ]
    );
    assert_eq!(answer["rubric"]["requirements"][0]["weight"], 2, "no weight given: the ordinary one");
    assert_eq!(answer["rubric"]["left_out"][0]["text"], "Must be under 35");
    assert!(answer["rubric"]["left_out"][0]["reason"].as_str().unwrap().contains("age"), "{answer}");
    let rubric: Rubric = serde_json::from_value(answer["rubric"].clone()).unwrap();
    assert_eq!(rubric.check(), Ok(()));

    let received = upstream.received();
    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0].body,
        json!({
            "model": "vendor/model-b",
            "messages": [
                {"role": "system", "content": REQUIREMENTS_SYSTEM_PROMPT},
                {"role": "user", "content": requirements_message(POSTING)},
            ],
            "temperature": 0,
            "max_tokens": 4096,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "requirements", "strict": true, "schema": requirements_schema()},
            },
            "provider": {"require_parameters": true, "data_collection": "deny", "zdr": true},
        })
    );
    server.stop().await;
}

#[tokio::test]
async fn a_long_reading_by_the_model_is_kept_within_the_rubrics_limits() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let lines: Vec<String> = (1..=45).map(|index| format!("- Skill number {index}")).collect();
    let long = format!("- {}", "Distributed systems ".repeat(40));
    let posting = format!("Requirements:\n{long}\n{}", lines.join("\n"));
    let answer = read(&server, &json!({"job_description": posting})).await.json();
    let rubric: Rubric = serde_json::from_value(answer["rubric"].clone()).unwrap();
    assert_eq!(rubric.check(), Ok(()));
    assert_eq!(rubric.requirements.len(), MAX_RUBRIC_REQUIREMENTS);
    assert_eq!(rubric.requirements[39].id, "r40");
    assert!(rubric.requirements[0].text.ends_with('…') && rubric.requirements[0].text.chars().count() == 500);
    let beyond: Vec<&str> = rubric.left_out.iter().map(|it| it.text.as_str()).collect();
    assert_eq!(
        beyond,
        [
            "Skill number 40",
            "Skill number 41",
            "Skill number 42",
            "Skill number 43",
            "Skill number 44",
            "Skill number 45"
        ]
    );
    assert!(
        rubric.left_out.iter().all(|it| it.reason.contains("beyond the first 40")),
        "{:?}",
        rubric.left_out
    );
    server.stop().await;
}

#[tokio::test]
async fn requests_that_break_a_rule_are_refused_before_anything_is_read() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let long = json!({"job_description": "x".repeat(20_001)});
    let cases: [(String, &str, StatusCode, &str, &str); 6] = [
        (
            json!({"job_description": " \n "}).to_string(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
            "the job description is empty",
        ),
        (
            long.to_string(),
            "application/json",
            StatusCode::PAYLOAD_TOO_LARGE,
            "job_description_too_long",
            "the limit is 20000",
        ),
        (
            json!({"job_description": POSTING}).to_string(),
            "text/plain",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "application/json",
        ),
        ("{not json".to_owned(), "application/json", StatusCode::BAD_REQUEST, "bad_request", "parse"),
        (
            json!({"job": POSTING}).to_string(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
            "job_description",
        ),
        (
            json!({"job_description": POSTING, "model": "vendor/expensive"}).to_string(),
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
            "model_not_allowed",
            "/api/config",
        ),
    ];
    for (body, content_type, status, code, names) in cases {
        let reply = send(&server, body, content_type, None).await;
        assert_eq!(reply.status, status, "{code}: {}", reply.body);
        let error = reply.json();
        assert_eq!(error["code"], code, "{error}");
        assert!(error["message"].as_str().unwrap().contains(names), "{code}: {error}");
    }
    let huge = json!({"job_description": "x".repeat(3 * 1024 * 1024)}).to_string();
    let reply = send(&server, huge, "application/json", None).await;
    assert_eq!(
        (reply.status, reply.json()["code"].clone()),
        (StatusCode::PAYLOAD_TOO_LARGE, json!("payload_too_large"))
    );
    assert!(upstream.received().is_empty(), "nothing reached the upstream");
    server.stop().await;
}

#[tokio::test]
async fn the_token_and_the_rate_limit_guard_the_route_as_they_guard_analysis() {
    let upstream = fake().await;
    let guarded =
        ProxyConfig { token: Some(Secret::new("let-me-in")), rate_limit_per_minute: 2, ..config(&upstream) };
    let (server, _dist) = start(guarded).await;
    let body = json!({"job_description": POSTING, "reader": "local"}).to_string();
    let refused = send(&server, body.clone(), "application/json", None).await;
    assert_eq!(
        (refused.status, refused.json()["code"].clone()),
        (StatusCode::UNAUTHORIZED, json!("unauthorized"))
    );
    assert_eq!(
        send(&server, body.clone(), "application/json", Some("let-me-in")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        send(&server, body.clone(), "application/json", Some("let-me-in")).await.status,
        StatusCode::OK
    );
    let limited = send(&server, body, "application/json", Some("let-me-in")).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers.contains_key("retry-after"));
    server.stop().await;
}

/// The upstream's failures end in an error with the code an analysis `error`
/// event would carry and a sentence saying what happened.
#[tokio::test]
async fn the_upstreams_failures_are_errors_that_say_what_went_wrong() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let cases: [(&str, StatusCode, &str, &str); 6] = [
        ("status=503", StatusCode::BAD_GATEWAY, "upstream_unavailable", "HTTP 503"),
        ("status=429", StatusCode::SERVICE_UNAVAILABLE, "upstream_rate_limited", "rate limiting"),
        ("status=401", StatusCode::BAD_GATEWAY, "upstream_rejected", "key"),
        ("prose", StatusCode::BAD_GATEWAY, "invalid_reply", "not a valid list of requirements"),
        ("error-object", StatusCode::BAD_GATEWAY, "upstream_error", "reported an error"),
        ("hang", StatusCode::GATEWAY_TIMEOUT, "upstream_timeout", "did not answer"),
    ];
    for (script, status, code, names) in cases {
        let posting = format!("Requirements:\n- Rust\n{SCRIPT_MARKER} {script}\n");
        let reply = read(&server, &json!({"job_description": posting})).await;
        assert_eq!(reply.status, status, "{script}: {}", reply.body);
        let error = reply.json();
        assert_eq!(error["code"], code, "{script}: {error}");
        assert!(error["message"].as_str().unwrap().contains(names), "{script}: {error}");
    }
    // A reply repaired on the second try is a reading like any other.
    let posting = format!("Requirements:\n- Rust\n{SCRIPT_MARKER} schema,ok\n");
    let answer = read(&server, &json!({"job_description": posting})).await.json();
    assert_eq!(items(&answer["rubric"]), [("r1".to_owned(), "Rust".to_owned(), "required".to_owned())]);
    server.stop().await;
}
