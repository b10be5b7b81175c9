//! Scores, concerns and advice from the requirement outcomes.
//!
//! # How the local analyser weighs a resume
//!
//! Every requirement read from the job description earns a *credit* from 0
//! to 1 (see `matching`):
//! - a skill, language or certification the resume shows earns 0.85 when
//!   one line shows it, 0.95 for two lines, 1.0 for three or more (listed as
//!   a skill *and* used in a job is stronger evidence than a passing
//!   mention); one only job titles name ("Salesforce Developer (2019 –
//!   2023)", nothing about using it) earns 0.6 and is listed as missing
//!   (listing it as matched lowered missing-skill recall on the benchmark
//!   from 0.83 to 0.77 for 0.007 of false-missing, because a resume stripped
//!   of a skill often keeps it in a job title);
//!   one a short resume label names part of ("- Recruiting" for "Internal
//!   and external recruiting") earns 0.75; one it does not show earns at
//!   most 0.4, in proportion to the share of its words the closest line has
//!   ("listening" for "active listening");
//! - years earn the share of the asked months found in the jobs whose title
//!   shows the role (or whose entry mentions the subject, or all jobs for
//!   plain "5+ years of experience"): 2 of 4 asked years is 0.5; with no job
//!   of that role, jobs sharing at least half its words earn up to 0.4; a
//!   job whose title names only the field of a specialised subject ("Math
//!   Teacher" for "classroom teaching") earns up to 0.6, as a title alone
//!   does, and the item stays missing; a role asked without years
//!   ("experience as a QA Engineer") is met by any job of that title;
//! - a short "A and B" met part by part, each on a line of its own, earns
//!   the smaller of the parts' credits;
//! - "English" is shown by a resume written in English, earning what one
//!   line does;
//! - a degree of the asked level in the asked field earns 1 (short forms
//!   count, and M.Ed., MBA and BSN name their fields); in a field the
//!   matcher cannot tie to it, 0.75 when the JD accepts "a related field".
//!
//! A requirement counts as *matched* (with its quoted evidence) at 0.75 or
//! more, years only when all are there; below that it is *missing*. Components (each 0–100) average the
//! credits of their items, a required item counting twice a preferred one:
//! - **skills**: skills and technologies, spoken languages, other must-haves
//!   (driver's licence, clearance);
//! - **experience**: years, overall or per role or subject;
//! - **education**: degrees and certifications;
//! - **must_haves**: the plain mean credit of the *required* items.
//!
//! The overall score is the weighted mean of the components the job asks
//! about: skills 35 %, must-haves 30 %, experience 25 %, education 10 %. A
//! component with no items (a JD that names no degree) shows 100 and is left
//! out of the mean, so it neither helps nor hurts. Skills weigh most because
//! they are most of what a JD lists; must-haves add weight to what the JD
//! insists on; education weighs least because JDs often accept equivalent
//! experience. A JD in which nothing is recognised falls back to the share of
//! its words found in the resume, with a concern saying so.
//!
//! Concerns (gaps over 12 months between jobs, where dated study in between
//! fills a gap; finished jobs of 6 months or less that are not internships,
//! placements, projects or contracts; years below the requirement; fewer
//! than 80 words) are advice for the recruiter and do not move the score, so adding
//! a skill to a resume can only raise it. Decision: *interview* at 75 or more
//! with must-haves at 75 or more; *decline* under 45; *consider* between.

use crate::analysis::{
    Analysis, ComponentScores, Decision, Importance, MatchedRequirement, MissingRequirement, Recommendations,
    RequirementKind, Score,
};

use super::dates;
use super::matching::{Outcome, Resume};
use super::requirements::Requirement;
use crate::scoring::Mean;

const WEIGHT_SKILLS: f64 = 0.35;
const WEIGHT_MUST_HAVES: f64 = 0.30;
const WEIGHT_EXPERIENCE: f64 = 0.25;
const WEIGHT_EDUCATION: f64 = 0.10;

/// Fewer words than this and the resume is too thin to judge.
const FEW_WORDS: usize = 80;
/// A gap in dated work longer than this many months is a concern.
const GAP_MONTHS: i32 = 12;
/// A finished job of this many months or fewer is a very short tenure.
const SHORT_TENURE_MONTHS: i32 = 6;

fn score(value: Option<f64>) -> Score {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Clamped to 0–100 first.
    let score = (value.unwrap_or(1.0) * 100.0).round().clamp(0.0, 100.0) as Score;
    score
}

/// Shown in the resume: quoted evidence and, for years, all of them.
fn is_met(requirement: &Requirement, outcome: &Outcome) -> bool {
    let enough = if requirement.kind == RequirementKind::Experience { 0.999 } else { 0.75 };
    outcome.evidence.is_some() && outcome.credit >= enough
}

/// The overall score before rounding, and the components.
fn scores(items: &[(Requirement, Outcome)]) -> (f64, ComponentScores) {
    let (mut skills, mut experience, mut education, mut must) =
        (Mean::default(), Mean::default(), Mean::default(), Mean::default());
    for (requirement, outcome) in items {
        let weight = match requirement.importance {
            Importance::Required => 2.0,
            Importance::Preferred => 1.0,
        };
        let component = match requirement.kind {
            RequirementKind::Experience => &mut experience,
            RequirementKind::Education | RequirementKind::Certification => &mut education,
            RequirementKind::Skill | RequirementKind::Language | RequirementKind::Other => &mut skills,
        };
        component.add(outcome.credit, weight);
        if requirement.importance == Importance::Required {
            must.add(outcome.credit, 1.0);
        }
    }
    let mut overall = Mean::default();
    for (component, weight) in [
        (skills, WEIGHT_SKILLS),
        (must, WEIGHT_MUST_HAVES),
        (experience, WEIGHT_EXPERIENCE),
        (education, WEIGHT_EDUCATION),
    ] {
        if let Some(value) = component.value() {
            overall.add(value, weight);
        }
    }
    let components = ComponentScores {
        skills: score(skills.value()),
        experience: score(experience.value()),
        education: score(education.value()),
        must_haves: score(must.value()),
    };
    (overall.value().unwrap_or(0.0), components)
}

pub fn build(items: &[(Requirement, Outcome)], resume: &Resume<'_>, fallback: f64) -> Analysis {
    let (overall, component_scores) =
        if items.is_empty() { (fallback, scores(items).1) } else { scores(items) };
    let overall_score = score(Some(overall));
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let mut concerns = Vec::new();
    let mut questions = Vec::new();
    for (requirement, outcome) in items {
        if is_met(requirement, outcome) {
            matched.push(MatchedRequirement {
                requirement: requirement.name.clone(),
                kind: requirement.kind,
                importance: requirement.importance,
                evidence: outcome.evidence.clone().unwrap_or_default(),
                requirement_id: None,
                verdict: None,
                grounded: None,
            });
            continue;
        }
        missing.push(MissingRequirement {
            requirement: requirement.name.clone(),
            kind: requirement.kind,
            importance: requirement.importance,
            requirement_id: None,
            verdict: None,
        });
        if let (RequirementKind::Experience, Some(found)) = (requirement.kind, outcome.months_found)
            && found > 0
        {
            concerns.push(format!(
                "Years below the requirement: the resume shows about {:.1} years for \"{}\".",
                f64::from(found) / 12.0,
                requirement.name
            ));
        }
    }
    missing.sort_by_key(|item| item.importance);
    for item in missing.iter().take(5) {
        questions.push(question(item));
    }
    if items.is_empty() {
        concerns.push("No requirements recognised in the job description; the score is the share of its words found in the resume.".to_owned());
    }
    if resume.words < FEW_WORDS {
        concerns.push(format!("Too little text to judge: the resume has only {} words.", resume.words));
    }
    // Between jobs; study in between fills a gap, study before work is no gap.
    let first_job = resume.spans().iter().map(|span| span.start).min().unwrap_or(i32::MAX);
    let gaps = dates::gaps(&resume.occupied(), GAP_MONTHS).into_iter().filter(|(from, _)| *from >= first_job);
    for (from, to) in gaps {
        concerns.push(format!(
            "Gap of about {} months in dated work ({} – {}).",
            to - from,
            dates::label(from),
            dates::label(to)
        ));
        questions.push(format!(
            "What were you doing between {} and {}?",
            dates::label(from),
            dates::label(to)
        ));
    }
    for job in &resume.jobs {
        let lower = job.quote.to_lowercase();
        // Internships, contracts, projects and seasonal work are short by design.
        let short_by_design = [
            "intern",
            "contract",
            "temporary",
            "seasonal",
            "freelance",
            "volunteer",
            "summer",
            "project",
            "contributor",
            "fellow",
            "trainee",
            "apprentice",
            "student",
            "extern",
            "placement",
            "practicum",
        ]
        .iter()
        .any(|word| lower.contains(word));
        if job.stated_months.is_none()
            && job.span.precise
            && !job.span.ongoing
            && job.span.months() <= SHORT_TENURE_MONTHS
            && !short_by_design
        {
            concerns.push(format!("Very short tenure ({} months): \"{}\".", job.span.months(), job.quote));
        }
    }
    let required_total = items.iter().filter(|(item, _)| item.importance == Importance::Required).count();
    let required_met = items
        .iter()
        .filter(|(item, outcome)| item.importance == Importance::Required && is_met(item, outcome))
        .count();
    let decision = if overall_score >= 75 && component_scores.must_haves >= 75 {
        Decision::Interview
    } else if overall_score < 45 {
        Decision::Decline
    } else {
        Decision::Consider
    };
    let summary = summary(items.len(), matched.len(), required_total, required_met, &missing, decision);
    Analysis {
        overall_score,
        component_scores,
        matched_requirements: matched,
        missing_requirements: missing,
        concerns,
        recommendations: Recommendations { decision, summary, interview_questions: questions },
    }
    .normalised()
}

fn question(item: &MissingRequirement) -> String {
    match item.kind {
        RequirementKind::Experience => {
            format!(
                "The job asks for {}; what experience do you have that the resume does not show?",
                item.requirement
            )
        }
        RequirementKind::Education | RequirementKind::Certification => {
            format!(
                "The job asks for \"{}\"; what do you hold, or what equivalent experience?",
                item.requirement
            )
        }
        RequirementKind::Language => format!("How well do you speak and write {}?", item.requirement),
        RequirementKind::Skill | RequirementKind::Other => {
            format!(
                "The resume does not mention {}; where have you used it, and how recently?",
                item.requirement
            )
        }
    }
}

fn summary(
    total: usize,
    matched: usize,
    required_total: usize,
    required_met: usize,
    missing: &[MissingRequirement],
    decision: Decision,
) -> String {
    if total == 0 {
        return "The job description names no requirement the local analyser recognises; compare by hand."
            .to_owned();
    }
    let fit = match decision {
        Decision::Interview => "A strong fit",
        Decision::Consider => "A partial fit",
        Decision::Decline => "A weak fit",
    };
    let mut text = format!(
        "{fit}: the resume shows {matched} of {total} requirements, {required_met} of the {required_total} required."
    );
    let required_missing: Vec<&str> = missing
        .iter()
        .filter(|item| item.importance == Importance::Required)
        .take(3)
        .map(|item| item.requirement.as_str())
        .collect();
    if !required_missing.is_empty() {
        text.push_str(&format!(" Missing: {}.", required_missing.join("; ")));
    }
    text
}
