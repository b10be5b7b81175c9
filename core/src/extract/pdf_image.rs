//! Issue #15: a scanned page's picture, as a file the OCR engine reads.
//!
//! A scan's page is one image XObject; the largest image a page draws is
//! taken. JPEG (DCT) images pass through as they are. The others are decoded
//! to pixels here and written as a PNG (the `png` crate):
//!
//! - Flate-compressed or unfiltered samples (`flate2`), with the TIFF or PNG
//!   predictors of `/DecodeParms` undone, in DeviceGray, DeviceRGB,
//!   DeviceCMYK, ICCBased (by its component count) or Indexed colour, 1, 2,
//!   4, 8 or 16 bits a component, image masks included;
//! - CCITT Group 3 and Group 4 fax images (`hayro-ccitt`);
//! - JBIG2 images, with their `/JBIG2Globals` (`hayro-jbig2`).
//!
//! Only the glue is written here: reading the image dictionary, unpacking
//! samples and mapping colours. A picture over [`MAX_PIXELS`] is not decoded.

use std::io::Read;

use lopdf::{Dictionary, Document, Object, ObjectId, xobject::PdfImage};

/// The most pixels a page picture may have: an A4 page at 600 dpi is 35 M.
pub const MAX_PIXELS: u64 = 40_000_000;

/// Whether the page draws an image this module can hand to OCR.
pub fn has_picture(doc: &Document, page: ObjectId) -> bool {
    page_images(doc, page).iter().any(|image| supported(doc, image))
}

/// The page's largest image that decodes, as a JPEG or PNG file.
pub fn picture(doc: &Document, page: ObjectId) -> Option<Vec<u8>> {
    let mut images = page_images(doc, page);
    images.sort_by_key(|image| std::cmp::Reverse(image.width.saturating_mul(image.height)));
    images.iter().filter(|image| supported(doc, image)).find_map(|image| encode(doc, image))
}

/// The image XObjects of the page's resources, its own or inherited from
/// the page tree (`Document::get_page_images` reads only the page's own).
fn page_images(doc: &Document, page: ObjectId) -> Vec<PdfImage<'_>> {
    let Ok((own, inherited)) = doc.get_page_resources(page) else { return Vec::new() };
    let resources = own.into_iter().chain(inherited.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
    let mut images: Vec<PdfImage<'_>> = Vec::new();
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
                content: &stream.content,
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
    Dct,
    Ccitt,
    Jbig2,
}

fn filter(image: &PdfImage<'_>) -> Option<Filter> {
    match image.filters.as_deref().unwrap_or_default() {
        [] => Some(Filter::None),
        [one] => match one.as_str() {
            "FlateDecode" | "Fl" => Some(Filter::Flate),
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
            Some(Filter::None | Filter::Flate) => {
                image_mask(image) || colours(doc, image.origin_dict).is_some()
            }
            None => false,
        }
}

fn encode(doc: &Document, image: &PdfImage<'_>) -> Option<Vec<u8>> {
    let width = u32::try_from(image.width).ok()?;
    let height = u32::try_from(image.height).ok()?;
    let dict = image.origin_dict;
    let params = decode_parms(doc, dict);
    // Decode [1 0] swaps black and white of a one-component image.
    let inverted = matches!(
        dict.get(b"Decode").and_then(|decode| deref(doc, decode).as_array().map(Vec::as_slice)),
        Ok([first, ..]) if number(first) == Some(1.0)
    );
    let raster = match filter(image)? {
        Filter::Dct => return Some(image.content.to_vec()),
        Filter::Ccitt => ccitt(image.content, width, height, params.as_ref())?.inverted(inverted),
        Filter::Jbig2 => jbig2(doc, image.content, params.as_ref())?.inverted(inverted),
        Filter::None | Filter::Flate => {
            let bits = if image_mask(image) {
                1
            } else {
                u8::try_from(integer(doc, dict.get(b"BitsPerComponent").ok()).unwrap_or(8)).ok()?
            };
            if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
                return None;
            }
            let colours = if image_mask(image) { Colours::Gray } else { colours(doc, dict)? };
            let components = colours.components();
            let row_bytes = (usize::try_from(width).ok()? * components * usize::from(bits)).div_ceil(8);
            let size = row_bytes.checked_mul(usize::try_from(height).ok()?)?;
            let samples = if filter(image)? == Filter::Flate {
                inflate(doc, image.content, params.as_ref(), row_bytes, size)?
            } else {
                image.content.to_vec()
            };
            samples_to_raster(&samples, width, height, bits, colours, row_bytes, inverted)?
        }
    };
    raster.png()
}

/// Pixels ready for a PNG: one-bit grey (1 is white), 8-bit grey or RGB.
struct Raster {
    width: u32,
    height: u32,
    depth: png::BitDepth,
    colour: png::ColorType,
    data: Vec<u8>,
}

impl Raster {
    /// A one-bit raster with black and white swapped when `inverted`.
    fn inverted(mut self, inverted: bool) -> Self {
        if inverted {
            self.data.iter_mut().for_each(|byte| *byte = !*byte);
        }
        self
    }

    fn png(&self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(self.colour);
        encoder.set_depth(self.depth);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().ok()?;
        writer.write_image_data(&self.data).ok()?;
        writer.finish().ok()?;
        Some(out)
    }
}

/// A one-bit raster, every row padded to a byte, from rows of black pixels.
struct BitRows {
    width: u32,
    row_bytes: usize,
    data: Vec<u8>,
    /// Pixels pushed in the last row (JBIG2 pushes them one by one).
    filled: u32,
}

impl BitRows {
    fn new(width: u32) -> Self {
        Self {
            width,
            row_bytes: usize::try_from(width).unwrap_or(0).div_ceil(8),
            data: Vec::new(),
            filled: width,
        }
    }

    /// Starts a row of white pixels.
    fn white_row(&mut self) {
        self.data.resize(self.data.len() + self.row_bytes, 0xFF);
    }

    /// Blackens pixels `from..to` of the last row.
    fn black(&mut self, from: u32, to: u32) {
        let row = self.data.len() - self.row_bytes;
        for x in from..to.min(self.width) {
            let x = x as usize;
            self.data[row + x / 8] &= !(0x80 >> (x % 8));
        }
    }

    fn raster(self, height: u32) -> Raster {
        let rows = u32::try_from(self.data.len() / self.row_bytes.max(1)).unwrap_or(0);
        let mut data = self.data;
        // A short stream leaves the rest of the page white.
        data.resize(self.row_bytes * height as usize, 0xFF);
        let height = if height == 0 { rows } else { height };
        Raster {
            width: self.width,
            height,
            depth: png::BitDepth::One,
            colour: png::ColorType::Grayscale,
            data,
        }
    }
}

impl hayro_ccitt::Decoder for BitRows {
    fn push_row(&mut self, changes: &[u32]) {
        self.white_row();
        for pair in changes.chunks(2) {
            self.black(pair[0], pair.get(1).copied().unwrap_or(self.width));
        }
    }
}

/// A CCITT fax image. `/BlackIs1` says whether black is a 1 sample; the
/// raster holds samples, so a true one turns black to 1 (white in grey).
fn ccitt(data: &[u8], width: u32, height: u32, params: Option<&Dictionary>) -> Option<Raster> {
    let param = |key: &[u8]| params.and_then(|params| params.get(key).ok());
    let flag =
        |key: &[u8], default: bool| param(key).and_then(|value| value.as_bool().ok()).unwrap_or(default);
    let k = param(b"K").and_then(|value| value.as_i64().ok()).unwrap_or(0);
    let columns = param(b"Columns").and_then(|value| value.as_i64().ok()).unwrap_or(1728);
    let columns = u32::try_from(columns).ok().filter(|&columns| columns == width)?;
    let settings = hayro_ccitt::DecodeSettings {
        columns,
        rows: height,
        end_of_block: flag(b"EndOfBlock", true),
        end_of_line: flag(b"EndOfLine", false),
        rows_are_byte_aligned: flag(b"EncodedByteAlign", false),
        encoding: match k {
            k if k < 0 => hayro_ccitt::EncodingMode::Group4,
            0 => hayro_ccitt::EncodingMode::Group3_1D,
            _ => hayro_ccitt::EncodingMode::Group3_2D,
        },
        strict: false,
    };
    let mut rows = BitRows::new(width);
    let mut context = hayro_ccitt::DecoderContext::new(settings);
    // A damaged stream keeps the rows decoded before the damage.
    let _ = hayro_ccitt::decode(data, &mut rows, &mut context);
    if rows.data.is_empty() {
        return None;
    }
    Some(rows.raster(height).inverted(flag(b"BlackIs1", false)))
}

impl hayro_jbig2::Decoder for BitRows {
    fn push_pixel(&mut self, black: bool) {
        if self.filled >= self.width {
            self.white_row();
            self.filled = 0;
        }
        if black {
            self.black(self.filled, self.filled + 1);
        }
        self.filled += 1;
    }

    fn push_pixel_chunk(&mut self, black: bool, chunk_count: u32) {
        for _ in 0..chunk_count * 8 {
            self.push_pixel(black);
        }
    }

    fn next_line(&mut self) {
        self.filled = self.width;
    }
}

/// A JBIG2 image embedded in a PDF, with its shared `/JBIG2Globals`. The
/// filter gives 0 for black, as the CCITT filter does by default.
fn jbig2(doc: &Document, data: &[u8], params: Option<&Dictionary>) -> Option<Raster> {
    let settings = hayro_jbig2::DecodeSettings::default();
    let globals = params
        .and_then(|params| params.get(b"JBIG2Globals").ok())
        .and_then(|globals| deref(doc, globals).as_stream().ok())
        .and_then(|stream| stream.decompressed_content().ok().or_else(|| Some(stream.content.clone())))
        .and_then(|bytes| hayro_jbig2::Globals::new(&bytes, &settings).ok());
    let page = hayro_jbig2::Page::new_embedded(data, globals.as_ref(), &settings).ok()?;
    let (width, height) = (page.width(), page.height());
    if width == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return None;
    }
    let mut rows = BitRows::new(width);
    page.decode(&mut rows).ok()?;
    Some(rows.raster(height))
}

/// An image's colours: grey, RGB or CMYK samples, or indexes into a palette
/// of RGB colours.
#[derive(Debug, Clone, PartialEq)]
enum Colours {
    Gray,
    Rgb,
    Cmyk,
    Indexed(Vec<[u8; 3]>),
}

impl Colours {
    fn components(&self) -> usize {
        match self {
            Self::Gray | Self::Indexed(_) => 1,
            Self::Rgb => 3,
            Self::Cmyk => 4,
        }
    }
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
                table.chunks_exact(base.components()).take(entries).map(|entry| rgb(&base, entry)).collect();
            Some(Colours::Indexed(palette))
        }
        _ => None,
    }
}

/// One colour of `space` (grey, RGB or CMYK, 8 bits a component) as RGB.
fn rgb(space: &Colours, sample: &[u8]) -> [u8; 3] {
    match (space, sample) {
        (Colours::Gray, [gray, ..]) => [*gray; 3],
        (Colours::Rgb, [r, g, b, ..]) => [*r, *g, *b],
        (Colours::Cmyk, [c, m, y, k, ..]) => {
            let ink =
                |colour: u8| 255 - u8::try_from((u16::from(colour) + u16::from(*k)).min(255)).unwrap_or(255);
            [ink(*c), ink(*m), ink(*y)]
        }
        _ => [255; 3],
    }
}

/// Unpacked samples as a raster: one-bit grey stays packed; the rest
/// becomes 8-bit grey or RGB.
fn samples_to_raster(
    samples: &[u8],
    width: u32,
    height: u32,
    bits: u8,
    colours: Colours,
    row_bytes: usize,
    inverted: bool,
) -> Option<Raster> {
    let rows = usize::try_from(height).ok()?;
    let mut samples = samples.to_vec();
    // A short stream leaves the rest of the page white (or palette entry 0).
    samples.resize(row_bytes * rows, if colours == Colours::Gray && !inverted { 0xFF } else { 0 });
    if bits == 1 && colours == Colours::Gray {
        let raster = Raster {
            width,
            height,
            depth: png::BitDepth::One,
            colour: png::ColorType::Grayscale,
            data: samples,
        };
        return Some(raster.inverted(inverted));
    }
    let components = colours.components();
    let per_row = usize::try_from(width).ok()? * components;
    let max = (1u32 << bits.min(8)) - 1;
    let mut out = Vec::with_capacity(per_row * rows);
    for row in samples.chunks_exact(row_bytes) {
        for index in 0..per_row {
            // A 16-bit sample's high byte is its 8-bit value.
            let value = match bits {
                16 => u32::from(row[index * 2]),
                8 => u32::from(row[index]),
                _ => {
                    let bit = index * usize::from(bits);
                    (u32::from(row[bit / 8]) >> (8 - usize::from(bits) - bit % 8)) & max
                }
            };
            let value = if matches!(colours, Colours::Indexed(_)) { value } else { value * 255 / max };
            let value = u8::try_from(value).unwrap_or(u8::MAX);
            out.push(if inverted && components == 1 && !matches!(colours, Colours::Indexed(_)) {
                255 - value
            } else {
                value
            });
        }
    }
    let (colour, data) = match colours {
        Colours::Gray => (png::ColorType::Grayscale, out),
        Colours::Rgb => (png::ColorType::Rgb, out),
        Colours::Cmyk => {
            (png::ColorType::Rgb, out.chunks_exact(4).flat_map(|cmyk| rgb(&Colours::Cmyk, cmyk)).collect())
        }
        Colours::Indexed(palette) => (
            png::ColorType::Rgb,
            out.iter()
                .flat_map(|&index| palette.get(usize::from(index)).copied().unwrap_or([0; 3]))
                .collect(),
        ),
    };
    Some(Raster { width, height, depth: png::BitDepth::Eight, colour, data })
}

/// Flate-compressed samples, inflated to at most what the image needs
/// (a bomb stops there), with the predictor undone.
fn inflate(
    doc: &Document,
    data: &[u8],
    params: Option<&Dictionary>,
    row_bytes: usize,
    size: usize,
) -> Option<Vec<u8>> {
    let predictor = integer(doc, params.and_then(|params| params.get(b"Predictor").ok())).unwrap_or(1);
    let rows = size / row_bytes.max(1);
    let limit = if predictor >= 10 { size + rows } else { size };
    let mut raw = Vec::with_capacity(limit.min(64 << 20));
    // A damaged stream keeps what inflated before the damage.
    let _ = flate2::read::ZlibDecoder::new(data).take(limit as u64).read_to_end(&mut raw);
    if raw.is_empty() {
        return None;
    }
    let param = |key: &[u8], default: i64| {
        integer(doc, params.and_then(|params| params.get(key).ok())).unwrap_or(default)
    };
    let pixel_bytes =
        usize::try_from(param(b"Colors", 1) * param(b"BitsPerComponent", 8)).ok()?.div_ceil(8).max(1);
    match predictor {
        2 => Some(tiff_predictor(raw, row_bytes, pixel_bytes)),
        10..=15 => Some(png_predictor(&raw, row_bytes, pixel_bytes)),
        _ => Some(raw),
    }
}

/// TIFF predictor 2 for 8-bit samples: each byte adds the one a pixel back.
fn tiff_predictor(mut data: Vec<u8>, row_bytes: usize, pixel_bytes: usize) -> Vec<u8> {
    for row in data.chunks_mut(row_bytes) {
        for index in pixel_bytes..row.len() {
            row[index] = row[index].wrapping_add(row[index - pixel_bytes]);
        }
    }
    data
}

/// PNG predictors (10–15): each row starts with its filter type.
fn png_predictor(data: &[u8], row_bytes: usize, pixel_bytes: usize) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut previous = vec![0u8; row_bytes];
    for encoded in data.chunks(row_bytes + 1) {
        let (&kind, encoded) = encoded.split_first().unwrap_or((&0, &[]));
        let mut row = encoded.to_vec();
        row.resize(row_bytes, 0);
        for index in 0..row_bytes {
            let left = if index >= pixel_bytes { row[index - pixel_bytes] } else { 0 };
            let up = previous[index];
            let up_left = if index >= pixel_bytes { previous[index - pixel_bytes] } else { 0 };
            row[index] = row[index].wrapping_add(match kind {
                1 => left,
                2 => up,
                3 => u8::try_from((u16::from(left) + u16::from(up)) / 2).unwrap_or(0),
                4 => paeth(left, up, up_left),
                _ => 0,
            });
        }
        out.extend_from_slice(&row);
        previous = row;
    }
    out
}

fn paeth(left: u8, up: u8, up_left: u8) -> u8 {
    let estimate = i16::from(left) + i16::from(up) - i16::from(up_left);
    let (to_left, to_up, to_up_left) = (
        (estimate - i16::from(left)).abs(),
        (estimate - i16::from(up)).abs(),
        (estimate - i16::from(up_left)).abs(),
    );
    if to_left <= to_up && to_left <= to_up_left {
        left
    } else if to_up <= to_up_left {
        up
    } else {
        up_left
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

#[cfg(test)]
#[path = "pdf_image_tests.rs"]
mod tests;
