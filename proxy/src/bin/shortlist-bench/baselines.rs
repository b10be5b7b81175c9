//! The plain text-similarity baselines the analyser is measured beside, in
//! the same run: keyword overlap, TF-IDF cosine and BM25, all over lower-case
//! words without stop words, their statistics taken from the run's own
//! documents.

#![allow(clippy::cast_precision_loss)] // Word and document counts are small.

use std::collections::{BTreeSet, HashMap};

const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is",
    "are", "be", "this", "that", "it", "its", "our", "your", "we", "you", "will", "have", "has", "their",
    "they", "i", "my",
];

pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 1 && !STOP.contains(word))
        .map(str::to_owned)
        .collect()
}

/// The share of the JD's distinct words found in the resume.
pub fn keyword_overlap(jd: &str, resume: &str) -> f64 {
    let wanted: BTreeSet<String> = words(jd).into_iter().collect();
    let have: BTreeSet<String> = words(resume).into_iter().collect();
    if wanted.is_empty() {
        return 0.0;
    }
    wanted.intersection(&have).count() as f64 / wanted.len() as f64
}

/// Inverse document frequencies over every document of the run.
pub struct Idf {
    idf: HashMap<String, f64>,
}

impl Idf {
    pub fn new<'a>(documents: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut total = 0usize;
        for document in documents {
            total += 1;
            for word in words(document).into_iter().collect::<BTreeSet<_>>() {
                *counts.entry(word).or_default() += 1;
            }
        }
        let documents = total;
        let idf = counts
            .into_iter()
            .map(|(word, count)| (word, ((1 + documents) as f64 / (1 + count) as f64).ln() + 1.0))
            .collect();
        Self { idf }
    }

    fn vector(&self, text: &str) -> HashMap<String, f64> {
        let mut vector: HashMap<String, f64> = HashMap::new();
        for word in words(text) {
            *vector.entry(word).or_default() += 1.0;
        }
        for (word, weight) in &mut vector {
            *weight *= self.idf.get(word).copied().unwrap_or(1.0);
        }
        vector
    }

    pub fn cosine(&self, a: &str, b: &str) -> f64 {
        let (a, b) = (self.vector(a), self.vector(b));
        let dot: f64 = a.iter().filter_map(|(word, x)| b.get(word).map(|y| x * y)).sum();
        let norm = |v: &HashMap<String, f64>| v.values().map(|x| x * x).sum::<f64>().sqrt();
        let denominator = norm(&a) * norm(&b);
        if denominator == 0.0 { 0.0 } else { dot / denominator }
    }
}

/// BM25 of a resume for the posting's words as the query, with the
/// run's document frequencies and mean length (k1 1.2, b 0.75).
pub struct Bm25 {
    document_frequency: HashMap<String, usize>,
    documents: usize,
    mean_length: f64,
}

impl Bm25 {
    const K1: f64 = 1.2;
    const B: f64 = 0.75;

    pub fn new<'a>(documents: impl IntoIterator<Item = &'a str>) -> Self {
        let mut document_frequency: HashMap<String, usize> = HashMap::new();
        let (mut count, mut length) = (0usize, 0usize);
        for document in documents {
            let words = words(document);
            count += 1;
            length += words.len();
            for word in words.into_iter().collect::<BTreeSet<_>>() {
                *document_frequency.entry(word).or_default() += 1;
            }
        }
        let mean_length = if count == 0 { 1.0 } else { (length as f64 / count as f64).max(1.0) };
        Self { document_frequency, documents: count, mean_length }
    }

    pub fn score(&self, query: &str, document: &str) -> f64 {
        let words = words(document);
        let mut frequency: HashMap<&str, f64> = HashMap::new();
        for word in &words {
            *frequency.entry(word.as_str()).or_default() += 1.0;
        }
        let length_ratio = words.len() as f64 / self.mean_length;
        words_once(query)
            .iter()
            .map(|word| {
                let tf = frequency.get(word.as_str()).copied().unwrap_or(0.0);
                let df = self.document_frequency.get(word).copied().unwrap_or(0) as f64;
                let idf = ((self.documents as f64 - df + 0.5) / (df + 0.5) + 1.0).ln();
                idf * tf * (Self::K1 + 1.0) / (tf + Self::K1 * (1.0 - Self::B + Self::B * length_ratio))
            })
            .sum()
    }
}

fn words_once(text: &str) -> BTreeSet<String> {
    words(text).into_iter().collect()
}
