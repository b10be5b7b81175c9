//! What a CV lists under icons in its contact block, with no label (issue
//! #18), read from its neighbours once the other scanners have run:
//!
//! - on a line that holds an email or a link, a lone lower-case handle or key
//!   between separators ("| matael |", "| 0x9506e10e |") is a profile too;
//! - next to a line that is all contact data or a protected attribute, a
//!   line that is only a full date ("Feb 28, 1997") is a date of birth, and a
//!   line that starts with a house number and names a street ("18E Dien Bien
//!   Phu, HCM,") is an address, with a country alone on the line after it.

use super::address::is_house_number;
use super::tables::PROFILE_HOSTS;
use super::{PiiKind, Span};

/// Month names and their short forms, in English.
const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

pub(super) fn contact_block(text: &str, found: &[Span]) -> Vec<Span> {
    let lines: Vec<(usize, usize)> = line_ranges(text);
    let covered = |(start, end): (usize, usize), kinds: &[PiiKind]| {
        let body = text[start..end].trim();
        let at = start + text[start..end].find(body).unwrap_or(0);
        !body.is_empty()
            && found.iter().any(|s| kinds.contains(&s.kind) && s.start <= at && at + body.len() <= s.end)
    };
    let contact = [PiiKind::Email, PiiKind::Phone, PiiKind::Url, PiiKind::Personal];
    let mut out = Vec::new();
    for (index, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        let has_link = found
            .iter()
            .any(|s| matches!(s.kind, PiiKind::Email | PiiKind::Url) && start <= s.start && s.end <= end);
        if has_link && line.contains('|') {
            handles(text, start, end, found, &mut out);
        }
        let before = index.checked_sub(1).map(|i| lines[i]);
        let after = lines.get(index + 1).copied();
        let beside_contact = before.into_iter().chain(after).any(|range| covered(range, &contact));
        if !beside_contact || covered((start, end), &contact) {
            continue;
        }
        let body = line.trim();
        let at = start + line.find(body).unwrap_or(0);
        if is_full_date(body) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::DateOfBirth });
        } else if is_street_line(body) {
            let mut end = at + body.len();
            // "…, HCM," then "Vietnam" alone.
            if body.ends_with(',')
                && let Some((next_start, next_end)) = after
                && is_place(text[next_start..next_end].trim())
            {
                end = next_start + text[next_start..next_end].trim_end().len();
            }
            out.push(Span { start: at, end, kind: PiiKind::Address });
        }
    }
    out
}

fn line_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, text.len()));
    out
}

/// Lone handles between the separators of a contact line.
fn handles(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    let mut seg_start = start;
    for (i, c) in text[start..end].char_indices().map(|(i, c)| (start + i, c)).chain([(end, '|')]) {
        if c != '|' {
            continue;
        }
        let segment = &text[seg_start..i];
        let body = segment.trim();
        let at = seg_start + segment.find(body).unwrap_or(0);
        let lower = body.trim_start_matches('@');
        let is_handle = lower.len() >= 4
            && lower.len() <= 40
            && lower.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b))
            && lower.bytes().any(|b| b.is_ascii_lowercase())
            // A site's name standing for its icon ("github") is no handle.
            && !PROFILE_HOSTS.iter().any(|host| host.split('.').next() == Some(lower));
        let is_key =
            body.len() >= 8 && body.starts_with("0x") && body[2..].bytes().all(|b| b.is_ascii_hexdigit());
        let free = !found.iter().any(|s| s.start < at + body.len() && at < s.end);
        if (is_handle || is_key) && free {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Url });
        }
        seg_start = i + 1;
    }
}

/// "Feb 28, 1997", "28 February 1997", "28.02.1997", "1997-02-28".
fn is_full_date(body: &str) -> bool {
    let year = |w: &str| {
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let words: Vec<&str> = body.split_whitespace().map(|w| w.trim_end_matches([',', '.'])).collect();
    match words.as_slice() {
        [a, b, c] => {
            let month = |w: &str| {
                let lower = w.to_ascii_lowercase();
                lower.len() >= 3 && MONTHS.iter().any(|m| lower.starts_with(m))
            };
            year(c) && ((month(a) && day(b)) || (day(a) && month(b)))
        }
        [one] => {
            let parts: Vec<&str> = one.split(['.', '/', '-']).collect();
            parts.len() == 3
                && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                && (year(parts[0]) || year(parts[2]))
        }
        _ => false,
    }
}

/// A house number, then two to five capitalised words, and a comma.
fn is_street_line(body: &str) -> bool {
    let words: Vec<&str> = body.split_whitespace().collect();
    words.len() >= 3
        && words.len() <= 8
        && is_house_number(words[0])
        && words[0].bytes().next().is_some_and(|b| b.is_ascii_digit())
        && words[1..].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && body.contains(',')
}

/// One or two capitalised words alone: a city or a country.
fn is_place(body: &str) -> bool {
    let words: Vec<&str> = body.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}
