//! One file a subcommand.

pub mod bench_match;
pub mod serve;
