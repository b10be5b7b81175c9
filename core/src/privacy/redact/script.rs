//! Words of other scripts read in Latin letters (issue #18, ninth round): a
//! CV that writes the name in Cyrillic or Greek in its header spells it in
//! Latin letters in its email, its links or an English part ("Олена
//! Коваль" and `olenakoval.dev`, "Παπαδάκη" and "Papadaki I." in a list
//! of authors). [`latin`] transliterates a word letter by letter, and
//! [`loose`] evens out what transliterations choose differently ("и" as "i"
//! or "y", "х" as "kh" or "h"), so that two spellings of one name compare equal.

use unicode_normalization::UnicodeNormalization;

use super::tables::{CYRILLIC, GREEK};

/// Whether a word holds Cyrillic or Greek letters.
pub(super) fn is_cyrillic_or_greek(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{04FF}' | '\u{1F00}'..='\u{1FFF}'))
}

/// A word's letters as a handle spells them: Cyrillic and Greek
/// transliterated ("Егор" → "egor", "Μαρία" → "maria"), then
/// [`super::name::folded`] (lower case, Latin letters only).
pub(super) fn latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        if let Some((_, latin)) = CYRILLIC.iter().find(|(letter, _)| *letter == c) {
            out.push_str(latin);
            continue;
        }
        // "ά" → "α" → "a": Greek accents and breathings are marks after the letter.
        let base = std::iter::once(c).nfd().next().unwrap_or(c);
        match GREEK.iter().find(|(letter, _)| *letter == base) {
            Some((_, latin)) => out.push_str(latin),
            None => out.push(c),
        }
    }
    super::name::folded(&out)
}

/// Latin letters (as [`latin`] gives them) with what transliterations write
/// differently made one: "kh" and "h", "ph" and "f", "ou" and "u", "th" and
/// "t"; "y", "j" and "i"; "w" and "v"; "c", "q" and "k"; doubled letters
/// single. "oleksiy" and "oleksii" both → "oleksii".
pub(super) fn loose(letters: &str) -> String {
    let even = letters.replace("kh", "h").replace("ph", "f").replace("ou", "u").replace("th", "t");
    let mut out = String::with_capacity(even.len());
    for c in even.chars() {
        let c = match c {
            'y' | 'j' => 'i',
            'w' => 'v',
            'c' | 'q' => 'k',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// A word of four letters or more in Cyrillic or Greek that one of `locals`
/// (folded handles: an email's local part, a link's owner) spells, as
/// [`loose`] reads both: "Коваль" in `olenakoval`.
pub(super) fn spelled_in(word: &str, locals: &[String]) -> bool {
    if !is_cyrillic_or_greek(word) {
        return false;
    }
    let key = loose(&latin(word));
    key.chars().count() >= 4 && locals.iter().any(|local| loose(local).contains(&key))
}

/// The capitalised words of `text`, four letters or more, that spell one of
/// `parts` in another script, Latin for a part in Cyrillic or Greek and the
/// other way round: "Papadaki" for "Παπαδάκη", "Айгерим" for "Aigerim".
/// Each distinct word once, in order of first appearance.
pub(super) fn other_script_spellings(text: &str, parts: &[&str]) -> Vec<String> {
    let keys: Vec<(String, bool)> = parts
        .iter()
        .filter(|part| part.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .map(|part| (loose(&latin(part)), is_cyrillic_or_greek(part)))
        .filter(|(key, _)| key.chars().count() >= 4)
        .collect();
    let mut out: Vec<String> = Vec::new();
    if keys.is_empty() {
        return out;
    }
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.chars().count() < 4
            || !word.chars().next().is_some_and(char::is_uppercase)
            || out.iter().any(|seen| seen == word)
        {
            continue;
        }
        let other = is_cyrillic_or_greek(word);
        let key = loose(&latin(word));
        if keys.iter().any(|(part, cyrillic_or_greek)| *cyrillic_or_greek != other && *part == key) {
            out.push(word.to_owned());
        }
    }
    out
}
