//! Finding each requirement in the resume, with the line that shows it.

use super::YearMonth;
use super::dates::{self, Span};
use super::requirements::{self, Need, Requirement};
use super::text::{self, Unit};

/// A resume read once: its lines with their units, and its dated jobs.
pub struct Resume<'a> {
    pub lines: Vec<Line<'a>>,
    pub jobs: Vec<Job>,
    pub words: usize,
}

pub struct Line<'a> {
    pub text: &'a str,
    pub units: Vec<Unit>,
    pub education: bool,
}

/// A dated entry: a line with a date range, the title around it and the
/// lines that follow until the next entry or heading.
pub struct Job {
    pub span: Span,
    /// The dated line.
    pub line: usize,
    pub title: Vec<Unit>,
    pub entry: Vec<Unit>,
}

impl<'a> Resume<'a> {
    pub fn read(text: &'a str, today: YearMonth) -> Self {
        let mut lines = Vec::new();
        let mut education = false;
        let mut words = 0;
        let mut headings = Vec::new();
        for raw in text.lines() {
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                continue;
            }
            words += trimmed.split_whitespace().count();
            if let Some((head, rest)) = text::heading(trimmed) {
                let lower = head.to_lowercase();
                if !lower.is_empty() {
                    education = ["education", "academic", "qualification", "degree", "training", "certif"]
                        .iter()
                        .any(|word| lower.contains(word));
                }
                headings.push(lines.len());
                lines.push(Line { text: trimmed, units: text::units(rest), education });
                continue;
            }
            lines.push(Line { text: trimmed, units: text::units(trimmed), education });
        }
        let mut jobs: Vec<Job> = Vec::new();
        for (at, line) in lines.iter().enumerate() {
            if line.education || requirements::degree_level(line.text).is_some() {
                continue;
            }
            let lower = line.text.to_lowercase();
            if ["university", "college", "school", "certif"].iter().any(|word| lower.contains(word)) {
                continue;
            }
            let Some(span) = dates::span(line.text, today) else { continue };
            let mut title = line.units.clone();
            // "Acme Corp\nJan 2019 – present": the title is on the line above.
            if title.len() < 3 && at > 0 && !headings.contains(&(at - 1)) {
                title.extend(lines[at - 1].units.iter().cloned());
            }
            jobs.push(Job { span, line: at, title: title.clone(), entry: title });
        }
        let starts: Vec<usize> = jobs.iter().map(|job| job.line).collect();
        for (index, job) in jobs.iter_mut().enumerate() {
            let next = starts.get(index + 1).copied().unwrap_or(lines.len());
            for (at, line) in lines.iter().enumerate().take(next).skip(job.line + 1) {
                if headings.contains(&at) {
                    break;
                }
                job.entry.extend(line.units.iter().cloned());
            }
        }
        Resume { lines, jobs, words }
    }

    /// The dated spans of work.
    pub fn spans(&self) -> Vec<Span> {
        self.jobs.iter().map(|job| job.span).collect()
    }
}

/// How a requirement fared.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// 0.0 (not shown) to 1.0 (met); partly met years give a share.
    pub credit: f64,
    /// Quoted from the resume.
    pub evidence: Option<String>,
    /// For years: the months found.
    pub months_found: Option<i32>,
}

/// How many of a phrase's units one line must show.
fn needed(units: usize) -> usize {
    match units {
        0..=2 => units,
        3 => 2,
        _ => (units * 6).div_ceil(10),
    }
}

fn covered(wanted: &[Unit], have: &[Unit]) -> usize {
    wanted.iter().filter(|unit| have.iter().any(|other| unit.is_met_by(other))).count()
}

fn quote(line: &str) -> String {
    let line = text::list_item(line).unwrap_or(line).trim_matches('*').trim();
    if line.chars().count() <= 160 {
        return line.to_owned();
    }
    let cut: String = line.chars().take(157).collect();
    format!("{}…", cut.trim_end())
}

pub fn assess(requirement: &Requirement, resume: &Resume<'_>) -> Outcome {
    match &requirement.need {
        Need::Phrases(alternatives) => {
            let best = alternatives
                .iter()
                .flat_map(|units| resume.lines.iter().map(move |line| (units, line)))
                .filter(|(units, line)| covered(units, &line.units) >= needed(units.len()))
                .max_by_key(|(units, line)| {
                    (
                        covered(units, &line.units) * 100 / units.len().max(1),
                        std::cmp::Reverse(line.text.len()),
                    )
                });
            match best {
                Some((_, line)) => {
                    Outcome { credit: 1.0, evidence: Some(quote(line.text)), months_found: None }
                }
                None => Outcome { credit: 0.0, evidence: None, months_found: None },
            }
        }
        Need::Months { months, subject, as_role } => {
            let jobs: Vec<&Job> = resume
                .jobs
                .iter()
                .filter(|job| match subject {
                    None => true,
                    Some(units) => {
                        let have = if *as_role { &job.title } else { &job.entry };
                        covered(units, have) >= needed(units.len())
                    }
                })
                .collect();
            let spans: Vec<Span> = jobs.iter().map(|job| job.span).collect();
            let found = dates::total_months(&spans);
            let credit = if *months <= 0 { 1.0 } else { (f64::from(found) / f64::from(*months)).min(1.0) };
            let evidence = jobs.first().map(|job| {
                let years = f64::from(found) / 12.0;
                format!("{} (about {years:.1} years in all)", quote(resume.lines[job.line].text))
            });
            Outcome { credit, evidence, months_found: Some(found) }
        }
        Need::Degree { level, fields, related_ok } => {
            let mut best: Option<(bool, &Line<'_>)> = None;
            for line in &resume.lines {
                let Some(found) = requirements::degree_level(line.text) else { continue };
                if found < *level {
                    continue;
                }
                let field_ok = fields.is_empty()
                    || fields.iter().any(|units| covered(units, &line.units) >= needed(units.len()));
                if field_ok {
                    best = Some((true, line));
                    break;
                }
                if *related_ok && best.is_none() {
                    best = Some((false, line));
                }
            }
            match best {
                Some((exact, line)) => Outcome {
                    credit: if exact { 1.0 } else { 0.75 },
                    evidence: Some(quote(line.text)),
                    months_found: None,
                },
                None => Outcome { credit: 0.0, evidence: None, months_found: None },
            }
        }
    }
}
