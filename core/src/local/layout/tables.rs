//! The table of `layout`: a set read by membership only, kept sorted, without duplicates.

#[rustfmt::skip]
pub(super) const HEADING_WORDS: &[&str] = &[
    // keep sorted
    "about",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tables::assert_set;

    #[test]
    fn heading_words_hold_no_duplicates() {
        assert_set("HEADING_WORDS", HEADING_WORDS);
    }
}
