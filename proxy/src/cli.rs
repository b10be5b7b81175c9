//! What the terminal commands of both binaries share: `shortlist`'s
//! (extract, inspect, analyze, requirements) and `shortlist-bench`'s.

use std::io::Read;
use std::path::Path;

use shortlist_core::limits::MAX_FILE_BYTES;
use shortlist_core::local::YearMonth;
use shortlist_core::rubric::Rubric;

use crate::config::{ProxyConfig, Secret};
use crate::upstream::UpstreamClient;

/// Reads at most one byte over the limit: a larger file is too large whatever
/// its size, and is never held whole in memory.
pub fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// "2024-06" as a month.
pub fn parse_year_month(text: &str) -> Result<YearMonth, String> {
    let (year, month) = text.split_once('-').ok_or("expected YYYY-MM")?;
    let year = year.parse().map_err(|_| "bad year")?;
    let month: u8 = month.parse().map_err(|_| "bad month")?;
    if !(1..=12).contains(&month) {
        return Err("month must be 1-12".to_owned());
    }
    Ok(YearMonth::new(year, month))
}

/// A text file of at most [`MAX_FILE_BYTES`], as UTF-8; errors name the file.
pub fn read_text(path: &Path) -> Result<String, String> {
    let file = path.display();
    let bytes = read_capped(path).map_err(|error| format!("{file}: {error}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("{file}: larger than the {} MB a file may have", MAX_FILE_BYTES >> 20));
    }
    String::from_utf8(bytes).map_err(|_| format!("{file}: not UTF-8 text"))
}

/// A rubric file, ready to judge by: JSON as `shortlist requirements
/// --format json` prints it (`{requirements, left_out}`) or as `POST
/// /api/requirements` answers (`{rubric: …}`), checked and guarded
/// ([`Rubric::validated`]). Errors name the file and what is wrong with it.
pub fn read_rubric(path: &Path) -> Result<Rubric, String> {
    let file = path.display();
    let text = read_text(path)?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|error| format!("{file}: not JSON: {error}"))?;
    // Every field of a rubric has a default: a file without the list would
    // read as an empty rubric, so the list must be there.
    let value = match value.get("rubric") {
        Some(rubric) if value.get("requirements").is_none() => rubric.clone(),
        _ => value,
    };
    if !value.get("requirements").is_some_and(serde_json::Value::is_array) {
        return Err(format!("{file}: not a rubric: it needs a `requirements` list"));
    }
    let rubric: Rubric =
        serde_json::from_value(value).map_err(|error| format!("{file}: not a rubric: {error}"))?;
    rubric.validated().map_err(|error| format!("{file}: {error}"))
}

/// The client `--upstream` commands talk to the model with: the key from
/// `OPENROUTER_API_KEY` (the environment only, as `serve` takes it), the
/// given base URL and model, the server's other defaults.
pub fn upstream_client(upstream_url: &str, model: &str) -> Result<UpstreamClient, String> {
    let key = std::env::var("OPENROUTER_API_KEY")
        .ok()
        .filter(|key| !key.trim().is_empty())
        .ok_or("--upstream needs OPENROUTER_API_KEY in the environment")?;
    let config = ProxyConfig {
        upstream_url: upstream_url.to_owned(),
        api_key: Some(Secret::new(key.clone())),
        models: vec![model.to_owned()],
        ..ProxyConfig::default()
    };
    UpstreamClient::new(&config, Secret::new(key)).map_err(|error| error.to_string())
}
