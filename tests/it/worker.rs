//! Resumes read inside the page: the release build's extraction worker in
//! headless Chromium, fed files through the real file input.

use std::path::{Path, PathBuf};

use fantoccini::{Client, Locator};
use shortlist_fixtures::{RESUME, docx, pdf, pdf_that_panics_pdf_extract};

use crate::support::page::{is_enabled, texts, wait_for_count, wait_until, wait_until_read};
use crate::support::{Browser, TestServer, artifacts_dir, dist_dir};

/// The (name, outcome) pairs shown in the list, once `count` files are
/// listed and none is still being read.
async fn outcomes_when_read(client: &Client, count: usize) -> Vec<(String, String)> {
    wait_for_count(client, ".resume-list li", count).await;
    wait_until_read(client).await;
    let names = texts(client, ".resume-list .name").await;
    names.into_iter().zip(texts(client, ".resume-list .outcome").await).collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[tokio::test]
async fn ten_files_each_get_an_outcome_while_the_page_stays_responsive() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let resume_text = RESUME.join("\n");
    let mut damaged = pdf(RESUME);
    damaged.truncate(damaged.len() / 3);
    let files = [
        write(dir.path(), "maria.pdf", &pdf(RESUME)),
        write(dir.path(), "maria.docx", &docx(RESUME)),
        write(dir.path(), "maria.txt", resume_text.as_bytes()),
        write(dir.path(), "second.pdf", &pdf(&RESUME[..4])),
        write(dir.path(), "crash.pdf", &pdf_that_panics_pdf_extract()),
        write(dir.path(), "short.txt", b"Jo Smith, welder."),
        write(dir.path(), "locked.docx", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 a legacy .doc renamed"),
        write(dir.path(), "broken.pdf", &damaged),
        write(dir.path(), "empty-ish.txt", b"   \n\n  "),
        write(dir.path(), "huge.pdf", &vec![b'%'; 3 * 1024 * 1024 + 1]),
    ];

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    let input = client.find(Locator::Css("#resumes")).await.unwrap();
    let paths: Vec<String> = files.iter().map(|path| path.display().to_string()).collect();
    input.send_keys(&paths.join("\n")).await.unwrap();

    // While the worker reads, the page answers: typing updates the status.
    let jd = client.find(Locator::Css("#job-description")).await.unwrap();
    jd.send_keys("Backend engineer: Rust, Kubernetes.").await.unwrap();
    assert_eq!(jd.prop("value").await.unwrap().as_deref(), Some("Backend engineer: Rust, Kubernetes."));

    let rows = outcomes_when_read(client, 9).await;
    let outcome = |name: &str| rows.iter().find(|(n, _)| n == name).map(|(_, o)| o.as_str()).unwrap_or("");
    assert!(outcome("maria.pdf").starts_with("Read: PDF"), "{rows:?}");
    assert!(outcome("maria.docx").starts_with("Read: DOCX"), "{rows:?}");
    assert!(outcome("maria.txt").starts_with("Read: TXT"), "{rows:?}");
    assert!(outcome("second.pdf").starts_with("Read: PDF"), "{rows:?}");
    // pdf-extract panics on this one: the worker dies, the file says so, and
    // a new worker reads the files after it.
    assert!(outcome("crash.pdf").contains("parser failed"), "{rows:?}");
    assert!(outcome("short.txt").starts_with("Almost no text"), "{rows:?}");
    assert!(outcome("locked.docx").starts_with("Unsupported file type"), "{rows:?}");
    assert!(outcome("broken.pdf").contains("damaged"), "{rows:?}");
    assert_eq!(outcome("empty-ish.txt"), "The file holds no text", "{rows:?}");
    let refusals = texts(client, ".refusals li").await;
    assert_eq!(refusals, ["huge.pdf was not added: it is 3.1 MB, and the limit is 3 MB a file"]);
    // The rubric is read after the files, in the same worker: Analyze follows it.
    wait_until("Analyze is enabled", 10, async || is_enabled(client, "#analyze").await).await;

    std::fs::write(artifacts_dir().join("extraction.png"), client.screenshot().await.unwrap()).unwrap();
    browser.close().await;
    server.stop().await;
}
