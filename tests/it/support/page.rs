//! Reading and waiting on the page through WebDriver. The page renders
//! asynchronously, so every wait polls with a deadline and fails loudly.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};

/// The text of the first element matching `css`.
pub async fn text(client: &Client, css: &str) -> String {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).text().await.unwrap()
}

/// The texts of every element matching `css`, in document order.
pub async fn texts(client: &Client, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for element in client.find_all(Locator::Css(css)).await.unwrap() {
        out.push(element.text().await.unwrap());
    }
    out
}

pub async fn is_enabled(client: &Client, css: &str) -> bool {
    client.find(Locator::Css(css)).await.unwrap().is_enabled().await.unwrap()
}

/// Polls `check` until it holds, for at most `seconds`.
pub async fn wait_until<F: AsyncFn() -> bool>(what: &str, seconds: u64, check: F) {
    let start = Instant::now();
    while !check().await {
        assert!(start.elapsed() < Duration::from_secs(seconds), "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every URL the page has fetched since it loaded (Resource Timing).
pub async fn fetched_resources(client: &Client) -> Vec<String> {
    let resources = client
        .execute("return performance.getEntriesByType('resource').map(entry => entry.name)", vec![])
        .await
        .unwrap();
    resources.as_array().unwrap().iter().map(|url| url.as_str().unwrap().to_owned()).collect()
}

/// Waits until `css` matches exactly `count` elements.
pub async fn wait_for_count(client: &Client, css: &str, count: usize) {
    wait_until(&format!("{count} × {css}"), 10, async || {
        client.find_all(Locator::Css(css)).await.unwrap().len() == count
    })
    .await;
}

/// Waits until no file in the list is still being read.
pub async fn wait_until_read(client: &Client) {
    wait_until("every file is read", 60, async || {
        client.find_all(Locator::Css(".resume-list li.reading")).await.unwrap().is_empty()
    })
    .await;
}

/// Waits for the one file ending in `extension` in `dir` and reads it.
pub async fn downloaded(dir: &Path, extension: &str) -> String {
    let find = || -> Option<PathBuf> {
        std::fs::read_dir(dir)
            .ok()?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .find(|path| path.extension().is_some_and(|found| found == extension))
    };
    // Chromium may name the file before it has written it: an export is
    // never empty, so its content is what is waited for.
    let written = || find().and_then(|path| std::fs::metadata(path).ok()).is_some_and(|meta| meta.len() > 0);
    wait_until(&format!("a .{extension} file is downloaded"), 20, async || written()).await;
    std::fs::read_to_string(find().unwrap()).unwrap()
}

/// Starts the page's observer of main-thread tasks over 50 ms (those since
/// the page loaded included), read by [`long_tasks_since`].
pub async fn observe_long_tasks(client: &Client) {
    client
        .execute(
            "window.__longTasks = [];
             new PerformanceObserver(list => window.__longTasks.push(...list.getEntries()))
                 .observe({ type: 'longtask', buffered: true });",
            vec![],
        )
        .await
        .unwrap();
}

/// The main-thread tasks over 50 ms the page's observer has seen since
/// `since` (ms on the page's clock), as (start, duration).
pub async fn long_tasks_since(client: &Client, since: f64) -> Vec<(f64, f64)> {
    let found = client
        .execute(
            "return window.__longTasks.filter(t => t.startTime >= arguments[0]).map(t => [t.startTime, t.duration])",
            vec![since.into()],
        )
        .await
        .unwrap();
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|task| (task[0].as_f64().unwrap(), task[1].as_f64().unwrap()))
        .collect()
}

pub async fn page_now(client: &Client) -> f64 {
    client.execute("return performance.now()", vec![]).await.unwrap().as_f64().unwrap()
}
