//! Issue #12 on the page: the rubric read in the tab as the job description
//! is typed, edited by the recruiter, judged by in Private mode, marked out of
//! date when it changes, exported, and kept across a reload. One browser for
//! every step: the browser tests are slow here.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::Value;
use shortlist_core::analysis::{Importance, RequirementKind};
use shortlist_core::local::{self, YearMonth};
use shortlist_core::privacy::{OutgoingOptions, outgoing};
use shortlist_core::rubric::{Rubric, RubricItem};
use shortlist_core::session::{SESSION_KEY, SessionDocument};
use shortlist_core::verdict::Verdict;
use shortlist_fake_upstream::FakeUpstream;

use crate::support::page::{downloaded, is_enabled, text, texts, wait_for_count, wait_until};
use crate::support::{Browser, TestServer, artifacts_dir, dist_dir};

// Its first line names no role: the rubric is the list below (the title
// rule, an "experience as …" item first, is tested in core).
const JOB: &str = "Payments team, Acme
Requirements:
- Rust
- PostgreSQL
- Kubernetes
- Age: 25-35
Nice to have:
- Python";

const ANA: &str = "Ana Silva
Backend engineer, 2019 - present, Acme Payments: services in Rust and Go on PostgreSQL.
Built the deployment pipeline with Docker and GitHub Actions.
Skills: Rust, Go, PostgreSQL, Docker, Linux.
Education: BSc Computer Science, 2018.";

const BEN: &str = "Ben Jones
Data analyst, 2016 - 2022, Initech: reports in Python and Excel.
Ran dashboards on Kubernetes with the platform team.
Skills: Python, SQL, Excel, Kubernetes.
Education: BA Economics, 2015.";

/// Opens the page and types [`JOB`]; waits until its rubric is shown.
async fn type_the_posting(client: &Client, server: &TestServer) {
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#job-description")).await.unwrap();
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys(JOB).await.unwrap();
    wait_for_count(client, ".rubric-items .item", 4).await;
}

async fn click(client: &Client, css: &str) {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
}

/// The value of the text field named `label`.
async fn value(client: &Client, label: &str) -> String {
    let css = format!("input[aria-label='{label}']");
    let field = client.find(Locator::Css(&css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    field.prop("value").await.unwrap().unwrap_or_default()
}

/// (id, text) of each requirement the editor shows.
async fn shown_rubric(client: &Client) -> Vec<(String, String)> {
    let mut items = Vec::new();
    for label in texts(client, ".rubric-items .item .id").await {
        let text = value(client, &format!("Requirement {label}")).await;
        items.push((label, text));
    }
    items
}

async fn select(client: &Client, label: &str, option: &str) {
    let css = format!("select[aria-label='{label}']");
    let select = client.find(Locator::Css(&css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    select.select_by_value(option).await.unwrap();
}

/// The batch the page keeps, once it has saved (changes pause for 400 ms).
async fn stored(client: &Client) -> SessionDocument {
    tokio::time::sleep(Duration::from_millis(800)).await;
    let json =
        client.execute(&format!("return sessionStorage.getItem('{SESSION_KEY}')"), vec![]).await.unwrap();
    SessionDocument::parse(json.as_str().unwrap()).unwrap()
}

fn s(text: &str) -> String {
    text.to_owned()
}

fn verdict_label(verdict: Option<Verdict>) -> &'static str {
    match verdict {
        Some(Verdict::Met) => "Met",
        Some(Verdict::PartlyMet) => "Partly met",
        Some(Verdict::NotMet) => "Not met",
        None => "No verdict",
    }
}

#[tokio::test]
async fn the_recruiter_edits_the_rubric_and_the_results_follow_it() {
    // See: #12.
    let server = TestServer::start(&dist_dir()).await;
    let downloads = tempfile::tempdir().unwrap();
    let browser = Browser::start_downloading_to(downloads.path()).await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, text) in [("ana.txt", ANA), ("ben.txt", BEN)] {
        let path = files.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path.display().to_string());
    }

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    click(client, "#mode-private").await;

    // Typed, the posting is read as a rubric in the tab; the age is left out.
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys(JOB).await.unwrap();
    wait_for_count(client, ".rubric-items .item", 4).await;
    assert_eq!(
        shown_rubric(client).await,
        [
            (s("r1"), s("Rust")),
            (s("r2"), s("PostgreSQL")),
            (s("r3"), s("Kubernetes")),
            (s("r4"), s("Python"))
        ]
    );
    assert_eq!(
        texts(client, ".rubric .left-out li").await,
        ["Left out: Age — about age, a protected characteristic"]
    );
    assert!(texts(client, "#read-again").await.is_empty(), "nothing edited yet");

    // A requirement emptied says which one to fix, keeps the input and holds
    // the analysis back; typed again, it is taken.
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(&paths.join("\n")).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
    let r1 = client.find(Locator::Css("input[aria-label='Requirement r1']")).await.unwrap();
    r1.clear().await.unwrap();
    r1.click().await.unwrap();
    r1.send_keys("\u{E004}").await.unwrap();
    wait_until("the blank requirement is named", 10, async || {
        texts(client, ".rubric .problem").await == ["requirement \"r1\" has no text"]
    })
    .await;
    assert!(!is_enabled(client, "#analyze").await);
    assert_eq!(value(client, "Requirement r1").await, "");
    let r1 = client.find(Locator::Css("input[aria-label='Requirement r1']")).await.unwrap();
    r1.send_keys("Rust or Go\u{E004}").await.unwrap();
    wait_until("the problem is gone", 10, async || texts(client, ".rubric .problem").await.is_empty()).await;

    // PostgreSQL preferred, Kubernetes removed, Docker added.
    select(client, "Importance of requirement r2", "preferred").await;
    click(client, "button[aria-label='Remove requirement r3']").await;
    client.find(Locator::Css("#new-requirement")).await.unwrap().send_keys("Docker").await.unwrap();
    click(client, "#add-requirement").await;
    wait_for_count(client, ".rubric-items .item", 4).await;
    assert_eq!(
        shown_rubric(client).await,
        [
            (s("r1"), s("Rust or Go")),
            (s("r2"), s("PostgreSQL")),
            (s("r4"), s("Python")),
            (s("r5"), s("Docker"))
        ]
    );
    assert_eq!(value(client, "New requirement").await, "", "the new item's field is emptied");
    client.find(Locator::Css("#read-again")).await.unwrap();
    let mut expected = local::rubric(JOB);
    expected.requirements[0].text = s("Rust or Go");
    expected.requirements[1].importance = Importance::Preferred;
    expected.requirements.remove(2);
    expected.requirements.push(RubricItem::new("r5", "Docker", RequirementKind::Skill, Importance::Required));

    // Analysed in the tab, by the edited rubric.
    wait_until("Analyze is enabled", 30, async || is_enabled(client, "#analyze").await).await;
    click(client, "#analyze").await;
    wait_until("both resumes are analysed", 60, async || {
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() == 2
    })
    .await;
    let document = stored(client).await;
    assert_eq!(document.rubric.as_ref(), Some(&expected));
    assert!(document.rubric_edited);
    let today = client
        .execute("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1]", vec![])
        .await
        .unwrap();
    let today = YearMonth::new(today[0].as_u64().unwrap() as u16, today[1].as_u64().unwrap() as u8);
    for result in &document.results {
        let resume = document.resume(result.resume_id).unwrap();
        let read = outgoing(&resume.text, &[], OutgoingOptions { redact: false, drop_hidden: true }).text;
        assert_eq!(result.analysis, local::judge(JOB, &expected, &read, today), "{}", resume.filename);
        assert_eq!(result.rubric_fingerprint, Some(expected.fingerprint()));
    }

    // The table counts the edited rubric's four requirements.
    let met = texts(client, ".ranking tbody td.met").await;
    assert!(met.iter().all(|cell| cell.ends_with(" of 4")), "{met:?}");
    // The detail lists each of them with its verdict; Kubernetes is gone.
    let ana = document.results.iter().find(|result| result.resume_id == 1).unwrap();
    let row = client
        .find(Locator::XPath("//table[@class='ranking']//tr[.//th//*[normalize-space()='ana.txt']]"))
        .await
        .unwrap();
    row.find(Locator::Css("button.open")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("#detail")).await.unwrap();
    let mut shown = texts(client, "#detail .matched li").await;
    shown.extend(texts(client, "#detail .missing li").await);
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert!(!shown.iter().any(|item| item.contains("Kubernetes")), "{shown:?}");
    for item in &ana.analysis.matched_requirements {
        let line = shown.iter().find(|line| line.starts_with(&item.requirement)).unwrap();
        assert!(line.contains(verdict_label(item.verdict)), "{line}");
        if !item.evidence.is_empty() {
            assert!(line.contains(&item.evidence), "{line}");
        }
    }
    for item in &ana.analysis.missing_requirements {
        let line = shown.iter().find(|line| line.starts_with(&item.requirement)).unwrap();
        assert!(line.contains(verdict_label(item.verdict)), "{line}");
    }
    let docker = ana.analysis.matched_requirements.iter().find(|item| item.requirement == "Docker");
    assert_eq!(docker.and_then(|item| item.verdict), Some(Verdict::Met), "{:?}", ana.analysis);
    assert!(texts(client, "#detail .out-of-date").await.is_empty());
    client.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("rubric.png"), client.screenshot().await.unwrap()).unwrap();
    client.execute("document.querySelector('#detail').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("rubric-detail.png"), client.screenshot().await.unwrap()).unwrap();

    // Edited again: the results say they are out of date until analysed again.
    select(client, "Weight of requirement r5", "3").await;
    wait_until("the rows are out of date", 10, async || {
        texts(client, ".ranking tbody td.status").await == ["Out of date", "Out of date"]
    })
    .await;
    assert_eq!(
        text(client, "#detail .out-of-date").await,
        "Out of date — the rubric changed; analyse again."
    );
    click(client, "#analyze").await;
    wait_until("the results are up to date", 60, async || {
        texts(client, ".ranking tbody td.status").await == ["Analysed", "Analysed"]
            && texts(client, "#detail .out-of-date").await.is_empty()
    })
    .await;
    let document = stored(client).await;
    let rubric = document.rubric.clone().unwrap();
    assert_eq!(rubric.requirements[3].weight, 3);

    // The audit record holds the rubric, the flag and each result's verdicts.
    click(client, "#export-json").await;
    let audit: Value = serde_json::from_str(&downloaded(downloads.path(), "json").await).unwrap();
    assert_eq!(serde_json::from_value::<Rubric>(audit["rubric"].clone()).unwrap(), rubric);
    assert_eq!(audit["rubric_edited"], true);
    let results = audit["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for result in results {
        assert_eq!(result["rubric_fingerprint"], rubric.fingerprint(), "{result}");
        assert_eq!(result["out_of_date"], false, "{result}");
        let analysis = &result["analysis"];
        let judged: Vec<&str> = analysis["matched_requirements"]
            .as_array()
            .unwrap()
            .iter()
            .chain(analysis["missing_requirements"].as_array().unwrap())
            .map(|item| {
                assert!(item["verdict"].is_string(), "{item}");
                item["requirement_id"].as_str().unwrap()
            })
            .collect();
        let mut judged = judged;
        judged.sort_unstable();
        assert_eq!(judged, ["r1", "r2", "r4", "r5"], "{result}");
    }

    // Private mode: the page sent the server nothing. Beyond its files it
    // asked only `GET /api/config` on each load, whether there is a server
    // (issue #14); no request carried the job description or a resume.
    let asked_nothing = || {
        let all = server.requests();
        assert!(
            all.iter().all(|request| request.starts_with("GET /")
                && (!request.contains("/api/") || request == "GET /api/config")),
            "{all:?}"
        );
    };
    asked_nothing();

    // A reload keeps the edited rubric; typing no longer replaces it, and
    // "Read again from the job description" does.
    client.refresh().await.unwrap();
    client.wait().for_element(Locator::Css("#mode-private")).await.unwrap();
    click(client, "#mode-private").await;
    wait_for_count(client, ".rubric-items .item", 4).await;
    assert_eq!(
        shown_rubric(client).await,
        [
            (s("r1"), s("Rust or Go")),
            (s("r2"), s("PostgreSQL")),
            (s("r4"), s("Python")),
            (s("r5"), s("Docker"))
        ]
    );
    assert_eq!(client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len(), 2);
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys("\n- Terraform").await.unwrap();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(shown_rubric(client).await.len(), 4, "an edited rubric is not replaced by typing");
    click(client, "#read-again").await;
    wait_for_count(client, ".rubric-items .item", 5).await;
    assert_eq!(value(client, "Requirement r1").await, "Rust");
    assert_eq!(value(client, "Requirement r5").await, "Terraform");
    assert!(texts(client, "#read-again").await.is_empty());

    asked_nothing();

    browser.close().await;
    server.stop().await;
}

/// "Read with the model" is offered in a server run when the server has a
/// model. The page learns it from the one `/api/config` it asks on load
/// (issue #14), and asks no more while the recruiter types or works on the
/// rubric.
#[tokio::test]
async fn read_with_the_model_is_offered_only_when_the_server_has_one() {
    let upstream = FakeUpstream::start(Duration::from_millis(20), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    type_the_posting(client, &server).await;
    let config = || server.requests().iter().filter(|request| *request == "GET /api/config").count();
    client.wait().for_element(Locator::Css("#read-with-model")).await.unwrap();
    assert_eq!(text(client, "#read-with-model").await, "Read with the model");
    client.find(Locator::Css("input[aria-label='Requirement r2']")).await.unwrap().click().await.unwrap();
    assert_eq!(config(), 1, "asked once, on load; not again while typing or editing");
    click(client, "#mode-private").await;
    assert!(texts(client, "#read-with-model").await.is_empty(), "Private mode sends nothing");

    browser.close().await;
    server.stop().await;
}

/// A model's quote that is not in the resume: the page shows the item met
/// but "unverified", scored as partly met, and the export keeps the rubric
/// and the verdict with `grounded: false`.
#[tokio::test]
async fn a_models_quote_not_found_in_the_resume_shows_unverified_on_the_page_and_in_the_export() {
    // See: #12.
    let upstream = FakeUpstream::start(Duration::from_millis(20), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let downloads = tempfile::tempdir().unwrap();
    let browser = Browser::start_downloading_to(downloads.path()).await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    let path = files.path().join("ana.txt");
    std::fs::write(&path, format!("{ANA}\nfake-upstream: invent-quote\n")).unwrap();

    type_the_posting(client, &server).await;
    client
        .find(Locator::Css("#resumes"))
        .await
        .unwrap()
        .send_keys(&path.display().to_string())
        .await
        .unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
    click(client, "#analyze").await;
    wait_until("the resume is analysed", 60, async || {
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() == 1
    })
    .await;

    let document = stored(client).await;
    let analysis = &document.results[0].analysis;
    // Ana's resume names Rust and PostgreSQL: the model says met, with words
    // that are not in it.
    let unverified: Vec<&str> = analysis
        .matched_requirements
        .iter()
        .filter(|item| item.verdict == Some(Verdict::Met) && item.grounded == Some(false))
        .map(|item| item.requirement.as_str())
        .collect();
    assert_eq!(unverified, ["Rust", "PostgreSQL"], "{analysis:?}");
    assert!(analysis.concerns.iter().any(|concern| concern.contains("unverified")), "{analysis:?}");
    // Met items without a found quote score as partly met: under 100.
    assert!(analysis.component_scores.must_haves < 100, "{analysis:?}");

    client.find(Locator::Css(".ranking tbody button.open")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("#detail")).await.unwrap();
    let tagged = texts(client, "#detail .matched li.unverified").await;
    assert_eq!(tagged.len(), 2, "{tagged:?}");
    assert!(tagged.iter().all(|item| item.contains("unverified")), "{tagged:?}");
    assert_eq!(texts(client, "#detail .unverified-tag").await, ["unverified", "unverified"]);

    click(client, "#export-json").await;
    let record: Value = serde_json::from_str(&downloaded(downloads.path(), "json").await).unwrap();
    assert_eq!(record["rubric"]["requirements"][0]["text"], "Rust");
    let matched = record["results"][0]["analysis"]["matched_requirements"].as_array().unwrap();
    let rust = matched.iter().find(|item| item["requirement"] == "Rust").unwrap();
    assert_eq!((&rust["verdict"], &rust["grounded"]), (&Value::from("met"), &Value::from(false)));
    assert_eq!(
        record["results"][0]["rubric_fingerprint"],
        Value::from(document.rubric.unwrap().fingerprint())
    );

    browser.close().await;
    server.stop().await;
}
