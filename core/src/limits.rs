//! The limits of a batch. The server reports them in `/api/config` and the
//! page enforces the same values, so both read them from here.

use serde::{Deserialize, Serialize};

/// One mebibyte; file sizes are shown and limited in these units.
pub const MB: u64 = 1024 * 1024;

/// How many resumes one batch may hold.
pub const MAX_RESUMES: usize = 10;
/// The largest file the page accepts.
pub const MAX_FILE_BYTES: u64 = 3 * MB;
/// The most bytes one batch may hold, all files together.
pub const MAX_BATCH_BYTES: u64 = 20 * MB;
/// How long a batch lives in the tab before it is purged.
pub const SESSION_TTL_SECS: u64 = 2 * 60 * 60;
/// How many resumes go to the server in one analysis request.
pub const CHUNK_SIZE: usize = 5;

/// The limits as one value, for the wire and for the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub max_resumes: usize,
    pub max_file_bytes: u64,
    pub max_batch_bytes: u64,
    pub session_ttl_secs: u64,
    pub chunk_size: usize,
}

impl Limits {
    /// The limits this build enforces.
    pub const fn current() -> Self {
        Self {
            max_resumes: MAX_RESUMES,
            max_file_bytes: MAX_FILE_BYTES,
            max_batch_bytes: MAX_BATCH_BYTES,
            session_ttl_secs: SESSION_TTL_SECS,
            chunk_size: CHUNK_SIZE,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::current()
    }
}

/// The most bytes the body of a DOCX (`word/document.xml`) may unzip to: a
/// 3 MB file that unzips further is a zip bomb, not a resume.
pub const MAX_DOCX_UNZIPPED_BYTES: u64 = 32 * MB;
