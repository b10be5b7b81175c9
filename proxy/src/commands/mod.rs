//! One file a subcommand of `shortlist`; the benchmarks are `shortlist-bench`'s
//! (`src/bin/shortlist-bench/`).

pub mod analyze;
pub mod extract;
pub mod inspect;
pub mod publish;
pub mod requirements;
pub mod serve;

use shortlist_proxy::config::{DEFAULT_MODELS, DEFAULT_UPSTREAM_URL};

/// Where `--upstream` sends, for the commands that may ask the model.
#[derive(Debug, clap::Args)]
pub struct UpstreamTarget {
    /// The upstream's OpenAI-compatible base URL, with --upstream.
    #[arg(long, env = "SHORTLIST_UPSTREAM_URL", default_value = DEFAULT_UPSTREAM_URL)]
    pub upstream_url: String,
    /// The model, with --upstream.
    #[arg(long, default_value = DEFAULT_MODELS[0])]
    pub model: String,
}
