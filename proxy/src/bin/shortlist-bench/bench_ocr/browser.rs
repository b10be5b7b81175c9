//! Headless Chromium behind its own chromedriver, for the bench: the same
//! browser and flags as the end-to-end tests' `Browser` (tests/it/support),
//! written small here because the bench reports failures as messages where
//! the tests panic, and needs none of the tests' extras (the run-alone lock,
//! the console log, downloads). Moving the tests' helper into a crate both
//! could use would add a workspace member for some forty lines.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

pub struct Browser {
    pub client: Client,
    _driver: Driver,
    _profile: TempDir,
}

/// chromedriver, stopped when dropped (also when starting fails half way).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Browser {
    /// `CHROMEDRIVER` (default `chromedriver`) driving `CHROMIUM` (default
    /// /usr/bin/chromium), as the tests do.
    pub async fn start() -> Result<Self, String> {
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                format!("could not start {chromedriver} ({e}): install Debian's chromium and chromium-driver")
            })
            .map(Driver)?;
        let profile = TempDir::new()?;
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if start.elapsed() > Duration::from_secs(20) {
                return Err(format!("{chromedriver} did not listen on port {port}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut capabilities = Capabilities::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.0.display()),
                ],
            }),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .map_err(|e| format!("could not open a Chromium session ({chromium}): {e}"))?;
        Ok(Self { client, _driver: driver, _profile: profile })
    }

    /// Ends the session, then chromedriver (on drop).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// A fresh folder, removed on drop: the browser's profile.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new() -> Result<Self, String> {
        let path = std::env::temp_dir().join(format!(
            "shortlist-bench-ocr-profile-{}-{}",
            std::process::id(),
            fastrand::u64(..)
        ));
        std::fs::create_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Self(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
