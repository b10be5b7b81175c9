//! Street addresses: a house number next to a street word, extended over the
//! city, state and postcode after it; or an "Address:" line. Also the forms
//! European and Indian CVs use (issue #18): a street word on its own before
//! the number ("Holtwicker str 5", "Hedwig-Kettler Weg 14"), a street and
//! number before a postcode ("Südliches Regelholz 2, 32584 Löhne"), a
//! postcode and city on a line of their own ("64331 Weiterstadt", "72 230
//! Arnage"), and a city with its six-digit PIN ("Hosur-635109").
//!
//! Second round: a street word ending a hyphenated name or abbreviated with
//! a dot ("Käthe-Kollwitz-Str. 12", "Hauptstr. 5", "Konrad-Adenauer-Ring 7");
//! a comma between the street and its number ("Calle de Alcalá, 45", "12,
//! rue des Lilas");
//! and the Latin American forms that name a block and a lot, a housing
//! estate or a neighbourhood instead of a street ("Mz B lote 7, Urb. Los
//! Pinos", "Col. Roma Norte, Calle Durango 12"): a line with two such
//! markers, one of them strong and followed by its code, is an address, with
//! the line after it when that line goes on with one ("2da etapa, Lima").
//!
//! Third round: address labels in more languages ("Adres:", "Anwani:",
//! "Indirizzo:", "地址："), a labelled value of two words or more or with a
//! slash ("Adres: İstasyon Mah. Merkez/Kırklareli"), a value the layout
//! wrapped onto a line that starts in lower case, post-office boxes in more
//! languages ("Sanduku la Posta", "Caixa Postal"), postcodes of three and two
//! digits ("618 00, Czechia") and house numbers with a letter ("115/B"); in
//! a table of personal fields, a label with no colon ("Adresse/Quartier
//! Niamey / Bassora").
//!
//! Fourth round: a street and number on the line above a postcode and city
//! ("Brunnenkamp 17" / "45141 Essen", "Am Lindenhof 9"), a second label word
//! after a comma ("Postcode, plaats 2140 Borgerhout"), the unit after a dash
//! ("Lakborslei 118 – bus 3"); Japanese addresses are `japanese`'s.
//!
//! Fifth round: the city and postcode after the street with no comma
//! ("… Piso 8 Puerta B Torrejón de Ardoz, Madrid 28850", "Hauptstr. 5 10115
//! Berlin"), and a line below that holds only the flat and the postcode
//! ("Av. Bento Gonçalves, 4093" / "ap 504 91330-020").
//!
//! Sixth round: postcodes with a hyphen ("41-200", "1000-001"), a country in
//! brackets after the town ("(Spain)", not "(Home)"), the Spanish "C/"
//! apart from or glued to the street's name, an abbreviated prefix in lower
//! case ("ul. Polna 4"), Nordic street endings with a staircase and a flat
//! ("Björkallén 6 B 15 – 02320, Esbo"), a label's value a blank line below
//! it, labels in more languages with no colon beside a contact field
//! ("Direccion …" above "Telephone …"), and a post office's or village's
//! one-word name; a labelled value that names an institution and holds no
//! number ("Present Address : … University, Rangpur") is none.
//!
//! Seventh round: street prefixes of more countries ("Jl.", "Aleja", "ул.",
//! "вул."), a word for the house's number ("No. 5", "д. 5"), a flat's word
//! after a comma ("кв. 12"), street words of Norway, Denmark and Sweden apart
//! from the name ("Nordre gate 4"), a plot's word and number when a postcode
//! ends the line ("House 7, Road 2, Mirpur, Dhaka 1216"), and after an
//! address, parts joined by commas or dashes that are only places, a state's
//! code or a postcode up to the segment's end ("… - Boa Vista, Recife - PE,
//! 50000-000"); a town, a state's code and a ZIP ("Austin, TX 78701") or a
//! British or Canadian postcode ("Leeds LS1 4DY", "Halifax, NS B3H 4R2");
//! Thai and Turkish street words with a word for the number ("Soi Ari 4",
//! "Bağdat Caddesi No: 12"); an Indian flat's number leading the address.
//!
//! Eighth round: the Romanian "Str." before the street's name ("Str. Ion
//! Creangă nr. 7") and a city's numbered district after the address ("…,
//! sector 4").

use super::name::is_field_line;
use super::tables::{
    ADDRESS_LABELS, BLOCK_MARKERS, DIRECTIONS, DISTRICT_WORDS, ESTATE_MARKERS, LOCALITY_MARKERS,
    NAME_PARTICLES, NUMBERED_STREET_PREFIXES, ORGANISATION_WORDS, PO_BOX_WORDS, STREET_ENDINGS,
    STREET_PREFIXES, STREET_SUFFIXES, STREET_WORDS, UNIT_WORDS,
};
use super::tables::{
    CONTACT_LABEL_WORDS, HOUSE_NUMBER_WORDS, ONE_WORD_ADDRESS_LABELS, PHONE_LABELS, PLOT_WORDS,
};
use super::{PiiKind, Span, lines_at, skip_translation, tokens, translated_label_at};

pub(super) fn addresses(text: &str) -> Vec<Span> {
    let mut out = streets_above_postcodes(text);
    out.extend(locality_lines(text));
    out.extend(under_label_lines(text));
    let mut seg_start = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        if matches!(c, '\n' | '|' | '•' | '·' | ';' | '\t') {
            address_in_segment(text, seg_start, i, &mut out);
            seg_start = i + c.len_utf8();
        }
    }
    out
}

/// "Brunnenkamp 17" above "45141 Essen": one to four capitalised words and a
/// house number, alone on the line above a postcode and city.
fn streets_above_postcodes(text: &str) -> Vec<Span> {
    let lines = lines_at(text);
    let mut out = Vec::new();
    for pair in lines.windows(2) {
        let ((start, line), (_, below)) = (pair[0], pair[1]);
        let body = line.trim();
        let words: Vec<&str> = body.split_whitespace().collect();
        let Some((number, name)) = words.split_last() else { continue };
        let street = (1..=4).contains(&name.len())
            && name.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || "-.'".contains(c))
            })
            && is_house_number(number)
            && !number.ends_with(',');
        if street && is_postcode_line(below.trim()) {
            let from = start + line.find(body).unwrap_or(0);
            out.push(Span { start: from, end: from + body.len(), kind: PiiKind::Address });
        }
    }
    out
}

/// The Latin American lines the module documentation describes.
fn locality_lines(text: &str) -> Vec<Span> {
    let lines = lines_at(text);
    let mut out = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let (start, line) = lines[index];
        if !is_locality_line(line) {
            index += 1;
            continue;
        }
        let mut last = index;
        if let Some(&(_, next)) = lines.get(index + 1)
            && goes_on(next)
        {
            last = index + 1;
        }
        let (end_start, end_line) = lines[last];
        let lead = line.len() - line.trim_start().len();
        out.push(Span {
            start: start + lead,
            end: end_start + end_line.trim_end().len(),
            kind: PiiKind::Address,
        });
        index = last + 1;
    }
    out
}

/// A line's words for the locality markers: split at spaces, colons and
/// commas, lower case, without a trailing dot ("Urb:pachacamac" → "urb",
/// "pachacamac").
fn marker_words(line: &str) -> Vec<String> {
    line.split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ';' | '/'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect()
}

fn is_marker(word: &str) -> bool {
    BLOCK_MARKERS.contains(&word) || ESTATE_MARKERS.contains(&word) || LOCALITY_MARKERS.contains(&word)
}

/// A block, lot or unit's code: "21", "J", "B2", "N°5".
fn is_code(word: &str) -> bool {
    let chars = word.chars().count();
    word.chars().all(char::is_alphanumeric)
        && (word.chars().all(|c| c.is_ascii_digit()) && chars <= 5
            || chars <= 3 && word.chars().any(|c| c.is_ascii_digit() || c.is_uppercase()))
}

fn is_locality_line(line: &str) -> bool {
    let raw: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ';' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let words = marker_words(line);
    if words.len() > 12 || !line.chars().any(|c| c.is_ascii_digit()) || line.contains('@') {
        return false;
    }
    let markers = words.iter().filter(|w| is_marker(w)).count();
    // A block with its code after it ("Mz J", "lote 21"), or an estate or
    // neighbourhood with its name ("Urb. Los Pinos", "Col. Roma").
    let anchored = words.iter().enumerate().any(|(i, w)| {
        let Some(next) = raw.get(i + 1).map(|next| next.trim_end_matches('.')) else { return false };
        let lower = next.to_lowercase();
        // "Los Pinos", "Del Valle", "pachacamac"; not "de", not a marker.
        let named = !is_marker(&lower)
            && (next.chars().next().is_some_and(char::is_uppercase) && next.chars().all(char::is_alphabetic)
                || next.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && next.chars().next().is_some_and(char::is_alphabetic)
                    && !NAME_PARTICLES.contains(&lower.as_str()));
        BLOCK_MARKERS.contains(&w.as_str()) && is_code(next) || ESTATE_MARKERS.contains(&w.as_str()) && named
    });
    markers >= 2 && anchored
}

/// A line that goes on with an address: short, no contact data or label,
/// and a locality marker or an ordinal ("4ta etapa …", "2nd sector").
fn goes_on(line: &str) -> bool {
    let words = marker_words(line);
    let ordinal = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && (1..=3).contains(&(w.len() - digits))
            && w[digits..].bytes().all(|b| b.is_ascii_alphabetic())
    };
    (1..=8).contains(&words.len())
        && !line.contains(['@', ':'])
        && !line.contains("http")
        && words.iter().any(|w| is_marker(w) || ordinal(w))
}

fn bare(word: &str) -> String {
    word.trim_end_matches([',', '.']).to_lowercase()
}

/// A postcode and its city, alone: "64331 Weiterstadt", "72 230 Arnage",
/// "D-10115 Berlin", "3063 Ittigen, Switzerland".
fn is_postcode_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let code = |w: &str| {
        let w = w.trim_end_matches(',');
        let w = w
            .strip_prefix("D-")
            .or_else(|| w.strip_prefix("CH-"))
            .or_else(|| w.strip_prefix("F-"))
            .unwrap_or(w);
        // "41-200" (Poland), "1000-001" (Portugal), "01310-100" (Brazil): digits, a hyphen, three digits.
        let hyphenated = w.split_once('-').is_some_and(|(a, b)| {
            [2, 4, 5].contains(&a.len())
                && b.len() == 3
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        });
        hyphenated
            || (w.bytes().all(|b| b.is_ascii_digit())
                && (4..=5).contains(&w.len())
                && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))))
    };
    let (city_from, ok) = match words.as_slice() {
        // "72 230 Arnage" (France), "618 00, Czechia" (Czechia, Slovakia, Sweden, Greece).
        [a, b, ..]
            if {
                let b = b.trim_end_matches(',');
                (a.len(), b.len()) == (2, 3) || (a.len(), b.len()) == (3, 2)
            } && a.bytes().chain(b.trim_end_matches(',').bytes()).all(|c| c.is_ascii_digit()) =>
        {
            (2, true)
        }
        [a, ..] => (1, code(a)),
        [] => (0, false),
    };
    let city = &words[city_from.min(words.len())..];
    ok && (1..=4).contains(&city.len())
        && city.iter().all(|w| {
            // "25300 Tàrrega, Lleida (Spain)": the country in brackets.
            let w = w.trim_end_matches(',');
            // "(Home)" says which address it is: no place.
            let w = match w.strip_prefix('(').and_then(|w| w.strip_suffix(')')) {
                Some(inner) if ADDRESS_LABELS.contains(&inner.to_lowercase().as_str()) => return false,
                Some(inner) => inner,
                None => w,
            };
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'.()".contains(c))
        })
}

/// In a table of fields, the lines of an address value with no comma before
/// the next field ("Alamat : Jl. Mawar 3" / "Desa Suka RT 02" / "Kab.
/// Kudus" / "Kode Pos : …"): one to three lines of one to six words, no
/// label, no heading in capitals, no year, school or firm, then a line that
/// is a field ("Label : value").
/// Their length from the start of `rest`.
fn lines_before_next_field(rest: &str) -> Option<usize> {
    let mut len: usize = 0;
    for (count, line) in rest.split('\n').enumerate() {
        let trimmed = line.trim();
        let field = trimmed.find([':', '：']).is_some_and(|colon| {
            let label = trimmed[..colon].trim();
            (1..=6).contains(&label.split_whitespace().count())
                && label.chars().all(|c| c.is_alphabetic() || " /.'’-".contains(c))
        });
        if field {
            return (count > 0).then_some(len.saturating_sub(1));
        }
        let words = trimmed.split_whitespace().count();
        let heading = !trimmed.chars().any(char::is_lowercase);
        // A date, a school or a firm is the next entry, not the address.
        let entry = trimmed.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            let year = w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit());
            year || ORGANISATION_WORDS.contains(&w.as_str())
        });
        if count >= 3 || !(1..=6).contains(&words) || heading || entry || trimmed.contains(['@', '(']) {
            return None;
        }
        len += line.len() + 1;
    }
    None
}

/// A postcode of four or five digits (a [postcode](super::contact_block::is_postcode)
/// with no dash, not six digits long): "28804", "1010,".
fn is_postcode(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    w.len() <= 5 && !w.contains('-') && super::contact_block::is_postcode(w)
}

/// The length of a line that is only a flat's unit word, its number and
/// maybe a postcode ("ap 504 91330-020", "Apt 4B"), at the start of `rest`.
fn flat_line_below(rest: &str) -> Option<usize> {
    let line = rest.split('\n').next().unwrap_or_default().trim_end();
    let words: Vec<&str> = line.split_whitespace().collect();
    let code = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.len() <= 10
            && w.bytes().any(|b| b.is_ascii_digit())
            && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && w.matches('-').count() <= 1
    };
    let starts_flat = words.first().is_some_and(|w| UNIT_WORDS.contains(&bare(w).as_str()));
    (starts_flat
        && line.starts_with(words[0])
        && (2..=3).contains(&words.len())
        && words[1..].iter().all(|w| code(w)))
    .then_some(line.len())
}

/// A six-digit Indian PIN after a city: "Hosur-635109", "Pune 411001".
fn is_pin(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit()) && !w.starts_with('0')
}

pub(super) fn is_house_number(word: &str) -> bool {
    let w = word.trim_end_matches(',');
    // "2/828", "12-14": two numbers joined.
    if let Some((a, b)) = w.split_once(['/', '-'])
        && (1..=4).contains(&a.len())
        && (1..=4).contains(&b.len())
        && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    {
        return true;
    }
    // "115/B": a number and its letter, as South Asian addresses write them.
    if let Some((a, b)) = w.split_once('/')
        && (1..=4).contains(&a.len())
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.len() == 1
        && b.bytes().all(|c| c.is_ascii_uppercase())
    {
        return true;
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=5).contains(&digits)
        && w.len() - digits <= 1
        && w[digits..].bytes().all(|b| b.is_ascii_alphabetic())
        && !(digits == 4 && (w.starts_with("19") || w.starts_with("20")) && w.len() == 4)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The line under a line that is only an address label ("Dirección" /
/// "Barrio Las Palmas"), a short line of words, as a sidebar lists it.
fn under_label_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut lines = text.split('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len() + 1;
        Some((start, line))
    });
    let mut previous: Option<&str> = None;
    for (start, line) in lines.by_ref() {
        let body = line.trim();
        // "Dirección" / "" / "El Almirante, C/ …": a layout may leave a blank line under the label.
        if body.is_empty() {
            continue;
        }
        let label = previous.map(|p| p.trim().trim_end_matches([':', '：']).trim_end().to_lowercase());
        // "Home" alone may be a site's menu; it labels an address only before its value.
        if label.is_some_and(|label| ADDRESS_LABELS.contains(&label.as_str()) && label != "home")
            && !body.is_empty()
            && body.split_whitespace().count() <= 14
            && body.chars().count() <= 100
            && body.chars().next().is_some_and(char::is_alphanumeric)
            && !names_an_institution(body)
            // "Adres:" / "Geboorteplaats:": a column of labels, the next label no value.
            && !(body.ends_with([':', '：']) && body.split_whitespace().count() <= 3)
        {
            let from = start + line.find(body).unwrap_or(0);
            out.push(Span { start: from, end: from + body.len(), kind: PiiKind::Address });
        }
        previous = Some(line);
    }
    out
}

/// Where a house number introduced by its word ends, from `at`: "No: 5",
/// "No. 5", "No:5" (the word and the number glued by a colon).
fn house_number_after_word(words: &[&str], at: usize) -> Option<usize> {
    let word = words.get(at)?;
    if let Some((head, number)) = word.split_once(':')
        && HOUSE_NUMBER_WORDS.contains(&head.to_lowercase().as_str())
        && is_house_number(number)
    {
        return Some(at);
    }
    let head = word.trim_end_matches([':', '.']).to_lowercase();
    (HOUSE_NUMBER_WORDS.contains(&head.as_str()) && words.get(at + 1).is_some_and(|w| is_house_number(w)))
        .then_some(at + 1)
}

/// A town, a state's or province's code and a postcode, as the United
/// States, the United Kingdom and Canada write them: "Boston, MA 02118",
/// "Oxford OX1 4AA", "London, SW1A 1AA", "Toronto, ON M5V 2T6".
fn is_city_state_postcode(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let zip = |w: &str| {
        let (five, four) = w.split_once('-').unwrap_or((w, "0000"));
        five.len() == 5 && four.len() == 4 && five.bytes().chain(four.bytes()).all(|b| b.is_ascii_digit())
    };
    let state = |w: &str| w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    // Outward and inward codes: "SW1A" "1AA" (UK), "M5V" "2T6" (Canada).
    let outward = |w: &str| {
        (2..=4).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && w.as_bytes()[0].is_ascii_uppercase()
            && w.bytes().any(|b| b.is_ascii_digit())
    };
    let inward = |w: &str| {
        w.len() == 3
            && w.as_bytes()[0].is_ascii_digit()
            && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && w.bytes().any(|b| b.is_ascii_uppercase())
    };
    let city = match words.as_slice() {
        [city @ .., st, code] if state(st) && zip(code) => city,
        [city @ .., out, inw] if outward(out) && inward(inw) => city,
        _ => return false,
    };
    let city: Vec<&str> = city.iter().copied().filter(|w| !state(w.trim_end_matches(','))).collect();
    (1..=3).contains(&city.len())
        && city.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'.".contains(c))
        })
}

/// The length of what follows an address when it is only places to the
/// segment's end: parts after ", " or a spaced dash, each one to four
/// capitalised words, a state's code ("SP", "(MI)"), a postcode
/// ("01234-567") or a numbered district ("sector 4"); 0 when anything else stands in it.
fn places_to_the_end(rest: &str) -> usize {
    let mut at = 0;
    while at < rest.trim_end().len() {
        let tail = &rest[at..];
        let Some(sep) = [", ", ",", " - ", " – "].iter().find(|sep| tail.starts_with(**sep)) else {
            return 0;
        };
        let part_from = at + sep.len();
        let part_len = [",", " - ", " – "]
            .iter()
            .filter_map(|sep| rest[part_from..].find(sep))
            .min()
            .unwrap_or(rest.len() - part_from);
        let part = rest[part_from..part_from + part_len].trim().trim_end_matches('.');
        let words: Vec<&str> = part.split_whitespace().collect();
        let code = |w: &str| {
            let w = w.strip_prefix('(').and_then(|w| w.strip_suffix(')')).unwrap_or(w);
            (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        };
        let postcode = |w: &str| {
            let digits = w.bytes().filter(u8::is_ascii_digit).count();
            (4..=9).contains(&w.len())
                && (4..=8).contains(&digits)
                && w.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        };
        let place = |w: &str| {
            (is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || "-'.".contains(c)))
                || NAME_PARTICLES.contains(&w)
        };
        // "…, sector 4": a city's numbered district.
        let district = words.len() == 2
            && DISTRICT_WORDS.contains(&words[0].to_lowercase().as_str())
            && (1..=2).contains(&words[1].len())
            && words[1].bytes().all(|b| b.is_ascii_digit());
        let ok = district
            || !words.is_empty()
                && words.len() <= 4
                && part.len() <= 40
                && words.iter().all(|w| place(w) || code(w) || postcode(w))
                && words.first().is_some_and(|w| !NAME_PARTICLES.contains(w));
        if !ok {
            return 0;
        }
        at = part_from + rest[part_from..part_from + part_len].trim_end().len();
    }
    at
}

/// A value that names a school, a firm or another institution and holds no
/// number: "Present Address : Begum Rokeya University, Rangpur" says where a
/// student lives by the university a recruiter reads as one, no home.
fn names_an_institution(value: &str) -> bool {
    !value.chars().any(|c| c.is_ascii_digit())
        && value.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            ORGANISATION_WORDS.contains(&word.as_str())
        })
}

/// A Spanish street abbreviated "C/" (calle), apart from its name or glued
/// to it ("C/ Mayor 5", "C/Mayor 5", "C\La Riera 47" as a keyboard slips):
/// capitalised words or particles, then the house number within five
/// tokens; the house number's index.
fn abbreviated_calle(words: &[&str], k: usize) -> Option<usize> {
    let rest = words[k].strip_prefix("C/").or_else(|| words[k].strip_prefix("C\\"))?;
    // "C/C++" is two languages: the name is letters only.
    let name = if rest.is_empty() { words.get(k + 1).copied()? } else { rest };
    if name.chars().count() < 2
        || !name.chars().next().is_some_and(char::is_uppercase)
        || !name.trim_end_matches(',').chars().all(char::is_alphabetic)
    {
        return None;
    }
    // The name's first word is glued to the prefix, or the next token.
    let first = if rest.is_empty() { k + 2 } else { k + 1 };
    (first..words.len().min(k + 6)).find(|&m| {
        is_house_number(words[m])
            && (k + 1..m).all(|n| {
                let w = words[n].trim_end_matches(',');
                (is_capitalised(w) || NAME_PARTICLES.contains(&w)) && !is_house_number(w)
            })
    })
}

/// A street named by its number, as Colombian addresses are: "Cra 6 # 32-60",
/// "cra 9 b este 41 b 22 Soacha, Colombia", "Calle 45 No. 12-34". A prefix
/// ([`NUMBERED_STREET_PREFIXES`]), the street's number (up to three digits
/// and a letter), short words, then the house's number (not a year); the
/// town and country after it, capitalised, go with it. The index of the
/// address's last word in `words`.
fn numbered_street(words: &[&str], k: usize) -> Option<usize> {
    let short_number = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && w.len() - digits <= 2
    };
    if !NUMBERED_STREET_PREFIXES.contains(&bare(words[k]).as_str())
        || !words.get(k + 1).is_some_and(|w| short_number(w))
    {
        return None;
    }
    let is_house = |w: &str| {
        let w = w.trim_start_matches('#');
        let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        w.bytes().next().is_some_and(|b| b.is_ascii_digit()) && !year && w.len() <= 7
    };
    let mut last = None;
    for (m, w) in words.iter().enumerate().take(k + 9).skip(k + 2) {
        let w = w.trim_end_matches(',');
        if is_house(w) {
            last = Some(m);
        } else if w.chars().count() > 5 || w.ends_with(',') {
            break;
        }
    }
    let mut last = last?;
    // "Soacha,Colombia": the places after it.
    for (m, w) in words.iter().enumerate().take(last + 3).skip(last + 1) {
        if is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || ",.-".contains(c)) {
            last = m;
        } else {
            break;
        }
    }
    Some(last)
}

/// Where a post-office box and its number start in a lower-cased segment.
fn po_box_at(lower: &str) -> Option<usize> {
    PO_BOX_WORDS.iter().find_map(|word| {
        let at = lower.find(word)?;
        let boundary = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let number = lower[at + word.len()..]
            .split_whitespace()
            .take(2)
            .any(|w| w.bytes().any(|b| b.is_ascii_digit()));
        (boundary && number).then_some(at)
    })
}

/// Whether the line before or after the one at `start..end` is a personal
/// field ("Nationalité Nigérienne", "Date de naissance …").
fn beside_a_field(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].strip_suffix('\n').and_then(|above| above.rsplit('\n').next());
    let after = text[end..].strip_prefix('\n').and_then(|below| below.split('\n').next());
    // "Direccion Urb. …" between "+ CONTACTO" and "Telephone +58 …": a contact field counts too.
    let contact_field = |line: &str| {
        let lower = line.trim().to_lowercase();
        PHONE_LABELS.iter().chain(CONTACT_LABEL_WORDS).any(|label| {
            lower.starts_with(label)
                && !lower[label.len()..].chars().next().is_some_and(char::is_alphanumeric)
        })
    };
    before.into_iter().chain(after).any(|line| is_field_line(line) || contact_field(line))
}

fn address_in_segment(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let segment = &text[start..end];
    let trimmed = segment.trim_start();
    let lead = start + (segment.len() - trimmed.len());
    let lower = trimmed.to_lowercase();
    // "Kode Pos / Postal Code : …": a label known in its second language.
    let starts_with_label = |lower: &str, label: &str| {
        lower.starts_with(label) && !lower[label.len()..].chars().next().is_some_and(char::is_alphanumeric)
    };
    if let Some(second) = translated_label_at(trimmed)
        && !ADDRESS_LABELS.iter().any(|label| starts_with_label(&lower, label))
        && ADDRESS_LABELS.iter().any(|label| trimmed[second..].to_lowercase().starts_with(label))
    {
        address_in_segment(text, lead + second, end, out);
        return;
    }
    for label in ADDRESS_LABELS {
        // The label compared alone: lower-casing the value may change its length ("İstasyon").
        if trimmed.get(..label.len()).is_some_and(|head| head.to_lowercase() == *label) {
            let Some(rest) = trimmed.get(label.len()..).map(skip_translation) else { continue };
            // "Adresse/Quartier Niamey / Bassora": a second label word after a slash.
            // "Postcode, plaats 2140 Borgerhout": after a comma.
            let rest = rest
                .strip_prefix('/')
                .or_else(|| rest.strip_prefix(", "))
                .map_or(rest, |after| after.trim_start_matches(char::is_alphabetic));
            // In a table of fields, the value follows without a colon.
            let in_table = || rest.starts_with(' ') && beside_a_field(text, start, end);
            if let Some(value) = rest
                .strip_prefix(':')
                .or_else(|| rest.strip_prefix(" :"))
                .or_else(|| in_table().then_some(rest))
            {
                let value_trim = value.trim();
                // A street, a number or two places ("İstasyon Mah. Merkez/Kırklareli"); a
                // city alone is no address.
                // Europass's "Home :" is a home's address only with a number in it.
                let numbered = value_trim.chars().any(|c| c.is_ascii_digit());
                // A post office or a village is named by one word ("Post Office : Baruipara").
                let small_place = ONE_WORD_ADDRESS_LABELS.contains(label) && !value_trim.is_empty();
                if !names_an_institution(value_trim)
                    && (numbered
                        || small_place
                        || value_trim.contains([',', '/'])
                        || value_trim.split_whitespace().count() >= 2)
                    && (numbered || *label != "home")
                {
                    let value_start =
                        lead + (trimmed.len() - value.len()) + (value.len() - value.trim_start().len());
                    let mut value_end = value_start + value_trim.len();
                    // "House # 1187, Mohala Rehmat" / "pura near …, Multan": a wrapped
                    // value goes on over a line that starts in lower case.
                    if text[value_end..end].trim().is_empty()
                        && let Some(next) = text[end..].strip_prefix('\n')
                    {
                        let line = next.split('\n').next().unwrap_or_default().trim_end();
                        // Words, not a link or another field ("https://…", "email: …").
                        // "Unit 7, N18, Shafiei alley, Rostami st," / "Pirouzi ave, Tehran …":
                        // after a comma too.
                        if (line.chars().next().is_some_and(char::is_lowercase) || value_trim.ends_with(','))
                            && line.chars().count() <= 80
                            && !line.contains(['@', ':', '/'])
                        {
                            value_end = end + 1 + line.len();
                        } else if !value_trim.contains(',')
                            && let Some(more) = lines_before_next_field(next)
                        {
                            value_end = end + 1 + more;
                        }
                    }
                    out.push(Span { start: value_start, end: value_end, kind: PiiKind::Address });
                    return;
                }
            }
        }
    }
    let body = trimmed.trim_end();
    if let Some(from) = po_box_at(&lower).filter(|_| lower.len() == trimmed.len()) {
        // "PO BOX 4411-00100 Nairobi, Kenya"; a town alone on the next line goes with it.
        let mut span_end = lead + body.len();
        if let Some(next) = text[span_end..].strip_prefix('\n') {
            let line = next.split('\n').next().unwrap_or_default().trim_end();
            let words: Vec<&str> = line.split_whitespace().collect();
            if (1..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|w| is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || ",-".contains(c)))
            {
                span_end += 1 + line.len();
            }
        }
        out.push(Span { start: lead + from, end: span_end, kind: PiiKind::Address });
        return;
    }
    if is_postcode_line(body) || is_city_state_postcode(body) {
        out.push(Span { start: lead, end: lead + body.len(), kind: PiiKind::Address });
        return;
    }
    let toks: Vec<(usize, usize)> =
        tokens(segment).into_iter().map(|(s, e)| (start + s, start + e)).collect();
    let word = |k: usize| &text[toks[k].0..toks[k].1];
    let words: Vec<&str> = toks.iter().map(|&(s, e)| &text[s..e]).collect();
    let mut k = 0;
    while k < toks.len() {
        let mut found: Option<(usize, usize)> = None; // token range (first, last)
        // "12, rue de la Paix": French CVs put a comma after the number.
        let prefix_next = k + 1 < toks.len() && STREET_PREFIXES.contains(&bare(word(k + 1)).as_str());
        if let Some(last) = numbered_street(&words, k) {
            found = Some((k, last));
        } else if let Some(last) = abbreviated_calle(&words, k) {
            found = Some((k, last));
        } else if is_house_number(word(k)) && (!word(k).ends_with(',') || prefix_next) {
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
        } else if is_capitalised(word(k))
            // "ul. Kościuszki 7/14": an abbreviated prefix in lower case.
            || (word(k).ends_with('.') && STREET_PREFIXES.contains(&bare(word(k)).as_str()))
        {
            let lower = bare(word(k));
            let with_dot = word(k).trim_end_matches(',').to_lowercase();
            // "Hauptstr. 5", "Käthe-Kollwitz-Str. 12", "Konrad-Adenauer-Ring 7".
            let ending = STREET_ENDINGS
                .iter()
                .any(|e| [&lower, &with_dot].iter().any(|w| w.len() > e.len() + 2 && w.ends_with(e)))
                || lower.rsplit_once('-').is_some_and(|(_, last)| STREET_WORDS.contains(&last));
            if ending && k + 1 < toks.len() && is_house_number(word(k + 1)) {
                found = Some((k, k + 1));
            } else if k + 2 < toks.len()
                && STREET_WORDS.contains(&bare(word(k + 1)).as_str())
                && !word(k).ends_with(',')
                && is_house_number(word(k + 2))
            {
                // "Holtwicker str 5", "Hedwig-Kettler Weg 14".
                found = Some((k, k + 2));
            } else if k + 2 < toks.len()
                && STREET_WORDS.contains(&bare(word(k + 1)).as_str())
                && !word(k).ends_with(',')
                && let Some(last) = house_number_after_word(&words, k + 2)
            {
                // "Istiklal Caddesi No: 5", "İnönü Cad. No:12": a word for the number between.
                found = Some((k, last));
            } else if let Some(m) = (k + 1..toks.len().min(k + 4)).find(|&m| {
                is_house_number(word(m))
                    && word(m).ends_with(',')
                    && (k + 1..m).all(|n| is_capitalised(word(n)) && !word(n).ends_with(','))
                    && toks.get(m + 1).is_some_and(|_| {
                        let code = word(m + 1).trim_end_matches(',');
                        let year = code.len() == 4 && (code.starts_with("19") || code.starts_with("20"));
                        (4..=5).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()) && !year
                    })
                    && toks.get(m + 2).is_some_and(|_| is_capitalised(word(m + 2)))
            }) {
                // "Südliches Regelholz 2, 32584 Löhne".
                found = Some((k, m));
            } else if let Some(pin) = (k + 1..toks.len().min(k + 3)).find(|&pin| {
                let city = word(k).trim_end_matches(',');
                // "Lucknow, India 226016": a comma, then a state or a country.
                let state = word(k).ends_with(',')
                    && pin == k + 2
                    && is_capitalised(word(k + 1))
                    && word(k + 1).chars().all(char::is_alphabetic);
                city.chars().count() >= 3
                    && city.chars().all(char::is_alphabetic)
                    && (pin == k + 1 || word(k + 1) == "-" || state)
                    && is_pin(word(pin))
            }) {
                // "Pune 411001", "Pune - 411001", "Lucknow, India 226016".
                found = Some((k, pin));
            } else if let Some((city, pin)) = word(k).rsplit_once('-')
                && is_pin(pin)
                && city.chars().count() >= 3
                && city.chars().all(|c| c.is_alphabetic() || "()".contains(c))
            {
                // "Hosur-635109".
                found = Some((k, k));
            } else if STREET_PREFIXES.contains(&lower.as_str()) && !word(k).ends_with(',') {
                // "Calle Mayor 5", "Rua das Flores 25".
                // "Calle de Alcalá, 45", "Via Garibaldi, 10": a comma before
                // the number when the name is capitalised words and particles.
                let named = |n: usize| {
                    let w = word(n).trim_end_matches(',');
                    is_capitalised(w) || NAME_PARTICLES.contains(&w)
                };
                for m in k + 2..toks.len().min(k + 7) {
                    // The street's name is words: "Bd = 0" in a formula is not one.
                    if !word(m - 1).chars().any(char::is_alphabetic) {
                        break;
                    }
                    let comma = word(m - 1).ends_with(',');
                    if is_house_number(word(m)) && (!comma || (k + 1..m).all(named)) {
                        found = Some((k, m));
                        break;
                    }
                    // "Jl. Sudirman No. 5", "ул. Ленина, д. 5": a word for the house's number.
                    if HOUSE_NUMBER_WORDS.contains(&bare(word(m)).as_str())
                        && m + 1 < toks.len()
                        && is_house_number(word(m + 1))
                        && (k + 1..m).all(named)
                    {
                        found = Some((k, m + 1));
                        break;
                    }
                    if comma {
                        break;
                    }
                }
            }
        }
        // "House 12, Road 5, Dhanmondi, Dhaka 1205", "Plot No. 45, Sector 18, Gurgaon, Haryana
        // 122015": a plot's word and its number, when a postcode ends the line.
        if found.is_none()
            && is_capitalised(word(k))
            && PLOT_WORDS.contains(&bare(word(k)).as_str())
            && let Some(number) = (k + 1..toks.len().min(k + 3)).find(|&m| is_house_number(word(m)))
            && (k + 1..number).all(|n| HOUSE_NUMBER_WORDS.contains(&bare(word(n)).as_str()) || word(n) == "#")
            && word(number).ends_with(',')
            && toks[number + 1..].iter().any(|&(s, e)| {
                let w = text[s..e].trim_end_matches(['.', ',']);
                let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
                (4..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) && !year
            })
        {
            found = Some((k, number));
        }
        // "27, Ayetoro street, Ilobu": a comma after the number, then a named street.
        if found.is_none() && word(k).ends_with(',') && is_house_number(word(k)) {
            found = (k + 2..toks.len().min(k + 5))
                .find(|&m| {
                    STREET_SUFFIXES.contains(&bare(word(m)).as_str())
                        && (k + 1..m).all(|n| is_capitalised(word(n)) && !word(n).ends_with(','))
                })
                .map(|m| (k, m));
        }
        let Some((first, mut last)) = found else {
            k += 1;
            continue;
        };
        if last + 1 < toks.len() && DIRECTIONS.contains(&bare(word(last + 1)).as_str()) {
            last += 1;
        }
        // "Apt 5B", "Suite 100", "#12" right after the street; "Piso 8 Puerta B",
        // "– bus 16" (a dash before it).
        for _ in 0..2 {
            // "ул. Ленина, д. 5, кв. 12": a flat's word after a comma too.
            let unit_after_comma =
                last + 2 < toks.len() && UNIT_WORDS.contains(&bare(word(last + 1)).as_str());
            if last + 1 >= toks.len() || (word(last).ends_with(',') && !unit_after_comma) {
                break;
            }
            let dash = usize::from(["-", "–"].contains(&word(last + 1)));
            if last + 1 + dash >= toks.len() {
                break;
            }
            let unit = bare(word(last + 1 + dash));
            // "Kuusikkotie 4 C 21": a staircase's letter and the flat's number (Nordic).
            let staircase = dash == 0
                && word(last + 1).len() == 1
                && word(last + 1).bytes().all(|b| b.is_ascii_uppercase())
                && toks.get(last + 2).is_some_and(|_| {
                    let n = word(last + 2).trim_end_matches(',');
                    (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
                });
            if staircase {
                last += 2;
            } else if unit.starts_with('#') && unit.len() > 1 && dash == 0 {
                last += 1;
            } else if UNIT_WORDS.contains(&unit.as_str()) && last + 2 + dash < toks.len() {
                last += 2 + dash;
            } else {
                break;
            }
        }
        // "… Puerta B Torrejón de Ardoz, Madrid 28850": the city and its postcode
        // with no comma after the street, capitalised words and particles up to a
        // postcode; "… 5 10115 Berlin": the postcode first, then the city.
        let street_end = last;
        if !word(last).ends_with(',') {
            let place = |n: usize| {
                let w = word(n).trim_end_matches(',');
                (is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
                    || NAME_PARTICLES.contains(&w)
            };
            if let Some(code) = (last + 1..toks.len().min(last + 7))
                .take_while(|&n| is_postcode(word(n)) || place(n))
                .find(|&n| is_postcode(word(n)))
            {
                last = code;
                if code == street_end + 1
                    && !word(code).ends_with(',')
                    && code + 1 < toks.len()
                    && place(code + 1)
                {
                    last = code + 1;
                }
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
        // "Via Trento, 12 - 37138 - Verona (VR)": a postcode after a dash, then its city.
        let mut took_code = false;
        while let Some(after) = rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" – ")) {
            let part_len =
                [" - ", " – ", ","].iter().filter_map(|sep| after.find(sep)).min().unwrap_or(after.len());
            let part = after[..part_len].trim_end();
            let year = part.len() == 4 && (part.starts_with("19") || part.starts_with("20"));
            let code = (4..=5).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) && !year;
            let city = took_code
                && is_capitalised(part)
                && part.split_whitespace().count() <= 3
                && part.len() <= 40
                && !part.contains(':');
            if !(code || city) || part.starts_with(' ') {
                break;
            }
            span_end += rest.len() - after.len() + part.len();
            rest = &text[span_end..end];
            if city {
                break;
            }
            took_code = true;
        }
        // "… 6 B 15 – 02320, Esbo": the town after the postcode's comma.
        if took_code && let Some(after) = rest.strip_prefix(", ") {
            let part = after.split(',').next().unwrap_or_default().trim_end().trim_end_matches('.');
            if is_capitalised(part)
                && part.split_whitespace().count() <= 3
                && part.chars().all(|c| c.is_alphabetic() || " -".contains(c))
            {
                span_end += 2 + part.len();
            }
        }
        // "Rua das Flores, 123 - Apto 45 - Centro, São Paulo - SP, 01234-567": parts
        // joined by commas or dashes up to the segment's end, each capitalised
        // places, a state's code or a postcode.
        span_end += places_to_the_end(&text[span_end..end]);
        let mut span_end_trimmed = span_start + text[span_start..span_end].trim_end_matches(',').len();
        // "Av. Bento Gonçalves, 4093" / "ap 504 91330-020": the flat and the
        // postcode on the line below, when the address ends its line.
        if text[span_end_trimmed..end].trim().is_empty()
            && text[end..].starts_with('\n')
            && let Some(below) = flat_line_below(&text[end + 1..])
        {
            span_end_trimmed = end + 1 + below;
        }
        out.push(Span { start: span_start, end: span_end_trimmed, kind: PiiKind::Address });
        k = toks.iter().position(|t| t.0 >= span_end).unwrap_or(toks.len());
    }
}
