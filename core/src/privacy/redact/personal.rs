//! Protected attributes (issue #18): what fair screening withholds and CVs
//! in many countries still list. The value after a label ("Gender: Female",
//! "Familienstand: ledig", "NACIONALIDAD : peruano"), an age ("22 years
//! old"), and a line that is only a marital status, a gender, a citizenship
//! or a photo caption ("Ledig", "Male", "CH-Bürger", "Photo"), as CVs list
//! them under an icon instead of a label. Also a licence's number
//! ("License #234567") or a certificate's ("Certificate Number:
//! T-2410181/C-P/05/2024"): it names the person as an ID does.
//!
//! Third round: labels in Turkish, Italian, Dutch, Portuguese, Indonesian and
//! Vietnamese; a value ends where the next field's label starts ("ESTADO
//! CIVIL: Solteiro DATA DE NASC: …"); and after any short label, a value that
//! is itself a marital status or a gender ("Maritial Status : Married").
//!
//! Fourth round: an age in words that also read as a duration ("21 anos",
//! "22 ans") where the number and the word stand alone in their field; a
//! Japanese age ("満 19 歳"); a marital status or a gender that is one part
//! of a line joined by dashes or commas ("29 Anos - Casado").
//!
//! Fifth round: a label's translation before its colon ("Jenis Kelamin /
//! Gender : …") or a label known only in its second language; a gender or
//! a marital status after its label with no colon ("Sexo Masculino"); fields
//! side by side on one line ("Nationality: Romanian Gender: Male"); an age
//! said in a sentence ("tengo 22 años", not "5 años de experiencia").
//!
//! Sixth round: labels in lenticular brackets ("【扶養家族】 無"), a gender
//! in brackets after a name ("柴田 怜 (男)"), labels in Swedish, Polish,
//! Russian and Arabic, ages in more languages ("25 лет", "25 tuổi"), and a
//! date of birth's label that ends a line ending the value before it.
//!
//! Seventh round: identity numbers by their national names (CURP, cédula,
//! CPF, PESEL), labels in Hungarian, Slovak, Czech, Romanian, Finnish,
//! Danish, Persian and Hebrew, and a colon doubled by a form's layout
//! ("Cedula: : …") left with the label; a spaced dash for the colon ("Age -
//! 31 years"); the end of a longer label ("birth" in "place of birth") starts
//! no field of its own; ethnicity, race, disability and political affiliation.
//!
//! Eighth round (knowledge, not fit): the labels, the values alone in a
//! field, the "years" of an age and the verbs that say one filled for the
//! common CV languages; an age said with a verb only where the sentence
//! goes on with "and" or "old" (`AGE_CLAUSE_WORDS`), as a duration goes on
//! with what the years were spent on; a value's length counted in
//! characters, not bytes (Cyrillic, Greek and Arabic values were cut at
//! half); a value ends where another column's text was joined to it
//! ("34 года - ручное тестирование") or where a field of its own follows a
//! comma; "高宇 / 男", a part after a spaced slash; under a heading of
//! personal details ("Personal Information", "Datos personales"), a line
//! that is only a date (the date of birth) or only nationality adjectives;
//! a date beside an age in brackets ("19/04/2003 (22 Tahun)", "24 anos
//! (1999-02-03)") is the date of birth.
//!
//! Ninth round: Romanian joins a number from twenty on to its noun with
//! "de": "36 de ani" is an age like "22 ani".

use super::tables::{
    AGE_CLAUSE_WORDS, AGE_LABELS, AGE_PHRASES, AGE_PREFIXES, AGE_VERBS, AGE_WORDS_ALONE, DOB_LABELS,
    LICENCE_WORDS, PERSONAL_LABELS, PERSONAL_LABELS_WITHOUT_COLON, PERSONAL_LINE_WORDS,
};
use super::tables::{PERSONAL_DETAILS_HEADINGS, PERSONAL_INFORMATION_HEADINGS, is_nationality};
use super::{PiiKind, Span, lines_at, next_char, skip_translation, translated_label_at};

/// The longest value a label may own: longer, it is prose, not a field.
const MAX_VALUE_CHARS: usize = 60;
const MAX_VALUE_WORDS: usize = 6;

pub(super) fn protected_attributes(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut seg_start = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        // "【扶養家族】 無 【配偶者】 無": a form's bracketed labels start fields.
        if matches!(c, '\n' | '|' | '•' | ';' | '\t' | '【') {
            in_fields(text, seg_start, i, &mut out);
            seg_start = i + c.len_utf8();
        }
    }
    let mut found_ages = Vec::new();
    ages(text, &mut found_ages);
    dates_beside_ages(text, &found_ages, &mut out);
    out.extend(found_ages);
    under_personal_heading(text, &mut out);
    bracketed_genders(text, &mut out);
    licence_numbers(text, &mut out);
    out
}

/// The number of a licence, wherever it stands: "License #234567",
/// "Licence no. 1234567". A number, not a year: five digits or more, or
/// four after a "#".
fn licence_numbers(text: &str, out: &mut Vec<Span>) {
    let lower = text.to_ascii_lowercase();
    for word in LICENCE_WORDS {
        for (at, _) in lower.match_indices(word) {
            let mut rest = at + word.len();
            if next_char(&lower, rest).is_some_and(char::is_alphanumeric)
                || lower[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            for _ in 0..3 {
                let trimmed = lower[rest..].trim_start_matches([' ', ':']);
                rest = lower.len() - trimmed.len();
                match ["number", "no.", "nr.", "no", "nr"].iter().find(|filler| {
                    trimmed.starts_with(**filler)
                        && !next_char(trimmed, filler.len()).is_some_and(char::is_alphanumeric)
                }) {
                    Some(filler) => rest += filler.len(),
                    None => break,
                }
            }
            let token_len = lower[rest..]
                .find(|c: char| c.is_whitespace() || ",;)".contains(c))
                .unwrap_or(lower.len() - rest);
            let token = &text[rest..rest + token_len];
            let digits = token.bytes().filter(u8::is_ascii_digit).count();
            // "T-2410181/C-P/05/2024": slashes in a number with letters, not in years ("2018/2019").
            let slashes = token.bytes().any(|b| b.is_ascii_alphabetic());
            let well_formed = token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"#-".contains(&b) || (slashes && b == b'/'));
            // "UC-H41VLXC1": a code of letters and digits, as course certificates number them.
            let code = token.contains('-')
                && slashes
                && digits >= 3
                && token.bytes().filter(u8::is_ascii_alphanumeric).count() >= 9;
            if well_formed && (digits >= 5 || code || (token.starts_with('#') && digits >= 4)) {
                out.push(Span { start: rest, end: rest + token_len, kind: PiiKind::Personal });
            }
        }
    }
}

/// A segment without the list marker and spaces before it: its offset and text.
fn body(segment: &str) -> (usize, &str) {
    let mut rest = segment.trim_start();
    for marker in ["o ", "-", "–", "*", "○", "●", "◦", "▪", "·", "⋄", "➢", "►"] {
        if let Some(after) = rest.strip_prefix(marker) {
            rest = after.trim_start();
            break;
        }
    }
    (segment.len() - rest.len(), rest.trim_end())
}

/// A segment that holds fields side by side with only spaces between them,
/// as Europass prints them ("Date of birth: 14/02/1997 Nationality:
/// Bangladeshi Gender: Female"): each field read as a segment of its own.
fn in_fields(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let segment = &text[start..end];
    let lower = segment.to_lowercase();
    let mut from = start;
    if lower.len() == segment.len() {
        let mut at = 0;
        while let Some(next) =
            next_field_at(&lower, at + lower[at..].chars().next().map_or(1, char::len_utf8))
        {
            in_segment(text, from, start + next, out);
            from = start + next;
            at = next;
        }
    }
    in_segment(text, from, end, out);
}

fn in_segment(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let (lead, body) = body(&text[start..end]);
    let at = start + lead;
    if body.is_empty() {
        return;
    }
    let lower = body.to_lowercase();
    if lower.len() != body.len() {
        return; // Byte offsets would not line up; such a segment holds no label we know.
    }
    // A labelled value: longest label first, so "place of birth" wins over "birth".
    let mut best: Option<(usize, usize)> = None; // (label length, value start in body)
    for label in PERSONAL_LABELS {
        if !lower.starts_with(label) || next_char(&lower, label.len()).is_some_and(char::is_alphanumeric) {
            continue;
        }
        // "Jenis Kelamin / Gender : …": the label's translation before the colon.
        let rest = skip_translation(&body[label.len()..]);
        let after_space = rest.trim_start();
        // "Sexo Masculino": with no colon, a value that is itself a gender or a marital status.
        let attribute_value = || {
            let value = after_space.split(['|', ',', ';']).next().unwrap_or_default().trim();
            rest.starts_with(' ') && is_attribute_word(&value.trim_end_matches('.').to_lowercase())
        };
        let value = if let Some(value) = after_space.strip_prefix([':', '：', '】']) {
            Some(value)
        } else if let Some(value) = rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" – ")) {
            // "Age - 25 years": a spaced dash for the colon.
            Some(value)
        } else if (PERSONAL_LABELS_WITHOUT_COLON.contains(label) || attribute_value())
            && rest.starts_with(' ')
        {
            Some(after_space)
        } else {
            None
        };
        if let Some(value) = value
            && best.is_none_or(|(len, _)| label.len() > len)
        {
            // "Cedula: : 402-…": a colon doubled by a form's layout goes with the label.
            let value_at = body.len() - value.trim_start_matches([' ', ':', '：']).len();
            best = Some((label.len(), value_at));
        }
    }
    if let Some((_, value_at)) = best {
        // "ESTADO CIVIL: Solteiro DATA DE NASC: 27/01/2002": the next field ends the value.
        let value_end = next_field_at(&lower, value_at)
            .or_else(|| label_inside(body, value_at))
            .unwrap_or(body.len())
            .min(glued_column_at(body, value_at));
        let value = body[value_at..value_end].trim_end().trim_end_matches(['.', ',']);
        if !value.is_empty()
            && value.chars().count() <= MAX_VALUE_CHARS
            && value.split_whitespace().count() <= MAX_VALUE_WORDS
        {
            out.push(Span {
                start: at + value_at,
                end: at + value_at + value.len(),
                kind: PiiKind::Personal,
            });
        }
        return;
    }
    // "Status Marital / Marital Status : …": a label known in its second language.
    if let Some(second) = translated_label_at(body) {
        let before = out.len();
        in_segment(text, at + second, end, out);
        if out.len() > before {
            return;
        }
    }
    // "Maritial Status : Married", "Status: ledig": a value that is itself a
    // marital status or a gender, whatever the label's spelling or language.
    if let Some(colon) = body.find([':', '：']) {
        let value = body[colon..].trim_start_matches([':', '：']).trim();
        let bare = value.trim_end_matches(['.', ',']).to_lowercase();
        let label_words = body[..colon].split_whitespace().count();
        if (1..=3).contains(&label_words) && is_attribute_word(&bare) {
            let value_at = at + body.len() - body[colon..].trim_start_matches([':', '：']).trim_start().len();
            out.push(Span { start: value_at, end: value_at + bare.len(), kind: PiiKind::Personal });
            return;
        }
    }
    // A line that is only a marital status, a citizenship or a photo caption.
    let words: Vec<&str> = lower.split_whitespace().collect();
    let bare = lower.trim_end_matches(['.', ',', ':']);
    let citizenship = words.len() <= 3
        && words.iter().any(|w| {
            let w = w.trim_end_matches(['.', ',']);
            w.ends_with("bürger") || w.ends_with("bürgerin") || w == "citizen"
        });
    if PERSONAL_LINE_WORDS.contains(&bare) || citizenship {
        let len = body.trim_end_matches(['.', ',', ':']).len();
        out.push(Span { start: at, end: at + len, kind: PiiKind::Personal });
        return;
    }
    // "29 Anos - Casado", "高宇 / 男": parts of a line joined by spaced dashes, slashes or
    // commas, each an attribute.
    let mut parts = Vec::new();
    let mut from = 0;
    loop {
        let next = [" - ", " – ", " — ", ", ", " / "]
            .iter()
            .filter_map(|sep| body[from..].find(sep).map(|i| (from + i, sep.len())))
            .min();
        match next {
            Some((cut, len)) => {
                parts.push((from, cut));
                from = cut + len;
            }
            None => {
                parts.push((from, body.len()));
                break;
            }
        }
    }
    if parts.len() >= 2 {
        for (start, end) in parts {
            let part = &body[start..end];
            let value = part.trim().trim_end_matches('.');
            if is_attribute_word(&value.to_lowercase()) {
                let value_at = at + start + (part.len() - part.trim_start().len());
                out.push(Span { start: value_at, end: value_at + value.len(), kind: PiiKind::Personal });
            }
        }
    }
}

/// The short lines under a heading of personal details ("Personal
/// Information", "Datos personales", "Личные данные"), as a template lists
/// them with no labels: a line that is only a date is the date of birth
/// ("23/02/1997"), one that is only nationality adjectives the nationality
/// ("Belgian"). Up to eight lines, until a blank run of two or a heading
/// in capitals.
fn under_personal_heading(text: &str, out: &mut Vec<Span>) {
    let lines = lines_at(text);
    for (index, (_, line)) in lines.iter().enumerate() {
        let heading = line.trim().trim_end_matches([':', '.', '：']).to_lowercase();
        if !PERSONAL_INFORMATION_HEADINGS.contains(&heading.as_str())
            && !PERSONAL_DETAILS_HEADINGS.contains(&heading.as_str())
        {
            continue;
        }
        let mut blank = 0;
        let mut seen = 0;
        for &(at, below) in &lines[index + 1..] {
            let value = below.trim();
            if value.is_empty() {
                blank += 1;
                if blank >= 2 {
                    break;
                }
                continue;
            }
            blank = 0;
            seen += 1;
            let letters: Vec<char> = value.chars().filter(|c| c.is_alphabetic()).collect();
            // Any heading ends the section ("Experience", "LANGUAGES").
            let heading = !value.ends_with(':')
                && crate::local::layout::heading(value).is_some_and(|(_, rest)| rest.is_empty());
            if seen > 8 || heading || (letters.len() > 3 && letters.iter().all(|c| c.is_uppercase())) {
                break;
            }
            let start = at + (below.len() - below.trim_start().len());
            // "English, French" lists languages; a nationality stands alone.
            let parts: Vec<&str> = value.split([',', '/']).collect();
            let nationality =
                parts.len() == 1 && parts.iter().all(|part| is_nationality(&part.trim().to_lowercase()));
            if nationality {
                out.push(Span { start, end: start + value.len(), kind: PiiKind::Personal });
            } else if is_birth_date(value) {
                out.push(Span { start, end: start + value.len(), kind: PiiKind::DateOfBirth });
            }
        }
    }
}

/// A date with an age in brackets after it, or in brackets after an age:
/// "19/04/2003 (22 Tahun)", "17 років (08/02/2005)". The age says the date
/// is the birth's; a year alone too when the age counts from it to a year
/// of this century ("1993(만 31세)").
/// Marks of an age said in full, in Korean, Japanese and Chinese: "만 31세",
/// "満25歳", "25岁".
const FULL_AGE_MARKS: &[&str] = &["만", "満", "세", "歳", "岁"];

fn dates_beside_ages(text: &str, ages: &[Span], out: &mut Vec<Span>) {
    for age in ages {
        // "19/04/2003 (22 Tahun)": the date before the bracket.
        if let Some(head) = text[..age.start].trim_end_matches(' ').strip_suffix(['(', '（']) {
            let head = head.trim_end_matches(' ');
            let start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace() || c == ',')
                .map_or(0, |(i, c)| i + c.len_utf8());
            // "남자, 1993(만 31세)": a year alone, when the age counts from it to a year CVs are written in.
            let age_years: u32 = text[age.start..age.end]
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap_or(0);
            // "Desde 2008 (17 años)" is a duration: a year alone needs an age
            // said in full ("만 31세", "満25歳") or another attribute on its line.
            let bracket = text[head.len()..].split([')', '）', '\n']).next().unwrap_or_default();
            let full_age = FULL_AGE_MARKS.iter().any(|mark| bracket.contains(mark));
            let line_start = text[..age.start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[age.end..].find('\n').map_or(text.len(), |i| age.end + i);
            let beside = out.iter().any(|span| span.start >= line_start && span.end <= line_end);
            let year_of_birth = (full_age || beside)
                && head[start..].len() == 4
                && head[start..].parse::<u32>().is_ok_and(|year| (2000..=2040).contains(&(year + age_years)));
            if is_birth_date(&head[start..]) || year_of_birth {
                out.push(Span { start, end: head.len(), kind: PiiKind::DateOfBirth });
            }
        }
        // "17 років (08/02/2005)": the date in brackets after the age.
        let rest = &text[age.end..];
        let inner = rest.trim_start_matches(' ').strip_prefix(['(', '（']);
        if let Some((date, _)) = inner.and_then(|inner| inner.split_once([')', '）']))
            && is_birth_date(date.trim())
        {
            let start = text.len() - inner.unwrap_or_default().len() + (date.len() - date.trim_start().len());
            out.push(Span { start, end: start + date.trim().len(), kind: PiiKind::DateOfBirth });
        }
    }
}

/// A date alone of a day, a month and a year of birth (1930 to 2012):
/// "23/02/1997", "1997-02-23", "23.02.1997".
fn is_birth_date(value: &str) -> bool {
    let groups: Vec<&str> = value.split(['/', '.', '-']).collect();
    if groups.len() != 3 || !groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let year = if groups[0].len() == 4 { groups[0] } else { groups[2] };
    let small = |g: &str| (1..=2).contains(&g.len());
    let shaped = if groups[0].len() == 4 {
        small(groups[1]) && small(groups[2])
    } else {
        small(groups[0]) && small(groups[1])
    };
    shaped && year.len() == 4 && year.parse::<u32>().is_ok_and(|y| (1930..=2012).contains(&y))
}

/// A gender or a marital status in brackets of its own, after a name:
/// "柴田 怜 (男)", "Jane Doe (female)". Not "single", which brackets say of
/// much else ("(single page)" is longer, "(single)" a tennis match).
fn bracketed_genders(text: &str, out: &mut Vec<Span>) {
    for (open, close) in [('(', ')'), ('（', '）')] {
        for (at, _) in text.match_indices(open) {
            let from = at + open.len_utf8();
            let Some(len) = text[from..].find(close) else { continue };
            let inside = &text[from..from + len];
            let value = inside.trim();
            let lower = value.to_lowercase();
            if !inside.contains('\n') && lower != "single" && is_attribute_word(&lower) {
                let start = from + (inside.len() - inside.trim_start().len());
                out.push(Span { start, end: start + value.len(), kind: PiiKind::Personal });
            }
        }
    }
}

/// A marital status or a gender (not a photo caption: "Type: Photo" is none).
pub(super) fn is_attribute_word(word: &str) -> bool {
    PERSONAL_LINE_WORDS.contains(&word) && !["foto", "photo", "photograph"].contains(&word)
}

/// Where another column's text starts inside a value that the extraction
/// joined to it: at a spaced dash before a word in lower case ("34 года -
/// регрессионное тестирование", a list item beside the field), or at a comma
/// before words in lower case that end in a colon ("Казахстан, есть
/// разрешение на работу: …", a field of its own). The value's end when
/// there is none.
fn glued_column_at(body: &str, from: usize) -> usize {
    let value = &body[from..];
    let lower_after = |at: usize| value[at..].chars().next().is_some_and(char::is_lowercase);
    let dash = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| value.find(dash).map(|at| (at, at + dash.len())))
        .filter(|&(_, after)| lower_after(after))
        .map(|(at, _)| at)
        .min();
    let comma = value.find(", ").filter(|&at| {
        let rest = &value[at + 2..];
        lower_after(at + 2)
            && rest
                .find([':', '：'])
                .is_some_and(|colon| !rest[..colon].contains(',') && rest[..colon].split(' ').count() <= 5)
    });
    from + dash.into_iter().chain(comma).min().unwrap_or(value.len())
}

/// Where a label of any field starts inside a value: "Female Phone number:
/// …" → the offset of "Phone". A word with a colon after the value's first,
/// and the capitalised word that starts its label.
fn label_inside(body: &str, from: usize) -> Option<usize> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = from;
    for word in body[from..].split(' ') {
        if !word.is_empty() {
            words.push((at, word));
        }
        at += word.len() + 1;
    }
    // "安徽六安 联系方式：178…": a full-width colon glues the next field's value to its label.
    let colon = words.iter().skip(1).position(|(_, w)| w.ends_with([':', '：']) || w.contains('：'))? + 1;
    // "Republika Kazakhstan, est' …:": a label starts after the value's last comma.
    let first = words[..colon].iter().rposition(|(_, w)| w.ends_with(',')).map_or(1, |comma| comma + 1);
    words[first..=colon]
        .iter()
        .rev()
        .find(|(_, w)| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
        })
        .map(|(at, _)| *at)
}

/// Where another field's label starts inside a value, after a space:
/// "Solteiro DATA DE NASC: 27/01/2002" → the offset of "DATA".
fn next_field_at(lower: &str, from: usize) -> Option<usize> {
    lower.get(from..)?.char_indices().find_map(|(i, _)| {
        let at = from + i;
        let starts_word = i > 0 && lower[..at].ends_with(' ');
        let rest = &lower[at..];
        // "birth" ends "place of birth": the end of a longer label starts no field.
        let inside_longer = |label: &str| {
            PERSONAL_LABELS.iter().chain(DOB_LABELS).any(|longer| {
                longer.len() > label.len()
                    && longer.ends_with(label)
                    && lower[..at + label.len()].ends_with(longer)
            })
        };
        let labelled = |label: &&str| {
            rest.starts_with(*label)
                && rest[label.len()..].trim_start().starts_with([':', '：'])
                && !inside_longer(label)
        };
        // "Edad: 20 Años, Nacido el" / "17.09.2004": a date of birth's label that ends the line.
        let ends_line = |label: &&str| rest.starts_with(*label) && rest[label.len()..].trim().is_empty();
        (starts_word
            && (PERSONAL_LABELS.iter().any(labelled)
                || DOB_LABELS.iter().any(labelled)
                || DOB_LABELS.iter().any(ends_line)))
        .then_some(at)
    })
}

/// "22 years old", "aged 22" is left to its label; "22-year-old", "35 Jahre alt".
fn ages(text: &str, out: &mut Vec<Span>) {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return;
    }
    for phrase in AGE_PHRASES {
        for (at, _) in lower.match_indices(phrase) {
            let end = at + phrase.len();
            if next_char(&lower, end).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let before = lower[..at].trim_end_matches([' ', '-']);
            let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            if !(1..=2).contains(&digits) {
                continue;
            }
            let mut start = before.len() - digits;
            let age: u32 = before[start..].parse().unwrap_or(0);
            // "満 19 歳": the word for full years goes with the age.
            let head = before[..start].trim_end();
            if let Some(prefix) = AGE_PREFIXES.iter().find(|prefix| head.ends_with(**prefix)) {
                start = head.len() - prefix.len();
            }
            if before[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            if (14..=99).contains(&age) {
                out.push(Span { start, end, kind: PiiKind::Personal });
            }
        }
    }
    ages_alone(text, &lower, out);
}

/// "21 anos", "29 Anos - Casado", "(22 ans)": a number of years alone in
/// its field, as no duration stands ("15 anos de experiência" goes on), or
/// after an age's label without a colon ("Edad 20 años"); after a colon
/// only an age's label's ("Ålder: 25 år", not "Erfarenhet: 15 år").
fn ages_alone(text: &str, lower: &str, out: &mut Vec<Span>) {
    const ENDS: &[char] = &['\n', '-', '–', '—', ',', '•', '|', ')', '.', ';', '/'];
    for word in AGE_WORDS_ALONE {
        for (at, _) in lower.match_indices(word) {
            let end = at + word.len();
            let after = text[end..].trim_start_matches(' ');
            if !text[..at].ends_with(' ') || next_char(lower, end).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let before = text[..at].trim_end_matches(' ');
            // "36 de ani": Romanian joins a number from twenty on to its noun with "de".
            let before = before
                .strip_suffix(" de")
                .filter(|number| *word == "ani" && number.ends_with(|c: char| c.is_ascii_digit()))
                .unwrap_or(before);
            let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let start = before.len() - digits;
            let head = text[..start].trim_end_matches(' ');
            // "tengo 22 años y soy de …", "j'ai 22 ans": a verb that says one's age.
            let lower_head = &lower[..head.len()];
            let said = ends_with_a_word_of(lower_head, AGE_VERBS);
            // "tengo 23 años y vivo …", "ik ben 25 jaar oud": the sentence goes on with a
            // conjunction or "old"; "tengo 5 años de experiencia", "mam 15 lat doświadczenia"
            // is a duration.
            let goes_on = after
                .split([' ', ',', '.'])
                .next()
                .is_some_and(|word| AGE_CLAUSE_WORDS.contains(&word.to_lowercase().as_str()));
            // "24 anos (1999-02-03)": the date of birth in brackets after it.
            let dated = after
                .strip_prefix(['(', '（'])
                .and_then(|inner| inner.split_once([')', '）']))
                .is_some_and(|(date, _)| is_birth_date(date.trim()));
            if !(after.is_empty() || after.starts_with(ENDS) || (said && goes_on) || dated) {
                continue;
            }
            // "Edad 20 años": an age's label with no colon.
            let labelled = ends_with_a_word_of(lower_head, AGE_LABELS);
            // "Ålder: 25 år", not "Erfarenhet: 15 år": after a colon only an age's label.
            let after_age_label =
                ends_with_a_word_of(lower_head.trim_end_matches([':', '：']).trim_end(), AGE_LABELS);
            let field_start = head.is_empty()
                || head.ends_with(['\n', '(', '•', '|', ',', '-', '–', '/'])
                || (head.ends_with([':', '：']) && after_age_label)
                || said
                || labelled;
            let age: u32 = before[start..].parse().unwrap_or(0);
            if (1..=2).contains(&digits) && field_start && (14..=99).contains(&age) {
                out.push(Span { start, end, kind: PiiKind::Personal });
            }
        }
    }
}
/// Whether `text` ends with one of `words`, whole: "tengo" ends "yo
/// tengo", not "contengo".
fn ends_with_a_word_of(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| {
        text.strip_suffix(word)
            .is_some_and(|before| !before.chars().next_back().is_some_and(char::is_alphanumeric))
    })
}
