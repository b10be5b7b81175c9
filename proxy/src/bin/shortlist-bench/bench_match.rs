//! `shortlist-bench bench-match FILE.jsonl [--baselines]`: how well the built-in
//! local analyser ranks and explains, on RJDB-style triples (a job
//! description, a resume that meets it, the same resume with skills removed
//! and experience shortened).
//!
//! Measures (see the data set's README):
//! - pairwise accuracy: the share of triples where the matched resume scores
//!   above the unmatched one (a tie counts half);
//! - missing-skill recall: the share of removed skills that the analysis of
//!   the unmatched resume lists as missing;
//! - false-missing rate: the share of the JD's skills that the analysis of the
//!   matched resume lists as missing;
//! - milliseconds per resume.
//!
//! A listed requirement names a skill when, after lower-casing and dropping
//! filler words ("skills", "knowledge of"…), the words of one are all among
//! the words of the other (up to their endings: "mathematical" names
//! "mathematics"), and the requirement is at most six words long (so
//! a requirement cannot name many skills by being a whole paragraph). Years
//! requirements ("5+ years of Node.js") do not name a skill: lacking the years
//! is not lacking the skill.
//!
//! `--baselines` also scores every triple by keyword overlap (the share of
//! the JD's distinct words found in the resume) and TF-IDF cosine, in the
//! same run, and prints how far the words alone reach (see `word_reach`).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Instant;

use serde::Deserialize;
use shortlist_core::Analysis;
use shortlist_core::analysis::RequirementKind;
use shortlist_core::local::{Judge, YearMonth};
use shortlist_core::verdict::Verdict;

use shortlist_proxy::cli::parse_year_month;

use crate::baselines::{Idf, keyword_overlap};

#[derive(Debug, clap::Args)]
pub struct BenchMatchArgs {
    /// A JSON Lines file of triples (RJDB's fields).
    file: PathBuf,
    /// Also print the keyword-overlap and TF-IDF baselines.
    #[arg(long)]
    baselines: bool,
    /// Skip this many lines first (to measure a part of the file).
    #[arg(long, default_value_t = 0)]
    skip: usize,
    /// Use at most this many lines.
    #[arg(long)]
    take: Option<usize>,
    /// "Today" for ranges that run to present, as YYYY-MM.
    #[arg(long, default_value = "2024-01", value_parser = parse_year_month)]
    today: YearMonth,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    /// Print each triple the analyser gets wrong.
    #[arg(long)]
    verbose: bool,
}

#[derive(Debug, Deserialize)]
struct Triple {
    #[serde(rename = "Job-Description")]
    job_description: String,
    #[serde(rename = "Resume-matched")]
    matched: String,
    #[serde(rename = "Resume-unmatched")]
    unmatched: String,
    #[serde(rename = "Skills", default)]
    skills: Vec<String>,
    #[serde(rename = "Filtered-information", default)]
    filtered: Filtered,
}

#[derive(Debug, Default, Deserialize)]
struct Filtered {
    #[serde(rename = "Skills", default, deserialize_with = "names")]
    skills: Vec<String>,
}

/// A list of names, or (in a few lines of RJDB) a map whose keys are the names.
fn names<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Names {
        List(Vec<String>),
        Map(std::collections::BTreeMap<String, serde_json::Value>),
    }
    Ok(match Names::deserialize(deserializer)? {
        Names::List(list) => list,
        Names::Map(map) => map.into_keys().collect(),
    })
}

#[derive(Debug, Default, serde::Serialize)]
struct Figures {
    triples: usize,
    pairwise_accuracy: f64,
    missing_skill_recall: f64,
    false_missing_rate: f64,
    ms_per_resume: f64,
    /// Requirements marked met or partly met whose quote is not found in
    /// the resume, out of all quoted ones (0 is the bar: the local analyser
    /// quotes lines as they are).
    unverified_quotes: usize,
    quotes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    keyword_overlap_pairwise: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tfidf_cosine_pairwise: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    word_reach: Option<WordReach>,
}

pub fn run(args: BenchMatchArgs) -> Result<(), String> {
    let text =
        std::fs::read_to_string(&args.file).map_err(|error| format!("{}: {error}", args.file.display()))?;
    let mut triples = Vec::new();
    for (number, line) in text.lines().enumerate().skip(args.skip).take(args.take.unwrap_or(usize::MAX)) {
        if line.trim().is_empty() {
            continue;
        }
        let triple: Triple = serde_json::from_str(line)
            .map_err(|error| format!("{}:{}: {error}", args.file.display(), number + 1))?;
        triples.push(triple);
    }
    if triples.is_empty() {
        return Err(format!("{}: no triples in the chosen lines", args.file.display()));
    }
    let mut figures = measure(&triples, &args);
    if args.baselines {
        figures.keyword_overlap_pairwise = Some(pairwise(&triples, keyword_overlap));
        let idf = Idf::new(
            triples
                .iter()
                .flat_map(|triple| [&triple.job_description, &triple.matched, &triple.unmatched])
                .map(String::as_str),
        );
        figures.tfidf_cosine_pairwise = Some(pairwise(&triples, |jd, resume| idf.cosine(jd, resume)));
        figures.word_reach = Some(word_reach(&triples));
    }
    if args.json {
        println!("{}", serde_json::to_string(&figures).map_err(|error| error.to_string())?);
        return Ok(());
    }
    println!("{} triples from {}", figures.triples, args.file.display());
    // Issue #13: pairwise accuracy on the 600 dev lines is the floor RJDB
    // keeps. The recall and false-missing floors were dropped where real
    // documents needed it (a skill only a job title names is missing; a
    // phrase's words scattered over a line show nothing): printed, not barred.
    println!("local analyser   pairwise accuracy     {:.3}  (floor >= 0.985)", figures.pairwise_accuracy);
    println!(
        "                 missing-skill recall  {:.3}  (no floor: RJDB quirks)",
        figures.missing_skill_recall
    );
    println!(
        "                 false-missing rate    {:.3}  (no floor: RJDB quirks)",
        figures.false_missing_rate
    );
    println!("                 ms per resume         {:.3}  (bar <= 5)", figures.ms_per_resume);
    println!(
        "                 quotes not found in the resume  {} of {}  (bar 0)",
        figures.unverified_quotes, figures.quotes
    );
    if let (Some(keyword), Some(tfidf)) = (figures.keyword_overlap_pairwise, figures.tfidf_cosine_pairwise) {
        println!("keyword overlap  pairwise accuracy     {keyword:.3}");
        println!("TF-IDF cosine    pairwise accuracy     {tfidf:.3}");
    }
    if let Some(reach) = figures.word_reach {
        println!(
            "word reach       removed skills the JD names, gone from the unmatched resume  {:.3}",
            reach.removed_named_and_gone
        );
        println!(
            "                 JD skills whose words are all in the matched resume          {:.3}",
            reach.skills_in_matched
        );
    }
    Ok(())
}

fn measure(triples: &[Triple], args: &BenchMatchArgs) -> Figures {
    let (mut wins, mut removed, mut removed_found, mut skills, mut false_missing) = (0.0, 0, 0, 0, 0);
    let (mut quotes, mut unverified_quotes) = (0, 0);
    let start = Instant::now();
    for (index, triple) in triples.iter().enumerate() {
        // One rubric for both resumes, as a batch has.
        let judge = Judge::for_posting(&triple.job_description);
        let matched = judge.analyze(&triple.matched, args.today);
        let unmatched = judge.analyze(&triple.unmatched, args.today);
        let win = match matched.overall_score.cmp(&unmatched.overall_score) {
            std::cmp::Ordering::Greater => 1.0,
            std::cmp::Ordering::Equal => 0.5,
            std::cmp::Ordering::Less => 0.0,
        };
        wins += win;
        for item in matched.matched_requirements.iter().chain(&unmatched.matched_requirements) {
            quotes += 1;
            if item.grounded != Some(true) {
                unverified_quotes += 1;
                if args.verbose {
                    println!("line {}: unverified quote {:?}", args.skip + index + 1, item.evidence);
                }
            }
        }
        let not_flagged: Vec<&String> =
            triple.filtered.skills.iter().filter(|skill| !lists_missing(&unmatched, skill)).collect();
        let wrongly_flagged: Vec<&String> =
            triple.skills.iter().filter(|skill| lists_missing(&matched, skill)).collect();
        removed += triple.filtered.skills.len();
        removed_found += triple.filtered.skills.len() - not_flagged.len();
        skills += triple.skills.len();
        false_missing += wrongly_flagged.len();
        if args.verbose && (win < 1.0 || !not_flagged.is_empty() || !wrongly_flagged.is_empty()) {
            println!(
                "line {}: scores {} vs {}; removed but not flagged {not_flagged:?}; flagged though present {wrongly_flagged:?}",
                args.skip + index + 1,
                matched.overall_score,
                unmatched.overall_score
            );
            let names = |analysis: &Analysis| -> Vec<String> {
                analysis.missing_requirements.iter().map(|item| item.requirement.clone()).collect()
            };
            for skill in &not_flagged {
                let found: Vec<String> = unmatched
                    .matched_requirements
                    .iter()
                    .filter(|item| names_skill(&item.requirement, skill))
                    .map(|item| format!("{} <- {:?}", item.requirement, item.evidence))
                    .collect();
                println!(
                    "    not flagged {skill:?}: {}",
                    if found.is_empty() { "not read from the JD".to_owned() } else { found.join(" | ") }
                );
            }
            for skill in &wrongly_flagged {
                let flagged: Vec<&str> = matched
                    .missing_requirements
                    .iter()
                    .filter(|item| {
                        item.kind != RequirementKind::Experience && names_skill(&item.requirement, skill)
                    })
                    .map(|item| item.requirement.as_str())
                    .collect();
                println!("    flagged {skill:?} as {flagged:?}");
            }
            println!("    missing (matched resume):   {:?}", names(&matched));
            println!("    missing (unmatched resume): {:?}", names(&unmatched));
        }
    }
    let elapsed = start.elapsed().as_secs_f64() * 1000.0;
    let share = |part: f64, whole: usize| if whole == 0 { 0.0 } else { part / whole as f64 };
    Figures {
        triples: triples.len(),
        pairwise_accuracy: share(wins, triples.len()),
        missing_skill_recall: share(removed_found as f64, removed),
        false_missing_rate: share(false_missing as f64, skills),
        ms_per_resume: elapsed / (2 * triples.len()) as f64,
        unverified_quotes,
        quotes,
        ..Figures::default()
    }
}

const FILLER: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "in",
    "to",
    "for",
    "with",
    "on",
    "skill",
    "skills",
    "knowledge",
    "ability",
    "proficiency",
    "experience",
];

/// Lower-cased words without filler, a trailing "s" dropped.
fn name_words(name: &str) -> BTreeSet<String> {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
        .filter(|word| !word.is_empty() && !FILLER.contains(word))
        .map(
            |word| {
                if word.len() > 3 {
                    word.strip_suffix('s').unwrap_or(word).to_owned()
                } else {
                    word.to_owned()
                }
            },
        )
        .collect()
}

/// Whether the analysis lists `skill` among its missing requirements.
/// Whether the analysis flags the skill as a gap: listed missing, or judged
/// only partly met (issue #12's verdicts put a partly met item, with its
/// quote, among the matched ones; the recruiter sees it as a gap all the
/// same). The same test counts false-missing, so it cuts both ways.
fn lists_missing(analysis: &Analysis, skill: &str) -> bool {
    let missing = analysis
        .missing_requirements
        .iter()
        .filter(|item| item.kind != RequirementKind::Experience)
        .map(|item| &item.requirement);
    let partly = analysis
        .matched_requirements
        .iter()
        .filter(|item| item.kind != RequirementKind::Experience && item.verdict == Some(Verdict::PartlyMet))
        .map(|item| &item.requirement);
    missing.chain(partly).any(|requirement| names_skill(requirement, skill))
}

/// Whether a listed requirement names the skill (see the module comment).
fn names_skill(requirement: &str, skill: &str) -> bool {
    let (listed, wanted) = (name_words(requirement), name_words(skill));
    !listed.is_empty()
        && !wanted.is_empty()
        && listed.len() <= 6
        && (within(&listed, &wanted) || within(&wanted, &listed))
}

/// Every word of `small` is in `large`, up to its ending ("mathematical" and
/// "mathematics", "researcher" and "research").
fn within(small: &BTreeSet<String>, large: &BTreeSet<String>) -> bool {
    small.iter().all(|word| large.iter().any(|other| same_word(word, other)))
}

fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    const ENDINGS: &[&str] = &[
        "", "s", "es", "e", "y", "ies", "al", "ic", "ical", "ics", "er", "ers", "ing", "ed", "ion", "ions",
        "ment",
    ];
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    common >= 5
        && a.is_char_boundary(common)
        && b.is_char_boundary(common)
        && ENDINGS.contains(&&a[common..])
        && ENDINGS.contains(&&b[common..])
}

/// How far reading words alone can go on these triples, by the same name
/// match as the measures: a yardstick for recall and false-missing, not
/// a bound (context such as "only in a job title" can do better).
#[derive(Debug, Clone, Copy, serde::Serialize)]
struct WordReach {
    /// The share of removed skills whose words are all in the JD text and
    /// not all left in the unmatched resume: the ones a reader of words
    /// can both ask for and see are gone.
    removed_named_and_gone: f64,
    /// The share of the JD's skills whose words are all in the matched
    /// resume; the rest are paraphrased or absent there.
    skills_in_matched: f64,
}

fn word_reach(triples: &[Triple]) -> WordReach {
    let has = |text: &str, skill: &str| {
        let wanted = name_words(skill);
        !wanted.is_empty() && within(&wanted, &name_words(text))
    };
    let (mut removed, mut named_and_gone, mut skills, mut in_matched) = (0, 0, 0, 0);
    for triple in triples {
        for skill in &triple.filtered.skills {
            removed += 1;
            named_and_gone +=
                usize::from(has(&triple.job_description, skill) && !has(&triple.unmatched, skill));
        }
        for skill in &triple.skills {
            skills += 1;
            in_matched += usize::from(has(&triple.matched, skill));
        }
    }
    let share = |part: usize, whole: usize| if whole == 0 { 0.0 } else { part as f64 / whole as f64 };
    WordReach {
        removed_named_and_gone: share(named_and_gone, removed),
        skills_in_matched: share(in_matched, skills),
    }
}

fn pairwise(triples: &[Triple], score: impl Fn(&str, &str) -> f64) -> f64 {
    let wins: f64 = triples
        .iter()
        .map(|triple| {
            let (matched, unmatched) = (
                score(&triple.job_description, &triple.matched),
                score(&triple.job_description, &triple.unmatched),
            );
            if matched > unmatched {
                1.0
            } else if matched == unmatched {
                0.5
            } else {
                0.0
            }
        })
        .sum();
    wins / triples.len() as f64
}
