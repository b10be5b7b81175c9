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
/// The longest job description `POST /api/analyze` accepts, in characters.
pub const MAX_JOB_DESCRIPTION_CHARS: usize = 20_000;
/// The longest resume text `POST /api/analyze` accepts, in characters.
pub const MAX_RESUME_CHARS: usize = 60_000;
/// How many resumes one `POST /api/analyze` may carry: one chunk.
pub const MAX_RESUMES_PER_REQUEST: usize = CHUNK_SIZE;
/// The largest `POST /api/analyze` body, in bytes: room for a full chunk of
/// the longest texts, even written as multi-byte UTF-8 or JSON escapes.
pub const MAX_REQUEST_BYTES: usize = 2 * MB as usize;

/// The limits of one analysis request, as the server enforces them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestLimits {
    pub max_job_description_chars: usize,
    pub max_resume_chars: usize,
    pub max_resumes_per_request: usize,
    pub max_request_bytes: usize,
}

impl RequestLimits {
    /// The limits this build enforces unless the operator lowers them.
    pub const fn current() -> Self {
        Self {
            max_job_description_chars: MAX_JOB_DESCRIPTION_CHARS,
            max_resume_chars: MAX_RESUME_CHARS,
            max_resumes_per_request: MAX_RESUMES_PER_REQUEST,
            max_request_bytes: MAX_REQUEST_BYTES,
        }
    }
}

impl Default for RequestLimits {
    fn default() -> Self {
        Self::current()
    }
}

/// The most requirements one rubric may hold. A posting rarely lists more
/// than twenty; forty leaves room for a recruiter's additions while keeping
/// the model's schema and the page's list short.
pub const MAX_RUBRIC_REQUIREMENTS: usize = 40;
/// The longest requirement text (or alternative), in characters.
pub const MAX_REQUIREMENT_CHARS: usize = 500;
/// The longest requirement id, in characters.
pub const MAX_REQUIREMENT_ID_CHARS: usize = 64;
/// The most alternatives one requirement may list.
pub const MAX_ALTERNATIVES: usize = 12;
