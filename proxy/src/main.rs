//! `shortlist`: the server, and the terminal commands that share its code.

mod commands;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "shortlist", version, about = "A privacy-first resume screener")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the page and the API from one origin.
    Serve(commands::serve::ServeArgs),
    /// Print the text the page would read from each file.
    Extract(commands::extract::ExtractArgs),
    /// Analyse resumes against a job description in the terminal.
    Analyze(commands::analyze::AnalyzeArgs),
    /// Measure extraction over a corpus (files/, ref/, manifest.tsv).
    BenchExtract(commands::bench_extract::BenchExtractArgs),
    /// Measure the built-in local analyser on a JSON Lines file of triples.
    BenchMatch(commands::bench_match::BenchMatchArgs),
    /// Show hidden text, personal data and the text that would be sent, per file.
    Inspect(commands::inspect::InspectArgs),
    /// Measure redaction and hidden-text detection on generated sets and a corpus.
    BenchPrivacy(commands::bench_privacy::BenchPrivacyArgs),
    /// Measure the proxy against a fake upstream under closed-loop load.
    BenchProxy(commands::bench_proxy::BenchArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(args).map_err(|e| e.to_string()),
        Command::Extract(args) => commands::extract::run(args),
        Command::Analyze(args) => commands::analyze::run(args).map_err(|e| e.to_string()),
        Command::BenchExtract(args) => commands::bench_extract::run(args),
        Command::BenchMatch(args) => commands::bench_match::run(args).map_err(|e| e.to_string()),
        Command::Inspect(args) => commands::inspect::run(args),
        Command::BenchPrivacy(args) => commands::bench_privacy::run(args),
        Command::BenchProxy(args) => commands::bench_proxy::run(args).map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shortlist: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
