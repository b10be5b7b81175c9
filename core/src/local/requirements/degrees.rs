//! "Bachelor's degree in Computer Science or a related field" as a requirement.

use crate::analysis::{Importance, RequirementKind};

use super::super::statements;
use super::super::units::{self, Unit};
use super::qualifiers::{strip_qualifiers, without_wording};
use super::{Need, Reqs, Requirement, tidy};

/// "Bachelor's degree in Computer Science or a related field".
pub(super) fn degree(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let Some(level) = statements::degree_level(sentence) else { return false };
    let lower = sentence.to_ascii_lowercase();
    let related_ok = ["related", "equivalent", "similar"].iter().any(|word| lower.contains(word));
    let mut fields = Vec::new();
    if let Some(at) = lower.find(" in ") {
        let rest = &sentence[at + 4..];
        let rest = rest.split(" or related").next().unwrap_or(rest);
        let rest = rest.split(" or a related").next().unwrap_or(rest);
        let rest = rest.split(" or equivalent").next().unwrap_or(rest);
        for field in rest.split([',', '/', ';', '(', ')']).flat_map(|part| part.split(" or ")) {
            let units = units::content_units(field);
            let is_generic = units.iter().all(|unit| matches!(unit, Unit::Word(word) if ["field", "area", "discipline", "degree", "similar", "equivalent", "relat"].iter().any(|generic| word.starts_with(generic))));
            if !units.is_empty() && !is_generic && units.len() <= 5 {
                fields.push(units);
            }
        }
    }
    // "Bachelor's degree in Education (required)": how much it matters is
    // the item's importance, not its name.
    let name = tidy(without_wording(strip_qualifiers(sentence)));
    // "… or equivalent practical experience": the years of work the posting
    // takes for the degree meet it too; "or equivalent" alone (a degree of
    // another name) does not.
    let alternatives = match lower.split_once(" or equivalent") {
        Some((degree, rest)) if rest.contains("experience") => {
            let years =
                statements::year_phrases(rest).first().map_or(EQUIVALENT_YEARS, |phrase| phrase.count);
            vec![tidy(strip_qualifiers(&sentence[..degree.len()])), format!("{years}+ years of experience")]
        }
        _ => Vec::new(),
    };
    out.add(Requirement {
        name,
        kind: RequirementKind::Education,
        importance,
        need: Need::Degree { level, fields, related_ok },
        alternatives,
    });
    true
}

/// Years of work taken for a degree when a posting accepts "equivalent
/// practical experience" without saying how many: a bachelor's study.
const EQUIVALENT_YEARS: i32 = 4;
