//! One file a subcommand.

pub mod serve;
