//! What a CV lists under icons in its contact block, with no label (issue
//! #18), read from its neighbours once the other scanners have run:
//!
//! - on a line that holds an email or a link, a lone lower-case handle or key
//!   between separators ("| matael |", "| 0x9506e10e |") is a profile too,
//!   and so, without separators, is a word of letters and digits ("jdoe84");
//! - next to a line that is all contact data or a protected attribute, a
//!   line that is only a full date ("Feb 28, 1997", "31 octubre de 2004") or
//!   ends with one in words after a place ("Thiene (VI), Italy 18 Ottobre
//!   2001") is a date of birth, and a
//!   line that starts with a house number and names a street ("18E Dien Bien
//!   Phu, HCM,") is an address, with a country alone on the line after it.

use super::address::is_house_number;
use super::tables::{MONTH_NAMES, PROFILE_HOSTS};
use super::{PiiKind, Span};

/// Month names and their short forms, in English.
const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

pub(super) fn contact_block(text: &str, found: &[Span]) -> Vec<Span> {
    let lines: Vec<(usize, usize)> = line_ranges(text);
    // A line all of whose characters, separators aside, lie in spans of these kinds.
    let covered = |(start, end): (usize, usize), kinds: &[PiiKind]| {
        !text[start..end].trim().is_empty()
            && text[start..end].char_indices().all(|(i, c)| {
                c.is_whitespace()
                    || "|·•,;/".contains(c)
                    || found
                        .iter()
                        .any(|s| kinds.contains(&s.kind) && s.start <= start + i && start + i < s.end)
            })
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
        } else if has_link {
            keyed_handles(text, start, end, found, &mut out);
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
        } else if let Some(from) = trailing_full_date(body) {
            out.push(Span { start: at + from, end: at + body.len(), kind: PiiKind::DateOfBirth });
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

/// On a contact line without separators, a word of letters and digits
/// together, as handles are ("jdoe84", "Jane-07"), that no scanner took.
fn keyed_handles(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    let mut at = start;
    for word in text[start..end].split(' ') {
        let from = at;
        at += word.len() + 1;
        let is_handle = (5..=40).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-".contains(&b))
            && word.bytes().any(|b| b.is_ascii_alphabetic())
            && word.bytes().any(|b| b.is_ascii_digit())
            && word.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
        let free = !found.iter().any(|s| s.start < from + word.len() && from < s.end);
        if is_handle && free {
            out.push(Span { start: from, end: from + word.len(), kind: PiiKind::Url });
        }
    }
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

/// Where a date in words with its day ends a line after a place: "Thiene
/// (VI), Italy 18 Ottobre 2001" → the offset of "18".
fn trailing_full_date(body: &str) -> Option<usize> {
    let starts: Vec<usize> = body
        .char_indices()
        .filter(|&(i, c)| i > 0 && c.is_alphanumeric() && body[..i].ends_with(' '))
        .map(|(i, _)| i)
        .collect();
    let tail_words = |from: usize| body[from..].split_whitespace().count();
    starts.into_iter().filter(|&from| (3..=5).contains(&tail_words(from))).find(|&from| {
        let tail = &body[from..];
        is_full_date(tail)
            && tail.split_whitespace().any(|w| !w.bytes().all(|b| b.is_ascii_digit() || b == b','))
    })
}

/// "Feb 28, 1997", "28 February 1997", "31 octubre de 2004", "May 15th
/// 1995", "28.02.1997", "1997-02-28".
fn is_full_date(body: &str) -> bool {
    let year = |w: &str| {
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // "15th", "1er", "1º": a day with its ordinal.
    let day = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = w[digits..].to_lowercase();
        day(&w[..digits]) && ["", "st", "nd", "rd", "th", "er", "º", "°"].contains(&suffix.as_str())
    };
    // "31 de octubre de 2004", "18 di ottobre 2001": the connectors go.
    let words: Vec<&str> = body
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !["de", "del", "di", "of"].contains(&w.to_lowercase().as_str()))
        .collect();
    match words.as_slice() {
        [a, b, c] => {
            let month = |w: &str| {
                let lower = w.to_lowercase();
                (lower.len() >= 3 && lower.is_ascii() && MONTHS.iter().any(|m| lower.starts_with(m)))
                    || MONTH_NAMES.contains(&lower.as_str())
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
