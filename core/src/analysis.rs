//! The result of analysing one resume against one job description. Every
//! analyser (the LLM behind the proxy, the built-in local one, Private mode in
//! the browser) returns exactly this type; the page ranks, explains, compares
//! and exports it.

use serde::{Deserialize, Serialize};

use crate::verdict::Verdict;

/// Scores are whole numbers from 0 to 100.
pub type Score = u8;

/// The highest score.
pub const MAX_SCORE: Score = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// How well the resume fits the job, 0–100.
    pub overall_score: Score,
    pub component_scores: ComponentScores,
    /// Requirements the resume meets, each with the words that show it.
    pub matched_requirements: Vec<MatchedRequirement>,
    /// Requirements the resume does not show: required ones first.
    pub missing_requirements: Vec<MissingRequirement>,
    /// What a recruiter should look at before deciding (gaps, short tenures,
    /// too little text to judge, hidden text…).
    pub concerns: Vec<String>,
    pub recommendations: Recommendations,
}

/// Each component 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComponentScores {
    /// Skills and technologies the job asks for.
    pub skills: Score,
    /// Years and kind of experience.
    pub experience: Score,
    /// Degrees, fields of study and certifications.
    pub education: Score,
    /// The share of the job's required (not merely preferred) items met.
    pub must_haves: Score,
}

/// Whether the job description requires an item or merely prefers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    Required,
    Preferred,
}

/// What kind of requirement an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    Skill,
    Experience,
    Education,
    Certification,
    Language,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedRequirement {
    pub requirement: String,
    pub kind: RequirementKind,
    pub importance: Importance,
    /// Quoted from the resume.
    pub evidence: String,
    /// The rubric item this judges (issue #12); absent in older results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement_id: Option<String>,
    /// Met or partly met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// Whether the evidence was found in the text that was sent; a met item
    /// without it is shown "unverified".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grounded: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissingRequirement {
    pub requirement: String,
    pub kind: RequirementKind,
    pub importance: Importance,
    /// The rubric item this judges (issue #12); absent in older results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement_id: Option<String>,
    /// Not met; absent when the analyser gave no verdict on the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

/// Advice for the recruiter, who decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendations {
    pub decision: Decision,
    /// Two or three sentences on the fit.
    pub summary: String,
    /// Questions aimed at what is missing or unclear.
    pub interview_questions: Vec<String>,
}

/// An advisory decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// A strong fit: worth an interview.
    Interview,
    /// A partial fit: worth a closer look.
    Consider,
    /// A weak fit for this job.
    Decline,
}

impl Analysis {
    /// Puts an analysis into its canonical form, whoever produced it: scores
    /// clamped to 0–100, required missing items before preferred ones (each
    /// group keeping its order), blank entries dropped.
    pub fn normalised(mut self) -> Self {
        self.overall_score = self.overall_score.min(MAX_SCORE);
        let scores = &mut self.component_scores;
        for score in
            [&mut scores.skills, &mut scores.experience, &mut scores.education, &mut scores.must_haves]
        {
            *score = (*score).min(MAX_SCORE);
        }
        self.missing_requirements.retain(|item| !item.requirement.trim().is_empty());
        self.missing_requirements.sort_by_key(|item| item.importance);
        self.matched_requirements.retain(|item| !item.requirement.trim().is_empty());
        self.concerns.retain(|concern| !concern.trim().is_empty());
        self.recommendations.interview_questions.retain(|question| !question.trim().is_empty());
        self
    }
}

/// One resume file's outcome in a batch, as `shortlist analyze --format json`
/// prints it: the analysis, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAnalysis {
    pub file: String,
    pub status: FileStatus,
    pub analysis: Option<Analysis>,
    /// Why the file could not be analysed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    Ok,
    Error,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(requirement: &str, importance: Importance) -> MissingRequirement {
        MissingRequirement {
            requirement: requirement.to_owned(),
            kind: RequirementKind::Skill,
            importance,
            requirement_id: None,
            verdict: None,
        }
    }

    fn analysis() -> Analysis {
        Analysis {
            overall_score: 250,
            component_scores: ComponentScores { skills: 101, experience: 50, education: 255, must_haves: 0 },
            matched_requirements: Vec::new(),
            missing_requirements: vec![
                missing("Go", Importance::Preferred),
                missing("Rust", Importance::Required),
                missing(" ", Importance::Required),
                missing("Kubernetes", Importance::Required),
            ],
            concerns: vec![String::new(), "Gap of 14 months (2019–2020)".to_owned()],
            recommendations: Recommendations {
                decision: Decision::Consider,
                summary: "Partial fit.".to_owned(),
                interview_questions: vec!["Which Rust projects have you shipped?".to_owned()],
            },
        }
    }

    #[test]
    fn normalising_clamps_scores_and_puts_required_items_first() {
        let analysis = analysis().normalised();
        assert_eq!(analysis.overall_score, 100);
        assert_eq!(
            analysis.component_scores,
            ComponentScores { skills: 100, experience: 50, education: 100, must_haves: 0 }
        );
        let missing: Vec<&str> =
            analysis.missing_requirements.iter().map(|item| item.requirement.as_str()).collect();
        assert_eq!(missing, ["Rust", "Kubernetes", "Go"]);
        assert_eq!(analysis.concerns, ["Gap of 14 months (2019–2020)"]);
    }

    #[test]
    fn the_wire_form_uses_snake_case_names() {
        let json = serde_json::to_value(analysis().normalised()).unwrap();
        assert_eq!(json["recommendations"]["decision"], "consider");
        assert_eq!(json["missing_requirements"][0]["importance"], "required");
        assert_eq!(json["missing_requirements"][0]["kind"], "skill");
        assert_eq!(json["component_scores"]["must_haves"], 0);
    }
}
