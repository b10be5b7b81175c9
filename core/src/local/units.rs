//! Units: what a line means for matching. A line becomes a list of
//! [`Unit`]s: a known concept from the alias table (so "k8s" and
//! "Kubernetes" are one unit) or the stem of an ordinary word. Sits above
//! [`super::words`] and [`super::aliases`]; uses [`super::layout`] only to
//! cut a line into sentences.

use super::aliases::{self, ConceptId};
use super::layout;
use super::words::{self, Token, is_stop_word, stem};

/// What a line means for matching: a concept or an ordinary word's stem.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Concept(ConceptId),
    Word(String),
}

impl Unit {
    /// Whether this unit (from a requirement) is met by `other` (from a resume).
    /// Concepts must be equal; words may differ in their ending
    /// ("communicate" / "communication", "managing" / "management").
    pub fn is_met_by(&self, other: &Unit) -> bool {
        self.is_named_by(other)
            || matches!((self, other), (Unit::Concept(a), Unit::Concept(b)) if aliases::implies(*b, *a))
    }

    /// Whether `other` names this unit itself, not something that implies it
    /// (Flask implies Python, but only "Python" names it).
    pub fn is_named_by(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Concept(a), Unit::Concept(b)) => a == b,
            (Unit::Word(a), Unit::Word(b)) => words::words_agree(a, b),
            // "APEX" in a JD is a word when only "Apex" is the known spelling.
            (Unit::Word(a), Unit::Concept(b)) => stem(&aliases::name(*b).to_lowercase()) == *a,
            (Unit::Concept(_), Unit::Word(_)) => false,
        }
    }
}

/// Tokens with compound ones ("time-management", "LAN/WAN") split into their
/// parts unless the whole token is a known alias ("node.js", "ci/cd") or
/// initials ("D.C.").
pub fn fine_tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for token in words::tokens(line) {
        let compound = token.raw.chars().skip(1).any(words::joins_word);
        // "D.C.", "U.S.", "R.N.": initials, one word, not the letters C, S and R.
        let initials = token.raw.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        });
        if !compound || initials || aliases::is_alias_token(&token.lower) {
            out.push(token);
            continue;
        }
        for part in token.raw.split(words::joins_word).filter(|part| !part.is_empty()) {
            let part = part.trim_start_matches('.');
            if part == "s" || part.is_empty() {
                continue; // the "s" of a possessive
            }
            out.push(Token { raw: part, lower: part.to_lowercase() });
        }
    }
    out
}

/// The units of a line, in order, with stop words left out. What a clause
/// negates is left out too: "a developer without Angular" shows no Angular.
pub fn units(line: &str) -> Vec<Unit> {
    units_of(&affirmed(line))
}

/// A resume line's units, and also the last word of each known concept of
/// several words: "Project Management" shows the concept and the word
/// "management", as "attention to detail" shows "detail".
pub fn units_with_words(line: &str) -> Vec<Unit> {
    let kept = affirmed(line);
    let mut out = units_of(&kept);
    let tokens = fine_tokens(&kept);
    let mut i = 0;
    while i < tokens.len() {
        match aliases::concept_at(&tokens, i) {
            Some((_, len)) => {
                let last = &tokens[i + len - 1].lower;
                let word = Unit::Word(stem(last));
                if len > 1 && !is_stop_word(last) && !out.contains(&word) {
                    out.push(word);
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The text of a line without what it says is absent.
fn affirmed(line: &str) -> String {
    let mut kept = String::with_capacity(line.len());
    let line = &line.split(' ').filter(|word| !is_address(word)).collect::<Vec<_>>().join(" ");
    for piece in layout::sentences(line)
        .into_iter()
        .flat_map(|sentence| sentence.split_inclusive([',', ';', '(', ')', ':', '\n']))
    {
        let lower_words: Vec<String> = piece
            .split(' ')
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .collect();
        // "Despite Qlikview not being part of the tool set": the whole clause.
        if lower_words.iter().any(|word| words::is_clause_negation(word)) {
            kept.push(' ');
            continue;
        }
        // "a developer without Angular": what follows the word.
        let cut = lower_words.iter().position(|word| words::is_negation(word)).unwrap_or(lower_words.len());
        let words: Vec<&str> = piece.split(' ').take(cut).collect();
        kept.push_str(&words.join(" "));
        kept.push(' ');
    }
    kept
}

/// An address ("ria@complianceemail.com", "https://acme.io") says nothing of skills.
fn is_address(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.contains('@') || lower.contains("://") || lower.starts_with("www.")
}

fn units_of(line: &str) -> Vec<Unit> {
    let tokens = fine_tokens(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((concept, len)) = aliases::concept_at(&tokens, i) {
            out.push(Unit::Concept(concept));
            // "AWS Lambda", "Spring Boot": a longer name that opens with
            // another skill's name shows that one too.
            if len > 1
                && let Some((first, 1)) = aliases::concept_at(&tokens[i..=i], 0)
                && first != concept
            {
                out.push(Unit::Concept(first));
            }
            i += len;
            continue;
        }
        let lower = &tokens[i].lower;
        if !is_stop_word(lower) && !lower.chars().all(|c| c.is_ascii_digit() || c == '+') {
            out.push(Unit::Word(stem(lower)));
        }
        i += 1;
    }
    out
}

/// The known concepts of a line, each with the words the line uses for it.
pub fn concept_mentions(line: &str) -> Vec<(ConceptId, String)> {
    let tokens = fine_tokens(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((concept, len)) = aliases::concept_at(&tokens, i) {
            let words: Vec<&str> = tokens[i..i + len].iter().map(|token| token.raw).collect();
            out.push((concept, words.join(" ")));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// The units that carry the meaning of a requirement: `units` without the
/// words every requirement uses ("strong", "skills", "knowledge of"…), each
/// once.
pub fn content_units(phrase: &str) -> Vec<Unit> {
    let mut out = content_units_as_used(phrase);
    let mut seen = Vec::new();
    out.retain(|unit| {
        let fresh = !seen.contains(unit);
        seen.push(unit.clone());
        fresh
    });
    out
}

/// [`content_units`] as often as the text uses each, for weighing a whole
/// text.
pub fn content_units_as_used(phrase: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = units(phrase)
        .into_iter()
        .filter(|unit| match unit {
            Unit::Word(word) => !words::is_generic(word),
            Unit::Concept(_) => true,
        })
        .collect();
    // "Work effectively under pressure" asks for work under pressure: an
    // adverb of manner says how, unless it is all the phrase says ("Work
    // independently").
    if out.iter().any(|unit| !is_manner_adverb(unit)) {
        out.retain(|unit| !is_manner_adverb(unit));
    }
    out
}

/// An adverb of manner by its ending: "effectively", "independently",
/// "harmoniously", "carefully".
fn is_manner_adverb(unit: &Unit) -> bool {
    matches!(unit, Unit::Word(word) if words::is_manner_word(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts(line: &str) -> Vec<&'static str> {
        units(line)
            .into_iter()
            .filter_map(|unit| match unit {
                Unit::Concept(id) => Some(aliases::name(id)),
                Unit::Word(_) => None,
            })
            .collect()
    }

    #[test]
    fn stems_agree_across_endings() {
        let check = |a: &str, b: &str, expected: bool| {
            assert_eq!(Unit::Word(stem(a)).is_met_by(&Unit::Word(stem(b))), expected, "{a} ~ {b}");
        };
        check("communication", "communicate", true);
        check("managing", "management", true);
        check("researchers", "researcher", true);
        check("analysis", "analyze", true);
        check("nursing", "nurse", true);
        check("communication", "community", false);
        check("data", "database", false);
    }

    #[test]
    fn a_longer_name_that_opens_with_another_skill_shows_both() {
        let found = concepts("Deployed services on AWS Lambda and S3");
        assert!(found.contains(&"Serverless") && found.contains(&"AWS"), "{found:?}");
        // An alias of one word does not show a longer one.
        assert!(!concepts("Deployed services on AWS").contains(&"Serverless"));
    }

    #[test]
    fn aliases_map_to_one_canonical_name() {
        let check = |line: &str, expected: &[&str]| assert_eq!(concepts(line), expected, "{line}");
        check("k8s and Postgres", &["Kubernetes", "PostgreSQL"]);
        check("JS, ML and amazon web services", &["JavaScript", "Machine learning", "AWS"]);
        check("nodejs or Node.js", &["Node.js", "Node.js"]);
    }

    #[test]
    fn a_specific_tool_shows_the_general_skill() {
        let id = |line: &str| match units(line).first() {
            Some(Unit::Concept(id)) => *id,
            other => panic!("{line}: {other:?}"),
        };
        assert!(Unit::Concept(id("SQL")).is_met_by(&Unit::Concept(id("Postgres"))));
        assert!(!Unit::Concept(id("Postgres")).is_met_by(&Unit::Concept(id("SQL"))));
        assert!(Unit::Word("apex".to_owned()).is_met_by(&Unit::Concept(id("Apex"))));
    }

    #[test]
    fn word_boundaries_respect_cpp_csharp_dotnet_and_nodejs() {
        let check = |line: &str, expected: &[&str]| assert_eq!(concepts(line), expected, "{line}");
        check("JavaScript and TypeScript", &["JavaScript", "TypeScript"]);
        check("C++ and C# on .NET", &["C++", "C#", ".NET"]);
        check("ASP.NET", &["ASP.NET"]);
        check("Node.js services", &["Node.js"]);
        check("Java, C and Go", &["Java", "C", "Go"]);
        check("we go to great lengths; 5 ml of water", &[]);
        check("Time-management and LAN/WAN", &["Time management"]);
    }
}
