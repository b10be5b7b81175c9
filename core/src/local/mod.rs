//! The built-in local analyser: reads the job description into requirements,
//! finds each in the resume with the line that shows it, and scores the fit.
//! Deterministic, no I/O, no clock (today is passed in), the same in the
//! browser (Private mode) and on the server.
//!
//! Its rules are general, none keyed to one data set's strings; each module
//! documents its own:
//! - `requirements`: the JD into requirements, required or preferred.
//! - `matching`: the resume read once; each requirement found or not.
//! - `scoring`: credits, scores, concerns and advice; the weights are
//!   explained there.
//! - `rubric`: the requirements as a [`crate::rubric::Rubric`] for the
//!   recruiter (issue #12); the analysis does not read it.
//!
//! Below them, in layers (a module uses only those listed after it):
//! - `statements`: wording both sides read, degrees and "N years as a …".
//! - `units`: a line as concepts and word stems, without what it negates.
//! - `aliases`: the table of known technologies and their spellings.
//! - `layout`: headings, list items, sentences.
//! - `words`: tokens, stems, stop words.
//! - `dates`: date ranges and the months they cover.
//!
//! Word lists live in table files beside the code that reads them
//! (`words/tables.rs`, `aliases/table.rs`, `requirements/tables.rs`…); a
//! test fails on a duplicate in a list, and on a name or alias of two concepts.

mod aliases;
mod dates;
mod layout;
mod matching;
mod requirements;
mod rubric;
mod scoring;
mod statements;
#[cfg(test)]
mod tables;
mod units;
mod words;

use std::collections::BTreeSet;

use crate::analysis::Analysis;

pub use rubric::rubric;

/// A calendar month, the analyser's "today" for ranges that run to "present".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

impl YearMonth {
    /// `month` is 1–12; values outside are clamped.
    pub fn new(year: u16, month: u8) -> Self {
        Self { year, month: month.clamp(1, 12) }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since January of year 0.
    fn index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }
}

/// Analyses one resume against one job description.
pub fn analyze(job_description: &str, resume: &str, today: YearMonth) -> Analysis {
    let requirements = requirements::parse(job_description);
    let read = matching::Resume::read(resume, today);
    let items: Vec<_> = requirements
        .into_iter()
        .map(|requirement| {
            let outcome = matching::assess(&requirement, &read);
            (requirement, outcome)
        })
        .collect();
    let fallback = if items.is_empty() { word_overlap(job_description, resume) } else { 0.0 };
    scoring::build(&items, &read, fallback)
}

/// The share of the JD's distinct words found in the resume: the score when
/// the JD names nothing the analyser recognises.
fn word_overlap(job_description: &str, resume: &str) -> f64 {
    let jd: BTreeSet<units::Unit> = units::content_units(job_description).into_iter().collect();
    let have: BTreeSet<units::Unit> = units::units(resume).into_iter().collect();
    if jd.is_empty() {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)] // Word counts are small.
    let share = jd.iter().filter(|unit| have.contains(unit)).count() as f64 / jd.len() as f64;
    share
}

#[cfg(test)]
mod tests;
