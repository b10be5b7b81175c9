//! The part of encoding_rs's API that Shortlist's dependencies call, for
//! UTF-8 and UTF-16 only, with encoding_rs's semantics:
//!
//! - lopdf and pdf-extract decode PDF text strings and CID fonts as UTF-16BE
//!   ([`Encoding::decode`], where a BOM picks the encoding and malformed
//!   input is U+FFFD, and the `without_replacement` form, where it is `None`);
//! - docx-rs's quick-xml (tests and benchmarks only) looks an XML
//!   declaration's label up ([`Encoding::for_label`]) and decodes a stream
//!   chunk by chunk ([`Decoder`]).
//!
//! The root `Cargo.toml` patches crates.io's encoding_rs with this crate,
//! because the real one links every legacy decoder and its CJK tables (about
//! 125 KB of the extraction worker's gzip) wherever any decoder is used
//! (issue #16). A dependency that needs more of encoding_rs fails to compile
//! against it; a label of another encoding is unknown (`None`).

use std::borrow::Cow;

/// A character encoding this crate decodes.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Encoding {
    name: &'static str,
    form: Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Form {
    Utf8,
    Utf16Be,
    Utf16Le,
}

/// UTF-8.
pub static UTF_8: &Encoding = &Encoding { name: "UTF-8", form: Form::Utf8 };
/// UTF-16, big-endian.
pub static UTF_16BE: &Encoding = &Encoding { name: "UTF-16BE", form: Form::Utf16Be };
/// UTF-16, little-endian.
pub static UTF_16LE: &Encoding = &Encoding { name: "UTF-16LE", form: Form::Utf16Le };

impl Encoding {
    /// The encoding a label names (the WHATWG Encoding Standard's labels of
    /// UTF-8, UTF-16LE and UTF-16BE), ASCII case and surrounding whitespace
    /// ignored; `None` for any other.
    pub fn for_label(label: &[u8]) -> Option<&'static Encoding> {
        let label = label.trim_ascii().to_ascii_lowercase();
        match label.as_slice() {
            b"unicode-1-1-utf-8" | b"unicode11utf8" | b"unicode20utf8" | b"utf-8" | b"utf8"
            | b"x-unicode20utf8" => Some(UTF_8),
            b"unicodefffe" | b"utf-16be" => Some(UTF_16BE),
            b"csunicode" | b"iso-10646-ucs-2" | b"ucs-2" | b"unicode" | b"unicodefeff" | b"utf-16"
            | b"utf-16le" => Some(UTF_16LE),
            _ => None,
        }
    }

    /// The encoding's name, as encoding_rs spells it.
    pub fn name(&'static self) -> &'static str {
        self.name
    }

    /// Decodes `bytes`, a BOM (UTF-8, UTF-16LE or UTF-16BE) overriding
    /// `self` and removed; malformed sequences become U+FFFD. Returns the
    /// text, the encoding used and whether there were malformed sequences.
    pub fn decode<'a>(&'static self, bytes: &'a [u8]) -> (Cow<'a, str>, &'static Encoding, bool) {
        let (encoding, rest) = match bytes {
            [0xEF, 0xBB, 0xBF, rest @ ..] => (UTF_8, rest),
            [0xFF, 0xFE, rest @ ..] => (UTF_16LE, rest),
            [0xFE, 0xFF, rest @ ..] => (UTF_16BE, rest),
            _ => (self, bytes),
        };
        let (text, malformed) = encoding.decode_without_bom_handling(rest);
        (text, encoding, malformed)
    }

    /// Decodes `bytes` as `self`, a BOM being text; malformed sequences
    /// become U+FFFD. Returns the text and whether there were any.
    pub fn decode_without_bom_handling<'a>(&'static self, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
        match self.form {
            Form::Utf8 => match String::from_utf8_lossy(bytes) {
                Cow::Borrowed(text) => (Cow::Borrowed(text), false),
                Cow::Owned(text) => (Cow::Owned(text), true),
            },
            Form::Utf16Be | Form::Utf16Le => {
                let mut malformed = bytes.len() % 2 == 1;
                let mut text: String = char::decode_utf16(self.units(bytes))
                    .map(|unit| {
                        unit.unwrap_or_else(|_| {
                            malformed = true;
                            char::REPLACEMENT_CHARACTER
                        })
                    })
                    .collect();
                if bytes.len() % 2 == 1 {
                    text.push(char::REPLACEMENT_CHARACTER);
                }
                (Cow::Owned(text), malformed)
            }
        }
    }

    /// Decodes `bytes` as `self`, a BOM being text; `None` when they are
    /// malformed.
    pub fn decode_without_bom_handling_and_without_replacement<'a>(
        &'static self,
        bytes: &'a [u8],
    ) -> Option<Cow<'a, str>> {
        match self.form {
            Form::Utf8 => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
            Form::Utf16Be | Form::Utf16Le => {
                if bytes.len() % 2 == 1 {
                    return None;
                }
                char::decode_utf16(self.units(bytes)).collect::<Result<String, _>>().ok().map(Cow::Owned)
            }
        }
    }

    /// A decoder of a stream in this encoding, a BOM being text.
    pub fn new_decoder_without_bom_handling(&'static self) -> Decoder {
        Decoder { encoding: self, pending: Vec::new() }
    }

    /// The UTF-16 code units of `bytes`, an odd last byte left out.
    fn units<'a>(&'static self, bytes: &'a [u8]) -> impl Iterator<Item = u16> + 'a {
        let big_endian = self.form == Form::Utf16Be;
        bytes.chunks_exact(2).map(move |pair| unit(big_endian, pair[0], pair[1]))
    }
}

fn unit(big_endian: bool, first: u8, second: u8) -> u16 {
    if big_endian { u16::from_be_bytes([first, second]) } else { u16::from_le_bytes([first, second]) }
}

/// How a [`Decoder`] call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecoderResult {
    /// All the input was read (an incomplete last character is kept for the
    /// next call).
    InputEmpty,
    /// The output buffer is full; call again with the rest of the input.
    OutputFull,
    /// A malformed sequence: its length and how many bytes after it were read.
    Malformed(u8, u8),
}

/// Decodes a stream given in chunks, keeping a character cut between two
/// chunks until the next one.
#[derive(Debug, Clone)]
pub struct Decoder {
    encoding: &'static Encoding,
    /// The start of a character the last chunk ended in (at most 3 bytes).
    pending: Vec<u8>,
}

/// One character read from the pending bytes and the input.
enum Step {
    /// A character, and how many bytes of the input it took.
    Char(char, usize),
    /// The input ends inside a character.
    Incomplete,
    /// A malformed sequence of this length, and the input bytes it took.
    Malformed(u8, usize),
}

impl Decoder {
    /// The encoding decoded.
    pub fn encoding(&self) -> &'static Encoding {
        self.encoding
    }

    /// The most UTF-8 bytes decoding `byte_length` more input bytes can write.
    pub fn max_utf8_buffer_length_without_replacement(&self, byte_length: usize) -> Option<usize> {
        let total = byte_length.checked_add(self.pending.len())?;
        match self.encoding.form {
            Form::Utf8 => total.checked_add(4),
            // Two bytes make at most three of UTF-8; a pair of four, four.
            Form::Utf16Be | Form::Utf16Le => (total / 2).checked_mul(3)?.checked_add(4),
        }
    }

    /// Decodes `src` into `dst` as UTF-8, stopping at a malformed sequence or
    /// when `dst` is full. `last` says no input follows. Returns how it
    /// ended, the input bytes read and the output bytes written.
    pub fn decode_to_utf8_without_replacement(
        &mut self,
        src: &[u8],
        dst: &mut [u8],
        last: bool,
    ) -> (DecoderResult, usize, usize) {
        let (mut read, mut written) = (0, 0);
        loop {
            // Whole valid UTF-8 at once while nothing is pending.
            if self.encoding.form == Form::Utf8 && self.pending.is_empty() {
                let rest = &src[read..];
                let valid = match std::str::from_utf8(rest) {
                    Ok(text) => text,
                    Err(error) => std::str::from_utf8(&rest[..error.valid_up_to()]).unwrap_or_default(),
                };
                let room = dst.len() - written;
                let mut take = valid.len().min(room);
                while !valid.is_char_boundary(take) {
                    take -= 1;
                }
                dst[written..written + take].copy_from_slice(&valid.as_bytes()[..take]);
                (read, written) = (read + take, written + take);
                if take < valid.len() {
                    return (DecoderResult::OutputFull, read, written);
                }
            }
            if read == src.len() && self.pending.is_empty() {
                return (DecoderResult::InputEmpty, read, written);
            }
            match self.next_char(&src[read..]) {
                Step::Char(c, taken) => {
                    if written + c.len_utf8() > dst.len() {
                        return (DecoderResult::OutputFull, read, written);
                    }
                    written += c.encode_utf8(&mut dst[written..]).len();
                    read += taken;
                    self.pending.clear();
                }
                Step::Incomplete => {
                    self.pending.extend_from_slice(&src[read..]);
                    read = src.len();
                    if last {
                        let length = u8::try_from(self.pending.len()).unwrap_or(u8::MAX);
                        self.pending.clear();
                        return (DecoderResult::Malformed(length, 0), read, written);
                    }
                    return (DecoderResult::InputEmpty, read, written);
                }
                Step::Malformed(length, taken) => {
                    read += taken;
                    self.pending.clear();
                    return (DecoderResult::Malformed(length, 0), read, written);
                }
            }
        }
    }

    /// [`Self::decode_to_utf8_without_replacement`] into the spare capacity
    /// of `dst` (it does not grow). Returns how it ended and the input bytes read.
    pub fn decode_to_string_without_replacement(
        &mut self,
        src: &[u8],
        dst: &mut String,
        last: bool,
    ) -> (DecoderResult, usize) {
        let mut buffer = vec![0; dst.capacity() - dst.len()];
        let (result, read, written) = self.decode_to_utf8_without_replacement(src, &mut buffer, last);
        // The decoder writes whole characters only.
        dst.push_str(std::str::from_utf8(&buffer[..written]).unwrap_or_default());
        (result, read)
    }

    /// The next character of the pending bytes followed by `src`.
    fn next_char(&self, src: &[u8]) -> Step {
        let pending = self.pending.len();
        let mut bytes = self.pending.clone();
        bytes.extend(src.iter().take(4 - pending.min(4)));
        let taken = |used: usize| used.saturating_sub(pending);
        match self.encoding.form {
            Form::Utf8 => {
                let Some(&lead) = bytes.first() else { return Step::Incomplete };
                let length = match lead {
                    0x00..=0x7F => 1,
                    0xC2..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xF4 => 4,
                    _ => return Step::Malformed(1, taken(1)),
                };
                // The longest valid start of the sequence.
                let mut valid = 1;
                while valid < length.min(bytes.len()) && is_valid_prefix(&bytes[..=valid]) {
                    valid += 1;
                }
                match std::str::from_utf8(&bytes[..valid]) {
                    Ok(text) if valid == length => match text.chars().next() {
                        Some(c) => Step::Char(c, taken(length)),
                        None => Step::Malformed(1, taken(1)),
                    },
                    _ if valid == bytes.len() && valid < length => Step::Incomplete,
                    _ => Step::Malformed(u8::try_from(valid).unwrap_or(1), taken(valid)),
                }
            }
            Form::Utf16Be | Form::Utf16Le => {
                let big_endian = self.encoding.form == Form::Utf16Be;
                let [a, b, rest @ ..] = bytes.as_slice() else { return Step::Incomplete };
                let first = unit(big_endian, *a, *b);
                match first {
                    0xD800..=0xDBFF => {
                        let [c, d, ..] = rest else { return Step::Incomplete };
                        let second = unit(big_endian, *c, *d);
                        match char::decode_utf16([first, second]).next() {
                            Some(Ok(c)) => Step::Char(c, taken(4)),
                            _ => Step::Malformed(2, taken(2)),
                        }
                    }
                    0xDC00..=0xDFFF => Step::Malformed(2, taken(2)),
                    _ => char::from_u32(u32::from(first))
                        .map_or(Step::Malformed(2, taken(2)), |c| Step::Char(c, taken(2))),
                }
            }
        }
    }
}

/// Whether `bytes` can begin a valid UTF-8 sequence that is not complete yet.
fn is_valid_prefix(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(error) => error.valid_up_to() == 0 && error.error_len().is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_decodes_both_byte_orders_and_surrogate_pairs() {
        // "Aé𝄞" : a BMP letter, an accented one and a character beyond the BMP.
        let be = [0x00, 0x41, 0x00, 0xE9, 0xD8, 0x34, 0xDD, 0x1E];
        let le = [0x41, 0x00, 0xE9, 0x00, 0x34, 0xD8, 0x1E, 0xDD];
        assert_eq!(UTF_16BE.decode_without_bom_handling_and_without_replacement(&be).as_deref(), Some("Aé𝄞"));
        assert_eq!(UTF_16LE.decode_without_bom_handling(&le), (Cow::Borrowed("Aé𝄞"), false));
    }

    #[test]
    fn malformed_utf16_is_none_without_replacement_and_u_fffd_with_it() {
        let lone_surrogate = [0xD8, 0x34, 0x00, 0x41];
        assert_eq!(UTF_16BE.decode_without_bom_handling_and_without_replacement(&lone_surrogate), None);
        assert_eq!(UTF_16BE.decode_without_bom_handling(&lone_surrogate), (Cow::Borrowed("\u{FFFD}A"), true));
        let odd = [0x00, 0x41, 0x00];
        assert_eq!(UTF_16BE.decode_without_bom_handling_and_without_replacement(&odd), None);
        assert_eq!(UTF_16BE.decode_without_bom_handling(&odd), (Cow::Borrowed("A\u{FFFD}"), true));
    }

    #[test]
    fn decode_lets_a_bom_pick_the_encoding_and_removes_it() {
        let (text, encoding, malformed) = UTF_16BE.decode(&[0xFF, 0xFE, 0x41, 0x00]);
        assert_eq!((text.as_ref(), encoding.name(), malformed), ("A", "UTF-16LE", false));
        let (text, encoding, _) = UTF_16BE.decode(&[0xEF, 0xBB, 0xBF, b'h', b'i']);
        assert_eq!((text.as_ref(), encoding.name()), ("hi", "UTF-8"));
        let (text, encoding, _) = UTF_16BE.decode(&[0xFE, 0xFF, 0x00, 0x42]);
        assert_eq!((text.as_ref(), encoding.name()), ("B", "UTF-16BE"));
        let (text, encoding, _) = UTF_16BE.decode(&[0x00, 0x43]);
        assert_eq!((text.as_ref(), encoding.name()), ("C", "UTF-16BE"));
    }

    #[test]
    fn labels_name_utf8_and_utf16_only() {
        assert_eq!(Encoding::for_label(b" UTF-8 "), Some(UTF_8));
        assert_eq!(Encoding::for_label(b"utf-16"), Some(UTF_16LE));
        assert_eq!(Encoding::for_label(b"UTF-16BE"), Some(UTF_16BE));
        assert_eq!(Encoding::for_label(b"windows-1252"), None);
    }

    /// Decodes `bytes` in chunks of `chunk` bytes into an output buffer of
    /// `room` bytes, as quick-xml does: the text, or the first malformation.
    fn streamed(encoding: &'static Encoding, bytes: &[u8], chunk: usize, room: usize) -> Result<String, ()> {
        let mut decoder = encoding.new_decoder_without_bom_handling();
        let mut out = String::new();
        let chunks: Vec<&[u8]> = bytes.chunks(chunk).collect();
        for (index, mut input) in chunks.iter().copied().enumerate() {
            let last = index + 1 == chunks.len();
            loop {
                let mut buffer = vec![0; room];
                let (result, read, written) =
                    decoder.decode_to_utf8_without_replacement(input, &mut buffer, last);
                out.push_str(std::str::from_utf8(&buffer[..written]).unwrap());
                input = &input[read..];
                match result {
                    DecoderResult::InputEmpty => break,
                    DecoderResult::OutputFull => continue,
                    DecoderResult::Malformed(..) => return Err(()),
                }
            }
        }
        Ok(out)
    }

    #[test]
    fn a_stream_cut_anywhere_decodes_whole_characters() {
        let text = "Zoë: naïve 𝄞 résumé, 简历";
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for chunk in 1..=7 {
            for room in [4, 5, 64] {
                assert_eq!(
                    streamed(UTF_8, text.as_bytes(), chunk, room).as_deref(),
                    Ok(text),
                    "{chunk} {room}"
                );
                assert_eq!(streamed(UTF_16BE, &be, chunk, room).as_deref(), Ok(text), "{chunk} {room}");
                assert_eq!(streamed(UTF_16LE, &le, chunk, room).as_deref(), Ok(text), "{chunk} {room}");
            }
        }
    }

    #[test]
    fn a_malformed_or_unfinished_stream_is_malformed() {
        assert_eq!(streamed(UTF_8, b"ok \xFF then", 3, 16), Err(()));
        assert_eq!(streamed(UTF_8, b"cut \xE7\xAE", 2, 16), Err(()));
        assert_eq!(streamed(UTF_16BE, &[0x00, 0x41, 0xDC, 0x00], 1, 16), Err(()));
        assert_eq!(streamed(UTF_16BE, &[0x00, 0x41, 0xD8, 0x34], 3, 16), Err(()));
        let mut decoder = UTF_8.new_decoder_without_bom_handling();
        let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(5).unwrap());
        assert_eq!(
            decoder.decode_to_string_without_replacement(b"h\xC3\xA9llo", &mut out, true).0,
            DecoderResult::InputEmpty
        );
        assert_eq!(out, "héllo");
    }
}
