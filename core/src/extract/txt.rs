//! Plain text: UTF-8 (with or without a BOM), UTF-16 with a BOM, else
//! Windows-1252, the encoding of most old Windows text files.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16BE_BOM: &[u8] = &[0xFE, 0xFF];

/// Decodes a text file.
pub fn read(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(UTF16LE_BOM) {
        return UTF_16LE.decode_without_bom_handling(rest).0.into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(UTF16BE_BOM) {
        return UTF_16BE.decode_without_bom_handling(rest).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
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
