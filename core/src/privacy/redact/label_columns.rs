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
/// of its own nor a field with one ("Prénom : Aminata" under the heading
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

pub(super) fn label_columns(text: &str) -> Vec<Span> {
    let lines = lines_at(text);
    let mut out = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        // A run of label lines, each only a label.
        let run: Vec<PiiKind> =
            lines[index..].iter().map_while(|(_, line)| label_or_contact_label(line)).collect();
        if run.len() >= 3
            && let Some(&(_, anchor)) = lines.get(index + run.len())
            && !anchor.trim().is_empty()
        {
            // The same line again later: the values stand right before it.
            let after = index + run.len() + 1;
            if let Some(again) = lines[after..].iter().position(|(_, line)| line.trim() == anchor.trim())
                && again >= run.len()
            {
                let first = after + again - run.len();
                for (k, kind) in run.iter().enumerate() {
                    let (start, line) = lines[first + k];
                    let body = line.trim();
                    if *kind != PiiKind::Name && !body.is_empty() && label_kind(body).is_none() {
                        let at = start + line.find(body).unwrap_or(0);
                        out.push(Span { start: at, end: at + body.len(), kind: *kind });
                    }
                }
                index += run.len();
                continue;
            }
        }
        // A label alone on its line, its value on the next.
        let (_, line) = lines[index];
        let picture =
            PICTURE_LABELS.contains(&line.trim().trim_end_matches([':', '：']).to_lowercase().as_str());
        if let Some(kind) = label_kind(line).filter(|_| !picture)
            && let Some(&(start, next)) = lines.get(index + 1)
            && is_short_value(next)
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
    use super::same_label;

    #[test]
    fn a_label_with_letters_lost_to_a_ligature() {
        assert!(same_label("na\u{FFFD}onaliteit", "nationaliteit"));
        assert!(same_label("nationality", "nationality"));
        assert!(!same_label("na\u{FFFD}onaliteit", "nationality"));
        assert!(!same_label("\u{FFFD}", "age"));
    }
}
