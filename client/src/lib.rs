//! The Shortlist page. [`App`] is the whole page; state lives in
//! [`state::Batch`], a pure reducer tested natively; components render it.

pub mod api;
pub mod app;
pub mod clock;
pub mod components;
pub mod download;
pub mod extractor;
pub mod hooks;
pub mod ocr;
pub mod outgoing;
pub mod results_view;
pub mod state;
pub mod words;

pub use app::App;
