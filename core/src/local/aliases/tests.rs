use std::collections::BTreeMap;

use super::table::{CONCEPTS, IMPLIES, SUBSTITUTES};

#[test]
fn every_implication_names_known_concepts() {
    for (specific, general) in IMPLIES {
        assert!(CONCEPTS.iter().any(|(name, _)| name == specific), "{specific}");
        assert!(CONCEPTS.iter().any(|(name, _)| name == general), "{general}");
    }
}

#[test]
fn every_kind_of_substitutes_is_a_general_concept_of_two_or_more() {
    for general in SUBSTITUTES {
        let members = IMPLIES.iter().filter(|(_, it)| it == general).count();
        assert!(members >= 2, "{general}: {members}");
    }
}

#[test]
fn no_name_or_alias_belongs_to_two_concepts() {
    // Where two rows share a spelling, the earlier row wins and the later is
    // never found by it: "CPR" in two rows never met "cardiopulmonary
    // resuscitation", and "ccna" under Cisco left the CCNA row unreachable.
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    let mut twice = Vec::new();
    for (name, aliases) in CONCEPTS {
        let mut spellings: Vec<String> =
            aliases.iter().map(|alias| alias.trim_start_matches('!').to_lowercase()).collect();
        spellings.push(name.to_lowercase());
        spellings.sort();
        spellings.dedup();
        for spelling in spellings {
            match owner.get(&spelling) {
                Some(first) => twice.push(format!("{spelling:?}: {first} and {name}")),
                None => {
                    owner.insert(spelling, name);
                }
            }
        }
    }
    assert!(twice.is_empty(), "spellings of two concepts: {twice:?}");
}

#[test]
fn no_two_concepts_share_the_stem_of_a_one_word_alias() {
    // One-word aliases are also found in other forms by their stem
    // ("mathematic" for Mathematics); two concepts with one stem would make
    // the form's concept depend on the index's order.
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    let mut twice = Vec::new();
    for (name, aliases) in CONCEPTS {
        for alias in aliases.iter().filter(|alias| !alias.starts_with('!')) {
            let tokens = crate::local::words::tokens(alias);
            let [token] = tokens.as_slice() else { continue };
            let word = &token.lower;
            if word.len() < 5 || !word.chars().all(char::is_alphabetic) {
                continue;
            }
            let stem = crate::local::words::stem(word);
            match owner.get(&stem) {
                Some(first) if first != name => twice.push(format!("{stem:?}: {first} and {name}")),
                Some(_) => {}
                None => {
                    owner.insert(stem, name);
                }
            }
        }
    }
    assert!(twice.is_empty(), "stems of two concepts: {twice:?}");
}
