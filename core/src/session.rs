//! The batch as the page keeps it in the tab's `sessionStorage`: a versioned
//! JSON document, gone when the tab closes and purged after two hours.
//!
//! The page converts its state to and from [`SessionDocument`]; the exports
//! ([`crate::export`]) are built from the same document.

use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::analyze_api::Usage;
use crate::api::Analyzer;
use crate::extract::{FileKind, OcrReading, Outcome};
use crate::privacy::{EgressReceipt, HiddenText};
use crate::rubric::Rubric;

/// The shape's version; a stored document of another version is dropped.
pub const SESSION_VERSION: u32 = 1;

/// The `sessionStorage` key the page keeps the batch under.
pub const SESSION_KEY: &str = "shortlist.session";

/// Issue #15: where the tab keeps the recruiter's "Read scans with OCR"
/// choice, beside the batch: "on" or "off"; absent means on.
pub const READ_SCANS_KEY: &str = "shortlist.read-scans";

/// How long a stored batch lives, in milliseconds: the limit's two hours.
pub const SESSION_MAX_AGE_MS: u64 = crate::limits::SESSION_TTL_SECS * 1000;

/// The stored batch. Times are milliseconds since the Unix epoch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionDocument {
    pub version: u32,
    pub batch_id: String,
    pub created_at: u64,
    pub job_description: String,
    /// The rubric the batch is judged by, as the recruiter left it (issue
    /// #12); `None` until one is read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<Rubric>,
    /// The recruiter changed the rubric (or had the model read it): typing
    /// the job description no longer replaces it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rubric_edited: bool,
    pub resumes: Vec<StoredResume>,
    pub results: Vec<ResultRecord>,
    pub status: BatchStatus,
}

/// One resume: its read text (never the file) and where its analysis stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredResume {
    pub id: u32,
    pub filename: String,
    pub size: u64,
    /// `None` when the type could not be told, or the file was not read yet.
    pub kind: Option<FileKind>,
    /// How reading the file ended; `None` while it was still being read.
    pub outcome: Option<Outcome>,
    pub text: String,
    /// Passages hidden from a reader, found while reading the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<HiddenText>,
    /// Issue #15: the text was read by OCR, with this confidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<OcrReading>,
    pub status: ResumeStatus,
    /// Why reading or analysing it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResumeStatus {
    /// Read (or still being read), not sent for analysis.
    Ready,
    /// Waiting in a run for its turn.
    Pending,
    /// Sent; its result has not come yet.
    Processing,
    Completed,
    /// Reading or analysing failed (see `error`).
    Error,
    /// The recruiter cancelled the run before its result came.
    Cancelled,
}

/// One analysis, with what produced it and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultRecord {
    pub resume_id: u32,
    pub analysis: Analysis,
    /// Named "analyser" on the wire since v1 (audit records and sessions keep it).
    #[serde(rename = "analyser")]
    pub analyzer: Analyzer,
    /// The model, or the local analyser's name.
    pub model: String,
    pub finished_at: u64,
    /// What left the tab for this analysis (issue #7): the exact text, its
    /// hash and size, the model and routing. `None` when nothing was sent
    /// (Private mode) or for a batch stored before receipts existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<EgressReceipt>,
    /// [`Rubric::fingerprint`] of the rubric this result was judged by; a
    /// result whose fingerprint differs from the batch's rubric is out of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_fingerprint: Option<String>,
    /// Tokens and, when the upstream reports it, cost (issue #19); `None`
    /// for the local analyser and for results stored before usage was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
}

/// What a set of results cost together: `None` when none of them reports usage.
pub fn total_usage<'a>(results: impl IntoIterator<Item = &'a ResultRecord>) -> Option<Usage> {
    results.into_iter().filter_map(|result| result.usage).reduce(|sum, usage| sum + usage)
}

impl ResultRecord {
    /// Judged by another rubric than the batch's current one (or before
    /// rubrics existed, when the batch has one now).
    pub fn is_out_of_date(&self, rubric: Option<&Rubric>) -> bool {
        rubric.is_some_and(|rubric| self.rubric_fingerprint.as_deref() != Some(&rubric.fingerprint()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchStatus {
    /// Files are still being read.
    Uploading,
    Ready,
    /// A run is waiting for results.
    Processing,
    /// Results are in and nothing is waiting.
    Completed,
}

impl SessionDocument {
    /// Reads a stored document; `None` for anything unreadable or of another
    /// version (the page then starts afresh).
    pub fn parse(json: &str) -> Option<Self> {
        let document: Self = serde_json::from_str(json).ok()?;
        (document.version == SESSION_VERSION).then_some(document)
    }

    pub fn to_json(&self) -> String {
        // A document of strings, numbers and enums always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether the batch is older than two hours at `now`.
    pub fn is_expired(&self, now: u64) -> bool {
        is_expired(self.created_at, now)
    }

    /// The resumes a reload must send again: those that were waiting for or
    /// being analysed when the page went away.
    pub fn unfinished(&self) -> Vec<u32> {
        self.resumes
            .iter()
            .filter(|resume| matches!(resume.status, ResumeStatus::Pending | ResumeStatus::Processing))
            .map(|resume| resume.id)
            .collect()
    }

    /// The resume with this id.
    pub fn resume(&self, id: u32) -> Option<&StoredResume> {
        self.resumes.iter().find(|resume| resume.id == id)
    }
}

/// Whether a batch created at `created_at` is older than two hours at `now`.
pub fn is_expired(created_at: u64, now: u64) -> bool {
    now.saturating_sub(created_at) > SESSION_MAX_AGE_MS
}

/// A time as ISO 8601 in UTC, to the millisecond: `2026-01-31T09:05:00.000Z`.
pub fn iso8601(ms: u64) -> String {
    let days = ms / 86_400_000;
    let in_day = ms % 86_400_000;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}

/// Days since 1970-01-01 to a (year, month, day) of the proleptic Gregorian
/// calendar, counting in 400-year eras of 146 097 days.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Shift the epoch to 0000-03-01 so leap days fall at the end of a year.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> SessionDocument {
        let resume = |id: u32, status: ResumeStatus| StoredResume {
            id,
            filename: format!("{id}.txt"),
            size: 10,
            kind: Some(FileKind::Txt),
            outcome: Some(Outcome::Read),
            text: "Rust".to_owned(),
            hidden: Vec::new(),
            ocr: None,
            status,
            error: None,
        };
        SessionDocument {
            version: SESSION_VERSION,
            batch_id: "b-1".to_owned(),
            created_at: 1_000,
            job_description: "Rust".to_owned(),
            rubric: None,
            rubric_edited: false,
            resumes: vec![
                resume(1, ResumeStatus::Completed),
                resume(2, ResumeStatus::Processing),
                resume(3, ResumeStatus::Pending),
                resume(4, ResumeStatus::Error),
                resume(5, ResumeStatus::Ready),
            ],
            results: Vec::new(),
            status: BatchStatus::Processing,
        }
    }

    #[test]
    fn a_document_round_trips_and_another_version_is_dropped() {
        let json = document().to_json();
        assert_eq!(SessionDocument::parse(&json), Some(document()));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["version"], 1);
        assert_eq!(value["status"], "processing");
        assert_eq!(value["resumes"][1]["status"], "processing");
        assert_eq!(value["resumes"][0]["kind"], "txt");
        let older = json.replace("\"version\":1", "\"version\":0");
        assert_eq!(SessionDocument::parse(&older), None);
        assert_eq!(SessionDocument::parse("{\"version\":1}"), None);
        assert_eq!(SessionDocument::parse("not json"), None);
    }

    #[test]
    fn a_batch_expires_after_two_hours() {
        let document = document();
        assert!(!document.is_expired(1_000));
        assert!(!document.is_expired(1_000 + SESSION_MAX_AGE_MS));
        assert!(document.is_expired(1_001 + SESSION_MAX_AGE_MS));
        assert!(!document.is_expired(0), "a clock set back is no expiry");
    }

    #[test]
    fn a_reload_sends_again_what_was_waiting_or_in_flight() {
        assert_eq!(document().unfinished(), [2, 3]);
    }

    #[test]
    fn times_read_as_iso_8601() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(951_782_400_000), "2000-02-29T00:00:00.000Z");
        assert_eq!(iso8601(1_798_675_200_123), "2026-12-31T00:00:00.123Z");
        assert_eq!(iso8601(1_772_323_199_999), "2026-02-28T23:59:59.999Z");
    }
}
