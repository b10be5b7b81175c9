//! Chinese, Japanese and Korean text in CID fonts that carry no ToUnicode map.
//!
//! A Type0 font whose descendant names an Adobe character collection
//! (Adobe-GB1, -CNS1, -Japan1, -Korea1) identifies its glyphs by CIDs of that
//! collection. With the Identity-H or Identity-V encoding a shown code is the
//! CID, and Adobe's predefined `Adobe-<ordering>-UCS2` CMap (a
//! [`UnicodeTable`], handed in: `cid_table`) turns a CID into Unicode.
//! pdf-extract only reads a font's own ToUnicode map, so such fonts get one
//! here, before pdf-extract sees them: it maps the codes the document shows,
//! not the whole collection, which keeps it small.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::cid_table::{CidTables, Collection, UnicodeTable};

/// Gives every Type0 font of an Adobe collection without a usable ToUnicode
/// map one built from the collection's table in `tables`. Returns the
/// collections the document needs whose tables `tables` lacks (then nothing
/// is changed: the caller gets the tables and reads the file again, or says
/// the map is missing).
pub fn add_unicode_maps(doc: &mut Document, tables: &CidTables) -> Vec<Collection> {
    let fonts = fonts_without_unicode(doc);
    let mut missing: Vec<Collection> = fonts.iter().map(|(_, collection)| *collection).collect();
    missing.retain(|collection| tables.get(*collection).is_none());
    missing.sort_unstable();
    missing.dedup();
    if fonts.is_empty() || !missing.is_empty() {
        return missing;
    }
    let codes = shown_codes(doc);
    let mut maps: Vec<(Collection, Option<ObjectId>)> = Vec::new();
    for (font, collection) in fonts {
        let map = match maps.iter().find(|(known, _)| *known == collection) {
            Some((_, map)) => *map,
            None => {
                let map = tables
                    .get(collection)
                    .and_then(|table| unicode_map(table, &codes))
                    .map(|text| doc.add_object(Stream::new(Dictionary::new(), text.into_bytes())));
                maps.push((collection, map));
                map
            }
        };
        if let (Some(map), Ok(Object::Dictionary(font))) = (map, doc.get_object_mut(font)) {
            font.set("ToUnicode", map);
        }
    }
    Vec::new()
}

/// The Type0 fonts, with their collection, that show CIDs of an Adobe
/// collection (Identity encoding) and have no ToUnicode stream.
fn fonts_without_unicode(doc: &Document) -> Vec<(ObjectId, Collection)> {
    let mut fonts = Vec::new();
    for (&id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else { continue };
        if !font.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Type0") {
            continue;
        }
        let identity = font
            .get(b"Encoding")
            .and_then(Object::as_name)
            .is_ok_and(|name| name == b"Identity-H" || name == b"Identity-V");
        let has_map = font
            .get(b"ToUnicode")
            .and_then(|map| doc.dereference(map))
            .is_ok_and(|(_, map)| matches!(map, Object::Stream(_)));
        if !identity || has_map {
            continue;
        }
        if let Some(collection) = collection(doc, font) {
            fonts.push((id, collection));
        }
    }
    fonts
}

/// The Adobe character collection named by a Type0 font's descendant.
fn collection(doc: &Document, font: &Dictionary) -> Option<Collection> {
    let descendants = font.get(b"DescendantFonts").ok()?;
    let descendant = match doc.dereference(descendants).ok()?.1 {
        Object::Array(descendants) => doc.dereference(descendants.first()?).ok()?.1.as_dict().ok()?,
        _ => return None,
    };
    let info = doc.dereference(descendant.get(b"CIDSystemInfo").ok()?).ok()?.1.as_dict().ok()?;
    let field = |key: &[u8]| -> Option<Vec<u8>> {
        match doc.dereference(info.get(key).ok()?).ok()?.1 {
            Object::String(bytes, _) | Object::Name(bytes) => Some(bytes.clone()),
            _ => None,
        }
    };
    Collection::from_registry_ordering(&field(b"Registry")?, &field(b"Ordering")?)
}

/// Every two-byte code shown by a text operator anywhere in the document
/// (pages and form XObjects), whatever its font: a superset of the CIDs the
/// Identity-encoded fonts show.
fn shown_codes(doc: &Document) -> BTreeSet<u32> {
    let mut codes = BTreeSet::new();
    let mut add = |content: &Content| {
        for operation in &content.operations {
            if !matches!(operation.operator.as_str(), "Tj" | "TJ" | "'" | "\"") {
                continue;
            }
            for operand in &operation.operands {
                let strings: Vec<&Object> = match operand {
                    Object::Array(parts) => parts.iter().collect(),
                    other => vec![other],
                };
                for string in strings {
                    if let Object::String(bytes, _) = string {
                        codes.extend(
                            bytes.chunks_exact(2).map(|pair| u32::from(pair[0]) << 8 | u32::from(pair[1])),
                        );
                    }
                }
            }
        }
    };
    for page in doc.get_pages().into_values() {
        if let Ok(content) = doc.get_and_decode_page_content(page) {
            add(&content);
        }
    }
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else { continue };
        if !stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Form") {
            continue;
        }
        let data = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
        if let Ok(content) = Content::decode(&data) {
            add(&content);
        }
    }
    codes
}

/// A ToUnicode CMap, as PDF syntax, mapping `codes` (CIDs) through the
/// collection's table; `None` when none of them maps.
fn unicode_map(table: &UnicodeTable, codes: &BTreeSet<u32>) -> Option<String> {
    let mut entries = Vec::new();
    for &code in codes {
        let Some(text) = table.get(code) else { continue };
        let mut hex = String::new();
        for unit in text.encode_utf16() {
            let _ = write!(hex, "{unit:04X}");
        }
        entries.push(format!("<{code:04X}> <{hex}>"));
    }
    if entries.is_empty() {
        return None;
    }
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CMapName /Shortlist-UCS2 def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in entries.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for entry in chunk {
            out.push_str(entry);
            out.push('\n');
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    Some(out)
}
