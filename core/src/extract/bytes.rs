//! Byte search, shared by the type detection and the readers.

/// Where `needle` first occurs in `haystack`; `None` for an empty needle.
pub(super) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|window| window == needle)
}
