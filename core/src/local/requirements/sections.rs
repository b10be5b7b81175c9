//! Where a JD line stands: the section its heading opens, the importance its
//! wording gives, and lines about the post rather than the person.

use crate::analysis::Importance;

use super::super::layout;
use super::super::units;
use super::super::words;
use super::tables::{
    APPLICATION_DATES, APPLICATION_DOCUMENTS, ASKING_WORDS, BENEFIT_WORDS, BOILERPLATE, CANDIDATE_WORDS,
    CONDITION_HEADINGS, CONTEXT_HEADINGS, DUTY_LEADS, DUTY_NOUNS, DUTY_VERBS, EMPLOYER_ASKS, EMPLOYER_LEADS,
    EMPLOYER_OPENERS, EXPERIENCE_ALONE, EXPERIENCE_OF_THE_JOB, HOLDER_WORDS, IGNORED_HEADINGS, JOINING,
    NOT_ASKING, OFFER_LEADS, OFFER_OPENERS, PERSON_WORDS, POSTING_LABELS, POSTING_TERMS, PREFERRED_HEADINGS,
    PREFERRED_WORDING, REQUIRED_HEADINGS, REQUIRED_WORDING, SENDING_VERBS, SENIORITY_WORDS, STILL_ASKS,
    WILL_ADVERBS, WILL_ASK, WILL_BE_DOING,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
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

pub(super) fn classify(heading: &str) -> Section {
    let lower = heading.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| lower.contains(word));
    // "About Health Education England", "About Acme Care": the employer,
    // whatever words its name holds; "About you" asks, "About the role" tells.
    if let Some(what) = lower.trim().strip_prefix("about ") {
        return if what.starts_with("you") {
            Section::Requirements
        } else if ["the role", "the job", "the post", "the position", "this role", "the team"]
            .iter()
            .any(|role| what.starts_with(role))
        {
            Section::Context
        } else {
            Section::Ignored
        };
    }
    // "Additional contact information": whom to contact, whatever else the
    // heading says.
    // "Recruitment Process", "Application procedure": how hiring goes, even
    // where a typo makes it "Requirement Process"; three words at most, so
    // "Experience in recruitment process" still asks.
    let process = lower.split_whitespace().count() <= 3
        && ["process", "procedure", "procedures"]
            .iter()
            .any(|word| lower.split_whitespace().last() == Some(*word));
    if has(&["contact information", "contact details", "informal visits contact"])
        || has(CONDITION_HEADINGS)
        || process
    {
        Section::Ignored
    } else if has(PREFERRED_HEADINGS) {
        Section::Preferred
    } else if has(REQUIRED_HEADINGS)
        // "Essential", "Essential Requirements" (however spelt): a person
        // specification's must-haves; "Essential Functions" and "Essential
        // Job Duties" tell the job.
        || (lower.starts_with("essential") && !has(DUTY_NOUNS) && !has(CONTEXT_HEADINGS))
    {
        Section::Requirements
    } else if has(CONTEXT_HEADINGS) {
        Section::Context
    } else if has(IGNORED_HEADINGS) {
        Section::Ignored
    } else {
        Section::Unknown
    }
}

/// Importance from a sentence's own wording, if it says.
pub(super) fn wording(sentence: &str) -> Option<Importance> {
    let lower = sentence.to_ascii_lowercase();
    // "If you have any experience with fine-tuning": a sentence that opens
    // on a condition offers it as a plus.
    if PREFERRED_WORDING.iter().any(|word| lower.contains(word))
        || lower.trim_start().starts_with("if you have")
    {
        Some(Importance::Preferred)
    } else if REQUIRED_WORDING.iter().any(|word| lower.contains(word)) {
        Some(Importance::Required)
    } else {
        None
    }
}

/// A line about the post rather than the person: "Full-time, nights",
/// "Location: Dallas, TX | Full-time", "Seniority level: Mid-Senior level".
pub(super) fn is_posting_detail(line: &str) -> bool {
    let body = layout::list_item(line).unwrap_or(line).trim();
    let lower = body.to_ascii_lowercase();
    if let Some((label, value)) = lower.split_once(':')
        && (POSTING_LABELS.contains(&label.trim())
            || label.trim() == "experience"
                && value.split_whitespace().all(|word| SENIORITY_WORDS.contains(&word))
                && !value.trim().is_empty())
    {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '·' | '•' | '(' | ')'))
        .filter(|word| !word.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|word| POSTING_TERMS.contains(word))
}

/// "Schedule:" alone over "- 8 hour shift", "- Monday to Friday": a label of
/// the post's terms heading a list, which asks nothing.
pub(super) fn heads_terms(line: &str, next: Option<&str>) -> bool {
    let Some(label) = line.trim().strip_suffix(':') else { return false };
    let label = label.trim().to_ascii_lowercase();
    POSTING_LABELS.contains(&label.as_str()) && next.is_some_and(|next| layout::list_item(next).is_some())
}

/// Whether a text names an amount of money: a currency sign before a digit
/// ("£16,195", "$25/hr", "₹4 lakh").
pub(in crate::local) fn names_amount(text: &str) -> bool {
    text.char_indices().any(|(at, c)| {
        matches!(c, '£' | '$' | '€' | '¥' | '₹')
            && text[at + c.len_utf8()..].starts_with(|next: char| next.is_ascii_digit())
    })
}

/// A line that offers rather than asks, wherever it stands: pay
/// ("£38,890 per annum", "$25/hr"), leave, pension, insurance, bonuses,
/// parking, hours ("37.5 hours per week"), equal-opportunity or legal
/// boilerplate, and how to apply. A benefit named in a line that asks for knowledge or
/// experience of it ("Health insurance claims experience") is a skill.
pub(super) fn offers_something(line: &str) -> bool {
    let lower = line.to_lowercase();
    if BOILERPLATE.iter().any(|phrase| lower.contains(phrase)) {
        return true;
    }
    let words: Vec<&str> =
        lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|word| !word.is_empty()).collect();
    let padded = format!(" {} ", words.join(" "));
    let names = |list: &[&str]| list.iter().any(|entry| padded.contains(&format!(" {entry} ")));
    // "To apply, email your resume and cover letter to …", "Deadline for
    // application is 27th October": how to apply, said to the applicant,
    // asks nothing of their experience; "Screen CVs and submit shortlists"
    // is a duty.
    let to_the_applicant = names(&["your", "please", "apply", "us"]);
    if (names(APPLICATION_DOCUMENTS) && names(SENDING_VERBS) && to_the_applicant) || names(APPLICATION_DATES)
    {
        return true;
    }
    if names(ASKING_WORDS) {
        return false;
    }
    // "Free tea and coffee", "Subsidised on site restaurant": a short line
    // that opens by giving something offers it.
    let gives = words.len() <= 6 && words.first().is_some_and(|first| OFFER_OPENERS.contains(first));
    gives || names(BENEFIT_WORDS) || names_pay(line)
}

/// An amount of money with what it is paid for: "£21,892 - £24,157",
/// "$25/hr", "$49,138.00 - $71,018.00". A lone amount ("a $5M budget")
/// is no pay line.
fn names_pay(line: &str) -> bool {
    let lower = line.to_lowercase();
    names_amount(line)
        && ([
            "/hr", "/hour", "an hour", "a year", "per year", " - £", " - $", " - €", "–", " to £", " to $",
            "band", "pay", "plus",
        ]
        .iter()
        .any(|cue| lower.contains(cue)))
}

/// Where the employer speaks of itself ("Our team is …", "We are a
/// friendly practice", "We're looking for …"): the words after what it asks
/// for ("looking for", "seeking", "need", "require", "want"…), or "" when
/// it asks for nothing. `None` when the sentence is not the employer's.
pub(super) fn employer_asks(sentence: &str) -> Option<&str> {
    let lower = sentence.to_lowercase();
    // "At Benenden we are proud of …", "Here at Acme, we …": a short place
    // or time before "we" still opens the employer's own sentence.
    let words: Vec<&str> = lower.split_whitespace().collect();
    let after_lead = words.first().is_some_and(|first| EMPLOYER_LEADS.contains(first))
        && words.iter().take(6).skip(1).any(|word| matches!(*word, "we" | "we're" | "we've" | "we'll"));
    // "… you can be confident you are joining an industry leading team":
    // what the candidate joins describes the employer.
    let joins = JOINING.iter().any(|phrase| lower.contains(phrase));
    let opens = EMPLOYER_OPENERS.iter().any(|opener| lower.starts_with(opener))
        || after_lead
        || joins
        || names_the_employer(sentence);
    if !opens {
        return None;
    }
    Some(asked_for(sentence).unwrap_or(""))
}

/// What a sentence asks for after "looking for", "seeking", "need"…, if it
/// says so: "… we are looking for someone who is CCAB qualified with …".
pub(super) fn asked_for(sentence: &str) -> Option<&str> {
    // Searched in the sentence itself, so the offset stays on its boundaries.
    EMPLOYER_ASKS
        .iter()
        .filter_map(|phrase| find_ascii_ignoring_case(sentence, phrase).map(|at| at + phrase.len()))
        .min()
        .map(|end| sentence[end..].trim())
}

/// The byte offset of `phrase` (ASCII, lower case) as whole words in `text`,
/// ignoring case.
fn find_ascii_ignoring_case(text: &str, phrase: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..=bytes.len().saturating_sub(phrase.len())).find(|&at| {
        (at == 0 || bytes[at - 1] == b' ')
            && bytes[at..].len() >= phrase.len()
            && bytes[at..at + phrase.len()].eq_ignore_ascii_case(phrase.as_bytes())
    })
}

/// A line that opens a list of what the employer offers, however long: it
/// ends in a colon, maybe with a dash after it, and says so ("… we offer a
/// wide range of benefits including:", "… can offer you some fantastic
/// benefits: –").
pub(super) fn opens_offer(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower = lower.trim_end_matches(['-', '–', '—', ' ']);
    lower.ends_with(':') && OFFER_LEADS.iter().any(|lead| lower.contains(lead))
}

/// The section a line that ends by listing opens, named by its words before
/// "include": "Your specific duties as a Sales Representative may
/// include:" the duties, "Your benefits package may include:" what is
/// offered, "Specific qualifications for the position include:" what is
/// asked. `None` when those words name no section.
pub(super) fn opens_named_list(line: &str) -> Option<Section> {
    let lower = line.trim().to_lowercase();
    let lower = lower.trim_end_matches(['-', '–', '—', ' ']);
    // "Physical Aspects of Position (include but are not limited to):"
    let lower = lower.replace(['(', ')'], "");
    let body = lower.strip_suffix(':')?.trim_end();
    // "… include, but are not limited to, the following:"
    let body = body.strip_suffix(" the following").unwrap_or(body).trim_end_matches(',');
    let body = [", but are not limited to", " but are not limited to", " but not limited to"]
        .iter()
        .find_map(|tail| body.strip_suffix(tail))
        .unwrap_or(body);
    let at = body.rfind(" includ")?;
    if !["include", "includes", "including"].contains(&body[at + 1..].trim_end_matches(',')) {
        return None;
    }
    let subject = &body[..at];
    if DUTY_NOUNS.iter().any(|noun| subject.contains(noun)) {
        return Some(Section::Context);
    }
    match classify(subject) {
        Section::Unknown => None,
        known => Some(known),
    }
}

/// A line ending in a colon that opens a list of the job's duties rather
/// than of what the candidate brings: "… must perform the following tasks
/// to the highest standards:", "In this role you will:", "Key
/// responsibilities include:".
pub(super) fn opens_duties(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower = lower.trim_end_matches(['-', '–', '—', ' ']);
    lower.ends_with(':') && DUTY_LEADS.iter().any(|lead| lower.contains(lead))
}

/// A duty of the job told in the third person: "Develops lesson plans …",
/// "Coordinates with other staff members …". Four words or more, so a
/// short item that happens to open with such a word is still read.
pub(super) fn is_duty(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let first = words.next().unwrap_or_default();
    first.starts_with(char::is_uppercase)
        && DUTY_VERBS.contains(&first.to_ascii_lowercase().as_str())
        && words.count() >= 3
}

/// A duty told of the one who will hold the job: "The post holder will
/// play a key role in providing …", "You will work closely with …", "You
/// will be responsible for …", "Duties will include …"; not what they will have or be ("You will
/// have experience of …", "The successful applicant will be an enthusiastic
/// individual", "You will ideally hold a degree").
pub(super) fn tells_what_the_holder_will_do(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let Some(will) = words.iter().take(8).position(|word| word == "will") else { return false };
    if !words[..will]
        .iter()
        .any(|word| HOLDER_WORDS.contains(&word.as_str()) || DUTY_NOUNS.contains(&word.as_str()))
    {
        return false;
    }
    let mut after = words[will + 1..].iter().filter(|word| !WILL_ADVERBS.contains(&word.as_str()));
    let does = match after.next().map(String::as_str) {
        None => false,
        Some("be") => after.next().is_some_and(|next| WILL_BE_DOING.contains(&next.as_str())),
        Some(verb) => !WILL_ASK.contains(&verb),
    };
    // "… lecturing as required": when needed, not asked for.
    let rest = without_not_asking(&words[will + 1..].join(" "));
    does && !STILL_ASKS.iter().any(|cue| rest.contains(cue))
}

/// A lower-case text with a space at each end and without the phrases that
/// hold a word of asking and ask nothing ("as required", "when required").
pub(super) fn without_not_asking(lower: &str) -> String {
    let mut padded = format!(" {lower} ");
    for phrase in NOT_ASKING {
        padded = padded.replace(phrase, " ");
    }
    padded
}

/// Whether a sentence says what must be done to a thing, not what the
/// candidate must be or bring: "All enquiries must be responded to promptly
/// and a CRM system will assist …". The words before "must be" name no
/// person (no role noun, no "you" or "candidate"), and nothing after it
/// asks of the candidate ("experience", "degree", "knowledge"…), so
/// "Applications must be accompanied by a degree certificate" still asks.
pub(super) fn must_be_done_to_a_thing(sentence: &str) -> bool {
    let lower = format!(" {} ", sentence.to_lowercase());
    let Some(at) = lower.find(" must be ") else { return false };
    let (subject, rest) = (&lower[..at], &lower[at + " must".len()..]);
    let person = subject.split_whitespace().any(|word| {
        words::is_role_noun(word) || PERSON_WORDS.contains(&word.trim_matches(|c: char| !c.is_alphanumeric()))
    });
    let rest = format!(" {rest}");
    let asks = CANDIDATE_WORDS.iter().any(|word| *word != " must " && rest.contains(word));
    !subject.trim().is_empty() && !person && !asks
}

/// Whether a sentence opens with an organisation's name as its subject:
/// "NECS have a diverse portfolio …", "Acme, Inc. is committed to …", "NHS
/// Digital supports …" — up to four capitalised words or acronyms (a
/// company suffix allowed), then a verb of being, having or offering. A
/// known technology ("Python is a must") or a word that asks ("Experience
/// is essential") is no employer.
fn names_the_employer(sentence: &str) -> bool {
    const VERBS: &[&str] = &[
        "are", "believes", "combines", "has", "have", "is", "offers", "prides", "provides", "supports",
        "values", "was", "were",
    ];
    let words: Vec<&str> = sentence.split_whitespace().take(6).collect();
    let Some(verb_at) = words.iter().position(|word| VERBS.contains(&word.to_ascii_lowercase().as_str()))
    else {
        return false;
    };
    let name = &words[..verb_at];
    !name.is_empty()
        && name.iter().all(|word| {
            word.starts_with(|c: char| c.is_uppercase())
                && !words::is_stop_word(&word.to_lowercase())
        })
        && !units::content_units(&name.join(" ")).iter().any(|unit| matches!(unit, units::Unit::Concept(_)))
        && !super::asks_of_the_candidate(&name.join(" "))
        // "Ideally have …", "Preferably has …": how much, not who.
        && wording(&name.join(" ")).is_none()
        && !name.iter().any(|word| word.to_ascii_lowercase().ends_with("ly"))
}

/// Whether a sentence asks for experience and names none: "Previous
/// experience is essential", "Relevant experience in a similar role". Its
/// first clause holds "experience", a word pointing at the job
/// ("previous", "relevant", "similar"…) and nothing else but words of
/// asking.
pub(super) fn asks_for_experience_alone(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let clause = lower.split([',', ';', '.']).next().unwrap_or_default();
    let clause = clause.split(" and ").next().unwrap_or_default();
    let words: Vec<&str> =
        clause.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    words.contains(&"experience")
        && words.iter().any(|word| EXPERIENCE_OF_THE_JOB.contains(word))
        && words.iter().all(|word| EXPERIENCE_ALONE.contains(word) || EXPERIENCE_OF_THE_JOB.contains(word))
}
