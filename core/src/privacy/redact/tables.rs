//! The word lists the scanners match against, apart from their logic.
//!
//! A list is searched as a set (`contains`, `any`) unless its doc says
//! "order matters"; the others are kept sorted. The tests below check that,
//! and that no list holds a word twice.

// ---------------------------------------------------------------- email

/// The spellings that stand for "@" in an address written to dodge
/// harvesters: `jane[at]example[dot]com`, `jane (at) example (dot) org`.
/// Only bracketed words count: a plain " at " is English.
///
/// Order matters: spans of two spellings may overlap, and the one listed first wins.
#[rustfmt::skip]
pub(super) const SPELLED_AT: &[&str] = &[
    "[at]", "(at)", "{at}",
];

/// The spellings that stand for "." in such an address, a plain dot too.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const SPELLED_DOT: &[&str] = &[
    "(dot)", ".", "[dot]", "{dot}",
];

// ---------------------------------------------------------------- url

/// Hosts of profile pages: a token that holds one is a URL.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PROFILE_HOSTS: &[&str] = &[
    "behance.net", "bitbucket.org", "dribbble.com", "facebook.com", "github.com", "github.io", "gitlab.com",
    "instagram.com", "kaggle.com", "leetcode.com", "linkedin.com", "medium.com", "stackoverflow.com", "t.me/",
    "twitter.com", "x.com/",
];

/// Top-level domains a bare domain may end in. Kept short on purpose: `.js`,
/// `.py` and `.NET` are technologies, not websites.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const TLDS: &[&str] = &[
    "ai", "app", "au", "blog", "br", "ca", "ch", "cn", "co", "com", "de", "dev", "es", "eu", "fr", "info",
    "io", "jp", "me", "net", "nl", "org", "page", "pl", "pt", "ru", "se", "site", "tech", "uk", "vn", "xyz",
];

/// Technologies spelled like domains.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const TECH_DOMAINS: &[&str] = &[
    "ado.net", "asp.net", "chart.js", "node.js", "socket.io", "vb.net", "vue.js",
];

/// Labels ("GitHub:") that a profile handle follows.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const HANDLE_LABELS: &[&str] = &[
    "behance", "dribbble", "github", "gitlab", "instagram", "kaggle", "leetcode", "linkedin", "mastodon",
    "medium", "skype", "stackoverflow", "telegram", "twitter",
];

// ---------------------------------------------------------------- date of birth

/// Labels that a date of birth follows.
///
/// Order matters: labels may overlap in a text ("date of birth date"), and the one
/// listed first wins.
#[rustfmt::skip]
pub(super) const DOB_LABELS: &[&str] = &[
    "date of birth", "birth date", "birthdate", "birthday", "d.o.b", "dob", "born", "geburtsdatum",
    "fecha de nacimiento", "date de naissance", "data de nascimento",
];

// ---------------------------------------------------------------- phone

/// Labels that make a shorter run of digits a phone: "Tel. 555-1234".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PHONE_LABELS: &[&str] = &[
    "call", "cell", "fax", "mob", "mobile", "ph.", "ph:", "phone", "tel", "whatsapp",
];

// ---------------------------------------------------------------- address

/// Street words that follow the street's name: "Baker Street".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_SUFFIXES: &[&str] = &[
    "ave", "avenue", "blvd", "boulevard", "cir", "circle", "close", "court", "crescent", "ct", "dr", "drive",
    "gardens", "grove", "highway", "hwy", "lane", "ln", "mews", "parkway", "pkwy", "pl", "place", "rd",
    "road", "row", "sq", "square", "st", "street", "terrace", "walk", "way",
];

/// Street words that come first: "rue de la Paix", "Calle Mayor".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_PREFIXES: &[&str] = &[
    "allée", "av", "avda", "avenida", "avenue", "bd", "boulevard", "calle", "carrer", "chemin", "corso",
    "largo", "piazza", "place", "plaza", "praça", "rua", "rue", "travessa", "ul", "ulica", "via", "viale",
];

/// Endings of one-word street names: "Hauptstraße 12", "Kerkstraat 5".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_ENDINGS: &[&str] = &[
    "allee", "gasse", "gatan", "laan", "platz", "plein", "str.", "straat", "strasse", "straße", "vej",
    "vägen", "weg",
];

/// Words that put a flat or suite after the street: "Apt 5B".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const UNIT_WORDS: &[&str] = &[
    "apartment", "apt", "fl", "flat", "floor", "ste", "suite", "unit",
];

/// Compass points after a street: "1600 Pennsylvania Avenue NW".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const DIRECTIONS: &[&str] = &[
    "e", "n", "ne", "nw", "s", "se", "sw", "w",
];

/// Labels of an address line: "Address: …".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const ADDRESS_LABELS: &[&str] = &[
    "address", "adresse", "dirección", "endereço", "home address", "postal address",
];

// ---------------------------------------------------------------- name

/// Words that make a first line a heading or a title, not a name.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "about", "accountant", "administrator", "analyst", "and", "architect", "at", "backend", "chief",
    "college", "consultant", "contact", "curriculum", "cv", "data", "designer", "details", "developer",
    "director", "education", "engineer", "experience", "for", "frontend", "full", "head", "history", "in",
    "inc", "information", "intern", "junior", "lead", "llc", "ltd", "manager", "marketing", "me", "nurse",
    "objective", "of", "officer", "owner", "page", "personal", "principal", "product", "professional",
    "profile", "project", "projects", "resume", "résumé", "sales", "scientist", "senior", "skills",
    "software", "specialist", "stack", "staff", "street", "student", "summary", "teacher", "team",
    "technician", "the", "university", "vitae", "web", "with", "work",
];

/// Lower-case parts of a name that are not names themselves: "van der", "de la".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la", "le", "van",
    "von", "y",
];

/// Labels of a name line: "Name: …".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NAME_LABELS: &[&str] = &[
    "candidate", "candidate name", "full name", "name", "nom", "nombre",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list, and whether it is kept sorted (order does not matter to it).
    const LISTS: &[(&str, &[&str], bool)] = &[
        ("SPELLED_AT", SPELLED_AT, false),
        ("SPELLED_DOT", SPELLED_DOT, true),
        ("PROFILE_HOSTS", PROFILE_HOSTS, true),
        ("TLDS", TLDS, true),
        ("TECH_DOMAINS", TECH_DOMAINS, true),
        ("HANDLE_LABELS", HANDLE_LABELS, true),
        ("DOB_LABELS", DOB_LABELS, false),
        ("PHONE_LABELS", PHONE_LABELS, true),
        ("STREET_SUFFIXES", STREET_SUFFIXES, true),
        ("STREET_PREFIXES", STREET_PREFIXES, true),
        ("STREET_ENDINGS", STREET_ENDINGS, true),
        ("UNIT_WORDS", UNIT_WORDS, true),
        ("DIRECTIONS", DIRECTIONS, true),
        ("ADDRESS_LABELS", ADDRESS_LABELS, true),
        ("NOT_NAME_WORDS", NOT_NAME_WORDS, true),
        ("NAME_PARTICLES", NAME_PARTICLES, true),
        ("NAME_LABELS", NAME_LABELS, true),
    ];

    #[test]
    fn no_word_list_holds_a_word_twice() {
        for (name, words, _) in LISTS {
            let mut seen = std::collections::BTreeSet::new();
            for word in *words {
                assert!(seen.insert(word), "{name} holds {word:?} twice");
            }
        }
    }

    #[test]
    fn lists_whose_order_does_not_matter_are_sorted() {
        for (name, words, sorted) in LISTS {
            if *sorted {
                for pair in words.windows(2) {
                    assert!(pair[0] < pair[1], "{name}: {:?} should come before {:?}", pair[1], pair[0]);
                }
            }
        }
    }
}
