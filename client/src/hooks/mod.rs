//! Hooks: the page's behaviour apart from its looks. `use_session` is the
//! only code that touches the browser's storage; `use_extractor` feeds files
//! to the extraction worker, `use_job_description_file` a posting's file;
//! `use_rubric` has it read the job description as a rubric;
//! `use_outgoing` has it make each resume's outgoing text; `use_run` runs
//! the analysis; `use_server` knows whether there is a server to run it on.

pub mod use_extractor;
pub mod use_job_description_file;
pub mod use_outgoing;
pub mod use_rubric;
pub mod use_run;
pub mod use_server;
pub mod use_session;

pub use use_extractor::{FileReader, use_extractor};
pub use use_job_description_file::{JobDescriptionFile, use_job_description_file};
pub use use_outgoing::{OutgoingTexts, Preparer, use_outgoing};
pub use use_rubric::use_rubric;
pub use use_run::{Run, RunCallbacks, RunChoice, use_run};
pub use use_server::{Server, ServerStatus, use_server};
pub use use_session::{Session, keep_read_scans_choice, read_scans_choice, use_session};
