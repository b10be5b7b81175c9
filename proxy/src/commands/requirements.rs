//! `shortlist requirements --jd JD_FILE [--upstream] [--format table|json]`:
//! the rubric read from a job description (issue #12), the list every resume
//! of a batch is to be judged against, for the operator to read or save,
//! edit and give to `shortlist analyze --requirements`. The built-in parser
//! reads it (nothing leaves the machine), or with `--upstream` the model
//! (`OPENROUTER_API_KEY`, `--upstream-url`, `--model`, as `analyze` takes
//! them), guarded and within the limits either way.
//!
//! `--format json` prints the `Rubric` as the API carries it:
//! `{requirements: [{id, text, kind, importance, weight, alternatives}],
//! left_out: [{text, reason}]}`. The table has one row a requirement, then
//! what was left out and why.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use super::UpstreamTarget;
use shortlist_core::analysis::Importance;
use shortlist_core::local::rubric;
use shortlist_core::rubric::Rubric;
use shortlist_proxy::cli::{read_text, upstream_client};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct RequirementsArgs {
    /// The job description, a text file.
    #[arg(long)]
    jd: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Read with the upstream model (needs OPENROUTER_API_KEY) instead of the
    /// built-in parser: the job description leaves this machine.
    #[arg(long)]
    upstream: bool,
    #[command(flatten)]
    target: UpstreamTarget,
}

pub fn run(args: RequirementsArgs) -> Result<(), String> {
    let file = args.jd.display();
    let jd = read_text(&args.jd)?;
    if jd.trim().is_empty() {
        return Err(format!("{file}: the job description is empty"));
    }
    let rubric = if args.upstream { read_upstream(&args, &jd)? } else { rubric(&jd) };
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&rubric).map_err(|e| e.to_string())?,
        Format::Table => table(&rubric),
    };
    writeln!(std::io::stdout().lock(), "{out}").map_err(|e| e.to_string())
}

/// The model's reading, within the client's timeouts and retries.
fn read_upstream(args: &RequirementsArgs, jd: &str) -> Result<Rubric, String> {
    let client = upstream_client(&args.target.upstream_url, &args.target.model)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| error.to_string())?;
    runtime
        .block_on(client.read_requirements(&args.target.model, jd))
        .map(|(rubric, _usage)| rubric)
        .map_err(|failure| format!("the model could not read the requirements: {}", failure.message))
}

/// Longer texts run past their column rather than being cut.
const TEXT_COLUMN: usize = 50;

fn table(rubric: &Rubric) -> String {
    let mut out = String::new();
    let text_width = rubric
        .requirements
        .iter()
        .map(|item| item.text.chars().count())
        .max()
        .unwrap_or(0)
        .clamp("TEXT".len(), TEXT_COLUMN);
    let _ = writeln!(
        out,
        "{:<4} {:<9} {:<13} {:>6}  {:<text_width$}  ALTERNATIVES",
        "ID", "NEED", "KIND", "WEIGHT", "TEXT"
    );
    for item in &rubric.requirements {
        let need = match item.importance {
            Importance::Required => "required",
            Importance::Preferred => "preferred",
        };
        let row = format!(
            "{:<4} {:<9} {:<13} {:>6}  {:<text_width$}  {}",
            item.id,
            need,
            label(&item.kind),
            item.weight,
            item.text,
            item.alternatives.join("; ")
        );
        let _ = writeln!(out, "{}", row.trim_end());
    }
    if rubric.requirements.is_empty() {
        out.push_str("(no requirements read)\n");
    }
    out.push_str("\nLeft out:");
    if rubric.left_out.is_empty() {
        out.push_str(" nothing");
    }
    for left in &rubric.left_out {
        let _ = write!(out, "\n  {}: {}", left.text, left.reason);
    }
    out
}

/// The wire name of a kind ("skill", "experience"…), as the JSON has it.
fn label(kind: &impl serde::Serialize) -> String {
    serde_json::to_value(kind).ok().and_then(|value| value.as_str().map(str::to_owned)).unwrap_or_default()
}
