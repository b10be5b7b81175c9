//! A cross-reference table lopdf cannot parse, rewritten in the form the PDF
//! specification gives (issue #18).
//!
//! Each entry of a classic `xref` table is 20 bytes: ten digits of offset,
//! five of generation, `n` or `f`, and a two-byte end of line (`" \n"`,
//! `" \r"` or `"\r\n"`). Some producers (Figma's PDF export among them)
//! end entries with a lone `"\n"`: pdftotext and browsers read such a file,
//! lopdf refuses it (`InvalidTrailer`) and the CV came out as damaged.
//!
//! The table the last `startxref` points at is rewritten with `"\r\n"` ends;
//! everything before it, every object offset and `startxref` itself, stays
//! where it was, so the table still starts where `startxref` says.

use super::bytes::find;

/// The file with its last cross-reference table rewritten, or `None` when
/// there is no classic table there or it was already well formed.
pub(super) fn repaired(bytes: &[u8]) -> Option<Vec<u8>> {
    let start = xref_start(bytes)?;
    let table = bytes.get(start..)?.strip_prefix(b"xref")?;
    let trailer_at = find(table, b"trailer")?;
    let words: Vec<&[u8]> =
        table[..trailer_at].split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty()).collect();
    let mut out = b"xref\n".to_vec();
    let mut i = 0;
    while i < words.len() {
        let first = number(words[i])?;
        let count = number(words.get(i + 1)?)?;
        out.extend_from_slice(format!("{first} {count}\n").as_bytes());
        i += 2;
        for _ in 0..count {
            let entry = words.get(i..i + 3)?;
            let (offset, generation) = (number(entry[0])?, number(entry[1])?);
            let kind = match entry[2] {
                b"n" => 'n',
                b"f" => 'f',
                _ => return None,
            };
            out.extend_from_slice(format!("{offset:010} {generation:05} {kind}\r\n").as_bytes());
            i += 3;
        }
    }
    let rest = &table[trailer_at..];
    if bytes[start..].len() == out.len() + rest.len() && bytes[start..].starts_with(&out) {
        return None;
    }
    let mut fixed = bytes[..start].to_vec();
    fixed.extend_from_slice(&out);
    fixed.extend_from_slice(rest);
    Some(fixed)
}

/// The offset the last `startxref` gives.
fn xref_start(bytes: &[u8]) -> Option<usize> {
    const KEYWORD: &[u8] = b"startxref";
    let at = bytes.windows(KEYWORD.len()).rposition(|w| w == KEYWORD)?;
    let digits: Vec<u8> = bytes[at + KEYWORD.len()..]
        .iter()
        .copied()
        .skip_while(u8::is_ascii_whitespace)
        .take_while(u8::is_ascii_digit)
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

fn number(word: &[u8]) -> Option<u64> {
    if word.is_empty() || !word.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(word).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file whose table ends its entries with a lone "\n", as Figma writes it.
    fn short_entries(pdf: &[u8]) -> Vec<u8> {
        let start = xref_start(pdf).unwrap();
        let mut out = pdf[..start].to_vec();
        let tail = String::from_utf8_lossy(&pdf[start..]).replace(" \n", "\n").replace("\r\n", "\n");
        out.extend_from_slice(tail.as_bytes());
        out
    }

    #[test]
    fn a_well_formed_table_is_left_alone() {
        let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f\r\n0000000009 00000 n\r\ntrailer\n<< /Size 2 >>\nstartxref\n29\n%%EOF\n";
        assert_eq!(&pdf[29..33], b"xref");
        assert_eq!(repaired(pdf), None);
    }

    #[test]
    fn entries_ended_by_a_lone_newline_get_their_twenty_bytes() {
        let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f\r\n0000000009 00000 n\r\ntrailer\n<< /Size 2 >>\nstartxref\n29\n%%EOF\n";
        let broken = short_entries(pdf);
        assert_ne!(broken, pdf.to_vec());
        assert_eq!(repaired(&broken).unwrap(), pdf.to_vec());
    }

    #[test]
    fn a_table_that_is_not_one_is_not_touched() {
        assert_eq!(repaired(b"%PDF-1.4\nstartxref\n5\n%%EOF"), None);
        assert_eq!(repaired(b"no pdf at all"), None);
    }
}
