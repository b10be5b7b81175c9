//! Phones: runs of digits in groups that are not years, dates, date ranges
//! ("05.2016-08.2016"), IP addresses or versions.
//!
//! Groups are joined by spaces, hyphens, dots, brackets, and a slash between
//! two digits where the number has a country code, a label or a trunk
//! prefix ("+49 171/4630817", "0171/4630817"). A country code may stand in
//! brackets ("(+86) 131 …"), and the last digits may be masked ("87xxx",
//! "12**"), as templates and anonymised CVs print them. Two numbers may be
//! joined by a slash ("+237 6…/+242 0…", "07… /07…").
//!
//! Fourth round: full-width brackets, as Japanese forms write a number
//! ("080（3894）3297"), and numbers side by side with only a space between
//! them ("09152847613 07061938254"), each a phone; or only a slash
//! ("08991472638/085627394815").
//!
//! Fifth round: commas between the groups of a number with its country code
//! ("+58 281 431,56,09").
//!
//! Eighth round: on a line that holds an email, seven digits in groups are
//! a phone as after a label ("7481 3926 / 7905 1348"); numbers side by side
//! may have hyphens inside ("010-7385-2914 010-7385-2914").
//!
//! Ninth round: a number of nine to thirteen digits written whole, then a
//! date, as a table flattened into a row ("0991234567 09/2025 05/2026"):
//! the run read whole is none, the number alone is a phone.
//!
//! Issue #18: digits of other scripts (Persian "۹۸ ۹۰۳ …", Arabic-Indic,
//! Devanagari, Bengali, Thai, full-width) are read as the digits they are.

use super::tables::{DIGIT_ZEROS, PHONE_LABELS, PO_BOX_WORDS};
use super::{PiiKind, Span, next_char, prev_char};

/// The phones of `text`, its digits of other scripts read as ASCII ones.
pub(super) fn phones(text: &str) -> Vec<Span> {
    if !text.chars().any(|c| ascii_digit(c).is_some()) {
        return ascii_phones(text);
    }
    // The text with each such digit as its ASCII one, and where each byte of
    // it starts in `text`.
    let mut folded = String::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let c = ascii_digit(c).unwrap_or(c);
        for _ in 0..c.len_utf8() {
            starts.push(at);
        }
        folded.push(c);
    }
    starts.push(text.len());
    ascii_phones(&folded)
        .into_iter()
        .map(|span| Span { start: starts[span.start], end: starts[span.end], ..span })
        .collect()
}

/// A decimal digit of another script as its ASCII digit.
fn ascii_digit(c: char) -> Option<char> {
    DIGIT_ZEROS.iter().find_map(|&zero| {
        let offset = u32::from(c).checked_sub(u32::from(zero)).filter(|offset| *offset < 10)?;
        char::from_digit(offset, 10)
    })
}

fn ascii_phones(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let is_part = |b: u8| b.is_ascii_digit() || b" -.()".contains(&b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // "+237 681427395/+242 044716302", "0775218463 /0786431290": a slash
        // between two numbers.
        let after_slash = (b == b'+' || b.is_ascii_digit())
            && prev_char(text, i) == Some('/')
            && (b == b'+' || text[..i - 1].ends_with(' '));
        let starts = (b == b'+' || b == b'(' || b.is_ascii_digit())
            && (after_slash
                || !prev_char(text, i).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || c == ','))
            // Not inside a hyphenated run that was no phone: "978-3-16-…".
            && !(i >= 2 && bytes[i - 1] == b'-' && bytes[i - 2].is_ascii_digit());
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b == b'(' && bytes.get(end) == Some(&b'+') {
            end += 1; // "(+86)"
        }
        // A number and its separators fit in `RUN_REACH` bytes: a longer run of
        // digits and spaces is read in pieces, each once.
        while end < bytes.len() && end - i < RUN_REACH {
            let slash = bytes[end] == b'/'
                && bytes[end - 1].is_ascii_digit()
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            // "0171 / 8106299": spaced, only after a lone trunk prefix.
            let lone_trunk = || {
                let so_far = text[i..end].trim_end();
                so_far.starts_with('0')
                    && (3..=5).contains(&so_far.len())
                    && so_far.bytes().all(|b| b.is_ascii_digit())
            };
            let spaced_slash = bytes[end] == b'/'
                && bytes[end - 1] == b' '
                && lone_trunk()
                && bytes.get(end + 1) == Some(&b' ')
                && bytes.get(end + 2).is_some_and(u8::is_ascii_digit);
            // "080（3894）3297": full-width brackets, three bytes each.
            if text[end..].starts_with(['（', '）']) {
                end += '（'.len_utf8();
                continue;
            }
            // "+58 281 431,56,09": commas between groups, in a number with its country code.
            let comma = bytes[end] == b','
                && b == b'+'
                && bytes[end - 1].is_ascii_digit()
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if !(is_part(bytes[end]) || slash || spaced_slash || comma) {
                break;
            }
            end += 1;
        }
        while end > i && !bytes[end - 1].is_ascii_digit() {
            end -= 1;
        }
        let masked = if end > i { bytes[end..].iter().take_while(|b| MASKS.contains(b)).count() } else { 0 };
        if end > i && is_phone(text, i, end, masked) {
            out.push(Span { start: i, end: end + masked, kind: PiiKind::Phone });
            i = end + masked;
        } else if end > i && side_by_side(text, i, end, &mut out) {
            i = end;
        } else if let Some(first) = number_before_dates(text, i, end) {
            out.push(Span { start: i, end: first, kind: PiiKind::Phone });
            i = first;
        } else {
            // Try again from the next group.
            i = (i + 1..bytes.len()).find(|&k| !bytes[k].is_ascii_digit()).unwrap_or(bytes.len());
        }
    }
    out
}

/// Numbers of ten to thirteen digits each (hyphens inside), with only spaces or a slash
/// between them: "09152847613 07061938254", "08991472638/085627394815",
/// each a phone.
fn side_by_side(text: &str, start: usize, end: usize, out: &mut Vec<Span>) -> bool {
    let run = &text[start..end];
    let mut numbers = Vec::new();
    let mut at = start;
    for word in run.split([' ', '/']) {
        if !word.is_empty() {
            numbers.push((at, at + word.len()));
        }
        at += word.len() + 1;
    }
    // "010-7385-2914 010-7385-2914": hyphens inside each number.
    let each = numbers.iter().all(|&(s, e)| {
        let word = &text[s..e];
        let digits = word.bytes().filter(u8::is_ascii_digit).count();
        word.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && !word.starts_with('-')
            && !word.ends_with('-')
            && (10..=13).contains(&digits)
    });
    if numbers.len() < 2 || !each || next_char(text, end).is_some_and(char::is_alphanumeric) {
        return false;
    }
    out.extend(numbers.into_iter().map(|(start, end)| Span { start, end, kind: PiiKind::Phone }));
    true
}

/// A number of nine to thirteen digits written whole, then a date, in a
/// row a table flattened ("… 0991234567 09/2025 05/2026"): the number's
/// end, when it is a phone alone. The run read whole was none.
fn number_before_dates(text: &str, start: usize, end: usize) -> Option<usize> {
    let (head, rest) = text[start..end].split_once(' ')?;
    let date = rest.split(' ').next().unwrap_or_default();
    let groups: Vec<&str> = date.split(['/', '.', '-']).collect();
    let is_date = groups.len() >= 2
        && groups.iter().all(|g| (1..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let number = head.strip_prefix('+').unwrap_or(head);
    ((9..=13).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && is_date
        && is_phone(text, start, start + head.len(), 0))
    .then_some(start + head.len())
}

/// The most bytes a run of digits and separators is read over for one
/// number (two or three numbers side by side fit).
const RUN_REACH: usize = 64;
/// How far on each side of a number its line is read for an email.
const LINE_REACH: usize = 256;

/// What stands for a masked digit at the end of a number: "87xxx".
const MASKS: &[u8] = b"xX*";

/// Whether `start..end` (digits and separators) with `masked` mask
/// characters after it is a phone.
fn is_phone(text: &str, start: usize, end: usize, masked: usize) -> bool {
    let slash_then_number =
        text[end + masked..].strip_prefix('/').is_some_and(|rest| rest.starts_with(['+', ' ']));
    // "(819)555-0147jane@x.ca": an email the layout glued after the number.
    let email_after = {
        let rest = &text[end + masked..];
        let word = rest.split(char::is_whitespace).next().unwrap_or_default();
        rest.starts_with(|c: char| c.is_ascii_alphabetic())
            && word.contains('@')
            && text[start..end].contains('-')
    };
    if masked > 6
        || next_char(text, end + masked).is_some_and(|c| {
            (c.is_alphanumeric() && !email_after) || (c == '/' && !slash_then_number) || c == '%'
        })
    {
        return false;
    }
    let run = &text[start..end];
    let groups: Vec<&str> = run.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let digits: usize = groups.iter().map(|g| g.len()).sum::<usize>() + masked;
    let has_plus = run.trim_start_matches('(').starts_with('+');
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_ascii_lowercase();
    let labelled = PHONE_LABELS.iter().any(|label| before.contains(label));
    // A book's or a journal's number: "ISBN 978-3-86894-907-5"; a
    // post-office box's: "PO BOX 4411-00100".
    let catalogue = before.trim_end().trim_end_matches(':').trim_end();
    if ["isbn", "issn", "isbn-10", "isbn-13"].iter().any(|word| catalogue.ends_with(word))
        || PO_BOX_WORDS.iter().any(|word| catalogue.ends_with(word))
    {
        return false;
    }
    let separators: Vec<char> = run.chars().filter(|c| !c.is_ascii_digit() && *c != ' ').collect();
    let is_year = |g: &&str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    if groups.iter().all(is_year) {
        return false; // 2018 2020, 2018-2020
    }
    if groups.len() == 3 && (is_year(&groups[0]) || is_year(&groups[2])) && digits == 8 {
        return false; // 2020-01-15, 15.01.2020
    }
    if groups.iter().any(is_year) && groups.iter().all(|g| is_year(g) || g.len() <= 2) {
        return false; // 05.2016-08.2016, 01/2022 - 09/2022, 3.2020 – 8.2020
    }
    // A slash joins groups only after a country code, a label or a trunk
    // prefix: "+49 171/4630817", "0171/4630817", not "12/2019 3/2020".
    let trunk = groups.first().is_some_and(|g| g.starts_with('0') && (3..=5).contains(&g.len()));
    if run.contains('/') && !(has_plus || labelled || trunk) {
        return false;
    }
    let dots_only = !separators.is_empty() && separators.iter().all(|c| *c == '.');
    if dots_only && groups.iter().any(|g| g.len() < 2) {
        return false; // versions, IP addresses
    }
    if dots_only && groups.len() == 4 && groups.iter().all(|g| g.len() <= 3) {
        return false;
    }
    // Every reading below wants seven to fifteen digits.
    if !(7..=15).contains(&digits) {
        return false;
    }
    // On a line that holds an email, digits in groups are a contact's: "7481 3926".
    // (Within a bounded stretch of the line: one long line of many numbers is read once.)
    let mut near_start = start.saturating_sub(LINE_REACH);
    while !text.is_char_boundary(near_start) {
        near_start -= 1;
    }
    let mut near_end = (end + LINE_REACH).min(text.len());
    while !text.is_char_boundary(near_end) {
        near_end += 1;
    }
    let line_start = text[near_start..start].rfind('\n').map_or(near_start, |i| near_start + i + 1);
    let line_end = text[end..near_end].find('\n').map_or(near_end, |i| end + i);
    let contact_line = groups.len() >= 2 && text[line_start..line_end].contains('@');
    if has_plus || labelled || contact_line {
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
