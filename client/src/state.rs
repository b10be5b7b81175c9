//! The batch being put together: one struct, one action enum, a pure reducer.

use std::rc::Rc;

use shortlist_core::Analysis;
use shortlist_core::admit::{ChosenFile, admit};
use shortlist_core::analyze_api::AnalyzeEvent;
use shortlist_core::extract::Outcome;
use shortlist_core::{Limits, Refusal};
use yew::Reducible;

use crate::extractor::ReadResult;

/// One resume in the batch. Its file's bytes are never kept here: the file
/// goes to the worker, and only the text comes back.
#[derive(Debug, Clone, PartialEq)]
pub struct Resume {
    pub id: u32,
    pub name: String,
    pub size: u64,
    /// `None` while the worker is reading the file.
    pub result: Option<ReadResult>,
}

impl Resume {
    /// The text to analyse, once the file was read and held text.
    pub fn text(&self) -> Option<&str> {
        match &self.result {
            Some(ReadResult::Done(extraction)) if extraction.outcome.has_text() => Some(&extraction.text),
            _ => None,
        }
    }

    pub fn is_reading(&self) -> bool {
        self.result.is_none()
    }

    /// Whether the file was read but flagged (almost no text).
    pub fn is_flagged(&self) -> bool {
        matches!(&self.result, Some(ReadResult::Done(extraction)) if extraction.outcome == Outcome::LowText)
    }
}

/// Where one resume's analysis stands in the current run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunStatus {
    Queued,
    Analysing,
    Done,
    Failed(String),
    /// The recruiter cancelled the run before this resume's result came.
    Cancelled,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    pub job_description: String,
    pub resumes: Vec<Resume>,
    /// Why files of the latest choice were not added; replaced by each choice.
    pub refusals: Vec<Refusal>,
    /// Analyses by resume id, for the current job description.
    pub results: Vec<(u32, Analysis)>,
    /// The latest run's progress, by resume id.
    pub run: Vec<(u32, RunStatus)>,
    next_id: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BatchAction {
    SetJobDescription(String),
    /// Files chosen or dropped: those that fit the limits join the batch.
    Choose(Vec<ChosenFile>),
    Remove(u32),
    /// The worker's result for one resume.
    Read(u32, ReadResult),
    /// Analyses of resumes, by id, replacing earlier ones.
    Analysed(Vec<(u32, Analysis)>),
    /// A run starts for these resumes.
    Queue(Vec<u32>),
    /// These resumes are sent again (Retry); the rest of the run stays.
    Requeue(Vec<u32>),
    /// Cancel: every resume still waiting stops; finished results stay.
    Cancel,
    /// One event of the server's stream (resume ids are the page's, as text).
    Event(AnalyzeEvent),
    /// A request ended (failed, or closed early): its resumes still waiting
    /// fail with this message; finished ones keep their outcome.
    ChunkFailed(Vec<u32>, String),
}

impl Batch {
    /// Analysis needs a job description and at least one readable resume, and
    /// waits until every file has been read.
    pub fn can_analyze(&self) -> bool {
        !self.job_description.trim().is_empty()
            && self.resumes.iter().any(|resume| resume.text().is_some())
            && !self.resumes.iter().any(Resume::is_reading)
    }

    pub fn total_bytes(&self) -> u64 {
        self.resumes.iter().map(|resume| resume.size).sum()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.resumes.iter().any(|resume| resume.name == name)
    }

    /// Whether a run is still waiting for some of its results.
    pub fn is_running(&self) -> bool {
        self.run.iter().any(|(_, status)| matches!(status, RunStatus::Queued | RunStatus::Analysing))
    }

    /// (finished, total) of the latest run; failures count as finished.
    pub fn progress(&self) -> (usize, usize) {
        let finished = self
            .run
            .iter()
            .filter(|(_, status)| matches!(status, RunStatus::Done | RunStatus::Failed(_)))
            .count();
        (finished, self.run.len())
    }

    pub fn run_status(&self, id: u32) -> Option<&RunStatus> {
        self.run.iter().find(|(run_id, _)| *run_id == id).map(|(_, status)| status)
    }

    fn set_status(&mut self, id: u32, status: RunStatus) {
        if let Some(entry) = self.run.iter_mut().find(|(run_id, _)| *run_id == id) {
            entry.1 = status;
        }
    }

    fn store(&mut self, id: u32, analysis: Analysis) {
        if self.resumes.iter().any(|resume| resume.id == id) {
            self.results.retain(|(result_id, _)| *result_id != id);
            self.results.push((id, analysis));
        }
    }

    /// The resumes that have text, with it: what analysis works on.
    pub fn readable(&self) -> impl Iterator<Item = (u32, &str)> {
        self.resumes.iter().filter_map(|resume| resume.text().map(|text| (resume.id, text)))
    }

    /// The results, best first; ties keep the order the resumes were added.
    pub fn ranked(&self) -> Vec<(&Resume, &Analysis)> {
        let mut ranked: Vec<(&Resume, &Analysis)> = self
            .resumes
            .iter()
            .filter_map(|resume| {
                self.results.iter().find(|(id, _)| *id == resume.id).map(|(_, analysis)| (resume, analysis))
            })
            .collect();
        ranked.sort_by_key(|(_, analysis)| std::cmp::Reverse(analysis.overall_score));
        ranked
    }

    fn chosen(&self) -> Vec<ChosenFile> {
        self.resumes.iter().map(|resume| ChosenFile::new(resume.name.clone(), resume.size)).collect()
    }
}

impl Reducible for Batch {
    type Action = BatchAction;

    fn reduce(self: Rc<Self>, action: BatchAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            BatchAction::SetJobDescription(text) => {
                // Results answer the job description they were made for.
                if text != next.job_description {
                    next.results.clear();
                    next.run.clear();
                }
                next.job_description = text;
            }
            BatchAction::Choose(files) => {
                let admission = admit(&next.chosen(), files, &Limits::current());
                for file in admission.accepted {
                    next.next_id += 1;
                    next.resumes.push(Resume {
                        id: next.next_id,
                        name: file.name,
                        size: file.size,
                        result: None,
                    });
                }
                next.refusals = admission.refused;
            }
            BatchAction::Remove(id) => {
                next.resumes.retain(|resume| resume.id != id);
                next.results.retain(|(result_id, _)| *result_id != id);
                next.run.retain(|(run_id, _)| *run_id != id);
                next.refusals.clear();
            }
            BatchAction::Read(id, result) => {
                if let Some(resume) = next.resumes.iter_mut().find(|resume| resume.id == id) {
                    resume.result = Some(result);
                }
            }
            BatchAction::Analysed(analyses) => {
                next.run.clear();
                for (id, analysis) in analyses {
                    next.store(id, analysis);
                }
            }
            BatchAction::Queue(ids) => {
                next.run = ids.into_iter().map(|id| (id, RunStatus::Queued)).collect();
            }
            BatchAction::Cancel => {
                for (_, status) in &mut next.run {
                    if matches!(status, RunStatus::Queued | RunStatus::Analysing) {
                        *status = RunStatus::Cancelled;
                    }
                }
            }
            BatchAction::Requeue(ids) => {
                for id in ids {
                    match next.run.iter_mut().find(|(run_id, _)| *run_id == id) {
                        Some(entry) => entry.1 = RunStatus::Queued,
                        None => next.run.push((id, RunStatus::Queued)),
                    }
                }
            }
            BatchAction::Event(event) => match event {
                AnalyzeEvent::Processing { id } => {
                    if let Ok(id) = id.parse() {
                        next.set_status(id, RunStatus::Analysing);
                    }
                }
                AnalyzeEvent::Completed(completed) => {
                    if let Ok(id) = completed.id.parse() {
                        next.store(id, completed.analysis);
                        next.set_status(id, RunStatus::Done);
                    }
                }
                AnalyzeEvent::Error(error) => {
                    if let Ok(id) = error.id.parse() {
                        next.set_status(id, RunStatus::Failed(error.message));
                    }
                }
                AnalyzeEvent::Done => {}
            },
            BatchAction::ChunkFailed(ids, message) => {
                for id in ids {
                    if matches!(next.run_status(id), Some(RunStatus::Queued | RunStatus::Analysing)) {
                        next.set_status(id, RunStatus::Failed(message.clone()));
                    }
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shortlist_core::extract::{Extraction, FileKind};
    use shortlist_core::limits::MB;

    fn apply(batch: Rc<Batch>, actions: Vec<BatchAction>) -> Rc<Batch> {
        actions.into_iter().fold(batch, |batch, action| batch.reduce(action))
    }

    fn read(text: &str, outcome: Outcome) -> ReadResult {
        ReadResult::Done(Extraction {
            kind: Some(FileKind::Txt),
            outcome,
            text: text.to_owned(),
            hidden: Vec::new(),
        })
    }

    fn ids(batch: &Batch) -> Vec<(u32, &str)> {
        batch.resumes.iter().map(|resume| (resume.id, resume.name.as_str())).collect()
    }

    #[test]
    fn analysis_waits_for_a_job_description_and_a_read_resume() {
        let batch = apply(Rc::default(), vec![BatchAction::SetJobDescription("Rust engineer".into())]);
        assert!(!batch.can_analyze());
        let batch = apply(batch, vec![BatchAction::Choose(vec![ChosenFile::new("a.txt", 10)])]);
        assert!(!batch.can_analyze(), "still reading");
        let batch = apply(batch, vec![BatchAction::Read(1, read("Rust and tokio", Outcome::Read))]);
        assert!(batch.can_analyze());
        let batch = apply(batch, vec![BatchAction::SetJobDescription("  \n".into())]);
        assert!(!batch.can_analyze(), "blank job description");
    }

    #[test]
    fn a_batch_of_unreadable_files_cannot_be_analysed() {
        let batch = apply(
            Rc::default(),
            vec![
                BatchAction::SetJobDescription("Rust".into()),
                BatchAction::Choose(vec![ChosenFile::new("a.pdf", 10), ChosenFile::new("b.pdf", 10)]),
                BatchAction::Read(1, read("", Outcome::PasswordProtected)),
                BatchAction::Read(2, ReadResult::Failed("parser failed".into())),
            ],
        );
        assert!(!batch.can_analyze());
        assert_eq!(batch.resumes.iter().filter_map(Resume::text).count(), 0);
    }

    #[test]
    fn a_refused_file_leaves_the_rest_of_the_choice_in_the_batch() {
        let batch = apply(
            Rc::default(),
            vec![BatchAction::Choose(vec![
                ChosenFile::new("a.pdf", MB),
                ChosenFile::new("huge.pdf", 4 * MB),
            ])],
        );
        assert_eq!(ids(&batch), [(1, "a.pdf")]);
        assert_eq!(batch.refusals.len(), 1);
        assert_eq!(batch.total_bytes(), MB);
    }

    #[test]
    fn ids_stay_unique_after_removals() {
        let batch = apply(
            Rc::default(),
            vec![
                BatchAction::Choose(vec![ChosenFile::new("a.pdf", 1), ChosenFile::new("b.pdf", 2)]),
                BatchAction::Remove(1),
                BatchAction::Choose(vec![ChosenFile::new("c.pdf", 3)]),
            ],
        );
        assert_eq!(ids(&batch), [(2, "b.pdf"), (3, "c.pdf")]);
    }

    fn analysis(score: u8) -> Analysis {
        let today = shortlist_core::local::YearMonth::new(2026, 1);
        Analysis { overall_score: score, ..shortlist_core::local::analyze("Required: Rust", "Rust", today) }
    }

    #[test]
    fn results_rank_best_first_and_follow_the_job_description() {
        let batch = apply(
            Rc::default(),
            vec![
                BatchAction::SetJobDescription("Rust".into()),
                BatchAction::Choose(vec![ChosenFile::new("a.txt", 1), ChosenFile::new("b.txt", 1)]),
                BatchAction::Analysed(vec![(1, analysis(40)), (2, analysis(90)), (7, analysis(99))]),
            ],
        );
        let ranked: Vec<(&str, u8)> = batch
            .ranked()
            .iter()
            .map(|(resume, analysis)| (resume.name.as_str(), analysis.overall_score))
            .collect();
        assert_eq!(ranked, [("b.txt", 90), ("a.txt", 40)], "unknown ids are dropped");
        let batch = apply(batch, vec![BatchAction::Remove(2)]);
        assert_eq!(batch.ranked().len(), 1);
        let batch = apply(batch, vec![BatchAction::SetJobDescription("Go".into())]);
        assert!(batch.ranked().is_empty(), "a new job description clears the results");
    }

    #[test]
    fn a_run_follows_the_servers_events_and_a_failed_request_fails_only_its_resumes() {
        use shortlist_core::analyze_api::{Analyser, AnalysisErrorCode, Completed, ResumeError};
        let files = (1..=3).map(|i| ChosenFile::new(format!("{i}.txt"), 1)).collect();
        let batch = apply(Rc::default(), vec![BatchAction::Choose(files), BatchAction::Queue(vec![1, 2, 3])]);
        assert!(batch.is_running());
        assert_eq!(batch.progress(), (0, 3));
        let completed = Completed {
            id: "1".into(),
            analysis: analysis(70),
            analyser: Analyser::Local,
            model: "shortlist-local".into(),
            usage: None,
        };
        let error = ResumeError {
            id: "2".into(),
            code: AnalysisErrorCode::UpstreamTimeout,
            message: "no complete reply within 4 s".into(),
            retryable: true,
        };
        let batch = apply(
            batch,
            vec![
                BatchAction::Event(AnalyzeEvent::Processing { id: "1".into() }),
                BatchAction::Event(AnalyzeEvent::Completed(completed)),
                BatchAction::Event(AnalyzeEvent::Error(error)),
                BatchAction::ChunkFailed(vec![1, 3], "connection lost".into()),
            ],
        );
        assert_eq!(batch.run_status(1), Some(&RunStatus::Done), "a finished result stays");
        assert_eq!(batch.run_status(2), Some(&RunStatus::Failed("no complete reply within 4 s".into())));
        assert_eq!(batch.run_status(3), Some(&RunStatus::Failed("connection lost".into())));
        assert_eq!(batch.progress(), (3, 3));
        assert!(!batch.is_running());
        assert_eq!(batch.ranked().len(), 1);

        let batch = apply(batch, vec![BatchAction::Requeue(vec![2]), BatchAction::Requeue(vec![3])]);
        let cancelled = apply(batch.clone(), vec![BatchAction::Cancel]);
        assert_eq!(cancelled.run_status(3), Some(&RunStatus::Cancelled));
        assert_eq!(cancelled.run_status(1), Some(&RunStatus::Done), "what finished stays");
        assert!(!cancelled.is_running());
        let batch = apply(batch, vec![BatchAction::ChunkFailed(vec![3], "connection lost".into())]);
        assert_eq!(batch.run_status(2), Some(&RunStatus::Queued), "Retry sends it again");
        assert_eq!(batch.run_status(1), Some(&RunStatus::Done), "the rest of the run stays");
        assert_eq!(batch.progress(), (2, 3));
        assert_eq!(batch.run_status(3), Some(&RunStatus::Failed("connection lost".into())));
    }

    #[test]
    fn a_result_for_a_removed_resume_is_dropped() {
        let batch = apply(
            Rc::default(),
            vec![
                BatchAction::Choose(vec![ChosenFile::new("a.pdf", 1)]),
                BatchAction::Remove(1),
                BatchAction::Read(1, read("text", Outcome::Read)),
            ],
        );
        assert!(batch.resumes.is_empty());
    }
}
