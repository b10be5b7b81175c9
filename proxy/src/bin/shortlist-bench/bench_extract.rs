//! `shortlist-bench bench-extract DIR`: extraction quality and speed over a corpus
//! laid out as `files/`, `ref/` and `manifest.tsv` (see the corpus README).
//! Prints word-F1, time and status per file, then means by type, total time
//! and peak memory. `--baseline` runs the stock paths side by side in the
//! same process; `--mutate N` feeds N damaged copies of a PDF and a DOCX
//! through the reader and counts outcomes and caught panics.
//!
//! A benchmark command: it prints figures and never fails on them.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use shortlist_core::extract::word_f1::word_f1;
use shortlist_core::extract::{FileKind, Outcome, extract_isolated};

use shortlist_proxy::cli::read_capped;

#[derive(Debug, clap::Args)]
pub struct BenchExtractArgs {
    /// The corpus folder (holding files/, ref/ and manifest.tsv).
    dir: PathBuf,
    /// Also run stock pdf-extract (`extract_text_from_mem`) and docx-rs
    /// (paragraphs and tables) on every file, for the side-by-side ratio.
    #[arg(long)]
    baseline: bool,
    /// Make this many damaged copies of a PDF and of a DOCX and read each.
    #[arg(long, value_name = "N")]
    mutate: Option<usize>,
    /// The seed of the damage.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write each extracted text to DIR/<file>.txt (for the corpus's score.py).
    #[arg(long, value_name = "DIR")]
    write: Option<PathBuf>,
}

/// Panics seen since the start, caught or not. The hook keeps them quiet:
/// a thousand damaged files would otherwise flood the terminal.
static PANICS: AtomicUsize = AtomicUsize::new(0);

fn count_panics() {
    std::panic::set_hook(Box::new(|_| {
        PANICS.fetch_add(1, Ordering::SeqCst);
    }));
}

fn panics() -> usize {
    PANICS.load(Ordering::SeqCst)
}

struct Entry {
    file: String,
    kind: FileKind,
    resume: bool,
    reference: Option<String>,
}

/// One run of one extractor over one file.
struct Run {
    status: String,
    f1: Option<f64>,
    time: Duration,
}

#[derive(Default)]
struct Totals {
    f1: Vec<f64>,
    time: Duration,
    failures: Vec<String>,
}

pub fn run(args: BenchExtractArgs) -> Result<(), String> {
    count_panics();
    let entries = corpus(&args.dir)?;
    if let Some(dir) = &args.write {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    println!(
        "{:<58} {:<4} {:<18} {:>6} {:>9}{}",
        "file",
        "type",
        "status",
        "F1",
        "ms",
        if args.baseline { format!(" | {:<12} {:>6} {:>9}", "stock", "F1", "ms") } else { String::new() }
    );
    let mut ours: BTreeMap<&str, Totals> = BTreeMap::new();
    let mut stock: BTreeMap<&str, Totals> = BTreeMap::new();
    // Time of both on the files both read: stock stops early where it fails.
    let mut both_read: BTreeMap<&str, (Duration, Duration, usize)> = BTreeMap::new();
    let mut low_resumes = Vec::new();
    for entry in &entries {
        let path = args.dir.join("files").join(&entry.file);
        let bytes = read_capped(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let type_name: &'static str = match entry.kind {
            FileKind::Pdf => "pdf",
            FileKind::Docx => "docx",
            FileKind::Txt => "txt",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpeg",
        };

        let start = Instant::now();
        let extraction = extract_isolated(&bytes);
        let time = start.elapsed();
        if let Some(dir) = &args.write
            && extraction.outcome.has_text()
        {
            let out = dir.join(format!("{}.txt", entry.file));
            std::fs::write(&out, &extraction.text).map_err(|e| format!("{}: {e}", out.display()))?;
        }
        let mine = scored(
            entry,
            extraction.outcome.code().to_owned(),
            extraction.outcome.has_text().then_some(extraction.text.as_str()),
            time,
        );
        if entry.resume && mine.f1.is_some_and(|f1| f1 < 0.9) {
            low_resumes.push(entry.file.clone());
        }
        tally(ours.entry(type_name).or_default(), entry, &mine);

        let theirs = args.baseline.then(|| {
            let start = Instant::now();
            let result = stock_text(entry.kind, &bytes);
            let time = start.elapsed();
            let (status, text) = match &result {
                Ok(text) => ("read".to_owned(), Some(text.as_str())),
                Err(status) => (status.clone(), None),
            };
            scored(entry, status, text, time)
        });
        if let Some(theirs) = &theirs {
            tally(stock.entry(type_name).or_default(), entry, theirs);
            if [&mine, theirs].iter().all(|run| reads(run)) {
                let times = both_read.entry(type_name).or_default();
                times.0 += mine.time;
                times.1 += theirs.time;
                times.2 += 1;
            }
        }
        println!(
            "{:<58} {:<4} {:<18} {:>6} {:>9.1}{}",
            shorten(&entry.file, 58),
            type_name,
            mine.status,
            show_f1(mine.f1),
            millis(mine.time),
            theirs
                .map(|run| format!(" | {:<12} {:>6} {:>9.1}", run.status, show_f1(run.f1), millis(run.time)))
                .unwrap_or_default()
        );
    }
    println!();
    println!("{:<6} {:>3} {:>8} {:>10} {:>9}   failures", "type", "n", "mean F1", "time ms", "min F1");
    for (name, totals) in &ours {
        print_totals(name, totals);
        if let Some(stock) = stock.get(name) {
            print_totals(&format!("{name}*"), stock);
            println!(
                "{:<6} time ratio (ours / stock) {:.2}",
                "",
                totals.time.as_secs_f64() / stock.time.as_secs_f64().max(1e-9)
            );
            if let Some((mine, theirs, n)) = both_read.get(name) {
                println!(
                    "{:<6} time ratio on the {n} files both read {:.2} ({:.1} / {:.1} ms)",
                    "",
                    mine.as_secs_f64() / theirs.as_secs_f64().max(1e-9),
                    millis(*mine),
                    millis(*theirs)
                );
            }
        }
    }
    if args.baseline {
        println!("(* = stock: pdf-extract extract_text_from_mem, docx-rs paragraphs + tables)");
    }
    let total: Duration = ours.values().map(|t| t.time).sum();
    println!("total time (ours): {:.1} ms", millis(total));
    println!(
        "resumes below F1 0.9: {}",
        if low_resumes.is_empty() { "none".to_owned() } else { low_resumes.join(", ") }
    );

    if let Some(copies) = args.mutate {
        println!();
        mutation_run(&args, &entries, copies)?;
    }
    println!("peak memory (VmHWM): {}", peak_memory().unwrap_or_else(|| "unknown".to_owned()));
    Ok(())
}

fn scored(entry: &Entry, status: String, text: Option<&str>, time: Duration) -> Run {
    let f1 = entry.reference.as_deref().and_then(|reference| word_f1(reference, text.unwrap_or("")));
    Run { status, f1, time }
}

/// Whether a run produced text (stock only ever says "read").
fn reads(run: &Run) -> bool {
    run.status == Outcome::Read.code() || run.status == Outcome::LowText.code()
}

fn tally(totals: &mut Totals, entry: &Entry, run: &Run) {
    totals.time += run.time;
    if let Some(f1) = run.f1 {
        totals.f1.push(f1);
    }
    if !reads(run) {
        totals.failures.push(format!("{} ({})", shorten(&entry.file, 30), run.status));
    }
}

fn print_totals(name: &str, totals: &Totals) {
    let n = totals.f1.len();
    let mean = if n == 0 { 0.0 } else { totals.f1.iter().sum::<f64>() / n as f64 };
    let min = totals.f1.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "{:<6} {:>3} {:>8.3} {:>10.1} {:>9.3}   {}",
        name,
        n,
        mean,
        millis(totals.time),
        if n == 0 { 0.0 } else { min },
        if totals.failures.is_empty() { "-".to_owned() } else { totals.failures.join(", ") }
    );
}

fn show_f1(f1: Option<f64>) -> String {
    f1.map(|f1| format!("{f1:.3}")).unwrap_or_else(|| "-".to_owned())
}

fn millis(time: Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}

fn shorten(name: &str, width: usize) -> String {
    if name.chars().count() <= width {
        return name.to_owned();
    }
    let tail: String = name.chars().rev().take(width - 1).collect::<Vec<_>>().into_iter().rev().collect();
    format!("…{tail}")
}

/// The corpus entries: from manifest.tsv when present, else every file.
fn corpus(dir: &Path) -> Result<Vec<Entry>, String> {
    let manifest = std::fs::read_to_string(dir.join("manifest.tsv")).ok();
    let mut rows: Vec<(String, bool)> = match manifest {
        Some(manifest) => {
            let mut lines = manifest.lines();
            let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
            let file_col = header.iter().position(|h| *h == "file").unwrap_or(0);
            let kind_col = header.iter().position(|h| *h == "kind");
            lines
                .filter(|line| !line.trim().is_empty())
                .map(|line| {
                    let cells: Vec<&str> = line.split('\t').collect();
                    let file = cells.get(file_col).copied().unwrap_or_default().to_owned();
                    let resume =
                        kind_col.and_then(|col| cells.get(col)).is_some_and(|kind| *kind == "resume");
                    (file, resume)
                })
                .collect()
        }
        None => {
            let files = dir.join("files");
            let listing = std::fs::read_dir(&files).map_err(|e| format!("{}: {e}", files.display()))?;
            listing
                .filter_map(Result::ok)
                .map(|entry| (entry.file_name().to_string_lossy().into_owned(), false))
                .collect()
        }
    };
    rows.sort();
    let mut entries = Vec::new();
    for (file, resume) in rows {
        let lower = file.to_ascii_lowercase();
        let (kind, suffix) = if lower.ends_with(".pdf") {
            (FileKind::Pdf, "raw.txt")
        } else if lower.ends_with(".docx") {
            (FileKind::Docx, "pydocx.txt")
        } else {
            continue;
        };
        let reference = std::fs::read(dir.join("ref").join(format!("{file}.{suffix}")))
            .ok()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
        entries.push(Entry { file, kind, resume, reference });
    }
    if entries.is_empty() {
        return Err(format!("{}: no PDF or DOCX files found", dir.display()));
    }
    Ok(entries)
}

/// The stock path of each type: pdf-extract's own text output, docx-rs's
/// paragraphs and tables. A panic is caught and reported as `panic`.
fn stock_text(kind: FileKind, bytes: &[u8]) -> Result<String, String> {
    let result = catch_unwind(AssertUnwindSafe(|| match kind {
        FileKind::Pdf => pdf_extract::extract_text_from_mem(bytes).map_err(|_| "error".to_owned()),
        _ => docx_rs::read_docx(bytes).map(|docx| docx_text(&docx)).map_err(|_| "error".to_owned()),
    }));
    match result {
        Ok(result) => result,
        Err(_) => Err("panic".to_owned()),
    }
}

fn docx_text(docx: &docx_rs::Docx) -> String {
    let mut out = String::new();
    for child in &docx.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(paragraph) => paragraph_text(paragraph, &mut out),
            docx_rs::DocumentChild::Table(table) => table_text(table, &mut out),
            _ => {}
        }
    }
    out
}

fn paragraph_text(paragraph: &docx_rs::Paragraph, out: &mut String) {
    for child in &paragraph.children {
        paragraph_child_text(child, out);
    }
    out.push('\n');
}

fn paragraph_child_text(child: &docx_rs::ParagraphChild, out: &mut String) {
    match child {
        docx_rs::ParagraphChild::Run(run) => run_text(run, out),
        docx_rs::ParagraphChild::Insert(insert) => {
            for child in &insert.children {
                if let docx_rs::InsertChild::Run(run) = child {
                    run_text(run, out);
                }
            }
        }
        docx_rs::ParagraphChild::Hyperlink(link) => {
            for child in &link.children {
                paragraph_child_text(child, out);
            }
        }
        _ => {}
    }
}

fn run_text(run: &docx_rs::Run, out: &mut String) {
    for child in &run.children {
        match child {
            docx_rs::RunChild::Text(text) => out.push_str(&text.text),
            docx_rs::RunChild::Tab(_) => out.push('\t'),
            docx_rs::RunChild::Break(_) => out.push('\n'),
            _ => {}
        }
    }
}

fn table_text(table: &docx_rs::Table, out: &mut String) {
    for docx_rs::TableChild::TableRow(row) in &table.rows {
        for docx_rs::TableRowChild::TableCell(cell) in &row.cells {
            for content in &cell.children {
                match content {
                    docx_rs::TableCellContent::Paragraph(paragraph) => paragraph_text(paragraph, out),
                    docx_rs::TableCellContent::Table(table) => table_text(table, out),
                    _ => {}
                }
            }
        }
    }
}

/// Reads N damaged copies of one PDF and one DOCX of the corpus (the
/// smallest resume of each type, else the smallest file).
fn mutation_run(args: &BenchExtractArgs, entries: &[Entry], copies: usize) -> Result<(), String> {
    for kind in [FileKind::Pdf, FileKind::Docx] {
        let mut candidates: Vec<(bool, u64, &Entry)> = entries
            .iter()
            .filter(|entry| entry.kind == kind)
            .filter_map(|entry| {
                let size = std::fs::metadata(args.dir.join("files").join(&entry.file)).ok()?.len();
                Some((!entry.resume, size, entry))
            })
            .collect();
        candidates.sort_by_key(|(not_resume, size, _)| (*not_resume, *size));
        let Some((_, _, entry)) = candidates.first() else { continue };
        let original = read_capped(&args.dir.join("files").join(&entry.file)).map_err(|e| e.to_string())?;
        let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
        let mut stock_panics = 0;
        let mut slowest = Duration::ZERO;
        let mut caught_by_us = 0;
        let start = Instant::now();
        for copy in 0..copies {
            let damaged = mutate(&original, args.seed.wrapping_mul(1_000_003).wrapping_add(copy as u64));
            let panics_before = panics();
            let begun = Instant::now();
            let extraction = extract_isolated(&damaged);
            slowest = slowest.max(begun.elapsed());
            caught_by_us += panics() - panics_before;
            *outcomes.entry(extraction.outcome.code()).or_default() += 1;
            if args.baseline && stock_text(kind, &damaged) == Err("panic".to_owned()) {
                stock_panics += 1;
            }
        }
        // Every copy got an outcome: a panic that escaped `extract_isolated`
        // would have ended this run, so there is no "escaped" count to print.
        println!(
            "mutate {}: {} damaged copies of {}: {caught_by_us} parser panics caught; slowest {:.1} ms, total {:.1} ms",
            kind.label(),
            copies,
            entry.file,
            millis(slowest),
            millis(start.elapsed())
        );
        println!(
            "  outcomes: {}",
            outcomes.iter().map(|(code, n)| format!("{code} {n}")).collect::<Vec<_>>().join(", ")
        );
        if args.baseline {
            println!(
                "  stock {} panicked on {stock_panics} of {copies}",
                if kind == FileKind::Pdf { "pdf-extract" } else { "docx-rs" }
            );
        }
    }
    Ok(())
}

/// SplitMix64: a small seeded generator, so a damaged copy can be rebuilt.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A damaged copy: random byte flips, a truncation, a zeroed run, or a mix.
fn mutate(original: &[u8], seed: u64) -> Vec<u8> {
    let mut rng = SplitMix(seed);
    let mut bytes = original.to_vec();
    let plan = rng.below(4);
    if plan != 1 {
        for _ in 0..1 + rng.below(16) {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
    }
    if plan == 1 || plan == 3 {
        let keep = rng.below(bytes.len());
        bytes.truncate(keep.max(1));
    }
    if plan == 2 {
        let at = rng.below(bytes.len());
        let len = 1 + rng.below(256);
        for byte in bytes.iter_mut().skip(at).take(len) {
            *byte = 0;
        }
    }
    bytes
}

/// The process's peak resident memory, from /proc/self/status.
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{:.1} MiB", kib / 1024.0))
}
