//! Date ranges in resumes ("2019 – present", "Jan 2018 - Mar 2021",
//! "2015–2017", "from 2008 to 2013") and what they add up to.

use super::YearMonth;

/// A stretch of time in months since year 0: `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: i32,
    pub end: i32,
    /// Both ends name a month, so the length is known to the month.
    pub precise: bool,
    /// The range runs to "present".
    pub ongoing: bool,
}

impl Span {
    pub fn months(self) -> i32 {
        (self.end - self.start).max(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Month(u8),
    Year(u16),
    MonthYear(u8, u16),
    Dash,
    To,
    Present,
    Other,
}

fn month(word: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = word.to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let index =
        NAMES.iter().position(|name| *name == lower || (name.starts_with(&lower) && lower.len() <= 4))?;
    u8::try_from(index + 1).ok()
}

fn pieces(line: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Piece>| {
        if word.is_empty() {
            return;
        }
        let taken = std::mem::take(word);
        let word = &taken;
        let trimmed = word.trim_matches('.').to_owned();
        let word = &trimmed;
        let lower = word.to_lowercase();
        let piece = if let Some((m, y)) = word.split_once('/') {
            match (m.parse::<u8>(), y.parse::<u16>()) {
                (Ok(m), Ok(y)) if (1..=12).contains(&m) && (1950..=2100).contains(&y) => {
                    Piece::MonthYear(m, y)
                }
                _ => Piece::Other,
            }
        } else if let Ok(year) = word.parse::<u16>() {
            if (1950..=2100).contains(&year) && word.len() == 4 { Piece::Year(year) } else { Piece::Other }
        } else if let Some(m) = month(word) {
            Piece::Month(m)
        } else if matches!(lower.as_str(), "to" | "until" | "till" | "through" | "thru" | "and") {
            Piece::To
        } else if matches!(
            lower.as_str(),
            "present" | "current" | "now" | "today" | "date" | "ongoing" | "currently"
        ) {
            Piece::Present
        } else {
            Piece::Other
        };
        out.push(piece);
    };
    for c in line.chars() {
        if c.is_alphanumeric() || c == '/' || c == '.' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            if matches!(c, '-' | '–' | '—' | '~') {
                out.push(Piece::Dash);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A point in time at `at`: (month index, whether the month was given, pieces used).
fn point(pieces: &[Piece], at: usize) -> Option<(i32, bool, usize)> {
    match (pieces.get(at)?, pieces.get(at + 1)) {
        (Piece::Month(m), Some(Piece::Year(y))) => Some((i32::from(*y) * 12 + i32::from(*m) - 1, true, 2)),
        (Piece::MonthYear(m, y), _) => Some((i32::from(*y) * 12 + i32::from(*m) - 1, true, 1)),
        (Piece::Year(y), _) => Some((i32::from(*y) * 12, false, 1)),
        _ => None,
    }
}

/// The first date range on a line, if any.
pub fn span(line: &str, today: YearMonth) -> Option<Span> {
    let pieces = pieces(line);
    let now = today.index();
    for at in 0..pieces.len() {
        let Some((start, start_precise, used)) = point(&pieces, at) else { continue };
        let mut next = at + used;
        let mut separators = 0;
        while matches!(pieces.get(next), Some(Piece::Dash | Piece::To)) {
            next += 1;
            separators += 1;
        }
        if separators == 0 || separators > 2 {
            continue;
        }
        let (end, end_precise, ongoing) = match pieces.get(next) {
            Some(Piece::Present) => (now + 1, true, true),
            _ => match point(&pieces, next) {
                Some((end, true, _)) => (end + 1, true, false),
                Some((end, false, _)) => (end, false, false),
                None => continue,
            },
        };
        let precise = start_precise && end_precise;
        // A year-only range within one year ("2014 - 2014") lasted some months.
        let end = if !precise && end <= start && end + 12 > start { start + 6 } else { end };
        if end < start || end > now + 13 {
            continue;
        }
        return Some(Span { start, end, precise, ongoing });
    }
    None
}

/// The spans merged where they overlap or touch, in order.
pub fn merged(spans: &[Span]) -> Vec<(i32, i32)> {
    let mut sorted: Vec<(i32, i32)> = spans.iter().map(|span| (span.start, span.end)).collect();
    sorted.sort_unstable();
    let mut out: Vec<(i32, i32)> = Vec::new();
    for (start, end) in sorted {
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// Months covered by the spans, overlaps counted once.
pub fn total_months(spans: &[Span]) -> i32 {
    merged(spans).iter().map(|(start, end)| end - start).sum()
}

/// The gaps longer than `min_months` between the spans: (from, to) month indexes.
pub fn gaps(spans: &[Span], min_months: i32) -> Vec<(i32, i32)> {
    merged(spans)
        .windows(2)
        .filter(|pair| pair[1].0 - pair[0].1 > min_months)
        .map(|pair| (pair[0].1, pair[1].0))
        .collect()
}

/// "Mar 2021" for a month index.
pub fn label(index: i32) -> String {
    const NAMES: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!("{} {}", NAMES[index.rem_euclid(12) as usize], index.div_euclid(12))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(line: &str) -> Option<i32> {
        span(line, YearMonth::new(2024, 6)).map(Span::months)
    }

    #[test]
    fn date_ranges_count_months_with_an_injected_today() {
        let check = |line: &str, expected: Option<i32>| assert_eq!(months(line), expected, "{line}");
        check("Engineer, Acme (2019 – present)", Some(5 * 12 + 6));
        check("Jan 2018 - Mar 2021", Some(39));
        check("2015–2017", Some(24));
        check("Worked as a Survey Researcher between 2013 and 2016", Some(36));
        check("from 2008 to 2013", Some(60));
        check("September 2020 to current", Some(46));
        check("03/2019 - 05/2019", Some(3));
        check("Bachelor of Science, 2012", None);
        check("Won 2 awards in 2015", None);
        check("2030 - 2035", None);
    }

    #[test]
    fn today_moves_ongoing_ranges() {
        let line = "2020 - present";
        assert_eq!(span(line, YearMonth::new(2022, 1)).map(Span::months), Some(25));
        assert_eq!(span(line, YearMonth::new(2023, 1)).map(Span::months), Some(37));
    }

    #[test]
    fn gaps_are_measured_between_merged_spans() {
        let today = YearMonth::new(2024, 1);
        let spans: Vec<Span> = ["Jan 2015 - Dec 2016", "Jun 2016 - Feb 2017", "Jun 2018 - present"]
            .iter()
            .filter_map(|line| span(line, today))
            .collect();
        assert_eq!(total_months(&spans), 26 + 68);
        let gaps = gaps(&spans, 12);
        assert_eq!(gaps.len(), 1);
        assert_eq!((label(gaps[0].0), label(gaps[0].1)), ("Mar 2017".to_owned(), "Jun 2018".to_owned()));
    }
}
