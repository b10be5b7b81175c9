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

/// See: #14. `--no-page`: the API alone, for a page on a static host; every
/// other path is a JSON 404, and the allowed origins must be origins.
#[tokio::test]
async fn serve_with_no_page_answers_only_the_api() {
    let addr = free_addr();
    let mut child = shortlist()
        .args(["serve", "--no-page", "--addr", &addr, "--allowed-origins", "https://jobs.example.com/"])
        .spawn()
        .unwrap();
    wait_for_health(&addr).await;
    let page = reqwest::get(format!("http://{addr}/")).await.unwrap();
    assert_eq!(page.status(), reqwest::StatusCode::NOT_FOUND);
    assert_eq!(page.json::<serde_json::Value>().await.unwrap()["code"], "not_found");
    let config = reqwest::Client::new()
        .get(format!("http://{addr}/api/config"))
        .header("origin", "https://jobs.example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(config.headers()["access-control-allow-origin"], "https://jobs.example.com");
    let status = terminate(&mut child, "-TERM");
    assert!(status.success(), "exit status {status}");

    let output = shortlist()
        .args(["serve", "--no-page", "--allowed-origins", "https://jobs.example.com/shortlist"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--allowed-origins") && stderr.contains("is not an origin"), "{stderr}");
}

/// See: #14. `shortlist publish`, the deploy step: a copy of the built page
/// with the API's origin and the policy written in together; an origin with a
/// path, or no built page, is refused with a message and writes nothing.
#[test]
fn publish_writes_a_copy_naming_the_api_and_refuses_bad_input() {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<html><head>\n<meta name=\"shortlist-api\" content=\"\" />\n\
         <script type=\"module\">import init from './app.js'; await init();</script>\n</head></html>",
    )
    .unwrap();
    std::fs::create_dir(dist.path().join("snippets")).unwrap();
    std::fs::write(dist.path().join("snippets/app.js"), "export default 1;").unwrap();
    let site = tempfile::tempdir().unwrap();
    let out = site.path().join("site");
    let publish = |dist: &std::path::Path, api: &str| {
        shortlist()
            .stdout(Stdio::piped())
            .arg("publish")
            .arg("--dist")
            .arg(dist)
            .arg("--out")
            .arg(&out)
            .args(["--api", api])
            .output()
            .unwrap()
    };

    let output = publish(dist.path(), "https://screening.example.com/");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("(API: https://screening.example.com)"), "{stdout}");
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        html.contains(r#"<meta name="shortlist-api" content="https://screening.example.com" />"#),
        "{html}"
    );
    let (_, policy) =
        shortlist_proxy::page::meta_content(&html, "http-equiv", "Content-Security-Policy").unwrap();
    assert!(
        policy.contains("connect-src 'self' https://screening.example.com;") && policy.contains("'sha256-"),
        "{policy}"
    );
    assert_eq!(std::fs::read_to_string(out.join("snippets/app.js")).unwrap(), "export default 1;");
    assert!(
        std::fs::read_to_string(dist.path().join("index.html")).unwrap().contains(r#"content="""#),
        "dist/ itself is left as built"
    );

    std::fs::remove_dir_all(&out).unwrap();
    let output = publish(dist.path(), "https://screening.example.com/shortlist");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is not an origin") && stderr.contains("scheme, host and port"), "{stderr}");
    assert!(!out.exists(), "nothing written");

    let output = publish(&site.path().join("no-such-dist"), "https://screening.example.com");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no built page") && stderr.contains("build it first"), "{stderr}");
    assert!(!out.exists(), "nothing written");
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
        ["serve", "publish", "extract", "analyze", "requirements", "inspect", "help"]
    );
    assert_eq!(
        commands_in_help(env!("CARGO_BIN_EXE_shortlist-bench")),
        [
            "bench-extract",
            "bench-grounding",
            "bench-match",
            "bench-ocr",
            "bench-privacy",
            "bench-real",
            "bench-proxy",
            "help"
        ]
    );
}
