//! Judging resumes against a rubric: one [`Judge`] per batch reads the
//! rubric once, then gives each resume a verdict per requirement, which
//! [`crate::scoring::score`] (the formula the model's verdicts go through
//! too) turns into scores and advice.
//!
//! # From a rubric item to what the resume must show
//!
//! An item the parser read from this job description, unchanged, keeps what
//! the parser made of it (its `Need`, with its context: "5+ years as a …",
//! a degree's level and fields). An item the recruiter added or rewrote, or
//! one a model read, is read as a line of a posting would be
//! ([`requirements::read_item`]); its alternatives the same way, each one a
//! way to meet it. Kind and importance are the rubric's.
//!
//! # From the matcher's credit to a verdict
//!
//! The matcher gives each way a credit from 0 to 1 and the line that shows
//! it (see `matching`); a way the parser reads as several requirements
//! ("Python, SQL and Docker") earns their mean, and is met when each is.
//! The best way counts:
//! - **met** when the credit is 0.75 or more with a line that shows it
//!   (years: every asked month found), quoting that line;
//! - **partly met** from [`PARTLY_MET_AT`] (0.5): a skill only a job title
//!   names (0.6), half the asked years, a degree in a field the matcher
//!   cannot tie to the asked one where the posting accepts a related field,
//!   a practice whose words a line of prose uses ("Developed … curriculum"),
//!   a personal quality shown only by the work a line describes (see
//!   `behaviours`); quoting the line when there is one;
//! - **not met** below.
//!
//! Quotes are grounded against the resume like a model's, so a line the
//! matcher rebuilt rather than copied would show "unverified" (none does:
//! `shortlist-bench bench-match` counts them).
//!
//! # The grade
//!
//! The formula's 40 % *graded* part weighs two measures from 0 to 1, half
//! each when the rubric weighs [`scoring::FULL_RUBRIC_WEIGHT`] or more; a
//! thinner rubric's credits take less of the grade, as its verdicts take
//! less of the score (weight / 16 of their half), nearness the rest:
//! - the matcher's credits, weighted as the formula weighs items: between two
//!   resumes with the same verdicts, the one that shows more (a skill on
//!   three lines rather than one, 3 of 4 asked years rather than 2) ranks
//!   first;
//! - how near the resume is to the posting, the largest of: the whole
//!   resume's closeness to what the posting says of the job (see
//!   `closeness`: the cosine of their content words weighed by how rare each
//!   is in English); the share of the posting's title role that the resume's
//!   job titles and headline name (see `role`); [`KIND_HELD_NEARNESS`] × the
//!   share of its jobs that were the role's kind of work (`occupations`).
//!   The list explains; the whole text and the jobs held say how near the
//!   resume's field is to the posting's, even when the list is thin.
//!
//! With an empty rubric the grade is that nearness alone. A posting whose
//! list is thin thus ranks and advises by how near each resume is to it.

use crate::analysis::{Analysis, RequirementKind};
use crate::grounding;
use crate::rubric::Rubric;
use crate::scoring;
use crate::verdict::{RequirementVerdict, Verdict};

use super::YearMonth;
use super::behaviours;
use super::closeness::Vector;
use super::matching::{self, Outcome, Resume};
use super::requirements::{self, Need, Requirement};
use super::role::Role;
use super::rubric::rubric_of;
use super::scoring::{is_met, question, resume_concerns, summary};

/// A credit from which a requirement not met counts as partly met.
pub const PARTLY_MET_AT: f64 = 0.5;

/// How near a resume whose jobs were all of the posting's kind of work
/// (`occupations`) is, short of one that held the role itself.
pub const KIND_HELD_NEARNESS: f64 = 0.75;

/// One batch's rubric, read once, ready to judge each resume.
#[derive(Debug, Clone)]
pub struct Judge {
    rubric: Rubric,
    /// Per rubric item, the ways to meet it; each way the requirements it
    /// reads as.
    ways: Vec<Vec<Vec<Requirement>>>,
    /// The content words of what the posting says of the job, weighed, for
    /// the closeness.
    posting: Vector,
    /// The role the posting's title names.
    role: Option<Role>,
}

/// How one way to meet an item fared.
struct Fared {
    credit: f64,
    met: bool,
    evidence: Option<String>,
    /// For years: the months found, and the item's name.
    months_found: Option<i32>,
}

impl Judge {
    /// Reads `rubric` for judging resumes against `job_description`.
    pub fn new(job_description: &str, rubric: &Rubric) -> Self {
        Self::with_parsed(requirements::read(job_description), rubric)
    }

    /// The judge of the rubric the parser reads from `job_description`
    /// ([`super::rubric`]), the posting read once.
    pub fn for_posting(job_description: &str) -> Self {
        let parsed = requirements::read(job_description);
        let rubric = rubric_of(&parsed.requirements);
        Self::with_parsed(parsed, &rubric)
    }

    fn with_parsed(parsed: requirements::Read, rubric: &Rubric) -> Self {
        let role = parsed.title_role.as_deref().and_then(Role::of_title_role);
        let posting = Vector::of(&parsed.job_text);
        let mut parsed: Vec<Option<Requirement>> = parsed.requirements.into_iter().map(Some).collect();
        let ways = rubric
            .requirements
            .iter()
            .map(|item| {
                let own = parsed
                    .iter_mut()
                    .find(|slot| slot.as_ref().is_some_and(|requirement| requirement.name == item.text))
                    .and_then(Option::take);
                // A phrase requirement's own alternatives are in its need;
                // those of a degree ("or equivalent practical experience")
                // are ways of their own.
                let known = own
                    .as_ref()
                    .filter(|requirement| !matches!(requirement.need, Need::Degree { .. }))
                    .map(|requirement| requirement.alternatives.clone())
                    .unwrap_or_default();
                let mut ways = vec![match own {
                    Some(requirement) => vec![requirement],
                    None => requirements::read_item(&item.text, item.kind, item.importance),
                }];
                for alternative in item.alternatives.iter().filter(|it| !known.contains(it)) {
                    ways.push(requirements::read_item(alternative, item.kind, item.importance));
                }
                ways.retain(|way| !way.is_empty());
                ways
            })
            .collect();
        Self { rubric: rubric.clone(), ways, posting, role }
    }

    /// The rubric this judge reads.
    pub fn rubric(&self) -> &Rubric {
        &self.rubric
    }

    /// Judges one resume: a verdict per item, scored by the one formula.
    pub fn analyze(&self, resume: &str, today: YearMonth) -> Analysis {
        let read = Resume::read(resume, today);
        let mut verdicts = Vec::new();
        let mut concerns = Vec::new();
        let mut graded = scoring::Mean::default();
        for (item, ways) in self.rubric.requirements.iter().zip(&self.ways) {
            let best = ways.iter().map(|way| fare(way, &read)).max_by(|a, b| {
                (a.met, a.credit).partial_cmp(&(b.met, b.credit)).unwrap_or(std::cmp::Ordering::Equal)
            });
            let Some(best) = best else { continue };
            graded.add(best.credit, scoring::weight(item));
            let verdict = if best.met {
                Verdict::Met
            } else if best.credit >= PARTLY_MET_AT {
                Verdict::PartlyMet
            } else {
                Verdict::NotMet
            };
            if item.kind == RequirementKind::Experience
                && verdict != Verdict::Met
                && let Some(found) = best.months_found.filter(|months| *months > 0)
            {
                concerns.push(format!(
                    "Years below the requirement: the resume shows about {:.1} years for \"{}\".",
                    f64::from(found) / 12.0,
                    item.text
                ));
            }
            let quote = if verdict == Verdict::NotMet { None } else { best.evidence };
            verdicts.push(RequirementVerdict::new(item.id.clone(), verdict, quote));
        }
        grounding::ground(resume, &mut verdicts);
        let closeness = self.posting.closeness(&Vector::of(resume));
        // Held the posting's role: as close as a resume can be, whatever its words.
        let held = self.role.as_ref().map_or(0.0, |role| role.held(&read));
        // Held work of the role's kind: near, short of the role itself.
        let kind = self.role.as_ref().map_or(0.0, |role| role.kind_held(&read));
        let near = closeness.max(held).max(KIND_HELD_NEARNESS * kind);
        // A thin list says little of a resume: its credits take their half of
        // the grade only as far as its weight goes, as its verdicts take their
        // share of the score (`scoring::FULL_RUBRIC_WEIGHT`); nearness the rest.
        let grade = graded.value().map_or(near, |credit| {
            let share = 0.5 * (graded.weight() / scoring::FULL_RUBRIC_WEIGHT).min(1.0);
            share * credit + (1.0 - share) * near
        });
        let scored = scoring::score(&self.rubric, &verdicts, Some(grade));
        let (resume_concerns, resume_questions) = resume_concerns(&read);
        concerns.extend(resume_concerns);
        let mut questions: Vec<String> = scored.missing.iter().take(5).map(question).collect();
        questions.extend(resume_questions);
        let summary = summary(&self.rubric, &scored);
        scored.into_analysis(concerns, summary, questions)
    }
}

/// How one way fared: the mean credit of its requirements, met when each is.
fn fare(way: &[Requirement], resume: &Resume<'_>) -> Fared {
    let outcomes: Vec<(&Requirement, Outcome)> = way
        .iter()
        .map(|requirement| {
            let outcome = matching::assess(requirement, resume);
            // A quality shown only by the work done: partly met.
            let outcome = if outcome.credit < PARTLY_MET_AT {
                behaviours::shown_in_part(requirement, resume, PARTLY_MET_AT).unwrap_or(outcome)
            } else {
                outcome
            };
            (requirement, outcome)
        })
        .collect();
    #[allow(clippy::cast_precision_loss)] // A handful of parts.
    let credit = outcomes.iter().map(|(_, outcome)| outcome.credit).sum::<f64>() / outcomes.len() as f64;
    let met = outcomes.iter().all(|(requirement, outcome)| is_met(requirement, outcome));
    let evidence = outcomes
        .iter()
        .filter(|(requirement, outcome)| is_met(requirement, outcome))
        .chain(outcomes.iter())
        .find_map(|(_, outcome)| outcome.evidence.clone());
    let months_found = outcomes.iter().find_map(|(_, outcome)| outcome.months_found);
    Fared { credit, met, evidence, months_found }
}

/// Judges one resume against `rubric` (read for this one call; a batch
/// keeps a [`Judge`]).
pub fn judge(job_description: &str, rubric: &Rubric, resume: &str, today: YearMonth) -> Analysis {
    Judge::new(job_description, rubric).analyze(resume, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Decision, Importance};
    use crate::local::rubric;
    use crate::rubric::RubricItem;

    const TODAY: YearMonth = YearMonth { year: 2024, month: 6 };

    const POSTING: &str = "Frontend Developer\n\nRequirements\n\
        - JavaScript (Angular, React or Node.js)\n\
        - A cloud data warehouse (Snowflake, BigQuery or Redshift)\n\
        - Kubernetes\n";

    const RESUME: &str = "## Experience\nFrontend Developer, Acme (Jan 2018 - present)\n\
        - Built the shop's pages in React and TypeScript, with data from Snowflake.\n\
        ## Skills\nReact, TypeScript, Snowflake, Git\n";

    fn verdicts(analysis: &Analysis) -> Vec<(String, Option<Verdict>)> {
        let mut all: Vec<(String, Option<Verdict>)> = analysis
            .matched_requirements
            .iter()
            .map(|item| (item.requirement_id.clone().unwrap_or_default(), item.verdict))
            .chain(
                analysis
                    .missing_requirements
                    .iter()
                    .map(|item| (item.requirement_id.clone().unwrap_or_default(), item.verdict)),
            )
            .collect();
        all.sort();
        all
    }

    #[test]
    fn one_example_of_a_list_meets_the_item_and_quotes_the_resume() {
        let read = rubric(POSTING);
        let texts: Vec<&str> = read.requirements.iter().map(|item| item.text.as_str()).collect();
        // The title first: the posting is for a frontend developer.
        assert_eq!(
            texts[..3],
            [
                "Experience as Frontend Developer",
                "JavaScript (Angular, React or Node.js)",
                "Cloud data warehouse (Snowflake, BigQuery or Redshift)"
            ]
        );
        let analysis = Judge::new(POSTING, &read).analyze(RESUME, TODAY);
        let met: Vec<(&str, bool)> = analysis
            .matched_requirements
            .iter()
            .map(|item| (item.requirement.as_str(), item.grounded == Some(true)))
            .collect();
        assert_eq!(met[..3], [(texts[0], true), (texts[1], true), (texts[2], true)], "{analysis:?}");
    }

    #[test]
    fn the_recruiters_edits_are_what_the_resume_is_judged_by() {
        let mut edited = rubric(POSTING);
        // Kubernetes made preferred, Git added, the warehouse item rewritten.
        edited.requirements[3].importance = Importance::Preferred;
        edited.requirements[2].text = "Google BigQuery".to_owned();
        edited.requirements[2].alternatives.clear();
        let id = edited.next_id();
        edited.requirements.push(RubricItem::new(id, "Git", RequirementKind::Skill, Importance::Required));
        let judge = Judge::new(POSTING, &edited);
        let analysis = judge.analyze(RESUME, TODAY);
        assert_eq!(
            verdicts(&analysis),
            [
                ("r1".to_owned(), Some(Verdict::Met)),
                ("r2".to_owned(), Some(Verdict::Met)),
                ("r3".to_owned(), Some(Verdict::NotMet)),
                ("r4".to_owned(), Some(Verdict::NotMet)),
                ("r5".to_owned(), Some(Verdict::Met)),
            ]
        );
        let kubernetes = analysis.missing_requirements.iter().find(|item| item.requirement == "Kubernetes");
        assert_eq!(kubernetes.map(|item| item.importance), Some(Importance::Preferred));
        // An alternative the recruiter adds is one more way to meet an item.
        edited.requirements[1].alternatives.push("Snowflake".to_owned());
        let analysis = Judge::new(POSTING, &edited).analyze(RESUME, TODAY);
        assert_eq!(verdicts(&analysis)[1], ("r2".to_owned(), Some(Verdict::Met)));
    }

    #[test]
    fn a_degree_or_equivalent_practice_is_met_by_either() {
        let posting =
            "Requirements\n- Bachelor's degree in Computer Science or equivalent practical experience\n";
        let mut read = Rubric::numbered(vec![RubricItem::new(
            "r1",
            "Bachelor's degree in Computer Science",
            RequirementKind::Education,
            Importance::Required,
        )]);
        read.requirements[0].alternatives.push("8+ years of software development experience".to_owned());
        let practitioner = "## Experience\nSoftware Developer, Initech (Jan 2012 - present)\n\
            - Software development of the billing services.\n";
        let analysis = judge(posting, &read, practitioner, TODAY);
        assert_eq!(verdicts(&analysis), [("r1".to_owned(), Some(Verdict::Met))], "{analysis:?}");
        let graduate = "## Education\nBSc in Computer Science, 2020\n";
        assert_eq!(verdicts(&judge(posting, &read, graduate, TODAY))[0].1, Some(Verdict::Met));
    }

    #[test]
    fn every_required_item_met_with_a_found_quote_advises_an_interview_and_twice_gives_the_same() {
        let read = rubric("Requirements\n- React\n- Snowflake\n\nNice to have\n- Kubernetes\n- Go\n- Rust\n");
        let judge = Judge::new("", &read);
        let analysis = judge.analyze(RESUME, TODAY);
        assert_eq!(analysis.recommendations.decision, Decision::Interview, "{analysis:?}");
        assert_eq!(analysis, judge.analyze(RESUME, TODAY));
    }

    #[test]
    fn an_empty_rubric_scores_the_closeness_to_the_posting_and_says_so() {
        let empty = Rubric::default();
        let analysis = judge("React developer for the shop's pages", &empty, RESUME, TODAY);
        assert!(analysis.overall_score > 0, "{analysis:?}");
        assert_eq!(analysis.recommendations.decision, Decision::Consider);
        assert!(analysis.concerns.iter().any(|concern| concern.contains("no requirements")), "{analysis:?}");
    }
}
