//! One file a subcommand.

pub mod bench_extract;
pub mod extract;
pub mod serve;
