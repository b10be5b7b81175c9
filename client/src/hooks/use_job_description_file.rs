//! "Load job description from a file" (issue #19): a PDF, DOCX or TXT
//! posting read by the same worker as the resumes, under the same size
//! limit; its text replaces the field's and stays editable. A file that
//! cannot be read leaves the typed text as it was and says why in one line.

use shortlist_core::Limits;
use shortlist_core::admit::has_text_extension;
use shortlist_core::size::{human, human_rounded_up};
use web_sys::File;
use yew::prelude::*;

use crate::extractor::{Extractor, ReadResult};
use crate::state::{Batch, BatchAction};

/// What [`use_job_description_file`] gives the page.
pub struct JobDescriptionFile {
    pub on_load: Callback<File>,
    /// A file is being read.
    pub loading: bool,
    /// Why the latest file was not loaded.
    pub problem: Option<AttrValue>,
}

#[hook]
pub fn use_job_description_file(batch: &UseReducerHandle<Batch>, worker: &Extractor) -> JobDescriptionFile {
    let loading = use_state(|| false);
    let problem = use_state(|| None::<AttrValue>);
    let on_load = {
        let (batch, worker) = (batch.dispatcher(), worker.clone());
        let (loading, problem) = (loading.clone(), problem.clone());
        Callback::from(move |file: File| {
            let name = file.name();
            // A File's size is a JS number holding a whole count of bytes.
            if let Err(why) = admit_job_description(&name, file.size() as u64, &Limits::current()) {
                problem.set(Some(not_loaded(&name, &why).into()));
                return;
            }
            problem.set(None);
            loading.set(true);
            let (batch, loading, problem) = (batch.clone(), loading.clone(), problem.clone());
            worker.read_job_description(
                file,
                Callback::from(move |result: ReadResult| {
                    loading.set(false);
                    match loaded_text(result) {
                        Ok(text) => batch.dispatch(BatchAction::SetJobDescription(text)),
                        Err(why) => problem.set(Some(not_loaded(&name, &why).into())),
                    }
                }),
            );
        })
    };
    JobDescriptionFile { on_load, loading: *loading, problem: (*problem).clone() }
}

/// Whether a file may be read as the job description: a resume's types and size limit.
pub fn admit_job_description(name: &str, size: u64, limits: &Limits) -> Result<(), String> {
    if !has_text_extension(name) {
        Err("only PDF, DOCX and TXT files are accepted".to_owned())
    } else if size == 0 {
        Err("it is empty".to_owned())
    } else if size > limits.max_file_bytes {
        Err(format!(
            "it is {}, and the limit is {} a file",
            human_rounded_up(size),
            human(limits.max_file_bytes)
        ))
    } else {
        Ok(())
    }
}

/// The text the worker read, or why there is none to use.
pub fn loaded_text(result: ReadResult) -> Result<String, String> {
    match result {
        ReadResult::Done(extraction)
            if extraction.outcome.has_text() && !extraction.text.trim().is_empty() =>
        {
            Ok(extraction.text)
        }
        ReadResult::Done(extraction) => Err(lowercase_first(&extraction.outcome.message())),
        ReadResult::Failed(why) => Err(lowercase_first(&why)),
    }
}

fn not_loaded(name: &str, why: &str) -> String {
    format!("The job description was not loaded from {name}: {why}.")
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use shortlist_core::extract::{Extraction, FileKind, Outcome};
    use shortlist_core::limits::MB;

    fn read(outcome: Outcome, text: &str) -> ReadResult {
        ReadResult::Done(Extraction {
            kind: Some(FileKind::Pdf),
            outcome,
            text: text.to_owned(),
            hidden: Vec::new(),
            ocr: None,
        })
    }

    // See: #19
    #[test]
    fn a_posting_file_meets_a_resumes_limits() {
        let limits = Limits::current();
        assert_eq!(admit_job_description("job.PDF", MB, &limits), Ok(()));
        assert_eq!(admit_job_description("job.docx", 3 * MB, &limits), Ok(()));
        assert_eq!(
            admit_job_description("job.pdf", 3 * MB + 1, &limits),
            Err("it is 3.1 MB, and the limit is 3 MB a file".to_owned())
        );
        assert_eq!(
            admit_job_description("job.png", 10, &limits),
            Err("only PDF, DOCX and TXT files are accepted".to_owned())
        );
        assert_eq!(admit_job_description("job.txt", 0, &limits), Err("it is empty".to_owned()));
    }

    #[test]
    fn only_read_text_replaces_the_job_description() {
        assert_eq!(loaded_text(read(Outcome::Read, "Rust engineer")), Ok("Rust engineer".to_owned()));
        assert_eq!(
            loaded_text(read(Outcome::PasswordProtected, "")),
            Err("the file is password-protected: save a copy without a password".to_owned())
        );
        assert_eq!(loaded_text(read(Outcome::Read, "  \n")).map_err(|_| ()), Err(()));
        assert_eq!(
            loaded_text(ReadResult::Failed("Reading the file took too long".to_owned())),
            Err("reading the file took too long".to_owned())
        );
        assert_eq!(
            not_loaded("job.pdf", "it is empty"),
            "The job description was not loaded from job.pdf: it is empty."
        );
    }
}
