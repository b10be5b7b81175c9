//! How near the resume's own work is to the work the posting names in its
//! title: the share of the title's role ("Staff Nurse", "Data Analyst")
//! that the resume's job titles and headline name, each word weighed by
//! how rare it is in English, so "Nurse" counts for more than "Senior".
//! A recruiter's first look: has this person done this job?

use super::closeness;
use super::matching::Resume;
use super::units::{self, Unit};

/// The role a posting's title names, its words weighed.
#[derive(Debug, Clone, Default)]
pub struct Role(Vec<(Unit, f64)>);

impl Role {
    /// The role a posting's title names ("Senior Staff Nurse"), its words
    /// weighed; none when no word of it carries weight.
    pub fn of_title_role(role: &str) -> Option<Self> {
        let weighed: Vec<(Unit, f64)> = units::content_units(role)
            .into_iter()
            .map(|unit| {
                let weight = closeness::rarity(&unit);
                (unit, weight)
            })
            .filter(|(_, weight)| *weight > 0.0)
            .collect();
        (!weighed.is_empty()).then_some(Self(weighed))
    }

    /// The share of the role, 0 to 1, that the resume's job titles and
    /// headline name.
    pub fn held(&self, resume: &Resume<'_>) -> f64 {
        let named: Vec<&Unit> = resume.role_units().collect();
        let total: f64 = self.0.iter().map(|(_, weight)| weight).sum();
        let found: f64 = self
            .0
            .iter()
            .filter(|(unit, _)| named.iter().any(|other| unit.is_met_by(other)))
            .map(|(_, weight)| weight)
            .sum();
        if total > 0.0 { found / total } else { 0.0 }
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
