//! The `shortlist` binary, started and stopped the way an operator does, and
//! the commands it lists beside `shortlist-bench`'s.

use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::support::dist_dir;

fn free_addr() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().to_string()
}

fn shortlist() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_shortlist"));
    command.stdout(Stdio::null()).stderr(Stdio::piped()).env_remove("SHORTLIST_ADDR");
    command
}

async fn wait_for_health(addr: &str) {
    let start = Instant::now();
    loop {
        if let Ok(response) = reqwest::get(format!("http://{addr}/api/health")).await {
            assert!(response.status().is_success());
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "shortlist serve did not answer on {addr}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn terminate(child: &mut Child, signal: &str) -> ExitStatus {
    let status = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "shortlist serve ignored {signal}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test]
async fn serve_listens_on_the_given_address_and_stops_cleanly_on_sigterm() {
    let addr = free_addr();
    let mut child = shortlist().args(["serve", "--addr", &addr, "--dist"]).arg(dist_dir()).spawn().unwrap();
    wait_for_health(&addr).await;
    let status = terminate(&mut child, "-TERM");
    assert!(status.success(), "exit status {status}");
}

#[tokio::test]
async fn serve_takes_its_address_from_the_environment_and_stops_on_sigint() {
    let addr = free_addr();
    let mut child = shortlist()
        .arg("serve")
        .env("SHORTLIST_ADDR", &addr)
        .env("SHORTLIST_DIST", dist_dir())
        .spawn()
        .unwrap();
    wait_for_health(&addr).await;
    let status = terminate(&mut child, "-INT");
    assert!(status.success(), "exit status {status}");
}

#[test]
fn a_bad_address_is_refused_with_a_message() {
    let output = shortlist().args(["serve", "--addr", "not-an-address"]).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid value 'not-an-address' for '--addr"), "{stderr}");
}

/// The commands `binary --help` lists, in order.
fn commands_in_help(binary: &str) -> Vec<String> {
    let output = Command::new(binary).arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    let commands = help.split("Commands:\n").nth(1).unwrap_or_else(|| panic!("no commands in {help}"));
    commands
        .lines()
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .collect()
}

/// See: #16. What ships lists the operator's commands only; the benchmarks
/// are the developer's binary.
#[test]
fn help_lists_the_operator_commands_and_the_benchmarks_apart() {
    assert_eq!(
        commands_in_help(env!("CARGO_BIN_EXE_shortlist")),
        ["serve", "extract", "analyze", "requirements", "inspect", "help"]
    );
    assert_eq!(
        commands_in_help(env!("CARGO_BIN_EXE_shortlist-bench")),
        [
            "bench-extract",
            "bench-grounding",
            "bench-match",
            "bench-privacy",
            "bench-real",
            "bench-proxy",
            "help"
        ]
    );
}
