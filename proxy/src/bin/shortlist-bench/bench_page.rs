//! `shortlist-bench bench-page DIR`: how long the page takes to read the
//! largest PDFs of a corpus (`DIR/files`, laid out like `../shared/corpus`),
//! beside native `shortlist extract` on the same files, in one run (issue #16).
//!
//! The page is the release build in `--dist`, served by this crate's own
//! server on 127.0.0.1 and loaded in headless Chromium (`shortlist-browser`,
//! the tests' browser). Each round loads the page in a new tab (the batch
//! lives in the tab's sessionStorage), waits a second (a
//! recruiter takes longer than that to choose files; the page warms its
//! worker meanwhile), drops the files through the file input and times, in
//! the page (`performance.now()`), from the input's `change` event until every
//! row of the list is read. Native is the `shortlist` binary built beside this
//! one, `shortlist extract --json` on the same files, timed from spawn to
//! exit, run right before and right after the page's reading in each round
//! (the round's native time is the mean of the two). Each round's
//! page/native is printed, then the medians, the median of the rounds'
//! ratios (the figure the bar is read from), their spread, and the first
//! round's apart (a first visit, before the browser has cached anything).
//!
//! Issue #16: each round also reads the files in the page with each file
//! read whole by one worker, as before long PDFs were read in runs (the
//! page's messages to its workers are rewritten to a pool of one, which
//! is how a single-core machine reads), so the gain of the runs is measured
//! in the same run.
//!
//! Issue #16: where the time goes. Each round also records the page's
//! workers ([`TRACE`]): when each was made and ready, and each job posted to
//! it (a file, with how it is read, or a request) with when its answer came
//! back. The first round's (every round's with `--trace`) are printed under
//! it, so a file read whole by one worker while another waits, a slow
//! start, or analysis work beside the reading shows at a glance.
//!
//! A benchmark command: it prints figures and never fails on them; it fails
//! only when the page or the command does not read the files at all.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use shortlist_browser::Browser;
use shortlist_proxy::{AppState, ConnectionLimits, Page, app, serve_within};

use crate::bench_proxy::shortlist_beside_this_binary;

#[derive(Debug, clap::Args)]
pub struct BenchPageArgs {
    /// The corpus folder (its PDFs are in files/).
    dir: PathBuf,
    /// How many of its largest PDFs to read (the page's batch holds 10).
    #[arg(long, default_value_t = 10)]
    files: usize,
    /// The page's release build (`trunk build --release`).
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// Rounds of native, page and native again; the medians are compared.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Prints the page's workers and their jobs every round, not only the first.
    #[arg(long)]
    trace: bool,
    /// A command-line argument for Chromium (repeatable), for example
    /// `--chromium-arg=--js-flags=--no-liftoff` to see what the engine's
    /// compiler tiers cost the page.
    #[arg(long = "chromium-arg", allow_hyphen_values = true)]
    chromium_args: Vec<String>,
}

/// Marks the input's `change` (capturing, so before the page's own
/// handler) and, from a MutationObserver, when each row was read and the
/// moment the list holds `arguments[0]` rows and none is still being read.
const MEASURE: &str = r#"
const rows = arguments[0];
const bench = { start: null, end: null, read: {} };
window.shortlistBench = bench;
document.addEventListener('change', (event) => {
  if (event.target.id === 'resumes' && bench.start === null) bench.start = performance.now();
}, { capture: true });
new MutationObserver((_, observer) => {
  if (bench.start === null) return;
  const listed = document.querySelectorAll('.resume-list > li');
  listed.forEach((row, index) => {
    if (!row.classList.contains('reading') && !(index in bench.read)) {
      bench.read[index] = performance.now() - bench.start;
    }
  });
  if (listed.length === rows && !document.querySelector('.resume-list > li.reading')) {
    bench.end = performance.now();
    observer.disconnect();
  }
}).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
"#;

/// Issue #16: when `window.shortlistWholeFiles` is set, the page's workers
/// are told the pool has one worker, so each reads its files whole.
const WHOLE_FILES: &str = r#"
const post = window.Worker.prototype.postMessage;
window.Worker.prototype.postMessage = function (message, ...rest) {
  if (window.shortlistWholeFiles && Array.isArray(message) && typeof message[2] === 'string') {
    message[2] = message[2].replace(/"workers":\d+/, '"workers":1');
  }
  return post.call(this, message, ...rest);
};
"#;

/// Issue #16: where the page's time goes. Each worker the page starts is
/// recorded (its script, when it was made and when it said it was ready),
/// and each job posted to it: a file (its size and how to read it) or a
/// JSON request, when it was posted and when its answer came back (a
/// `progress` or `split` message is not an answer).
const TRACE: &str = r#"
const trace = { workers: [], jobs: [] };
window.shortlistTrace = trace;
const Base = window.Worker;
window.Worker = function (url, options) {
  const worker = new Base(url, options);
  const index = trace.workers.length;
  const entry = { url: String(url), created: performance.now(), ready: null };
  trace.workers.push(entry);
  worker.addEventListener('message', (event) => {
    const now = performance.now();
    if (event.data === 'ready') { entry.ready = now; return; }
    if (typeof event.data !== 'string') return;
    if (event.data.startsWith('{"progress"') || event.data.startsWith('{"split"')) return;
    const job = trace.jobs.find(job => job.worker === index && job.answered === null);
    if (!job) return;
    job.answered = now;
    job.reply = event.data.slice(2, event.data.indexOf('"', 2));
  });
  worker.postMessage = function (message, ...rest) {
    // Before posting: a transferred buffer is empty after.
    const job = { worker: index, posted: performance.now(), answered: null, reply: null, bytes: null };
    const file = Array.isArray(message) && message[1] instanceof ArrayBuffer;
    if (file) job.bytes = message[1].byteLength;
    const result = Base.prototype.postMessage.call(worker, message, ...rest);
    // After: the whole-file rewrite has changed how to read it.
    job.what = file ? String(message[2] || 'whole')
      : typeof message === 'string' ? message.slice(2, message.indexOf('"', 2)) : 'other';
    trace.jobs.push(job);
    return result;
  };
  return worker;
};
window.Worker.prototype = Base.prototype;
"#;

pub fn run(args: BenchPageArgs) -> Result<(), String> {
    let files = largest_pdfs(&args.dir.join("files"), args.files)?;
    if !args.dist.join("index.html").is_file() {
        return Err(format!(
            "{} holds no built page: run `trunk build --release` first",
            args.dist.display()
        ));
    }
    let shortlist = shortlist_beside_this_binary().map_err(|error| error.to_string())?;
    let bytes: u64 = files.iter().map(|(_, size)| size).sum();
    println!(
        "{} largest PDFs of {} ({:.1} MB), {} rounds:",
        files.len(),
        args.dir.display(),
        bytes as f64 / 1_000_000.0,
        args.rounds
    );
    for (path, size) in &files {
        println!("  {:>9} B  {}", size, path.file_name().unwrap_or_default().to_string_lossy());
    }
    let paths: Vec<PathBuf> = files.into_iter().map(|(path, _)| path).collect();
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(bench(&args, &shortlist, &paths))
}

async fn bench(args: &BenchPageArgs, shortlist: &Path, paths: &[PathBuf]) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let url = format!("http://{}/", listener.local_addr().map_err(|e| e.to_string())?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_within(
        listener,
        app(AppState::new(Page::load(&args.dist))),
        ConnectionLimits::default(),
        async {
            let _ = stopped.await;
        },
    ));
    let browser = Browser::start_with_args(&args.chromium_args).await;
    if !args.chromium_args.is_empty() {
        println!("Chromium started with {}", args.chromium_args.join(" "));
    }
    let cores = browser.client.execute("return navigator.hardwareConcurrency", vec![]).await;
    println!("Chromium reports {} cores", cores.map(|cores| cores.to_string()).unwrap_or_default());

    let mut page = Vec::new();
    let mut whole = Vec::new();
    let mut native = Vec::new();
    let mut result = Ok(());
    for round in 1..=args.rounds {
        let native_before = match native_extract(shortlist, paths) {
            Ok(time) => time,
            Err(error) => {
                result = Err(error);
                break;
            }
        };
        let (page_ms, rows, trace) = match read_in_page(&browser, &url, paths, false).await {
            Ok(read) => (read.elapsed, read.rows, read.trace),
            Err(error) => {
                result = Err(error);
                break;
            }
        };
        // Native again right after the page: the mean of the two flanks the
        // page's reading, so a machine that slows down or speeds up during
        // the round moves both sides of the ratio alike.
        let native_after = match native_extract(shortlist, paths) {
            Ok(time) => time,
            Err(error) => {
                result = Err(error);
                break;
            }
        };
        let native_time = (native_before + native_after) / 2;
        let (whole_ms, whole_trace) = match read_in_page(&browser, &url, paths, true).await {
            Ok(read) => (read.elapsed, read.trace),
            Err(error) => {
                result = Err(error);
                break;
            }
        };
        let page_time = Duration::from_secs_f64(page_ms / 1000.0);
        let read = rows.iter().filter(|(outcome, _)| outcome.starts_with("Read")).count();
        println!(
            "round {round}: page {:>6.0} ms ({read} of {} rows read as text), \
             page reading each file whole {whole_ms:>6.0} ms, native {:>6.0} ms \
             (before {:.0}, after {:.0}), page/native {:.2}×",
            page_time.as_secs_f64() * 1000.0,
            rows.len(),
            native_time.as_secs_f64() * 1000.0,
            native_before.as_secs_f64() * 1000.0,
            native_after.as_secs_f64() * 1000.0,
            page_time.as_secs_f64() / native_time.as_secs_f64().max(f64::MIN_POSITIVE),
        );
        if round == 1 {
            for (path, (outcome, read_at)) in paths.iter().zip(&rows) {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                println!("  read at {read_at:>6.0} ms: {name}: {outcome}");
            }
        }
        if round == 1 || args.trace {
            println!("  the page's workers and their jobs:");
            trace.print(paths);
            println!("  reading each file whole:");
            whole_trace.print(paths);
        }
        page.push(page_time);
        whole.push(Duration::from_secs_f64(whole_ms / 1000.0));
        native.push(native_time);
    }
    browser.close().await;
    let _ = stop.send(());
    let _ = server.await;
    result?;

    // A round's runs are seconds apart, so their ratio is the one a
    // machine shared with other work changes least.
    let mut ratios: Vec<f64> = page
        .iter()
        .zip(&native)
        .map(|(page, native)| page.as_secs_f64() / native.as_secs_f64().max(f64::MIN_POSITIVE))
        .collect();
    // The first round is a first visit: nothing of the page is in the
    // browser's caches yet.
    let first = ratios.first().copied().unwrap_or(f64::NAN);
    ratios.sort_by(f64::total_cmp);
    let mut whole_ratios: Vec<f64> = whole
        .iter()
        .zip(&native)
        .map(|(whole, native)| whole.as_secs_f64() / native.as_secs_f64().max(f64::MIN_POSITIVE))
        .collect();
    whole_ratios.sort_by(f64::total_cmp);
    let (page, whole, native) = (median(page), median(whole), median(native));
    println!(
        "median: page {:.0} ms, native `shortlist extract` {:.0} ms, page/native {:.2}×; \
         median of the rounds' page/native {:.2}× (bar: ≤ 1.5×)",
        page.as_secs_f64() * 1000.0,
        native.as_secs_f64() * 1000.0,
        page.as_secs_f64() / native.as_secs_f64().max(f64::MIN_POSITIVE),
        ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN),
    );
    println!(
        "the rounds' page/native from {:.2}× to {:.2}×; the first round's (a first visit) {first:.2}×",
        ratios.first().copied().unwrap_or(f64::NAN),
        ratios.last().copied().unwrap_or(f64::NAN),
    );
    println!(
        "each file whole: page {:.0} ms, page/native {:.2}×; median of the rounds' page/native {:.2}×",
        whole.as_secs_f64() * 1000.0,
        whole.as_secs_f64() / native.as_secs_f64().max(f64::MIN_POSITIVE),
        whole_ratios.get(whole_ratios.len() / 2).copied().unwrap_or(f64::NAN),
    );
    Ok(())
}

/// The `count` largest `.pdf` files of `dir`, with their sizes, largest first.
fn largest_pdfs(dir: &Path, count: usize) -> Result<Vec<(PathBuf, u64)>, String> {
    // The browser is given the files by path, and WebDriver takes absolute ones only.
    let dir = std::fs::canonicalize(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let dir = dir.as_path();
    let entries = std::fs::read_dir(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let mut pdfs: Vec<(PathBuf, u64)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("pdf")))
        .filter_map(|path| Some((path.metadata().ok()?.len(), path)))
        .map(|(size, path)| (path, size))
        .collect();
    pdfs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pdfs.truncate(count);
    if pdfs.is_empty() {
        return Err(format!("{} holds no PDF", dir.display()));
    }
    Ok(pdfs)
}

/// `shortlist extract --json` on `paths`, from spawn to exit.
fn native_extract(shortlist: &Path, paths: &[PathBuf]) -> Result<Duration, String> {
    let start = Instant::now();
    let output = Command::new(shortlist)
        .arg("extract")
        .arg("--json")
        .args(paths)
        .output()
        .map_err(|error| format!("cannot run {}: {error}", shortlist.display()))?;
    let elapsed = start.elapsed();
    let lines = String::from_utf8_lossy(&output.stdout).lines().count();
    if lines != paths.len() {
        return Err(format!(
            "`shortlist extract` answered for {lines} of {} files: {}",
            paths.len(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(elapsed)
}

/// Loads the page in a new tab, drops `paths` on its file input and returns
/// the time the page took to read them all (ms, measured in the page) and
/// each row's outcome and when it was read. With `whole`, each file is read
/// whole by one worker ([`WHOLE_FILES`]).
async fn read_in_page(
    browser: &Browser,
    url: &str,
    paths: &[PathBuf],
    whole: bool,
) -> Result<Reading, String> {
    let error = |error: fantoccini::error::CmdError| error.to_string();
    let client = &browser.client;
    let tab = client.new_window(true).await.map_err(error)?;
    client.close_window().await.map_err(error)?;
    client.switch_to_window(tab.handle).await.map_err(error)?;
    browser.run_before_each_page(&format!("{WHOLE_FILES}\n{TRACE}")).await;
    client.goto(url).await.map_err(error)?;
    let input = client.wait().for_element(Locator::Css("#resumes")).await.map_err(error)?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    client.execute(MEASURE, vec![json!(paths.len())]).await.map_err(error)?;
    client.execute("window.shortlistWholeFiles = arguments[0]", vec![json!(whole)]).await.map_err(error)?;
    let list: Vec<String> = paths.iter().map(|path| path.display().to_string()).collect();
    input.send_keys(&list.join("\n")).await.map_err(error)?;
    let deadline = Instant::now() + Duration::from_secs(180);
    let (elapsed, bench) = loop {
        let bench = client.execute("return window.shortlistBench", vec![]).await.map_err(error)?;
        if let (Some(start), Some(end)) = (bench["start"].as_f64(), bench["end"].as_f64()) {
            break (end - start, bench);
        }
        if Instant::now() > deadline {
            let rows = outcomes(client).await?;
            return Err(format!("the page did not read the files within 3 minutes: {bench}, rows: {rows:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let rows = outcomes(client)
        .await?
        .into_iter()
        .enumerate()
        .map(|(index, outcome)| (outcome, bench["read"][index.to_string()].as_f64().unwrap_or(f64::NAN)))
        .collect();
    let trace = client.execute("return window.shortlistTrace", vec![]).await.map_err(error)?;
    let start = bench["start"].as_f64().unwrap_or_default();
    Ok(Reading { elapsed, rows, trace: Trace::read(&trace, start) })
}

/// What one reading in the page took: in all (ms), each row's outcome and
/// when it was read, and where the time went ([`TRACE`]).
struct Reading {
    elapsed: f64,
    rows: Vec<(String, f64)>,
    trace: Trace,
}

/// The page's workers and their jobs ([`TRACE`]), times in ms from the
/// input's `change`.
#[derive(Default)]
struct Trace {
    /// Each worker's script, when it was made and when it was ready.
    workers: Vec<(String, f64, f64)>,
    jobs: Vec<TracedJob>,
}

struct TracedJob {
    worker: usize,
    /// A file's size, `None` for a JSON request.
    bytes: Option<u64>,
    what: String,
    posted: f64,
    answered: f64,
    reply: String,
}

impl Trace {
    fn read(trace: &Value, start: f64) -> Self {
        let time = |value: &Value| value.as_f64().map_or(f64::NAN, |at| at - start);
        let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
        let workers = trace["workers"]
            .as_array()
            .map(|workers| {
                workers
                    .iter()
                    .map(|worker| (text(&worker["url"]), time(&worker["created"]), time(&worker["ready"])))
                    .collect()
            })
            .unwrap_or_default();
        let jobs = trace["jobs"]
            .as_array()
            .map(|jobs| {
                jobs.iter()
                    .map(|job| TracedJob {
                        worker: job["worker"].as_u64().unwrap_or_default() as usize,
                        bytes: job["bytes"].as_u64(),
                        what: text(&job["what"]),
                        posted: time(&job["posted"]),
                        answered: time(&job["answered"]),
                        reply: text(&job["reply"]),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self { workers, jobs }
    }

    /// Prints each worker and its jobs, files named by their size.
    fn print(&self, paths: &[PathBuf]) {
        let name_of = |bytes: u64| {
            paths
                .iter()
                .find(|path| path.metadata().is_ok_and(|meta| meta.len() == bytes))
                .and_then(|path| path.file_name())
                .map_or_else(|| format!("{bytes} B"), |name| name.to_string_lossy().into_owned())
        };
        for (index, (url, created, ready)) in self.workers.iter().enumerate() {
            let script = url.rsplit('/').next().unwrap_or(url);
            println!("    worker {index} ({script}): made at {created:>6.0} ms, ready at {ready:>6.0} ms");
            for job in self.jobs.iter().filter(|job| job.worker == index) {
                let what = match job.bytes {
                    Some(bytes) => format!("{} {}", name_of(bytes), job.what),
                    None => job.what.clone(),
                };
                println!(
                    "      {:>6.0} → {:>6.0} ms ({:>5.0} ms) {what} → {}",
                    job.posted,
                    job.answered,
                    job.answered - job.posted,
                    job.reply
                );
            }
        }
    }
}

/// Each row's outcome, in the list's order.
async fn outcomes(client: &Client) -> Result<Vec<String>, String> {
    let outcomes = client
        .execute(
            "return [...document.querySelectorAll('.resume-list > li > .outcome')].map(outcome => outcome.textContent)",
            vec![],
        )
        .await
        .map_err(|error| error.to_string())?;
    match outcomes {
        Value::Array(outcomes) => {
            Ok(outcomes.iter().map(|outcome| outcome.as_str().unwrap_or("").to_owned()).collect())
        }
        other => Err(format!("unexpected outcomes: {other}")),
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}
