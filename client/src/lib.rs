//! The Shortlist page. [`App`] is the whole page; state lives in
//! [`state::Batch`], a pure reducer tested natively; components render it.

pub mod api;
pub mod app;
pub mod components;
pub mod extractor;
pub mod outgoing;
pub mod state;

pub use app::App;
