//! List items, short lines and prose sentences: what each names, with the
//! other ways to meet it (an abbreviation's halves, examples, a product's
//! name, a looser form). Prose gives its technologies, "X skills" phrases,
//! Title Case names and inner lists. One module: an item may be prose, and
//! prose holds short items.

use crate::analysis::{Importance, RequirementKind};

use super::super::aliases;
use super::super::units::{self, Unit};
use super::super::words;
use super::Reqs;
use super::qualifiers::{strip_qualifiers, without_manner, without_wording};
use super::tables::{self, KIND_NOUNS, VENDORS};
use super::technologies::concepts;

/// One list item or short line: phrase requirements, or the technologies
/// it names.
pub(super) fn phrase_item(sentence: &str, importance: Importance, out: &mut Reqs) {
    // "Passion for coffee and ability to prepare espresso beverages": two
    // things asked, the second after its qualifier.
    let lower = sentence.to_ascii_lowercase();
    if let Some(at) = tables::ABILITY_JOINTS.iter().find_map(|joint| lower.find(joint))
        && at > 0
    {
        // "Willing and able to work shifts": a lone qualifier asks nothing.
        // "Knowledge of and ability to apply GAAP": a qualifier left alone too.
        let first = sentence[..at].trim();
        if first.split_whitespace().count() > 1 && !units::content_units(strip_qualifiers(first)).is_empty() {
            phrase_item(first, importance, out);
        }
        phrase_item(&sentence[at + " and ".len()..], importance, out);
        return;
    }
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
    // "JavaScript (Angular, React or Node.js)", "a cloud data warehouse such
    // as Snowflake, BigQuery or Redshift": examples offered as a choice are
    // one requirement, met by the category or by any one of them.
    if examples.len() > 1 && offers_a_choice(head) && tail.is_none() {
        let category = cut_purpose(core);
        let mut alternatives = vec![units::content_units(category)];
        alternatives.extend(examples.iter().map(|example| units::content_units(example)));
        alternatives.retain(|units| !units.is_empty());
        let shown = examples.iter().map(|example| (*example).trim().to_owned()).collect();
        out.either(head.trim(), RequirementKind::Skill, importance, alternatives, shown);
        return;
    }
    let core = cut_purpose(core);
    let mut extra: Vec<Vec<Unit>> = examples
        .iter()
        .map(|example| units::content_units(example))
        .filter(|units| !units.is_empty())
        .collect();
    // The same, in the posting's words, for the recruiter.
    let mut extra_shown: Vec<String> = examples
        .iter()
        .filter(|example| !units::content_units(example).is_empty())
        .map(|example| (*example).to_owned())
        .collect();
    if let Some(tail) = tail {
        extra.extend(
            units::units(tail)
                .into_iter()
                .filter(|unit| matches!(unit, Unit::Concept(_)))
                .map(|unit| vec![unit]),
        );
        extra_shown.extend(units::concept_mentions(tail).into_iter().map(|(_, written)| written));
    }
    // "Promote good relationships with patients, relatives, the public and
    // other care organisations": the list names the parties a relationship
    // is with, each no requirement; the item is the relationship.
    let core = with_parties(core).unwrap_or(core);
    let parts = split_list(core);
    let lower = core.to_ascii_lowercase();
    let alternatives_only = lower.contains(" or ") && !lower.contains(" and ") && !lower.contains(',');
    // "Strong proficiency in Go or Python", "NetSuite or SAP": either one meets it.
    if alternatives_only && parts.len() > 1 {
        // "Programming experience in Python or Java": where a part names a
        // known technology, the technology is what meets it; the words
        // around it say how it is asked.
        let named = |part: &str| -> Option<Vec<(Unit, String)>> {
            let mentions = units::concept_mentions(part);
            (!mentions.is_empty())
                .then(|| mentions.into_iter().map(|(id, written)| (Unit::Concept(id), written)).collect())
        };
        let mut alternatives: Vec<Vec<Unit>> = Vec::new();
        let mut shown: Vec<String> = Vec::new();
        for part in &parts {
            match named(part) {
                Some(mentions) => {
                    for (unit, written) in mentions {
                        alternatives.push(vec![unit]);
                        shown.push(written);
                    }
                }
                None => {
                    alternatives.push(units::content_units(part));
                    shown.push(without_wording(part).to_owned());
                }
            }
        }
        alternatives.extend(extra);
        shown.extend(extra_shown);
        out.either(core, RequirementKind::Skill, importance, alternatives, shown);
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
        out.either(part, RequirementKind::Skill, importance, alternatives, extra_shown.clone());
    }
    // Known technologies given as examples are items too: "Web Services
    // (SOAP, REST)", "languages such as HTML"; plain words only illustrate.
    for example in &examples {
        if examples_are_items(example) {
            short_item(example, importance, out);
        }
    }
}

/// Whether the examples of an item end in "or": a choice, any one of which
/// does ("Angular, React or Node.js"), not a list of things each asked.
fn offers_a_choice(item: &str) -> bool {
    let lower = item.to_ascii_lowercase();
    let last_comma = lower.rfind(',').unwrap_or(0);
    lower[last_comma..].contains(" or ") && !lower[last_comma..].contains(" and ")
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

/// Looser forms of a phrase's units that also meet it: without a trailing
/// kind noun, without a leading vendor.
pub(super) fn loose_forms(units: &[Unit]) -> Vec<Vec<Unit>> {
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
    const OPENINGS: &[&str] = &[
        "its",
        "their",
        "notably",
        "especially",
        "particularly",
        "for",
        "used",
        "which",
        "that",
        "whose",
        "in",
    ];
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

/// Whether an example is asked for itself: a known technology ("languages
/// such as HTML", "Web Services (SOAP, REST)") is; plain words only show
/// what the item means ("amounts such as proportions, area and volume").
fn examples_are_items(example: &str) -> bool {
    has_concept(example)
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
    // "a customer service or sales role either face to face or over the
    // telephone": an "either … or" after the item's own choice says how.
    if let Some(at) = lower.find(" either ")
        && at < end
        && lower[..at].contains(" or ")
    {
        end = at;
    }
    phrase[..end].trim()
}

/// "Attention to Detail", "commitment to safety", "excited to generate
/// leads": a noun or an adjective that takes "to" after it, not a purpose;
/// "selling to engineers", "explain to the board": "to" before the people
/// or the thing it goes to (a determiner, a plural, three words at most to
/// the item's end), not a purpose.
fn joined_by_to(before: &str, after: &str) -> bool {
    let last = before.split_whitespace().last().unwrap_or("").to_ascii_lowercase();
    let next = after.split_whitespace().next().unwrap_or("");
    let short = after.split_whitespace().count() <= 3;
    let next_lower = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let plural = next_lower.len() > 3
        && next_lower.ends_with('s')
        && !["ss", "us", "is"].iter().any(|ending| next_lower.ends_with(ending))
        && next_lower.chars().all(|c| c.is_ascii_lowercase());
    tables::TAKES_TO.contains(&last.as_str())
        || (short && (tables::TO_WHOM.contains(&next_lower.as_str()) || plural))
        || next.starts_with(char::is_uppercase)
}

/// What comes before a list of the parties a relationship is with:
/// "Promote good relationships with patients, relatives, …" gives "Promote
/// good relationships"; "Liaise with GPs, pharmacists and social workers"
/// gives "Liaise". Only where a word of relating stands right before
/// "with" and a list (a comma) follows it.
fn with_parties(phrase: &str) -> Option<&str> {
    let lower = phrase.to_ascii_lowercase();
    let at = lower.find(" with ")?;
    let before = phrase[..at].trim_end();
    let last = before.split_whitespace().last()?.to_ascii_lowercase();
    (tables::RELATING_WORDS.contains(&last.as_str()) && lower[at..].contains(',')).then_some(before)
}

/// Parts of a list: "General Ledger, Accounts Receivable, and Fixed Assets".
/// "Construction and maintenance equipment" without commas is one item, and
/// so is "internal and external stakeholders": "and" or "or" between two
/// words that pair up ([`tables::PAIRED_MODIFIERS`]) joins them, not items.
/// "…, as well as plastering" is a part as "and plastering" is, after a
/// clause ("Build partnerships with stakeholders, as well as suppliers") it
/// is that clause's; "…, as well as in a team" says more of the part before
/// it ([`elaborates`]).
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
            .flat_map(|part| split_unpaired(part, separator))
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect();
    }
    // Each part is a slice of `phrase`: where it starts in it.
    let offset = |inner: &str| inner.as_ptr() as usize - phrase.as_ptr() as usize;
    let mut out: Vec<&str> = Vec::new();
    for part in parts {
        let Some(added) = part.get(..ADDING.len()).filter(|lead| lead.eq_ignore_ascii_case(ADDING)) else {
            out.push(part.trim_start_matches("and ").trim_start_matches("or "));
            continue;
        };
        match out.last_mut() {
            // "Build partnerships with stakeholders, as well as suppliers":
            // the clause before takes the addition along.
            Some(last) if last.split_whitespace().count() > LIST_ELEMENT_WORDS => {
                *last = &phrase[offset(last)..offset(part) + part.len()];
            }
            _ => out.push(part[added.len()..].trim_start()),
        }
    }
    out
}

/// What opens a part that adds to a list or to the clause before it.
const ADDING: &str = "as well as ";

/// `part` split at each `separator`, except an "and" or "or" between two
/// words that pair up ("written and verbal", "internal or external").
fn split_unpaired<'a>(part: &'a str, separator: &str) -> Vec<&'a str> {
    let joins = [" and ", " or ", " & ", " and/or "].contains(&separator);
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, _) in part.match_indices(separator) {
        let before = part[..at].split_whitespace().last().unwrap_or("").to_ascii_lowercase();
        let after = part[at + separator.len()..].split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        if joins
            && tables::PAIRED_MODIFIERS.contains(&before.as_str())
            && tables::PAIRED_MODIFIERS.contains(&after.trim_end_matches(','))
        {
            continue;
        }
        pieces.push(&part[start..at]);
        start = at + separator.len();
    }
    pieces.push(&part[start..]);
    pieces
}

/// The most words of an element inside a list in prose (the last may be
/// two longer: "and Go for our services").
const LIST_ELEMENT_WORDS: usize = 4;

/// A prose sentence in a requirements section: known technologies, "X
/// skills" phrases and Title Case phrases.
pub(super) fn prose(sentence: &str, importance: Importance, out: &mut Reqs) {
    concepts(sentence, importance, out);
    // The short elements of a list inside the sentence: "core skills in
    // WorkDay, Core HCM, Recruiting, and Payroll".
    // A list's elements after the first are short; a long one shows clauses
    // joined by commas and "and" ("… in a positive and professional manner,
    // facilitating their conversion …, test or procedure at …"), whose
    // pieces ask for nothing.
    // "Working in a friendly and welcoming environment, we are looking for
    // someone with solid accounting knowledge, strong Excel skills and …":
    // the list is what is asked for.
    let asked = super::sections::asked_for(sentence)
        .filter(|rest| {
            let before = sentence[..sentence.len() - rest.len()].to_lowercase();
            before.starts_with("we ") || before.contains(" we ")
        })
        .unwrap_or(sentence);
    let parts = split_list(asked.trim_end_matches(['.', '!']));
    let words = |part: &&str| part.split_whitespace().count();
    let is_list = parts.len() >= 3
        && parts[1..parts.len() - 1].iter().all(|part| words(part) <= LIST_ELEMENT_WORDS)
        && parts.last().is_some_and(|last| words(last) <= LIST_ELEMENT_WORDS + 2);
    // "… drive continuous improvement in our software, techniques and
    // processes": a list the employer's "our" governs names what it has,
    // not what it asks.
    let employers = parts
        .first()
        .is_some_and(|first| after_last_preposition(first).to_ascii_lowercase().starts_with("our "));
    if is_list && !employers {
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
    const NOUNS: &[&str] =
        &["skills", "skill", "proficiency", "abilities", "ability", "capabilities", "knowledge"];
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
    if !out.under_asking_heading {
        return;
    }
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
