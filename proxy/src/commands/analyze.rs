//! `shortlist analyze --jd JD_FILE [--local] [--format table|json|csv] RESUME_FILE...`:
//! the built-in local analyser from the terminal. Plain-text resumes for now;
//! a file that cannot be read is reported in its row and the others go on.

use std::path::{Path, PathBuf};

use shortlist_core::Analysis;
use shortlist_core::analysis::{FileAnalysis, FileStatus};
use shortlist_core::local::{YearMonth, analyze};

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
    /// Use the built-in local analyser (the only one the terminal has so far).
    #[arg(long)]
    local: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// "Today" for ranges that run to present, as YYYY-MM (default: the clock).
    #[arg(long, value_parser = parse_year_month)]
    today: Option<YearMonth>,
    /// Resumes, plain-text files.
    #[arg(required = true)]
    resumes: Vec<PathBuf>,
}

pub fn run(args: AnalyzeArgs) -> Result<(), String> {
    let jd = std::fs::read_to_string(&args.jd).map_err(|error| format!("{}: {error}", args.jd.display()))?;
    if jd.trim().is_empty() {
        return Err(format!("{}: the job description is empty", args.jd.display()));
    }
    let today = args.today.unwrap_or_else(current_month);
    let results: Vec<FileAnalysis> = args.resumes.iter().map(|path| analyze_file(&jd, path, today)).collect();
    let output = match args.format {
        Format::Json => serde_json::to_string_pretty(&results).map_err(|error| error.to_string())?,
        Format::Csv => csv(&results),
        Format::Table => table(&results),
    };
    println!("{output}");
    Ok(())
}

fn analyze_file(jd: &str, path: &Path, today: YearMonth) -> FileAnalysis {
    let file = path.display().to_string();
    let failed = |error: String| FileAnalysis {
        file: file.clone(),
        status: FileStatus::Error,
        analysis: None,
        error: Some(error),
    };
    let extension = path.extension().and_then(|it| it.to_str()).unwrap_or("").to_lowercase();
    if matches!(extension.as_str(), "pdf" | "docx") {
        return failed(format!(
            "{extension} files are not read by the terminal yet; save the resume as .txt"
        ));
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            FileAnalysis {
                file,
                status: FileStatus::Ok,
                analysis: Some(analyze(jd, &text, today)),
                error: None,
            }
        }
        Err(error) => failed(error.to_string()),
    }
}

/// This month by the system clock (UTC).
fn current_month() -> YearMonth {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    YearMonth::new(u16::try_from(year).unwrap_or(2000), u8::try_from(month).unwrap_or(1))
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

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
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
