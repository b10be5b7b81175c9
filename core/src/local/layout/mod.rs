//! Layout: headings, list items and sentences of a JD or resume line. Reads
//! only characters and its own table of heading words; knows neither the
//! alias table nor stems.

mod tables;

use tables::{BULLETS, CONDITION_LEADS, DECORATIONS, HEADING_WORDS, QUALITY_WORDS, RANKED, RANKS};

/// A heading of a JD or resume: its text and what follows it on the same
/// line ("Job Summary - We are…").
pub fn heading(line: &str) -> Option<(String, &str)> {
    let trimmed = line.trim();
    if let Some(rest) = trimmed.strip_prefix('#')
        && (rest.is_empty() || rest.starts_with(['#', ' ']))
    {
        let text = rest.trim_start_matches('#').trim().trim_matches('*').trim_end_matches(':').trim();
        return Some((text.to_owned(), ""));
    }
    // "■ Requirements", "★ Benefits": a decorated heading, capitalised, where
    // "◎ Renewal bonus" is an item.
    if let Some(first) = trimmed.chars().next()
        && DECORATIONS.contains(&first)
    {
        let rest = trimmed[first.len_utf8()..].trim().trim_end_matches(':').trim();
        let capitalised = rest.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
        if capitalised && (1..=4).contains(&rest.split_whitespace().count()) && has_heading_word(rest) {
            return Some((rest.to_owned(), ""));
        }
    }
    let plain = trimmed.trim_matches('*').trim_matches('_').trim();
    let words = plain.split_whitespace().count();
    if words == 0 {
        return None;
    }
    if let Some(text) = plain.strip_suffix(':')
        && words <= 6
    {
        return Some((text.trim().trim_matches('*').to_owned(), ""));
    }
    // "Required: Rust, PostgreSQL": a label with its items on the same line.
    if let Some(found) = inline_heading(plain, trimmed, &[": "]) {
        return Some(found);
    }
    // "Requirements:Proven experience in sales": a job board that drops the
    // space after a heading's colon still runs the heading into its text;
    // the text starts with a capital, so times ("8:00") and links
    // ("https://…") are no headings.
    if let Some((head, rest)) = plain.split_once(':')
        && rest.starts_with(|c: char| c.is_uppercase())
        && let Some(found) = inline_heading(plain, trimmed, &[":"])
        && found.0 == head.trim().trim_matches('*')
    {
        return Some(found);
    }
    // "Essential", "Desirable criteria": a person specification's ranks,
    // alone on their line, head the lists under them.
    if ranks_a_list(plain) {
        return Some((plain.to_owned(), ""));
    }
    // A line with a year is an entry ("Education Teacher (2011 - 2016)"), not a heading.
    if has_year(plain) {
        return None;
    }
    // "Comprehensive working experience with Jenkins,": a comma ends an item
    // of a list, never a heading.
    if words <= 5
        && has_heading_word(plain)
        && !plain.ends_with(['.', ','])
        && !starts_with_marker(trimmed)
        && !says_how_good(plain)
    {
        return Some((plain.trim_end_matches(['-', '–', ':']).trim().to_owned(), ""));
    }
    // "Job Summary - The chosen candidate…"
    inline_heading(plain, trimmed, &[" - ", " – ", " — "])
}

/// A heading of at most three words and the text after it on its line.
fn inline_heading<'a>(plain: &'a str, trimmed: &str, separators: &[&str]) -> Option<(String, &'a str)> {
    for separator in separators {
        if let Some((head, rest)) = plain.split_once(separator)
            && head.split_whitespace().count() <= 3
            && has_heading_word(head)
            && !rest.trim().is_empty()
            && !starts_with_marker(trimmed)
        {
            return Some((head.trim().trim_matches('*').to_owned(), rest.trim()));
        }
    }
    None
}

fn has_year(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit()).any(|digits| {
        digits.len() == 4 && digits.parse::<u16>().is_ok_and(|year| (1950..=2100).contains(&year))
    })
}

fn starts_with_marker(line: &str) -> bool {
    list_item(line).is_some()
}

/// Whether a line opens with a word that says how good of something it
/// names ("Excellent communication skills", "Proven experience in sales"):
/// an item, not a heading. Two words, the second a heading word, name a
/// section ("Basic Qualifications").
fn says_how_good(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let quality = words.first().is_some_and(|first| {
        QUALITY_WORDS.contains(&first.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str())
    });
    quality && !(words.len() == 2 && has_heading_word(words[1]))
}

/// "Essential", "Desirable", "Essential criteria": a rank alone, or with
/// what it ranks ([`RANKED`]).
fn ranks_a_list(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut words = lower.split_whitespace();
    words.next().is_some_and(|first| RANKS.contains(&first)) && words.all(|word| RANKED.contains(&word))
}

fn has_heading_word(text: &str) -> bool {
    let lower = text.to_lowercase();
    HEADING_WORDS.iter().any(|word| lower.contains(word))
        // "Working Conditions and Physical Effort", "Work Environment:".
        || CONDITION_LEADS.iter().any(|lead| lower.trim_start_matches(['*', '_', '#', ' ']).starts_with(lead))
}

/// The text of a list item without its marker ("- ", "* ", "1. ", "◎ "), or
/// `None` if the line is not one.
pub fn list_item(line: &str) -> Option<&str> {
    match marked_item(line) {
        Some(rest) => Some(symbol_bullet(rest).unwrap_or(rest)),
        None => symbol_bullet(line.trim_start()),
    }
}

/// A bullet of a symbol font read as a letter and glued to the item
/// ("ÓExtensive research skills", "-òSolid research"): a non-ASCII letter
/// before an ASCII capital.
fn symbol_bullet(line: &str) -> Option<&str> {
    let mut chars = line.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    (!first.is_ascii() && first.is_alphabetic() && second.is_ascii_uppercase())
        .then(|| line[first.len_utf8()..].trim())
}

fn marked_item(line: &str) -> Option<&str> {
    let line = line.trim_start();
    for marker in ["- ", "* ", "• ", "· ", "– ", "+ ", "▪ ", "◦ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    // "◎ Paid days off", "➢Managed accounts": a bullet symbol, spaced or not.
    if let Some(first) = line.chars().next()
        && BULLETS.contains(&first)
    {
        let rest = line[first.len_utf8()..].trim();
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            return Some(rest);
        }
    }
    // "-Medical Knowledge", "#.Net": a marker with no space, but not "**bold**" or "---".
    for marker in ['-', '•', '*', '#'] {
        if let Some(rest) = line.strip_prefix(marker)
            && rest.chars().next().is_some_and(|c| c.is_alphanumeric() || (marker == '#' && c == '.'))
        {
            return Some(rest.trim());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        for marker in [". ", ") ", ".) "] {
            if let Some(rest) = rest.strip_prefix(marker) {
                return Some(rest.trim());
            }
        }
    }
    None
}

/// Sentences of a line: split after `.`, `!`, `?` or `;` followed by a
/// space, except where the next word goes on in lower case after a point
/// ("e.g. wait times", "Acme, Inc. is committed"); and where a page that
/// lost its markup glued two sentences ("… dietary requirements.A
/// responsible attitude"), a word in lower case, a point and a word in
/// capitals ("Node.JS" stays one).
pub fn sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let goes_on = b == b'.' && line[i + 1..].trim_start().starts_with(char::is_lowercase);
        // The whole word before the point in lower case, a plain word after
        // it: "System.Threading" and "jane.Doe@acme.com" stay.
        let glued = b == b'.' && {
            let before = line[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
            let after = line[i + 1..].split_whitespace().next().unwrap_or_default();
            let mut next = after.chars();
            before.len() >= 3
                && before.bytes().all(|c| c.is_ascii_lowercase())
                && next.next().is_some_and(char::is_uppercase)
                && (after.chars().count() == 1 || next.next().is_some_and(char::is_lowercase))
                && after.trim_end_matches(['.', ',', ';', ':']).chars().all(char::is_alphabetic)
        };
        if matches!(b, b'.' | b'!' | b'?' | b';')
            && (bytes.get(i + 1).is_none_or(|next| *next == b' ') && !goes_on || glued)
        {
            let piece = line[start..=i].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i + 1;
        }
    }
    let piece = line[start..].trim();
    if !piece.is_empty() {
        out.push(piece);
    }
    out
}

/// Whether a line holds a bullet symbol and nothing else ("•" a page left on
/// a line of its own, its item on the next).
pub fn lone_bullet(line: &str) -> bool {
    let mut chars = line.trim().chars();
    chars.next().is_some_and(|first| BULLETS.contains(&first)) && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_a_page_glued_together_come_apart() {
        assert_eq!(
            sentences("Meeting dietary requirements.A caring attitude is important."),
            ["Meeting dietary requirements.", "A caring attitude is important."]
        );
        for one in [
            "Built services in Node.JS and Vue.js.",
            "Used System.Threading and LINQ.",
            "Mail jane.Doe@acme.com.",
        ] {
            assert_eq!(sentences(one), [one]);
        }
    }

    #[test]
    fn a_point_before_a_lower_case_word_ends_no_sentence() {
        assert_eq!(
            sentences("Acme, Inc. is committed. We pay well."),
            ["Acme, Inc. is committed.", "We pay well."]
        );
        assert_eq!(sentences("KPIs, e.g. wait times; Excel"), ["KPIs, e.g. wait times;", "Excel"]);
    }

    #[test]
    fn list_markers_may_lack_a_space() {
        assert_eq!(list_item("-Medical Knowledge"), Some("Medical Knowledge"));
        assert_eq!(list_item("#.Net"), Some(".Net"));
        assert_eq!(list_item("3) Python"), Some("Python"));
        assert_eq!(list_item("**Name:** Jane"), None);
        // Bullet symbols of word processors and Japanese pages, spaced or not.
        assert_eq!(list_item("◎ Paid days off"), Some("Paid days off"));
        assert_eq!(list_item("➢Managed accounts"), Some("Managed accounts"));
        assert_eq!(list_item("※Regular rate increase"), Some("Regular rate increase"));
        assert_eq!(list_item("→"), None);
        assert!(lone_bullet(" • ") && !lone_bullet("• Python") && !lone_bullet("-"));
        // A capitalised heading word after a decoration is still a heading.
        assert_eq!(heading("■ Requirements"), Some(("Requirements".to_owned(), "")));
        assert_eq!(heading("★ Benefits:"), Some(("Benefits".to_owned(), "")));
        assert_eq!(heading("◎ Renewal bonus"), None);
        // A German opening quote opens no item.
        assert_eq!(list_item("»Teamgeist« ist uns wichtig"), None);
        assert_eq!(heading("#.Net"), None);
    }

    #[test]
    fn headings_are_found_in_markdown_and_plain_text() {
        assert_eq!(heading("## Required Skills").map(|h| h.0), Some("Required Skills".to_owned()));
        assert_eq!(heading("Nice to have:").map(|h| h.0), Some("Nice to have".to_owned()));
        let (head, rest) = heading("Job Summary - We are hiring.").unwrap();
        assert_eq!((head.as_str(), rest), ("Job Summary", "We are hiring."));
        assert_eq!(heading("- Python and Go"), None);
        // A line that says how good is an item, whatever heading word it holds.
        assert_eq!(heading("Excellent communication skills"), None);
        assert_eq!(heading("Strong organizational skills"), None);
        assert_eq!(heading("Basic computer skills"), None);
        assert_eq!(heading("Proven experience in sales"), None);
        assert_eq!(heading("Technical Skills").map(|h| h.0), Some("Technical Skills".to_owned()));
        assert_eq!(heading("Basic Qualifications").map(|h| h.0), Some("Basic Qualifications".to_owned()));
        assert_eq!(
            heading("Working Conditions and Physical Effort").map(|h| h.0),
            Some("Working Conditions and Physical Effort".to_owned())
        );
        assert_eq!(heading("Promote a positive work environment"), None);
        assert_eq!(heading("Ensure safe working conditions"), None);
    }

    #[test]
    fn a_heading_runs_into_its_text_without_a_space_after_the_colon() {
        let (head, rest) = heading("Requirements:Proven experience in retail").unwrap();
        assert_eq!((head.as_str(), rest), ("Requirements", "Proven experience in retail"));
        assert_eq!(heading("Start time:8:00 daily"), None);
    }
}
