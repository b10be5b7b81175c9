//! A personal quality or a way of working a resume does not name, shown in
//! part by what its lines say was done.
//!
//! "Excellent communication skills", "Attention to detail", "Able to work in
//! a fast-paced role", "Deliver against key performance indicators": a
//! careful reader credits them in part from the work a resume describes
//! ("Presented quarterly results to the board", "Reconciled 40 accounts a
//! month", "Exceeded quota three years running") and leaves the rest to the
//! interview. Such a requirement the matcher finds nowhere is *partly met*,
//! quoting the line that shows the work; never *met*, since doing the work
//! is not proof of the quality.

mod tables;

use super::aliases;
use super::matching::{Outcome, Resume, quote};
use super::requirements::{Need, Requirement};
use super::units::Unit;
use super::words;
use tables::SHOWN_BY;

/// What a requirement shows in part, at most `credit`: the line of a job or
/// a summary (not a title, a heading or a line of education) naming the
/// most words of the work that shows a quality the requirement asks for.
pub fn shown_in_part(requirement: &Requirement, resume: &Resume<'_>, credit: f64) -> Option<Outcome> {
    let Need::Phrases(alternatives) = &requirement.need else { return None };
    let asks = |quality: &str| {
        alternatives.iter().any(|units| {
            units.iter().any(|unit| matches!(unit, Unit::Concept(id) if aliases::name(*id) == quality))
                || quality
                    .split(' ')
                    .all(|word| units.iter().any(|unit| Unit::Word(words::stem(word)).is_met_by(unit)))
        })
    };
    // A long requirement asks more than the quality ("Attention to detail
    // when auditing pharmacy stock"): its other words must be found.
    if alternatives.iter().all(|units| units.len() > 4) {
        return None;
    }
    let shown: Vec<Unit> = SHOWN_BY
        .iter()
        .filter(|(quality, _)| asks(quality))
        .flat_map(|(_, shown)| shown.iter().map(|word| Unit::Word(words::stem(word))))
        .collect();
    if shown.is_empty() {
        return None;
    }
    let best = resume
        .lines
        .iter()
        .filter(|line| !line.title && !line.education && line.label.is_empty())
        .filter(|line| line.text.split_whitespace().count() >= 4)
        .map(|line| {
            (shown.iter().filter(|want| line.units.iter().any(|have| want.is_met_by(have))).count(), line)
        })
        .filter(|(hits, _)| *hits > 0)
        .max_by_key(|(hits, line)| (*hits, std::cmp::Reverse(line.text.len())))?;
    Some(Outcome { credit, evidence: Some(quote(best.1.text)), months_found: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Importance, RequirementKind};
    use crate::local::YearMonth;
    use crate::local::requirements::read_item;

    const RESUME: &str = "Jane Roe\n\nEXPERIENCE\nAccounts Assistant, Acme Ltd, Jan 2019 – Present\n\
                          - Reconciled 40 supplier accounts a month with no errors\n\
                          - Presented month-end results to the finance director\n\nEDUCATION\n\
                          BSc Accounting and Finance, 2018\n";

    fn shown(item: &str, resume: &str) -> Option<Outcome> {
        let read = Resume::read(resume, YearMonth::new(2024, 6));
        let requirement = read_item(item, RequirementKind::Skill, Importance::Required).remove(0);
        shown_in_part(&requirement, &read, 0.5)
    }

    #[test]
    fn a_quality_is_shown_in_part_by_the_work_a_line_describes() {
        let detail = shown("Attention to detail", RESUME).expect("reconciling shows attention to detail");
        assert_eq!(
            detail.evidence.as_deref(),
            Some("Reconciled 40 supplier accounts a month with no errors")
        );
        assert!((detail.credit - 0.5).abs() < f64::EPSILON);
        let speaking =
            shown("Excellent communication skills", RESUME).expect("presenting shows communication");
        assert_eq!(speaking.evidence.as_deref(), Some("Presented month-end results to the finance director"));
    }

    #[test]
    fn no_work_that_shows_it_and_no_quality_asked_show_nothing() {
        let bare =
            "Jane Roe\n\nEXPERIENCE\nAccounts Assistant, Acme Ltd, Jan 2019 – Present\n- Sorted the post\n";
        assert_eq!(shown("Attention to detail", bare), None);
        // Not a quality: the matcher's verdict stands.
        assert_eq!(shown("Xero", RESUME), None);
        let team = "Jane Roe\n\nEXPERIENCE\nAnalyst, Acme Ltd, Jan 2019 – Present\n- Worked with the sales team daily\n";
        assert_eq!(shown("Microsoft Teams", team), None);
        assert!(shown("Able to work as part of a team", team).is_some());
    }
}
