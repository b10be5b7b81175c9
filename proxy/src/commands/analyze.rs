//! `shortlist analyze --jd JD_FILE [--local | --upstream] [--format table|json|csv] RESUME_FILE...`:
//! resumes analysed from the terminal. Files are read with the page's own
//! extraction (`core::extract`); a file that cannot be read is reported in
//! its row and the others go on.
//!
//! What is analysed is what the page would send (issue #7): hidden text left
//! out (`--keep-hidden` keeps it) and, with `--upstream`, personal data
//! replaced by placeholders (`--no-redact` sends it); the placeholders in the
//! answer are put back, and hidden text found is listed in the concerns.
//!
//! Every resume is judged against one rubric (issue #12): `--requirements
//! RUBRIC.json` (as `shortlist requirements --format json` prints it, or an
//! `/api/requirements` answer; checked and guarded), else the built-in
//! parser's reading of the job description, read once for all the files.

use std::path::{Path, PathBuf};

use super::UpstreamTarget;
use shortlist_core::Analysis;
use shortlist_core::analysis::{FileAnalysis, FileStatus};
use shortlist_core::export::csv_field;
use shortlist_core::extract::extract_isolated;
use shortlist_core::local::{self, Judge, YearMonth};
use shortlist_core::privacy::{
    HiddenText, OutgoingOptions, Redaction, note_hidden, outgoing, restore_analysis,
};
use shortlist_proxy::cli::{parse_year_month, read_rubric, upstream_client};
use shortlist_proxy::engine::today_utc;
use shortlist_proxy::upstream::AnalysisBrief;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The job description, a text file.
    #[arg(long)]
    jd: PathBuf,
    /// The rubric to judge by, a JSON file (`shortlist requirements --format
    /// json` writes one); default: the requirements read from the job description.
    #[arg(long, value_name = "RUBRIC.json")]
    requirements: Option<PathBuf>,
    /// Use the built-in local analyser: nothing leaves this machine (the default).
    #[arg(long, conflicts_with = "upstream")]
    local: bool,
    /// Send each resume's text to the upstream model (needs OPENROUTER_API_KEY).
    #[arg(long)]
    upstream: bool,
    #[command(flatten)]
    target: UpstreamTarget,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// "Today" for ranges that run to present, as YYYY-MM (default: the clock).
    #[arg(long, value_parser = parse_year_month)]
    today: Option<YearMonth>,
    /// Analyse hidden text too (white, tiny, invisible, off-page text...).
    #[arg(long)]
    keep_hidden: bool,
    /// With --upstream, send emails, phones, names... instead of placeholders.
    #[arg(long)]
    no_redact: bool,
    /// Resumes: PDF, DOCX or TXT files.
    #[arg(required = true)]
    resumes: Vec<PathBuf>,
}

pub fn run(args: AnalyzeArgs) -> Result<(), String> {
    let jd = std::fs::read_to_string(&args.jd).map_err(|error| format!("{}: {error}", args.jd.display()))?;
    if jd.trim().is_empty() {
        return Err(format!("{}: the job description is empty", args.jd.display()));
    }
    let rubric = match &args.requirements {
        Some(path) => read_rubric(path)?,
        None => local::rubric(&jd),
    };
    let options =
        OutgoingOptions { redact: args.upstream && !args.no_redact, drop_hidden: !args.keep_hidden };
    let prepared: Vec<(String, Result<Prepared, String>)> = args
        .resumes
        .iter()
        .map(|path| (path.display().to_string(), read(path).map(|text| prepare(text, options))))
        .collect();
    let texts: Vec<(String, Result<String, String>)> = prepared
        .iter()
        .map(|(file, prepared)| {
            (file.clone(), prepared.as_ref().map(|p| p.text.clone()).map_err(Clone::clone))
        })
        .collect();
    let mut results = if args.upstream {
        analyze_upstream(&args, AnalysisBrief::new(&jd, rubric), texts)?
    } else {
        let today = args.today.unwrap_or_else(today_utc);
        let judge = Judge::new(&jd, &rubric);
        texts
            .into_iter()
            .map(|(file, text)| finish(file, text.map(|text| judge.analyze(&text, today))))
            .collect()
    };
    for (result, (_, prepared)) in results.iter_mut().zip(&prepared) {
        if let (Some(analysis), Ok(prepared)) = (result.analysis.as_mut(), prepared) {
            if let Some(redaction) = &prepared.redaction {
                restore_analysis(analysis, redaction);
            }
            note_hidden(analysis, &prepared.hidden, options.drop_hidden);
        }
    }
    let output = match args.format {
        Format::Json => serde_json::to_string_pretty(&results).map_err(|error| error.to_string())?,
        Format::Csv => csv(&results),
        Format::Table => table(&results),
    };
    println!("{output}");
    Ok(())
}

/// One resume as it is analysed: the text sent, what was hidden in it, and
/// the placeholders to put back.
struct Prepared {
    text: String,
    hidden: Vec<HiddenText>,
    redaction: Option<Redaction>,
}

/// The text of one resume file and its hidden passages, as the page would read them.
fn read(path: &Path) -> Result<(String, Vec<HiddenText>), String> {
    let bytes = std::fs::read(path).map_err(|error| error.to_string())?;
    let extraction = extract_isolated(&bytes);
    if extraction.outcome.has_text() {
        Ok((extraction.text, extraction.hidden))
    } else {
        Err(extraction.outcome.message())
    }
}

fn prepare((text, hidden): (String, Vec<HiddenText>), options: OutgoingOptions) -> Prepared {
    let sent = outgoing(&text, &hidden, options);
    Prepared { text: sent.text, hidden, redaction: sent.redaction }
}

fn finish(file: String, analysis: Result<Analysis, String>) -> FileAnalysis {
    match analysis {
        Ok(analysis) => FileAnalysis { file, status: FileStatus::Ok, analysis: Some(analysis), error: None },
        Err(error) => FileAnalysis { file, status: FileStatus::Error, analysis: None, error: Some(error) },
    }
}

/// Each readable resume through the upstream, all at once (the client caps
/// concurrent calls); one failure is that file's row.
fn analyze_upstream(
    args: &AnalyzeArgs,
    brief: AnalysisBrief,
    texts: Vec<(String, Result<String, String>)>,
) -> Result<Vec<FileAnalysis>, String> {
    let client = upstream_client(&args.target.upstream_url, &args.target.model)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| error.to_string())?;
    Ok(runtime.block_on(async {
        let calls = texts.into_iter().map(|(file, text)| {
            let (client, brief) = (&client, &brief);
            async move {
                let analysis = match text {
                    Ok(text) => client
                        .analyze(&args.target.model, brief, &text)
                        .await
                        .map(|(analysis, _usage)| analysis)
                        .map_err(|failure| failure.message),
                    Err(error) => Err(error),
                };
                finish(file, analysis)
            }
        });
        futures_util::future::join_all(calls).await
    }))
}

fn decision(analysis: &Analysis) -> &'static str {
    match analysis.recommendations.decision {
        shortlist_core::analysis::Decision::Interview => "interview",
        shortlist_core::analysis::Decision::Consider => "consider",
        shortlist_core::analysis::Decision::Decline => "decline",
    }
}

fn missing(analysis: &Analysis) -> String {
    analysis.missing_requirements.iter().map(|item| item.requirement.as_str()).collect::<Vec<_>>().join("; ")
}

fn table(results: &[FileAnalysis]) -> String {
    let mut rows = vec![
        ["file", "score", "decision", "skills", "exper.", "educ.", "must", "missing"].map(str::to_owned),
    ];
    for result in results {
        match &result.analysis {
            Some(analysis) => {
                let scores = analysis.component_scores;
                let mut missing = missing(analysis);
                if missing.chars().count() > 60 {
                    missing = format!("{}…", missing.chars().take(59).collect::<String>());
                }
                rows.push([
                    result.file.clone(),
                    analysis.overall_score.to_string(),
                    decision(analysis).to_owned(),
                    scores.skills.to_string(),
                    scores.experience.to_string(),
                    scores.education.to_string(),
                    scores.must_haves.to_string(),
                    missing,
                ]);
            }
            None => rows.push([
                result.file.clone(),
                "-".to_owned(),
                "error".to_owned(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                result.error.clone().unwrap_or_default(),
            ]),
        }
    }
    let widths: Vec<usize> =
        (0..8).map(|column| rows.iter().map(|row| row[column].chars().count()).max().unwrap_or(0)).collect();
    rows.iter()
        .map(|row| {
            let cells: Vec<String> =
                row.iter().zip(&widths).map(|(cell, width)| format!("{cell:<width$}")).collect();
            cells.join("  ").trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn csv(results: &[FileAnalysis]) -> String {
    let mut lines =
        vec!["file,status,overall_score,skills,experience,education,must_haves,decision,missing".to_owned()];
    for result in results {
        let line = match &result.analysis {
            Some(analysis) => {
                let scores = analysis.component_scores;
                format!(
                    "{},ok,{},{},{},{},{},{},{}",
                    csv_field(&result.file),
                    analysis.overall_score,
                    scores.skills,
                    scores.experience,
                    scores.education,
                    scores.must_haves,
                    decision(analysis),
                    csv_field(&missing(analysis))
                )
            }
            None => format!(
                "{},error,,,,,,,{}",
                csv_field(&result.file),
                csv_field(result.error.as_deref().unwrap_or(""))
            ),
        };
        lines.push(line);
    }
    lines.join("\n")
}
