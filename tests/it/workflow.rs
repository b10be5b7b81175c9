//! The recruiter's whole workflow in the release page, against the server in
//! front of the fake upstream: ten files of three types, live progress, a
//! reload mid-run, a failure and its Retry, the ranked table, a detail, a
//! comparison, both exports read back from the download folder, 360 px,
//! expiry after two hours, a damaged file and Clear session. One server and
//! one browser for every step: the browser tests are slow here.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::Value;
use sha2::Digest;
use shortlist_core::analysis::Importance;
use shortlist_core::prompt::PROMPT_VERSION;
use shortlist_core::session::{SESSION_KEY, iso8601};
use shortlist_fake_upstream::{FakeUpstream, SCRIPT_MARKER};

use crate::support::page::{downloaded, is_enabled, text, texts, wait_until, wait_until_read};
use crate::support::{Browser, TestServer, artifacts_dir};

const JOB: &str = "Senior Rust engineer. Required: Rust, PostgreSQL. Preferred: Kubernetes.";

/// Per candidate 1–10: the verdicts the fake model gives on the rubric read
/// from JOB (r1 Rust and r2 PostgreSQL required, r3 Kubernetes preferred;
/// `m` met, `p` partly met, `n` not met, each quoted from the resume), and
/// what the one formula makes of them: the overall score (the skills score
/// too: all three are skills), must-haves, the top missing and the advice.
/// The later the file, the higher, so the ranking is the files in reverse.
const CANDIDATES: [(&str, u32, u32, &str, &str); 10] = [
    ("nnp", 10, 0, "Rust; PostgreSQL", "decline"),
    ("nnm", 20, 0, "Rust; PostgreSQL", "decline"),
    ("pnp", 30, 25, "PostgreSQL", "decline"),
    ("mnn", 40, 50, "PostgreSQL; Kubernetes", "consider"),
    ("mnp", 50, 50, "PostgreSQL", "consider"),
    ("mnm", 60, 50, "PostgreSQL", "consider"),
    ("mpp", 70, 75, "", "consider"),
    ("mmn", 80, 100, "Kubernetes", "interview"),
    ("mmp", 90, 100, "", "interview"),
    ("mmm", 100, 100, "", "interview"),
];

fn candidate(i: u32) -> (&'static str, u32, u32, &'static str, &'static str) {
    CANDIDATES[i as usize - 1]
}

fn overall(i: u32) -> u32 {
    candidate(i).1
}

/// Ten resumes: (file name, bytes). The fourth fails upstream until it is
/// retried; the last two answer slowly the first time, so a reload lands
/// in the middle of the run.
fn resumes() -> Vec<(String, Vec<u8>)> {
    (1..=10)
        .map(|i| {
            let score = format!("verdicts={}", candidate(i).0);
            let script = match i {
                4 => format!("{SCRIPT_MARKER} status=500,status=500,status=500,{score}"),
                9 | 10 => format!("{SCRIPT_MARKER} slow=8000,{score}"),
                _ => format!("{SCRIPT_MARKER} {score}"),
            };
            let name_line = format!("Candidate {i}");
            let mut lines = vec![name_line.as_str()];
            lines.extend_from_slice(shortlist_fixtures::RESUME);
            lines.push(&script);
            match i {
                1 | 5 | 8 | 9 => (format!("candidate-{i}.pdf"), shortlist_fixtures::pdf(&lines)),
                2 | 6 | 10 => (format!("candidate-{i}.docx"), shortlist_fixtures::docx(&lines)),
                _ => (format!("candidate-{i}.txt"), lines.join("\n").into_bytes()),
            }
        })
        .collect()
}

/// The batch the page keeps in sessionStorage, as JSON (`Null` when none),
/// once the page has saved: it saves when changes pause for 400 ms.
async fn stored(client: &Client) -> Value {
    tokio::time::sleep(Duration::from_millis(800)).await;
    let json =
        client.execute(&format!("return sessionStorage.getItem('{SESSION_KEY}')"), vec![]).await.unwrap();
    json.as_str().map_or(Value::Null, |json| serde_json::from_str(json).unwrap())
}

async fn click(client: &Client, css: &str) {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
}

async fn screenshot(client: &Client, name: &str, scroll_to: &str) {
    client.execute(&format!("document.querySelector('{scroll_to}').scrollIntoView()"), vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join(name), client.screenshot().await.unwrap()).unwrap();
}

#[tokio::test]
async fn the_recruiters_workflow_from_ten_files_to_the_exports() {
    // The rubric the server reads from JOB (the page sends none): the
    // verdicts in CANDIDATES are on these three.
    let rubric = shortlist_core::local::rubric(JOB);
    let read: Vec<(&str, &str, Importance)> =
        rubric.requirements.iter().map(|it| (it.id.as_str(), it.text.as_str(), it.importance)).collect();
    assert_eq!(
        read,
        [
            ("r1", "Rust", Importance::Required),
            ("r2", "PostgreSQL", Importance::Required),
            ("r3", "Kubernetes", Importance::Preferred)
        ]
    );
    let upstream = FakeUpstream::start(Duration::from_millis(20), true).await.unwrap();
    let server = TestServer::before(&upstream).await;
    let downloads = tempfile::tempdir().unwrap();
    let browser = Browser::start_downloading_to(downloads.path()).await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    let mut names = Vec::new();
    for (name, bytes) in resumes() {
        let path = files.path().join(&name);
        std::fs::write(&path, bytes).unwrap();
        paths.push(path.display().to_string());
        names.push(name);
    }
    let huge = files.path().join("huge.txt");
    std::fs::write(&huge, vec![b'a'; 3 * 1024 * 1024 + 1]).unwrap();
    paths.insert(5, huge.display().to_string());

    // Ten files and one over the limit, in one choice.
    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    assert_eq!(stored(client).await, Value::Null);
    // Every control has a name a screen reader reads out.
    for (id, label) in [("job-description", "Job description"), ("resumes", "Resumes")] {
        let xpath = format!("//label[@for='{id}' and normalize-space()='{label}']");
        client.find(Locator::XPath(&xpath)).await.unwrap_or_else(|e| panic!("{xpath}: {e}"));
    }
    for button in ["Analyze", "Cancel", "Clear session"] {
        client.find(Locator::XPath(&format!("//button[normalize-space()='{button}']"))).await.unwrap();
    }
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys(JOB).await.unwrap();
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(&paths.join("\n")).await.unwrap();
    wait_until_read(client).await;
    assert_eq!(texts(client, ".resume-list .name").await, names);
    assert_eq!(
        texts(client, ".refusals li").await,
        ["huge.txt was not added: it is 3.1 MB, and the limit is 3 MB a file"]
    );
    let outcomes = texts(client, ".resume-list .outcome").await;
    for (outcome, kind) in
        outcomes.iter().zip(["PDF", "DOCX", "TXT", "TXT", "PDF", "DOCX", "TXT", "PDF", "PDF"])
    {
        assert!(outcome.starts_with(&format!("Read: {kind}")), "{outcomes:?}");
    }
    let document = stored(client).await;
    assert_eq!(document["version"], 1);
    assert_eq!(document["job_description"], JOB);
    assert_eq!(document["status"], "ready");
    assert_eq!(document["resumes"].as_array().unwrap().len(), 10);

    // The run: live status, announced politely; a reload once the first
    // eight are over and the slow two are not.
    wait_until("Analyze is enabled", 30, async || is_enabled(client, "#analyze").await).await;
    click(client, "#analyze").await;
    // The run starts once the workers have made each resume's text ready to send.
    wait_until("the run shows its progress", 30, async || {
        !client.find_all(Locator::Css(".progress span")).await.unwrap().is_empty()
    })
    .await;
    let live = client.find(Locator::Css(".progress span")).await.unwrap();
    assert_eq!(live.attr("aria-live").await.unwrap().as_deref(), Some("polite"));
    wait_until("the first eight are over", 60, async || {
        let runs = texts(client, ".resume-list .run").await;
        runs.len() == 10
            && runs[..8].iter().all(|run| run == "Analysed" || run.starts_with("Analysis failed"))
            && runs[8..].iter().all(|run| run == "Queued" || run == "Analysing…")
    })
    .await;
    let document = stored(client).await;
    assert_eq!(document["status"], "processing");
    assert_eq!(document["resumes"][3]["status"], "error");
    assert_eq!(document["results"].as_array().unwrap().len(), 7);
    screenshot(client, "workflow-running.png", ".status").await;
    client.refresh().await.unwrap();

    client.wait().for_element(Locator::Css(".ranking")).await.unwrap();
    assert_eq!(texts(client, ".resume-list .name").await, names, "the batch came back");
    assert_eq!(
        client.find(Locator::Css("#job-description")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some(JOB)
    );
    assert!(
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() >= 7,
        "finished results stay"
    );
    wait_until("the reload's run ends", 60, async || {
        text(client, ".progress span").await == "10 of 10 analysed"
    })
    .await;
    let runs = texts(client, ".resume-list .run").await;
    assert!(runs[3].starts_with("Analysis failed: "), "{runs:?}");
    assert_eq!(runs.iter().filter(|run| *run == "Analysed").count(), 9, "{runs:?}");
    let posts = || server.requests().iter().filter(|request| *request == "POST /api/analyze").count();
    assert_eq!(posts(), 3, "two chunks, then the two unfinished ones again");

    // Retry the failed one.
    click(client, "button[aria-label='Retry candidate-4.txt']").await;
    wait_until("the retried resume is analysed", 30, async || {
        texts(client, ".resume-list .run").await.iter().all(|run| run == "Analysed")
    })
    .await;
    assert_eq!(posts(), 4);
    assert_eq!(stored(client).await["status"], "completed");

    // The table: a row per resume, sortable, usable from the keyboard.
    assert_eq!(client.find_all(Locator::Css(".ranking tbody tr.analysed")).await.unwrap().len(), 10);
    // Best first: the fake upstream scores the later files higher.
    let ranked_names: Vec<String> = names.iter().rev().cloned().collect();
    // Issue #19: every candidate is Maria Lopez (RESUME's header), her file beneath.
    assert!(texts(client, ".ranking tbody th.name .open").await.iter().all(|name| name == "Maria Lopez"));
    assert_eq!(texts(client, ".ranking tbody th.name .file").await, ranked_names);
    let ranked_scores: Vec<String> = (1..=10).rev().map(|i| overall(i).to_string()).collect();
    assert_eq!(texts(client, ".ranking td.overall .value").await, ranked_scores);
    let mut sorted_names = names.clone();
    sorted_names.sort();
    let header = |column: &'static str| async move {
        client
            .find(Locator::XPath(&format!(
                "//table[@class='ranking']//th[button[starts-with(normalize-space(.), '{column}')]]"
            )))
            .await
            .unwrap()
            .attr("aria-sort")
            .await
            .unwrap()
    };
    assert_eq!(header("Overall").await.as_deref(), Some("descending"));
    assert_eq!(header("Skills").await.as_deref(), Some("none"));
    let skills_button = "//button[starts-with(normalize-space(.), 'Skills')]";
    client.find(Locator::XPath(skills_button)).await.unwrap().click().await.unwrap();
    assert_eq!(header("Skills").await.as_deref(), Some("descending"));
    assert_eq!(header("Overall").await.as_deref(), Some("none"));
    client.find(Locator::XPath(skills_button)).await.unwrap().click().await.unwrap();
    assert_eq!(header("Skills").await.as_deref(), Some("ascending"));
    let overall_button = "//button[starts-with(normalize-space(.), 'Overall')]";
    client.find(Locator::XPath(overall_button)).await.unwrap().click().await.unwrap();
    assert_eq!(header("Overall").await.as_deref(), Some("descending"));
    assert_eq!(texts(client, ".ranking tbody th.name .file").await, ranked_names);
    client.find(Locator::XPath(overall_button)).await.unwrap().click().await.unwrap();
    assert_eq!(header("Overall").await.as_deref(), Some("ascending"));
    assert_eq!(texts(client, ".ranking tbody th.name .file").await, names, "worst first");
    client.find(Locator::XPath(overall_button)).await.unwrap().click().await.unwrap();

    let third = client.find(Locator::Css(".ranking tbody tr:nth-child(3)")).await.unwrap();
    let third_name = third.find(Locator::Css("th.name .file")).await.unwrap().text().await.unwrap();
    third.send_keys("\u{E007}").await.unwrap();
    client.wait().for_element(Locator::Css("#detail")).await.unwrap();
    assert_eq!(text(client, "#detail-heading").await, "Maria Lopez");
    assert_eq!(third_name, ranked_names[2]);
    let focused = client.execute("return document.activeElement.id", vec![]).await.unwrap();
    assert_eq!(focused, "detail", "the focus moves to what opened");
    // The third best is candidate 8: Rust and PostgreSQL met, quoting the
    // resume's line that names them; Kubernetes not met.
    let number = third_name.trim_start_matches("candidate-").split('.').next().unwrap().to_owned();
    assert_eq!(number, "8");
    assert_eq!(
        text(client, "#detail .components").await.split_whitespace().collect::<Vec<_>>(),
        ["Overall", "80", "Skills", "80", "Experience", "100", "Education", "100", "Must-haves", "100"]
    );
    let line = shortlist_fixtures::RESUME[2];
    assert_eq!(
        texts(client, "#detail .matched li").await,
        [format!("Rust Met: “{line}”"), format!("PostgreSQL Met: “{line}”")]
    );
    assert_eq!(texts(client, "#detail .missing li").await, ["Kubernetes Not met"]);
    assert_eq!(texts(client, "#detail .questions li").await, ["Can you tell us about Kubernetes?"]);
    assert_eq!(text(client, "#detail .decision").await, "Interview");
    assert_eq!(text(client, "#detail .summary").await, "A fake reading: 2 of 3 requirements met.");
    assert_eq!(text(client, "#detail .analyser").await, "Analysed by the language model vendor/model-a.");
    let analysed =
        client.execute("return document.querySelector('#detail pre').textContent", vec![]).await.unwrap();
    assert!(analysed.as_str().unwrap().contains(&format!("Candidate {number}")), "{analysed}");
    screenshot(client, "workflow-detail.png", "#detail").await;

    // Compare: two, then three; a fourth is not offered.
    for row in 1..=2 {
        click(client, &format!(".ranking tbody tr:nth-child({row}) input[type=checkbox]")).await;
    }
    assert_eq!(texts(client, "#compare thead th").await.len(), 2);
    click(client, ".ranking tbody tr:nth-child(3) input[type=checkbox]").await;
    assert_eq!(text(client, "#compare-heading").await, "Comparing 3 candidates");
    assert!(!is_enabled(client, ".ranking tbody tr:nth-child(4) input[type=checkbox]").await);
    screenshot(client, "workflow-compare.png", ".results").await;

    // Printed: the table, the comparison and the detail, without the controls.
    browser.emulate_media("print").await;
    let displayed = async |css: &str| {
        client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .is_displayed()
            .await
            .unwrap()
    };
    for hidden in ["#analyze", "#clear-session", ".exports", "#resumes", "#job-description", ".ranking input"]
    {
        assert!(!displayed(hidden).await, "{hidden} is printed");
    }
    for shown in [".ranking", "#compare", "#detail", "#detail .missing"] {
        assert!(displayed(shown).await, "{shown} is not printed");
    }
    screenshot(client, "workflow-print.png", ".results").await;
    browser.emulate_media("screen").await;

    // The exports, read back from the download folder.
    for button in ["Export CSV", "Export JSON"] {
        client.find(Locator::XPath(&format!("//button[normalize-space()='{button}']"))).await.unwrap();
    }
    let document = stored(client).await;
    click(client, "#export-csv").await;
    let csv = downloaded(downloads.path(), "csv").await;
    assert!(!csv.contains('"'), "nothing here needs quoting: {csv}");
    let rows: Vec<Vec<&str>> = csv.split_terminator("\r\n").map(|row| row.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "rank",
            "file",
            "status",
            "overall",
            "skills",
            "experience",
            "education",
            "must_haves",
            "top_missing",
            "decision",
            "tokens",
            "cost"
        ]
    );
    assert_eq!(rows.len(), 11, "{csv}");
    for (rank, row) in rows[1..].iter().enumerate() {
        assert_eq!(row[0], (rank + 1).to_string());
        assert_eq!(row[1], ranked_names[rank], "ranked best first");
        let (_, overall, must, missing, decision) = candidate(10 - rank as u32);
        let (overall, must) = (overall.to_string(), must.to_string());
        assert_eq!(
            row[2..10],
            ["completed", &overall, &overall, "100", "100", &must, missing, decision],
            "{row:?}"
        );
        // Issue #19: what the fake model reported for it.
        assert_eq!(row[10..], ["1500", "0.00042"], "{row:?}");
    }

    click(client, "#export-json").await;
    let audit: Value = serde_json::from_str(&downloaded(downloads.path(), "json").await).unwrap();
    assert_eq!(audit["format"], "shortlist-audit-v1");
    assert_eq!(audit["batch_id"], document["batch_id"]);
    assert_eq!(audit["created_at"], iso8601(document["created_at"].as_u64().unwrap()));
    assert_eq!(audit["job_description_sha256"], format!("{:x}", sha2::Sha256::digest(JOB.as_bytes())));
    let results = audit["results"].as_array().unwrap();
    assert_eq!(results.len(), 10);
    let mut audit_names: Vec<&str> = results.iter().map(|result| result["file"].as_str().unwrap()).collect();
    audit_names.sort();
    assert_eq!(audit_names, sorted_names);
    let created = audit["created_at"].as_str().unwrap();
    for result in results {
        assert_eq!(result["analyser"], "llm");
        assert_eq!(result["model"], "vendor/model-a");
        assert_eq!(result["prompt_version"], PROMPT_VERSION);
        let finished = result["finished_at"].as_str().unwrap();
        assert!(finished >= created && finished <= audit["exported_at"].as_str().unwrap(), "{result}");
        let number: u32 = result["file"].as_str().unwrap()["candidate-".len()..]
            .split('.')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let (codes, overall, must, _, decision) = candidate(number);
        let analysis = &result["analysis"];
        assert_eq!(analysis["overall_score"], overall, "{result}");
        assert_eq!(
            analysis["component_scores"],
            serde_json::json!({"skills": overall, "experience": 100, "education": 100, "must_haves": must})
        );
        assert_eq!(analysis["recommendations"]["decision"], decision);
        // Each requirement with the model's verdict; each quote found in
        // what was sent.
        let mut judged: Vec<(String, String)> = Vec::new();
        for list in ["matched_requirements", "missing_requirements"] {
            for item in analysis[list].as_array().unwrap() {
                if list == "matched_requirements" {
                    assert_eq!(item["grounded"], true, "{item}");
                }
                judged.push((
                    item["requirement_id"].as_str().unwrap().to_owned(),
                    item["verdict"].as_str().unwrap().to_owned(),
                ));
            }
        }
        judged.sort();
        let verdict = |code| match code {
            'm' => "met",
            'p' => "partly_met",
            _ => "not_met",
        };
        let expected: Vec<(String, String)> = codes
            .chars()
            .enumerate()
            .map(|(index, code)| (format!("r{}", index + 1), verdict(code).to_owned()))
            .collect();
        assert_eq!(judged, expected, "{result}");
    }

    // 360 px wide: nothing but the table's own scroller is wider than the page.
    client.set_window_size(360, 800).await.unwrap();
    let widths = client
        .execute("return [document.documentElement.scrollWidth, window.innerWidth]", vec![])
        .await
        .unwrap();
    screenshot(client, "workflow-360-table.png", ".results").await;
    screenshot(client, "workflow-360-top.png", "h1").await;
    let (scroll, inner) = (widths[0].as_u64().unwrap(), widths[1].as_u64().unwrap());
    assert!(inner <= 360 && scroll <= inner, "the page is {scroll} px wide in a {inner} px window");

    // Two hours later the batch is gone, on load.
    client
        .execute(
            &format!(
                "const d = JSON.parse(sessionStorage.getItem('{SESSION_KEY}'));
                 d.created_at = Date.now() - 2 * 3600 * 1000 - 60 * 1000;
                 sessionStorage.setItem('{SESSION_KEY}', JSON.stringify(d));"
            ),
            vec![],
        )
        .await
        .unwrap();
    client.refresh().await.unwrap();
    client.wait().for_element(Locator::Css("#session-notice")).await.unwrap();
    assert_eq!(
        text(client, "#session-notice").await,
        "The previous batch was over 2 hours old and was cleared."
    );
    assert_eq!(texts(client, ".resume-list .name").await, Vec::<String>::new());
    assert_eq!(stored(client).await, Value::Null);
    screenshot(client, "workflow-360-expired.png", "#session-notice").await;

    // A damaged file says so and the rest joins; Clear session purges it all.
    let damaged = files.path().join("damaged.pdf");
    std::fs::write(&damaged, b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage").unwrap();
    let fine = files.path().join("candidate-3.txt");
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys(JOB).await.unwrap();
    client
        .find(Locator::Css("#resumes"))
        .await
        .unwrap()
        .send_keys(&format!("{}\n{}", damaged.display(), fine.display()))
        .await
        .unwrap();
    wait_until_read(client).await;
    let outcomes = texts(client, ".resume-list .outcome").await;
    assert_eq!(outcomes[0], "The file is damaged and could not be read", "{outcomes:?}");
    assert!(outcomes[1].starts_with("Read: TXT"), "{outcomes:?}");
    let document = stored(client).await;
    assert_eq!(document["resumes"][0]["status"], "error");
    assert_eq!(document["resumes"][1]["status"], "ready");
    assert!(texts(client, "#session-notice").await.is_empty(), "the expiry notice went with new work");
    click(client, "#clear-session").await;
    assert_eq!(texts(client, ".resume-list .name").await, Vec::<String>::new());
    assert_eq!(stored(client).await, Value::Null);
    assert_eq!(
        client.find(Locator::Css("#job-description")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some("")
    );

    browser.close().await;
    server.stop().await;
}
