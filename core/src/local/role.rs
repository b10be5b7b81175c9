//! How near the resume's own work is to the work the posting names in its
//! title, two ways:
//! - the share of the title's role ("Staff Nurse", "Data Analyst") that the
//!   resume's job titles and headline name, each word weighed by how rare it
//!   is in English, so "Nurse" counts for more than "Senior";
//! - the share of the resume's jobs and headline lines that name work of the
//!   role's family (`occupations`: "Financial Analyst" for "Accounts
//!   Receivable Administrator"), among those that name a family at all.
//!
//! A recruiter's first look: has this person done this job, or this kind of
//! work?

use super::closeness;
use super::matching::Resume;
use super::occupations::{self, Families};
use super::units::{self, Unit};

/// The role a posting's title names, its words weighed, and its families.
#[derive(Debug, Clone, Default)]
pub struct Role {
    words: Vec<(Unit, f64)>,
    families: Families,
}

impl Role {
    /// The role a posting's title names ("Senior Staff Nurse"), its words
    /// weighed; none when no word of it carries weight and it names no
    /// family of work.
    pub fn of_title_role(role: &str) -> Option<Self> {
        let words: Vec<(Unit, f64)> = units::content_units(role)
            .into_iter()
            .map(|unit| {
                let weight = closeness::rarity(&unit);
                (unit, weight)
            })
            .filter(|(_, weight)| *weight > 0.0)
            .collect();
        let families = occupations::of_title(role);
        (!words.is_empty() || !families.is_empty()).then_some(Self { words, families })
    }

    /// The share of the role, 0 to 1, that the resume's job titles and
    /// headline name.
    pub fn held(&self, resume: &Resume<'_>) -> f64 {
        let named: Vec<&Unit> = resume.role_units().collect();
        let total: f64 = self.words.iter().map(|(_, weight)| weight).sum();
        let found: f64 = self
            .words
            .iter()
            .filter(|(unit, _)| named.iter().any(|other| unit.is_met_by(other)))
            .map(|(_, weight)| weight)
            .sum();
        if total > 0.0 { found / total } else { 0.0 }
    }

    /// The share, 0 to 1, of the resume's jobs and headline lines naming a
    /// family of work that name the role's.
    pub fn kind_held(&self, resume: &Resume<'_>) -> f64 {
        if self.families.is_empty() {
            return 0.0;
        }
        let (mut placed, mut same) = (0_u32, 0_u32);
        for families in resume.role_families() {
            if !families.is_empty() {
                placed += 1;
                same += u32::from(families.meets(self.families));
            }
        }
        if placed == 0 { 0.0 } else { f64::from(same) / f64::from(placed) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::YearMonth;
    use crate::local::requirements;

    const POSTING: &str = "Senior Staff Nurse - Band 6\nCity Hospital\n\nRequirements\n- NMC registration\n";

    fn of_posting(posting: &str) -> Option<Role> {
        requirements::read(posting).title_role.as_deref().and_then(Role::of_title_role)
    }

    fn held(resume: &str) -> f64 {
        let role = of_posting(POSTING).expect("the title names a role");
        role.held(&Resume::read(resume, YearMonth::new(2026, 1)))
    }

    #[test]
    fn a_resume_that_held_the_role_is_near_and_one_that_did_not_is_not() {
        let nurse =
            held("Jane Roe\n\nEXPERIENCE\nStaff Nurse, General Hospital\nJan 2019 – Present\n- Ward care\n");
        let headline = held("Jane Roe\nRegistered Nurse\n\nEXPERIENCE\nCarer, Home\nJan 2019 – Present\n");
        let clerk =
            held("John Roe\n\nEXPERIENCE\nAccounts Clerk, Acme\nJan 2019 – Present\n- nurse the ledgers\n");
        // "Senior Staff Nurse": "Staff Nurse" held is most of it, "Nurse"
        // alone, its rarest word, a good part.
        assert!(nurse > 0.6, "{nurse}");
        assert!(headline > 0.3 && headline < nurse, "{headline} {nurse}");
        assert!(clerk.abs() < f64::EPSILON, "{clerk}");
        // Work hoped for is no work held.
        let hoping = held("Jane Roe\nAspiring Staff Nurse\n\nEXPERIENCE\nCarer, Home\nJan 2019 – Present\n");
        assert!(hoping.abs() < f64::EPSILON, "{hoping}");
    }

    #[test]
    fn a_title_naming_no_role_gives_none() {
        assert!(of_posting("Acme Health Trust\n\nWe are hiring.\n").is_none());
    }
}
