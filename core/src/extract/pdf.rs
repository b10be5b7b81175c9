//! PDF: lopdf parses the file and pdf-extract decodes the fonts and walks the
//! content streams; this module receives every glyph with its position (an
//! [`OutputDev`]) and lays the text out itself:
//!
//! - glyphs are grouped into lines by baseline, along the text's own direction
//!   (rotated pages read like upright ones);
//! - a space goes where the gap between two glyphs is wide for the font size,
//!   whatever the glyph widths claim, so kerned text from Google Docs or
//!   Chromium reads "Example", not "Exa mp le";
//! - glyphs printed twice at one spot (fake bold) count once;
//! - lines of right-to-left script are put back into logical order;
//! - lines keep the order of the content stream, which is the reading order
//!   producers write.
//!
//! Pages are read one by one, so a page that fails costs only itself, and
//! the caller hears after each one (the page shows a long PDF's progress).
//!
//! Issue #15: a page with no words that draws a picture is a scanned page
//! the page reads by OCR; `pdf_image` turns its picture into a file the OCR
//! engine reads. Its text is a [`SCANNED_PAGE`] line until OCR fills it in.

use lopdf::{Document, Object};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use serde::{Deserialize, Serialize};

use super::ocr::SCANNED_PAGE;
use super::page_image::PageImage;
use super::{CidTables, Collection, Outcome};
use crate::privacy::HiddenText;

/// What a PDF holds: text, or pages OCR must read first.
#[derive(Debug)]
pub enum Pdf {
    /// The text, and the passages a reader cannot see.
    Text(String, Vec<HiddenText>),
    /// Issue #15: some or all pages are pictures only (a scan). The text of
    /// the others, page by page, with a [`SCANNED_PAGE`] line for each
    /// scanned page, and what the text pages hide.
    Scan(String, Vec<HiddenText>),
}

/// Why a PDF's text was not read.
pub enum Unread {
    Outcome(Outcome),
    /// Its CJK fonts need these collections' tables, which were not handed in.
    NeedsTables(Vec<Collection>),
}

impl From<Outcome> for Unread {
    fn from(outcome: Outcome) -> Self {
        Self::Outcome(outcome)
    }
}

/// Reads the text of a PDF file, and the passages a reader cannot see.
/// `on_page` hears `(pages read, pages)` after each page's text is read.
/// With `pictures`, a scan's page pictures (still encoded, in page order)
/// are added to it, ready for decoding and OCR.
/// Its CJK fonts without a ToUnicode map read through `tables`.
pub fn read(
    bytes: &[u8],
    tables: &CidTables,
    on_page: &mut dyn FnMut(u32, u32),
    pictures: Option<&mut Vec<PageImage>>,
) -> Result<Pdf, Unread> {
    let opened = Opened::open(bytes, tables)?;
    let run = opened.read_run(0..opened.pages.len(), on_page, pictures);
    join(vec![run]).map_err(Unread::Outcome)
}

/// A PDF loaded, repaired and ready to read page by page.
pub struct Opened {
    doc: Document,
    /// Its pages, in order: number and object.
    pages: Vec<(u32, lopdf::ObjectId)>,
    /// Its images' bytes, out of pdf-extract's way (`pdf_once`).
    images: super::pdf_once::Images,
}

impl Opened {
    /// Loads the file, with the repairs and the shared work every page uses
    /// done once. Its CJK fonts without a ToUnicode map read through `tables`.
    pub fn open(bytes: &[u8], tables: &CidTables) -> Result<Self, Unread> {
        let mut doc = load(bytes)?;
        repair_fonts(&mut doc);
        direct_font_numbers(&mut doc);
        super::pdf_type3::scale_widths(&mut doc);
        expand_width_ranges(&mut doc);
        // Issue #16: what pdf-extract would redo on every page, done once.
        super::pdf_once::skip_type1_programs(&mut doc);
        super::pdf_once::inflate_reread_streams(&mut doc);
        super::pdf_once::skip_cff_programs(&mut doc);
        let images = super::pdf_once::set_images_aside(&mut doc);
        let missing = super::cid::add_unicode_maps(&mut doc, tables);
        if !missing.is_empty() {
            return Err(Unread::NeedsTables(missing));
        }
        let pages: Vec<(u32, lopdf::ObjectId)> = doc.get_pages().into_iter().collect();
        if pages.is_empty() {
            return Err(Outcome::Damaged.into());
        }
        Ok(Self { doc, pages, images })
    }

    /// How many pages it has.
    pub fn page_count(&self) -> u32 {
        u32::try_from(self.pages.len()).unwrap_or(u32::MAX)
    }

    /// Reads the pages at `range` (indices from 0, in page order): their
    /// text, what they hide, and which failed or are scans. `on_page` hears
    /// `(pages of the run read, pages of the document)` after each one.
    pub fn read_run(
        &self,
        range: std::ops::Range<usize>,
        on_page: &mut dyn FnMut(u32, u32),
        mut pictures: Option<&mut Vec<PageImage>>,
    ) -> PageRun {
        let doc = &self.doc;
        let range = range.start.min(self.pages.len())..range.end.min(self.pages.len());
        let mut collector = Collector::default();
        let mut run = PageRun { pages: u32::try_from(range.len()).unwrap_or(u32::MAX), ..PageRun::default() };
        let mut forms = super::pdf_hidden::Forms::default();
        let total = self.page_count();
        for (read, index) in (1..).zip(range) {
            let (page, id) = self.pages[index];
            collector.glyphs.clear();
            collector.words.clear();
            if pdf_extract::output_doc_page(doc, &mut collector, page).is_err() {
                run.failed += 1;
            }
            let start = collector.text.len();
            layout(&mut collector.glyphs, &mut collector.text);
            if collector.text[start..].contains(SCANNED_PAGE) {
                let page = collector.text.split_off(start).replace(SCANNED_PAGE, " ");
                collector.text.push_str(&page);
            }
            // Issue #15: a page without a word that draws a picture is a scan.
            if !super::word_f1::has_tokens(&collector.text[start..])
                && let Some(picture) = super::pdf_image::picture(doc, &self.images, id)
            {
                if let Some(pictures) = pictures.as_deref_mut() {
                    pictures.push(picture);
                }
                collector.text.truncate(start);
                collector.text.push(SCANNED_PAGE);
                run.scanned += 1;
            }
            collector.text.push('\n');
            // Hidden text, its strings read as pdf-extract decoded them.
            if index < super::pdf_hidden::MAX_PAGES {
                super::pdf_hidden::page(doc, id, &collector.words, &mut forms, &mut run.hidden);
            }
            on_page(read, total);
        }
        // Only a text without a word asks whether the document draws images.
        if !super::word_f1::has_tokens(&collector.text) {
            run.images = has_images(doc);
        }
        run.text = collector.text;
        run
    }
}

/// What a run of a PDF's pages holds (issue #16: a long PDF's pages are read
/// in runs by several workers, and [`join`] puts the runs together).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRun {
    /// The pages' text, a line break after each page.
    pub text: String,
    /// What the pages hide, in content order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<HiddenText>,
    /// How many pages the run has,
    pub pages: u32,
    /// how many of them pdf-extract failed on,
    pub failed: u32,
    /// and how many are scans (a [`SCANNED_PAGE`] line each).
    pub scanned: u32,
    /// Whether the document draws an image (looked up only for a run without
    /// a word).
    pub images: bool,
}

/// The runs of a PDF's pages, in page order, as one reading: the same as
/// reading all pages in one run.
pub fn join(runs: Vec<PageRun>) -> Result<Pdf, Outcome> {
    let mut text = String::new();
    let mut hidden = Vec::new();
    let (mut pages, mut failed, mut scanned, mut images) = (0, 0, 0, false);
    for run in runs {
        text.push_str(&run.text);
        hidden.extend(run.hidden);
        pages += run.pages;
        failed += run.failed;
        scanned += run.scanned;
        images |= run.images;
    }
    // Each run stops at the cap; one run would have kept its first findings.
    hidden.truncate(crate::privacy::MAX_FINDINGS);
    if scanned > 0 {
        return Ok(Pdf::Scan(text, hidden));
    }
    if !super::word_f1::has_tokens(&text) {
        return Err(if failed == pages {
            Outcome::Damaged
        } else if images {
            Outcome::NoTextLayer
        } else {
            Outcome::Empty
        });
    }
    Ok(Pdf::Text(text, hidden))
}

/// The document, decrypted when it opens with an empty password.
fn load(bytes: &[u8]) -> Result<Document, Outcome> {
    let mut doc = match Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(lopdf::Error::Decryption(_)) => return Err(Outcome::PasswordProtected),
        Err(_) if super::bytes::find(bytes, b"/Encrypt").is_some() => {
            return Err(Outcome::PasswordProtected);
        }
        // A cross-reference table whose entries lack their 20 bytes (Figma).
        Err(_) => match super::pdf_xref::repaired(bytes).and_then(|fixed| Document::load_mem(&fixed).ok()) {
            Some(doc) => doc,
            None => return Err(Outcome::Damaged),
        },
    };
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(Outcome::PasswordProtected);
    }
    Ok(doc)
}

/// The two standard fonts whose glyphs are symbols, not Latin letters.
const SYMBOLIC_CORE_FONTS: [&[u8]; 2] = [b"Symbol", b"ZapfDingbats"];

/// Fixes font dictionaries that would make pdf-extract panic, before it sees
/// them (in wasm a panic would cost the worker):
///
/// - a simple font with neither an `/Encoding` nor an embedded Type1 or
///   TrueType program has no fallback when its ToUnicode map misses a code
///   ("missing unicode map and encoding"): it gets an empty encoding
///   dictionary, which pdf-extract reads as PDFDocEncoding; not Symbol or
///   ZapfDingbats without widths, whose own glyph names pdf-extract reads
///   only without an encoding (with one, it looks them up among Latin names
///   and panics: jsPDF writes both fonts so, and a Turkish CV was lost);
/// - a FontAwesome font whose `/Differences` names glyphs that are not in the
///   Adobe glyph list clashes with its ToUnicode map ("unexpected entry in
///   unicode map"): its differences are renamed to `space`. They are icons;
///   their ToUnicode entries still win.
fn repair_fonts(doc: &mut Document) {
    let mut add_encoding = Vec::new();
    let mut blank_differences = Vec::new();
    for (&id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else { continue };
        let subtype = font.get(b"Subtype").and_then(Object::as_name).unwrap_or_default();
        if !matches!(subtype, b"Type1" | b"MMType1" | b"TrueType" | b"Type3") {
            continue;
        }
        if font.get(b"Type").and_then(Object::as_name).is_ok_and(|name| name != b"Font") {
            continue;
        }
        match font.get(b"Encoding") {
            Err(_) => {
                let embedded = font
                    .get(b"FontDescriptor")
                    .and_then(|descriptor| doc.dereference(descriptor))
                    .and_then(|(_, descriptor)| descriptor.as_dict())
                    .is_ok_and(|descriptor| {
                        (subtype == b"Type1" && descriptor.has(b"FontFile")) || subtype == b"TrueType"
                    });
                // pdf-extract reads the core metrics only for a font without widths.
                let symbolic = !font.has(b"Widths")
                    && font
                        .get(b"BaseFont")
                        .and_then(|name| doc.dereference(name))
                        .and_then(|(_, name)| name.as_name())
                        .is_ok_and(|name| SYMBOLIC_CORE_FONTS.contains(&name));
                if !embedded && !symbolic {
                    add_encoding.push(id);
                }
            }
            Ok(encoding) => {
                let awesome = font
                    .get(b"BaseFont")
                    .and_then(Object::as_name)
                    .is_ok_and(|name| super::bytes::find(name, b"FontAwesome").is_some());
                if awesome {
                    match encoding {
                        Object::Reference(target) => blank_differences.push((*target, None)),
                        Object::Dictionary(_) => blank_differences.push((id, Some(()))),
                        _ => {}
                    }
                }
            }
        }
    }
    for id in add_encoding {
        if let Ok(Object::Dictionary(font)) = doc.get_object_mut(id) {
            font.set("Encoding", lopdf::Dictionary::new());
        }
    }
    for (id, inline) in blank_differences {
        let encoding = match (doc.get_object_mut(id), inline) {
            (Ok(Object::Dictionary(font)), Some(())) => match font.get_mut(b"Encoding") {
                Ok(Object::Dictionary(encoding)) => encoding,
                _ => continue,
            },
            (Ok(Object::Dictionary(encoding)), None) => encoding,
            _ => continue,
        };
        if let Ok(Object::Array(differences)) = encoding.get_mut(b"Differences") {
            for entry in differences.iter_mut() {
                if matches!(entry, Object::Name(_)) {
                    *entry = Object::Name(b"space".to_vec());
                }
            }
        }
    }
}

/// Writes out the numbers a font dictionary holds by reference: a Widths
/// array whose entries are references to numbers ("110 0 R"), a `/LastChar`
/// that is one (Europass PDFs made with cairo). pdf-extract reads such an
/// entry as the wrong type and panics, which loses the whole file.
fn direct_font_numbers(doc: &mut Document) {
    let number = |doc: &Document, object: &Object| match object {
        Object::Reference(id) => match doc.get_object(*id) {
            Ok(value @ (Object::Integer(_) | Object::Real(_))) => Some(value.clone()),
            _ => None,
        },
        _ => None,
    };
    /// A font's entries to set: key and direct value.
    type Entries = Vec<(Vec<u8>, Object)>;
    let mut fixes: Vec<(lopdf::ObjectId, Entries)> = Vec::new();
    for (&id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else { continue };
        if font.get(b"Type").and_then(Object::as_name).is_ok_and(|name| name != b"Font") {
            continue;
        }
        let mut changes = Vec::new();
        for key in [&b"FirstChar"[..], b"LastChar"] {
            if let Some(value) = font.get(key).ok().and_then(|value| number(doc, value)) {
                changes.push((key.to_vec(), value));
            }
        }
        if let Ok(Object::Array(widths)) = font.get(b"Widths")
            && widths.iter().any(|width| matches!(width, Object::Reference(_)))
        {
            let direct =
                widths.iter().map(|width| number(doc, width).unwrap_or_else(|| width.clone())).collect();
            changes.push((b"Widths".to_vec(), Object::Array(direct)));
        }
        if !changes.is_empty() {
            fixes.push((id, changes));
        }
    }
    for (id, changes) in fixes {
        if let Ok(Object::Dictionary(font)) = doc.get_object_mut(id) {
            for (key, value) in changes {
                font.set(key, value);
            }
        }
    }
}

/// The most glyph widths a CID font's `/W` array may spell out once expanded.
const MAX_CID_WIDTHS: i64 = 65_536;

/// Rewrites the range entries of CID fonts' `/W` arrays (`first last width`)
/// as lists (`first [width width ...]`). pdf-extract misreads the range form
/// and gives those glyphs the default width (1000), which pushes the rest of
/// a string out of place: Chromium and LibreOffice PDFs then read "c omplex"
/// and lose doubled letters ("aplied").
fn expand_width_ranges(doc: &mut Document) {
    let mut fixes = Vec::new();
    for (&id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else { continue };
        let subtype = font.get(b"Subtype").and_then(Object::as_name).unwrap_or_default();
        if !matches!(subtype, b"CIDFontType0" | b"CIDFontType2") {
            continue;
        }
        let Ok(widths) = font.get(b"W") else { continue };
        let (target, inline) = match widths {
            Object::Reference(target) => (*target, false),
            _ => (id, true),
        };
        let Ok((_, Object::Array(widths))) = doc.dereference(widths) else { continue };
        if let Some(expanded) = expand_widths(doc, widths) {
            fixes.push((target, inline, expanded));
        }
    }
    for (id, inline, expanded) in fixes {
        match (doc.get_object_mut(id), inline) {
            (Ok(Object::Dictionary(font)), true) => font.set("W", expanded),
            (Ok(object), false) => *object = Object::Array(expanded),
            _ => {}
        }
    }
}

/// A `/W` array with its ranges written as lists, or `None` when it has no
/// range, is malformed or spells out too many widths.
fn expand_widths(doc: &Document, widths: &[Object]) -> Option<Vec<Object>> {
    let number = |object: &Object| match doc.dereference(object).ok()?.1 {
        Object::Integer(value) => Some(*value),
        Object::Real(value) => Some(*value as i64),
        _ => None,
    };
    let mut out = Vec::with_capacity(widths.len());
    let mut ranges = false;
    let mut total = 0;
    let mut i = 0;
    while i + 1 < widths.len() {
        let first = number(&widths[i])?;
        if let Ok((_, Object::Array(list))) = doc.dereference(&widths[i + 1]) {
            out.push(Object::Integer(first));
            out.push(Object::Array(list.clone()));
            i += 2;
            continue;
        }
        let last = number(&widths[i + 1])?;
        let width = doc.dereference(widths.get(i + 2)?).ok()?.1.clone();
        total += (last - first + 1).max(0);
        if total > MAX_CID_WIDTHS {
            return None;
        }
        if last >= first {
            out.push(Object::Integer(first));
            out.push(Object::Array(vec![width; (last - first + 1) as usize]));
        }
        ranges = true;
        i += 3;
    }
    ranges.then_some(out)
}

/// Whether the document holds an image: a page of images and no text is a scan.
fn has_images(doc: &Document) -> bool {
    doc.objects.values().any(|object| match object {
        Object::Stream(stream) => {
            stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Image")
        }
        _ => false,
    })
}

/// One glyph, in coordinates along its line: `u` runs with the text, `v`
/// across it (up is positive), both in points.
#[derive(Debug, Clone)]
struct Glyph {
    u: f64,
    v: f64,
    end: f64,
    size: f64,
    /// The text direction, rounded, so glyphs of rotated text stay apart.
    direction: (i32, i32),
    text: String,
}

#[derive(Default)]
struct Collector {
    glyphs: Vec<Glyph>,
    /// The page's strings as pdf-extract decoded them, one entry a string
    /// shown (`begin_word`): `pdf_hidden` reads hidden passages from them.
    words: Vec<String>,
    text: String,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _: u32,
        _: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // A glyph on the page is visible: a soft hyphen drawn is a hyphen
        // (XeTeX maps its hyphen glyph to U+00AD).
        let text = text.replace('\u{00AD}', "-");
        if let Some(word) = self.words.last_mut() {
            word.push_str(&text);
        }
        let scale = trm.m11.hypot(trm.m12);
        if !(scale.is_finite() && scale > 0.0 && font_size.is_finite()) {
            return Ok(());
        }
        // The unit vector of the text direction and its normal.
        let (dx, dy) = (trm.m11 / scale, trm.m12 / scale);
        let (x, y) = (trm.m31, trm.m32);
        let u = x * dx + y * dy;
        let v = -x * dy + y * dx;
        let size = (font_size * (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt()).abs();
        let advance = width * font_size * scale;
        self.glyphs.push(Glyph {
            u,
            v,
            end: u + if advance.is_finite() { advance } else { 0.0 },
            size: if size > 0.1 { size } else { 1.0 },
            direction: ((dx * 8.0).round() as i32, (dy * 8.0).round() as i32),
            text,
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.words.push(String::new());
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A gap wider than this share of the font size between two glyphs is a space.
const SPACE_GAP: f64 = 0.12;
/// The gap that is a space on a line whose producer writes space glyphs.
const WIDE_GAP: f64 = 0.6;
/// A page with at least one space glyph in this many glyphs writes its spaces.
const SPACE_SHARE: usize = 30;
/// Glyphs whose baselines differ by more than this share of the size are on
/// different lines.
const LINE_GAP: f64 = 0.5;
/// A jump back along the line by more than this many sizes starts a new line.
const BACK_JUMP: f64 = 3.0;

/// Appends the text of one page's glyphs, line by line, to `out`.
fn layout(glyphs: &mut [Glyph], out: &mut String) {
    // A producer that writes its spaces (Word, LibreOffice, Google Docs,
    // Chromium) marks the words itself: its gaps are kerning, tracking or
    // wrong glyph widths, and only a wide one (a tab, a column) is a space.
    // TeX writes no spaces at all: there every word gap counts.
    let spaces = glyphs.iter().filter(|glyph| glyph.text == " ").count();
    let gap = if spaces * SPACE_SHARE >= glyphs.len() && spaces > 0 { WIDE_GAP } else { SPACE_GAP };
    let mut start = 0;
    while start < glyphs.len() {
        let mut end = start + 1;
        let mut line_end = glyphs[start].end;
        while end < glyphs.len() {
            let (first, next) = (&glyphs[start], &glyphs[end]);
            let size = first.size.min(next.size);
            let same_line = next.direction == first.direction
                && (next.v - first.v).abs() <= LINE_GAP * size
                && next.u >= line_end.min(glyphs[end - 1].u) - BACK_JUMP * size;
            if !same_line {
                break;
            }
            line_end = line_end.max(next.end);
            end += 1;
        }
        write_line(&mut glyphs[start..end], gap, out);
        out.push('\n');
        start = end;
    }
}

fn write_line(line: &mut [Glyph], gap: f64, out: &mut String) {
    line.sort_by(|a, b| a.u.total_cmp(&b.u));
    let mut text = String::new();
    let mut last: Option<&Glyph> = None;
    for glyph in line.iter() {
        if let Some(previous) = last {
            let size = previous.size.max(glyph.size);
            let duplicate = glyph.text == previous.text && (glyph.u - previous.u).abs() < 0.1 * size;
            if duplicate {
                continue;
            }
            if glyph.u - previous.end > gap * size {
                text.push(' ');
            }
        }
        text.push_str(&glyph.text);
        last = Some(glyph);
    }
    if is_right_to_left(&text) {
        text = text.split(' ').rev().map(logical_word).collect::<Vec<_>>().join(" ");
    }
    out.push_str(&text);
}

/// A word of a right-to-left line, from the order it is drawn in to the
/// order it is read in: its right-to-left runs reversed, its runs of other
/// script (a Latin name, a number) kept as they are and put apart, since a
/// change of direction is also a word boundary ("habibiحبيبي" drawn, "يبيبح
/// habibi" read).
fn logical_word(word: &str) -> String {
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in word.chars() {
        let rtl = is_rtl_char(c) && !c.is_numeric();
        match runs.last_mut() {
            Some((direction, run)) if *direction == rtl => run.push(c),
            _ => runs.push((rtl, c.to_string())),
        }
    }
    let mut out = String::new();
    let mut previous_is_word = false;
    for (rtl, run) in runs.iter().rev() {
        let is_word = run.chars().any(char::is_alphanumeric);
        if is_word && previous_is_word {
            out.push(' ');
        }
        if *rtl {
            out.extend(run.chars().rev());
        } else {
            out.push_str(run);
        }
        previous_is_word = is_word;
    }
    out
}

fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether most letters of a line are right-to-left (Arabic, Hebrew).
fn is_right_to_left(text: &str) -> bool {
    let rtl = text.chars().filter(|&c| is_rtl_char(c)).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    rtl > 0 && rtl * 2 >= letters
}

#[cfg(test)]
mod tests {
    use super::logical_word;

    fn check(drawn: &str, read: &str) {
        assert_eq!(logical_word(drawn), read, "drawn: {drawn:?}");
    }

    #[test]
    fn right_to_left_words_are_reversed_and_other_scripts_kept_apart() {
        check("ابحرم", "مرحبا");
        check("habibiيبيبح", "حبيبي habibi");
        check("2024ةنس", "سنة 2024");
        check("Rust", "Rust");
    }
}
