//! The page analyses through the server: chunks of five, live status, ranked
//! results, and one resume failing upstream without taking the batch down.

use std::path::Path;
use std::time::Duration;

use fantoccini::{Client, Locator};
use shortlist_fake_upstream::{FakeUpstream, SCRIPT_MARKER};

use crate::support::page::{is_enabled, text, texts, wait_until};
use crate::support::{Browser, TestServer, artifacts_dir};

/// Opens the page, types a job description and adds one TXT resume per
/// script (a fake-upstream script line, or none), then waits until Analyze
/// is available.
async fn add_resumes(client: &Client, server: &TestServer, dir: &Path, scripts: &[&str]) {
    let mut paths = Vec::new();
    for (i, script) in scripts.iter().enumerate() {
        let script = if script.is_empty() { String::new() } else { format!("{SCRIPT_MARKER} {script}\n") };
        let text = format!(
            "Candidate {}\nBackend engineer, 2018 - present: Rust, PostgreSQL at Acme.\n{script}",
            i + 1
        );
        let path = dir.join(format!("candidate-{}.txt", i + 1));
        std::fs::write(&path, text).unwrap();
        paths.push(path.display().to_string());
    }
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys("Rust engineer").await.unwrap();
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(&paths.join("\n")).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
}

#[tokio::test]
async fn the_server_analyses_the_batch_in_chunks_and_one_failure_stays_one() {
    let upstream = FakeUpstream::start(Duration::from_millis(20), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    // The upstream fails the fourth three times (first try and two retries),
    // then answers: the recruiter's Retry gets it through.
    let mut scripts = [""; 7];
    scripts[3] = "status=500,status=500,status=500,ok";
    add_resumes(client, &server, dir.path(), &scripts).await;
    assert!(client.find(Locator::Css("#mode-server")).await.unwrap().is_selected().await.unwrap());

    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    wait_until("every resume has a result", 60, async || {
        texts(client, ".progress span").await.first().is_some_and(|progress| progress == "7 of 7 analysed")
    })
    .await;

    let runs = texts(client, ".resume-list .run").await;
    assert_eq!(runs.iter().filter(|run| *run == "Analysed").count(), 6, "{runs:?}");
    assert!(runs[3].starts_with("Analysis failed: "), "{runs:?}");
    assert_eq!(texts(client, ".ranking tr.analysed").await.len(), 6);
    assert!(is_enabled(client, "#analyze").await, "the run is over");

    // Two requests of at most five resumes; the key never reached the page.
    let posts = server.requests().iter().filter(|request| *request == "POST /api/analyze").count();
    assert_eq!(posts, 2);

    // Retry sends just the failed resume again.
    client
        .find(Locator::Css("button[aria-label='Retry candidate-4.txt']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_until("the retried resume is analysed", 30, async || {
        texts(client, ".resume-list .run").await.iter().all(|run| run == "Analysed")
    })
    .await;
    assert_eq!(texts(client, ".ranking tr.analysed").await.len(), 7);
    let posts = server.requests().iter().filter(|request| *request == "POST /api/analyze").count();
    assert_eq!(posts, 3);
    assert!(!client.source().await.unwrap().contains("sk-e2e-key"));
    assert!(
        upstream.received().iter().all(|call| call.authorization.as_deref() == Some("Bearer sk-e2e-key"))
    );
    assert!(text(client, "#status").await.starts_with("7 resumes"));
    std::fs::write(artifacts_dir().join("server-run.png"), client.screenshot().await.unwrap()).unwrap();

    browser.close().await;
    server.stop().await;
}

#[tokio::test]
async fn cancel_stops_what_is_in_flight_and_keeps_what_finished() {
    let upstream = FakeUpstream::start(Duration::from_millis(10), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    // The first answers at once; the others never do.
    add_resumes(client, &server, dir.path(), &["", "hang", "hang"]).await;
    assert!(!is_enabled(client, "#cancel").await, "nothing to cancel yet");

    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    wait_until("the first resume is analysed", 30, async || {
        texts(client, ".resume-list .run").await.first().is_some_and(|run| run == "Analysed")
    })
    .await;
    assert!(is_enabled(client, "#cancel").await);
    client.find(Locator::Css("#cancel")).await.unwrap().click().await.unwrap();

    let runs = texts(client, ".resume-list .run").await;
    assert_eq!(runs, ["Analysed", "CancelledRetry", "CancelledRetry"]);
    assert_eq!(texts(client, ".ranking tr.analysed").await.len(), 1, "what finished stays");
    assert!(is_enabled(client, "#analyze").await);
    assert!(!is_enabled(client, "#cancel").await);
    // The server noticed the page went away and dropped the upstream calls.
    wait_until("the upstream calls are abandoned", 10, async || upstream.abandoned() == 2).await;

    browser.close().await;
    server.stop().await;
}
