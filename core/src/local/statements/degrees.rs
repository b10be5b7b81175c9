//! Degrees: the level a line names ("Bachelor's degree", "B.Tech", "M.Ed.",
//! "PhD") and the fields its short forms imply ("MBA" business
//! administration).

use super::super::dates;
use super::super::words;

/// How far a degree goes. Ordered: a JD asking for a bachelor's is met by a
/// master's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DegreeLevel {
    /// Any degree or diploma below a bachelor's: an associate degree, a
    /// diploma, a GED.
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

/// The fields a line's short degree names say: "M.Ed." education, "MBA"
/// business administration, "BSN" nursing.
pub fn implied_fields(line: &str) -> String {
    let mut fields = String::new();
    for token in words::tokens(line) {
        let lower = token.lower.replace('.', "");
        let field = match lower.as_str() {
            "med" | "bed" | "edd" if token.raw.contains('.') => "education",
            "mba" | "bba" => "business administration",
            "bsn" | "msn" => "nursing",
            "llb" | "llm" => "law",
            "btech" | "mtech" => "technology",
            "bfa" | "mfa" => "fine arts",
            "bcom" | "mcom" => "commerce",
            "bca" | "mca" => "computer applications",
            _ => continue,
        };
        fields.push_str(field);
        fields.push(' ');
    }
    fields
}

/// The highest degree a line names, if any.
pub fn degree_level(line: &str) -> Option<DegreeLevel> {
    let tokens = words::tokens(line);
    let lower_line = line.to_ascii_lowercase();
    // "A high degree of accuracy" names no degree.
    let says_degree =
        lower_line.match_indices("degree").any(|(at, _)| !lower_line[at..].starts_with("degree of "));
    // "BA History, Yale University": a school names the line's short forms degrees.
    let names_school = ["university", "college", "institute", "school", "academy"]
        .iter()
        .any(|word| lower_line.contains(word));
    let mut best = None;
    for (at, token) in tokens.iter().enumerate() {
        // "BS/MS in Computer Science": the first is what is asked.
        let Some(raw) = token.raw.split('/').find(|part| !part.is_empty()) else { continue };
        let lower = raw.to_ascii_lowercase().replace(['.', '’', '\''], "");
        // "Master" is a degree only as one: "Master's", "Masters in", "MS degree",
        // "M.S.", not "Scrum Master" or "MS Excel".
        let next = tokens.get(at + 1).map(|token| token.lower.as_str());
        // "BA History, Yale University", but not "Boston, MA — Sept 2021".
        let field_follows = tokens.get(at + 1).is_some_and(|token| {
            token.raw.chars().next().is_some_and(char::is_uppercase)
                && token.raw.chars().all(char::is_alphabetic)
                && !dates::is_date_word(token.raw)
        });
        let as_degree = says_degree
            || names_school && field_follows
            || raw.contains(['\'', '’'])
            || matches!(next, Some("of" | "in" | "degree" | "program" | "programme"));
        let upper = raw.chars().all(|c| c.is_uppercase() || c == '.');
        let dotted = raw.trim_end_matches('.').contains('.');
        let level = match lower.as_str() {
            "phd" | "doctorate" | "doctoral" | "dphil" | "edd" => DegreeLevel::Doctorate,
            "msc" | "mba" | "meng" | "mtech" | "mca" | "mphil" | "msn" | "mfa" | "llm" | "mcom" => {
                DegreeLevel::Master
            }
            "med" if dotted => DegreeLevel::Master,
            "master" | "masters" if as_degree => DegreeLevel::Master,
            "ms" | "ma" | "me" if upper && (as_degree || dotted) => DegreeLevel::Master,
            "bachelor" | "bachelors" | "bsc" | "beng" | "btech" | "bca" | "bba" | "bsn" | "bfa" | "llb"
            | "bcom" | "undergraduate" | "baccalaureate" => DegreeLevel::Bachelor,
            "bs" | "ba" | "be" if upper && (as_degree || dotted) => DegreeLevel::Bachelor,
            "degree" if next != Some("of") => DegreeLevel::Bachelor,
            "associate" | "associates" if says_degree => DegreeLevel::Associate,
            "diploma" | "ged" => DegreeLevel::Associate,
            // "High school certificate", "Leaving Certificate": a school's
            // diploma, not a certification.
            "certificate"
                if at > 0
                    && matches!(tokens[at - 1].lower.as_str(), "school" | "leaving" | "matriculation") =>
            {
                DegreeLevel::Associate
            }
            _ => continue,
        };
        best = Some(best.map_or(level, |best: DegreeLevel| best.max(level)));
    }
    best
}

#[cfg(test)]
mod tests {
    use super::DegreeLevel::{Bachelor, Doctorate, Master};
    use super::*;

    #[test]
    fn degrees_are_read_in_their_short_forms_but_not_in_ordinary_words() {
        for (line, level) in [
            ("B.E. IN COMPUTER ENGINEERING 2014 - 2018", Some(Bachelor)),
            ("B.Tech in Information Technology", Some(Bachelor)),
            ("BCA, Delhi University", Some(Bachelor)),
            ("M.Tech, IIT Bombay (2019)", Some(Master)),
            ("MCA from Pune University", Some(Master)),
            ("M.E. in Structural Engineering", Some(Master)),
            ("PhD in Physics", Some(Doctorate)),
            ("Be a team player in a fast-paced team", None),
            ("B.A. History, Yale University, 2015", Some(Bachelor)),
            ("BS Computer Science, Purdue University, 2015", Some(Bachelor)),
            ("Yale University — B.A., History, 2015", Some(Bachelor)),
            ("BS/MS in Computer Science or equivalent experience", Some(Bachelor)),
            ("M.Ed., Boston University, 2021", Some(Master)),
            ("BSN required", Some(Bachelor)),
            ("Advanced MS Excel and MS Project", None),
            ("Math Teacher, Brookline High School, Brookline, MA — Sept. 2021 – Present", None),
            ("Tell me in detail about your work", None),
        ] {
            assert_eq!(degree_level(line), level, "{line}");
        }
    }
}
