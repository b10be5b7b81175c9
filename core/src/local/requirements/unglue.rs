//! Postings copied from a page whose markup was stripped run their list
//! items and headings into each other: "…all items accounted forBalancing
//! out cash drawers…", "skills (including layout)Excellent verbal…",
//! "THE NETWORKThe Albany…", "Mathematics 7-12.Demonstrated ability…". Each
//! such seam is where a line ended, so it becomes one again before the
//! posting is read.
//!
//! A seam is a capital letter starting a word glued to what comes before it:
//! - a common English word (the table of `words::is_common`) after a
//!   lower-case common word of four letters or more ("forBalancing" is not
//!   one, "preferredStrong" is);
//! - a heading's first word ("Job", "Requirements", "Benefits"), or an
//!   abbreviation of three capitals or more ("PLC"), after a word of four
//!   letters or more all in lower case ("geometryJob Responsibilities", "is
//!   requiredPLC skills"; the abbreviation only after a common word, so
//!   "mongoDB", "CronJob" and "watchOS" stay whole);
//! - any word after a closing bracket, or after a point ending a word or
//!   number ("7-12.");
//! - a word or number after a colon that ends a common word, itself the
//!   third word of a line or later ("Duties may include:Greeting",
//!   "Qualifications for the role include:1-2 years"): a list's first item
//!   is set off by a space or a line ("10:30", "localhost:3000",
//!   "python:3.11", "https://", "mailto:Jo@…" keep their colons);
//! - a common word after a run of three capitals or more ("SUMMARYAs", not
//!   "ASICs").
//!
//! A token the alias table knows whole ("JavaScript", "Node.JS") has no
//! seam, nor has a point before one it knows (".NET" of "in.NET"). Two
//! common words in one ("SecureWorks") are a seam only in a posting with
//! two sure seams or more: alone, they are most often a name.

use super::super::aliases;
use super::super::words::is_common;
use super::tables::GLUED_HEADING_WORDS;

/// `text` with a line break at each seam.
pub(super) fn unglued(text: &str) -> String {
    let bulleted = bullets_on_their_lines(text);
    let text = bulleted.as_str();
    // Words before each piece on its line: a lead line's colon comes after
    // a few of them, a heading's ("Requirements:") after none.
    let mut on_line = 0;
    let pieces: Vec<(&str, Vec<Seam>)> = text
        .split_inclusive(char::is_whitespace)
        .map(|piece| {
            let seams = seams(piece.trim_end(), on_line);
            let word = piece.chars().any(char::is_alphanumeric);
            on_line = if piece.ends_with('\n') { 0 } else { on_line + usize::from(word) };
            (piece, seams)
        })
        .collect();
    // Two words glued in one case ("SecureWorks", "SuccessFactors") are
    // often a name: they are a seam only in a text that shows it lost its
    // line breaks elsewhere.
    let glued = pieces.iter().flat_map(|(_, seams)| seams).filter(|seam| seam.sure).count() >= 2;
    let mut out = String::with_capacity(text.len());
    for (piece, seams) in pieces {
        let mut from = 0;
        for seam in seams.into_iter().filter(|seam| seam.sure || glued) {
            out.push_str(&piece[from..seam.at]);
            out.push('\n');
            from = seam.at;
        }
        out.push_str(&piece[from..]);
    }
    out
}

/// `text` with each list bullet "•" inside a line starting a line of its
/// own: "… essential duties.• Provides rich … for students• Commitment
/// to …" is a list whose line breaks were lost.
fn bullets_on_their_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let (lead, rest) = line.split_at(indent);
        out.push_str(lead);
        for piece in rest.split_inclusive('•') {
            // A bullet that opens the line stays where it is.
            match piece.strip_suffix('•') {
                Some(before) if !before.trim().is_empty() => {
                    // "Bachelor's degree AND• Teaching licence": the items
                    // of a list, without the word joining them.
                    let before = before.trim_end();
                    let joined = ["and", "or"].iter().find_map(|word| {
                        let at = before.len().checked_sub(word.len() + 1)?;
                        let tail = before.get(at..)?;
                        (tail.starts_with(' ') && tail[1..].eq_ignore_ascii_case(word)).then_some(at)
                    });
                    out.push_str(joined.map_or(before, |at| before[..at].trim_end()));
                    out.push_str("\n•");
                }
                _ => out.push_str(piece),
            }
        }
    }
    out
}

/// The fewest words of a line whose colon a list ran into: "Duties
/// include:Greeting", not "Requirements:Proven" (a heading run into its
/// text, which the parser reads as it is).
const LEAD_WORDS: usize = 3;

/// Where a line ended inside a token, and whether that is sure (after a
/// point, a bracket or capitals) or only likely (two words in one case).
struct Seam {
    at: usize,
    sure: bool,
}

/// The seams inside one whitespace-free token.
fn seams(token: &str, words_before: usize) -> Vec<Seam> {
    let chars: Vec<(usize, char)> = token.char_indices().collect();
    if chars.len() < 5 {
        return Vec::new();
    }
    let address = token.contains('@') || token.contains("://");
    // "may include:Health", not "localhost:3000", "python:3.11" or
    // "example.org:8080": the colon ends a whole common word.
    let after_colon = |i: usize| {
        !address
            && words_before >= LEAD_WORDS - 1
            && i >= 3
            && chars[i - 1].1 == ':'
            && (chars[i].1.is_ascii_uppercase() || chars[i].1.is_ascii_digit())
            && {
                let word = word_before(&chars, i - 1);
                word.chars().count() >= 2
                    && word.chars().count() == i - 1
                    && is_common(&word.to_lowercase())
                    && !aliases::is_alias_token(&word.to_lowercase())
            }
    };
    if !chars.iter().enumerate().any(|(i, (_, c))| c.is_ascii_uppercase() || after_colon(i)) {
        return Vec::new();
    }
    let known = |part: &str| {
        aliases::is_alias_token(&part.trim_matches(|c: char| !c.is_alphanumeric() && c != '.').to_lowercase())
    };
    if known(token) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for i in 1..chars.len() {
        let (at, c) = chars[i];
        if after_colon(i) {
            out.push(Seam { at, sure: true });
            continue;
        }
        if !c.is_ascii_uppercase() {
            continue;
        }
        let right = word_from(&chars, i);
        if right.chars().count() < 2 {
            continue;
        }
        let common = is_common(&right.to_lowercase());
        let before = chars[i - 1].1;
        if before.is_ascii_lowercase() {
            let left = word_before(&chars, i);
            let lower_word =
                left.chars().count() >= 4 && left.chars().skip(1).all(|c| c.is_ascii_lowercase());
            // "geometryJob Responsibilities:": a heading's first word.
            // "is requiredPLC skills": an abbreviation after a whole word.
            // Only after a word all in lower case: "CronJob", "watchOS",
            // "userID" stay whole.
            let abbreviation = right.chars().count() >= 3
                && right.chars().all(|c| c.is_ascii_uppercase())
                && chars.get(i + right.chars().count()).is_none_or(|(_, next)| !next.is_alphanumeric());
            let all_lower = left.chars().all(|c| c.is_ascii_lowercase());
            if lower_word
                && all_lower
                && (GLUED_HEADING_WORDS.contains(&right.as_str()) || abbreviation && is_common(&left))
            {
                out.push(Seam { at, sure: true });
            } else if lower_word && right.chars().count() >= 3 && common && is_common(&left.to_lowercase()) {
                out.push(Seam { at, sure: false });
            }
            continue;
        }
        let sure = match before {
            ')' => true,
            // "in.NET" and "Basic.NET" name .NET.
            '.' => {
                i >= 3
                    && chars[i - 2].1.is_alphanumeric()
                    && chars[i - 3].1.is_alphanumeric()
                    && !known(&token[chars[i - 1].0..])
            }
            _ if before.is_ascii_uppercase() => {
                let caps = chars[..i].iter().rev().take_while(|(_, c)| c.is_ascii_uppercase()).count();
                caps >= 3 && common && chars.get(i + 1).is_some_and(|(_, next)| next.is_ascii_lowercase())
            }
            _ => false,
        };
        if sure {
            out.push(Seam { at, sure });
        }
    }
    out
}

/// The word of letters starting at `chars[i]`: a capital and the lower-case
/// letters after it ("Balancing" of "Balancing"), or a run of capitals
/// ("POSITION").
fn word_from(chars: &[(usize, char)], i: usize) -> String {
    let rest = &chars[i + 1..];
    let lower = rest.iter().take_while(|(_, c)| c.is_ascii_lowercase()).count();
    let len = if lower > 0 { lower } else { rest.iter().take_while(|(_, c)| c.is_ascii_uppercase()).count() };
    chars[i..=i + len].iter().map(|(_, c)| *c).collect()
}

/// The word of letters ending just before `chars[i]`.
fn word_before(chars: &[(usize, char)], i: usize) -> String {
    let len = chars[..i].iter().rev().take_while(|(_, c)| c.is_alphabetic()).count();
    chars[i - len..i].iter().map(|(_, c)| *c).collect()
}

#[cfg(test)]
mod tests {
    use super::unglued;

    #[test]
    fn list_items_and_headings_run_together_come_apart() {
        assert_eq!(
            unglued("THE TEAMWe sell. Check each delivery arrivedCount the cash drawers (daily)Excellent"),
            "THE TEAM\nWe sell. Check each delivery arrived\nCount the cash drawers (daily)\nExcellent"
        );
        assert_eq!(unglued("shelves and layout)Excellent writing"), "shelves and layout)\nExcellent writing");
        assert_eq!(unglued("THE COMPANYThe school opened"), "THE COMPANY\nThe school opened");
        assert_eq!(unglued("Grades 7-12.Demonstrated skill"), "Grades 7-12.\nDemonstrated skill");
        assert_eq!(unglued("at Bright Ltd.ABOUT US\n"), "at Bright Ltd.\nABOUT US\n");
        assert_eq!(unglued("Your perks may include:Free parking"), "Your perks may include:\nFree parking");
        assert_eq!(unglued("The skills we need:2 years in sales"), "The skills we need:\n2 years in sales");
        assert_eq!(unglued("Requirements:Sales"), "Requirements:Sales");
        assert_eq!(unglued("basic algebraJob Duties:"), "basic algebra\nJob Duties:");
        assert_eq!(unglued("is requiredCNC skills"), "is required\nCNC skills");
        assert_eq!(unglued("mongoDB and postgreSQL"), "mongoDB and postgreSQL");
        assert_eq!(unglued("a CronJob for watchOS users"), "a CronJob for watchOS users");
        assert_eq!(
            unglued("• Plans lessons.• Marks work AND• Talks to parents\n"),
            "• Plans lessons.\n• Marks work\n• Talks to parents\n"
        );
    }

    #[test]
    fn times_and_addresses_keep_their_colons() {
        for text in [
            "Open from 10:30 to 18:00",
            "See our site https://example.org/Jobs",
            "Send your CV to mailto:Jobs@example.org",
            "Run it on localhost:3000 daily",
            "Build on the python:3.11 image",
            "Served from example.org:8080 today",
        ] {
            assert_eq!(unglued(text), text);
        }
    }

    #[test]
    fn names_written_in_one_word_stay_whole() {
        for text in [
            "JavaScript and TypeScript",
            "Node.JS",
            "Visual Basic.NET",
            "iPhone apps",
            "McDonald",
            "APIs and URLs",
            "ASICs",
        ] {
            assert_eq!(unglued(text), text);
        }
        // Two words in one are a name unless the posting lost its line
        // breaks elsewhere too.
        assert_eq!(unglued("SecureWorks or SuccessFactors. Good."), "SecureWorks or SuccessFactors. Good.");
        assert_eq!(
            unglued("THE TEAMWe use SecureWorks (daily)Excellent"),
            "THE TEAM\nWe use Secure\nWorks (daily)\nExcellent"
        );
    }
}
