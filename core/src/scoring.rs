//! # Scoring: one formula
//!
//! Both analysers, the model behind the server and the local one, judge a
//! resume against the batch's rubric and hand one function,
//! [`score`], a verdict per requirement; it alone turns verdicts into
//! numbers and advice, so a batch scores the same way whoever read it.
//!
//! Each requirement earns a **credit**: *met* with a quote found in the resume
//! (grounded, see `grounding`) 1; *met* without such a quote, shown
//! "unverified", 0.5, as partly met; *partly met* 0.5; *not met*, or no
//! verdict at all, 0. Its **weight** is the rubric's weight (1–3, 2 unless
//! the recruiter changes it), doubled when the item is required.
//!
//! **Components** are the weighted mean credit × 100 of their items:
//! *skills* (skills, spoken languages and other items such as a licence),
//! *experience*, *education* (degrees and certifications), *must-haves* (the
//! required items). A component with no items shows 100; having no items, it
//! moves nothing in the overall score.
//!
//! The **overall score** is the weighted mean credit of all items × 100. An
//! analyser that grades more finely than three verdicts may pass that grade
//! (0 to 1, weighted as above); it is blended in: 60 % verdicts, 40 % grade
//! × 100 ([`GRADED_SHARE`]). A rubric weighing less than
//! [`FULL_RUBRIC_WEIGHT`] (four required items) gives its verdicts a
//! smaller share, 60 % × its weight / 16: one or two items say little about
//! a resume, and an empty rubric leaves the grade alone. The local analyser passes its
//! matcher's credits (a skill on three lines is shown more strongly than on
//! one, 3 of 4 asked years more than 2) and how near the resume is to the
//! posting, half each, the credits less for a thinner rubric as its verdicts
//! (see `local::judge`), so between two resumes with the
//! same verdicts the closer one ranks first; a model passes none, and its
//! score is its verdicts alone.
//!
//! The **advice** uses fixed thresholds, stated here and not tuned to any data
//! set: *interview* when every required item (there is at least one) is met
//! with a grounded quote, or when the overall score and must-haves are both
//! [`INTERVIEW_AT`] (75) or more; *decline* when the overall score and
//! must-haves are both under [`DECLINE_UNDER`] (40) (the overall score alone
//! when nothing is required), or no required item is met even in part
//! (must-haves 0); *consider* otherwise. One low figure alone
//! does not decline: a real posting's list runs long and mixes what a resume
//! shows with what only an interview can (hand judgments of real postings and
//! resumes, issue #13, put most such resumes at *consider*).
//! Scores are rounded before the thresholds apply, so the advice agrees with
//! the numbers shown. A rubric with no requirements scores the grade
//! alone (0 without one), shows every component at 100, advises *consider*,
//! and says in the concerns that there was nothing to judge by.
//!
//! Verdicts for ids the rubric does not hold are dropped (as is a second
//! verdict for one id), requirements without a verdict count as not met, and
//! [`Scored::concerns`] says so.

use crate::analysis::{
    Analysis, ComponentScores, Decision, Importance, MAX_SCORE, MatchedRequirement, MissingRequirement,
    Recommendations, RequirementKind, Score,
};
use crate::rubric::{MAX_WEIGHT, MIN_WEIGHT, Rubric, RubricItem};
use crate::verdict::{RequirementVerdict, Verdict};

/// The credit of a requirement met with a quote found in the resume.
pub const CREDIT_MET: f64 = 1.0;
/// The credit of a requirement met without a grounded quote ("unverified").
pub const CREDIT_UNVERIFIED: f64 = 0.5;
/// The credit of a requirement partly met.
pub const CREDIT_PARTLY_MET: f64 = 0.5;
/// How many times a required item counts for its weight; a preferred one once.
pub const REQUIRED_FACTOR: f64 = 2.0;
/// The share of the overall score an analyser's finer grade takes when given.
pub const GRADED_SHARE: f64 = 0.4;
/// The rubric weight from which verdicts take their whole share.
pub const FULL_RUBRIC_WEIGHT: f64 = 16.0;
/// Overall and must-haves at or above this advise an interview.
pub const INTERVIEW_AT: Score = 75;
/// Overall and must-haves both below this advise to decline.
pub const DECLINE_UNDER: Score = 40;

/// What the formula makes of one resume's verdicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub overall_score: Score,
    pub component_scores: ComponentScores,
    pub decision: Decision,
    /// Met or partly met, in rubric order, each with its quote (empty if none).
    pub matched: Vec<MatchedRequirement>,
    /// Not met or not judged, required items first, each in rubric order.
    pub missing: Vec<MissingRequirement>,
    /// Ids marked met whose quote was not found in the resume.
    pub unverified: Vec<String>,
    /// Ids of the rubric that got no verdict.
    pub unjudged: Vec<String>,
    /// Ids of verdicts dropped: not in the rubric, or a second for one id.
    pub dropped: Vec<String>,
    /// The rubric had no requirements: the score is the grade alone.
    pub empty_rubric: bool,
}

impl Scored {
    /// The sentences for the analysis's concerns about how it was scored.
    pub fn concerns(&self) -> Vec<String> {
        let mut concerns = Vec::new();
        if self.empty_rubric {
            concerns.push(
                "The rubric has no requirements, so nothing was judged item by item; the score is \
                 at most how near the resume is to the job description."
                    .to_owned(),
            );
        }
        if !self.unverified.is_empty() {
            concerns.push(format!(
                "{} requirement(s) marked met without a quote found in the resume are shown as \
                 unverified and scored as partly met.",
                self.unverified.len()
            ));
        }
        if !self.unjudged.is_empty() {
            concerns
                .push(format!("{} requirement(s) got no verdict and count as not met.", self.unjudged.len()));
        }
        if !self.dropped.is_empty() {
            concerns.push(format!(
                "{} verdict(s) named no requirement of the rubric (or repeated one) and were dropped.",
                self.dropped.len()
            ));
        }
        concerns
    }
}

impl Scored {
    /// The analysis these scores make, with what the analyser says beyond
    /// them: its concerns (the formula's own are added after), a summary
    /// and interview questions.
    pub fn into_analysis(
        self,
        mut concerns: Vec<String>,
        summary: String,
        interview_questions: Vec<String>,
    ) -> Analysis {
        concerns.extend(self.concerns());
        Analysis {
            overall_score: self.overall_score,
            component_scores: self.component_scores,
            matched_requirements: self.matched,
            missing_requirements: self.missing,
            concerns,
            recommendations: Recommendations { decision: self.decision, summary, interview_questions },
        }
        .normalised()
    }
}

/// A weighted mean, built one value at a time. The local analyser's own
/// credits use it too until it judges by verdicts.
#[derive(Default, Clone, Copy)]
pub(crate) struct Mean {
    sum: f64,
    weight: f64,
}

impl Mean {
    pub(crate) fn add(&mut self, value: f64, weight: f64) {
        self.sum += value * weight;
        self.weight += weight;
    }

    /// The mean, or `None` with nothing added.
    pub(crate) fn value(self) -> Option<f64> {
        (self.weight > 0.0).then(|| self.sum / self.weight)
    }

    /// The weight of what was added.
    pub(crate) fn weight(self) -> f64 {
        self.weight
    }

    /// 0–100, or `None` with nothing added.
    fn percent(self) -> Option<f64> {
        self.value().map(|mean| mean * 100.0)
    }
}

fn rounded(percent: f64) -> Score {
    // Clamped to 0–100 first, so the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let score = percent.round().clamp(0.0, f64::from(MAX_SCORE)) as Score;
    score
}

/// An item's weight in every mean: its rubric weight, doubled when required.
pub(crate) fn weight(item: &RubricItem) -> f64 {
    let factor = match item.importance {
        Importance::Required => REQUIRED_FACTOR,
        Importance::Preferred => 1.0,
    };
    f64::from(item.weight.clamp(MIN_WEIGHT, MAX_WEIGHT)) * factor
}

/// Whether the verdict's quote was found in the resume.
fn is_grounded(verdict: &RequirementVerdict) -> bool {
    verdict.grounded && verdict.quote.as_deref().is_some_and(|quote| !quote.trim().is_empty())
}

fn credit(verdict: Option<&RequirementVerdict>) -> f64 {
    match verdict {
        Some(verdict) => match verdict.verdict {
            Verdict::Met if is_grounded(verdict) => CREDIT_MET,
            Verdict::Met => CREDIT_UNVERIFIED,
            Verdict::PartlyMet => CREDIT_PARTLY_MET,
            Verdict::NotMet => 0.0,
        },
        None => 0.0,
    }
}

/// Scores one resume's `verdicts` against `rubric` (see the module's
/// formula). `grade`, from 0 to 1, blends in the analyser's finer grade of
/// the resume against the rubric (or, with an empty rubric, against the
/// job description); out-of-range values are clamped and a value
/// that is not a number is ignored. `verdicts` should have been grounded
/// (`grounding::ground`) against the text that was sent.
pub fn score(rubric: &Rubric, verdicts: &[RequirementVerdict], grade: Option<f64>) -> Scored {
    let grade = grade.filter(|value| value.is_finite()).map(|value| value.clamp(0.0, 1.0));
    let mut dropped = Vec::new();
    let mut by_item: Vec<Option<&RequirementVerdict>> = vec![None; rubric.requirements.len()];
    for verdict in verdicts {
        match rubric.requirements.iter().position(|item| item.id == verdict.requirement_id) {
            Some(index) if by_item[index].is_none() => by_item[index] = Some(verdict),
            _ => dropped.push(verdict.requirement_id.clone()),
        }
    }

    let (mut skills, mut experience, mut education, mut must, mut all) =
        (Mean::default(), Mean::default(), Mean::default(), Mean::default(), Mean::default());
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let (mut unverified, mut unjudged) = (Vec::new(), Vec::new());
    let mut every_required_grounded = true;
    for (item, verdict) in rubric.requirements.iter().zip(by_item.iter().copied()) {
        let credit = credit(verdict);
        let weight = weight(item);
        let component = match item.kind {
            RequirementKind::Experience => &mut experience,
            RequirementKind::Education | RequirementKind::Certification => &mut education,
            RequirementKind::Skill | RequirementKind::Language | RequirementKind::Other => &mut skills,
        };
        component.add(credit, weight);
        all.add(credit, weight);
        if item.importance == Importance::Required {
            must.add(credit, weight);
            every_required_grounded &=
                verdict.is_some_and(|verdict| verdict.verdict == Verdict::Met && is_grounded(verdict));
        }
        let id = Some(item.id.clone());
        match verdict {
            Some(verdict) if verdict.verdict != Verdict::NotMet => {
                let grounded = is_grounded(verdict);
                if verdict.verdict == Verdict::Met && !grounded {
                    unverified.push(item.id.clone());
                }
                matched.push(MatchedRequirement {
                    requirement: item.text.clone(),
                    kind: item.kind,
                    importance: item.importance,
                    evidence: verdict.quote.as_deref().unwrap_or_default().trim().to_owned(),
                    requirement_id: id,
                    verdict: Some(verdict.verdict),
                    grounded: Some(grounded),
                });
            }
            _ => {
                if verdict.is_none() {
                    unjudged.push(item.id.clone());
                }
                missing.push(MissingRequirement {
                    requirement: item.text.clone(),
                    kind: item.kind,
                    importance: item.importance,
                    requirement_id: id,
                    verdict: verdict.map(|verdict| verdict.verdict),
                });
            }
        }
    }
    missing.sort_by_key(|item| item.importance);

    let empty_rubric = rubric.requirements.is_empty();
    let rubric_part = all.percent().unwrap_or(0.0);
    // An empty rubric weighs nothing: its score is the grade alone, or 0.
    let overall = match grade {
        None => rubric_part,
        Some(grade) => {
            let verdicts_share = (1.0 - GRADED_SHARE) * (all.weight / FULL_RUBRIC_WEIGHT).min(1.0);
            verdicts_share * rubric_part + (1.0 - verdicts_share) * grade * 100.0
        }
    };
    let overall_score = rounded(overall);
    let component = |mean: Mean| rounded(mean.percent().unwrap_or(100.0));
    let component_scores = ComponentScores {
        skills: component(skills),
        experience: component(experience),
        education: component(education),
        must_haves: component(must),
    };
    let has_required = must.weight > 0.0;
    let decision = if empty_rubric {
        Decision::Consider
    } else if (has_required && every_required_grounded)
        || (overall_score >= INTERVIEW_AT && component_scores.must_haves >= INTERVIEW_AT)
    {
        Decision::Interview
    } else if (overall_score < DECLINE_UNDER
        && (!has_required || component_scores.must_haves < DECLINE_UNDER))
        || (has_required && component_scores.must_haves == 0)
    {
        Decision::Decline
    } else {
        Decision::Consider
    };
    Scored {
        overall_score,
        component_scores,
        decision,
        matched,
        missing,
        unverified,
        unjudged,
        dropped,
        empty_rubric,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn item(id: &str, kind: RequirementKind, importance: Importance, weight: u8) -> RubricItem {
        RubricItem { weight, ..RubricItem::new(id, format!("requirement {id}"), kind, importance) }
    }

    /// r1 skill required, r2 experience required, r3 education preferred,
    /// r4 language preferred; all of weight 2.
    fn rubric() -> Rubric {
        use Importance::{Preferred, Required};
        use RequirementKind::{Education, Experience, Language, Skill};
        Rubric {
            requirements: vec![
                item("r1", Skill, Required, 2),
                item("r2", Experience, Required, 2),
                item("r3", Education, Preferred, 2),
                item("r4", Language, Preferred, 2),
            ],
            left_out: Vec::new(),
        }
    }

    /// A verdict from a short code: "m" met and grounded, "u" met without a
    /// grounded quote, "p" partly met, "n" not met.
    fn verdict(id: &str, code: &str) -> RequirementVerdict {
        let (verdict, grounded) = match code {
            "m" => (Verdict::Met, true),
            "u" => (Verdict::Met, false),
            "p" => (Verdict::PartlyMet, true),
            _ => (Verdict::NotMet, false),
        };
        RequirementVerdict {
            grounded,
            ..RequirementVerdict::new(id, verdict, Some(format!("quote for {id}")))
        }
    }

    /// `codes` gives r1…r4's verdicts in order ("-" for none); `expect` is
    /// "overall skills/experience/education/must decision".
    fn check(codes: &str, grade: Option<f64>, expect: &str) {
        let verdicts: Vec<RequirementVerdict> = codes
            .split(' ')
            .enumerate()
            .filter(|(_, code)| *code != "-")
            .map(|(index, code)| verdict(&format!("r{}", index + 1), code))
            .collect();
        let scored = score(&rubric(), &verdicts, grade);
        let scores = scored.component_scores;
        let got = format!(
            "{} {}/{}/{}/{} {:?}",
            scored.overall_score,
            scores.skills,
            scores.experience,
            scores.education,
            scores.must_haves,
            scored.decision
        );
        assert_eq!(got, expect, "verdicts {codes:?}, grade {grade:?}");
    }

    #[test]
    fn the_formula_on_one_rubric() {
        // Weights: r1 and r2 4 each (required), r3 and r4 2 each: 12 in all.
        check("m m m m", None, "100 100/100/100/100 Interview");
        check("m m n n", None, "67 67/100/0/100 Interview");
        check("u m m m", None, "83 67/100/100/75 Interview");
        check("p p p p", None, "50 50/50/50/50 Consider");
        check("m n m m", None, "67 100/0/100/50 Consider");
        check("n n m m", None, "33 33/0/100/0 Decline");
        check("p n m m", None, "50 67/0/100/25 Consider");
        check("n p n n", None, "17 0/50/0/25 Decline");
        check("- - - -", None, "0 0/0/0/0 Decline");
        check("m m n n", Some(1.0), "85 67/100/0/100 Interview");
        check("p p p p", Some(0.9), "72 50/50/50/50 Consider");
        check("p p p p", Some(0.1), "28 50/50/50/50 Consider");
        check("n n m m", Some(2.0), "70 33/0/100/0 Decline");
        check("p n p n", Some(0.0), "11 33/0/50/25 Decline");
        check("m n n n", None, "33 67/0/0/50 Consider");
        check("p p p p", Some(f64::NAN), "50 50/50/50/50 Consider");
    }

    #[test]
    fn a_grade_weighs_more_where_the_rubric_is_thin() {
        // One preferred item (weight 2): verdicts take 0.6 × 2/16 of the score.
        let one = Rubric {
            requirements: vec![item("r1", RequirementKind::Skill, Importance::Preferred, 2)],
            left_out: Vec::new(),
        };
        let missed = score(&one, &[verdict("r1", "n")], Some(0.8));
        assert_eq!(missed.overall_score, 74);
        let met = score(&one, &[verdict("r1", "m")], Some(0.8));
        assert_eq!(met.overall_score, 82);
        // From a weight of 16 (four required items) on, verdicts take 0.6.
        let mut full = rubric();
        full.requirements.push(item("r5", RequirementKind::Skill, Importance::Required, 2));
        let codes = ["r1", "r2", "r3", "r4", "r5"].map(|id| verdict(id, "m"));
        assert_eq!(score(&full, &codes, Some(0.0)).overall_score, 60);
        // No grade (a model's verdicts): the verdicts alone, however thin.
        assert_eq!(score(&one, &[verdict("r1", "n")], None).overall_score, 0);
    }

    #[test]
    fn with_nothing_required_the_overall_score_alone_declines() {
        let mut rubric = rubric();
        for item in &mut rubric.requirements {
            item.importance = Importance::Preferred;
        }
        let low = score(&rubric, &[verdict("r1", "m")], None);
        assert_eq!((low.overall_score, low.component_scores.must_haves), (25, 100));
        assert_eq!(low.decision, Decision::Decline);
        let fair = score(&rubric, &[verdict("r1", "m"), verdict("r2", "m")], None);
        assert_eq!(fair.decision, Decision::Consider);
    }

    #[test]
    fn meeting_every_required_item_with_grounded_quotes_advises_an_interview() {
        // See: #12. Many preferred items missed keep the overall score low.
        let mut rubric = rubric();
        for index in 5..=14 {
            rubric.requirements.push(item(
                &format!("r{index}"),
                RequirementKind::Skill,
                Importance::Preferred,
                3,
            ));
        }
        let scored = score(&rubric, &[verdict("r1", "m"), verdict("r2", "m")], None);
        assert!(scored.overall_score < DECLINE_UNDER, "{}", scored.overall_score);
        assert_eq!(scored.decision, Decision::Interview);
        // One of them unverified: no longer the rule's interview, but
        // must-haves of 75 keep a low overall score from declining.
        let scored = score(&rubric, &[verdict("r1", "m"), verdict("r2", "u")], None);
        assert_eq!(scored.decision, Decision::Consider);
        assert_eq!(scored.unverified, ["r2"]);
    }

    #[test]
    fn weights_and_components_follow_the_rubric() {
        let rubric = Rubric {
            requirements: vec![
                item("a", RequirementKind::Skill, Importance::Required, 3),
                item("b", RequirementKind::Certification, Importance::Preferred, 1),
                item("c", RequirementKind::Other, Importance::Preferred, 1),
            ],
            left_out: Vec::new(),
        };
        // a: 6 met; b: 1 not met; c: 1 not met. Overall 6/8; skills (a, c) 6/7;
        // education (b) 0; no experience item: 100.
        let scored = score(&rubric, &[verdict("a", "m"), verdict("b", "n")], None);
        assert_eq!(scored.overall_score, 75);
        assert_eq!(
            scored.component_scores,
            ComponentScores { skills: 86, experience: 100, education: 0, must_haves: 100 }
        );
        assert_eq!(scored.decision, Decision::Interview);
    }

    #[test]
    fn matched_and_missing_carry_ids_verdicts_and_grounding() {
        let verdicts = [
            verdict("r4", "p"),
            verdict("r1", "u"),
            verdict("r3", "n"),
            verdict("r9", "m"),
            verdict("r1", "m"),
        ];
        let scored = score(&rubric(), &verdicts, None);
        let matched: Vec<String> = scored
            .matched
            .iter()
            .map(|it| format!("{:?} {:?} {:?} {}", it.requirement_id, it.verdict, it.grounded, it.evidence))
            .collect();
        assert_eq!(
            matched,
            [
                r#"Some("r1") Some(Met) Some(false) quote for r1"#,
                r#"Some("r4") Some(PartlyMet) Some(true) quote for r4"#,
            ]
        );
        let missing: Vec<(Option<&str>, Option<Verdict>, Importance)> = scored
            .missing
            .iter()
            .map(|it| (it.requirement_id.as_deref(), it.verdict, it.importance))
            .collect();
        assert_eq!(
            missing,
            [
                (Some("r2"), None, Importance::Required),
                (Some("r3"), Some(Verdict::NotMet), Importance::Preferred)
            ]
        );
        assert_eq!(scored.matched[0].requirement, "requirement r1");
        assert_eq!(scored.unverified, ["r1"]);
        assert_eq!(scored.unjudged, ["r2"]);
        assert_eq!(scored.dropped, ["r9", "r1"]);
        assert_eq!(scored.concerns().len(), 3);
    }

    #[test]
    fn judged_items_carry_the_new_fields_and_older_ones_keep_their_shape() {
        let scored = score(&rubric(), &[verdict("r1", "u")], None);
        let matched = serde_json::to_value(&scored.matched[0]).unwrap();
        assert_eq!(matched["requirement_id"], "r1");
        assert_eq!(matched["verdict"], "met");
        assert_eq!(matched["grounded"], false);
        let missing = serde_json::to_value(&scored.missing[0]).unwrap();
        assert_eq!(
            missing,
            serde_json::json!({"requirement": "requirement r2", "kind": "experience", "importance": "required", "requirement_id": "r2"})
        );
        let older = MatchedRequirement {
            requirement_id: None,
            verdict: None,
            grounded: None,
            ..scored.matched[0].clone()
        };
        let json = serde_json::to_value(&older).unwrap();
        assert_eq!(json.as_object().map(|it| it.len()), Some(4), "{json}");
        assert_eq!(serde_json::from_value::<MatchedRequirement>(json).unwrap(), older);
    }

    #[test]
    fn a_met_verdict_claiming_grounding_without_a_quote_is_unverified() {
        let verdicts =
            [RequirementVerdict { grounded: true, ..RequirementVerdict::new("r1", Verdict::Met, None) }];
        let scored = score(&rubric(), &verdicts, None);
        assert_eq!(scored.unverified, ["r1"]);
        assert_eq!(scored.matched[0].grounded, Some(false));
        assert_eq!(scored.matched[0].evidence, "");
    }

    #[test]
    fn an_empty_rubric_falls_back_to_grade_and_says_so() {
        let empty = Rubric::default();
        let scored = score(&empty, &[verdict("r1", "m")], Some(0.9));
        assert_eq!(scored.overall_score, 90);
        assert_eq!(
            scored.component_scores,
            ComponentScores { skills: 100, experience: 100, education: 100, must_haves: 100 }
        );
        assert_eq!(scored.decision, Decision::Consider);
        assert!(scored.empty_rubric);
        assert_eq!(scored.dropped, ["r1"]);
        assert!(scored.concerns()[0].contains("no requirements"), "{:?}", scored.concerns());
        assert_eq!(score(&empty, &[], None).overall_score, 0);
    }

    #[test]
    fn the_same_verdicts_give_the_same_scores() {
        let verdicts = [verdict("r1", "m"), verdict("r2", "p"), verdict("r3", "u")];
        assert_eq!(score(&rubric(), &verdicts, Some(0.4)), score(&rubric(), &verdicts, Some(0.4)));
    }

    fn any_code() -> impl Strategy<Value = &'static str> {
        proptest::sample::select(vec!["m", "u", "p", "n", "-"])
    }

    fn better(code: &str) -> &'static str {
        if matches!(code, "-" | "n") { "p" } else { "m" }
    }

    proptest! {
        #[test]
        fn scores_stay_in_range_and_a_better_verdict_never_lowers_them(
            codes in proptest::collection::vec(any_code(), 4),
            upgrade in 0usize..4,
            grade in proptest::option::of(-1.0f64..2.0),
        ) {
            let verdicts = |codes: &[&str]| -> Vec<RequirementVerdict> {
                codes.iter().enumerate().filter(|(_, code)| **code != "-")
                    .map(|(index, code)| verdict(&format!("r{}", index + 1), code)).collect()
            };
            let before = score(&rubric(), &verdicts(&codes), grade);
            let mut improved = codes.clone();
            improved[upgrade] = better(codes[upgrade]);
            let after = score(&rubric(), &verdicts(&improved), grade);
            prop_assert!(before.overall_score <= 100);
            prop_assert!(after.overall_score >= before.overall_score);
            prop_assert!(after.component_scores.must_haves >= before.component_scores.must_haves);
            prop_assert!(after.decision <= before.decision, "{:?} then {:?}", before.decision, after.decision);
        }
    }
}
