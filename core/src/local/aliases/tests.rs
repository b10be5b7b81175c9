use super::table::{CONCEPTS, IMPLIES};

#[test]
fn every_implication_names_known_concepts() {
    for (specific, general) in IMPLIES {
        assert!(CONCEPTS.iter().any(|(name, _)| name == specific), "{specific}");
        assert!(CONCEPTS.iter().any(|(name, _)| name == general), "{general}");
    }
}
