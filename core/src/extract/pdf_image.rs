//! Issue #15: a scanned page's picture, as a [`PageImage`] for OCR.
//!
//! A scan's page is one image XObject; the largest image a page draws that
//! a decoder takes is taken, its dictionary read into what the decoder needs
//! (issue #16: the decoding itself is `crate::scan`'s, in the page a wasm of
//! its own loaded only for a scan). Taken are JPEG (DCT) images, which
//! pass through as they are; Flate-, LZW- or RunLength-compressed or
//! unfiltered samples in
//! DeviceGray, DeviceRGB, DeviceCMYK, ICCBased (by its component count) or
//! Indexed colour, 1, 2, 4, 8 or 16 bits a component, image masks included;
//! CCITT Group 3 and Group 4 fax images; and JBIG2 images, with their
//! `/JBIG2Globals`. A picture over [`MAX_PIXELS`] is not taken.

use lopdf::{Dictionary, Document, Object, ObjectId, xobject::PdfImage};

use super::page_image::{Ccitt, Colours, Compression, Encoding, ImageSpec, PageImage, Samples};
use super::pdf_once::Images;

/// The most pixels a page picture may have: an A4 page at 600 dpi is 35 M.
pub const MAX_PIXELS: u64 = 40_000_000;

/// The page's largest image a decoder can take, still encoded; its bytes
/// are in `stored` when they were set aside (`pdf_once`).
pub fn picture(doc: &Document, stored: &Images, page: ObjectId) -> Option<PageImage> {
    let mut images = page_images(doc, stored, page);
    images.sort_by_key(|image| std::cmp::Reverse(image.width.saturating_mul(image.height)));
    images.iter().filter(|image| supported(doc, image)).find_map(|image| describe(doc, image))
}

/// The image XObjects of the page's resources, its own or inherited from
/// the page tree (`Document::get_page_images` reads only the page's own).
fn page_images<'a>(doc: &'a Document, stored: &'a Images, page: ObjectId) -> Vec<PdfImage<'a>> {
    let Ok((own, inherited)) = doc.get_page_resources(page) else { return Vec::new() };
    let resources = own.into_iter().chain(inherited.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
    let mut images: Vec<PdfImage<'a>> = Vec::new();
    for resources in resources {
        let Some(Object::Dictionary(xobjects)) = resources.get(b"XObject").ok().map(|x| deref(doc, x)) else {
            continue;
        };
        for (_, xobject) in xobjects {
            let Ok(id) = xobject.as_reference() else { continue };
            let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else { continue };
            let dict = &stream.dict;
            if dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Image".as_slice())
                || images.iter().any(|image| image.id == id)
            {
                continue;
            }
            let filters = stream
                .filters()
                .map(|filters| {
                    filters.iter().map(|name| String::from_utf8_lossy(name).into_owned()).collect()
                })
                .unwrap_or_default();
            images.push(PdfImage {
                id,
                width: integer(doc, dict.get(b"Width").ok()).unwrap_or(0),
                height: integer(doc, dict.get(b"Height").ok()).unwrap_or(0),
                color_space: None,
                filters: Some(filters),
                bits_per_component: integer(doc, dict.get(b"BitsPerComponent").ok()),
                content: stored.bytes(id, &stream.content),
                origin_dict: dict,
            });
        }
    }
    images
}

/// The filters this module decodes: one at most, besides pass-through JPEG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filter {
    None,
    Flate,
    Lzw,
    RunLength,
    Dct,
    Ccitt,
    Jbig2,
}

fn filter(image: &PdfImage<'_>) -> Option<Filter> {
    match image.filters.as_deref().unwrap_or_default() {
        [] => Some(Filter::None),
        [one] => match one.as_str() {
            "FlateDecode" | "Fl" => Some(Filter::Flate),
            "LZWDecode" | "LZW" => Some(Filter::Lzw),
            "RunLengthDecode" | "RL" => Some(Filter::RunLength),
            "DCTDecode" | "DCT" => Some(Filter::Dct),
            "CCITTFaxDecode" | "CCF" => Some(Filter::Ccitt),
            "JBIG2Decode" => Some(Filter::Jbig2),
            _ => None,
        },
        _ => None,
    }
}

fn supported(doc: &Document, image: &PdfImage<'_>) -> bool {
    let size_ok = image.width > 0
        && image.height > 0
        && u64::try_from(image.width.saturating_mul(image.height)).is_ok_and(|pixels| pixels <= MAX_PIXELS);
    size_ok
        && match filter(image) {
            Some(Filter::Dct) => image.content.starts_with(&[0xFF, 0xD8, 0xFF]),
            Some(Filter::Ccitt | Filter::Jbig2) => true,
            Some(Filter::None | Filter::Flate | Filter::Lzw | Filter::RunLength) => {
                image_mask(image) || colours(doc, image.origin_dict).is_some()
            }
            None => false,
        }
}

/// The image as a decoder needs it: its dictionary read, its bytes as stored.
fn describe(doc: &Document, image: &PdfImage<'_>) -> Option<PageImage> {
    let width = u32::try_from(image.width).ok()?;
    let height = u32::try_from(image.height).ok()?;
    let dict = image.origin_dict;
    let params = decode_parms(doc, dict);
    let param = |key: &[u8]| params.as_ref().and_then(|params| params.get(key).ok());
    // Decode [1 0] swaps black and white of a one-component image.
    let inverted = matches!(
        dict.get(b"Decode").and_then(|decode| deref(doc, decode).as_array().map(Vec::as_slice)),
        Ok([first, ..]) if number(first) == Some(1.0)
    );
    let mut globals = Vec::new();
    let encoding = match filter(image)? {
        Filter::Dct => Encoding::Jpeg,
        Filter::Ccitt => {
            let flag = |key: &[u8], default: bool| {
                param(key).and_then(|value| value.as_bool().ok()).unwrap_or(default)
            };
            let columns = param(b"Columns").and_then(|value| value.as_i64().ok()).unwrap_or(1728);
            u32::try_from(columns).ok().filter(|&columns| columns == width)?;
            Encoding::Ccitt(Ccitt {
                k: param(b"K").and_then(|value| value.as_i64().ok()).unwrap_or(0),
                end_of_block: flag(b"EndOfBlock", true),
                end_of_line: flag(b"EndOfLine", false),
                byte_aligned: flag(b"EncodedByteAlign", false),
                black_is_1: flag(b"BlackIs1", false),
            })
        }
        Filter::Jbig2 => {
            if let Some(stream) =
                param(b"JBIG2Globals").and_then(|globals| deref(doc, globals).as_stream().ok())
            {
                globals = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            }
            Encoding::Jbig2
        }
        filter @ (Filter::None | Filter::Flate | Filter::Lzw | Filter::RunLength) => {
            let bits = if image_mask(image) {
                1
            } else {
                u8::try_from(integer(doc, dict.get(b"BitsPerComponent").ok()).unwrap_or(8)).ok()?
            };
            if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
                return None;
            }
            let colours = if image_mask(image) { Colours::Gray } else { colours(doc, dict)? };
            let predictor = |key: &[u8], default: i64| integer(doc, param(key)).unwrap_or(default);
            let compression = match filter {
                Filter::Flate => Compression::Flate,
                Filter::Lzw => Compression::Lzw {
                    early_change: param(b"EarlyChange").and_then(|value| value.as_i64().ok()) != Some(0),
                },
                Filter::RunLength => Compression::RunLength,
                _ => Compression::None,
            };
            Encoding::Samples(Samples {
                compression,
                bits,
                colours,
                predictor: predictor(b"Predictor", 1),
                predictor_colors: predictor(b"Colors", 1),
                predictor_bits: predictor(b"BitsPerComponent", 8),
            })
        }
    };
    let spec = ImageSpec { width, height, encoding, inverted };
    Some(PageImage { spec, data: image.content.to_vec(), globals })
}

fn colours(doc: &Document, dict: &Dictionary) -> Option<Colours> {
    colour_space(doc, deref(doc, dict.get(b"ColorSpace").ok()?), true)
}

fn colour_space(doc: &Document, space: &Object, indexed_allowed: bool) -> Option<Colours> {
    let (name, rest): (&[u8], &[Object]) = match space {
        Object::Name(name) => (name, &[]),
        Object::Array(array) => (deref(doc, array.first()?).as_name().ok()?, &array[1..]),
        _ => return None,
    };
    match name {
        b"DeviceGray" | b"CalGray" | b"G" => Some(Colours::Gray),
        b"DeviceRGB" | b"CalRGB" | b"RGB" => Some(Colours::Rgb),
        b"DeviceCMYK" | b"CMYK" => Some(Colours::Cmyk),
        b"ICCBased" => {
            let stream = deref(doc, rest.first()?).as_stream().ok()?;
            match integer(doc, stream.dict.get(b"N").ok())? {
                1 => Some(Colours::Gray),
                3 => Some(Colours::Rgb),
                4 => Some(Colours::Cmyk),
                _ => None,
            }
        }
        b"Indexed" | b"I" if indexed_allowed => {
            let [base, high, lookup, ..] = rest else { return None };
            let base = colour_space(doc, deref(doc, base), false)?;
            let entries = usize::try_from(integer(doc, Some(high))?).ok()?.min(255) + 1;
            let table = match deref(doc, lookup) {
                Object::String(bytes, _) => bytes.clone(),
                Object::Stream(stream) => stream.decompressed_content().ok()?,
                _ => return None,
            };
            let palette =
                table.chunks_exact(base.components()).take(entries).map(|entry| base.rgb(entry)).collect();
            Some(Colours::Indexed(palette))
        }
        _ => None,
    }
}

fn image_mask(image: &PdfImage<'_>) -> bool {
    image.origin_dict.get(b"ImageMask").and_then(Object::as_bool).unwrap_or(false)
}

/// The one filter's `/DecodeParms` (a dictionary, or the first of an array).
fn decode_parms(doc: &Document, dict: &Dictionary) -> Option<Dictionary> {
    let params = deref(doc, dict.get(b"DecodeParms").or_else(|_| dict.get(b"DP")).ok()?);
    match params {
        Object::Dictionary(params) => Some(params.clone()),
        Object::Array(array) => deref(doc, array.first()?).as_dict().ok().cloned(),
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

fn integer(doc: &Document, object: Option<&Object>) -> Option<i64> {
    deref(doc, object?).as_i64().ok()
}

fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(value) => Some(*value as f32),
        Object::Real(value) => Some(*value),
        _ => None,
    }
}
