//! The candidate's name: found where the CV marks it as the name, then every
//! mention of it, whole or in parts.
//!
//! Where a CV marks its name, in this order:
//! - lines that label it ("Name:", "Nom :", "Prénom :", "Vorname:",
//!   "Nombre:", "姓名："), in any script; a first name and a family name on
//!   two lines make one name;
//! - the first of the first three lines that reads as a name: two to four
//!   capitalised words, not a heading, an award or a job title ("Jane Doe |
//!   Engineer", "JANE DOE Email: …"), or one word letter-spaced ("A B I S H E
//!   K"); a name in brackets after it ("Jane Doe（张三）", "MINH (KEVIN) TRAN")
//!   is the same person's;
//! - else a line (or two one-word lines in a row, as a two-column layout
//!   leaves them) that reads as a name and shares a word with the local part
//!   of the CV's email ("Vinh Phạm Quốc" and `phquocvinh282@…`);
//! - either way, a given name alone on the line before goes with the name
//!   when the email holds it too ("MARTIN" / "QUISPE HUAMAN").
//!
//! Also in the header (issue #18, second round): a title before the name is
//! not part of it ("Dr.", "Prof.", "Dipl.-Ing."); a first line of one word
//! and a second of one word are one name split by the layout ("Dr. Dmitry" /
//! "Kovalchuk"); a name may be followed by what titles the document ("Jane
//! Doe CV", "Ravi K Updated Resume", a portal banner glued to it as in
//! "Ravi KFeatured Resume") or preceded by them ("Curriculum Vitae – Jane
//! Doe", "Lebenslauf von Max Weber"); in a script without letter case (Chinese,
//! Arabic, Devanagari, …) a short line right above a line of contact data is
//! the name.
//!
//! Third round (issue #18): labels in more languages ("NOME:", "Ad Soyad:")
//! and a table of fields without colons ("Nom Ali" / "Prénom Awa", when a
//! line beside it is a field too); in the header, a part in lower case that
//! the email holds ("Ravi kumar"), a name written with a comma that the email
//! confirms ("Minho, Park"), a name the layout broke after its particle ("JAN
//! VAN" / "DAMME"), initials glued to the given name ("K.M.NIMAL PERERA");
//! and the parts written together ("MinaSong") wherever they stand.
//!
//! Other people's names (a referee, a supervisor) are found only after a
//! label that names their role ("Referee:", "Ansprechpartner:", "经理：",
//! "Referencia Profesional, …"), or on a line of their own above their
//! email, whose local part holds a word of the name, or after a person's
//! title at the start of a line ("Mr. Kiprono Onyango", "Dr. Amina Yusuf - …"):
//! in a cased script two to four capitalised words, in Chinese two or three
//! characters led by a common family name. They get placeholders of their
//! own, `[NAME-2]`, `[NAME-3]`, …, and a full one is withheld wherever
//! else it stands (a co-author list).
//! An initial may stand for one part of a name ("Raghavendra K"). A part is
//! also found without its accents ("Nguyen" for "Nguyễn"), and with the
//! initial a citation puts after it ("Ravid, A.").
//!
//! Seventh round (issue #18, classes of a held-out set's misses): labels in
//! Hungarian, Slovak, Czech, Dutch, Swedish, Persian, Arabic and Hebrew, and
//! two labels joined by a comma before the family and the given name ("Name,
//! Vorname: Roe, Jane"); the first line in a script with spaces but no case
//! (Arabic, Persian, Hebrew) with an email in the first lines; two one-word
//! lines that each share four letters in a row with the email, as a
//! transliteration does ("HALYNA" / "CHERNOBYTKO", `galinacernobitko`); a
//! name that starts a line of prose, two of its words in the email; a family
//! name alone on the line under a two-word name, above the contact data;
//! referees under a qualified heading ("Referencias personales") on lines
//! "Title Name : number"; initials written together before a part ("R.C.A.").
//! Also a name introduced in a sentence ("My name is …", "Je m'appelle …"),
//! a given name abbreviated as South Asian CVs write it ("Md.", "Mst."), and
//! Thai and Devanagari names, whose vowels are marks beside the letters; after
//! a title, a name followed by its role on the line ("Professor Dr. Jane Roe
//! Course Teacher"); a name in lower case that starts the first line, its
//! first word in the CV's email or site ("tarek hossain Junior teacher").
//!
//! Eighth round (issue #18): a contact item (an email, a link, "+44 …")
//! ends the header's name; "I'm" / "I am" introduce one; a Chinese name
//! before a form's field on the first line ("王小明 求职意向： …"); the label
//! "名前"; a nickname after its label is one more form of the name
//! ("Nickname: JL"); a referee on the line of the heading ("References Jane
//! Roe"), and after academic titles ("Dr. rer. nat. habil.", "Associate
//! Professor."). With no name found, `spelled_name` reads it off the
//! handles. Initials between two mentions join them ("Otávio S Brandelli").
//!
//! Ninth round (issue #18, classes of the eleventh held-out set's misses): a
//! word in Cyrillic or Greek is in the email when its transliteration is
//! (`script`: "Ιωάννα" and `ioannapapadaki`), and a part of the name spelled
//! in the other script is a mention ("Papadaki I." for "Ιωάννα Παπαδάκη",
//! "Айгерим" for "Aigerim"); behind a local part that names nobody
//! ("mail@") the email's domain is a handle, and a link's file name
//! ("courses.html") is none; a name on the first line before a job title
//! ("Олена Коваль Junior Frontend developer"); under a referees' heading
//! (now also Turkish, Portuguese, Italian, Greek, Russian and Ukrainian) a
//! line that starts an entry with a name, a dash and an employer or a role,
//! a phone on the line or under it ("Jane Roe - Acme - 310 …"), years
//! ("2019 - 2023") being no contact data; in a table flattened into rows,
//! under a header that puts a referee's column right before the phone's
//! ("… Jefe Inmediato Teléfono …"), the name right before each row's
//! phone; titles in Greek and Cyrillic
//! ("Δρ.", "Проф."); combining accents inside a name's word; a dotted
//! capital I lower-cased without its dot ("ÜNİVERSİTESİ"). In a script
//! without case, the first line (after the document's title or the blessing
//! "בס״ד") with a phone as well as an email near it, its short form in
//! brackets; a first line that is only a Chinese name ("王小明" over
//! "应聘前端工程师"); a Korean or Chinese name spaced out ("김 민 준"). A
//! line that is only a name and holds two mentions is the name written out
//! in full ("Jane Mary Roe Smith" for "Jane Roe"): it goes whole.
//!
//! Elsewhere a word is redacted only as a mention of that name.

use unicode_normalization::UnicodeNormalization;

use super::tables::{
    ADDRESS_LABELS, AGE_PHRASES, AGE_WORDS_ALONE, CHINESE_FAMILY_NAMES, CONTACT_LABEL_WORDS, DOB_LABELS,
    DOCUMENT_NOUNS, DOCUMENT_QUALIFIERS, FILE_EXTENSIONS, FIRST_NAME_LABELS, GENERIC_LOCAL_PARTS,
    HANDLE_LABELS, HONORIFICS, JAPANESE_FIELD_WORDS, JAPANESE_READING_LABELS, NAME_LABELS, NAME_PARTICLES,
    NAME_SUFFIXES, NOT_NAME_WORDS, ORGANISATION_WORDS, PERSONAL_LABELS, PERSONAL_LINE_WORDS, REFEREE_LABELS,
    REFEREE_QUALIFIERS, UNCASED_HEADINGS,
};
use super::tables::{
    COMPANY_FORMS, NAME_ABBREVIATIONS, NICKNAME_LABELS, PERSONAL_INFORMATION_HEADINGS, PHONE_LABELS,
    SELF_INTRODUCTIONS, TITLE_QUALIFIERS, UNDOTTED_COMPANY_FORMS, WEAK_SELF_INTRODUCTIONS,
};
use super::{
    PiiKind, Span, email, is_whole_word, lines_at, phone, skip_translation, spaced_label_end,
    translated_label_at, url, words_at,
};

/// The candidate's name as the CV writes it, and every form of it to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CandidateName {
    /// What the placeholder stands for (the mapping's original).
    pub display: String,
    /// Whole forms to find: the name, without and with its bracketed alias,
    /// the alias alone.
    forms: Vec<String>,
}

impl CandidateName {
    fn new(display: &str) -> Self {
        let display = display.trim();
        let (base, aliases) = without_brackets(display);
        let mut forms = vec![display.to_owned(), base];
        forms.extend(aliases);
        forms.retain(|form| !form.trim().is_empty());
        forms.dedup();
        Self { display: display.to_owned(), forms }
    }
}

/// The candidate's name; see the module documentation. A nickname the CV
/// gives after its label ("Nickname: JL") is one more form of it.
pub(super) fn candidate_name(text: &str) -> Option<CandidateName> {
    let mut name = found_name(text)?;
    name.forms.extend(nicknames(text));
    Some(name)
}

/// The value after a nickname's label: one or two words of letters.
fn nicknames(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for label in NICKNAME_LABELS {
        for (at, _) in lower.match_indices(label) {
            let end = at + label.len();
            if prev_is_letter(text, at) {
                continue;
            }
            // "Autodesk Alias: Class A Surfacing": "alias" is a label only where a field starts.
            let field_start = text[..at].trim_end_matches([' ', '\t']).chars().next_back();
            if *label == "alias" && field_start.is_some_and(|c| !"\n|,;·•".contains(c)) {
                continue;
            }
            let Some(value) = text[end..].trim_start().strip_prefix([':', '：']) else { continue };
            let value = value.split(['\n', '|', ',', ';']).next().unwrap_or_default();
            let words: Vec<&str> =
                value.split_whitespace().take_while(|w| !w.ends_with(':')).take(2).collect();
            let nick = words.join(" ");
            if !words.is_empty()
                && nick.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && nick.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                out.push(nick);
            }
        }
    }
    out
}

fn found_name(text: &str) -> Option<CandidateName> {
    if let Some(name) = labelled_name(text)
        .or_else(|| europass_name(text))
        .or_else(|| name_beside_gender(text, 5, true))
        .or_else(|| introduced_name(text, SELF_INTRODUCTIONS, false))
    {
        return Some(name);
    }
    let locals = email_locals(text);
    let header = header_name(text);
    // "I'm Amara Otieno, a counsellor." read as the header: the name the sentence introduces.
    if let Some(found) = &header
        && let Some(introduced) = introduced_name(text, WEAK_SELF_INTRODUCTIONS, true)
        && found.display.contains(&introduced.display)
    {
        return Some(introduced);
    }
    match header {
        // A header line the emails and profiles share no word with, when
        // another line's name is in them, was a place or a heading:
        // "Presidente Epitácio" above … "JOÃO PEDRO" / "MACEDO TAVARES".
        // A name right above its own email is a referee's, not this one.
        // A header in a script the emails cannot spell ("Павел Кустарев") is kept.
        Some(header)
            if header.display.split_whitespace().any(|word| folded(word).chars().count() >= 3)
                && !header.display.split_whitespace().any(|word| in_locals(word, &locals)) =>
        {
            let referees = names_above_their_email(text);
            let near = name_near_email(text).filter(|near| {
                !referees.iter().any(|span| near.display.starts_with(&text[span.start..span.end]))
            });
            Some(near.map_or(header, |near| continued_below(text, near)))
        }
        Some(header) => Some(header),
        None => name_near_email(text)
            .map(|name| continued_below(text, name))
            .or_else(|| {
                super::spelled_name::name_spelled_by_handle(text).map(|name| CandidateName::new(&name))
            })
            .or_else(|| introduced_name(text, WEAK_SELF_INTRODUCTIONS, true))
            // A two-column layout may put the header last: "КОЗЛОВ ИВАН - Мужчина".
            .or_else(|| name_beside_gender(text, usize::MAX, false)),
    }
}

/// The name beside a Europass CV's first heading on its line: the template
/// prints "PERSONAL INFORMATION" (in the CV's language, in capitals) in its
/// left column and the name in the right one ("ЛИЧНА ИНФОРМАЦИЯ Jane Doe").
/// Two to four words that read as a name, in the first twenty lines.
fn europass_name(text: &str) -> Option<CandidateName> {
    text.lines().take(20).find_map(|line| {
        let line = line.trim();
        let lower = line.to_lowercase();
        if lower.len() != line.len() {
            return None;
        }
        let heading = PERSONAL_INFORMATION_HEADINGS.iter().find(|heading| {
            lower.starts_with(**heading)
                && line.get(..heading.len()).is_some_and(|head| head == head.to_uppercase())
        })?;
        let value = line[heading.len()..].trim();
        let words = value.split_whitespace().count();
        ((2..=4).contains(&words) && is_labelled_name(value) && is_name(value))
            .then(|| CandidateName::new(value))
    })
}

/// A name that a gender or an age stands beside in a field of its own on one
/// of the first `lines` lines: "高宇 / 男", "Jane Doe | Female", "ИВАНОВ
/// ПЁТР - 20 ЛЕТ". The attribute marks the other field as the person's; it must read as a name
/// (a Chinese family name and one or two characters, or capitalised words),
/// and name no employer ("Acme GmbH | 12 anos" is a duration). An age counts
/// when `ages` (on the first lines) or beside a name in capitals, a gender anywhere.
fn name_beside_gender(text: &str, lines: usize, ages: bool) -> Option<CandidateName> {
    text.lines().filter(|line| !line.trim().is_empty()).take(lines).find_map(|line| {
        let parts: Vec<&str> = line.split([' ', '|', '/']).filter(|p| !p.is_empty()).collect();
        let fields: Vec<&str> = line
            .split(['|', '/'])
            .flat_map(|field| field.split(" - ").flat_map(|f| f.split(" – ")))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        // Past the first lines an age counts beside a name in capitals, a
        // header's ("КОЗЛОВ ИВАН - 20 ЛЕТ"), not beside "Rio Branco | 30 anos".
        let capitals = fields.iter().any(|field| {
            let letters: Vec<char> = field.chars().filter(|c| c.is_alphabetic()).collect();
            !is_age_field(field) && letters.len() > 3 && letters.iter().all(|c| c.is_uppercase())
        });
        let attribute = |field: &&str| is_gender_word(field) || ((ages || capitals) && is_age_field(field));
        if !(2..=3).contains(&fields.len()) || parts.len() > 8 || !fields.iter().any(attribute) {
            return None;
        }
        fields.iter().find_map(|field| {
            let chinese = chinese_name_at(field).is_some_and(|(_, end)| end == field.len());
            let words = field.split_whitespace().count();
            let employer = field.split_whitespace().any(|w| {
                is_company_form(w, true)
                    || ORGANISATION_WORDS.contains(&w.trim_matches(['.', ',']).to_lowercase().as_str())
            });
            (chinese || (!employer && (2..=4).contains(&words) && is_name(field)))
                .then(|| CandidateName::new(field))
        })
    })
}

/// A field that is only an age of a working person (16 to 70): "20 лет",
/// "24 anos", "22 years old"; "12 anos" at a firm is a duration.
fn is_age_field(field: &str) -> bool {
    let lower = field.to_lowercase();
    let Some((number, word)) = lower.split_once(' ') else { return false };
    number.len() == 2
        && number.parse::<u32>().is_ok_and(|age| (16..=70).contains(&age))
        && (AGE_WORDS_ALONE.contains(&word) || AGE_PHRASES.contains(&word))
}

/// A name the CV introduces in a sentence: "My name is Jane Doe", "Je
/// m'appelle Marie Roux", "Меня зовут Анна Петрова": two to four words that
/// read as a name after the phrase. A `weak` phrase ("I am") as often
/// describes: two or three words then, ending the clause, none of them a
/// description ("I am Highly Motivated and eager", "I am Google Cloud
/// Certified").
fn introduced_name(text: &str, phrases: &[&str], weak: bool) -> Option<CandidateName> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    phrases
        .iter()
        .find_map(|phrase| {
            lower.match_indices(phrase).find_map(|(at, _)| {
                let end = at + phrase.len();
                if prev_is_letter(text, at) || !text[end..].starts_with(' ') {
                    return None;
                }
                let words: Vec<&str> = text[end..]
                    .split_whitespace()
                    .take(4)
                    .map(|w| w.trim_end_matches(['.', ',', ';', '!']))
                    .collect();
                (2..=words.len()).rev().map(|n| words[..n].join(" ")).find(|value| {
                    let written = text[end..].trim_start();
                    is_name(value)
                        && written.starts_with(value.as_str())
                        && (!weak || names_without_describing(value, &written[value.len()..]))
                })
            })
        })
        .map(|value| CandidateName::new(&value))
}

/// For a weak introduction: two or three words, the clause ending after
/// them (the line's end, a stop, a comma), none an adverb or a common
/// English word of a describing ending ("Motivated", "Creative").
fn names_without_describing(value: &str, after: &str) -> bool {
    const DESCRIBING_ENDINGS: &[&str] = &["able", "al", "ed", "ful", "ible", "ic", "ing", "ive", "ous"];
    let ends_clause = after.is_empty()
        || (after.starts_with(['\n', '.', ',', ';', '!', '(', ' ', '\r'])
            && !after.trim_start_matches([' ', '\t']).starts_with(|c: char| c.is_alphanumeric()));
    let words: Vec<String> = value.split_whitespace().map(str::to_lowercase).collect();
    ends_clause
        && (2..=3).contains(&words.len())
        && !words.iter().any(|word| {
            let describing = || {
                crate::local::words::is_common(word)
                    && DESCRIBING_ENDINGS.iter().any(|ending| word.ends_with(ending))
            };
            word.ends_with("ly") || describing()
        })
}

fn labelled_name(text: &str) -> Option<CandidateName> {
    let (mut first, mut rest): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let lines: Vec<&str> = text.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim().trim_start_matches(['•', '-', '*', '·']).trim_start();
        // "【氏名】 柴田 怜": a label in lenticular brackets, as Japanese forms write it.
        let unbracketed;
        let trimmed = match trimmed.strip_prefix('【').and_then(|rest| rest.split_once('】')) {
            Some((label, value)) => {
                unbracketed = format!("{label}：{value}");
                unbracketed.as_str()
            }
            None => trimmed,
        };
        // "氏 名 中山 誠司": a letter-spaced label read as one word; "ふりがな"
        // above the name's cell, the name's reading.
        let joined;
        let spaced = spaced_name_label(trimmed, lines.get(index + 1).copied());
        let reading = spaced.is_some_and(|(label, _)| JAPANESE_READING_LABELS.contains(&label));
        let trimmed = match spaced {
            Some((label, end)) => {
                joined = format!("{label}{}", before_field_word(&trimmed[end..]));
                joined.as_str()
            }
            None => trimmed,
        };
        // "Nama Lengkap / Full Name : …": a label known in its second language.
        let known = |line: &str| {
            let lower = line.to_lowercase();
            NAME_LABELS.iter().chain(FIRST_NAME_LABELS).any(|label| lower.starts_with(label))
        };
        let trimmed = match translated_label_at(trimmed) {
            Some(second) if !known(trimmed) && known(&trimmed[second..]) => &trimmed[second..],
            _ => trimmed,
        };
        let lower = trimmed.to_lowercase();
        if lower.len() != trimmed.len() {
            continue;
        }
        let mut labels: Vec<&str> = NAME_LABELS.iter().chain(FIRST_NAME_LABELS).copied().collect();
        if reading {
            labels.extend(JAPANESE_READING_LABELS);
        }
        labels.sort_by_key(|label| std::cmp::Reverse(label.len()));
        for label in labels {
            if !lower.starts_with(label) {
                continue;
            }
            // "Nama / Name : …": the label's translation before the colon.
            let after = skip_translation(&trimmed[label.len()..]);
            // "Name, Vorname: Hollenbacher, Markus", "Nom, Prénom : …": a second
            // label after a comma, then the family name and the given name.
            let second = after.strip_prefix(", ").and_then(|second| {
                NAME_LABELS
                    .iter()
                    .chain(FIRST_NAME_LABELS)
                    .filter(|l| {
                        second.get(..l.len()).is_some_and(|head| head.to_lowercase() == **l)
                            && second[l.len()..].trim_start().starts_with([':', '：'])
                    })
                    .max_by_key(|l| l.len())
                    .and_then(|l| second[l.len()..].trim_start().strip_prefix([':', '：']))
                    .map(str::trim)
            });
            if let Some(value) = second {
                let value = value.split(['|', ';', '\t']).next().unwrap_or_default().trim();
                if let Some((family, given)) = value.split_once(", ")
                    && is_labelled_name(family)
                    && is_labelled_name(given.trim())
                {
                    for (list, part) in [(&mut first, given.trim()), (&mut rest, family)] {
                        if !list.iter().any(|known| known == part) {
                            list.push(part.to_owned());
                        }
                    }
                }
                break;
            }
            // "Nom Sani Mahamane" / "Prénom Issa Karim": a table of fields
            // without colons, when a line beside it is a field too.
            let in_table = || {
                after.starts_with(' ')
                    && label != "candidate"
                    && !JAPANESE_READING_LABELS.contains(&label)
                    && [index.checked_sub(1), Some(index + 1)]
                        .into_iter()
                        .flatten()
                        .filter_map(|i| lines.get(i))
                        .any(|line| is_field_line(line))
            };
            // A label in a script without case is never a sentence's first word.
            let uncased =
                after.starts_with(' ') && label.chars().all(|c| !c.is_lowercase() && !c.is_uppercase());
            let Some(value) = after
                .trim_start()
                .strip_prefix([':', '：'])
                .or_else(|| (uncased || in_table()).then_some(after))
            else {
                continue;
            };
            let value = first_segment(value);
            // "柴田 怜 (男)": a gender in brackets after the name is no part of it.
            let (base, aliases) = without_brackets(value);
            let gender = !aliases.is_empty() && aliases.iter().all(|alias| is_gender_word(alias));
            let value = if gender { base.as_str() } else { value };
            if is_labelled_name(value) {
                let list = if FIRST_NAME_LABELS.contains(&label) { &mut first } else { &mut rest };
                if !list.iter().any(|known| known == value) {
                    list.push(value.to_owned());
                }
            }
            break;
        }
    }
    let parts: Vec<String> = first.into_iter().chain(rest).collect();
    (!parts.is_empty()).then(|| {
        let mut name = CandidateName::new(&parts.join(" "));
        for part in &parts {
            if !name.forms.contains(part) {
                name.forms.push(part.clone());
            }
        }
        name
    })
}

/// A name label in a script without spaces at the start of `line`, maybe
/// letter-spaced ("氏 名"), or a kana reading's label (ふりがな) when the
/// line below is the name's: the label and where it ends in `line`.
fn spaced_name_label(line: &str, below: Option<&str>) -> Option<(&'static str, usize)> {
    let labelled = |line: &str, labels: &[&'static str]| {
        labels.iter().filter(|l| !l.is_ascii()).find_map(|l| spaced_label_end(line, l).map(|end| (*l, end)))
    };
    let names: Vec<&'static str> = NAME_LABELS.iter().chain(FIRST_NAME_LABELS).copied().collect();
    if let Some(found) = labelled(line, &names) {
        return Some(found);
    }
    let reading = labelled(line, JAPANESE_READING_LABELS)?;
    below.and_then(|below| labelled(below.trim(), &names)).map(|_| reading)
}

/// A value up to the next field's word in a form's cell ("なかやま せいじ 性別").
fn before_field_word(value: &str) -> &str {
    let cut = JAPANESE_FIELD_WORDS.iter().filter_map(|word| value.find(word)).min().unwrap_or(value.len());
    &value[..cut]
}

/// Whether a line starts with the label of a personal field: a name, a
/// date or place of birth, an attribute, an address.
pub(super) fn is_field_line(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    NAME_LABELS
        .iter()
        .chain(FIRST_NAME_LABELS)
        .chain(DOB_LABELS)
        .chain(PERSONAL_LABELS)
        .chain(ADDRESS_LABELS)
        .any(|label| {
            lower.starts_with(label)
                && !lower[label.len()..].chars().next().is_some_and(char::is_alphanumeric)
        })
}

fn header_name(text: &str) -> Option<CandidateName> {
    header_line_name(text).map(|name| continued_below(text, name))
}

/// The rest of a header's name on the line below, when that line goes on
/// from it as only a name can: it starts with a particle ("Reinaldo Augusto" /
/// "de Moraes Jr."), or it is one more word in capitals under a name in
/// capitals, with a blank line, a heading or a job title after it ("BAKALA
/// CARINE" / "MARISSEL", "MANDLA THABO" / "SHONGWE" / "WEB DEVELOPER").
fn continued_below(text: &str, name: CandidateName) -> CandidateName {
    let raw: Vec<&str> = text.lines().map(str::trim).collect();
    let ends: Vec<&str> =
        name.forms.iter().filter_map(|form| form.rsplit('\n').next()).map(str::trim).collect();
    let Some(index) = raw.iter().position(|line| !line.is_empty() && ends.contains(line)) else {
        return name;
    };
    let Some(next) = raw.get(index + 1).copied().filter(|next| !next.is_empty()) else { return name };
    let words: Vec<&str> = next.split_whitespace().collect();
    let joined = format!("{} {next}", name.display);
    if !(1..=3).contains(&words.len()) || !is_name(&joined) {
        return name;
    }
    let particle = words.len() >= 2 && NAME_PARTICLES.contains(&words[0]);
    let upper =
        |value: &str| value.chars().any(char::is_alphabetic) && !value.chars().any(char::is_lowercase);
    // The line after it is blank, or a job title or a heading: the name ended before it.
    let ended = raw.get(index + 2).is_none_or(|after| {
        after.is_empty()
            || after.split_whitespace().any(|w| NOT_NAME_WORDS.contains(&w.to_lowercase().as_str()))
    });
    let capitals = words.len() == 1 && upper(&name.display) && upper(next) && ended;
    // "Jordi Farré" / "Vidal" / "C\La Riera 47": one capitalised word, then the
    // contact data (a number in it), under a name of two words.
    let before_contact = words.len() == 1
        && name.display.split_whitespace().count() == 2
        && next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().skip(1).all(char::is_lowercase)
        && raw.get(index + 2).is_some_and(|after| {
            after.chars().filter(char::is_ascii_digit).count() >= 2 || after.contains('@')
        });
    if !particle && !capitals && !before_contact {
        return name;
    }
    let mut longer = CandidateName::new(&joined);
    for form in &name.forms {
        if form.rsplit('\n').next().is_some_and(|end| ends.contains(&end.trim()) && end.trim() == raw[index])
        {
            longer.forms.push(format!("{form}\n{next}"));
        }
    }
    longer.forms.extend(name.forms.iter().cloned());
    longer.forms.push(next.to_owned());
    longer
}

fn header_line_name(text: &str) -> Option<CandidateName> {
    // A "Curriculum Vitae" or "Resume" heading may come before it.
    let all: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).take(5).collect();
    let lines = &all[..all.len().min(3)];
    let locals = email_locals(text);
    lines.iter().enumerate().find_map(|(index, line)| {
        if is_letter_spaced(line) {
            return Some(CandidateName::new(line));
        }
        // "程伟 应聘职位： 工程师": a Chinese name, then a field of the form on its line.
        if index == 0
            && let Some((first, rest)) = line.split_once(' ')
            && rest.contains(['：', ':'])
            && chinese_name_at(first) == Some((0, first.len()))
        {
            return Some(CandidateName::new(first));
        }
        // The first line, or the first after the document's title ("السيرة الذاتية").
        // Letters only: "בס״ד" however the quotes came out ("בס’’ ד").
        let heading = |line: &str| {
            let letters: String = line.chars().filter(|c| c.is_alphabetic() || *c == ' ').collect();
            UNCASED_HEADINGS.contains(&line) || UNCASED_HEADINGS.contains(&letters.replace(' ', "").as_str())
        };
        let first = all[..index].iter().all(|before| heading(before));
        if first && let Some(name) = uncased_first_line(line, text) {
            return Some(CandidateName::new(name));
        }
        if first && let Some(name) = uncased_first_name(line, text, &all[index + 1..]) {
            return Some(name);
        }
        if index == 0
            && let Some(name) = lower_case_first_words(line, &locals)
        {
            return Some(CandidateName::new(name));
        }
        // "MOUSSAVOU-DE-" / "BAKALA CARINE": a hyphenated name the layout broke at its hyphen.
        if let Some(next) = all.get(index + 1)
            && line.ends_with('-')
            && !line.contains(' ')
            && is_name(&format!("{line}{next}"))
        {
            let mut name = CandidateName::new(&format!("{line}{next}"));
            name.forms.push(format!("{line}\n{next}"));
            return Some(name);
        }
        // "MinJae, Seo", "DOE, Jane": a name written with a comma, when the email holds a part.
        if let Some((a, b)) = line.split_once(", ")
            && !a.contains(' ')
            && !b.trim().contains(' ')
            && is_name(&format!("{a} {}", b.trim()))
            && (in_locals(a, &locals) || in_locals(b.trim(), &locals))
        {
            let mut name = CandidateName::new(&format!("{a} {}", b.trim()));
            name.forms.extend([line.to_string(), format!("{} {a}", b.trim())]);
            return Some(name);
        }
        // "Ioan - Cristian Vrabie": a hyphenated given name the extraction spaced.
        if let Some(joined) = spaced_hyphen_name(line) {
            let mut name = CandidateName::new(line);
            name.forms.push(joined);
            return Some(name);
        }
        let value = without_title(first_segment(line));
        // "LUC VAN" / "OOSTVELDE": a name the layout broke after a particle.
        if let Some(next) = all.get(index + 1)
            && value
                .split_whitespace()
                .last()
                .is_some_and(|w| NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
            && (1..=2).contains(&next.split_whitespace().count())
            && is_name(&format!("{value} {next}"))
        {
            let mut name = CandidateName::new(&format!("{value} {next}"));
            name.forms.push(format!("{value}\n{next}"));
            return Some(name);
        }
        // "Harinder kumar": a part in lower case that the email holds too.
        if is_name_with_email_words(value, &locals) {
            return Some(CandidateName::new(value));
        }
        // "Gareth M. Senior" and gareth.senior@…: a name that is also a
        // job word, when the email holds it and another part of the line.
        let job_words: Vec<String> = value
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| NOT_NAME_WORDS.contains(&w.as_str()) && in_locals(w, &locals))
            .collect();
        let other_in_email =
            value.split_whitespace().any(|w| !job_words.contains(&w.to_lowercase()) && in_locals(w, &locals));
        if !job_words.is_empty() && other_in_email && is_name_allowing(value, &job_words) {
            return Some(CandidateName::new(value));
        }
        // "Олена Коваль Junior developer": on the first line, a name, then a job title.
        // A title before it makes the line a referee's ("Professor Dr. Jane Roe Course Teacher").
        if index == 0
            && value == first_segment(line).trim()
            && !is_name(value)
            && let Some(name) = before_job_words(value)
        {
            return Some(CandidateName::new(name));
        }
        if is_name(&without_brackets(value).0) {
            let name = with_given_name(lines, index, value, &locals);
            let next = all.get(index + 1).copied();
            return Some(with_family_name(text, name, next, &email_locals_only(text)));
        }
        if let Some(name) = before_document_words(value).or_else(|| after_document_words(line)) {
            return Some(CandidateName::new(&name));
        }
        // A word cut from a longer line ("George" of "George - …") is no name's first line.
        if index == 0
            && first_segment(line) == *line
            && let Some(name) = split_over_two_lines(value, &all)
        {
            return Some(name);
        }
        uncased_name_above_contacts(line, all.get(index + 1).copied(), all.get(index + 2).copied())
            .or_else(|| {
                (index == 0).then(|| uncased_name_above_job_title(line, all.get(1).copied())).flatten()
            })
            .map(CandidateName::new)
    })
}

/// Two to four words that read as a name, then a capitalised job word
/// ("Jane Roe Junior Frontend developer" → "Jane Roe"); not an
/// organisation's word ("Delhi Public School") nor the document's ("… Resume").
fn before_job_words(value: &str) -> Option<&str> {
    let words = words_at(value);
    (2..words.len().min(5)).find_map(|n| {
        let (at, role) = words[n];
        let name = value[..at].trim_end();
        let role = role.to_lowercase();
        (words[n].1.chars().next().is_some_and(char::is_uppercase)
            && NOT_NAME_WORDS.contains(&role.as_str())
            && !ORGANISATION_WORDS.contains(&role.as_str())
            && !DOCUMENT_NOUNS.contains(&role.as_str())
            && is_name(name))
        .then_some(name)
    })
}

/// "Harinder kumar": two to four words, one at least capitalised, whose
/// words in lower case the CV's email or profile holds.
fn is_name_with_email_words(value: &str, locals: &[String]) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    let lower: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().all(char::is_lowercase) && !NAME_PARTICLES.contains(w))
        .collect();
    !lower.is_empty()
        && lower.len() < words.len()
        && lower.iter().all(|w| in_locals(w, locals))
        && is_name(&capitalised(value))
}

/// Each word that starts in lower case capitalised: "rincon" → "Rincon";
/// particles stay.
fn capitalised(value: &str) -> String {
    value
        .split_whitespace()
        .map(|word| {
            if NAME_PARTICLES.contains(&word) {
                return word.to_owned();
            }
            let mut chars = word.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title before a name taken off: "Dr. Dmitry" → "Dmitry", "Dr. rer.
/// nat. Jane Roe" → "Jane Roe".
fn without_title(value: &str) -> &str {
    let mut rest = value.trim();
    // "Dr. rer. nat. habil. Jane Roe", "Associate Professor. Jane Roe".
    for _ in 0..6 {
        let Some((word, after)) = rest.split_once(' ') else { break };
        let next = after.trim_start().split(' ').next().unwrap_or_default().to_lowercase();
        let qualifier =
            TITLE_QUALIFIERS.contains(&word.to_lowercase().as_str()) && HONORIFICS.contains(&next.as_str());
        if !is_title(word) && !qualifier {
            break;
        }
        rest = after.trim_start();
    }
    rest
}

/// Whether a word is written as a title is: dotted ("Dr.", "DR.") or
/// capitalised ("Mr", "Herr"); "MS" before "Office" is none.
fn written_as_title(word: &str) -> bool {
    word.ends_with('.') || word.chars().skip(1).all(char::is_lowercase)
}

/// A title, or titles written together with their dots ("Doç.Dr.",
/// "Prof.Dr.", "Dr.rer.nat."): each dotted piece one.
fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    HONORIFICS.contains(&lower.as_str())
        || (lower.ends_with('.')
            && lower.matches('.').count() >= 2
            && lower.split_inclusive('.').all(|piece| HONORIFICS.contains(&piece)))
}

/// Two to four first lines of one word each, the line after them not one
/// more: one name the layout split ("Dmitry" / "Kovalchuk", "JUAN" / "CARLOS"
/// / "PÉREZ" / "GIL"). The last line may hold the family names, two or
/// three words, when every line is in capitals ("JOÃO" / "HENRIQUE" /
/// "SANTANA LIMA") or a heading or a job title follows it ("Sardorbek" /
/// "Rahmonov Jasurbek o’g’li" / "(JAVA developer)").
fn split_over_two_lines(first: &str, lines: &[&str]) -> Option<CandidateName> {
    let one_word = |line: &str| !line.trim().is_empty() && !line.trim().contains(' ');
    let mut parts = vec![first.to_owned()];
    let mut family = false;
    for (index, line) in lines.iter().enumerate().skip(1) {
        let part = without_title(first_segment(line));
        if !one_word(part) {
            let line = without_title(line);
            let upper = |value: &str| !value.chars().any(char::is_lowercase);
            let ended = lines.get(index + 1).is_none_or(|after| {
                after.split_whitespace().any(|w| {
                    NOT_NAME_WORDS
                        .contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
                })
            });
            let words = part.split_whitespace().count();
            let with_part = format!("{} {part}", parts.join(" "));
            // "Photo" / "Jane Doe": a caption or a heading above a name is none of it.
            let captions = parts.iter().any(|p| {
                let lower = p.to_lowercase();
                PERSONAL_LINE_WORDS.contains(&lower.as_str()) || DOCUMENT_NOUNS.contains(&lower.as_str())
            });
            if part == line
                && !captions
                && (2..=3).contains(&words)
                && is_name(&with_part)
                && (ended || parts.iter().chain([&part.to_owned()]).all(|p| upper(p)))
            {
                parts.push(part.to_owned());
                family = true;
            }
            break;
        }
        parts.push(part.to_owned());
    }
    if !one_word(first) || !(2..=4).contains(&parts.len()) || (parts.len() == lines.len() && !family) {
        return None;
    }
    let joined = parts.join(" ");
    is_name(&joined).then(|| {
        let mut name = CandidateName::new(&joined);
        name.forms.push(parts.join("\n"));
        name.forms.extend(parts);
        name
    })
}

/// A name whose given names the extraction joined with a spaced hyphen:
/// "Ioan - Cristian Vrabie" → "Ioan-Cristian Vrabie". One word before the
/// hyphen, and the line a name once joined.
fn spaced_hyphen_name(line: &str) -> Option<String> {
    let (given, rest) = line.split_once(" - ")?;
    let joined = format!("{given}-{}", rest.trim_start());
    let parts_are_names = joined
        .split(|c: char| c == '-' || c.is_whitespace())
        .all(|part| !NOT_NAME_WORDS.contains(&part.to_lowercase().as_str()));
    (!given.contains(' ') && !rest.contains(" - ") && parts_are_names && is_name(&joined)).then_some(joined)
}

/// A name before the words that title the document: "Jane Doe CV", "Ravi
/// K Updated Resume", "Ravi KFeatured Resume" (a banner glued to the name).
fn before_document_words(value: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    for word in value.split_whitespace() {
        // "KFeatured": an initial glued to a capitalised word.
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > 3 && chars[0].is_uppercase() && chars[1].is_uppercase() && chars[2].is_lowercase() {
            let cut = chars[0].len_utf8();
            words.push(word[..cut].to_owned());
            words.push(word[cut..].to_owned());
        } else {
            words.push(word.to_owned());
        }
    }
    let is_document_noun = |word: &str| DOCUMENT_NOUNS.contains(&word.to_lowercase().trim_matches(':'));
    if !words.last().is_some_and(|last| is_document_noun(last)) {
        return None;
    }
    while words.last().is_some_and(|last| {
        let lower = last.to_lowercase();
        is_document_noun(last)
            || DOCUMENT_QUALIFIERS.contains(&lower.as_str())
            || ["-", "–", "|"].contains(&last.as_str())
    }) {
        words.pop();
    }
    if let Some(last) = words.last_mut() {
        // "Jane Doe's Resume".
        for possessive in ["'s", "’s"] {
            if let Some(stripped) = last.strip_suffix(possessive) {
                *last = stripped.to_owned();
            }
        }
    }
    let name = words.join(" ");
    is_name(&name).then_some(name)
}

/// A name after the words that title the document: "Curriculum Vitae –
/// Jane Doe", "Lebenslauf von Max Weber", "CV de Marie Roux", "Resume: Jane Doe".
fn after_document_words(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_noun = |word: &str| DOCUMENT_NOUNS.contains(&word.to_lowercase().trim_end_matches(':'));
    let mut at = words.iter().take_while(|word| is_noun(word)).count();
    if at == 0 {
        return None;
    }
    let connectors = ["of", "von", "de", "du", "del", "-", "–", "—", ":", "|"];
    at += words[at..].iter().take_while(|word| connectors.contains(&word.to_lowercase().as_str())).count();
    let rest = words[at..].join(" ");
    let value = without_title(first_segment(&rest));
    is_name(value).then(|| value.to_owned())
}

/// In a script without letter case, a short line right above a line of
/// contact data: "张伟" over "zhang@x.io · +86 …".
fn uncased_name_above_contacts<'a>(
    line: &'a str,
    next: Option<&str>,
    below: Option<&str>,
) -> Option<&'a str> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let letters = line.chars().filter(|c| !c.is_whitespace()).count();
    let uncased = line
        .chars()
        .all(|c| c.is_whitespace() || (c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()));
    let short = if line.chars().all(|c| c.is_whitespace() || is_cjk(c)) {
        (2..=4).contains(&letters)
    } else {
        (1..=4).contains(&words.len()) && letters <= 40
    };
    let next = next?;
    let has_contact = |line: &str| !email::emails(line).is_empty() || !phone::phones(line).is_empty();
    let contacts = has_contact(next);
    let below_is_contact = below.is_some_and(has_contact);
    // "معلومات التواصل:" ("contact details:"): a heading ending with a colon, the contact data under it.
    let contacts =
        contacts || (next.ends_with([':', '：']) && next.split_whitespace().count() <= 4 && below_is_contact);
    // "简 历": a heading spaced out is one too.
    let joined: String = line.split_whitespace().collect();
    (uncased
        && short
        && contacts
        && !UNCASED_HEADINGS.contains(&line)
        && !UNCASED_HEADINGS.contains(&joined.as_str()))
    .then_some(line)
}

/// The words in lower case that start the document's first line, two or
/// three, before a capitalised word or the line's end, the first of them
/// (four letters or more) in the CV's email or site: "rafiq ali Assistant
/// instructor" with `www.rafiq.example.com`.
fn lower_case_first_words<'a>(line: &'a str, locals: &[String]) -> Option<&'a str> {
    let words: Vec<&str> = line.split(' ').collect();
    let run = words
        .iter()
        .take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
        .count();
    let next_capitalised = words.get(run).is_none_or(|w| w.chars().next().is_some_and(char::is_uppercase));
    let value = &line[..words[..run].iter().map(|w| w.len() + 1).sum::<usize>().saturating_sub(1)];
    ((2..=3).contains(&run)
        && next_capitalised
        && folded(words[0]).chars().count() >= 4
        && in_locals(words[0], locals)
        && is_name(&capitalised(value)))
    .then_some(value)
}

/// The document's first line in a script with spaces but no letter case
/// (Arabic, Persian, Hebrew): two to four words of letters, not a heading,
/// with an email within the first twelve lines, as a header puts the name
/// over the contact data ("יוסי ברקוביץ'" / "-" / a job title / "054-… |
/// …@gmail.com"). Bidirectional marks around it are left out.
fn uncased_first_line<'a>(line: &'a str, text: &str) -> Option<&'a str> {
    let name = line.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    });
    // A short form in brackets after it is the same person's ("Jane Roe (Janie)").
    let (base, _) = without_brackets(name);
    let words: Vec<&str> = base.split_whitespace().collect();
    let uncased = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase() && !is_cjk(c);
    // Devanagari's virama and vowel signs are marks beside the letters: "राहुल शर्मा".
    let letters = base.chars().all(|c| {
        c == ' ' || uncased(c) || "'’-".contains(c) || unicode_normalization::char::is_combining_mark(c)
    });
    // A word of one letter is an abbreviation's ("בס’’ ד"), no name's.
    let letters = letters && words.iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    let head: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    ((2..=4).contains(&words.len())
        && letters
        && name.chars().any(uncased)
        && !UNCASED_HEADINGS.contains(&name)
        && (!email::emails(&head).is_empty() || !phone::phones(&head).is_empty()))
    .then_some(name)
}

/// The document's first line in Chinese, Japanese or Korean when it is only
/// a name: a common Chinese family name and one or two characters ("王小明"
/// over "应聘前端工程师"), in a CV that gives an email or a phone; or two to
/// four characters the layout spaced apart ("김 민 준", "王 小 明") with an
/// email or a phone within the next three lines. Not a heading ("简 历").
fn uncased_first_name(line: &str, text: &str, below: &[&str]) -> Option<CandidateName> {
    let has_contact = |text: &str| !email::emails(text).is_empty() || !phone::phones(text).is_empty();
    let joined: String = line.split(' ').collect();
    if UNCASED_HEADINGS.contains(&joined.as_str()) {
        return None;
    }
    if chinese_name_at(line) == Some((0, line.len())) && has_contact(text) {
        return Some(CandidateName::new(line));
    }
    let hangul = |c: char| ('\u{AC00}'..='\u{D7AF}').contains(&c);
    let parts: Vec<&str> = line.split(' ').collect();
    let spaced = (2..=4).contains(&parts.len())
        && parts.iter().all(|part| part.chars().count() == 1 && part.chars().all(is_cjk));
    let reads_as_name = joined.chars().all(hangul) || chinese_name_at(&joined) == Some((0, joined.len()));
    if spaced && reads_as_name && below.iter().take(3).any(|line| has_contact(line)) {
        let mut name = CandidateName::new(line);
        name.forms.push(joined);
        return Some(name);
    }
    None
}

/// The first line, two to four Chinese, Japanese or Korean characters,
/// above a job title: "서준호" / "AI Engineer".
fn uncased_name_above_job_title<'a>(line: &'a str, next: Option<&str>) -> Option<&'a str> {
    let letters = line.chars().filter(|c| !c.is_whitespace()).count();
    let script = line.chars().all(|c| c.is_whitespace() || is_cjk(c));
    let job = next?.split_whitespace().any(|w| {
        NOT_NAME_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
    });
    (script && (2..=4).contains(&letters) && job && !UNCASED_HEADINGS.contains(&line)).then_some(line)
}

/// Other people's names after a label of their role; see the module
/// documentation.
pub(super) fn referee_names(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let offset = line_start;
        line_start += line.len();
        let lower = line.to_lowercase();
        if lower.len() != line.len() {
            continue;
        }
        for label in REFEREE_LABELS {
            for (at, _) in lower.match_indices(label) {
                let end = at + label.len();
                if !line.is_char_boundary(at) || !line.is_char_boundary(end) || prev_is_letter(line, at) {
                    continue;
                }
                // "Referencia Profesional, Jane Doe": a qualifier, then a comma.
                let after = line[end..].trim_start();
                let qualifier = after.split([' ', ',', ':']).next().unwrap_or_default();
                let (after, separators): (&str, &[char]) = if !qualifier.is_empty()
                    && REFEREE_QUALIFIERS.contains(&qualifier.to_lowercase().as_str())
                {
                    (after[qualifier.len()..].trim_start(), &[':', '：', ','])
                } else {
                    (after, &[':', '：'])
                };
                let Some(value) = after.strip_prefix(separators) else { continue };
                let value = value.trim_start();
                let value_at = offset + line.len() - value.len();
                let found = if label.chars().all(is_cjk) {
                    chinese_name_at(value)
                } else {
                    let segment = first_segment(value.trim_end());
                    let candidate = without_title(segment);
                    // "Leidy Johana cardenas Quintero": after the label, a part may be in lower case.
                    let words: Vec<&str> = candidate.split_whitespace().collect();
                    let loose = words.len() >= 3
                        && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                        && words.last().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                        && words.iter().all(|w| w.chars().count() >= 4 || NAME_PARTICLES.contains(w))
                        && is_name(&capitalised(candidate));
                    (is_name(candidate) || loose).then_some((segment.len() - candidate.len(), segment.len()))
                };
                if let Some((from, to)) = found {
                    out.push(Span { start: value_at + from, end: value_at + to, kind: PiiKind::Name });
                }
            }
        }
    }
    out.extend(names_above_their_email(text));
    out.extend(names_after_titles(text));
    out.extend(names_under_referee_heading(text));
    out
}

/// Lines lower than a heading that is only a referee label ("REFEREES")
/// that hold one name, or two side by side as a two-column layout puts them
/// ("Kipchumba Lokorio Joseph Wafula"), with contact data within the next
/// three lines ("Cell: …", "Email: …", a number alone) or on the line right
/// above, where a two-column layout may put a referee's number.
fn names_under_referee_heading(text: &str) -> Vec<Span> {
    const SECTION_LINES: usize = 24;
    let lines = lines_at(text);
    let mut out = Vec::new();
    for (index, &(heading_start, raw)) in lines.iter().enumerate() {
        let heading = raw.trim().trim_end_matches([':', '：']).to_lowercase();
        // "Referencias personales": a qualifier after the label.
        let qualified = heading.rsplit_once(' ').is_some_and(|(label, qualifier)| {
            REFEREE_LABELS.contains(&label) && REFEREE_QUALIFIERS.contains(&qualifier)
        });
        // "References Jane Roe": the layout put the first referee on the heading's line.
        let trimmed = raw.trim();
        // Not "References Available Upon Request": a name's words are not all common English.
        let glued = trimmed.split_once(' ').filter(|(label, rest)| {
            REFEREE_LABELS.contains(&label.trim_end_matches([':', '：']).to_lowercase().as_str())
                && is_name(without_title(rest))
                && !without_title(rest)
                    .split_whitespace()
                    .all(|word| crate::local::words::is_common(&word.to_lowercase()))
        });
        if let Some((_, rest)) = glued {
            let name = without_title(rest);
            let from = heading_start + raw.len() - raw.trim_start().len() + trimmed.len() - name.len();
            out.push(Span { start: from, end: from + name.len(), kind: PiiKind::Name });
        }
        // "… Cargo Jefe Inmediato Teléfono …": a table's header row with a
        // column of referees right before one of phones; in each row after it
        // the name stands right before the phone.
        let lower_line = raw.to_lowercase();
        let has_words = |words: &str| {
            lower_line.match_indices(words).any(|(at, _)| {
                lower_line.is_char_boundary(at)
                    && !lower_line[..at].chars().next_back().is_some_and(char::is_alphanumeric)
                    && !lower_line[at + words.len()..].chars().next().is_some_and(char::is_alphanumeric)
            })
        };
        let table_header = !raw.contains([':', '：'])
            && REFEREE_LABELS
                .iter()
                .any(|referee| PHONE_LABELS.iter().any(|phone| has_words(&format!("{referee} {phone}"))));
        let referees = REFEREE_LABELS.contains(&heading.as_str()) || qualified || glued.is_some();
        if !referees && !table_header {
            continue;
        }
        let section = &lines[index + 1..lines.len().min(index + 1 + SECTION_LINES)];
        if table_header {
            for &(start, line) in section {
                if let Some((from, to)) = name_before_phone(line) {
                    out.push(Span { start: start + from, end: start + to, kind: PiiKind::Name });
                }
            }
        }
        if !referees {
            continue;
        }
        for (k, &(start, line)) in section.iter().enumerate() {
            let words = words_at(line);
            // Contact data below, or right above as a two-column layout may put a number.
            let is_contact = |(_, line): &(usize, &str)| {
                let lower = line.to_lowercase();
                let digits = line.chars().filter(char::is_ascii_digit).count();
                line.contains('@')
                    || ["cell", "email", "e-mail", "mobile", "phone", "tel"].iter().any(|l| lower.contains(l))
                    // A number alone, a phone's, not years ("2025 - 2027").
                    || (digits >= 7 && !line.chars().any(char::is_alphabetic) && !only_years(line))
            };
            // "Daniel Kessler Email: daniel.kessler@…": the name and its contact on one line;
            // "Lcda. Jane Roe : 809-…": a title before it, a colon after it.
            let head = first_segment(line);
            let head = without_title(head.split(" : ").next().unwrap_or(head).trim());
            // "… : 809-555-0142": a number after it, no words.
            let tail = line.find(head).map_or("", |at| &line[at + head.len()..]);
            let number_after = tail.chars().filter(char::is_ascii_digit).count() >= 7
                && !tail.chars().any(char::is_alphabetic);
            // "Jane Roe - Acme - 310 555 0142", "Jane Roe - Acme" / "Engineer" /
            // "+90 555 …": a name that ends at a separator, a phone on its line or below.
            let phone_on_line = !phone::phones(line).is_empty();
            let contact_below = section[k + 1..section.len().min(k + 4)].iter().any(is_contact);
            // A dash after the name, its employer or role after it ("Jane Roe - Acme").
            let separated = line.find(head).is_some_and(|at| {
                [" - ", " – ", " — "].iter().any(|dash| line[at + head.len()..].starts_with(dash))
            });
            // The first line of an entry: after the heading, a blank line, a
            // subheading ("Familiares:") or the last entry's contact data; not
            // the employer or the role under a name ("Acme Research Chair, …").
            let starts_entry = k == 0
                || section[k - 1].1.trim().is_empty()
                || section[k - 1].1.trim_end().ends_with([':', '：'])
                || is_contact(&section[k - 1])
                || !phone::phones(section[k - 1].1).is_empty();
            let labelled = head.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                REFEREE_LABELS.contains(&w.as_str()) || REFEREE_QUALIFIERS.contains(&w.as_str())
            });
            // After a separator, a family name may be in lower case ("Ana ustaoğlu - …").
            let loose_head = (2..=3).contains(&head.split_whitespace().count())
                && head.chars().next().is_some_and(char::is_uppercase)
                && head.split_whitespace().all(|w| w.chars().count() >= 3)
                && is_name(&capitalised(head));
            if !head.is_empty()
                && head.len() < line.trim().len()
                && ((is_contact(&(start, line)) || number_after) && is_name(head)
                    || (separated
                        && starts_entry
                        && !labelled
                        && (phone_on_line || contact_below)
                        && (is_name(head) || loose_head)))
            {
                let from = start + line.find(head).unwrap_or(0);
                out.push(Span { start: from, end: from + head.len(), kind: PiiKind::Name });
                continue;
            }
            let contact_below = contact_below || section[k.saturating_sub(1)..k].iter().any(is_contact);
            // "Professor Dr. Mahbub alam" / "… department" / "Cell: …": after a
            // title, a part may be in lower case.
            let untitled = without_title(line.trim());
            if contact_below
                && untitled.len() < line.trim().len()
                && (2..=3).contains(&untitled.split_whitespace().count())
                && untitled.split_whitespace().all(|w| w.chars().count() >= 3)
                && is_name(&capitalised(untitled))
            {
                let from = start + line.find(untitled).unwrap_or(0);
                out.push(Span { start: from, end: from + untitled.len(), kind: PiiKind::Name });
                continue;
            }
            let pairs: Vec<&[(usize, &str)]> = match words.len() {
                2 | 3 => vec![&words[..]],
                4 => vec![&words[..2], &words[2..]],
                _ => continue,
            };
            let joined = |pair: &[(usize, &str)]| pair.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
            if contact_below && pairs.iter().all(|pair| is_name(&joined(pair))) {
                for pair in pairs {
                    let (first, last) = (pair[0], pair[pair.len() - 1]);
                    out.push(Span {
                        start: start + first.0,
                        end: start + last.0 + last.1.len(),
                        kind: PiiKind::Name,
                    });
                }
            }
        }
    }
    out
}

/// The two to four capitalised words right before a line's first phone,
/// that read as a name: "… backend Jane Roe 0991234567 09/2025" → "Jane Roe".
fn name_before_phone(line: &str) -> Option<(usize, usize)> {
    let phone = phone::phones(line).into_iter().next()?;
    let words = words_at(&line[..phone.start]);
    let capitalised = words
        .iter()
        .rev()
        .take_while(|(_, w)| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        .count();
    (2..=capitalised.min(4)).rev().find_map(|n| {
        let run = &words[words.len() - n..];
        let (from, last) = (run[0].0, run[n - 1]);
        let to = last.0 + last.1.len();
        is_name(&line[from..to]).then_some((from, to))
    })
}

/// Whether every number on a line is a year ("2025 - 2027"): dates, no phone.
fn only_years(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|group| !group.is_empty())
        .all(|group| group.len() == 4 && (group.starts_with("19") || group.starts_with("20")))
}

/// A line that starts with a person's title and their name: "Mr. Obed
/// Onyango", "- Dr. Jane Roe - Lecturer", "Mr Kioko", as a CV lists its
/// referees. A title in capitals without a dot ("MS Office") is none, nor
/// a possessive ("Dr. Reddy's Laboratories", a firm).
fn names_after_titles(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (start, line) in lines_at(text) {
        let body = line.trim_start().trim_start_matches(['•', '-', '*', '·', '–']).trim_start();
        let Some((title, rest)) = body.split_once(' ') else { continue };
        let lower = title.to_lowercase();
        if !HONORIFICS.contains(&lower.as_str()) || !written_as_title(title) || lower == "ms" {
            continue;
        }
        let rest = without_title(rest.trim_start());
        let segment = without_postnominals(first_segment(rest));
        let possessive = segment.split_whitespace().any(|w| w.ends_with("'s") || w.ends_with("’s"));
        let one_word = !segment.contains(' ')
            && segment.chars().count() >= 3
            && segment.chars().next().is_some_and(char::is_uppercase)
            && segment.chars().all(char::is_alphabetic)
            && !NOT_NAME_WORDS.contains(&segment.to_lowercase().as_str());
        // "Professor Dr. Jane Roe Course Teacher": the name, then the role.
        let words: Vec<&str> = segment.split(' ').collect();
        let before_role = (2..words.len().min(5)).rev().find(|&n| {
            let role = words[n].to_lowercase();
            NOT_NAME_WORDS.contains(&role.as_str())
                && words[n].chars().next().is_some_and(char::is_uppercase)
                && is_name(&words[..n].join(" "))
        });
        let segment = match before_role {
            Some(n) if !is_name(segment) => &segment[..words[..n].join(" ").len()],
            _ => segment,
        };
        if !possessive && (is_name(segment) || one_word) {
            let from = start + line.len() - rest.len();
            out.push(Span { start: from, end: from + segment.len(), kind: PiiKind::Name });
        }
    }
    out
}

/// Widens each name to the titles just before it on its line ("Mrs Kefilwe
/// Masoabi", "Frau Dr. Anna Roe", "Mr.John Smith"): they go into the name's
/// placeholder, since many tell a gender ("Mrs", "Herr", "Dra.") and an
/// academic one kept only for some would tell it too. A title is a word of
/// [`HONORIFICS`] or dotted ones together ("Prof.Dr."), written as a title
/// (dotted, or capitalised: "MS Office" is none), after the previous span, a
/// space, a bracket or a bullet. `spans` are sorted and do not overlap.
/// Returns each widened name's old start and its new one.
pub(super) fn take_titles(text: &str, spans: &mut [Span]) -> Vec<(usize, usize)> {
    let mut moved = Vec::new();
    let mut previous_end = 0;
    for span in spans.iter_mut() {
        let limit = previous_end;
        previous_end = span.end;
        if span.kind != PiiKind::Name {
            continue;
        }
        let old = span.start;
        // "Dr. rer. nat. habil. Jane Roe": up to six titles.
        for _ in 0..6 {
            let before = &text[limit..span.start];
            let trimmed = before.trim_end_matches([' ', '\t', '\u{a0}']);
            // "Mr.John": a dotted title may touch the name.
            if trimmed.len() == before.len() && !trimmed.ends_with('.') {
                break;
            }
            let word_start = trimmed
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace() || matches!(c, '•' | '-' | '*' | '·' | '–' | '('))
                .map_or(0, |(at, c)| at + c.len_utf8());
            let word = &trimmed[word_start..];
            if word.is_empty() || !written_as_title(word) || !is_title(word) {
                break;
            }
            span.start = limit + word_start;
        }
        if span.start != old {
            moved.push((old, span.start));
        }
    }
    moved
}

/// A name without the honours and degrees after it, as capitals of two to
/// four letters: "Graham Ashcroft AC FAA FRS" → "Graham Ashcroft". A name
/// written in capitals keeps its words.
fn without_postnominals(value: &str) -> &str {
    let is_letters = |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let words = words_at(value);
    let keep = words.len() - words.iter().rev().take_while(|(_, w)| is_letters(w)).count();
    if keep < 2
        || keep == words.len()
        || words[..keep].iter().all(|(_, w)| !w.chars().any(char::is_lowercase))
    {
        return value;
    }
    let (at, last) = words[keep - 1];
    &value[..at + last.len()]
}

/// A line that is a name, with an email on one of the next two lines whose
/// local part holds a word of it: a referee listed with their contact
/// ("Jane DOE" / "Senior Lecturer, …" / "jane.doe@uni.fr").
fn names_above_their_email(text: &str) -> Vec<Span> {
    let lines = lines_at(text);
    let mut out = Vec::new();
    for (index, &(start, line)) in lines.iter().enumerate() {
        let value = without_title(line.trim());
        if !is_name(value) {
            continue;
        }
        let below =
            lines.iter().skip(index + 1).take(2).map(|(_, next)| *next).collect::<Vec<_>>().join("\n");
        let locals = email_locals_only(&below);
        if value.split_whitespace().any(|word| in_locals(word, &locals)) {
            let from = start + line.find(value).unwrap_or(0);
            out.push(Span { start: from, end: from + value.len(), kind: PiiKind::Name });
        }
    }
    out
}

fn email_locals_only(text: &str) -> Vec<String> {
    email::emails(text)
        .iter()
        .map(|span| folded(text[span.start..span.end].split('@').next().unwrap_or("")))
        .collect()
}

fn prev_is_letter(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    before.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c))
}

/// Two or three Han characters led by a common family name, then no more
/// Han characters: the range of the name in `line`.
fn chinese_name_at(line: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = line.chars().take_while(|c| is_cjk(*c)).collect();
    let first = *chars.first()?;
    let mut buffer = [0u8; 4];
    ((2..=3).contains(&chars.len()) && CHINESE_FAMILY_NAMES.contains(&&*first.encode_utf8(&mut buffer)))
        .then(|| (0, chars.iter().map(|c| c.len_utf8()).sum()))
}

fn name_near_email(text: &str) -> Option<CandidateName> {
    let locals = email_locals(text);
    if locals.is_empty() {
        return None;
    }
    let shares_a_word = |value: &str| value.split_whitespace().any(|word| in_locals(word, &locals));
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for (index, line) in lines.iter().enumerate() {
        let value = first_segment(line);
        if is_name(value) && shares_a_word(value) {
            // "JOÃO PEDRO" / "MACEDO TAVARES": the rest of the name on the next line.
            // A contact label under the name ("Website") is none.
            if let Some(next) = lines.get(index + 1)
                && shares_a_word(next)
                && !next.split_whitespace().any(|w| {
                    let w = w.to_lowercase();
                    CONTACT_LABEL_WORDS.contains(&w.as_str()) || HANDLE_LABELS.contains(&w.as_str())
                })
                && is_name(&format!("{value} {next}"))
            {
                let joined = format!("{value} {next}");
                let mut name = CandidateName::new(&joined);
                name.forms.extend([format!("{value}\n{next}"), value.to_owned(), (*next).to_owned()]);
                return Some(name);
            }
            return Some(with_given_name(&lines, index, value, &locals));
        }
        // Two one-word lines in a row: "RENAS" / "YOUSSEF"; spelled otherwise
        // in the email, as a transliteration may ("HALYNA" / "CHERNOBYTKO" and
        // "galinacernobitko"): each shares four letters in a row with it.
        if let Some(next) = lines.get(index + 1)
            && !value.contains(' ')
            && !next.contains(' ')
        {
            let joined = format!("{value} {next}");
            let transliterated = [value, *next].iter().all(|word| shares_four_letters(word, &locals));
            if is_name(&joined) && (shares_a_word(&joined) || transliterated) {
                let mut name = CandidateName::new(&joined);
                name.forms.push(format!("{value}\n{next}"));
                return Some(name);
            }
        }
    }
    // "… lsv7@x.es Luis Serrano Villalobos Web: @luisserranovillalobos": in
    // the first lines, words inside a line of contact data that read as a
    // name and that the handles hold, every one of them.
    for line in lines.iter().take(10) {
        let words: Vec<&str> = line.split_whitespace().collect();
        for size in (2..=4).rev() {
            for window in words.windows(size) {
                let value = window.join(" ");
                let long: Vec<&&str> =
                    window.iter().filter(|word| folded(word).chars().count() >= 3).collect();
                if long.len() >= 2 && long.iter().all(|word| in_locals(word, &locals)) && is_name(&value) {
                    return Some(CandidateName::new(&value));
                }
            }
        }
    }
    // "Carlos Alberto Ospina Ruiz Desarrollador de …": a name that starts a
    // line of prose, two of its words in the email ("pedro.obando@…"), a job
    // word or a word in lower case after it.
    for line in lines.iter().take(10) {
        let words: Vec<&str> = line.split_whitespace().collect();
        for size in (2..=4).rev() {
            let Some(window) = words.get(..size) else { continue };
            let value = window.join(" ");
            let in_email = window.iter().filter(|word| in_locals(word, &locals)).count();
            let ends = words.get(size).is_none_or(|next| {
                next.chars().next().is_some_and(char::is_lowercase)
                    || NOT_NAME_WORDS.contains(&next.to_lowercase().as_str())
            });
            if in_email >= 2 && in_locals(window[0], &locals) && ends && is_name(&value) {
                return Some(CandidateName::new(&value));
            }
        }
    }
    None
}

/// The local parts of the CV's emails, and the last part of its links
/// ("www.janedoe.com" → "janedoe", "github.com/jdoe" → "jdoe"), folded.
fn email_locals(text: &str) -> Vec<String> {
    let mut locals: Vec<String> = Vec::new();
    for span in email::emails(text) {
        let (local, domain) = text[span.start..span.end].split_once('@').unwrap_or_default();
        locals.push(folded(local));
        // "mail@janedoe.dev": behind a local part that names nobody, the domain is the writer's own.
        if GENERIC_LOCAL_PARTS.contains(&local.to_lowercase().as_str()) {
            locals.push(folded(domain.split('.').next().unwrap_or_default()));
        }
    }
    for span in url::urls(text) {
        let link = text[span.start..span.end].trim_end_matches('/');
        let link = link.split("://").last().unwrap_or_default().trim_start_matches("www.");
        // The owner's part: "github.com/jdoe/some-repo" → "jdoe" (a repository's
        // name is no person's), "linkedin.com/in/jdoe" → "jdoe", "jdoe.github.io/cv" → "jdoe".
        let mut parts = link.split('/');
        let host = parts.next().unwrap_or_default();
        // "seosolution.ua/courses.html": a file's name is no one's.
        let file = |part: &str| {
            part.rsplit_once('.')
                .is_some_and(|(_, ext)| FILE_EXTENSIONS.contains(&ext.to_lowercase().as_str()))
        };
        let owner = parts.map(|part| part.trim_start_matches('@')).find(|part| {
            !part.is_empty() && !["in", "pub", "u", "user", "users", "profile", "people"].contains(part)
        });
        let owner = owner.filter(|part| !file(part));
        let labels = host.split('.').count();
        if let Some(owner) = owner {
            locals.push(folded(owner));
        }
        if owner.is_none() || labels >= 3 {
            locals.push(folded(host.split('.').next().unwrap_or_default()));
        }
    }
    locals
}

/// Whether a word of five letters or more shares four letters in a row with
/// an email's local part: the same name transliterated otherwise.
fn shares_four_letters(word: &str, locals: &[String]) -> bool {
    let letters: Vec<char> = folded(word).chars().collect();
    letters.len() >= 5
        && letters.windows(4).any(|run| {
            let run: String = run.iter().collect();
            locals.iter().any(|local| local.contains(&run))
        })
}

/// Whether a word of three letters or more, or a part of a hyphenated one
/// ("MOUSSAVOU-DE-BAKALA"), is in one of the email local parts.
fn in_locals(word: &str, locals: &[String]) -> bool {
    let found = |word: &str| {
        let word = folded(word);
        word.chars().count() >= 3 && locals.iter().any(|local| local.contains(&word))
    };
    // "Коваль" and `olenakoval`: the same name in another script.
    found(word)
        || (word.contains('-') && word.split('-').any(found))
        || super::script::spelled_in(word, locals)
}

/// The name on `lines[index]`, with a given name alone on the line before
/// it when the email holds that too: "MARTIN" / "QUISPE HUAMAN".
fn with_given_name(lines: &[&str], index: usize, value: &str, locals: &[String]) -> CandidateName {
    if let Some(before) = index.checked_sub(1).map(|before| lines[before])
        && !before.is_empty()
        && !before.contains(' ')
        && in_locals(before, locals)
        && is_name(&format!("{before} {value}"))
    {
        let mut name = CandidateName::new(&format!("{before} {value}"));
        name.forms.push(format!("{before}\n{value}"));
        name.forms.push(value.to_owned());
        return name;
    }
    CandidateName::new(value)
}

/// The name with one more word the CV writes after it elsewhere ("Kevin
/// Andrés" + "Zuluaga"), when that word is alone on the next line, as a
/// two-column header leaves a family name, or is in an email or a profile:
/// "Mauricio Galeano" and "mauricio.galeano.restrepo@…".
fn with_family_name(text: &str, name: CandidateName, next: Option<&str>, locals: &[String]) -> CandidateName {
    let display = name.display.clone();
    let mut from = 0;
    while let Some(found) = text[from..].find(&display) {
        let after = from + found + display.len();
        from = after;
        let Some(rest) = text[after..].strip_prefix(' ') else { continue };
        let word: &str = rest.split(|c: char| !c.is_alphabetic() && c != '-').next().unwrap_or_default();
        // "Jane Doe Git: …": a label, not a name.
        let labels = rest[word.len()..].starts_with(':')
            || CONTACT_LABEL_WORDS.contains(&word.to_lowercase().as_str())
            || HANDLE_LABELS.contains(&word.to_lowercase().as_str());
        let alone_next = next.is_some_and(|next| next == word);
        let joined = format!("{display} {word}");
        if !word.is_empty() && !labels && (alone_next || in_locals(word, locals)) && is_name(&joined) {
            let mut longer = CandidateName::new(&joined);
            longer.forms.push(format!("{display}\n{word}"));
            longer.forms.extend(name.forms.iter().cloned());
            longer.forms.push(word.to_owned());
            return longer;
        }
    }
    // "ELİF SU" / "ÖZKAYALI": the family name alone on the next line, which the
    // email holds ("nurmina.ozekes.04@…").
    if let Some(word) = next.map(str::trim).filter(|w| !w.is_empty() && !w.contains(' '))
        && !CONTACT_LABEL_WORDS.contains(&word.to_lowercase().as_str())
        && in_locals(word, locals)
        && is_name(&format!("{display} {word}"))
    {
        let mut longer = CandidateName::new(&format!("{display} {word}"));
        longer.forms.push(format!("{display}\n{word}"));
        longer.forms.extend(name.forms.iter().cloned());
        longer.forms.push(word.to_owned());
        return longer;
    }
    name
}

/// Lower case without diacritics, letters only: "Hoàng" → "hoang"; the
/// Latin letters that do not decompose spelled as an address would: "Đồng"
/// → "dong", "Łukasz" → "lukasz", "Søren" → "soren".
pub(super) fn folded(text: &str) -> String {
    text.nfd()
        .flat_map(|c| {
            let plain = match c {
                'đ' | 'Đ' | 'ð' | 'Ð' => "d",
                'ł' | 'Ł' => "l",
                'ø' | 'Ø' => "o",
                'ı' => "i",
                'ħ' | 'Ħ' => "h",
                'ß' => "ss",
                'æ' | 'Æ' => "ae",
                'œ' | 'Œ' => "oe",
                'þ' | 'Þ' => "th",
                _ => "",
            };
            let kept = c.is_ascii_alphabetic().then_some(c);
            plain.chars().chain(kept).collect::<Vec<char>>()
        })
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// "A B I S H E K": four or more capital letters, each alone.
fn is_letter_spaced(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    words.len() >= 4
        && words.iter().all(|word| {
            let mut chars = word.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        })
}

/// A name without what brackets hold, and what they hold:
/// "Jane Doe（张三）" → ("Jane Doe", ["张三"]).
fn without_brackets(value: &str) -> (String, Vec<String>) {
    let mut base = String::new();
    let mut aliases = Vec::new();
    let mut alias = String::new();
    let mut depth = 0;
    for c in value.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 && !alias.trim().is_empty() {
                    aliases.push(alias.trim().to_owned());
                    alias.clear();
                }
            }
            c if depth > 0 => alias.push(c),
            c => base.push(c),
        }
    }
    (base.split_whitespace().collect::<Vec<_>>().join(" "), aliases)
}

/// A line up to its first separator: "Jane Doe | Engineer" → "Jane Doe";
/// "Jane Doe Email: j@x.io" → "Jane Doe".
fn first_segment(line: &str) -> &str {
    let mut cut = [" | ", "|", ",", " – ", " — ", " - ", "  ", "\t", "•", "·", "■", "◆", "♦", "●", "▪", "⋄"]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
        .unwrap_or(line.len());
    // A label ("Email:", "Mobile:", "性别：") ends the name, and so does a
    // contact item itself ("Jane Doe jane@x.io", "Jane Doe +44 20 …").
    let mut at = 0;
    for word in line.split(' ') {
        let contact = word.contains('@')
            || word.starts_with("http")
            || word.starts_with("www.")
            || (word.starts_with('+') && word[1..].starts_with(|c: char| c.is_ascii_digit()));
        // "姓名：李双江 性别：男": a full-width colon glues the next field's value to its label.
        let label = (word.len() > 1 && word.ends_with(':')) || word.contains('：');
        if at > 0 && at < cut && (label || contact) {
            cut = at;
            break;
        }
        at += word.len() + 1;
    }
    line[..cut].trim()
}

/// A value a name label holds: one to four words of letters in any script,
/// each capitalised where the script has case.
fn is_labelled_name(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    (1..=7).contains(&words.len())
        && words.iter().all(|word| {
            if NAME_PARTICLES.contains(&word.to_lowercase().as_str()) {
                return true;
            }
            let first = word.chars().next();
            first.is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
                // Thai and Devanagari write vowels and tones as marks beside the letters.
                && word.chars().all(|c| {
                    c.is_alphabetic() || "-'’.".contains(c) || unicode_normalization::char::is_combining_mark(c)
                })
                && !NOT_NAME_WORDS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
        })
}

fn is_name(value: &str) -> bool {
    is_name_allowing(value, &[])
}

/// [`is_name`], with words that are names here though the table of words no
/// name holds lists them: "Senior" in "Gareth M. Senior".
fn is_name_allowing(value: &str, allowed: &[String]) -> bool {
    let mut words: Vec<&str> = value.split_whitespace().collect();
    // "Reinaldo Augusto de Moraes Jr.": a suffix after the family name is no name of its own.
    if words.len() > 2 && words.last().is_some_and(|w| is_name_suffix(w)) {
        words.pop();
    }
    // Two to four names, particles ("van der", "de la") not counted.
    let names = words.iter().filter(|w| !NAME_PARTICLES.contains(&w.to_lowercase().as_str())).count();
    if !(2..=4).contains(&names) || words.len() > 7 {
        return false;
    }
    // "MD ABDUL KARIM", not "MD Anderson" (a hospital) nor "MD Candidate": a
    // bare "MD" stands for a given name only before two names more.
    if words[0] == "MD" && names < 3 {
        return false;
    }
    let name_like = |w: &str| {
        // "Md. Abdul Karim": a given name abbreviated as South Asian CVs write it.
        if NAME_ABBREVIATIONS.contains(&w.to_lowercase().as_str()) {
            return true;
        }
        let w = without_initials(w);
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            // "Dupre\u{301}": an accent the PDF drew as a mark of its own.
            && w.chars().all(|c| {
                c.is_alphabetic()
                    || "-'’".contains(c)
                    || (c == '.' && w.chars().count() == 2)
                    || unicode_normalization::char::is_combining_mark(c)
            })
            // "ÜNİVERSİTESİ": a dotted capital I lower-cases with a dot of its own, dropped.
            && (!NOT_NAME_WORDS.contains(&w.trim_end_matches('.').to_lowercase().replace('\u{307}', "").as_str())
                || allowed.contains(&w.to_lowercase()))
    };
    // "Accendo S.A.S", "Acme GmbH", "ООО Ромашка": a company's legal form names an employer.
    if words
        .iter()
        .enumerate()
        .any(|(i, w)| is_company_form(w, i + 1 == words.len() && words[..i].iter().any(|w| !is_initial(w))))
    {
        return false;
    }
    let first_ok = name_like(words[0]);
    let last_ok = name_like(words[words.len() - 1]);
    let middle_ok = words[1..words.len() - 1].iter().all(|w| name_like(w) || NAME_PARTICLES.contains(w));
    first_ok
        && last_ok
        && middle_ok
        // An initial may stand for one of them ("Raghavendra K"), not for all.
        && words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
}

/// A company's legal form as a word: "S.A.S", "S.A.", "GmbH", "ООО"; the
/// short forms ("SA", "AG") only with their dots, as an initial might be
/// written "AG" too. A dotted form of two letters ("S.A.", "N.V.") is also
/// a pair of initials ("N.V. Ramana"), so it counts only `last`: as the last
/// word, after a word that is not an initial ("Acme S.A.").
fn is_company_form(word: &str, last: bool) -> bool {
    let word = word.trim_end_matches(',').to_lowercase();
    let bare: String = word.chars().filter(|c| *c != '.').collect();
    if word.contains('.') {
        (last || bare.chars().count() != 2) && COMPANY_FORMS.contains(&bare.as_str())
    } else {
        UNDOTTED_COMPANY_FORMS.contains(&bare.as_str())
    }
}

/// An initial, or initials with dots: "K", "N.V.", "A.G.".
fn is_initial(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 1 || word.split('.').all(|part| part.chars().count() <= 1)
}

/// A gender (or a marital status) as a word of its own: "男", "Male".
fn is_gender_word(word: &str) -> bool {
    super::personal::is_attribute_word(&word.trim().to_lowercase())
}

/// "Jr.", "III": a suffix after a family name (in any case).
fn is_name_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(&word.trim_end_matches(',').to_lowercase().as_str())
}

/// A word without the initials glued before it: "K.P.NADEESHA" → "NADEESHA";
/// an initial alone ("A.") stays.
fn without_initials(word: &str) -> &str {
    let mut rest = word;
    loop {
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some('.')) if c.is_uppercase() && rest.len() > c.len_utf8() + 1 => {
                rest = &rest[c.len_utf8() + 1..];
            }
            _ => return rest,
        }
    }
}

/// Every mention of the name, whole or in parts (case-insensitive for a
/// whole form, capitalised or upper-case for a part).
pub(super) fn name_mentions(text: &str, name: &CandidateName) -> Vec<Span> {
    let mut out = Vec::new();
    let mut forms = name.forms.clone();
    // Each form also without its accents: "Tran Thi Binh" for "Trần Thị Bình".
    for form in &name.forms {
        let plain = without_marks(form);
        if !forms.contains(&plain) {
            forms.push(plain);
        }
    }
    // The parts written together, as a footer or a handle does: "JihoonPark".
    for form in name.forms.clone() {
        let parts: Vec<&str> = form.split_whitespace().collect();
        let glued: String = parts.concat();
        if parts.len() >= 2
            && parts.iter().all(|p| p.chars().count() >= 2)
            && !glued.chars().any(is_cjk)
            && !forms.contains(&glued)
        {
            forms.push(glued);
        }
    }
    forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
    for form in &forms {
        whole_mentions(text, form, &mut out);
    }
    // A citation's initial after the family name: "Ravid, A.", "Brückner, H.".
    let initials: Vec<char> = forms
        .iter()
        .flat_map(|form| form.split_whitespace())
        .filter_map(|part| part.chars().next())
        .collect();
    for form in &forms {
        for part in form.split_whitespace() {
            // "Lemos TC": a citation's initials with no comma stand for the other parts.
            let others: Vec<char> = forms
                .iter()
                .flat_map(|form| form.split_whitespace())
                .filter(|other| *other != part)
                .filter_map(|other| other.chars().next())
                .collect();
            part_mentions(text, part, &initials, &others, &mut out);
        }
    }
    // "Papadaki I." for "Ιωάννα Παπαδάκη", "Айгерим" for "Aigerim": a part spelled in another script.
    let parts: Vec<&str> = forms.iter().flat_map(|form| form.split_whitespace()).collect();
    for spelling in super::script::other_script_spellings(text, &parts) {
        // The other parts' initials in both scripts: "Papadaki I." for "Ιωάννα Παπαδάκη".
        let others: Vec<char> = parts
            .iter()
            .flat_map(|part| {
                let latin = super::script::latin(part).chars().next().and_then(|c| c.to_uppercase().next());
                part.chars().next().into_iter().chain(latin)
            })
            .collect();
        part_mentions(text, &spelling, &initials, &others, &mut out);
    }
    accented_mentions(text, &forms, &mut out);
    if name.display.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) {
        kana_readings(text, &mut out);
    }
    written_out_in_full(text, joined_over_initials(text, out))
}

/// A line that is only a name, two of whose words are mentions of the
/// candidate's, is the name written out in full, given and family names the
/// header left out with them: "Jane Roe" and, further on, "Jane Mary Roe
/// Smith". Its words stay a name's only as a whole (three to five words that
/// read as one, no organisation's word).
fn written_out_in_full(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for (start, line) in lines_at(text) {
        let body = line.trim();
        let from = start + (line.len() - line.trim_start().len());
        let to = from + body.len();
        let words = body.split_whitespace().count();
        let inside: Vec<usize> =
            (0..spans.len()).filter(|&i| from <= spans[i].start && spans[i].end <= to).collect();
        let covered: usize =
            inside.iter().map(|&i| text[spans[i].start..spans[i].end].split_whitespace().count()).sum();
        if !(3..=5).contains(&words) || inside.len() < 2 || covered >= words || !is_name(body) {
            continue;
        }
        // Nothing else on the line is another kind's or another span's.
        if spans.iter().any(|s| s.start < to && from < s.end && !(from <= s.start && s.end <= to)) {
            continue;
        }
        let mut keep: Vec<Span> =
            spans.iter().enumerate().filter(|(i, _)| !inside.contains(i)).map(|(_, s)| *s).collect();
        keep.push(Span { start: from, end: to, kind: PiiKind::Name });
        spans = keep;
    }
    spans.sort_by_key(|span| span.start);
    spans
}

/// Two mentions with only one or two initials between them are one:
/// "Otávio S Brandelli", "Jane Q. Doe" in an author list, a middle name's
/// initial the header left out too.
fn joined_over_initials(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|span| span.start);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if let Some(last) = out.last_mut()
            && last.end <= span.start
        {
            let between = &text[last.end..span.start];
            let inner = between.strip_prefix(' ').and_then(|b| b.strip_suffix(' ')).unwrap_or_default();
            let letters: Vec<char> = inner.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
            // "Taís C. Lemos": a middle name's initial the header left out joins them too.
            let only_initials = !letters.is_empty()
                && letters.len() <= 2
                && inner.chars().all(|c| c.is_uppercase() || c == '.' || c == ' ');
            if only_initials {
                last.end = span.end;
                continue;
            }
        }
        out.push(span);
    }
    out
}

/// A name in kanji has its reading in hiragana, which a 履歴書 prints on a line
/// of its own, in brackets: "(しばた さとる)", or in the reading's cell, after
/// its label or before the next field's word ("いとう はるき 性別"). Such a
/// line, one to three words (two or three unbracketed) of four to sixteen
/// hiragana, is the name's too.
fn kana_readings(text: &str, out: &mut Vec<Span>) {
    // Hiragana only: a reading in katakana reads like an ordinary word in
    // brackets ("（アルバイト）", part-time).
    let is_kana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    for (start, line) in lines_at(text) {
        let body = line.trim();
        // Unbracketed, in the form's cell: after its label, before the next
        // field's word ("ふりがな たなか けんじ", "いとう はるき 性別"), two
        // or three words.
        let bracketed = body.strip_prefix(['(', '（']).and_then(|b| b.strip_suffix([')', '）']));
        let inside = match bracketed {
            Some(inside) => inside,
            None => {
                let after_label = JAPANESE_READING_LABELS
                    .iter()
                    .find_map(|label| body.strip_prefix(label))
                    .unwrap_or(body)
                    .trim_start();
                let cell = before_field_word(after_label).trim_end();
                // A lone line of hiragana words is prose or a title: only a label
                // before it or a field's word after it makes it the reading.
                let labelled = after_label.len() < body.len();
                let field_after = cell.len() < after_label.trim_end().len();
                if !(2..=3).contains(&cell.split_whitespace().count()) || !(labelled || field_after) {
                    continue;
                }
                cell
            }
        };
        let kana = inside.chars().filter(|c| is_kana(*c)).count();
        let words = inside.split_whitespace().count();
        if (4..=16).contains(&kana)
            && (1..=3).contains(&words)
            && inside.chars().all(|c| c.is_whitespace() || is_kana(c))
        {
            let from = start + line.find(inside).unwrap_or(0);
            push(out, from, from + inside.len());
        }
    }
}

/// A part written with accents the header left out: "Mélanie" in a
/// publication's authors when the header says "Melanie".
fn accented_mentions(text: &str, forms: &[String], out: &mut Vec<Span>) {
    let parts: Vec<String> = forms
        .iter()
        .flat_map(|form| form.split_whitespace())
        .filter(|part| part.chars().count() >= 3 && !NAME_PARTICLES.contains(&part.to_lowercase().as_str()))
        .map(|part| without_marks(part).to_lowercase())
        .collect();
    let mut at = 0;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let start = at;
        at += word.len() + text[start + word.len()..].chars().next().map_or(0, char::len_utf8);
        let plain = without_marks(word);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if plain != word && capitalised && parts.contains(&plain.to_lowercase()) {
            push(out, start, start + word.len());
        }
    }
}

/// A word without its combining marks: "Hoàng" → "Hoang", "Jörg" → "Jorg".
fn without_marks(word: &str) -> String {
    word.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).nfc().collect()
}

fn push(out: &mut Vec<Span>, start: usize, end: usize) {
    if !out.iter().any(|s| start < s.end && s.start < end) {
        out.push(Span { start, end, kind: PiiKind::Name });
    }
}

pub(super) fn whole_mentions(text: &str, form: &str, out: &mut Vec<Span>) {
    // Chinese, Japanese and Korean write no spaces between words: a name of
    // two characters or more is found wherever it stands.
    let unspaced = form.chars().count() >= 2 && form.chars().all(is_cjk);
    let lower_text = text.to_lowercase();
    let lower_form = form.to_lowercase();
    if lower_text.len() == text.len() && lower_form.len() == form.len() {
        for (at, _) in lower_text.match_indices(&lower_form) {
            // Lower-casing may move bytes within the same total ("K" → "k").
            let whole = text.is_char_boundary(at) && text.is_char_boundary(at + form.len());
            if whole && (unspaced || is_whole_word(text, at, at + form.len())) {
                push(out, at, at + form.len());
            }
        }
    } else {
        for (at, _) in text.match_indices(form) {
            if unspaced || is_whole_word(text, at, at + form.len()) {
                push(out, at, at + form.len());
            }
        }
    }
}

fn part_mentions(text: &str, part: &str, initials: &[char], others: &[char], out: &mut Vec<Span>) {
    if is_name_suffix(part) {
        return;
    }
    let part = part.trim_end_matches('.');
    if part.chars().count() < 3 || NAME_PARTICLES.contains(&part.to_lowercase().as_str()) {
        return;
    }
    // Title case restarts after a hyphen or an apostrophe: "Jean-Luc", "O'Connor".
    let mut after_break = true;
    let title: String = part
        .chars()
        .flat_map(|c| {
            let cased: Vec<char> =
                if after_break { c.to_uppercase().collect() } else { c.to_lowercase().collect() };
            after_break = matches!(c, '-' | '\'' | '’');
            cased
        })
        .collect();
    let mut variants = vec![part.to_owned(), part.to_uppercase(), title];
    variants.sort();
    variants.dedup();
    for variant in variants {
        for (at, _) in text.match_indices(&variant) {
            let end = at + variant.len();
            // "Senior" alone is a job word; "Senior, G.M." cites the candidate.
            let citation = citation_initial(&text[end..], initials)
                .max(citation_initials_without_comma(&text[end..], others));
            let job_word = NOT_NAME_WORDS.contains(&part.to_lowercase().as_str());
            if is_whole_word(text, at, end)
                && !names_an_organisation(&text[end..])
                && (!job_word || citation > 0)
            {
                // "A. Bertolazzi", "A, Bertolazzi": an author list's initial before the family name.
                // Then a ", A." after it is the next author's, not this one's.
                let before = if job_word { 0 } else { initial_before(&text[..at], initials) };
                let citation = if before > 0 { 0 } else { citation };
                push(out, at - before, end + citation);
            }
        }
    }
}

/// Whether the words after a part of the name go on to an organisation's
/// word ("Kwame" in "Kwame Nkrumah University of …"): up to three
/// capitalised words on the same line.
fn names_an_organisation(rest: &str) -> bool {
    let line = rest.split('\n').next().unwrap_or_default();
    for word in line.split_whitespace().take(3) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !bare.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if ORGANISATION_WORDS.contains(&bare.to_lowercase().as_str()) {
            return true;
        }
    }
    false
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// The length of "A. " or "A, " at the end of `head` (what stands before a
/// part of the name) when the letter is an initial of the name, alone: an
/// author list's "A. Bertolazzi"; else 0.
fn initial_before(head: &str, initials: &[char]) -> usize {
    let mut chars = head.chars().rev();
    let (Some(' '), Some(mark @ ('.' | ',')), Some(initial)) = (chars.next(), chars.next(), chars.next())
    else {
        return 0;
    };
    let alone = !chars.next().is_some_and(char::is_alphanumeric);
    if alone && initial.is_uppercase() && initials.contains(&initial) {
        return initial.len_utf8() + mark.len_utf8() + 1;
    }
    // "R.C.A. Verhoeckx": initials written together, the first of them the name's.
    let Some(word) = head.strip_suffix(". ").and_then(|rest| rest.rsplit([' ', ',', '(']).next()) else {
        return 0;
    };
    let parts: Vec<&str> = word.split('.').collect();
    let together = parts.len() >= 2
        && parts.iter().all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        });
    let first = parts.first().and_then(|part| part.chars().next());
    if together && first.is_some_and(|c| initials.contains(&c)) { word.len() + 2 } else { 0 }
}

/// The length of " TC", " T", " A.M." at the start of `rest`: the initials
/// that Vancouver-style author lists put after the family name with no comma
/// ("Lemos TC", "Senior G.M."), one to three capitals, the first an initial
/// of another part of the name (`others`; the next may be a middle name's
/// the CV's header left out), so "Doe J" is a mention of Jane Doe's and "Doe
/// M" none; else 0.
fn citation_initials_without_comma(rest: &str, others: &[char]) -> usize {
    let Some(after) = rest.strip_prefix(' ') else { return 0 };
    let len = after.find(|c: char| !(c.is_alphabetic() || c == '.')).unwrap_or(after.len());
    let mut token = &after[..len];
    // "Lemos TC.": undotted initials before the sentence's full stop, which stays.
    if let Some(core) = token.strip_suffix('.').filter(|core| !core.contains('.') && core.chars().count() > 1)
    {
        token = core;
    }
    let letters: Vec<char> = token.chars().filter(|c| *c != '.').collect();
    // Dotted initials go one letter a dot ("A.M."); undotted, all capitals ("TC").
    let shaped = !token.contains('.')
        || token.split_inclusive('.').all(|piece| piece.chars().count() == 2 && piece.ends_with('.'));
    let next = after[token.len()..].chars().next();
    let ends = next.is_none_or(|c| matches!(c, ',' | ';' | ')' | ' ' | '.' | '\n'));
    // "Rafael S Lima": a middle initial before a capitalised word belongs to the words around it.
    let middle = after[token.len()..]
        .strip_prefix(' ')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    if (1..=3).contains(&letters.len())
        && shaped
        && ends
        && !middle
        && letters.iter().all(|c| c.is_uppercase())
        && others.contains(&letters[0])
    {
        1 + token.len()
    } else {
        0
    }
}

/// The length of ", A." (or ", A.B.", ", A. B.", with a suffix before the
/// comma: " Jr., A.") at the start of `rest` when each letter is an initial
/// of the name; else 0.
fn citation_initial(rest: &str, initials: &[char]) -> usize {
    let suffix = rest
        .strip_prefix(' ')
        .and_then(|after| after.split(',').next())
        .filter(|word| !word.contains(' ') && is_name_suffix(word))
        .map_or(0, |word| 1 + word.len());
    let Some(after) = rest[suffix..].strip_prefix(", ") else { return 0 };
    let mut taken = 0;
    let mut at = after;
    loop {
        let gap = at.len() - at.trim_start_matches(' ').len();
        let mut chars = at[gap..].chars();
        match (chars.next(), chars.next()) {
            (Some(initial), Some('.')) if initials.contains(&initial) && (taken == 0 || gap <= 1) => {
                let len = gap + initial.len_utf8() + 1;
                taken = after.len() - at.len() + len;
                at = &at[len..];
            }
            _ => break,
        }
    }
    if taken == 0 { 0 } else { suffix + 2 + taken }
}
