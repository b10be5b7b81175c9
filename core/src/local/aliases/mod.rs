//! The alias table: known technologies and skills, each under one canonical
//! name with the spellings people use for it. "k8s" and "Kubernetes" become
//! the same concept, so either side of the match may use either.
//!
//! An alias starting with `!` matches only with exactly that case: "Go" the
//! language but not "go" the verb, "ML" but not "ml" (millilitres).
//!
//! The table itself is data, in `table.rs`: the row order of `CONCEPTS` gives
//! each concept its [`ConceptId`], so rows are appended, never reordered.

mod table;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::words::{self, Token};
use table::{CONCEPTS, IMPLIES, NOT_BEFORE, SOFT, SUBSTITUTES};

/// The index of a concept in the alias table (`table::CONCEPTS`).
pub type ConceptId = u16;

/// Whether a concept is a soft skill rather than a technology.
pub fn is_soft(concept: ConceptId) -> bool {
    SOFT.contains(&name(concept))
}

/// Whether showing concept `have` shows concept `want`.
pub fn implies(have: ConceptId, want: ConceptId) -> bool {
    let (have, want) = (name(have), name(want));
    IMPLIES.iter().any(|(specific, general)| *specific == have && *general == want)
}

/// Whether concept `have` stands in for concept `want`: two specific
/// concepts of one general kind whose members are interchangeable tools
/// (`table::SUBSTITUTES`), such as two SQL databases.
pub fn substitutes(have: ConceptId, want: ConceptId) -> bool {
    static PAIRS: OnceLock<HashSet<(ConceptId, ConceptId)>> = OnceLock::new();
    PAIRS
        .get_or_init(|| {
            let id = |name: &str| {
                CONCEPTS.iter().position(|(it, _)| *it == name).and_then(|at| ConceptId::try_from(at).ok())
            };
            let mut pairs = HashSet::new();
            for general in SUBSTITUTES {
                let members: Vec<ConceptId> = IMPLIES
                    .iter()
                    .filter(|(_, it)| it == general)
                    .filter_map(|(specific, _)| id(specific))
                    .collect();
                for &a in &members {
                    for &b in members.iter().filter(|b| **b != a) {
                        pairs.insert((a, b));
                    }
                }
            }
            pairs
        })
        .contains(&(have, want))
}

struct Alias {
    lower: Vec<String>,
    /// The exact tokens, when the alias is case-sensitive.
    exact: Option<Vec<String>>,
    concept: ConceptId,
}

struct Index {
    by_first_token: HashMap<String, Vec<Alias>>,
    /// One-word aliases of five letters or more by their stem, so other
    /// endings of the word find the concept ("mathematic", "firewalling").
    by_stem: HashMap<String, ConceptId>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_first_token: HashMap<String, Vec<Alias>> = HashMap::new();
        for (id, (_, aliases)) in CONCEPTS.iter().enumerate() {
            for alias in aliases.iter() {
                let (text, exact) = match alias.strip_prefix('!') {
                    Some(text) => (text, true),
                    None => (*alias, false),
                };
                let tokens = words::tokens(text);
                let lower: Vec<String> = tokens.iter().map(|token| token.lower.clone()).collect();
                let exact = exact.then(|| tokens.iter().map(|token| token.raw.to_owned()).collect());
                let Some(first) = lower.first().cloned() else { continue };
                #[allow(clippy::cast_possible_truncation)] // The table has a few hundred rows.
                by_first_token.entry(first).or_default().push(Alias {
                    lower,
                    exact,
                    concept: id as ConceptId,
                });
            }
        }
        for aliases in by_first_token.values_mut() {
            aliases.sort_by_key(|alias| std::cmp::Reverse(alias.lower.len()));
        }
        let mut by_stem = HashMap::new();
        for aliases in by_first_token.values() {
            for alias in aliases {
                if let ([word], None) = (alias.lower.as_slice(), &alias.exact)
                    && word.len() >= 5
                    && word.chars().all(char::is_alphabetic)
                {
                    by_stem.entry(words::stem(word)).or_insert(alias.concept);
                }
            }
        }
        Index { by_first_token, by_stem }
    })
}

/// Whether a compound token ("node.js", "ci/cd") is an alias and should stay whole.
pub fn is_alias_token(lower: &str) -> bool {
    index()
        .by_first_token
        .get(lower)
        .is_some_and(|aliases| aliases.iter().any(|alias| alias.lower.len() == 1))
}

/// The concept whose alias starts at `tokens[at]`, and how many tokens it spans.
pub fn concept_at(tokens: &[Token<'_>], at: usize) -> Option<(ConceptId, usize)> {
    let lower = &tokens[at].lower;
    let Some(candidates) = index().by_first_token.get(lower) else {
        // A plural of a one-word alias: "SQLs", "APIs", "Firewalls".
        let plural = lower.strip_suffix('s').filter(|singular| singular.len() >= 3).and_then(|singular| {
            let raw = tokens[at].raw.strip_suffix('s').unwrap_or(tokens[at].raw);
            index().by_first_token.get(singular)?.iter().find_map(|alias| {
                let exact = alias.exact.as_ref().is_none_or(|exact| exact.len() == 1 && exact[0] == raw);
                (alias.lower.len() == 1 && exact).then_some((alias.concept, 1))
            })
        });
        // Another ending of a longer one-word alias: "mathematic", "troubleshoots".
        return plural.or_else(|| {
            (lower.len() >= 5 && lower.chars().all(char::is_alphabetic))
                .then(|| index().by_stem.get(&words::stem(lower)).map(|concept| (*concept, 1)))
                .flatten()
        });
    };
    candidates.iter().find_map(|alias| {
        let window = tokens.get(at..at + alias.lower.len())?;
        // The last word of a longer alias may take another ending: "attention
        // to details", "problem solved", "Amazon Web Service".
        let last = alias.lower.len().saturating_sub(1);
        let same = window.iter().zip(&alias.lower).enumerate().all(|(index, (token, lower))| {
            token.lower == *lower
                || (index == last
                    && index > 0
                    && lower.len() >= 4
                    && token.lower.chars().all(char::is_alphabetic)
                    && words::stem(&token.lower) == words::stem(lower))
        });
        let exact = alias
            .exact
            .as_ref()
            .is_none_or(|exact| window.iter().zip(exact).all(|(token, raw)| token.raw == raw.as_str()));
        // "excel in research" is the verb, not the spreadsheet.
        let verb = alias.lower.len() == 1
            && NOT_BEFORE.iter().any(|(word, next)| {
                alias.lower[0] == *word
                    && tokens.get(at + 1).is_some_and(|token| next.contains(&token.lower.as_str()))
            });
        (same && exact && !verb).then_some((alias.concept, alias.lower.len()))
    })
}

/// The canonical name of a concept.
pub fn name(concept: ConceptId) -> &'static str {
    CONCEPTS.get(usize::from(concept)).map_or("", |(name, _)| name)
}
