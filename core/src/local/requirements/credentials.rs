//! Certifications and licences, a driver's licence, a security clearance.

use crate::analysis::{Importance, RequirementKind};

use super::super::units::{self, Unit};
use super::super::words;
use super::qualifiers::strip_qualifiers;
use super::{Need, Reqs, Requirement, tidy};

pub(super) fn certification(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    if !["certification", "certified", "certificate", "license", "licence", "licensure"]
        .iter()
        .any(|word| lower.contains(word))
        || lower.contains("driver")
        || lower.contains("driving")
    {
        return false;
    }
    let units: Vec<Unit> = units::content_units(strip_qualifiers(sentence))
        .into_iter()
        .filter(|unit| !matches!(unit, Unit::Word(word) if word.starts_with("certif") || word.starts_with("licen") || word == "valid" || word == "current" || word == "hold"))
        .collect();
    // "AWS or CCNA certification": any named one; "BLS and ACLS
    // certification": each; "AWS Certified Solutions Architect": the named
    // one with its words; otherwise the words, or any certification at all
    // when the sentence names none.
    let concepts: Vec<Vec<Unit>> =
        units.iter().filter(|unit| matches!(unit, Unit::Concept(_))).map(|unit| vec![unit.clone()]).collect();
    if concepts.len() > 1 && lower.contains(" and ") && !lower.contains(" or ") {
        out.add(Requirement {
            name: tidy(strip_qualifiers(sentence)),
            kind: RequirementKind::Certification,
            importance,
            need: Need::Each { alternatives: vec![concepts.concat()], parts: concepts },
            alternatives: Vec::new(),
        });
        return true;
    }
    // "AWS or CCNA certification": the named ones, as the posting writes them.
    let shown = if concepts.len() > 1 && lower.contains(" or ") {
        units::concept_mentions(sentence).into_iter().map(|(_, written)| written).collect()
    } else {
        Vec::new()
    };
    let alternatives = if concepts.len() == 1 && units.len() <= 6 {
        vec![units]
    } else if !concepts.is_empty() {
        concepts
    } else if units.is_empty() || units.len() > 6 {
        vec![vec![Unit::Word(words::stem("certification"))]]
    } else {
        vec![units]
    };
    out.either(strip_qualifiers(sentence), RequirementKind::Certification, importance, alternatives, shown);
    true
}

pub(super) fn other(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    if (lower.contains("driver") || lower.contains("driving")) && (lower.contains("licen")) {
        let units = vec![Unit::Word(words::stem("driver")), Unit::Word(words::stem("license"))];
        let alt = vec![Unit::Word(words::stem("driving")), Unit::Word(words::stem("licence"))];
        let alt2 = vec![Unit::Word(words::stem("driver")), Unit::Word(words::stem("licence"))];
        out.phrase("Driver's license", RequirementKind::Other, importance, vec![units, alt, alt2]);
        return true;
    }
    if lower.contains("clearance") {
        out.phrase(
            "Security clearance",
            RequirementKind::Other,
            importance,
            vec![vec![Unit::Word(words::stem("clearance"))]],
        );
        return true;
    }
    false
}
