//! DOCX: a zip holding WordprocessingML. The reader opens the zip itself,
//! checks every part it reads against a decompressed-size cap (zip bombs)
//! and walks the XML of the body in document order:
//!
//! - paragraphs, tables (nested too, a row a line, cells apart) and text
//!   boxes, also those inside grouped drawings; a text box written twice
//!   (DrawingML and its VML fallback) is read once;
//! - tracked insertions are kept and tracked deletions left out, so the text
//!   is the document as it reads with the changes accepted;
//! - the body only: headers, footers, comments and footnotes are left out,
//!   all of them, always (as in the corpus references; page furniture such
//!   as "Page 2 of 3" would otherwise repeat in the text).
//!
//! - runs a reader cannot see are reported as hidden (their text stays in
//!   the text): `w:vanish`, a `w:color` white or near it (every channel ≥
//!   0xF2), a `w:sz` of 2 half-points or less. Only direct run properties are
//!   read, not styles. White on a dark fill shows and is not reported: a text
//!   box's solid fill (DrawingML `a:solidFill` or VML `fillcolor`), a cell's,
//!   a paragraph's or a run's shading (`w:shd`, `w:highlight`).
//!
//! docx-rs's reader is not used here: it drops text boxes inside grouped
//! drawings and panics on about half of damaged files (an `unwrap` on zip
//! errors), which in the browser would cost the worker.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;
use zip::ZipArchive;

use super::Outcome;
use crate::limits::{MAX_DOCX_UNZIPPED_BYTES, MB};
use crate::privacy::{HiddenReason, HiddenText, MAX_FINDINGS};

const MAIN_PART: &str = "word/document.xml";

/// Whether a zip is a Word package: it lists `word/document.xml`. A zip too
/// damaged to list counts when its bytes still name that part.
pub fn is_word_package(bytes: &[u8]) -> bool {
    match ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive.index_for_name(MAIN_PART).is_some(),
        Err(_) => super::bytes::find(bytes, MAIN_PART.as_bytes()).is_some(),
    }
}

/// Reads the text of a DOCX file, and the runs a reader cannot see.
pub fn read(bytes: &[u8]) -> Result<(String, Vec<HiddenText>), Outcome> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| Outcome::Damaged)?;
    let body = read_part(&mut archive, MAIN_PART)?;
    text_of(&body).ok_or(Outcome::Damaged)
}

/// The bytes of one part. Fails when the part is missing or damaged, or when
/// it would unzip to more than the cap, whatever its header claims.
fn read_part(archive: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, Outcome> {
    let index = archive.index_for_name(name).ok_or(Outcome::Damaged)?;
    let file = archive.by_index(index).map_err(|_| Outcome::Damaged)?;
    if file.size() > MAX_DOCX_UNZIPPED_BYTES {
        return Err(Outcome::TooLarge);
    }
    // The header's size may lie: reserve little, read at most one byte over.
    let mut data = Vec::with_capacity(usize::try_from(file.size().min(4 * MB)).unwrap_or(0));
    file.take(MAX_DOCX_UNZIPPED_BYTES + 1).read_to_end(&mut data).map_err(|_| Outcome::Damaged)?;
    if data.len() as u64 > MAX_DOCX_UNZIPPED_BYTES {
        return Err(Outcome::TooLarge);
    }
    Ok(data)
}

/// Elements whose whole content is left out of the text.
fn is_skipped(local: &[u8]) -> bool {
    matches!(
        local,
        b"del"
            | b"moveFrom"
            | b"Fallback"
            | b"instrText"
            | b"delText"
            | b"rPr"
            | b"pPr"
            | b"sectPr"
            | b"tblPr"
            | b"trPr"
            | b"tcPr"
    )
}

/// The hidden reason a run property gives, if any.
fn hiding_property(element: &quick_xml::events::BytesStart<'_>) -> Option<HiddenReason> {
    let val = element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .map(|a| String::from_utf8_lossy(&a.value).to_ascii_lowercase());
    match element.local_name().as_ref() {
        b"vanish" | b"specVanish" => {
            (!matches!(val.as_deref(), Some("false" | "0" | "off"))).then_some(HiddenReason::DocxVanish)
        }
        b"color" => {
            let hex = val?;
            let channels: Vec<u8> =
                (0..3).filter_map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()).collect();
            (hex.len() == 6 && channels.len() == 3 && channels.iter().all(|c| *c >= 0xF2))
                .then_some(HiddenReason::DocxWhite)
        }
        b"sz" => val?.parse::<u32>().ok().filter(|size| *size <= 2).map(|_| HiddenReason::DocxTiny),
        _ => None,
    }
}

/// Whether a colour (`RRGGBB`, or a theme colour's name) is dark enough
/// for white text to read on it: luminance under half.
fn is_dark_colour(value: &str) -> bool {
    let value = value.trim_start_matches('#');
    let value = value.split_whitespace().next().unwrap_or_default().to_ascii_lowercase();
    if matches!(value.as_str(), "dk1" | "dk2" | "tx1" | "tx2" | "text1" | "text2")
        || value.starts_with("accent")
        || value.starts_with("dark")
    {
        return true;
    }
    let channels: Vec<u32> =
        (0..3).filter_map(|i| u32::from_str_radix(value.get(i * 2..i * 2 + 2)?, 16).ok()).collect();
    value.len() == 6
        && channels.len() == 3
        && 2126 * channels[0] + 7152 * channels[1] + 722 * channels[2] < 1_275_000
}

/// The value of an attribute by its local name.
fn attribute(element: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Where white text shows: on a dark fill of its text box, table cell,
/// paragraph or run (a sidebar's name in white on navy is no hidden text).
#[derive(Default)]
struct Backgrounds {
    /// The fill of the last shape whose properties were read, for the text box that follows.
    shape_dark: bool,
    in_shape_props: usize,
    /// How deep below the current shape's properties (`spPr`) the reader is:
    /// only a fill right inside them is the shape's, not its outline's (`a:ln`).
    shape_level: usize,
    in_solid_fill: bool,
    text_boxes: Vec<bool>,
    cells: Vec<bool>,
    paragraph: bool,
    run: bool,
    /// Which properties a shading belongs to: `b'c'` cell, `b'p'` paragraph, `b'r'` run.
    props: Option<u8>,
}

impl Backgrounds {
    fn dark(&self) -> bool {
        self.run || self.paragraph || self.cells.last() == Some(&true) || self.text_boxes.iter().any(|d| *d)
    }

    /// Reads an element that may set a fill; `depth` is how deep inside
    /// skipped properties it stands (1: right inside a `pPr`, `rPr` or
    /// `tcPr`; deeper: the paragraph mark's own `rPr`, or a tracked change's
    /// old properties, which colour no text shown).
    fn note(&mut self, element: &quick_xml::events::BytesStart<'_>, depth: usize) {
        match element.local_name().as_ref() {
            b"spPr" => self.shape_dark = false,
            b"solidFill" if self.in_shape_props > 0 && self.shape_level == 0 => self.in_solid_fill = true,
            b"srgbClr" | b"schemeClr" if self.in_solid_fill => {
                self.shape_dark = attribute(element, b"val").is_some_and(|v| is_dark_colour(&v));
            }
            // A fill made fully transparent shows the page under it.
            b"alpha" if self.in_solid_fill && attribute(element, b"val").is_some_and(|v| v.trim() == "0") => {
                self.shape_dark = false;
            }
            b"shape" | b"rect" | b"roundrect" => {
                let filled =
                    attribute(element, b"filled").is_none_or(|f| !matches!(f.as_str(), "f" | "false"));
                self.shape_dark =
                    filled && attribute(element, b"fillcolor").is_some_and(|v| is_dark_colour(&v));
            }
            b"shd" | b"highlight" if depth == 1 => {
                // `w:val="nil"`: no shading at all, whatever fill it names.
                let none = attribute(element, b"val").is_some_and(|v| v == "nil");
                let fill = attribute(element, b"fill").or_else(|| attribute(element, b"val"));
                let dark = !none && fill.is_some_and(|v| is_dark_colour(&v));
                match self.props {
                    Some(b'c') => {
                        if let Some(cell) = self.cells.last_mut() {
                            *cell |= dark;
                        }
                    }
                    Some(b'p') => self.paragraph |= dark,
                    Some(b'r') => self.run |= dark,
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// Adds a pending hidden passage to the findings.
fn flush(pending: &mut Option<(HiddenReason, String)>, hidden: &mut Vec<HiddenText>) {
    if let Some((reason, text)) = pending.take()
        && text.chars().any(char::is_alphanumeric)
        && hidden.len() < MAX_FINDINGS
    {
        hidden.push(HiddenText { text: crate::privacy::capped_text(&text), reason });
    }
}

/// The text of one WordprocessingML part and its hidden runs, or `None`
/// when its XML is broken.
fn text_of(xml: &[u8]) -> Option<(String, Vec<HiddenText>)> {
    let xml = xml.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(xml);
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().check_end_names = false;
    let mut out = String::new();
    let mut skip_depth = 0usize; // > 0 inside a skipped element
    let mut in_text = false; // inside <w:t>
    let mut cells = 0usize; // table cells open around the current point
    let mut in_run_props = false; // inside a run's <w:rPr>
    let mut run_hidden: Option<HiddenReason> = None; // the current run's
    let mut pending: Option<(HiddenReason, String)> = None; // hidden runs in a row
    let mut hidden = Vec::new();
    let mut backgrounds = Backgrounds::default();
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        match event {
            Event::Eof => break,
            Event::Start(start) => {
                let name = start.local_name();
                let local = name.as_ref();
                backgrounds.note(&start, skip_depth);
                match local {
                    b"spPr" => {
                        backgrounds.in_shape_props += 1;
                        backgrounds.shape_level = 0;
                    }
                    _ if backgrounds.in_shape_props > 0 => backgrounds.shape_level += 1,
                    _ => {}
                }
                match local {
                    b"tcPr" if skip_depth == 0 => backgrounds.props = Some(b'c'),
                    b"pPr" if skip_depth == 0 => backgrounds.props = Some(b'p'),
                    b"rPr" if skip_depth == 0 => backgrounds.props = Some(b'r'),
                    b"txbxContent" if skip_depth == 0 => {
                        backgrounds.text_boxes.push(backgrounds.shape_dark);
                        backgrounds.shape_dark = false;
                    }
                    b"tc" if skip_depth == 0 => backgrounds.cells.push(false),
                    b"p" if skip_depth == 0 => backgrounds.paragraph = false,
                    b"r" if skip_depth == 0 => backgrounds.run = false,
                    _ => {}
                }
                if in_run_props {
                    run_hidden = run_hidden.or(hiding_property(&start));
                } else if skip_depth == 0 && local == b"r" {
                    run_hidden = None;
                } else if skip_depth == 0 && local == b"rPr" {
                    in_run_props = true;
                }
                if skip_depth > 0 || is_skipped(local) {
                    skip_depth += 1;
                } else if local == b"t" {
                    in_text = true;
                } else if local == b"txbxContent" {
                    out.push('\n');
                } else if local == b"tc" {
                    cells += 1;
                }
            }
            Event::Empty(empty) if in_run_props => {
                backgrounds.note(&empty, skip_depth);
                run_hidden = run_hidden.or(hiding_property(&empty));
            }
            Event::Empty(empty) if skip_depth > 0 => backgrounds.note(&empty, skip_depth),
            Event::Empty(empty) if skip_depth == 0 => {
                backgrounds.note(&empty, skip_depth);
                match empty.local_name().as_ref() {
                    b"tab" | b"ptab" => out.push('\t'),
                    b"br" | b"cr" | b"p" => out.push('\n'),
                    b"noBreakHyphen" => out.push('-'),
                    _ => {}
                }
            }
            Event::End(end) => {
                match end.local_name().as_ref() {
                    b"spPr" => backgrounds.in_shape_props = backgrounds.in_shape_props.saturating_sub(1),
                    _ if backgrounds.in_shape_props > 0 => {
                        backgrounds.shape_level = backgrounds.shape_level.saturating_sub(1);
                    }
                    b"solidFill" => backgrounds.in_solid_fill = false,
                    b"txbxContent" if skip_depth == 0 => {
                        backgrounds.text_boxes.pop();
                    }
                    b"tc" if skip_depth == 0 => {
                        backgrounds.cells.pop();
                    }
                    _ => {}
                }
                if skip_depth > 0 {
                    skip_depth -= 1;
                    if skip_depth == 0 {
                        backgrounds.props = None;
                    }
                    if end.local_name().as_ref() == b"rPr" {
                        in_run_props = false;
                    }
                    continue;
                }
                match end.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"r" => run_hidden = None,
                    // Inside a table a row is one line: a cell's paragraphs
                    // and nested rows stay on it.
                    b"p" | b"tr" if cells > 0 => {
                        flush(&mut pending, &mut hidden);
                        out.push(' ');
                    }
                    b"p" | b"tr" => {
                        flush(&mut pending, &mut hidden);
                        out.push('\n');
                    }
                    b"tc" => {
                        cells = cells.saturating_sub(1);
                        out.push('\t');
                    }
                    _ => {}
                }
            }
            Event::Text(text) if in_text && skip_depth == 0 => {
                let text = text.xml10_content().ok()?;
                note_run(shown(run_hidden, &backgrounds), &text, &mut pending, &mut hidden);
                out.push_str(&text);
            }
            Event::CData(data) if in_text && skip_depth == 0 => {
                let text = data.decode().ok()?;
                note_run(shown(run_hidden, &backgrounds), &text, &mut pending, &mut hidden);
                out.push_str(&text);
            }
            Event::GeneralRef(reference) if in_text && skip_depth == 0 => {
                if let Ok(Some(c)) = reference.resolve_char_ref() {
                    out.push(c);
                } else {
                    match reference.decode().ok()?.as_ref() {
                        "amp" => out.push('&'),
                        "lt" => out.push('<'),
                        "gt" => out.push('>'),
                        "quot" => out.push('"'),
                        "apos" => out.push('\''),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        buf.clear();
    }
    flush(&mut pending, &mut hidden);
    Some((out, hidden))
}

/// A run's reason to be hidden, unless it is white on a dark fill.
fn shown(reason: Option<HiddenReason>, backgrounds: &Backgrounds) -> Option<HiddenReason> {
    reason.filter(|reason| !(*reason == HiddenReason::DocxWhite && backgrounds.dark()))
}

/// Adds a run's text to the pending hidden passage when the run is hidden,
/// or ends the passage when a visible run with text comes.
fn note_run(
    reason: Option<HiddenReason>,
    text: &str,
    pending: &mut Option<(HiddenReason, String)>,
    hidden: &mut Vec<HiddenText>,
) {
    match (reason, pending.as_mut()) {
        (Some(reason), Some((r, passage))) if *r == reason => passage.push_str(text),
        (Some(reason), _) => {
            flush(pending, hidden);
            *pending = Some((reason, text.to_owned()));
        }
        (None, _) if text.trim().is_empty() => {}
        (None, _) => flush(pending, hidden),
    }
}
