//! The messages between the page and its extraction workers, which read
//! files off the page's thread.
//!
//! The page posts `[id, ArrayBuffer]` to read a file (its bytes,
//! transferred, not copied), or a [`WorkerRequest`] as a JSON string: the
//! text OCR read from a file's pictures, to be finished as any file's text;
//! the worker first posts [`READY`] once its wasm is running, then one
//! [`WorkerReply`] as JSON per message (a long PDF's progress before its
//! answer). Issue #15: before the answer for a PDF with scanned pages
//! ([`crate::extract::extract_for_ocr`]), the worker posts `[id, [page…]]`,
//! the pages' pictures for the page's OCR, their buffers transferred: a JPEG
//! file as an `ArrayBuffer`, any other picture still encoded as `[spec,
//! data, globals]` (issue #16: the page has it decoded by its scan worker,
//! `crate::scan`).
//!
//! Issue #16: the built-in analyser, the rubric parser and redaction run in
//! workers of their own, the analysis workers ([`analysis`]), so the
//! extraction worker's wasm holds only the parsers. Both kinds post
//! [`READY`] first and answer one JSON message with one JSON reply.
//!
//! Issue #16: a long PDF is read by several workers. The page posts a file
//! as `[id, bytes, reading]`, `reading` a [`FileReading`] as JSON: the first
//! worker, told how many workers there are, reads a PDF long enough for
//! more than one run ([`extract::runs_for`]) by posting [`SplitReply`] (how
//! many runs) before reading its first run, and answers [`RunReply`]; the
//! page hands the other runs to the next free workers, ahead of the queue,
//! each answering [`RunReply`], and then the runs, in page order, to a
//! worker to join ([`WorkerRequest::JoinRuns`]), which answers `Extracted`
//! as if one worker had read the file.

pub mod analysis;

use serde::{Deserialize, Serialize};

use crate::extract::{self, Extraction, FileKind};
use crate::privacy::HiddenText;

/// A worker's first message (either kind's): it is ready for work. A new
/// worker drops messages sent before its wasm runs, so the page waits for this.
pub const READY: &str = "ready";

/// The extraction worker's answer to one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerReply {
    Extracted(ExtractReply),
    /// Issue #19: a long PDF's pages read so far; its `Extracted` follows.
    Progress(ProgressReply),
    /// Issue #16: the file is a long PDF, read in runs; this worker reads
    /// the first and answers `Run`.
    Split(SplitReply),
    /// Issue #16: one run of a long PDF's pages read.
    Run(RunReply),
}

/// Issue #16: how a worker reads the file posted with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileReading {
    /// All of it, unless it is a PDF long enough to be read in runs by the
    /// pool's `workers` workers: then its first run ([`extract::extract_first_run`]).
    First { workers: u32 },
    /// Run `index` (from 0) of `runs` of a long PDF ([`extract::extract_run`]).
    Run { index: u32, runs: u32 },
}

/// Issue #16: file `id` is a PDF of `pages` pages, read in `runs` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SplitReply {
    pub id: u32,
    pub runs: u32,
    pub pages: u32,
}

/// Issue #16: run `index` of file `id` read, or, when the file cannot be
/// read after all, its extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunReply {
    pub id: u32,
    pub index: u32,
    pub run: Result<extract::PageRun, Extraction>,
}

/// Issue #16: the runs of file `id`, in page order, to be joined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinJob {
    pub id: u32,
    pub runs: Vec<extract::PageRun>,
}

impl JoinJob {
    /// Whether a page of the file is a scan: its pictures are only had by
    /// reading the whole file again in one worker, which the page does
    /// instead of asking for the join.
    pub fn has_scans(&self) -> bool {
        self.runs.iter().any(|run| run.scanned > 0)
    }
}

/// What the page asks of the extraction worker as JSON (files go as bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerRequest {
    /// Issue #15: the text the page's OCR engine read from a picture, to be
    /// finished as any file's text; answered with `Extracted`.
    FinishOcr(OcrText),
    /// Issue #16: a long PDF's runs to join; answered with `Extracted`.
    JoinRuns(JoinJob),
}

impl WorkerRequest {
    /// What the extraction worker answers.
    pub fn answer(&self) -> WorkerReply {
        match self {
            WorkerRequest::FinishOcr(read) => WorkerReply::Extracted(ExtractReply {
                id: read.id,
                extraction: extract::from_ocr(
                    read.kind,
                    &read.pages,
                    &read.read,
                    f32::from(read.confidence),
                    read.hidden.clone(),
                ),
            }),
            WorkerRequest::JoinRuns(job) => WorkerReply::Extracted(ExtractReply {
                id: job.id,
                // The page reads a file with scans whole instead (`has_scans`).
                extraction: extract::join_runs(job.runs.clone()).unwrap_or_else(|| Extraction {
                    kind: Some(FileKind::Pdf),
                    outcome: extract::Outcome::Damaged,
                    text: String::new(),
                    hidden: Vec::new(),
                    ocr: None,
                }),
            }),
        }
    }
}

/// What OCR read from file `id`, a picture of `kind`, with the engine's
/// mean confidence (0–100, [`extract::OcrReading::percent`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OcrText {
    pub id: u32,
    pub kind: FileKind,
    /// The worker's first reading of the file: empty for a picture; a PDF's
    /// text pages with a [`extract::SCANNED_PAGE`] line for each scanned page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pages: String,
    /// What OCR read of each picture, in order.
    pub read: Vec<String>,
    pub confidence: u8,
    /// What a PDF's text pages hide, from the worker's first reading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<HiddenText>,
}

/// A file's reading under way: `page` of `pages` read. For a run of a long
/// PDF (issue #16), `page` counts that run's pages read; the page adds its
/// runs up. Sent only for PDFs
/// of [`PROGRESS_MIN_PAGES`] pages or more; shorter ones read too fast to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressReply {
    pub id: u32,
    pub page: u32,
    pub pages: u32,
}

/// From this many pages on, a PDF's reading reports its progress.
pub const PROGRESS_MIN_PAGES: u32 = 5;
/// At most about this many reports a file: each one re-renders the page's
/// list on its thread, which the workers share the machine's cores with.
pub const PROGRESS_STEPS: u32 = 20;

impl ProgressReply {
    /// The progress to post for file `id` after `page` of `pages`, if any:
    /// every page up to [`PROGRESS_STEPS`] pages, then every
    /// `pages / PROGRESS_STEPS`th page and the last.
    pub fn after_page(id: u32, page: u32, pages: u32) -> Option<WorkerReply> {
        let step = (pages / PROGRESS_STEPS).max(1);
        (pages >= PROGRESS_MIN_PAGES && (page.is_multiple_of(step) || page == pages))
            .then_some(WorkerReply::Progress(ProgressReply { id, page, pages }))
    }
}

/// The worker's answer for one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractReply {
    pub id: u32,
    pub extraction: Extraction,
}

#[cfg(test)]
mod tests {
    use super::*;

    // See: #19
    #[test]
    fn only_a_long_pdf_reports_progress() {
        assert_eq!(ProgressReply::after_page(3, 2, PROGRESS_MIN_PAGES - 1), None);
        let reply = ProgressReply::after_page(3, 10, 100).unwrap();
        let json = serde_json::to_string(&reply).unwrap();
        assert_eq!(json, r#"{"progress":{"id":3,"page":10,"pages":100}}"#);
        assert_eq!(serde_json::from_str::<WorkerReply>(&json).unwrap(), reply);
    }

    // See: #16
    #[test]
    fn a_long_pdf_reports_about_twenty_steps() {
        let sent =
            |pages: u32| (1..=pages).filter(move |&page| ProgressReply::after_page(1, page, pages).is_some());
        assert_eq!(sent(8).count(), 8);
        assert_eq!(sent(100).collect::<Vec<_>>(), (1..=20).map(|step| step * 5).collect::<Vec<_>>());
        assert_eq!(sent(141).count(), 21);
        assert_eq!(sent(141).next_back(), Some(141));
    }

    // See: #15
    #[test]
    fn ocr_text_comes_back_as_an_extraction_of_its_picture() {
        let text = "Jane Doe\nNurse, 2015 - present, St Mary's: wound care, triage, patient records.";
        let request = WorkerRequest::FinishOcr(OcrText {
            id: 5,
            kind: FileKind::Png,
            pages: String::new(),
            read: vec![text.into()],
            confidence: 88,
            hidden: Vec::new(),
        });
        let sent: WorkerRequest = serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
        let WorkerReply::Extracted(reply) = sent.answer() else { panic!("not an extraction") };
        assert_eq!(
            reply,
            ExtractReply {
                id: 5,
                extraction: extract::from_ocr(FileKind::Png, "", &[text.into()], 88.0, Vec::new())
            }
        );
        assert_eq!(reply.extraction.ocr.map(|ocr| ocr.confidence), Some(88));
    }
}
