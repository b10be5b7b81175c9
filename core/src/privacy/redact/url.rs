//! URLs and profile handles: `https://…`, `www.…`, profile hosts, bare
//! domains with a common TLD, `@handle`, `GitHub: handle`, and an ORCID iD
//! (`0000-0002-1825-0097`), a researcher's profile by its number.

use super::tables::{HANDLE_LABELS, PROFILE_HOSTS, TECH_DOMAINS, TLDS};
use super::{PiiKind, Span, tokens, trim_token};

pub(super) fn urls(text: &str) -> Vec<Span> {
    let toks = tokens(text);
    let mut out = Vec::new();
    for (index, &tok) in toks.iter().enumerate() {
        let (start, end) = trim_token(text, tok);
        if start >= end {
            continue;
        }
        let word = &text[start..end];
        let lower = word.to_ascii_lowercase();
        let is_url = lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || PROFILE_HOSTS.iter().any(|host| lower.contains(host))
            || is_bare_domain(word);
        let is_handle = (word.starts_with('@') && tok.0 == start && is_handle_name(&word[1..]))
            || (index > 0
                && is_handle_label(text, toks[index - 1])
                && is_handle_name(word.trim_start_matches('@')));
        if (is_url && !word.contains('@')) || is_handle || is_orcid(word) {
            let end = if is_url { continued(text, start, end) } else { end };
            out.push(Span { start, end, kind: PiiKind::Url });
        }
    }
    out
}

/// A URL the layout broke at its line's end goes on over the next line when
/// that line is one piece of a path: "indeed.com/r/Jane-Doe/" + "a76c9c40",
/// "linkedin.com/in/christianl" + "arico/", or the rest of a profile's
/// handle: "github.com/nghoangc" + "hung".
fn continued(text: &str, start: usize, end: usize) -> usize {
    let Some(next) = text[end..].strip_prefix('\n') else { return end };
    let line = next.split('\n').next().unwrap_or_default();
    let piece = line.trim_end_matches(['.', ',', ';', ')']);
    let is_path = !piece.is_empty()
        && piece.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_/?=&%#.".contains(&b))
        && piece.bytes().any(|b| b.is_ascii_digit() || b == b'/');
    let url = &text[start..end];
    let has_path = url.trim_start_matches("https://").trim_start_matches("http://").contains('/');
    // A profile's handle broken onto a line of its own: "github.com/nghoangc" + "hung".
    let handle_rest = PROFILE_HOSTS.iter().any(|host| url.to_ascii_lowercase().contains(host))
        && !url.ends_with('/')
        && !piece.is_empty()
        && piece.len() <= 24
        && piece.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_".contains(&b))
        && piece.bytes().any(|b| b.is_ascii_lowercase());
    let broken_path = is_path && (url.ends_with(['/', '-']) || piece.ends_with('/'));
    if has_path && (broken_path || handle_rest) { end + 1 + piece.len() } else { end }
}

fn is_bare_domain(word: &str) -> bool {
    let host = word.split('/').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|label| label.is_empty() || !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    {
        return false;
    }
    let tld = labels[labels.len() - 1];
    let lower = host.to_ascii_lowercase();
    TLDS.contains(&tld)
        && !TECH_DOMAINS.contains(&lower.as_str())
        && labels[0].bytes().any(|b| b.is_ascii_alphabetic())
}

/// Four groups of four digits joined by hyphens, the last digit possibly X.
fn is_orcid(word: &str) -> bool {
    let groups: Vec<&str> = word.split('-').collect();
    groups.len() == 4
        && groups.iter().enumerate().all(|(i, group)| {
            group.len() == 4
                && group.char_indices().all(|(j, c)| c.is_ascii_digit() || (i == 3 && j == 3 && c == 'X'))
        })
}

fn is_handle_name(name: &str) -> bool {
    (2..=40).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"_.-/".contains(&b))
        && name.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Whether a token is a label such as "GitHub:" that a handle follows.
fn is_handle_label(text: &str, tok: (usize, usize)) -> bool {
    let word = &text[tok.0..tok.1];
    let Some(label) = word.strip_suffix(':') else { return false };
    HANDLE_LABELS.contains(&label.to_ascii_lowercase().as_str())
}
