//! `shortlist-bench`: the developer's benchmarks, one file a command. They
//! print figures beside their anchor in one run. Not shipped: the binary is
//! built only with the `bench` feature (the tests turn it on), and it takes
//! the server's code from the `shortlist_proxy` library like any other user.

mod baselines;
mod bench_extract;
mod bench_grounding;
mod bench_match;
mod bench_ocr;
mod bench_privacy;
mod bench_proxy;
mod bench_real;
mod privacy_labelled;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "shortlist-bench",
    version,
    about = "Benchmarks of Shortlist's extraction, OCR, analyser, privacy and proxy"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The commands keep the names they had under `shortlist` (`bench-…`).
#[derive(Debug, Subcommand)]
enum Command {
    /// Measure extraction over a corpus (files/, ref/, manifest.tsv).
    #[command(name = "bench-extract")]
    Extract(bench_extract::BenchExtractArgs),
    /// Check the quote verifier on real resume text: true quotes found, false ones caught.
    #[command(name = "bench-grounding")]
    Grounding(bench_grounding::BenchGroundingArgs),
    /// Measure the built-in local analyser on a JSON Lines file of triples.
    #[command(name = "bench-match")]
    Match(bench_match::BenchMatchArgs),
    /// Measure the page's OCR against Debian's tesseract on a generated scan set.
    #[command(name = "bench-ocr")]
    Ocr(bench_ocr::BenchOcrArgs),
    /// Measure redaction and hidden-text detection on generated sets and a corpus.
    #[command(name = "bench-privacy")]
    Privacy(bench_privacy::BenchPrivacyArgs),
    /// Measure the local analyser on real postings and resumes: ranking and advice.
    #[command(name = "bench-real")]
    Real(bench_real::BenchRealArgs),
    /// Measure the proxy against a fake upstream under closed-loop load.
    #[command(name = "bench-proxy")]
    Proxy(Box<bench_proxy::BenchArgs>),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => bench_extract::run(args),
        Command::Grounding(args) => bench_grounding::run(args),
        Command::Match(args) => bench_match::run(args).map_err(|e| e.to_string()),
        Command::Ocr(args) => bench_ocr::run(args),
        Command::Privacy(args) => bench_privacy::run(args),
        Command::Real(args) => bench_real::run(args),
        Command::Proxy(args) => bench_proxy::run(*args).map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shortlist-bench: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
