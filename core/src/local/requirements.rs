//! Reading a job description into requirements, each marked required or
//! preferred from the JD's structure (section headings) and wording ("must",
//! "nice to have", "a plus"…).
//!
//! Three sources of items, in order of trust:
//! 1. the JD's own list items and short lines under requirement headings
//!    ("- Strong Python", "3. Time management skills"), cleaned of the words
//!    every requirement uses;
//! 2. known technologies and skills from the alias table anywhere in the JD
//!    (preferred when they only appear in the summary or responsibilities);
//! 3. in prose requirement paragraphs, "X skills" phrases, Title Case phrases
//!    and comma lists.
//!
//! Years ("5+ years as a …", "at least 3 years of experience with …"),
//! degrees, certifications and spoken languages are recognised by wording.

use crate::analysis::{Importance, RequirementKind};

use super::aliases::{self, ConceptId};
use super::dates;
use super::layout;
use super::units::{self, Unit};
use super::words;

/// One thing the job asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub name: String,
    pub kind: RequirementKind,
    pub importance: Importance,
    pub need: Need,
}

/// What the resume must show to meet a requirement.
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    /// Any one of these phrases, found on one line of the resume.
    Phrases(Vec<Vec<Unit>>),
    /// "XML and Middleware": any one of the phrases on one line, or each of
    /// the parts on some line of its own.
    Each { alternatives: Vec<Vec<Unit>>, parts: Vec<Vec<Unit>> },
    /// Months of dated experience; in jobs that mention one of the
    /// `subject`'s alternatives if given (in the title when `as_role`), in
    /// any job otherwise. "Software engineering or machine learning" has two
    /// alternatives; one of known technologies ("Go, Java") is met by a job
    /// naming any of them.
    Months { months: i32, subject: Option<Vec<Vec<Unit>>>, as_role: bool },
    /// A degree of at least `level` (1 bachelor, 2 master, 3 doctorate), in
    /// one of `fields` when the JD names some.
    Degree { level: u8, fields: Vec<Vec<Unit>>, related_ok: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Before any heading, or under a heading we do not know: everything is
    /// read, importance from the wording.
    Unknown,
    /// Requirements, qualifications, skills, experience, education.
    Requirements,
    /// Preferred, nice to have, bonus.
    Preferred,
    /// Title, summary, responsibilities: only known technologies and years, preferred.
    Context,
    /// Benefits, about the company, how to apply: nothing.
    Ignored,
}

fn classify(heading: &str) -> Section {
    let lower = heading.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| lower.contains(word));
    if has(&[
        "prefer",
        "nice to have",
        "nice-to-have",
        "bonus",
        "plus",
        "desir",
        "good to have",
        "ideal",
        "additional",
    ]) {
        Section::Preferred
    } else if has(&[
        "require",
        "qualification",
        "skill",
        "experience",
        "education",
        "must",
        "who you are",
        "looking for",
        "you have",
        "you bring",
        "you'll bring",
        "you will bring",
        "you'll need",
        "you will need",
        "you need",
        "about you",
        "your profile",
        "certif",
        "language",
        "tech stack",
        "technolog",
        "tools",
    ]) {
        Section::Requirements
    } else if has(&[
        "responsib",
        "duties",
        "summary",
        "what you",
        "the role",
        "overview",
        "description",
        "day to day",
        "title",
    ]) {
        Section::Context
    } else if has(&[
        "benefit",
        "about",
        "perks",
        "compensation",
        "salary",
        "apply",
        "offer",
        "equal",
        "company",
        "location",
    ]) {
        Section::Ignored
    } else {
        Section::Unknown
    }
}

/// Importance from a sentence's own wording, if it says.
fn wording(sentence: &str) -> Option<Importance> {
    let lower = sentence.to_ascii_lowercase();
    const PREFERRED: &[&str] = &[
        "nice to have",
        "nice-to-have",
        "preferred",
        "preferably",
        "a plus",
        "bonus",
        "ideally",
        "is desirable",
        "are desirable",
        "desirable:",
        "desired",
        "an advantage",
        "advantageous",
        "would be great",
        "optional",
        "not required",
        "good to have",
        "appreciated",
        "beneficial",
    ];
    const REQUIRED: &[&str] = &[
        "must",
        "required",
        "requires",
        "mandatory",
        "essential",
        "need to",
        "needs to",
        "at least",
        "minimum",
    ];
    if PREFERRED.iter().any(|word| lower.contains(word)) {
        Some(Importance::Preferred)
    } else if REQUIRED.iter().any(|word| lower.contains(word)) {
        Some(Importance::Required)
    } else {
        None
    }
}

/// The requirements of a job description, in the order it states them.
pub fn parse(job_description: &str) -> Vec<Requirement> {
    let mut out = Reqs::default();
    let mut section = Section::Unknown;
    let mut first = true;
    for line in job_description.lines() {
        let mut line = line.trim();
        if line.is_empty() {
            continue;
        }
        // An opening line that is no heading, item or sentence is the job's
        // title: "Senior Backend Engineer — Payments".
        let opening = std::mem::take(&mut first);
        if opening
            && layout::heading(line).is_none()
            && layout::list_item(line).is_none()
            && line.split_whitespace().count() <= 8
            && !line.ends_with(['.', ':'])
        {
            technologies(line, Importance::Preferred, &mut out);
            continue;
        }
        // "3. Management skills:" under requirements: a list item that labels
        // the text after it names a skill, and the section goes on; "- Nice
        // to have:" still opens a section.
        if matches!(section, Section::Requirements | Section::Preferred)
            && let Some(label) = layout::list_item(line).and_then(|body| body.trim().strip_suffix(':'))
            && (1..=6).contains(&label.split_whitespace().count())
            && matches!(classify(label), Section::Requirements | Section::Unknown)
        {
            let importance =
                if section == Section::Preferred { Importance::Preferred } else { Importance::Required };
            phrase_item(label.trim_matches('*').trim(), importance, &mut out);
            continue;
        }
        if is_posting_detail(line) {
            continue;
        }
        if let Some((head, rest)) = layout::heading(line) {
            if !head.is_empty() {
                section = classify(&head);
            }
            if rest.is_empty() {
                continue;
            }
            line = rest;
        }
        let default = match section {
            Section::Preferred | Section::Context => Importance::Preferred,
            Section::Requirements | Section::Unknown | Section::Ignored => Importance::Required,
        };
        if section == Section::Ignored {
            continue;
        }
        let item = layout::list_item(line);
        // "Practical knowledge with Cassandra,": a comma left from a list
        // written one item a line ends nothing.
        let body = item.unwrap_or(line).trim_matches('*').trim().trim_end_matches([',', ';']).trim_end();
        let short = body.split_whitespace().count() <= 12;
        for sentence in layout::sentences(body) {
            let importance = wording(sentence).unwrap_or(default);
            years(sentence, importance, &mut out);
            if section == Section::Context {
                technologies(sentence, importance, &mut out);
                continue;
            }
            if !has_years(sentence) && held_role(sentence, importance, &mut out) {
                continue;
            }
            if degree(sentence, importance, &mut out)
                || certification(sentence, importance, &mut out)
                || languages(sentence, importance, &mut out)
                || other(sentence, importance, &mut out)
            {
                continue;
            }
            if has_years(sentence) {
                either_concepts(sentence, importance, &mut out);
            } else if item.is_some() || short {
                phrase_item(sentence, importance, &mut out);
            } else {
                prose(sentence, importance, &mut out);
            }
        }
    }
    out.items
}

/// A line about the post rather than the person: "Full-time, nights",
/// "Location: Dallas, TX | Full-time", "Seniority level: Mid-Senior level".
fn is_posting_detail(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "location",
        "employment type",
        "job type",
        "type",
        "seniority level",
        "level",
        "schedule",
        "shift",
        "hours",
        "salary",
        "pay",
        "compensation",
        "department",
        "reports to",
        "posted",
        "job id",
        "start date",
        "workplace type",
        "work arrangement",
        "industry",
        "job function",
    ];
    const TERMS: &[&str] = &[
        "full-time",
        "full",
        "time",
        "part-time",
        "part",
        "contract",
        "permanent",
        "temporary",
        "remote",
        "hybrid",
        "on-site",
        "onsite",
        "nights",
        "night",
        "days",
        "day",
        "shift",
        "shifts",
        "weekends",
        "weekend",
        "evenings",
        "evening",
        "rotating",
        "per",
        "diem",
        "seasonal",
        "fixed-term",
        "term",
        "and",
        "or",
    ];
    let body = layout::list_item(line).unwrap_or(line).trim();
    let lower = body.to_ascii_lowercase();
    if let Some((label, _)) = lower.split_once(':')
        && LABELS.contains(&label.trim())
    {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '·' | '•' | '(' | ')'))
        .filter(|word| !word.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|word| TERMS.contains(word))
}

#[derive(Default)]
struct Reqs {
    items: Vec<Requirement>,
}

impl Reqs {
    /// Adds a requirement unless an equal one is there; a required mention
    /// upgrades a preferred one.
    fn add(&mut self, requirement: Requirement) {
        if let Some(existing) =
            self.items.iter_mut().find(|item| item.need == requirement.need && item.kind == requirement.kind)
        {
            existing.importance = existing.importance.min(requirement.importance);
            // "Senior Rust engineer" then "Rust": the plainer name says it;
            // but "Subversion (SVN)" then "Subversion": the name with its
            // abbreviation in brackets says more, both spellings.
            let both = |long: &str, short: &str| {
                long.contains('(') && long.to_ascii_lowercase().contains(&short.to_ascii_lowercase())
            };
            let plainer =
                requirement.name.split_whitespace().count() < existing.name.split_whitespace().count();
            if both(&requirement.name, &existing.name)
                || (plainer && !both(&existing.name, &requirement.name))
            {
                existing.name = requirement.name;
            }
            return;
        }
        self.items.push(requirement);
    }

    fn phrase(
        &mut self,
        name: &str,
        kind: RequirementKind,
        importance: Importance,
        alternatives: Vec<Vec<Unit>>,
    ) {
        let mut alternatives = alternatives;
        // "Spot tendencies and evaluate performance over time (Monitoring)":
        // the label in brackets names a long item, and meets it.
        let name = match label(name) {
            Some(label) => {
                alternatives.push(units::content_units(label));
                label
            }
            None => name,
        };
        // "Threat Management Gateway (TMG)": either half meets it alone.
        for (short, long) in words::acronym_pairs(name) {
            alternatives.push(units::units(short));
            alternatives.push(units::content_units(long));
        }
        // "Telecom protocols" is met by "telecom", "Apache ZooKeeper" by "ZooKeeper".
        let loose: Vec<Vec<Unit>> = alternatives.iter().flat_map(|units| loose_forms(units)).collect();
        alternatives.extend(loose);

        let mut alternatives: Vec<Vec<Unit>> =
            alternatives.into_iter().filter(|units| !units.is_empty()).collect();
        alternatives.sort();
        alternatives.dedup();
        let name = tidy(name);
        if alternatives.is_empty() || name.is_empty() {
            return;
        }
        let parts = conjoined(&name);
        let need =
            if parts.is_empty() { Need::Phrases(alternatives) } else { Need::Each { alternatives, parts } };
        self.add(Requirement { name, kind, importance, need });
    }
}

/// The two parts of a short "A and B" ("XML and Middleware", "Patience &
/// Persistence"), each of one to three words; none for anything else.
fn conjoined(name: &str) -> Vec<Vec<Unit>> {
    if name.contains([',', ';', '(']) {
        return Vec::new();
    }
    let lower = name.to_ascii_lowercase();
    let mut found = Vec::new();
    for mark in [" and ", " & "] {
        let mut from = 0;
        while let Some(at) = lower[from..].find(mark) {
            found.push((from + at, mark.len()));
            from += at + mark.len();
        }
    }
    let [(at, len)] = found.as_slice() else { return Vec::new() };
    let sides = [&name[..*at], &name[at + len..]];
    let parts: Vec<Vec<Unit>> =
        sides.iter().map(|side| units::content_units(strip_qualifiers(side))).collect();
    let short = sides.iter().all(|side| side.split_whitespace().count() <= 3);
    if short && parts.iter().all(|units| !units.is_empty()) { parts } else { Vec::new() }
}

/// The short label in brackets of a long item (six words or more before
/// it): "Using National Institute of Standards and Technology (NIST)
/// guidelines" is "NIST".
fn label(name: &str) -> Option<&str> {
    let open = name.rfind('(')?;
    let close = open + name[open..].find(')')?;
    let inner = name[open + 1..close].trim();
    let words = inner.split_whitespace().count();
    let before = name[..open].split_whitespace().count();
    (before >= 6 && (1..=4).contains(&words) && inner.chars().any(char::is_alphabetic)).then_some(inner)
}

fn tidy(name: &str) -> String {
    let name =
        name.trim().trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '+' | '#' | '.' | ')'));
    let name = name.trim_end_matches('.').trim();
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Known technologies in a sentence, each its own requirement.
fn concepts(sentence: &str, importance: Importance, out: &mut Reqs) {
    for (id, written) in units::concept_mentions(sentence) {
        out.phrase(
            &concept_name(id, written),
            RequirementKind::Skill,
            importance,
            vec![vec![Unit::Concept(id)]],
        );
    }
}

/// The JD's own spelling when it extends the canonical name ("AngularJS",
/// "CSS3"); for another spelling, the canonical name with the JD's after it
/// ("Subversion (SVN)"), the JD's words of several before the canonical name
/// ("Applicant Tracking Systems (ATS)"), or the canonical name alone for one
/// other word ("k8s", "JS", "Postgres").
fn concept_name(id: ConceptId, written: String) -> String {
    let canonical = aliases::name(id);
    let lower = written.to_ascii_lowercase();
    if lower.contains(&canonical.to_ascii_lowercase()) {
        written
    } else if written.chars().filter(char::is_ascii_uppercase).count() >= 2 && written.len() <= 6 {
        format!("{canonical} ({written})")
    } else if written.split_whitespace().count() >= 2 {
        // "Applicant Tracking Systems (ATS)": the JD's own words come first.
        format!("{written} ({canonical})")
    } else {
        canonical.to_owned()
    }
}

/// An item without the words that only say how much it matters: "Docker is
/// a plus" is "Docker", "You must know Rust" is "Rust".
fn without_wording(part: &str) -> &str {
    const LEADING: &[&str] = &[
        "you must know",
        "you must have",
        "you must be",
        "you must",
        "you have",
        "you know",
        "must know",
        "must have",
        "must be",
    ];
    const TRAILING: &[&str] = &[
        "is a plus",
        "are a plus",
        "a plus",
        "is required",
        "are required",
        "required",
        "is preferred",
        "are preferred",
        "preferred",
        "is a bonus",
        "a bonus",
        "is desirable",
        "is mandatory",
        "is essential",
        "is an advantage",
        "would be nice",
        "would be great",
        "nice to have",
        "is necessary",
        "is needed",
        "are needed",
        "needed",
    ];
    let mut part = part.trim().trim_end_matches(['.', '!']);
    let lower = part.to_ascii_lowercase();
    if let Some(lead) =
        LEADING.iter().find(|lead| lower.starts_with(*lead) && lower[lead.len()..].starts_with(' '))
    {
        part = part[lead.len()..].trim();
    }
    let lower = part.to_ascii_lowercase();
    if let Some(tail) = TRAILING.iter().find(|tail| lower.ends_with(*tail) && lower.len() > tail.len()) {
        part = part[..part.len() - tail.len()].trim().trim_end_matches([',', '(', '-']).trim();
    }
    part
}

/// Known technologies of a summary or duty, not the soft skills its prose
/// mentions in passing ("organizing the team" asks for no skill).
fn technologies(sentence: &str, importance: Importance, out: &mut Reqs) {
    for (id, written) in units::concept_mentions(sentence) {
        if !aliases::is_soft(id) {
            out.phrase(
                &concept_name(id, written),
                RequirementKind::Skill,
                importance,
                vec![vec![Unit::Concept(id)]],
            );
        }
    }
}

/// The technologies of a sentence; "Go or Java" is one requirement either meets.
fn either_concepts(sentence: &str, importance: Importance, out: &mut Reqs) {
    let mut mentions = units::concept_mentions(sentence);
    let lower = sentence.to_ascii_lowercase();
    // "3+ years in software engineering or machine learning": either meets
    // the years, so machine learning is no requirement of its own; the
    // sentence's other technologies still are.
    if lower.contains(" or ") {
        for subject in year_phrases(sentence).into_iter().filter_map(|(_, subject, _)| subject) {
            let alternatives = subject_alternatives(&subject);
            if alternatives.len() > 1
                && alternatives.iter().any(|units| units.iter().all(|unit| matches!(unit, Unit::Word(_))))
            {
                let inside = alternatives.concat();
                mentions.retain(|(id, _)| !inside.contains(&Unit::Concept(*id)));
            }
        }
    }
    // "Go or Java", "languages such as Java, C++ or Go": any one of them.
    for group in or_groups(&lower, mentions) {
        if group.len() > 1 {
            let name: Vec<&str> = group.iter().map(|(id, _)| aliases::name(*id)).collect();
            let alternatives = group.iter().map(|(id, _)| vec![Unit::Concept(*id)]).collect();
            out.phrase(&name.join(" or "), RequirementKind::Skill, importance, alternatives);
            continue;
        }
        for (id, written) in group {
            out.phrase(
                &concept_name(id, written),
                RequirementKind::Skill,
                importance,
                vec![vec![Unit::Concept(id)]],
            );
        }
    }
}

/// The mentions in runs that only commas, slashes and "or" join, with an
/// "or" among them: "Java, C++ or Go" is one run; in "Python or Go, plus
/// Kubernetes" Kubernetes is a run of its own, as is each of "Python, Go
/// and Rust".
fn or_groups(lower: &str, mentions: Vec<(ConceptId, String)>) -> Vec<Vec<(ConceptId, String)>> {
    let mut groups: Vec<(Vec<(ConceptId, String)>, bool)> = Vec::new();
    let mut from = 0;
    for mention in mentions {
        let at = lower[from..].find(&mention.1.to_ascii_lowercase()).map(|at| from + at);
        let joined = at.map(|at| lower[from..at].trim());
        let joins = from > 0 && joined.is_some_and(|text| matches!(text, "," | "/" | "or" | ", or"));
        let said_or = joined.is_some_and(|text| text.ends_with("or"));
        if let Some(at) = at {
            from = at + mention.1.len();
        }
        match groups.last_mut() {
            Some((group, or)) if joins => {
                group.push(mention);
                *or |= said_or;
            }
            _ => groups.push((vec![mention], false)),
        }
    }
    groups
        .into_iter()
        .flat_map(
            |(group, or)| if or { vec![group] } else { group.into_iter().map(|one| vec![one]).collect() },
        )
        .collect()
}

/// Leading words that say how well, not what ("Proficiency in", "Ability to").
fn strip_qualifiers(phrase: &str) -> &str {
    let mut phrase = phrase.trim();
    loop {
        let lower = phrase.to_ascii_lowercase();
        let mut stripped = false;
        for lead in QUALIFIERS {
            // "Active Directory" is a name, "active clearance" a qualifier.
            let names = *lead == "active"
                && phrase
                    .get(lead.len()..)
                    .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
            if !names && lower.starts_with(lead) && lower[lead.len()..].starts_with([' ', ':', ',']) {
                phrase = phrase[lead.len()..].trim_start_matches([' ', ':', ',']);
                stripped = true;
                break;
            }
        }
        // "Understanding and proficiency in X": two qualifiers joined.
        if !stripped
            && let Some((first, rest)) = lower.split_once(" and ")
            && QUALIFIER_NOUNS.contains(&first)
            && QUALIFIERS.iter().any(|lead| rest.starts_with(lead) && rest[lead.len()..].starts_with(' '))
        {
            phrase = &phrase[first.len() + " and ".len()..];
            stripped = true;
        }
        if !stripped {
            return phrase;
        }
    }
}

/// Nouns that open a qualifier ("knowledge of", "expertise in").
const QUALIFIER_NOUNS: &[&str] =
    &["knowledge", "understanding", "expertise", "proficiency", "experience", "familiarity", "competence"];

const QUALIFIERS: &[&str] = &[
    "proven track record in",
    "proven track record of",
    "proven track record as",
    "track record in",
    "track record of",
    "track record as",
    "background in",
    "foundation in",
    "ability in",
    "abilities in",
    "excellency in",
    "knowledgeable in",
    "knowledgeable about",
    "conceptual knowledge about",
    "conceptual knowledge of",
    "knowledge about",
    "understanding about",
    "must possess",
    "possesses",
    "possess",
    "possession of",
    "hold a",
    "hold",
    "holds",
    "holding",
    "a valid",
    "valid",
    "active",
    "expert knowledge of",
    "expert knowledge in",
    "in-depth knowledge of",
    "working knowledge of",
    "strong knowledge of",
    "solid knowledge of",
    "practiced at",
    "practiced in",
    "experienced in",
    "experienced with",
    "trained in",
    "excel in",
    "excel at",
    "adept at",
    "adept in",
    "well versed in",
    "versed in",
    "skilled at",
    "expert in",
    "expert at",
    "expert with",
    "good at",
    "capable of",
    "comfortable with",
    "confident in",
    "proficiency in",
    "proficiency with",
    "proficient in",
    "proficient with",
    "proficient",
    "knowledge of",
    "knowledge in",
    "ability to",
    "able to",
    "capacity to",
    "capability to",
    "experience in",
    "experience with",
    "experience of",
    "experience",
    "familiarity with",
    "familiar with",
    "understanding of",
    "expertise in",
    "expertise with",
    "skilled in",
    "skills in",
    "competence in",
    "competency in",
    "strong",
    "excellent",
    "good",
    "solid",
    "sound",
    "exceptional",
    "outstanding",
    "effective",
    "advanced",
    "basic",
    "working",
    "demonstrated",
    "proven",
    "deep",
    "in-depth",
    "thorough",
    "high",
    "must have",
    "must be",
    "should have",
    "have",
    "has",
    "a",
    "an",
    "the",
    "and",
    "use of",
    "use",
    "using",
    "utilize",
    "superior",
    "great",
    "substantial",
    "hands-on",
    "practical",
    "excellent",
    "highly",
    "very",
    "with",
    "in",
    "of",
    "on",
];

/// One list item or short line: phrase requirements, or the technologies
/// it names.
fn phrase_item(sentence: &str, importance: Importance, out: &mut Reqs) {
    // "Preferred: Kubernetes": the label says how much, the rest what.
    let sentence = match sentence.split_once(':') {
        Some((label, rest))
            if label.split_whitespace().count() <= 3
                && units::content_units(label).is_empty()
                && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => sentence,
    };
    // "Networking: TCP/IP and LAN/WAN" names "Networking"; what follows the
    // colon gives other ways to meet it.
    let (head, tail) = match sentence.split_once([':', '–', '—']) {
        Some((head, tail))
            if head.split_whitespace().count() <= 5 && !units::content_units(head).is_empty() =>
        {
            (head, Some(tail))
        }
        _ => (sentence, None),
    };
    let head = strip_qualifiers(head);
    // "Storage area network (SAN) and network-attached storage (NAS)": each
    // abbreviation defined is an item of its own, the rest is wording.
    let pairs = words::acronym_pairs(head);
    if pairs.len() >= 2 {
        for (short, long) in pairs {
            let long = strip_qualifiers(long.trim_start_matches("and ").trim_start_matches("or "));
            out.phrase(
                &format!("{long} ({short})"),
                RequirementKind::Skill,
                importance,
                vec![units::units(short)],
            );
        }
        return;
    }
    // "Operating systems such as Windows": the examples also meet it.
    let (core, examples) = split_examples(head);
    let core = cut_purpose(core);
    let mut extra: Vec<Vec<Unit>> = examples
        .iter()
        .map(|example| units::content_units(example))
        .filter(|units| !units.is_empty())
        .collect();
    if let Some(tail) = tail {
        extra.extend(
            units::units(tail)
                .into_iter()
                .filter(|unit| matches!(unit, Unit::Concept(_)))
                .map(|unit| vec![unit]),
        );
    }
    let parts = split_list(core);
    let lower = core.to_ascii_lowercase();
    let alternatives_only = lower.contains(" or ") && !lower.contains(" and ") && !lower.contains(',');
    // "Strong proficiency in Go or Python", "NetSuite or SAP": either one meets it.
    if alternatives_only && parts.len() > 1 {
        let mut alternatives: Vec<Vec<Unit>> = parts.iter().map(|part| units::content_units(part)).collect();
        alternatives.extend(extra);
        out.phrase(core, RequirementKind::Skill, importance, alternatives);
        return;
    }
    for (at, part) in parts.iter().enumerate() {
        // "Unix, and its base systems", "Chef, for correct configuration":
        // what follows says more about the item before, it is no item.
        if at > 0 && elaborates(part) {
            continue;
        }
        let part = without_manner(without_wording(strip_qualifiers(part)));
        if let Some((soft, rest)) = soft_lead(part) {
            concept_item(soft, importance, out);
            phrase_item(rest, importance, out);
            continue;
        }
        if has_concept(part) {
            concept_item(part, importance, out);
            continue;
        }
        if let Some((short, long)) = defined_at_end(part) {
            let name = format!("{long} ({short})");
            out.phrase(&name, RequirementKind::Skill, importance, vec![units::content_units(long)]);
            continue;
        }
        let units = units::content_units(part);
        if units.len() > 6 {
            prose(part, importance, out);
            continue;
        }
        // "Understanding of the Recruiting and Payroll functionality": the
        // names inside a long item are items too.
        if units.len() >= 4 && !part.contains('(') {
            title_runs(part, importance, out);
        }
        let mut alternatives = vec![units.clone()];
        // "Professionalism in all aspects of work" is met by "professionalism".
        if let Some(head) = head_of(part)
            && head.len() >= MIN_HEAD_UNITS
            && head.len() < units.len()
        {
            alternatives.push(head);
        }
        // "FACETS claims adjudication", "Capable to operate using PL1": a
        // product's name in the item shows it.
        if units.len() >= 2 {
            alternatives.extend(product_names(part).into_iter().map(units::units));
        }
        alternatives.extend(extra.iter().cloned());
        out.phrase(part, RequirementKind::Skill, importance, alternatives);
    }
    // Listed examples of several items, and known technologies given as
    // examples, are items too: "Web Services (SOAP, REST)", "languages such as HTML".
    for example in &examples {
        if examples_are_items(&examples, example) {
            short_item(example, importance, out);
        }
    }
}

/// The abbreviation a long item ends by defining, and its long form:
/// "Understanding of successful use of Applicant Tracking Systems (ATS)"
/// asks for "Applicant Tracking Systems (ATS)", not for "successful use".
fn defined_at_end(part: &str) -> Option<(&str, &str)> {
    let [(short, long)] = words::acronym_pairs(part)[..] else { return None };
    // Both are slices of `part`: the pair starts where the first of them does.
    let offset = |inner: &str| inner.as_ptr() as usize - part.as_ptr() as usize;
    let start = offset(short).min(offset(long));
    let last_end = (offset(short) + short.len()).max(offset(long) + long.len());
    // Words before it, even only wording ("use of"): the pair is the item.
    let closes = part[last_end..].trim() == ")";
    (closes && !part[..start].trim().is_empty()).then_some((short, long))
}

/// A phrase without a trailing adverb of manner when two words or more are
/// left: "GPS devices accurately" is "GPS devices"; "Work independently"
/// stays whole.
fn without_manner(phrase: &str) -> &str {
    let Some((rest, last)) = phrase.trim_end_matches(['.', ',']).rsplit_once(' ') else { return phrase };
    let manner = words::is_manner_word(&last.to_ascii_lowercase());
    if manner && rest.split_whitespace().count() >= 2 { rest.trim_end() } else { phrase }
}

/// A soft skill written as an adjective that only says how the rest is
/// done, and the rest: "Detail oriented with Business Analytics" is "Detail
/// oriented" and "Business Analytics". "Leadership in a startup" names no
/// second skill: a noun is no such lead.
fn soft_lead(part: &str) -> Option<(&str, &str)> {
    let (id, written) = units::concept_mentions(part).into_iter().next()?;
    let lower = part.to_ascii_lowercase();
    let written = written.to_ascii_lowercase();
    let adjective = written.split_whitespace().last().is_some_and(|word| word.ends_with("ed"));
    if !aliases::is_soft(id) || !adjective || !lower.starts_with(&written) {
        return None;
    }
    let (soft, rest) = (part.get(..written.len())?, part.get(written.len()..)?);
    let lower_rest = rest.to_ascii_lowercase();
    let lead = [" with ", " in ", " at "].into_iter().find(|lead| lower_rest.starts_with(lead))?;
    let rest = rest.get(lead.len()..)?.trim();
    (!units::content_units(rest).is_empty()).then_some((soft, rest))
}

/// The words of a phrase that look like a product's name rather than
/// English: all capitals of three letters or more ("FACETS", "OLAP"), or
/// letters with digits ("PL1", "S3").
fn product_names(phrase: &str) -> Vec<&str> {
    phrase
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| {
            let letters = word.chars().filter(char::is_ascii_alphabetic).count();
            let digits = word.chars().filter(char::is_ascii_digit).count();
            let plain = word.chars().all(|c| c.is_ascii_alphanumeric());
            plain
                && letters >= 2
                && word.chars().filter(char::is_ascii_alphabetic).all(|c| c.is_ascii_uppercase())
                && (letters >= 3 || digits > 0)
        })
        .collect()
}

/// Nouns that name a kind of thing after the thing itself: "Telecom
/// protocols" is met by "telecom", "Middleware tools" by "middleware".
const KIND_NOUNS: &[&str] = &[
    "technology",
    "technologies",
    "tool",
    "tools",
    "protocol",
    "protocols",
    "industry",
    "sector",
    "method",
    "methods",
    "methodology",
    "methodologies",
    "framework",
    "frameworks",
    "language",
    "languages",
    "process",
    "processes",
    "function",
    "functions",
    "practice",
    "practices",
    "procedure",
    "procedures",
    "technique",
    "techniques",
    "strategy",
    "strategies",
    "platform",
    "platforms",
    "environment",
    "environments",
    "area",
    "field",
    "domain",
    "obligations",
    "duties",
    "activities",
    "service",
    "services",
];

/// Vendors whose name may be left off a product: "Apache ZooKeeper" is
/// "ZooKeeper".
const VENDORS: &[&str] = &["apache", "microsoft", "amazon", "google", "ibm", "adobe"];

/// Looser forms of a phrase's units that also meet it: without a trailing
/// kind noun, without a leading vendor.
fn loose_forms(units: &[Unit]) -> Vec<Vec<Unit>> {
    let is = |unit: &Unit, list: &[&str]| match unit {
        Unit::Word(word) => list.iter().any(|listed| words::stem(listed) == *word),
        Unit::Concept(_) => false,
    };
    let mut out = Vec::new();
    // "Security tools and procedures": every kind noun at the end.
    let mut rest = units;
    while let [head @ .., last] = rest
        && !head.is_empty()
        && is(last, KIND_NOUNS)
    {
        rest = head;
    }
    if rest.len() < units.len() {
        out.push(rest.to_vec());
    }
    if let [first, rest @ ..] = units
        && !rest.is_empty()
        && is(first, VENDORS)
    {
        out.push(rest.to_vec());
    }
    out
}

/// Whether a later part of a list only says more about the one before it.
fn elaborates(part: &str) -> bool {
    const OPENINGS: &[&str] =
        &["its", "their", "notably", "especially", "particularly", "for", "used", "which", "that", "whose"];
    let first = part.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    OPENINGS.contains(&first.as_str())
}

/// How many units the head of a phrase needs to stand for it.
const MIN_HEAD_UNITS: usize = 1;

/// The units of a phrase before its first preposition.
fn head_of(phrase: &str) -> Option<Vec<Unit>> {
    let lower = format!("{} ", phrase.to_ascii_lowercase());
    let at = [
        " in ",
        " of ",
        " to ",
        " for ",
        " with ",
        " about ",
        " on ",
        " at ",
        " from ",
        " across ",
        " within ",
        " concerning ",
        " regarding ",
    ]
    .iter()
    .filter_map(|marker| lower.find(marker))
    .min()?;
    let head = units::content_units(phrase.get(..at)?);
    (!head.is_empty()).then_some(head)
}

fn examples_are_items(examples: &[&str], example: &str) -> bool {
    examples.len() > 1 || has_concept(example)
}

fn has_concept(phrase: &str) -> bool {
    units::units(phrase).iter().any(|unit| matches!(unit, Unit::Concept(_)))
}

/// A short element of a list (at most four words): a requirement.
fn short_item(part: &str, importance: Importance, out: &mut Reqs) {
    let part = strip_qualifiers(part.trim().trim_end_matches(['.', ')']).trim_start_matches('('));
    if part.split_whitespace().count() > 4 || part.is_empty() {
        return;
    }
    if has_concept(part) {
        concept_item(part, importance, out);
    } else {
        let units = units::content_units(part);
        out.phrase(part, RequirementKind::Skill, importance, vec![units]);
    }
}

/// An item that names known concepts: one requirement a concept. A short
/// item naming one concept keeps its own words as the name ("Excellent Basic
/// Math Skills" is "Math Skills", "Business Intelligence (BI)" stays whole).
fn concept_item(part: &str, importance: Importance, out: &mut Reqs) {
    let part = without_wording(part);
    let mentions = units::concept_mentions(part);
    // "Oracle Data Guard", "Oracle 12c RAC": a product of a known vendor is
    // that product, not any mention of the vendor.
    let units = units::content_units(part);
    if mentions.len() == 1 && units.len() <= 5 && names_more(part, &mentions[0].1) {
        out.phrase(part, RequirementKind::Skill, importance, vec![units]);
        return;
    }
    // "Roles and duties of Oracle DBA (Database Administrator)": a long item
    // whose product is the object of its last preposition.
    let object = after_last_preposition(part);
    let object_units = units::content_units(object);
    if mentions.len() == 1
        && object.len() < part.len()
        && object_units.len() <= 5
        && names_more(object, &mentions[0].1)
    {
        out.phrase(object, RequirementKind::Skill, importance, vec![object_units]);
        return;
    }
    if let [(id, written)] = mentions.as_slice()
        && part.split_whitespace().count() <= 4
        && written.as_str() != part.trim()
    {
        out.phrase(part, RequirementKind::Skill, importance, vec![vec![Unit::Concept(*id)]]);
    } else {
        concepts(part, importance, out);
    }
}

/// Whether a part names more than its concept: a capitalised word or a
/// version after the first word, outside the concept's own words.
fn names_more(part: &str, written: &str) -> bool {
    let rest = part.replacen(written, " ", 1);
    words::tokens(&rest).iter().skip(usize::from(!part.starts_with(written))).any(|token| {
        let lower = token.lower.as_str();
        !words::is_stop_word(lower)
            && !units::content_units(lower).is_empty()
            && (token.raw.starts_with(char::is_uppercase) || token.raw.chars().any(|c| c.is_ascii_digit()))
    })
}

/// "strong skills in WorkDay" → "WorkDay".
fn after_last_preposition(phrase: &str) -> &str {
    let lower = phrase.to_ascii_lowercase();
    [" in ", " with ", " of ", ": ", " on ", " using "]
        .iter()
        .filter_map(|marker| lower.rfind(marker).map(|at| at + marker.len()))
        .max()
        .map_or(phrase, |at| &phrase[at..])
}

/// The phrase before "such as" / "including" / "e.g.", and the examples after it.
fn split_examples(phrase: &str) -> (&str, Vec<&str>) {
    let lower = phrase.to_ascii_lowercase();
    for marker in [
        " such as ",
        " including ",
        " e.g. ",
        " e.g., ",
        " like ",
        " especially ",
        " particularly ",
        " (e.g. ",
        " (",
    ] {
        if let Some(at) = lower.find(marker)
            && at > 0
        {
            let rest = phrase[at + marker.len()..].trim_end_matches(')');
            // "Standard Template Library (STL)", "… over time (Monitoring)": a
            // short label in parentheses stays in the name and also meets it.
            if marker == " (" && !rest.contains([',', ';']) && rest.split_whitespace().count() <= 4 {
                return (phrase, vec![rest]);
            }
            return (&phrase[..at], split_list(rest));
        }
    }
    (phrase, Vec::new())
}

/// The phrase without a trailing purpose: "Physical stamina to endure long
/// hours" is "Physical stamina". Kept whole when the cut would leave one word.
fn cut_purpose(phrase: &str) -> &str {
    let lower = phrase.to_ascii_lowercase();
    let mut end = phrase.len();
    for marker in [
        " to ",
        " for ",
        " in order",
        " that ",
        " which ",
        " when ",
        " while ",
        " so ",
        " by ",
        " through ",
        " toward",
        " ensuring ",
        " is ",
        " are ",
        " of any ",
    ] {
        if let Some(at) = lower.find(marker)
            && at < end
            && phrase[..at].split_whitespace().count() >= 2
            && !units::content_units(&phrase[..at]).is_empty()
            && !(marker == " to " && joined_by_to(&phrase[..at], &phrase[at + marker.len()..]))
        {
            end = at;
        }
    }
    phrase[..end].trim()
}

/// "Attention to Detail", "commitment to safety": a noun joined by "to", not
/// a purpose.
fn joined_by_to(before: &str, after: &str) -> bool {
    const NOUNS: &[&str] =
        &["attention", "commitment", "adherence", "dedication", "exposure", "sensitivity", "approach"];
    let last = before.split_whitespace().last().unwrap_or("").to_ascii_lowercase();
    NOUNS.contains(&last.as_str()) || after.chars().next().is_some_and(char::is_uppercase)
}

/// Parts of a list: "General Ledger, Accounts Receivable, and Fixed Assets".
/// "Construction and maintenance equipment" without commas is one item.
fn split_list(phrase: &str) -> Vec<&str> {
    let mut parts = vec![phrase];
    let separators: &[&str] = if phrase.contains([',', ';']) {
        &[",", ";", " and ", " & ", " or ", " as well as ", " and/or "]
    } else {
        &[" as well as ", " and/or ", " or "]
    };
    for separator in separators {
        parts = parts
            .into_iter()
            .flat_map(|part| part.split(separator))
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect();
    }
    parts.into_iter().map(|part| part.trim_start_matches("and ").trim_start_matches("or ")).collect()
}

/// A prose sentence in a requirements section: known technologies, "X
/// skills" phrases and Title Case phrases.
fn prose(sentence: &str, importance: Importance, out: &mut Reqs) {
    concepts(sentence, importance, out);
    // The short elements of a list inside the sentence: "core skills in
    // WorkDay, Core HCM, Recruiting, and Payroll".
    let parts = split_list(sentence.trim_end_matches('.'));
    if parts.len() >= 3 {
        for (index, part) in parts.iter().enumerate() {
            let part = if index == 0 { after_last_preposition(part) } else { part };
            short_item(part, importance, out);
        }
    }
    skill_phrases(sentence, importance, out);
    title_runs(sentence, importance, out);
}

/// "… strong Research Skills for …", "excellent speaking proficiency": the
/// words before "skills" (or "proficiency", "abilities"), each such phrase
/// an item.
fn skill_phrases(sentence: &str, importance: Importance, out: &mut Reqs) {
    const NOUNS: &[&str] = &["skills", "skill", "proficiency", "abilities", "ability", "capabilities"];
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // ".NET," keeps its dot and "C++" its pluses: they are names, not Title Case words.
    let clean = |word: &str| {
        word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '.')
            .to_owned()
    };
    let is_filler = |word: &str| {
        let lower = word.to_ascii_lowercase();
        words::is_stop_word(&lower) || units::content_units(&lower).is_empty()
    };
    for (at, word) in words.iter().enumerate() {
        let lower = clean(word).to_ascii_lowercase();
        if !NOUNS.contains(&lower.as_str()) {
            continue;
        }
        let mut start = at;
        while start > 0
            && at - start < 3
            && !is_filler(&clean(words[start - 1]))
            && !words[start - 1].ends_with([',', '.', ';', ':'])
        {
            start -= 1;
        }
        if start < at {
            let phrase: Vec<String> = words[start..at].iter().map(|word| clean(word)).collect();
            let phrase = phrase.join(" ");
            out.phrase(&phrase, RequirementKind::Skill, importance, vec![units::content_units(&phrase)]);
        }
    }
}

/// Title Case runs after the first word of a sentence, each an item:
/// "Project Management", "Attention to Detail", "Recruiting and Payroll".
fn title_runs(sentence: &str, importance: Importance, out: &mut Reqs) {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // ".NET," keeps its dot and "C++" its pluses: they are names, not Title Case words.
    let clean = |word: &str| {
        word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '.')
            .to_owned()
    };
    let is_title = |word: &str| clean(word).chars().next().is_some_and(char::is_uppercase);
    // The run the sentence opens with is its capital, not a name.
    let mut at = 1;
    while at < words.len() {
        if !is_title(words[at]) {
            at += 1;
            continue;
        }
        let start = at;
        let mut end = at + 1;
        while end < words.len() && !words[end - 1].ends_with([',', '.', ';', ':']) {
            if is_title(words[end]) {
                end += 1;
            } else if matches!(clean(words[end]).as_str(), "to" | "of" | "and" | "&")
                && words.get(end + 1).is_some_and(|next| is_title(next))
            {
                end += 2;
            } else {
                break;
            }
        }
        let phrase: Vec<String> = words[start..end].iter().map(|word| clean(word)).collect();
        let phrase = strip_qualifiers(&phrase.join(" ")).to_owned();
        let units = units::content_units(&phrase);
        if !units.is_empty() && units.len() <= 5 && !units.iter().all(|unit| matches!(unit, Unit::Concept(_)))
        {
            out.phrase(&phrase, RequirementKind::Skill, importance, vec![units]);
        }
        at = end;
    }
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

fn has_years(sentence: &str) -> bool {
    !year_mentions(&year_words(sentence)).is_empty()
}

/// "at least 4 years as a Cook", "5+ years of experience with Python",
/// "experience as an Analyst for 5 years".
fn years(sentence: &str, importance: Importance, out: &mut Reqs) {
    for (count, subject, as_role) in year_phrases(sentence) {
        let subject_units = subject.as_deref().map(subject_alternatives).filter(|alts| !alts.is_empty());
        let name = match (&subject_units, &subject) {
            (Some(_), Some(subject)) if as_role => format!("{count}+ years as {}", tidy_lower(subject)),
            (Some(_), Some(subject)) => format!("{count}+ years of {}", tidy_lower(subject)),
            _ => format!("{count}+ years of experience"),
        };
        let as_role = as_role && subject_units.is_some();
        out.add(Requirement {
            name,
            kind: RequirementKind::Experience,
            importance,
            need: Need::Months { months: count * 12, subject: subject_units, as_role },
        });
    }
}

/// "Prior experience as a QA Engineer", "Experience as an Application
/// Engineer required": the role held, for any length of time. Met by a job
/// whose title shows it, as years are.
fn held_role(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    let Some(at) = ["experience as ", "experience working as ", "background as ", "worked as "]
        .iter()
        .filter_map(|lead| lower.find(lead))
        .min()
    else {
        return false;
    };
    let Some(role) = role_after(&sentence[at..]) else { return false };
    let units = subject_alternatives(&role);
    if units.is_empty() {
        return false;
    }
    out.add(Requirement {
        name: format!("Experience as {}", tidy_lower(&role)),
        kind: RequirementKind::Experience,
        importance,
        need: Need::Months { months: 1, subject: Some(units), as_role: true },
    });
    true
}

/// The alternatives of a years subject or role, split at "or": "software
/// engineering or machine learning" is met by either, not by machine
/// learning alone because it is the one the alias table knows.
fn subject_alternatives(subject: &str) -> Vec<Vec<Unit>> {
    let lower = subject.to_ascii_lowercase();
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, _) in lower.match_indices(" or ") {
        parts.push(&subject[from..at]);
        from = at + " or ".len();
    }
    parts.push(&subject[from..]);
    parts.into_iter().map(subject_units).filter(|units| !units.is_empty()).collect()
}

/// The units of a years subject: its technologies when it names some ("Go,
/// Java in production" is Go, Java), else its words.
fn subject_units(subject: &str) -> Vec<Unit> {
    let units = units::content_units(subject);
    let concepts: Vec<Unit> = units.iter().filter(|unit| matches!(unit, Unit::Concept(_))).cloned().collect();
    if concepts.is_empty() { units } else { concepts }
}

/// Each "N years" of a sentence: N, what it is of (a role or a subject),
/// and whether that is a role. Reads JDs ("at least 4 years as a Cook") and
/// resumes that state durations ("5 years tenure as a Programmer").
pub fn year_phrases(sentence: &str) -> Vec<(i32, Option<String>, bool)> {
    let words = year_words(sentence);
    let mentions = year_mentions(&words);
    let mut out = Vec::new();
    for (index, &(at, year_word)) in mentions.iter().enumerate() {
        let Some(count) = number(words[at]) else { continue };
        let before_start = if index == 0 { 0 } else { mentions[index - 1].1 + 1 };
        let after_end = mentions.get(index + 1).map_or(words.len(), |(next, _)| *next);
        let after = words[year_word + 1..after_end].join(" ");
        let before = words[before_start..at].join(" ");
        let (subject, as_role) = match role_after(&after).or_else(|| role_after(&before)) {
            Some(role) => (Some(role), true),
            None => match subject_after(&after) {
                Some(subject) => (Some(subject), false),
                // "Construction Trades – 3 years": the role comes first.
                None => (role_before(&before), true),
            },
        };
        out.push((count, subject, as_role));
    }
    out
}

fn tidy_lower(text: &str) -> String {
    text.trim().trim_end_matches(['.', ',', ';', ':']).trim().to_owned()
}

/// Where a role ends: "… as a Cook for …", "… as a Curator and a bare minimum …".
const ROLE_ENDS: &[&str] = &[
    " for ",
    " in a ",
    " in an ",
    " in the ",
    " role",
    " position",
    " is ",
    " are ",
    " which",
    " who",
    ", ",
    " and a ",
    " and an ",
    " with ",
    " at ",
    " within ",
    "; ",
    " capacity",
    " or equivalent",
    " (",
    " where ",
    " and at least",
    " along ",
    " prior",
    " before",
    " must",
    " required",
    " necessary",
    " preferred",
    " focus",
    " specializ",
    " emphasiz",
    " or more",
    " in one ",
    " in at least ",
    " minimum",
    " experience",
    " in production",
];

fn cut_role(text: &str) -> String {
    let mut end = text.len();
    for stop in ROLE_ENDS {
        if let Some(at) = text.find(stop) {
            end = end.min(at);
        }
    }
    text[..end].trim().trim_end_matches(['.', ',', ';', ':', ')']).to_owned()
}

fn role_after(text: &str) -> Option<String> {
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
    const GENERIC: &[&str] = &[
        "professional",
        "relevant",
        "industry",
        "work",
        "working",
        "related",
        "experience",
        "field",
        "fields",
        "similar",
        "role",
        "roles",
        "position",
        "positions",
        "equivalent",
        "total",
        "overall",
        "job",
        "jobs",
        "this",
        "comparable",
        "capacity",
        "paid",
        "full",
        "time",
        "full-time",
        "applicable",
        "following",
        "same",
        "such",
        "field",
    ];
    subject.split_whitespace().all(|word| {
        let lower = word.to_ascii_lowercase();
        let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
        GENERIC.contains(&lower) || words::is_stop_word(lower) || lower.is_empty()
    })
}

/// What years are of: "of experience with Python", "in software
/// development", "Python experience".
fn subject_after(text: &str) -> Option<String> {
    const LEADING: &[&str] = &[
        "of",
        "experience",
        "professional",
        "relevant",
        "work",
        "working",
        "hands-on",
        "industry",
        "proven",
        "solid",
        "practical",
        "prior",
        "previous",
        "total",
        "overall",
        "demonstrated",
        "direct",
        "related",
    ];
    let mut rest = text.trim();
    while let Some((word, tail)) = rest.split_once(' ')
        && LEADING.contains(&word.to_ascii_lowercase().as_str())
    {
        rest = tail.trim_start();
    }
    for lead in ["in ", "with ", "using ", "of ", "on "] {
        if rest.to_ascii_lowercase().starts_with(lead) {
            rest = &rest[lead.len()..];
            break;
        }
    }
    let subject = cut_role(rest);
    let content = units::content_units(&subject);
    (!content.is_empty() && !is_generic_subject(&subject) && subject.split_whitespace().count() <= 8)
        .then_some(subject)
}

/// "Bachelor's degree in Computer Science or a related field".
fn degree(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let Some(level) = degree_level(sentence) else { return false };
    let lower = sentence.to_ascii_lowercase();
    let related_ok = ["related", "equivalent", "similar"].iter().any(|word| lower.contains(word));
    let mut fields = Vec::new();
    if let Some(at) = lower.find(" in ") {
        let rest = &sentence[at + 4..];
        let rest = rest.split(" or related").next().unwrap_or(rest);
        let rest = rest.split(" or a related").next().unwrap_or(rest);
        let rest = rest.split(" or equivalent").next().unwrap_or(rest);
        for field in rest.split([',', '/', ';', '(', ')']).flat_map(|part| part.split(" or ")) {
            let units = units::content_units(field);
            let is_generic = units.iter().all(|unit| matches!(unit, Unit::Word(word) if ["field", "area", "discipline", "degree", "similar", "equivalent", "relat"].iter().any(|generic| word.starts_with(generic))));
            if !units.is_empty() && !is_generic && units.len() <= 5 {
                fields.push(units);
            }
        }
    }
    let name = tidy(strip_qualifiers(sentence));
    out.add(Requirement {
        name,
        kind: RequirementKind::Education,
        importance,
        need: Need::Degree { level, fields, related_ok },
    });
    true
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

/// 0 any degree or diploma, 1 bachelor, 2 master, 3 doctorate.
pub fn degree_level(line: &str) -> Option<u8> {
    let tokens = words::tokens(line);
    let lower_line = line.to_ascii_lowercase();
    let says_degree = lower_line.contains("degree");
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
            "phd" | "doctorate" | "doctoral" | "dphil" | "edd" => 3,
            "msc" | "mba" | "meng" | "mtech" | "mca" | "mphil" | "msn" | "mfa" | "llm" | "mcom" => 2,
            "med" if dotted => 2,
            "master" | "masters" if as_degree => 2,
            "ms" | "ma" | "me" if upper && (as_degree || dotted) => 2,
            "bachelor" | "bachelors" | "bsc" | "beng" | "btech" | "bca" | "bba" | "bsn" | "bfa" | "llb"
            | "bcom" | "undergraduate" | "baccalaureate" => 1,
            "bs" | "ba" | "be" if upper && (as_degree || dotted) => 1,
            "degree" => 1,
            "associate" | "associates" if says_degree => 0,
            "diploma" | "ged" => 0,
            _ => continue,
        };
        best = Some(best.map_or(level, |best: u8| best.max(level)));
    }
    best
}

fn certification(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    if !["certification", "certified", "certificate", "license", "licence", "licensure"]
        .iter()
        .any(|word| lower.contains(word))
        || lower.contains("driver")
        || lower.contains("driving")
    {
        return false;
    }
    let units: Vec<Unit> = units::content_units(strip_qualifiers(sentence))
        .into_iter()
        .filter(|unit| !matches!(unit, Unit::Word(word) if word.starts_with("certif") || word.starts_with("licen") || word == "valid" || word == "current" || word == "hold"))
        .collect();
    // "AWS or CCNA certification": any named one; "BLS and ACLS
    // certification": each; "AWS Certified Solutions Architect": the named
    // one with its words; otherwise the words, or any certification at all
    // when the sentence names none.
    let concepts: Vec<Vec<Unit>> =
        units.iter().filter(|unit| matches!(unit, Unit::Concept(_))).map(|unit| vec![unit.clone()]).collect();
    if concepts.len() > 1 && lower.contains(" and ") && !lower.contains(" or ") {
        out.add(Requirement {
            name: tidy(strip_qualifiers(sentence)),
            kind: RequirementKind::Certification,
            importance,
            need: Need::Each { alternatives: vec![concepts.concat()], parts: concepts },
        });
        return true;
    }
    let alternatives = if concepts.len() == 1 && units.len() <= 6 {
        vec![units]
    } else if !concepts.is_empty() {
        concepts
    } else if units.is_empty() || units.len() > 6 {
        vec![vec![Unit::Word(words::stem("certification"))]]
    } else {
        vec![units]
    };
    out.phrase(strip_qualifiers(sentence), RequirementKind::Certification, importance, alternatives);
    true
}

const SPOKEN: &[&str] = &[
    "English",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Portuguese",
    "Mandarin",
    "Chinese",
    "Cantonese",
    "Japanese",
    "Korean",
    "Arabic",
    "Hindi",
    "Russian",
    "Dutch",
    "Polish",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Turkish",
    "Greek",
    "Hebrew",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Malay",
    "Tagalog",
    "Urdu",
    "Bengali",
    "Punjabi",
    "Persian",
    "Farsi",
    "Ukrainian",
    "Czech",
    "Romanian",
    "Hungarian",
    "Swahili",
];

fn languages(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    let context = [
        "fluent",
        "fluency",
        "speak",
        "spoken",
        "language",
        "bilingual",
        "native",
        "proficien",
        "written and",
        "verbal",
    ];
    if !context.iter().any(|word| lower.contains(word)) {
        return false;
    }
    let named: Vec<&str> = words::tokens(sentence)
        .iter()
        .flat_map(|token| token.raw.split('/'))
        .filter_map(|word| SPOKEN.iter().find(|name| word == **name).copied())
        .collect();
    if named.is_empty() {
        return false;
    }
    let alternatives: Vec<Vec<Unit>> =
        named.iter().map(|name| vec![Unit::Word(words::stem(&name.to_ascii_lowercase()))]).collect();
    if lower.contains(" or ") {
        out.phrase(&named.join(" or "), RequirementKind::Language, importance, alternatives);
    } else {
        for (name, units) in named.iter().zip(alternatives) {
            out.phrase(name, RequirementKind::Language, importance, vec![units]);
        }
    }
    true
}

fn other(sentence: &str, importance: Importance, out: &mut Reqs) -> bool {
    let lower = sentence.to_ascii_lowercase();
    if (lower.contains("driver") || lower.contains("driving")) && (lower.contains("licen")) {
        let units = vec![Unit::Word(words::stem("driver")), Unit::Word(words::stem("license"))];
        let alt = vec![Unit::Word(words::stem("driving")), Unit::Word(words::stem("licence"))];
        let alt2 = vec![Unit::Word(words::stem("driver")), Unit::Word(words::stem("licence"))];
        out.phrase("Driver's license", RequirementKind::Other, importance, vec![units, alt, alt2]);
        return true;
    }
    if lower.contains("clearance") {
        out.phrase(
            "Security clearance",
            RequirementKind::Other,
            importance,
            vec![vec![Unit::Word(words::stem("clearance"))]],
        );
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(jd: &str) -> Vec<(String, RequirementKind, Importance)> {
        parse(jd).into_iter().map(|item| (item.name, item.kind, item.importance)).collect()
    }

    fn check(jd: &str, expected: &[(&str, RequirementKind, Importance)]) {
        let got = parsed(jd);
        let expected: Vec<(String, RequirementKind, Importance)> = expected
            .iter()
            .map(|(name, kind, importance)| ((*name).to_owned(), *kind, *importance))
            .collect();
        assert_eq!(got, expected, "{jd}");
    }

    use Importance::{Preferred, Required};
    use RequirementKind::{Certification, Education, Experience, Language, Skill};

    #[test]
    fn headings_mark_items_required_or_preferred() {
        check(
            "## Requirements\n- Strong Python\n- Time management skills\n\n## Nice to have\n- k8s\n- Attention to detail\n",
            &[
                ("Python", Skill, Required),
                ("Time management skills", Skill, Required),
                ("Kubernetes", Skill, Preferred),
                ("Attention to detail", Skill, Preferred),
            ],
        );
    }

    #[test]
    fn wording_overrides_the_section() {
        check(
            "Qualifications:\n- Docker is a plus\n- You must know Rust\nBonus points:\n- Terraform experience is required\n",
            &[
                ("Docker", Skill, Preferred),
                ("Rust", Skill, Required),
                ("Terraform experience", Skill, Required),
            ],
        );
    }

    #[test]
    fn years_degrees_certifications_and_languages_are_recognised() {
        check(
            "Requirements\n- At least 4 years as a Cook.\n- 5+ years of experience with Python\n- Bachelor's degree in Computer Science or a related field\n- AWS certification preferred\n- Fluent in Spanish\n",
            &[
                ("4+ years as Cook", Experience, Required),
                ("5+ years of Python", Experience, Required),
                ("Python", Skill, Required),
                ("Bachelor's degree in Computer Science or a related field", Education, Required),
                ("AWS certification preferred", Certification, Preferred),
                ("Spanish", Language, Required),
            ],
        );
    }

    #[test]
    fn a_posting_in_plain_text_with_its_usual_headings() {
        check(
            "Software Engineer\n\nMinimum qualifications:\n2 years of experience with software development in one or more programming languages, such as Java, C++ or Go.\n\nPreferred qualifications:\nProficiency in Spanish.\n",
            &[
                ("2+ years of software development", Experience, Required),
                ("Java or C++ or Go", Skill, Required),
                ("Spanish", Language, Preferred),
            ],
        );
        check(
            "Registered Nurse\n\nWhat you'll bring:\n• 2+ years of ICU nursing experience\n• BLS and ACLS certification\n\nBonus points if you have:\n• Bilingual English/Spanish\n",
            &[
                ("Registered Nurse (RN)", Skill, Preferred),
                ("2+ years of ICU nursing", Experience, Required),
                ("BLS and ACLS certification", Certification, Required),
                ("English", Language, Preferred),
                ("Spanish", Language, Preferred),
            ],
        );
    }

    #[test]
    fn only_technologies_joined_by_or_are_alternatives() {
        check(
            "Requirements\n- 5+ years of backend or data engineering, with Python and Kafka\n- 3+ years with Python or Go, plus Kubernetes\n",
            &[
                ("5+ years of backend or data engineering", Experience, Required),
                ("Python", Skill, Required),
                ("Apache Kafka", Skill, Required),
                ("3+ years of Python or Go", Experience, Required),
                ("Python or Go", Skill, Required),
                ("Kubernetes", Skill, Required),
            ],
        );
    }

    #[test]
    fn lines_about_the_post_ask_nothing_of_the_person() {
        check(
            "Registered Nurse\nFull-time, nights\nLocation: Dallas, TX | Full-time | Day shift\nEmployment type: Full-time\nSeniority level: Mid-Senior level\n\nRequirements\n- BLS certification\n- Able to work night shifts and weekends\n",
            &[
                ("Registered Nurse (RN)", Skill, Preferred),
                ("BLS certification", Certification, Required),
                ("Work night shifts and weekends", Skill, Required),
            ],
        );
    }

    #[test]
    fn degrees_are_read_in_their_short_forms_but_not_in_ordinary_words() {
        for (line, level) in [
            ("B.E. IN COMPUTER ENGINEERING 2014 - 2018", Some(1)),
            ("B.Tech in Information Technology", Some(1)),
            ("BCA, Delhi University", Some(1)),
            ("M.Tech, IIT Bombay (2019)", Some(2)),
            ("MCA from Pune University", Some(2)),
            ("M.E. in Structural Engineering", Some(2)),
            ("PhD in Physics", Some(3)),
            ("Be a team player in a fast-paced team", None),
            ("B.A. History, Yale University, 2015", Some(1)),
            ("BS Computer Science, Purdue University, 2015", Some(1)),
            ("Yale University — B.A., History, 2015", Some(1)),
            ("BS/MS in Computer Science or equivalent experience", Some(1)),
            ("M.Ed., Boston University, 2021", Some(2)),
            ("BSN required", Some(1)),
            ("Advanced MS Excel and MS Project", None),
            ("Math Teacher, Brookline High School, Brookline, MA — Sept. 2021 – Present", None),
            ("Tell me in detail about your work", None),
        ] {
            assert_eq!(degree_level(line), level, "{line}");
        }
    }

    #[test]
    fn years_may_follow_the_role_or_name_several_technologies() {
        check(
            "Required Experience\n- Roofer Helper – 1 year\n- 3+ years with Go or Java in production\n",
            &[
                ("1+ years as Roofer Helper", Experience, Required),
                ("3+ years of Go or Java", Experience, Required),
                ("Go or Java", Skill, Required),
            ],
        );
    }

    #[test]
    fn the_title_line_gives_only_preferred_technologies() {
        check(
            "Senior Go Engineer — Payments\n\nRequirements\n- Rust\n",
            &[("Go", Skill, Preferred), ("Rust", Skill, Required)],
        );
    }

    #[test]
    fn responsibilities_give_only_preferred_technologies() {
        check(
            "## Responsibilities\n- Build services in Go on Kubernetes\n- Mentor the team\n- Communicate clearly with customers\n",
            &[("Go", Skill, Preferred), ("Kubernetes", Skill, Preferred)],
        );
    }

    #[test]
    fn prose_requirements_give_skill_phrases() {
        let names: Vec<String> = parse(
            "## Required Skills\nThe candidate must possess strong Research Skills and Budgeting Skills for the development of content, and Project Management experience.\n",
        )
        .into_iter()
        .map(|item| item.name)
        .collect();
        assert!(names.contains(&"Research".to_owned()), "{names:?}");
        assert!(names.contains(&"Budgeting".to_owned()), "{names:?}");
        assert!(names.contains(&"Project Management".to_owned()), "{names:?}");
    }

    #[test]
    fn a_bracketed_label_names_a_long_item_and_an_abbreviation_keeps_its_spelling() {
        let names: Vec<String> = parse(
            "## Required Skills\n- Capacity to spot tendencies and evaluate performance over time (Monitoring)\n- Experience in using SVN\n",
        )
        .into_iter()
        .map(|item| item.name)
        .collect();
        assert_eq!(names, ["Monitoring", "Subversion (SVN)"]);
    }

    #[test]
    fn what_a_list_adds_about_the_item_before_is_no_item() {
        let names: Vec<String> = parse(
            "## Required Skills\n- Advanced understanding of Science and its application, notably in human behavior\n- Familiarity with working with materials for relevant project tasks\n",
        )
        .into_iter()
        .map(|item| item.name)
        .collect();
        assert_eq!(names, ["Science", "Materials for relevant project tasks"]);
    }

    #[test]
    fn an_inline_label_is_no_part_of_a_name_and_the_plainer_name_wins() {
        check(
            "Senior Rust engineer. Required: Rust, PostgreSQL. Preferred: Kubernetes.",
            &[("Rust", Skill, Required), ("PostgreSQL", Skill, Required), ("Kubernetes", Skill, Preferred)],
        );
    }

    #[test]
    fn abbreviations_long_items_and_conjunctions_give_the_named_items() {
        let check_names = |jd: &str, expected: &[&str]| {
            let names: Vec<String> = parse(jd).into_iter().map(|item| item.name).collect();
            assert_eq!(names, expected, "{jd}");
        };
        // Each abbreviation an item defines is an item of its own.
        check_names(
            "## Required Skills\n- Storage area network (SAN) and network-attached storage (NAS) device expertise\n",
            &["Storage area network (SAN)", "Network-attached storage (NAS)"],
        );
        // The product after the last preposition of a long item.
        check_names(
            "## Required Skills\n- Familiar with roles and duties of Oracle DBA (Database Administrator)\n",
            &["Oracle DBA (Database Administrator)"],
        );
        // The names inside a long item.
        check_names(
            "## Required Skills\n- Comprehensive understanding of the Recruiting and Payroll functionality and architectural structures\n",
            &[
                "Recruiting and Payroll",
                "Comprehensive understanding of the Recruiting and Payroll functionality and architectural structures",
            ],
        );
        // Sass is no spelling of CSS.
        check_names("## Required Skills\n- CSS\n- SASS\n", &["CSS", "SASS"]);
        // "Experience as" without years is a role held.
        check(
            "## Required Experience\n- Prior experience as a QA Engineer\n",
            &[("Experience as QA Engineer", Experience, Required)],
        );
    }

    fn names(jd: &str) -> Vec<String> {
        parse(jd).into_iter().map(|item| item.name).collect()
    }

    #[test]
    fn a_comma_ends_a_list_line_not_a_heading() {
        assert_eq!(
            names(
                "## Required Skills\nKnowledge of AWS,\nComprehensive working experience with Jenkins,\n- Disciplined Agile Delivery (DAD),\n"
            ),
            ["AWS", "Jenkins", "Disciplined Agile Delivery (DAD)"]
        );
    }

    #[test]
    fn how_an_item_is_done_is_no_part_of_it() {
        assert_eq!(
            names(
                "## Required Skills\n- Ability to use GPS devices accurately\n- Detail oriented with Business Analytics\n- Work independently\n"
            ),
            [
                "GPS devices",
                "Detail oriented (Attention to detail)",
                "Business Analytics",
                "Work independently"
            ]
        );
        // A soft skill named by a noun keeps what follows as its setting.
        let got = names("## Required Skills\n- Leadership in a fast-paced startup\n");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn an_abbreviation_keeps_its_long_form_in_the_name() {
        // A long item that ends by defining an abbreviation asks for it.
        assert_eq!(
            names(
                "## Required Skills\n- Understanding of successful use of Applicant Tracking Systems (ATS)\n"
            ),
            ["Applicant Tracking Systems (ATS)"]
        );
        // The name with both spellings wins over the plainer one.
        check(
            "## Job Summary\nWe keep our code in SVN.\n## Required Skills\n- Subversion\n",
            &[("Subversion (SVN)", Skill, Required)],
        );
    }

    #[test]
    fn a_numbered_label_under_requirements_is_an_item() {
        let got = names(
            "## Required Skills\n1. Writing skills:\nThese involve drafting user guides.\n2. Budgeting skills:\n## Responsibilities\n- Plan work\n",
        );
        assert!(got.contains(&"Writing skills".to_owned()), "{got:?}");
        assert!(got.contains(&"Budgeting skills".to_owned()), "{got:?}");
        check(
            "## Requirements\n- Must have:\n  - Rust\n- Nice to have:\n  - Docker\n",
            &[("Rust", Skill, Required), ("Docker", Skill, Preferred)],
        );
    }

    #[test]
    fn joined_qualifiers_and_trailing_wording_are_no_part_of_an_item() {
        assert_eq!(
            names(
                "## Required Skills\n- Exceptional typing skills needed to complete reports on time\n- Expert in Payroll\n- Understanding and proficiency in Web Application Development\n"
            ),
            ["Typing skills", "Payroll", "Web Application Development"]
        );
    }

    #[test]
    fn words_before_proficiency_or_abilities_name_a_skill() {
        let got = names(
            "## Required Skills\nThe ideal candidate brings proven skills through excellent speaking proficiency and sharp budgeting abilities for planning.\n",
        );
        assert!(got.contains(&"Speaking".to_owned()), "{got:?}");
        assert!(got.contains(&"Budgeting".to_owned()), "{got:?}");
    }

    #[test]
    fn active_before_a_name_is_part_of_it() {
        check(
            "## Required Skills\n- Active Directory (AD)\n- Active security clearance\n",
            &[
                ("Active Directory (AD)", Skill, Required),
                ("Security clearance", RequirementKind::Other, Required),
            ],
        );
    }
}
