//! The product's own OCR path, in the real page: `dist/` served by the
//! server's library on a 127.0.0.1 port (as `shortlist serve` serves it and
//! the end-to-end tests start it), opened in headless Chromium; each file is
//! given to the resume input, and its text is read back from the page's
//! session (sessionStorage), where the page keeps what it read.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::Value;
use shortlist_core::session::SESSION_KEY;
use shortlist_proxy::{AppState, ConnectionLimits, app, serve_within};
use tokio::sync::oneshot;

use shortlist_browser::Browser;

/// How long one file may take before the bench gives up on it.
const PATIENCE: Duration = Duration::from_secs(900);

pub struct PageOcr {
    browser: Browser,
    stop: Option<oneshot::Sender<()>>,
}

/// What the page read from one file.
pub struct Read {
    pub text: String,
    /// From the input's change event until the file's row is read, by the
    /// page's clock (`page_timer.js`).
    pub seconds: f64,
    pub confidence: f64,
}

impl PageOcr {
    pub async fn start(dist: &Path) -> Result<Self, String> {
        let listener =
            tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| format!("bind: {e}"))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let (stop, stopped) = oneshot::channel::<()>();
        let router = app(AppState::new(shortlist_proxy::Page::load(dist)));
        tokio::spawn(serve_within(listener, router, ConnectionLimits::default(), async {
            let _ = stopped.await;
        }));
        let browser = Browser::start().await;
        let page = Self { browser, stop: Some(stop) };
        let client = &page.browser.client;
        client.goto(&format!("http://{addr}/")).await.map_err(|e| format!("open the page: {e}"))?;
        client
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css("#resumes"))
            .await
            .map_err(|e| format!("the page did not show its resume input: {e}"))?;
        client
            .execute(include_str!("page_timer.js"), vec![])
            .await
            .map_err(|e| format!("install the timer: {e}"))?;
        Ok(page)
    }

    /// Runs the scan set's drawing script (draw_page.js) in the page's tab.
    pub async fn draw(&self, arguments: Vec<Value>) -> Result<Value, String> {
        self.browser
            .client
            .execute(include_str!("draw_page.js"), arguments)
            .await
            .map_err(|e| format!("drawing a page: {e}"))
    }

    /// Gives `file` to the page, waits until it is read, and takes its text
    /// back; then removes it, so the next file is read alone.
    pub async fn read(&self, file: &Path) -> Result<Read, String> {
        let client = &self.browser.client;
        let name = file.file_name().and_then(|name| name.to_str()).ok_or("a file name")?.to_owned();
        let input = client.find(Locator::Css("#resumes")).await.map_err(|e| e.to_string())?;
        input
            .send_keys(&file.display().to_string())
            .await
            .map_err(|e| format!("give {name} to the page: {e}"))?;

        let start = Instant::now();
        let milliseconds = loop {
            let elapsed = client
                .execute(
                    "const t = window.shortlistBenchTimer; return t.end === null ? null : t.end - t.start;",
                    vec![],
                )
                .await
                .map_err(|e| e.to_string())?;
            if let Some(ms) = elapsed.as_f64() {
                break ms;
            }
            if start.elapsed() > PATIENCE {
                return Err(format!("the page was still reading {name} after {} s", PATIENCE.as_secs()));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let outcome = client
            .find(Locator::Css(".resume-list li .outcome"))
            .await
            .map_err(|e| e.to_string())?
            .text()
            .await
            .map_err(|e| e.to_string())?;
        if !outcome.starts_with("Read by OCR") {
            return Err(format!("the page did not read {name} by OCR: {outcome}"));
        }

        // The session is written just after the list shows the outcome.
        let (text, confidence) = loop {
            let json = client
                .execute(&format!("return sessionStorage.getItem('{SESSION_KEY}')"), vec![])
                .await
                .map_err(|e| e.to_string())?;
            let session: Value =
                json.as_str().and_then(|json| serde_json::from_str(json).ok()).unwrap_or_default();
            let resume = session["resumes"]
                .as_array()
                .and_then(|resumes| resumes.iter().find(|resume| resume["filename"] == name.as_str()));
            // Its OCR reading is stored with its text, once read.
            if let Some(resume) = resume.filter(|resume| resume["ocr"].is_object()) {
                let text = resume["text"].as_str().unwrap_or_default().to_owned();
                break (text, resume["ocr"]["confidence"].as_f64().unwrap_or(0.0));
            }
            if start.elapsed() > PATIENCE {
                return Err(format!("{name} never reached the page's session"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };

        client
            .find(Locator::Css(".resume-list li .remove"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| format!("remove {name}: {e}"))?;
        while !client.find_all(Locator::Css(".resume-list li")).await.map_err(|e| e.to_string())?.is_empty() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(Read { text, seconds: milliseconds / 1000.0, confidence })
    }

    pub async fn close(mut self) {
        self.browser.close().await;
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
