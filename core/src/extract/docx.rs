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
//! docx-rs's reader is not used here: it drops text boxes inside grouped
//! drawings and panics on about half of damaged files (an `unwrap` on zip
//! errors), which in the browser would cost the worker.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;
use zip::ZipArchive;

use super::Outcome;
use crate::limits::{MAX_DOCX_UNZIPPED_BYTES, MB};

const MAIN_PART: &str = "word/document.xml";

/// Whether a zip is a Word package: it lists `word/document.xml`. A zip too
/// damaged to list counts when its bytes still name that part.
pub fn is_word_package(bytes: &[u8]) -> bool {
    match ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive.index_for_name(MAIN_PART).is_some(),
        Err(_) => super::detect::find(bytes, MAIN_PART.as_bytes()).is_some(),
    }
}

/// Reads the text of a DOCX file.
pub fn read(bytes: &[u8]) -> Result<String, Outcome> {
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

/// The text of one WordprocessingML part, or `None` when its XML is broken.
fn text_of(xml: &[u8]) -> Option<String> {
    let xml = xml.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(xml);
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().check_end_names = false;
    let mut out = String::new();
    let mut skip_depth = 0usize; // > 0 inside a skipped element
    let mut in_text = false; // inside <w:t>
    let mut cells = 0usize; // table cells open around the current point
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        match event {
            Event::Eof => break,
            Event::Start(start) => {
                let name = start.local_name();
                let local = name.as_ref();
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
            Event::Empty(empty) if skip_depth == 0 => match empty.local_name().as_ref() {
                b"tab" | b"ptab" => out.push('\t'),
                b"br" | b"cr" | b"p" => out.push('\n'),
                b"noBreakHyphen" => out.push('-'),
                _ => {}
            },
            Event::End(end) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                match end.local_name().as_ref() {
                    b"t" => in_text = false,
                    // Inside a table a row is one line: a cell's paragraphs
                    // and nested rows stay on it.
                    b"p" | b"tr" if cells > 0 => out.push(' '),
                    b"p" | b"tr" => out.push('\n'),
                    b"tc" => {
                        cells = cells.saturating_sub(1);
                        out.push('\t');
                    }
                    _ => {}
                }
            }
            Event::Text(text) if in_text && skip_depth == 0 => {
                out.push_str(&text.xml10_content().ok()?);
            }
            Event::CData(data) if in_text && skip_depth == 0 => {
                out.push_str(&data.decode().ok()?);
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
    Some(out)
}
