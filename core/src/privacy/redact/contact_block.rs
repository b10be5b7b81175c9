//! What a CV lists under icons in its contact block, with no label (issue
//! #18), read from its neighbours once the other scanners have run:
//!
//! - on a line that holds an email or a link, a lone lower-case handle or key
//!   between separators ("| quillon |", "| 0x1a2b3c4d |") is a profile too,
//!   and so, without separators, is a word of letters and digits ("jdoe84");
//! - next to a line that is all contact data or a protected attribute, a
//!   line that is only a full date ("Oct 14, 1997", "17 noviembre de 2004") or
//!   ends with one in words after a place ("Bassano (VI), Italy 23 Novembre
//!   2001") is a date of birth, and a
//!   line that starts with a house number and names a street ("27B Le Loi,
//!   Hue,") is an address, with the places on the line after it ("Quang
//!   Tri"), even when the street is named after the candidate;
//! - third round: blank lines between the fields are looked through; beside
//!   contact data, seven or eight digits in groups are a phone ("8365 2190"),
//!   a lone lower-case word that shares five letters in a row with a handle
//!   or an email name is a profile ("cmarvaux"), a Chinese or Japanese line
//!   that names a district or a road is an address ("海淀区…"); and between
//!   two lines of contact data, two to four words of places are where the
//!   candidate lives ("Barangay Lahug Cebu"), not a label or a job; a line of
//!   handles side by side is profiles ("paolo-venturin Paolo-07"), even
//!   where they hold the candidate's name.
//! - fourth round: fields split at "■" and "•" too; a postcode and its town
//!   among a contact line's fields or beside contact data ("Crestwood, Il 60418",
//!   "Sciez, 74140, France"); a handle after an icon's name ("Github
//!   sssungmin"), a path under one ("/SteBello", "ResearchGate/…"); only
//!   nationality adjectives in a field ("Italiano, Francese"); a date that
//!   starts a line before places, beside contact data or an address.
//! - fifth round: within three lines of contact data, a full date alone of a
//!   year a candidate was born in (2010 or before), and a handle after an
//!   icon the font could not name ("� jdoe84").
//! - eighth round, not hanging on a street word: in the header or beside
//!   contact data, a postcode with its town after it, and the line's parts
//!   before it back to a house number ("Gneisenaustr.9, 44147 Dortmund");
//!   seven or eight digits in groups under a line that is a person's name.
//! - ninth round, with neither a street word nor a postcode: in the header
//!   only, a street's name before its house number with a letter or a second
//!   number ("Birkengatan 5B", "Hlavní 12/3"), or before a plain number on a
//!   line of contact data or beside one ("Lindenallee 12, Celle"); a postcode that
//!   starts the line under an address, with its town; a list of places
//!   with a block, a zone or a ward's number in it ("Zone 6, Mbabane").

use super::address::is_house_number;
use super::tables::{
    ADDRESS_LABELS, CJK_ADDRESS_UNITS, CONTACT_LABEL_WORDS, HANDLE_LABELS, LOCALITY_UNIT_WORDS, MONTH_NAMES,
    NOT_NAME_WORDS, ORGANISATION_WORDS, PHONE_LABELS, PROFILE_HOSTS, is_nationality,
};
use super::{PiiKind, Span, words_at};

/// Month names and their short forms, in English.
const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

pub(super) fn contact_block(text: &str, all: &[Span]) -> Vec<Span> {
    let lines: Vec<(usize, usize)> = line_ranges(text);
    // Each line looks only at the spans near it: a long text's many items are
    // each read a few times, not once a line.
    let spans = Near::new(all);
    let (previous, next) = filled_neighbours(text, &lines);
    let known = known_handles(text, all);
    // A line all of whose characters, separators aside, lie in spans of these kinds, one at least.
    let covered = |(start, end): (usize, usize), kinds: &[PiiKind]| {
        let near = spans.around(start, end);
        let inside = |i: usize| {
            near.iter().any(|s| kinds.contains(&s.kind) && s.start <= start + i && start + i < s.end)
        };
        text[start..end].char_indices().any(|(i, _)| inside(i))
            && text[start..end]
                .char_indices()
                .all(|(i, c)| c.is_whitespace() || "|·•,;/".contains(c) || inside(i))
    };
    let contact = [PiiKind::Email, PiiKind::Phone, PiiKind::Url, PiiKind::Personal];
    let mut out = Vec::new();
    for (index, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        let found = spans.around(start, end);
        let has_link = found
            .iter()
            .any(|s| matches!(s.kind, PiiKind::Email | PiiKind::Url) && start <= s.start && s.end <= end);
        if has_link && line.contains(SEPARATORS) {
            handles(text, start, end, found, &mut out);
        } else if has_link {
            keyed_handles(text, start, end, found, &mut out);
        }
        // "Italiano • 26/05/1991 • Sondrio • jane@x.io": a date alone among a contact line's fields.
        let has_contact =
            has_link || found.iter().any(|s| s.kind == PiiKind::Phone && start <= s.start && s.end <= end);
        if has_contact && line.contains(['•', '|']) {
            dates_among_fields(text, start, end, found, &mut out);
        }
        // "14 Nov 2001 jane@x.io +1 514 …": a full date of a birth year that starts a
        // line of contact data, with no separator, goes before the first of them.
        if has_contact && let Some(date_end) = leading_date_before_contact(text, start, end, found) {
            out.push(Span { start, end: start + date_end, kind: PiiKind::DateOfBirth });
        }
        // "4418 W Harlan Ave | Crestwood, Il 60418 | …", "Stoyan Petkov ■ … ■ 81671 München ■ …":
        // a postcode and its town among a contact line's fields.
        let has_address =
            found.iter().any(|s| s.kind == PiiKind::Address && start <= s.start && s.end <= end);
        if (has_contact || has_address) && line.contains(SEPARATORS) {
            postcodes_among_fields(text, start, end, found, &mut out);
        }
        // "Italiano, Francese • 26/05/1991 • Sondrio • jane@x.io": nationalities among its fields,
        // beside a date of birth; without one, "English • Spanish" may be the languages spoken.
        let has_birth =
            found.iter().any(|s| s.kind == PiiKind::DateOfBirth && start <= s.start && s.end <= end)
                || fields(text, start, end).iter().any(|(_, body)| is_full_date(body.trim()));
        if has_contact && has_birth && line.contains(SEPARATORS) {
            nationalities_among_fields(text, start, end, found, &mut out);
        }
        // The nearest lines that hold something: a layout may leave blank lines between fields.
        let before = previous[index].map(|at| lines[at]);
        let after = next[index].map(|at| lines[at]);
        let beside_contact = before.into_iter().chain(after).any(|range| covered(range, &contact));
        let body = line.trim();
        let at = start + line.find(body).unwrap_or(0);
        let free = !found.iter().any(|s| s.start < end && start < s.end);
        // "17.09.2004 Bogota D.C, Colombia" above "jdoe@x.io cra 9 # 41-22 Soacha": an
        // address counts as contact data beside a date and a place.
        let with_address =
            [PiiKind::Email, PiiKind::Phone, PiiKind::Url, PiiKind::Personal, PiiKind::Address];
        if !beside_contact
            && free
            && before.into_iter().chain(after).any(|range| covered(range, &with_address))
            && let Some(date_end) = leading_date_before_place(body)
        {
            out.push(Span { start: at, end: at + date_end, kind: PiiKind::DateOfBirth });
            continue;
        }
        // Within three lines of contact data: "09-05-1996" alone, of a year a
        // candidate was born in, is a date of birth; "� jdoe" under an icon the
        // font could not name, a handle.
        let near_contact = || {
            let above = std::iter::successors(previous[index], |&at| previous[at]).take(3);
            let below = std::iter::successors(next[index], |&at| next[at]).take(3);
            above.chain(below).any(|at| covered(lines[at], &contact))
        };
        if !beside_contact && free && is_full_date(body) && is_birth_year(body) && near_contact() {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::DateOfBirth });
            continue;
        }
        if free
            && let Some(handle_at) = handle_after_icon(body)
            && near_contact()
        {
            out.push(Span { start: at + handle_at, end: at + body.len(), kind: PiiKind::Url });
            continue;
        }
        // "Themba Nkosi" / "7412 9063": seven or eight digits under a person's name (a referee's).
        if !beside_contact
            && free
            && is_short_phone(body)
            && before.is_some_and(|range| covered(range, &[PiiKind::Name]))
        {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Phone });
            continue;
        }
        if !beside_contact || covered((start, end), &contact) {
            continue;
        }
        // A street may be named after a person ("128 Nguyễn Trãi"): the name's spans give way.
        let free_but_names = !found.iter().any(|s| s.kind != PiiKind::Name && s.start < end && start < s.end);
        if free_but_names && !covered((start, end), &contact) && handles_line(body, &known) {
            let mut from = start;
            for word in line.split(' ') {
                if !word.trim().is_empty() {
                    let lead = word.len() - word.trim_start().len();
                    let word = word.trim();
                    out.push(Span { start: from + lead, end: from + lead + word.len(), kind: PiiKind::Url });
                }
                from += word.len() + 1;
            }
            continue;
        }
        if free_but_names && is_street_line(body) {
            let mut end = at + body.len();
            // "…, HCM," then "Vietnam" alone.
            if body.ends_with(',')
                && let Some((next_start, next_end)) = lines.get(index + 1).copied()
                && is_place(text[next_start..next_end].trim())
            {
                end = next_start + text[next_start..next_end].trim_end().len();
            }
            out.push(Span { start: at, end, kind: PiiKind::Address });
            continue;
        }
        // Between two lines of contact data (or a street address), a line that is only places:
        // where the candidate lives ("Luyang Carmen Cebu", "Kaštanová, Brno-Tuřany,").
        let places = [PiiKind::Email, PiiKind::Phone, PiiKind::Url, PiiKind::Address];
        let between = before.zip(after).is_some_and(|(b, a)| covered(b, &places) && covered(a, &places));
        if !free {
            continue;
        }
        if let Some(len) = postcode_place_len(body) {
            // "Sciez, 74140, France", "02068 Kyiv, Ukraine (Home)": a town and its postcode beside contact data.
            out.push(Span { start: at, end: at + len, kind: PiiKind::Address });
        } else if let Some(date_end) = leading_date_before_place(body) {
            // "17.09.2004 Bogota D.C, Colombia": the date of birth; the place after it stays, a
            // town with no label that says it is the place of birth.
            out.push(Span { start: at, end: at + date_end, kind: PiiKind::DateOfBirth });
        } else if is_short_phone(body) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Phone });
        } else if is_handle_like_profile(body, &known) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Url });
        } else if is_cjk_address(body) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Address });
        } else if between && is_place_line(body) {
            let body = body.trim_end_matches(',');
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Address });
        } else if is_full_date(body) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::DateOfBirth });
        } else if let Some(from) = trailing_full_date(body) {
            out.push(Span { start: at + from, end: at + body.len(), kind: PiiKind::DateOfBirth });
        }
    }
    let header = header_lines(text, &lines);
    postcode_stretches(text, &spans, &lines, header.len(), &mut out);
    streets_before_numbers(text, &spans, &header, &mut out);
    postcodes_under_streets(text, &spans, &header, &mut out);
    numbered_localities(text, &spans, &header, &mut out);
    out
}

/// How many lines that hold something make a CV's header.
const HEADER_LINES: usize = 15;

/// The header: the first [`HEADER_LINES`] lines that hold something.
fn header_lines(text: &str, lines: &[(usize, usize)]) -> Vec<(usize, usize)> {
    lines
        .iter()
        .copied()
        .filter(|&(start, end)| !text[start..end].trim().is_empty())
        .take(HEADER_LINES)
        .collect()
}

/// The spans in order of their start, to look up those near a stretch of
/// text.
struct Near {
    sorted: Vec<Span>,
    /// The longest span's length: one that overlaps a stretch starts no
    /// further before it.
    longest: usize,
}

impl Near {
    fn new(spans: &[Span]) -> Self {
        let mut sorted = spans.to_vec();
        sorted.sort_by_key(|span| span.start);
        let longest = sorted.iter().map(|span| span.end - span.start).max().unwrap_or(0);
        Self { sorted, longest }
    }

    /// Every span that overlaps `start..end` (and maybe a few before it that
    /// do not).
    fn around(&self, start: usize, end: usize) -> &[Span] {
        let from = self.sorted.partition_point(|span| span.start + self.longest < start);
        let to = self.sorted.partition_point(|span| span.start <= end);
        &self.sorted[from..to.max(from)]
    }
}

/// For each line, the nearest line before it and after it that holds
/// something: a layout may leave blank lines between fields.
fn filled_neighbours(text: &str, lines: &[(usize, usize)]) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let filled: Vec<bool> = lines.iter().map(|&(start, end)| !text[start..end].trim().is_empty()).collect();
    let mut previous = vec![None; lines.len()];
    let mut last = None;
    for (index, slot) in previous.iter_mut().enumerate() {
        *slot = last;
        if filled[index] {
            last = Some(index);
        }
    }
    let mut next = vec![None; lines.len()];
    last = None;
    for (index, slot) in next.iter_mut().enumerate().rev() {
        *slot = last;
        if filled[index] {
            last = Some(index);
        }
    }
    (previous, next)
}

/// Whether a word is a postcode: four to six digits (not a year), or
/// digits joined by a dash as Portugal and Poland write them ("2845-412",
/// "05-091").
pub(super) fn is_postcode(word: &str) -> bool {
    let digits = word.bytes().all(|b| b.is_ascii_digit());
    let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
    let dashed = word.split_once('-').is_some_and(|(a, b)| {
        (a.len() == 4 && b.len() == 3 || a.len() == 2 && b.len() == 3)
            && a.bytes().chain(b.bytes()).all(|b| b.is_ascii_digit())
    });
    (digits && (4..=6).contains(&word.len()) && !year) || dashed
}

/// A town's word: a [place's word](is_place_word) that is no month's.
fn is_town_word(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';']);
    let lower = word.to_lowercase();
    // "Store 6822 June 2023", "Sept 2021": a month is no town.
    let month = MONTHS.contains(&lower.as_str())
        || MONTH_NAMES.contains(&lower.as_str())
        || ["december", "sept"].contains(&lower.as_str());
    !month && !word.contains('.') && is_place_word(word)
}

/// A place's word: capitalised letters, with lower case in it or a state's
/// two-letter code ("Il", "NY"), no heading's or job's; an acronym in
/// capitals ("ISMS", "GPA") is none.
fn is_place_word(word: &str) -> bool {
    (word.chars().count() == 2 || word.chars().any(char::is_lowercase))
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        && !NOT_NAME_WORDS.contains(&word.to_lowercase().as_str())
}

/// Eighth round (issue #18), with no street word to go by: in the header
/// (its first fifteen lines) or on a line beside contact data, a postcode
/// with its town after it ("44147 Dortmund", "94260, Fresnes", "1134,
/// Budapest") is an address, and so is what goes before it on the line,
/// comma by comma, back to the furthest part with a number in it (a house
/// number: "Gneisenaustr.9, 44147 Dortmund", "Rua do douro nº7, RC dto,
/// Cruz de Pau, 2845-412 Amora (Portugal)"), between separators, other
/// spans and a label's colon. A postcode that ends an address already
/// found takes its town along ("… 94320" + ", Thiais"). A line naming an
/// organisation is an employer's or a school's, not the candidate's.
fn postcode_stretches(
    text: &str,
    spans: &Near,
    lines: &[(usize, usize)],
    header_len: usize,
    out: &mut Vec<Span>,
) {
    let header = header_or_beside_contact(text, spans, lines, header_len);
    for (index, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        if !header[index] || names_organisation(line) {
            continue;
        }
        let found = spans.around(start, end);
        // Words with their offsets in the line.
        let words = words_at(line);
        for (k, &(at, word)) in words.iter().enumerate() {
            let code = word.trim_end_matches(',');
            let town_after = words.get(k + 1).is_some_and(|(_, next)| is_town_word(next));
            if !is_postcode(code) || !town_after {
                continue;
            }
            let code_start = start + at;
            let code_end = code_start + code.len();
            let (town_at, town) = words[k + 1];
            let mut stop = start + town_at + town.trim_end_matches([',', '.', ';']).len();
            // "(Portugal)" after the town goes with it.
            if let Some(&(next_at, next)) = words.get(k + 2)
                && next.starts_with('(')
                && next.ends_with(')')
            {
                stop = start + next_at + next.len();
            }
            if let Some(covering) = found.iter().find(|s| s.start <= code_start && code_end <= s.end) {
                if covering.kind == PiiKind::Address && covering.end == code_end {
                    out.push(Span { start: start + town_at, end: stop, kind: PiiKind::Address });
                }
                continue;
            }
            // Back from the postcode: to the line's start, a separator, another span or a label.
            let mut from = start;
            if let Some(span) =
                found.iter().filter(|s| start <= s.start && s.end <= code_start).max_by_key(|s| s.end)
            {
                from = span.end;
            }
            if let Some((sep, c)) = text[from..code_start]
                .char_indices()
                .rev()
                .find(|(_, c)| SEPARATORS.contains(c) || *c == '\t')
            {
                from += sep + c.len_utf8();
            }
            if let Some(colon) = text[from..code_start].rfind(": ") {
                from += colon + 2;
            }
            if found.iter().any(|s| s.start < stop && from < s.end) {
                continue;
            }
            // Forward, comma by comma: the street after the town ("1134, Budapest, Lehel utca 7.").
            let line_end = found
                .iter()
                .filter(|s| s.start >= stop && s.start < end)
                .map(|s| s.start)
                .min()
                .unwrap_or(end);
            let rest = &text[stop..line_end];
            let rest = &rest[..rest.find(|c: char| SEPARATORS.contains(&c)).unwrap_or(rest.len())];
            // `reach` counts from the start of `rest`: the part before the first
            // comma ("Süd" in "Dortmund Süd, 1"), then each comma and part taken.
            let mut parts = rest.split(',');
            let mut reach = parts.next().map_or(0, str::len);
            let mut taken = 0;
            for part in parts {
                let body = part.trim();
                let words = body.split_whitespace().count();
                let numbered = body.bytes().any(|b| b.is_ascii_digit());
                if body.is_empty() || words > 5 || !(numbered || body.split_whitespace().all(is_town_word)) {
                    break;
                }
                reach += 1 + part.len();
                taken = reach;
            }
            if taken > 0 {
                stop += taken;
                stop -= text[..stop].len() - text[..stop].trim_end().len();
            }
            // Comma by comma, back to the furthest part with a number in it.
            let head = &text[from..code_start];
            let parts: Vec<&str> = head.split(',').collect();
            let mut keep_from = code_start;
            let mut offset = head.len();
            for part in parts.iter().rev() {
                offset -= part.len();
                if part.bytes().any(|b| b.is_ascii_digit()) {
                    keep_from = from + offset;
                }
                offset = offset.saturating_sub(1);
            }
            let stretch = &text[keep_from..stop];
            let lead = stretch.len() - stretch.trim_start().len();
            if stretch.split_whitespace().count() <= 14 && !stretch.contains('@') {
                out.push(Span { start: keep_from + lead, end: stop, kind: PiiKind::Address });
            }
        }
    }
}

/// For each line, whether it holds something and is in the header (the
/// first `header_len` such lines) or holds contact data (an email, a phone, a
/// link) or stands beside a line that does.
fn header_or_beside_contact(
    text: &str,
    spans: &Near,
    lines: &[(usize, usize)],
    header_len: usize,
) -> Vec<bool> {
    let contact = [PiiKind::Email, PiiKind::Phone, PiiKind::Url];
    let holds_contact = |&(start, end): &(usize, usize)| {
        spans.around(start, end).iter().any(|s| contact.contains(&s.kind) && start <= s.start && s.end <= end)
    };
    let mut filled = 0;
    let mut out = Vec::with_capacity(lines.len());
    for (index, &(start, end)) in lines.iter().enumerate() {
        if text[start..end].trim().is_empty() {
            out.push(false);
            continue;
        }
        filled += 1;
        let near = holds_contact(&(start, end))
            || index.checked_sub(1).is_some_and(|i| holds_contact(&lines[i]))
            || lines.get(index + 1).is_some_and(holds_contact);
        out.push(filled <= header_len || near);
    }
    out
}

/// Whether a line names an organisation (an employer's or a school's line).
fn names_organisation(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.split(|c: char| !c.is_alphabetic()).any(|w| ORGANISATION_WORDS.contains(&w))
}

/// Ninth round (issue #18), with neither a street word nor a postcode to go
/// by: in the header (its first fifteen lines), a field that is a street's name
/// in one to four capitalised words with its house number after it, as most
/// of Europe writes them, is an address when the house number has a letter
/// or a second number ("Birkengatan 5B", "Hlavní 12/3, Brno"); with a plain
/// number ("Lindenallee 12, Celle") only on a line of contact data or
/// beside one. A street named for a date
/// keeps its day ("3. Maja 7, Gdańsk"). Not a month's date ("June 2023"), a
/// tool's version ("Unity 3D") or a page's number ("Page 1/2"). Not beside
/// contact data further down either: a project's line beside its link lists
/// its tools ("Nuxt 3, Nuxt Content").
fn streets_before_numbers(text: &str, spans: &Near, header: &[(usize, usize)], out: &mut Vec<Span>) {
    let contact = [PiiKind::Email, PiiKind::Phone, PiiKind::Url];
    let holds_contact = |&(start, end): &(usize, usize)| {
        spans.around(start, end).iter().any(|s| contact.contains(&s.kind) && start <= s.start && s.end <= end)
    };
    for (index, &(start, end)) in header.iter().enumerate() {
        if names_organisation(&text[start..end]) {
            continue;
        }
        // A plain number needs contact data on the line or a neighbour's:
        // "Level 3, Python" elsewhere in the header is a skill's.
        let beside_contact = holds_contact(&(start, end))
            || index.checked_sub(1).is_some_and(|i| holds_contact(&header[i]))
            || header.get(index + 1).is_some_and(holds_contact);
        let found = spans.around(start, end);
        for (at, body) in fields(text, start, end) {
            let free = !found.iter().chain(out.iter()).any(|s| s.start < at + body.len() && at < s.end);
            if free
                && let Some((len, strong)) = street_before_number_len(body)
                && (strong || beside_contact)
            {
                out.push(Span { start: at, end: at + len, kind: PiiKind::Address });
            }
        }
    }
}

/// The length of a [street before its house number](streets_before_numbers)
/// and the places after it, when `body` is one and nothing else, and whether
/// its house number has a letter or a second number.
fn street_before_number_len(body: &str) -> Option<(usize, bool)> {
    let mut parts = body.split(',');
    let street = parts.next()?;
    let words: Vec<&str> = street.split_whitespace().collect();
    let (&number, names) = words.split_last()?;
    // "3. Maja": a street named for a day of a month.
    let names = match names.split_first() {
        Some((day, rest))
            if day.len() <= 3
                && day.ends_with('.')
                && day[..day.len() - 1].bytes().all(|b| b.is_ascii_digit())
                && !rest.is_empty() =>
        {
            rest
        }
        _ => names,
    };
    let is_street_word = |word: &str| {
        let lower = word.trim_end_matches('.').to_lowercase();
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && word.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
            && !MONTHS.contains(&lower.as_str())
            && !MONTH_NAMES.contains(&lower.as_str())
            && !NOT_NAME_WORDS.contains(&lower.as_str())
            && !ORGANISATION_WORDS.contains(&lower.as_str())
    };
    if !(1..=4).contains(&names.len()) || !names.iter().all(|w| is_street_word(w)) {
        return None;
    }
    let strong = house_number_form(number)?;
    // The places after it, comma by comma; a comma may end the field.
    let mut len = street.trim_end().len();
    let mut places = 0;
    let mut reach = street.len();
    let mut rest = parts.peekable();
    while let Some(part) = rest.next() {
        reach += 1 + part.len();
        let place = part.trim();
        if place.is_empty() && rest.peek().is_none() {
            break;
        }
        let words: Vec<&str> = place.split_whitespace().collect();
        if !(1..=3).contains(&words.len()) || !words.iter().all(|w| is_town_word(w)) {
            return None;
        }
        places += 1;
        len = reach - (part.len() - part.trim_end().len());
    }
    (strong || places > 0).then_some((len, strong))
}

/// In the header, a postcode that starts the line under an address ending
/// its line is the address's too, with the town after it ("Hlavní 12/3" +
/// "60200", "Str. Lungă 5" + "500035 Brașov"): up to three words of letters
/// and no more digits.
fn postcodes_under_streets(text: &str, spans: &Near, header: &[(usize, usize)], out: &mut Vec<Span>) {
    for pair in header.windows(2) {
        let ((above_start, above_end), (start, end)) = (pair[0], pair[1]);
        let above_body_end = above_start + text[above_start..above_end].trim_end().len();
        let ends_address = spans
            .around(above_start, above_end)
            .iter()
            .chain(out.iter())
            .any(|s| s.kind == PiiKind::Address && s.end == above_body_end && above_start <= s.start);
        let line = &text[start..end];
        let body = line.trim();
        let at = start + line.find(body).unwrap_or(0);
        let free = !spans.around(start, end).iter().chain(out.iter()).any(|s| s.start < end && start < s.end);
        let mut words = body.split_whitespace();
        let code = words.next().unwrap_or_default().trim_end_matches(',');
        let rest: Vec<&str> = words.collect();
        let town = rest.len() <= 3
            && rest.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || ",.-".contains(c)))
            && rest.first().is_none_or(|w| w.chars().next().is_some_and(char::is_uppercase));
        if ends_address && free && is_postcode(code) && town {
            out.push(Span {
                start: at,
                end: at + body.trim_end_matches([',', '.']).len(),
                kind: PiiKind::Address,
            });
        }
    }
}

/// In the header, a list of places is where the candidate lives when one of
/// its parts is a numbered or lettered part of a town: a block or a zone
/// ("Zone 6, Mbabane", "Luanda, Talatona, Bloco K") or a ward's number after
/// the town ("Itahari - 7, Sunsari, Nepal"). A town and its country alone
/// stay: they say no more than a job's location does. The list ends at the
/// field's end or at the contact data after it on the line.
fn numbered_localities(text: &str, spans: &Near, header: &[(usize, usize)], out: &mut Vec<Span>) {
    for &(start, end) in header {
        if names_organisation(&text[start..end]) {
            continue;
        }
        let found = spans.around(start, end);
        for (at, body) in fields(text, start, end) {
            // Up to the first span in the field: "Zone 6, Mbabane +268 7600 0000".
            let stop = found
                .iter()
                .chain(out.iter())
                .filter(|s| at <= s.start && s.start < at + body.len())
                .map(|s| s.start)
                .min()
                .unwrap_or(at + body.len());
            let taken = found.iter().chain(out.iter()).any(|s| s.start < at && at < s.end);
            let head = text[at..stop].trim_end().trim_end_matches([',', ' ']);
            if taken || head.is_empty() {
                continue;
            }
            if is_numbered_locality(head) {
                out.push(Span { start: at, end: at + head.len(), kind: PiiKind::Address });
            }
        }
    }
}

/// Two to five comma-separated parts, each places' words, a block or a
/// zone with its number or letter, or a town with its ward's number after
/// a dash; one at least of the last two kinds.
fn is_numbered_locality(body: &str) -> bool {
    let parts: Vec<&str> = body.split(',').map(str::trim).collect();
    let places = |words: &[&str]| (1..=3).contains(&words.len()) && words.iter().all(|w| is_town_word(w));
    let short_code = |word: &str| {
        (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
            || (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
    };
    let mut numbered = 0;
    for part in &parts {
        let words: Vec<&str> = part.split_whitespace().collect();
        let unit = words.len() == 2
            && LOCALITY_UNIT_WORDS.contains(&words[0].to_lowercase().as_str())
            && short_code(words[1]);
        let ward = words.len() >= 3
            && ["-", "–"].contains(&words[words.len() - 2])
            && words[words.len() - 1].len() <= 2
            && words[words.len() - 1].bytes().all(|b| b.is_ascii_digit())
            && places(&words[..words.len() - 2]);
        if unit || ward {
            numbered += 1;
        } else if !places(&words) {
            return false;
        }
    }
    (2..=5).contains(&parts.len()) && numbered >= 1
}

/// Whether a word is a house number after its street: `Some(true)` for one
/// with a letter or a second number ("5B", "1187/12"), `Some(false)` for
/// one to four digits, not a year; none for a tool's "3D" or a page's "1/2".
fn house_number_form(word: &str) -> Option<bool> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let year = digits == 4 && (word.starts_with("19") || word.starts_with("20"));
    if !(1..=4).contains(&digits) || year {
        return None;
    }
    let tail = &word[digits..];
    if tail.is_empty() {
        return Some(false);
    }
    if tail.len() == 1 && tail.bytes().all(|b| b.is_ascii_alphabetic()) {
        let version = digits == 1 && ["d", "g", "k"].contains(&tail.to_lowercase().as_str());
        return (!version).then_some(true);
    }
    // "1187/12": the building's number, then the street's; a page's "1/2" counts up to its last.
    let (number, second) = (&word[..digits], tail.strip_prefix('/')?);
    let second = second.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let numeric = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let larger = numeric(second) && number.parse::<u32>().ok()? > second.parse::<u32>().ok()?;
    larger.then_some(true)
}

fn line_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, text.len()));
    out
}

/// On a contact line without separators, a word of letters and digits
/// together, as handles are ("jdoe84", "Jane-07"), that no scanner took.
fn keyed_handles(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    let mut at = start;
    for word in text[start..end].split(' ') {
        let from = at;
        at += word.len() + 1;
        let is_handle = (5..=40).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-".contains(&b))
            && word.bytes().any(|b| b.is_ascii_alphabetic())
            && word.bytes().any(|b| b.is_ascii_digit())
            && word.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
        let free = !found.iter().any(|s| s.start < from + word.len() && from < s.end);
        if is_handle && free {
            out.push(Span { start: from, end: from + word.len(), kind: PiiKind::Url });
        }
    }
}

/// What separates the fields of a contact line.
const SEPARATORS: &[char] = &['|', '■', '•', '·'];

/// The fields of the line `start..end` split at [`SEPARATORS`]: each one's
/// text without the spaces around it, and where that starts.
fn fields(text: &str, start: usize, end: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = start;
    for (i, c) in text[start..end].char_indices().map(|(i, c)| (start + i, c)).chain([(end, '|')]) {
        if !SEPARATORS.contains(&c) {
            continue;
        }
        let segment = &text[from..i];
        let body = segment.trim();
        out.push((from + segment.find(body).unwrap_or(0), body));
        from = i + c.len_utf8();
    }
    out
}

/// Fields of a contact line that are a postcode and a town, no span holding them.
fn postcodes_among_fields(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    for (at, body) in fields(text, start, end) {
        let free = !found.iter().any(|s| s.start < at + body.len() && at < s.end);
        if free && is_postcode_place(body) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Address });
        }
    }
}

/// Fields of a contact line that hold only nationality adjectives, no span holding them.
fn nationalities_among_fields(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    for (at, body) in fields(text, start, end) {
        let free = !found.iter().any(|s| s.start < at + body.len() && at < s.end);
        let mut parts = body.split([',', '/']).map(|part| part.trim().to_lowercase()).peekable();
        if free && parts.peek().is_some() && parts.all(|part| is_nationality(&part)) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Personal });
        }
    }
}

/// A postcode and one to three words of places, commas between them
/// allowed: "81671 München", "Crestwood, Il 60418", "Sciez, 74140, France",
/// "Marki, 05-270". A postcode is four to six digits (not a year), or two
/// and three digits joined by a dash ("05-091").
fn is_postcode_place(body: &str) -> bool {
    let words: Vec<&str> = body.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    // "GPA 3500" is none: a place's word has lower case in it, or is a state's code.
    let codes = words.iter().filter(|w| is_postcode(w)).count();
    let places = words.iter().filter(|w| is_place_word(w)).count();
    codes == 1 && (1..=3).contains(&places) && codes + places == words.len()
}

/// The length of a postcode and its town with a note in brackets after
/// them ("(Home)"), the note left out; of the whole line without one.
fn postcode_place_len(body: &str) -> Option<usize> {
    let place = match body.rsplit_once(" (") {
        Some((place, note)) if note.ends_with(')') && !note.contains(' ') => place,
        _ => body,
    };
    is_postcode_place(place).then_some(place.len())
}

/// Where a full date that starts the line `start..end` ends, when contact
/// data found on the line (an email, a phone) follows it right after a
/// space, and the year is one a candidate was born in.
fn leading_date_before_contact(text: &str, start: usize, end: usize, found: &[Span]) -> Option<usize> {
    let line = &text[start..end];
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let ends: Vec<usize> = line.match_indices(' ').map(|(i, _)| i).take(3).collect();
    ends.into_iter().find(|&cut| {
        let date = &line[..cut];
        let next = start + cut + 1;
        let contact_next = found
            .iter()
            .any(|s| s.start == next && matches!(s.kind, PiiKind::Email | PiiKind::Phone) && s.end <= end);
        contact_next && is_full_date(date) && is_birth_year(date)
    })
}

/// Where a full date that starts a line ends, when places follow it: "17.09.2004 Bogota D.C, Colombia".
fn leading_date_before_place(body: &str) -> Option<usize> {
    let (date, rest) = body.split_once(' ')?;
    let place = rest.replace("D.C", "DC");
    (is_full_date(date) && is_place(&place)).then_some(date.len())
}

/// Lone handles between the separators of a contact line, or after an
/// icon's name ("Github sssungmin", "EDIT sungjaeha").
fn handles(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    for (at, body) in fields(text, start, end) {
        // "Github sssungmin": the icon's name before the handle, a site's
        // name or a glyph's name in capitals ("EDIT"); not a job title
        // ("Data scientist").
        let icon = |label: &str| {
            let lower = label.to_lowercase();
            HANDLE_LABELS.contains(&lower.as_str())
                || PROFILE_HOSTS.iter().any(|host| host.split('.').next() == Some(lower.as_str()))
                || (label.len() >= 3 && label.bytes().all(|b| b.is_ascii_uppercase()))
        };
        let (at, body) = match body.split_once(' ') {
            Some((label, handle)) if !handle.contains(' ') && label.len() <= 12 && icon(label) => {
                (at + label.len() + 1, handle)
            }
            _ => (at, body),
        };
        // "/SteBello" under a profile's icon; "ResearchGate/Stefano-Bellotti-7", a site and its path.
        let path = body.strip_prefix('/').or_else(|| {
            body.split_once('/').and_then(|(site, path)| {
                let site = site.to_lowercase();
                let known = HANDLE_LABELS.contains(&site.as_str())
                    || PROFILE_HOSTS.iter().any(|host| host.split('.').next() == Some(site.as_str()));
                known.then_some(path)
            })
        });
        let is_path = path.is_some_and(|path| {
            (3..=40).contains(&path.len())
                && path.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
                && path.bytes().any(|b| b.is_ascii_alphabetic())
        });
        let lower = body.trim_start_matches('@');
        // "zStormz5": capitals too when a digit marks it as a handle.
        let digit = lower.bytes().any(|b| b.is_ascii_digit());
        let is_handle = lower.len() >= 4
            && lower.len() <= 40
            && lower
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b) || (digit && b.is_ascii_uppercase()))
            && lower.bytes().any(|b| b.is_ascii_lowercase())
            // A site's name standing for its icon ("github") is no handle.
            && !PROFILE_HOSTS.iter().any(|host| host.split('.').next() == Some(lower));
        let is_key =
            body.len() >= 8 && body.starts_with("0x") && body[2..].bytes().all(|b| b.is_ascii_hexdigit());
        // A handle or a path that holds the name takes the name's words ("Riccardo-Milani-4").
        let free = !found.iter().any(|s| s.kind != PiiKind::Name && s.start < at + body.len() && at < s.end);
        if (is_handle || is_key || is_path) && free {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::Url });
        }
    }
}

/// Where a date in words with its day ends a line after a place: "Thiene
/// (VI), Italy 23 Novembre 2001" → the offset of "23".
fn trailing_full_date(body: &str) -> Option<usize> {
    let starts: Vec<usize> = body
        .char_indices()
        .filter(|&(i, c)| i > 0 && c.is_alphanumeric() && body[..i].ends_with(' '))
        .map(|(i, _)| i)
        .collect();
    let tail_words = |from: usize| body[from..].split_whitespace().count();
    starts.into_iter().filter(|&from| (3..=5).contains(&tail_words(from))).find(|&from| {
        let tail = &body[from..];
        is_full_date(tail)
            && tail.split_whitespace().any(|w| !w.bytes().all(|b| b.is_ascii_digit() || b == b','))
    })
}

/// "Oct 14, 1997", "14 October 1997", "17 noviembre de 2004", "May 15th
/// 1995", "28.02.1997", "1997-02-28".
/// The fields of the line `start..end` split at "•" and "|" that are a full
/// date and that no span holds: dates of birth.
fn dates_among_fields(text: &str, start: usize, end: usize, found: &[Span], out: &mut Vec<Span>) {
    let mut from = start;
    for (i, c) in text[start..end].char_indices().chain(std::iter::once((end - start, '|'))) {
        if c != '•' && c != '|' {
            continue;
        }
        let field = &text[from..start + i];
        let body = field.trim();
        let at = from + (field.len() - field.trim_start().len());
        let free = !found.iter().any(|s| s.start < at + body.len() && at < s.end);
        if !body.is_empty() && free && (is_full_date(body) || is_month_and_day(body)) {
            out.push(Span { start: at, end: at + body.len(), kind: PiiKind::DateOfBirth });
        }
        from = start + i + c.len_utf8();
    }
}

/// A day and a month with no year, as a birthday ("Noviembre 23", "3
/// March"): among a contact line's fields, no other date can be meant.
fn is_month_and_day(body: &str) -> bool {
    let month = |w: &str| {
        let lower = w.to_lowercase();
        (lower.len() >= 3 && lower.is_ascii() && MONTHS.iter().any(|m| lower.starts_with(m)))
            || MONTH_NAMES.contains(&lower.as_str())
    };
    let day = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && w[..digits].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && ["", "st", "nd", "rd", "th", "er", "º", "°", "."]
                .contains(&w[digits..].to_lowercase().as_str())
    };
    let words: Vec<&str> = body
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !["de", "of"].contains(&w.to_lowercase().as_str()))
        .collect();
    matches!(words.as_slice(), [a, b] if (month(a) && day(b)) || (day(a) && month(b)))
}

/// Whether a date's year is one a candidate was born in: 2010 or before.
fn is_birth_year(body: &str) -> bool {
    body.split(|c: char| !c.is_ascii_digit())
        .filter(|g| g.len() == 4)
        .filter_map(|g| g.parse::<u32>().ok())
        .any(|year| (1930..=2010).contains(&year))
}

/// Where the handle starts in a line that is an icon the font could not
/// name (U+FFFD, or a private-use glyph) and one lower-case handle:
/// "� jdoe84", "\u{f09b} jane-doe".
fn handle_after_icon(body: &str) -> Option<usize> {
    let mut chars = body.chars();
    let icon = chars.next().filter(|&c| c == '\u{FFFD}' || ('\u{E000}'..='\u{F8FF}').contains(&c))?;
    let rest = chars.as_str();
    let handle = rest.trim_start();
    let ok = rest.starts_with(' ')
        && (4..=40).contains(&handle.len())
        && handle.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b))
        && handle.bytes().any(|b| b.is_ascii_lowercase())
        && !PROFILE_HOSTS.iter().any(|host| host.split('.').next() == Some(handle));
    ok.then(|| icon.len_utf8() + rest.len() - handle.len())
}

fn is_full_date(body: &str) -> bool {
    let year = |w: &str| {
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // "15th", "1er", "1º": a day with its ordinal.
    let day = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = w[digits..].to_lowercase();
        day(&w[..digits]) && ["", "st", "nd", "rd", "th", "er", "º", "°"].contains(&suffix.as_str())
    };
    // "31 de octubre de 2004", "18 di ottobre 2001": the connectors go.
    let words: Vec<&str> = body
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !["de", "del", "di", "of"].contains(&w.to_lowercase().as_str()))
        .collect();
    match words.as_slice() {
        [a, b, c] => {
            let month = |w: &str| {
                let lower = w.to_lowercase();
                (lower.len() >= 3 && lower.is_ascii() && MONTHS.iter().any(|m| lower.starts_with(m)))
                    || MONTH_NAMES.contains(&lower.as_str())
            };
            year(c) && ((month(a) && day(b)) || (day(a) && month(b)))
        }
        [one] => {
            let parts: Vec<&str> = one.split(['.', '/', '-']).collect();
            parts.len() == 3
                && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                && (year(parts[0]) || year(parts[2]))
        }
        _ => false,
    }
}

/// The words of a line, without the separators a layout leaves alone ("Trãi , Hoà").
fn words(body: &str) -> Vec<&str> {
    body.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

/// A house number, then two to five capitalised words, and a comma; or a
/// number with its letter and a place ("42/C, Kahaduwa-North").
fn is_street_line(body: &str) -> bool {
    let words = words(body);
    let lettered = words.first().is_some_and(|w| w.contains('/'));
    (words.len() >= 3 || lettered && words.len() == 2)
        && words.len() <= 8
        && is_house_number(words[0])
        && words[0].bytes().next().is_some_and(|b| b.is_ascii_digit())
        && words[1..].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && body.contains(',')
}

/// One to five capitalised words alone: a city, a district, a country.
fn is_place(body: &str) -> bool {
    let words = words(body);
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !NOT_NAME_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Two to four words of places, commas between them allowed, none a
/// heading's, a job's or a contact label's word ("Email", "Phone Number").
fn is_place_line(body: &str) -> bool {
    let words = words(body);
    let label = |w: &&str| {
        let w = w.trim_end_matches([',', ':']).to_lowercase();
        [CONTACT_LABEL_WORDS, HANDLE_LABELS, PHONE_LABELS, ADDRESS_LABELS]
            .iter()
            .any(|list| list.contains(&w.as_str()))
    };
    (2..=4).contains(&words.len()) && !words.iter().any(label) && is_place(body)
}

/// "8365 2190": seven or eight digits in groups, not years, as countries
/// with short numbers write them.
fn is_short_phone(body: &str) -> bool {
    let groups: Vec<&str> = body.split([' ', '-']).filter(|g| !g.is_empty()).collect();
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    let year = |g: &&str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    groups.len() >= 2
        && (7..=8).contains(&digits)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && !groups.iter().all(year)
}

/// A lone lower-case word that shares five letters in a row with one of
/// the CV's handles or email names: "cmarvaux" beside "github.com/amarvaux".
fn is_handle_like_profile(body: &str, known: &[String]) -> bool {
    let shape = (4..=40).contains(&body.len())
        && body.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b))
        && body.bytes().any(|b| b.is_ascii_lowercase());
    if !shape {
        return false;
    }
    shares_a_run(body, known)
}

/// The CV's handles and email names, lower case: "jane.doe" of
/// "jane.doe@x.io", "jdoe" of "github.com/jdoe"; the first
/// [`KNOWN_HANDLES`] different ones (a CV has a few).
fn known_handles(text: &str, found: &[Span]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in found.iter().filter(|s| matches!(s.kind, PiiKind::Email | PiiKind::Url)) {
        let link = text[s.start..s.end].to_ascii_lowercase();
        let link = link.split('@').next().unwrap_or_default();
        let handle = link.trim_end_matches('/').rsplit(['/', ':']).next().unwrap_or_default().to_owned();
        if !out.contains(&handle) {
            out.push(handle);
            if out.len() == KNOWN_HANDLES {
                break;
            }
        }
    }
    out
}

/// The most handles a CV's profiles are compared with.
const KNOWN_HANDLES: usize = 32;

/// Whether a word shares five letters in a row with one of the handles.
fn shares_a_run(word: &str, handles: &[String]) -> bool {
    let letters: Vec<char> = word.to_ascii_lowercase().chars().collect();
    letters.windows(5).any(|window| {
        let run: String = window.iter().collect();
        run.chars().all(|c| c.is_ascii_lowercase()) && handles.iter().any(|h| h.contains(&run))
    })
}

/// A line of one to four handles side by side, as icons leave them
/// ("paolo-venturin Paolo-07"): each joins words with a hyphen or an
/// underscore, or holds digits, and holds digits or shares a run of letters
/// with another handle of the CV ("e-commerce" is no handle).
fn handles_line(body: &str, known: &[String]) -> bool {
    let words: Vec<&str> = body.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            let digits = w.bytes().any(|b| b.is_ascii_digit());
            (4..=40).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
                && w.bytes().any(|b| b.is_ascii_lowercase())
                && (digits || w.contains(['-', '_']))
                && (digits || shares_a_run(w, known))
                && !names_a_site(w, known)
        })
}

/// Whether a word with a capital is the name of one of the CV's sites, as
/// an organisation writes its own ("Elite-RS" beside "https://elite-rs.cz"):
/// the organisation, not a handle.
fn names_a_site(word: &str, known: &[String]) -> bool {
    let lower = word.to_ascii_lowercase();
    word.bytes().any(|b| b.is_ascii_uppercase())
        && known.iter().any(|handle| {
            handle.trim_start_matches("www.").strip_prefix(&lower).is_some_and(|rest| rest.starts_with('.'))
        })
}

/// A line in Chinese or Japanese that names an administrative
/// unit, a road or a house number: "海珠区赤岗丽景花园".
fn is_cjk_address(body: &str) -> bool {
    let chars = body.chars().filter(|c| !c.is_whitespace()).count();
    let cjk = body.chars().filter(|c| is_cjk(*c)).count();
    (4..=40).contains(&chars)
        && cjk * 10 >= chars * 8
        && CJK_ADDRESS_UNITS.iter().any(|unit| body.match_indices(unit).any(|(at, _)| at > 0))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}
