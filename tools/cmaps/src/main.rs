//! `shortlist-cmaps DIR`: writes the four CJK character-map tables
//! (`shortlist_core::extract::UnicodeTable`, one file a collection, named as
//! `Collection::path` names them) into DIR. `scripts/tools.sh`'s `build_page`
//! runs it into `target/cmaps/`, which trunk copies to `dist/cmaps/`; the
//! page's worker fetches a table from there only when a PDF needs it, so the
//! worker's wasm carries none of them.

use std::path::PathBuf;
use std::process::ExitCode;

use shortlist_core::extract::{Collection, UnicodeTable};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: shortlist-cmaps DIR (writes DIR/<collection>.txt)");
        return ExitCode::from(2);
    };
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("shortlist-cmaps: cannot create {}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for collection in Collection::ALL {
        let Some(table) = UnicodeTable::embedded(collection) else {
            eprintln!("shortlist-cmaps: hayro-cmap has no {} map", collection.name());
            return ExitCode::FAILURE;
        };
        let path = dir.join(format!("{}.txt", collection.name()));
        if let Err(error) = std::fs::write(&path, table.to_text(collection.name())) {
            eprintln!("shortlist-cmaps: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
