//! The parser's reading of a job description as a [`Rubric`] (issue #12):
//! what the recruiter is shown and may edit. It reads the posting as
//! [`super::analyze`] does and changes nothing there.
//!
//! Each requirement becomes one item, numbered "r1", "r2", … in the order the
//! parser gives them after the protected-characteristic guard has left some
//! out: its name as the text, its kind and importance, the ordinary weight
//! (minor for a personal quality such as "Excellent communication skills" or
//! "Team player", and preferred however the posting words it: a resume
//! rarely shows one in words a matcher can find, and an interview tells, so
//! a must-have of this kind would decline most real resumes for what no
//! resume shows; the recruiter may raise it and make it required),
//! and the other ways the posting gives to meet it as alternatives ("Go or
//! Python": "Go" and "Python"). A text or alternative over the rubric's
//! limits is shortened; items past `MAX_RUBRIC_REQUIREMENTS` are left out
//! with that reason, so the result always passes [`Rubric::check`].
//!
//! A sentence of the posting that demands a protected characteristic of the
//! candidate ("Must be under 35", "Male candidates only") is listed under
//! what was left out even when the parser read no requirement from it: the
//! recruiter sees that the posting asked it and that no one is screened by
//! it. Only a bullet or a sentence that asks of the candidate counts: "a
//! hospital for women over the age of 18" or a pay band "(under age 25)"
//! asks nothing of them.

use crate::analysis::Importance;
use crate::rubric::protected::demanded_characteristic;
use crate::rubric::{MIN_WEIGHT, Rubric, RubricItem, item_id};

use super::requirements::{self, Requirement};

/// The requirements of a job description as a rubric, protected
/// characteristics left out with their reason.
pub fn rubric(job_description: &str) -> Rubric {
    let mut read = rubric_of(&requirements::parse(job_description));
    for line in job_description.lines() {
        let bullet = line.trim_start().starts_with(BULLETS);
        for sentence in line.split_inclusive(SENTENCE_ENDS) {
            let sentence = sentence.trim_matches(|c: char| {
                c.is_whitespace() || BULLETS.contains(&c) || SENTENCE_ENDS.contains(&c)
            });
            let asks = bullet || requirements::asks_of_the_candidate(sentence);
            // "£16,195 (under age 25)": a pay band by age is the employer's
            // rule, not a demand of the candidate.
            if !asks || requirements::names_amount(sentence) {
                continue;
            }
            if let Some(characteristic) = demanded_characteristic(sentence) {
                read.note_left_out(sentence, characteristic.reason());
            }
        }
    }
    read
}

/// What starts a bullet, and what ends a sentence: trimmed from its text.
const BULLETS: [char; 4] = ['-', '*', '•', '·'];
const SENTENCE_ENDS: [char; 4] = ['.', ';', '!', '?'];

/// The parser's requirements as a rubric, guarded and within the limits
/// ([`Rubric::from_reading`], as for a model's reading).
pub(super) fn rubric_of(parsed: &[Requirement]) -> Rubric {
    Rubric::from_reading(parsed.iter().cloned().enumerate().map(item).collect())
}

fn item((index, requirement): (usize, Requirement)) -> RubricItem {
    let personal = requirements::is_personal_quality(&requirement);
    let Requirement { name, kind, importance, alternatives, .. } = requirement;
    let mut item = RubricItem::new(item_id(index), name, kind, importance);
    if personal {
        item.weight = MIN_WEIGHT;
        item.importance = Importance::Preferred;
    }
    item.alternatives = alternatives;
    item
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Importance, RequirementKind};
    use crate::limits::MAX_RUBRIC_REQUIREMENTS;

    /// Each item as (id, text, alternatives).
    fn items(rubric: &Rubric) -> Vec<(&str, &str, Vec<&str>)> {
        rubric
            .requirements
            .iter()
            .map(|it| {
                (it.id.as_str(), it.text.as_str(), it.alternatives.iter().map(String::as_str).collect())
            })
            .collect()
    }

    #[test]
    fn time_management_is_a_personal_quality_a_minor_preferred_item() {
        let read = rubric("Requirements\n- Excellent time management skills\n- Payroll\n");
        let items: Vec<(&str, Importance, u8)> =
            read.requirements.iter().map(|item| (item.text.as_str(), item.importance, item.weight)).collect();
        assert_eq!(
            items,
            [
                ("Time management skills", Importance::Preferred, MIN_WEIGHT),
                ("Payroll", Importance::Required, 2)
            ]
        );
    }

    #[test]
    fn technologies_joined_by_or_are_one_item_with_alternatives() {
        let read = rubric("Requirements\n- Strong proficiency in Go or Python\n- PostgreSQL\n");
        assert_eq!(
            items(&read),
            [("r1", "Go or Python", vec!["Go", "Python"]), ("r2", "PostgreSQL", vec![])]
        );
        let item = &read.requirements[0];
        assert_eq!(
            (item.kind, item.importance, item.weight),
            (RequirementKind::Skill, Importance::Required, 2)
        );
    }

    #[test]
    fn years_of_either_subject_and_abbreviations_give_both_ways() {
        let read = rubric(
            "Requirements\n- 3+ years of software engineering or machine learning\n- Threat Management Gateway (TMG)\n",
        );
        assert_eq!(
            items(&read),
            [
                (
                    "r1",
                    "3+ years of software engineering or machine learning",
                    vec!["software engineering", "machine learning"]
                ),
                ("r2", "Threat Management Gateway (TMG)", vec!["Threat Management Gateway", "TMG"]),
            ]
        );
        assert_eq!(read.requirements[0].kind, RequirementKind::Experience);
    }

    #[test]
    fn an_equal_opportunity_clause_under_the_requirements_is_left_out_with_its_reason() {
        // See: #13.
        let read = rubric(
            "Requirements\n- Rust\n- Color\n- Religion\n- Sex\n- Age\n- Disability\n- Veteran status\n- Docker\n",
        );
        assert_eq!(items(&read), [("r1", "Rust", vec![]), ("r2", "Docker", vec![])]);
        let left: Vec<(&str, &str)> =
            read.left_out.iter().map(|it| (it.text.as_str(), it.reason.as_str())).collect();
        assert_eq!(
            left,
            [
                ("Color", "about race or colour, a protected characteristic"),
                ("Religion", "about religion or belief, a protected characteristic"),
                ("Sex", "about sex or gender, a protected characteristic"),
                ("Age", "about age, a protected characteristic"),
                ("Disability", "about disability, a protected characteristic"),
                ("Veteran status", "about veteran status, a protected characteristic"),
            ]
        );
    }

    #[test]
    fn an_age_is_never_read_as_years_of_experience() {
        let read = rubric(
            "Requirements\n- Must be under 30 years old\n- Aged between 20 and 35\n- 5 years of experience in sales\n",
        );
        assert_eq!(items(&read), [("r1", "5+ years of sales", vec![])]);
        let left: Vec<&str> = read.left_out.iter().map(|it| it.text.as_str()).collect();
        assert_eq!(left, ["Aged between 20 and 35", "Must be under 30 years old"], "{read:?}");
    }

    #[test]
    fn a_demand_the_parser_read_nothing_from_is_still_listed_as_left_out() {
        let read = rubric(
            "About you\nYou hold a nursing degree. Male candidates only; must be under 35.\n\nAbout us\nA unit for women over the age of 18.\nSalary: £16,195 (under age 25) £17,222 (over age 25) You will be appointed at the bottom of the band\n\nWe are an equal opportunity employer and welcome applicants regardless of age, sex or religion.\nAll qualified applicants receive consideration without regard to sexual orientation, gender identity or national origin.\nWe welcome applications irrespective of gender identity or national origin.\n",
        );
        let left: Vec<(&str, &str)> =
            read.left_out.iter().map(|it| (it.text.as_str(), it.reason.as_str())).collect();
        // What describes the patients or the pay asks nothing of the candidate, and
        // the equal-opportunity clauses demand nothing: none is listed.
        assert_eq!(
            left,
            [
                ("Male candidates only", "about sex or gender, a protected characteristic"),
                ("must be under 35", "about age, a protected characteristic"),
            ],
            "{read:?}"
        );
        assert!(read.requirements.iter().all(|it| !it.text.contains("35")), "{read:?}");
        assert_eq!(read.check(), Ok(()));
    }

    #[test]
    fn ids_are_unique_in_posting_order_and_the_rubric_passes_its_checks() {
        let posting = "Backend Engineer\n\nRequirements\n- 5+ years of backend or data engineering\n- Go or Python\n- Bachelor's degree in Computer Science or a related field\n- AWS or CCNA certification\n- Fluent English or French\n- Age\n\nNice to have\n- Kubernetes\n- Amazon Web Services (AWS)\n";
        let read = rubric(posting);
        let ids: Vec<&str> = read.requirements.iter().map(|it| it.id.as_str()).collect();
        let expected: Vec<String> = (0..read.requirements.len()).map(item_id).collect();
        assert_eq!(ids, expected);
        assert_eq!(read.check(), Ok(()));
        // The parser's items, in its order, less the one about age.
        let names: Vec<String> =
            requirements::parse(posting).into_iter().map(|it| it.name).filter(|name| name != "Age").collect();
        let texts: Vec<&str> = read.requirements.iter().map(|it| it.text.as_str()).collect();
        assert_eq!(texts, names);
    }

    #[test]
    fn a_posting_past_the_limits_still_passes_the_checks() {
        let letter = |n: u8| char::from(b'a' + n % 26);
        let many: String =
            (0..60u8).map(|n| format!("- Zorb{}{} handling\n", letter(n / 26), letter(n))).collect();
        let read = rubric(&format!("Requirements\n{many}- {}\n", "Long words ".repeat(60)));
        assert_eq!(read.requirements.len(), MAX_RUBRIC_REQUIREMENTS);
        assert!(read.left_out.iter().all(|it| it.reason.starts_with("beyond the first 40")), "{read:?}");
        assert_eq!(read.check(), Ok(()));
    }

    #[test]
    fn a_posting_without_requirements_gives_an_empty_rubric() {
        assert_eq!(rubric(""), Rubric::default());
    }
}
