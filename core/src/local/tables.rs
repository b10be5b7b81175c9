//! Checks the table files share: a word list read as a set holds no word
//! twice.

use std::collections::BTreeSet;

/// Fails naming each word `list` holds more than once.
pub fn assert_set(name: &str, list: &[&str]) {
    let mut seen = BTreeSet::new();
    let twice: Vec<&str> = list.iter().copied().filter(|word| !seen.insert(*word)).collect();
    assert!(twice.is_empty(), "{name} holds these more than once: {twice:?}");
}
