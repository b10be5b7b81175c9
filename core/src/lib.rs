//! Everything the Shortlist page (wasm32) and server (native) must agree on:
//! the limits of a batch, the JSON shapes that cross the wire, and the rules
//! that decide which chosen files are admitted.
//!
//! This crate does no I/O and has no platform code, so one implementation
//! serves the browser, the server and the terminal commands alike.

pub mod admit;
pub mod analysis;
pub mod analyze_api;
pub mod api;
pub mod export;
pub mod extract;
pub mod grounding;
pub mod limits;
pub mod local;
pub mod privacy;
pub mod prompt;
pub mod requirements_api;
pub mod rubric;
#[cfg(feature = "scan-decoders")]
pub mod scan;
pub mod scoring;
pub mod session;
pub mod size;
pub mod sse;
pub mod verdict;
pub mod worker;

pub use admit::{ChosenFile, Refusal, admit};
pub use analysis::Analysis;
pub use analyze_api::{AnalyzeEvent, AnalyzeRequest};
pub use api::{Analyzer, ApiError, ErrorCode, Health, ServerConfig};
pub use limits::{Limits, RequestLimits};

/// The version of this build, shown by `/api/health` and `shortlist --version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
