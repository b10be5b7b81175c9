//! Words: tokens, stems and the English word tables, the bottom layer of
//! the analyser's text handling. Nothing here knows the alias table; the
//! [`super::units`] layer above turns tokens into concepts and words.
//!
//! Tokens keep the characters that make C++, C#, .NET, Node.js and CI/CD one
//! token, so "Java" is never found inside "JavaScript" and "C" never in "C++".

mod rarity;
mod tables;

use std::sync::OnceLock;

pub use rarity::{is_common, rarity};
use tables::{
    CLAUSE_NEGATIONS, FALSE_FRIENDS, GENERIC_STEMS, NEGATIONS, PROFESSIONS, ROLE_NOUNS, STOP_WORDS,
};

/// One token of a line: the text as written and in lower case.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub raw: &'a str,
    pub lower: String,
}

/// Whether a word names a job ("Nurse", "engineers", "Electrician").
pub fn is_role_noun(word: &str) -> bool {
    let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    ROLE_NOUNS.contains(&lower.as_str()) || ROLE_NOUNS.contains(&singular)
}

/// Whether a stem is that of a role noun ("nurs", "engineer").
pub fn is_role_stem(stem_of_word: &str) -> bool {
    static STEMS: OnceLock<Vec<String>> = OnceLock::new();
    stems_of(&STEMS, ROLE_NOUNS).iter().any(|it| it == stem_of_word)
}

/// Whether a stem is that of a role noun naming a trade or profession on
/// its own ("nurse", "electrician"), not one that needs its field
/// ("engineer", "officer").
pub fn is_profession_stem(stem_of_word: &str) -> bool {
    static STEMS: OnceLock<Vec<String>> = OnceLock::new();
    stems_of(&STEMS, PROFESSIONS).iter().any(|it| it == stem_of_word)
}

/// The stems of a word table, made once into `cell`.
fn stems_of<'a>(cell: &'a OnceLock<Vec<String>>, table: &[&str]) -> &'a [String] {
    cell.get_or_init(|| table.iter().map(|word| stem(word)).collect())
}

/// Whether two stems are one word with different endings ("communicate" /
/// "communication", "nurse" / "nursing").
pub fn words_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // "nurse" and "nursing" (stemmed "nurs"): the same but for a final "e".
    let (a_base, b_base) = (a.strip_suffix('e').unwrap_or(a), b.strip_suffix('e').unwrap_or(b));
    if a_base == b_base && a_base.len() >= 4 {
        return true;
    }
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let (shorter, longer) = (a.len().min(b.len()), a.len().max(b.len()));
    common >= 5 && shorter - common <= 3 && longer - common <= 5 && !false_friends(a, b)
}

/// Whether two stems are [`FALSE_FRIENDS`]: one starts with a pair's longer
/// stem, the other with its shorter one only.
fn false_friends(a: &str, b: &str) -> bool {
    FALSE_FRIENDS.iter().any(|(short, long)| {
        let apart = |x: &str, y: &str| x.starts_with(long) && y.starts_with(short) && !y.starts_with(long);
        apart(a, b) || apart(b, a)
    })
}

/// A character that may join two parts of one token ("Node.js", "CI/CD").
pub fn joins_word(c: char) -> bool {
    matches!(c, '.' | '/' | '-' | '\'' | '’' | '_')
}

/// Splits a line into tokens. A token is a run of letters and digits that may
/// contain `.`, `/`, `-` or `'` between two of them, may start with a `.`
/// (".NET") and may end with `+` or `#` ("C++", "C#", "5+").
pub fn tokens(line: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        let leading_dot = c == '.'
            && i + 1 < n
            && chars[i + 1].1.is_alphanumeric()
            && (i == 0 || !chars[i - 1].1.is_alphanumeric());
        if !c.is_alphanumeric() && !leading_dot {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < n {
            let c = chars[i].1;
            let joins = joins_word(c) || c == '&'; // "R&D" is one token, not the language R.
            if c.is_alphanumeric() || (joins && i + 1 < n && chars[i + 1].1.is_alphanumeric()) {
                i += 1;
            } else {
                while i < n && matches!(chars[i].1, '+' | '#') {
                    i += 1;
                }
                break;
            }
        }
        let begin = chars[start].0;
        let end = if i < n { chars[i].0 } else { line.len() };
        let raw = &line[begin..end];
        out.push(Token { raw, lower: raw.to_lowercase() });
    }
    out
}

/// A light suffix-stripping stemmer; [`words_agree`] forgives the rest.
pub fn stem(word: &str) -> String {
    let word = word.trim_end_matches("'s").trim_end_matches("’s");
    let len = word.chars().count();
    if len <= 3 || !word.is_ascii() {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    if let Some(base) = w.strip_suffix("ies") {
        w = format!("{base}y");
    } else if w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(w.len() - 1);
    }
    for suffix in ["ing", "ed"] {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            let bytes = w.as_bytes();
            let n = bytes.len();
            if n >= 2 && bytes[n - 1] == bytes[n - 2] && !matches!(bytes[n - 1], b'l' | b's' | b'z') {
                w.truncate(n - 1);
            }
            break;
        }
    }
    w
}

/// Whether a lower-case word is a stop word ("the", "with", "years"…).
pub fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.contains(&lower)
}

/// Whether a word's stem is one of the generic words, in any form: the stem
/// of "utilizing" is "utiliz", of "utilize" the word itself ("us" is no
/// form of "use").
pub fn is_generic(word: &str) -> bool {
    GENERIC_STEMS.iter().any(|generic| {
        let generic = stem(generic);
        generic == word || (word.len() >= 4 && generic.strip_suffix('e') == Some(word))
    })
}

/// A lower-case adverb of manner by its ending: "effectively", "accurately",
/// "reliably", "repeatedly".
pub fn is_manner_word(lower: &str) -> bool {
    const ENDINGS: &[&str] =
        &["ally", "ively", "ently", "ously", "fully", "antly", "edly", "ately", "ingly", "ably"];
    lower.len() >= 7 && ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// Abbreviations a phrase defines, each with its expansion: "Threat
/// Management Gateway (TMG)", "TMG (Threat Management Gateway)",
/// "Transmission Control Protocol/Internet Protocol (TCP/IP)". The
/// abbreviation's letters must begin the expansion's words, in order, so a
/// bracket that only adds a word ("Python (Django)") is no pair. An unclosed
/// bracket at the end counts ("Security Operation Center (SOC").
pub fn acronym_pairs(phrase: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = phrase[from..].find('(').map(|at| at + from) {
        let close = phrase[open..].find(')').map_or(phrase.len(), |at| at + open);
        let inner = phrase[open + 1..close].trim();
        let before = phrase[..open].trim_end();
        from = (close + 1).min(phrase.len());
        if is_acronym(inner) {
            // The fewest trailing words of `before` that the letters begin.
            let words: Vec<(usize, &str)> = word_starts(before);
            for start in (0..words.len()).rev() {
                let long = &before[words[start].0..];
                if abbreviates(inner, long) {
                    out.push((inner, long));
                    break;
                }
                if words.len() - start > 10 {
                    break;
                }
            }
        } else if let Some(&(at, last)) = word_starts(before).last()
            && is_acronym(last)
            && abbreviates(last, inner)
        {
            out.push((&before[at..], inner));
        }
        if from >= phrase.len() {
            break;
        }
    }
    out
}

/// Byte offsets and text of a phrase's whitespace-separated words.
fn word_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(begin)) => {
                out.push((begin, &text[begin..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(begin) = start {
        out.push((begin, &text[begin..]));
    }
    out
}

/// One word of 2–8 characters with at least two capitals and at most one
/// lower-case letter: "TMG", "TCP/IP", "SaaS" is not one.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    !word.contains(char::is_whitespace)
        && (2..=8).contains(&word.chars().count())
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
        && letters.iter().filter(|c| c.is_lowercase()).count() <= 1
        && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '/' | '&' | '-' | '.'))
}

/// Whether the letters of `short` begin the words of `long` in order, the
/// first letter the first word; stop words may go without a letter ("Identity
/// and Access Management (IAM)") and one word may give two letters.
fn abbreviates(short: &str, long: &str) -> bool {
    let letters: Vec<char> =
        short.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let initials: Vec<char> = long
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-'))
        .filter(|word| !word.is_empty() && !is_stop_word(&word.to_lowercase()))
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.is_empty() || initials.is_empty() || letters[0] != initials[0] {
        return false;
    }
    // Every initial is one of the letters, in order; letters may be spare
    // (a word giving two letters) but at most one.
    let mut at = 0;
    for initial in &initials {
        match letters[at..].iter().position(|letter| letter == initial) {
            Some(skip) if skip <= 1 => at += skip + 1,
            _ => return false,
        }
    }
    letters.len() - at <= 1
}

/// Whether a lower-case word says that what follows it in its clause is
/// absent ("without", "no").
pub fn is_negation(lower: &str) -> bool {
    NEGATIONS.contains(&lower)
}

/// Whether a lower-case word makes its whole clause say what is absent
/// ("not", "never").
pub fn is_clause_negation(lower: &str) -> bool {
    CLAUSE_NEGATIONS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_tokens(line: &str) -> Vec<&str> {
        tokens(line).into_iter().map(|token| token.raw).collect()
    }

    #[test]
    fn false_friends_do_not_agree_and_their_own_forms_do() {
        for (a, b) in
            [("custom", "customer"), ("customiz", "customer"), ("general", "generat"), ("intern", "internal")]
        {
            assert!(!words_agree(a, b) && !words_agree(b, a), "{a} / {b}");
        }
        for (a, b) in [("customer", "customers"), ("generat", "generation"), ("communicat", "communication")]
        {
            assert!(words_agree(&stem(a), &stem(b)), "{a} / {b}");
        }
    }

    #[test]
    fn tokens_keep_cpp_csharp_dotnet_and_nodejs_whole() {
        assert_eq!(raw_tokens("C++, C# and .NET; Node.js."), ["C++", "C#", "and", ".NET", "Node.js"]);
        assert_eq!(raw_tokens("ASP.NET (5+ years)"), ["ASP.NET", "5+", "years"]);
    }

    #[test]
    fn abbreviations_pair_with_their_expansions() {
        let check = |phrase: &str, expected: &[(&str, &str)]| {
            assert_eq!(acronym_pairs(phrase), expected, "{phrase}");
        };
        check("Strong knowledge of Standard Template Library (STL)", &[("STL", "Standard Template Library")]);
        check("TMG (Threat Management Gateway)", &[("TMG", "Threat Management Gateway")]);
        check(
            "Transmission Control Protocol/Internet Protocol (TCP/IP)",
            &[("TCP/IP", "Transmission Control Protocol/Internet Protocol")],
        );
        check("Security Operation Center (SOC", &[("SOC", "Security Operation Center")]);
        check(
            "Amazon Web Services (AWS) and Identity and Access Management (IAM)",
            &[("AWS", "Amazon Web Services"), ("IAM", "Identity and Access Management")],
        );
        check("Python (Django)", &[]);
        check("Experience with cloud (AWS)", &[]);
    }
}
