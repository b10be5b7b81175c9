//! The API and the headers, over a real socket.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use shortlist_core::{Health, Limits, ServerConfig};

use crate::support::{TestServer, dist_dir};

async fn get(server: &TestServer, path: &str) -> reqwest::Response {
    reqwest::get(server.url(path)).await.expect("request")
}

#[tokio::test]
async fn health_reports_the_version() {
    let server = TestServer::start(&dist_dir()).await;
    let response = get(&server, "/api/health").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Health>().await.unwrap(), Health::ok());
    server.stop().await;
}

#[tokio::test]
async fn config_reports_the_limits_the_page_enforces() {
    let server = TestServer::start(&dist_dir()).await;
    let config: ServerConfig = get(&server, "/api/config").await.json().await.unwrap();
    assert_eq!(config.limits, Limits::current());
    assert_eq!(config.limits.max_resumes, 10);
    assert_eq!(config.limits.chunk_size, 5);
    server.stop().await;
}

#[tokio::test]
async fn unknown_api_paths_and_methods_answer_with_json_errors() {
    let server = TestServer::start(&dist_dir()).await;

    let response = get(&server, "/api/nope").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({"code": "not_found", "message": "no such endpoint: /api/nope"})
    );

    let response = reqwest::Client::new().post(server.url("/api/health")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "method_not_allowed");
    server.stop().await;
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let server = TestServer::start(&dist_dir()).await;
    for path in ["/", "/api/health", "/api/nope", "/no-such-file.js"] {
        let response = get(&server, path).await;
        let header = |name: &str| {
            response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("http:") && !csp.contains("https:") && !csp.contains('*'), "{path}: {csp}");
        assert!(!csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"), "{path}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
    }
    server.stop().await;
}

/// The wasm loader trunk writes inline into index.html must be allowed by
/// hash, and nothing else inline.
#[tokio::test]
async fn the_policy_allows_exactly_the_inline_scripts_of_the_page() {
    let server = TestServer::start(&dist_dir()).await;
    let response = get(&server, "/").await;
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let html = response.text().await.unwrap();

    let inline: Vec<&str> = html
        .split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (attributes, body) = rest.split_once('>')?;
            let (body, _) = body.split_once("</script>")?;
            (!attributes.contains("src=") && !body.trim().is_empty()).then_some(body)
        })
        .collect();
    assert!(!inline.is_empty(), "trunk's page loads its wasm from an inline module script");
    for script in &inline {
        let hash = format!("'sha256-{}'", STANDARD.encode(Sha256::digest(script.as_bytes())));
        assert!(csp.contains(&hash), "{hash} missing from {csp}");
    }
    assert_eq!(csp.matches("'sha256-").count(), inline.len(), "{csp}");
    server.stop().await;
}

#[tokio::test]
async fn without_a_built_page_the_api_still_answers() {
    let empty = tempfile::tempdir().unwrap();
    let server = TestServer::start(empty.path()).await;
    let page = get(&server, "/").await;
    assert_eq!(page.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.text().await.unwrap().contains("scripts/run"));
    assert_eq!(get(&server, "/api/health").await.status(), StatusCode::OK);
    server.stop().await;
}
