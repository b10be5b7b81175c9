//! Redaction: personal data in a resume's text replaced by stable placeholders.
//!
//! Hand-written scanners, no regex engine (the page's wasm stays small). Each
//! finds spans of one kind; a span never overlaps an earlier one, in this
//! order: emails, URLs and profile handles, dates of birth, protected
//! attributes, phones, street addresses, the candidate's name, what the
//! contact block lists under icons.
//!
//! - **email**: `local@domain.tld`.
//! - **url**: `http(s)://…`, `www.…`, known profile hosts (`linkedin.com/in/…`,
//!   `github.com/…`), bare domains with a common TLD written in lower case
//!   (`jane.dev`, not `ASP.NET`, not `socket.io`), `@handle`, `GitHub: handle`,
//!   once the name is known a path whose owner holds a part of it
//!   (`janedoe42/api-server`);
//!   a capitalised bare domain that names an employer ("Paixus.com"), or one
//!   whose name the text writes with a capital elsewhere ("Aclipt (aclipt.com)",
//!   "nBold.co"), holding no word of the candidate's name and after no label, stays,
//!   as does one after a company's name in an employer's field ("Компания: Яндекс yandex.ru").
//!   A scheme glued to words of a script without spaces starts a link
//!   ("拓展https://…"); a site under a country's code with a generic second
//!   level ("jane.com.np") is a bare domain.
//! - **date of birth**: only after a label ("Date of birth", "DOB", "Born",
//!   "geboren am", "Date et lieu de naissance", "Fecha de nacimiento",
//!   "GEB.", "Doğum Tarihi", "Syntynyt", "Дата на раждане", "родился", "생년월일"
//!   with its date in 년/월/일, a year of birth alone: "Godina rođenja 1992");
//!   unlabelled dates are dates of employment and stay. A place after the date
//!   ("… in Kirgisistan", "… à Dakar") goes with it; the label stays ("Date of
//!   birth: [DOB-1]"), a field's name and no one's data. Dates spaced as forms
//!   write them ("1996 - 04 - 17", dashes mixed: "1992 - 06 – 21") too.
//! - **personal** (issue #18): attributes fair screening withholds, their
//!   labels and values filled for the common CV languages (all EU languages,
//!   Russian, Ukrainian, Bulgarian, Serbian, Turkish, Arabic, Persian, Hebrew,
//!   Hindi, Bengali, Urdu, Indonesian and Malay, Vietnamese, Thai, Chinese,
//!   Japanese, Korean, Swahili, Tagalog): the value after a label (gender or
//!   sex, age, marital or family status, nationality or citizenship, religion,
//!   place of birth, photo, identity numbers), an age ("22 years old"), and a
//!   line that is only a marital status or a citizenship ("Ledig",
//!   "CH-Bürger"), an age said with a verb ("мне 21 год", "Imam 21 godinu",
//!   not "Mam 15 lat doświadczenia"), "years" alone in their field ("(22
//!   Tahun)", "17 років", "36 de ani"); under a heading of personal details a line that
//!   is only a date (a date of birth) or only nationality adjectives, and a
//!   date beside an age in brackets ("19/04/2003 (22 Tahun)") is the birth's.
//! - **phone**: 9 to 15 digits in groups (7 with a `+` or a "Phone"/"Tel"/"Mobile"
//!   label before it); runs that are years ("2018 2020"), dates (`2020-01-15`),
//!   IP addresses or versions are not phones; a number written whole before
//!   dates in a row a table flattened ("0991234567 09/2025 05/2026") is one.
//! - **address**: a house number next to a street word ("221B Baker Street",
//!   "Hauptstraße 12", "12 rue de la Paix", "Calle Mayor 5"), extended over the
//!   comma-separated city, state and postcode after it; or an "Address:" line.
//! - **name**: the lines that label it ("Name:", "Nom :", "Prénom", "Vorname",
//!   "Nombre", "Ime i prezime", "Vardas", in any script), the name beside a
//!   Europass CV's "PERSONAL INFORMATION" heading (in the template's
//!   languages), the name beside a gender or an age in its own field on the
//!   first lines ("高宇 / 男"; anywhere when nothing else names anyone, as a
//!   two-column layout may put the header last: "ИВАНОВ ПЁТР - 20 ЛЕТ"), a
//!   labelled name up to the next label a full-width colon glues ("姓名：… 性别：…"),
//!   else the first of the resume's first three
//!   lines that is two to four capitalised words, none a company's legal form
//!   ("Accendo S.A.S", "Acme GmbH" name employers) (or one letter-spaced word,
//!   "A B I S H E K"), not a heading, an award or a job title, else a line
//!   that reads as a name and shares a word with the local part of the
//!   resume's email (a repository's name in a link is no one's: the owner's
//!   part counts); a title before it ("Dr.") left out, a name the layout
//!   split over the first lines (the family names together on the last:
//!   "JOÃO" / "HENRIQUE" / "SANTANA LIMA"), a given name spaced around its
//!   hyphen ("Ioan - Cristian Vrabie"), a bracketed label ("【氏名】"), a
//!   name before the words that title the document ("… Resume"), a short
//!   line in a script without case above a contact line or above a heading
//!   over one ("معلومات التواصل:"), the first line (or the first under the
//!   document's title, "السيرة الذاتية", or the blessing "בס״ד") in a script
//!   without case with a phone or an email in the first twenty lines (a short
//!   form in brackets after it the same person's), a first line that is only
//!   a Chinese name in a CV with contact data, or two to four Korean or
//!   Chinese characters spaced apart over contact data ("김 민 준"); every later mention of the full name or
//!   of one of its parts (three letters or more), an author list's initial
//!   before it ("A. Bertolazzi") too, and the initials a Vancouver-style list
//!   puts after it with no comma ("Lemos TC", "Senior G.M.", the first an
//!   initial of another part of the name), a line that is only a name and
//!   holds two mentions, written out in full ("Jane Mary Roe Smith"); titles written together before a
//!   name ("Doç.Dr.") are no part of it. Also another person's name after a
//!   label of their role ("Referee:", "经理：") or a title ("Mr. …", "Δρ. …"), or in a
//!   line under a "Referees" heading with contact data below it or beside
//!   it (two names side by side in two columns; a name, a dash and the
//!   employer, a phone on the line or under it: "Jane Roe - Acme"), in the
//!   rows of a table whose header puts a referee's column right before the
//!   phone's ("Jefe Inmediato Teléfono") the words right before the phone, and
//!   wherever else it stands. A name in Cyrillic or Greek counts as sharing
//!   a word with the email when a transliteration spells it ("Коваль" and
//!   `olenakoval`, `script`), and its Latin spelling elsewhere is the
//!   same name ("Papadaki I." for "Παπαδάκη"); a name on the first line
//!   before a job title ("Jane Roe Junior developer") is the header's; an
//!   accent drawn as a mark of its own ("Dupre\u{301}") is part of its word.
//! - **Japanese 履歴書** (`japanese`): 〒 postcodes, address cells and their
//!   kana readings.
//! - **contact block** (last, from what the others found): under icons, with
//!   no label, a lone handle on a contact line (or after an icon's name,
//!   "Github sssungmin"), a postcode and town among its fields ("Crestwood, Il
//!   60418"), and beside contact lines a date alone (a date of birth, a place
//!   after it) or a house number and street or a postcode and town (an address).
//!
//! Placeholders: `[EMAIL-1]`, `[PHONE-1]`, `[URL-1]`, `[ADDRESS-1]`, `[DOB-1]`,
//! `[PERSONAL-1]`, numbered per kind in order of first appearance, the same original always
//! getting the same number; the candidate's name is always `[NAME]`, another
//! person's (a referee's, after a label of their role) `[NAME-2]`, `[NAME-3]`, ….
//!
//! [`withhold_protected`] replaces only dates of birth and protected
//! attributes: what goes when the recruiter turns redaction off, and what
//! the local analyser reads in Private mode.
//!
//! - **signals that do not hang on one CV's wording** (`spelled_name`): with
//!   no name found otherwise, a run of words anywhere that an email's local
//!   part (its domain behind "contact@") or a profile's owner spells whole,
//!   word by word or by initials ("davidjmabreu" ↔ "David José Martins
//!   Abreu"); relatives, given names of their own before the candidate's
//!   family name on a line naming the relation or alone under a family's or
//!   referees' heading, withheld as other people (`[NAME-2]`).
//!
//! - **labels and values the extraction put apart** (`label_columns`, after
//!   the protected attributes): a label alone on its line owns the short
//!   line under it ("MILITARY STATUS" / "Completed"); a column of labels
//!   ("Naam:" / "Adres:" / …) followed by a line that stands again later has
//!   its values right before that second line, in order; a label matches
//!   with letters a lost ligature dropped ("Na\u{FFFD}onaliteit").
//! - the contact block also takes, with no street word, a postcode and its
//!   town in the header or beside contact data, with the line's parts before
//!   it back to a house number ("Gneisenaustr.9, 44147 Dortmund"), a
//!   day and month alone among a contact line's fields ("Noviembre 23"),
//!   and a full date of a birth year that starts a line of contact data with
//!   no separator before its email or phone ("14 Nov 2001 jane@x.io"); a
//!   word with a capital that is the name of one of the CV's sites is the
//!   organisation's, no handle ("Elite-RS" beside "https://elite-rs.cz").
//!
//! One file a scanner (`email`, `url`, `date_of_birth`, `personal`, `label_columns`, `phone`,
//! `address`, `name`, `spelled_name`, `contact_block`); the word lists they match against are in `tables`;
//! `script` reads Cyrillic and Greek words in Latin letters for `name` and `spelled_name`. This file
//! holds the types, the placeholders and the order the scanners run in.

use serde::{Deserialize, Serialize};

mod address;
mod contact_block;
mod date_of_birth;
mod email;
mod japanese;
mod label_columns;
mod name;
mod personal;
mod phone;
mod script;
mod spelled_name;
mod tables;
mod url;

/// What kind of personal data a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    Email,
    Phone,
    Url,
    Address,
    DateOfBirth,
    Name,
    /// A protected attribute: gender, age, marital status, nationality,
    /// religion, place of birth, photo, an identity number (issue #18).
    Personal,
}

impl PiiKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [Self; 7] =
        [Self::Email, Self::Phone, Self::Url, Self::Address, Self::DateOfBirth, Self::Name, Self::Personal];

    /// The placeholder's tag: `EMAIL` in `[EMAIL-1]`.
    pub const fn tag(self) -> &'static str {
        match self {
            Self::Email => "EMAIL",
            Self::Phone => "PHONE",
            Self::Url => "URL",
            Self::Address => "ADDRESS",
            Self::DateOfBirth => "DOB",
            Self::Name => "NAME",
            Self::Personal => "PERSONAL",
        }
    }

    /// The wire name, as serde writes it.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Url => "url",
            Self::Address => "address",
            Self::DateOfBirth => "date_of_birth",
            Self::Name => "name",
            Self::Personal => "personal",
        }
    }
}

/// How many spans of each kind were replaced (occurrences, not distinct values).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PiiCounts {
    pub email: usize,
    pub phone: usize,
    pub url: usize,
    pub address: usize,
    pub date_of_birth: usize,
    pub name: usize,
    /// Protected attributes (issue #18); absent from records written before it.
    #[serde(default)]
    pub personal: usize,
}

impl PiiCounts {
    /// The count of one kind.
    pub const fn get(&self, kind: PiiKind) -> usize {
        match kind {
            PiiKind::Email => self.email,
            PiiKind::Phone => self.phone,
            PiiKind::Url => self.url,
            PiiKind::Address => self.address,
            PiiKind::DateOfBirth => self.date_of_birth,
            PiiKind::Name => self.name,
            PiiKind::Personal => self.personal,
        }
    }

    fn add(&mut self, kind: PiiKind) {
        match kind {
            PiiKind::Email => self.email += 1,
            PiiKind::Phone => self.phone += 1,
            PiiKind::Url => self.url += 1,
            PiiKind::Address => self.address += 1,
            PiiKind::DateOfBirth => self.date_of_birth += 1,
            PiiKind::Name => self.name += 1,
            PiiKind::Personal => self.personal += 1,
        }
    }

    /// All kinds together.
    pub const fn total(&self) -> usize {
        self.email + self.phone + self.url + self.address + self.date_of_birth + self.name + self.personal
    }
}

/// One placeholder and the original it stands for. The mapping stays in the tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedactionEntry {
    pub placeholder: String,
    pub original: String,
    pub kind: PiiKind,
}

/// A redacted text and how to read it back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// The text with every span replaced by its placeholder.
    pub text: String,
    /// One entry a distinct original, in order of first appearance.
    pub entries: Vec<RedactionEntry>,
    pub counts: PiiCounts,
}

impl Redaction {
    /// Puts the originals back into a text that quotes placeholders (an
    /// analysis's evidence), for display in the tab.
    pub fn restore(&self, text: &str) -> String {
        let mut out = text.to_owned();
        // Longest placeholders first: [EMAIL-10] before [EMAIL-1].
        let mut entries: Vec<&RedactionEntry> = self.entries.iter().collect();
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.placeholder.len()));
        for entry in entries {
            out = out.replace(&entry.placeholder, &entry.original);
        }
        out
    }
}

/// A found span: byte range and kind.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    kind: PiiKind,
}

/// The candidate's name as [`redact`] finds it (a "Name:" line, else the
/// header), without scanning for the rest: cheap enough for the page's
/// thread (issue #19 shows it in the results table).
pub fn candidate_name(text: &str) -> Option<String> {
    name::candidate_name(text).map(|found| found.display)
}

/// Redacts a text. See the module documentation for the rules.
pub fn redact(text: &str) -> Redaction {
    replace(text, false)
}

/// Replaces only dates of birth and protected attributes: what fair
/// screening withholds even when contact data may go.
pub fn withhold_protected(text: &str) -> Redaction {
    replace(text, true)
}

fn replace(text: &str, protected_only: bool) -> Redaction {
    let mut spans: Vec<Span> = Vec::new();
    // Where other people's names start: they keep their own text.
    let mut others: std::collections::HashSet<usize> = std::collections::HashSet::new();
    // Spans never overlap: by their starts, the one before a new span's end is the only one it may meet.
    let add = |found: Vec<Span>, spans: &mut Vec<Span>| {
        let mut taken: std::collections::BTreeMap<usize, usize> =
            spans.iter().map(|s| (s.start, s.end)).collect();
        for span in found {
            let meets = taken.range(..span.end).next_back().is_some_and(|(_, &end)| end > span.start);
            if span.start < span.end && !meets {
                taken.insert(span.start, span.end);
                spans.push(span);
            }
        }
    };
    if !protected_only {
        add(email::emails(text), &mut spans);
        add(email::spelled_out_emails(text), &mut spans);
        add(url::urls(text), &mut spans);
    }
    add(date_of_birth::dates_of_birth(text), &mut spans);
    add(personal::protected_attributes(text), &mut spans);
    add(
        label_columns::label_columns(text)
            .into_iter()
            .filter(|span| !protected_only || span.kind != PiiKind::Address)
            .collect(),
        &mut spans,
    );
    let name = if protected_only { None } else { name::candidate_name(text) };
    // "Paixus.com Co-founder": an employer's domain that holds no word of the name stays.
    // (The first few links only: each is looked for in the whole text, and a CV gives a handful.)
    if let Some(name) = &name {
        let mut links = 0;
        spans.retain(|s| {
            if s.kind != PiiKind::Url {
                return true;
            }
            links += 1;
            !(links <= ORGANISATION_DOMAINS_READ
                && url::is_organisation_domain(text, s.start, s.end, &name.display))
        });
    }
    // "karimbdh/ncc-2025": a path whose owner holds a part of the name.
    if let Some(name) = &name {
        add(url::owner_paths(text, &name.display), &mut spans);
    }
    if !protected_only {
        add(phone::phones(text), &mut spans);
        // A flat's number and postcode the phone scanner read as digits
        // ("ap 504 91330-020") belong to the address that covers them whole.
        let streets = address::addresses(text);
        for street in &streets {
            let inside = |s: &Span| street.start <= s.start && s.end <= street.end;
            let overlaps = |s: &Span| s.start < street.end && street.start < s.end;
            if spans.iter().filter(|s| overlaps(s)).all(|s| s.kind == PiiKind::Phone && inside(s)) {
                spans.retain(|s| !overlaps(s));
            }
        }
        add(streets, &mut spans);
        add(japanese::addresses(text), &mut spans);
        // Referees first: "Referencia, Ana Ruiz Soto" keeps its own placeholder
        // when it shares a family name with the candidate; what a mention of
        // the candidate's name covers whole is the candidate's.
        let mentions = name.as_ref().map(|name| name::name_mentions(text, name)).unwrap_or_default();
        // Relatives: the candidate's family name after given names of their own.
        let relatives =
            name.as_ref().map(|name| spelled_name::relatives(text, &name.display)).unwrap_or_default();
        let mut referees: Vec<Span> = name::referee_names(text)
            .into_iter()
            .chain(relatives)
            .filter(|referee| !mentions.iter().any(|m| m.start <= referee.start && referee.end <= m.end))
            .collect();
        // A referee's full name stands elsewhere too (a co-author list): withheld there as well.
        let mut elsewhere = Vec::new();
        for referee in &referees {
            let form = &text[referee.start..referee.end];
            if form.split_whitespace().count() >= 2 {
                name::whole_mentions(text, form, &mut elsewhere);
            }
        }
        let elsewhere: Vec<Span> = elsewhere
            .into_iter()
            .filter(|span| {
                !mentions.iter().any(|m| m.start < span.end && span.start < m.end)
                    && !referees.iter().any(|r| r.start < span.end && span.start < r.end)
            })
            .collect();
        referees.extend(elsewhere);
        let before = spans.len();
        add(referees, &mut spans);
        others = spans[before..].iter().map(|span| span.start).collect();
        add(mentions, &mut spans);
        let unlabelled = contact_block::contact_block(text, &spans);
        // A street named after a person ("128 Nguyễn Trãi"), a handle that holds the name
        // ("Paolo-07"): the address or the handle takes the name's words.
        for found in &unlabelled {
            spans.retain(|s| !(s.kind == PiiKind::Name && found.start <= s.start && s.end <= found.end));
        }
        add(unlabelled, &mut spans);
    }
    spans.sort_by_key(|span| span.start);
    // A title before a name goes with it ("Mrs", "Herr", "Dr."): where the
    // name starts without it, for the placeholder's key.
    let mut untitled: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (old, new) in name::take_titles(text, &mut spans) {
        if others.remove(&old) {
            others.insert(new);
        }
        untitled.insert(new, old);
    }

    let mut out = String::with_capacity(text.len());
    let mut entries: Vec<RedactionEntry> = Vec::new();
    // Each entry's index by what it stands for (kind, original, another person's name or not),
    // and how many entries each kind has: a long text's many spans are each looked up once.
    let mut index: std::collections::HashMap<(PiiKind, String, bool), usize> =
        std::collections::HashMap::new();
    let mut per_kind: std::collections::HashMap<PiiKind, usize> = std::collections::HashMap::new();
    let mut other_names = 0;
    let mut counts = PiiCounts::default();
    let mut last = 0;
    for span in spans {
        out.push_str(&text[last..span.start]);
        let other = span.kind == PiiKind::Name && others.contains(&span.start);
        let original = if span.kind == PiiKind::Name && !other {
            name.as_ref().map(|name| name.display.clone()).unwrap_or_default()
        } else {
            text[span.start..span.end].to_owned()
        };
        // "Mr. Peter Odhiambo" and "Peter Odhiambo" are one person.
        let keyed = match untitled.get(&span.start) {
            Some(&start) if other => text[start..span.end].to_owned(),
            _ => original.clone(),
        };
        let key = (span.kind, keyed, span.kind == PiiKind::Name && other);
        let placeholder = match index.get(&key) {
            Some(&at) => entries[at].placeholder.clone(),
            None => {
                let placeholder = if span.kind == PiiKind::Name && !other {
                    "[NAME]".to_owned()
                } else if other {
                    other_names += 1;
                    format!("[NAME-{}]", other_names + 1)
                } else {
                    let n = per_kind.entry(span.kind).or_insert(0);
                    *n += 1;
                    format!("[{}-{n}]", span.kind.tag())
                };
                index.insert(key, entries.len());
                entries.push(RedactionEntry { placeholder: placeholder.clone(), original, kind: span.kind });
                placeholder
            }
        };
        out.push_str(&placeholder);
        counts.add(span.kind);
        last = span.end;
    }
    out.push_str(&text[last..]);
    Redaction { text: out, entries, counts }
}

// ---------------------------------------------------------------- helpers

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Whether `start..end` is a whole word: no letter or digit touches it.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    !prev_char(text, start).is_some_and(char::is_alphanumeric)
        && !next_char(text, end).is_some_and(char::is_alphanumeric)
}

/// How many links are read as an employer's domain that stays ("Paixus.com"):
/// each is looked for in the whole text; the others are withheld.
const ORGANISATION_DOMAINS_READ: usize = 64;

/// The words of a line split at single spaces, each with its byte offset.
fn words_at(line: &str) -> Vec<(usize, &str)> {
    line.split(' ')
        .scan(0, |at, word| {
            let here = *at;
            *at += word.len() + 1;
            Some((here, word))
        })
        .filter(|(_, word)| !word.is_empty())
        .collect()
}

/// The lines of `text` (split at `\n`), each with the byte offset it starts at.
fn lines_at(text: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    text.split('\n')
        .map(|line| {
            let start = at;
            at += line.len() + 1;
            (start, line)
        })
        .collect()
}

/// Where `label` ends at the start of `line`, its characters apart by
/// spaces or not, as forms letter-space a label ("氏 名", "現 住 所");
/// only labels in scripts without spaces between words are read so.
fn spaced_label_end(line: &str, label: &str) -> Option<usize> {
    if label.is_ascii() {
        return line.starts_with(label).then_some(label.len());
    }
    let mut at = 0;
    for (i, c) in label.chars().enumerate() {
        if i > 0 {
            at = line.len() - line[at..].trim_start_matches([' ', '\u{3000}']).len();
        }
        if !line[at..].starts_with(c) {
            return None;
        }
        at += c.len_utf8();
    }
    Some(at)
}

/// A bilingual label's other half skipped ("Jenis Kelamin / Gender : …",
/// "Nom / Name: …"): `rest` (what follows the first half) from the colon
/// on, when a slash and one to four words of letters stand before it; else
/// `rest` as it is.
fn skip_translation(rest: &str) -> &str {
    let Some(after) = rest.trim_start().strip_prefix('/') else { return rest };
    let Some(colon) = after.find([':', '：']) else { return rest };
    let between = &after[..colon];
    let words = between.split_whitespace().count();
    if (1..=4).contains(&words) && between.chars().all(|c| c.is_alphabetic() || " .'’-".contains(c)) {
        &after[colon..]
    } else {
        rest
    }
}

/// Where the second half of a bilingual label starts, when the first is
/// one the scanners do not know: "Status Marital / Marital Status : …" →
/// the offset of "Marital Status". One to four words of letters, then " / ",
/// then a colon further on.
fn translated_label_at(line: &str) -> Option<usize> {
    let slash = line.find(" / ")?;
    let colon = line.find([':', '：'])?;
    let head = &line[..slash];
    let words = head.split_whitespace().count();
    (slash < colon
        && (1..=4).contains(&words)
        && head.chars().all(|c| c.is_alphabetic() || " .'’-".contains(c)))
    .then_some(slash + 3)
}

/// The text in lower case, letter for letter where that keeps each letter's
/// length in bytes (Cyrillic, Greek, accented Latin), so offsets in it are
/// offsets in `text`: "Дата рождения" → "дата рождения".
fn lower_same_len(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// Whitespace-separated tokens with their byte ranges.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A token's range without the punctuation that wraps it in prose.
fn trim_token(text: &str, (mut start, mut end): (usize, usize)) -> (usize, usize) {
    const OPEN: &[u8] = b"([<{\"'";
    const CLOSE: &[u8] = b".,;:!?)]>}\"'";
    let bytes = text.as_bytes();
    while start < end && OPEN.contains(&bytes[start]) {
        start += 1;
    }
    while end > start && CLOSE.contains(&bytes[end - 1]) {
        end -= 1;
    }
    (start, end)
}

#[cfg(test)]
mod tests;
