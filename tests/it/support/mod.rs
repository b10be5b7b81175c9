//! Starting the real parts the tests talk to.

pub mod page;
mod server;
mod static_host;

pub use server::TestServer;
pub use shortlist_browser::Browser;
pub use static_host::StaticHost;

use std::path::PathBuf;

/// The built page: `SHORTLIST_DIST`, or `dist/` at the workspace root.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("SHORTLIST_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no built page: scripts/test builds it (or run `trunk build --release`)",
        dist.display()
    );
    dist
}

/// A folder under `target/` for what the tests leave to look at.
pub fn artifacts_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&dir).expect("create target/screenshots");
    dir
}
