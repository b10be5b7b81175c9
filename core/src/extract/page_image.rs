//! Issue #16: a scanned page's picture as the PDF stores it, still encoded,
//! with what a decoder needs to turn it into pixels. The extraction worker
//! hands these over instead of decoding them: the decoders (`crate::scan`,
//! the `scan-decoders` feature) live in a second wasm the page loads only
//! when a scan needs it. A JPEG needs no decoder: its bytes are the file the
//! OCR engine reads.
//!
//! Between the page's workers an image travels as its [`ImageSpec`] in JSON
//! and its two byte buffers, transferred, not copied.

use serde::{Deserialize, Serialize};

/// One page's picture: how it is encoded and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageImage {
    pub spec: ImageSpec,
    /// The image stream's bytes as the PDF stores them.
    pub data: Vec<u8>,
    /// A JBIG2 image's `/JBIG2Globals`, decompressed; empty for the others.
    pub globals: Vec<u8>,
}

impl PageImage {
    /// Whether `data` is already a file the OCR engine reads (a JPEG).
    pub fn is_file(&self) -> bool {
        self.spec.encoding == Encoding::Jpeg
    }
}

/// The image dictionary, read: its size, filter and parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageSpec {
    pub width: u32,
    pub height: u32,
    pub encoding: Encoding,
    /// `/Decode [1 0]`: black and white (or a grey's dark and light) swapped.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inverted: bool,
}

/// The image's one filter, with its `/DecodeParms`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "filter")]
pub enum Encoding {
    /// DCT: a JPEG file as it is.
    Jpeg,
    /// Samples, compressed (Flate, LZW, RunLength) or not.
    Samples(Samples),
    /// A CCITT Group 3 or Group 4 fax image.
    Ccitt(Ccitt),
    /// A JBIG2 image; its globals travel beside it ([`PageImage::globals`]).
    Jbig2,
}

/// Unpacked samples: `bits` a component in `colours`, perhaps compressed,
/// Flate or LZW with a predictor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Samples {
    pub compression: Compression,
    /// 1, 2, 4, 8 or 16 bits a component (1 for an image mask).
    pub bits: u8,
    pub colours: Colours,
    /// `/Predictor`: 1 none, 2 TIFF, 10–15 PNG.
    pub predictor: i64,
    /// The predictor's `/Colors` and `/BitsPerComponent`.
    pub predictor_colors: i64,
    pub predictor_bits: i64,
}

/// How samples are compressed: the image's one filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compression {
    None,
    Flate,
    /// `/EarlyChange`: 1 (the default) widens the codes one code early.
    Lzw {
        early_change: bool,
    },
    RunLength,
}

/// An image's colours: grey, RGB or CMYK samples, or indexes into a palette
/// of RGB colours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Colours {
    Gray,
    Rgb,
    Cmyk,
    Indexed(Vec<[u8; 3]>),
}

impl Colours {
    /// Samples a pixel.
    pub fn components(&self) -> usize {
        match self {
            Self::Gray | Self::Indexed(_) => 1,
            Self::Rgb => 3,
            Self::Cmyk => 4,
        }
    }

    /// One colour of this space (grey, RGB or CMYK, 8 bits a component) as RGB.
    pub fn rgb(&self, sample: &[u8]) -> [u8; 3] {
        match (self, sample) {
            (Self::Gray, [gray, ..]) => [*gray; 3],
            (Self::Rgb, [r, g, b, ..]) => [*r, *g, *b],
            (Self::Cmyk, [c, m, y, k, ..]) => {
                let ink = |colour: u8| {
                    255 - u8::try_from((u16::from(colour) + u16::from(*k)).min(255)).unwrap_or(255)
                };
                [ink(*c), ink(*m), ink(*y)]
            }
            _ => [255; 3],
        }
    }
}

/// A CCITT fax image's `/DecodeParms` (`/Columns` is the image's width).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ccitt {
    /// `/K`: below 0 Group 4, 0 Group 3 one-dimensional, above 0 two-dimensional.
    pub k: i64,
    pub end_of_block: bool,
    pub end_of_line: bool,
    pub byte_aligned: bool,
    pub black_is_1: bool,
}
