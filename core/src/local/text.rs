//! Words, units and headings: the small pieces of text handling the JD parser
//! and the matcher share.
//!
//! A line becomes a list of [`Unit`]s: a known concept from the alias table
//! (so "k8s" and "Kubernetes" are one unit) or the stem of an ordinary word.
//! Tokens keep the characters that make C++, C#, .NET, Node.js and CI/CD one
//! token, so "Java" is never found inside "JavaScript" and "C" never in "C++".

use super::aliases::{self, ConceptId};

/// One token of a line: the text as written and in lower case.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub raw: &'a str,
    pub lower: String,
}

/// What a line means for matching: a concept or an ordinary word's stem.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Concept(ConceptId),
    Word(String),
}

impl Unit {
    /// Whether this unit (from a requirement) is met by `other` (from a resume).
    /// Concepts must be equal; words may differ in their ending
    /// ("communicate" / "communication", "managing" / "management").
    pub fn is_met_by(&self, other: &Unit) -> bool {
        self.is_named_by(other)
            || matches!((self, other), (Unit::Concept(a), Unit::Concept(b)) if aliases::implies(*b, *a))
    }

    /// Whether `other` names this unit itself, not something that implies it
    /// (Flask implies Python, but only "Python" names it).
    pub fn is_named_by(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Concept(a), Unit::Concept(b)) => a == b,
            (Unit::Word(a), Unit::Word(b)) => words_agree(a, b),
            // "APEX" in a JD is a word when only "Apex" is the known spelling.
            (Unit::Word(a), Unit::Concept(b)) => stem(&aliases::name(*b).to_lowercase()) == *a,
            (Unit::Concept(_), Unit::Word(_)) => false,
        }
    }
}

fn words_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // "nurse" and "nursing" (stemmed "nurs"): the same but for a final "e".
    let (a_base, b_base) = (a.strip_suffix('e').unwrap_or(a), b.strip_suffix('e').unwrap_or(b));
    if a_base == b_base && a_base.len() >= 4 {
        return true;
    }
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let (shorter, longer) = (a.len().min(b.len()), a.len().max(b.len()));
    common >= 5 && shorter - common <= 3 && longer - common <= 5
}

fn joins_word(c: char) -> bool {
    matches!(c, '.' | '/' | '-' | '\'' | '’' | '_')
}

/// Splits a line into tokens. A token is a run of letters and digits that may
/// contain `.`, `/`, `-` or `'` between two of them, may start with a `.`
/// (".NET") and may end with `+` or `#` ("C++", "C#", "5+").
pub fn tokens(line: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        let leading_dot = c == '.'
            && i + 1 < n
            && chars[i + 1].1.is_alphanumeric()
            && (i == 0 || !chars[i - 1].1.is_alphanumeric());
        if !c.is_alphanumeric() && !leading_dot {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < n {
            let c = chars[i].1;
            let joins = joins_word(c) || c == '&'; // "R&D" is one token, not the language R.
            if c.is_alphanumeric() || (joins && i + 1 < n && chars[i + 1].1.is_alphanumeric()) {
                i += 1;
            } else {
                while i < n && matches!(chars[i].1, '+' | '#') {
                    i += 1;
                }
                break;
            }
        }
        let begin = chars[start].0;
        let end = if i < n { chars[i].0 } else { line.len() };
        let raw = &line[begin..end];
        out.push(Token { raw, lower: raw.to_lowercase() });
    }
    out
}

/// Tokens with compound ones ("time-management", "LAN/WAN") split into their
/// parts unless the whole token is a known alias ("node.js", "ci/cd").
pub fn fine_tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for token in tokens(line) {
        let compound = token.raw.chars().skip(1).any(joins_word);
        if !compound || aliases::is_alias_token(&token.lower) {
            out.push(token);
            continue;
        }
        for part in token.raw.split(joins_word).filter(|part| !part.is_empty()) {
            let part = part.trim_start_matches('.');
            if part == "s" || part.is_empty() {
                continue; // the "s" of a possessive
            }
            out.push(Token { raw: part, lower: part.to_lowercase() });
        }
    }
    out
}

/// The units of a line, in order, with stop words left out. What a clause
/// negates is left out too: "a developer without Angular" shows no Angular.
pub fn units(line: &str) -> Vec<Unit> {
    units_of(&affirmed(line))
}

/// A resume line's units, and also the last word of each known concept of
/// several words: "Project Management" shows the concept and the word
/// "management", as "attention to detail" shows "detail".
pub fn units_with_words(line: &str) -> Vec<Unit> {
    let kept = affirmed(line);
    let mut out = units_of(&kept);
    let tokens = fine_tokens(&kept);
    let mut i = 0;
    while i < tokens.len() {
        match aliases::concept_at(&tokens, i) {
            Some((_, len)) => {
                let last = &tokens[i + len - 1].lower;
                let word = Unit::Word(stem(last));
                if len > 1 && !is_stop_word(last) && !out.contains(&word) {
                    out.push(word);
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The text of a line without what it says is absent.
fn affirmed(line: &str) -> String {
    let mut kept = String::with_capacity(line.len());
    let line = &line.split(' ').filter(|word| !is_address(word)).collect::<Vec<_>>().join(" ");
    for piece in sentences(line)
        .into_iter()
        .flat_map(|sentence| sentence.split_inclusive([',', ';', '(', ')', ':', '\n']))
    {
        let lower_words: Vec<String> = piece
            .split(' ')
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .collect();
        // "Despite Qlikview not being part of the tool set": the whole clause.
        if lower_words.iter().any(|word| CLAUSE_NEGATIONS.contains(&word.as_str())) {
            kept.push(' ');
            continue;
        }
        // "a developer without Angular": what follows the word.
        let cut = lower_words
            .iter()
            .position(|word| NEGATIONS.contains(&word.as_str()))
            .unwrap_or(lower_words.len());
        let words: Vec<&str> = piece.split(' ').take(cut).collect();
        kept.push_str(&words.join(" "));
        kept.push(' ');
    }
    kept
}

/// An address ("ria@complianceemail.com", "https://acme.io") says nothing of skills.
fn is_address(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.contains('@') || lower.contains("://") || lower.starts_with("www.")
}

/// Words after which a clause says what is absent.
const NEGATIONS: &[&str] = &["without", "excluding", "lacking", "lacks", "lack", "except", "exception", "no"];

/// Words that make a whole clause say what is absent.
const CLAUSE_NEGATIONS: &[&str] = &["not", "never", "neither", "nor", "n't"];

fn units_of(line: &str) -> Vec<Unit> {
    let tokens = fine_tokens(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((concept, len)) = aliases::concept_at(&tokens, i) {
            out.push(Unit::Concept(concept));
            // "AWS Lambda", "Spring Boot": a longer name that opens with
            // another skill's name shows that one too.
            if len > 1
                && let Some((first, 1)) = aliases::concept_at(&tokens[i..=i], 0)
                && first != concept
            {
                out.push(Unit::Concept(first));
            }
            i += len;
            continue;
        }
        let lower = &tokens[i].lower;
        if !is_stop_word(lower) && !lower.chars().all(|c| c.is_ascii_digit() || c == '+') {
            out.push(Unit::Word(stem(lower)));
        }
        i += 1;
    }
    out
}

/// The known concepts of a line, each with the words the line uses for it.
pub fn concept_mentions(line: &str) -> Vec<(ConceptId, String)> {
    let tokens = fine_tokens(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((concept, len)) = aliases::concept_at(&tokens, i) {
            let words: Vec<&str> = tokens[i..i + len].iter().map(|token| token.raw).collect();
            out.push((concept, words.join(" ")));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// The units that carry the meaning of a requirement: `units` without the
/// words every requirement uses ("strong", "skills", "knowledge of"…).
pub fn content_units(phrase: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = units(phrase)
        .into_iter()
        .filter(|unit| match unit {
            Unit::Word(word) => !is_generic(word),
            Unit::Concept(_) => true,
        })
        .collect();
    // "Work effectively under pressure" asks for work under pressure: an
    // adverb of manner says how, unless it is all the phrase says ("Work
    // independently").
    if out.iter().any(|unit| !is_manner_adverb(unit)) {
        out.retain(|unit| !is_manner_adverb(unit));
    }
    let mut seen = Vec::new();
    out.retain(|unit| {
        let fresh = !seen.contains(unit);
        seen.push(unit.clone());
        fresh
    });
    out
}

/// Whether a word's stem is one of the generic words, in any form: the stem
/// of "utilizing" is "utiliz", of "utilize" the word itself ("us" is no
/// form of "use").
fn is_generic(word: &str) -> bool {
    GENERIC_STEMS.iter().any(|generic| {
        let generic = stem(generic);
        generic == word || (word.len() >= 4 && generic.strip_suffix('e') == Some(word))
    })
}

/// An adverb of manner by its ending: "effectively", "independently",
/// "harmoniously", "carefully".
fn is_manner_adverb(unit: &Unit) -> bool {
    matches!(unit, Unit::Word(word) if is_manner_word(word))
}

/// A lower-case adverb of manner by its ending: "effectively", "accurately",
/// "reliably", "repeatedly".
pub fn is_manner_word(lower: &str) -> bool {
    const ENDINGS: &[&str] =
        &["ally", "ively", "ently", "ously", "fully", "antly", "edly", "ately", "ingly", "ably"];
    lower.len() >= 7 && ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// Abbreviations a phrase defines, each with its expansion: "Threat
/// Management Gateway (TMG)", "TMG (Threat Management Gateway)",
/// "Transmission Control Protocol/Internet Protocol (TCP/IP)". The
/// abbreviation's letters must begin the expansion's words, in order, so a
/// bracket that only adds a word ("Python (Django)") is no pair. An unclosed
/// bracket at the end counts ("Security Operation Center (SOC").
pub fn acronym_pairs(phrase: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = phrase[from..].find('(').map(|at| at + from) {
        let close = phrase[open..].find(')').map_or(phrase.len(), |at| at + open);
        let inner = phrase[open + 1..close].trim();
        let before = phrase[..open].trim_end();
        from = (close + 1).min(phrase.len());
        if is_acronym(inner) {
            // The fewest trailing words of `before` that the letters begin.
            let words: Vec<(usize, &str)> = word_starts(before);
            for start in (0..words.len()).rev() {
                let long = &before[words[start].0..];
                if abbreviates(inner, long) {
                    out.push((inner, long));
                    break;
                }
                if words.len() - start > 10 {
                    break;
                }
            }
        } else if let Some(&(at, last)) = word_starts(before).last()
            && is_acronym(last)
            && abbreviates(last, inner)
        {
            out.push((&before[at..], inner));
        }
        if from >= phrase.len() {
            break;
        }
    }
    out
}

/// Byte offsets and text of a phrase's whitespace-separated words.
fn word_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(begin)) => {
                out.push((begin, &text[begin..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(begin) = start {
        out.push((begin, &text[begin..]));
    }
    out
}

/// One word of 2–8 characters with at least two capitals and at most one
/// lower-case letter: "TMG", "TCP/IP", "SaaS" is not one.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    !word.contains(char::is_whitespace)
        && (2..=8).contains(&word.chars().count())
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
        && letters.iter().filter(|c| c.is_lowercase()).count() <= 1
        && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '/' | '&' | '-' | '.'))
}

/// Whether the letters of `short` begin the words of `long` in order, the
/// first letter the first word; stop words may go without a letter ("Identity
/// and Access Management (IAM)") and one word may give two letters.
fn abbreviates(short: &str, long: &str) -> bool {
    let letters: Vec<char> =
        short.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let initials: Vec<char> = long
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-'))
        .filter(|word| !word.is_empty() && !is_stop_word(&word.to_lowercase()))
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.is_empty() || initials.is_empty() || letters[0] != initials[0] {
        return false;
    }
    // Every initial is one of the letters, in order; letters may be spare
    // (a word giving two letters) but at most one.
    let mut at = 0;
    for initial in &initials {
        match letters[at..].iter().position(|letter| letter == initial) {
            Some(skip) if skip <= 1 => at += skip + 1,
            _ => return false,
        }
    }
    letters.len() - at <= 1
}

/// A light suffix-stripping stemmer; [`Unit::is_met_by`] forgives the rest.
pub fn stem(word: &str) -> String {
    let word = word.trim_end_matches("'s").trim_end_matches("’s");
    let len = word.chars().count();
    if len <= 3 || !word.is_ascii() {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    if let Some(base) = w.strip_suffix("ies") {
        w = format!("{base}y");
    } else if w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(w.len() - 1);
    }
    for suffix in ["ing", "ed"] {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            let bytes = w.as_bytes();
            let n = bytes.len();
            if n >= 2 && bytes[n - 1] == bytes[n - 2] && !matches!(bytes[n - 1], b'l' | b's' | b'z') {
                w.truncate(n - 1);
            }
            break;
        }
    }
    w
}

pub fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.contains(&lower)
}

const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "be",
    "been",
    "being",
    "was",
    "were",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "our",
    "your",
    "their",
    "we",
    "you",
    "they",
    "i",
    "my",
    "me",
    "he",
    "she",
    "his",
    "her",
    "will",
    "shall",
    "should",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "not",
    "no",
    "all",
    "any",
    "other",
    "others",
    "such",
    "etc",
    "e.g",
    "i.e",
    "including",
    "include",
    "includes",
    "within",
    "into",
    "over",
    "under",
    "across",
    "per",
    "via",
    "also",
    "well",
    "both",
    "each",
    "more",
    "most",
    "very",
    "who",
    "which",
    "what",
    "where",
    "when",
    "how",
    "than",
    "then",
    "so",
    "if",
    "about",
    "up",
    "out",
    "s",
    "like",
    "while",
    "between",
    "during",
    "through",
    "among",
    "along",
    "upon",
    "onto",
    "yet",
    "but",
    "nor",
    "there",
    "here",
    "furthermore",
    "moreover",
    "additionally",
    "however",
    "therefore",
    "thus",
    "notably",
    "min",
    "max",
];

/// Words that say how much of something, not what: dropped from requirements.
const GENERIC_STEMS: &[&str] = &[
    "skill",
    "skills",
    "ability",
    "abilities",
    "able",
    "knowledge",
    "knowledgeable",
    "proficiency",
    "proficient",
    "experience",
    "experienced",
    "expertise",
    "expert",
    "strong",
    "excellent",
    "good",
    "great",
    "solid",
    "sound",
    "exceptional",
    "outstanding",
    "superior",
    "effective",
    "efficient",
    "advanced",
    "basic",
    "working",
    "understanding",
    "familiarity",
    "familiar",
    "capacity",
    "capability",
    "capabilities",
    "competence",
    "competency",
    "competencies",
    "competent",
    "demonstrated",
    "proven",
    "skilled",
    "relevant",
    "various",
    "required",
    "requirement",
    "high",
    "level",
    "deep",
    "thorough",
    "hands-on",
    "practical",
    "substantial",
    "superb",
    "supreme",
    "possess",
    "candidate",
    "applicant",
    "ideal",
    "preferred",
    "plus",
    "bonus",
    "nice",
    "year",
    "years",
    "minimum",
    "least",
    "prior",
    "previous",
    "use",
    "using",
    "utilize",
    "demonstrate",
    "ensure",
    "work",
    "related",
    "relevant",
    "familiarize",
    "aptitude",
    "adept",
    "keen",
    "exceptionally",
    "highly",
    "extensive",
    "comprehensive",
    "superior",
    "remarkable",
    "impressive",
    "strength",
    "desirable",
    "must",
    "need",
    "needed",
    "essential",
    "mandatory",
    "ideally",
    "power",
    "command",
    "mastery",
    "sense",
    "eye",
    "flair",
    "talent",
    "capable",
    "written",
    "oral",
    "verbal",
    "similar",
    "equivalent",
    "comparable",
    "background",
    "concept",
    "concepts",
    "principle",
    "principles",
    "fundamental",
    "fundamentals",
    "understand",
    "robust",
    "concrete",
    "intense",
    "significant",
    "possession",
    "important",
    "necessary",
    "demanded",
    "conversant",
    "novice",
    "profound",
    "specific",
    "complex",
    "fine",
    "adequate",
    "brilliant",
    "notable",
    "precise",
    "marked",
    "acute",
    "sharp",
    "exhibit",
    "show",
    "display",
    "unmatched",
    "stellar",
    "impeccable",
    "unrelenting",
    "fondness",
    "passion",
    "clear",
    "skillful",
    "skilful",
    "masterly",
    // How much or how well, not what: "Suitable anesthesia handling",
    // "Established understanding of pharmacology", "Security acumen".
    "suitable",
    "established",
    "sufficient",
    "considerable",
    "consistent",
    "unparalleled",
    "exquisite",
    "immeasurable",
    "dexterity",
    "excellency",
    "prowess",
    "acumen",
    "grasp",
    "foundation",
    "successful",
    "usage",
    "different",
    "diverse",
    // Light verbs: "make repairs" asks for repairs, "conduct research" for research.
    "make",
    "take",
    "conduct",
    "perform",
    "carry",
];

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
    // A line with a year is an entry ("Education Teacher (2011 - 2016)"), not a heading.
    if has_year(plain) {
        return None;
    }
    // "Comprehensive working experience with Jenkins,": a comma ends an item
    // of a list, never a heading.
    if words <= 5 && has_heading_word(plain) && !plain.ends_with(['.', ',']) && !starts_with_marker(trimmed) {
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

fn has_heading_word(text: &str) -> bool {
    let lower = text.to_lowercase();
    HEADING_WORDS.iter().any(|word| lower.contains(word))
}

const HEADING_WORDS: &[&str] = &[
    "require",
    "qualification",
    "skill",
    "experience",
    "responsibilit",
    "duties",
    "summary",
    "education",
    "preferred",
    "nice to have",
    "bonus",
    "desired",
    "about",
    "benefit",
    "overview",
    "title",
    "description",
    "who you are",
    "what you",
    "certification",
    "language",
    "projects",
    "profile",
    "objective",
    "contact",
    "personal information",
    "employment",
    "work history",
    "career",
    "perks",
    "tools",
    "technologies",
    "tech stack",
    "must have",
    "must-have",
    "the role",
    "the team",
    "compensation",
    "salary",
    "how to apply",
    "we offer",
    "looking for",
    "role",
];

/// The text of a list item without its marker ("- ", "* ", "1. ", "a) "), or
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

/// Sentences of a line: split after `.`, `!`, `?` or `;` followed by a space.
pub fn sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?' | b';') && bytes.get(i + 1).is_none_or(|next| *next == b' ') {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_tokens(line: &str) -> Vec<&str> {
        tokens(line).into_iter().map(|token| token.raw).collect()
    }

    #[test]
    fn tokens_keep_cpp_csharp_dotnet_and_nodejs_whole() {
        assert_eq!(raw_tokens("C++, C# and .NET; Node.js."), ["C++", "C#", "and", ".NET", "Node.js"]);
        assert_eq!(raw_tokens("ASP.NET (5+ years)"), ["ASP.NET", "5+", "years"]);
    }

    #[test]
    fn stems_agree_across_endings() {
        let check = |a: &str, b: &str, expected: bool| {
            assert_eq!(Unit::Word(stem(a)).is_met_by(&Unit::Word(stem(b))), expected, "{a} ~ {b}");
        };
        check("communication", "communicate", true);
        check("managing", "management", true);
        check("researchers", "researcher", true);
        check("analysis", "analyze", true);
        check("nursing", "nurse", true);
        check("communication", "community", false);
        check("data", "database", false);
    }

    #[test]
    fn abbreviations_pair_with_their_expansions() {
        let check = |phrase: &str, expected: &[(&str, &str)]| {
            assert_eq!(acronym_pairs(phrase), expected, "{phrase}");
        };
        check("Strong knowledge of Standard Template Library (STL)", &[("STL", "Standard Template Library")]);
        check("TMG (Threat Management Gateway)", &[("TMG", "Threat Management Gateway")]);
        check(
            "Transmission Control Protocol/Internet Protocol (TCP/IP)",
            &[("TCP/IP", "Transmission Control Protocol/Internet Protocol")],
        );
        check("Security Operation Center (SOC", &[("SOC", "Security Operation Center")]);
        check(
            "Amazon Web Services (AWS) and Identity and Access Management (IAM)",
            &[("AWS", "Amazon Web Services"), ("IAM", "Identity and Access Management")],
        );
        check("Python (Django)", &[]);
        check("Experience with cloud (AWS)", &[]);
    }

    #[test]
    fn list_markers_may_lack_a_space() {
        assert_eq!(list_item("-Medical Knowledge"), Some("Medical Knowledge"));
        assert_eq!(list_item("#.Net"), Some(".Net"));
        assert_eq!(list_item("3) Python"), Some("Python"));
        assert_eq!(list_item("**Name:** Jane"), None);
        assert_eq!(heading("#.Net"), None);
    }

    #[test]
    fn headings_are_found_in_markdown_and_plain_text() {
        assert_eq!(heading("## Required Skills").map(|h| h.0), Some("Required Skills".to_owned()));
        assert_eq!(heading("Nice to have:").map(|h| h.0), Some("Nice to have".to_owned()));
        let (head, rest) = heading("Job Summary - We are hiring.").unwrap();
        assert_eq!((head.as_str(), rest), ("Job Summary", "We are hiring."));
        assert_eq!(heading("- Python and Go"), None);
    }
}
