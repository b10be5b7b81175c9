//! Page pictures of every supported encoding, generated here (flate2
//! compresses, fax encodes CCITT Group 4), handed over by `extract_for_ocr`,
//! decoded by `crate::scan` and compared pixel by pixel; and PDFs with
//! scanned pages, whole or in part.

use std::io::Write;

use lopdf::{Dictionary, Document, Object, Stream, dictionary};

use super::*;
use crate::extract::page_image::{Ccitt, Colours, Compression, Samples};
use crate::extract::{CidTables, FileKind, Outcome, SCANNED_PAGE, extract, extract_for_ocr, from_ocr};

const WIDTH: u32 = 27;
const HEIGHT: u32 = 9;

/// The picture every encoding draws: a diagonal and a lattice.
fn black(x: u32, y: u32) -> bool {
    x == y * 3 || (x + 2 * y).is_multiple_of(5)
}

fn pattern() -> Vec<Vec<bool>> {
    (0..HEIGHT).map(|y| (0..WIDTH).map(|x| black(x, y)).collect()).collect()
}

fn inverse(rows: Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    rows.into_iter().map(|row| row.into_iter().map(|pixel| !pixel).collect()).collect()
}

/// One-bit rows, 1 for each pixel where `set` holds.
fn packed(set: impl Fn(bool) -> bool) -> Vec<u8> {
    let mut out = Vec::new();
    for row in pattern() {
        for chunk in row.chunks(8) {
            let byte = chunk
                .iter()
                .enumerate()
                .fold(0u8, |byte, (bit, &pixel)| if set(pixel) { byte | (0x80 >> bit) } else { byte });
            out.push(byte);
        }
    }
    out
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// A PDF with one page per entry: a picture (its dictionary and data) or,
/// with `None`, a line of text.
fn pdf(pages: Vec<Option<(Dictionary, Vec<u8>)>>) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let kids: Vec<Object> = pages
        .into_iter()
        .map(|page| {
            let (draw, resources) = match page {
                Some((mut dict, data)) => {
                    dict.set("Type", "XObject");
                    dict.set("Subtype", "Image");
                    dict.set("Width", i64::from(WIDTH));
                    dict.set("Height", i64::from(HEIGHT));
                    let image = doc.add_object(Stream::new(dict, data));
                    (
                        "q 595 0 0 842 0 0 cm /Im0 Do Q".to_owned(),
                        dictionary! { "XObject" => dictionary! { "Im0" => image } },
                    )
                }
                None => (
                    "BT /F1 12 Tf 72 720 Td (Registered nurse, triage and wound care since 2015) Tj ET"
                        .to_owned(),
                    dictionary! { "Font" => dictionary! { "F1" => font } },
                ),
            };
            let contents = doc.add_object(Stream::new(dictionary! {}, draw.into_bytes()));
            doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => contents, "Resources" => resources,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            })
            .into()
        })
        .collect();
    let count = i64::try_from(kids.len()).unwrap();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// The one picture a one-page scan hands over, as black-or-not pixels.
fn decoded(dict: Dictionary, data: Vec<u8>) -> Vec<Vec<bool>> {
    let bytes = pdf(vec![Some((dict, data))]);
    let (extraction, pictures) = extract_for_ocr(&bytes, CidTables::builtin(), &mut |_, _| {}).unwrap();
    assert_eq!(extraction.outcome, Outcome::NeedsOcr);
    let [picture] = pictures.as_slice() else { panic!("{} pictures", pictures.len()) };
    // Issue #16: handed over encoded; the scan decoders make it a file.
    let picture = decode(picture).unwrap();
    assert!(picture.starts_with(b"\x89PNG"), "a PNG file");
    let mut decoder = png::Decoder::new(std::io::Cursor::new(picture.as_slice()));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buffer).unwrap();
    assert_eq!((frame.width, frame.height), (WIDTH, HEIGHT));
    let channels = frame.color_type.samples();
    let row_bytes = frame.line_size;
    (0..HEIGHT as usize)
        .map(|y| {
            (0..WIDTH as usize)
                .map(|x| {
                    let pixel = &buffer[y * row_bytes + x * channels..][..channels];
                    // One-bit grey expands to 0 or 1 with EXPAND alone.
                    let value = if frame.bit_depth == png::BitDepth::One { pixel[0] * 255 } else { pixel[0] };
                    value < 128
                })
                .collect()
        })
        .collect()
}

// See: #15
#[test]
fn flate_grey_with_png_predictors_decodes() {
    let grey: Vec<Vec<u8>> =
        pattern().iter().map(|row| row.iter().map(|&pixel| if pixel { 20 } else { 235 }).collect()).collect();
    // Each row with another PNG filter, None to Paeth and round again.
    let mut encoded = Vec::new();
    let mut previous = vec![0u8; WIDTH as usize];
    for (y, row) in grey.iter().enumerate() {
        let kind = (y % 5) as u8;
        encoded.push(kind);
        for x in 0..row.len() {
            let left = if x > 0 { row[x - 1] } else { 0 };
            let up_left = if x > 0 { previous[x - 1] } else { 0 };
            let predicted = match kind {
                1 => left,
                2 => previous[x],
                3 => ((u16::from(left) + u16::from(previous[x])) / 2) as u8,
                4 => samples::paeth(left, previous[x], up_left),
                _ => 0,
            };
            encoded.push(row[x].wrapping_sub(predicted));
        }
        previous.clone_from(row);
    }
    let dict = dictionary! {
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "FlateDecode",
        "DecodeParms" => dictionary! { "Predictor" => 15, "Columns" => i64::from(WIDTH), "Colors" => 1 },
    };
    assert_eq!(decoded(dict, zlib(&encoded)), pattern());
}

// See: #15. LZW (early change or not, with a predictor) and RunLength.
#[test]
fn lzw_and_run_length_samples_decode() {
    let grey: Vec<u8> = pattern().iter().flatten().map(|&pixel| if pixel { 20 } else { 235 }).collect();
    for early_change in [1, 0] {
        let mut encoder = if early_change == 1 {
            weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
        } else {
            weezl::encode::Encoder::new(weezl::BitOrder::Msb, 8)
        };
        let dict = dictionary! {
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "LZWDecode",
            "DecodeParms" => dictionary! { "EarlyChange" => early_change },
        };
        assert_eq!(decoded(dict, encoder.encode(&grey).unwrap()), pattern(), "EarlyChange {early_change}");
    }
    // RunLength: each row a run of its first pixel's byte, then the rest as they are.
    let mut runs = Vec::new();
    for row in grey.chunks(WIDTH as usize) {
        runs.extend([255, row[0]]);
        runs.push(u8::try_from(row.len() - 3).unwrap());
        runs.extend(&row[2..]);
    }
    runs.push(128);
    let dict =
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "RunLengthDecode" };
    let mut expected = pattern();
    expected.iter_mut().for_each(|row| row[1] = row[0]);
    assert_eq!(decoded(dict, runs), expected);
}

// See: #15
#[test]
fn flate_one_bit_grey_inverted_by_its_decode_array_and_image_masks_decode() {
    let dict = dictionary! {
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "FlateDecode",
        "Decode" => vec![1.into(), 0.into()],
    };
    // Decode [1 0]: a 1 sample is black.
    assert_eq!(decoded(dict, zlib(&packed(|pixel| pixel))), pattern());
    // An unfiltered image mask paints its 0 samples.
    let mask = dictionary! { "ImageMask" => true };
    assert_eq!(decoded(mask, packed(|pixel| !pixel)), pattern());
}

// See: #15
#[test]
fn flate_rgb_with_the_tiff_predictor_and_indexed_colour_decode() {
    let rgb: Vec<u8> = pattern()
        .iter()
        .flat_map(|row| {
            let mut previous = [0u8; 3];
            row.iter()
                .flat_map(|&pixel| {
                    let colour: [u8; 3] = if pixel { [10, 30, 90] } else { [250, 240, 200] };
                    let delta = std::array::from_fn::<u8, 3, _>(|c| colour[c].wrapping_sub(previous[c]));
                    previous = colour;
                    delta
                })
                .collect::<Vec<u8>>()
        })
        .collect();
    let dict = dictionary! {
        "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "FlateDecode",
        "DecodeParms" => dictionary! { "Predictor" => 2, "Columns" => i64::from(WIDTH), "Colors" => 3 },
    };
    assert_eq!(decoded(dict, zlib(&rgb)), pattern());

    // Two bits an index into a palette: paper, dark blue, unused, unused.
    let palette = Object::string_literal(vec![255, 255, 240, 0, 0, 120, 9, 9, 9, 9, 9, 9]);
    let mut indexes = Vec::new();
    for row in pattern() {
        let mut bits = 0u32;
        let mut count = 0;
        for pixel in row {
            bits = (bits << 2) | u32::from(pixel);
            count += 2;
            if count == 8 {
                indexes.push(bits as u8);
                (bits, count) = (0, 0);
            }
        }
        if count > 0 {
            indexes.push((bits << (8 - count)) as u8);
        }
    }
    let dict = dictionary! {
        "ColorSpace" => vec!["Indexed".into(), "DeviceRGB".into(), 3.into(), palette],
        "BitsPerComponent" => 2, "Filter" => "FlateDecode",
    };
    assert_eq!(decoded(dict, zlib(&indexes)), pattern());
}

fn group4(rows: &[Vec<bool>]) -> Vec<u8> {
    let mut encoder = fax::encoder::Encoder::new(fax::VecWriter::new());
    for row in rows {
        let pels = row.iter().map(|&pixel| if pixel { fax::Color::Black } else { fax::Color::White });
        encoder.encode_line(pels, WIDTH).unwrap();
    }
    encoder.finish().unwrap().finish()
}

// See: #15
#[test]
fn ccitt_group_4_decodes_as_its_black_is_1_flag_says() {
    let params = |black_is_1: bool| {
        dictionary! {
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "CCITTFaxDecode",
            "DecodeParms" => dictionary! { "K" => -1, "Columns" => i64::from(WIDTH), "Rows" => i64::from(HEIGHT),
                "BlackIs1" => black_is_1 },
        }
    };
    assert_eq!(decoded(params(false), group4(&pattern())), pattern());
    // BlackIs1: the coded black pixels are 1 samples, white in DeviceGray.
    assert_eq!(decoded(params(true), group4(&inverse(pattern()))), pattern());
}

/// One JBIG2 segment of the embedded organisation (T.88 7.2), on page 1.
fn segment(number: u32, kind: u8, data: &[u8]) -> Vec<u8> {
    let mut out = number.to_be_bytes().to_vec();
    out.extend([kind, 0, 1]);
    out.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
    out.extend(data);
    out
}

// See: #15
#[test]
fn jbig2_generic_regions_decode() {
    let mut page_information = [WIDTH.to_be_bytes(), HEIGHT.to_be_bytes(), [0; 4], [0; 4]].concat();
    page_information.extend([0, 0, 0]);
    // An immediate lossless generic region coded with MMR (Group 4 rows).
    let mut region = [WIDTH.to_be_bytes(), HEIGHT.to_be_bytes(), [0; 4], [0; 4]].concat();
    region.extend([0, 1]);
    region.extend(group4(&pattern()));
    let stream = [segment(0, 48, &page_information), segment(1, 39, &region), segment(2, 49, &[])].concat();
    let dict =
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "JBIG2Decode" };
    assert_eq!(decoded(dict, stream), pattern());
}

// See: #15
#[test]
fn a_partly_scanned_pdf_reads_its_text_pages_and_hands_over_the_scanned_ones() {
    let scan = || {
        let dict =
            dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "FlateDecode" };
        Some((dict, zlib(&packed(|pixel| !pixel))))
    };
    let bytes = pdf(vec![None, scan(), None, scan()]);
    let extraction = extract(&bytes);
    assert_eq!((extraction.kind, extraction.outcome), (Some(FileKind::Pdf), Outcome::NeedsOcr));
    let line = "Registered nurse, triage and wound care since 2015";
    // A text page ends its last line, then the page's own line break.
    assert_eq!(extraction.text, format!("{line}\n\n{SCANNED_PAGE}\n{line}\n\n{SCANNED_PAGE}\n"));
    let (with_pictures, pictures) = extract_for_ocr(&bytes, CidTables::builtin(), &mut |_, _| {}).unwrap();
    assert_eq!(with_pictures, extraction);
    assert_eq!(pictures.len(), 2, "one picture a scanned page");

    let read = ["Page two words".to_owned(), "Page four words".to_owned()];
    let finished = from_ocr(FileKind::Pdf, &extraction.text, &read, 80.0, extraction.hidden);
    assert_eq!(finished.text, format!("{line}\n\nPage two words\n{line}\n\nPage four words"));
    // Only what OCR read counts as read by OCR.
    assert_eq!(finished.ocr, Some(crate::extract::OcrReading::new(6, 80.0)));

    // Every page text: no OCR; a picture beside text on a page is not a scan.
    assert_eq!(
        extract_for_ocr(&pdf(vec![None, None]), CidTables::builtin(), &mut |_, _| {}).unwrap().1.len(),
        0
    );
}

// See: #15
#[test]
fn a_picture_too_large_or_in_an_unknown_encoding_is_not_a_scan() {
    let jpx = dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "JPXDecode" };
    let extraction = extract(&pdf(vec![Some((jpx, vec![0; 16]))]));
    assert_eq!(extraction.outcome, Outcome::NoTextLayer);
    let grey = dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 };
    let bytes = pdf(vec![Some((grey, vec![0; 16]))]);
    // `pdf` sets the size; a huge one goes in after.
    let mut doc = Document::load_mem(&bytes).unwrap();
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream.dict.has(b"Width")
        {
            stream.dict.set("Width", 100_000);
            stream.dict.set("Height", 100_000);
        }
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    assert_eq!(extract(&bytes).outcome, Outcome::NoTextLayer);
    assert!(u64::from(100_000u32) * 100_000 > MAX_PIXELS);
}

// See: #15
#[test]
fn a_scanned_page_whose_image_the_page_tree_holds_is_read_too() {
    let mut doc = Document::load_mem(&pdf(vec![Some((
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1 },
        packed(|pixel| !pixel),
    ))]))
    .unwrap();
    // The page's resources move up to the page tree, as some producers write them.
    let pages_id = doc.catalog().unwrap().get(b"Pages").unwrap().as_reference().unwrap();
    let page_id = *doc.get_pages().values().next().unwrap();
    let resources = doc.get_dictionary_mut(page_id).unwrap().remove(b"Resources").unwrap();
    let resources = doc.add_object(resources);
    doc.get_dictionary_mut(pages_id).unwrap().set("Resources", resources);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let (extraction, pictures) = extract_for_ocr(&bytes, CidTables::builtin(), &mut |_, _| {}).unwrap();
    assert_eq!((extraction.outcome, pictures.len()), (Outcome::NeedsOcr, 1));
}

// See: #16. The extraction worker hands a picture over as JSON and bytes;
// the scan worker reads the same picture back from them.
#[test]
fn a_picture_handed_over_as_json_and_bytes_decodes_as_in_place() {
    let dict =
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "FlateDecode" };
    let bytes = pdf(vec![Some((dict, zlib(&packed(|pixel| !pixel))))]);
    let (_, pictures) = extract_for_ocr(&bytes, CidTables::builtin(), &mut |_, _| {}).unwrap();
    let [picture] = pictures.as_slice() else { panic!("{} pictures", pictures.len()) };
    assert!(!picture.is_file(), "a bitmap needs a decoder");
    let spec = serde_json::to_string(&picture.spec).unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&spec).unwrap(),
        serde_json::json!({ "width": WIDTH, "height": HEIGHT, "encoding": { "filter": "samples",
            "compression": "flate", "bits": 1, "colours": "gray", "predictor": 1, "predictor_colors": 1,
            "predictor_bits": 8 } })
    );
    assert_eq!(decode_json(&spec, picture.data.clone(), Vec::new()), decode(picture));
    assert!(matches!(decode_json("{", Vec::new(), Vec::new()), Err(ScanError::Unreadable(_))));
}

// See: #16. A picture the decoders refuse or fail on is an error with a
// message for the recruiter, never a panic.
#[test]
fn a_damaged_or_oversized_picture_is_a_clear_error() {
    let image = |width, encoding| PageImage {
        spec: ImageSpec { width, height: HEIGHT, encoding, inverted: false },
        data: vec![0x00, 0x01, 0xFF, 0x13],
        globals: vec![0xAB; 7],
    };
    let fax = Encoding::Ccitt(Ccitt {
        k: -1,
        end_of_block: true,
        end_of_line: false,
        byte_aligned: false,
        black_is_1: false,
    });
    let samples = |bits| {
        Encoding::Samples(Samples {
            compression: Compression::Flate,
            bits,
            colours: Colours::Rgb,
            predictor: 15,
            predictor_colors: 3,
            predictor_bits: 8,
        })
    };
    for encoding in [Encoding::Jbig2, samples(8), samples(3)] {
        let error = decode(&image(WIDTH, encoding.clone())).unwrap_err();
        assert!(matches!(error, ScanError::Undecodable(_)), "{encoding:?}: {error:?}");
        assert!(error.to_string().contains("could not be decoded"), "{error}");
    }
    // A damaged fax stream keeps what decoded before the damage, if anything.
    assert!(decode(&image(WIDTH, fax.clone())).is_ok_and(|png| png.starts_with(b"\x89PNG")));
    let error = decode(&image(u32::MAX, fax)).unwrap_err();
    assert_eq!(error, ScanError::TooLarge);
    assert!(error.to_string().contains("too large"), "{error}");
    assert_eq!(decode(&image(0, Encoding::Jpeg)), Err(ScanError::TooLarge));
}
