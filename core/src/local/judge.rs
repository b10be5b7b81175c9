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
//!   cannot tie to the asked one where the posting accepts a related field;
//!   quoting the line when there is one;
//! - **not met** below.
//!
//! Quotes are grounded against the resume like a model's, so a line the
//! matcher rebuilt rather than copied shows "unverified". Relevance, the
//! share of the posting's distinct content words the resume uses, is the
//! formula's 20 % whole-text part.

use std::collections::BTreeSet;

use crate::analysis::{Analysis, Recommendations, RequirementKind};
use crate::grounding;
use crate::rubric::Rubric;
use crate::scoring;
use crate::verdict::{RequirementVerdict, Verdict};

use super::YearMonth;
use super::matching::{self, Outcome, Resume};
use super::requirements::{self, Requirement};
use super::scoring::{is_met, question, resume_concerns, summary};
use super::units::{self, Unit};

/// A credit from which a requirement not met counts as partly met.
pub const PARTLY_MET_AT: f64 = 0.5;

/// One batch's rubric, read once, ready to judge each resume.
#[derive(Debug, Clone)]
pub struct Judge {
    rubric: Rubric,
    /// Per rubric item, the ways to meet it; each way the requirements it
    /// reads as.
    ways: Vec<Vec<Vec<Requirement>>>,
    /// The posting's distinct content words, for relevance.
    posting: BTreeSet<Unit>,
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
        let mut parsed: Vec<Option<Requirement>> =
            requirements::parse(job_description).into_iter().map(Some).collect();
        let ways = rubric
            .requirements
            .iter()
            .map(|item| {
                let own = parsed
                    .iter_mut()
                    .find(|slot| slot.as_ref().is_some_and(|requirement| requirement.name == item.text))
                    .and_then(Option::take);
                let known =
                    own.as_ref().map(|requirement| requirement.alternatives.clone()).unwrap_or_default();
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
        let posting = units::content_units(job_description).into_iter().collect();
        Self { rubric: rubric.clone(), ways, posting }
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
        for (item, ways) in self.rubric.requirements.iter().zip(&self.ways) {
            let best = ways.iter().map(|way| fare(way, &read)).max_by(|a, b| {
                (a.met, a.credit).partial_cmp(&(b.met, b.credit)).unwrap_or(std::cmp::Ordering::Equal)
            });
            let Some(best) = best else { continue };
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
        let scored = scoring::score(&self.rubric, &verdicts, Some(self.relevance(resume)));
        let (resume_concerns, resume_questions) = resume_concerns(&read);
        concerns.extend(resume_concerns);
        concerns.extend(scored.concerns());
        let mut questions: Vec<String> = scored.missing.iter().take(5).map(question).collect();
        questions.extend(resume_questions);
        let summary = summary(&self.rubric, &scored);
        Analysis {
            overall_score: scored.overall_score,
            component_scores: scored.component_scores,
            matched_requirements: scored.matched,
            missing_requirements: scored.missing,
            concerns,
            recommendations: Recommendations {
                decision: scored.decision,
                summary,
                interview_questions: questions,
            },
        }
        .normalised()
    }

    /// The share of the posting's distinct content words the resume uses.
    fn relevance(&self, resume: &str) -> f64 {
        if self.posting.is_empty() {
            return 0.0;
        }
        let have: BTreeSet<Unit> = units::units(resume).into_iter().collect();
        #[allow(clippy::cast_precision_loss)] // Word counts are small.
        let share =
            self.posting.iter().filter(|unit| have.contains(unit)).count() as f64 / self.posting.len() as f64;
        share
    }
}

/// How one way fared: the mean credit of its requirements, met when each is.
fn fare(way: &[Requirement], resume: &Resume<'_>) -> Fared {
    let outcomes: Vec<(&Requirement, Outcome)> =
        way.iter().map(|requirement| (requirement, matching::assess(requirement, resume))).collect();
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
