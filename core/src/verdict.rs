//! A judgment of one resume against one rubric requirement: the verdict, the
//! quote offered as evidence, and whether that quote was found in the text
//! that was sent (see [`crate::grounding`]).

use serde::{Deserialize, Serialize};

/// How far the resume meets one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    PartlyMet,
    NotMet,
}

/// The verdict on one requirement of the rubric, by its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementVerdict {
    pub requirement_id: String,
    pub verdict: Verdict,
    /// Words from the resume that show it, as the analyser quoted them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Whether the quote was found in the text that was sent. Set by
    /// [`crate::grounding::ground`], never taken on the analyser's word.
    #[serde(default)]
    pub grounded: bool,
}

impl RequirementVerdict {
    /// A verdict not yet checked against the resume (`grounded` false).
    pub fn new(requirement_id: impl Into<String>, verdict: Verdict, quote: Option<String>) -> Self {
        Self { requirement_id: requirement_id.into(), verdict, quote, grounded: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_are_snake_case_on_the_wire() {
        let json = serde_json::to_value([Verdict::Met, Verdict::PartlyMet, Verdict::NotMet]).unwrap();
        assert_eq!(json, serde_json::json!(["met", "partly_met", "not_met"]));
    }

    #[test]
    fn a_verdict_without_quote_or_grounding_reads_as_ungrounded() {
        let verdict: RequirementVerdict =
            serde_json::from_str(r#"{"requirement_id":"r2","verdict":"partly_met"}"#).unwrap();
        assert_eq!(verdict, RequirementVerdict::new("r2", Verdict::PartlyMet, None));
        let json = serde_json::to_value(&verdict).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"requirement_id": "r2", "verdict": "partly_met", "grounded": false})
        );
    }
}
