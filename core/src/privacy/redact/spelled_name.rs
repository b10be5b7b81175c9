//! Two signals that do not depend on how one CV words its header (issue #18,
//! the eighth round, measured on sets it was not written from):
//!
//! - **a name the CV's own handles spell**: an email's local part, the email's
//!   own domain (not a mail provider's), a profile's owner; the letters of a
//!   handle, read left to right, are a run of words from the text each taken
//!   whole, as its initial or left out ("davidjmabreu" ↔ "David José Martins
//!   Abreu", "jhugosilva" ↔ "João Hugo Pereira da Silva", "arjendehaan" ↔
//!   "Arjen de Haan"), two of them whole. Found anywhere in the text: a
//!   two-column layout puts the name where it likes.
//! - **relatives**: the candidate's family name after given names that are not
//!   the candidate's ("Hoselyn Cris D. Cabasag" in a CV of "John Cabasag"): a
//!   parent, a sibling, an emergency contact, withheld as another person.

use super::tables::{
    CYRILLIC, HONORIFICS, MAIL_PROVIDERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, ORGANISATION_WORDS,
};
use super::{PiiKind, Span, email, lines_at, url};

/// The folded letters of each handle the CV gives: an email's local part
/// (whole, and each part of five letters or more), an own email domain, a
/// profile's owner.
fn handle_spellings(text: &str) -> Vec<String> {
    let mut raw: Vec<String> = Vec::new();
    for span in email::emails(text) {
        let address = &text[span.start..span.end];
        let Some((local, domain)) = address.split_once('@') else { continue };
        raw.push(local.to_owned());
        let host = domain.split('.').next().unwrap_or_default().to_lowercase();
        if !MAIL_PROVIDERS.contains(&host.as_str()) {
            raw.push(host);
        }
    }
    for span in url::urls(text) {
        let link = text[span.start..span.end].trim_end_matches('/');
        let link = link.split("://").last().unwrap_or_default().trim_start_matches("www.");
        let mut parts = link.split('/');
        let host = parts.next().unwrap_or_default();
        match parts.map(|part| part.trim_start_matches('@')).find(|part| {
            !part.is_empty() && !["in", "pub", "u", "user", "users", "profile", "people"].contains(part)
        }) {
            Some(owner) => raw.push(owner.to_owned()),
            None => raw.push(host.split('.').next().unwrap_or_default().to_owned()),
        }
    }
    let mut out: Vec<String> = Vec::new();
    for handle in raw {
        let pieces: Vec<String> =
            handle.split(|c: char| !c.is_alphabetic()).map(super::name::folded).collect();
        let whole: String = pieces.concat();
        for piece in pieces.into_iter().filter(|p| p.len() >= 5).chain([whole]) {
            if piece.len() >= 5 && !out.contains(&piece) {
                out.push(piece);
            }
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

/// A word's letters as a handle spells them: Cyrillic transliterated
/// ("Егор" → "egor"), then [`super::name::folded`].
fn latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match CYRILLIC.iter().find(|(letter, _)| *letter == c) {
            Some((_, latin)) => out.push_str(latin),
            None => out.push(c),
        }
    }
    super::name::folded(&out)
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
        let words: Vec<(usize, &str)> = line
            .split(' ')
            .scan(0, |at, word| {
                let here = *at;
                *at += word.len() + 1;
                Some((here, word))
            })
            .filter(|(_, word)| !word.is_empty())
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
                let folded: Vec<String> = run.iter().map(|(_, w)| latin(w)).collect();
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

/// Relatives: one to three given names (an initial among them) right before
/// the candidate's family name, on the same line, none of them the
/// candidate's own ("Father: Joselito P. Cabasag" for "John Cabasag").
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
    for (start, line) in lines_at(text) {
        // "Yeji Kang, Gyuri Choi, …": an author list's names are co-authors, kin or not.
        if line.matches(',').count() >= 3 {
            continue;
        }
        let words: Vec<(usize, &str)> = line
            .split(' ')
            .scan(0, |at, word| {
                let here = *at;
                *at += word.len() + 1;
                Some((here, word))
            })
            .filter(|(_, word)| !word.is_empty())
            .collect();
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
            let from = start + words[first].0;
            out.push(Span { start: from, end: start + at + bare.len(), kind: PiiKind::Name });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{name_spelled_by_handle, spells};

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn a_handle_spells_words_whole_as_initials_or_left_out() {
        assert!(spells("mariajlsantos", &words("maria joana lopes santos")));
        assert!(spells("jhugosilva", &words("joao hugo pereira da silva")));
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
