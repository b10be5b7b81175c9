//! The redaction rules, one `check(input, expected)` a case: what is replaced
//! and, as much, what must stay.

use super::*;

#[track_caller]
fn check(input: &str, expected: &str) {
    assert_eq!(redact(input).text, expected, "input: {input:?}");
}

#[test]
fn emails() {
    check("Mail: jane.doe+cv@mail.example.co.uk.", "Mail: [EMAIL-1].");
    check("a@b.io, a@b.io and c_d@x-y.org", "[EMAIL-1], [EMAIL-1] and [EMAIL-2]");
    check("user@localhost, @ alone, a@b.c", "user@localhost, @ alone, a@b.c");
}

#[test]
fn emails_spelled_out_to_dodge_harvesters() {
    check("priya[at]example[dot]in · Bengaluru", "[EMAIL-1] · Bengaluru");
    check("Mail: jane.doe (at) mail (dot) example (dot) org.", "Mail: [EMAIL-1].");
    check("j_smith {AT} example.co.uk", "[EMAIL-1]");
    for text in ["Good at maths (at) school", "team [at] scale", "met (at) noon [dot] later", "x [at] y"] {
        check(text, text);
    }
}

#[test]
fn urls_and_handles() {
    check("https://jane.dev/blog?x=1 and www.example.org", "[URL-1] and [URL-2]");
    check("linkedin.com/in/jane-doe | github.com/jdoe", "[URL-1] | [URL-2]");
    check("Portfolio: janedoe.dev (see jane.github.io)", "Portfolio: [URL-1] (see [URL-2])");
    check("GitHub: jdoe42\nTwitter: @jdoe", "GitHub: [URL-1]\nTwitter: [URL-2]");
    check("Ping me @jane_doe on Slack", "Ping me [URL-1] on Slack");
}

#[test]
fn technologies_that_look_like_urls_stay() {
    for text in [
        "C#, .NET, ASP.NET Core, VB.NET, ADO.NET",
        "Node.js, Vue.js, Next.js, socket.io, D3.js",
        "Python 3.11, Java 17, e.g. i.e. Ph.D. B.Sc.",
        "Skills: GitHub Actions, GitLab CI, LinkedIn Learning",
        "version 1.2.3 on 10.0.0.1",
    ] {
        check(text, text);
    }
}

#[test]
fn phones() {
    check("Phone: +1 (555) 123-4567", "Phone: [PHONE-1]");
    check("+44 20 7946 0958 / 07700 900123", "[PHONE-1] / [PHONE-2]");
    check("Tel. 612 345 678; mobile 555-1234", "Tel. [PHONE-1]; mobile [PHONE-2]");
    check("(555) 123-4567 or 555.123.4567 or 5551234567", "[PHONE-1] or [PHONE-2] or [PHONE-3]");
    check("+49 30 12345678", "[PHONE-1]");
}

#[test]
fn dates_years_and_figures_are_not_phones() {
    for text in [
        "2018 - 2020, 2014-2018, 2019 2020 2021",
        "Jan 2019 - Dec 2021; 2020-01-15; 15.01.2020; 01/02/2020",
        "Cut costs by 1,500,000 USD; 120 000 users; 45%",
        "ISO 27001, ISO/IEC 27001:2013, IEEE 802.11",
        "Ticket 12345678 and order 1234567",
    ] {
        check(text, text);
    }
}

#[test]
fn dates_of_birth_only_after_a_label() {
    check("Date of birth: 12/03/1990\nBorn 1985", "[DOB-1]\n[DOB-2]");
    check("DOB: 3 March 1990, Lisbon", "[DOB-1], Lisbon");
    check("Born on March 3, 1991.", "[DOB-1].");
    check("Adobe 2019, Photoshop 2020; born to lead", "Adobe 2019, Photoshop 2020; born to lead");
    check("Worked 03/2015 - 12/2019 at Acme", "Worked 03/2015 - 12/2019 at Acme");
}

#[test]
fn addresses() {
    check("221B Baker Street, London NW1 6XE, UK", "[ADDRESS-1]");
    check("1600 Pennsylvania Avenue NW, Washington, DC 20500", "[ADDRESS-1]");
    check("Lives at 42 Main St. Apt 4, Springfield", "Lives at [ADDRESS-1]");
    check("350 Fifth Avenue Suite 3300, New York, NY 10118", "[ADDRESS-1]");
    check("Hauptstraße 12, 10115 Berlin", "[ADDRESS-1]");
    check("97 Elm Grove Drive, Leeds LS1 4AB", "[ADDRESS-1]");
    check("12 rue de la Paix, 75002 Paris", "[ADDRESS-1]");
    check("Calle Mayor 5, Madrid | Rua das Flores 25", "[ADDRESS-1] | [ADDRESS-2]");
    check("Address: Flat 3, Rose Court, Leeds LS1 4AB", "Address: [ADDRESS-1]");
}

#[test]
fn prose_with_numbers_and_street_words_stays() {
    for text in [
        "Led 5 engineers on a 3-way merge tool",
        "Managed 12 projects; drove 40% growth; 2 Drive folders",
        "Worked at Wall Street firms for 6 years",
        "Main St. Bank, 2015 - 2018",
        "Version 2 Way of working",
    ] {
        check(text, text);
    }
}

#[test]
fn the_name_from_the_header_or_a_name_line() {
    check(
        "Jane Doe\nSenior Engineer\nJane led the team. DOE, J.",
        "[NAME]\nSenior Engineer\n[NAME] led the team. [NAME], J.",
    );
    check("MARIA DE LA CRUZ | Data Scientist\nMaria", "[NAME] | Data Scientist\n[NAME]");
    check("JEAN-LUC O'CONNOR\nfrom Jean-Luc. O'Connor", "[NAME]\nfrom [NAME]. [NAME]");
    check(
        "Curriculum Vitae\nName: Jean-Luc Haddad\nfrom Jean-Luc.",
        "Curriculum Vitae\nName: [NAME]\nfrom [NAME].",
    );
    check("Curriculum Vitae\nName: Ahmed Khan\nKhan & Co", "Curriculum Vitae\nName: [NAME]\n[NAME] & Co");
    check("Resume\nAhmed Khan\nRust", "Resume\n[NAME]\nRust");
    check("Ana María van der Berg\nAna María, Berg", "[NAME]\n[NAME] [NAME], [NAME]");
    check(
        "Senior Engineer\nRust, Go\nKey Skills\nAhmed Khan",
        "Senior Engineer\nRust, Go\nKey Skills\nAhmed Khan",
    );
}

#[test]
fn headings_and_titles_are_not_names() {
    for text in [
        "Senior Software Engineer\nRust",
        "Curriculum Vitae\nRust",
        "Professional Summary",
        "Python Developer",
    ] {
        check(text, text);
    }
}

#[test]
fn placeholders_are_stable_and_the_mapping_restores() {
    let text = "Jane Doe\nb@x.io a@x.io b@x.io +1 555 010 0100";
    let redaction = redact(text);
    assert_eq!(redaction.text, "[NAME]\n[EMAIL-1] [EMAIL-2] [EMAIL-1] [PHONE-1]");
    assert_eq!(
        redaction.counts,
        PiiCounts { email: 3, phone: 1, url: 0, address: 0, date_of_birth: 0, name: 1 }
    );
    let places: Vec<(&str, &str)> =
        redaction.entries.iter().map(|e| (e.placeholder.as_str(), e.original.as_str())).collect();
    assert_eq!(
        places,
        [
            ("[NAME]", "Jane Doe"),
            ("[EMAIL-1]", "b@x.io"),
            ("[EMAIL-2]", "a@x.io"),
            ("[PHONE-1]", "+1 555 010 0100")
        ]
    );
    assert_eq!(redaction.restore(&redaction.text), text);
}

proptest::proptest! {
    /// Any text: no panic, every placeholder handed out is in the text, and
    /// the counts cover the entries.
    #[test]
    fn any_text_redacts_consistently(text in "(\\PC|[\\n@+().:/ 0-9KİßẞJane Doe\u{200B}\u{200D}\u{202E}\u{E0041}\u{FEFF}]){0,200}") {
        let redaction = redact(&text);
        proptest::prop_assert!(redaction.counts.total() >= redaction.entries.len());
        for entry in &redaction.entries {
            proptest::prop_assert!(redaction.text.contains(&entry.placeholder));
        }
        let hidden = crate::privacy::scan_text(&text);
        let kept = crate::privacy::remove_hidden(&text, &hidden);
        proptest::prop_assert!(!kept.chars().any(crate::privacy::is_hiding_character));
    }
}
