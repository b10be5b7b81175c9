//! Work pdf-extract would redo on every page, done once when a PDF is
//! opened (issue #16: reading a long PDF, and reading in the page's worker,
//! where inflating and parsing cost several times what they do natively).
//!
//! pdf-extract builds every font afresh on each page it is used on, and
//! follows every `Do` of a page's content, images included. None of this
//! changes what it reads; each rewrite gives it the same result from less
//! work:
//!
//! - [`inflate_reread_streams`]: the streams read again on each page (font
//!   programs, CMaps, form XObjects, page contents) are inflated in place;
//! - [`skip_type1_programs`]: a Type 1 font's program is parsed for its
//!   built-in encoding, which only a font without `/Encoding` uses: such a
//!   font gets the same encoding as a `/Differences` array, read once, and
//!   no Type 1 font keeps a program for pdf-extract to parse;
//! - [`skip_cff_programs`]: a compact (Type1C, CFF) font program is parsed
//!   for the code-to-glyph map built into it, which pdf-extract turns into
//!   a Unicode map: that map, read once, becomes `/Differences` that give
//!   the same reading, and no font keeps a program for pdf-extract to parse;
//! - [`set_images_aside`]: an image's bytes are inflated and parsed as if
//!   they were a content stream at each `Do`, for no text: they are kept
//!   beside the document ([`Images`]), where only a scanned page's picture
//!   is read from (`pdf_image`).

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object, ObjectId};

/// Image XObjects' bytes as stored, by object id, set aside by
/// [`set_images_aside`]: the document keeps their dictionaries and an empty
/// stream.
#[derive(Debug, Default)]
pub struct Images(HashMap<ObjectId, Vec<u8>>);

impl Images {
    /// The bytes of image `id`, or `stored` when it was not set aside.
    pub fn bytes<'a>(&'a self, id: ObjectId, stored: &'a [u8]) -> &'a [u8] {
        self.0.get(&id).map_or(stored, Vec::as_slice)
    }
}

fn is_image(dict: &Dictionary) -> bool {
    dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s == b"Image")
}

/// Inflates, once and in place, the streams that are otherwise inflated again
/// each time they are read: pdf-extract builds every font afresh on each page
/// it is used on (its program, ToUnicode and encoding CMaps) and decodes a
/// form XObject at each `Do`, and `pdf_hidden` reads each page's content
/// after pdf-extract has. An inflated stream has no `/Filter`, so both read
/// the same bytes as before, without a Flate pass each time (issue #16: on a
/// 100-page LaTeX PDF, a sixth of the page's reading time in the worker). A
/// stream that does not inflate is left as it was, as are images and every
/// other stream, which are read once or never.
pub fn inflate_reread_streams(doc: &mut Document) {
    let reference = |dict: &Dictionary, key: &[u8]| dict.get(key).and_then(Object::as_reference).ok();
    let mut ids: Vec<ObjectId> =
        doc.get_pages().values().flat_map(|&page| doc.get_page_contents(page)).collect();
    for (&id, object) in &doc.objects {
        match object {
            Object::Dictionary(dict) => {
                for key in [b"FontFile".as_slice(), b"FontFile2", b"FontFile3", b"ToUnicode", b"Encoding"] {
                    ids.extend(reference(dict, key));
                }
            }
            Object::Stream(stream)
                if stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s == b"Form") =>
            {
                ids.push(id);
            }
            _ => {}
        }
    }
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        if let Ok(Object::Stream(stream)) = doc.get_object_mut(id)
            && stream.is_compressed()
            && !is_image(&stream.dict)
        {
            let _ = stream.decompress();
        }
    }
}

/// Takes every image XObject's bytes out of the document into [`Images`],
/// leaving its dictionary and an empty stream: pdf-extract, which inflates
/// and parses an image drawn with `Do` as a content stream (issue #16: on
/// two of the corpus's largest resumes, a third of their reading natively;
/// the worker's inflate has no SIMD), then finds nothing to read, and the
/// hidden-text walk and the scan check, which read the dictionaries only,
/// see what they saw.
pub fn set_images_aside(doc: &mut Document) -> Images {
    let mut images = HashMap::new();
    for (&id, object) in &mut doc.objects {
        if let Object::Stream(stream) = object
            && is_image(&stream.dict)
            && !stream.content.is_empty()
        {
            images.insert(id, std::mem::take(&mut stream.content));
        }
    }
    Images(images)
}

/// Spares pdf-extract parsing Type 1 font programs on every page (issue
/// #16: natively about a fifth of the time of the corpus's largest resumes). It parses a simple
/// `/Type1` font's `/FontFile` for the encoding built into the program and
/// uses that encoding only when the font has no `/Encoding`. Such a font
/// gets the program's encoding as an `/Encoding` dictionary with
/// `/Differences` over no base encoding, which pdf-extract reads into the
/// same table (PDFDocEncoding, then each code's glyph name); then no font
/// using the program needs it, and its descriptor loses its `/FontFile`.
///
/// A program whose encoding pdf-extract would fail on is left as it was, as
/// is a FontAwesome font (pdf-extract reads its unknown glyph names one way
/// from a program and another from `/Differences`).
pub fn skip_type1_programs(doc: &mut Document) {
    // Each simple Type 1 font with a program: its id, its descriptor
    // (`None` when inline in the font), and whether it has an encoding.
    let mut fonts = Vec::new();
    for (&id, object) in &doc.objects {
        let Some((font, descriptor_id, _, program)) = font_program(doc, object, &[b"Type1"], b"FontFile")
        else {
            continue;
        };
        let encoding = if font.has(b"Encoding") {
            Some(None)
        } else {
            // A FontAwesome font, or one without a name, keeps its program.
            let named = font
                .get(b"BaseFont")
                .and_then(Object::as_name)
                .is_ok_and(|name| super::bytes::find(name, b"FontAwesome").is_none());
            let program = program.decompressed_content().unwrap_or_else(|_| program.content.clone());
            if named { type1_differences(&program).map(Some) } else { None }
        };
        fonts.push((id, descriptor_id, encoding));
    }
    let keep = kept(&fonts);
    for (id, descriptor, encoding) in fonts {
        let Some(encoding) = encoding else { continue };
        if let (Some(differences), Ok(Object::Dictionary(font))) = (encoding, doc.get_object_mut(id)) {
            let mut dict = Dictionary::new();
            dict.set("Differences", differences);
            font.set("Encoding", dict);
        }
        if !keep.contains(&descriptor.unwrap_or(id)) {
            drop_program(doc, id, descriptor, b"FontFile");
        }
    }
}

/// Spares pdf-extract parsing compact font programs (`/FontFile3` of
/// `/Subtype /Type1C`, CFF) on every page (issue #16: on a 124-page
/// PDF of such fonts, about a sixth of its reading in the page's worker).
/// pdf-extract reads a simple font's CFF program for the glyph name of each
/// code, and each name's Unicode value becomes the font's Unicode map, which
/// comes before the font's encoding (whose `/Differences` only fill the
/// codes the map lacks). The same reading, from a font without a program
/// or Unicode map: the font's encoding as it was, then the program's codes
/// and names appended to its `/Differences`, which pdf-extract reads into
/// its table with the same glyph-name lookup. Then no font using the
/// program needs it, and its descriptor loses its `/FontFile3`.
///
/// A font is left as it was when that reading could differ: it has a
/// `/ToUnicode` map, no `/Encoding` (pdf-extract then gives a TrueType font
/// WinAnsi and any other none), no widths of its own (its standard font's
/// are then placed by its encoding), another program besides, a program that
/// does not parse (pdf-extract would panic on it, as before), a name that is
/// not ASCII or is one of ZapfDingbats' (`a1`…, which pdf-extract looks up
/// in a second list that `/Differences` never reach), or it is a
/// FontAwesome font (its unknown names read apart, as for Type 1).
pub fn skip_cff_programs(doc: &mut Document) {
    // Each simple font with a CFF program: its id, its descriptor's holder
    // (`None` when inline in the font), and its new encoding, or `None`
    // when it keeps its program.
    let mut fonts = Vec::new();
    for (&id, object) in &doc.objects {
        let Some((font, descriptor_id, descriptor, program)) =
            font_program(doc, object, &[b"Type1", b"MMType1", b"TrueType"], b"FontFile3")
        else {
            continue;
        };
        if program.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Type1C".as_slice()) {
            continue;
        }
        let awesome = font
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .is_ok_and(|name| super::bytes::find(name, b"FontAwesome").is_some());
        // Without its own widths, a font's widths follow its encoding.
        let widths = [b"FirstChar".as_slice(), b"LastChar", b"Widths"].iter().all(|key| font.has(key));
        let encoding = if font.has(b"ToUnicode")
            || !widths
            || descriptor.has(b"FontFile")
            || descriptor.has(b"FontFile2")
            || awesome
        {
            None
        } else {
            let program = program.decompressed_content().unwrap_or_else(|_| program.content.clone());
            cff_names(&program).and_then(|names| encoding_with(doc, font.get(b"Encoding").ok()?, names))
        };
        fonts.push((id, descriptor_id, encoding));
    }
    let keep = kept(&fonts);
    for (id, descriptor, encoding) in fonts {
        let holder = descriptor.unwrap_or(id);
        let Some(encoding) = encoding.filter(|_| !keep.contains(&holder)) else { continue };
        if let Ok(Object::Dictionary(font)) = doc.get_object_mut(id) {
            font.set("Encoding", encoding);
        }
        drop_program(doc, id, descriptor, b"FontFile3");
    }
}

/// The descriptors (or fonts, when the descriptor is inline) that keep their
/// program: a descriptor loses it only when every font using it can.
fn kept<T>(fonts: &[(ObjectId, Option<ObjectId>, Option<T>)]) -> Vec<ObjectId> {
    fonts
        .iter()
        .filter(|(_, _, encoding)| encoding.is_none())
        .map(|(id, descriptor, _)| descriptor.unwrap_or(*id))
        .collect()
}

/// Removes the program under `file` from font `id`'s descriptor: the object
/// `descriptor` when it is one of its own, else the one inline in the font.
fn drop_program(doc: &mut Document, id: ObjectId, descriptor: Option<ObjectId>, file: &[u8]) {
    let target = match (descriptor, doc.get_object_mut(descriptor.unwrap_or(id))) {
        (Some(_), Ok(Object::Dictionary(descriptor))) => Some(descriptor),
        (None, Ok(Object::Dictionary(font))) => match font.get_mut(b"FontDescriptor") {
            Ok(Object::Dictionary(descriptor)) => Some(descriptor),
            _ => None,
        },
        _ => None,
    };
    if let Some(target) = target {
        target.remove(file);
    }
}

/// The codes and glyph names a CFF program's encoding gives, as
/// pdf-extract reads them (`.notdef` left out), in code order; `None` when
/// the program does not parse or a name could read otherwise through
/// `/Differences` (not ASCII, or a ZapfDingbats name).
fn cff_names(program: &[u8]) -> Option<Vec<(u8, String)>> {
    let table = cff_parser::Table::parse(program)?;
    let mut names = Vec::new();
    for (code, sid) in table.encoding.get_code_to_sid_table(&table.charset) {
        let name = cff_parser::string_by_id(&table, sid)?;
        let zapf = name.len() > 1 && name.starts_with('a') && name[1..].bytes().all(|b| b.is_ascii_digit());
        if !name.is_ascii() || zapf {
            return None;
        }
        if name != ".notdef" {
            names.push((code, name.to_owned()));
        }
    }
    names.sort_unstable();
    Some(names)
}

/// A font's `encoding` as an encoding dictionary whose `/Differences` end
/// with `names`, so that each of those codes reads as its name: the same
/// base encoding and earlier differences, each looked up once. `None` when
/// pdf-extract would not read `encoding` as a name or a dictionary of
/// codes and names.
fn encoding_with(doc: &Document, encoding: &Object, names: Vec<(u8, String)>) -> Option<Dictionary> {
    let mut dict = Dictionary::new();
    let mut differences = Vec::new();
    match doc.dereference(encoding).ok()?.1 {
        Object::Name(base) => dict.set("BaseEncoding", Object::Name(base.clone())),
        Object::Dictionary(encoding) => {
            if let Ok((_, Object::Name(base))) =
                encoding.get(b"BaseEncoding").and_then(|base| doc.dereference(base))
            {
                dict.set("BaseEncoding", Object::Name(base.clone()));
            }
            if let Ok((_, Object::Array(earlier))) =
                encoding.get(b"Differences").and_then(|earlier| doc.dereference(earlier))
            {
                for entry in earlier {
                    match doc.dereference(entry).ok()?.1 {
                        entry @ (Object::Integer(_) | Object::Name(_)) => differences.push(entry.clone()),
                        _ => return None,
                    }
                }
            }
        }
        _ => return None,
    }
    for (code, name) in names {
        differences.push(Object::Integer(i64::from(code)));
        differences.push(Object::Name(name.into_bytes()));
    }
    dict.set("Differences", differences);
    Some(dict)
}

/// The encoding built into a Type 1 font program as a `/Differences` array
/// (`code /name` pairs, in code order), read as
/// `type1_encoding_parser::get_encoding_map` reads it; `None` where that
/// would fail or panic, or where a code is past 255 (pdf-extract would
/// index its table with it).
fn type1_differences(program: &[u8]) -> Option<Vec<Object>> {
    use type1_encoding_parser::Value;
    let lexed = type1_encoding_parser::parse(program).ok()?;
    let mut codes: HashMap<u32, Vec<u8>> = HashMap::new();
    let mut i = 0;
    while i < lexed.len() {
        if !matches!(&lexed[i], Value::Operator(operator) if operator == "array") {
            i += 1;
            continue;
        }
        // `count name array`: the count first, then the name.
        let count = lexed.get(i.checked_sub(1)?)?;
        if !matches!(count, Value::Integer(_)) {
            return None;
        }
        let Value::Name(name) = lexed.get(i.checked_sub(2)?)? else { return None };
        i += 1;
        if name != b"Encoding" {
            continue;
        }
        while i < lexed.len() {
            match &lexed[i] {
                Value::Operator(operator) if operator == "put" => {
                    let (Value::Name(glyph), Value::Integer(code)) = (&lexed[i - 1], &lexed[i - 2]) else {
                        return None;
                    };
                    codes.insert(*code as u32, glyph.clone());
                }
                Value::Operator(operator) if operator == "def" => break,
                _ => {}
            }
            i += 1;
        }
    }
    let mut codes: Vec<(u32, Vec<u8>)> = codes.into_iter().collect();
    codes.sort_unstable();
    if codes.last().is_some_and(|(code, _)| *code > 255) {
        return None;
    }
    Some(
        codes
            .into_iter()
            .flat_map(|(code, glyph)| [Object::Integer(i64::from(code)), Object::Name(glyph)])
            .collect(),
    )
}

/// A font dictionary of one of `subtypes`, with its descriptor (and the
/// descriptor's id when it is an object of its own) and the font program
/// the descriptor keeps under `file` ("FontFile", "FontFile3"): where each
/// font rewrite starts.
fn font_program<'a>(
    doc: &'a Document,
    object: &'a Object,
    subtypes: &[&[u8]],
    file: &[u8],
) -> Option<(&'a Dictionary, Option<ObjectId>, &'a Dictionary, &'a lopdf::Stream)> {
    let font = object.as_dict().ok()?;
    let subtype = font.get(b"Subtype").and_then(Object::as_name).ok()?;
    if !subtypes.contains(&subtype)
        || font.get(b"Type").and_then(Object::as_name).is_ok_and(|name| name != b"Font")
    {
        return None;
    }
    let descriptor = font.get(b"FontDescriptor").ok()?;
    let descriptor_id = descriptor.as_reference().ok();
    let Ok((_, Object::Dictionary(descriptor))) = doc.dereference(descriptor) else { return None };
    let Ok((_, Object::Stream(program))) = descriptor.get(file).and_then(|it| doc.dereference(it)) else {
        return None;
    };
    Some((font, descriptor_id, descriptor, program))
}

#[cfg(test)]
mod tests {
    use lopdf::{Object, dictionary};

    use super::type1_differences;

    #[test]
    fn a_type1_encoding_becomes_differences_in_code_order() {
        let program = b"/Encoding 256 array 0 1 255 {1 index exch /.notdef put} for \
            66 /B put 65 /A put readonly def currentfile eexec \x80binary";
        let expected = vec![Object::Integer(65), "A".into(), Object::Integer(66), "B".into()];
        assert_eq!(type1_differences(program), Some(expected));
    }

    #[test]
    fn a_cff_encoding_follows_the_font_s_own_differences() {
        let doc = lopdf::Document::new();
        let earlier = dictionary! {
            "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![Object::Integer(65), "Alpha".into()],
        };
        let names = vec![(65, "A".to_owned()), (66, "B".to_owned())];
        let encoding = super::encoding_with(&doc, &Object::Dictionary(earlier), names).expect("an encoding");
        assert_eq!(
            encoding.get(b"BaseEncoding").and_then(Object::as_name).ok(),
            Some(b"WinAnsiEncoding".as_slice())
        );
        let expected: Vec<Object> = vec![
            Object::Integer(65),
            "Alpha".into(),
            Object::Integer(65),
            "A".into(),
            Object::Integer(66),
            "B".into(),
        ];
        assert_eq!(encoding.get(b"Differences").and_then(Object::as_array).ok(), Some(&expected));
        // A named encoding becomes the base; anything else is left alone.
        let named = super::encoding_with(&doc, &"MacRomanEncoding".into(), vec![]).expect("an encoding");
        assert_eq!(
            named.get(b"BaseEncoding").and_then(Object::as_name).ok(),
            Some(b"MacRomanEncoding".as_slice())
        );
        assert!(super::encoding_with(&doc, &Object::Integer(3), vec![]).is_none());
        let odd = dictionary! { "Differences" => vec![Object::Real(1.5)] };
        assert!(super::encoding_with(&doc, &Object::Dictionary(odd), vec![]).is_none());
    }

    #[test]
    fn a_cff_program_that_does_not_parse_keeps_its_font() {
        assert_eq!(super::cff_names(b"not a font program"), None);
        assert_eq!(super::cff_names(b""), None);
    }

    #[test]
    fn a_type1_encoding_pdf_extract_would_fail_on_is_left_alone() {
        // `array` with nothing before it, a count that is not one, a code past 255.
        assert_eq!(type1_differences(b"array"), None);
        assert_eq!(type1_differences(b"/Encoding /x array"), None);
        assert_eq!(type1_differences(b"/Encoding 256 array 300 /A put readonly def"), None);
    }
}
