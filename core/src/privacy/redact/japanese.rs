//! Addresses in a Japanese 履歴書 (issue #18), the form most Japanese CVs
//! use: a 〒 postcode ("〒651-0087"), the value of an address cell (現住所,
//! 連絡先, 帰省先) on its line and the lines below it, and the kana reading
//! (ふりがな) above such a cell. Labels may be letter-spaced ("現 住 所").
//! The name's cells are `name`'s.

use super::tables::{
    CJK_ADDRESS_UNITS, JAPANESE_ADDRESS_LABELS, JAPANESE_FIELD_WORDS, JAPANESE_READING_LABELS,
};
use super::{PiiKind, Span, lines_at, spaced_label_end};

/// Lines an address cell's value may take below its label.
const MAX_VALUE_LINES: usize = 3;

pub(super) fn addresses(text: &str) -> Vec<Span> {
    let mut out = postcodes(text);
    let lines = lines_at(text);
    for (index, &(start, line)) in lines.iter().enumerate() {
        let body = line.trim();
        let body_at = start + (line.len() - line.trim_start().len());
        let below = lines[index + 1..].iter().map(|(_, l)| l.trim()).find(|l| !l.is_empty());
        if let Some(end) = label_end(body, JAPANESE_READING_LABELS) {
            if below.is_some_and(|b| label_end(b, JAPANESE_ADDRESS_LABELS).is_some()) {
                push_value(body_at + end, before_field_word(&body[end..]), &mut out);
            }
            continue;
        }
        let Some(end) = label_end(body, JAPANESE_ADDRESS_LABELS) else { continue };
        let rest = &body[end..];
        if is_address_value(rest) {
            push_value(body_at + end, rest, &mut out);
        } else if !rest.trim().is_empty() && !rest.trim().starts_with('〒') {
            continue;
        }
        for &(line_start, value_line) in lines[index + 1..].iter().take(MAX_VALUE_LINES) {
            if !is_address_value(value_line) {
                break;
            }
            push_value(line_start, value_line, &mut out);
        }
    }
    out
}

/// "〒651-0087", "〒 270-0034": the postal mark and the code after it.
fn postcodes(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('〒') {
        let after = &text[at + '〒'.len_utf8()..];
        let code = after.trim_start_matches([' ', '\u{3000}']);
        let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let first = digits(code);
        let second = code.get(first + 1..).map_or(0, digits);
        if first == 3 && code[first..].starts_with('-') && second == 4 {
            let end = text.len() - code.len() + first + 1 + second;
            out.push(Span { start: at, end, kind: PiiKind::Address });
        }
    }
    out
}

/// Where one of `labels` ends at the start of `line`, letter-spaced or not.
/// A label in lenticular brackets ("【現住所】") ends after the closing one.
fn label_end(line: &str, labels: &[&str]) -> Option<usize> {
    if let Some(inside) = line.strip_prefix('【') {
        let end = labels.iter().filter_map(|label| spaced_label_end(inside, label)).max()?;
        return inside[end..].starts_with('】').then(|| '【'.len_utf8() + end + '】'.len_utf8());
    }
    labels.iter().filter_map(|label| spaced_label_end(line, label)).max()
}

/// A value up to the next field's word in its cell: "なかやま せいじ 性別" → "なかやま せいじ".
fn before_field_word(value: &str) -> &str {
    let lower = value.to_lowercase();
    let cut = JAPANESE_FIELD_WORDS
        .iter()
        .filter_map(|word| lower.find(word))
        .min()
        .filter(|_| lower.len() == value.len())
        .unwrap_or(value.len());
    &value[..cut]
}

/// An address's line in a cell: a number or an administrative unit, and
/// no other field ("携帯電話番号：…", "E-mail …") nor a note in brackets.
fn is_address_value(line: &str) -> bool {
    let body = line.trim();
    let lower = body.to_lowercase();
    !body.is_empty()
        && !body.starts_with(['（', '('])
        && !body.contains([':', '：', '@'])
        && !JAPANESE_FIELD_WORDS.iter().any(|word| lower.contains(word))
        && label_end(body, JAPANESE_READING_LABELS).is_none()
        && label_end(body, JAPANESE_ADDRESS_LABELS).is_none()
        && (body.chars().any(|c| c.is_ascii_digit())
            || CJK_ADDRESS_UNITS.iter().any(|unit| body.contains(unit)))
}

fn push_value(at: usize, value: &str, out: &mut Vec<Span>) {
    let body = value.trim();
    if !body.is_empty() {
        let start = at + (value.len() - value.trim_start().len());
        out.push(Span { start, end: start + body.len(), kind: PiiKind::Address });
    }
}
