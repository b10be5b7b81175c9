//! The one guard: a rubric never holds a requirement about a protected
//! characteristic, whoever read the posting (the local parser, a model, a
//! recruiter's file). [`guard`] moves such items to [`Rubric::left_out`] with
//! a plain reason the page shows.
//!
//! # The rule
//!
//! The text is lower-cased and cut into words at every character that is not
//! a letter or digit ("Age-appropriate" is "age appropriate"; "Colorado" is
//! one word and never "color"). Then a requirement is about a protected
//! characteristic when
//! 1. **it names nothing else**: every word is a term naming a characteristic
//!    ("age", "color", "veteran", "sexual orientation", "male"…) or a word an
//!    equal-opportunity list joins them with ("and", "or", "status",
//!    "protected", "individuals with"…). So "Color", "Sex", "Veteran status"
//!    and "Race, color, religion" are dropped, and "Color theory",
//!    "Disability claims processing", "Veterans Affairs benefits casework",
//!    "Sex education", "Women's health nursing" and "Pregnancy and postpartum
//!    care" are kept: in a longer text a term names the field of the work;
//! 2. **or it is equal-opportunity boilerplate**: it holds a phrase of such a
//!    clause ("without regard to", "equal opportunity", "discrimination"…)
//!    and any term ("…without regard to race, color, religion");
//! 3. **or it demands a characteristic** by a phrase that does so wherever it
//!    stands: an age ("Must be under 35", "aged 25-35", "21 or older", "age
//!    limit"), a sex ("Male candidates only", "Gender: female"), a family
//!    status ("must be single", "no children"), an origin ("native English
//!    speaker", "mother tongue", "born in"), a photograph or looks ("CV with a
//!    recent photo", "pleasant appearance"), "able-bodied".
//!
//! Decisions worth knowing:
//! - "native speaker" is dropped as national origin: what a job needs is
//!   fluency, which "Fluent English" or "near-native Spanish" asks without
//!   asking where the candidate is from; spoken languages are kept.
//! - A minimum age the law sets ("21 or older to serve alcohol") is dropped
//!   too: a resume does not and should not show an age, so it cannot be
//!   screened for; the employer checks it at hiring.
//! - Work authorisation and citizenship a clearance needs ("Must be a US
//!   citizen", "authorized to work in the UK") are kept: lawful job
//!   requirements, not origin. The equal-opportunity phrase "citizenship
//!   status" is dropped.
//! - "Color" alone is dropped even in a designer's posting; the recruiter sees
//!   it under what was left out and can write "Color theory".
//! - "Professional appearance" is kept (a dress standard); "pleasant" or
//!   "attractive appearance" and photographs are not.
//!
//! The word tables are data in `protected/words.rs`.

mod words;

use serde::{Deserialize, Serialize};

use super::{LeftOut, Rubric};

/// A characteristic no one may be screened by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Characteristic {
    Age,
    SexOrGender,
    RaceOrColour,
    /// Religion or belief, political opinion included.
    Religion,
    Disability,
    MaritalOrFamilyStatus,
    NationalOrigin,
    VeteranStatus,
    Pregnancy,
    SexualOrientation,
    GeneticInformation,
    /// Photographs, looks, height and weight.
    Appearance,
}

impl Characteristic {
    /// How the page names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Age => "age",
            Self::SexOrGender => "sex or gender",
            Self::RaceOrColour => "race or colour",
            Self::Religion => "religion or belief",
            Self::Disability => "disability",
            Self::MaritalOrFamilyStatus => "marital or family status",
            Self::NationalOrigin => "national origin",
            Self::VeteranStatus => "veteran status",
            Self::Pregnancy => "pregnancy",
            Self::SexualOrientation => "sexual orientation",
            Self::GeneticInformation => "genetic information",
            Self::Appearance => "appearance or a photograph",
        }
    }

    /// Why an item about it was left out, as the page says it.
    pub fn reason(self) -> String {
        match self {
            Self::Appearance => {
                "about appearance or a photograph, which no candidate may be screened by".to_owned()
            }
            other => format!("about {}, a protected characteristic", other.label()),
        }
    }
}

/// Moves every requirement about a protected characteristic, and every such
/// alternative of a kept requirement, to `left_out` with its reason. Running
/// it twice changes nothing more.
pub fn guard(rubric: Rubric) -> Rubric {
    let Rubric { requirements, mut left_out } = rubric;
    let mut leave_out = |text: &str, characteristic: Characteristic| {
        if !left_out.iter().any(|it| it.text == text) {
            left_out.push(LeftOut { text: text.to_owned(), reason: characteristic.reason() });
        }
    };
    let mut kept = Vec::with_capacity(requirements.len());
    for mut item in requirements {
        if let Some(characteristic) = protected_characteristic(&item.text) {
            leave_out(&item.text, characteristic);
            continue;
        }
        item.alternatives.retain(|alternative| match protected_characteristic(alternative) {
            Some(characteristic) => {
                leave_out(alternative, characteristic);
                false
            }
            None => true,
        });
        kept.push(item);
    }
    Rubric { requirements: kept, left_out }
}

/// The protected characteristic a requirement's text is about, if any (see
/// the module's rule).
pub fn protected_characteristic(text: &str) -> Option<Characteristic> {
    let words = words_of(text);
    if words.is_empty() {
        return None;
    }
    names_nothing_else(&words).or_else(|| boilerplate(&words)).or_else(|| demand(&words))
}

/// The characteristic a sentence of a posting demands of the candidate, if
/// any (rule 3 alone): the local parser lists such sentences under what was
/// left out even where it read no requirement from them, so the recruiter
/// sees that "Must be under 35" was there and was not screened by. An
/// equal-opportunity clause (rule 2) or a bare list of characteristics (rule
/// 1) demands nothing and is not listed, though it names "national origin".
pub fn demanded_characteristic(text: &str) -> Option<Characteristic> {
    let words = words_of(text);
    if names_nothing_else(&words).is_some() || boilerplate(&words).is_some() {
        return None;
    }
    demand(&words)
}

/// Lower-case words: runs of letters and digits.
fn words_of(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Whether `phrase` (table words, no patterns) starts at `words[at..]`.
fn starts_with(words: &[String], at: usize, phrase: &str) -> bool {
    phrase
        .split(' ')
        .enumerate()
        .all(|(offset, part)| words.get(at + offset).is_some_and(|word| word == part))
}

/// The longest term at `words[at..]`: its characteristic and word count.
fn term_at(words: &[String], at: usize) -> Option<(Characteristic, usize)> {
    words::TERMS
        .iter()
        .filter(|(phrase, _)| starts_with(words, at, phrase))
        .map(|(phrase, characteristic)| (*characteristic, phrase.split(' ').count()))
        .max_by_key(|(_, length)| *length)
}

/// Rule 1: only terms and fillers.
fn names_nothing_else(words: &[String]) -> Option<Characteristic> {
    let mut first = None;
    let mut at = 0;
    while at < words.len() {
        if let Some((characteristic, length)) = term_at(words, at) {
            first = first.or(Some(characteristic));
            at += length;
        } else if words::FILLERS.binary_search(&words[at].as_str()).is_ok() {
            at += 1;
        } else {
            return None;
        }
    }
    first
}

/// Rule 2: an equal-opportunity phrase and any term.
fn boilerplate(words: &[String]) -> Option<Characteristic> {
    let cue = (0..words.len()).any(|at| words::EEO_CUES.iter().any(|cue| starts_with(words, at, cue)));
    if !cue {
        return None;
    }
    (0..words.len()).find_map(|at| term_at(words, at)).map(|(characteristic, _)| characteristic)
}

/// Rule 3: a phrase that demands a characteristic.
fn demand(words: &[String]) -> Option<Characteristic> {
    let mut words = words.to_vec();
    for phrase in words::NOT_DEMANDS {
        let length = phrase.split(' ').count();
        for at in 0..words.len() {
            if starts_with(&words, at, phrase) {
                words[at..at + length].iter_mut().for_each(String::clear);
            }
        }
    }
    words::DEMANDS
        .iter()
        .find(|(pattern, _)| (0..words.len()).any(|at| pattern_at(&words, at, pattern)))
        .map(|(_, characteristic)| *characteristic)
}

/// Whether a [`words::DEMANDS`] pattern matches at `words[at..]`.
fn pattern_at(words: &[String], at: usize, pattern: &str) -> bool {
    let mut index = at;
    for part in pattern.split(' ') {
        let matched = match part {
            "^" => index == 0,
            "$" => index == words.len(),
            _ => {
                let Some(word) = words.get(index) else { return false };
                index += 1;
                match part {
                    "*" => !word.is_empty(),
                    "#" => word.parse::<u8>().is_ok_and(|age| (14..=99).contains(&age)),
                    _ => word == part,
                }
            }
        };
        if !matched {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Importance, RequirementKind};
    use crate::rubric::RubricItem;
    use Characteristic as C;

    fn check(text: &str, expect: Option<Characteristic>) {
        assert_eq!(protected_characteristic(text), expect, "{text:?}");
    }

    #[test]
    fn equal_opportunity_fragments_are_dropped() {
        // See: #13 (a nursing posting's clause became six required items).
        for (text, expect) in [
            ("Color", C::RaceOrColour),
            ("Religion", C::Religion),
            ("Sex", C::SexOrGender),
            ("Age", C::Age),
            ("Disability", C::Disability),
            ("Veteran status", C::VeteranStatus),
            ("Gender", C::SexOrGender),
            ("Protected veteran status", C::VeteranStatus),
            ("Sexual orientation", C::SexualOrientation),
            ("gender identity or expression", C::SexOrGender),
            ("Marital status", C::MaritalOrFamilyStatus),
            ("National origin", C::NationalOrigin),
            ("Genetic information", C::GeneticInformation),
            ("Pregnancy", C::Pregnancy),
            ("Race, color, religion, sex", C::RaceOrColour),
            ("Individuals with disabilities", C::Disability),
            ("ethnic or national origin", C::RaceOrColour),
            ("Citizenship status", C::NationalOrigin),
            ("• Height, weight", C::Appearance),
            ("AGE", C::Age),
            ("without regard to race, color, religion, sex, national origin", C::RaceOrColour),
            (
                "All qualified applicants will receive consideration for employment regardless of age or disability.",
                C::Age,
            ),
            ("We do not discriminate on the basis of veteran status", C::VeteranStatus),
        ] {
            check(text, Some(expect));
        }
    }

    #[test]
    fn demands_of_a_characteristic_are_dropped() {
        for (text, expect) in [
            ("Must be under 35", C::Age),
            ("Under 40", C::Age),
            ("Candidates aged 25-35", C::Age),
            ("Age 21+", C::Age),
            ("Must be 21 or older to serve alcohol", C::Age),
            ("At least 18 years of age", C::Age),
            ("Digital native", C::Age),
            ("Male candidates only", C::SexOrGender),
            ("Women only", C::SexOrGender),
            ("Gender: Male", C::SexOrGender),
            ("Female preferred", C::SexOrGender),
            ("Native English speaker", C::NationalOrigin),
            ("Native speakers of German preferred", C::NationalOrigin),
            ("Mother tongue French", C::NationalOrigin),
            ("Nationality: British", C::NationalOrigin),
            ("Must be single with no children", C::MaritalOrFamilyStatus),
            ("Please send your CV with a recent photo", C::Appearance),
            ("Pleasant appearance", C::Appearance),
            ("Must be able-bodied", C::Disability),
            ("Photo", C::Appearance),
        ] {
            check(text, Some(expect));
        }
    }

    #[test]
    fn job_requirements_that_share_a_word_are_kept() {
        for text in [
            "Spanish",
            "Fluent English",
            "Near-native Spanish speaker",
            "Fluency in English and Spanish",
            "Experience with aged care",
            "Geriatric care",
            "Age-appropriate curriculum",
            "Manage a team of five",
            "Storage administration",
            "Colorado nursing licence",
            "Disability claims processing experience",
            "Veterans Affairs benefits casework",
            "Experience supporting people with disabilities",
            "Women's health nursing",
            "Color theory and typography",
            "Color grading in DaVinci Resolve",
            "Race engineering",
            "Sex education curriculum",
            "Religious studies teaching",
            "Catholic school teaching experience",
            "Licensed Marriage and Family Therapist",
            "Genetic counseling certification",
            "Pregnancy and postpartum care experience",
            "Must be authorized to work in the United States",
            "US citizenship required for security clearance",
            "Over 5 years of experience",
            "5+ years of Python",
            "Typing speed of 60 words per minute",
            "Professional appearance",
            "Product photo retouching",
            "Competitive salary and an attractive package",
            "Equal opportunity employer",
            "Physically able to lift 50 lbs",
            "Experience with young children",
            "Windows 10 or later",
            "",
            "   ",
            "-",
        ] {
            check(text, None);
        }
    }

    #[test]
    fn the_guard_leaves_out_items_and_alternatives_with_their_reason() {
        let item =
            |id: &str, text: &str| RubricItem::new(id, text, RequirementKind::Other, Importance::Required);
        let mut languages = item("r3", "Fluent Spanish");
        languages.alternatives = vec!["Native Spanish speaker".to_owned(), "DELE C1".to_owned()];
        let rubric = Rubric {
            requirements: vec![item("r1", "Age"), item("r2", "Kubernetes"), languages, item("r4", "Color")],
            left_out: Vec::new(),
        };
        let guarded = guard(rubric);
        let ids: Vec<&str> = guarded.requirements.iter().map(|it| it.id.as_str()).collect();
        assert_eq!(ids, ["r2", "r3"]);
        assert_eq!(guarded.requirements[1].alternatives, ["DELE C1"]);
        let left: Vec<(&str, &str)> =
            guarded.left_out.iter().map(|it| (it.text.as_str(), it.reason.as_str())).collect();
        assert_eq!(
            left,
            [
                ("Age", "about age, a protected characteristic"),
                ("Native Spanish speaker", "about national origin, a protected characteristic"),
                ("Color", "about race or colour, a protected characteristic"),
            ]
        );
        assert_eq!(guard(guarded.clone()), guarded);
    }

    #[test]
    fn word_tables_are_sorted_lower_case_and_without_duplicates() {
        fn sorted(name: &str, table: &[&str]) {
            for pair in table.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
            }
            for entry in table {
                assert!(
                    entry.split(' ').all(|word| (!word.is_empty() && words_of(word) == [word])
                        || ["*", "#", "^", "$"].contains(&word)),
                    "{name}: {entry:?} is not lower-case words separated by one space"
                );
            }
        }
        let terms: Vec<&str> = words::TERMS.iter().map(|(phrase, _)| *phrase).collect();
        let demands: Vec<&str> = words::DEMANDS.iter().map(|(phrase, _)| *phrase).collect();
        sorted("TERMS", &terms);
        sorted("DEMANDS", &demands);
        sorted("FILLERS", words::FILLERS);
        sorted("EEO_CUES", words::EEO_CUES);
        sorted("NOT_DEMANDS", words::NOT_DEMANDS);
        for filler in words::FILLERS {
            assert!(!terms.contains(filler), "{filler:?} is both a term and a filler");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_judged_without_panic(text in "\\PC{0,80}", extra in "(İ|ẞ|e\u{301}|\r\n| |-|age|35|native|\\PC){0,12}") {
            let _ = protected_characteristic(&format!("{text}{extra}"));
        }
    }
}
