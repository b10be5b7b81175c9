//! Counts as a recruiter reads them (issue #19): "1 resume", "2 resumes",
//! and a model's tokens and cost.

use shortlist_core::analyze_api::Usage;

/// `count` and the noun that agrees with it: `plural(1, "resume", "resumes")`
/// is "1 resume", any other count takes `many`.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Tokens, grouped by thousands, and the cost when the upstream reported
/// one: "12,345 tokens · cost $0.00042".
pub fn usage_text(usage: &Usage) -> String {
    let tokens = usize::try_from(usage.total_tokens).unwrap_or(usize::MAX);
    let tokens = plural(tokens, "token", "tokens");
    let tokens = group_thousands(&tokens);
    match usage.cost {
        Some(cost) => format!("{tokens} · cost ${}", cost_text(cost)),
        None => tokens,
    }
}

/// A cost in dollars with enough decimals to show a fraction of a cent,
/// trailing zeros dropped: 0.00042 → "0.00042", 1.5 → "1.50".
fn cost_text(cost: f64) -> String {
    if cost >= 0.01 {
        return format!("{cost:.2}");
    }
    let text = format!("{cost:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// "12345 tokens" → "12,345 tokens": commas in the leading number.
fn group_thousands(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let (number, rest) = text.split_at(digits);
    let mut grouped = String::new();
    for (i, digit) in number.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    // See: #19
    #[test]
    fn counts_agree_with_their_nouns() {
        for (count, expected) in [(0, "0 resumes"), (1, "1 resume"), (2, "2 resumes"), (11, "11 resumes")] {
            assert_eq!(plural(count, "resume", "resumes"), expected);
        }
    }

    #[test]
    fn usage_reads_as_tokens_and_cost() {
        let usage = |total_tokens, cost| Usage { prompt_tokens: 0, completion_tokens: 0, total_tokens, cost };
        for (usage, expected) in [
            (usage(1, None), "1 token"),
            (usage(1500, Some(0.00042)), "1,500 tokens · cost $0.00042"),
            (usage(1_234_567, Some(1.5)), "1,234,567 tokens · cost $1.50"),
            (usage(999, Some(0.0)), "999 tokens · cost $0"),
        ] {
            assert_eq!(usage_text(&usage), expected);
        }
    }
}
