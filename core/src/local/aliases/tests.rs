use std::collections::BTreeMap;

use super::table::{CONCEPTS, IMPLIES};

#[test]
fn every_implication_names_known_concepts() {
    for (specific, general) in IMPLIES {
        assert!(CONCEPTS.iter().any(|(name, _)| name == specific), "{specific}");
        assert!(CONCEPTS.iter().any(|(name, _)| name == general), "{general}");
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
