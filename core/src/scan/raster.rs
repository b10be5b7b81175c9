//! Pixels on their way to the OCR engine: a raster written as a PNG file
//! (the `png` crate), and the one-bit rows the fax decoders fill.

/// Pixels ready for a PNG: one-bit grey (1 is white), 8-bit grey or RGB.
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub depth: png::BitDepth,
    pub colour: png::ColorType,
    pub data: Vec<u8>,
}

impl Raster {
    /// A one-bit raster with black and white swapped when `inverted`.
    pub fn inverted(mut self, inverted: bool) -> Self {
        if inverted {
            self.data.iter_mut().for_each(|byte| *byte = !*byte);
        }
        self
    }

    pub fn png(&self) -> Option<Vec<u8>> {
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
pub struct BitRows {
    pub width: u32,
    row_bytes: usize,
    pub data: Vec<u8>,
    /// Pixels pushed in the last row (JBIG2 pushes them one by one).
    pub filled: u32,
}

impl BitRows {
    pub fn new(width: u32) -> Self {
        Self {
            width,
            row_bytes: usize::try_from(width).unwrap_or(0).div_ceil(8),
            data: Vec::new(),
            filled: width,
        }
    }

    /// Starts a row of white pixels.
    pub fn white_row(&mut self) {
        self.data.resize(self.data.len() + self.row_bytes, 0xFF);
    }

    /// Blackens pixels `from..to` of the last row.
    pub fn black(&mut self, from: u32, to: u32) {
        let row = self.data.len() - self.row_bytes;
        for x in from..to.min(self.width) {
            let x = x as usize;
            self.data[row + x / 8] &= !(0x80 >> (x % 8));
        }
    }

    pub fn raster(self, height: u32) -> Raster {
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
