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
//! degrees, certifications and spoken languages are recognised by wording;
//! the wording of years and degrees is shared with the resume reader in
//! `statements`.
//!
//! # How the parser reads a posting
//!
//! General rules, none keyed to one data set's strings:
//! - The headings and wording make each item required or preferred
//!   ("Required: Rust, PostgreSQL" on one line is a label and its items).
//!   Lines about the post rather than the person ("Full-time, nights",
//!   "Location: Dallas, TX", "Seniority level: …") ask for nothing.
//! - Known technologies come from the alias table: k8s → Kubernetes,
//!   Postgres → PostgreSQL, other endings of a one-word alias such as
//!   "mathematic". A known skill the JD writes in several words keeps them,
//!   the canonical name after: "Amazon Web Services (AWS)".
//! - An abbreviation an item defines ("Threat Management Gateway (TMG)",
//!   "TMG (Threat Management Gateway)") is met by either half, and an item
//!   defining several gives one requirement each.
//! - A short "A and B" is met on one line or by each part on a line of its
//!   own. "Go or Python" and "NetSuite or SAP" on a line are one requirement
//!   either meets; only technologies joined by "or" are alternatives.
//! - A long item also yields the product after its last preposition and the
//!   Title Case names inside it, and is met by a product's name inside it
//!   (all capitals of three letters or more, or letters with digits:
//!   "Capable to operate using PL1").
//! - Words that say how well rather than what ("precise", "suitable",
//!   "established", "acumen"…) are no part of an item; nor are a light verb
//!   ("conduct research") or an adverb of manner ("GPS devices accurately").
//!   A symbol-font bullet read as a letter and glued to an item ("ÓExtensive
//!   research skills") is a marker.
//! - "N years" of "A or B" are met by either, and name neither as a skill
//!   of its own; "experience as a QA Engineer" without years asks for a job
//!   of that title.
//! - The posting's title (the first line of its header) says what work the
//!   job is: when it names a role ("Estates Maintenance Electrician",
//!   "1561 - Senior Software Engineer"), it is read first, as a preferred
//!   "experience as …", unless the posting asks for that role already
//!   (`title`). A thin list or one of duties still ranks resumes of that
//!   work first; a list requiring less than two things requires it, and so
//!   does one asking for experience without naming any ("Previous
//!   experience is essential", "Experience in a similar role").
//! - What the posting says of the job (`Read::job_text`: its title, duties
//!   and asks, without the header's employer and place, the employer's
//!   account of itself, prose under no heading that asks nothing, the offer
//!   and the boilerplate) is what a resume's field is measured against; a
//!   posting that says under 10 words of it is measured whole.
//! - The header's facts ("Employment type: Full-time", "Education: Master's
//!   Degree", "Function: Education") each head their own line only.
//! - "BLS and ACLS certification" asks for each; "AWS or CCNA
//!   certification" for either.
//! - A short question standing alone heads what follows: "Who are we looking
//!   for?" asks; "What to expect?" or "What support will you receive?" tells
//!   about the job, so what follows is read as context; its question word
//!   may carry its verb ("What's it like to work at …?").
//! - A short line that breaks off on a stop word over a list ("You will",
//!   "We're looking for someone who") leads the list as if it ended in a
//!   colon: duties, or what is asked.
//! - Where the employer speaks of itself ("Our team is made up of dynamic,
//!   innovative and caring people", "We are a friendly practice") only the
//!   known technologies it names count, and what it asks for after "looking
//!   for", "seeking", "need", "require"….
//! - A posting whose markup was stripped runs items and headings together
//!   ("layout)Excellent verbal…", "SUMMARYAs a teacher…"): each seam is a
//!   line break again (`unglue`).
//! - What the holder of the post will do ("The post holder will play a key
//!   role in providing …", "You will be responsible for …", "Duties will
//!   include …") is a duty, read as context, unless the sentence goes on to
//!   ask ("… therefore excellent communication skills are essential"); what
//!   they will have, hold or be is asked.
//! - The conditions of the job ask nothing, whatever their heading says
//!   ("Physical Requirements", "Visa Requirements", eligibility to work).
//! - A line ending in a colon that opens the employer's offer ("In return
//!   for your expertise and hard work, we offer … including:") ends the
//!   requirements; what follows is the offer.

mod credentials;
mod degrees;
mod items;
mod languages;
mod qualifiers;
mod sections;
mod tables;
mod technologies;
#[cfg(test)]
mod tests;
mod title;
mod unglue;
mod years;

use std::collections::BTreeSet;

use crate::analysis::{Importance, RequirementKind};

use super::layout;
use super::statements::{self, DegreeLevel};
use super::units::{self, Unit};
use super::words;
use credentials::{certification, other};
use degrees::degree;
use items::{loose_forms, phrase_item, prose};
use languages::languages;
use qualifiers::strip_qualifiers;
pub(super) use sections::names_amount;
use sections::{Section, classify, is_posting_detail, offers_something, wording};
use technologies::{either_concepts, technologies};
use years::{held_role, years};

/// One thing the job asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub name: String,
    pub kind: RequirementKind,
    pub importance: Importance,
    pub need: Need,
    /// The posting's own words for the other ways it gives to meet the
    /// requirement, for the recruiter to read: "Go" and "Python" of "Go or
    /// Python", both halves of "Threat Management Gateway (TMG)", the
    /// examples of "a cloud data warehouse (Snowflake, BigQuery)". Matching
    /// never reads them; `need` says what meets the requirement.
    pub alternatives: Vec<String>,
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
    /// A degree of at least `level`, in one of `fields` when the JD names some.
    Degree { level: DegreeLevel, fields: Vec<Vec<Unit>>, related_ok: bool },
}

/// What one rubric item's text asks, read as a line under a requirements
/// heading: the requirement(s) the parser finds in it, or, when it finds
/// none, the item's own words as one phrase to find on a line. A recruiter's
/// item ("Kubernetes or Nomad", "5 years as a nurse") reads as the same line
/// of a posting would.
pub fn read_item(text: &str, kind: RequirementKind, importance: Importance) -> Vec<Requirement> {
    let one_line = text.replace(['\n', '\r'], " ");
    let mut found = parse(&format!("Requirements\n- {}\n", one_line.trim()));
    if found.is_empty() {
        let units = units::content_units(&one_line);
        if units.is_empty() {
            return Vec::new();
        }
        found.push(Requirement {
            name: one_line.trim().to_owned(),
            kind,
            importance,
            need: Need::Phrases(vec![units]),
            alternatives: Vec::new(),
        });
    }
    found
}

/// Below this many required items a posting's list is thin: its title's
/// role is required.
const THIN_LIST: usize = 2;

/// Fewer distinct content words than this in what a posting says of the
/// job, and its whole text stands for the job.
const FEW_JOB_WORDS: usize = 10;

/// The requirements of a job description, in the order it states them.
pub fn parse(job_description: &str) -> Vec<Requirement> {
    read(job_description).requirements
}

/// A job description read: its requirements, and the role its title names.
pub struct Read {
    pub requirements: Vec<Requirement>,
    /// "Staff Nurse" of "Staff Nurse - Band 5", if the title names a role.
    pub title_role: Option<String>,
    /// What the posting says of the job: its title, duties and asks, without
    /// the employer's header lines, its account of itself, the offer and the
    /// boilerplate. What a resume's field is measured against.
    pub job_text: String,
}

/// Reads a job description: its requirements, in the order it states
/// them, and the role its title names.
pub fn read(job_description: &str) -> Read {
    // Postings are often typed in a word processor: "What You’ll Need:" is
    // the same heading as "What You'll Need:".
    let job_description = rejoined(&unglue::unglued(&job_description.replace(['\u{2019}', '\u{2018}'], "'")));
    let mut out = Reqs::default();
    let mut section = Section::Unknown;
    let mut opening = true;
    let mut started = false;
    let mut started_header = false;
    let mut led = Led::No;
    // The header's words but the title's: the employer, the place.
    let mut header: BTreeSet<Unit> = BTreeSet::new();
    // Its first line: the job's title, and its content words.
    let mut title: Option<&str> = None;
    let mut title_units: Vec<Unit> = Vec::new();
    let lines: Vec<&str> = job_description.lines().map(str::trim).collect();
    // The section a header fact's label ("Education: Master's Degree")
    // stood in for, back after its line.
    let mut restore: Option<Section> = None;
    // Under a question about the employer ("Who are NHS Professionals?"):
    // what follows says nothing of the job.
    let mut employer_section = false;
    for (at, &line) in lines.iter().enumerate() {
        let mut line = line;
        if let Some(before) = restore.take() {
            section = before;
        }
        if line.is_empty() {
            // The posting's header ends at its first blank line.
            opening = opening && !started;
            continue;
        }
        started = true;
        // The posting's header, its lines before the first blank line that
        // are no heading, item or sentence, gives the job's title, the
        // employer and the place ("Senior Backend Engineer — Payments",
        // "Acme Health NHS Trust", "Springfield, IL", "Leeds, LS1 4AB"): none
        // of them asks anything, so only known technologies are read, as
        // preferred.
        // The title may hold a heading word ("Special Education Teacher"),
        // and a company's name may end with a point ("Acme, Inc.").
        let words = line.split_whitespace().count();
        // An employer's name may hold a heading word ("Health Education
        // England", "Acme Care Services"): in the header, a line that does not
        // open with one is a name, not a heading.
        let first_word = line.split_whitespace().next().unwrap_or_default();
        let names_something = started_header
            && !line.contains(':')
            && !line.starts_with('#')
            && classify(first_word) == Section::Unknown
            && classify(line) != Section::Preferred;
        if opening
            && (layout::heading(line).is_none()
                || names_something
                || (!started_header && words >= 3 && !line.contains(':') && !line.starts_with('#')))
            && layout::list_item(line).is_none()
            && words <= 12
            && !line.ends_with(':')
            && (!line.ends_with('.') || words <= 4)
        {
            // The title's words are the work asked for ("Barista"
            // over "Barista experience is a plus"); the other lines' are
            // the employer's and the place's.
            if started_header {
                header.extend(units::content_units(line));
            } else {
                title = Some(line);
                title_units = units::content_units(line);
                out.job(line);
            }
            started_header = true;
            technologies(line, Importance::Preferred, &mut out);
            continue;
        }
        // "Education: Master's Degree" among the header's facts.
        let header_fact = opening
            && layout::list_item(line).is_none()
            && line.split_once(':').is_some_and(|(label, value)| {
                label.split_whitespace().count() <= 3 && !value.trim().is_empty()
            });
        if !is_posting_detail(line) && !header_fact {
            opening = false;
        }
        // "3. Management skills:" under requirements: a list item that labels
        // the text after it names a skill, and the section goes on; "- Nice
        // to have:" still opens a section.
        if matches!(section, Section::Requirements | Section::Preferred)
            && let Some(label) = layout::list_item(line).and_then(|body| body.trim().strip_suffix(':'))
            && (1..=6).contains(&label.split_whitespace().count())
            && matches!(classify(label), Section::Requirements | Section::Unknown)
        {
            // "• Ops/Collaboration:" over "• AWS", "• Git": a label over the
            // list items after it groups them and asks nothing itself.
            let next = lines[at + 1..].iter().find(|next| !next.is_empty());
            if next.is_none_or(|next| layout::list_item(next).is_none()) {
                let importance =
                    if section == Section::Preferred { Importance::Preferred } else { Importance::Required };
                phrase_item(label.trim_matches('*').trim(), importance, &mut out);
            }
            continue;
        }
        let next = lines[at + 1..].iter().find(|next| !next.is_empty()).copied();
        if sections::heads_terms(line, next) {
            section = Section::Ignored;
            led = Led::No;
            continue;
        }
        if is_posting_detail(line) {
            continue;
        }
        // "… from check-in through check-out.  What will I be doing?": a
        // question heading that a page ran onto the paragraph before it
        // heads what follows that paragraph.
        if let Some((body, question)) = trailing_question(line) {
            restore = Some(match classify(question) {
                Section::Unknown => Section::Context,
                known => known,
            });
            line = body;
        }
        // "Why join us?", "What are the working hours like?", "For further
        // details / informal visits contact:", "Who we are",
        // "Work pattern": a short question, or a bare line of up to four
        // words, over the company, benefits or terms opens a section that
        // asks nothing. A bare line starting "Pay" may be an item ("Pay
        // attention to detail"), so only a question or a colon makes it one.
        let words = line.split_whitespace().count();
        let question = line.ends_with(['?', ':']) && words <= 8;
        let bare =
            words <= 4 && !line.ends_with(['.', ',', ';']) && !line.to_ascii_lowercase().starts_with("pay ");
        let offer = layout::list_item(line).is_none() && sections::opens_offer(line);
        if offer
            || (question || bare) && layout::list_item(line).is_none() && classify(line) == Section::Ignored
        {
            section = Section::Ignored;
            led = Led::No;
            continue;
        }
        // "What to expect?", "What support will you receive?", "Who are we
        // looking for?": a short question standing alone heads what follows.
        // One about the candidate asks; any other tells about the job, so
        // what follows is read as context.
        if let Some(heading) = question_heading(line) {
            employer_section = asks_who_the_employer_is(heading);
            section = match classify(heading) {
                Section::Unknown => Section::Context,
                known => known,
            };
            led = Led::No;
            continue;
        }
        // "To be considered for this opportunity, you should be able to
        // demonstrate the following:": a line that asks of the candidate and
        // ends in a colon opens what is asked.
        // So does "Experience in any of the following technologies is
        // beneficial:" under any heading.
        // "A Receptionist … must perform the following tasks:", "In this
        // role you will:": a line that opens the job's duties; what follows
        // tells about the job.
        // "Your specific duties as a Sales Representative may include:",
        // "Specific qualifications for the position include:": a line that
        // ends by listing opens the section its words name, from any other.
        // "You will" and "We're looking for someone who" over a list: a
        // line that breaks off on a word that cannot end it (a stop word) and
        // goes on in the list items under it leads them as if it ended in a
        // colon.
        let leads_list = leads_a_list(line, &lines[at + 1..]);
        let lead = if leads_list { format!("{line}:") } else { line.to_owned() };
        let line_or_lead = lead.as_str();
        if layout::list_item(line).is_none()
            && let Some(named) = sections::opens_named_list(line_or_lead)
        {
            // "Knowledge of benefits administration, including:" under a
            // heading that asks still asks.
            let asking = matches!(section, Section::Requirements | Section::Preferred);
            if !(asking
                && asks_of_the_candidate(line)
                && matches!(named, Section::Context | Section::Ignored))
            {
                section = named;
                led = Led::Opened;
                continue;
            }
        }
        if layout::list_item(line).is_none()
            && !matches!(section, Section::Requirements | Section::Preferred)
            && sections::opens_duties(line_or_lead)
        {
            section = Section::Context;
            led = Led::Opened;
            continue;
        }
        if line_or_lead.ends_with(':')
            && layout::list_item(line).is_none()
            && (section == Section::Unknown
                || line.to_ascii_lowercase().contains("the following")
                || leads_list && !speaks_of_what_will_be(line))
            && asks_of_the_candidate(line_or_lead)
            // "Requirement Process:" is a heading of its own kind.
            && layout::heading(line).is_none_or(|(head, _)| classify(&head) == Section::Unknown)
        {
            section = match wording(line) {
                Some(Importance::Preferred) => Section::Preferred,
                _ => Section::Requirements,
            };
            led = Led::Opened;
            continue;
        }
        // What such a line opens is the short lines after it; the first
        // paragraph of prose after them ("If you are looking for a new
        // challenge …, then we look forward to hearing from you.") is no
        // longer under it.
        if led != Led::No {
            let prose = line.ends_with(['.', '!']) && words > 12 && layout::list_item(line).is_none();
            if prose && led == Led::Listing {
                section = Section::Unknown;
                led = Led::No;
            } else if !prose {
                led = Led::Listing;
            }
        }
        if let Some((head, rest)) = layout::heading(line) {
            if !head.is_empty() {
                led = Led::No;
                employer_section = false;
                // Among the header's facts ("Employment type: Full-time",
                // "Education: Master's Degree", "Function: Education") a
                // label heads its own line only: the employer's blurb after
                // them is under no heading.
                if header_fact {
                    restore = Some(section);
                }
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
        out.under_asking_heading = matches!(section, Section::Requirements | Section::Preferred);
        let item = layout::list_item(line);
        // "Practical knowledge with Cassandra,": a comma left from a list
        // written one item a line ends nothing.
        let body = item.unwrap_or(line).trim_matches('*').trim().trim_end_matches([',', ';']).trim_end();
        let short = body.split_whitespace().count() <= 12;
        for sentence in layout::sentences(body) {
            if offers_something(sentence) {
                continue;
            }
            let importance = wording(sentence).unwrap_or(default);
            // What the posting says of the job: not the employer speaking
            // of itself, nor prose under no heading that asks nothing.
            let employer_asks = sections::employer_asks(sentence);
            let about_the_employer = employer_section
                || !short && item.is_none() && names_the_employer(sentence, &header, &title_units)
                || match employer_asks {
                    Some(asked) => asked.is_empty(),
                    None => {
                        !short
                            && section == Section::Unknown
                            && !sections::is_duty(sentence)
                            && !asks_of_the_candidate(sentence)
                    }
                };
            if !about_the_employer {
                out.job(sentence);
            }
            years(sentence, importance, &mut out);
            if section == Section::Context {
                technologies(sentence, importance, &mut out);
                continue;
            }
            // "Our team is made up of dynamic, innovative and caring people
            // and we are looking for …": where the employer speaks of itself
            // only the known technologies it names count, and what it asks
            // for after "looking for", "seeking", "need"….
            let sentence = match sections::employer_asks(sentence) {
                Some("") => {
                    technologies(sentence, Importance::Preferred, &mut out);
                    continue;
                }
                Some(asked) => asked,
                None => sentence,
            };
            // "All enquiries must be responded to promptly and a CRM system
            // will assist …": how the work is done, asking nothing of the
            // candidate but the technologies it names, as preferred.
            if sections::must_be_done_to_a_thing(sentence) {
                technologies(sentence, Importance::Preferred, &mut out);
                continue;
            }
            // "Previous experience is essential", "Experience in a similar
            // role": experience of the job the title names.
            if sections::asks_for_experience_alone(sentence) {
                if out.title_asked != Some(Importance::Required) {
                    out.title_asked = Some(importance);
                }
                continue;
            }
            if !statements::has_years(sentence) && held_role(sentence, importance, &mut out) {
                continue;
            }
            if degree(sentence, importance, &mut out)
                || certification(sentence, importance, &mut out)
                || languages(sentence, importance, &mut out)
                || other(sentence, importance, &mut out)
            {
                continue;
            }
            if statements::has_years(sentence) {
                either_concepts(sentence, importance, &mut out);
            } else if sections::is_duty(sentence) || sections::tells_what_the_holder_will_do(sentence) {
                // "Develops lesson plans and instructional materials …", "The
                // post holder will play a key role in providing …": a duty of
                // the job, whatever the heading over it; only the
                // technologies it names are asked for.
                technologies(sentence, importance, &mut out);
            } else if (section == Section::Unknown || item.is_none() && !short && tells(sentence))
                && !asks_of_the_candidate(sentence)
            {
                // Under no heading, a sentence that asks nothing of the
                // candidate (about the employer, the place, the team) gives
                // only the technologies it names; so does one in prose under
                // any heading that tells how things are ("Receptionists
                // serving Hilton brands are always working with other Team
                // Members.").
                technologies(sentence, Importance::Preferred, &mut out);
            } else if item.is_some() || short {
                phrase_item(sentence, importance, &mut out);
            } else {
                prose(sentence, importance, &mut out);
            }
        }
    }
    if let Some(title) = title {
        title::title_item(title, &mut out);
    }
    // "Trust", "Benenden Hospital", "Birmingham": the employer's name and
    // the place the header gives are no requirement wherever they recur;
    // a known technology the header names still is.
    out.items.retain(|item| {
        let units = units::content_units(&item.name);
        !matches!(item.need, Need::Phrases(_) | Need::Each { .. })
            || units.is_empty()
            || units.iter().any(|unit| matches!(unit, Unit::Concept(_)))
            || !units.iter().all(|unit| header.contains(unit))
    });
    // A posting told all in prose under no heading says little of the job
    // apart from it: then the whole text is what it says.
    let job_text =
        if units::content_units(&out.job).len() < FEW_JOB_WORDS { job_description.clone() } else { out.job };
    Read { requirements: out.items, title_role: title.and_then(title::title_role), job_text }
}

/// The text with each sentence that a blank line breaks after a joining
/// word or a comma made whole again: "… excellent communication, numeracy
/// and" + blank line + "literacy skills, …" is one sentence.
fn rejoined(text: &str) -> String {
    const JOINING_WORDS: &[&str] = &["and", "or", "with", "of", "the", "a", "an", "in", "to", "for"];
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let trimmed = line.trim_end();
        let last = trimmed.rsplit(' ').next().unwrap_or_default().to_ascii_lowercase();
        // "•", blank lines, "Deputise for the manager": a bullet a page
        // left on a line of its own marks the next line as its item.
        if layout::lone_bullet(trimmed) {
            let mut ahead = lines.clone();
            while ahead.peek().is_some_and(|next| next.trim().is_empty()) {
                ahead.next();
            }
            // A heading after it ("Benefits", "Skills:") stays one.
            let heading = |next: &str| {
                layout::heading(next).is_some()
                    && (next.ends_with(':') || next.split_whitespace().count() <= 2)
            };
            if ahead
                .peek()
                .is_some_and(|next| layout::list_item(next.trim()).is_none() && !heading(next.trim()))
            {
                while lines.peek().is_some_and(|next| next.trim().is_empty()) {
                    lines.next();
                }
                out.push(' ');
                continue;
            }
        }
        let breaks = trimmed.ends_with(',') || JOINING_WORDS.contains(&last.as_str());
        if breaks && layout::list_item(trimmed).is_none() {
            // Blank lines, then a line going on in lower case.
            let mut ahead = lines.clone();
            let mut blanks = 0;
            while ahead.peek().is_some_and(|next| next.trim().is_empty()) {
                ahead.next();
                blanks += 1;
            }
            if blanks > 0
                && ahead.peek().is_some_and(|next| next.trim_start().starts_with(char::is_lowercase))
            {
                for _ in 0..blanks {
                    lines.next();
                }
                out.push(' ');
                continue;
            }
        }
        out.push('\n');
    }
    out
}

/// Whether the section was opened by a line that asks and ends in a colon
/// ("… you should be able to demonstrate the following:"), and whether the
/// short lines it opens have begun.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Led {
    No,
    Opened,
    Listing,
}

/// Whether a requirement is a personal quality ("Excellent communication
/// skills", "Team player", "Attention to detail"): every word of its name
/// is a word of one, or a stop word.
pub fn is_personal_quality(requirement: &Requirement) -> bool {
    if !matches!(requirement.need, Need::Phrases(_) | Need::Each { .. }) {
        return false;
    }
    let mut lower = requirement.name.to_lowercase();
    // "Meet deadlines (Time management)": phrases of words that alone name
    // no quality ("time", "management").
    let mut named = false;
    for phrase in tables::PERSONAL_QUALITY_PHRASES {
        if lower.contains(phrase) {
            lower = lower.replace(phrase, " ");
            named = true;
        }
    }
    // "Inter-personal skills", "self-motivated": a hyphenated word is one
    // of them written whole or made of them.
    let quality = |word: &str| {
        tables::PERSONAL_QUALITY_WORDS.contains(&word.replace('-', "").as_str())
            || word.split('-').all(|part| tables::PERSONAL_QUALITY_WORDS.contains(&part))
    };
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|word| word.trim_matches('-'))
        .filter(|word| !word.is_empty() && !words::is_stop_word(word))
        .peekable();
    (named || words.peek().is_some()) && words.all(quality)
}

/// The text of a short question standing alone on its line ("What to
/// expect?", "Who are we looking for?", "What's it like to work here?"),
/// which heads what follows: at most
/// eight words, opening with a question word, not a list item.
fn question_heading(line: &str) -> Option<&str> {
    let text = line.trim().trim_matches('*').trim();
    let question = text.strip_suffix('?')?;
    let words = question.split_whitespace().count();
    // "What's it like to work here?": a question word may carry its verb.
    let first = question.split_whitespace().next()?.to_ascii_lowercase();
    let first = first.split('\'').next().unwrap_or_default();
    let opens = ["what", "who", "how", "why", "when", "where", "which"].contains(&first);
    (opens && words <= 8 && layout::list_item(line).is_none()).then_some(question)
}

/// Whether a line leads the list items after it: no list item or heading
/// itself, at most eight words, breaking off on a stop word ("You will",
/// "We're looking for someone who", "Candidates should"), the next line
/// that is not blank a list item.
fn leads_a_list(line: &str, after: &[&str]) -> bool {
    // Stop words a phrase may end on: "Excel etc", "and others", "as well".
    const ENDS_A_PHRASE: &[&str] = &[
        "all", "etc", "here", "max", "min", "more", "other", "others", "out", "over", "there", "up", "well",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words.last().map(|word| word.to_ascii_lowercase()).unwrap_or_default();
    (1..=8).contains(&words.len())
        && !ENDS_A_PHRASE.contains(&last.as_str())
        && layout::list_item(line).is_none()
        && layout::heading(line).is_none()
        && last.chars().all(char::is_alphabetic)
        && words::is_stop_word(&last)
        && after.iter().find(|next| !next.is_empty()).is_some_and(|next| layout::list_item(next).is_some())
}

/// Whether a line speaks of what will be ("You will also", "You'll"): a lead
/// of more duties, not of what is asked.
fn speaks_of_what_will_be(line: &str) -> bool {
    line.to_ascii_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|word| word == "will" || word.ends_with("'ll"))
}

/// A question heading that asks who the employer is ("Who are NHS
/// Professionals?"), not who the candidate is ("Who are you?", "Who are we
/// looking for?", "Who is this role for?"). "What is the role?" heads the
/// job.
fn asks_who_the_employer_is(question: &str) -> bool {
    let lower = question.to_ascii_lowercase();
    ["who are ", "who is "].iter().any(|lead| lower.starts_with(lead))
        && !["you", "looking", "seeking", "need", "role", "job", "position", "for"]
            .iter()
            .any(|word| lower.split_whitespace().any(|it| it == *word))
}

/// A sentence of prose whose first words name the employer: two words of
/// the posting's header but the title's ("NHS Professionals (NHSP), owned
/// by …", not "As a Staff Nurse you will …" under a repeated title) or "the
/// Trust", "the company" ("Overall, the Trust has around 6,000 … staff").
fn names_the_employer(sentence: &str, header: &BTreeSet<Unit>, title: &[Unit]) -> bool {
    const EMPLOYER_NOUNS: &[&str] =
        &["company", "firm", "group", "hospital", "organisation", "organization", "trust"];
    let opening: Vec<&str> = sentence.split_whitespace().take(5).collect();
    let lower: Vec<String> = opening
        .iter()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
        .collect();
    lower.windows(2).any(|pair| pair[0] == "the" && EMPLOYER_NOUNS.contains(&pair[1].as_str())) || {
        let named = units::content_units(&opening.join(" "));
        named.iter().filter(|unit| header.contains(unit) && !title.contains(unit)).count() >= 2
    }
}

/// A line with a question heading run onto its end, apart: the line's text
/// and the question's. After a full stop ("… as required.  What will I be
/// doing?"), or glued to a list item with a capital question word ("•
/// Previous experience in cash handling What will it be like to work for
/// Hilton?").
fn trailing_question(line: &str) -> Option<(&str, &str)> {
    if !line.ends_with('?') {
        return None;
    }
    let sentences = layout::sentences(line);
    let last = *sentences.last()?;
    let at = line.rfind(last)?;
    if let Some(question) = question_heading(last) {
        let body = line[..at].trim_end();
        return (layout::list_item(line).is_none() && body.ends_with(['.', '!'])).then_some((body, question));
    }
    let glued = ["What", "Who", "How", "Why", "When", "Where", "Which"]
        .iter()
        .filter_map(|word| last.rfind(&format!(" {word} ")))
        .max()?;
    // Glued on, a question may be a little longer than one standing alone.
    let question = last[glued + 1..].trim_end_matches('?');
    (question.split_whitespace().count() <= 12).then_some((line[..at + glued].trim_end(), question))
}

/// Whether a sentence tells how things are for the employer or the people
/// in the job, rather than naming what is wanted: it opens with "Our"/"We"
/// or with people in a role ("Receptionists serving Hilton brands are always
/// working …") and says "is" or "are". "A proven track record in sales is
/// vital" and "Comfortable working with MS Excel" still ask.
fn tells(sentence: &str) -> bool {
    let lower = format!(" {} ", sentence.to_lowercase());
    let first = sentence.split_whitespace().next().unwrap_or_default();
    let about = tables::EMPLOYER_OPENERS.iter().any(|opener| lower.trim_start().starts_with(opener))
        || (first.ends_with('s') && words::is_role_noun(first));
    about && [" is ", " are ", " was ", " were "].iter().any(|verb| lower.contains(verb))
}

/// Whether a sentence asks something of the candidate: it addresses them, or
/// names what a candidate brings ("experience", "knowledge", "qualified"…).
pub(super) fn asks_of_the_candidate(sentence: &str) -> bool {
    // "… complete audits, as required": when needed, not asked for.
    let lower = sections::without_not_asking(&sentence.to_lowercase());
    tables::CANDIDATE_WORDS.iter().any(|word| lower.contains(word))
}

#[derive(Default)]
struct Reqs {
    items: Vec<Requirement>,
    /// The line being read is under a heading that says it asks
    /// (requirements, nice to have): only there are Title Case runs in
    /// prose items; elsewhere they are mostly names of the employer, its
    /// teams and places ("Corporate Information Team", "Royal Infirmary").
    under_asking_heading: bool,
    /// What the posting says of the job (see [`Read::job_text`]).
    job: String,
    /// How it asks for experience of the job without naming any ("Previous
    /// experience is essential"): of the role its title names.
    title_asked: Option<Importance>,
}

impl Reqs {
    /// Keeps a sentence that says what the job is.
    fn job(&mut self, sentence: &str) {
        self.job.push_str(sentence);
        self.job.push('\n');
    }

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
                existing.alternatives = requirement.alternatives;
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
        self.either(name, kind, importance, alternatives, Vec::new());
    }

    /// A phrase requirement the posting gives other ways to meet, `shown` in
    /// its own words ("Go", "Python" of "Go or Python"); an abbreviation the
    /// name defines adds both halves.
    fn either(
        &mut self,
        name: &str,
        kind: RequirementKind,
        importance: Importance,
        alternatives: Vec<Vec<Unit>>,
        shown: Vec<String>,
    ) {
        let mut alternatives = alternatives;
        let mut shown = shown;
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
        let mut halves = Vec::new();
        for (short, long) in words::acronym_pairs(name) {
            alternatives.push(units::units(short));
            alternatives.push(units::content_units(long));
            // In the posting's order: "Amazon Web Services (AWS)", "TMG (Threat …)".
            let (first, second) =
                if name.find(long) <= name.find(short) { (long, short) } else { (short, long) };
            halves.extend([first.to_owned(), second.to_owned()]);
        }
        shown.splice(0..0, halves);
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
        let alternatives = shown_alternatives(&name, shown);
        self.add(Requirement { name, kind, importance, need, alternatives });
    }
}

/// Alternatives as the recruiter reads them: trimmed, without the name
/// itself and without repeats (letter case ignored).
fn shown_alternatives(name: &str, shown: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for alternative in shown {
        let alternative = alternative.trim().trim_end_matches(['.', ',', ';', ':']).trim();
        let seen = |other: &str| other.eq_ignore_ascii_case(alternative);
        if !alternative.is_empty() && !seen(name) && !out.iter().any(|it| seen(it)) {
            out.push(alternative.to_owned());
        }
    }
    out
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
    let mut name = name.trim_end_matches('.').trim();
    // "Work independently and" of "… independently and cross-functionally":
    // no joining word left at the end.
    // "Experience in the OR" (the operating room) keeps its capitals.
    while let Some((rest, last)) = name.rsplit_once(' ')
        && ["and", "or"].contains(&last)
    {
        name = rest.trim_end_matches([',', ' ']);
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
