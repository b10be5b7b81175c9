//! `shortlist`: the server, and the operator's terminal commands that share
//! its code. The benchmarks are another binary, `shortlist-bench`.

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
    /// Serve the page and the API from one origin, or the API alone (--no-page).
    Serve(commands::serve::ServeArgs),
    /// Write a copy of the built page for a static host, naming the API's origin.
    Publish(commands::publish::PublishArgs),
    /// Print the text the page would read from each file.
    Extract(commands::extract::ExtractArgs),
    /// Analyse resumes against a job description in the terminal.
    Analyze(commands::analyze::AnalyzeArgs),
    /// Print the requirements read from a job description: the rubric resumes are judged against.
    Requirements(commands::requirements::RequirementsArgs),
    /// Show hidden text, personal data and the text that would be sent, per file.
    Inspect(commands::inspect::InspectArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(args).map_err(|e| e.to_string()),
        Command::Publish(args) => commands::publish::run(args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Analyze(args) => commands::analyze::run(args).map_err(|e| e.to_string()),
        Command::Requirements(args) => commands::requirements::run(args),
        Command::Inspect(args) => commands::inspect::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shortlist: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
