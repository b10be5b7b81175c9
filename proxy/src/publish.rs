//! The deploy step (issue #14): a copy of the built page for any static host,
//! with the API's origin and the Content-Security-Policy written into its
//! `index.html` together, so the two never disagree. `shortlist publish` and
//! `scripts/run --static` call it; nothing in the copy depends on the path it
//! is served under.

use std::io;
use std::path::Path;

use crate::page::{API_META, meta_content, policy_of};

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The API's origin, or `None` for the page's own.
    pub api_origin: Option<String>,
    /// The policy in the copy's `<meta http-equiv="Content-Security-Policy">`.
    pub policy: String,
    /// Files copied.
    pub files: usize,
}

/// Copies the built page in `dist` to `out` (the same folder rewrites it in
/// place) and writes into `out/index.html` the API origin `api` (`None` or
/// empty: the page's own origin) and the policy that lets the page reach it.
pub fn publish(dist: &Path, out: &Path, api: Option<&str>) -> io::Result<Published> {
    let api_origin = match api.map(str::trim).filter(|api| !api.is_empty()) {
        Some(api) => Some(crate::config::origin(api).map_err(io::Error::other)?),
        None => None,
    };
    let html = std::fs::read_to_string(dist.join("index.html")).map_err(|error| {
        io::Error::new(error.kind(), format!("{}: no built page ({error}); build it first", dist.display()))
    })?;
    let (html, policy) = rewrite(&html, api_origin.as_deref()).map_err(io::Error::other)?;
    std::fs::create_dir_all(out)?;
    let (dist_path, out_path) = (dist.canonicalize()?, out.canonicalize()?);
    let same = dist_path == out_path;
    if !same && out_path.starts_with(&dist_path) {
        return Err(io::Error::other(format!(
            "{}: the copy cannot go inside the built page it copies ({})",
            out.display(),
            dist.display()
        )));
    }
    let files = if same { 0 } else { copy_dir(dist, out)? };
    std::fs::write(out.join("index.html"), html)?;
    Ok(Published { api_origin, policy, files })
}

/// `html` with `<meta name="shortlist-api" content="api_origin">` and,
/// right after it (before any script), the policy as a meta element, which
/// replaces any the page had; and that policy.
pub fn rewrite(html: &str, api_origin: Option<&str>) -> Result<(String, String), String> {
    let mut html = html.to_owned();
    while let Some((range, _)) = meta_content(&html, "http-equiv", "Content-Security-Policy") {
        html.replace_range(range, "");
    }
    let Some((range, _)) = meta_content(&html, "name", API_META) else {
        return Err(format!(
            "index.html has no <meta name=\"{API_META}\">: build the page from this version's index.html"
        ));
    };
    let api_meta = format!(r#"<meta name="{API_META}" content="{}" />"#, api_origin.unwrap_or_default());
    html.replace_range(range.clone(), &api_meta);
    let policy = policy_of(&html).meta();
    let csp_meta = format!(r#"<meta http-equiv="Content-Security-Policy" content="{policy}" />"#);
    html.insert_str(range.start + api_meta.len(), &format!("\n    {csp_meta}"));
    Ok((html, policy))
}

/// Copies every file under `from` into `to`, keeping the layout.
fn copy_dir(from: &Path, to: &Path) -> io::Result<usize> {
    let mut files = 0;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            files += copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
            files += 1;
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = r#"<html><head>
    <meta charset="utf-8" />
    <meta name="shortlist-api" content="" />
    <script type="module">import init from './app.js'; await init();</script>
</head></html>"#;

    #[test]
    fn the_api_origin_and_the_policy_are_written_together() {
        let (html, policy) = rewrite(BUILT, Some("https://api.example")).unwrap();
        assert!(html.contains(r#"<meta name="shortlist-api" content="https://api.example" />"#), "{html}");
        assert!(policy.contains("connect-src 'self' https://api.example;"), "{policy}");
        assert!(policy.contains("'sha256-"), "the loader is allowed by hash: {policy}");
        let csp = html.find("Content-Security-Policy").unwrap();
        assert!(csp < html.find("<script").unwrap(), "the policy comes before any script: {html}");
        assert_eq!(policy_of(&html).meta(), policy);

        // Published again for another origin: one policy, the new one.
        let (again, policy) = rewrite(&html, None).unwrap();
        assert_eq!(again.matches("Content-Security-Policy").count(), 1, "{again}");
        assert!(policy.contains("connect-src 'self';"), "{policy}");
        assert!(again.contains(r#"<meta name="shortlist-api" content="" />"#), "{again}");
    }

    #[test]
    fn a_page_without_the_api_meta_is_refused() {
        let error = rewrite("<html><head></head></html>", None).unwrap_err();
        assert!(error.contains("shortlist-api"), "{error}");
    }
}
