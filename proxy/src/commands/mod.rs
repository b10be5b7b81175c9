//! One file a subcommand.

pub mod bench_proxy;
pub mod serve;
