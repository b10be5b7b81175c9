//! Issue #16: a scanned page's picture ([`PageImage`], as
//! `crate::extract` hands it over, still encoded) decoded into a file the
//! OCR engine reads: a JPEG as it is, the others as a PNG. Built only with
//! the `scan-decoders` feature: natively (the tests), and in the page's scan
//! worker (`client/src/bin/scan.rs`), a wasm of its own that the page loads
//! the first time a scan needs it, so that the extraction worker, which
//! every file goes through, carries none of these decoders.
//!
//! - `samples`: raw, Flate, LZW or RunLength samples, predictors and
//!   colours (`flate2`, `weezl`);
//! - `bilevel`: CCITT Group 3 and 4 fax (`hayro-ccitt`) and JBIG2
//!   (`hayro-jbig2`);
//! - `raster`: the pixels, written as a PNG (`png`).
//!
//! Only the glue is ours: unpacking samples, mapping colours, pushing rows.
//!
//! The page and its scan worker speak in JS values, one image at a time: the
//! worker first posts [`crate::worker::READY`]; the page posts
//! `[spec, data, globals]` ([`ImageSpec`] as JSON, then [`PageImage::data`]
//! and [`PageImage::globals`] as `ArrayBuffer`s, transferred); the worker
//! answers with the file, an `ArrayBuffer`, transferred, or with
//! [`ScanError`]'s message when it cannot decode it.

mod bilevel;
mod raster;
mod samples;

use crate::extract::MAX_PIXELS;
use crate::extract::page_image::{Encoding, ImageSpec, PageImage};

/// Why a page's picture was not decoded, as the recruiter reads it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScanError {
    #[error("A scanned page's picture is too large to read by OCR (over 40 million pixels)")]
    TooLarge,
    #[error("A scanned page's {0} picture could not be decoded: the file is probably damaged")]
    Undecodable(&'static str),
    #[error("A scanned page's picture reached its decoder unreadable: {0}")]
    Unreadable(String),
}

/// The picture as a JPEG (as it is) or PNG file.
pub fn decode(image: &PageImage) -> Result<Vec<u8>, ScanError> {
    let ImageSpec { width, height, ref encoding, inverted } = image.spec;
    if width == 0 || height == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ScanError::TooLarge);
    }
    let raster = match encoding {
        Encoding::Jpeg => return Ok(image.data.clone()),
        Encoding::Ccitt(params) => {
            bilevel::ccitt(&image.data, width, height, params).map(|raster| raster.inverted(inverted))
        }
        Encoding::Jbig2 => {
            bilevel::jbig2(&image.data, &image.globals).map(|raster| raster.inverted(inverted))
        }
        Encoding::Samples(samples) => samples::raster(&image.data, width, height, samples, inverted),
    };
    raster.and_then(|raster| raster.png()).ok_or(ScanError::Undecodable(label(encoding)))
}

/// [`decode`] for the scan worker: the spec as JSON, the bytes beside it.
pub fn decode_json(spec: &str, data: Vec<u8>, globals: Vec<u8>) -> Result<Vec<u8>, ScanError> {
    let spec = serde_json::from_str(spec).map_err(|error| ScanError::Unreadable(error.to_string()))?;
    decode(&PageImage { spec, data, globals })
}

/// The encoding's name as a recruiter may know it.
fn label(encoding: &Encoding) -> &'static str {
    match encoding {
        Encoding::Jpeg => "JPEG",
        Encoding::Samples(_) => "bitmap",
        Encoding::Ccitt(_) => "fax (CCITT)",
        Encoding::Jbig2 => "JBIG2",
    }
}

#[cfg(test)]
mod tests;
