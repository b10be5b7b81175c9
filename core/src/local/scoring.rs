//! The local analyser's credits, and what it says beyond the verdicts: concerns
//! about the resume itself, interview questions and the summary.
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
//! - a practice named in ordinary words ("Curriculum development") that no
//!   line names but one line of prose uses all the words of ("Developed a
//!   project-based curriculum") earns 0.6: partly met, quoting that line;
//! - a short "A and B" met part by part, each on a line of its own, earns
//!   the smaller of the parts' credits;
//! - "English" is shown by a resume written in English, earning what one
//!   line does;
//! - a degree of the asked level in the asked field earns 1 (short forms
//!   count, and M.Ed., MBA and BSN name their fields); in a field the
//!   matcher cannot tie to it, 0.75 when the JD accepts "a related field".
//!
//! How credits become verdicts, and verdicts scores and advice, is in
//! `judge` and in `crate::scoring`, the formula both analysers share.
//!
//! Concerns (gaps over 12 months between jobs, where dated study in between
//! fills a gap; finished jobs of 6 months or less that are not internships,
//! placements, projects or contracts; years below the requirement; fewer
//! than 80 words) are advice for the recruiter and do not move the score, so adding
//! a skill to a resume can only raise it.

use crate::analysis::{Decision, Importance, MatchedRequirement, MissingRequirement, RequirementKind};
use crate::rubric::Rubric;
use crate::scoring::Scored;
use crate::verdict::Verdict;

use super::dates;
use super::matching::{Outcome, Resume};
use super::requirements::Requirement;

/// Fewer words than this and the resume is too thin to judge.
const FEW_WORDS: usize = 80;
/// A gap in dated work longer than this many months is a concern.
const GAP_MONTHS: i32 = 12;
/// A finished job of this many months or fewer is a very short tenure.
const SHORT_TENURE_MONTHS: i32 = 6;

/// Shown in the resume: quoted evidence and, for years, all of them.
pub fn is_met(requirement: &Requirement, outcome: &Outcome) -> bool {
    let enough = if requirement.kind == RequirementKind::Experience { 0.999 } else { 0.75 };
    outcome.evidence.is_some() && outcome.credit >= enough
}

/// What the resume itself gives cause to ask about, whatever the job:
/// too little text, gaps between jobs, very short tenures. The concerns, and
/// the questions they raise.
pub fn resume_concerns(resume: &Resume<'_>) -> (Vec<String>, Vec<String>) {
    let mut concerns = Vec::new();
    let mut questions = Vec::new();
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
        let short_by_design = SHORT_BY_DESIGN.iter().any(|word| lower.contains(word));
        if job.stated_months.is_none()
            && job.span.precise
            && !job.span.ongoing
            && job.span.months() <= SHORT_TENURE_MONTHS
            && !short_by_design
        {
            concerns.push(format!("Very short tenure ({} months): \"{}\".", job.span.months(), job.quote));
        }
    }
    (concerns, questions)
}

/// Words of a job line that make a short stay expected: internships,
/// contracts, projects and seasonal work are short by design.
const SHORT_BY_DESIGN: [&str; 16] = [
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
];

/// A question about a requirement the resume does not show.
pub fn question(item: &MissingRequirement) -> String {
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

/// Two sentences for the recruiter: the advice, how many requirements the
/// resume meets, and the required ones it does not.
pub fn summary(rubric: &Rubric, scored: &Scored) -> String {
    let total = rubric.requirements.len();
    if total == 0 {
        return "The rubric holds no requirement to judge by; compare by hand, or add requirements."
            .to_owned();
    }
    let required_total =
        rubric.requirements.iter().filter(|item| item.importance == Importance::Required).count();
    let met = |item: &&MatchedRequirement| item.verdict == Some(Verdict::Met);
    let matched = scored.matched.iter().filter(met).count();
    let required_met =
        scored.matched.iter().filter(met).filter(|item| item.importance == Importance::Required).count();
    let partly = scored.matched.len() - matched;
    let fit = match scored.decision {
        Decision::Interview => "A strong fit",
        Decision::Consider => "A partial fit",
        Decision::Decline => "A weak fit",
    };
    let mut text = format!(
        "{fit}: the resume meets {matched} of {total} requirements, {required_met} of the {required_total} required"
    );
    if partly > 0 {
        text.push_str(&format!(", and partly meets {partly} more"));
    }
    text.push('.');
    let required_missing: Vec<&str> = scored
        .missing
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
