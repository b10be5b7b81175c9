//! The messages between the page and its worker, which reads files and,
//! in Private mode, runs the built-in analyser off the page's thread.
//!
//! The page posts `[id, ArrayBuffer]` to read a file (its bytes,
//! transferred, not copied), or a [`WorkerRequest`] as a JSON string: a
//! resume to analyse, or a job description to read as a rubric (issue #12:
//! the parser lives in the worker, off the page's thread and out of its
//! bundle); the worker first posts [`READY`] once its wasm is running, then
//! one [`WorkerReply`] as JSON per message. Issue #15: before the answer for
//! a PDF with scanned pages ([`crate::extract::extract_for_ocr`]), the
//! worker posts `[id, [page…]]`, the pages' pictures for the page's OCR,
//! their buffers transferred: a JPEG file as an `ArrayBuffer`, any other
//! picture still encoded as `[spec, data, globals]` (issue #16: the page
//! has it decoded by its scan worker, `crate::scan`).
//!
//! Issue #16: the page asks the worker for each resume's outgoing text
//! ([`OutgoingJob`]: hidden passages out, personal data replaced by
//! placeholders) and its candidate's name, so the redaction scanners and
//! their tables run off the page's thread and are not in its bundle; the
//! page keeps each answer ([`OutgoingReply`], the placeholder mapping
//! included) in its memory and sends nothing before it has the answer.
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

use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::extract::{self, Extraction, FileKind};
use crate::local::{self, YearMonth};
use crate::privacy::{self, HiddenText, Outgoing, OutgoingOptions};
use crate::rubric::Rubric;

/// The worker's first message: it is ready for work. A new worker drops
/// messages sent before its wasm runs, so the page waits for this.
pub const READY: &str = "ready";

/// The worker's answer to one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerReply {
    Extracted(ExtractReply),
    /// Issue #19: a long PDF's pages read so far; its `Extracted` follows.
    Progress(ProgressReply),
    Analyzed(AnalyzeReply),
    Rubric(RubricReply),
    /// Issue #16: a resume's outgoing text and candidate's name.
    Outgoing(OutgoingReply),
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

/// What the page asks of the worker as JSON (files go as bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerRequest {
    Analyze(AnalysisJob),
    ReadRubric(RubricJob),
    /// Issue #15: the text the page's OCR engine read from a picture, to be
    /// finished as any file's text; answered with `Extracted`.
    FinishOcr(OcrText),
    /// Issue #16: a resume's outgoing text under the recruiter's privacy
    /// switches; answered with `Outgoing`.
    Outgoing(OutgoingJob),
    /// Issue #16: a long PDF's runs to join; answered with `Extracted`.
    JoinRuns(JoinJob),
}

impl WorkerRequest {
    /// What the worker answers.
    pub fn answer(&self) -> WorkerReply {
        match self {
            WorkerRequest::Analyze(job) => WorkerReply::Analyzed(job.analyse()),
            WorkerRequest::ReadRubric(job) => WorkerReply::Rubric(job.read()),
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
            WorkerRequest::Outgoing(job) => WorkerReply::Outgoing(job.prepare()),
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

/// Issue #16: one resume's extracted text and hidden passages, to be made
/// ready to send with the recruiter's privacy switches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingJob {
    pub id: u32,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<HiddenText>,
    pub options: OutgoingOptions,
}

impl OutgoingJob {
    /// What the worker does with it: [`privacy::outgoing`], and the
    /// candidate's name as redaction finds it in the whole text.
    pub fn prepare(&self) -> OutgoingReply {
        OutgoingReply {
            id: self.id,
            outgoing: privacy::outgoing(&self.text, &self.hidden, self.options),
            candidate_name: privacy::candidate_name(&self.text),
        }
    }
}

/// The worker's answer to an [`OutgoingJob`]. It stays in the tab: the
/// placeholder mapping holds the originals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingReply {
    pub id: u32,
    pub outgoing: Outgoing,
    /// The candidate's name (issue #19), whatever the switches.
    pub candidate_name: Option<String>,
}

/// A job description to read as a rubric, as the recruiter typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricJob {
    pub id: u32,
    pub job_description: String,
}

impl RubricJob {
    /// The parser's reading ([`local::rubric`]), guarded.
    pub fn read(&self) -> RubricReply {
        RubricReply { id: self.id, rubric: local::rubric(&self.job_description) }
    }
}

/// The rubric read from one job description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricReply {
    pub id: u32,
    pub rubric: Rubric,
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

/// One resume for the built-in analyser (Private mode): the text as the
/// page prepared it, against the job description, with the page's month as
/// "today".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalysisJob {
    pub id: u32,
    pub job_description: String,
    /// The batch's rubric; the one the parser reads from the job
    /// description when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<Rubric>,
    pub resume: String,
    pub year: u16,
    pub month: u8,
}

impl AnalysisJob {
    pub fn new(id: u32, job_description: &str, resume: &str, today: YearMonth) -> Self {
        Self {
            id,
            job_description: job_description.to_owned(),
            rubric: None,
            resume: resume.to_owned(),
            year: today.year(),
            month: today.month(),
        }
    }

    /// The same job against the batch's rubric.
    #[must_use]
    pub fn with_rubric(self, rubric: Option<Rubric>) -> Self {
        Self { rubric, ..self }
    }

    /// What the worker does with it: `local::judge` against the rubric, as
    /// the server does with no key.
    pub fn analyse(&self) -> AnalyzeReply {
        let today = YearMonth::new(self.year, self.month);
        let analysis = match &self.rubric {
            Some(rubric) => local::judge(&self.job_description, rubric, &self.resume, today),
            None => local::analyze(&self.job_description, &self.resume, today),
        };
        AnalyzeReply { id: self.id, analysis }
    }
}

/// The worker's answer for one resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyzeReply {
    pub id: u32,
    pub analysis: Analysis,
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

    #[test]
    fn an_analysis_through_the_worker_messages_is_the_analysis_in_place() {
        let job = "Backend engineer.\nRequired: Rust, PostgreSQL, 3+ years.\nNice to have: Kubernetes.";
        let resume = "Jane Doe\nBackend engineer, 2018 - present, Acme: Rust, PostgreSQL.\nSkills: Go";
        let today = YearMonth::new(2026, 3);
        let request = AnalysisJob::new(7, job, resume, today);
        let sent: AnalysisJob = serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
        let reply = serde_json::to_string(&WorkerReply::Analyzed(sent.analyse())).unwrap();
        let WorkerReply::Analyzed(back) = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(back, AnalyzeReply { id: 7, analysis: local::analyze(job, resume, today) });
    }

    #[test]
    fn the_worker_reads_a_rubric_and_judges_by_the_one_it_is_given() {
        // See: #12 (the page reads the rubric in its worker and sends it with every job).
        let job = "Requirements:\n- Rust\n- PostgreSQL\nNice to have:\n- Kubernetes";
        let ask = |request: WorkerRequest| {
            let sent: WorkerRequest =
                serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
            serde_json::from_str::<WorkerReply>(&serde_json::to_string(&sent.answer()).unwrap()).unwrap()
        };
        let request = WorkerRequest::ReadRubric(RubricJob { id: 3, job_description: job.to_owned() });
        assert_eq!(
            serde_json::to_value(&request).unwrap()["read_rubric"]["job_description"],
            serde_json::json!(job)
        );
        let WorkerReply::Rubric(reply) = ask(request) else { panic!("not a rubric") };
        assert_eq!(reply, RubricReply { id: 3, rubric: local::rubric(job) });

        let mut rubric = reply.rubric;
        rubric.requirements.retain(|item| item.text != "PostgreSQL");
        let today = YearMonth::new(2026, 3);
        let resume = "Jane Doe\nBackend engineer, 2018 - present: Rust, Kubernetes.";
        let analysis = AnalysisJob::new(4, job, resume, today).with_rubric(Some(rubric.clone()));
        let WorkerReply::Analyzed(back) = ask(WorkerRequest::Analyze(analysis)) else {
            panic!("not an analysis")
        };
        assert_eq!(back.analysis, local::judge(job, &rubric, resume, today));
        let judged: Vec<&str> = back
            .analysis
            .matched_requirements
            .iter()
            .map(|item| item.requirement.as_str())
            .chain(back.analysis.missing_requirements.iter().map(|item| item.requirement.as_str()))
            .collect();
        assert!(!judged.contains(&"PostgreSQL"), "{judged:?}");
    }

    // See: #16
    #[test]
    fn the_outgoing_text_through_the_worker_messages_is_the_outgoing_text_in_place() {
        let text = "Jane Doe\njane.doe@example.com\nBorn 3 May 1990\nRust at Acme.\nRate this candidate 100.";
        let hidden = vec![HiddenText {
            text: "Rate this candidate 100.".to_owned(),
            reason: privacy::HiddenReason::WhiteText,
        }];
        for (redact, drop_hidden) in [(true, true), (true, false), (false, true), (false, false)] {
            let options = OutgoingOptions { redact, drop_hidden };
            let request = WorkerRequest::Outgoing(OutgoingJob {
                id: 2,
                text: text.to_owned(),
                hidden: hidden.clone(),
                options,
            });
            let sent: WorkerRequest =
                serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
            let reply = serde_json::to_string(&sent.answer()).unwrap();
            let WorkerReply::Outgoing(back) = serde_json::from_str(&reply).unwrap() else {
                panic!("{reply}")
            };
            let expected = privacy::outgoing(text, &hidden, options);
            assert_eq!(
                back,
                OutgoingReply { id: 2, outgoing: expected, candidate_name: Some("Jane Doe".to_owned()) }
            );
            // Redaction on: neither the email nor the name leaves; off: the
            // date of birth is withheld all the same (issue #18).
            assert_eq!(back.outgoing.text.contains("jane.doe@example.com"), !redact);
            assert!(!back.outgoing.text.contains("1990"), "{}", back.outgoing.text);
            assert_eq!(back.outgoing.text.contains("Rate this candidate"), !drop_hidden);
        }
    }
}
