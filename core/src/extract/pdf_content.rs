//! A page's content stream as operations, for the hidden-text walk
//! (`pdf_hidden`), which reads every page again after pdf-extract has
//! (issue #16: lopdf's decoder, a parser-combinator grammar, was a fifth of
//! the time of a long PDF natively and in the page's worker).
//!
//! [`decode`] reads the operations every producer writes (numbers, names,
//! strings, arrays and dictionaries of those, operators, spaces) with one
//! byte at a time and lopdf's own grammar, so the operations are the ones
//! `lopdf::content::Content::decode` gives, except that a dictionary operand
//! (a marked-content property list, which the walk never reads) stands as
//! `null`. Anything else — a comment, an inline image, a reference, a
//! boolean, a `#` in a name, a byte lopdf stops at — hands the whole stream
//! to lopdf, whose reading then counts, as before.

use lopdf::content::{Content, Operation};
use lopdf::{Object, StringFormat};

/// Deeper arrays, dictionaries or parentheses in a string are left to lopdf.
const MAX_DEPTH: usize = 32;

/// The operations of a content stream, as lopdf reads them (a dictionary
/// operand as `null`); `None` where lopdf does not read it either.
pub fn decode(data: &[u8]) -> Option<Vec<Operation>> {
    let lexer = Lexer { data, at: 0 };
    lexer.operations().or_else(|| Content::decode(data).ok().map(|content| content.operations))
}

struct Lexer<'a> {
    data: &'a [u8],
    at: usize,
}

/// lopdf's whitespace between operations and operands.
fn is_content_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// lopdf's whitespace inside strings, arrays and dictionaries.
fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

fn is_delimiter(byte: u8) -> bool {
    b"()<>[]{}/%".contains(&byte)
}

fn is_operator(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || matches!(byte, b'*' | b'\'' | b'"')
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.at).copied()
    }

    /// Skips what lopdf's `content_space` skips.
    fn content_space(&mut self) {
        while self.peek().is_some_and(is_content_space) {
            self.at += 1;
        }
    }

    /// Skips whitespace inside an array or dictionary; `None` at a comment
    /// (lopdf skips those there, but this reader leaves them to it).
    fn space(&mut self) -> Option<()> {
        while let Some(byte) = self.peek() {
            match byte {
                b'%' => return None,
                byte if is_whitespace(byte) => self.at += 1,
                _ => break,
            }
        }
        Some(())
    }

    /// Every operation, or `None` for a stream this reader leaves to lopdf.
    fn operations(mut self) -> Option<Vec<Operation>> {
        let mut operations = Vec::new();
        let mut operands = Vec::new();
        self.content_space();
        while let Some(byte) = self.peek() {
            if is_operator(byte) {
                let start = self.at;
                while self.peek().is_some_and(is_operator) {
                    self.at += 1;
                }
                let operator = &self.data[start..self.at];
                // lopdf reads these words as operands, and `BI` as an inline image.
                if [b"true".as_slice(), b"false", b"null", b"BI"]
                    .iter()
                    .any(|word| operator.starts_with(word))
                {
                    return None;
                }
                let operator = std::str::from_utf8(operator).ok()?.to_owned();
                operations.push(Operation { operator, operands: std::mem::take(&mut operands) });
            } else {
                operands.push(self.object(0)?);
            }
            self.content_space();
        }
        // Operands with no operator after them end lopdf's reading too.
        Some(operations)
    }

    /// One operand, or one element of an array or dictionary.
    fn object(&mut self, depth: usize) -> Option<Object> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number(),
            b'/' => self.name().map(Object::Name),
            b'(' => self.literal_string(),
            b'<' if self.data.get(self.at + 1) == Some(&b'<') => self.dictionary(depth),
            b'<' => self.hexadecimal_string(),
            b'[' => self.array(depth),
            // A reference, a boolean, null (in an array), a byte lopdf stops at.
            _ => None,
        }
    }

    /// lopdf's `real` (`[+-]? (digits '.' digits? | '.' digits)`, an f32),
    /// else its `integer` (`[+-]? digits`, an i64).
    fn number(&mut self) -> Option<Object> {
        let start = self.at;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.at += 1;
        }
        let digits = self.digits();
        let real = if self.peek() == Some(b'.') {
            let after = self.data.get(self.at + 1).is_some_and(u8::is_ascii_digit);
            if digits > 0 || after {
                self.at += 1;
                self.digits();
                true
            } else {
                false
            }
        } else {
            false
        };
        if !real && digits == 0 {
            return None;
        }
        let text = std::str::from_utf8(&self.data[start..self.at]).ok()?;
        if real {
            text.parse::<f32>().ok().map(Object::Real)
        } else {
            text.parse::<i64>().ok().map(Object::Integer)
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|byte| byte.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// A name of regular characters; one with a `#` escape is left to lopdf.
    fn name(&mut self) -> Option<Vec<u8>> {
        self.at += 1;
        let start = self.at;
        while let Some(byte) = self.peek() {
            if byte == b'#' {
                return None;
            }
            if is_whitespace(byte) || is_delimiter(byte) {
                break;
            }
            self.at += 1;
        }
        Some(self.data[start..self.at].to_vec())
    }

    /// A literal string, its escapes read as lopdf reads them.
    fn literal_string(&mut self) -> Option<Object> {
        self.at += 1;
        let mut bytes = Vec::new();
        self.inner_literal_string(&mut bytes, 0)?;
        Some(Object::String(bytes, StringFormat::Literal))
    }

    /// The rest of a string after its `(`, through its `)`.
    fn inner_literal_string(&mut self, out: &mut Vec<u8>, depth: usize) -> Option<()> {
        loop {
            match self.peek()? {
                b')' => {
                    self.at += 1;
                    return Some(());
                }
                b'(' => {
                    if depth >= MAX_DEPTH {
                        return None;
                    }
                    self.at += 1;
                    out.push(b'(');
                    self.inner_literal_string(out, depth + 1)?;
                    out.push(b')');
                }
                b'\\' => {
                    self.at += 1;
                    match self.peek()? {
                        b'0'..=b'7' => {
                            let mut code: u16 = 0;
                            for _ in 0..3 {
                                match self.peek() {
                                    Some(digit @ b'0'..=b'7') => {
                                        code = code * 8 + u16::from(digit - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(code as u8);
                        }
                        b'\r' => {
                            self.at += 1;
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => self.at += 1,
                        escaped => {
                            self.at += 1;
                            out.push(match escaped {
                                b'n' => b'\n',
                                b'r' => b'\r',
                                b't' => b'\t',
                                b'b' => b'\x08',
                                b'f' => b'\x0C',
                                other => other,
                            });
                        }
                    }
                }
                byte => {
                    out.push(byte);
                    self.at += 1;
                }
            }
        }
    }

    /// A hexadecimal string: pairs of hex digits, whitespace between them
    /// skipped, a last lone digit the high half of its byte.
    fn hexadecimal_string(&mut self) -> Option<Object> {
        self.at += 1;
        let mut bytes = Vec::new();
        let mut high = true;
        loop {
            while self.peek().is_some_and(is_whitespace) {
                self.at += 1;
            }
            let byte = self.peek()?;
            if byte == b'>' {
                self.at += 1;
                return Some(Object::String(bytes, StringFormat::Hexadecimal));
            }
            let nibble = char::from(byte).to_digit(16)? as u8;
            if high {
                bytes.push(nibble << 4);
            } else if let Some(last) = bytes.last_mut() {
                *last |= nibble;
            }
            high = !high;
            self.at += 1;
        }
    }

    fn array(&mut self, depth: usize) -> Option<Object> {
        self.at += 1;
        let mut items = Vec::new();
        self.space()?;
        loop {
            if self.peek()? == b']' {
                self.at += 1;
                return Some(Object::Array(items));
            }
            items.push(self.object(depth + 1)?);
            self.space()?;
        }
    }

    /// A dictionary, read through and kept as `null`: the walk reads none.
    fn dictionary(&mut self, depth: usize) -> Option<Object> {
        self.at += 2;
        self.space()?;
        loop {
            match self.peek()? {
                b'>' if self.data.get(self.at + 1) == Some(&b'>') => {
                    self.at += 2;
                    return Some(Object::Null);
                }
                b'/' => {
                    self.name()?;
                    self.space()?;
                    self.object(depth + 1)?;
                    self.space()?;
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use lopdf::content::Content;

    use super::Lexer;

    /// Reads `stream` with this reader, which must not leave it to lopdf,
    /// and with lopdf: the same operations, a dictionary as `null`.
    fn check(stream: &str) {
        let ours = Lexer { data: stream.as_bytes(), at: 0 }.operations().expect("read without lopdf");
        let mut lopdf = Content::decode(stream.as_bytes()).expect("lopdf reads it").operations;
        for operation in &mut lopdf {
            for operand in &mut operation.operands {
                if matches!(operand, lopdf::Object::Dictionary(_)) {
                    *operand = lopdf::Object::Null;
                }
            }
        }
        assert_eq!(format!("{ours:?}"), format!("{lopdf:?}"), "{stream}");
    }

    /// Streams this reader hands to lopdf whole.
    fn left_to_lopdf(stream: &str) {
        assert!(Lexer { data: stream.as_bytes(), at: 0 }.operations().is_none(), "{stream}");
    }

    #[test]
    fn reads_what_producers_write_as_lopdf_does() {
        check("q 0.5 0 0 .5 -12.75 +3 cm BT /F1 11 Tf 14 TL 56 780 Td (Hello) Tj T* ET Q");
        check("BT/F2 9.96 Tf[(W)80(ork)-333(e)15(xperience)]TJ 0 -1.2 TD<00410042 4>Tj ET");
        check("1 1 1 rg 0 0 595 842 re f 0.2 g 10 10 m 20 10 l 20 20 l h f* 12. 5 w");
        check("(a\\(b\\)c \\101\\7\\0123 \\n\\r\\t\\b\\f\\\\ \\q (nested (deep)) end\\\nline\r\nnext) Tj");
        check("/P <</MCID 3 /Alt (x) /Nested <</A [1 2]>> /Name /Q>> BDC (x) Tj EMC");
        check("/GS1 gs /Im1 Do [3 2] 0 d 1 0 0 1 0 0 Tm (x) ' 1 2 (y) \" T* 1e5");
        check("12 34 Td 56");
        check("");
    }

    #[test]
    fn leaves_what_it_does_not_read_to_lopdf() {
        left_to_lopdf("% a comment\nq Q");
        left_to_lopdf("BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q");
        left_to_lopdf("/Name#20Two gs");
        left_to_lopdf("[1 0 R] TJ");
        left_to_lopdf("true false null n");
        left_to_lopdf("q } Q");
        left_to_lopdf("99999999999999999999 w");
    }

    #[test]
    fn a_stream_lopdf_stops_in_reads_as_lopdf_read_it() {
        // lopdf reads up to the operation it cannot parse.
        let stream = b"q 1 0 0 1 0 0 cm Q } (lost) Tj";
        let lopdf = Content::decode(stream).expect("lopdf reads the start").operations;
        assert_eq!(format!("{:?}", super::decode(stream)), format!("{:?}", Some(lopdf)));
    }
}
