//! The file type from the bytes. A name can lie (`cv.pdf` that is a Word
//! file, `resume.docx` that is a legacy .doc); the first bytes do not.

use super::FileKind;
use super::bytes::find;

/// What the bytes of a file are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    Pdf,
    Docx,
    Txt,
    /// A PNG or JPEG picture (issue #15): a scan or a photo, read by OCR in the page.
    Image(FileKind),
    /// A password-protected file of a type we read (an encrypted DOCX is an
    /// OLE container holding an `EncryptedPackage` stream).
    Encrypted(FileKind),
    Empty,
    Unsupported,
}

impl Detected {
    /// The file type, when it is one the page reads.
    pub const fn kind(self) -> Option<FileKind> {
        match self {
            Self::Pdf => Some(FileKind::Pdf),
            Self::Docx => Some(FileKind::Docx),
            Self::Txt => Some(FileKind::Txt),
            Self::Image(kind) | Self::Encrypted(kind) => Some(kind),
            Self::Empty | Self::Unsupported => None,
        }
    }
}

/// How far into the file a PDF header may start (readers tolerate leading junk).
const PDF_HEADER_WINDOW: usize = 1024;
const ZIP_LOCAL_HEADER: &[u8] = b"PK\x03\x04";
const OLE_HEADER: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
/// Start of image, then the first marker's 0xFF.
const JPEG_SIGNATURE: &[u8] = &[0xFF, 0xD8, 0xFF];

/// Detects the type of a file from its bytes.
pub fn detect(bytes: &[u8]) -> Detected {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Detected::Empty;
    }
    let head = &bytes[..bytes.len().min(PDF_HEADER_WINDOW)];
    if find(head, b"%PDF-").is_some() {
        return Detected::Pdf;
    }
    if bytes.starts_with(PNG_SIGNATURE) {
        return Detected::Image(FileKind::Png);
    }
    if bytes.starts_with(JPEG_SIGNATURE) {
        return Detected::Image(FileKind::Jpeg);
    }
    if bytes.starts_with(ZIP_LOCAL_HEADER) {
        return if super::docx::is_word_package(bytes) { Detected::Docx } else { Detected::Unsupported };
    }
    if bytes.starts_with(OLE_HEADER) {
        return if find(bytes, &utf16le("EncryptedPackage")).is_some() {
            Detected::Encrypted(FileKind::Docx)
        } else {
            Detected::Unsupported // A legacy .doc, .xls or another OLE file.
        };
    }
    if super::txt::looks_like_text(bytes) { Detected::Txt } else { Detected::Unsupported }
}

fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}
