//! Issue #19 on the page, driven by accessible names: the job description
//! loaded from a file, refusals grouped by reason, counts that agree with
//! their nouns, the candidate's name in the table (and sorting by it), what
//! a model run cost, the page on a wide and a narrow screen, and a long PDF
//! showing its pages as it is read.

use std::path::Path;
use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::Value;
use shortlist_fake_upstream::{FakeUpstream, SCRIPT_MARKER};
use shortlist_fixtures::{RESUME, docx, long_pdf, pdf};

use crate::support::page::{downloaded, is_enabled, text, texts, wait_until, wait_until_read};
use crate::support::{Browser, TestServer, artifacts_dir, dist_dir};

/// The control whose `<label>` reads `label`.
async fn labelled(client: &Client, label: &str) -> fantoccini::elements::Element {
    let xpath = format!("//*[@id=//label[normalize-space()='{label}']/@for]");
    client.find(Locator::XPath(&xpath)).await.unwrap_or_else(|e| panic!("{xpath}: {e}"))
}

/// The button whose accessible name is `name` (a sort button's arrow is `aria-hidden`).
async fn button(client: &Client, name: &str) -> fantoccini::elements::Element {
    let xpath = format!("//button[normalize-space(text())='{name}']");
    client.find(Locator::XPath(&xpath)).await.unwrap_or_else(|e| panic!("{xpath}: {e}"))
}

async fn job_description(client: &Client) -> String {
    labelled(client, "Job description").await.prop("value").await.unwrap().unwrap_or_default()
}

async fn open_page(client: &Client, server: &TestServer) {
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

async fn screenshot(client: &Client, name: &str, scroll_to: &str) {
    client.execute(&format!("document.querySelector('{scroll_to}').scrollIntoView()"), vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join(name), client.screenshot().await.unwrap()).unwrap();
}

// See: #19
#[tokio::test]
async fn the_job_description_loads_from_a_pdf_or_docx_and_a_failed_file_keeps_the_typed_text() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    open_page(client, &server).await;
    labelled(client, "Job description").await.send_keys("Typed by hand: Rust").await.unwrap();
    let load = labelled(client, "Load job description from a file").await;
    assert_eq!(load.attr("accept").await.unwrap().as_deref(), Some(".pdf,.docx,.txt"));

    // A damaged PDF and one over the limit: one line each, the typed text stays.
    let problem = || async { texts(client, ".job-description .load-problem").await };
    load.send_keys(&write(dir.path(), "broken.pdf", b"%PDF-1.5\nnot really a PDF")).await.unwrap();
    wait_until("the damaged file is refused", 30, async || !problem().await.is_empty()).await;
    let said = problem().await;
    assert_eq!(said.len(), 1);
    assert!(said[0].starts_with("The job description was not loaded from broken.pdf: "), "{said:?}");
    assert!(!said[0].contains('\n'), "one line: {said:?}");
    assert_eq!(job_description(client).await, "Typed by hand: Rust");
    load.send_keys(&write(dir.path(), "huge.txt", &vec![b'a'; 3 * 1024 * 1024 + 1])).await.unwrap();
    wait_until("the large file is refused", 10, async || {
        problem().await.first().is_some_and(|line| line.contains("huge.txt"))
    })
    .await;
    assert_eq!(
        problem().await,
        ["The job description was not loaded from huge.txt: it is 3.1 MB, and the limit is 3 MB a file."]
    );
    assert_eq!(job_description(client).await, "Typed by hand: Rust");

    // A PDF posting: its text lands in the field, the rubric is read from it.
    let posting = pdf(&[
        "Backend Engineer",
        "Requirements:",
        "- Rust",
        "- PostgreSQL",
        "Nice to have:",
        "- Kubernetes",
    ]);
    load.send_keys(&write(dir.path(), "posting.pdf", &posting)).await.unwrap();
    wait_until("the PDF's text is in the field", 30, async || {
        job_description(client).await.contains("PostgreSQL")
    })
    .await;
    assert!(problem().await.is_empty(), "a loaded file clears the problem");
    assert!(!job_description(client).await.contains("Typed by hand"));
    wait_until("the rubric is read from it", 30, async || {
        client.find_all(Locator::Css(".rubric-items .item")).await.unwrap().len() >= 2
    })
    .await;
    screenshot(client, "recruiter-posting-loaded-1280.png", ".job-description").await;

    // A DOCX replaces it, and the field stays editable.
    load.send_keys(&write(
        dir.path(),
        "posting.docx",
        &docx(&["Data Engineer", "Requirements:", "- Python"]),
    ))
    .await
    .unwrap();
    wait_until("the DOCX's text is in the field", 30, async || {
        job_description(client).await.contains("Python")
    })
    .await;
    assert!(!job_description(client).await.contains("PostgreSQL"));
    labelled(client, "Job description").await.send_keys("\n- Airflow").await.unwrap();
    assert!(job_description(client).await.ends_with("- Airflow"));
    client.set_window_size(360, 800).await.unwrap();
    screenshot(client, "recruiter-posting-loaded-360.png", ".job-description").await;

    browser.close().await;
    server.stop().await;
}

// See: #19
#[tokio::test]
async fn refusals_are_said_once_per_reason_with_the_files_behind_a_disclosure() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<String> = (1..=13)
        .map(|i| {
            write(
                dir.path(),
                &format!("cv-{i:02}.txt"),
                format!("Candidate {i}\nRust engineer.\n").as_bytes(),
            )
        })
        .collect();
    paths.insert(3, write(dir.path(), "photo.gif", b"GIF89a not a resume"));
    open_page(client, &server).await;
    labelled(client, "Resumes").await.send_keys(&paths.join("\n")).await.unwrap();
    wait_until_read(client).await;

    let lines = texts(client, ".refusals > li").await;
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0], "photo.gif was not added: only PDF, DOCX, TXT, PNG and JPEG files are accepted");
    assert!(lines[1].starts_with("3 files were not added: a batch holds at most 10 resumes"), "{lines:?}");
    // The names are behind "Which files".
    assert!(texts(client, ".refusals details li").await.iter().all(String::is_empty), "closed at first");
    client
        .find(Locator::XPath("//summary[normalize-space()='Which files']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(texts(client, ".refusals details li").await, ["cv-11.txt", "cv-12.txt", "cv-13.txt"]);
    assert!(text(client, "#status").await.starts_with("10 resumes ("));
    screenshot(client, "recruiter-refusals-1280.png", ".status").await;
    client.set_window_size(360, 800).await.unwrap();
    screenshot(client, "recruiter-refusals-360.png", ".status").await;

    browser.close().await;
    server.stop().await;
}

// See: #19 ("Analysed 1 resumes in this tab").
#[tokio::test]
async fn one_resume_is_counted_as_one_resume() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    open_page(client, &server).await;
    labelled(client, "Job description").await.send_keys("Requirements:\n- Rust\n- PostgreSQL").await.unwrap();
    labelled(client, "Resumes")
        .await
        .send_keys(&write(dir.path(), "maria.docx", &docx(RESUME)))
        .await
        .unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
    assert!(text(client, "#status").await.starts_with("1 resume ("));
    client.find(Locator::Css("#mode-private")).await.unwrap().click().await.unwrap();
    button(client, "Analyze").await.click().await.unwrap();
    client.wait().for_element(Locator::Css(".ranking tr.analysed")).await.unwrap();
    wait_until("the run's notice is shown", 30, async || !texts(client, ".status .notice").await.is_empty())
        .await;
    assert_eq!(
        texts(client, ".status .notice").await,
        ["Analysed 1 resume in this tab (Private mode): nothing was sent."]
    );
    assert_eq!(text(client, ".ranking caption").await, "1 of 1 resume analysed");
    let met = client.find(Locator::Css(".ranking td.met")).await.unwrap().attr("aria-label").await.unwrap();
    assert!(
        met.as_deref().is_some_and(|met| met.contains(" of 2 requirements met by Maria Lopez")),
        "{met:?}"
    );
    screenshot(client, "recruiter-one-resume-1280.png", ".status").await;
    client.set_window_size(360, 800).await.unwrap();
    screenshot(client, "recruiter-one-resume-360.png", ".results").await;

    browser.close().await;
    server.stop().await;
}

/// A resume headed by its candidate's name (or by none), scripted for the fake upstream.
fn named_resume(first_line: &str) -> Vec<u8> {
    format!("{first_line}\nBackend engineer, 2018 - present: Rust, PostgreSQL at Acme.\n").into_bytes()
}

// See: #19
#[tokio::test]
async fn the_table_names_each_candidate_sorts_by_name_and_says_what_the_model_run_cost() {
    let upstream = FakeUpstream::start(Duration::from_millis(5), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let downloads = tempfile::tempdir().unwrap();
    let browser = Browser::start_downloading_to(downloads.path()).await;
    let client = &browser.client;
    client.set_window_size(1280, 900).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let paths = [
        write(dir.path(), "zz-2024-final-version-for-the-recruiter.txt", &named_resume("Grace Hopper")),
        write(dir.path(), "cv-backend.txt", &named_resume("Ada Lovelace")),
        write(dir.path(), "notes.txt", &named_resume("backend engineer, open to offers")),
    ];
    open_page(client, &server).await;
    labelled(client, "Job description").await.send_keys("Requirements:\n- Rust\n- PostgreSQL").await.unwrap();
    labelled(client, "Resumes").await.send_keys(&paths.join("\n")).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
    button(client, "Analyze").await.click().await.unwrap();
    wait_until("all three are analysed", 60, async || texts(client, ".ranking tr.analysed").await.len() == 3)
        .await;

    // The name read from the resume, the file beneath; none found, the file alone.
    let candidates = || async { texts(client, ".ranking tbody th.name button.open").await };
    let mut shown = candidates().await;
    shown.sort();
    assert_eq!(shown, ["Ada Lovelace", "Grace Hopper", "notes.txt"]);
    let files = texts(client, ".ranking tbody th.name .file").await;
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.contains(&"cv-backend.txt".to_owned()), "{files:?}");
    // Sort by name: A to Z, then Z to A.
    button(client, "Candidate").await.click().await.unwrap();
    assert_eq!(candidates().await, ["Ada Lovelace", "Grace Hopper", "notes.txt"]);
    let header = client.find(Locator::Css(".ranking thead th.candidate")).await.unwrap();
    assert_eq!(header.attr("aria-sort").await.unwrap().as_deref(), Some("ascending"));
    button(client, "Candidate").await.click().await.unwrap();
    assert_eq!(candidates().await, ["notes.txt", "Grace Hopper", "Ada Lovelace"]);

    // What it cost: the batch above the table, each resume in its detail.
    assert_eq!(text(client, ".results .batch-usage").await, "This batch: 4,500 tokens · cost $0.00126.");
    client
        .find(Locator::XPath("//button[normalize-space()='Ada Lovelace']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(text(client, "#detail-heading").await, "Ada Lovelace");
    assert_eq!(text(client, "#detail .usage").await, "This analysis: 1,500 tokens · cost $0.00042.");

    // Both exports keep it: the CSV's new columns at the end, the JSON per result and in all.
    client.find(Locator::Css("#export-csv")).await.unwrap().click().await.unwrap();
    let csv = downloaded(downloads.path(), "csv").await;
    let rows: Vec<Vec<&str>> = csv.split_terminator("\r\n").map(|row| row.split(',').collect()).collect();
    assert_eq!(&rows[0][..], &shortlist_core::export::CSV_HEADER[..]);
    assert_eq!(&rows[0][10..], ["tokens", "cost"]);
    for row in &rows[1..] {
        assert_eq!(&row[10..], ["1500", "0.00042"], "{csv}");
    }
    client.find(Locator::Css("#export-json")).await.unwrap().click().await.unwrap();
    let json: Value = serde_json::from_str(&downloaded(downloads.path(), "json").await).unwrap();
    assert_eq!(json["usage"]["total_tokens"], 4500);
    assert_eq!(json["results"][0]["usage"]["total_tokens"], 1500);
    assert_eq!(json["results"][0]["usage"]["cost"], 0.00042);

    // 1,280 px: the posting and the batch side by side, the table at full width.
    let rect = |css: &'static str| async move {
        let script = format!(
            "const r = document.querySelector('{css}').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
        );
        let value = client.execute(&script, vec![]).await.unwrap();
        let rect: Vec<f64> = serde_json::from_value(value).unwrap();
        rect
    };
    let (posting, batch, table) = (rect(".posting").await, rect(".batch").await, rect(".table-wrap").await);
    assert!(batch[0] >= posting[2], "side by side: {posting:?} {batch:?}");
    assert!((batch[1] - posting[1]).abs() < 1.0, "at the same height: {posting:?} {batch:?}");
    assert!(table[2] - table[0] > 1100.0, "the table uses the width: {table:?}");
    let height: f64 = serde_json::from_value(
        client
            .execute(
                "return [...document.querySelectorAll('.ranking th.name .file')]
                   .find(file => file.textContent === 'zz-2024-final-version-for-the-recruiter.txt')
                   .getBoundingClientRect().height;",
                vec![],
            )
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(height < 40.0, "a long file name wraps over at most two lines at 1,280 px: {height}");
    screenshot(client, "recruiter-wide-1280-top.png", "h1").await;
    screenshot(client, "recruiter-wide-1280-results.png", ".results").await;
    // Printed, the page is one column again, whatever the window's width.
    browser.emulate_media("print").await;
    let (posting, batch) = (rect(".posting").await, rect(".batch").await);
    assert!(batch[1] >= posting[3], "one column in print: {posting:?} {batch:?}");
    browser.emulate_media("screen").await;

    // 360 px: one column, nothing wider than the screen.
    client.set_window_size(360, 800).await.unwrap();
    let (posting, batch) = (rect(".posting").await, rect(".batch").await);
    assert!(batch[1] >= posting[3], "one column: {posting:?} {batch:?}");
    let overflow: f64 = serde_json::from_value(
        client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(overflow <= 0.0, "the page is no wider than 360 px: {overflow}");
    screenshot(client, "recruiter-narrow-360-top.png", "h1").await;
    screenshot(client, "recruiter-narrow-360-results.png", ".results").await;

    browser.close().await;
    server.stop().await;
}

// See: #19
#[tokio::test]
async fn a_long_pdf_shows_its_pages_as_it_is_read_and_cancel_still_stops_the_run() {
    let upstream = FakeUpstream::start(Duration::from_millis(5), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    open_page(client, &server).await;
    // Every text the row's progress shows, as the page renders it.
    client
        .execute(
            "window.seenPages = [];
             new MutationObserver(() => {
               for (const shown of document.querySelectorAll('.resume-list .progress-pages')) {
                 if (window.seenPages.at(-1) !== shown.textContent) window.seenPages.push(shown.textContent);
               }
             }).observe(document.body, { subtree: true, childList: true, characterData: true });",
            vec![],
        )
        .await
        .unwrap();
    // A run in flight that the model never answers.
    labelled(client, "Job description").await.send_keys("Requirements:\n- Rust\n- PostgreSQL").await.unwrap();
    let waiting = format!("Jo Smith\nRust engineer.\n{SCRIPT_MARKER} hang\n");
    labelled(client, "Resumes")
        .await
        .send_keys(&write(dir.path(), "waiting.txt", waiting.as_bytes()))
        .await
        .unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
    button(client, "Analyze").await.click().await.unwrap();
    wait_until("the run is under way", 30, async || is_enabled(client, "#cancel").await).await;

    // The long PDF joins while the run waits; once its pages show, Cancel still stops the run.
    let long = write(dir.path(), "long.pdf", &long_pdf(100, RESUME));
    let short = write(dir.path(), "short.pdf", &long_pdf(2, RESUME));
    labelled(client, "Resumes").await.send_keys(&format!("{long}\n{short}")).await.unwrap();
    wait_until("the long PDF shows its pages", 60, async || {
        let seen = client.execute("return window.seenPages.length;", vec![]).await.unwrap();
        seen.as_u64().is_some_and(|seen| seen > 0)
    })
    .await;
    screenshot(client, "recruiter-long-pdf-1280.png", ".resume-list").await;
    button(client, "Cancel").await.click().await.unwrap();
    wait_until("the run is cancelled", 10, async || !is_enabled(client, "#cancel").await).await;
    assert!(texts(client, ".resume-list .run").await[0].starts_with("Cancelled"));
    wait_until_read(client).await;

    let seen: Vec<String> =
        serde_json::from_value(client.execute("return window.seenPages;", vec![]).await.unwrap()).unwrap();
    let pages: Vec<u32> = seen
        .iter()
        .map(|shown| {
            let page = shown.strip_prefix("page ").and_then(|rest| rest.strip_suffix(" of 100"));
            page.unwrap_or_else(|| panic!("{shown:?}")).parse().unwrap()
        })
        .collect();
    assert!(pages.windows(2).all(|pair| pair[0] < pair[1]), "pages go forward: {pages:?}");
    assert!(pages.iter().all(|page| (1..=100).contains(page)), "{pages:?}");
    // Read, both show their outcome; the short one never showed pages.
    let outcomes = texts(client, ".resume-list .outcome").await;
    assert_eq!(outcomes.len(), 3, "{outcomes:?}");
    assert!(outcomes[1..].iter().all(|outcome| outcome.starts_with("Read: PDF")), "{outcomes:?}");
    assert!(texts(client, ".resume-list .progress-pages").await.is_empty());
    wait_until("the upstream call is abandoned", 10, async || upstream.abandoned() == 1).await;
    // At 360 px, another long PDF shows its pages in its row too.
    client.set_window_size(360, 800).await.unwrap();
    let again = write(dir.path(), "long-again.pdf", &long_pdf(400, RESUME));
    labelled(client, "Resumes").await.send_keys(&again).await.unwrap();
    wait_until("the second long PDF shows its pages", 60, async || {
        let seen = client.execute("return window.seenPages.length;", vec![]).await.unwrap();
        seen.as_u64().is_some_and(|seen| seen > pages.len() as u64)
    })
    .await;
    screenshot(client, "recruiter-long-pdf-360.png", ".resume-list").await;
    wait_until_read(client).await;

    browser.close().await;
    server.stop().await;
}
