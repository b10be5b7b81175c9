//! Where a JD line stands: the section its heading opens, the importance its
//! wording gives, and lines about the post rather than the person.

use crate::analysis::Importance;

use super::super::layout;
use super::tables::{
    CONTEXT_HEADINGS, IGNORED_HEADINGS, POSTING_LABELS, POSTING_TERMS, PREFERRED_HEADINGS, PREFERRED_WORDING,
    REQUIRED_HEADINGS, REQUIRED_WORDING,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    /// Before any heading, or under a heading we do not know: everything is
    /// read, importance from the wording.
    Unknown,
    /// Requirements, qualifications, skills, experience, education.
    Requirements,
    /// Preferred, nice to have, bonus.
    Preferred,
    /// Title, summary, responsibilities: only known technologies and years, preferred.
    Context,
    /// Benefits, about the company, how to apply: nothing.
    Ignored,
}

pub(super) fn classify(heading: &str) -> Section {
    let lower = heading.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| lower.contains(word));
    if has(PREFERRED_HEADINGS) {
        Section::Preferred
    } else if has(REQUIRED_HEADINGS) {
        Section::Requirements
    } else if has(CONTEXT_HEADINGS) {
        Section::Context
    } else if has(IGNORED_HEADINGS) {
        Section::Ignored
    } else {
        Section::Unknown
    }
}

/// Importance from a sentence's own wording, if it says.
pub(super) fn wording(sentence: &str) -> Option<Importance> {
    let lower = sentence.to_ascii_lowercase();
    if PREFERRED_WORDING.iter().any(|word| lower.contains(word)) {
        Some(Importance::Preferred)
    } else if REQUIRED_WORDING.iter().any(|word| lower.contains(word)) {
        Some(Importance::Required)
    } else {
        None
    }
}

/// A line about the post rather than the person: "Full-time, nights",
/// "Location: Dallas, TX | Full-time", "Seniority level: Mid-Senior level".
pub(super) fn is_posting_detail(line: &str) -> bool {
    let body = layout::list_item(line).unwrap_or(line).trim();
    let lower = body.to_ascii_lowercase();
    if let Some((label, _)) = lower.split_once(':')
        && POSTING_LABELS.contains(&label.trim())
    {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '·' | '•' | '(' | ')'))
        .filter(|word| !word.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|word| POSTING_TERMS.contains(word))
}
