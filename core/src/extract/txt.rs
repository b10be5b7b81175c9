//! Plain text: UTF-8 (with or without a BOM), UTF-16 with a BOM, else
//! Windows-1252, the encoding of most old Windows text files. Decoded here
//! rather than by encoding_rs, whose legacy tables the worker does without
//! (issue #16).

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16BE_BOM: &[u8] = &[0xFE, 0xFF];

/// Decodes a text file.
pub fn read(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(UTF16LE_BOM) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16BE_BOM) {
        return utf16(rest, u16::from_be_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&byte| windows_1252(byte)).collect(),
    }
}

/// UTF-16 in the byte order `unit` reads; an unpaired surrogate or an odd
/// last byte is U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let mut text: String = char::decode_utf16(bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]])))
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F, as the WHATWG
/// Encoding Standard maps them (the five unassigned bytes are C1 controls);
/// every other byte is the code point of its value.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Whether the bytes are text rather than a binary format: a BOM, or no NUL
/// and few control characters besides whitespace.
pub fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(UTF8_BOM) || bytes.starts_with(UTF16LE_BOM) || bytes.starts_with(UTF16BE_BOM) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return false;
    }
    let controls =
        sample.iter().filter(|&&byte| byte < 0x20 && !matches!(byte, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if controls * 100 > sample.len() {
        return false;
    }
    // Valid UTF-8 is text; otherwise Windows-1252 decodes anything, so ask
    // that most bytes be printable ASCII.
    if std::str::from_utf8(sample).is_ok() || std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let ascii = sample.iter().filter(|&&byte| byte.is_ascii()).count();
    ascii * 10 >= sample.len() * 7
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn utf16_with_a_bom_and_windows_1252_without_one_decode() {
        assert_eq!(read(&[0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00]), "Aé");
        assert_eq!(read(&[0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00]), "A\u{FFFD}");
        assert_eq!(
            read(b"\x93Caf\xe9\x94 \x96 5\x80 \x81"),
            "\u{201C}Café\u{201D} \u{2013} 5\u{20AC} \u{81}"
        );
    }
}
