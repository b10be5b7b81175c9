//! The page in headless Chromium, served by the real server from the release
//! build: a recruiter types a job description and chooses resumes.

use fantoccini::Locator;

use crate::support::page::{is_enabled, text, texts, wait_for_count, wait_until, wait_until_read};
use crate::support::{Browser, TestServer, artifacts_dir, dist_dir};

#[tokio::test]
async fn a_recruiter_adds_a_job_description_and_resumes() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    let resume = files.path().join("ada-lovelace.txt");
    std::fs::write(&resume, "Ada Lovelace\nAnalyst and programmer.\n".repeat(40)).unwrap();
    let huge = files.path().join("huge.pdf");
    std::fs::write(&huge, vec![b'%'; 3 * 1024 * 1024 + 512 * 1024]).unwrap();
    let other = files.path().join("grace-hopper.txt");
    std::fs::write(&other, "Grace Hopper, compilers.").unwrap();

    // The console check below must be able to fail: a missing file is logged.
    client.goto(&server.url("/missing-page")).await.unwrap();
    let logged = browser.console().await;
    assert!(logged.iter().any(|(level, message)| level == "SEVERE" && message.contains("404")), "{logged:?}");

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#job-description")).await.expect("the app mounts");

    // The shell: heading, labelled controls, an idle Analyze button.
    assert_eq!(text(client, "h1").await, "Shortlist");
    assert_eq!(text(client, "label[for=job-description]").await, "Job description");
    assert_eq!(text(client, "label[for=resumes]").await, "Resumes");
    let input = client.find(Locator::Css("#resumes")).await.unwrap();
    assert_eq!(input.attr("accept").await.unwrap().as_deref(), Some(".pdf,.docx,.txt,.png,.jpg,.jpeg"));
    assert!(input.attr("multiple").await.unwrap().is_some());
    assert!(text(client, ".drop-zone .hint").await.contains("up to 10 resumes, 3 MB each, 20 MB in all"));
    assert!(!is_enabled(client, "#analyze").await, "nothing to analyze yet");

    // A job description alone is not enough.
    let jd = client.find(Locator::Css("#job-description")).await.unwrap();
    jd.send_keys("Senior Rust engineer: axum, tokio, WebAssembly. 5+ years.").await.unwrap();
    assert!(!is_enabled(client, "#analyze").await, "no resume yet");
    assert!(text(client, "#status").await.contains("Add at least one resume"));

    // One TXT resume: listed with name and size, read, and Analyze becomes available.
    input.send_keys(&resume.display().to_string()).await.unwrap();
    wait_for_count(client, ".resume-list li", 1).await;
    assert_eq!(texts(client, ".resume-list .name").await, ["ada-lovelace.txt"]);
    assert_eq!(texts(client, ".resume-list .size").await, ["1 KB"]);
    wait_until_read(client).await;
    assert!(texts(client, ".resume-list .outcome").await[0].starts_with("Read: TXT"));
    // Analysis also waits for the job description's requirements (issue #12),
    // which the worker reads after or between the files.
    wait_until("Analyze is enabled", 10, async || is_enabled(client, "#analyze").await).await;

    // A choice with a file over the limit: that file is refused by name and
    // limit, the rest of the choice is kept.
    input.send_keys(&format!("{}\n{}", huge.display(), other.display())).await.unwrap();
    wait_for_count(client, ".resume-list li", 2).await;
    wait_until_read(client).await;
    assert_eq!(texts(client, ".resume-list .name").await, ["ada-lovelace.txt", "grace-hopper.txt"]);
    assert_eq!(
        texts(client, ".refusals li").await,
        ["huge.pdf was not added: it is 3.5 MB, and the limit is 3 MB a file"]
    );
    assert!(text(client, "#status").await.starts_with("2 resumes"));
    assert!(is_enabled(client, "#analyze").await);

    let screenshot = client.screenshot().await.unwrap();
    std::fs::write(artifacts_dir().join("shell.png"), screenshot).unwrap();

    let errors: Vec<_> = browser.console().await.into_iter().filter(|(level, _)| level == "SEVERE").collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");

    browser.close().await;
    server.stop().await;
}
