//! One file a subcommand.

pub mod analyze;
pub mod bench_match;
pub mod serve;
