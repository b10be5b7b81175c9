//! The candidate's name: found in the header or on a "Name:" line, then every
//! mention of it, whole or in parts.

use super::tables::{NAME_LABELS, NAME_PARTICLES, NOT_NAME_WORDS};
use super::{PiiKind, Span, is_whole_word};

/// The candidate's name: a "Name:" line, else the first of the first three
/// lines that reads as a name.
pub(super) fn candidate_name(text: &str) -> Option<String> {
    for line in text.lines() {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        for label in NAME_LABELS {
            if lower.starts_with(label)
                && lower.len() == trimmed.len()
                && let Some(value) =
                    trimmed.get(label.len()..).and_then(|rest| rest.trim_start().strip_prefix(':'))
                && is_name(first_segment(value))
            {
                return Some(first_segment(value).to_owned());
            }
        }
    }
    // The header: the first of the first three lines that reads as a name
    // (a "Curriculum Vitae" or "Resume" heading may come before it).
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(3)
        .map(first_segment)
        .find(|value| is_name(value))
        .map(str::to_owned)
}

/// A line up to its first separator: "Jane Doe | Engineer" → "Jane Doe".
fn first_segment(line: &str) -> &str {
    let cut = [" | ", "|", ",", " – ", " — ", " - ", "  ", "\t", "•", "·"]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
        .unwrap_or(line.len());
    line[..cut].trim()
}

fn is_name(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    // Two to four names, particles ("van der", "de la") not counted.
    let names = words.iter().filter(|w| !NAME_PARTICLES.contains(&w.to_lowercase().as_str())).count();
    if !(2..=4).contains(&names) || words.len() > 7 {
        return false;
    }
    let name_like = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || "-'’".contains(c) || (c == '.' && w.chars().count() == 2))
            && !NOT_NAME_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
    };
    let first_ok = name_like(words[0]);
    let last_ok = name_like(words[words.len() - 1]);
    let middle_ok = words[1..words.len() - 1].iter().all(|w| name_like(w) || NAME_PARTICLES.contains(w));
    first_ok
        && last_ok
        && middle_ok
        && words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() >= 2
}

/// Every mention of the name, whole or in parts (case-insensitive for the
/// whole name, capitalised or upper-case for a part).
pub(super) fn name_mentions(text: &str, name: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let lower_text = text.to_lowercase();
    let lower_name = name.to_lowercase();
    if lower_text.len() == text.len() {
        for (at, _) in lower_text.match_indices(&lower_name) {
            // Lower-casing may move bytes within the same total ("K" → "k").
            let whole = text.is_char_boundary(at) && text.is_char_boundary(at + name.len());
            if whole && is_whole_word(text, at, at + name.len()) {
                out.push(Span { start: at, end: at + name.len(), kind: PiiKind::Name });
            }
        }
    } else {
        for (at, _) in text.match_indices(name) {
            if is_whole_word(text, at, at + name.len()) {
                out.push(Span { start: at, end: at + name.len(), kind: PiiKind::Name });
            }
        }
    }
    for part in name.split_whitespace() {
        let part = part.trim_end_matches('.');
        if part.chars().count() < 3 || NAME_PARTICLES.contains(&part.to_lowercase().as_str()) {
            continue;
        }
        // Title case restarts after a hyphen or an apostrophe: "Jean-Luc", "O'Connor".
        let mut after_break = true;
        let title: String = part
            .chars()
            .flat_map(|c| {
                let cased: Vec<char> =
                    if after_break { c.to_uppercase().collect() } else { c.to_lowercase().collect() };
                after_break = matches!(c, '-' | '\'' | '’');
                cased
            })
            .collect();
        let mut variants = vec![part.to_owned(), part.to_uppercase(), title];
        variants.sort();
        variants.dedup();
        for variant in variants {
            for (at, _) in text.match_indices(&variant) {
                let end = at + variant.len();
                if is_whole_word(text, at, end) && !out.iter().any(|s| at < s.end && s.start < end) {
                    out.push(Span { start: at, end, kind: PiiKind::Name });
                }
            }
        }
    }
    out
}
