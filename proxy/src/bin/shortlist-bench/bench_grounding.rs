//! `shortlist-bench bench-grounding DIR`: issue #12's check of the quote
//! verifier (`shortlist_core::grounding`) on real resume text.
//!
//! For every resume of a corpus laid out like ../shared/corpus, quotes are
//! cut from the text the page extracts, then given another layout (each run
//! of spaces and line breaks replaced by another run, the case changed):
//! every one must be found, so a true quote is never shown "unverified".
//! From the same spans, quotes that are not in the text are made (a word
//! replaced by one the text lacks, a number changed, two words swapped): every
//! one must be caught. A "not in the text" quote that a plain search of the
//! lower-case text without layout does find is no test and is skipped;
//! true quotes are only those the verifier takes as evidence at all (enough
//! letters or digits, no ellipsis).
//! The command fails when a bar is missed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;
use serde::Serialize;
use shortlist_core::extract::extract_isolated;
use shortlist_core::grounding::{MIN_QUOTE_WORD_CHARS, SentText};

#[derive(Debug, Args)]
pub struct BenchGroundingArgs {
    /// A corpus folder (files/, manifest.tsv with `file` and `kind` columns).
    pub dir: PathBuf,
    /// Quotes cut from each resume.
    #[arg(long, default_value_t = 60)]
    pub per_resume: usize,
    /// Seed of the choice of spans and layouts, so a run can be repeated.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Default, Serialize)]
struct Figures {
    resumes: usize,
    true_quotes: usize,
    /// True quotes the verifier did not find: shown "unverified" wrongly.
    false_unverified: usize,
    false_quotes: usize,
    /// Quotes not in the text that the verifier found anyway.
    false_grounded: usize,
    /// Negative quotes a plain search finds, so they test nothing.
    skipped: usize,
    microseconds_per_quote: f64,
    examples: Vec<String>,
}

pub fn run(args: BenchGroundingArgs) -> Result<(), String> {
    let figures = measure(&args)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&figures).map_err(|e| e.to_string())?);
    } else {
        println!("resumes                {}", figures.resumes);
        println!(
            "true quotes            {} (false unverified: {})",
            figures.true_quotes, figures.false_unverified
        );
        println!(
            "quotes not in the text {} (found anyway: {}; skipped as no test: {})",
            figures.false_quotes, figures.false_grounded, figures.skipped
        );
        println!("µs per quote           {:.1}", figures.microseconds_per_quote);
        for example in &figures.examples {
            println!("  {example}");
        }
    }
    if figures.resumes == 0 {
        return Err("no resume with text in the corpus".to_owned());
    }
    if figures.false_unverified > 0 || figures.false_grounded > 0 {
        return Err(format!(
            "bar missed: {} true quotes unverified, {} false quotes grounded (both must be 0)",
            figures.false_unverified, figures.false_grounded
        ));
    }
    Ok(())
}

fn measure(args: &BenchGroundingArgs) -> Result<Figures, String> {
    let mut rng = fastrand::Rng::with_seed(args.seed);
    let mut figures = Figures::default();
    let mut checks = 0_u32;
    let started = Instant::now();
    for path in resumes(&args.dir)? {
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let extraction = extract_isolated(&bytes);
        if !extraction.outcome.has_text() {
            continue;
        }
        let text = extraction.text;
        let words = word_spans(&text);
        if words.len() < 30 {
            continue;
        }
        figures.resumes += 1;
        let sent = SentText::new(&text);
        let plain = squashed(&text);
        for _ in 0..args.per_resume {
            let length = rng.usize(3..=20);
            let first = rng.usize(0..words.len() - length);
            let span = &words[first..first + length];
            let original = &text[span[0].0..span[length - 1].1];
            // Only what the verifier takes as evidence at all: enough letters
            // or digits, and no ellipsis (which splits a quote into parts).
            let word_chars = original.chars().filter(|c| c.is_alphanumeric()).count();
            if word_chars < MIN_QUOTE_WORD_CHARS || original.contains("...") || original.contains('…') {
                continue;
            }

            let quote = relaid(original, &mut rng);
            figures.true_quotes += 1;
            checks += 1;
            if !sent.contains(&quote) {
                figures.false_unverified += 1;
                example(&mut figures.examples, &path, "unverified", &quote);
            }

            let pieces: Vec<&str> = span.iter().map(|&(start, end)| &text[start..end]).collect();
            for negative in negatives(&pieces, &mut rng) {
                if plain.contains(&squashed_quote(&negative)) {
                    figures.skipped += 1;
                    continue;
                }
                figures.false_quotes += 1;
                checks += 1;
                if sent.contains(&negative) {
                    figures.false_grounded += 1;
                    example(&mut figures.examples, &path, "grounded", &negative);
                }
            }
        }
    }
    figures.microseconds_per_quote = started.elapsed().as_secs_f64() * 1e6 / f64::from(checks.max(1));
    Ok(figures)
}

fn example(examples: &mut Vec<String>, path: &Path, what: &str, quote: &str) {
    if examples.len() < 10 {
        let name = path.file_name().map(|name| name.to_string_lossy()).unwrap_or_default();
        examples.push(format!("{name}: {what}: {quote:?}"));
    }
}

/// The corpus's resumes, in manifest order.
fn resumes(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let manifest_path = dir.join("manifest.tsv");
    let manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
    let mut lines = manifest.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let column = |name: &str| {
        header.iter().position(|h| *h == name).ok_or(format!("manifest.tsv has no `{name}` column"))
    };
    let (file_col, kind_col) = (column("file")?, column("kind")?);
    Ok(lines
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            (cells.get(kind_col) == Some(&"resume"))
                .then(|| cells.get(file_col).map(|file| dir.join("files").join(file)))
                .flatten()
        })
        .collect())
}

/// Byte ranges of the whitespace-separated words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (index, ch) in text.char_indices() {
        match (ch.is_whitespace(), start) {
            (true, Some(from)) => {
                spans.push((from, index));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(from) = start {
        spans.push((from, text.len()));
    }
    spans
}

/// The same words with another layout: each whitespace run replaced by
/// another, and the case of the whole quote changed now and then.
fn relaid(quote: &str, rng: &mut fastrand::Rng) -> String {
    const LAYOUTS: [&str; 5] = [" ", "\n", "  ", "\r\n", " \n\t"];
    let mut out = quote.split_whitespace().collect::<Vec<_>>().join("\u{0}");
    out = out.split('\u{0}').collect::<Vec<_>>().join(LAYOUTS[rng.usize(0..LAYOUTS.len())]);
    match rng.u8(0..3) {
        0 => out.to_lowercase(),
        1 => out.to_uppercase(),
        _ => out,
    }
}

/// Quotes made from a true span that should not be found: a word replaced
/// by one no resume has, a number changed, two neighbouring words swapped.
fn negatives(words: &[&str], rng: &mut fastrand::Rng) -> Vec<String> {
    let mut out = Vec::new();
    let mut replaced: Vec<String> = words.iter().map(|word| (*word).to_owned()).collect();
    let at = rng.usize(0..replaced.len());
    replaced[at] = format!("qzxv{}", rng.u16(100..1000));
    out.push(replaced.join(" "));
    if let Some(at) = words.iter().position(|word| word.chars().any(|c| c.is_ascii_digit())) {
        let mut changed: Vec<String> = words.iter().map(|word| (*word).to_owned()).collect();
        changed[at] = changed[at]
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| char::from_digit((d + 1) % 10, 10).unwrap_or(c)))
            .collect();
        out.push(changed.join(" "));
    }
    let at = rng.usize(0..words.len() - 1);
    if is_word(words[at]) && is_word(words[at + 1]) && core(words[at]) != core(words[at + 1]) {
        let mut swapped: Vec<&str> = words.to_vec();
        swapped.swap(at, at + 1);
        out.push(swapped.join(" "));
    }
    out
}

/// Lower case without layout (whitespace, dashes, bullets): the plain
/// search a negative must fail to be a test at all. The verifier documents
/// these tolerances, so a quote that differs from the text only by them, or
/// by punctuation at its ends, is no negative.
fn squashed(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '•' | '·' | '▪' | '◦')
        })
        .collect::<String>()
        .to_lowercase()
}

/// A negative quote as the plain search compares it: its ends' punctuation off.
fn squashed_quote(quote: &str) -> String {
    squashed(quote.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether a whitespace-separated piece holds a letter or digit (a bullet or
/// a dash alone is layout to the verifier, so swapping it tests nothing).
fn is_word(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

/// A piece in lower case without the punctuation around it.
fn core(piece: &str) -> String {
    piece.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}
