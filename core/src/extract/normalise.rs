//! The cleanup every extracted text goes through before a model sees it.
//!
//! - an accent drawn as a glyph of its own next to its letter composed with it,
//!   as pdftotext gives it (issue #18): "J¨org" → "Jörg", "H´ebert" →
//!   "Hébert", "fu¨r" → "für", "Franc¸ais" → "Français"; then the text in NFC;
//! - typographic ligatures (U+FB00..U+FB06) unfolded: "ﬁnance" reads "finance";
//!   a Kangxi radical a CJK font maps its glyph to read as the ideograph it
//!   looks like (issue #18): "⽣年⽉⽇" reads "生年月日", "⾼橋" "高橋"; an
//!   Arabic letter in a presentation form (its contextual shape) the letter
//!   itself: "ﺣﺴﯿﻨﯽ" reads "حسینی", as every scanner and model needs it;
//! - soft hyphens, zero-width characters, BOMs and icon glyphs (private use
//!   area) dropped; no-break and other exotic spaces become plain spaces;
//! - a word broken at a line end ("manage-\nment") joined when the next line
//!   goes on in lower case;
//! - spaces collapsed, lines trimmed, at most one blank line in a row.
//!
//! Spacing artefacts inside words are repaired where the positions are known,
//! in the PDF reader, not here: a text alone cannot tell "Exa mp le" from
//! "a b c".

/// Normalises an extracted text.
pub fn normalise(raw: &str) -> String {
    let composed = compose_accents(raw);
    let unfolded = unfold(&composed);
    let joined = join_hyphenated_lines(&unfolded);
    collapse_whitespace(&joined)
}

/// The combining mark a spacing accent glyph stands for. ASCII `` ` ``, `^`
/// and `~` are left alone: they are code and operators far more often.
fn combining(accent: char) -> Option<char> {
    Some(match accent {
        '\u{00A8}' => '\u{0308}',              // ¨
        '\u{00B4}' | '\u{02CA}' => '\u{0301}', // ´
        '\u{02CB}' => '\u{0300}',              // ˋ
        '\u{02C6}' => '\u{0302}',              // ˆ
        '\u{02DC}' => '\u{0303}',              // ˜
        '\u{00B8}' => '\u{0327}',              // ¸
        '\u{02C7}' => '\u{030C}',              // ˇ
        '\u{02D8}' => '\u{0306}',              // ˘
        '\u{02DA}' => '\u{030A}',              // ˚
        '\u{02DD}' => '\u{030B}',              // ˝
        '\u{02D9}' => '\u{0307}',              // ˙
        '\u{02DB}' => '\u{0328}',              // ˛
        '\u{00AF}' => '\u{0304}',              // ¯
        c if ('\u{0300}'..='\u{036F}').contains(&c) => c,
        _ => return None,
    })
}

/// An accent next to a letter it composes with becomes one character with
/// it. A spacing accent goes with the letter after it if they compose ("¨o"),
/// else with the one before ("u¨"); a combining mark with the one before, as
/// Unicode writes it, else with the one after. The rest is put in NFC.
fn compose_accents(raw: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::compose;
    let chars: Vec<char> = raw.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let Some(mark) = combining(c) else {
            out.push(c);
            i += 1;
            continue;
        };
        let spacing = c != mark;
        let with_next = chars.get(i + 1).filter(|n| n.is_alphabetic()).and_then(|n| compose(*n, mark));
        let with_prev = out.last().filter(|p| p.is_alphabetic()).and_then(|p| compose(*p, mark));
        match (with_next, with_prev) {
            (Some(composed), _) if spacing || with_prev.is_none() => {
                out.push(composed);
                i += 2;
            }
            (_, Some(composed)) => {
                out.pop();
                out.push(composed);
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.into_iter().nfc().collect()
}

fn unfold(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            // Arabic presentation forms (a letter's initial, medial, final or isolated
            // shape, as some PDF fonts map their glyphs) read as the letters they draw.
            '\u{2F00}'..='\u{2FDF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
                use unicode_normalization::UnicodeNormalization;
                out.extend(c.to_string().nfkc());
            }
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => {}
            '\n' | '\r' => out.push('\n'),
            '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_whitespace() => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Joins "word-" at a line end with the next line when that line starts with
/// a lower-case letter: the hyphen was the typesetter's, not the author's.
fn join_hyphenated_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_end();
        let broken = trimmed
            .strip_suffix(['-', '\u{2010}'])
            .filter(|stem| stem.chars().next_back().is_some_and(char::is_alphabetic));
        let continues =
            lines.peek().and_then(|next| next.trim_start().chars().next()).is_some_and(char::is_lowercase);
        match broken {
            Some(stem) if continues => {
                out.push_str(stem);
                if let Some(next) = lines.next() {
                    // The rest of the next line joins this one; the line break
                    // moves to after the joined word's line.
                    out.push_str(next.trim_start());
                    out.push('\n');
                }
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.split('\n') {
        let mut collapsed = String::with_capacity(line.len());
        for word in line.split(' ').filter(|word| !word.is_empty()) {
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(word);
        }
        if collapsed.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&collapsed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    fn check(raw: &str, expected: &str) {
        assert_eq!(normalise(raw), expected, "normalising {raw:?}");
    }

    #[test]
    fn ligatures_are_unfolded() {
        check("ﬁnance ﬂow eﬀort oﬃce baﬄe", "finance flow effort office baffle");
    }

    #[test]
    fn kangxi_radicals_read_as_the_ideographs_they_draw() {
        check("\u{2F63}年\u{2F49}\u{2F47} 1990/01/02", "生年月日 1990/01/02");
    }

    #[test]
    fn arabic_presentation_forms_read_as_the_letters_they_draw() {
        check(
            "\u{FEA3}\u{FEB4}\u{FBFF}\u{FEE8}\u{FBFD} \u{FEE3}\u{FE98}",
            "\u{062D}\u{0633}\u{06CC}\u{0646}\u{06CC} \u{0645}\u{062A}",
        );
    }

    #[test]
    fn soft_hyphens_and_zero_width_characters_disappear() {
        check("manage\u{00AD}ment\u{200B} te\u{FEFF}am", "management team");
    }

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_joined() {
        check("project manage-\nment and more", "project management and more");
        check("develop\u{2010}\n   ers", "developers");
    }

    #[test]
    fn a_hyphen_before_a_capitalised_line_is_kept() {
        check("Jean-\nPierre", "Jean-\nPierre");
        check("2019 -\nnow", "2019 -\nnow");
    }

    #[test]
    fn whitespace_is_collapsed_and_blank_lines_kept_single() {
        check("  a \t b\u{00A0}c  \r\n\r\n\n\n d  \n", "a b c\n\nd");
    }

    #[test]
    fn icon_glyphs_and_controls_are_dropped() {
        check("\u{F0E0} mail@x.org\u{0007}", "mail@x.org");
    }

    /// See: #18. PDFs that draw an accent as a glyph of its own.
    #[test]
    fn accents_drawn_apart_are_composed_as_pdftotext_gives_them() {
        check("Name: J\u{00A8}org", "Name: Jörg");
        check("Florian H\u{00B4}ebert, Exp\u{00B4}erience", "Florian Hébert, Expérience");
        check("fu\u{00A8}r, Nationalit\u{00A8}at, controˆle", "für, Nationalität, contrôle");
        check("a\u{02CB} Rennes, Th\u{02CB}ese, Franc\u{00B8}ais", "à Rennes, Thèse, Français");
        check("\u{0308}Ozgu\u{0308}r", "Özgür");
        check("Jo\u{0308}rg", "Jörg");
    }

    #[test]
    fn accents_with_nothing_to_compose_with_stay() {
        check("run `make` ¨ 5´ a^b ~x", "run `make` ¨ 5´ a^b ~x");
    }

    #[test]
    fn other_scripts_are_kept() {
        check("张伟 — Иван Петров — حبيبي", "张伟 — Иван Петров — حبيبي");
    }
}
