//! Resume text extraction: the bytes of one PDF, DOCX or TXT file in, its text
//! and an [`Outcome`] a recruiter understands out. A PNG or JPEG (issue #15),
//! and a PDF some or all of whose pages are pictures only (a scan), come out
//! as [`Outcome::NeedsOcr`]: [`extract_for_ocr`] hands the page the scan's
//! page pictures, which it reads with its OCR engine and hands to
//! [`from_ocr`], which fills the text into the text pages ([`fill_scanned`])
//! and finishes it as any other text.
//!
//! The page runs [`extract`] in a Web Worker and the terminal runs
//! [`extract_isolated`]; both produce the same text from the same bytes.
//!
//! - `detect`: the file type from the bytes, never from the name.
//! - `txt`, `docx`, `pdf`: one reader a type; each returns text or an outcome.
//! - `cid`: CJK fonts without a ToUnicode map get one from Adobe's CMaps,
//!   whose tables (`cid_table`) are handed in: embedded natively, fetched
//!   on demand by the page's worker ([`extract_with_tables`], [`extract_for_ocr`]).
//! - `pdf_hidden`: text a PDF shows to a parser but not to a reader.
//! - `pdf_once`: what pdf-extract would redo on every page (inflating
//!   streams, parsing Type 1 programs, reading images), done once (issue #16).
//! - `pdf_image`: a scanned page's picture (JPEG, Flate, CCITT, JBIG2) as a
//!   [`PageImage`], still encoded (`page_image`, issue #16): the page decodes
//!   it in a wasm of its own only when a scan needs it (`crate::scan`).
//! - `normalise`: the cleanup every text goes through before the model sees it.
//! - `ocr`: what an OCR engine read ([`OcrReading`]) and its concern.
//! - `word_f1`: word-F1 against a reference text, the corpus measure.
//! - `bytes`: byte search, shared by `detect` and the readers.
//!
//! The readers check what they can before a parser sees the bytes (size
//! limits, the zip directory, decompressed sizes), because in wasm a panic
//! aborts the worker. Natively [`extract_isolated`] also catches panics.

mod bytes;
mod cid;
mod cid_table;
mod detect;
mod docx;
mod normalise;
mod ocr;
pub mod page_image;
mod pdf;
mod pdf_content;
mod pdf_hidden;
mod pdf_image;
mod pdf_once;
mod pdf_type3;
mod pdf_xref;
mod txt;
pub mod word_f1;

use serde::{Deserialize, Serialize};

use crate::limits::MAX_FILE_BYTES;
use crate::privacy::{HiddenText, scan_text};
use crate::size::human;

pub use cid_table::{CidTables, Collection, TableError, UnicodeTable};
pub use detect::{Detected, detect};
pub use normalise::normalise;
pub use ocr::{LOW_OCR_CONFIDENCE, OcrReading, SCANNED_PAGE, fill_scanned};
pub use page_image::PageImage;
pub use pdf::PageRun;
pub use pdf_image::MAX_PIXELS;

/// The file types the page reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Pdf,
    Docx,
    Txt,
    /// Issue #15: pictures, read by OCR.
    Png,
    Jpeg,
}

impl FileKind {
    /// The name a recruiter knows the type by.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Docx => "DOCX",
            Self::Txt => "TXT",
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
        }
    }
}

/// How reading one file ended. Only `Read` and `LowText` carry text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The text was read.
    Read,
    /// Some text was read, but so little that the file is probably not what
    /// it seems (a scan with a text header, a form); it is flagged.
    LowText,
    /// The file is locked with a password.
    PasswordProtected,
    /// A PDF whose pages are images only: a scan. OCR is not supported.
    NoTextLayer,
    /// A picture (PNG, JPEG), or a PDF with pages that are pictures only:
    /// its text is read by OCR, which runs in the page (issue #15); the page
    /// then calls [`from_ocr`].
    NeedsOcr,
    /// The file is broken or truncated, or its parser failed on it.
    Damaged,
    /// Not a PDF, DOCX or text file (a legacy .doc, an image, another archive).
    Unsupported,
    /// The file holds no text at all.
    Empty,
    /// Over the size limit, checked before parsing.
    TooLarge,
    /// A PDF whose Chinese, Japanese or Korean text needs one of Adobe's
    /// character maps, and the map could not be had (the page fetches it
    /// from its own origin when a file needs it).
    MissingCharacterMap,
}

impl Outcome {
    /// Whether the file's text can go on to the analysis.
    pub const fn has_text(self) -> bool {
        matches!(self, Self::Read | Self::LowText)
    }

    /// The wire name, as serde writes it.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::LowText => "low_text",
            Self::PasswordProtected => "password_protected",
            Self::NoTextLayer => "no_text_layer",
            Self::NeedsOcr => "needs_ocr",
            Self::Damaged => "damaged",
            Self::Unsupported => "unsupported",
            Self::Empty => "empty",
            Self::TooLarge => "too_large",
            Self::MissingCharacterMap => "missing_character_map",
        }
    }

    /// What the recruiter reads next to the file.
    pub fn message(self) -> String {
        match self {
            Self::Read => "Read".to_owned(),
            Self::LowText => {
                "Almost no text could be read: check the file (is it a scan or a form?)".to_owned()
            }
            Self::PasswordProtected => {
                "The file is password-protected: save a copy without a password".to_owned()
            }
            Self::NoTextLayer => "The PDF has no text layer (a scan?): OCR is not supported".to_owned(),
            Self::NeedsOcr => {
                "A scan or picture: its text is read by OCR, which runs only in the page".to_owned()
            }
            Self::Damaged => "The file is damaged and could not be read".to_owned(),
            Self::Unsupported => {
                "Unsupported file type: only PDF, DOCX, TXT, PNG and JPEG files can be read".to_owned()
            }
            Self::Empty => "The file holds no text".to_owned(),
            Self::TooLarge => {
                format!("The file is too large: the limit is {} a file", human(MAX_FILE_BYTES))
            }
            Self::MissingCharacterMap => "Its Chinese, Japanese or Korean text needs a character map \
                 that could not be loaded: add the file again"
                .to_owned(),
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// What reading one file produced. `text` is empty unless the outcome has
/// text, or is a PDF's [`Outcome::NeedsOcr`]: then it holds the text pages
/// with a [`SCANNED_PAGE`] line for each page OCR must read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    pub kind: Option<FileKind>,
    pub outcome: Outcome,
    /// All the text, hidden passages included: the recruiter sees what the
    /// file holds; [`crate::privacy::outgoing`] leaves them out of what is sent.
    pub text: String,
    /// Text the reader cannot see (white, tiny, invisible, off-page, covered,
    /// hidden runs) or that addresses a model, in document order.
    #[serde(default)]
    pub hidden: Vec<HiddenText>,
    /// Issue #15: the text was read by OCR, with this confidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<OcrReading>,
}

impl Extraction {
    fn failed(kind: Option<FileKind>, outcome: Outcome) -> Self {
        Self { kind, outcome, text: String::new(), hidden: Vec::new(), ocr: None }
    }
}

/// Below this many words a text is flagged as [`Outcome::LowText`]. A real
/// resume has hundreds; a scan with a stamped header has a handful.
pub const LOW_TEXT_WORDS: usize = 20;

/// Reads one file: detects its type from the bytes, checks the size limit,
/// extracts and normalises the text.
///
/// Designed not to panic: sizes are checked first and the DOCX zip is
/// validated before it is read. The PDF parser may still panic on some
/// malformed files; natively use [`extract_isolated`], in the browser the
/// Web Worker takes the loss.
pub fn extract(bytes: &[u8]) -> Extraction {
    extract_with_progress(bytes, &mut |_, _| {})
}

/// [`extract`], telling `on_page` `(pages read, pages)` after each page of a
/// PDF's text (issue #19: the page shows a long PDF's progress). Other
/// types, and a PDF's checks before and after its pages, report nothing.
pub fn extract_with_progress(bytes: &[u8], on_page: &mut dyn FnMut(u32, u32)) -> Extraction {
    extract_with_tables(bytes, CidTables::builtin(), on_page)
        .unwrap_or_else(|_| Extraction::failed(Some(FileKind::Pdf), Outcome::MissingCharacterMap))
}

/// [`extract_with_progress`] with the CJK character maps in `tables`. A PDF
/// that needs a map `tables` lacks is not read: `Err` lists the collections
/// to get before reading it again, unless `tables` knows them unavailable,
/// which is [`Outcome::MissingCharacterMap`].
pub fn extract_with_tables(
    bytes: &[u8],
    tables: &CidTables,
    on_page: &mut dyn FnMut(u32, u32),
) -> Result<Extraction, Vec<Collection>> {
    settle(read(bytes, tables, on_page, None), tables)
}

/// Issue #15: [`extract_with_tables`], and, for a PDF that needs OCR, its
/// scanned pages' pictures, in page order, one for each [`SCANNED_PAGE`]
/// line of its text, still encoded (issue #16: `crate::scan::decode` makes
/// each a JPEG or PNG file). For the page's worker, which fetches
/// the maps `Err` asks for (issue #16) and calls it again.
pub fn extract_for_ocr(
    bytes: &[u8],
    tables: &CidTables,
    on_page: &mut dyn FnMut(u32, u32),
) -> Result<(Extraction, Vec<PageImage>), Vec<Collection>> {
    let mut pictures = Vec::new();
    let extraction = settle(read(bytes, tables, on_page, Some(&mut pictures)), tables)?;
    Ok((extraction, pictures))
}

enum Read {
    Done(Extraction),
    NeedsTables(Vec<Collection>),
}

/// A reading's end: a PDF that needs maps `tables` knows unavailable is
/// [`Outcome::MissingCharacterMap`]; one that needs others asks for them.
fn settle(read: Read, tables: &CidTables) -> Result<Extraction, Vec<Collection>> {
    match read {
        Read::Done(extraction) => Ok(extraction),
        Read::NeedsTables(missing) if missing.iter().any(|c| tables.is_unavailable(*c)) => {
            Ok(Extraction::failed(Some(FileKind::Pdf), Outcome::MissingCharacterMap))
        }
        Read::NeedsTables(missing) => Err(missing),
    }
}

fn read(
    bytes: &[u8],
    tables: &CidTables,
    on_page: &mut dyn FnMut(u32, u32),
    pictures: Option<&mut Vec<PageImage>>,
) -> Read {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Read::Done(Extraction::failed(detect(bytes).kind(), Outcome::TooLarge));
    }
    let detected = detect(bytes);
    let kind = detected.kind();
    let raw = match detected {
        Detected::Empty => Err(Outcome::Empty),
        Detected::Unsupported => Err(Outcome::Unsupported),
        Detected::Encrypted(_) => Err(Outcome::PasswordProtected),
        Detected::Pdf => return pdf_read(pdf::read(bytes, tables, on_page, pictures)),
        Detected::Docx => docx::read(bytes),
        Detected::Txt => Ok((txt::read(bytes), Vec::new())),
        Detected::Image(_) => Err(Outcome::NeedsOcr),
    };
    Read::Done(match raw {
        Err(outcome) => Extraction::failed(kind, outcome),
        Ok((raw, hidden)) => finish(kind, &raw, hidden),
    })
}

/// A PDF's reading as the batch keeps it.
fn pdf_read(read: Result<pdf::Pdf, pdf::Unread>) -> Read {
    let kind = Some(FileKind::Pdf);
    Read::Done(match read {
        Ok(pdf::Pdf::Text(text, hidden)) => finish(kind, &text, hidden),
        Ok(pdf::Pdf::Scan(pages, hidden)) => {
            Extraction { kind, outcome: Outcome::NeedsOcr, text: pages, hidden, ocr: None }
        }
        Err(pdf::Unread::Outcome(outcome)) => Extraction::failed(kind, outcome),
        Err(pdf::Unread::NeedsTables(missing)) => return Read::NeedsTables(missing),
    })
}

/// Issue #16: a PDF of at least this many pages a run is read in runs, by
/// as many workers as there are runs (each loads the file, so a run must
/// be long enough to be worth a load).
pub const MIN_RUN_PAGES: u32 = 4;

/// How many runs a PDF of `pages` pages is read in by up to `workers`
/// workers: one for each [`MIN_RUN_PAGES`] pages, at most one a worker.
pub fn runs_for(pages: u32, workers: u32) -> u32 {
    (pages / MIN_RUN_PAGES).clamp(1, workers.max(1))
}

/// The pages (indices from 0) of run `index` of `runs` over `pages` pages:
/// runs follow each other in page order and differ by a page at most.
pub fn run_range(index: u32, runs: u32, pages: u32) -> std::ops::Range<usize> {
    let runs = u64::from(runs.max(1));
    let at = |index: u32| (u64::from(index.min(runs as u32)) * u64::from(pages) / runs) as usize;
    at(index)..at(index + 1)
}

/// How a worker's first reading of a file ended (issue #16).
#[derive(Debug)]
pub enum FirstReading {
    /// The whole file was read: its extraction, and a scan's page pictures
    /// as [`extract_for_ocr`] gives them.
    Whole(Extraction, Vec<PageImage>),
    /// A long PDF, in runs: this is the first run's reading. Before reading
    /// it, `on_split` heard how many runs and pages; the other runs are for
    /// [`extract_run`], and [`join_runs`] makes them one reading.
    FirstRun(PageRun),
}

/// Issue #16: [`extract_for_ocr`] for a pool of `workers` workers: a PDF
/// long enough for more than one run ([`runs_for`]) tells `on_split`
/// `(runs, pages)` and reads only its first run; every other file is read
/// whole, as [`extract_for_ocr`] reads it.
pub fn extract_first_run(
    bytes: &[u8],
    tables: &CidTables,
    workers: u32,
    on_split: &mut dyn FnMut(u32, u32),
    on_page: &mut dyn FnMut(u32, u32),
) -> Result<FirstReading, Vec<Collection>> {
    if workers <= 1 || bytes.len() as u64 > MAX_FILE_BYTES || !matches!(detect(bytes), Detected::Pdf) {
        return extract_for_ocr(bytes, tables, on_page)
            .map(|(extraction, pictures)| FirstReading::Whole(extraction, pictures));
    }
    let opened = match pdf::Opened::open(bytes, tables) {
        Ok(opened) => opened,
        Err(unread) => {
            return settle(pdf_read(Err(unread)), tables).map(|done| FirstReading::Whole(done, Vec::new()));
        }
    };
    let pages = opened.page_count();
    let runs = runs_for(pages, workers);
    if runs <= 1 {
        let mut pictures = Vec::new();
        let run = opened.read_run(run_range(0, 1, pages), on_page, Some(&mut pictures));
        let extraction = settle(pdf_read(pdf::join(vec![run]).map_err(pdf::Unread::Outcome)), tables)?;
        return Ok(FirstReading::Whole(extraction, pictures));
    }
    on_split(runs, pages);
    Ok(FirstReading::FirstRun(opened.read_run(run_range(0, runs, pages), on_page, None)))
}

/// Issue #16: run `index` of `runs` of a long PDF, as [`extract_first_run`]
/// split it; `on_page` hears `(pages of the run read, pages)`. `Ok(Err(_))`
/// is the file's extraction when it cannot be read after all; `Err` lists
/// the character maps to get first, as [`extract_with_tables`] does.
pub fn extract_run(
    bytes: &[u8],
    tables: &CidTables,
    index: u32,
    runs: u32,
    on_page: &mut dyn FnMut(u32, u32),
) -> Result<Result<PageRun, Extraction>, Vec<Collection>> {
    match pdf::Opened::open(bytes, tables) {
        Ok(opened) => Ok(Ok(opened.read_run(run_range(index, runs, opened.page_count()), on_page, None))),
        Err(unread) => settle(pdf_read(Err(unread)), tables).map(Err),
    }
}

/// Issue #16: a long PDF's runs, in page order, as one extraction: the same
/// as reading it whole. `None` when a page is a scan: the file is then read
/// whole again ([`extract_for_ocr`]) for its page pictures.
pub fn join_runs(runs: Vec<PageRun>) -> Option<Extraction> {
    if runs.iter().any(|run| run.scanned > 0) {
        return None;
    }
    match pdf_read(pdf::join(runs).map_err(pdf::Unread::Outcome)) {
        Read::Done(extraction) => Some(extraction),
        Read::NeedsTables(_) => None,
    }
}

/// Issue #15: the text an OCR engine `read` from each picture of a file of
/// `kind`, filled into a PDF's text `pages` ([`fill_scanned`]; empty for a
/// picture), with its mean confidence (0–100), finished as any file's text:
/// hidden text looked for (added to what the text pages hide), normalised,
/// counted. The reading counts only the words OCR read.
pub fn from_ocr(
    kind: FileKind,
    pages: &str,
    read: &[String],
    confidence: f32,
    hidden: Vec<HiddenText>,
) -> Extraction {
    let mut extraction = finish(Some(kind), &fill_scanned(pages, read), hidden);
    if extraction.outcome.has_text() {
        let words = word_f1::tokens(&normalise(&read.join("\n"))).len();
        extraction.ocr = Some(OcrReading::new(words, confidence));
    }
    extraction
}

/// Raw text and what a reader found hidden in it, as the batch keeps them.
fn finish(kind: Option<FileKind>, raw: &str, mut hidden: Vec<HiddenText>) -> Extraction {
    // Before normalising, which drops zero-width characters.
    hidden.extend(scan_text(raw));
    hidden.truncate(crate::privacy::MAX_FINDINGS);
    let text = normalise(raw);
    let words = word_f1::tokens(&text).len();
    let outcome = if words == 0 {
        return Extraction::failed(kind, Outcome::Empty);
    } else if words < LOW_TEXT_WORDS {
        Outcome::LowText
    } else {
        Outcome::Read
    };
    Extraction { kind, outcome, text, hidden, ocr: None }
}

/// [`extract`], with a parser panic turned into [`Outcome::Damaged`] for that
/// file. For native callers (the terminal, the server); wasm aborts on panic.
#[cfg(not(target_arch = "wasm32"))]
pub fn extract_isolated(bytes: &[u8]) -> Extraction {
    std::panic::catch_unwind(|| extract(bytes))
        .unwrap_or_else(|_| Extraction::failed(detect(bytes).kind(), Outcome::Damaged))
}

#[cfg(test)]
mod tests;
