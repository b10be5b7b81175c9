//! "N years" and "experience as a …" as requirements of dated experience.

use crate::analysis::{Importance, RequirementKind};

use super::super::statements;
use super::super::units::{self, Unit};
use super::super::words;
use super::{Need, Reqs, Requirement, tables};

/// "at least 4 years as a Cook", "5+ years of experience with Python",
/// "experience as an Analyst for 5 years".
pub(super) fn years(sentence: &str, importance: Importance, out: &mut Reqs) {
    if tells_a_duration(sentence) {
        return;
    }
    for statements::YearPhrase { count, subject, as_role } in statements::year_phrases(sentence) {
        let lists = !as_role;
        let subject_units =
            subject.as_deref().map(|subject| alternatives_of(subject, lists)).filter(|alts| !alts.is_empty());
        let name = match (&subject_units, &subject) {
            (Some(_), Some(subject)) if as_role => format!("{count}+ years as {}", tidy_lower(subject)),
            (Some(_), Some(subject)) => format!("{count}+ years of {}", tidy_lower(subject)),
            _ => format!("{count}+ years of experience"),
        };
        let as_role = as_role && subject_units.is_some();
        let alternatives = subject.as_deref().map(|subject| shown_parts(subject, lists)).unwrap_or_default();
        out.add(Requirement {
            name,
            kind: RequirementKind::Experience,
            importance,
            need: Need::Months { months: count * 12, subject: subject_units, as_role },
            alternatives,
        });
    }
}

/// "For almost 30 years, clients have turned to us", "Your passport must be
/// valid for a minimum of 2 years", "a 4-year Bachelor of Nursing": years
/// that something else lasts ("for" them, or "N-year" before a noun), in a
/// sentence that says nothing of work, experience or a role ("Registered
/// Nurse for at least 2 years" asks them), ask for no years of it.
fn tells_a_duration(sentence: &str) -> bool {
    let lower = format!(" {}", sentence.to_ascii_lowercase().replace('\u{2019}', "'"));
    let of_work = tables::YEARS_OF_WORK.iter().any(|cue| lower.contains(cue));
    let lasting = lower.split_whitespace().any(|word| {
        word.split_once("-year").is_some_and(|(count, rest)| {
            !count.is_empty() && (rest.is_empty() || rest == "s") && !word.contains("experience")
        })
    }) || lower.contains(" for ")
        && lower.split(" for ").skip(1).any(|after| {
            // "for almost 30 years", "for a minimum of 2 years": "for" leads to the count.
            after.split_whitespace().take(5).any(|word| word.starts_with("year"))
        });
    let names_a_role = lower
        .split_whitespace()
        .any(|word| words::is_role_noun(word.trim_matches(|c: char| !c.is_alphanumeric())));
    lasting && !of_work && !names_a_role
}

/// "Prior experience as a QA Engineer", "Experience as an Application
/// Engineer required": the role held, for any length of time. Met by a job
/// whose title shows it, as years are.
pub(super) fn held_role(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    let Some(at) = ["experience as ", "experience working as ", "background as ", "worked as "]
        .iter()
        .filter_map(|lead| lower.find(lead))
        .min()
    else {
        return false;
    };
    let Some(role) = statements::role_after(&sentence[at..]) else { return false };
    let units = alternatives_of(&role, false);
    if units.is_empty() {
        return false;
    }
    out.add(Requirement {
        name: format!("Experience as {}", tidy_lower(&role)),
        kind: RequirementKind::Experience,
        importance,
        need: Need::Months { months: 1, subject: Some(units), as_role: true },
        alternatives: shown_parts(&role, false),
    });
    true
}

/// The alternatives of a years subject or role, split at "or": "software
/// engineering or machine learning" is met by either, not by machine
/// learning alone because it is the one the alias table knows.
pub(super) fn subject_alternatives(subject: &str) -> Vec<Vec<Unit>> {
    alternatives_of(subject, true)
}

/// The alternatives of a subject, or of a role when `lists` is false: a
/// role's comma is part of its title ("Manager, Finance or Controller").
fn alternatives_of(subject: &str, lists: bool) -> Vec<Vec<Unit>> {
    or_parts(subject, lists).into_iter().map(subject_units).filter(|units| !units.is_empty()).collect()
}

/// The alternatives of a years subject or role in the posting's words, when
/// it gives more than one: "software engineering", "machine learning".
fn shown_parts(subject: &str, lists: bool) -> Vec<String> {
    let parts: Vec<&str> =
        or_parts(subject, lists).into_iter().filter(|part| !subject_units(part).is_empty()).collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    parts.into_iter().map(tidy_lower).collect()
}

/// A subject split at "or", and when `lists`, at the commas of a list
/// that ends with "or" ("Warehousing, Receiving, or Inventory") and holds
/// no bracket.
fn or_parts(subject: &str, lists: bool) -> Vec<&str> {
    let lower = subject.to_ascii_lowercase();
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, _) in lower.match_indices(" or ") {
        parts.push(&subject[from..at]);
        from = at + " or ".len();
    }
    parts.push(&subject[from..]);
    if parts.len() < 2 || !lists || subject.contains(['(', ')']) {
        return parts;
    }
    parts
        .into_iter()
        .flat_map(|part| part.split(", "))
        .map(|part| {
            let part = part.trim().trim_end_matches(',');
            ["and/or ", "and ", "or "].iter().fold(part, |part, lead| part.strip_prefix(lead).unwrap_or(part))
        })
        .filter(|part| !part.is_empty())
        .collect()
}

/// The units of a years subject: its technologies when it names some ("Go,
/// Java in production" is Go, Java), else its words.
fn subject_units(subject: &str) -> Vec<Unit> {
    let units = units::content_units(subject);
    let concepts: Vec<Unit> = units.iter().filter(|unit| matches!(unit, Unit::Concept(_))).cloned().collect();
    if concepts.is_empty() { units } else { concepts }
}

fn tidy_lower(text: &str) -> String {
    text.trim().trim_end_matches(['.', ',', ';', ':']).trim().to_owned()
}
