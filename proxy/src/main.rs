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
    /// Measure the proxy against a fake upstream under closed-loop load.
    BenchProxy(commands::bench_proxy::BenchArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(args),
        Command::BenchProxy(args) => commands::bench_proxy::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shortlist: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
