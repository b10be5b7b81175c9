//! One file a subcommand of `shortlist`; the benchmarks are `shortlist-bench`'s
//! (`src/bin/shortlist-bench/`).

pub mod analyze;
pub mod extract;
pub mod inspect;
pub mod publish;
pub mod requirements;
pub mod serve;
