use shortlist_core::Limits;
use shortlist_core::admit::group_refusals;
use shortlist_core::size::human;
use yew::prelude::*;

use crate::state::Batch;
use crate::words::plural;

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub batch: Batch,
    pub limits: Limits,
    /// A message from the latest action, shown after the batch summary.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
}

/// The status area: what the batch holds, what is still missing, and why the
/// latest files were refused. Screen readers hear it change.
#[component]
pub fn Status(props: &StatusProps) -> Html {
    let (finished, total) = props.batch.progress();
    html! {
        <section class="status">
            <p role="status" id="status">{ summary(&props.batch, &props.limits) }</p>
            if !props.batch.run.is_empty() {
                <div class="progress">
                    <progress id="progress" max={total.to_string()} value={finished.to_string()}
                        aria-label="Analysis progress" />
                    <span aria-live="polite">{ format!("{finished} of {total} analysed") }</span>
                </div>
            }
            if let Some(notice) = &props.notice {
                <p class="notice">{ notice }</p>
            }
            if !props.batch.refusals.is_empty() {
                <ul class="refusals" role="alert">
                    for group in group_refusals(&props.batch.refusals) {
                        <li>
                            { group.message }
                            if !group.files.is_empty() {
                                <details>
                                    <summary>{ "Which files" }</summary>
                                    <ul>
                                        for file in group.files { <li>{ file }</li> }
                                    </ul>
                                </details>
                            }
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

/// One sentence on the batch and on what analysis still needs.
pub fn summary(batch: &Batch, limits: &Limits) -> String {
    let count = batch.resumes.len();
    if count == 0 && batch.job_description.trim().is_empty() {
        return format!("Paste a job description and add up to {} resumes.", limits.max_resumes);
    }
    let resumes = match count {
        0 => "No resumes yet".to_owned(),
        n => format!(
            "{} ({} of {})",
            plural(n, "resume", "resumes"),
            human(batch.total_bytes()),
            human(limits.max_batch_bytes)
        ),
    };
    let reading = batch.resumes.iter().filter(|resume| resume.is_reading()).count();
    let next = if reading > 0 {
        " Reading files…"
    } else if batch.is_running() {
        " Analysing…"
    } else if batch.job_description.trim().is_empty() {
        " Add a job description to analyze."
    } else if count == 0 {
        " Add at least one resume to analyze."
    } else if batch.is_reading_rubric() {
        " Reading the requirements…"
    } else if batch.rubric_problem().is_some() {
        " Fix the requirements to analyze."
    } else if !batch.can_analyze() {
        " None of the files could be read: add a resume with text."
    } else {
        " Ready to analyze."
    };
    format!("{resumes}.{next}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor::ReadResult;
    use crate::state::BatchAction;
    use shortlist_core::admit::ChosenFile;
    use shortlist_core::extract::{Extraction, FileKind, Outcome};
    use std::rc::Rc;
    use yew::Reducible;

    /// A batch whose files were all read as text.
    fn batch(job_description: &str, sizes: &[u64]) -> Batch {
        let files = sizes.iter().enumerate().map(|(i, s)| ChosenFile::new(format!("{i}.pdf"), *s)).collect();
        let mut batch = Rc::new(Batch::default())
            .reduce(BatchAction::SetJobDescription(job_description.to_owned()))
            .reduce(BatchAction::RubricRead {
                job_description: job_description.to_owned(),
                rubric: Ok(shortlist_core::local::rubric(job_description)),
            })
            .reduce(BatchAction::Choose(files));
        for id in 1..=sizes.len() as u32 {
            let text = Extraction {
                kind: Some(FileKind::Pdf),
                outcome: Outcome::Read,
                text: "Rust".into(),
                hidden: Vec::new(),
                ocr: None,
            };
            batch = batch.reduce(BatchAction::Read(id, ReadResult::Done(text)));
        }
        (*batch).clone()
    }

    #[test]
    fn the_summary_says_what_is_missing() {
        let limits = Limits::current();
        let cases = [
            (batch("", &[]), "Paste a job description and add up to 10 resumes."),
            (batch("Rust", &[]), "No resumes yet. Add at least one resume to analyze."),
            (batch("", &[2048]), "1 resume (2 KB of 20 MB). Add a job description to analyze."),
            (batch("Rust", &[1024 * 1024, 1024 * 1024]), "2 resumes (2 MB of 20 MB). Ready to analyze."),
        ];
        for (batch, expected) in cases {
            assert_eq!(summary(&batch, &limits), expected);
        }
        let running = Rc::new(batch("Rust", &[1024])).reduce(BatchAction::Queue(vec![1]));
        assert_eq!(summary(&running, &limits), "1 resume (1 KB of 20 MB). Analysing…");
    }
}
