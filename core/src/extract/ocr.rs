//! What an OCR engine read from a picture (issue #15): how many words and
//! how sure it was. The engine runs in the page (tesseract.js in its own
//! worker); this is what the batch keeps of it, and the concern it raises
//! when the engine was unsure.

use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;

/// Below this mean confidence (0–100) the text may be wrong in places: the
/// recruiter is asked to check the original.
pub const LOW_OCR_CONFIDENCE: u8 = 60;

/// Issue #15: the line that stands for a scanned page in a PDF's text until
/// OCR has read it ([`fill_scanned`]); never in a text read otherwise.
pub const SCANNED_PAGE: char = '\u{FFFC}';

/// The text of a file read by OCR: `pages` is the text the worker read
/// (empty for a picture; a PDF's pages with a [`SCANNED_PAGE`] line for each
/// scanned page), `read` what OCR read of each picture, in order.
pub fn fill_scanned(pages: &str, read: &[String]) -> String {
    if !pages.contains(SCANNED_PAGE) {
        return read.join("\n");
    }
    let mut read = read.iter();
    let mut text =
        String::with_capacity(pages.len() + read.as_slice().iter().map(String::len).sum::<usize>());
    for (index, part) in pages.split(SCANNED_PAGE).enumerate() {
        if index > 0 {
            text.push_str(read.next().map_or("", String::as_str));
        }
        text.push_str(part);
    }
    text
}

/// One picture's reading by OCR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OcrReading {
    /// Words in the text read.
    pub words: usize,
    /// The engine's mean confidence, 0–100, rounded.
    pub confidence: u8,
}

impl OcrReading {
    /// `confidence` as the engine gives it (0–100, any float), clamped and rounded.
    pub fn new(words: usize, confidence: f32) -> Self {
        Self { words, confidence: Self::percent(confidence) }
    }

    /// An engine's confidence (0–100, any float) as a whole percent.
    pub fn percent(confidence: f32) -> u8 {
        let confidence = if confidence.is_finite() { confidence.clamp(0.0, 100.0).round() } else { 0.0 };
        // In 0..=100 after the clamp, so the cast loses nothing.
        confidence as u8
    }

    /// What the recruiter reads next to the file.
    pub fn message(self) -> String {
        let words = if self.words == 1 { "1 word".to_owned() } else { format!("{} words", self.words) };
        format!("Read by OCR: {words}, confidence {}%", self.confidence)
    }

    /// Whether the engine was too unsure for the text to be taken as read.
    pub fn is_low(self) -> bool {
        self.confidence < LOW_OCR_CONFIDENCE
    }

    /// Adds the concern a low confidence raises to an analysis of this text.
    pub fn note(self, analysis: &mut Analysis) {
        if self.is_low() {
            analysis.concerns.push(format!("Low OCR confidence ({}%): check the original", self.confidence));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // See: #15
    #[test]
    fn ocr_text_fills_the_scanned_pages_in_page_order() {
        let read = ["page two".to_owned(), "page four".to_owned()];
        let pages = format!("page one\n{SCANNED_PAGE}\npage three\n{SCANNED_PAGE}\n");
        assert_eq!(fill_scanned(&pages, &read), "page one\npage two\npage three\npage four\n");
        assert_eq!(fill_scanned("", &read), "page two\npage four", "a picture's pages");
        assert_eq!(fill_scanned(&format!("{SCANNED_PAGE}\n{SCANNED_PAGE}"), &read[..1]), "page two\n");
    }

    #[test]
    fn a_reading_says_its_words_and_confidence_and_only_a_low_one_is_a_concern() {
        let sure = OcrReading::new(212, 87.4);
        assert_eq!(sure.message(), "Read by OCR: 212 words, confidence 87%");
        let today = crate::local::YearMonth::new(2026, 3);
        let mut analysis = crate::local::analyze("Required: Rust", "Jane Doe\nRust developer", today);
        let before = analysis.concerns.clone();
        sure.note(&mut analysis);
        assert_eq!(analysis.concerns, before);

        let unsure = OcrReading::new(1, 59.6);
        assert_eq!(unsure.confidence, 60, "rounded");
        let unsure = OcrReading::new(1, 41.0);
        assert_eq!(unsure.message(), "Read by OCR: 1 word, confidence 41%");
        unsure.note(&mut analysis);
        assert_eq!(analysis.concerns.len(), before.len() + 1);
        assert_eq!(analysis.concerns.last().unwrap(), "Low OCR confidence (41%): check the original");
        assert_eq!(OcrReading::new(3, f32::NAN).confidence, 0);
        assert_eq!(OcrReading::new(3, 140.0).confidence, 100);
    }
}
