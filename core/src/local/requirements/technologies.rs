//! Known technologies (the alias table) a sentence names, each a requirement;
//! "Go or Java" one that either meets.

use crate::analysis::{Importance, RequirementKind};

use super::super::aliases::{self, ConceptId};
use super::super::statements;
use super::super::units::{self, Unit};
use super::Reqs;
use super::years::subject_alternatives;

/// Known technologies in a sentence, each its own requirement.
pub(super) fn concepts(sentence: &str, importance: Importance, out: &mut Reqs) {
    for (id, written) in units::concept_mentions(sentence) {
        out.phrase(
            &concept_name(id, written),
            RequirementKind::Skill,
            importance,
            vec![vec![Unit::Concept(id)]],
        );
    }
}

/// The JD's own spelling when it extends the canonical name ("AngularJS",
/// "CSS3"); for another spelling, the canonical name with the JD's after it
/// ("Subversion (SVN)"), the JD's words of several before the canonical name
/// ("Applicant Tracking Systems (ATS)"), or the canonical name alone for one
/// other word ("k8s", "JS", "Postgres").
fn concept_name(id: ConceptId, written: String) -> String {
    let canonical = aliases::name(id);
    let lower = written.to_ascii_lowercase();
    if lower.contains(&canonical.to_ascii_lowercase()) {
        written
    } else if written.chars().filter(char::is_ascii_uppercase).count() >= 2 && written.len() <= 6 {
        format!("{canonical} ({written})")
    } else if written.split_whitespace().count() >= 2 {
        // "Applicant Tracking Systems (ATS)": the JD's own words come first.
        format!("{written} ({canonical})")
    } else {
        canonical.to_owned()
    }
}

/// Known technologies of a summary or duty, not the soft skills its prose
/// mentions in passing ("organizing the team" asks for no skill).
pub(super) fn technologies(sentence: &str, importance: Importance, out: &mut Reqs) {
    for (id, written) in units::concept_mentions(sentence) {
        if !aliases::is_soft(id) {
            out.phrase(
                &concept_name(id, written),
                RequirementKind::Skill,
                importance,
                vec![vec![Unit::Concept(id)]],
            );
        }
    }
}

/// The technologies of a sentence; "Go or Java" is one requirement either meets.
pub(super) fn either_concepts(sentence: &str, importance: Importance, out: &mut Reqs) {
    let mut mentions = units::concept_mentions(sentence);
    let lower = sentence.to_ascii_lowercase();
    // "3+ years in software engineering or machine learning": either meets
    // the years, so machine learning is no requirement of its own; the
    // sentence's other technologies still are.
    if lower.contains(" or ") {
        for subject in statements::year_phrases(sentence).into_iter().filter_map(|phrase| phrase.subject) {
            let alternatives = subject_alternatives(&subject);
            if alternatives.len() > 1
                && alternatives.iter().any(|units| units.iter().all(|unit| matches!(unit, Unit::Word(_))))
            {
                let inside = alternatives.concat();
                mentions.retain(|(id, _)| !inside.contains(&Unit::Concept(*id)));
            }
        }
    }
    // "Go or Java", "languages such as Java, C++ or Go": any one of them.
    for group in or_groups(&lower, mentions) {
        if group.len() > 1 {
            let name: Vec<&str> = group.iter().map(|(id, _)| aliases::name(*id)).collect();
            let alternatives = group.iter().map(|(id, _)| vec![Unit::Concept(*id)]).collect();
            let shown = name.iter().map(|name| (*name).to_owned()).collect();
            out.either(&name.join(" or "), RequirementKind::Skill, importance, alternatives, shown);
            continue;
        }
        for (id, written) in group {
            out.phrase(
                &concept_name(id, written),
                RequirementKind::Skill,
                importance,
                vec![vec![Unit::Concept(id)]],
            );
        }
    }
}

/// The mentions in runs that only commas, slashes and "or" join, with an
/// "or" among them or "any of" before them: "Java, C++ or Go" and "any of
/// Ruby, Python, Java" are one run each; in "Python or Go, plus
/// Kubernetes" Kubernetes is a run of its own, as is each of "Python, Go
/// and Rust".
fn or_groups(lower: &str, mentions: Vec<(ConceptId, String)>) -> Vec<Vec<(ConceptId, String)>> {
    let mut groups: Vec<(Vec<(ConceptId, String)>, bool)> = Vec::new();
    let mut from = 0;
    for mention in mentions {
        let at = lower[from..].find(&mention.1.to_ascii_lowercase()).map(|at| from + at);
        let joined = at.map(|at| lower[from..at].trim());
        let joins = from > 0 && joined.is_some_and(|text| matches!(text, "," | "/" | "or" | ", or"));
        let said_or = joined.is_some_and(|text| text.ends_with("or"));
        // "in any of Ruby, Python, Java": a run after words of choosing is a choice.
        let choice = at.is_some_and(|at| {
            let before = format!(" {}", lower[..at].trim_end());
            [" any of", " one of", " either"].iter().any(|words| before.ends_with(words))
        });
        if let Some(at) = at {
            from = at + mention.1.len();
        }
        match groups.last_mut() {
            Some((group, or)) if joins => {
                group.push(mention);
                *or |= said_or;
            }
            _ => groups.push((vec![mention], choice)),
        }
    }
    groups
        .into_iter()
        .flat_map(
            |(group, or)| if or { vec![group] } else { group.into_iter().map(|one| vec![one]).collect() },
        )
        .collect()
}
