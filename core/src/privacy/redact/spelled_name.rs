//! Two signals that do not depend on how one CV words its header (issue #18,
//! the eighth round, measured on sets it was not written from):
//!
//! - **a name the CV's own handles spell**: an email's local part, a
//!   profile's owner (a link's path, never its host: an employer's site
//!   spells the employer, "goldmansachs.com"), an email's domain only behind
//!   a local part that names nobody ("contact@"); the first few handles only
//!   (a CV gives a handful); the letters of a
//!   handle, read left to right, are a run of words from the text each taken
//!   whole, as its initial or left out ("davidjmabreu" ↔ "David José Martins
//!   Abreu", "jpaulocosta" ↔ "João Paulo Ferreira da Costa", "wouterdevries" ↔
//!   "Wouter de Vries"), two of them whole. Found anywhere in the text: a
//!   two-column layout puts the name where it likes.
//! - **relatives**: the candidate's family name after given names that are not
//!   the candidate's ("Maricel Joy D. Dumalag" in a CV of "John Dumalag"): a
//!   parent, a sibling, an emergency contact, withheld as another person; only
//!   on a line that names the relation ("Father:", "(sister)") or as a line
//!   of its own under a family's or referees' heading: elsewhere the family
//!   name is a firm's or a place's ("Lockheed Martin", "University of Hong
//!   Kong", "Morgan Stanley").

use std::collections::HashSet;

use super::tables::{
    FAMILY_HEADINGS, GENERIC_LOCAL_PARTS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS,
    ORGANISATION_WORDS, REFEREE_LABELS, RELATION_WORDS,
};
use super::{PiiKind, Span, email, lines_at, url, words_at};

/// How many of the CV's handles are read: a CV gives a handful, and every
/// run of words is tried against each.
const MAX_HANDLES: usize = 12;

/// The folded letters of each handle the CV gives: an email's local part
/// (whole, and each part of five letters or more), a profile's owner (the
/// first part of a link's path), an email's domain behind a local part that
/// names nobody ("contact@"). A host is none otherwise: an email's domain or
/// a site's is as often the employer's ("goldmansachs.com") as the candidate's.
fn handle_spellings(text: &str) -> Vec<String> {
    // The domain too behind a local part that names nobody ("contact@wouterdevries.com"):
    // the address is the candidate's own site's.
    let locals = email::emails(text).into_iter().flat_map(|span| {
        let address = &text[span.start..span.end];
        let (local, domain) = address.split_once('@').unwrap_or((address, ""));
        let generic = GENERIC_LOCAL_PARTS.contains(&local.to_lowercase().as_str());
        let host = domain.split('.').next().filter(|_| generic).map(str::to_owned);
        [Some(local.to_owned()), host].into_iter().flatten()
    });
    let owners = url::urls(text).into_iter().filter_map(|span| {
        let link = text[span.start..span.end].trim_end_matches('/');
        let link = link.split("://").last().unwrap_or_default().trim_start_matches("www.");
        link.split('/').skip(1).map(|part| part.trim_start_matches('@')).find_map(|part| {
            (!part.is_empty() && !["in", "pub", "u", "user", "users", "profile", "people"].contains(&part))
                .then(|| part.to_owned())
        })
    });
    let mut seen = HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for handle in locals.chain(owners) {
        let pieces: Vec<String> =
            handle.split(|c: char| !c.is_alphabetic()).map(super::name::folded).collect();
        let whole: String = pieces.concat();
        for piece in pieces.into_iter().filter(|p| p.len() >= 5).chain([whole]) {
            if piece.len() >= 5 && seen.insert(piece.clone()) {
                out.push(piece);
            }
        }
        if out.len() >= MAX_HANDLES {
            out.truncate(MAX_HANDLES);
            break;
        }
    }
    out
}

/// Whether `handle` reads as `words` in order, each whole, as its initial or
/// left out, the first used and the last whole: two or more whole (a
/// particle not counted), or one whole of four letters or more with an
/// initial besides in a handle of six letters or more ("tvalenzuela" for
/// "Teresa Ana Valenzuela").
fn spells(handle: &str, words: &[String]) -> bool {
    #[derive(Clone, Copy)]
    struct Walk {
        whole: usize,
        longest: usize,
        initials: usize,
        used: bool,
    }
    fn walk(handle: &str, words: &[String], at: Walk, length: usize) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return handle.is_empty()
                && (at.whole >= 2 || (at.whole == 1 && at.longest >= 4 && at.initials >= 1 && length >= 6));
        };
        let counts = !NAME_PARTICLES.contains(&word.as_str());
        if let Some(after) = handle.strip_prefix(word.as_str()) {
            let next = Walk {
                whole: at.whole + usize::from(counts),
                longest: if counts { at.longest.max(word.chars().count()) } else { at.longest },
                used: true,
                ..at
            };
            if walk(after, rest, next, length) {
                return true;
            }
        }
        if rest.is_empty() {
            return false;
        }
        let initial = word.chars().next().is_some_and(|c| handle.starts_with(c));
        (initial && walk(&handle[1..], rest, Walk { initials: at.initials + 1, used: true, ..at }, length))
            || (at.used && walk(handle, rest, at, length))
    }
    walk(handle, words, Walk { whole: 0, longest: 0, initials: 0, used: false }, handle.chars().count())
}

/// A word that may be part of a name: capitalised letters (a hyphen or an
/// apostrophe inside), an initial ("D."), or a particle.
fn name_word(word: &str) -> bool {
    if NAME_PARTICLES.contains(&word) {
        return true;
    }
    let bare = word.trim_end_matches('.');
    let mut chars = bare.chars();
    chars.next().is_some_and(char::is_uppercase)
        && bare.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
        && (word == bare || bare.chars().count() == 1)
        && !NOT_NAME_WORDS.contains(&bare.to_lowercase().as_str())
        && !ORGANISATION_WORDS.contains(&bare.to_lowercase().as_str())
}

/// The first run of two to six words in the text that one of the CV's
/// handles spells (see the module documentation).
pub(super) fn name_spelled_by_handle(text: &str) -> Option<String> {
    let handles = handle_spellings(text);
    if handles.is_empty() {
        return None;
    }
    for (_, line) in lines_at(text) {
        // Words with their offsets, punctuation around them left out.
        let words: Vec<(usize, &str)> = words_at(line)
            .into_iter()
            .map(|(at, word)| {
                let trimmed =
                    word.trim_start_matches(['(', '"', '“']).trim_end_matches([',', ';', ':', ')', '"', '”']);
                (at + word.find(trimmed).unwrap_or(0), trimmed)
            })
            .collect();
        for start in 0..words.len() {
            if !name_word(words[start].1) || NAME_PARTICLES.contains(&words[start].1) {
                continue;
            }
            let mut end = start;
            while end < words.len() && end - start < 6 && name_word(words[end].1) {
                end += 1;
            }
            for stop in (start + 2..=end).rev() {
                let run = &words[start..stop];
                let folded: Vec<String> = run.iter().map(|(_, w)| super::script::latin(w)).collect();
                if folded.iter().any(String::is_empty) {
                    continue;
                }
                // Family name first, as Russian, Hungarian and East Asian CVs write it
                // ("LEBEDEV EGOR" and `egor.lebedev`): two words read the other way too.
                let reversed: Vec<String> = folded.iter().rev().cloned().collect();
                let spelled = |handle: &String| {
                    spells(handle, &folded) || (folded.len() == 2 && spells(handle, &reversed))
                };
                if handles.iter().any(spelled) {
                    let (from, _) = run[0];
                    let (at, last) = run[run.len() - 1];
                    return Some(line[from..at + last.len()].to_owned());
                }
            }
        }
    }
    None
}

/// How many lines under a family's or referees' heading a relative's name may stand.
const SECTION_LINES: usize = 24;

/// Whether a line names a relation ("Father:", "Emergency contact", "(sister)").
fn names_a_relation(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.split(|c: char| !c.is_alphabetic() && c != '\'').any(|word| RELATION_WORDS.contains(&word))
}

/// Whether a line is a family's or referees' heading ("Family background", "References:").
fn is_family_heading(line: &str) -> bool {
    let heading = line.trim().trim_end_matches([':', '：']).trim_end().to_lowercase();
    FAMILY_HEADINGS.contains(&heading.as_str()) || REFEREE_LABELS.contains(&heading.as_str())
}

/// Relatives: one to three given names (an initial among them) right before
/// the candidate's family name, on the same line, none of them the
/// candidate's own ("Father: Rogelio P. Dumalag" for "John Dumalag"), on a
/// line that names the relation, or standing alone on its line (two or three
/// words) under a family's or referees' heading.
pub(super) fn relatives(text: &str, display: &str) -> Vec<Span> {
    let parts: Vec<String> = display.split_whitespace().map(str::to_lowercase).collect();
    let Some(family) = display.split_whitespace().rev().find(|w| {
        let lower = w.to_lowercase();
        w.chars().count() >= 3
            && !NAME_PARTICLES.contains(&lower.as_str())
            && !NAME_SUFFIXES.contains(&lower.as_str())
    }) else {
        return Vec::new();
    };
    let family = family.to_lowercase();
    let mut out = Vec::new();
    // The line of the last family's or referees' heading.
    let mut heading: Option<usize> = None;
    for (number, (start, line)) in lines_at(text).into_iter().enumerate() {
        if is_family_heading(line) {
            heading = Some(number);
            continue;
        }
        // "Yeji Kang, Gyuri Choi, …": an author list's names are co-authors, kin or not.
        if line.matches(',').count() >= 3 {
            continue;
        }
        let related = names_a_relation(line);
        let under_heading = heading.is_some_and(|at| number - at <= SECTION_LINES);
        if !related && !under_heading {
            continue;
        }
        let words = words_at(line);
        for (index, &(at, word)) in words.iter().enumerate() {
            let bare = word.trim_end_matches([',', ';', '.', ')']);
            if bare.to_lowercase() != family || !bare.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let mut first = index;
            while first > 0
                && index - first < 3
                && name_word(words[first - 1].1)
                && !NAME_PARTICLES.contains(&words[first - 1].1)
                && !HONORIFICS.contains(&words[first - 1].1.to_lowercase().as_str())
            {
                first -= 1;
            }
            let given: Vec<String> = words[first..index]
                .iter()
                .map(|(_, w)| w.to_lowercase())
                .filter(|w| w.trim_end_matches('.').chars().count() >= 2)
                .collect();
            // "Marie Curie Fellowship": a name that goes on into an award's or a place's.
            let next_capitalised = words
                .get(index + 1)
                .is_some_and(|(_, next)| next.chars().next().is_some_and(char::is_uppercase));
            // One of the candidate's own given names there: the candidate, written otherwise.
            if given.is_empty() || given.iter().any(|w| parts.contains(w)) || next_capitalised {
                continue;
            }
            // Under a heading, without the relation named: the name alone on its line.
            let alone = first == 0 && index + 1 == words.len() && (2..=3).contains(&words.len());
            if !related && !alone {
                continue;
            }
            let from = start + words[first].0;
            out.push(Span { start: from, end: start + at + bare.len(), kind: PiiKind::Name });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{name_spelled_by_handle, relatives, spells};

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn a_handle_spells_words_whole_as_initials_or_left_out() {
        assert!(spells("mariajlsantos", &words("maria joana lopes santos")));
        assert!(spells("jpaulocosta", &words("joao paulo ferreira da costa")));
        assert!(spells("lenavandort", &words("lena van dort")));
        // One whole word with an initial, in a handle of six letters or more.
        assert!(spells("tvalenzuela", &words("teresa ana valenzuela")));
        assert!(!spells("tvale", &words("teresa vale")));
        // The last word whole, every letter read.
        assert!(!spells("mariaj", &words("maria joana")));
        assert!(!spells("mariasantosx", &words("maria santos")));
        // The first word used: a run does not start with a word the handle skips.
        assert!(!spells("lopessantos", &words("maria lopes santos")));
    }

    #[test]
    fn a_family_name_elsewhere_is_a_firms_or_a_places() {
        let spans = |text: &str, name: &str| -> Vec<String> {
            relatives(text, name).into_iter().map(|span| text[span.start..span.end].to_owned()).collect()
        };
        assert!(spans("Sarah Martin\nSystems Engineer, Lockheed Martin", "Sarah Martin").is_empty());
        assert!(spans("Wei Kong\nBSc, University of Hong Kong", "Wei Kong").is_empty());
        assert!(
            spans("Ann Sachs\nAnalyst, Goldman Sachs\nInterned at Morgan Stanley", "Ann Sachs").is_empty()
        );
        assert!(spans("Tom Stanley\nInterned at Morgan Stanley", "Tom Stanley").is_empty());
        // A relation named on the line, or a line of its own under the family's heading.
        assert_eq!(spans("Tom Stanley\nFather: Morgan Stanley", "Tom Stanley"), ["Morgan Stanley"]);
        assert_eq!(
            spans("Tom Stanley\nFamily background\nMorgan Stanley", "Tom Stanley"),
            ["Morgan Stanley"]
        );
    }

    #[test]
    fn an_employers_site_spells_no_name() {
        assert_eq!(name_spelled_by_handle("Analyst, Goldman Sachs\nhttps://www.goldmansachs.com"), None);
        assert_eq!(name_spelled_by_handle("Analyst, Goldman Sachs\nhr@goldmansachs.example"), None);
        // A personal site's domain, behind a local part that names nobody.
        assert_eq!(
            name_spelled_by_handle("Skills\nWouter de Vries\ncontact@wouterdevries.example").as_deref(),
            Some("Wouter de Vries")
        );
        assert_eq!(
            name_spelled_by_handle("Skills\nNora Quist\nhttps://github.com/noraquist").as_deref(),
            Some("Nora Quist")
        );
    }

    #[test]
    fn many_handles_are_read_a_few_at_a_time() {
        // Three megabytes of lines, each with a name-like run and a handle of its own.
        let mut text = String::new();
        for k in 0..100_000u32 {
            let letters: String = k.to_string().bytes().map(|b| char::from(b'a' + (b - b'0'))).collect();
            text.push_str(&format!("Ab Cd https://x.io/qz{letters}\n"));
        }
        assert_eq!(name_spelled_by_handle(&text), None);
        text.push_str("Skills\nNora Quist\nnora.quist@mail.example.org\n");
        let reversed: String = text.lines().rev().map(|line| format!("{line}\n")).collect();
        assert_eq!(name_spelled_by_handle(&reversed).as_deref(), Some("Nora Quist"));
    }

    #[test]
    fn a_family_name_first_and_in_cyrillic() {
        assert_eq!(
            name_spelled_by_handle("Опыт\nПЕТРОВА АННА - 30 ЛЕТ\nanna.petrova@mail.example.org").as_deref(),
            Some("ПЕТРОВА АННА")
        );
    }

    #[test]
    fn an_organisation_is_spelled_by_no_handle() {
        // "umontreal" reads as "U(niversité) de Montréal"; an organisation's word ends a run.
        assert_eq!(name_spelled_by_handle("Université de Montréal\nx@umontreal.example"), None);
        assert_eq!(
            name_spelled_by_handle("Skills\nTeresa Ana Valenzuela\ntvalenzuela@mail.example.org").as_deref(),
            Some("Teresa Ana Valenzuela")
        );
    }
}
