//! How near the resume's own work is to the work the posting names in its
//! title: the share of the title's role ("Staff Nurse", "Data Analyst")
//! that the resume's job titles and headline name, each word weighed by
//! how rare it is in English, so "Nurse" counts for more than "Senior".
//! A recruiter's first look: has this person done this job?

use super::closeness;
use super::matching::Resume;
use super::requirements;
use super::units::{self, Unit};

/// The role a posting's title names, its words weighed.
#[derive(Debug, Clone, Default)]
pub struct Role(Vec<(Unit, f64)>);

impl Role {
    /// The role of `job_description`'s title, if its title names one.
    pub fn of_posting(job_description: &str) -> Option<Self> {
        let role = requirements::title_role_of(job_description)?;
        let weighed: Vec<(Unit, f64)> = units::content_units(&role)
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

    const POSTING: &str = "Senior Staff Nurse - Band 6\nCity Hospital\n\nRequirements\n- NMC registration\n";

    fn held(resume: &str) -> f64 {
        let role = Role::of_posting(POSTING).expect("the title names a role");
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
    }

    #[test]
    fn a_title_naming_no_role_gives_none() {
        assert!(Role::of_posting("Acme Health Trust\n\nWe are hiring.\n").is_none());
    }
}
