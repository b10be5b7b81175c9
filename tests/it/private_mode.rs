//! Private mode: the built-in analyser runs in the page, and nothing leaves it.

use fantoccini::Locator;
use shortlist_fixtures::{RESUME, docx};

use crate::support::page::{is_enabled, texts, wait_until};
use crate::support::{Browser, TestServer, artifacts_dir, dist_dir};

#[tokio::test]
async fn private_mode_ranks_resumes_without_sending_anything() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let strong = dir.path().join("maria.docx");
    std::fs::write(&strong, docx(RESUME)).unwrap();
    let weak = dir.path().join("jo.txt");
    std::fs::write(&weak, "Jo Smith\nWelder, 2015 - 2020, Acme Metalworks.\nForklift licence.\n".repeat(3))
        .unwrap();

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    client
        .find(Locator::Css("#job-description"))
        .await
        .unwrap()
        .send_keys("Backend Engineer\nRequired: Rust, PostgreSQL, Kubernetes.\nNice to have: Python.")
        .await
        .unwrap();
    let input = client.find(Locator::Css("#resumes")).await.unwrap();
    input.send_keys(&format!("{}\n{}", strong.display(), weak.display())).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;

    client.find(Locator::Css("#mode-private")).await.unwrap().click().await.unwrap();
    let before = server.requests();
    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css(".ranking tr.analysed")).await.unwrap();

    assert_eq!(texts(client, ".ranking .name").await, ["maria.docx", "jo.txt"]);
    let scores: Vec<u32> = texts(client, ".ranking tbody td.overall .value")
        .await
        .iter()
        .map(|score| score.parse().unwrap())
        .collect();
    assert!(scores[0] > scores[1], "{scores:?}");
    assert!(texts(client, ".status .notice").await[0].contains("nothing was sent"));

    // Open the top resume: its evidence is quoted from the resume.
    client
        .find(Locator::Css(".ranking tbody tr:first-child button.open"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let matched = texts(client, "#detail .matched li").await;
    assert!(matched.iter().any(|item| item.starts_with("Rust") && item.contains("Tokio")), "{matched:?}");
    client.execute("document.querySelector('.results').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("private-mode.png"), client.screenshot().await.unwrap()).unwrap();

    // Nothing reached the server while analysing, and the page never called
    // the API at all: only its own files were loaded.
    assert_eq!(server.requests(), before, "requests during analysis");
    let all = server.requests();
    assert!(all.iter().all(|request| request.starts_with("GET /") && !request.contains("/api/")), "{all:?}");
    // And the browser itself fetched nothing from anywhere else.
    let resources = client
        .execute("return performance.getEntriesByType('resource').map(entry => entry.name)", vec![])
        .await
        .unwrap();
    let origin = server.url("/");
    for resource in resources.as_array().unwrap() {
        let url = resource.as_str().unwrap();
        assert!(url.starts_with(&origin) && !url.contains("/api/"), "the page fetched {url}");
    }

    browser.close().await;
    server.stop().await;
}
