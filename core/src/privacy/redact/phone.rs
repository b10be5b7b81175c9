//! Phones: runs of digits in groups that are not years, dates, IP addresses
//! or versions.

use super::tables::PHONE_LABELS;
use super::{PiiKind, Span, next_char, prev_char};

pub(super) fn phones(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let is_part = |b: u8| b.is_ascii_digit() || b" -.()".contains(&b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b == b'+' || b == b'(' || b.is_ascii_digit())
            && !prev_char(text, i).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || c == ',');
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bytes.len() && is_part(bytes[end]) {
            end += 1;
        }
        while end > i && !bytes[end - 1].is_ascii_digit() {
            end -= 1;
        }
        if end > i && is_phone(text, i, end) {
            out.push(Span { start: i, end, kind: PiiKind::Phone });
            i = end;
        } else {
            // Try again from the next group.
            i = (i + 1..bytes.len()).find(|&k| !bytes[k].is_ascii_digit()).unwrap_or(bytes.len());
        }
    }
    out
}

fn is_phone(text: &str, start: usize, end: usize) -> bool {
    if next_char(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '%') {
        return false;
    }
    let run = &text[start..end];
    let groups: Vec<&str> = run.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    let has_plus = run.starts_with('+');
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_ascii_lowercase();
    let labelled = PHONE_LABELS.iter().any(|label| before.contains(label));
    let separators: Vec<char> = run.chars().filter(|c| !c.is_ascii_digit() && *c != ' ').collect();
    let is_year = |g: &&str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    if groups.iter().all(is_year) {
        return false; // 2018 2020, 2018-2020
    }
    if groups.len() == 3 && (is_year(&groups[0]) || is_year(&groups[2])) && digits == 8 {
        return false; // 2020-01-15, 15.01.2020
    }
    let dots_only = !separators.is_empty() && separators.iter().all(|c| *c == '.');
    if dots_only && groups.iter().any(|g| g.len() < 2) {
        return false; // versions, IP addresses
    }
    if dots_only && groups.len() == 4 && groups.iter().all(|g| g.len() <= 3) {
        return false;
    }
    if has_plus || labelled {
        return (7..=15).contains(&digits);
    }
    if groups.len() == 1 {
        // Nine digits alone on their line: a mobile number in Peru, Spain, France.
        let alone = prev_char(text, start).is_none_or(|c| c == '\n')
            && next_char(text, end).is_none_or(|c| c == '\n');
        return (10..=13).contains(&digits) || (digits == 9 && alone);
    }
    (9..=15).contains(&digits)
}
