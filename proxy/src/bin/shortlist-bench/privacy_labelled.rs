//! `bench-privacy --labelled DIR` (issue #18): redaction measured on real CVs
//! whose personal data was labelled by reading them, not by running a scanner.
//!
//! `DIR` holds `docs/<id>.<ext>` (what `scripts/privacy-set/build.py` rebuilds)
//! and `labels/<id>.json`: `{id, items: [{kind, text, count?}], keep: [text]}`.
//! `kind` is `name`, `email`, `phone`, `url`, `address`, `date_of_birth` or
//! `personal` (a protected attribute: gender, age, marital status,
//! nationality, religion, place of birth, photo). `count` is how many times
//! the item stands in the CV (default: how often its words stand in a row in the extracted text, so
//! a name glued into an email or a URL is not counted). `keep` lists
//! words a recruiter needs (awards, institutions, job titles).
//!
//! - An item is **withheld** when each of its words is found in what would be
//!   sent at least `count` times fewer than in the extracted text, whatever
//!   placeholder took it; a label whose words the extraction lacks is missed.
//! - A `keep` text is **removed** when it is found fewer times after than
//!   before (letters and digits compared, case ignored), outside emails and
//!   web addresses: "Moringa School" in a referee's `…@moringaschool.com`
//!   or "Udemy" in a certificate's `ude.my/UC-…` link is not where a
//!   recruiter reads the school, and the address goes as a whole.
//! - A CV over the 3 MB a file may have is **refused** by the page, which
//!   sends nothing of it: it is left out of the recall and the shares, and
//!   the output says how many CVs and items that leaves out.
//! - **Job words removed**: words removed outside the labelled items, over the
//!   words outside them.
//!
//! - **Names the page warns of**: the page tells the recruiter to read a
//!   resume's text before a server run when redaction recognised no
//!   candidate's name in it (issue #18). Counted: the CVs with a labelled name
//!   left in what would be sent, how many of those the page warns of, and how
//!   many CVs it warns of in all.
//!
//! A held-out set (`--held-out DIR`, laid out the same way, its CVs listed
//! as `held-out` in `scripts/privacy-set/sources.tsv`) is reported as totals
//! only, never example by example.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};
use shortlist_core::extract::extract_isolated;
use shortlist_core::extract::word_f1::tokens;
use shortlist_core::limits::MAX_FILE_BYTES;
use shortlist_core::privacy::{OutgoingOptions, candidate_name, outgoing};

/// The bars of issue #18 on the labelled set.
pub const LABELLED_RECALL_BAR: f64 = 0.95;

#[derive(Debug, Deserialize)]
struct Label {
    id: String,
    items: Vec<Item>,
    #[serde(default)]
    keep: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Item {
    kind: String,
    text: String,
    count: Option<usize>,
}

/// The figures of one part of the set.
#[derive(Debug, Default, Serialize)]
pub struct SetFigures {
    pub documents: usize,
    pub items: usize,
    /// CVs over the file size limit, which the page refuses whole: not measured.
    pub refused_documents: usize,
    /// Their labelled items.
    pub refused_items: usize,
    /// Recall by kind and `overall`.
    pub recall: BTreeMap<String, f64>,
    /// `keep` texts found in the extracted text, and how many of them redaction removed.
    pub keep_found: usize,
    pub keep_removed: usize,
    /// Words removed outside the labelled items, over the words outside them.
    pub job_words_removed_share: f64,
    /// CVs with a labelled name left in what would be sent; of those, the
    /// ones the page warns of (no candidate's name recognised); all CVs
    /// it warns of.
    pub name_left: usize,
    pub name_left_warned: usize,
    pub warned: usize,
    /// Dev part only: what was missed and what was removed that should stay.
    pub missed: Vec<String>,
    /// Dev part only: per CV, the words removed outside its labelled items.
    pub removed_words: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LabelledFigures {
    pub dev: SetFigures,
    /// The held-out set, when one was given: totals only.
    pub heldout: Option<SetFigures>,
}

fn counts(words: Vec<String>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for word in words {
        *map.entry(word).or_insert(0) += 1;
    }
    map
}

fn squashed(text: &str) -> String {
    tokens(text).concat()
}

/// The text without its emails and web addresses (a piece of text with an
/// `@`, a `://`, a `www.` or a host before a path: `ude.my/…`), for counting
/// the texts a recruiter reads.
fn without_addresses(text: &str) -> String {
    let is_address = |word: &&str| {
        let host_and_path = word.split_once('/').is_some_and(|(host, _)| host.contains('.'));
        word.contains('@') || word.contains("://") || word.to_lowercase().contains("www.") || host_and_path
    };
    text.split_whitespace().filter(|word| !is_address(word)).collect::<Vec<_>>().join(" ")
}

/// How often `run` stands in `words` as whole words: "Jane Doe" in "Jane
/// Doe, jane.doe@x.io" once, the email's words being another item's.
fn word_runs(words: &[String], run: &[String]) -> usize {
    if run.is_empty() { 0 } else { words.windows(run.len()).filter(|window| *window == run).count() }
}

fn occurrences(haystack: &str, needle: &str) -> usize {
    if needle.is_empty() { 0 } else { haystack.matches(needle).count() }
}

#[derive(Default)]
struct Tally {
    documents: usize,
    refused_documents: usize,
    refused_items: usize,
    by_kind: BTreeMap<String, (usize, usize)>,
    keep_found: usize,
    keep_removed: usize,
    /// Words removed that no labelled item holds.
    removed_outside: usize,
    words: usize,
    label_words: usize,
    name_left: usize,
    name_left_warned: usize,
    warned: usize,
    missed: Vec<String>,
    removed_words: Vec<String>,
}

impl Tally {
    fn figures(self) -> SetFigures {
        let mut recall: BTreeMap<String, f64> = self
            .by_kind
            .iter()
            .map(|(kind, (hit, all))| (kind.clone(), *hit as f64 / (*all).max(1) as f64))
            .collect();
        let (hit, all) = self.by_kind.values().fold((0, 0), |(h, a), (hit, all)| (h + hit, a + all));
        recall.insert("overall".to_owned(), hit as f64 / all.max(1) as f64);
        let job_words = self.words.saturating_sub(self.label_words);
        SetFigures {
            documents: self.documents,
            items: all,
            refused_documents: self.refused_documents,
            refused_items: self.refused_items,
            recall,
            keep_found: self.keep_found,
            keep_removed: self.keep_removed,
            job_words_removed_share: self.removed_outside as f64 / job_words.max(1) as f64,
            name_left: self.name_left,
            name_left_warned: self.name_left_warned,
            warned: self.warned,
            missed: self.missed,
            removed_words: self.removed_words,
        }
    }
}

/// The dev set at `dev`, and the held-out set at `heldout` when given.
pub fn labelled_figures(dev: &Path, heldout: Option<&Path>) -> Result<LabelledFigures, String> {
    let dev = tally_set(dev)?.figures();
    let heldout = heldout.map(|dir| tally_set(dir).map(Tally::figures)).transpose()?;
    Ok(LabelledFigures { dev, heldout })
}

/// Every labelled CV of one set folder (`docs/`, `labels/`), measured.
fn tally_set(dir: &Path) -> Result<Tally, String> {
    let labels_dir = dir.join("labels");
    let mut paths: Vec<_> = std::fs::read_dir(&labels_dir)
        .map_err(|e| format!("cannot read {}: {e}", labels_dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    let docs: Vec<_> = std::fs::read_dir(dir.join("docs"))
        .map_err(|e| format!("cannot read {}: {e}", dir.join("docs").display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    let mut tally = Tally::default();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let label: Label = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc = docs
            .iter()
            .find(|doc| doc.file_stem().is_some_and(|stem| stem == label.id.as_str()))
            .ok_or(format!("no document for label {}", label.id))?;
        let bytes = std::fs::read(doc).map_err(|e| format!("{}: {e}", doc.display()))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            tally.refused_documents += 1;
            tally.refused_items += label.items.len();
            continue;
        }
        let extraction = extract_isolated(&bytes);
        let sent = outgoing(&extraction.text, &extraction.hidden, OutgoingOptions::default());
        let after_text = match &sent.redaction {
            Some(redaction) => redaction
                .entries
                .iter()
                .fold(sent.text.clone(), |text, entry| text.replace(&entry.placeholder, " ")),
            None => sent.text.clone(),
        };
        tally.documents += 1;
        let name_left = measure(&label, &extraction.text, &after_text, &mut tally);
        let warned = candidate_name(&extraction.text).is_none();
        tally.warned += usize::from(warned);
        tally.name_left += usize::from(name_left);
        tally.name_left_warned += usize::from(name_left && warned);
    }
    Ok(tally)
}

/// Tallies one CV; whether a labelled name was left in what would be sent.
fn measure(label: &Label, before_text: &str, after_text: &str, tally: &mut Tally) -> bool {
    let before_words = tokens(before_text);
    let before = counts(before_words.clone());
    let after = counts(tokens(after_text));
    let before_squashed = squashed(&without_addresses(before_text));
    let after_squashed = squashed(&without_addresses(after_text));
    let mut label_words = 0;
    let mut name_left = false;
    for item in &label.items {
        let item_words = counts(tokens(&item.text));
        let times = item.count.unwrap_or_else(|| word_runs(&before_words, &tokens(&item.text)).max(1));
        let withheld = !item_words.is_empty()
            && item_words.iter().all(|(word, n)| {
                let had = before.get(word).copied().unwrap_or(0);
                let left = after.get(word).copied().unwrap_or(0);
                had >= n * times && left + n * times <= had
            });
        label_words += item_words.values().sum::<usize>() * times;
        let entry = tally.by_kind.entry(item.kind.clone()).or_default();
        entry.1 += 1;
        if withheld {
            entry.0 += 1;
        } else {
            name_left |= item.kind == "name";
            tally.missed.push(format!("{} {}: {:?}", label.id, item.kind, item.text));
        }
    }
    for keep in &label.keep {
        let want = squashed(keep);
        let had = occurrences(&before_squashed, &want);
        if had == 0 {
            continue;
        }
        tally.keep_found += 1;
        if occurrences(&after_squashed, &want) < had {
            tally.keep_removed += 1;
            tally.missed.push(format!("{} removed: {keep:?}", label.id));
        }
    }
    let mut left = after;
    let mut label_left: HashMap<String, usize> = HashMap::new();
    for item in &label.items {
        let times = item.count.unwrap_or_else(|| word_runs(&before_words, &tokens(&item.text)).max(1));
        for word in tokens(&item.text) {
            *label_left.entry(word).or_insert(0) += times;
        }
    }
    let mut unlabelled = Vec::new();
    for word in &before_words {
        match left.get_mut(word) {
            Some(n) if *n > 0 => *n -= 1,
            _ => match label_left.get_mut(word) {
                Some(n) if *n > 0 => *n -= 1,
                _ => unlabelled.push(word.clone()),
            },
        }
    }
    if !unlabelled.is_empty() {
        tally.removed_words.push(format!("{}: {}", label.id, unlabelled.join(" ")));
    }
    tally.removed_outside += unlabelled.len();
    tally.words += before_words.len();
    tally.label_words += label_words.min(before_words.len());
    name_left
}

/// The generated set's recall and the labelled set's, side by side; the
/// held-out part as totals only.
pub fn print_side_by_side(generated: &BTreeMap<String, f64>, labelled: &LabelledFigures, show: bool) {
    let dev = &labelled.dev;
    println!("Labelled real CVs: {} dev ({} items)", dev.documents, dev.items);
    if dev.refused_documents > 0 {
        println!(
            "  left out: {} CV(s) over the {} MB a file may have ({} items): the page refuses them and sends nothing",
            dev.refused_documents,
            MAX_FILE_BYTES >> 20,
            dev.refused_items
        );
    }
    println!("  {:<16} {:>9} {:>13}", "recall", "generated", "labelled dev");
    let mut kinds: Vec<&String> = generated.keys().chain(dev.recall.keys()).collect();
    kinds.sort();
    kinds.dedup();
    kinds.retain(|kind| *kind != "overall");
    let cell = |map: &BTreeMap<String, f64>, kind: &str| {
        map.get(kind).filter(|v| !v.is_nan()).map_or("-".to_owned(), |v| format!("{v:.3}"))
    };
    for kind in kinds.iter().map(|k| k.as_str()).chain(["overall"]) {
        println!("  {kind:<16} {:>9} {:>13}", cell(generated, kind), cell(&dev.recall, kind));
    }
    println!(
        "  dev: awards, institutions and job titles removed {} of {}; job words removed {:.4}",
        dev.keep_removed, dev.keep_found, dev.job_words_removed_share
    );
    println!(
        "  dev: a name left in {} CVs, {} of them warned of (no candidate's name recognised); {} CVs warned of in all",
        dev.name_left, dev.name_left_warned, dev.warned
    );
    for missed in &dev.missed {
        println!("    {missed}");
    }
    if show {
        for removed in &dev.removed_words {
            println!("    removed outside the labels: {removed}");
        }
    }
    if let Some(held) = &labelled.heldout {
        println!(
            "  held out (totals only): {} CVs ({} over {} MB left out); recall {:.3} of {} items; kept texts removed {} of {}; job words removed {:.4}",
            held.documents,
            held.refused_documents,
            MAX_FILE_BYTES >> 20,
            held.recall["overall"],
            held.items,
            held.keep_removed,
            held.keep_found,
            held.job_words_removed_share
        );
        println!(
            "  held out: a name left in {} CVs, {} of them warned of; {} CVs warned of in all",
            held.name_left, held.name_left_warned, held.warned
        );
    }
}
