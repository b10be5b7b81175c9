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
    "(.)", "(dot)", ".", "[.]", "[dot]", "{dot}",
];

// ---------------------------------------------------------------- url

/// Hosts of profile pages: a token that holds one is a URL.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PROFILE_HOSTS: &[&str] = &[
    "behance.net", "bitbucket.org", "dribbble.com", "facebook.com", "github.com", "github.io", "gitlab.com",
    "instagram.com", "kaggle.com", "leetcode.com", "linkedin.com", "linktr.ee", "medium.com", "stackoverflow.com", "t.me/",
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
    "geboren", "fecha de nacimiento", "nacido el", "nacida el", "date et lieu de naissance",
    "date de naissance", "né le", "née le", "data de nascimento", "data di nascita", "дата рождения",
];

/// Words that lead from a date of birth to the place: "04.09.1960 in Kasachstan".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const BIRTHPLACE_LINKS: &[&str] = &[
    ",", "a", "en", "in", "à",
];

// ---------------------------------------------------------------- personal

/// Labels of protected attributes; the value after them is withheld.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_LABELS: &[&str] = &[
    "aadhaar", "aadhar", "age", "alter", "birth place", "birthplace", "blood group", "caste",
    "children", "citizenship", "civil status", "dni", "edad", "estado civil", "etat civil",
    "familienstand", "father's name", "father’s name", "foto", "geburtsort", "gender", "genero",
    "geschlecht", "género", "height", "husband's name", "kinder", "konfession", "lieu de naissance",
    "lugar de nacimiento", "marital status", "mother's name", "mother’s name", "nacionalidad",
    "national id", "nationalities", "nationality", "nationalität", "nationalité", "number of children",
    "passport", "passport no", "passport number", "photo", "place of birth", "religion",
    "religious affiliation", "religión", "sex", "sexe", "sexo", "situation de famille", "situation familiale",
    "spouse", "staatsangehörigkeit", "staatsbürgerschaft", "weight", "wife's name", "âge", "état civil",
];

/// Labels whose value may follow without a colon ("Nationalität deutsch"):
/// nouns no heading or sentence starts with.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_LABELS_WITHOUT_COLON: &[&str] = &[
    "citizenship", "estado civil", "familienstand", "geburtsort", "lieu de naissance",
    "lugar de nacimiento", "marital status", "nacionalidad", "nationality", "nationalität",
    "nationalité", "place of birth", "staatsangehörigkeit", "état civil",
];

/// Lines that are only a marital status, a gender or a photo caption.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_LINE_WORDS: &[&str] = &[
    "bewerbungsfoto", "casada", "casado", "célibataire", "divorced", "divorciada", "divorciado",
    "divorcé", "divorcée", "female", "femenino", "foto", "féminin", "geschieden", "ledig", "male",
    "marié", "mariée", "married", "masculin", "masculino", "männlich", "passfoto", "photo",
    "photograph", "single", "soltera", "soltero", "unmarried", "verheiratet", "verwitwet", "viuda",
    "viudo", "weiblich", "widowed",
];

/// Words a licence's number follows: "License #234567".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const LICENCE_WORDS: &[&str] = &[
    "licence", "licencia", "license", "lizenz",
];

/// What follows an age: "22 years old".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_PHRASES: &[&str] = &[
    "jahre alt", "year old", "year-old", "years of age", "years old", "yrs old",
];

// ---------------------------------------------------------------- phone

/// Labels that make a shorter run of digits a phone: "Tel. 555-1234".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PHONE_LABELS: &[&str] = &[
    "call", "cell", "celular", "fax", "handy", "mob", "mobile", "movil", "móvil", "ph.", "ph:", "phone",
    "portable", "tel", "telefon", "telefono", "teléfono", "téléphone", "whatsapp",
];

// ---------------------------------------------------------------- address

/// Street words that follow the street's name: "Baker Street".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_SUFFIXES: &[&str] = &[
    "ave", "avenue", "blvd", "boulevard", "cir", "circle", "close", "colony", "court", "crescent", "ct",
    "dr", "drive", "enclave", "gardens", "grove", "highway", "hwy", "lane", "layout", "ln", "marg", "mews",
    "nagar", "parkway", "pkwy", "pl", "place", "rd", "road", "row", "salai", "sq", "square", "st",
    "street", "terrace", "walk", "way",
];

/// Street words that stand alone between the street's name and its number:
/// "Recklinghäuser str 8", "Franz-Beiska Weg 26".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_WORDS: &[&str] = &[
    "allee", "chaussee", "damm", "gasse", "platz", "ring", "str", "strasse", "straße", "ufer", "weg",
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
    "about", "academy", "accountant", "achievements", "activities", "administrator", "analyst", "and",
    "angaben", "apprentice", "architect", "assistant", "associate", "association", "at", "ausbildung",
    "award", "awards", "backend", "bank", "berufserfahrung", "bewerbung", "cashier", "center", "centre",
    "certificate", "certification", "certifications", "certified", "championship", "chief", "clerk", "club",
    "college", "committee", "company", "competition", "compétences", "conference", "consultant", "contact",
    "contacto", "coordinator", "corporation", "council", "curriculum", "cv", "data", "daten", "datos",
    "debate", "declaration", "department", "designer", "details", "developer", "director", "driver",
    "educación", "education", "engineer", "executive", "experience", "experiencia", "expérience", "for",
    "formation", "foundation", "frontend", "full", "group", "hackathon", "head", "history", "hobbies",
    "hospital", "in", "inc", "information", "institute", "interests", "intern", "junior", "kenntnisse",
    "kontakt", "languages", "lead", "lebenslauf", "lecturer", "licensed", "llc", "ltd", "manager",
    "marketing", "me", "ministry", "national", "nurse", "objective", "of", "officer", "olympiad",
    "operator", "owner", "page", "perfil", "personal", "personales", "persönliche", "principal", "prize",
    "product", "professional", "professor", "profil", "profile", "project", "projects", "publications",
    "references", "registered", "representative", "resume", "résumé", "sales", "school", "scientist",
    "senior", "services", "skills", "society", "software", "solutions", "specialist", "stack", "staff",
    "street", "student", "summary", "supervisor", "systems", "teacher", "team", "technician",
    "technologies", "the", "trainee", "university", "vitae", "volunteer", "web", "winner", "with", "work",
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
    "apellido", "apellidos", "candidate", "candidate name", "family name", "full name", "last name",
    "nachname", "name", "nom", "nom de famille", "nombre", "nombre completo", "surname", "фамилия",
    "фио", "姓名",
];

/// Labels of a first name: "Vorname: …"; it goes before the family name.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const FIRST_NAME_LABELS: &[&str] = &[
    "first name", "given name", "nombres", "prenom", "prénom", "prénoms", "vorname", "vornamen", "имя",
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
        ("BIRTHPLACE_LINKS", BIRTHPLACE_LINKS, true),
        ("PERSONAL_LABELS", PERSONAL_LABELS, true),
        ("PERSONAL_LABELS_WITHOUT_COLON", PERSONAL_LABELS_WITHOUT_COLON, true),
        ("PERSONAL_LINE_WORDS", PERSONAL_LINE_WORDS, true),
        ("AGE_PHRASES", AGE_PHRASES, true),
        ("LICENCE_WORDS", LICENCE_WORDS, true),
        ("PHONE_LABELS", PHONE_LABELS, true),
        ("STREET_SUFFIXES", STREET_SUFFIXES, true),
        ("STREET_PREFIXES", STREET_PREFIXES, true),
        ("STREET_WORDS", STREET_WORDS, true),
        ("STREET_ENDINGS", STREET_ENDINGS, true),
        ("UNIT_WORDS", UNIT_WORDS, true),
        ("DIRECTIONS", DIRECTIONS, true),
        ("ADDRESS_LABELS", ADDRESS_LABELS, true),
        ("NOT_NAME_WORDS", NOT_NAME_WORDS, true),
        ("NAME_PARTICLES", NAME_PARTICLES, true),
        ("NAME_LABELS", NAME_LABELS, true),
        ("FIRST_NAME_LABELS", FIRST_NAME_LABELS, true),
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
