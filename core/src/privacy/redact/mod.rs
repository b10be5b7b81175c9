//! Redaction: personal data in a resume's text replaced by stable placeholders.
//!
//! Hand-written scanners, no regex engine (the page's wasm stays small). Each
//! finds spans of one kind; a span never overlaps an earlier one, in this
//! order: emails, URLs and profile handles, dates of birth, phones, street
//! addresses, the candidate's name.
//!
//! - **email**: `local@domain.tld`.
//! - **url**: `http(s)://…`, `www.…`, known profile hosts (`linkedin.com/in/…`,
//!   `github.com/…`), bare domains with a common TLD written in lower case
//!   (`jane.dev`, not `ASP.NET`, not `socket.io`), `@handle`, `GitHub: handle`.
//! - **date of birth**: only after a label ("Date of birth", "DOB", "Born");
//!   unlabelled dates are dates of employment and stay.
//! - **phone**: 9 to 15 digits in groups (7 with a `+` or a "Phone"/"Tel"/"Mobile"
//!   label before it); runs that are years ("2018 2020"), dates (`2020-01-15`),
//!   IP addresses or versions are not phones.
//! - **address**: a house number next to a street word ("221B Baker Street",
//!   "Hauptstraße 12", "12 rue de la Paix", "Calle Mayor 5"), extended over the
//!   comma-separated city, state and postcode after it; or an "Address:" line.
//! - **name**: the "Name:" line, or the first of the resume's first three
//!   lines that is two to four capitalised words, not a heading or a job
//!   title; every later
//!   mention of the full name or of one of its parts (three letters or more).
//!
//! Placeholders: `[EMAIL-1]`, `[PHONE-1]`, `[URL-1]`, `[ADDRESS-1]`, `[DOB-1]`,
//! numbered per kind in order of first appearance, the same original always
//! getting the same number; the name is always `[NAME]`.

use serde::{Deserialize, Serialize};

/// What kind of personal data a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    Email,
    Phone,
    Url,
    Address,
    DateOfBirth,
    Name,
}

impl PiiKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [Self; 6] =
        [Self::Email, Self::Phone, Self::Url, Self::Address, Self::DateOfBirth, Self::Name];

    /// The placeholder's tag: `EMAIL` in `[EMAIL-1]`.
    pub const fn tag(self) -> &'static str {
        match self {
            Self::Email => "EMAIL",
            Self::Phone => "PHONE",
            Self::Url => "URL",
            Self::Address => "ADDRESS",
            Self::DateOfBirth => "DOB",
            Self::Name => "NAME",
        }
    }

    /// The wire name, as serde writes it.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Url => "url",
            Self::Address => "address",
            Self::DateOfBirth => "date_of_birth",
            Self::Name => "name",
        }
    }
}

/// How many spans of each kind were replaced (occurrences, not distinct values).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PiiCounts {
    pub email: usize,
    pub phone: usize,
    pub url: usize,
    pub address: usize,
    pub date_of_birth: usize,
    pub name: usize,
}

impl PiiCounts {
    /// The count of one kind.
    pub const fn get(&self, kind: PiiKind) -> usize {
        match kind {
            PiiKind::Email => self.email,
            PiiKind::Phone => self.phone,
            PiiKind::Url => self.url,
            PiiKind::Address => self.address,
            PiiKind::DateOfBirth => self.date_of_birth,
            PiiKind::Name => self.name,
        }
    }

    fn add(&mut self, kind: PiiKind) {
        match kind {
            PiiKind::Email => self.email += 1,
            PiiKind::Phone => self.phone += 1,
            PiiKind::Url => self.url += 1,
            PiiKind::Address => self.address += 1,
            PiiKind::DateOfBirth => self.date_of_birth += 1,
            PiiKind::Name => self.name += 1,
        }
    }

    /// All kinds together.
    pub const fn total(&self) -> usize {
        self.email + self.phone + self.url + self.address + self.date_of_birth + self.name
    }
}

/// One placeholder and the original it stands for. The mapping stays in the tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedactionEntry {
    pub placeholder: String,
    pub original: String,
    pub kind: PiiKind,
}

/// A redacted text and how to read it back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// The text with every span replaced by its placeholder.
    pub text: String,
    /// One entry a distinct original, in order of first appearance.
    pub entries: Vec<RedactionEntry>,
    pub counts: PiiCounts,
}

impl Redaction {
    /// Puts the originals back into a text that quotes placeholders (an
    /// analysis's evidence), for display in the tab.
    pub fn restore(&self, text: &str) -> String {
        let mut out = text.to_owned();
        // Longest placeholders first: [EMAIL-10] before [EMAIL-1].
        let mut entries: Vec<&RedactionEntry> = self.entries.iter().collect();
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.placeholder.len()));
        for entry in entries {
            out = out.replace(&entry.placeholder, &entry.original);
        }
        out
    }
}

/// A found span: byte range and kind.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    kind: PiiKind,
}

/// Redacts a text. See the module documentation for the rules.
pub fn redact(text: &str) -> Redaction {
    let mut spans: Vec<Span> = Vec::new();
    let add = |found: Vec<Span>, spans: &mut Vec<Span>| {
        for span in found {
            if span.start < span.end && !spans.iter().any(|s| span.start < s.end && s.start < span.end) {
                spans.push(span);
            }
        }
    };
    add(emails(text), &mut spans);
    add(spelled_out_emails(text), &mut spans);
    add(urls(text), &mut spans);
    add(dates_of_birth(text), &mut spans);
    add(phones(text), &mut spans);
    add(addresses(text), &mut spans);
    let name = candidate_name(text);
    if let Some(name) = &name {
        add(name_mentions(text, name), &mut spans);
    }
    spans.sort_by_key(|span| span.start);

    let mut out = String::with_capacity(text.len());
    let mut entries: Vec<RedactionEntry> = Vec::new();
    let mut counts = PiiCounts::default();
    let mut last = 0;
    for span in spans {
        out.push_str(&text[last..span.start]);
        let original = if span.kind == PiiKind::Name {
            name.clone().unwrap_or_default()
        } else {
            text[span.start..span.end].to_owned()
        };
        let placeholder = match entries.iter().find(|e| e.kind == span.kind && e.original == original) {
            Some(entry) => entry.placeholder.clone(),
            None => {
                let placeholder = if span.kind == PiiKind::Name {
                    "[NAME]".to_owned()
                } else {
                    let n = entries.iter().filter(|e| e.kind == span.kind).count() + 1;
                    format!("[{}-{n}]", span.kind.tag())
                };
                entries.push(RedactionEntry { placeholder: placeholder.clone(), original, kind: span.kind });
                placeholder
            }
        };
        out.push_str(&placeholder);
        counts.add(span.kind);
        last = span.end;
    }
    out.push_str(&text[last..]);
    Redaction { text: out, entries, counts }
}

// ---------------------------------------------------------------- helpers

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Whether `start..end` is a whole word: no letter or digit touches it.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    !prev_char(text, start).is_some_and(char::is_alphanumeric)
        && !next_char(text, end).is_some_and(char::is_alphanumeric)
}

/// Whitespace-separated tokens with their byte ranges.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A token's range without the punctuation that wraps it in prose.
fn trim_token(text: &str, (mut start, mut end): (usize, usize)) -> (usize, usize) {
    const OPEN: &[u8] = b"([<{\"'";
    const CLOSE: &[u8] = b".,;:!?)]>}\"'";
    let bytes = text.as_bytes();
    while start < end && OPEN.contains(&bytes[start]) {
        start += 1;
    }
    while end > start && CLOSE.contains(&bytes[end - 1]) {
        end -= 1;
    }
    (start, end)
}

// ---------------------------------------------------------------- email

fn emails(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let is_local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let is_domain = |b: u8| b.is_ascii_alphanumeric() || b".-".contains(&b);
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        let mut start = at;
        while start > 0 && is_local(bytes[start - 1]) {
            start -= 1;
        }
        while start < at && bytes[start] == b'.' {
            start += 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && is_domain(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && b".-".contains(&bytes[end - 1]) {
            end -= 1;
        }
        let domain = &text[at + 1..end];
        let tld = domain.rsplit('.').next().unwrap_or_default();
        if start < at
            && domain.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
        {
            out.push(Span { start, end, kind: PiiKind::Email });
        }
    }
    out
}

/// The spellings that stand for "@" and "." in an address written to dodge
/// harvesters: `jane[at]example[dot]com`, `jane (at) example (dot) org`.
/// Only bracketed words count: a plain " at " is English.
const SPELLED_AT: &[&str] = &["[at]", "(at)", "{at}"];
const SPELLED_DOT: &[&str] = &["[dot]", "(dot)", "{dot}", "."];

fn spelled_out_emails(text: &str) -> Vec<Span> {
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b"_%+-".contains(&b);
    // The length of a spelled separator at `at`, spaces around it included.
    let separator = |at: usize, spellings: &[&str]| -> Option<usize> {
        let rest = &lower[at..];
        let trimmed = rest.trim_start_matches(' ');
        let spaces = rest.len() - trimmed.len();
        let found = spellings.iter().find(|s| trimmed.starts_with(**s))?;
        let after = &trimmed[found.len()..];
        Some(spaces + found.len() + (after.len() - after.trim_start_matches(' ').len()))
    };
    let mut out = Vec::new();
    for spelled in SPELLED_AT {
        for (at, _) in lower.match_indices(spelled) {
            // The local part: word characters and dots, right before (spaces allowed).
            let mut start = lower[..at].trim_end_matches(' ').len();
            let local_end = start;
            while start > 0 && (is_word(bytes[start - 1]) || bytes[start - 1] == b'.') {
                start -= 1;
            }
            if start == local_end {
                continue;
            }
            // The domain: labels joined by spelled or plain dots.
            let mut end = at + spelled.len();
            end += lower[end..].len() - lower[end..].trim_start_matches(' ').len();
            let mut labels = Vec::new();
            loop {
                let label_start = end;
                while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'-') {
                    end += 1;
                }
                if end == label_start {
                    break;
                }
                labels.push(&text[label_start..end]);
                match separator(end, SPELLED_DOT) {
                    Some(len) if lower[end + len..].starts_with(|c: char| c.is_ascii_alphanumeric()) => {
                        end += len;
                    }
                    _ => break,
                }
            }
            let tld = labels.last().copied().unwrap_or_default();
            // A known top-level domain or a country's two letters: words
            // joined by "dot" are rarely an address otherwise.
            let tld = tld.to_ascii_lowercase();
            let tld_like = TLDS.contains(&tld.as_str())
                || (tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
            if labels.len() >= 2 && tld_like {
                out.push(Span { start, end, kind: PiiKind::Email });
            }
        }
    }
    out
}

// ---------------------------------------------------------------- url

const PROFILE_HOSTS: &[&str] = &[
    "linkedin.com",
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "twitter.com",
    "x.com/",
    "stackoverflow.com",
    "medium.com",
    "behance.net",
    "dribbble.com",
    "kaggle.com",
    "leetcode.com",
    "instagram.com",
    "facebook.com",
    "t.me/",
    "github.io",
];

/// Top-level domains a bare domain may end in. Kept short on purpose: `.js`,
/// `.py` and `.NET` are technologies, not websites.
const TLDS: &[&str] = &[
    "com", "org", "net", "io", "dev", "me", "co", "ai", "app", "info", "xyz", "tech", "site", "page", "blog",
    "uk", "de", "fr", "nl", "es", "pt", "ca", "au", "eu", "ch", "se", "pl", "br", "ru", "vn", "cn", "jp",
];

/// Technologies spelled like domains.
const TECH_DOMAINS: &[&str] = &["asp.net", "ado.net", "vb.net", "socket.io", "vue.js", "node.js", "chart.js"];

const HANDLE_LABELS: &[&str] = &[
    "linkedin",
    "github",
    "gitlab",
    "twitter",
    "telegram",
    "skype",
    "instagram",
    "kaggle",
    "leetcode",
    "stackoverflow",
    "medium",
    "behance",
    "dribbble",
    "mastodon",
];

fn urls(text: &str) -> Vec<Span> {
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
        if (is_url && !word.contains('@')) || is_handle {
            out.push(Span { start, end, kind: PiiKind::Url });
        }
    }
    out
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

// ---------------------------------------------------------------- date of birth

const DOB_LABELS: &[&str] = &[
    "date of birth",
    "birth date",
    "birthdate",
    "birthday",
    "d.o.b",
    "dob",
    "born",
    "geburtsdatum",
    "fecha de nacimiento",
    "date de naissance",
    "data de nascimento",
];

fn dates_of_birth(text: &str) -> Vec<Span> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for label in DOB_LABELS {
        for (at, _) in lower.match_indices(label) {
            let label_end = at + label.len();
            if prev_char(text, at).is_some_and(char::is_alphanumeric)
                || next_char(text, label_end).is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let line_end =
                text[label_end..].find(['\n', '|', ';', '•']).map_or(text.len(), |i| label_end + i);
            let mut cap = (label_end + 48).min(line_end);
            while !text.is_char_boundary(cap) {
                cap -= 1;
            }
            if let Some(date_end) = date_end(&text[label_end..cap]) {
                out.push(Span { start: at, end: label_end + date_end, kind: PiiKind::DateOfBirth });
            }
        }
    }
    out
}

/// The end of the first date in `value`: after its year (`1990`), or after a
/// numeric date (`12/03/90`). `None` when no date comes first.
fn date_end(value: &str) -> Option<usize> {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || b"/.-".contains(&bytes[j])) {
                j += 1;
            }
            while j > i && !bytes[j - 1].is_ascii_digit() {
                j -= 1;
            }
            let run = &value[i..j];
            let digits = run.bytes().filter(u8::is_ascii_digit).count();
            let is_year = run.len() == 4 && (run.starts_with("19") || run.starts_with("20"));
            if is_year || (digits >= 4 && run.bytes().any(|b| b"/.-".contains(&b))) {
                return Some(j);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

// ---------------------------------------------------------------- phone

const PHONE_LABELS: &[&str] =
    &["phone", "tel", "mobile", "cell", "ph.", "ph:", "mob", "whatsapp", "fax", "call"];

fn phones(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let is_part = |b: u8| b.is_ascii_digit() || b" -.()".contains(&b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b == b'+' || b == b'(' || b.is_ascii_digit())
            && !prev_char(text, i).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || c == ',');
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bytes.len() && is_part(bytes[end]) {
            end += 1;
        }
        while end > i && !bytes[end - 1].is_ascii_digit() {
            end -= 1;
        }
        if end > i && is_phone(text, i, end) {
            out.push(Span { start: i, end, kind: PiiKind::Phone });
            i = end;
        } else {
            // Try again from the next group.
            i = (i + 1..bytes.len()).find(|&k| !bytes[k].is_ascii_digit()).unwrap_or(bytes.len());
        }
    }
    out
}

fn is_phone(text: &str, start: usize, end: usize) -> bool {
    if next_char(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '%') {
        return false;
    }
    let run = &text[start..end];
    let groups: Vec<&str> = run.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    let has_plus = run.starts_with('+');
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_ascii_lowercase();
    let labelled = PHONE_LABELS.iter().any(|label| before.contains(label));
    let separators: Vec<char> = run.chars().filter(|c| !c.is_ascii_digit() && *c != ' ').collect();
    let is_year = |g: &&str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    if groups.iter().all(is_year) {
        return false; // 2018 2020, 2018-2020
    }
    if groups.len() == 3 && (is_year(&groups[0]) || is_year(&groups[2])) && digits == 8 {
        return false; // 2020-01-15, 15.01.2020
    }
    let dots_only = !separators.is_empty() && separators.iter().all(|c| *c == '.');
    if dots_only && groups.iter().any(|g| g.len() < 2) {
        return false; // versions, IP addresses
    }
    if dots_only && groups.len() == 4 && groups.iter().all(|g| g.len() <= 3) {
        return false;
    }
    if has_plus || labelled {
        return (7..=15).contains(&digits);
    }
    if groups.len() == 1 {
        return (10..=13).contains(&digits);
    }
    (9..=15).contains(&digits)
}

// ---------------------------------------------------------------- address

/// Street words that follow the street's name: "Baker Street".
const STREET_SUFFIXES: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "dr",
    "court",
    "ct",
    "way",
    "place",
    "pl",
    "terrace",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "circle",
    "cir",
    "square",
    "sq",
    "crescent",
    "close",
    "grove",
    "gardens",
    "row",
    "walk",
    "mews",
];

/// Street words that come first: "rue de la Paix", "Calle Mayor".
const STREET_PREFIXES: &[&str] = &[
    "rue",
    "avenue",
    "av",
    "avenida",
    "avda",
    "boulevard",
    "bd",
    "calle",
    "rua",
    "via",
    "viale",
    "corso",
    "piazza",
    "plaza",
    "praça",
    "largo",
    "chemin",
    "allée",
    "place",
    "ulica",
    "ul",
    "travessa",
    "carrer",
];

/// Endings of one-word street names: "Hauptstraße 12", "Kerkstraat 5".
const STREET_ENDINGS: &[&str] = &[
    "straße", "strasse", "str.", "weg", "gasse", "laan", "straat", "plein", "gatan", "vej", "vägen", "allee",
    "platz",
];

/// Words that put a flat or suite after the street: "Apt 5B".
const UNIT_WORDS: &[&str] = &["apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl"];

const DIRECTIONS: &[&str] = &["n", "s", "e", "w", "ne", "nw", "se", "sw"];

const ADDRESS_LABELS: &[&str] =
    &["address", "home address", "postal address", "adresse", "dirección", "endereço"];

fn addresses(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut seg_start = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        if matches!(c, '\n' | '|' | '•' | '·' | ';' | '\t') {
            address_in_segment(text, seg_start, i, &mut out);
            seg_start = i + c.len_utf8();
        }
    }
    out
}

fn bare(word: &str) -> String {
    word.trim_end_matches([',', '.']).to_lowercase()
}

fn is_house_number(word: &str) -> bool {
    let w = word.trim_end_matches(',');
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=5).contains(&digits)
        && w.len() - digits <= 1
        && w[digits..].bytes().all(|b| b.is_ascii_alphabetic())
        && !(digits == 4 && (w.starts_with("19") || w.starts_with("20")) && w.len() == 4)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn address_in_segment(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let segment = &text[start..end];
    let trimmed = segment.trim_start();
    let lead = start + (segment.len() - trimmed.len());
    let lower = trimmed.to_lowercase();
    for label in ADDRESS_LABELS {
        if lower.starts_with(label) && trimmed.len() == lower.len() {
            let Some(rest) = trimmed.get(label.len()..) else { continue };
            if let Some(value) = rest.strip_prefix(':').or_else(|| rest.strip_prefix(" :")) {
                let value_trim = value.trim();
                if value_trim.chars().any(|c| c.is_ascii_digit()) || value_trim.contains(',') {
                    let value_start = lead
                        + label.len()
                        + (rest.len() - value.len())
                        + (value.len() - value.trim_start().len());
                    out.push(Span {
                        start: value_start,
                        end: value_start + value_trim.len(),
                        kind: PiiKind::Address,
                    });
                    return;
                }
            }
        }
    }
    let toks: Vec<(usize, usize)> =
        tokens(segment).into_iter().map(|(s, e)| (start + s, start + e)).collect();
    let word = |k: usize| &text[toks[k].0..toks[k].1];
    let mut k = 0;
    while k < toks.len() {
        let mut found: Option<(usize, usize)> = None; // token range (first, last)
        if is_house_number(word(k)) && !word(k).ends_with(',') {
            // "221B Baker Street", "12 rue de la Paix".
            if k + 1 < toks.len() && STREET_PREFIXES.contains(&bare(word(k + 1)).as_str()) {
                let last = (k + 2..toks.len().min(k + 7))
                    .take_while(|&m| !word(m - 1).ends_with(','))
                    .last()
                    .unwrap_or(k + 1);
                if last > k + 1 {
                    found = Some((k, last));
                }
            }
            if found.is_none() {
                for m in k + 2..toks.len().min(k + 6) {
                    let names_ok = (k + 1..m).all(|n| is_capitalised(word(n)) && !word(n).ends_with(','));
                    if !names_ok {
                        break;
                    }
                    // The last street word wins: "Elm Grove Boulevard".
                    if is_capitalised(word(m)) && STREET_SUFFIXES.contains(&bare(word(m)).as_str()) {
                        found = Some((k, m));
                    }
                }
            }
        } else if is_capitalised(word(k)) {
            let lower = bare(word(k));
            let ending = STREET_ENDINGS.iter().any(|e| lower.len() > e.len() + 2 && lower.ends_with(e));
            if ending && k + 1 < toks.len() && is_house_number(word(k + 1)) {
                found = Some((k, k + 1));
            } else if STREET_PREFIXES.contains(&lower.as_str()) && !word(k).ends_with(',') {
                // "Calle Mayor 5", "Rua das Flores 25".
                for m in k + 2..toks.len().min(k + 7) {
                    if word(m - 1).ends_with(',') {
                        break;
                    }
                    if is_house_number(word(m)) {
                        found = Some((k, m));
                        break;
                    }
                }
            }
        }
        let Some((first, mut last)) = found else {
            k += 1;
            continue;
        };
        if last + 1 < toks.len() && DIRECTIONS.contains(&bare(word(last + 1)).as_str()) {
            last += 1;
        }
        // "Apt 5B", "Suite 100", "#12" right after the street.
        if last + 1 < toks.len() && !word(last).ends_with(',') {
            let unit = bare(word(last + 1));
            if unit.starts_with('#') && unit.len() > 1 {
                last += 1;
            } else if UNIT_WORDS.contains(&unit.as_str()) && last + 2 < toks.len() {
                last += 2;
            }
        }
        let span_start = toks[first].0;
        let mut span_end = toks[last].0 + word(last).trim_end_matches(',').len();
        // The city, state and postcode after a comma.
        let mut rest = &text[span_end..end];
        let mut parts = 0;
        while parts < 4 {
            let Some(after) = rest.strip_prefix(',') else { break };
            let part_len = after.find(',').unwrap_or(after.len());
            let part = after[..part_len].trim();
            if part.is_empty()
                || part.len() > 40
                || part.split_whitespace().count() > 5
                || !is_capitalised(part)
                || part.contains(':')
            {
                break;
            }
            let lead_ws = after.len() - after.trim_start().len();
            span_end += 1 + lead_ws + part.len();
            rest = &text[span_end..end];
            parts += 1;
        }
        let span_end_trimmed = span_start + text[span_start..span_end].trim_end_matches(',').len();
        out.push(Span { start: span_start, end: span_end_trimmed, kind: PiiKind::Address });
        k = toks.iter().position(|t| t.0 >= span_end).unwrap_or(toks.len());
    }
}

// ---------------------------------------------------------------- name

/// Words that make a first line a heading or a title, not a name.
const NOT_NAME_WORDS: &[&str] = &[
    "resume",
    "résumé",
    "curriculum",
    "vitae",
    "cv",
    "profile",
    "summary",
    "contact",
    "experience",
    "education",
    "skills",
    "engineer",
    "developer",
    "manager",
    "designer",
    "analyst",
    "scientist",
    "senior",
    "junior",
    "software",
    "data",
    "lead",
    "consultant",
    "objective",
    "page",
    "university",
    "college",
    "inc",
    "ltd",
    "llc",
    "street",
    "professional",
    "personal",
    "information",
    "details",
    "the",
    "and",
    "for",
    "of",
    "at",
    "in",
    "with",
    "team",
    "web",
    "full",
    "stack",
    "backend",
    "frontend",
    "project",
    "projects",
    "work",
    "history",
    "about",
    "me",
    "architect",
    "director",
    "officer",
    "intern",
    "student",
    "specialist",
    "administrator",
    "technician",
    "nurse",
    "teacher",
    "accountant",
    "sales",
    "marketing",
    "product",
    "owner",
    "head",
    "chief",
    "principal",
    "staff",
];

const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le", "du",
    "bin", "al", "y",
];

const NAME_LABELS: &[&str] = &["name", "full name", "candidate", "candidate name", "nombre", "nom"];

/// The candidate's name: a "Name:" line, else the first of the first three
/// lines that reads as a name.
fn candidate_name(text: &str) -> Option<String> {
    for line in text.lines() {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        for label in NAME_LABELS {
            if lower.starts_with(label)
                && lower.len() == trimmed.len()
                && let Some(value) =
                    trimmed.get(label.len()..).and_then(|rest| rest.trim_start().strip_prefix(':'))
                && is_name(first_segment(value))
            {
                return Some(first_segment(value).to_owned());
            }
        }
    }
    // The header: the first of the first three lines that reads as a name
    // (a "Curriculum Vitae" or "Resume" heading may come before it).
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(3)
        .map(first_segment)
        .find(|value| is_name(value))
        .map(str::to_owned)
}

/// A line up to its first separator: "Jane Doe | Engineer" → "Jane Doe".
fn first_segment(line: &str) -> &str {
    let cut = [" | ", "|", ",", " – ", " — ", " - ", "  ", "\t", "•", "·"]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
        .unwrap_or(line.len());
    line[..cut].trim()
}

fn is_name(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    // Two to four names, particles ("van der", "de la") not counted.
    let names = words.iter().filter(|w| !NAME_PARTICLES.contains(&w.to_lowercase().as_str())).count();
    if !(2..=4).contains(&names) || words.len() > 7 {
        return false;
    }
    let name_like = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || "-'’".contains(c) || (c == '.' && w.chars().count() == 2))
            && !NOT_NAME_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
    };
    let first_ok = name_like(words[0]);
    let last_ok = name_like(words[words.len() - 1]);
    let middle_ok = words[1..words.len() - 1].iter().all(|w| name_like(w) || NAME_PARTICLES.contains(w));
    first_ok
        && last_ok
        && middle_ok
        && words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() >= 2
}

/// Every mention of the name, whole or in parts (case-insensitive for the
/// whole name, capitalised or upper-case for a part).
fn name_mentions(text: &str, name: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let lower_text = text.to_lowercase();
    let lower_name = name.to_lowercase();
    if lower_text.len() == text.len() {
        for (at, _) in lower_text.match_indices(&lower_name) {
            // Lower-casing may move bytes within the same total ("K" → "k").
            let whole = text.is_char_boundary(at) && text.is_char_boundary(at + name.len());
            if whole && is_whole_word(text, at, at + name.len()) {
                out.push(Span { start: at, end: at + name.len(), kind: PiiKind::Name });
            }
        }
    } else {
        for (at, _) in text.match_indices(name) {
            if is_whole_word(text, at, at + name.len()) {
                out.push(Span { start: at, end: at + name.len(), kind: PiiKind::Name });
            }
        }
    }
    for part in name.split_whitespace() {
        let part = part.trim_end_matches('.');
        if part.chars().count() < 3 || NAME_PARTICLES.contains(&part.to_lowercase().as_str()) {
            continue;
        }
        // Title case restarts after a hyphen or an apostrophe: "Jean-Luc", "O'Connor".
        let mut after_break = true;
        let title: String = part
            .chars()
            .flat_map(|c| {
                let cased: Vec<char> =
                    if after_break { c.to_uppercase().collect() } else { c.to_lowercase().collect() };
                after_break = matches!(c, '-' | '\'' | '’');
                cased
            })
            .collect();
        let mut variants = vec![part.to_owned(), part.to_uppercase(), title];
        variants.sort();
        variants.dedup();
        for variant in variants {
            for (at, _) in text.match_indices(&variant) {
                let end = at + variant.len();
                if is_whole_word(text, at, end) && !out.iter().any(|s| at < s.end && s.start < end) {
                    out.push(Span { start: at, end, kind: PiiKind::Name });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
