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
//! - `closeness`: how near the whole resume is to what the posting says of
//!   the job.
//! - `role`: how much of the posting's title role the resume's jobs name,
//!   and how many of its jobs were the role's kind of work.
//! - `occupations`: the families of work a job title names (a table).
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
mod behaviours;
mod closeness;
mod dates;
mod judge;
pub(crate) mod layout;
mod matching;
mod occupations;
mod requirements;
mod role;
mod rubric;
mod scoring;
mod statements;
#[cfg(test)]
mod tables;
mod units;
pub(crate) mod words;

use crate::analysis::Analysis;

pub use judge::{Judge, PARTLY_MET_AT, judge};
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

/// Analyses one resume against one job description: the rubric the parser
/// reads from it ([`rubric`]), judged by [`judge`].
pub fn analyze(job_description: &str, resume: &str, today: YearMonth) -> Analysis {
    Judge::for_posting(job_description).analyze(resume, today)
}

#[cfg(test)]
mod tests;
