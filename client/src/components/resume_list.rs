use std::collections::HashMap;

use shortlist_core::extract::{OcrReading, Outcome};
use shortlist_core::size::human;
use yew::prelude::*;

use crate::components::HiddenFindings;
use crate::extractor::{PageProgress, ReadResult};
use crate::outgoing::hidden_of;
use crate::state::{Resume, RunStatus};

#[derive(Properties, PartialEq)]
pub struct ResumeListProps {
    pub resumes: Vec<Resume>,
    /// The latest run's status of each resume, by id.
    #[prop_or_default]
    pub run: Vec<(u32, RunStatus)>,
    pub on_remove: Callback<u32>,
    /// Sends one failed resume again.
    #[prop_or_default]
    pub on_retry: Callback<u32>,
    /// Issue #7: "Same as X" / "Nearly the same as X", by resume id.
    #[prop_or_default]
    pub duplicates: Vec<(u32, String)>,
    /// Issue #7: whether hidden text is left out of what is analysed.
    #[prop_or(true)]
    pub hidden_left_out: bool,
    /// Issue #19: the long PDFs being read, and issue #15: the scans being
    /// read by OCR, by id.
    #[prop_or_default]
    pub progress: HashMap<u32, PageProgress>,
    /// Issue #15: reads a held scan by OCR ("Read scans with OCR" unticked).
    #[prop_or_default]
    pub on_read_by_ocr: Callback<u32>,
}

/// The resumes in the batch: name, size and how reading each one went.
#[component]
pub fn ResumeList(props: &ResumeListProps) -> Html {
    if props.resumes.is_empty() {
        return html! { <p class="empty">{ "No resumes yet." }</p> };
    }
    html! {
        <ul class="resume-list" aria-label="Chosen resumes">
            for resume in props.resumes.iter() {
                <li key={resume.id} class={status_class(resume)}>
                    <span class="name">{ &resume.name }</span>
                    <span class="size">{ human(resume.size) }</span>
                    <span class="outcome">{ outcome_text(resume) }</span>
                    if is_held_scan(resume) {
                        <button
                            type="button"
                            class="read-by-ocr"
                            aria-label={format!("Read {} by OCR", resume.name)}
                            onclick={props.on_read_by_ocr.reform({ let id = resume.id; move |_| id })}
                        >
                            { "Read by OCR" }
                        </button>
                    }
                    if let Some(progress) = props.progress.get(&resume.id).filter(|_| resume.is_reading()) {
                        <span class="progress-pages" role="status">{ progress_text(progress) }</span>
                    }
                    if let Some((_, flag)) = props.duplicates.iter().find(|(id, _)| *id == resume.id) {
                        <span class="duplicate">{ flag }</span>
                    }
                    <HiddenFindings hidden={hidden_of(resume).to_vec()} left_out={props.hidden_left_out} />
                    if let Some((_, status)) = props.run.iter().find(|(id, _)| *id == resume.id) {
                        <span class={classes!("run", run_class(status))}>
                            { run_text(status) }
                            if matches!(status, RunStatus::Failed(_) | RunStatus::Cancelled) {
                                <button
                                    type="button"
                                    class="retry"
                                    aria-label={format!("Retry {}", resume.name)}
                                    onclick={props.on_retry.reform({ let id = resume.id; move |_| id })}
                                >
                                    { "Retry" }
                                </button>
                            }
                        </span>
                    }
                    <button
                        type="button"
                        class="remove"
                        aria-label={format!("Remove {}", resume.name)}
                        onclick={props.on_remove.reform({ let id = resume.id; move |_| id })}
                    >
                        { "Remove" }
                    </button>
                </li>
            }
        </ul>
    }
}

/// A long PDF's pages as they are read ("page 12 of 100", issue #19), or the
/// picture OCR is reading ("OCR page 2 of 4", issue #15).
fn progress_text(progress: &PageProgress) -> String {
    let PageProgress { page, pages, by_ocr } = *progress;
    let ocr = if by_ocr { "OCR " } else { "" };
    format!("{ocr}page {page} of {pages}")
}

/// Issue #15: a scan or picture not read by OCR yet.
fn is_held_scan(resume: &Resume) -> bool {
    matches!(&resume.result, Some(ReadResult::Done(extraction)) if extraction.outcome == Outcome::NeedsOcr)
}

fn status_class(resume: &Resume) -> &'static str {
    match &resume.result {
        None => "reading",
        Some(ReadResult::Done(extraction)) if extraction.outcome == Outcome::NeedsOcr => "scan",
        Some(ReadResult::Done(extraction)) if extraction.outcome == Outcome::Read => "read",
        Some(ReadResult::Done(extraction)) if extraction.outcome == Outcome::LowText => "flagged",
        Some(_) => "failed",
    }
}

fn run_class(status: &RunStatus) -> &'static str {
    match status {
        RunStatus::Queued => "queued",
        RunStatus::Analyzing => "analysing",
        RunStatus::Done => "done",
        RunStatus::Failed(_) => "failed",
        RunStatus::Cancelled => "cancelled",
    }
}

fn run_text(status: &RunStatus) -> String {
    match status {
        RunStatus::Queued => "Queued".to_owned(),
        RunStatus::Analyzing => "Analysing…".to_owned(),
        RunStatus::Done => "Analysed".to_owned(),
        RunStatus::Failed(message) => format!("Analysis failed: {message}"),
        RunStatus::Cancelled => "Cancelled".to_owned(),
    }
}

/// What the recruiter reads next to the file.
pub fn outcome_text(resume: &Resume) -> String {
    match &resume.result {
        None => "Reading…".to_owned(),
        Some(ReadResult::Done(extraction)) => match (extraction.outcome, extraction.kind) {
            // Issue #15: a picture's text, with the engine's confidence.
            (Outcome::Read | Outcome::LowText, _) if extraction.ocr.is_some() => {
                extraction.ocr.map(OcrReading::message).unwrap_or_default()
            }
            (Outcome::NeedsOcr, _) => "A scan: its text is read by OCR, in this tab, when you ask".to_owned(),
            (Outcome::Read, Some(kind)) => {
                format!(
                    "Read: {}, {}",
                    kind.label(),
                    crate::words::plural(extraction.text.chars().count(), "character", "characters")
                )
            }
            (outcome, _) => outcome.message(),
        },
        Some(ReadResult::Failed(message)) => message.clone(),
    }
}

// Rendered to a string natively; the browser tests cover the live DOM.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use shortlist_core::extract::{Extraction, FileKind};

    async fn render(resumes: Vec<Resume>) -> String {
        let props = ResumeListProps {
            resumes,
            run: Vec::new(),
            on_remove: Callback::noop(),
            on_retry: Callback::noop(),
            duplicates: Vec::new(),
            hidden_left_out: true,
            progress: HashMap::from([
                (2, PageProgress::new(12, 100, false)),
                (7, PageProgress::new(2, 4, true)),
                // Read: its progress is not shown any more.
                (1, PageProgress::new(1, 1, true)),
            ]),
            on_read_by_ocr: Callback::noop(),
        };
        yew::LocalServerRenderer::<ResumeList>::with_props(props).hydratable(false).render().await
    }

    fn resume(id: u32, name: &str, size: u64, result: Option<ReadResult>) -> Resume {
        Resume { id, name: name.to_owned(), size, result }
    }

    fn done(kind: FileKind, outcome: Outcome, text: &str) -> Option<ReadResult> {
        Some(ReadResult::Done(Extraction {
            kind: Some(kind),
            outcome,
            text: text.to_owned(),
            hidden: Vec::new(),
            ocr: None,
        }))
    }

    #[tokio::test]
    async fn an_empty_batch_says_so() {
        assert_eq!(render(Vec::new()).await, r#"<p class="empty">No resumes yet.</p>"#);
    }

    #[tokio::test]
    async fn each_resume_shows_its_name_size_and_outcome() {
        let html = render(vec![
            resume(1, "ada.pdf", 2048, done(FileKind::Pdf, Outcome::Read, "Ada Lovelace, analyst")),
            resume(2, "grace.txt", 900, None),
            resume(3, "scan.pdf", 5000, done(FileKind::Pdf, Outcome::NoTextLayer, "")),
            resume(4, "odd.docx", 100, Some(ReadResult::Failed("The parser failed".into()))),
            resume(5, "photo.jpg", 4000, {
                let mut read = done(FileKind::Jpeg, Outcome::Read, "Grace Okafor, nurse");
                if let Some(ReadResult::Done(extraction)) = &mut read {
                    extraction.ocr = Some(OcrReading::new(212, 87.4));
                }
                read
            }),
            resume(6, "held.png", 3000, done(FileKind::Png, Outcome::NeedsOcr, "")),
            resume(7, "posted.pdf", 90_000, None),
        ])
        .await;
        for expected in [
            r#"<li class="read"><span class="name">ada.pdf</span><span class="size">2 KB</span><span class="outcome">Read: PDF, 21 characters</span>"#,
            r#"<li class="reading"><span class="name">grace.txt</span><span class="size">900 bytes</span><span class="outcome">Reading…</span>"#,
            r#"<li class="failed"><span class="name">scan.pdf</span><span class="size">5 KB</span><span class="outcome">The PDF has no text layer"#,
            r#"<span class="outcome">The parser failed</span>"#,
            // See: #15
            r#"<span class="outcome">Read by OCR: 212 words, confidence 87%</span>"#,
            // See: #15. A scan held until the recruiter asks for OCR.
            r#"<li class="scan"><span class="name">held.png</span><span class="size">3 KB</span><span class="outcome">A scan: its text is read by OCR, in this tab, when you ask</span><button type="button" aria-label="Read held.png by OCR" class="read-by-ocr">Read by OCR</button>"#,
            r#"aria-label="Remove ada.pdf""#,
            // See: #19. Only the file being read shows its pages.
            r#"<span class="outcome">Reading…</span><span role="status" class="progress-pages">page 12 of 100</span>"#,
            // See: #15. The page OCR is reading.
            r#"<span class="outcome">Reading…</span><span role="status" class="progress-pages">OCR page 2 of 4</span>"#,
        ] {
            assert!(html.contains(expected), "{expected}\n in {html}");
        }
        assert_eq!(html.matches("progress-pages").count(), 2, "only the files being read: {html}");
    }
}
