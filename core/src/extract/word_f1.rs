//! Word-F1 of an extracted text against a reference, the measure of the
//! corpus benchmark (defined by the corpus README and its `score.py`):
//!
//! 1. NFKC-normalise and lower-case both texts;
//! 2. tokens are maximal runs of word characters, a token holding CJK, kana
//!    or hangul split into single characters;
//! 3. F1 over the two token multisets.
//!
//! "Word character" follows Python's `\w`: letters and numbers of any script
//! and `_`, but not combining marks.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

fn is_word_char(c: char) -> bool {
    c == '_' || (c.is_alphanumeric() && !is_combining_mark(c))
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{AC00}'..='\u{D7AF}')
}

/// The tokens of a text, as the measure counts them.
pub fn tokens(text: &str) -> Vec<String> {
    let normal: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if word.is_empty() {
            return;
        }
        if word.chars().any(is_cjk) {
            // Runs of non-CJK characters stay whole; each CJK character stands alone.
            let mut run = String::new();
            for c in word.chars() {
                if is_cjk(c) {
                    if !run.is_empty() {
                        out.push(std::mem::take(&mut run));
                    }
                    out.push(c.to_string());
                } else {
                    run.push(c);
                }
            }
            if !run.is_empty() {
                out.push(run);
            }
            word.clear();
        } else {
            out.push(std::mem::take(word));
        }
    };
    for c in normal.chars() {
        if is_word_char(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Whether `text` has a token: [`tokens`]`(text)` is not empty, found
/// without building them (stops at the first word character).
pub fn has_tokens(text: &str) -> bool {
    text.nfkc().flat_map(char::to_lowercase).any(is_word_char)
}

/// Word-F1 of `output` against `reference`, in 0..=1. `None` when the
/// reference has no tokens (such files are judged by their outcome instead).
pub fn word_f1(reference: &str, output: &str) -> Option<f64> {
    let reference = tokens(reference);
    if reference.is_empty() {
        return None;
    }
    let output = tokens(output);
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for token in &reference {
        counts.entry(token).or_default().0 += 1;
    }
    for token in &output {
        counts.entry(token).or_default().1 += 1;
    }
    let overlap: usize = counts.values().map(|&(r, o)| r.min(o)).sum();
    if overlap == 0 {
        return Some(0.0);
    }
    let precision = overlap as f64 / output.len() as f64;
    let recall = overlap as f64 / reference.len() as f64;
    Some(2.0 * precision * recall / (precision + recall))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_the_corpus_rules() {
        assert_eq!(
            tokens("Senior Rust-Engineer, ﬁnance_team 2024!"),
            ["senior", "rust", "engineer", "finance_team", "2024"]
        );
        assert_eq!(tokens("北京大学ab12 Иван"), ["北", "京", "大", "学", "ab12", "иван"]);
        for text in ["", " -- ", "\u{0301}", "x", "- ²", "北", "\u{200B}_"] {
            assert_eq!(has_tokens(text), !tokens(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn word_f1_counts_multisets() {
        assert_eq!(word_f1("a b c d", "a b c d"), Some(1.0));
        assert_eq!(word_f1("a a b", "a b b"), Some(2.0 / 3.0));
        assert_eq!(word_f1("a b", "x y"), Some(0.0));
        assert_eq!(word_f1("a b", ""), Some(0.0));
        assert_eq!(word_f1(" -- ", "a"), None);
    }
}
