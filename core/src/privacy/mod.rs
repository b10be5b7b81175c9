//! Privacy and safety before anything leaves the page (issue #7).
//!
//! - `redact`: personal data (emails, phones, URLs and profile handles, street
//!   addresses, dates of birth, the candidate's name, protected attributes)
//!   replaced by stable placeholders; the mapping stays with the caller (the
//!   tab).
//! - `hidden`: the [`HiddenText`] findings and the scan every format shares
//!   (zero-width and bidi controls, instructions addressed to a model); the
//!   PDF and DOCX readers in `extract` add what only the file can tell.
//! - `egress`: the text that goes upstream for one resume ([`outgoing`]) and
//!   its [`EgressReceipt`].
//! - `duplicates`: the same or nearly the same resume twice in a batch.
//!
//! No I/O: the same code runs in the tab, on the server and in `shortlist inspect`.

mod duplicates;
mod egress;
mod hidden;
mod redact;

pub use duplicates::{DUPLICATE_JACCARD, duplicates};
pub use egress::{
    EgressReceipt, Outgoing, OutgoingOptions, Routing, estimate_tokens, outgoing, restore_analysis,
    sha256_hex,
};
pub(crate) use hidden::capped as capped_text;
pub use hidden::{
    HiddenReason, HiddenText, MAX_FINDINGS, instruction_phrases, is_hiding_character, note_hidden,
    remove_hidden, scan_text,
};
pub use redact::{PiiCounts, PiiKind, Redaction, RedactionEntry, candidate_name, redact, withhold_protected};
