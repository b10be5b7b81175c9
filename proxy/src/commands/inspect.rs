//! `shortlist inspect FILE...`: what the page would find in each file before
//! sending it (issue #7), through the same `core` code: the hidden passages,
//! the personal data by kind, and the text that would be sent with the
//! defaults (hidden text left out, personal data redacted).
//!
//! A table by default; `--json` prints one object a line per file:
//! `{file, hidden: [{text, reason}], pii: {email, phone, url, address,
//! date_of_birth, name, personal}, redacted_text}`, or `{file, error}` for a file that
//! cannot be read. Any such file makes the exit status non-zero; the others
//! are still printed.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;
use shortlist_core::extract::extract_isolated;
use shortlist_core::privacy::{HiddenText, OutgoingOptions, PiiCounts, outgoing};

use shortlist_proxy::cli::read_capped;

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// The files to inspect (PDF, DOCX or TXT; the type comes from the bytes).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// One JSON object a line per file instead of a table.
    #[arg(long)]
    json: bool,
}

/// One file's findings.
#[derive(Debug, Serialize)]
struct Report {
    file: String,
    hidden: Vec<HiddenText>,
    pii: PiiCounts,
    redacted_text: String,
}

/// A file that could not be read.
#[derive(Debug, Serialize)]
struct Failure {
    file: String,
    error: String,
}

fn inspect(path: &std::path::Path) -> Result<Report, String> {
    let bytes = read_capped(path).map_err(|error| format!("cannot open the file: {error}"))?;
    let extraction = extract_isolated(&bytes);
    if !extraction.outcome.has_text() {
        return Err(extraction.outcome.message());
    }
    let sent = outgoing(&extraction.text, &extraction.hidden, OutgoingOptions::default());
    Ok(Report {
        file: path.display().to_string(),
        pii: sent.redaction.map(|r| r.counts).unwrap_or_default(),
        hidden: extraction.hidden,
        redacted_text: sent.text,
    })
}

pub fn run(args: InspectArgs) -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failures = 0;
    if !args.json {
        writeln!(
            out,
            "{:<40} {:>6} {:>5} {:>5} {:>4} {:>7} {:>3} {:>4} {:>8}",
            "FILE", "HIDDEN", "EMAIL", "PHONE", "URL", "ADDRESS", "DOB", "NAME", "PERSONAL"
        )
        .map_err(|e| e.to_string())?;
    }
    for path in &args.files {
        let file = path.display().to_string();
        let line = match inspect(path) {
            Ok(report) if args.json => serde_json::to_string(&report).map_err(|e| e.to_string())?,
            Ok(report) => table_row(&report),
            Err(error) => {
                failures += 1;
                if args.json {
                    serde_json::to_string(&Failure { file, error }).map_err(|e| e.to_string())?
                } else {
                    format!("{file:<40} error: {error}")
                }
            }
        };
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    match failures {
        0 => Ok(()),
        n => Err(format!("{n} of {} files could not be read", args.files.len())),
    }
}

fn table_row(report: &Report) -> String {
    let p = &report.pii;
    let mut row = format!(
        "{:<40} {:>6} {:>5} {:>5} {:>4} {:>7} {:>3} {:>4} {:>8}",
        report.file,
        report.hidden.len(),
        p.email,
        p.phone,
        p.url,
        p.address,
        p.date_of_birth,
        p.name,
        p.personal
    );
    for hidden in &report.hidden {
        let short: String = hidden.text.chars().take(70).collect();
        row.push_str(&format!("\n    hidden ({}): {short}", hidden.reason.label()));
    }
    row
}
