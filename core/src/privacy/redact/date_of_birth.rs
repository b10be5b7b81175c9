//! Dates of birth: only a date right after a label ("Date of birth", "DOB",
//! "Born", "geboren am", "Date et lieu de naissance"); unlabelled dates are
//! dates of employment and stay. Labels are abbreviated too ("GEB.",
//! "DATA DE NASC") and in more languages ("Doğum Tarihi", "Tanggal lahir"). The place of birth after the date ("in
//! Kirgisistan", "à Dakar", ", Lisbon") goes with it. A date whose ordinal
//! the layout put on a line of its own ("May 15" / "th" / "1995") is one date.
//!
//! Fourth round: a label alone on its line takes the date on the next line
//! ("Data urodzenia" / "2000-03-14"), and a place on the line after the date
//! goes with it ("in: Greiz"); Japanese and Chinese dates
//! ("2003年 11月 13日", "平成13年10月01日"), and such a date marked as a
//! birth by "生" after it, with no label ("平成13年10月01日生").
//! A word after the year that belongs to the date goes with it: "2005 г.",
//! "1998年11月9日生".
//!
//! Fifth round: labels in more languages and with the place named in them
//! ("Fecha y lugar de nacimiento", "Születési idő", "Dátum narodenia",
//! "出生", "متولد"), dates in Persian or Arabic-Indic digits, and a Swiss
//! place of origin after the date (", aus Sarnen OW"); "Birth:" alone and
//! "born" in Portuguese and Polish ("Nascido em", "Urodzony").

use super::tables::{BIRTHPLACE_LINKS, DATE_YEAR_WORDS, DOB_LABELS, JAPANESE_ERAS, MONTH_NAMES};
use super::{PiiKind, Span, lower_same_len, next_char, prev_char};

pub(super) fn dates_of_birth(text: &str) -> Vec<Span> {
    // "Дата рождения", "ΗΜΕΡΟΜΗΝΙΑ": labels in any cased script.
    let lower = lower_same_len(text);
    let mut out = Vec::new();
    for label in DOB_LABELS {
        for (at, _) in lower.match_indices(label) {
            let label_end = at + label.len();
            if prev_char(text, at).is_some_and(char::is_alphanumeric)
                || next_char(text, label_end).is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let mut line_end =
                text[label_end..].find(['\n', '|', ';', '•']).map_or(text.len(), |i| label_end + i);
            // "May 15" + "th" + "1995": a superscript ordinal the extraction put
            // on lines of their own takes the year below it; a label alone on
            // its line, the line below it.
            if date_end(&text[label_end..line_end]).is_none() {
                line_end = if text[label_end..line_end].trim_matches([' ', ':', '：']).is_empty() {
                    next_line_end(text, line_end)
                } else {
                    short_lines_after(text, line_end)
                };
            }
            let mut cap = (label_end + 48).min(line_end);
            while !text.is_char_boundary(cap) {
                cap -= 1;
            }
            if let Some(date_end) =
                date_end(&text[label_end..cap]).or_else(|| eastern_date_end(&text[label_end..line_end]))
            {
                let end = label_end + date_end;
                let end = end + year_word_len(&text[end..line_end]);
                let mut end = end + place_end(&text[end..line_end]);
                // "geboren am: 17.05.1960" / "in: Greiz": the place on the next line.
                if text[end..line_end].trim().is_empty() {
                    let next = next_line_end(text, line_end);
                    let below = &text[(line_end + 1).min(next)..next];
                    if next > line_end
                        && ["in:", "in ", "à "].iter().any(|link| below.trim_start().starts_with(link))
                    {
                        let place = place_end(below);
                        if place > 0 {
                            end = line_end + 1 + place;
                        }
                    }
                }
                // "Date of birth: [DOB-1]": the label stays, a field's name and no one's data.
                let start = date_start(&text[label_end..end]).map_or(at, |from| label_end + from);
                out.push(Span { start, end, kind: PiiKind::DateOfBirth });
            }
        }
    }
    born_marked(text, &mut out);
    out
}

/// Where the date starts in what follows its label: the first word that is
/// a number or a month's name ("on 3 March 1991", ": 17.05.1960"), with a
/// Japanese era before it.
fn date_start(value: &str) -> Option<usize> {
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    value.char_indices().find_map(|(i, c)| {
        if !c.is_alphanumeric() || value[..i].chars().next_back().is_some_and(char::is_alphanumeric) {
            return None;
        }
        // Any script's digits: "۲۴ / ۰۳ / ۱۳۷۹".
        if c.is_numeric() {
            let era = JAPANESE_ERAS.iter().find(|era| value[..i].trim_end().ends_with(**era));
            return Some(era.map_or(i, |era| value[..i].trim_end().len() - era.len()));
        }
        let word: String =
            value[i..].chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        let month = (word.len() >= 3 && word.is_ascii() && months.iter().any(|m| word.starts_with(m)))
            || MONTH_NAMES.contains(&word.as_str());
        month.then_some(i)
    })
}

/// The end of the line after the one that ends at `line_end` (`line_end`
/// itself when there is none).
fn next_line_end(text: &str, line_end: usize) -> usize {
    match text[line_end..].strip_prefix('\n') {
        Some(rest) => line_end + 1 + rest.find('\n').unwrap_or(rest.len()),
        None => line_end,
    }
}

/// A Japanese or Chinese date with "生" (born) after it: "平成13年10月01日生",
/// "2003年11月13日生", with its era.
fn born_marked(text: &str, out: &mut Vec<Span>) {
    for (at, c) in text.char_indices() {
        if !c.is_ascii_digit() || text[..at].chars().next_back().is_some_and(|p| p.is_ascii_digit()) {
            continue;
        }
        let Some(len) = cjk_date_len(&text[at..]) else { continue };
        let end = at + len;
        let after = text[end..].trim_start_matches(' ');
        if !after.starts_with('生') {
            continue;
        }
        let end = text.len() - after.len() + '生'.len_utf8();
        let before = text[..at].trim_end_matches(' ');
        let start = JAPANESE_ERAS
            .iter()
            .find(|era| before.ends_with(**era))
            .map_or(at, |era| before.len() - era.len());
        out.push(Span { start, end, kind: PiiKind::DateOfBirth });
    }
}

/// The length of a date written with 年, 月 and 日 at the start of `value`
/// ("2003年 11月 13日", "13年10月01日" after an era), or with 년, 월 and 일.
fn cjk_date_len(value: &str) -> Option<usize> {
    let mut rest = value;
    // Korean writes the same units in Hangul: "1988년 03월 14일".
    for (units, most) in [(['年', '년'], 4), (['月', '월'], 2), (['日', '일'], 2)] {
        rest = rest.trim_start_matches(' ');
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if !(1..=most).contains(&digits) {
            return None;
        }
        rest = rest[digits..].trim_start_matches(' ').strip_prefix(units)?;
    }
    Some(value.len() - rest.len())
}

/// The end of up to two short lines (four characters at most, as an
/// ordinal's "th" and a year) after the line that ends at `line_end`.
fn short_lines_after(text: &str, line_end: usize) -> usize {
    let mut end = line_end;
    for _ in 0..2 {
        let Some(rest) = text[end..].strip_prefix('\n') else { break };
        let line = rest.split('\n').next().unwrap_or_default();
        if line.trim().is_empty() || line.trim().chars().count() > 4 {
            break;
        }
        end += 1 + line.len();
    }
    end
}

/// The end of the first date in `value`: after its year (`1990`), or after a
/// numeric date (`12/03/90`). `None` when no date comes first.
fn date_end(value: &str) -> Option<usize> {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit()
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && let Some(len) = cjk_date_len(&value[i..])
        {
            return Some(i + len);
        }
        if bytes[i].is_ascii_digit()
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && let Some(len) = spaced_date_len(&value[i..])
        {
            return Some(i + len);
        }
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

/// The end of a date in Persian or Arabic-Indic digits after its label
/// ("متولد : ۲۴ / ۰۳ / ۱۳۷۹"): a colon, then only such digits, separators
/// and spaces, six digits at least in three groups.
fn eastern_date_end(value: &str) -> Option<usize> {
    let eastern = |c: char| matches!(c, '\u{06F0}'..='\u{06F9}' | '\u{0660}'..='\u{0669}');
    let rest = value.trim_start_matches([' ', ':', '：']);
    let lead = value.len() - rest.len();
    let len = rest.find(|c: char| !(eastern(c) || " /.-".contains(c))).unwrap_or(rest.len());
    let date = rest[..len].trim_end();
    let digits = date.chars().filter(|&c| eastern(c)).count();
    let groups = date.split(['/', '.', '-']).filter(|g| g.trim().chars().any(eastern)).count();
    (digits >= 6 && groups == 3).then_some(lead + date.len())
}

/// The length of a date whose separators stand between spaces, as forms
/// write it: "1996 - 04 - 17", "17 / 04 / 1996", "1992 - 06 – 21". Three groups of digits,
/// a year first or last, the others of one or two digits.
fn spaced_date_len(value: &str) -> Option<usize> {
    let mut groups = Vec::new();
    let mut at = 0;
    for n in 0..3 {
        if n > 0 {
            let rest = &value[at..];
            let trimmed = rest.trim_start_matches(' ');
            // A dash may be a hyphen, an en or an em dash, mixed ("1992 - 06 – 21").
            let separator = trimmed.chars().next().filter(|c| "/.-–—".contains(*c))?;
            let after = trimmed[separator.len_utf8()..].trim_start_matches(' ');
            // Spaces around the separator, or it would be a plain date.
            if rest.len() == trimmed.len() && trimmed.len() - separator.len_utf8() == after.len() {
                return None;
            }
            at = value.len() - after.len();
        }
        let digits = value[at..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        groups.push(&value[at..at + digits]);
        at += digits;
    }
    let year = |g: &str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    let small = |g: &str| (1..=2).contains(&g.len());
    let ok = (year(groups[0]) && small(groups[1]) && small(groups[2]))
        || (small(groups[0]) && small(groups[1]) && year(groups[2]));
    ok.then_some(at)
}

/// The length of a word after a date's year that belongs to the date, with
/// the space before it: " г." in "14 марта 2005 г.", "г" in "09.02.1982г",
/// "生" in "2003年11月13日生"; 0 when none follows.
fn year_word_len(rest: &str) -> usize {
    let trimmed = rest.strip_prefix(' ').unwrap_or(rest);
    let lower = trimmed.to_lowercase();
    // Longest first: "года" before "г", "г." before "г".
    let mut words: Vec<&&str> = DATE_YEAR_WORDS.iter().collect();
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    words
        .into_iter()
        .find(|word| {
            lower.len() == trimmed.len()
                && lower.starts_with(**word)
                && (word.ends_with('.')
                    || !trimmed[word.len()..].chars().next().is_some_and(char::is_alphanumeric))
        })
        .map_or(0, |word| rest.len() - trimmed.len() + word.len())
}

/// The end of a place of birth at the start of `rest`: a link word ("in",
/// "à", a comma) and one to four capitalised words; 0 when there is none.
fn place_end(rest: &str) -> usize {
    // "3. 5. 1990. u Splitu": the date's closing dot before the link.
    let trimmed = rest.trim_start().strip_prefix(". ").unwrap_or(rest.trim_start()).trim_start();
    let Some(link) = BIRTHPLACE_LINKS.iter().find(|link| {
        trimmed
            .strip_prefix(**link)
            .is_some_and(|after| **link == "," || after.starts_with(' ') || after.starts_with(": "))
    }) else {
        return 0;
    };
    // "in: Greiz": the link written as a label; ", aus Stans NW": a comma, then a link word
    // (a Swiss place of origin).
    let mut link_len = if trimmed[link.len()..].starts_with(':') { link.len() + 1 } else { link.len() };
    if *link == "," {
        let after = trimmed[1..].trim_start();
        if let Some(word) = after.split(' ').next().filter(|w| *w != "," && BIRTHPLACE_LINKS.contains(w))
            && after[word.len()..].starts_with(' ')
        {
            link_len = trimmed.len() - after.len() + word.len();
        }
    }
    let link = &trimmed[..link_len];
    let place = trimmed[link.len()..].trim_start();
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = place.chars().next().is_some_and(char::is_uppercase);
    if !capitalised || words.is_empty() || words.len() > 4 || place.len() > 40 {
        return 0;
    }
    let place = place.trim_end_matches(['.', ',', ' ']);
    rest.len() - trimmed.len() + (trimmed.len() - trimmed[link.len()..].trim_start().len()) + place.len()
}
