//! Unpacked samples (a raw, Flate, LZW or RunLength image): inflated
//! (`flate2`) or LZW-decoded (`weezl`) with the TIFF or PNG predictor undone,
//! or run lengths expanded, then as grey or RGB pixels.

use std::io::Read;

use super::raster::Raster;
use crate::extract::page_image::{Colours, Compression, Samples};

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
            (png::ColorType::Rgb, out.chunks_exact(4).flat_map(|cmyk| Colours::Cmyk.rgb(cmyk)).collect())
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

/// Flate- or LZW-compressed samples, decompressed to at most what the image
/// needs (a bomb stops there), with the predictor undone.
fn decompress(data: &[u8], samples: &Samples, row_bytes: usize, size: usize) -> Option<Vec<u8>> {
    let predictor = samples.predictor;
    let rows = size / row_bytes.max(1);
    let limit = if predictor >= 10 { size + rows } else { size };
    let mut raw = Vec::with_capacity(limit.min(64 << 20));
    // A damaged stream keeps what decompressed before the damage.
    match samples.compression {
        Compression::Lzw { early_change } => lzw(data, early_change, limit, &mut raw),
        _ => {
            let _ = flate2::read::ZlibDecoder::new(data).take(limit as u64).read_to_end(&mut raw);
        }
    }
    if raw.is_empty() {
        return None;
    }
    let pixel_bytes =
        usize::try_from(samples.predictor_colors * samples.predictor_bits).ok()?.div_ceil(8).max(1);
    match predictor {
        2 => Some(tiff_predictor(raw, row_bytes, pixel_bytes)),
        10..=15 => Some(png_predictor(&raw, row_bytes, pixel_bytes)),
        _ => Some(raw),
    }
}

/// LZW codes as PDF and TIFF write them (most significant bit first, 9 to 12
/// bits), decoded into `out` up to `limit` bytes.
fn lzw(data: &[u8], early_change: bool, limit: usize, out: &mut Vec<u8>) {
    use weezl::{BitOrder, LzwStatus, decode::Decoder};
    let mut decoder = if early_change {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut input = data;
    let mut buffer = vec![0u8; 1 << 16];
    while out.len() < limit {
        let result = decoder.decode_bytes(input, &mut buffer);
        out.extend_from_slice(&buffer[..result.consumed_out]);
        input = &input[result.consumed_in..];
        if !matches!(result.status, Ok(LzwStatus::Ok)) {
            break;
        }
    }
    out.truncate(limit);
}

/// RunLength-compressed samples: a length byte, then that many plus one
/// bytes as they are (0–127) or one byte repeated 257 minus it times
/// (129–255); 128 ends the data. At most `limit` bytes.
fn run_lengths(data: &[u8], limit: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = data;
    while let Some((&length, after)) = rest.split_first()
        && out.len() < limit
    {
        match length {
            0..=127 => {
                let (literal, after) = after.split_at((usize::from(length) + 1).min(after.len()));
                out.extend_from_slice(literal);
                rest = after;
            }
            128 => break,
            _ => {
                let Some((&byte, after)) = after.split_first() else { break };
                out.resize(out.len() + 257 - usize::from(length), byte);
                rest = after;
            }
        }
    }
    out.truncate(limit);
    out
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

pub(super) fn paeth(left: u8, up: u8, up_left: u8) -> u8 {
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

/// The samples of a raw or compressed image as a raster; `None` when they
/// are not 1, 2, 4, 8 or 16 bits a component or do not decompress.
pub fn raster(data: &[u8], width: u32, height: u32, samples: &Samples, inverted: bool) -> Option<Raster> {
    if !matches!(samples.bits, 1 | 2 | 4 | 8 | 16) {
        return None;
    }
    let row_bytes =
        (usize::try_from(width).ok()? * samples.colours.components() * usize::from(samples.bits)).div_ceil(8);
    let size = row_bytes.checked_mul(usize::try_from(height).ok()?)?;
    let unpacked = match samples.compression {
        Compression::None => data.to_vec(),
        Compression::Flate | Compression::Lzw { .. } => decompress(data, samples, row_bytes, size)?,
        Compression::RunLength => Some(run_lengths(data, size)).filter(|unpacked| !unpacked.is_empty())?,
    };
    samples_to_raster(&unpacked, width, height, samples.bits, samples.colours.clone(), row_bytes, inverted)
}
