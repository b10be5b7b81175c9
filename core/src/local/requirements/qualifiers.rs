//! Words around an item that say how well or how much, not what: "Proficiency
//! in", "is a plus", "accurately".

use super::super::words;
use super::tables::{QUALIFIER_NOUNS, QUALIFIERS, WORDING_LEADS, WORDING_TAILS};

/// Leading words that say how well, not what ("Proficiency in", "Ability to").
pub(super) fn strip_qualifiers(phrase: &str) -> &str {
    let mut phrase = phrase.trim();
    loop {
        let lower = phrase.to_ascii_lowercase();
        let mut stripped = false;
        for lead in QUALIFIERS {
            // "Active Directory" is a name, "active clearance" a qualifier;
            // "high school" is a school, "high standards" a qualifier.
            let rest = phrase.get(lead.len()..).unwrap_or("").trim_start();
            let names = (*lead == "active" && rest.starts_with(char::is_uppercase))
                || (*lead == "high" && rest.to_ascii_lowercase().starts_with("school"));
            if !names && lower.starts_with(lead) && lower[lead.len()..].starts_with([' ', ':', ',']) {
                phrase = phrase[lead.len()..].trim_start_matches([' ', ':', ',']);
                stripped = true;
                break;
            }
        }
        // "Understanding and proficiency in X": two qualifiers joined.
        if !stripped
            && let Some((first, rest)) = lower.split_once(" and ")
            && QUALIFIER_NOUNS.contains(&first)
            && QUALIFIERS.iter().any(|lead| rest.starts_with(lead) && rest[lead.len()..].starts_with(' '))
        {
            phrase = &phrase[first.len() + " and ".len()..];
            stripped = true;
        }
        if !stripped {
            return phrase;
        }
    }
}

/// An item without the words that only say how much it matters: "Docker is
/// a plus" is "Docker", "You must know Rust" is "Rust".
pub(super) fn without_wording(part: &str) -> &str {
    let mut part = part.trim().trim_end_matches(['.', '!']);
    let lower = part.to_ascii_lowercase();
    if let Some(lead) =
        WORDING_LEADS.iter().find(|lead| lower.starts_with(*lead) && lower[lead.len()..].starts_with(' '))
    {
        part = part[lead.len()..].trim();
    }
    let lower = part.to_ascii_lowercase();
    if let Some(tail) = WORDING_TAILS.iter().find(|tail| lower.ends_with(*tail) && lower.len() > tail.len()) {
        part = part[..part.len() - tail.len()].trim().trim_end_matches([',', '(', '-']).trim();
    }
    part
}

/// A phrase without a trailing adverb of manner when two words or more are
/// left: "GPS devices accurately" is "GPS devices"; "Work independently"
/// stays whole.
pub(super) fn without_manner(phrase: &str) -> &str {
    let Some((rest, last)) = phrase.trim_end_matches(['.', ',']).rsplit_once(' ') else { return phrase };
    let manner = words::is_manner_word(&last.to_ascii_lowercase());
    if manner && rest.split_whitespace().count() >= 2 { rest.trim_end() } else { phrase }
}
