//! Hooks: the only code that touches the browser's storage.

pub mod use_session;

pub use use_session::{Session, use_session};
