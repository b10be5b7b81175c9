//! Fields whose label and value the extraction put apart (issue #18, eighth
//! round): signals of layout, not of one CV's wording.
//!
//! - **a label above its value**: a line that is only a label of a protected
//!   attribute, a date of birth or an address ("MILITARY STATUS", "Place of
//!   birth:") owns the short line under it ("Completed"); a photo's label
//!   does not (what is under it is the next thing on the page);
//! - **a column of labels, then a column of values**: a two-column table
//!   that the extraction read column by column gives a run of labels with
//!   no values ("Naam:" / "Adres:" / … / "Nationaliteit:") followed by a
//!   line (the next heading); when that same line stands again later, the
//!   lines right before it are the values, in the labels' order.
//!
//! A label matches with its letters lost to a ligature the font could not
//! map ("Na\u{FFFD}onaliteit" for "Nationaliteit"): a replacement character
//! stands for one to three letters.

use super::tables::{ADDRESS_LABELS, DOB_LABELS, PERSONAL_LABELS, PICTURE_LABELS};
use super::{PiiKind, Span, lines_at};

/// The kind of data a label line names, when the line is only that label
/// (a colon after it allowed).
fn label_kind(line: &str) -> Option<PiiKind> {
    let bare = line.trim().trim_end_matches([':', '：']).trim_end().to_lowercase();
    if bare.is_empty() || bare.chars().count() > 40 {
        return None;
    }
    let tables: [(&[&str], PiiKind); 3] = [
        (DOB_LABELS, PiiKind::DateOfBirth),
        (PERSONAL_LABELS, PiiKind::Personal),
        (ADDRESS_LABELS, PiiKind::Address),
    ];
    tables
        .iter()
        .find(|(labels, _)| labels.iter().any(|label| same_label(&bare, label)))
        .map(|(_, kind)| *kind)
}

/// Whether a line's text is the label, each U+FFFD in it standing for one
/// to three letters of the label.
fn same_label(line: &str, label: &str) -> bool {
    if !line.contains('\u{FFFD}') {
        return line == label;
    }
    let parts: Vec<&str> = line.split('\u{FFFD}').collect();
    let mut rest = label;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(after) = rest.strip_prefix(part) else { return false };
            rest = after;
            continue;
        }
        // One to three letters lost, then this part.
        let found = (1..=3).find(|&lost| {
            rest.char_indices().nth(lost).is_some_and(|(at, _)| rest[at..].starts_with(part))
                || (rest.chars().count() == lost && part.is_empty())
        });
        let Some(lost) = found else { return false };
        let at = rest.char_indices().nth(lost).map_or(rest.len(), |(at, _)| at);
        rest = &rest[at + part.len()..];
    }
    rest.is_empty()
}

/// A value a label may own on the line under it: a few words, not a label
/// of its own nor a field with one ("Prénom : Mariama" under the heading
/// "ETAT CIVIL"), not a heading in capitals.
fn is_short_value(line: &str) -> bool {
    let body = line.trim();
    let words = body.split_whitespace().count();
    let heading = words > 1 && !body.chars().any(char::is_lowercase);
    (1..=5).contains(&words)
        && body.chars().count() <= 48
        && !body.contains([':', '：'])
        && !heading
        && label_kind(body).is_none()
}

/// How many lines after a column of labels its values may stand.
const VALUES_WITHIN: usize = 120;

pub(super) fn label_columns(text: &str) -> Vec<Span> {
    let lines = lines_at(text);
    // Each line's label kind, and the run of label lines from each line on, computed once.
    let kinds: Vec<Option<PiiKind>> = lines.iter().map(|(_, line)| label_or_contact_label(line)).collect();
    let mut runs = vec![0usize; lines.len() + 1];
    for index in (0..lines.len()).rev() {
        runs[index] = if kinds[index].is_some() { runs[index + 1] + 1 } else { 0 };
    }
    // The anchor line last looked for again, and where it stood again (the
    // runs from one column's labels share it).
    let mut looked: Option<(usize, Option<usize>)> = None;
    let mut out = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        // A run of label lines, each only a label.
        let run = runs[index];
        if run >= 3
            && let Some(&(_, anchor)) = lines.get(index + run)
            && !anchor.trim().is_empty()
        {
            // The same line again later, not far: the values stand right before it.
            let after = index + run + 1;
            let again = match looked {
                Some((at, again)) if at == after => again,
                _ => {
                    let window = &lines[after.min(lines.len())..lines.len().min(after + VALUES_WITHIN)];
                    let again = window.iter().position(|(_, line)| line.trim() == anchor.trim());
                    looked = Some((after, again));
                    again
                }
            };
            if let Some(again) = again
                && again >= run
            {
                let first = after + again - run;
                for (k, kind) in kinds[index..index + run].iter().enumerate() {
                    let kind = kind.unwrap_or(PiiKind::Name);
                    let (start, line) = lines[first + k];
                    let body = line.trim();
                    if kind != PiiKind::Name && !body.is_empty() && label_kind(body).is_none() {
                        let at = start + line.find(body).unwrap_or(0);
                        out.push(Span { start: at, end: at + body.len(), kind });
                    }
                }
                index += run;
                continue;
            }
        }
        // A label alone on its line, its value on the next.
        let (_, line) = lines[index];
        let picture =
            PICTURE_LABELS.contains(&line.trim().trim_end_matches([':', '：']).to_lowercase().as_str());
        let previous = index.checked_sub(1).map(|k| lines[k].1);
        if let Some(kind) = label_kind(line).filter(|_| !picture)
            && let Some(&(start, next)) = lines.get(index + 1)
            && is_short_value(next)
            && stands_as_label(line, previous, next)
            // "Home" over a menu's next item is no address: a number or a comma in it.
            && (kind != PiiKind::Address || next.contains(|c: char| c.is_ascii_digit() || c == ','))
        {
            let body = next.trim();
            let at = start + next.find(body).unwrap_or(0);
            out.push(Span { start: at, end: at + body.len(), kind });
        }
        index += 1;
    }
    out
}

/// Whether a label line owns the line under it, and is not one entry of a
/// list of short lines ("Subjects" / "History" / "Religion" / "Geography",
/// "Mental Health" / "Disability" / "Aged Care"): a colon after it, a label
/// in capitals over a value that is not, or a line above that is no short
/// entry of its own (a heading, a label, a longer line, nothing).
fn stands_as_label(line: &str, previous: Option<&str>, next: &str) -> bool {
    let body = line.trim();
    if body.ends_with([':', '：']) {
        return true;
    }
    let capitals = |text: &str| !text.chars().any(char::is_lowercase);
    if capitals(body) && body.chars().any(char::is_uppercase) && !capitals(next) {
        return true;
    }
    previous.is_none_or(|above| {
        let above = above.trim();
        above.is_empty() || label_kind(above).is_some() || !is_short_value(above) || capitals(above)
    })
}

/// For a run of labels: a label line's kind, or `Name` standing for a
/// label whose value another scanner finds (a name, a phone, an email),
/// as long as the line ends with a colon and holds no value.
fn label_or_contact_label(line: &str) -> Option<PiiKind> {
    let body = line.trim();
    if let Some(kind) = label_kind(body).filter(|_| body.ends_with([':', '：'])) {
        return Some(kind);
    }
    let words = body.split_whitespace().count();
    (body.ends_with([':', '：']) && (1..=3).contains(&words) && !body.chars().any(|c| c.is_ascii_digit()))
        .then_some(PiiKind::Name)
}

#[cfg(test)]
mod tests {
    use super::{label_columns, same_label};
    use crate::privacy::redact::PiiKind;

    fn withheld(text: &str) -> Vec<(&str, PiiKind)> {
        label_columns(text).into_iter().map(|span| (&text[span.start..span.end], span.kind)).collect()
    }

    #[test]
    fn a_label_that_is_one_entry_of_a_list_owns_no_value() {
        assert_eq!(withheld("Subjects\nHistory\nReligion\nGeography"), []);
        assert_eq!(withheld("Sectors\nMental Health\nDisability\nAged Care"), []);
        // A colon, or capitals over a value that is not, still make it a label.
        assert_eq!(withheld("Subjects\nHistory\nReligion:\nCatholic"), [("Catholic", PiiKind::Personal)]);
        assert_eq!(withheld("Jane Roe\nRELIGION\nCatholic"), [("Catholic", PiiKind::Personal)]);
    }

    #[test]
    fn a_long_text_of_labels_is_read_once() {
        // A megabyte of label lines: each line's run is computed once.
        let text = "Nationality:\n".repeat(80_000);
        assert_eq!(withheld(&text), []);
        let mut columns = "Naam:\nGeboorteplaats:\nNationaliteit:\nOpleidingen\n".repeat(20_000);
        columns.push_str("Lotte Smit\nZwolle\nNederlandse\nOpleidingen\n");
        let found = withheld(&columns);
        assert_eq!(found.last(), Some(&("Nederlandse", PiiKind::Personal)));
    }

    #[test]
    fn a_label_with_letters_lost_to_a_ligature() {
        assert!(same_label("na\u{FFFD}onaliteit", "nationaliteit"));
        assert!(same_label("nationality", "nationality"));
        assert!(!same_label("na\u{FFFD}onaliteit", "nationality"));
        assert!(!same_label("\u{FFFD}", "age"));
    }
}
