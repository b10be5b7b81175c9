//! `shortlist-bench bench-real DIR`: issue #13's measure of the local
//! analyser on real postings and real resumes (the set
//! `scripts/realworld/build.py` rebuilds, kept outside the repository).
//!
//! **Ranking.** Each posting of the chosen split ranks every resume of that
//! split; a resume of the posting's own field is *in field*. Per posting,
//! ROC AUC (the chance an in-field resume ranks above another, a tie half)
//! and precision@10 (the share of in-field resumes among the first ten), then
//! the mean over postings with resumes of both kinds. The local analyser
//! (its overall score, one rubric per posting as a batch has) is measured
//! beside keyword overlap, TF-IDF cosine and BM25 in the same run.
//!
//! **Advice.** For each hand-judged posting of the split
//! (`judgments/<posting>.json`, written by reading before any analyser ran),
//! the analyser's decision beside the recruiter's: agreement, and the
//! resumes the recruiter would interview that the analyser advises to
//! decline. `--verbose` prints each posting's ROC AUC beside TF-IDF's and
//! each judged resume (development split only: held-out figures are totals).

#![allow(clippy::cast_precision_loss)] // Counts are small.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::{Deserialize, Serialize};
use shortlist_core::analysis::Decision;
use shortlist_core::extract::extract_isolated;
use shortlist_core::local::{Judge, YearMonth, rubric};

use shortlist_proxy::cli::parse_year_month;

use crate::baselines::{Bm25, Idf, keyword_overlap};

#[derive(Debug, Args)]
pub struct BenchRealArgs {
    /// The built set: manifest.jsonl, postings/, resumes/, judgments/.
    pub dir: PathBuf,
    /// `dev` (the default) or `heldout`, read only as totals, once, at the
    /// end of a piece of work.
    #[arg(long, default_value = "dev")]
    pub split: String,
    #[arg(long, default_value = "2026-01", value_parser = parse_year_month)]
    pub today: YearMonth,
    /// Each posting's ROC AUC and each judged resume's decision beside the
    /// recruiter's (dev only).
    #[arg(long)]
    pub verbose: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Deserialize)]
struct Entry {
    id: String,
    kind: String,
    field: String,
    path: String,
    split: String,
}

#[derive(Debug, Deserialize)]
struct Judgment {
    posting_id: String,
    resumes: Vec<JudgedResume>,
}

#[derive(Debug, Deserialize)]
struct JudgedResume {
    resume_id: String,
    decision: Decision,
}

#[derive(Debug, Default, Serialize)]
struct Ranking {
    roc_auc: f64,
    precision_at_10: f64,
}

#[derive(Debug, Default, Serialize)]
struct Figures {
    split: String,
    postings: usize,
    resumes: usize,
    local: Ranking,
    keyword_overlap: Ranking,
    tfidf_cosine: Ranking,
    bm25: Ranking,
    judged: usize,
    decisions_agreed: usize,
    /// The recruiter would interview; the analyser advises to decline.
    interview_advised_decline: usize,
    /// By the analyser's advice: interview, consider, decline.
    advised: [usize; 3],
}

struct Document {
    id: String,
    field: String,
    text: String,
}

pub fn run(args: BenchRealArgs) -> Result<(), String> {
    if args.split != "dev" && args.split != "heldout" {
        return Err(format!("--split is dev or heldout, not {:?}", args.split));
    }
    let verbose = args.verbose && args.split == "dev";
    let manifest = args.dir.join("manifest.jsonl");
    let text =
        std::fs::read_to_string(&manifest).map_err(|error| format!("{}: {error}", manifest.display()))?;
    let mut postings = Vec::new();
    let mut resumes = Vec::new();
    for (number, line) in text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()) {
        let entry: Entry = serde_json::from_str(line)
            .map_err(|error| format!("{}:{}: {error}", manifest.display(), number + 1))?;
        if entry.split != args.split {
            continue;
        }
        let document =
            Document { text: read(&args.dir.join(&entry.path))?, id: entry.id, field: entry.field };
        match entry.kind.as_str() {
            "posting" => postings.push(document),
            "resume" => resumes.push(document),
            other => return Err(format!("{}: unknown kind {other:?}", manifest.display())),
        }
    }
    if postings.is_empty() || resumes.is_empty() {
        return Err(format!("{}: no postings or no resumes in the {} split", args.dir.display(), args.split));
    }

    let corpus = || postings.iter().chain(&resumes).map(|document| document.text.as_str());
    let idf = Idf::new(corpus());
    let bm25 = Bm25::new(resumes.iter().map(|document| document.text.as_str()));
    let mut scores: BTreeMap<&str, Vec<Vec<f64>>> = BTreeMap::new();
    let mut local_scores: BTreeMap<&str, BTreeMap<&str, (u8, Decision)>> = BTreeMap::new();
    for posting in &postings {
        let judge = Judge::new(&posting.text, &rubric(&posting.text));
        let analysed: Vec<(u8, Decision)> = resumes
            .iter()
            .map(|resume| {
                let analysis = judge.analyze(&resume.text, args.today);
                (analysis.overall_score, analysis.recommendations.decision)
            })
            .collect();
        let by_id =
            resumes.iter().zip(&analysed).map(|(resume, scored)| (resume.id.as_str(), *scored)).collect();
        local_scores.insert(posting.id.as_str(), by_id);
        let ranked = |score: &dyn Fn(&str) -> f64| resumes.iter().map(|resume| score(&resume.text)).collect();
        let entry = scores.entry(posting.id.as_str()).or_default();
        entry.push(analysed.iter().map(|(score, _)| f64::from(*score)).collect());
        entry.push(ranked(&|resume| keyword_overlap(&posting.text, resume)));
        entry.push(ranked(&|resume| idf.cosine(&posting.text, resume)));
        entry.push(ranked(&|resume| bm25.score(&posting.text, resume)));
    }

    let mut rankings: Vec<Ranking> = (0..4).map(|_| Ranking::default()).collect();
    let mut counted = 0usize;
    for posting in &postings {
        let in_field: Vec<bool> = resumes.iter().map(|resume| resume.field == posting.field).collect();
        if !in_field.contains(&true) || !in_field.contains(&false) {
            continue;
        }
        counted += 1;
        let mut aucs = Vec::new();
        for (ranking, scored) in rankings.iter_mut().zip(&scores[posting.id.as_str()]) {
            aucs.push(roc_auc(scored, &in_field));
            ranking.roc_auc += roc_auc(scored, &in_field);
            ranking.precision_at_10 += precision_at(10, scored, &in_field);
        }
        if verbose {
            println!("{:<44} ROC AUC local {:.3}, TF-IDF {:.3}", posting.id, aucs[0], aucs[2]);
        }
    }
    for ranking in &mut rankings {
        ranking.roc_auc /= counted.max(1) as f64;
        ranking.precision_at_10 /= counted.max(1) as f64;
    }
    let mut rankings = rankings.into_iter();
    let mut figures = Figures {
        split: args.split.clone(),
        postings: counted,
        resumes: resumes.len(),
        local: rankings.next().unwrap_or_default(),
        keyword_overlap: rankings.next().unwrap_or_default(),
        tfidf_cosine: rankings.next().unwrap_or_default(),
        bm25: rankings.next().unwrap_or_default(),
        ..Figures::default()
    };

    for judgment in judgments(&args.dir)? {
        let Some(local) = local_scores.get(judgment.posting_id.as_str()) else { continue };
        for judged in &judgment.resumes {
            let Some((score, advised)) = local.get(judged.resume_id.as_str()) else { continue };
            figures.judged += 1;
            figures.decisions_agreed += usize::from(*advised == judged.decision);
            figures.interview_advised_decline +=
                usize::from(judged.decision == Decision::Interview && *advised == Decision::Decline);
            figures.advised[*advised as usize] += 1;
            if verbose {
                println!(
                    "{}  {:<40} recruiter {:<9} analyser {:<9} ({score})",
                    judgment.posting_id,
                    judged.resume_id,
                    label(judged.decision),
                    label(*advised)
                );
            }
        }
    }

    if args.json {
        println!("{}", serde_json::to_string(&figures).map_err(|error| error.to_string())?);
        return Ok(());
    }
    println!(
        "{} split: {} postings ranking {} resumes (in field: the posting's own field)",
        figures.split, figures.postings, figures.resumes
    );
    println!("                 ROC AUC  precision@10");
    for (name, ranking) in [
        ("local analyser", &figures.local),
        ("keyword overlap", &figures.keyword_overlap),
        ("TF-IDF cosine", &figures.tfidf_cosine),
        ("BM25", &figures.bm25),
    ] {
        println!("{name:<16} {:>8.3}  {:>12.3}", ranking.roc_auc, ranking.precision_at_10);
    }
    println!(
        "hand-judged resumes {}: decision agreed {}, interview advised decline {}; advised interview {}, consider {}, decline {}",
        figures.judged,
        figures.decisions_agreed,
        figures.interview_advised_decline,
        figures.advised[0],
        figures.advised[1],
        figures.advised[2]
    );
    Ok(())
}

fn label(decision: Decision) -> &'static str {
    match decision {
        Decision::Interview => "interview",
        Decision::Consider => "consider",
        Decision::Decline => "decline",
    }
}

/// The text the page would read from the file.
fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(extract_isolated(&bytes).text)
}

fn judgments(dir: &Path) -> Result<Vec<Judgment>, String> {
    let folder = dir.join("judgments");
    let Ok(entries) = std::fs::read_dir(&folder) else { return Ok(Vec::new()) };
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .map(|path| {
            let text =
                std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
            serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))
        })
        .collect()
}

/// The chance that an in-field document scores above another (a tie half).
fn roc_auc(scores: &[f64], in_field: &[bool]) -> f64 {
    let (mut wins, mut pairs) = (0.0, 0usize);
    for (a, _) in scores.iter().zip(in_field).filter(|(_, inside)| **inside) {
        for (b, _) in scores.iter().zip(in_field).filter(|(_, inside)| !**inside) {
            pairs += 1;
            wins += if a > b {
                1.0
            } else if a == b {
                0.5
            } else {
                0.0
            };
        }
    }
    if pairs == 0 { 0.0 } else { wins / pairs as f64 }
}

/// The share of in-field documents among the `k` best scored (ties in
/// the set's order, which favours no scorer).
fn precision_at(k: usize, scores: &[f64], in_field: &[bool]) -> f64 {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let k = k.min(order.len());
    order.iter().take(k).filter(|&&index| in_field[index]).count() as f64 / k.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_counts_ties_as_half_and_precision_takes_the_best_k() {
        let in_field = [true, false, true, false];
        assert!((roc_auc(&[0.9, 0.1, 0.5, 0.5], &in_field) - 0.875).abs() < 1e-9);
        assert!((precision_at(2, &[0.9, 0.8, 0.1, 0.0], &in_field) - 0.5).abs() < 1e-9);
    }
}
