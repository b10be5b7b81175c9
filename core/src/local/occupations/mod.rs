//! Families of occupations (`families.txt`): which kind of work a job title
//! names ("Accounts Receivable Administrator" and "Financial Analyst" are
//! both finance and accounting work; "Staff Nurse" and "Healthcare
//! Assistant" both nursing and care), so a resume whose jobs were of the
//! posting's kind is near it even when no word of the two titles is shared.
//!
//! A title's words are matched whole, lower case, a plural "s" forgiven;
//! two-word markers first, each word used by one marker only ("Data Entry
//! Clerk" is office work, not data work).

use std::sync::OnceLock;

use super::units;
use super::words;

const TABLE: &str = include_str!("families.txt");

/// A set of families, one bit each (the table holds fewer than 32).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Families(u32);

impl Families {
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether the two sets share a family.
    pub fn meets(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }
}

/// One marker: its words, and its family's bit.
struct Marker {
    words: Vec<String>,
    family: u32,
}

/// The table's markers, two-word ones first.
struct Table {
    markers: Vec<Marker>,
}

fn table() -> &'static Table {
    static TABLE_READ: OnceLock<Table> = OnceLock::new();
    TABLE_READ.get_or_init(|| {
        let mut markers = Vec::new();
        for (at, line) in family_lines().enumerate() {
            let Some((_, list)) = line.split_once(':') else { continue };
            let family = 1 << at;
            for marker in list.split(',').map(str::trim).filter(|marker| !marker.is_empty()) {
                markers
                    .push(Marker { words: marker.split_whitespace().map(str::to_owned).collect(), family });
            }
        }
        markers.sort_by_key(|marker| std::cmp::Reverse(marker.words.len()));
        Table { markers }
    })
}

/// The table's lines that are families.
fn family_lines() -> impl Iterator<Item = &'static str> {
    TABLE.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Whether a title's word is a marker's word: the same, or its plural.
fn is_word(title_word: &str, marker_word: &str) -> bool {
    title_word == marker_word || title_word.strip_suffix('s') == Some(marker_word)
}

/// Where a job line's title ends: at "with", "at", "@" or "for", which start
/// what the job was about rather than what it was ("Full Stack Developer
/// with a background in teaching", "Sales Manager @ Kimpton Hotels",
/// "Analyst for a nursing charity"), and at the dashes, bars and commas a
/// title and its employer are joined with ("Administrator — Oakwood Nursing
/// Home", "Receptionist, Bright Smile Dental").
const JOB_LINE_CUTS: &[&str] = &[" with ", " at ", " @ ", " for ", " — ", " – ", " - ", " | ", ", ", "\n"];

/// The families a job line places its job in: those of its title's words
/// (before the first of [`JOB_LINE_CUTS`]), when they name a role
/// (`words::is_role_noun`).
pub fn of_job(line: &str) -> Families {
    // ASCII lower case keeps every byte where it was, so a cut found in it
    // falls at the same place of the line.
    let lower = line.to_ascii_lowercase();
    let cut = JOB_LINE_CUTS.iter().filter_map(|word| lower.find(word)).min();
    let title = cut.and_then(|at| line.get(..at)).unwrap_or(line);
    // A job is held in a role: "Finance Committee Member" names none.
    if title.split_whitespace().any(words::is_role_noun) { of_title(title) } else { Families::default() }
}

/// The families the words of a title (or a headline) place it in.
pub fn of_title(title: &str) -> Families {
    let tokens: Vec<String> = units::fine_tokens(title).into_iter().map(|token| token.lower).collect();
    let mut used = vec![false; tokens.len()];
    let mut found = 0;
    for marker in &table().markers {
        let n = marker.words.len();
        if n > tokens.len() {
            continue;
        }
        for at in 0..=tokens.len() - n {
            let free = used[at..at + n].iter().all(|used| !used);
            if free && tokens[at..at + n].iter().zip(&marker.words).all(|(token, word)| is_word(token, word))
            {
                found |= marker.family;
                used[at..at + n].iter_mut().for_each(|used| *used = true);
            }
        }
    }
    Families(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the families a title is placed in, in the table's order.
    fn family(title: &str) -> Vec<&'static str> {
        names(of_title(title))
    }

    fn names(families: Families) -> Vec<&'static str> {
        family_lines()
            .enumerate()
            .filter(|(at, _)| families.0 & (1 << at) != 0)
            .map(|(_, line)| line.split_once(':').map_or(line, |(name, _)| name))
            .collect()
    }

    #[test]
    fn titles_of_one_kind_of_work_share_a_family_without_sharing_a_word() {
        assert_eq!(family("Accounts Receivable Administrator"), ["finance and accounting"]);
        assert_eq!(family("Financial Analyst - Oracle"), ["finance and accounting"]);
        assert_eq!(family("Senior Staff Nurse, Band 6"), ["nursing and care"]);
        assert_eq!(family("Healthcare Assistant"), ["nursing and care"]);
        assert_eq!(family("Head Bartender"), ["hospitality and food service"]);
        assert_eq!(family("Licensed Residential Plumber"), ["construction and skilled trades"]);
    }

    #[test]
    fn words_of_many_kinds_of_work_place_a_title_nowhere() {
        for title in ["Project Manager", "Engineer", "Analyst", "Assistant", "Server", "Account Manager"] {
            assert!(of_title(title).is_empty(), "{title}: {:?}", family(title));
        }
    }

    #[test]
    fn a_job_line_is_placed_by_its_words_before_what_the_job_was_about() {
        let kind = |line: &str| names(of_job(line));
        assert_eq!(
            kind("Full Stack Developer with a background in teaching languages (2019 - 2023)"),
            ["software and it"]
        );
        assert_eq!(kind("Key Account Director @ Sonder Hotels (2020 - 2025)"), Vec::<&str>::new());
        assert_eq!(kind("Ceramics and Yearbook Teacher at Lincoln High"), ["education and teaching"]);
        assert_eq!(kind("Staff Nurse"), ["nursing and care"]);
        assert_eq!(kind("Finance Committee Member (2019 - 2020)"), Vec::<&str>::new());
        assert_eq!(kind("Administrator — Oakwood Nursing Home (2019 - 2021)"), Vec::<&str>::new());
        assert_eq!(kind("Receptionist, Bright Smile Dental"), ["office and administration"]);
    }

    #[test]
    fn a_two_word_marker_takes_its_words() {
        assert_eq!(family("Data Entry Clerk"), ["office and administration"]);
        assert_eq!(family("Data Analyst"), ["data and analytics"]);
        assert_eq!(family("Financial Data Analyst"), ["finance and accounting", "data and analytics"]);
        assert!(of_title("Data Engineer").meets(of_title("Senior Data Scientist")));
        assert!(!of_title("Software Developer").meets(of_title("Data Analyst")));
    }

    #[test]
    fn the_table_is_well_formed() {
        assert!(family_lines().count() < 32, "a family is one bit of a u32");
        assert!(!table().markers.is_empty());
        let mut seen = std::collections::BTreeSet::new();
        for line in family_lines() {
            let (name, list) = line.split_once(':').expect("family: markers");
            let markers: Vec<&str> = list.split(',').map(str::trim).collect();
            let mut sorted = markers.clone();
            sorted.sort_unstable();
            assert_eq!(markers, sorted, "{name}: markers sorted");
            for marker in markers {
                assert_eq!(marker, marker.to_lowercase(), "{marker}: lower case");
                assert!((1..=2).contains(&marker.split_whitespace().count()), "{marker}: one or two words");
                assert!(seen.insert(marker), "{marker} stands in two families");
            }
        }
    }
}
