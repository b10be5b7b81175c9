//! URLs and profile handles: `https://…`, `www.…`, profile hosts, bare
//! domains with a common TLD, a handle glued to its site (`github:jdoe`) or
//! alone under a line that names the site (`LinkedIn` / `in/josé-p`), `@handle` (not after a word: "Intern @Acme"
//! names an employer), `GitHub: handle`, and an ORCID iD
//! (`0000-0002-1825-0097`), a researcher's profile by its number.
//!
//! Fourth round: a profile at a site's path (`platzi.com/@jdoe`), a label
//! set apart from its colon (`LinkedIn : in/jdoe`), a handle with its site
//! named after it (`jdoe (GitHub)`), and a LinkedIn path under its icon
//! (`/in/jdoe`).
//!
//! Fifth round: a site's name with no domain before the handle
//! (`github/jdoe`, not `X/JRebel`), and a line that is only a site's name
//! and a handle with a digit, an underscore or a dot (`Skype jdoe_84`); a
//! capitalised site under a host of personal sites (`Jane-cv.vercel.app`)
//! is no employer's name; the rest of a wrapped profile link on the line
//! above it, as right-to-left pages extract it ("-al-ashtal/" above
//! "linkedin.com/in/abdullah"); a path whose owner holds a part of the
//! candidate's name ("janedoe42/api-server", a Docker image or a repository).

use super::tables::{COMPANY_LABELS, HANDLE_LABELS, PROFILE_HOSTS, SITE_HOSTS, TECH_DOMAINS, TLDS};
use super::{PiiKind, Span, tokens, trim_token};

pub(super) fn urls(text: &str) -> Vec<Span> {
    let toks = tokens(text);
    let mut out = Vec::new();
    for (index, &tok) in toks.iter().enumerate() {
        let (start, end) = trim_token(text, tok);
        if start >= end {
            continue;
        }
        let start = start + glued_scheme(&text[start..end]);
        let word = &text[start..end];
        let lower = word.to_ascii_lowercase();
        let is_url = lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || PROFILE_HOSTS.iter().any(|host| lower.contains(host))
            || is_bare_domain(word);
        let is_handle = (word.starts_with('@')
            && tok.0 == start
            && is_handle_name(&word[1..])
            && !(index > 0 && is_at_after_word(text, toks[index - 1])))
            || (index > 0
                && is_handle_label(text, toks[index - 1])
                && is_handle_name(word.trim_start_matches('@')))
            // "LinkedIn : in/jdoe": the colon apart from its label.
            || (index > 1
                && &text[toks[index - 1].0..toks[index - 1].1] == ":"
                && HANDLE_LABELS.contains(&text[toks[index - 2].0..toks[index - 2].1].to_ascii_lowercase().as_str())
                && is_handle_name(word.trim_start_matches('@')))
            // "jdoe (GitHub)": the site named after the handle.
            || (toks.get(index + 1).is_some_and(|&next| {
                let site = &text[next.0..next.1];
                site.strip_prefix('(').and_then(|s| s.strip_suffix(')')).is_some_and(|site| {
                    HANDLE_LABELS.contains(&site.to_ascii_lowercase().as_str())
                })
            }) && is_handle_name(word.trim_start_matches('@'))
                && alone_with_site(text, tok.0, toks[index + 1].1))
            // "/in/jdoe": a LinkedIn profile's path under its icon.
            || word.strip_prefix("/in/").is_some_and(is_handle_name);
        let is_handle = is_handle
            || glued_label_handle(word)
            || below_site_name(text, start, end)
            || site_path_handle(word)
            || (index > 0 && line_of_label_and_handle(text, toks[index - 1], (start, end)));
        // "platzi.com/@jdoe": a profile at a site's path, not an email.
        let at_path = word.contains("/@");
        if (is_url && (!word.contains('@') || at_path)) || is_handle || is_orcid(word) {
            // "github:jdoe/toolbox": the site's name stays, as a label would.
            let start =
                if glued_label_handle(word) { start + word.find(':').map_or(0, |i| i + 1) } else { start };
            let end = if is_url { continued(text, start, end) } else { end };
            if is_url && let Some(piece) = piece_above(text, start) {
                out.push(piece);
            }
            out.push(Span { start, end, kind: PiiKind::Url });
        }
    }
    out
}

/// Paths "owner/project" whose owner holds a part of the candidate's name,
/// four letters or more: a Docker image or a repository named by its
/// account ("janedoe42/api-server"), however the CV introduces it; not two
/// words with a slash ("marketing/sales" for Mark).
pub(super) fn owner_paths(text: &str, name: &str) -> Vec<Span> {
    let parts: Vec<String> = name
        .split_whitespace()
        .map(|part| part.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect::<String>())
        .filter(|part| part.len() >= 4)
        .collect();
    let mut out = Vec::new();
    if parts.is_empty() {
        return out;
    }
    for tok in tokens(text) {
        let (start, end) = trim_token(text, tok);
        let word = &text[start..end];
        let Some((owner, project)) = word.split_once('/') else { continue };
        let owner_ok = (4..=39).contains(&owner.len())
            && owner.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_".contains(&b));
        let project_ok = (2..=60).contains(&project.len())
            && project.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            && project.bytes().any(|b| b.is_ascii_alphabetic());
        // "marketing/sales" for Mark, "billing/invoicing" for Bill: two
        // words; an account or an image is marked by a digit, a dash, a
        // point or an underscore, or is the name itself ("janedoe/cv").
        let marked = |part: &str| part.bytes().any(|b| b.is_ascii_digit() || b"-_.".contains(&b));
        let only_names = {
            let mut rest = owner.to_owned();
            for part in name.split_whitespace().map(str::to_lowercase) {
                rest = rest.replace(&part, "");
            }
            rest.is_empty()
        };
        if owner_ok
            && project_ok
            && parts.iter().any(|part| owner.contains(part.as_str()))
            && (marked(owner) || marked(project) || only_names)
        {
            out.push(Span { start, end, kind: PiiKind::Url });
        }
    }
    out
}

/// The rest of a profile's link on the line above it, where a
/// right-to-left page's extraction puts a wrapped link's second line before
/// its first: "-al-ashtal/" above "linkedin.com/in/abdullah". A lone piece
/// of a path that starts with a hyphen or an underscore, under a link to a
/// profile that does not end with a slash.
fn piece_above(text: &str, start: usize) -> Option<Span> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let link = text[line_start..line_end].trim();
    let lower = link.to_ascii_lowercase();
    if !text[line_start..start].trim().is_empty()
        || link.ends_with('/')
        || !PROFILE_HOSTS.iter().any(|host| lower.contains(host))
        || !link.contains('/')
    {
        return None;
    }
    let above_end = line_start.checked_sub(1)?;
    let above_start = text[..above_end].rfind('\n').map_or(0, |i| i + 1);
    let above = &text[above_start..above_end];
    let piece = above.trim();
    let ok = piece.starts_with(['-', '_'])
        && (3..=40).contains(&piece.len())
        && piece.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_/".contains(&b))
        && piece.bytes().any(|b| b.is_ascii_alphabetic());
    let from = above_start + above.find(piece)?;
    ok.then_some(Span { start: from, end: from + piece.len(), kind: PiiKind::Url })
}

/// A URL the layout broke at its line's end goes on over the next line when
/// that line is one piece of a path: "indeed.com/r/Jane-Doe/" + "a76c9c40",
/// "linkedin.com/in/martinq" + "uispe/", or the rest of a profile's
/// handle: "github.com/janedoe" + "xyz"; a path in any script; a host
/// broken inside its top-level domain: "www.facebook.co" + "m/jane.doe", or
/// after its dot: "https://github." + "com/jdoe/x"; the last letters of a
/// path alone on a line that ends a block: "trailblazer.me/id/jdo" + "e".
fn continued(text: &str, start: usize, end: usize) -> usize {
    // The host broken after its dot, the dot left on the line: "https://github." + "com/jdoe/x".
    if let Some(next) = text[end..].strip_prefix(".\n") {
        let piece = next.split('\n').next().unwrap_or_default().trim_end_matches(['.', ',', ';', ')']);
        let url = &text[start..end];
        let host_only = !url.trim_start_matches("https://").trim_start_matches("http://").contains('/');
        let tld_first = piece.split_once('/').is_some_and(|(tld, _)| TLDS.contains(&tld));
        if host_only && tld_first && !piece.contains(char::is_whitespace) {
            return end + 2 + piece.len();
        }
    }
    let Some(next) = text[end..].strip_prefix('\n') else { return end };
    let line = next.split('\n').next().unwrap_or_default();
    let piece = line.trim_end_matches(['.', ',', ';', ')']);
    // A path may hold letters of any script: "in/nur-mina-özekes-0b72/".
    let is_path = !piece.is_empty()
        && piece.chars().all(|c| c.is_alphanumeric() || "-_/?=&%#.".contains(c))
        && piece.chars().any(|c| c.is_ascii_digit() || c == '/');
    let url = &text[start..end];
    let has_path = url.trim_start_matches("https://").trim_start_matches("http://").contains('/');
    // The host broken inside its last label: "https://www.facebook.co" + "m/jane.doe".
    let broken_host = !has_path
        && is_path
        && url.contains('.')
        && piece.split_once('/').is_some_and(|(rest, _)| {
            (1..=3).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_lowercase())
        })
        && url.rsplit('.').next().is_some_and(|label| {
            let tld = format!("{label}{}", piece.split('/').next().unwrap_or_default());
            TLDS.contains(&tld.as_str())
        });
    if broken_host {
        return end + 1 + piece.len();
    }
    // A profile's handle broken onto a line of its own: "github.com/janedoe" + "xyz".
    let handle_rest = PROFILE_HOSTS.iter().any(|host| url.to_ascii_lowercase().contains(host))
        && !url.ends_with('/')
        && !piece.is_empty()
        && piece.len() <= 24
        && piece.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_".contains(&b))
        && piece.bytes().any(|b| b.is_ascii_lowercase());
    let broken_path = is_path && (url.ends_with(['/', '-']) || piece.ends_with('/'));
    // The last letter or two of a path, alone on a line that ends a block:
    // "trailblazer.me/id/jdo" + "e"; a page's number there stays.
    let after = &next[line.len()..];
    let stub = !url.ends_with('/')
        && piece == line
        && (1..=2).contains(&piece.len())
        && piece.bytes().all(|b| b.is_ascii_lowercase())
        && (after.is_empty() || after.starts_with("\n\n") || after == "\n");
    if has_path && (broken_path || handle_rest || stub) { end + 1 + piece.len() } else { end }
}

/// Where a link's scheme starts in a word that writes it glued to what
/// precedes it in a script without spaces or after a full-width colon
/// ("拓展https://…", "地址：https://…"); 0 when it starts the word or
/// follows a Latin letter or a digit (part of something else).
fn glued_scheme(word: &str) -> usize {
    let lower = word.to_ascii_lowercase();
    let Some(at) = lower.find("https://").or_else(|| lower.find("http://")) else { return 0 };
    let before = word[..at].chars().next_back();
    match before {
        Some(c) if !c.is_ascii() => at,
        _ => 0,
    }
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
    // "jane.com.np", "jane.co.ke": a generic second level under a country's code.
    let national = labels.len() >= 3
        && tld.len() == 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && ["co", "com", "net", "org"].contains(&labels[labels.len() - 2]);
    (TLDS.contains(&tld) || national)
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

/// A site's name glued to its handle: "github:jdoe/toolbox".
fn glued_label_handle(word: &str) -> bool {
    word.split_once(':').is_some_and(|(label, handle)| {
        HANDLE_LABELS.contains(&label.to_ascii_lowercase().as_str()) && is_handle_name(handle)
    })
}

/// A site's name without its domain, then the handle: "github/jdoe",
/// "gitlab/jdoe/tools", as a CV shortens a link.
fn site_path_handle(word: &str) -> bool {
    word.split_once('/').is_some_and(|(site, handle)| {
        let site = site.to_ascii_lowercase();
        let known = HANDLE_LABELS.contains(&site.as_str())
            || PROFILE_HOSTS.iter().any(|host| host.split('.').next() == Some(site.as_str()));
        // "X/JRebel" names two products: a site's name of one letter is none.
        known && site.len() >= 4 && site != "url" && is_handle_name(handle) && !handle.starts_with('/')
    })
}

/// A line that is only a site's name and a handle, with no colon between
/// them: "Skype jdoe84". The handle holds a digit, an underscore or a dot,
/// as a word of prose ("Medium articles") does not.
fn line_of_label_and_handle(text: &str, label: (usize, usize), (start, end): (usize, usize)) -> bool {
    let word = &text[start..end];
    starts_line(text, label.0)
        && ends_line(text, end)
        && text[label.1..start].trim().is_empty()
        && HANDLE_LABELS.contains(&text[label.0..label.1].to_ascii_lowercase().as_str())
        && is_handle_name(word)
        && !word.contains('/')
        && word.bytes().any(|b| b.is_ascii_digit() || b == b'_' || b == b'.')
}

/// A handle alone on its line under a line that is only a site's name, as a
/// sidebar lists them: "LinkedIn" / "in/josé-pérez-123"; it may hold letters
/// of any script.
fn below_site_name(text: &str, start: usize, end: usize) -> bool {
    // Alone on its line, read from the word outwards (not the whole line, for each word of a long one).
    let line_start = text[..start].trim_end_matches([' ', '\t', '\r']).len();
    if !starts_line(text, start) || !ends_line(text, end) || line_start == 0 {
        return false;
    }
    let above_start = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
    let above = text[above_start..line_start - 1].trim().to_lowercase();
    let handle = &text[start..end];
    HANDLE_LABELS.contains(&above.as_str())
        && (2..=60).contains(&handle.chars().count())
        && handle.chars().all(|c| c.is_alphanumeric() || "_.-/".contains(c))
        && handle.chars().any(char::is_alphabetic)
        // A heading under an icon's name ("COMPETENCIAS", "Skills") is none.
        && (handle.chars().any(|c| c.is_ascii_digit() || "_.-/".contains(c)) || !handle.chars().any(char::is_uppercase))
}

/// Whether `start..end` (a handle and its site in brackets) is its line.
fn alone_with_site(text: &str, start: usize, end: usize) -> bool {
    starts_line(text, start) && ends_line(text, end)
}

/// Whether only blanks stand between the line's start (or the text's) and `at`.
fn starts_line(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t', '\r']);
    head.is_empty() || head.ends_with('\n')
}

/// Whether only blanks stand between `at` and the line's end (or the text's).
fn ends_line(text: &str, at: usize) -> bool {
    let tail = text[at..].trim_start_matches([' ', '\t', '\r']);
    tail.is_empty() || tail.starts_with('\n')
}

fn is_handle_name(name: &str) -> bool {
    (2..=40).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"_.-/".contains(&b))
        && name.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Whether the token before an `@word` is a capitalised word on its line, a
/// role, so the `@` reads "at": "Developer Intern @Metaworks", "Mentor
/// @vovoca" name an employer, not a profile. A label ("Twitter:"), a
/// separator, an icon or a word of prose ("ping me @jane") is no role.
fn is_at_after_word(text: &str, tok: (usize, usize)) -> bool {
    let word = &text[tok.0..tok.1];
    let same_line = !text[tok.1..].split('@').next().unwrap_or_default().contains('\n');
    same_line
        && word.chars().count() >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == ')')
        && !HANDLE_LABELS.contains(&word.to_ascii_lowercase().as_str())
}

/// Whether a token is a label such as "GitHub:" that a handle follows.
fn is_handle_label(text: &str, tok: (usize, usize)) -> bool {
    let word = &text[tok.0..tok.1];
    let Some(label) = word.strip_suffix(':') else { return false };
    HANDLE_LABELS.contains(&label.to_ascii_lowercase().as_str())
}

/// A bare domain written as an organisation's name, capitalised and with no
/// scheme, `www.` or path, that holds no word of the candidate's name nor
/// follows a label: "Paixus.com Co-founder", "Credilike.me Developer" name
/// an employer; "JaneDoe.dev" and "Web: Janedoe.io" are the candidate's.
pub(super) fn is_organisation_domain(text: &str, start: usize, end: usize, name: &str) -> bool {
    let word = &text[start..end];
    let lower = word.to_lowercase();
    let label_before = text[..start].trim_end().ends_with(':');
    let folded_host: String =
        lower.split('.').next().unwrap_or_default().chars().filter(|c| c.is_alphanumeric()).collect();
    let holds_name = name
        .split_whitespace()
        .map(|part| part.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .any(|part| part.chars().count() >= 3 && folded_host.contains(&part));
    // (The search of the whole text for the host's word last, for what passes all else.)
    !word.contains(['/', '@', ':'])
        && !lower.starts_with("www.")
        && !PROFILE_HOSTS.iter().any(|host| lower.contains(host))
        // "Myportfolio-blue-orbit.vercel.app": a site a person hosts, no employer's name.
        && !SITE_HOSTS.iter().any(|host| lower.ends_with(&format!(".{host}")))
        && is_bare_domain(word)
        && !holds_name
        && (after_company_label(text, start)
            || (!label_before
                && (word.chars().next().is_some_and(char::is_uppercase)
                    || named_in_prose(text, start, end, &folded_host))))
}

/// Whether the line before `at` is an employer's field: a company label, its
/// colon and the company's name ("Компания: Яндекс yandex.ru").
fn after_company_label(text: &str, at: usize) -> bool {
    let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    let Some((label, name)) = line.split_once([':', '：']) else { return false };
    COMPANY_LABELS.contains(&label.trim().to_lowercase().as_str()) && !name.trim().is_empty()
}

/// Whether the domain's first label stands elsewhere in the text as a word
/// with a capital, as a company's name does ("Aclipt (aclipt.com)",
/// "nBold.co" and "nBold Analytics").
fn named_in_prose(text: &str, start: usize, end: usize, host: &str) -> bool {
    // "covid.kferro.com": a subdomain's first label names a project, not the owner.
    let labels = text[start..end].trim_end_matches('/').split('.').count();
    if host.chars().count() < 3 || labels != 2 {
        return false;
    }
    let mut at = 0;
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let from = at;
        at += word.len() + text[from + word.len()..].chars().next().map_or(0, char::len_utf8);
        let outside = from + word.len() <= start || end <= from;
        // Not inside another link or address: a word with a dot, a slash or an @ right before it.
        let in_link = text[..from].ends_with(['.', '/', '@']);
        outside && !in_link && word.to_lowercase() == host && word.chars().any(char::is_uppercase)
    })
}
