//! The messages between the page and its extraction worker.
//!
//! The page posts `[id, ArrayBuffer]` (the file's bytes, transferred, not
//! copied); the worker first posts [`READY`] once its wasm is running, then
//! one [`ExtractReply`] as JSON per file.

use serde::{Deserialize, Serialize};

use crate::extract::Extraction;

/// The worker's first message: it is ready for files. A new worker drops
/// messages sent before its wasm runs, so the page waits for this.
pub const READY: &str = "ready";

/// The worker's answer for one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractReply {
    pub id: u32,
    pub extraction: Extraction,
}
