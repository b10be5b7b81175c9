//! `shortlist-bench bench-proxy`: closed-loop load against the fake upstream
//! directly, then against `shortlist serve` child processes in front of it
//! (the `shortlist` built beside this binary): one with the default cap on
//! upstream calls (64) and one with a cap of 4096, at each concurrency
//! level; prints latency, throughput, errors and each proxy's memory, and
//! checks the bars.
//!
//! Each virtual client sends one request, reads the whole reply, and sends
//! the next, for `--seconds` after a short warm-up. One resume a request.
//! All clients come from 127.0.0.1, so the proxies run with the rate limit
//! and the per-address connection cap off. Optionally another target: any
//! OpenAI-compatible proxy (e.g. LiteLLM) already running in front of the
//! same fake (`--other-url`, `--other-key`, `--other-model`), see
//! scripts/bench-litellm.
//!
//! Two other modes measure one proxy at its defaults (issue #17):
//! `--streams N` ([`streams`]), N analysis streams at once against a slow
//! upstream, some clients leaving mid-stream; `--half-open N`
//! ([`half_open`]), N connections that never finish their headers.

mod half_open;
mod streams;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use shortlist_core::prompt;
use shortlist_fake_upstream::FakeUpstream;

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Concurrent clients, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "1,50,200")]
    levels: Vec<usize>,
    /// Measured seconds per target and level (after a 1 s warm-up).
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Rounds over all levels, pooled: interleaving the targets several
    /// times evens out other load on the machine.
    #[arg(long, default_value_t = 1)]
    rounds: usize,
    /// The fake upstream's fixed delay, in milliseconds.
    #[arg(long, default_value_t = 50)]
    delay_ms: u64,
    /// Listen on this port for the fake upstream (so another proxy can be
    /// pointed at it); 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    upstream_port: u16,
    /// The proxy's log filter (RUST_LOG); `info` is what `serve` runs with.
    #[arg(long, default_value = "info")]
    proxy_log: String,
    /// Also measure this OpenAI-compatible proxy (base URL, e.g. LiteLLM's
    /// http://127.0.0.1:4000) in front of the same fake upstream.
    #[arg(long)]
    other_url: Option<String>,
    /// The other proxy's key (LiteLLM's master_key).
    #[arg(long, default_value = "")]
    other_key: String,
    /// The model name the other proxy routes to the fake upstream.
    #[arg(long, default_value = "fake")]
    other_model: String,
    /// The other proxy's name in the table.
    #[arg(long, default_value = "other")]
    other_name: String,
    /// The other proxy's process id, to read its memory.
    #[arg(long)]
    other_pid: Option<u32>,
    /// The caps on upstream calls of the proxies measured side by side
    /// (`--max-upstream-calls`); the first is the default's.
    #[arg(long, value_delimiter = ',', default_value = "64,4096")]
    upstream_caps: Vec<usize>,
    /// Instead: N analysis streams at once through one proxy at its
    /// defaults, against an upstream taking `--slow-ms` a resume.
    #[arg(long, value_name = "N")]
    streams: Option<usize>,
    #[command(flatten)]
    stream_args: streams::StreamArgs,
    /// Instead: N connections that send half a request line and wait; how
    /// many the proxy (at its defaults) still holds as time passes.
    #[arg(long, value_name = "N")]
    half_open: Option<usize>,
    /// The `shortlist` binary to measure (default: the one beside this).
    #[arg(long)]
    shortlist: Option<PathBuf>,
}

const JOB: &str = "Senior Rust engineer. Required: Rust, PostgreSQL, five years of backend work. \
                   Preferred: Kubernetes, Kafka. A degree in computer science or equivalent experience.";
const RESUME: &str = "Jane Doe. Backend engineer. Six years of Rust at Acme building payment services on \
                      PostgreSQL; Kafka pipelines; led a team of four. BSc Computer Science, 2015.";

/// What one target at one level came to.
struct Run {
    target: String,
    level: usize,
    latencies: Vec<Duration>,
    errors: u64,
    elapsed: Duration,
    rss_mb: Option<f64>,
    /// CPU time the measured process (the proxy) spent a request, in µs.
    cpu_us: Option<f64>,
}

impl Run {
    fn requests_per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    fn percentile(&self, p: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * (self.latencies.len() - 1) as f64).round() as usize;
        self.latencies[rank.min(self.latencies.len() - 1)]
    }
}

pub fn run(args: BenchArgs) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    if let Some(count) = args.half_open {
        return runtime.block_on(half_open::run(&args, count));
    }
    if let Some(count) = args.streams {
        return runtime.block_on(streams::run(&args, count));
    }
    runtime.block_on(bench(args))
}

async fn bench(args: BenchArgs) -> std::io::Result<()> {
    let delay = Duration::from_millis(args.delay_ms);
    let upstream = FakeUpstream::start_on(args.upstream_port, delay, false).await?;
    let mut proxies = Vec::new();
    for (index, &cap) in args.upstream_caps.iter().enumerate() {
        let name = if index == 0 { "shortlist".to_owned() } else { format!("sl-{cap}") };
        let cap = cap.to_string();
        let flags = ["--rate-limit", "0", "--max-connections-per-address", "0", "--max-upstream-calls", &cap];
        let proxy = ProxyProcess::start(&args, &upstream.url(), &flags).await?;
        eprintln!("{name}: max upstream calls {cap}, pid {} on {}", proxy.child.id(), proxy.addr);
        proxies.push((name, proxy));
    }
    let load_average = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "{} CPUs, load average {} before the run (other work on the machine competes with all targets)",
        std::thread::available_parallelism().map_or(0, usize::from),
        load_average.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );
    eprintln!("fake upstream {} (delay {} ms); {} s a run", upstream.url(), args.delay_ms, args.seconds);
    let seconds = Duration::from_secs_f64(args.seconds);
    // What the proxy sends for this resume: the rubric it reads from the
    // job description when the request carries none.
    let rubric = shortlist_core::local::rubric(JOB);
    let direct_body = json!({
        "model": "bench/model",
        "messages": [
            {"role": "system", "content": prompt::SYSTEM_PROMPT},
            {"role": "user", "content": prompt::user_message(JOB, &rubric, RESUME)},
        ],
        "temperature": 0,
        "max_tokens": 4096,
        "response_format": {"type": "json_schema", "json_schema": {"name": prompt::SCHEMA_NAME, "strict": true, "schema": prompt::analysis_schema(&rubric)}},
    });
    let proxy_body = json!({"job_description": JOB, "resumes": [{"id": "r1", "text": RESUME}]});
    let mut runs: Vec<Run> = Vec::new();
    for (round, &level) in
        (0..args.rounds.max(1)).flat_map(|round| args.levels.iter().map(move |level| (round, level)))
    {
        if round > 0 {
            eprintln!("round {}", round + 1);
        }
        let target = Target::Direct {
            url: format!("{}/chat/completions", upstream.url()),
            body: direct_body.to_string(),
        };
        runs.push(load("direct", &target, level, seconds, None).await);
        for (name, proxy) in &proxies {
            let target = Target::Proxy {
                url: format!("http://{}/api/analyze", proxy.addr),
                body: proxy_body.to_string(),
            };
            runs.push(load(name, &target, level, seconds, Some(proxy.child.id())).await);
        }
        if let Some(url) = &args.other_url {
            let mut body = direct_body.clone();
            body["model"] = json!(args.other_model);
            let target = Target::Other {
                url: format!("{}/chat/completions", url.trim_end_matches('/')),
                key: args.other_key.clone(),
                body: body.to_string(),
            };
            runs.push(load(&args.other_name, &target, level, seconds, args.other_pid).await);
        }
    }
    for (_, proxy) in &mut proxies {
        proxy.stop();
    }
    let runs = merge_rounds(runs);
    print_table(&runs);
    Ok(())
}

enum Target {
    Direct { url: String, body: String },
    Proxy { url: String, body: String },
    Other { url: String, key: String, body: String },
}

impl Target {
    async fn once(&self, client: &reqwest::Client) -> bool {
        let (url, body) = match self {
            Target::Direct { url, body } | Target::Proxy { url, body } | Target::Other { url, body, .. } => {
                (url, body)
            }
        };
        let mut request = client.post(url).header("content-type", "application/json").body(body.clone());
        if let Target::Other { key, .. } = self {
            request = request.bearer_auth(key);
        }
        let Ok(response) = request.send().await else { return false };
        if !response.status().is_success() {
            return false;
        }
        let Ok(text) = response.text().await else { return false };
        match self {
            Target::Proxy { .. } => {
                text.contains("\"event\":\"completed\"") && text.contains("\"event\":\"done\"")
            }
            Target::Direct { .. } | Target::Other { .. } => serde_json::from_str::<Value>(&text)
                .is_ok_and(|reply| reply["choices"][0]["message"]["content"].is_string()),
        }
    }
}

async fn load(name: &str, target: &Target, level: usize, seconds: Duration, pid: Option<u32>) -> Run {
    let client = reqwest::Client::builder().pool_max_idle_per_host(level.max(1)).build().unwrap_or_default();
    let target = Arc::new(match target {
        Target::Direct { url, body } => Target::Direct { url: url.clone(), body: body.clone() },
        Target::Proxy { url, body } => Target::Proxy { url: url.clone(), body: body.clone() },
        Target::Other { url, key, body } => {
            Target::Other { url: url.clone(), key: key.clone(), body: body.clone() }
        }
    });
    let measuring = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    let tasks: Vec<_> = (0..level)
        .map(|_| {
            let (client, target, measuring, stop, errors) = (
                client.clone(),
                Arc::clone(&target),
                Arc::clone(&measuring),
                Arc::clone(&stop),
                Arc::clone(&errors),
            );
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let started = Instant::now();
                    let ok = target.once(&client).await;
                    if measuring.load(Ordering::Relaxed) && !stop.load(Ordering::Relaxed) {
                        if ok {
                            latencies.push(started.elapsed());
                        } else {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                latencies
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(1)).await;
    measuring.store(true, Ordering::Relaxed);
    let started = Instant::now();
    let cpu_before = pid.and_then(cpu_ticks_of);
    let mut rss_mb: Option<f64> = None;
    while started.elapsed() < seconds {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if let Some(sample) = pid.and_then(rss_mb_of) {
            rss_mb = Some(rss_mb.map_or(sample, |peak| peak.max(sample)));
        }
    }
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed();
    let cpu_ticks =
        cpu_before.zip(pid.and_then(cpu_ticks_of)).map(|(before, after)| after.saturating_sub(before));
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap_or_default());
    }
    latencies.sort_unstable();
    // Clock ticks are 10 ms on Linux (USER_HZ = 100).
    let cpu_us = cpu_ticks.map(|ticks| ticks as f64 * 10_000.0 / latencies.len().max(1) as f64);
    let run = Run {
        target: name.to_owned(),
        level,
        latencies,
        errors: errors.load(Ordering::Relaxed),
        elapsed,
        rss_mb,
        cpu_us,
    };
    eprintln!("{name:>9} at {level:>3}: {:.0} requests/s", run.requests_per_second());
    run
}

/// One run per target and level: the rounds' latencies and errors pooled,
/// their times added, the highest memory, the mean CPU a request.
fn merge_rounds(runs: Vec<Run>) -> Vec<Run> {
    let mut merged: Vec<Run> = Vec::new();
    for run in runs {
        match merged.iter_mut().find(|it| it.target == run.target && it.level == run.level) {
            None => merged.push(run),
            Some(it) => {
                let (a, b) = (it.latencies.len() as f64, run.latencies.len() as f64);
                it.cpu_us = it.cpu_us.zip(run.cpu_us).map(|(x, y)| (x * a + y * b) / (a + b).max(1.0));
                it.latencies.extend(run.latencies);
                it.latencies.sort_unstable();
                it.errors += run.errors;
                it.elapsed += run.elapsed;
                it.rss_mb = match (it.rss_mb, run.rss_mb) {
                    (Some(x), Some(y)) => Some(x.max(y)),
                    (x, y) => x.or(y),
                };
            }
        }
    }
    merged
}

/// The resident memory of `pid` in MB, from /proc (Linux).
fn rss_mb_of(pid: u32) -> Option<f64> {
    proc_status_mb(pid, "VmRSS:")
}

/// A memory figure of `pid` in MB from /proc/PID/status (Linux): `VmRSS:`
/// now, `VmHWM:` the peak so far.
fn proc_status_mb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// User plus system CPU time of `pid`, in clock ticks, from /proc (Linux).
fn cpu_ticks_of(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn print_table(runs: &[Run]) {
    println!(
        "{:<10} {:>5} {:>9} {:>7} {:>10} {:>8} {:>8} {:>11} {:>11} {:>9} {:>10}",
        "target",
        "conc",
        "requests",
        "errors",
        "req/s",
        "p50 ms",
        "p99 ms",
        "+p50 ms",
        "+p99 ms",
        "RSS MB",
        "CPU µs/req"
    );
    for run in runs {
        let direct = runs.iter().find(|other| other.target == "direct" && other.level == run.level);
        let added = |p: f64| match direct {
            Some(direct) if run.target != "direct" => {
                format!("{:+.2}", ms(run.percentile(p)) - ms(direct.percentile(p)))
            }
            _ => "-".to_owned(),
        };
        println!(
            "{:<10} {:>5} {:>9} {:>7} {:>10.0} {:>8.2} {:>8.2} {:>11} {:>11} {:>9} {:>10}",
            run.target,
            run.level,
            run.latencies.len(),
            run.errors,
            run.requests_per_second(),
            ms(run.percentile(50.0)),
            ms(run.percentile(99.0)),
            added(50.0),
            added(99.0),
            run.rss_mb.map_or("-".to_owned(), |mb| format!("{mb:.1}")),
            run.cpu_us.map_or("-".to_owned(), |us| format!("{us:.0}")),
        );
    }
    println!();
    for run in runs.iter().filter(|run| run.target == "shortlist" || run.target.starts_with("sl-")) {
        let Some(direct) = runs.iter().find(|other| other.target == "direct" && other.level == run.level)
        else {
            continue;
        };
        let share = run.requests_per_second() / direct.requests_per_second() * 100.0;
        let added_p99 = ms(run.percentile(99.0)) - ms(direct.percentile(99.0));
        let mut bars = Vec::new();
        if run.level >= 200 {
            bars.push(format!("throughput {share:.1}% of direct (bar ≥ 95%): {}", verdict(share >= 95.0)));
            if let Some(rss) = run.rss_mb {
                bars.push(format!("RSS {rss:.1} MB (bar ≤ 30 MB): {}", verdict(rss <= 30.0)));
            }
        }
        if run.level >= 50 {
            bars.push(format!("p99 added {added_p99:+.2} ms (bar ≤ 2 ms): {}", verdict(added_p99 <= 2.0)));
        }
        if run.errors > 0 {
            bars.push(format!("{} errors: FAIL", run.errors));
        }
        if !bars.is_empty() {
            println!("{} at {:>3} concurrent: {}", run.target, run.level, bars.join("; "));
        }
    }
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "NOT MET" }
}

/// `--shortlist`, else [`shortlist_beside_this_binary`].
fn shortlist_binary(args: &BenchArgs) -> std::io::Result<PathBuf> {
    match &args.shortlist {
        Some(path) => Ok(path.clone()),
        None => shortlist_beside_this_binary(),
    }
}

/// The `shortlist` binary in the directory of this one, where cargo builds
/// both (`cargo build --release -p shortlist-proxy --features bench`).
pub fn shortlist_beside_this_binary() -> std::io::Result<PathBuf> {
    let shortlist =
        std::env::current_exe()?.with_file_name(format!("shortlist{}", std::env::consts::EXE_SUFFIX));
    if shortlist.is_file() {
        Ok(shortlist)
    } else {
        Err(std::io::Error::other(format!(
            "{} is missing: build it beside shortlist-bench with `cargo build --release -p shortlist-proxy --features bench`",
            shortlist.display()
        )))
    }
}

/// `shortlist serve` as a child process in front of the fake upstream.
struct ProxyProcess {
    child: Child,
    addr: SocketAddr,
}

impl ProxyProcess {
    /// `shortlist serve` with a key, in front of `upstream_url`, with its
    /// defaults but for `flags`.
    async fn start(args: &BenchArgs, upstream_url: &str, flags: &[&str]) -> std::io::Result<Self> {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
        let no_page = std::env::temp_dir().join("shortlist-bench-no-page");
        let child = Command::new(shortlist_binary(args)?)
            .arg("serve")
            .args(["--addr", &addr.to_string(), "--upstream-url", upstream_url, "--models", "bench/model"])
            .args(flags)
            .arg("--dist")
            .arg(no_page)
            .env("OPENROUTER_API_KEY", "bench-key")
            .env("RUST_LOG", &args.proxy_log)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let mut process = Self { child, addr };
        let started = Instant::now();
        while reqwest::get(format!("http://{addr}/api/health")).await.is_err() {
            if started.elapsed() > Duration::from_secs(20) {
                process.stop();
                return Err(std::io::Error::other("the proxy did not start"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(process)
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ProxyProcess {
    fn drop(&mut self) {
        self.stop();
    }
}
