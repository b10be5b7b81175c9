//! Whether a quote offered as evidence is really in the text that was sent.
//!
//! A quote is **grounded** when it is found in the sent text after both are
//! brought to one form, in which
//! - case is ignored (full Unicode lower case: "İSTANBUL" is "İstanbul",
//!   "STRAẞE" is "straße"; a final "ς" is "σ");
//! - compatibility forms are one (NFKC): "ﬁ" is "fi", a no-break space is a
//!   space, "é" is "é" however it was composed;
//! - typographic variants are one: curly and straight quotes, the dashes
//!   (hyphen, en and em dash, minus);
//! - soft hyphens, zero-width characters and private-use icon glyphs vanish;
//! - **layout is ignored**: whitespace of any kind and length, line breaks
//!   (CRLF too), dashes and bullet characters separate words but are not
//!   compared. So "develop-\nment" is found for "development" (and "self-
//!   driven" for "self-driven"), "Python\n• SQL" for "Python SQL", and
//!   "Exa mp le", a PDF's spacing artefact, for "Example".
//!
//! The quote itself is trimmed of leading and trailing punctuation, quotation
//! marks, brackets and bullets (not of `+ # % $ & @ ° € £`, which belong to
//! "C++", "C#", "30%"), and must start and end on a word boundary of the
//! text: "Java" is not found in "JavaScript", nor "5 years of Rust" in "15
//! years of Rust". Layout the quote has must fall between words of the text
//! too (the text may have layout the quote lacks, not the other way round):
//! "the rapist" is not found in "therapist". A quote with an ellipsis ("…"
//! or "...") is grounded when each part is found, in order.
//!
//! What is not evidence: anything found only loosely (there is no fuzzy or
//! edit-distance matching: "a team of 6" is not "a team of 5"), and a quote
//! (or a part of one) with fewer than [`MIN_QUOTE_WORD_CHARS`] letters or
//! digits: "Go" or "R" prove nothing on their own; the analyser should quote
//! the line. Such a short quote is evidence only when it is a whole line of
//! the text ("- C#" in a list of skills), bullets, layout and case aside.
//!
//! Both texts are brought to their form once, and each part is found with
//! `str::find` on the forms; no position is ever carried between a form and
//! its original, so lower-case forms of different lengths ("İ") are safe.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::verdict::RequirementVerdict;

/// The fewest letters or digits a quote (each part of one with an ellipsis)
/// must have to count as evidence.
pub const MIN_QUOTE_WORD_CHARS: usize = 3;

/// Characters a quote keeps at its ends: they are part of what it names.
const KEPT_AT_ENDS: [char; 9] = ['+', '#', '%', '$', '&', '@', '°', '€', '£'];

/// The sent text in the compared form, built once for all its quotes.
#[derive(Debug, Clone)]
pub struct SentText {
    /// The text without layout, lower case.
    compact: String,
    /// `gap[i]`: whether layout separated the character at byte `i` of
    /// `compact` (or its end) from the one before. `compact.len() + 1` long.
    gap: Vec<bool>,
}

/// Whether `quote` is found in `sent_text` (see the module's rules).
pub fn is_grounded(sent_text: &str, quote: &str) -> bool {
    SentText::new(sent_text).contains(quote) || is_whole_line(sent_text, quote)
}

/// A quote too short to prove anything on its own ("C#", "Go") is evidence
/// when it is a whole line of the text, as in a list of skills: the line
/// holds it and nothing else (bullets, layout and case aside).
fn is_whole_line(sent_text: &str, quote: &str) -> bool {
    let quote = Part::new(quote);
    !quote.compact.is_empty()
        && !quote.compact.contains('…')
        && sent_text.lines().any(|line| Part::new(line).compact == quote.compact)
}

/// Sets `grounded` on every verdict: its quote is found in `sent_text`. A
/// verdict without a quote is not grounded.
pub fn ground(sent_text: &str, verdicts: &mut [RequirementVerdict]) {
    let text = SentText::new(sent_text);
    for verdict in verdicts {
        verdict.grounded = verdict
            .quote
            .as_deref()
            .is_some_and(|quote| text.contains(quote) || is_whole_line(sent_text, quote));
    }
}

enum Class {
    Drop,
    Layout,
    Keep(char),
}

fn class(c: char) -> Class {
    match c {
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => Class::Drop,
        '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => Class::Drop,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2043}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Class::Layout
        }
        '*' | '·' | '•' | '‣' | '∙' | '→' | '■' | '□' | '▪' | '▫' | '▶' | '►' | '◆' | '◇' | '○' | '◦'
        | '●' | '★' | '☆' | '✓' | '✔' | '➢' | '➤' => Class::Layout,
        c if c.is_whitespace() => Class::Layout,
        c if c.is_control() => Class::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
            Class::Keep('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => Class::Keep('"'),
        'ς' => Class::Keep('σ'),
        c => Class::Keep(c),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Brings `text` to the compared form: calls `push` with each character, or
/// `None` for layout.
fn fold(text: &str, mut push: impl FnMut(Option<char>)) {
    // Variants first (NFKC would split "´" into a space and a mark), then
    // NFKC, then the classes again for what NFKC produced (a no-break space
    // becomes a space), then lower case.
    let unified = text.chars().filter_map(|c| match class(c) {
        Class::Drop => None,
        Class::Layout => Some(' '),
        Class::Keep(c) => Some(c),
    });
    for c in unified.nfkc() {
        match class(c) {
            Class::Drop => {}
            Class::Layout => push(None),
            Class::Keep(c) => {
                for lower in c.to_lowercase() {
                    push(Some(if lower == 'ς' { 'σ' } else { lower }));
                }
            }
        }
    }
}

/// One part of a quote in the compared form.
struct Part {
    compact: String,
    /// Byte offsets in `compact` where the quote had layout.
    gaps: Vec<usize>,
    starts_with_word: bool,
    ends_with_word: bool,
}

impl Part {
    fn new(raw: &str) -> Self {
        let trimmed = raw.trim_matches(|c: char| !is_word_char(c) && !KEPT_AT_ENDS.contains(&c));
        let mut compact = String::with_capacity(trimmed.len());
        let mut gaps = Vec::new();
        fold(trimmed, |c| match c {
            None => gaps.push(compact.len()),
            Some(c) => compact.push(c),
        });
        gaps.dedup();
        let starts_with_word = compact.chars().next().is_some_and(is_word_char);
        let ends_with_word = compact.chars().next_back().is_some_and(is_word_char);
        Self { compact, gaps, starts_with_word, ends_with_word }
    }

    fn word_chars(&self) -> usize {
        self.compact.chars().filter(|c| c.is_alphanumeric()).count()
    }
}

impl SentText {
    pub fn new(text: &str) -> Self {
        let mut compact = String::with_capacity(text.len());
        let mut gap = Vec::with_capacity(text.len() + 1);
        let mut pending = false;
        fold(text, |c| match c {
            None => pending = true,
            Some(c) => {
                gap.push(std::mem::take(&mut pending));
                gap.extend(std::iter::repeat_n(false, c.len_utf8() - 1));
                compact.push(c);
            }
        });
        gap.push(pending);
        Self { compact, gap }
    }

    /// Whether `quote` is found in this text (see the module's rules).
    pub fn contains(&self, quote: &str) -> bool {
        let parts: Vec<Part> = quote
            .split('…')
            .flat_map(|piece| piece.split("..."))
            .map(Part::new)
            .filter(|part| !part.compact.is_empty())
            .collect();
        if parts.is_empty() || parts.iter().any(|part| part.word_chars() < MIN_QUOTE_WORD_CHARS) {
            return false;
        }
        let mut from = 0;
        for part in &parts {
            match self.find(part, from) {
                Some(end) => from = end,
                None => return false,
            }
        }
        true
    }

    /// The end of the first occurrence of `part` at or after byte `from`
    /// that starts and ends on a word boundary.
    fn find(&self, part: &Part, from: usize) -> Option<usize> {
        let first_len = part.compact.chars().next().map_or(1, char::len_utf8);
        let mut start = from;
        while let Some(found) = self.compact.get(start..)?.find(&part.compact) {
            let at = start + found;
            if part.starts_with_word && !self.boundary(at) {
                // Only an occurrence at a word's start can do: go to the next
                // one, so a text of one long "word" is searched in linear time.
                start = self.next_word_start(at);
                continue;
            }
            let end = at + part.compact.len();
            if (!part.ends_with_word || self.boundary(end))
                && part.gaps.iter().all(|gap| self.boundary(at + gap))
            {
                return Some(end);
            }
            start = at + first_len;
        }
        None
    }

    /// The first word boundary after byte `at`, or the end of the text.
    fn next_word_start(&self, at: usize) -> usize {
        self.compact[at..]
            .char_indices()
            .skip(1)
            .map(|(offset, _)| at + offset)
            .find(|&position| self.boundary(position))
            .unwrap_or(self.compact.len())
    }

    /// Whether byte `at` of the compact text lies between two words.
    fn boundary(&self, at: usize) -> bool {
        if self.gap.get(at).copied().unwrap_or(true) {
            return true;
        }
        let before = self.compact[..at].chars().next_back();
        let after = self.compact[at..].chars().next();
        !(before.is_some_and(is_word_char) && after.is_some_and(is_word_char))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_quote_is_evidence_only_as_a_whole_line() {
        let text = "Skills\n- C#\n• Go\nWorked with R and Python";
        assert!(is_grounded(text, "C#"));
        assert!(is_grounded(text, "go"));
        assert!(!is_grounded(text, "R"), "R is part of a line, not the line");
        assert!(!is_grounded("- C# and F#", "C#"));
        let mut verdicts = [RequirementVerdict::new("r1", Verdict::Met, Some("C#".to_owned()))];
        ground(text, &mut verdicts);
        assert!(verdicts[0].grounded);
    }
    use crate::verdict::Verdict;
    use proptest::prelude::*;

    fn check(text: &str, quote: &str, expect: bool) {
        assert_eq!(is_grounded(text, quote), expect, "{quote:?} in {text:?}");
    }

    #[test]
    fn quotes_are_found_whatever_the_case_spacing_and_line_breaks() {
        let text = "Senior Engineer, Acme (2019–2023)\r\n• Led a team of 5\r\nengineers building the   billing service.";
        for quote in [
            "Led a team of 5 engineers building the billing service",
            "led a team of 5 engineers",
            "LED A TEAM OF 5\nENGINEERS",
            "Senior Engineer, Acme (2019-2023)",
            "Senior Engineer, Acme (2019 — 2023)",
            "• Led a team of 5 engineers.",
            "\"Led a team of 5 engineers\"",
            "“Led a team of 5 engineers…”",
            "billing service.",
            "Led a team … the billing service",
            "Led a team ... billing service",
        ] {
            check(text, quote, true);
        }
    }

    #[test]
    fn typographic_and_unicode_variants_are_one() {
        for (text, quote) in [
            ("develop-\nment of payment APIs", "development of payment APIs"),
            ("self-\ndriven", "self-driven"),
            ("manage\u{AD}ment", "management"),
            ("5\u{A0}years of Rust", "5 years of Rust"),
            ("ﬁnancial modelling", "financial modelling"),
            ("Won the “Best Paper” award", "Won the \"Best Paper\" award"),
            ("the team’s roadmap", "the team's roadmap"),
            ("Café owner", "cafe\u{301} owner"),
            ("Cafe\u{301} owner", "CAFÉ OWNER"),
            ("Lived in İstanbul", "İSTANBUL"),
            ("Hauptstraße 5", "HAUPTSTRAẞE"),
            ("ΟΔΟΣ ΕΡΜΟΥ", "οδος ερμου"),
            ("Exa mp le Corp", "Example Corp"),
            ("Languages: C++, Rust", "C++, Rust"),
            ("Cut costs by 30% in a year", "by 30%"),
            ("Python\n• SQL\n• Git", "Python SQL Git"),
        ] {
            check(text, quote, true);
        }
    }

    #[test]
    fn quotes_not_in_the_text_or_too_short_are_no_evidence() {
        let text = "Wrote JavaScript and Go for 15 years of Rust work. Led a team of 5.";
        for quote in [
            "Led a team of 6",
            "Led a large team of 5",
            "Managed Kubernetes clusters",
            "Java",
            "5 years of Rust",
            "Script",
            "Go",
            "Wrote JavaScript … Go",
            "Led a team ... Wrote JavaScript",
            "Java Script",
            "Wrote Java Script",
            "Led a te am of 5",
            "",
            "   ",
            "…",
            "...",
            "-",
            "\"\"",
        ] {
            check(text, quote, false);
        }
        check(text, "JavaScript and Go", true);
        check(text, "15 years", true);
    }

    #[test]
    fn grounding_marks_each_verdict_and_needs_a_quote() {
        let mut verdicts = vec![
            RequirementVerdict::new("r1", Verdict::Met, Some("Rust for five years".to_owned())),
            RequirementVerdict::new("r2", Verdict::Met, Some("Kubernetes at scale".to_owned())),
            RequirementVerdict::new("r3", Verdict::Met, None),
        ];
        verdicts[2].grounded = true;
        ground("Wrote Rust for five years.", &mut verdicts);
        let grounded: Vec<bool> = verdicts.iter().map(|it| it.grounded).collect();
        assert_eq!(grounded, [true, false, false]);
    }

    #[test]
    fn a_long_resume_with_repetitive_text_is_searched() {
        let text = "a".repeat(60_000) + " needle in the haystack";
        check(&text, &"a".repeat(400), false);
        check(&text, "needle in the haystack", true);
        let resume = "Built data pipelines in Python and SQL.\n".repeat(1_500);
        let sent = SentText::new(&resume);
        assert!(sent.contains("pipelines in Python and\nSQL"));
        assert!(!sent.contains("pipelines in Python and Scala"));
    }

    const WORDS: &str = "[a-mA-MİẞéÉ0-9]{1,8}";

    proptest! {
        #[test]
        fn no_panic_on_any_text_or_quote(
            text in "(\\PC|İ|ẞ|e\u{301}|\r\n|…|-\n){0,60}",
            quote in "(\\PC|İ|ẞ|e\u{301}|\r\n|…|\\.\\.\\.){0,20}",
        ) {
            let _ = is_grounded(&text, &quote);
        }

        #[test]
        fn a_quote_cut_from_the_text_with_its_spacing_changed_is_found(
            words in proptest::collection::vec(WORDS, 1..30),
            from in 0usize..30,
            length in 1usize..10,
            line_break in proptest::sample::select(vec!["\n", "\r\n", " \n  ", "\u{A0}", "\t"]),
        ) {
            let from = from % words.len();
            let to = (from + length).min(words.len());
            let quote = words[from..to].join(line_break);
            prop_assume!(quote.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_QUOTE_WORD_CHARS);
            prop_assert!(is_grounded(&words.join(" "), &quote.to_uppercase()));
        }

        #[test]
        fn a_quote_with_a_word_not_in_the_text_is_not_found(
            words in proptest::collection::vec(WORDS, 1..30),
            from in 0usize..30,
            made_up in "[n-z]{3,8}",
        ) {
            let from = from % words.len();
            let quote = format!("{} {made_up}", words[from..].join(" "));
            prop_assert!(!is_grounded(&words.join(" "), &quote));
        }
    }
}
