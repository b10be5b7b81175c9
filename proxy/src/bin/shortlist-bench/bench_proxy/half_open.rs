//! `bench-proxy --half-open N` (issue #17): N connections from 127.0.0.2
//! that each send half a request line and then nothing, against one
//! `shortlist serve` at its defaults (`--shortlist` picks another build,
//! e.g. an older one, to compare). Prints how many the proxy still holds
//! open 1, 5, 12 and 36 s after the last was opened, and whether `/api/health` answers from
//! 127.0.0.1 meanwhile.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpSocket;

use super::{BenchArgs, ProxyProcess};

pub async fn run(args: &BenchArgs, count: usize) -> std::io::Result<()> {
    // No upstream is called: health only.
    let mut proxy = ProxyProcess::start(args, "http://127.0.0.1:9", &[]).await?;
    let closed = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..count {
        let socket = TcpSocket::new_v4()?;
        socket.bind(SocketAddr::new([127, 0, 0, 2].into(), 0))?;
        let Ok(mut stream) = socket.connect(proxy.addr).await else {
            closed.fetch_add(1, Ordering::SeqCst);
            continue;
        };
        let closed = Arc::clone(&closed);
        tasks.push(tokio::spawn(async move {
            let _ = stream.write_all(b"GET /api/health HT").await;
            let mut buffer = [0u8; 256];
            while let Ok(1..) = stream.read(&mut buffer).await {}
            closed.fetch_add(1, Ordering::SeqCst);
        }));
    }
    println!(
        "{count} connections from 127.0.0.2, each sending half a request line, opened in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // The times count from when the last connection was opened.
    let opened = Instant::now();
    let health = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap_or_default();
    for at in [1, 5, 12, 36] {
        tokio::time::sleep_until((opened + Duration::from_secs(at)).into()).await;
        let asked = Instant::now();
        let answer = match health.get(format!("http://{}/api/health", proxy.addr)).send().await {
            Ok(response) => format!("{} in {:.1} ms", response.status(), asked.elapsed().as_secs_f64() * 1e3),
            Err(error) => format!("no answer ({error})"),
        };
        println!(
            "after {at:>2} s: {:>4} of {count} still open; /api/health from 127.0.0.1: {answer}",
            count - closed.load(Ordering::SeqCst).min(count)
        );
    }
    for task in &tasks {
        task.abort();
    }
    proxy.stop();
    Ok(())
}
