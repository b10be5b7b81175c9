//! Resumes read inside the page: the release build's extraction workers in
//! headless Chromium, fed files through the real file input.

use std::path::{Path, PathBuf};

use fantoccini::{Client, Locator};
use serde_json::Value;
use shortlist_core::extract::Collection;
use shortlist_core::session::SESSION_KEY;
use shortlist_fixtures::{
    CHINESE_HEADING, Page, RESUME, docx, pdf, pdf_of_scans, pdf_that_panics_pdf_extract, pdf_with_chinese,
};

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
    // The requirements are read after the files (the worker takes one job at
    // a time); then the batch is ready to analyse.
    wait_until("Analyse is enabled", 20, async || is_enabled(client, "#analyze").await).await;

    std::fs::write(artifacts_dir().join("extraction.png"), client.screenshot().await.unwrap()).unwrap();
    browser.close().await;
    server.stop().await;
}

/// Counts the workers the page starts, in `window.workersStarted`.
const COUNT_WORKERS: &str = "window.workersStarted = 0;
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(...args) { super(...args); window.workersStarted += 1; }
};";

/// See: #16. With four cores the page reads with a pool of workers: every
/// file gets its own text and keeps its place in the list, and a parser
/// panic in one worker costs only that file.
#[tokio::test]
async fn a_pool_of_workers_reads_each_file_in_its_place_and_a_crash_costs_one_file() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    browser.emulate_cores(4).await;
    browser.run_before_each_page(COUNT_WORKERS).await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let names = ["one.pdf", "two.docx", "crash.pdf", "three.txt", "four.pdf", "five.docx", "six.pdf"];
    let mut files = Vec::new();
    for name in names {
        // Each file names itself, so a text given to the wrong row would show.
        let reference = format!("Reference {name}");
        let mut lines = RESUME.to_vec();
        lines.insert(1, &reference);
        let bytes = match name {
            "crash.pdf" => pdf_that_panics_pdf_extract(),
            _ if name.ends_with(".pdf") => pdf(&lines),
            _ if name.ends_with(".docx") => docx(&lines),
            _ => lines.join("\n").into_bytes(),
        };
        files.push(write(dir.path(), name, &bytes));
    }

    client.goto(&server.url("/")).await.unwrap();
    let input = client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    let paths: Vec<String> = files.iter().map(|path| path.display().to_string()).collect();
    input.send_keys(&paths.join("\n")).await.unwrap();

    let rows = outcomes_when_read(client, names.len()).await;
    let listed: Vec<&str> = rows.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(listed, names, "the list keeps the order the files were chosen in");
    for (name, outcome) in &rows {
        if name == "crash.pdf" {
            assert!(outcome.contains("parser failed"), "{rows:?}");
        } else {
            assert!(outcome.starts_with("Read: "), "{name}: {rows:?}");
        }
    }
    let started = client.execute("return window.workersStarted", vec![]).await.unwrap();
    // Two at least read side by side, and one more replaced the one that died.
    assert!(started.as_u64().is_some_and(|started| started >= 3), "workers started: {started}");

    // Each text is its own file's, as the batch keeps it once saved.
    let stored = async || -> Vec<Value> {
        let json = client.execute(&format!("return sessionStorage.getItem('{SESSION_KEY}')"), vec![]).await;
        let document: Value =
            json.unwrap().as_str().and_then(|json| serde_json::from_str(json).ok()).unwrap_or_default();
        document["resumes"].as_array().cloned().unwrap_or_default()
    };
    wait_until("the read batch is saved", 10, async || {
        stored()
            .await
            .iter()
            .filter(|resume| resume["text"].as_str().is_some_and(|text| !text.is_empty()))
            .count()
            == names.len() - 1
    })
    .await;
    let resumes = stored().await;
    assert_eq!(resumes.len(), names.len());
    for resume in &resumes {
        let name = resume["filename"].as_str().unwrap();
        let text = resume["text"].as_str().unwrap();
        if name == "crash.pdf" {
            assert_eq!(text, "", "{resume}");
        } else {
            assert!(text.contains(&format!("Reference {name}")), "{name}: {text}");
            for other in names.iter().filter(|other| **other != name) {
                assert!(!text.contains(&format!("Reference {other}")), "{name} holds {other}'s text");
            }
        }
    }
    browser.close().await;
    server.stop().await;
}

/// Records how the page asks its workers to read each file, in
/// `window.fileReadings` (the third element of a file's message, issue #16).
const RECORD_READINGS: &str = "window.fileReadings = [];
const post = window.Worker.prototype.postMessage;
window.Worker.prototype.postMessage = function (message, ...rest) {
  if (Array.isArray(message) && typeof message[2] === 'string') window.fileReadings.push(message[2]);
  return post.call(this, message, ...rest);
};";

/// See: #16. A long PDF's pages are shared out among the pool's workers
/// that have no other file to read, and the text the page keeps is the text
/// one reading makes of it.
#[tokio::test]
async fn a_long_pdf_is_read_in_runs_by_the_pool_and_reads_as_one_worker_reads_it() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    browser.emulate_cores(4).await;
    browser.run_before_each_page(RECORD_READINGS).await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let long = shortlist_fixtures::long_pdf(40, RESUME);
    let files = [write(dir.path(), "long.pdf", &long), write(dir.path(), "short.pdf", &pdf(RESUME))];

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    let rows = choose(client, &files, 2).await;
    assert!(rows.iter().all(|(_, outcome)| outcome.starts_with("Read: PDF")), "{rows:?}");
    let readings: Vec<String> =
        serde_json::from_value(client.execute("return window.fileReadings", vec![]).await.unwrap()).unwrap();
    let runs: Vec<&String> = readings.iter().filter(|reading| reading.contains("\"run\"")).collect();
    // 40 pages, four workers: the long file is shared among the workers
    // that would otherwise wait, four, or three when the short file was
    // already queued behind it; its first worker reads a run and the others
    // one more each.
    let shared: Vec<u64> = readings
        .iter()
        .filter_map(|reading| serde_json::from_str::<Value>(reading).ok())
        .filter_map(|reading| reading["first"]["workers"].as_u64())
        .collect();
    let widest = shared.iter().copied().max().unwrap_or(0);
    assert!(widest == 3 || widest == 4, "{readings:?}");
    assert_eq!(runs.len() as u64, widest - 1, "{readings:?}");
    assert!(runs.iter().all(|run| run.contains(&format!("\"runs\":{widest}"))), "{readings:?}");
    wait_until("the read batch is saved", 10, async || !stored_text(client, 0).await.is_empty()).await;
    assert_eq!(stored_text(client, 0).await, shortlist_core::extract::extract(&long).text);
    assert!(stored_text(client, 0).await.contains("Page 40 of 40"));
    browser.close().await;
    server.stop().await;
}

/// Chooses `files` in the page's file input and waits until `count` files
/// are listed and read.
async fn choose(client: &Client, files: &[PathBuf], count: usize) -> Vec<(String, String)> {
    let input = client.find(Locator::Css("#resumes")).await.unwrap();
    let paths: Vec<String> = files.iter().map(|path| path.display().to_string()).collect();
    input.send_keys(&paths.join("\n")).await.unwrap();
    outcomes_when_read(client, count).await
}

/// The requests for CJK character maps the server has seen.
fn map_requests(server: &TestServer) -> Vec<String> {
    server.requests().into_iter().filter(|request| request.contains("/cmaps/")).collect()
}

/// The text the page keeps for the `index`th resume (its session document).
async fn stored_text(client: &Client, index: usize) -> String {
    let json =
        client.execute(&format!("return sessionStorage.getItem('{SESSION_KEY}')"), vec![]).await.unwrap();
    let document: Value = serde_json::from_str(json.as_str().unwrap_or("{}")).unwrap();
    document["resumes"][index]["text"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn a_chinese_pdf_reads_with_its_character_map_fetched_only_when_needed() {
    // Issue #16: the worker's wasm carries no CJK character map; it fetches
    // the one a PDF needs from dist/cmaps/, once.
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();

    let latin = write(dir.path(), "maria.pdf", &pdf(RESUME));
    let rows = choose(client, &[latin], 1).await;
    assert!(rows[0].1.starts_with("Read: PDF"), "{rows:?}");
    assert_eq!(map_requests(&server), Vec::<String>::new(), "a Latin PDF needs no map");

    let chinese = write(dir.path(), "li-wei.pdf", &pdf_with_chinese(RESUME));
    let again = write(dir.path(), "li-wei-2.pdf", &pdf_with_chinese(&RESUME[..6]));
    let rows = choose(client, &[chinese, again], 3).await;
    assert!(rows.iter().all(|(_, outcome)| outcome.starts_with("Read: PDF")), "{rows:?}");
    let path = Collection::Gb1.path();
    assert_eq!(map_requests(&server), [format!("GET /{path}")], "fetched once, kept for the next file");
    wait_until("the batch is saved", 10, async || stored_text(client, 1).await.contains(CHINESE_HEADING))
        .await;
    let text = stored_text(client, 1).await;
    assert!(text.starts_with(CHINESE_HEADING) && text.contains(RESUME[0]), "{text}");
    assert!(stored_text(client, 2).await.starts_with(CHINESE_HEADING));

    browser.close().await;
    server.stop().await;
}

/// Copies a folder's files and folders into `to`, leaving out the folders named `skip`.
fn copy_tree(from: &Path, to: &Path, skip: &str) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != skip {
                copy_tree(&entry.path(), &target, skip);
            }
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[tokio::test]
async fn a_chinese_pdf_whose_character_map_cannot_be_loaded_says_so_and_the_rest_reads() {
    let page = tempfile::tempdir().unwrap();
    copy_tree(&dist_dir(), page.path(), "cmaps");
    let server = TestServer::start(page.path()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();

    let files = [
        write(dir.path(), "li-wei.pdf", &pdf_with_chinese(RESUME)),
        write(dir.path(), "maria.pdf", &pdf(RESUME)),
    ];
    let rows = choose(client, &files, 2).await;
    let outcome =
        |name: &str| rows.iter().find(|(n, _)| n == name).map(|(_, o)| o.clone()).unwrap_or_default();
    assert_eq!(
        outcome("li-wei.pdf"),
        "Its Chinese, Japanese or Korean text needs a character map that could not be loaded: add the file again",
        "{rows:?}"
    );
    assert!(outcome("maria.pdf").starts_with("Read: PDF"), "{rows:?}");
    assert_eq!(map_requests(&server), [format!("GET /{}", Collection::Gb1.path())]);

    browser.close().await;
    server.stop().await;
}

/// The requests for the scan decoders' wasm the server has seen.
fn scan_requests(server: &TestServer) -> Vec<String> {
    server.requests().into_iter().filter(|request| request.contains("shortlist-scan")).collect()
}

#[tokio::test]
async fn the_scan_decoders_load_only_for_a_scan_and_a_picture_they_cannot_read_fails_its_file_alone() {
    // Issue #16: the extraction worker hands a scan's pictures over still
    // encoded; the page's OCR driver loads the scan worker, a wasm of its
    // own, the first time one needs decoding, and keeps it for the next.
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();

    let text = write(dir.path(), "maria.pdf", &pdf(RESUME));
    let word = write(dir.path(), "maria.docx", &docx(RESUME));
    let rows = choose(client, &[text, word], 2).await;
    assert!(rows.iter().all(|(_, outcome)| outcome.starts_with("Read")), "{rows:?}");
    assert_eq!(scan_requests(&server), Vec::<String>::new(), "no scan, no decoders");

    let damaged = pdf_of_scans(&[Page::Text(RESUME), Page::Damaged(40, 30)]);
    let first = write(dir.path(), "damaged.pdf", &damaged);
    let second = write(dir.path(), "damaged-2.pdf", &damaged);
    let rows = choose(client, &[first, second], 4).await;
    assert!(rows[..2].iter().all(|(_, outcome)| outcome.starts_with("Read")), "{rows:?}");
    for (name, outcome) in &rows[2..] {
        assert!(outcome.contains("picture could not be decoded"), "{name}: {outcome}");
    }
    let wasm: Vec<String> =
        scan_requests(&server).into_iter().filter(|request| request.ends_with(".wasm")).collect();
    assert_eq!(wasm, ["GET /shortlist-scan_bg.wasm"], "loaded once, kept for the next scan");
    let engine: Vec<String> =
        server.requests().into_iter().filter(|request| request.contains("tesseract")).collect();
    assert_eq!(engine, Vec::<String>::new(), "nothing decoded, nothing for the OCR engine");

    browser.close().await;
    server.stop().await;
}

/// The requests for either worker's wasm the server has seen.
fn wasm_requests(server: &TestServer, bin: &str) -> usize {
    let wasm = format!("GET /{bin}_bg.wasm");
    server.requests().into_iter().filter(|request| *request == wasm).count()
}

#[tokio::test]
async fn the_analyser_and_redaction_are_in_a_wasm_of_their_own_loaded_for_the_first_resume() {
    // Issue #16: the extraction worker, which every file goes through, holds
    // only the parsers; the analyser, the rubric parser and redaction (with
    // their tables) are in the analysis worker, started when a job needs it.
    let dist = dist_dir();
    let wasm = |bin: &str| std::fs::read(dist.join(format!("{bin}_bg.wasm"))).unwrap();
    // An entry of redaction's table of profile hosts and a technology of the
    // analyser's tables: in the analysis worker's wasm alone.
    for word in [&b"leetcode.com"[..], b"kubernetes"] {
        let holds = |bytes: &[u8]| bytes.windows(word.len()).any(|window| window == word);
        let word = String::from_utf8_lossy(word);
        assert!(holds(&wasm("shortlist-analysis")), "{word} is in the analysis worker");
        assert!(!holds(&wasm("shortlist-worker")), "{word} is not in the extraction worker");
    }

    let server = TestServer::start(&dist).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    wait_until("the extraction workers start", 30, async || wasm_requests(&server, "shortlist-worker") > 0)
        .await;
    assert_eq!(wasm_requests(&server, "shortlist-analysis"), 0, "no job for it yet");

    // A resume read: its outgoing text is made in the analysis worker.
    let rows = choose(client, &[write(dir.path(), "maria.txt", RESUME.join("\n").as_bytes())], 1).await;
    assert!(rows[0].1.starts_with("Read"), "{rows:?}");
    wait_until("the analysis worker starts", 30, async || wasm_requests(&server, "shortlist-analysis") > 0)
        .await;

    browser.close().await;
    server.stop().await;
}

/// Issue #16: records each time a job is posted to one kind of worker
/// while a job of the other kind is in flight (from its post until its
/// worker's answer; progress, a split and "ready" are no answer), and
/// counts the outgoing texts asked for.
const RECORD_CORES: &str = "window.coreRecord = { together: [], outgoing: 0 };
const Base = window.Worker;
const busy = { reading: new Set(), analysing: new Set() };
window.Worker = function (url, options) {
  const worker = new Base(url, options);
  const [mine, other] = String(url).includes('analysis') ? ['analysing', 'reading'] : ['reading', 'analysing'];
  worker.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || event.data === 'ready') return;
    if (event.data.startsWith('{\"progress\"') || event.data.startsWith('{\"split\"')) return;
    busy[mine].delete(worker);
  });
  worker.postMessage = function (message, ...rest) {
    const kind = typeof message === 'string' ? message.slice(2, message.indexOf('\"', 2)) : 'file';
    if (kind === 'outgoing') window.coreRecord.outgoing += 1;
    if (busy[other].size > 0) window.coreRecord.together.push(mine + ' ' + kind + ' while ' + other);
    busy[mine].add(worker);
    return Base.prototype.postMessage.call(worker, message, ...rest);
  };
  return worker;
};
window.Worker.prototype = Base.prototype;";

/// See: #16. Reading comes first: on a one-core machine no resume's outgoing
/// text is made while a file is being read (it would slow the reading down;
/// the files here are all chosen at once), and each resume still gets its
/// outgoing text once the files are read.
#[tokio::test]
async fn resumes_outgoing_texts_wait_for_a_core_no_reading_needs() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    browser.emulate_cores(1).await;
    browser.run_before_each_page(RECORD_CORES).await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = (1..=4)
        .map(|index| {
            write(dir.path(), &format!("resume-{index}.pdf"), &shortlist_fixtures::long_pdf(80, RESUME))
        })
        .collect();

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    let rows = choose(client, &files, 4).await;
    assert!(rows.iter().all(|(_, outcome)| outcome.starts_with("Read: PDF")), "{rows:?}");
    wait_until("every resume's outgoing text is asked for", 20, async || {
        client
            .execute("return window.coreRecord.outgoing", vec![])
            .await
            .unwrap()
            .as_u64()
            .is_some_and(|asked| asked >= 4)
    })
    .await;
    let record = client.execute("return window.coreRecord", vec![]).await.unwrap();
    assert_eq!(record["together"], serde_json::json!([]), "{record}");
    browser.close().await;
    server.stop().await;
}
