//! `shortlist`: the server and, later, the terminal commands that share its code.

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
    /// Analyse resumes against a job description in the terminal.
    Analyze(commands::analyze::AnalyzeArgs),
    /// Measure the built-in local analyser on a JSON Lines file of triples.
    BenchMatch(commands::bench_match::BenchMatchArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(args),
        Command::Analyze(args) => commands::analyze::run(args).map_err(std::io::Error::other),
        Command::BenchMatch(args) => commands::bench_match::run(args).map_err(std::io::Error::other),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shortlist: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
