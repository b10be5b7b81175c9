//! The batch being put together: one struct, one action enum, a pure reducer.

use std::rc::Rc;

use shortlist_core::Analysis;
use shortlist_core::admit::{ChosenFile, admit};
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

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    pub job_description: String,
    pub resumes: Vec<Resume>,
    /// Why files of the latest choice were not added; replaced by each choice.
    pub refusals: Vec<Refusal>,
    /// Analyses by resume id, for the current job description.
    pub results: Vec<(u32, Analysis)>,
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
                next.refusals.clear();
            }
            BatchAction::Read(id, result) => {
                if let Some(resume) = next.resumes.iter_mut().find(|resume| resume.id == id) {
                    resume.result = Some(result);
                }
            }
            BatchAction::Analysed(analyses) => {
                for (id, analysis) in analyses {
                    if next.resumes.iter().any(|resume| resume.id == id) {
                        next.results.retain(|(result_id, _)| *result_id != id);
                        next.results.push((id, analysis));
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
        ReadResult::Done(Extraction { kind: Some(FileKind::Txt), outcome, text: text.to_owned() })
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
