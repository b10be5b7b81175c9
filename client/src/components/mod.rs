//! One component a file: props in, callbacks out, no state of their own
//! beyond what the DOM holds.

pub mod compare;
pub mod detail;
pub mod egress_preview;
pub mod hidden_findings;
pub mod job_description;
pub mod mode_picker;
pub mod ocr_choice;
pub mod privacy_options;
pub mod results;
pub mod resume_list;
pub mod resume_picker;
pub mod rubric_editor;
pub mod status;

pub use compare::Compare;
pub use detail::Detail;
pub use egress_preview::EgressPreview;
pub use hidden_findings::HiddenFindings;
pub use job_description::JobDescription;
pub use mode_picker::{Mode, ModePicker};
pub use ocr_choice::OcrChoice;
pub use privacy_options::PrivacyOptions;
pub use results::{ResultRow, Results};
pub use resume_list::ResumeList;
pub use resume_picker::ResumePicker;
pub use rubric_editor::RubricEditor;
pub use status::Status;
