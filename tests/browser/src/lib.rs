//! Headless Chromium behind its own chromedriver, with a fresh profile: the
//! browser the end-to-end tests (`tests/it`) drive and `shortlist-bench
//! bench-page` times the page in. `CHROMEDRIVER` and `CHROMIUM` name the
//! binaries (chromedriver on the PATH and Debian's Chromium otherwise).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

/// The browsers of this test binary run side by side; a test that times the
/// page's main thread runs alone, so that other tests' browsers do not take
/// the cores its page needs (a busy machine would lengthen every task).
static SIDE_BY_SIDE: RwLock<()> = RwLock::new(());

/// A browser's turn: shared with the others, or alone.
enum Turn {
    Shared(#[allow(dead_code)] RwLockReadGuard<'static, ()>),
    Alone(#[allow(dead_code)] RwLockWriteGuard<'static, ()>),
}

/// The preferences that save downloads into `dir` without asking.
fn downloads_to(dir: &std::path::Path) -> Value {
    json!({
        "download.default_directory": dir.display().to_string(),
        "download.prompt_for_download": false,
    })
}

/// Headless Chromium behind its own chromedriver, with a fresh profile.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
    _turn: Turn,
}

impl Browser {
    pub async fn start() -> Self {
        Self::start_with_prefs(json!({})).await
    }

    /// A browser started with `extra` command-line arguments after the
    /// usual ones (for example `--js-flags=...`, to see what the engine's
    /// compiler costs the page in `shortlist-bench bench-page`).
    pub async fn start_with_args(extra: &[String]) -> Self {
        let turn = Turn::Shared(SIDE_BY_SIDE.read().unwrap_or_else(PoisonError::into_inner));
        Self::start_in_with(turn, json!({}), extra).await
    }

    /// A browser that runs once every other browser of the tests has closed,
    /// and keeps the others waiting until it closes: for timing the page.
    pub async fn start_alone() -> Self {
        let turn = Turn::Alone(SIDE_BY_SIDE.write().unwrap_or_else(PoisonError::into_inner));
        Self::start_in(turn, json!({})).await
    }

    /// A browser that saves downloads into `dir` without asking.
    pub async fn start_downloading_to(dir: &std::path::Path) -> Self {
        Self::start_with_prefs(downloads_to(dir)).await
    }

    /// [`Self::start_downloading_to`], alone as [`Self::start_alone`] is.
    pub async fn start_alone_downloading_to(dir: &std::path::Path) -> Self {
        let turn = Turn::Alone(SIDE_BY_SIDE.write().unwrap_or_else(PoisonError::into_inner));
        Self::start_in(turn, downloads_to(dir)).await
    }

    async fn start_with_prefs(prefs: Value) -> Self {
        let turn = Turn::Shared(SIDE_BY_SIDE.read().unwrap_or_else(PoisonError::into_inner));
        Self::start_in(turn, prefs).await
    }

    async fn start_in(turn: Turn, prefs: Value) -> Self {
        Self::start_in_with(turn, prefs, &[]).await
    }

    async fn start_in_with(turn: Turn, prefs: Value, extra: &[String]) -> Self {
        let port = free_port();
        let driver = Command::new(chromedriver())
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver (scripts/test installs Debian's chromium-driver)");
        let webdriver = format!("http://127.0.0.1:{port}");
        wait_until_listening(port, Duration::from_secs(20));

        let profile = tempfile::tempdir().expect("profile folder");
        let mut args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--no-first-run".to_owned(),
            "--window-size=1280,1000".to_owned(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        args.extend(extra.iter().cloned());
        let mut capabilities = Capabilities::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": chromium(),
                "args": args,
                "prefs": prefs,
            }),
        );
        capabilities.insert("goog:loggingPrefs".to_owned(), json!({ "browser": "ALL" }));
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&webdriver)
            .await
            .expect("open a Chromium session");
        Self { client, driver, _profile: profile, _turn: turn }
    }

    /// The console messages logged since the last call, as (level, message).
    pub async fn console(&self) -> Vec<(String, String)> {
        let entries = self.client.issue_cmd(BrowserLog).await.expect("read the browser log");
        entries
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|entry| {
                        let field = |name: &str| entry[name].as_str().unwrap_or_default().to_owned();
                        (field("level"), field("message"))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Renders the page for `media` ("print" or "screen"), as Chromium's
    /// print preview would, through the DevTools protocol.
    pub async fn emulate_media(&self, media: &str) {
        self.client
            .issue_cmd(DevTools { command: "Emulation.setEmulatedMedia", params: json!({ "media": media }) })
            .await
            .expect("emulate a media type");
    }

    /// Makes the page see `cores` as `navigator.hardwareConcurrency`, from
    /// the next page loaded on (the page sizes its pool of workers by it).
    pub async fn emulate_cores(&self, cores: u32) {
        self.client
            .issue_cmd(DevTools {
                command: "Emulation.setHardwareConcurrencyOverride",
                params: json!({ "hardwareConcurrency": cores }),
            })
            .await
            .expect("emulate a number of cores");
    }

    /// Runs `script` in every page loaded from now on, before the page's own
    /// scripts (through the DevTools protocol, so the page's policy does
    /// not apply to it).
    pub async fn run_before_each_page(&self, script: &str) {
        self.client
            .issue_cmd(DevTools {
                command: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": script }),
            })
            .await
            .expect("add a script to every new document");
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// chromedriver's log endpoint (not part of W3C WebDriver, but Chromium's own).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": "browser" }).to_string()))
    }
}

/// One DevTools protocol command, through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.command, "params": self.params }).to_string()))
    }
}

fn chromedriver() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned())
}

fn chromium() -> Value {
    Value::String(std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|listener| listener.local_addr()).expect("a free port").port()
}

fn wait_until_listening(port: u16, timeout: Duration) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < timeout, "chromedriver did not listen on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
