//! Dates of birth: only a date right after a label ("Date of birth", "DOB",
//! "Born", "geboren am", "Date et lieu de naissance"); unlabelled dates are
//! dates of employment and stay. Labels are abbreviated too ("GEB.",
//! "DATA DE NASC") and in more languages ("Doğum Tarihi", "Tanggal lahir"). The place of birth after the date ("in
//! Kasachstan", "à Dakar", ", Lisbon") goes with it. A date whose ordinal
//! the layout put on a line of its own ("May 15" / "th" / "1995") is one date.

use super::tables::{BIRTHPLACE_LINKS, DOB_LABELS};
use super::{PiiKind, Span, next_char, prev_char};

pub(super) fn dates_of_birth(text: &str) -> Vec<Span> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for label in DOB_LABELS {
        for (at, _) in lower.match_indices(label) {
            let label_end = at + label.len();
            if prev_char(text, at).is_some_and(char::is_alphanumeric)
                || next_char(text, label_end).is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let mut line_end =
                text[label_end..].find(['\n', '|', ';', '•']).map_or(text.len(), |i| label_end + i);
            // "May 15" + "th" + "1995": a superscript ordinal the extraction put
            // on lines of their own takes the year below it.
            if date_end(&text[label_end..line_end]).is_none() {
                line_end = short_lines_after(text, line_end);
            }
            let mut cap = (label_end + 48).min(line_end);
            while !text.is_char_boundary(cap) {
                cap -= 1;
            }
            if let Some(date_end) = date_end(&text[label_end..cap]) {
                let end = label_end + date_end;
                let end = end + place_end(&text[end..line_end]);
                out.push(Span { start: at, end, kind: PiiKind::DateOfBirth });
            }
        }
    }
    out
}

/// The end of up to two short lines (four characters at most, as an
/// ordinal's "th" and a year) after the line that ends at `line_end`.
fn short_lines_after(text: &str, line_end: usize) -> usize {
    let mut end = line_end;
    for _ in 0..2 {
        let Some(rest) = text[end..].strip_prefix('\n') else { break };
        let line = rest.split('\n').next().unwrap_or_default();
        if line.trim().is_empty() || line.trim().chars().count() > 4 {
            break;
        }
        end += 1 + line.len();
    }
    end
}

/// The end of the first date in `value`: after its year (`1990`), or after a
/// numeric date (`12/03/90`). `None` when no date comes first.
fn date_end(value: &str) -> Option<usize> {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || b"/.-".contains(&bytes[j])) {
                j += 1;
            }
            while j > i && !bytes[j - 1].is_ascii_digit() {
                j -= 1;
            }
            let run = &value[i..j];
            let digits = run.bytes().filter(u8::is_ascii_digit).count();
            let is_year = run.len() == 4 && (run.starts_with("19") || run.starts_with("20"));
            if is_year || (digits >= 4 && run.bytes().any(|b| b"/.-".contains(&b))) {
                return Some(j);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// The end of a place of birth at the start of `rest`: a link word ("in",
/// "à", a comma) and one to four capitalised words; 0 when there is none.
fn place_end(rest: &str) -> usize {
    let trimmed = rest.trim_start();
    let Some(link) = BIRTHPLACE_LINKS.iter().find(|link| {
        trimmed.strip_prefix(**link).is_some_and(|after| **link == "," || after.starts_with(' '))
    }) else {
        return 0;
    };
    let place = trimmed[link.len()..].trim_start();
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = place.chars().next().is_some_and(char::is_uppercase);
    if !capitalised || words.is_empty() || words.len() > 4 || place.len() > 40 {
        return 0;
    }
    let place = place.trim_end_matches(['.', ',', ' ']);
    rest.len() - trimmed.len() + (trimmed.len() - trimmed[link.len()..].trim_start().len()) + place.len()
}
