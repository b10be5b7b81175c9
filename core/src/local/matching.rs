//! Finding each requirement in the resume, with the line that shows it.
//!
//! # How the resume is read
//!
//! - A label that names a skill ("Interpersonal Skills: calmed customers")
//!   shows it: a heading's words count for its line. The last word of a
//!   multi-word alias may take another ending ("attention to detailed"), and
//!   a longer skill name that opens with another's also shows that one ("AWS
//!   Lambda" shows AWS).
//! - A dated line's title is the text before its range, or, when the range
//!   opens the line, the words up to the first clause break; what follows is
//!   duties, so "Rust engineer 2019 – present, PostgreSQL" shows PostgreSQL
//!   used and names Rust only as a title. A short dated line borrows the line
//!   above as its title only when that line is no job of its own; so does a
//!   line that opens with its range ("FACEBOOK | SOFTWARE ENGINEER" over "Jan
//!   2015 – Present | New York"), when the line above is short and no list
//!   item; never a long sentence above (the last job's "Outcomes: …"). A
//!   range alone over its employer and then a title naming a role borrows
//!   both.
//! - Dated jobs under an education heading (a page that lost its
//!   "Experience" heading: "May 2021-Current: Account Executive") are work,
//!   with the lines under them; a degree or school after them is study again.
//! - "Experience as" a role is shown by a job of that title; partly by a kin
//!   title, a job of the same kind of work, or a job whose title names no
//!   role (its employer only) with a duty that tells the role's work in full
//!   and names no other role.
//! - Ranges are read in the usual spellings (see `dates`): "Jan 2018 - Mar
//!   2021", "03/2019", "2018.10", "2019-03", "Jun '19", "2019–23", "Summer
//!   2019", "since 2019", "– present/pres./now/to date".
//! - A certification shows only on a line about certifications (under such
//!   a heading, or saying "certified", "licence", "registered"…) or on one
//!   naming the certificate itself ("BLS, American Heart Association"), so a
//!   school's name ("The Ohio State University") is no Ohio licence.
//! - A degree is read in its short forms (B.E., B.Tech, M.Tech, MCA, "B.A.
//!   History", "BS/MS"); M.Ed., MBA and BSN name their fields.
//! - "English" is shown by a resume written in English (its function words
//!   are 5 % or more of its words), earning what one line does.
//! - Evidence is the line that names the skill itself before one naming
//!   what implies it ("Python" before "Flask"), then the shortest.
//!
//! What each outcome earns is in `scoring`.

use super::YearMonth;
use super::aliases::{self, ConceptId};
use super::dates::{self, Span};
use super::layout;
use super::occupations::{self, Families};
use super::requirements::{Need, Requirement};
use super::statements;
use super::units::{self, Unit};
use super::words;
use crate::analysis::RequirementKind;
use crate::grounding;

/// A resume's headline is among its first this many lines…
const HEADLINE_LINES: usize = 5;
/// … and each of its lines this many words or fewer.
const HEADLINE_WORDS: usize = 10;
/// Words of a headline line that names work hoped for, not done.
const ASPIRATION_WORDS: &[&str] = &[
    " aspiring ",
    " aspire",
    " seeking ",
    " looking for ",
    " to become ",
    " want to ",
    " future ",
    " objective",
];

/// A resume read once: its lines with their units, and its dated jobs.
pub struct Resume<'a> {
    pub lines: Vec<Line<'a>>,
    pub jobs: Vec<Job>,
    pub words: usize,
    /// The resume is written in English (see `written_in_english`).
    pub english: bool,
    /// Dated study in the education section ("M.S., Stanford, Sep 2019 –
    /// Jun 2021"): no work, but no gap either.
    pub study: Vec<Span>,
}

#[derive(Clone)]
pub struct Line<'a> {
    pub text: &'a str,
    pub units: Vec<Unit>,
    pub education: bool,
    /// Under a heading of certifications or licences, or saying it is one:
    /// where a certification shows.
    pub credential: bool,
    /// A job's title line (the dated line, or the title above it): naming
    /// a skill there says what the job was called, not that it was used.
    pub title: bool,
    /// On a dated line that starts with the title, what follows the range:
    /// the duties ("Web Developer (2016 – 2017): built apps in ASP.NET").
    pub duties: Vec<Unit>,
    /// A line of a few words ("- Recruiting"): the skill it names.
    pub label: Vec<Unit>,
}

/// A dated entry: a line with a date range, the title around it and the
/// lines that follow until the next entry or heading.
pub struct Job {
    /// The job as quoted: the dated line, after the title line above it when
    /// the title is there.
    pub quote: String,
    pub span: Span,
    /// Months the resume states in words ("5 years as a Programmer") rather
    /// than as a date range; such a job has no place in time.
    pub stated_months: Option<i32>,
    /// The dated line.
    pub line: usize,
    pub title: Vec<Unit>,
    pub entry: Vec<Unit>,
    /// The families of work its title names (`occupations::of_job`), read once.
    pub family: Families,
    /// The lines after the dated line that belong to it (its duties).
    pub below: std::ops::Range<usize>,
}

impl<'a> Resume<'a> {
    pub fn read(text: &'a str, today: YearMonth) -> Self {
        let mut lines = Vec::new();
        let mut education = false;
        let mut credentials = false;
        let mut words = 0;
        let mut headings = Vec::new();
        // Under an education heading, after a dated job it lists: a page
        // that lost its "Experience" heading goes on with work, not study.
        let mut working = false;
        for raw in text.lines() {
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                continue;
            }
            words += trimmed.split_whitespace().count();
            if let Some((head, rest)) = layout::heading(trimmed).filter(|_| !is_entry_heading(trimmed)) {
                let lower = head.to_lowercase();
                if !lower.is_empty() {
                    education = ["education", "academic", "qualification", "degree", "training", "certif"]
                        .iter()
                        .any(|word| lower.contains(word));
                    credentials = ["certif", "licen", "credential"].iter().any(|word| lower.contains(word));
                }
                working = false;
                headings.push(lines.len());
                // "Interpersonal Skills: listened to customers": a label that
                // names a skill shows it, so the heading's words count too.
                let mut units = units::units_with_words(&head);
                units.extend(units::units_with_words(rest));
                lines.push(Line {
                    text: trimmed,
                    units,
                    education,
                    credential: credentials || names_a_credential(trimmed),
                    title: false,
                    duties: Vec::new(),
                    // A section's own heading ("PROFESSIONAL EXPERIENCE")
                    // names the section, no skill: only a heading with text
                    // after it ("Leadership: led a team of five") labels one.
                    label: if rest.trim().is_empty() { Vec::new() } else { label_of(trimmed) },
                });
                continue;
            }
            // A degree or school after them is study again, and so are the
            // dates under it.
            working = !names_study(trimmed)
                && (working
                    || education && !dates::spans(trimmed, today).is_empty() && names_a_job(trimmed, today));
            lines.push(Line {
                text: trimmed,
                // "-òPublic speaking": a symbol-font bullet is no part of the words.
                units: units::units_with_words(layout::list_item(trimmed).unwrap_or(trimmed)),
                education: education && (!working || names_study(trimmed)),
                credential: credentials || names_a_credential(trimmed),
                title: false,
                duties: Vec::new(),
                label: label_of(trimmed),
            });
        }
        let mut jobs: Vec<Job> = Vec::new();
        let mut titles = Vec::new();
        let mut study = Vec::new();
        for (at, line) in lines.iter().enumerate() {
            if line.education && !names_a_job(line.text, today) {
                study.extend(dates::spans(line.text, today).into_iter().map(|(span, _)| span));
                continue;
            }
            let lower = line.text.to_lowercase();
            let short = line.text.split_whitespace().count() <= 20;
            if short && (statements::degree_level(line.text).is_some() || lower.contains("certif")) {
                continue;
            }
            let found = dates::spans(line.text, today);
            if found.is_empty() {
                for statements::YearPhrase { count, subject: role, as_role } in
                    statements::year_phrases(line.text)
                {
                    let title = role.as_deref().map(units::units).unwrap_or_default();
                    let span = Span { start: 0, end: 0, precise: false, ongoing: false };
                    let entry = line.units.clone();
                    // "5 years as a Programmer" names a job; "3 years in LAN/WAN
                    // networks" says what was used.
                    if as_role {
                        titles.push(at);
                    }
                    let quoted = quote(line.text);
                    jobs.push(Job {
                        family: occupations::of_job(&quoted),
                        quote: quoted,
                        span,
                        stated_months: Some(count * 12),
                        line: at,
                        title,
                        entry,
                        below: at + 1..at + 1,
                    });
                }
                continue;
            }
            let several = found.len() > 1;
            let mut from = 0;
            for (span, end) in found {
                // Several ranges on one line: each job is the text up to its range.
                let mut title = if several {
                    units::units(line.text.get(from..end).unwrap_or(""))
                } else {
                    line.units.clone()
                };
                from = end;
                let mut quoted = quote(line.text);
                titles.push(at);
                let opens = !several && opens_with_range(line.text, end);
                let borrowed = title_lines(&lines, &headings, at, title.len() < 3, opens, today);
                for &other in &borrowed {
                    titles.push(other);
                    title.extend(lines[other].units.iter().cloned());
                }
                let joined = |parts: &[String], joint: &str| parts.join(joint);
                let mut parts = Vec::new();
                if let Some(&first) = borrowed.iter().min()
                    && first < at
                {
                    parts.extend((first..at).map(|other| quote(lines[other].text)));
                    parts.push(quoted.clone());
                } else if let Some(&below) = borrowed.first() {
                    parts.push(quoted.clone());
                    parts.push(quote(lines[below].text));
                }
                if !parts.is_empty() {
                    // "Title — Company (2019 – 2021)"; where something the
                    // quote leaves out stands between its lines (a list
                    // number), an ellipsis says so, and the quote is found.
                    quoted = joined(&parts, " — ");
                    if !grounding::is_grounded(text, &quoted) {
                        quoted = joined(&parts, " … ");
                    }
                }
                jobs.push(Job {
                    family: occupations::of_job(&quoted),
                    quote: quoted,
                    span,
                    stated_months: None,
                    line: at,
                    title: title.clone(),
                    entry: title,
                    below: at + 1..at + 1,
                });
            }
        }
        // "* From June 2016 to September 2016 was trained for EMEA …" under
        // a job of May 2015 – March 2017: a period within the job above, told
        // in a list item under it, is part of that job, not a job of its own
        // (nor a very short tenure).
        let mut kept: Vec<Job> = Vec::with_capacity(jobs.len());
        for job in jobs {
            let within = kept.last().is_some_and(|outer| {
                outer.stated_months.is_none()
                    && job.stated_months.is_none()
                    && outer.line < job.line
                    && layout::list_item(lines[outer.line].text).is_none()
                    && layout::list_item(lines[job.line].text).is_some()
                    && outer.span.start <= job.span.start
                    && job.span.end <= outer.span.end
            });
            if within {
                titles.retain(|at| *at != job.line);
            } else {
                kept.push(job);
            }
        }
        let mut jobs = kept;
        for at in titles {
            lines[at].title = true;
        }
        for line in &mut lines {
            if let [(_, end)] = dates::spans(line.text, today).as_slice() {
                line.duties = duties_after(line.text, *end);
            }
        }
        let starts: Vec<usize> = jobs.iter().map(|job| job.line).collect();
        for job in &mut jobs {
            let next = starts.iter().copied().find(|start| *start > job.line).unwrap_or(lines.len());
            for (at, line) in lines.iter().enumerate().take(next).skip(job.line + 1) {
                if headings.contains(&at) {
                    break;
                }
                job.entry.extend(line.units.iter().cloned());
                job.below.end = at + 1;
            }
        }
        Resume { lines, jobs, words, english: written_in_english(text), study }
    }

    /// The units of the lines that say what work the resume's author does:
    /// its jobs' titles, and its headline (the short lines before its first
    /// heading: "Jane Doe", "Registered Nurse | BSN"), but for a line that
    /// names work hoped for ("Aspiring Data Analyst", "Seeking a role as …").
    pub fn role_units(&self) -> impl Iterator<Item = &Unit> {
        self.jobs
            .iter()
            .flat_map(|job| job.title.iter())
            .chain(self.headline().flat_map(|line| line.units.iter()))
    }

    /// The families of work the same lines name (`occupations::of_job`):
    /// each job's, read once from its quote, then each headline line's.
    pub fn role_families(&self) -> impl Iterator<Item = Families> {
        self.jobs
            .iter()
            .map(|job| job.family)
            .chain(self.headline().map(|line| occupations::of_job(line.text)))
    }

    /// The headline: the short lines before the first heading, but for a
    /// line that names work hoped for.
    fn headline(&self) -> impl Iterator<Item = &Line<'a>> {
        self.lines
            .iter()
            .take_while(|line| layout::heading(line.text).is_none())
            .take(HEADLINE_LINES)
            .filter(|line| line.text.split_whitespace().count() <= HEADLINE_WORDS)
            .filter(|line| {
                let lower = format!(" {} ", line.text.to_lowercase());
                !ASPIRATION_WORDS.iter().any(|word| lower.contains(word))
            })
    }

    /// The dated spans of work.
    pub fn spans(&self) -> Vec<Span> {
        self.jobs.iter().filter(|job| job.stated_months.is_none()).map(|job| job.span).collect()
    }

    /// The dated spans of work and study: a gap between them is a gap.
    pub fn occupied(&self) -> Vec<Span> {
        let mut spans = self.spans();
        spans.extend(self.study.iter().copied());
        spans
    }
}

/// Whether a text is English prose: English function words make up at
/// least 5% of its words (resumes in English measure 6–23%, in Spanish or
/// Chinese and lorem-ipsum templates under 5%).
fn written_in_english(text: &str) -> bool {
    const COMMON: &[&str] = &[
        "the", "and", "of", "to", "in", "for", "with", "a", "on", "as", "at", "by", "from", "an", "was",
        "is", "my", "i",
    ];
    let (mut words, mut common) = (0usize, 0usize);
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if word.is_empty() {
            continue;
        }
        words += 1;
        common += usize::from(COMMON.contains(&word.as_str()));
    }
    words >= 40 && common * 20 >= words
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

/// The most a requirement the resume does not show can earn, for showing
/// part of it ("listening" for "Active listening").
const PARTIAL_CAP: f64 = 0.4;

/// Credit for a requirement only job titles name ("Java Developer (2015 –
/// 2019)" and Java nowhere else): more than a partial match, less than
/// shown, so it is listed as missing and asked about.
const TITLE_ONLY: f64 = 0.6;

/// Credit for a shown requirement: more lines showing it are stronger
/// evidence (listed as a skill and used in a job), up to three.
fn depth_credit(lines: usize) -> f64 {
    match lines {
        0 => 0.0,
        1 => 0.85,
        2 => 0.95,
        _ => 1.0,
    }
}

/// Months of work the jobs cover: dated spans merged, stated durations added.
fn months_of(jobs: &[&Job]) -> i32 {
    let spans: Vec<Span> =
        jobs.iter().filter(|job| job.stated_months.is_none()).map(|job| job.span).collect();
    let stated: i32 = jobs.iter().filter_map(|job| job.stated_months).sum();
    dates::total_months(&spans) + stated
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

/// Whether a line shows a phrase: all of a short one; of a longer one,
/// most of its units or (from four units up) two that stand side by side
/// in the phrase and near each other in the line ("customer service" in
/// "focus on impeccable customer service etiquette"; not "software …
/// development" scattered over a line about something else).
fn shows(wanted: &[Unit], have: &[Unit]) -> bool {
    if wanted.is_empty() {
        return false;
    }
    let count = covered(wanted, have);
    count >= needed(wanted.len())
        || (wanted.len() >= 4 && wanted.windows(2).any(|pair| near(&pair[0], &pair[1], have)))
}

/// How far apart, in content units, two words of a phrase may stand in a
/// line and still be read together ("service to our customers").
const NEAR: usize = 3;

/// Whether a line holds both units within [`NEAR`] of each other, in either order.
fn near(first: &Unit, second: &Unit, have: &[Unit]) -> bool {
    (0..have.len()).any(|at| {
        first.is_met_by(&have[at])
            && (at.saturating_sub(NEAR)..have.len().min(at + NEAR + 1))
                .any(|other| other != at && second.is_met_by(&have[other]))
    })
}

/// The units after a line's date range that are no part of the title:
/// "Web Developer (2016 – 2017): built apps in ASP.NET", "Rust engineer
/// 2019 – present, PostgreSQL". When the range opens the line, the title
/// follows it up to the first clause break, and only what comes after that
/// is duties ("2019 – 2023: Java Developer, built services in Go").
fn duties_after(line: &str, end: usize) -> Vec<Unit> {
    let Some(after) = line.get(end..) else { return Vec::new() };
    let titled = !opens_with_range(line, end);
    let after = after.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "1 year of experience (2022 – 2023) as a Compliance Analyst": the title follows.
    if after.to_lowercase().starts_with("as ") {
        return Vec::new();
    }
    if titled {
        return units::units(after);
    }
    let lower = after.to_ascii_lowercase();
    [", ", "; ", ". ", " - ", " – ", " — ", ": ", " wherein ", " where "]
        .iter()
        .filter_map(|mark| lower.find(mark))
        .min()
        .map_or_else(Vec::new, |at| units::units(&after[at..]))
}

/// The lines that name the job of the dated line at `at`, besides it:
/// - "Acme Corp\nJan 2019 – present": a dated line with little of its own
///   (`bare`) borrows the line above, unless that is a job of its own;
/// - "FACEBOOK | SOFTWARE ENGINEER\nJan 2015 – Present | New York": so does
///   a line that `opens` with its range, when the line above is short and
///   no duty of the job before; "Senior Engineer\nAcme Corp, Boston\nJan
///   2019 – Present" reaches a second such line up;
/// - "Acme Corp (2019 – 2023)\nSenior Engineer": with no title line
///   above, a bare line takes a short title line below;
/// - "Staff Nurse\nCity Hospital, Austin | Jan 2020 – Present": a dated
///   line naming no role borrows a short line above that names one.
fn title_lines(
    lines: &[Line<'_>],
    headings: &[usize],
    at: usize,
    bare: bool,
    opens: bool,
    today: YearMonth,
) -> Vec<usize> {
    let free = |index: usize| {
        index < lines.len() && !headings.contains(&index) && dates::spans(lines[index].text, today).is_empty()
    };
    let short = |index: usize, words: usize| lines[index].text.split_whitespace().count() <= words;
    // A long sentence above ("Outcomes: students performed …") is the last
    // job's, no title.
    if at > 0 && free(at - 1) && (bare || opens) && names_a_title(lines.get(at - 1)) {
        let mut found = vec![at - 1];
        // Words that name something: "Perkins India Ltd -  Aurangabad,
        // Maharashtra -" is five, its dashes none.
        let named = lines[at - 1].text.split_whitespace().filter(|word| names_something(word)).count();
        if opens && at > 1 && named <= 6 && free(at - 2) && names_a_title(lines.get(at - 2)) {
            found.push(at - 2);
        }
        return found;
    }
    // "Senior Staff RN / Charge Nurse\nDell Seton Medical Center, Austin, TX
    // | Jan 2020 – Present": a dated line naming no role, under a short
    // line that does, is that job's employer and dates.
    let names_a_role = |index: usize| lines[index].text.split_whitespace().any(words::is_role_noun);
    if at > 0
        && free(at - 1)
        && short(at - 1, 8)
        && names_a_title(lines.get(at - 1))
        && names_a_role(at - 1)
        && !names_a_role(at)
    {
        return vec![at - 1];
    }
    let words_besides_dates = lines[at].text.split_whitespace().filter(|word| names_something(word)).count();
    // "2016—2021" / "Riverside Language School Advanced Placement Centre" /
    // "Instructor of AP History": a range alone over its employer and, under
    // that, the title naming the role.
    let above_is_no_title =
        at == 0 || headings.contains(&(at - 1)) || !free(at - 1) || !names_a_title(lines.get(at - 1));
    if words_besides_dates == 0
        && above_is_no_title
        && free(at + 1)
        && free(at + 2)
        && names_a_title(lines.get(at + 1))
        && names_a_title(lines.get(at + 2))
        && !names_a_role(at + 1)
        && opens_or_ends_with_a_role(lines[at + 2].text)
    {
        return vec![at + 1, at + 2];
    }
    if (words_besides_dates <= 2 || opens)
        && above_is_no_title
        && free(at + 1)
        && names_a_title(lines.get(at + 1))
        && short(at + 1, 5)
        && !lines[at + 1].text.contains(',')
    {
        return vec![at + 1];
    }
    Vec::new()
}

/// Whether a line reads as a job title: it opens with a role noun
/// ("Lecturer on British history, ESL teacher"), or is five words or fewer
/// with no comma ending in one ("History Teacher and Counsellor"); not a
/// duty that names a role ("Supervised a crew of six electricians").
fn opens_or_ends_with_a_role(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.first().is_some_and(|first| words::is_role_noun(first))
        || (words.len() <= 5
            && !line.contains(',')
            && words.last().is_some_and(|last| words::is_role_noun(last)))
}

/// Words of a line about study, in any language the analyser reads: a
/// dated line under an education heading holding one is no job.
const STUDY_WORDS: &[&str] = &[
    "academy",
    "bootcamp",
    "certif",
    "college",
    "course",
    "diploma",
    "institut",
    "polytechnic",
    "program",
    "school",
    "student",
    "training",
    "universi",
];

/// Whether a line names a degree, a certificate or a place of study.
fn names_study(line: &str) -> bool {
    let lower = line.to_lowercase();
    statements::degree_level(line).is_some() || STUDY_WORDS.iter().any(|word| lower.contains(word))
}

/// Whether a line under an education heading names a job, not study: a
/// two-column page may set the list of jobs beside "EDUCATION"
/// ("Accounting Manager | Acme Homes | Palo Alto, CA 2017-2020"). Its first
/// part, of up to six words, ends with a role noun, and it names no degree,
/// certificate or school.
/// A range that opens the line goes before its first part ("May 2021-May
/// 2022: SMB Account Executive (Salesforce)", "2014 – 2018 Platoon
/// Commander/Operations Officer").
fn names_a_job(line: &str, today: YearMonth) -> bool {
    if names_study(line) {
        return false;
    }
    // Only dates before the colon: "Research Assistant (Jan 2019 – Dec
    // 2020): Prof. Lee's lab" is read from its start.
    let only_dates = |text: &str| {
        !dates::spans(text, today).is_empty()
            && !text
                .split_whitespace()
                .any(|word| names_something(word) && !word.contains(|c: char| c.is_ascii_digit()))
    };
    let line = match (dates::spans(line, today).first(), line.split_once(": ")) {
        (Some(_), Some((range, rest))) if only_dates(range) => rest,
        (Some(&(_, end)), _) if opens_with_range(line, end) => {
            line.get(end..).unwrap_or_default().trim_start_matches([':', '-', '–', '—', ' '])
        }
        _ => line,
    };
    let first = line.split(['|', ',', '–', '—', '(', '@', '/']).next().unwrap_or_default();
    let first = first.split(" - ").next().unwrap_or_default();
    first.split_whitespace().count() <= 6 && first.split_whitespace().last().is_some_and(words::is_role_noun)
}

/// Whether a line says it holds a certification or licence: "AWS Certified
/// Solutions Architect", "License #RN.123456", "Board certified".
fn names_a_credential(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["certif", "licen", "accredit", "registered", "chartered"].iter().any(|word| lower.contains(word))
}

/// Whether nothing but date words comes before the range ending at `end`.
fn opens_with_range(line: &str, end: usize) -> bool {
    line.get(..end).is_some_and(|before| !before.split_whitespace().any(names_something))
}

/// A word of two letters or more that is no date word ("Acme", not "Jan").
fn names_something(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !dates::is_date_word(word)
}

/// A Markdown heading that heads one entry, not a section: "### Acme School
/// — English Teacher", "#### Staff Nurse, City Hospital" over the entry's
/// dates. It names a role and, in three words or more, something besides
/// it, and no word that heads sections ("## Research Assistant Experience",
/// "## Teacher Training and Certifications" head sections).
fn is_entry_heading(line: &str) -> bool {
    let Some(text) = line.strip_prefix('#') else { return false };
    let text = text.trim_start_matches('#');
    let words: Vec<&str> = text.split_whitespace().collect();
    let heads_a_section = words.iter().any(|word| {
        let lower = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        SECTION_WORDS.contains(&lower.strip_suffix('s').unwrap_or(&lower))
    });
    words.len() >= 3 && words.iter().any(|word| words::is_role_noun(word)) && !heads_a_section
}

/// Words that head a resume's sections, singular: a Markdown heading holding
/// one heads a section even when it names a role.
const SECTION_WORDS: &[&str] = &[
    "certification",
    "education",
    "employment",
    "experience",
    "history",
    "project",
    "publication",
    "skill",
    "training",
];

/// Whether a line can be the title of the dated line below it: short, not a
/// list item, not a sentence.
fn names_a_title(line: Option<&Line<'_>>) -> bool {
    line.is_some_and(|line| {
        layout::list_item(line.text).is_none()
            && line.text.split_whitespace().count() <= 10
            && !line.text.trim_end().ends_with('.')
    })
}

pub(super) fn quote(line: &str) -> String {
    let item = layout::list_item(line).unwrap_or(line).trim_matches('*').trim();
    // A marker glued to the item ("òSolid research", a symbol-font bullet
    // read as a letter) stays, so the quote is found in the resume as it is.
    let line = if grounding::is_grounded(line, item) { item } else { line.trim() };
    if line.chars().count() <= 160 {
        return line.to_owned();
    }
    // Cut between words, so the quote is still found in the resume.
    let cut: String = line.chars().take(157).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';']))
}

/// The best line for any of the phrases, with credit for how many lines
/// show it.
fn phrases(alternatives: &[Vec<Unit>], resume: &Resume<'_>) -> Outcome {
    phrases_of(alternatives, &[], resume)
}

/// [`phrases`] for a requirement of `parts` each to be shown.
fn phrases_of(alternatives: &[Vec<Unit>], parts: &[Vec<Unit>], resume: &Resume<'_>) -> Outcome {
    // The best line, how many lines show it, and the largest share of
    // a phrase any line has.
    let mut best: Option<(usize, usize, &Line<'_>)> = None;
    let mut showing = 0;
    let mut beyond_titles = false;
    let mut share: f64 = 0.0;
    for line in &resume.lines {
        let mut line_shows = false;
        for units in alternatives {
            let hits = covered(units, &line.units);
            #[allow(clippy::cast_precision_loss)] // Phrases have a few units.
            let fraction = hits as f64 / units.len().max(1) as f64;
            share = share.max(fraction);
            if shows(units, &line.units) {
                line_shows = true;
                beyond_titles |= !line.title || shows(units, &line.duties);
                let rank = hits * 100 / units.len().max(1);
                // A line that names the skill is better evidence than one
                // naming what implies it ("Python" over "Flask").
                let named = units
                    .iter()
                    .filter(|unit| line.units.iter().any(|other| unit.is_named_by(other)))
                    .count();
                if best.is_none_or(|(best_rank, best_named, best_line)| {
                    (rank, named) > (best_rank, best_named)
                        || ((rank, named) == (best_rank, best_named)
                            && line.text.len() < best_line.text.len())
                }) {
                    best = Some((rank, named, line));
                }
            }
        }
        showing += usize::from(line_shows);
    }
    match best {
        Some((_, _, line)) => Outcome {
            credit: if beyond_titles { depth_credit(showing) } else { TITLE_ONLY },
            evidence: Some(quote(line.text)),
            months_found: None,
        },
        None => named_part(alternatives, parts, resume).unwrap_or(Outcome {
            credit: PARTIAL_CAP * share,
            evidence: None,
            months_found: None,
        }),
    }
}

/// A known technology, not an ordinary word or a soft skill.
fn is_technology(unit: &Unit) -> bool {
    matches!(unit, Unit::Concept(id) if !aliases::is_soft(*id))
}

/// Credit for a longer requirement whose part a short resume label names
/// ("Recruiting" for "Internal and external recruiting"): the least that
/// counts as shown.
const NAMED_PART: f64 = 0.75;

/// The credit of a comparable tool of the asked kind: partly met.
const SUBSTITUTE: f64 = 0.5;

/// Most words of a resume line that is a label: a skills list names a skill
/// in a few words ("- Recruiting", "Expertise in admin functions").
const LABEL_WORDS: usize = 4;

/// A short label line of the resume whose words are all part of a longer
/// phrase: a skills list says "Recruiting" where the JD says "Ability in
/// internal and external recruiting". The label names the skill the phrase
/// is about, though not how the JD puts it. No technologies on either
/// side: a known one ("Apex") has its own requirement, and one the phrase
/// names ("XML and Middleware") is no detail a label may leave out; a soft
/// skill may be ("Speaking" for "Oral communication (speaking)"). One side
/// of a short "A and B" ("Patience" for "Patience and persistence") shows
/// only that side; a job's title line is no label, it names the job.
fn named_part(alternatives: &[Vec<Unit>], parts: &[Vec<Unit>], resume: &Resume<'_>) -> Option<Outcome> {
    let line = resume.lines.iter().find(|line| {
        let label = &line.label;
        !line.title
            && !label.is_empty()
            && label.iter().all(|unit| !is_technology(unit))
            && !parts
                .iter()
                .any(|part| part.iter().all(|wanted| label.iter().any(|unit| wanted.is_met_by(unit))))
            && alternatives.iter().any(|units| {
                units.len() > label.len()
                    && label.iter().all(|unit| units.iter().any(|wanted| wanted.is_met_by(unit)))
                    && units.iter().all(|wanted| {
                        !is_technology(wanted) || label.iter().any(|unit| wanted.is_met_by(unit))
                    })
            })
    })?;
    Some(Outcome { credit: NAMED_PART, evidence: Some(quote(line.text)), months_found: None })
}

/// The content units of a line of at most [`LABEL_WORDS`] words; none for a longer one.
fn label_of(line: &str) -> Vec<Unit> {
    let body = layout::list_item(line).unwrap_or(line);
    if body.split_whitespace().count() > LABEL_WORDS { Vec::new() } else { units::content_units(body) }
}

pub fn assess(requirement: &Requirement, resume: &Resume<'_>) -> Outcome {
    // A certification shows on a line about certifications, not in a
    // school's name ("The Ohio State University" for an Ohio licence).
    // A line naming a known certification ("BLS, American Heart
    // Association") shows it wherever it is.
    if requirement.kind == RequirementKind::Certification {
        let named: Vec<&Unit> = match &requirement.need {
            Need::Phrases(alternatives) => alternatives.iter().flatten().collect(),
            Need::Each { alternatives, parts } => alternatives.iter().chain(parts).flatten().collect(),
            _ => Vec::new(),
        };
        let names_one = |line: &Line<'_>| {
            named.iter().any(|unit| {
                matches!(unit, Unit::Concept(_)) && line.units.iter().any(|other| unit.is_named_by(other))
            })
        };
        let credentials = Resume {
            lines: resume.lines.iter().filter(|line| line.credential || names_one(line)).cloned().collect(),
            jobs: Vec::new(),
            words: resume.words,
            english: resume.english,
            study: Vec::new(),
        };
        return assess_need(requirement, &credentials);
    }
    let outcome = assess_need(requirement, resume);
    // "QlikView" asked and "Tableau" shown: a comparable tool of one kind
    // (two SQL databases, two CI servers) partly meets it.
    if outcome.credit < SUBSTITUTE
        && let Need::Phrases(alternatives) = &requirement.need
    {
        let asked: Vec<ConceptId> = alternatives
            .iter()
            .filter_map(|units| match units.as_slice() {
                [Unit::Concept(id)] => Some(*id),
                _ => None,
            })
            .collect();
        let stands_in = |unit: &Unit| matches!(unit, Unit::Concept(have) if asked.iter().any(|want| aliases::substitutes(*have, *want)));
        if let Some(line) = resume.lines.iter().find(|line| line.units.iter().any(stands_in)) {
            return Outcome { credit: SUBSTITUTE, evidence: Some(quote(line.text)), months_found: None };
        }
    }
    // "Developed a project-based curriculum" for "Curriculum development":
    // a practice named in ordinary words, its words in one line of prose
    // show it in part.
    if outcome.credit < PARTLY_IN_WORDS
        && let Need::Phrases(alternatives) = &requirement.need
        && let Some(line) = alternatives.iter().find_map(|units| match units.as_slice() {
            [Unit::Concept(id)] => in_words(*id, resume),
            _ => None,
        })
    {
        return Outcome { credit: PARTLY_IN_WORDS, evidence: Some(quote(line.text)), months_found: None };
    }
    // "Fluent English": a resume written in English shows it in itself.
    let english = Unit::Word(words::stem("english"));
    if requirement.kind == RequirementKind::Language
        && outcome.credit < depth_credit(1)
        && resume.english
        && matches!(&requirement.need, Need::Phrases(alternatives) if alternatives.iter().any(|units| units.contains(&english)))
    {
        // Its longest line, quoted, shows it is written in English.
        let longest = resume.lines.iter().max_by_key(|line| line.text.split_whitespace().count());
        return Outcome {
            credit: depth_credit(1),
            evidence: longest.map(|line| quote(line.text)),
            months_found: None,
        };
    }
    outcome
}

/// The credit of a practice whose name's words a line uses in prose:
/// partly met.
const PARTLY_IN_WORDS: f64 = 0.6;

/// The first line, not a job's title, that uses every word of a practice
/// named in ordinary lower-case words ("Curriculum development", not
/// "Amazon Web Services"), in any form ("developed", "curriculum").
fn in_words<'r, 'a>(concept: ConceptId, resume: &'r Resume<'a>) -> Option<&'r Line<'a>> {
    let name = aliases::name(concept);
    let mut rest = name.chars();
    rest.next();
    if rest.any(|c| !c.is_lowercase() && !c.is_whitespace()) {
        return None;
    }
    let wanted: Vec<Unit> =
        name.split_whitespace().map(|word| Unit::Word(words::stem(&word.to_lowercase()))).collect();
    if wanted.len() < 2 {
        return None;
    }
    resume.lines.iter().find(|line| {
        !line.title && wanted.iter().all(|unit| line.units.iter().any(|have| unit.is_named_by(have)))
    })
}

/// Whether a job title is kin to an asked role of two words or more: it
/// names the role's field with a role noun of its own ("Finance Analyst"
/// for "Finance Officer"), or the role's profession ("Staff Nurse" for
/// "Mental Health Nurse"; not "Civil Engineer" for "Software Engineer").
fn kin_title(role: &[Unit], title: &[Unit]) -> bool {
    let [.., Unit::Word(field), Unit::Word(head)] = role else { return false };
    let has = |wanted: &str| title.iter().any(|unit| Unit::Word(wanted.to_owned()).is_met_by(unit));
    let names_a_role = title.iter().any(|unit| matches!(unit, Unit::Word(word) if words::is_role_stem(word)));
    (words::is_profession_stem(head) && has(head))
        || (!words::is_role_stem(field) && has(field) && names_a_role)
}

fn assess_need(requirement: &Requirement, resume: &Resume<'_>) -> Outcome {
    match &requirement.need {
        Need::Phrases(alternatives) => phrases(alternatives, resume),
        Need::Each { alternatives, parts } => {
            let whole = phrases_of(alternatives, parts, resume);
            let each: Vec<Outcome> =
                parts.iter().map(|part| phrases(std::slice::from_ref(part), resume)).collect();
            let least = each.iter().map(|outcome| outcome.credit).fold(1.0, f64::min);
            if least > whole.credit {
                let mut quotes: Vec<String> =
                    each.into_iter().filter_map(|outcome| outcome.evidence).collect();
                // In the resume's order, as a quote with an ellipsis reads.
                quotes.sort_by_key(|quoted| {
                    resume.lines.iter().position(|line| quote(line.text) == *quoted).unwrap_or(usize::MAX)
                });
                let mut quoted: Vec<String> = Vec::new();
                for quote in quotes {
                    if !quoted.contains(&quote) {
                        quoted.push(quote);
                    }
                }
                Outcome { credit: least, evidence: Some(quoted.join(" … ")), months_found: None }
            } else {
                whole
            }
        }
        Need::Months { months, subject, as_role } => {
            let jobs: Vec<&Job> = resume
                .jobs
                .iter()
                .filter(|job| match subject {
                    None => true,
                    Some(alternatives) => {
                        let have = if *as_role { &job.title } else { &job.entry };
                        alternatives.iter().any(|units| {
                            let any_concept = units.iter().all(|unit| matches!(unit, Unit::Concept(_)));
                            if any_concept {
                                covered(units, have) > 0
                            } else {
                                covered(units, have) >= needed(units.len())
                            }
                        })
                    }
                })
                .collect();
            let found = months_of(&jobs);
            let share = |found: i32| {
                if *months <= 0 { 1.0 } else { (f64::from(found) / f64::from(*months)).min(1.0) }
            };
            // Jobs close to the role (half its words or more) earn a little, as
            // partly shown phrases do; each job on its own, so more text can
            // only raise it.
            let near = subject.iter().flatten().fold(0.0, |best: f64, units| {
                resume
                    .jobs
                    .iter()
                    .map(|job| {
                        let have = if *as_role { &job.title } else { &job.entry };
                        #[allow(clippy::cast_precision_loss)] // A few units.
                        let fraction = covered(units, have) as f64 / units.len().max(1) as f64;
                        if fraction >= 0.5 { PARTIAL_CAP * fraction * share(months_of(&[job])) } else { 0.0 }
                    })
                    .fold(best, f64::max)
            });
            // "2+ years of classroom teaching" and a "Math Teacher": a job
            // whose title names the subject's last word has the field, if not
            // its specialisation, and earns what a title alone does at most.
            let mut broader: Vec<&Job> = match subject {
                Some(alternatives) if !*as_role => resume
                    .jobs
                    .iter()
                    .filter(|job| {
                        alternatives.iter().any(|units| {
                            units.len() >= 2
                                && units.last().is_some_and(|head| {
                                    matches!(head, Unit::Word(_))
                                        && job.title.iter().any(|unit| head.is_met_by(unit))
                                })
                        })
                    })
                    .collect(),
                _ => Vec::new(),
            };
            // "Experience as Finance Officer" and a "Finance Analyst",
            // "… as Mental Health Nurse" and a "Staff Nurse": a job of the
            // role's field (the word before its role noun, with a role noun
            // of its own) or of its profession is kin to it, and earns what
            // a title alone does at most.
            if *as_role {
                broader.extend(
                    resume
                        .jobs
                        .iter()
                        .filter(|job| subject.iter().flatten().any(|units| kin_title(units, &job.title))),
                );
                // "Northwind Heating and Air (2015 – 2017)" over "Installed
                // HVAC equipment …": a job whose title names no role, one of
                // whose duties tells the role's work in full without naming
                // another's ("… with the Project Manager"), is kin to it too.
                let untitled: Vec<&Job> = resume
                    .jobs
                    .iter()
                    .filter(|job| {
                        !job.title
                            .iter()
                            .any(|unit| matches!(unit, Unit::Word(word) if words::is_role_stem(word)))
                            && resume.lines.get(job.below.clone()).unwrap_or_default().iter().any(|line| {
                                !line.text.split_whitespace().any(words::is_role_noun)
                                    && subject
                                        .iter()
                                        .flatten()
                                        .any(|units| covered(units, &line.units) >= units.len())
                            })
                            && !broader.iter().any(|b| std::ptr::eq(*b, *job))
                    })
                    .collect();
                broader.extend(untitled);
            }
            // "Experience as an Accounts Receivable Administrator" and a
            // "Financial Analyst", "2 years of nursing" and a "Healthcare
            // Assistant": a job of the same kind of work (`occupations`) is
            // kin to it too.
            let family = occupations::of_title(&requirement.name);
            if !family.is_empty() {
                for job in &resume.jobs {
                    if job.family.meets(family) && !broader.iter().any(|b| std::ptr::eq(*b, job)) {
                        broader.push(job);
                    }
                }
            }
            broader.extend(
                jobs.iter()
                    .copied()
                    .filter(|job| !broader.iter().any(|b| std::ptr::eq(*b, *job)))
                    .collect::<Vec<_>>(),
            );
            let broader_found = months_of(&broader);
            let mut credit = share(found).max(near).max(share(broader_found).min(TITLE_ONLY));
            let (shown, found) = if jobs.is_empty() { (&broader, broader_found) } else { (&jobs, found) };
            // The job line as the resume has it, so the quote is grounded;
            // the years found are said in the concerns when short.
            let mut evidence = shown.first().map(|job| job.quote.clone());
            // "BI / Big Data / Azure" over jobs titled "Software Engineer":
            // a headline naming the role's work says its author does that
            // work, as a title alone does at most, when no job shows it.
            if *as_role
                && shown.is_empty()
                && let Some(line) = resume.headline().find(|line| {
                    subject.iter().flatten().any(|units| covered(units, &line.units) >= needed(units.len()))
                })
            {
                credit = credit.max(TITLE_ONLY);
                evidence = Some(quote(line.text));
            }
            // Years of the broader field are no years "below" the requirement.
            let months_found = (!jobs.is_empty()).then_some(found);
            Outcome { credit, evidence, months_found }
        }
        Need::Degree { level, fields, related_ok } => {
            let mut best: Option<(bool, &Line<'_>)> = None;
            for line in &resume.lines {
                let Some(found) = statements::degree_level(line.text) else { continue };
                if found < *level {
                    continue;
                }
                // "M.Ed., Boston University" is in education.
                let implied = units::units(&statements::implied_fields(line.text));
                let field_ok = fields.is_empty()
                    || fields.iter().any(|units| {
                        covered(units, &line.units) >= needed(units.len())
                            || covered(units, &implied) >= needed(units.len())
                    });
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
