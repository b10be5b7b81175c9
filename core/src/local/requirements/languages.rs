//! Spoken languages: "Fluent English and Spanish", "English or French".

use crate::analysis::{Importance, RequirementKind};

use super::super::units::Unit;
use super::super::words;
use super::Reqs;
use super::tables::SPOKEN;

pub(super) fn languages(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    let context = [
        "fluent",
        "fluency",
        "speak",
        "spoken",
        "language",
        "bilingual",
        "native",
        "proficien",
        "written and",
        "verbal",
    ];
    if !context.iter().any(|word| lower.contains(word)) {
        return false;
    }
    let named: Vec<&str> = words::tokens(sentence)
        .iter()
        .flat_map(|token| token.raw.split('/'))
        .filter_map(|word| SPOKEN.iter().find(|name| word == **name).copied())
        .collect();
    if named.is_empty() {
        return false;
    }
    let alternatives: Vec<Vec<Unit>> =
        named.iter().map(|name| vec![Unit::Word(words::stem(&name.to_ascii_lowercase()))]).collect();
    if lower.contains(" or ") {
        let shown = named.iter().map(|name| (*name).to_owned()).collect();
        out.either(&named.join(" or "), RequirementKind::Language, importance, alternatives, shown);
    } else {
        for (name, units) in named.iter().zip(alternatives) {
            out.phrase(name, RequirementKind::Language, importance, vec![units]);
        }
    }
    true
}
