//! The same or nearly the same resume twice in a batch.
//!
//! Two texts are near duplicates when the Jaccard similarity of their sets of
//! word 3-shingles (lower-case words, punctuation ignored) is at least
//! [`DUPLICATE_JACCARD`]: a resume re-exported to another format, or sent
//! again with a phone number changed, stays above it; two resumes of one
//! template filled for two people fall far below it.

use std::collections::HashSet;

/// The similarity from which two resumes are flagged as duplicates.
pub const DUPLICATE_JACCARD: f64 = 0.9;

/// Groups of indices of `texts` that are the same or nearly the same resume,
/// each group in ascending order, groups by their first index. Texts with no
/// words are never grouped.
pub fn duplicates(texts: &[&str]) -> Vec<Vec<usize>> {
    let shingles: Vec<HashSet<u64>> = texts.iter().map(|text| shingle(text)).collect();
    let mut group_of: Vec<Option<usize>> = vec![None; texts.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..texts.len() {
        for j in i + 1..texts.len() {
            if group_of[j].is_some()
                || shingles[i].is_empty()
                || jaccard(&shingles[i], &shingles[j]) < DUPLICATE_JACCARD
            {
                continue;
            }
            let g = *group_of[i].get_or_insert_with(|| {
                groups.push(vec![i]);
                groups.len() - 1
            });
            groups[g].push(j);
            group_of[j] = Some(g);
        }
    }
    groups
}

fn shingle(text: &str) -> HashSet<u64> {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let hash = |parts: &[String]| {
        // FNV-1a: stable across platforms and runs.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            for b in part.bytes().chain(std::iter::once(0)) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    };
    if words.len() < 3 {
        return if words.is_empty() { HashSet::new() } else { std::iter::once(hash(&words)).collect() };
    }
    words.windows(3).map(hash).collect()
}

fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESUME: &str = "Jane Doe. Senior engineer at Acme since 2018, building payment systems in Rust and Go. \
        Before that five years at Initech on Python services, PostgreSQL and Kafka. \
        BSc Computer Science, University of Lisbon. Languages: English, Portuguese, Spanish. \
        Led a team of six, cut latency by half, on call for the billing platform.";

    #[test]
    fn same_and_nearly_same_resumes_are_grouped_others_not() {
        let reformatted = RESUME.replace(". ", ".\n").to_uppercase();
        let new_phone = format!("{RESUME} Phone +1 555 0100");
        let other =
            "John Smith. Nurse at Saint Mary hospital since 2015, intensive care, night shifts, triage.";
        let texts = [RESUME, other, &reformatted, "", &new_phone, ""];
        assert_eq!(duplicates(&texts), [vec![0, 2, 4]]);
    }
}
