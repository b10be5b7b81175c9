//! Byte counts as a recruiter reads them ("1.4 MB", "820 KB").

use crate::limits::MB;

const KB: u64 = 1024;

/// Formats a byte count with one decimal in MB, whole numbers below that.
pub fn human(bytes: u64) -> String {
    format_mb(bytes, (bytes * 10 + MB / 2) / MB)
}

/// Like [`human`], but never rounds down in MB: for sizes compared with a
/// limit, so that a file just over 3 MB reads "3.1 MB", not "3 MB".
pub fn human_rounded_up(bytes: u64) -> String {
    format_mb(bytes, (bytes * 10).div_ceil(MB))
}

fn format_mb(bytes: u64, tenths: u64) -> String {
    if bytes >= MB {
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= KB {
        format!("{} KB", (bytes + KB / 2) / KB)
    } else if bytes == 1 {
        "1 byte".to_owned()
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::{human, human_rounded_up};
    use crate::limits::MB;

    #[test]
    fn sizes_read_like_a_file_manager() {
        let cases = [
            (0, "0 bytes"),
            (1, "1 byte"),
            (1023, "1023 bytes"),
            (1024, "1 KB"),
            (150 * 1024 + 100, "150 KB"),
            (MB, "1 MB"),
            (3 * MB, "3 MB"),
            (3 * MB + MB / 2, "3.5 MB"),
            (20 * MB, "20 MB"),
        ];
        for (bytes, expected) in cases {
            assert_eq!(human(bytes), expected, "{bytes} bytes");
        }
    }

    #[test]
    fn sizes_over_a_limit_never_round_down_to_it() {
        assert_eq!(human_rounded_up(3 * MB + 1), "3.1 MB");
        assert_eq!(human_rounded_up(3 * MB), "3 MB");
        assert_eq!(human_rounded_up(20 * MB + 1), "20.1 MB");
        assert_eq!(human_rounded_up(1500), "1 KB");
    }
}
