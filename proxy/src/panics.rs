//! Panics in the server (issue #17). A panic's message can quote the data it
//! was working on (slicing a string inside a character quotes the string),
//! and the default hook prints it to stderr, so `shortlist serve` installs a
//! hook that logs where a panic happened and never what it said.

/// Replaces the default panic hook with one that logs the location and the
/// thread only, as an `error` event.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map_or_else(
            || "unknown".to_owned(),
            |at| format!("{}:{}:{}", at.file(), at.line(), at.column()),
        );
        let thread = std::thread::current();
        tracing::error!(
            location,
            thread = thread.name().unwrap_or("unnamed"),
            "panic (its message is not logged: it may quote resume or job-description text)"
        );
    }));
}

/// Test builds only: the feature `panic-probe` is turned on by the package's
/// self dev-dependency, never by `cargo build`, so the `shortlist` that
/// `cargo test` builds has it and the one that ships does not. A resume
/// holding this marker makes the local analyser's task panic the way careless
/// slicing would, with a message that quotes the resume.
#[cfg(feature = "panic-probe")]
pub const PROBE: &str = "shortlist-panic-probe:";

/// Panics, quoting `text`, if it holds [`PROBE`] followed by a character of
/// more than one byte: it slices into the middle of that character.
#[cfg(feature = "panic-probe")]
pub fn probe(text: &str) {
    let Some(start) = text.find(PROBE) else { return };
    if let Some((offset, _)) = text[start..].char_indices().find(|(_, c)| c.len_utf8() > 1) {
        std::hint::black_box(&text[..start + offset + 1]);
    }
}
