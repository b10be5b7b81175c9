//! The batch being put together: one struct, one action enum, a pure reducer.

use std::rc::Rc;

use shortlist_core::admit::{ChosenFile, admit};
use shortlist_core::{Limits, Refusal};
use yew::Reducible;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    pub job_description: String,
    pub resumes: Vec<ChosenFile>,
    /// Why files of the latest choice were not added; replaced by each choice.
    pub refusals: Vec<Refusal>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BatchAction {
    SetJobDescription(String),
    /// Files chosen or dropped: those that fit the limits join the batch.
    Choose(Vec<ChosenFile>),
    Remove(String),
}

impl Batch {
    /// Analysis needs a job description and at least one resume.
    pub fn can_analyze(&self) -> bool {
        !self.job_description.trim().is_empty() && !self.resumes.is_empty()
    }

    pub fn total_bytes(&self) -> u64 {
        self.resumes.iter().map(|resume| resume.size).sum()
    }
}

impl Reducible for Batch {
    type Action = BatchAction;

    fn reduce(self: Rc<Self>, action: BatchAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            BatchAction::SetJobDescription(text) => next.job_description = text,
            BatchAction::Choose(files) => {
                let admission = admit(&next.resumes, files, &Limits::current());
                next.resumes.extend(admission.accepted);
                next.refusals = admission.refused;
            }
            BatchAction::Remove(name) => {
                next.resumes.retain(|resume| resume.name != name);
                next.refusals.clear();
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shortlist_core::limits::MB;

    fn apply(batch: Batch, actions: Vec<BatchAction>) -> Rc<Batch> {
        actions.into_iter().fold(Rc::new(batch), |batch, action| batch.reduce(action))
    }

    #[test]
    fn analysis_waits_for_a_job_description_and_a_resume() {
        let empty = Batch::default();
        assert!(!empty.can_analyze());
        let with_jd = apply(empty, vec![BatchAction::SetJobDescription("Rust engineer".into())]);
        assert!(!with_jd.can_analyze());
        let ready = apply((*with_jd).clone(), vec![BatchAction::Choose(vec![ChosenFile::new("a.txt", 10)])]);
        assert!(ready.can_analyze());
        let blank_jd = apply((*ready).clone(), vec![BatchAction::SetJobDescription("  \n".into())]);
        assert!(!blank_jd.can_analyze());
    }

    #[test]
    fn a_refused_file_leaves_the_rest_of_the_choice_in_the_batch() {
        let batch = apply(
            Batch::default(),
            vec![BatchAction::Choose(vec![
                ChosenFile::new("a.pdf", MB),
                ChosenFile::new("huge.pdf", 4 * MB),
            ])],
        );
        assert_eq!(batch.resumes, [ChosenFile::new("a.pdf", MB)]);
        assert_eq!(batch.refusals.len(), 1);
        assert_eq!(batch.total_bytes(), MB);
    }

    #[test]
    fn removing_a_resume_frees_its_place() {
        let batch = apply(
            Batch::default(),
            vec![
                BatchAction::Choose(vec![ChosenFile::new("a.pdf", 1), ChosenFile::new("b.pdf", 2)]),
                BatchAction::Remove("a.pdf".into()),
            ],
        );
        assert_eq!(batch.resumes, [ChosenFile::new("b.pdf", 2)]);
    }
}
