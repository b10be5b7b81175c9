//! Emails: `local@domain.tld` (its top-level domain finished on the next
//! line when the layout broke it there: `…@gmail.co` / `m`, or after a space
//! or a break behind its dot: `…@gmail. com`), and addresses
//! spelled out to dodge harvesters (`jane[at]example[dot]com`). A phone
//! glued before the address (`(819)555-0147jane@…`) is left to the phones.

use super::tables::{SPELLED_AT, SPELLED_DOT, TLDS};
use super::{PiiKind, Span};

pub(super) fn emails(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let is_local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let is_domain = |b: u8| b.is_ascii_alphanumeric() || b".-".contains(&b);
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        let mut start = at;
        while start > 0 && is_local(bytes[start - 1]) {
            start -= 1;
        }
        while start < at && bytes[start] == b'.' {
            start += 1;
        }
        // "(819)555-0147jane.roe@…": a phone the layout glued before the
        // address; its digits are the phone's, not the address's.
        let run = text[start..at].bytes().take_while(|b| b.is_ascii_digit() || *b == b'-').count();
        let glued_digits = text[start..start + run].bytes().filter(u8::is_ascii_digit).count();
        if glued_digits >= 7
            && text[start..start + run].contains('-')
            && bytes.get(start + run).is_some_and(u8::is_ascii_alphabetic)
        {
            start += run;
        }
        let mut end = at + 1;
        while end < bytes.len() && is_domain(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && b".-".contains(&bytes[end - 1]) {
            end -= 1;
        }
        if !text[at + 1..end].contains('.') {
            end += split_tld(text, end);
        }
        let domain = &text[at + 1..end];
        let tld = domain.rsplit('.').next().unwrap_or_default().trim_start();
        let domain_ok = domain.contains('.');
        if start < at && domain_ok && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()) {
            out.push(Span { start, end: end + broken_tld(text, end, tld), kind: PiiKind::Email });
        }
    }
    out
}

/// A top-level domain after a space or a line break the layout put after
/// the dot: "…@gmail." + "com", "…@gmail. com". Its length with the dot, or 0.
fn split_tld(text: &str, end: usize) -> usize {
    let Some(rest) = text[end..].strip_prefix('.') else { return 0 };
    let Some(after) = rest.strip_prefix([' ', '\n']) else { return 0 };
    let tld_len = after.bytes().take_while(u8::is_ascii_lowercase).count();
    let tld = &after[..tld_len];
    let ends = after[tld_len..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '@');
    if tld_len >= 2 && ends && TLDS.contains(&tld) { 2 + tld_len } else { 0 }
}

/// The rest of a top-level domain the layout broke onto the next line,
/// alone there: "…@gmail.co" + "m". Its length with the line break, or 0.
fn broken_tld(text: &str, end: usize, tld: &str) -> usize {
    const WHOLE: &[&str] = &["com", "edu", "info", "net", "org"];
    let Some(next) = text[end..].strip_prefix('\n') else { return 0 };
    let piece = next.split('\n').next().unwrap_or_default().trim_end();
    let joined = format!("{tld}{piece}");
    if !piece.is_empty() && piece.bytes().all(|b| b.is_ascii_lowercase()) && WHOLE.contains(&joined.as_str())
    {
        1 + piece.len()
    } else {
        0
    }
}

pub(super) fn spelled_out_emails(text: &str) -> Vec<Span> {
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b"_%+-".contains(&b);
    // The length of a spelled separator at `at`, spaces around it included.
    let separator = |at: usize, spellings: &[&str]| -> Option<usize> {
        let rest = &lower[at..];
        let trimmed = rest.trim_start_matches(' ');
        let spaces = rest.len() - trimmed.len();
        let found = spellings.iter().find(|s| trimmed.starts_with(**s))?;
        let after = &trimmed[found.len()..];
        Some(spaces + found.len() + (after.len() - after.trim_start_matches(' ').len()))
    };
    let mut out = Vec::new();
    for spelled in SPELLED_AT {
        for (at, _) in lower.match_indices(spelled) {
            // The local part: word characters and dots, right before (spaces allowed).
            let mut start = lower[..at].trim_end_matches(' ').len();
            let local_end = start;
            loop {
                while start > 0 && (is_word(bytes[start - 1]) || bytes[start - 1] == b'.') {
                    start -= 1;
                }
                // A dot spelled out in the local part too: "jane[.]doe[at]…".
                let spelled_dot = SPELLED_DOT
                    .iter()
                    .filter(|dot| dot.len() > 1 && lower[..start].ends_with(**dot))
                    .map(|dot| dot.len())
                    .next();
                match spelled_dot {
                    Some(len) if start > len && is_word(bytes[start - len - 1]) => start -= len,
                    _ => break,
                }
            }
            if start == local_end {
                continue;
            }
            // The domain: labels joined by spelled or plain dots.
            let mut end = at + spelled.len();
            end += lower[end..].len() - lower[end..].trim_start_matches(' ').len();
            let mut labels = Vec::new();
            loop {
                let label_start = end;
                while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'-') {
                    end += 1;
                }
                if end == label_start {
                    break;
                }
                labels.push(&text[label_start..end]);
                match separator(end, SPELLED_DOT) {
                    Some(len) if lower[end + len..].starts_with(|c: char| c.is_ascii_alphanumeric()) => {
                        end += len;
                    }
                    _ => break,
                }
            }
            let tld = labels.last().copied().unwrap_or_default();
            // A known top-level domain or a country's two letters: words
            // joined by "dot" are rarely an address otherwise.
            let tld = tld.to_ascii_lowercase();
            let tld_like = TLDS.contains(&tld.as_str())
                || (tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
            if labels.len() >= 2 && tld_like {
                out.push(Span { start, end, kind: PiiKind::Email });
            }
        }
    }
    out
}
