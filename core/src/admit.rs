//! Which chosen files join the batch. The page calls [`admit`] on every
//! choice or drop: the files that fit are kept, each one that does not gets a
//! [`Refusal`] naming the file and the limit, and nothing else is lost.

use serde::{Deserialize, Serialize};

use crate::limits::Limits;
use crate::size::{human, human_rounded_up};

/// A file the recruiter chose, as far as the limits need to know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChosenFile {
    pub name: String,
    pub size: u64,
}

impl ChosenFile {
    pub fn new(name: impl Into<String>, size: u64) -> Self {
        Self { name: name.into(), size }
    }
}

/// Why one chosen file was not added; its `Display` is the message shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("{file} was not added: only PDF, DOCX, TXT, PNG and JPEG files are accepted")]
    UnsupportedType { file: String },
    #[error("{file} was not added: it is empty")]
    Empty { file: String },
    #[error("{file} was not added: it is {}, and the limit is {} a file", human_rounded_up(*size), human(*limit))]
    FileTooLarge { file: String, size: u64, limit: u64 },
    #[error("{file} was not added: a batch holds at most {limit} resumes")]
    BatchFull { file: String, limit: usize },
    #[error("{file} was not added: the batch would reach {}, and the limit is {} a batch", human_rounded_up(*total), human(*limit))]
    BatchTooLarge { file: String, total: u64, limit: u64 },
    #[error("{file} was not added: a file of that name is already in the batch")]
    Duplicate { file: String },
}

impl Refusal {
    /// The refused file's name.
    pub fn file(&self) -> &str {
        match self {
            Refusal::UnsupportedType { file }
            | Refusal::Empty { file }
            | Refusal::FileTooLarge { file, .. }
            | Refusal::BatchFull { file, .. }
            | Refusal::BatchTooLarge { file, .. }
            | Refusal::Duplicate { file } => file,
        }
    }

    /// The reason said once for several files refused alike (issue #19).
    fn reason_for_several(&self) -> String {
        match self {
            Refusal::UnsupportedType { .. } => {
                "only PDF, DOCX, TXT, PNG and JPEG files are accepted".to_owned()
            }
            Refusal::Empty { .. } => "they are empty".to_owned(),
            Refusal::FileTooLarge { limit, .. } => {
                format!("each is over the limit of {} a file", human(*limit))
            }
            Refusal::BatchFull { limit, .. } => format!("a batch holds at most {limit} resumes"),
            Refusal::BatchTooLarge { limit, .. } => {
                format!("the batch would pass the limit of {} a batch", human(*limit))
            }
            Refusal::Duplicate { .. } => "files of those names are already in the batch".to_owned(),
        }
    }
}

/// Refusals of one kind, said in one line (issue #19): a lone refusal keeps
/// its own message; several share one, and `files` names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusalGroup {
    pub message: String,
    /// The files behind the message, in the order chosen; empty for a lone refusal.
    pub files: Vec<String>,
}

/// Groups refusals by reason, in the order each reason first appears.
pub fn group_refusals(refusals: &[Refusal]) -> Vec<RefusalGroup> {
    let mut kinds: Vec<Vec<&Refusal>> = Vec::new();
    for refusal in refusals {
        let kind = std::mem::discriminant(refusal);
        match kinds.iter_mut().find(|group| std::mem::discriminant(group[0]) == kind) {
            Some(group) => group.push(refusal),
            None => kinds.push(vec![refusal]),
        }
    }
    kinds
        .into_iter()
        .map(|group| match group.as_slice() {
            [one] => RefusalGroup { message: one.to_string(), files: Vec::new() },
            several => RefusalGroup {
                message: format!(
                    "{} files were not added: {}",
                    several.len(),
                    several[0].reason_for_several()
                ),
                files: several.iter().map(|refusal| refusal.file().to_owned()).collect(),
            },
        })
        .collect()
}

/// The outcome of one choice: what joins the batch, what was refused and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Admission {
    pub accepted: Vec<ChosenFile>,
    pub refused: Vec<Refusal>,
}

/// The extensions the page accepts, as the file input's `accept` attribute.
/// PNG and JPEG (issue #15) are scans or photos, read by OCR in the page.
pub const ACCEPT: &str = ".pdf,.docx,.txt,.png,.jpg,.jpeg";

/// The types read as text: the only ones a job description's file may be.
pub const TEXT_TYPES: &str = ".pdf,.docx,.txt";

/// Whether a file name has one of the accepted extensions.
pub fn has_accepted_extension(name: &str) -> bool {
    has_extension_of(name, ACCEPT)
}

/// Whether a file name has one of [`TEXT_TYPES`]' extensions.
pub fn has_text_extension(name: &str) -> bool {
    has_extension_of(name, TEXT_TYPES)
}

fn has_extension_of(name: &str, extensions: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    extensions.split(',').any(|extension| lower.ends_with(extension))
}

/// Checks `incoming` in order against what `batch` already holds. Each file is
/// judged on its own: one refusal never takes a file that fits with it.
pub fn admit(batch: &[ChosenFile], incoming: Vec<ChosenFile>, limits: &Limits) -> Admission {
    let mut count = batch.len();
    let mut total: u64 = batch.iter().map(|file| file.size).sum();
    let mut names: Vec<&str> = batch.iter().map(|file| file.name.as_str()).collect();
    let mut admission = Admission::default();

    for file in &incoming {
        let name = file.name.clone();
        let refusal = if !has_accepted_extension(&file.name) {
            Some(Refusal::UnsupportedType { file: name })
        } else if file.size == 0 {
            Some(Refusal::Empty { file: name })
        } else if file.size > limits.max_file_bytes {
            Some(Refusal::FileTooLarge { file: name, size: file.size, limit: limits.max_file_bytes })
        } else if names.contains(&file.name.as_str()) {
            Some(Refusal::Duplicate { file: name })
        } else if count >= limits.max_resumes {
            Some(Refusal::BatchFull { file: name, limit: limits.max_resumes })
        } else if total + file.size > limits.max_batch_bytes {
            Some(Refusal::BatchTooLarge {
                file: name,
                total: total + file.size,
                limit: limits.max_batch_bytes,
            })
        } else {
            None
        };
        match refusal {
            Some(refusal) => admission.refused.push(refusal),
            None => {
                count += 1;
                total += file.size;
                names.push(&file.name);
                admission.accepted.push(file.clone());
            }
        }
    }
    admission
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::MB;
    use proptest::prelude::*;

    fn files(specs: &[(&str, u64)]) -> Vec<ChosenFile> {
        specs.iter().map(|(name, size)| ChosenFile::new(*name, *size)).collect()
    }

    /// Runs one choice against a batch and returns the accepted names and the messages.
    fn check(batch: &[(&str, u64)], incoming: &[(&str, u64)]) -> (Vec<String>, Vec<String>) {
        let admission = admit(&files(batch), files(incoming), &Limits::current());
        let accepted = admission.accepted.into_iter().map(|file| file.name).collect();
        let refused = admission.refused.iter().map(ToString::to_string).collect();
        (accepted, refused)
    }

    #[test]
    fn files_within_the_limits_are_all_accepted() {
        let (accepted, refused) = check(&[], &[("a.pdf", MB), ("b.DOCX", 2 * MB), ("c.txt", 10)]);
        assert_eq!(accepted, ["a.pdf", "b.DOCX", "c.txt"]);
        assert!(refused.is_empty());
    }

    #[test]
    fn an_oversized_file_is_refused_and_the_rest_of_the_choice_kept() {
        let (accepted, refused) = check(&[], &[("a.pdf", MB), ("big.pdf", 3 * MB + 1), ("c.txt", 10)]);
        assert_eq!(accepted, ["a.pdf", "c.txt"]);
        assert_eq!(refused, ["big.pdf was not added: it is 3.1 MB, and the limit is 3 MB a file"]);
    }

    #[test]
    fn exactly_the_file_limit_is_accepted() {
        let (accepted, _) = check(&[], &[("edge.pdf", 3 * MB)]);
        assert_eq!(accepted, ["edge.pdf"]);
    }

    #[test]
    fn the_eleventh_resume_is_refused_naming_the_limit() {
        let batch: Vec<(String, u64)> = (0..9).map(|i| (format!("r{i}.pdf"), 1000)).collect();
        let batch: Vec<(&str, u64)> = batch.iter().map(|(n, s)| (n.as_str(), *s)).collect();
        let (accepted, refused) = check(&batch, &[("tenth.pdf", 1000), ("eleventh.pdf", 1000)]);
        assert_eq!(accepted, ["tenth.pdf"]);
        assert_eq!(refused, ["eleventh.pdf was not added: a batch holds at most 10 resumes"]);
    }

    #[test]
    fn the_batch_byte_limit_refuses_only_the_file_that_would_cross_it() {
        let batch = [("a.pdf", 3 * MB), ("b.pdf", 3 * MB), ("c.pdf", 3 * MB), ("d.pdf", 3 * MB)];
        let batch = [&batch[..], &[("e.pdf", 3 * MB), ("f.pdf", 3 * MB)]].concat();
        let (accepted, refused) = check(&batch, &[("g.pdf", 3 * MB), ("small.txt", MB)]);
        assert_eq!(accepted, ["small.txt"]);
        assert_eq!(
            refused,
            ["g.pdf was not added: the batch would reach 21 MB, and the limit is 20 MB a batch"]
        );
    }

    #[test]
    fn other_types_empty_files_and_repeats_are_refused_with_reasons() {
        let (accepted, refused) =
            check(&[("cv.pdf", 10)], &[("photo.gif", 10), ("old.doc", 10), ("blank.txt", 0), ("cv.pdf", 10)]);
        assert!(accepted.is_empty());
        assert_eq!(
            refused,
            [
                "photo.gif was not added: only PDF, DOCX, TXT, PNG and JPEG files are accepted",
                "old.doc was not added: only PDF, DOCX, TXT, PNG and JPEG files are accepted",
                "blank.txt was not added: it is empty",
                "cv.pdf was not added: a file of that name is already in the batch",
            ]
        );
    }

    // See: #19
    #[test]
    fn refusals_of_one_kind_are_said_once_with_their_files() {
        let batch: Vec<(String, u64)> = (0..10).map(|i| (format!("r{i}.pdf"), 1000)).collect();
        let batch: Vec<(&str, u64)> = batch.iter().map(|(n, s)| (n.as_str(), *s)).collect();
        let incoming = [("x.pdf", 10), ("photo.gif", 10), ("y.pdf", 10), ("z.txt", 10)];
        let admission = admit(&files(&batch), files(&incoming), &Limits::current());
        assert_eq!(
            group_refusals(&admission.refused),
            [
                RefusalGroup {
                    message: "3 files were not added: a batch holds at most 10 resumes".to_owned(),
                    files: vec!["x.pdf".to_owned(), "y.pdf".to_owned(), "z.txt".to_owned()],
                },
                RefusalGroup {
                    message: "photo.gif was not added: only PDF, DOCX, TXT, PNG and JPEG files are accepted"
                        .to_owned(),
                    files: Vec::new(),
                },
            ]
        );
        let big = admit(&[], files(&[("a.pdf", 4 * MB), ("b.pdf", 5 * MB)]), &Limits::current());
        assert_eq!(
            group_refusals(&big.refused)[0].message,
            "2 files were not added: each is over the limit of 3 MB a file"
        );
        assert!(group_refusals(&[]).is_empty());
    }

    proptest! {
        /// Whatever is chosen, every file is either accepted or refused, and the
        /// accepted ones never break a limit.
        #[test]
        fn admission_accounts_for_every_file_and_keeps_the_limits(
            sizes in proptest::collection::vec(0u64..5 * MB, 0..25),
        ) {
            let incoming: Vec<ChosenFile> =
                sizes.iter().enumerate().map(|(i, size)| ChosenFile::new(format!("{i}.pdf"), *size)).collect();
            let limits = Limits::current();
            let admission = admit(&[], incoming.clone(), &limits);
            prop_assert_eq!(admission.accepted.len() + admission.refused.len(), incoming.len());
            prop_assert!(admission.accepted.len() <= limits.max_resumes);
            prop_assert!(admission.accepted.iter().map(|f| f.size).sum::<u64>() <= limits.max_batch_bytes);
            prop_assert!(admission.accepted.iter().all(|f| f.size > 0 && f.size <= limits.max_file_bytes));
        }
    }
}
