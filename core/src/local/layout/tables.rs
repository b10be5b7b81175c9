//! The tables of `layout`: sets read by membership only, without duplicates.

/// The ranks of a person specification's lists, and what they rank:
/// "Essential", "Desirable criteria".
pub(super) const RANKS: &[&str] = &["essential", "desirable"];
pub(super) const RANKED: &[&str] = &["criteria", "experience", "qualifications", "requirements", "skills"];

#[rustfmt::skip]
pub(super) const HEADING_WORDS: &[&str] = &[
    // keep sorted
    "about",
    "additional information",
    "benefit",
    "bonus",
    "career",
    "certification",
    "compensation",
    "contact",
    "description",
    "desired",
    "duties",
    "education",
    "employment",
    "experience",
    "how to apply",
    "language",
    "looking for",
    "must have",
    "must-have",
    "nice to have",
    "nice-to-have",
    "objective",
    "overview",
    "perks",
    "personal information",
    "preferred",
    "profile",
    "projects",
    "qualification",
    "require",
    "responsibilit",
    "role",
    "salary",
    "skill",
    "summary",
    "tech stack",
    "technologies",
    "the role",
    "the team",
    "title",
    "tools",
    "we offer",
    "what you",
    "who you are",
    "work history",
];

/// How a heading over the conditions of the job starts ("Working Conditions
/// and Physical Effort", "Physical Demands"): heading words only there;
/// inside a line ("Promote a positive work environment") they are none.
#[rustfmt::skip]
pub(super) const CONDITION_LEADS: &[&str] = &[
    // keep sorted
    "physical demands", "physical effort", "physical requirements", "work environment", "working conditions",
    "working environment",
];

/// Words that say how good: a short line opening with one is an item
/// ("Excellent communication skills", "Strong organizational skills",
/// "Proven experience in sales"), never a heading, whatever heading word it
/// holds.
#[rustfmt::skip]
pub(super) const QUALITY_WORDS: &[&str] = &[
    // keep sorted
    "basic", "demonstrable", "demonstrated", "effective", "excellent", "exceptional", "extensive", "good",
    "great", "outstanding", "proven", "solid", "sound", "strong", "superb", "thorough",
];

/// Symbols that open a list item, with or without a space after them
/// ("◎ Paid days off", "➢Managed accounts"): the round, square, star, check
/// and arrow bullets of word processors and of Japanese and Chinese pages.
pub(super) const BULLETS: &[char] = &[
    '•', '·', '▪', '◦', '◎', '○', '●', '◉', '■', '□', '◆', '◇', '❖', '★', '☆', '✓', '✔', '➢', '➤', '►', '▶',
    '‣', '⁃', '※', '・', '→',
];

/// Of those, the ones that also decorate headings ("■ Requirements", "★
/// Benefits"): a capitalised heading after one is still a heading.
pub(super) const DECORATIONS: &[char] =
    &['◎', '○', '●', '◉', '■', '□', '◆', '◇', '❖', '★', '☆', '➢', '➤', '►', '▶', '→'];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tables::assert_set;

    #[test]
    fn heading_words_hold_no_duplicates() {
        assert_set("HEADING_WORDS", HEADING_WORDS);
        assert_set("CONDITION_LEADS", CONDITION_LEADS);
        assert_set("RANKS", RANKS);
        assert_set("RANKED", RANKED);
        assert_set("QUALITY_WORDS", QUALITY_WORDS);
    }

    #[test]
    fn bullets_hold_no_duplicates() {
        let mut seen = BULLETS.to_vec();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), BULLETS.len());
        assert!(DECORATIONS.iter().all(|mark| BULLETS.contains(mark)));
    }
}
