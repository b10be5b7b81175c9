//! One-bit images: CCITT Group 3 and Group 4 fax (`hayro-ccitt`) and JBIG2
//! (`hayro-jbig2`), decoded into [`BitRows`].

use super::MAX_PIXELS;
use super::raster::{BitRows, Raster};
use crate::extract::page_image::Ccitt;

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
pub fn ccitt(data: &[u8], width: u32, height: u32, params: &Ccitt) -> Option<Raster> {
    let settings = hayro_ccitt::DecodeSettings {
        columns: width,
        rows: height,
        end_of_block: params.end_of_block,
        end_of_line: params.end_of_line,
        rows_are_byte_aligned: params.byte_aligned,
        encoding: match params.k {
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
    Some(rows.raster(height).inverted(params.black_is_1))
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
pub fn jbig2(data: &[u8], globals: &[u8]) -> Option<Raster> {
    let settings = hayro_jbig2::DecodeSettings::default();
    let globals = Some(globals)
        .filter(|globals| !globals.is_empty())
        .and_then(|bytes| hayro_jbig2::Globals::new(bytes, &settings).ok());
    let page = hayro_jbig2::Page::new_embedded(data, globals.as_ref(), &settings).ok()?;
    let (width, height) = (page.width(), page.height());
    if width == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return None;
    }
    let mut rows = BitRows::new(width);
    page.decode(&mut rows).ok()?;
    Some(rows.raster(height))
}
