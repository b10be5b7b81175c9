//! What the terminal commands of both binaries share: `shortlist`'s
//! (extract, inspect, analyze) and `shortlist-bench`'s.

use std::io::Read;
use std::path::Path;

use shortlist_core::limits::MAX_FILE_BYTES;
use shortlist_core::local::YearMonth;

/// Reads at most one byte over the limit: a larger file is too large whatever
/// its size, and is never held whole in memory.
pub fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// "2024-06" as a month.
pub fn parse_year_month(text: &str) -> Result<YearMonth, String> {
    let (year, month) = text.split_once('-').ok_or("expected YYYY-MM")?;
    let year = year.parse().map_err(|_| "bad year")?;
    let month: u8 = month.parse().map_err(|_| "bad month")?;
    if !(1..=12).contains(&month) {
        return Err("month must be 1-12".to_owned());
    }
    Ok(YearMonth::new(year, month))
}
