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
    /// "03" in "2019-03" (a month right after a year and a dash), "23" in
    /// "2019–23" (a year that ends a range of years).
    TwoDigits(u8),
    Dash,
    Since,
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

/// A word a date range is written with: a month, "present", "to"…
pub fn is_date_word(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    month(word).is_some()
        || matches!(
            word.to_lowercase().as_str(),
            "to" | "until"
                | "till"
                | "through"
                | "thru"
                | "since"
                | "from"
                | "present"
                | "pres"
                | "current"
                | "now"
                | "today"
                | "date"
                | "ongoing"
                | "currently"
        )
}

fn pieces(line: &str) -> (Vec<Piece>, Vec<usize>) {
    let mut out = Vec::new();
    let mut ends = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Piece>| {
        if word.is_empty() {
            return;
        }
        let taken = std::mem::take(word);
        // "Jun '19": an apostrophe before two digits shortens a year.
        if let Some(short) = taken.strip_prefix('\'').map(|short| short.trim_end_matches('.')) {
            match short.parse::<u16>() {
                Ok(year) if short.len() == 2 => {
                    out.push(Piece::Year(if year <= 50 { 2000 + year } else { 1900 + year }));
                }
                _ if short.is_empty() => {}
                _ => out.push(Piece::Other),
            }
            return;
        }
        let word = &taken;
        let trimmed = word.trim_matches('.').to_owned();
        let word = &trimmed;
        let lower = word.to_lowercase();
        let piece = if let Some((a, b)) = word.split_once(['/', '.']) {
            // "03/2019", "03.2019", and year first: "2019.03", "2019/03".
            let (m, y) = if a.len() == 4 && b.len() <= 2 { (b, a) } else { (a, b) };
            match (m.parse::<u8>(), y.parse::<u16>()) {
                (Ok(m), Ok(year))
                    if (1..=12).contains(&m) && (1950..=2100).contains(&year) && y.len() == 4 =>
                {
                    Piece::MonthYear(m, year)
                }
                _ => Piece::Other,
            }
        } else if let Ok(number) = word.parse::<u16>() {
            match (word.len(), u8::try_from(number)) {
                (4, _) if (1950..=2100).contains(&number) => Piece::Year(number),
                (2, Ok(two)) => Piece::TwoDigits(two),
                _ => Piece::Other,
            }
        } else if let Some(m) = month(word).or_else(|| season(&lower)) {
            Piece::Month(m)
        } else if lower == "since" {
            Piece::Since
        } else if matches!(lower.as_str(), "to" | "until" | "till" | "through" | "thru" | "and") {
            Piece::To
        } else if matches!(
            lower.as_str(),
            "present" | "pres" | "current" | "now" | "today" | "date" | "ongoing" | "currently"
        ) {
            Piece::Present
        } else {
            Piece::Other
        };
        out.push(piece);
    };
    for (at, c) in line.char_indices() {
        if c.is_alphanumeric() || c == '/' || c == '.' {
            word.push(c);
        } else if matches!(c, '\'' | '’') {
            flush(&mut word, &mut out);
            ends.resize(out.len(), at);
            word.push('\'');
        } else {
            flush(&mut word, &mut out);
            ends.resize(out.len(), at);
            if matches!(c, '-' | '–' | '—' | '~') {
                out.push(Piece::Dash);
                ends.push(at + c.len_utf8());
            }
        }
    }
    flush(&mut word, &mut out);
    ends.resize(out.len(), line.len());
    (out, ends)
}

/// A point in time at `at`: (month index, whether the month was given, pieces used).
fn point(pieces: &[Piece], at: usize) -> Option<(i32, bool, usize)> {
    match (pieces.get(at)?, pieces.get(at + 1)) {
        (Piece::Month(m), Some(Piece::Year(y))) => Some((i32::from(*y) * 12 + i32::from(*m) - 1, true, 2)),
        // ISO "2019-03".
        (Piece::Year(y), Some(Piece::Dash))
            if let Some(Piece::TwoDigits(m @ 1..=12)) = pieces.get(at + 2) =>
        {
            Some((i32::from(*y) * 12 + i32::from(*m) - 1, true, 3))
        }
        // "Mar-2019".
        (Piece::Month(m), Some(Piece::Dash)) if let Some(Piece::Year(y)) = pieces.get(at + 2) => {
            Some((i32::from(*y) * 12 + i32::from(*m) - 1, true, 3))
        }
        (Piece::MonthYear(m, y), _) => Some((i32::from(*y) * 12 + i32::from(*m) - 1, true, 1)),
        (Piece::Year(y), _) => Some((i32::from(*y) * 12, false, 1)),
        _ => None,
    }
}

/// The first date range on a line, if any.
#[cfg(test)]
pub fn span(line: &str, today: YearMonth) -> Option<Span> {
    spans(line, today).first().map(|(span, _)| *span)
}

/// Every date range on a line, each with the byte offset where it ends.
pub fn spans(line: &str, today: YearMonth) -> Vec<(Span, usize)> {
    let (pieces, ends) = pieces(line);
    let now = today.index();
    let mut out = Vec::new();
    let mut at = 0;
    while at < pieces.len() {
        let found = range_at(&pieces, at, now);
        match found {
            Some((span, next)) => {
                out.push((span, ends.get(next - 1).copied().unwrap_or(line.len())));
                at = next;
            }
            None => at += 1,
        }
    }
    out
}

/// A range starting at `pieces[at]`, and the index after it.
fn range_at(pieces: &[Piece], at: usize, now: i32) -> Option<(Span, usize)> {
    // "Since 2019", "since Jul 2021": to this day.
    if pieces[at] == Piece::Since {
        let (start, precise, used) = point(pieces, at + 1)?;
        return (start <= now)
            .then_some((Span { start, end: now + 1, precise, ongoing: true }, at + 1 + used));
    }
    let (start, start_precise, used) = point(pieces, at)?;
    let mut next = at + used;
    let mut separators = 0;
    while matches!(pieces.get(next), Some(Piece::Dash | Piece::To)) {
        next += 1;
        separators += 1;
    }
    if separators == 0 || separators > 2 {
        return None;
    }
    let (end, end_precise, ongoing, used) = match (pieces.get(next), pieces[at]) {
        (Some(Piece::Present), _) => (now + 1, true, true, 1),
        // "2019–23".
        (Some(Piece::TwoDigits(two)), Piece::Year(year)) if used == 1 && u16::from(*two) > year % 100 => {
            ((i32::from(year - year % 100) + i32::from(*two)) * 12, false, false, 1)
        }
        _ => match point(pieces, next)? {
            (end, true, used) => (end + 1, true, false, used),
            (end, false, used) => (end, false, false, used),
        },
    };
    let precise = start_precise && end_precise;
    // A year-only range within one year ("2014 - 2014") lasted some months.
    let end = if !precise && end <= start && end + 12 > start { start + 6 } else { end };
    if end < start || end > now + 13 {
        return None;
    }
    Some((Span { start, end, precise, ongoing }, next + used))
}

/// "Summer 2019": the month a season starts in, for ranges of seasons.
fn season(lower: &str) -> Option<u8> {
    match lower {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
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
        check("Researcher (Münster, Germany) 2018.10–2024.09", Some(72));
        check("Intern at a lab 2024.02–pres.", Some(5));
        check("10.2018 - 09.2024", Some(72));
        check("2019/01 – 2019/06", Some(6));
        check("Engineer, Acme, 2019-03 to 2023-09", Some(55));
        check("2019-03 – present", Some(5 * 12 + 4));
        check("Treasurer of the club, 2011-12", None);
        check("Engineer, Acme, Jun '19 – Present", Some(5 * 12 + 1));
        check("Engineer, Acme, Mar’19 - Nov’23", Some(57));
        check("Engineer at Acme from Mar '19 to Nov '23.", Some(57));
        check("Engineer, Acme, Since 2019", Some(5 * 12 + 6));
        check("Lecturer since Jul 2021", Some(36));
        check("Engineer, Acme, 2019–23", Some(48));
        check("Engineer, Acme, Summer 2019 – Fall 2022", Some(40));
        check("Engineer, Acme, Mar-2019 to Nov-2023", Some(57));
        check("The company's 2019 report", None);
        check("Spring Boot services, 2019", None);
        check("Improved recall by 2.5 - 3.0 points", None);
        check("Bachelor of Science, 2012", None);
        check("Won 2 awards in 2015", None);
        check("2030 - 2035", None);
    }

    #[test]
    fn a_line_may_hold_several_ranges() {
        let line = "one year as an Admin (2022 - 2023), five years as a Specialist (2017 - 2022) and as a Developer (2005 - 2009).";
        let found: Vec<(i32, &str)> = spans(line, YearMonth::new(2024, 1))
            .iter()
            .map(|(span, end)| (span.months(), &line[..*end]))
            .map(|(months, text)| (months, text.rsplit(" as ").next().unwrap_or(text)))
            .collect();
        assert_eq!(
            found,
            [
                (12, "an Admin (2022 - 2023"),
                (60, "a Specialist (2017 - 2022"),
                (48, "a Developer (2005 - 2009")
            ]
        );
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
