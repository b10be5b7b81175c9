//! How rare a word is in English, from the common-word table
//! (`common.txt`, written by `scripts/word-frequency/build.py`): the words
//! used about 30 times in a million or more, each with its Zipf frequency
//! (log10 of uses per billion words). A word of a field ("nursing",
//! "payroll", "kubernetes") is rarer than a word any resume uses ("team",
//! "work"), so it says more about how near two texts are.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::stem;

/// The Zipf frequency every word missing from the table counts as: the
/// table holds every word at or above it.
const RARE: f64 = 4.5;
/// A weight is this minus the word's Zipf frequency: 0.3 for "the", 3.5 for
/// any word rarer than the table's.
const CEILING: f64 = 8.0;

/// The weight of a word stem for closeness, from 0.3 (the commonest
/// words) to 3.5 (any word rarer than the table's): `CEILING` minus the
/// Zipf frequency of the commonest word with that stem.
pub fn rarity(stem_of_word: &str) -> f64 {
    let frequency = frequencies().get(stem_of_word).copied().unwrap_or(RARE);
    CEILING - frequency.max(RARE)
}

/// Whether a word, in lower case, is one of the table's common words.
pub fn is_common(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| entries().map(|(word, _)| word).collect()).contains(lower)
}

/// The table by stem: "manager" and "managers" are one entry, at the
/// frequency of the commoner.
fn frequencies() -> &'static HashMap<String, f64> {
    static TABLE: OnceLock<HashMap<String, f64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<String, f64> = HashMap::new();
        for (word, frequency) in entries() {
            let entry = table.entry(stem(word)).or_insert(frequency);
            *entry = entry.max(frequency);
        }
        table
    })
}

/// The table's lines as (word, Zipf frequency), comments left out.
fn entries() -> impl Iterator<Item = (&'static str, f64)> {
    include_str!("common.txt").lines().filter(|line| !line.starts_with('#')).filter_map(|line| {
        let (word, frequency) = line.split_once(' ')?;
        Some((word, frequency.parse().ok()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_reads_and_no_word_is_there_twice() {
        let lines = include_str!("common.txt").lines().filter(|line| !line.starts_with('#')).count();
        let words: Vec<&str> = entries().map(|(word, _)| word).collect();
        assert_eq!(words.len(), lines, "a line of common.txt does not read as a word and a number");
        crate::local::tables::assert_set("common.txt", &words);
        assert!(entries().all(|(_, frequency)| (RARE..8.0).contains(&frequency)));
    }

    #[test]
    fn a_fields_word_weighs_more_than_one_every_resume_uses() {
        assert!(rarity(&stem("nursing")) > rarity(&stem("team")));
        assert!(rarity(&stem("payroll")) > rarity(&stem("experience")));
        // Endings do not change a word's weight; unknown words weigh the most.
        assert!((rarity(&stem("managers")) - rarity(&stem("manager"))).abs() < f64::EPSILON);
        assert!((rarity(&stem("kubernetes")) - (CEILING - RARE)).abs() < f64::EPSILON);
    }
}
