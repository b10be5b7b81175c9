//! How close a whole resume is to a whole posting, from 0 to 1: the cosine
//! of their content words, each counted as often as it is used and weighed
//! by how rare it is in English ([`words::rarity`]), so two texts of one
//! field ("ward", "patients", "medication") are close and two texts that
//! share only the words every resume uses ("team", "work") are not.
//!
//! A cosine of [`FULL_AT`] or more counts as fully close: a resume and a
//! posting never share all their words, and the cosine of two texts of one
//! field stays far below 1.

use std::collections::BTreeMap;

use super::aliases;
use super::units::{self, Unit};
use super::words::{self, stem};

/// The cosine from which a resume counts as fully close to the posting.
pub const FULL_AT: f64 = 0.2;

/// A text's content words, weighed.
#[derive(Debug, Clone, Default)]
pub struct Vector(BTreeMap<Unit, f64>);

impl Vector {
    /// The vector of a whole text.
    pub fn of(text: &str) -> Self {
        let mut weights: BTreeMap<Unit, f64> = BTreeMap::new();
        for unit in units::content_units_as_used(text) {
            *weights.entry(unit).or_default() += 1.0;
        }
        for (unit, weight) in &mut weights {
            *weight *= rarity(unit);
        }
        Self(weights)
    }

    /// How close two texts are, 0 to 1 ([`FULL_AT`] and above count as 1).
    pub fn closeness(&self, other: &Self) -> f64 {
        let dot: f64 = self.0.iter().filter_map(|(unit, x)| other.0.get(unit).map(|y| x * y)).sum();
        let norms = self.norm() * other.norm();
        if norms == 0.0 { 0.0 } else { (dot / norms / FULL_AT).min(1.0) }
    }

    fn norm(&self) -> f64 {
        self.0.values().map(|x| x * x).sum::<f64>().sqrt()
    }
}

/// A unit's weight: a word's rarity; a known concept's, the rarest word of
/// its name ("Project Management" weighs as "project" or "management",
/// whichever is rarer).
pub(super) fn rarity(unit: &Unit) -> f64 {
    match unit {
        Unit::Word(word) => words::rarity(word),
        Unit::Concept(concept) => aliases::name(*concept)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|part| !part.is_empty())
            .map(|part| words::rarity(&stem(&part.to_lowercase())))
            .fold(0.0, f64::max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POSTING: &str = "Staff Nurse for a surgical ward: medication rounds, wound care, \
        patient assessments, working with the team.";

    #[test]
    fn a_resume_of_the_postings_field_is_closer_than_one_sharing_common_words() {
        let posting = Vector::of(POSTING);
        let nurse = Vector::of("Registered nurse on a surgical ward. Medication rounds and wound care.");
        let clerk = Vector::of("Working with the team on the accounts, I led the team's work.");
        assert!(posting.closeness(&nurse) > 2.0 * posting.closeness(&clerk), "{posting:?}");
        assert!((posting.closeness(&posting) - 1.0).abs() < 1e-9);
        assert!(posting.closeness(&Vector::of("")).abs() < f64::EPSILON);
    }

    #[test]
    fn a_word_counts_as_often_as_the_text_uses_it() {
        let nursing = Unit::Word(stem("nursing"));
        let twice = Vector::of("Nursing care of patients. Nursing care of patients. Payroll.");
        let once = Vector::of("Nursing care of patients. Payroll. Payroll.");
        assert!((twice.0[&nursing] - 2.0 * once.0[&nursing]).abs() < 1e-9, "{twice:?} {once:?}");
    }
}
