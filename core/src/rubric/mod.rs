//! The rubric: what one job asks, read once per batch, shown to the recruiter,
//! editable, and the one list every resume of the batch is judged against.
//!
//! A [`Rubric`] is a list of [`RubricItem`]s, each with a stable id ("r1",
//! "r2", … in posting order when parsed; see [`item_id`] and
//! [`Rubric::next_id`]), the requirement as the posting words it, its kind,
//! whether it is required or preferred, and a weight from 1 (minor) to 3
//! (key), [`DEFAULT_WEIGHT`] being ordinary.
//!
//! # Alternatives
//!
//! One item is met by its own text or by **any one** of its alternatives:
//! - "JavaScript (Angular, React or Node.js)": text as written, alternatives
//!   `["Angular", "React", "Node.js"]`; a React developer meets it.
//! - "a cloud data warehouse (Snowflake, BigQuery or Redshift)": the
//!   category itself ("a cloud data warehouse") meets it too, so a resume
//!   naming Databricks SQL may earn it on the category alone.
//! - "Bachelor's degree in Computer Science or equivalent practical
//!   experience": kind `education`, text as written, alternatives
//!   `["Bachelor's degree in Computer Science", "equivalent practical
//!   experience"]` (or the years the posting gives as the equivalent, "4 years
//!   of software development"). Either meets it, and it is scored under
//!   education whichever way it is met.
//!
//! # What comes from outside
//!
//! A rubric from the page, the API or `--requirements FILE` passes
//! [`Rubric::check`] before use: ids non-empty, unique, without spaces and at
//! most [`MAX_REQUIREMENT_ID_CHARS`]; texts and alternatives non-blank and at
//! most [`MAX_REQUIREMENT_CHARS`]; at most [`MAX_RUBRIC_REQUIREMENTS`] items
//! and [`MAX_ALTERNATIVES`] alternatives an item. A weight outside 1–3 is
//! **rejected**, not clamped: a recruiter who wrote 5 meant something, and the
//! message says which item to fix. Fields a hand-written file may leave out
//! take defaults: kind `other`, importance `required`, weight
//! [`DEFAULT_WEIGHT`], no alternatives, nothing left out.
//!
//! Whoever reads a posting passes the result through [`protected::guard`],
//! which moves requirements about protected characteristics to
//! [`Rubric::left_out`]; [`Rubric::validated`] checks and guards a rubric from
//! outside in one call.

pub mod protected;

use serde::{Deserialize, Serialize};

use crate::analysis::{Importance, RequirementKind};
use crate::limits::{
    MAX_ALTERNATIVES, MAX_REQUIREMENT_CHARS, MAX_REQUIREMENT_ID_CHARS, MAX_RUBRIC_REQUIREMENTS,
};

/// The lowest weight: a minor item.
pub const MIN_WEIGHT: u8 = 1;
/// The weight of an ordinary item, and of one whose weight is not given.
pub const DEFAULT_WEIGHT: u8 = 2;
/// The highest weight: a key item.
pub const MAX_WEIGHT: u8 = 3;

/// The requirements one job asks for, and what was read but left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rubric {
    #[serde(default)]
    pub requirements: Vec<RubricItem>,
    /// Read from the posting but not a requirement a resume may be judged by.
    #[serde(default)]
    pub left_out: Vec<LeftOut>,
}

/// One requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricItem {
    /// Stable within the rubric: verdicts name it.
    pub id: String,
    /// The requirement as the posting words it.
    pub text: String,
    #[serde(default = "default_kind")]
    pub kind: RequirementKind,
    #[serde(default = "default_importance")]
    pub importance: Importance,
    /// 1 (minor) to 3 (key).
    #[serde(default = "default_weight")]
    pub weight: u8,
    /// Each one, like the text itself, meets the item.
    #[serde(default)]
    pub alternatives: Vec<String>,
}

/// Text read as a requirement and deliberately not used, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    pub text: String,
    /// A plain sentence for the recruiter: "about age, a protected characteristic".
    pub reason: String,
}

fn default_kind() -> RequirementKind {
    RequirementKind::Other
}

fn default_importance() -> Importance {
    Importance::Required
}

fn default_weight() -> u8 {
    DEFAULT_WEIGHT
}

/// The id of the item at `index` (from 0) of a freshly parsed rubric: "r1", "r2", …
pub fn item_id(index: usize) -> String {
    format!("r{}", index + 1)
}

impl RubricItem {
    /// An item of ordinary weight without alternatives.
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        kind: RequirementKind,
        importance: Importance,
    ) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
            kind,
            importance,
            weight: DEFAULT_WEIGHT,
            alternatives: Vec::new(),
        }
    }

    /// Everything that meets the item: its text, then its alternatives.
    pub fn ways_to_meet(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.text.as_str()).chain(self.alternatives.iter().map(String::as_str))
    }
}

/// Why a rubric from outside cannot be used. Each message names the item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RubricError {
    #[error("the rubric has {count} requirements; the limit is {MAX_RUBRIC_REQUIREMENTS}")]
    TooManyRequirements { count: usize },
    #[error("the rubric leaves out {count} items; the limit is {MAX_RUBRIC_REQUIREMENTS}")]
    TooManyLeftOut { count: usize },
    #[error(
        "requirement {position} needs an id of 1 to {MAX_REQUIREMENT_ID_CHARS} characters without spaces"
    )]
    BadId { position: usize },
    #[error("requirement {position} repeats the id \"{id}\"")]
    DuplicateId { position: usize, id: String },
    #[error("requirement \"{id}\" has no text")]
    BlankText { id: String },
    #[error("requirement \"{id}\" has {chars} characters; the limit is {MAX_REQUIREMENT_CHARS}")]
    TextTooLong { id: String, chars: usize },
    #[error("requirement \"{id}\" has weight {weight}; weights go from {MIN_WEIGHT} to {MAX_WEIGHT}")]
    WeightOutOfRange { id: String, weight: u8 },
    #[error("requirement \"{id}\" has {count} alternatives; the limit is {MAX_ALTERNATIVES}")]
    TooManyAlternatives { id: String, count: usize },
    #[error(
        "alternative {position} of requirement \"{id}\" must have 1 to {MAX_REQUIREMENT_CHARS} characters"
    )]
    BadAlternative { id: String, position: usize },
    #[error(
        "left-out item {position} must have a text and a reason of 1 to {MAX_REQUIREMENT_CHARS} characters"
    )]
    BadLeftOut { position: usize },
}

/// At most [`MAX_REQUIREMENT_CHARS`] characters, an ellipsis marking a cut.
fn within_limit(text: &str) -> String {
    if text.chars().count() <= MAX_REQUIREMENT_CHARS {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(MAX_REQUIREMENT_CHARS - 1).collect();
    short.push('…');
    short
}

fn fits(text: &str) -> bool {
    !text.trim().is_empty() && text.chars().count() <= MAX_REQUIREMENT_CHARS
}

impl Rubric {
    /// A rubric of `items` numbered "r1", "r2", … in their order, whatever
    /// ids they had.
    pub fn numbered(items: Vec<RubricItem>) -> Self {
        let requirements = items
            .into_iter()
            .enumerate()
            .map(|(index, item)| RubricItem { id: item_id(index), ..item })
            .collect();
        Self { requirements, left_out: Vec::new() }
    }

    /// An id no item has: "rN" for N one more than the highest "rN" in use
    /// (so ids of removed items are not reused while later ones remain).
    pub fn next_id(&self) -> String {
        let highest = self
            .requirements
            .iter()
            .filter_map(|item| item.id.strip_prefix('r')?.parse::<usize>().ok())
            .max()
            .unwrap_or(0);
        item_id(highest)
    }

    /// A short fingerprint of the requirements (not of what was left out):
    /// a result judged by a rubric with another fingerprint is out of date.
    /// FNV-1a (64 bits) of the requirements' JSON, as 16 hex digits; stable
    /// across builds and platforms, not a security measure.
    pub fn fingerprint(&self) -> String {
        // Strings, numbers and enums always serialise.
        let json = serde_json::to_string(&self.requirements).unwrap_or_default();
        let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("{hash:016x}")
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&RubricItem> {
        self.requirements.iter().find(|item| item.id == id)
    }

    /// A model's reading of a posting as a rubric: texts and alternatives
    /// shortened to [`MAX_REQUIREMENT_CHARS`] (an ellipsis marks the cut),
    /// at most [`MAX_ALTERNATIVES`] alternatives an item, [`protected::guard`]
    /// applied, items past [`MAX_RUBRIC_REQUIREMENTS`] left out with that
    /// reason, the rest numbered "r1", "r2", … So the result always passes
    /// [`Rubric::check`], whatever the reader gave.
    pub fn from_reading(items: Vec<RubricItem>) -> Self {
        let items = items
            .into_iter()
            .map(|item| RubricItem {
                text: within_limit(&item.text),
                alternatives: item
                    .alternatives
                    .iter()
                    .take(MAX_ALTERNATIVES)
                    .map(|it| within_limit(it))
                    .collect(),
                weight: if (MIN_WEIGHT..=MAX_WEIGHT).contains(&item.weight) {
                    item.weight
                } else {
                    DEFAULT_WEIGHT
                },
                ..item
            })
            .collect();
        let Rubric { mut requirements, mut left_out } =
            protected::guard(Rubric { requirements: items, left_out: Vec::new() });
        let beyond = requirements.split_off(requirements.len().min(MAX_RUBRIC_REQUIREMENTS));
        left_out.extend(beyond.into_iter().map(|item| LeftOut {
            text: item.text,
            reason: format!(
                "beyond the first {MAX_RUBRIC_REQUIREMENTS} requirements; add it by hand if it matters"
            ),
        }));
        left_out.truncate(MAX_RUBRIC_REQUIREMENTS);
        Rubric { left_out, ..Rubric::numbered(requirements) }
    }

    /// Lists `text` under what was left out, with its reason, shortened to
    /// the limit; nothing when the list is full or already holds the text (or
    /// a text within it, or one it lies within).
    pub fn note_left_out(&mut self, text: &str, reason: String) {
        let text = within_limit(text.trim());
        let listed = self.left_out.iter().any(|it| it.text.contains(&text) || text.contains(&it.text));
        if !listed && !text.is_empty() && self.left_out.len() < MAX_RUBRIC_REQUIREMENTS {
            self.left_out.push(LeftOut { text, reason });
        }
    }

    /// A rubric from outside, ready to judge by: [`Rubric::check`]ed, then
    /// [`protected::guard`]ed (a recruiter's file obeys the guard too).
    pub fn validated(self) -> Result<Self, RubricError> {
        self.check()?;
        Ok(protected::guard(self))
    }

    /// Checks a rubric that comes from outside (the page, the API, a file).
    pub fn check(&self) -> Result<(), RubricError> {
        if self.requirements.len() > MAX_RUBRIC_REQUIREMENTS {
            return Err(RubricError::TooManyRequirements { count: self.requirements.len() });
        }
        if self.left_out.len() > MAX_RUBRIC_REQUIREMENTS {
            return Err(RubricError::TooManyLeftOut { count: self.left_out.len() });
        }
        for (index, item) in self.requirements.iter().enumerate() {
            let position = index + 1;
            let id = &item.id;
            let id_chars = id.chars().count();
            if id_chars == 0
                || id_chars > MAX_REQUIREMENT_ID_CHARS
                || id.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(RubricError::BadId { position });
            }
            if self.requirements[..index].iter().any(|other| other.id == *id) {
                return Err(RubricError::DuplicateId { position, id: id.clone() });
            }
            if item.text.trim().is_empty() {
                return Err(RubricError::BlankText { id: id.clone() });
            }
            let chars = item.text.chars().count();
            if chars > MAX_REQUIREMENT_CHARS {
                return Err(RubricError::TextTooLong { id: id.clone(), chars });
            }
            if !(MIN_WEIGHT..=MAX_WEIGHT).contains(&item.weight) {
                return Err(RubricError::WeightOutOfRange { id: id.clone(), weight: item.weight });
            }
            if item.alternatives.len() > MAX_ALTERNATIVES {
                return Err(RubricError::TooManyAlternatives {
                    id: id.clone(),
                    count: item.alternatives.len(),
                });
            }
            if let Some(index) = item.alternatives.iter().position(|it| !fits(it)) {
                return Err(RubricError::BadAlternative { id: id.clone(), position: index + 1 });
            }
        }
        if let Some(index) = self.left_out.iter().position(|it| !fits(&it.text) || !fits(&it.reason)) {
            return Err(RubricError::BadLeftOut { position: index + 1 });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_follows_every_edit_of_a_requirement_and_nothing_else() {
        let item = RubricItem::new("r1", "Rust", RequirementKind::Skill, Importance::Required);
        let rubric = Rubric::numbered(vec![item.clone()]);
        let fingerprint = rubric.fingerprint();
        assert_eq!(fingerprint.len(), 16);
        let left = Rubric {
            left_out: vec![LeftOut { text: "Age".to_owned(), reason: "about age".to_owned() }],
            ..rubric.clone()
        };
        assert_eq!(left.fingerprint(), fingerprint);
        let edits = [
            RubricItem { text: "Rust or Go".to_owned(), ..item.clone() },
            RubricItem { weight: 3, ..item.clone() },
            RubricItem { importance: Importance::Preferred, ..item.clone() },
            RubricItem { alternatives: vec!["Go".to_owned()], ..item.clone() },
            RubricItem { kind: RequirementKind::Other, ..item },
        ];
        for edited in edits {
            assert_ne!(Rubric::numbered(vec![edited.clone()]).fingerprint(), fingerprint, "{edited:?}");
        }
    }

    fn item(id: &str, text: &str) -> RubricItem {
        RubricItem::new(id, text, RequirementKind::Skill, Importance::Required)
    }

    fn rubric(items: Vec<RubricItem>) -> Rubric {
        Rubric { requirements: items, left_out: Vec::new() }
    }

    fn check(rubric: &Rubric, expect: &str) {
        let got = match rubric.check() {
            Ok(()) => "ok".to_owned(),
            Err(error) => error.to_string(),
        };
        assert_eq!(got, expect);
    }

    #[test]
    fn a_recruiter_file_may_leave_out_everything_but_id_and_text() {
        let rubric: Rubric =
            serde_json::from_str(r#"{"requirements":[{"id":"r1","text":"Kubernetes"}]}"#).unwrap();
        assert_eq!(
            rubric.requirements,
            [RubricItem::new("r1", "Kubernetes", RequirementKind::Other, Importance::Required)]
        );
        assert!(rubric.left_out.is_empty());
        check(&rubric, "ok");
    }

    #[test]
    fn the_wire_form_is_snake_case_and_round_trips() {
        let mut degree = RubricItem::new(
            "r3",
            "Bachelor's degree in Computer Science or equivalent practical experience",
            RequirementKind::Education,
            Importance::Preferred,
        );
        degree.alternatives = vec![
            "Bachelor's degree in Computer Science".to_owned(),
            "equivalent practical experience".to_owned(),
        ];
        let rubric = Rubric {
            requirements: vec![degree],
            left_out: vec![LeftOut { text: "Age".to_owned(), reason: "about age".to_owned() }],
        };
        let json = serde_json::to_value(&rubric).unwrap();
        assert_eq!(json["requirements"][0]["kind"], "education");
        assert_eq!(json["requirements"][0]["importance"], "preferred");
        assert_eq!(json["requirements"][0]["weight"], 2);
        assert_eq!(json["left_out"][0]["reason"], "about age");
        assert_eq!(serde_json::from_value::<Rubric>(json).unwrap(), rubric);
    }

    #[test]
    fn checks_name_the_item_at_fault() {
        let ok = || item("r1", "Rust");
        let weighted = |weight| RubricItem { weight, ..ok() };
        let with_alternatives = |alternatives: &[&str]| RubricItem {
            alternatives: alternatives.iter().map(|it| (*it).to_owned()).collect(),
            ..ok()
        };
        check(&rubric(vec![ok(), item("r2", "Go")]), "ok");
        check(&rubric(vec![weighted(1)]), "ok");
        check(&rubric(vec![weighted(3)]), "ok");
        check(&rubric(vec![weighted(0)]), "requirement \"r1\" has weight 0; weights go from 1 to 3");
        check(&rubric(vec![weighted(4)]), "requirement \"r1\" has weight 4; weights go from 1 to 3");
        check(
            &rubric(vec![ok(), item("", "Go")]),
            "requirement 2 needs an id of 1 to 64 characters without spaces",
        );
        check(
            &rubric(vec![item("r 1", "Go")]),
            "requirement 1 needs an id of 1 to 64 characters without spaces",
        );
        check(&rubric(vec![item(&"r".repeat(64), "Go")]), "ok");
        check(
            &rubric(vec![item(&"r".repeat(65), "Go")]),
            "requirement 1 needs an id of 1 to 64 characters without spaces",
        );
        check(&rubric(vec![ok(), item("r1", "Go")]), "requirement 2 repeats the id \"r1\"");
        check(&rubric(vec![item("r1", " \n ")]), "requirement \"r1\" has no text");
        check(&rubric(vec![item("r1", &"é".repeat(500))]), "ok");
        check(
            &rubric(vec![item("r1", &"é".repeat(501))]),
            "requirement \"r1\" has 501 characters; the limit is 500",
        );
        check(
            &rubric(vec![with_alternatives(&["React", ""])]),
            "alternative 2 of requirement \"r1\" must have 1 to 500 characters",
        );
        check(
            &rubric(vec![with_alternatives(&["x"; 13])]),
            "requirement \"r1\" has 13 alternatives; the limit is 12",
        );
        let many: Vec<RubricItem> = (0..41).map(|index| item(&item_id(index), "Rust")).collect();
        check(&rubric(many[..40].to_vec()), "ok");
        check(&rubric(many), "the rubric has 41 requirements; the limit is 40");
        let blank_reason = Rubric {
            requirements: Vec::new(),
            left_out: vec![LeftOut { text: "Age".to_owned(), reason: String::new() }],
        };
        check(&blank_reason, "left-out item 1 must have a text and a reason of 1 to 500 characters");
    }

    #[test]
    fn parsed_items_are_numbered_in_posting_order_and_new_ids_never_collide() {
        let parsed = Rubric::numbered(vec![item("x", "Rust"), item("x", "Go"), item("", "SQL")]);
        let ids: Vec<&str> = parsed.requirements.iter().map(|it| it.id.as_str()).collect();
        assert_eq!(ids, ["r1", "r2", "r3"]);
        assert_eq!(parsed.next_id(), "r4");
        let edited = rubric(vec![item("r7", "Rust"), item("custom", "Go"), item("r2", "SQL")]);
        assert_eq!(edited.next_id(), "r8");
        assert_eq!(Rubric::default().next_id(), "r1");
        assert_eq!(edited.item("custom").map(|it| it.text.as_str()), Some("Go"));
    }

    #[test]
    fn a_rubric_from_outside_is_checked_then_guarded() {
        let accepted = rubric(vec![item("r1", "Rust"), item("r2", "Veteran status")]).validated().unwrap();
        assert_eq!(accepted.requirements, [item("r1", "Rust")]);
        assert_eq!(accepted.left_out[0].text, "Veteran status");
        let duplicate = rubric(vec![item("r1", "Rust"), item("r1", "Age")]);
        assert_eq!(duplicate.validated(), Err(RubricError::DuplicateId { position: 2, id: "r1".to_owned() }));
    }

    #[test]
    fn an_item_is_met_by_its_text_or_any_alternative() {
        let mut warehouse = item("r1", "a cloud data warehouse (Snowflake, BigQuery or Redshift)");
        warehouse.alternatives = vec!["Snowflake".to_owned(), "BigQuery".to_owned(), "Redshift".to_owned()];
        let ways: Vec<&str> = warehouse.ways_to_meet().collect();
        assert_eq!(
            ways,
            ["a cloud data warehouse (Snowflake, BigQuery or Redshift)", "Snowflake", "BigQuery", "Redshift"]
        );
    }
}
