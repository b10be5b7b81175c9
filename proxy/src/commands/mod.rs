//! One file a subcommand.

pub mod analyze;
pub mod bench_extract;
pub mod bench_match;
pub mod bench_privacy;
pub mod bench_proxy;
pub mod extract;
pub mod inspect;
pub mod serve;
