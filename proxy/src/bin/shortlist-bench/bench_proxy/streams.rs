//! `bench-proxy --streams N` (issue #17): N analysis streams at once
//! through one `shortlist serve` at its defaults, against a fake upstream
//! that takes 2–5 s a resume (each resume scripted `slow=MS`, MS drawn from
//! `--slow-ms`). The clients come from `--sources` loopback addresses
//! (127.0.0.2 onwards), so the per-address caps and the rate limit stay at
//! their defaults. `--disconnect` of the streams leave after their first
//! event. Prints how each stream ended (every one must complete or end in
//! a clear error), how long they took, the proxy's peak resident memory
//! (VmHWM) and whether the upstream calls of the clients that left were
//! freed (the upstream's calls in flight return to 0).

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use shortlist_fake_upstream::{FakeUpstream, SCRIPT_MARKER};

use super::{BenchArgs, JOB, ProxyProcess, RESUME, ms, proc_status_mb, rss_mb_of};

#[derive(Debug, clap::Args)]
pub struct StreamArgs {
    /// `--streams`: the upstream's time a resume, in ms, drawn uniformly from MIN-MAX.
    #[arg(long, default_value = "2000-5000")]
    slow_ms: String,
    /// `--streams`: resumes a stream (the page sends up to 5).
    #[arg(long, default_value_t = 1)]
    resumes_per_stream: usize,
    /// `--streams`: loopback addresses the clients come from.
    #[arg(long, default_value_t = 50)]
    sources: u8,
    /// `--streams`: how many of the streams the client leaves after the first event.
    #[arg(long, default_value_t = 50)]
    disconnect: usize,
    /// `--streams`: extra flags for `shortlist serve`, e.g. "--max-upstream-calls=256".
    #[arg(long, allow_hyphen_values = true, value_delimiter = ' ')]
    proxy_flags: Vec<String>,
}

/// How one stream ended.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Ending {
    /// `done`, after a `completed` for every resume.
    Completed,
    /// `done`, with `error` events (their codes).
    Errors(String),
    /// An HTTP error status with a JSON body (its code).
    Refused(String),
    /// The client left on purpose.
    Left,
    /// Anything else: a transport error or a stream cut before `done`.
    Unclear(String),
}

pub async fn run(args: &BenchArgs, count: usize) -> std::io::Result<()> {
    let own = &args.stream_args;
    let (slow_min, slow_max) = own
        .slow_ms
        .split_once('-')
        .and_then(|(a, b)| Some((a.trim().parse::<u64>().ok()?, b.trim().parse::<u64>().ok()?)))
        .filter(|(a, b)| a <= b)
        .ok_or_else(|| std::io::Error::other("--slow-ms takes MIN-MAX in milliseconds"))?;
    let upstream = Arc::new(FakeUpstream::start_on(args.upstream_port, Duration::ZERO, false).await?);
    let flags: Vec<&str> =
        own.proxy_flags.iter().map(String::as_str).filter(|flag| !flag.is_empty()).collect();
    let mut proxy = ProxyProcess::start(args, &upstream.url(), &flags).await?;
    let pid = proxy.child.id();
    let idle_mb = proc_status_mb(pid, "VmHWM:").unwrap_or(0.0);
    println!(
        "{count} streams of {} resume(s), upstream {slow_min}–{slow_max} ms a resume, from {} addresses, \
         {} leaving after their first event; shortlist serve at its defaults{}{}",
        own.resumes_per_stream,
        own.sources,
        own.disconnect.min(count),
        if flags.is_empty() { "" } else { " but " },
        flags.join(" ")
    );
    let clients: Vec<reqwest::Client> = (0..own.sources.max(1))
        .map(|index| {
            let source = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + index.min(250)));
            reqwest::Client::builder().local_address(source).build().unwrap_or_default()
        })
        .collect();
    let url = format!("http://{}/api/analyze", proxy.addr);
    let leavers = own.disconnect.min(count);
    let step = count.checked_div(leavers).unwrap_or(1).max(1);
    let started = Instant::now();
    let tasks: Vec<_> = (0..count)
        .map(|index| {
            let client = clients[index % clients.len()].clone();
            let resumes: Vec<Value> = (0..own.resumes_per_stream)
                .map(|resume| {
                    let slow = slow_min + fastrand::u64(0..=slow_max - slow_min);
                    json!({"id": format!("r{resume}"), "text": format!("{index}/{resume} {RESUME}\n{SCRIPT_MARKER} slow={slow}\n")})
                })
                .collect();
            let body = json!({"job_description": JOB, "resumes": resumes}).to_string();
            // The leavers are spread over the streams: every step-th one.
            let leave = leavers > 0 && index % step == 0 && index / step < leavers;
            let (url, resumes) = (url.clone(), resumes.len());
            tokio::spawn(async move {
                let begun = Instant::now();
                let ending = stream(&client, &url, body, leave, resumes).await;
                (ending, begun.elapsed())
            })
        })
        .collect();
    let mut peak_sampled = 0.0_f64;
    let mut endings: BTreeMap<Ending, usize> = BTreeMap::new();
    let mut durations = Vec::new();
    let mut pending = tasks;
    while !pending.is_empty() {
        tokio::time::sleep(Duration::from_millis(100)).await;
        peak_sampled = peak_sampled.max(rss_mb_of(pid).unwrap_or(0.0));
        let (done, rest): (Vec<_>, Vec<_>) = pending.into_iter().partition(|task| task.is_finished());
        pending = rest;
        for task in done {
            if let Ok((ending, took)) = task.await {
                if ending != Ending::Left {
                    durations.push(took);
                }
                *endings.entry(ending).or_default() += 1;
            }
        }
    }
    let wall = started.elapsed();
    let peak_mb = proc_status_mb(pid, "VmHWM:");
    let settle = Instant::now();
    while upstream.in_flight() > 0 && settle.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    proxy.stop();
    durations.sort_unstable();
    let percentile = |p: f64| {
        durations
            .get(((p / 100.0) * durations.len().saturating_sub(1) as f64).round() as usize)
            .map_or(0.0, |d| ms(*d) / 1000.0)
    };
    println!("finished in {:.1} s", wall.as_secs_f64());
    for (ending, n) in &endings {
        println!("  {n:>5} {ending:?}");
    }
    println!(
        "  stream time (those that stayed): p50 {:.1} s, p99 {:.1} s, max {:.1} s",
        percentile(50.0),
        percentile(99.0),
        percentile(100.0)
    );
    println!(
        "proxy memory: peak RSS (VmHWM) {} MB, idle after start {idle_mb:.1} MB, highest sampled VmRSS {peak_sampled:.1} MB",
        peak_mb.map_or("-".to_owned(), |mb| format!("{mb:.1}"))
    );
    println!(
        "upstream: {} calls at most in flight at once, {} dropped because the proxy let go (its client left), {} in flight after the run",
        upstream.peak_in_flight(),
        upstream.dropped(),
        upstream.in_flight()
    );
    let unclear: usize =
        endings.iter().filter(|(ending, _)| matches!(ending, Ending::Unclear(_))).map(|(_, n)| n).sum();
    println!(
        "every stream completed or ended in a clear error: {}; the calls of the clients that left were freed: {}",
        if unclear == 0 { "met" } else { "NOT MET" },
        if upstream.in_flight() == 0 { "met" } else { "NOT MET" }
    );
    Ok(())
}

/// One stream: the request, then its events until the end, or until the
/// first event when the client is to leave.
async fn stream(client: &reqwest::Client, url: &str, body: String, leave: bool, resumes: usize) -> Ending {
    let response = match client.post(url).header("content-type", "application/json").body(body).send().await {
        Ok(response) => response,
        Err(error) => return Ending::Unclear(format!("request: {}", kind(&error))),
    };
    let status = response.status();
    if !status.is_success() {
        let code = response
            .json::<Value>()
            .await
            .ok()
            .and_then(|error| error["code"].as_str().map(str::to_owned))
            .map_or_else(|| format!("HTTP {status} without a JSON error"), |code| format!("{status} {code}"));
        return if code.contains("without") { Ending::Unclear(code) } else { Ending::Refused(code) };
    }
    let mut response = response;
    let mut text = String::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                text.push_str(&String::from_utf8_lossy(&chunk));
                if leave {
                    tokio::time::sleep(Duration::from_millis(fastrand::u64(500..=2000))).await;
                    return Ending::Left;
                }
            }
            Ok(None) => break,
            Err(error) => return Ending::Unclear(format!("stream: {}", kind(&error))),
        }
    }
    let events: Vec<Value> = text
        .lines()
        .filter_map(|line| line.strip_prefix("data:"))
        .filter_map(|data| serde_json::from_str(data.trim()).ok())
        .collect();
    if !events.iter().any(|event| event["event"] == "done") {
        return Ending::Unclear("stream ended before done".to_owned());
    }
    let completed = events.iter().filter(|event| event["event"] == "completed").count();
    let mut codes: Vec<String> = events
        .iter()
        .filter(|event| event["event"] == "error")
        .map(|event| event["code"].as_str().unwrap_or("?").to_owned())
        .collect();
    if completed == resumes && codes.is_empty() {
        return Ending::Completed;
    }
    if completed + codes.len() != resumes {
        return Ending::Unclear(format!("{completed} completed and {} errors of {resumes}", codes.len()));
    }
    codes.sort();
    codes.dedup();
    Ending::Errors(codes.join(","))
}

fn kind(error: &reqwest::Error) -> &'static str {
    if error.is_connect() {
        "connect"
    } else if error.is_timeout() {
        "timeout"
    } else if error.is_body() || error.is_decode() {
        "body"
    } else {
        "other"
    }
}
