//! "N years": how many, and of what, a role or a subject ("at least 4 years
//! as a Cook", "5+ years of experience with Python", "5 years tenure as a
//! Programmer").

use super::super::units;
use super::super::words;
use super::tables::{GENERIC_SUBJECT_WORDS, ROLE_ENDS, SUBJECT_LEADS};

/// One "N years" of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearPhrase {
    /// N.
    pub count: i32,
    /// What the years are of: a role ("Cook") or a subject ("Python"); none
    /// for plain "5+ years of experience".
    pub subject: Option<String>,
    /// Whether `subject` is a role held rather than a subject worked in.
    pub as_role: bool,
}

fn number(word: &str) -> Option<i32> {
    let word = word.trim_end_matches(['+', ')']).trim_start_matches('(');
    if let Ok(value) = word.parse::<i32>() {
        return (1..=40).contains(&value).then_some(value);
    }
    const WORDS: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    let lower = word.to_ascii_lowercase();
    WORDS.iter().position(|name| *name == lower).and_then(|index| i32::try_from(index + 1).ok())
}

fn is_year_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(lower, "year" | "years" | "yrs" | "yr")
        || lower.starts_with("years")
        || lower.starts_with("year’")
        || lower.starts_with("year'")
}

/// Where "N years" is said: the index of each number and of its year word.
/// Allows "5+ years", "2 or more years", "3-5 years", "five (5) years", "1-year",
/// "3 full years".
fn year_mentions(words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for at in 0..words.len() {
        if number(words[at]).is_none() || out.last().is_some_and(|(_, word): &(usize, usize)| *word > at) {
            continue;
        }
        for (next, word) in words.iter().enumerate().take(at + 5).skip(at + 1) {
            if is_year_word(word) {
                out.push((at, next));
                break;
            }
            let lower = word.to_ascii_lowercase();
            // "5 consecutive years": a word that says the years ran unbroken.
            if !(matches!(
                lower.as_str(),
                "or" | "more"
                    | "to"
                    | "-"
                    | "–"
                    | "plus"
                    | "full"
                    | "consecutive"
                    | "consistent"
                    | "continuous"
                    | "solid"
            ) || number(word).is_some())
            {
                break;
            }
        }
    }
    out
}

fn year_words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .filter(|word| !word.is_empty())
        .collect()
}

/// Whether a sentence says "N years" anywhere.
pub fn has_years(sentence: &str) -> bool {
    !year_mentions(&year_words(sentence)).is_empty()
}

/// Each "N years" of a sentence: N, what it is of (a role or a subject),
/// and whether that is a role. Reads JDs ("at least 4 years as a Cook") and
/// resumes that state durations ("5 years tenure as a Programmer").
pub fn year_phrases(sentence: &str) -> Vec<YearPhrase> {
    let words = year_words(sentence);
    let mentions = year_mentions(&words);
    let mut out = Vec::new();
    for (index, &(at, year_word)) in mentions.iter().enumerate() {
        let Some(count) = number(words[at]) else { continue };
        let before_start = if index == 0 { 0 } else { mentions[index - 1].1 + 1 };
        let after_end = mentions.get(index + 1).map_or(words.len(), |(next, _)| *next);
        let after = words[year_word + 1..after_end].join(" ");
        // "under 30 years old", "18 years of age": an age, no experience.
        let lower_after = after.to_ascii_lowercase();
        if ["old", "of age", "or older", "or younger", "and older", "and under"]
            .iter()
            .any(|age| lower_after.starts_with(age))
        {
            continue;
        }
        let before = words[before_start..at].join(" ");
        let (subject, as_role) = match role_after(&after).or_else(|| role_after(&before)) {
            // "in an electrical maintenance environment", "in a retail
            // setting": a field of work, not a job title.
            // "… in Warehousing or Inventory in a manufacturing environment":
            // the work named before the place is what the years are of.
            Some(role) if field_of_work(&role).is_some() => (
                subject_after(&after)
                    .filter(|subject| field_of_work(subject).is_none())
                    .or(field_of_work(&role)),
                false,
            ),
            Some(role) => (Some(role), true),
            None => match subject_after(&after) {
                Some(subject) => (Some(subject), false),
                // "Construction Trades – 3 years": the role comes first.
                None => (role_before(&before), true),
            },
        };
        out.push(YearPhrase { count, subject, as_role });
    }
    out
}

/// The field a "role" names when it ends with a word for a place of work
/// ("electrical maintenance environment" is "electrical maintenance").
fn field_of_work(role: &str) -> Option<String> {
    const PLACES: &[&str] = &[
        "area",
        "department",
        "environment",
        "environments",
        "field",
        "industry",
        "organisation",
        "organization",
        "sector",
        "setting",
        "settings",
    ];
    let (field, last) = role.trim().rsplit_once(' ')?;
    PLACES.contains(&last.to_ascii_lowercase().as_str()).then(|| field.trim().to_owned())
}

fn cut_role(text: &str) -> String {
    let mut end = text.len();
    for stop in ROLE_ENDS {
        if let Some(at) = text.find(stop) {
            end = end.min(at);
        }
    }
    text[..end].trim().trim_end_matches(['.', ',', ';', ':', ')']).to_owned()
}

/// The role after "as a" / "in a" in a text ("… as a QA Engineer for …" is
/// "QA Engineer"), unless it is generic ("as a similar role").
pub fn role_after(text: &str) -> Option<String> {
    let padded = format!(" {}", text.to_ascii_lowercase());
    for lead in [" as an ", " as a ", " as the ", " as ", " in a ", " in an "] {
        // "languages such as Java", "as well as": examples, no role.
        let Some(at) = padded.match_indices(lead).map(|(at, _)| at).find(|at| {
            let before = padded[..*at].trim_end();
            !before.ends_with(" such") && !before.ends_with(" well") && !padded[*at..].starts_with(" as well")
        }) else {
            continue;
        };
        let start = at + lead.len() - 1;
        let role = cut_role(text.get(start..)?);
        let role = role.trim_start_matches("a ").trim_start_matches("an ");
        if !units::content_units(role).is_empty()
            && role.split_whitespace().count() <= 12
            && !is_generic_subject(role)
        {
            return Some(role.to_owned());
        }
    }
    None
}

/// The role in "Roofer Helper – 1 year", "Analyst for 2 years".
fn role_before(before: &str) -> Option<String> {
    // A label before its years ("Sales: 1 year", "Roofer helper 1 year",
    // "Analyst for 2 years"), not the words of a sentence ("The desired
    // candidate has 2 years", "For almost 30 years"): no word of it but a
    // trailing "for" or "of" is a stop word.
    let label = before
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(" for")
        .trim_end_matches(" of")
        .split_whitespace()
        .all(|word| !words::is_stop_word(&word.to_ascii_lowercase()));
    if !label {
        return None;
    }
    let role = before
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')')
        .trim_end_matches(" for")
        .trim_end_matches(" of")
        .trim();
    let lower = role.to_ascii_lowercase();
    let said = ["at least", "minimum", "a minimum", "minimum of", "over", "more than", "up to", "about"];
    if role.is_empty() || said.iter().any(|word| lower == *word || lower.ends_with(&format!(" {word}"))) {
        return None;
    }
    let words = role.split_whitespace().count();
    (words <= 8 && !is_generic_subject(role) && !units::content_units(role).is_empty())
        .then(|| role.to_owned())
}

/// "relevant experience", "a similar role": no subject, any dated work counts.
fn is_generic_subject(subject: &str) -> bool {
    subject.split_whitespace().all(|word| {
        let lower = word.to_ascii_lowercase();
        let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
        GENERIC_SUBJECT_WORDS.contains(&lower) || words::is_stop_word(lower) || lower.is_empty()
    })
}

/// What years are of: "of experience with Python", "in software
/// development", "Python experience".
fn subject_after(text: &str) -> Option<String> {
    let mut rest = text.trim();
    while let Some((word, tail)) = rest.split_once(' ')
        && SUBJECT_LEADS.contains(&word.to_ascii_lowercase().as_str())
    {
        rest = tail.trim_start();
    }
    for lead in ["in ", "with ", "using ", "of ", "on "] {
        if rest.to_ascii_lowercase().starts_with(lead) {
            rest = &rest[lead.len()..];
            break;
        }
    }
    // "of relevant experience and a degree in Accounting": what follows
    // "and" is another thing asked, not what the years are of.
    let lower = rest.to_ascii_lowercase();
    if lower.starts_with("and ") || lower.starts_with("or ") {
        return None;
    }
    // A list's parts are short, so the list may run longer than a phrase.
    let (subject, most) = listed(rest).map_or_else(|| (cut_role(rest), 8), |list| (list, 16));
    let content = units::content_units(&subject);
    (!content.is_empty() && !is_generic_subject(&subject) && subject.split_whitespace().count() <= most)
        .then_some(subject)
}

/// A list the years are of, whole: "Warehousing, Receiving, or Inventory in
/// a …" is "Warehousing, Receiving, or Inventory" (a comma otherwise ends
/// what the years are of). Each part is one to four words; the last holds
/// "or" ("…, or Inventory", "…, Receiving or Inventory") and something
/// more than a generic word after it ("…, or equivalent" is no list).
fn listed(text: &str) -> Option<String> {
    let mut end = 0;
    for (index, part) in text.split(", ").enumerate() {
        let lower = part.to_ascii_lowercase();
        let last = index > 0 && (lower.starts_with("or ") || lower.contains(" or "));
        // Cut as a part inside a sentence is: " or equivalent", " and a …".
        let cut = cut_role(&format!(" {part}"));
        if !(1..=4).contains(&cut.split_whitespace().count()) || (!last && cut != part) {
            return None;
        }
        end += if index == 0 { 0 } else { 2 };
        if last {
            let after_or = cut
                .strip_prefix("or ")
                .or_else(|| cut.rsplit_once(" or ").map(|(_, after)| after))
                .unwrap_or(&cut);
            if is_generic_subject(after_or) {
                return None;
            }
            return Some(format!("{}{cut}", &text[..end]));
        }
        end += part.len();
    }
    None
}
