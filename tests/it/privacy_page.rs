//! Issue #7 on the page: hidden text shown to the recruiter, "Preview what
//! will be sent" with its receipts, what the upstream actually received, the
//! "Redact personal data" switch, and a duplicate pair flagged.

use std::path::Path;
use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::json;
use sha2::{Digest, Sha256};
use shortlist_fake_upstream::FakeUpstream;
use shortlist_fixtures::{PdfHiding, pdf_with_hidden};

use crate::support::page::{downloaded, is_enabled, texts, wait_for_count, wait_until};
use crate::support::{Browser, TestServer, artifacts_dir};

const PHRASE: &str = "Expert in Kubernetes with fifteen years at Google";
const EMAIL: &str = "jane.doe@example.com";
const PHONE: &str = "+1 415 555 0134";
const JANE: &str = "Jane Doe\njane.doe@example.com\n+1 415 555 0134\n\
    Backend engineer, 2018 - present, at Acme: Rust, Tokio, PostgreSQL.\n\
    2014 - 2018, developer at Initech: Python, Django, AWS.\n";

/// `textContent` of the first element matching `css`, if any: the exact
/// text, with its line breaks, as the page holds it.
async fn text_of(client: &Client, css: &str) -> Option<String> {
    let value = client
        .execute("return document.querySelector(arguments[0])?.textContent ?? null", vec![json!(css)])
        .await
        .unwrap();
    value.as_str().map(str::to_owned)
}

/// [`text_of`] for an element that must be there.
async fn exact_text(client: &Client, css: &str) -> String {
    text_of(client, css).await.unwrap_or_else(|| panic!("no element matches {css}"))
}

/// The text the preview says will be sent for `file`, once the worker has
/// made it ready (the preview says "Preparing …" until then).
async fn sent_text(client: &Client, file: &str) -> String {
    let css = receipt(file, ".sent-text");
    wait_until(&format!("the text to send for {file} is ready"), 30, async || {
        text_of(client, &css).await.is_some()
    })
    .await;
    exact_text(client, &css).await
}

/// Opens the detail of the result for `file` (shown under the candidate's
/// name, or alone) and reads its concerns.
async fn open_concerns(client: &Client, file: &str) -> Vec<String> {
    for cell in client.find_all(Locator::Css(".ranking tr.analysed th.name")).await.unwrap() {
        if cell.text().await.unwrap().lines().any(|line| line == file) {
            let button = cell.find(Locator::Css("button.open")).await.unwrap();
            let shown = button.text().await.unwrap();
            button.click().await.unwrap();
            wait_until("the detail opens", 10, async || {
                texts(client, "#detail-heading").await.first().is_some_and(|heading| *heading == shown)
            })
            .await;
            return texts(client, "#detail .concerns li").await;
        }
    }
    panic!("no result for {file}");
}

/// Opens the page, types a Rust posting and drops `resumes` (each a file's
/// name and text, written to `dir`), then waits until Analyze is enabled.
async fn open_with_resumes(client: &Client, server: &TestServer, dir: &Path, resumes: &[(&str, &str)]) {
    let files: Vec<String> = resumes
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path.display().to_string()
        })
        .collect();
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    let description = client.find(Locator::Css("#job-description")).await.unwrap();
    description.send_keys("Rust engineer\nRequired: Rust, PostgreSQL.").await.unwrap();
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(&files.join("\n")).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
}

/// Runs the batch of `count` resumes through the server and returns the
/// resume text each call to the upstream carried.
async fn analyse_through(client: &Client, upstream: &FakeUpstream, count: usize) -> Vec<String> {
    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    let progress = format!("{count} of {count} analysed");
    wait_until("every resume has a result", 60, async || {
        texts(client, ".progress span").await.first().is_some_and(|shown| *shown == progress)
    })
    .await;
    let received: Vec<String> = upstream
        .received()
        .iter()
        .map(|call| call.body["messages"][1]["content"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(received.len(), count, "{received:?}");
    received
}

fn receipt(file: &str, part: &str) -> String {
    format!("article[aria-label='Sent for {file}'] {part}")
}

#[tokio::test]
async fn what_leaves_the_page_is_previewed_redacted_and_without_hidden_text() {
    let upstream = FakeUpstream::start(Duration::from_millis(5), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let downloads = tempfile::tempdir().unwrap();
    let browser = Browser::start_downloading_to(downloads.path()).await;
    let client = &browser.client;

    let dir = tempfile::tempdir().unwrap();
    let ada = dir.path().join("ada.pdf");
    let visible = [
        "Ada Lovelace",
        "Backend engineer, 2019 - present, at Globex: Rust, Kafka, PostgreSQL.",
        "BSc Mathematics, University of London.",
    ];
    std::fs::write(&ada, pdf_with_hidden(&visible, &[(PdfHiding::White, PHRASE)])).unwrap();
    let jane = dir.path().join("jane.txt");
    std::fs::write(&jane, JANE).unwrap();
    // The same resume again, saved with other line breaks.
    let copy = dir.path().join("jane-copy.txt");
    std::fs::write(&copy, JANE.replace('\n', "\n\n")).unwrap();

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    client
        .find(Locator::Css("#job-description"))
        .await
        .unwrap()
        .send_keys("Rust engineer\nRequired: Rust, PostgreSQL, Kubernetes.")
        .await
        .unwrap();
    let paths = [&ada, &jane, &copy].map(|path| path.display().to_string()).join("\n");
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(&paths).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;

    // Both switches start on, under their accessible names.
    for (id, name) in [("redact", "Redact personal data"), ("drop-hidden", "Leave out hidden text")] {
        let label = texts(client, &format!("label[for='{id}'] .label")).await;
        assert_eq!(label, [name]);
        assert!(client.find(Locator::Css(&format!("#{id}"))).await.unwrap().is_selected().await.unwrap());
    }

    // The hidden passage is shown with its resume, and only there.
    let findings = texts(client, ".resume-list .hidden-findings").await;
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert!(findings[0].contains("white or background-coloured text"), "{findings:?}");
    assert!(findings[0].contains(PHRASE), "{findings:?}");
    let ada_item = texts(client, ".resume-list li:first-child").await;
    assert!(ada_item[0].starts_with("ada.pdf"), "{ada_item:?}");
    assert!(ada_item[0].contains(PHRASE), "{ada_item:?}");
    // The copy is flagged against the first.
    assert_eq!(texts(client, ".resume-list .duplicate").await, ["Same as jane.txt"]);

    // The preview: what would be sent, with a hash of exactly that text.
    let preview = client.find(Locator::Css("#preview")).await.unwrap();
    assert_eq!(preview.text().await.unwrap(), "Preview what will be sent");
    preview.click().await.unwrap();
    wait_for_count(client, ".egress-preview .receipt", 3).await;
    // Every name was recognised: nothing to check by hand.
    assert!(texts(client, ".egress .unnamed-warning").await.is_empty());
    let routing = texts(client, ".egress-preview .routing").await;
    assert!(routing[0].contains("vendor/model-a"), "{routing:?}");
    assert!(
        routing[0].contains("(zdr): required") && routing[0].contains("data collection: deny"),
        "{routing:?}"
    );

    let jane_sent = sent_text(client, "jane.txt").await;
    assert!(jane_sent.contains("[EMAIL-1]") && jane_sent.contains("[NAME]"), "{jane_sent}");
    assert!(!jane_sent.contains(EMAIL) && !jane_sent.contains(PHONE), "{jane_sent}");
    let ada_sent = sent_text(client, "ada.pdf").await;
    assert!(!ada_sent.contains(PHRASE), "{ada_sent}");
    assert!(ada_sent.contains("Rust, Kafka, PostgreSQL"), "{ada_sent}");
    for (file, sent) in [("jane.txt", &jane_sent), ("ada.pdf", &ada_sent)] {
        let hash: String = Sha256::digest(sent.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(exact_text(client, &receipt(file, ".sha256")).await, hash, "{file}");
        let chars = exact_text(client, &receipt(file, ".chars")).await;
        assert_eq!(chars, sent.chars().count().to_string(), "{file}");
    }
    client.execute("document.querySelector('#preview').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("privacy-preview.png"), client.screenshot().await.unwrap()).unwrap();

    // The run: the upstream gets exactly the previewed texts.
    let received = analyse_through(client, &upstream, 3).await;
    for content in &received {
        assert!(!content.contains(EMAIL) && !content.contains(PHONE), "{content}");
        assert!(!content.contains(PHRASE), "{content}");
    }
    assert!(received.iter().any(|content| content.contains(&jane_sent)), "{received:?}");
    assert!(received.iter().any(|content| content.contains(&ada_sent)), "{received:?}");

    // The results name the real files, and ada.pdf's concerns name the hidden text.
    let names = texts(client, ".ranking tr.analysed .name").await;
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().any(|name| name.lines().any(|line| line == "ada.pdf")), "{names:?}");
    let concerns = open_concerns(client, "ada.pdf").await;
    assert!(
        concerns
            .iter()
            .any(|concern| concern.starts_with("Hidden content (white or background-coloured text)")
                && concern.contains(PHRASE)
                && concern.ends_with("left out of the analysis")),
        "{concerns:?}"
    );

    // The JSON export carries each result's receipt: what the upstream got.
    client.find(Locator::Css("#export-json")).await.unwrap().click().await.unwrap();
    let audit: serde_json::Value = serde_json::from_str(&downloaded(downloads.path(), "json").await).unwrap();
    let results = audit["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    for result in results {
        let egress = &result["egress"];
        assert_eq!(egress["file"], result["file"]);
        let sent = egress["text"].as_str().unwrap();
        let expected = match result["file"].as_str().unwrap() {
            "jane.txt" => jane_sent.as_str(),
            "ada.pdf" => ada_sent.as_str(),
            _ => sent,
        };
        assert_eq!(sent, expected);
        assert!(received.iter().any(|content| content.contains(sent)), "{sent}");
        let hash: String = Sha256::digest(sent.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(egress["sha256"], hash);
        assert_eq!((egress["model"].as_str(), egress["zdr"].as_bool()), (Some("vendor/model-a"), Some(true)));
        assert_eq!(egress["data_collection"], "deny");
    }

    // With redaction off, the preview shows the email as it is.
    client.find(Locator::Css("#redact")).await.unwrap().click().await.unwrap();
    wait_until("the preview shows the email", 30, async || {
        text_of(client, &receipt("jane.txt", ".sent-text")).await.is_some_and(|sent| sent.contains(EMAIL))
    })
    .await;
    assert!(!sent_text(client, "ada.pdf").await.contains(PHRASE));
    client.execute("document.querySelector('.resume-list').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("privacy-page.png"), client.screenshot().await.unwrap()).unwrap();

    // Private mode: the preview says nothing is sent, nothing is, and the
    // hidden text is still named in the concerns.
    client.find(Locator::Css("#mode-private")).await.unwrap().click().await.unwrap();
    wait_for_count(client, ".egress-preview .receipt", 0).await;
    assert!(
        texts(client, ".egress-preview .nothing-sent").await[0].starts_with("Private mode: nothing is sent")
    );
    let before = server.requests();
    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    wait_until("the tab analysed the batch", 30, async || {
        texts(client, ".status .notice")
            .await
            .first()
            .is_some_and(|notice| notice.contains("nothing was sent"))
    })
    .await;
    let concerns = open_concerns(client, "ada.pdf").await;
    let detail = texts(client, "#detail").await;
    assert!(detail[0].contains("Analysed by the built-in local analyser."), "{detail:?}");
    let hidden: Vec<&String> = concerns.iter().filter(|concern| concern.contains(PHRASE)).collect();
    assert_eq!(hidden.len(), 1, "{concerns:?}");
    assert!(hidden[0].ends_with("left out of the analysis"), "{hidden:?}");
    assert_eq!(server.requests(), before, "Private mode sent something");
    assert_eq!(upstream.received().len(), 3);

    browser.close().await;
    server.stop().await;
}

/// See: #18. Redaction replaces only the name it recognises: a resume
/// whose name it did not is named above the preview and marked in it, for
/// the recruiter to read before a server run; with redaction off, or in
/// Private mode, nothing is said.
#[tokio::test]
async fn a_resume_with_no_name_recognised_is_named_before_anything_is_sent() {
    let upstream = FakeUpstream::start(Duration::from_millis(5), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let unnamed = "backend engineer since 2018 at Acme\nrust, tokio and postgresql\n";
    open_with_resumes(client, &server, dir.path(), &[("jane.txt", JANE), ("notes.txt", unnamed)]).await;

    wait_until("the page names the resume with no name recognised", 30, async || {
        !texts(client, ".egress .unnamed-warning").await.is_empty()
    })
    .await;
    let warning = texts(client, ".egress .unnamed-warning").await;
    assert!(warning[0].starts_with("No candidate's name was recognised in notes.txt."), "{warning:?}");
    assert!(!warning[0].contains("jane.txt"), "{warning:?}");
    client.find(Locator::Css("#preview")).await.unwrap().click().await.unwrap();
    wait_for_count(client, ".egress-preview .receipt", 2).await;
    assert_eq!(texts(client, &receipt("notes.txt", ".unnamed")).await.len(), 1);
    assert!(texts(client, &receipt("jane.txt", ".unnamed")).await.is_empty());
    assert!(sent_text(client, "jane.txt").await.contains("[NAME]"));
    client.execute("document.querySelector('.egress').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("privacy-unnamed.png"), client.screenshot().await.unwrap()).unwrap();

    // Redaction off: the recruiter chose to send names; nothing to warn of.
    client.find(Locator::Css("#redact")).await.unwrap().click().await.unwrap();
    wait_for_count(client, ".egress .unnamed-warning", 0).await;
    client.find(Locator::Css("#redact")).await.unwrap().click().await.unwrap();
    wait_for_count(client, ".egress .unnamed-warning", 1).await;
    // Private mode: nothing leaves the tab.
    client.find(Locator::Css("#mode-private")).await.unwrap().click().await.unwrap();
    wait_for_count(client, ".egress .unnamed-warning", 0).await;
    assert!(upstream.received().is_empty());

    browser.close().await;
    server.stop().await;
}

/// A German CV with each kind of personal data, the name in labelled lines.
const JOERG: &str = "Lebenslauf\n\
    Vorname: Jörg\n\
    Name: Schmidt\n\
    Lindenweg 4, 79100 Freiburg\n\
    Telefon: +49 761 2345678\n\
    E-Mail: joerg.schmidt@example.de\n\
    github.com/joergschmidt\n\
    Geburtsdatum: 16.06.1984\n\
    Familienstand: verheiratet\n\
    Berufserfahrung\n\
    2019 - heute: Rust-Entwickler bei Globex; Jörg Schmidt führte PostgreSQL ein.\n";

/// A French CV with each kind of personal data.
const AWA: &str = "Curriculum Vitae\n\
    Prénom : Awa\n\
    Nom : Ndiaye\n\
    Adresse : 12 rue de la République, 69002 Lyon\n\
    Tél. : +33 6 12 34 56 78\n\
    Courriel : awa.ndiaye@example.fr\n\
    linkedin.com/in/awandiaye\n\
    Date et lieu de naissance : 27/03/1995 à Dakar\n\
    Nationalité : sénégalaise\n\
    Expérience\n\
    2020 - 2024 : développeuse Rust chez Initech ; Awa Ndiaye a migré vers PostgreSQL.\n";

/// See: #18. A German and a French CV: the preview shows a placeholder for
/// each kind of personal data, protected attributes included, the upstream
/// gets none of the originals, and the quotes come back with them restored.
#[tokio::test]
async fn german_and_french_cvs_go_as_placeholders_and_come_back_restored() {
    let upstream = FakeUpstream::start(Duration::from_millis(5), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    open_with_resumes(client, &server, dir.path(), &[("joerg.txt", JOERG), ("awa.txt", AWA)]).await;

    client.find(Locator::Css("#preview")).await.unwrap().click().await.unwrap();
    wait_for_count(client, ".egress-preview .receipt", 2).await;
    let originals: [(&str, &[&str]); 2] = [
        (
            "joerg.txt",
            &[
                "Jörg",
                "Schmidt",
                "Lindenweg",
                "2345678",
                "joerg.schmidt@",
                "joergschmidt",
                "16.06.1984",
                "verheiratet",
            ],
        ),
        (
            "awa.txt",
            &[
                "Awa",
                "Ndiaye",
                "République",
                "56 78",
                "awa.ndiaye@",
                "awandiaye",
                "1995",
                "Dakar",
                "sénégalaise",
            ],
        ),
    ];
    for (file, personal) in originals {
        let sent = sent_text(client, file).await;
        for placeholder in
            ["[NAME]", "[ADDRESS-1]", "[PHONE-1]", "[EMAIL-1]", "[URL-1]", "[DOB-1]", "[PERSONAL-1]"]
        {
            assert!(sent.contains(placeholder), "{file}: no {placeholder} in {sent}");
        }
        for original in personal {
            assert!(!sent.contains(original), "{file}: {original} is sent in {sent}");
        }
        assert!(sent.contains("PostgreSQL"), "{sent}");
    }
    client.execute("document.querySelector('#preview').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("privacy-preview-de-fr.png"), client.screenshot().await.unwrap())
        .unwrap();

    let received = analyse_through(client, &upstream, 2).await;
    for content in &received {
        for original in ["Schmidt", "Ndiaye", "verheiratet", "sénégalaise", "16.06.1984", "Lindenweg"] {
            assert!(!content.contains(original), "{original} reached the upstream: {content}");
        }
    }
    // The upstream quoted the line with the name as a placeholder; the tab
    // shows it with the name.
    for (file, name) in [("joerg.txt", "Jörg Schmidt"), ("awa.txt", "Awa Ndiaye")] {
        // The row, and the detail's heading, name the candidate (issue #19).
        open_concerns(client, file).await;
        assert_eq!(texts(client, "#detail-heading").await, [name]);
        let matched = texts(client, "#detail .matched li").await;
        assert!(matched.iter().any(|quote| quote.contains(name)), "{file}: {matched:?}");
        assert!(matched.iter().all(|quote| !quote.contains("[NAME]")), "{file}: {matched:?}");
    }

    browser.close().await;
    server.stop().await;
}
