//! `shortlist extract FILE...`: the text the page would read from each file,
//! through the same `core` code; `--json` prints one object a line per file:
//! `{file, kind, status, reason, chars, text}`.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;
use shortlist_core::extract::{Extraction, FileKind, Outcome, extract_isolated};
use shortlist_proxy::cli::read_capped;

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The files to read (PDF, DOCX or TXT; the type comes from the bytes).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// One JSON object a line per file instead of the text.
    #[arg(long)]
    json: bool,
}

/// One file's line of `--json` output.
#[derive(Debug, Serialize)]
struct Report<'a> {
    file: String,
    kind: Option<FileKind>,
    /// The outcome's wire name (`read`, `damaged`, ...), or `unreadable` when
    /// the file could not be opened.
    status: &'a str,
    /// Why there is no (or little) text; `null` when the file was read.
    reason: Option<String>,
    chars: usize,
    text: &'a str,
}

pub fn run(args: ExtractArgs) -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failures = 0;
    for (index, path) in args.files.iter().enumerate() {
        let file = path.display().to_string();
        let extraction = match read_capped(path) {
            Ok(bytes) => extract_isolated(&bytes),
            Err(error) => {
                failures += 1;
                if args.json {
                    let report = Report {
                        file,
                        kind: None,
                        status: "unreadable",
                        reason: Some(format!("cannot open the file: {error}")),
                        chars: 0,
                        text: "",
                    };
                    write_json(&mut out, &report)?;
                } else {
                    eprintln!("{file}: cannot open the file: {error}");
                }
                continue;
            }
        };
        if !extraction.outcome.has_text() {
            failures += 1;
        }
        if args.json {
            write_json(&mut out, &report(file, &extraction))?;
        } else {
            print_text(&mut out, &file, &extraction, index, args.files.len()).map_err(|e| e.to_string())?;
        }
    }
    match failures {
        0 => Ok(()),
        n => Err(format!("{n} of {} files could not be read", args.files.len())),
    }
}

fn report(file: String, extraction: &Extraction) -> Report<'_> {
    Report {
        file,
        kind: extraction.kind,
        status: extraction.outcome.code(),
        reason: (extraction.outcome != Outcome::Read).then(|| extraction.outcome.message()),
        chars: extraction.text.chars().count(),
        text: &extraction.text,
    }
}

fn write_json(out: &mut impl Write, report: &Report<'_>) -> Result<(), String> {
    let line = serde_json::to_string(report).map_err(|e| e.to_string())?;
    writeln!(out, "{line}").map_err(|e| e.to_string())
}

fn print_text(
    out: &mut impl Write,
    file: &str,
    extraction: &Extraction,
    index: usize,
    count: usize,
) -> std::io::Result<()> {
    if count > 1 {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(out, "==> {file} <==")?;
    }
    if extraction.outcome.has_text() {
        writeln!(out, "{}", extraction.text)?;
    }
    if extraction.outcome != Outcome::Read {
        out.flush()?;
        eprintln!("{file}: {}", extraction.outcome);
    }
    Ok(())
}
