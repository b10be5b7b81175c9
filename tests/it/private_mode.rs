//! Private mode: the built-in analyser runs in the page's worker, nothing
//! leaves the page (the one request is `GET /api/config` on load, issue #14,
//! which carries no text), and the page's thread stays free (issue #16).

use fantoccini::Locator;
use shortlist_core::local::{self, YearMonth};
use shortlist_core::privacy::{OutgoingOptions, outgoing};
use shortlist_core::session::{SESSION_KEY, SessionDocument};
use shortlist_fixtures::{RESUME, docx};

use crate::support::page::{
    fetched_resources, is_enabled, long_tasks_since, observe_long_tasks, page_now, texts, wait_until,
};
use crate::support::{Browser, TestServer, artifacts_dir, dist_dir};

#[tokio::test]
async fn private_mode_ranks_resumes_without_sending_anything() {
    let server = TestServer::start(&dist_dir()).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let strong = dir.path().join("maria.docx");
    std::fs::write(&strong, docx(RESUME)).unwrap();
    let weak = dir.path().join("jo.txt");
    std::fs::write(&weak, "Jo Smith\nWelder, 2015 - 2020, Acme Metalworks.\nForklift licence.\n".repeat(3))
        .unwrap();

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    client
        .find(Locator::Css("#job-description"))
        .await
        .unwrap()
        .send_keys("Backend Engineer\nRequired: Rust, PostgreSQL, Kubernetes.\nNice to have: Python.")
        .await
        .unwrap();
    let input = client.find(Locator::Css("#resumes")).await.unwrap();
    input.send_keys(&format!("{}\n{}", strong.display(), weak.display())).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;

    client.find(Locator::Css("#mode-private")).await.unwrap().click().await.unwrap();
    let before = server.requests();
    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css(".ranking tr.analysed")).await.unwrap();

    // Issue #19: each candidate's name as the resume gives it, the file beneath.
    assert_eq!(texts(client, ".ranking .name .open").await, ["Maria Lopez", "Jo Smith"]);
    assert_eq!(texts(client, ".ranking .name .file").await, ["maria.docx", "jo.txt"]);
    let scores: Vec<u32> = texts(client, ".ranking tbody td.overall .value")
        .await
        .iter()
        .map(|score| score.parse().unwrap())
        .collect();
    assert!(scores[0] > scores[1], "{scores:?}");
    assert!(texts(client, ".status .notice").await[0].contains("nothing was sent"));

    // Open the top resume: its evidence is quoted from the resume.
    client
        .find(Locator::Css(".ranking tbody tr:first-child button.open"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let matched = texts(client, "#detail .matched li").await;
    assert!(matched.iter().any(|item| item.starts_with("Rust") && item.contains("Tokio")), "{matched:?}");
    client.execute("document.querySelector('.results').scrollIntoView()", vec![]).await.unwrap();
    std::fs::write(artifacts_dir().join("private-mode.png"), client.screenshot().await.unwrap()).unwrap();

    // Nothing reached the server while analysing. Beyond its own files, the
    // page asked only `GET /api/config`, once on load, to learn whether
    // there is a server at all (issue #14): no request carried the resumes'
    // text or the job description.
    assert_eq!(server.requests(), before, "requests during analysis");
    let all = server.requests();
    let api: Vec<&String> = all.iter().filter(|request| request.contains("/api/")).collect();
    assert_eq!(api, ["GET /api/config"], "{all:?}");
    assert!(all.iter().all(|request| request.starts_with("GET /")), "{all:?}");
    // And the browser itself fetched nothing from anywhere else.
    let origin = server.url("/");
    for url in fetched_resources(client).await {
        assert!(
            url.starts_with(&origin) && (!url.contains("/api/") || url == server.url("/api/config")),
            "the page fetched {url}"
        );
    }

    browser.close().await;
    server.stop().await;
}

/// The job the responsiveness test analyses against: a long posting with
/// required and preferred lists, years, a degree and languages.
const LONG_JOB: &str = "Senior Backend Engineer, Payments Platform
About the role: you will design, build and run the services that move money for millions of customers.
Responsibilities:
- Design and build distributed services in Rust and Go
- Own PostgreSQL schemas, migrations and query performance
- Run services on Kubernetes in AWS with Terraform
- Build event pipelines on Kafka and Redis
- Mentor engineers and review code
Requirements:
- 5+ years of experience in backend development
- 3+ years of experience with Rust or Go
- Strong knowledge of PostgreSQL and SQL performance tuning
- Experience with Docker, Kubernetes and Terraform
- Experience with gRPC, REST APIs and OAuth
- Bachelor's degree in Computer Science or a related field
- Fluent English
Nice to have:
- Experience with Python, Django or Flask
- Knowledge of Elasticsearch, Prometheus and Grafana
- AWS Certified Solutions Architect
- Spanish or Portuguese";

/// Ten resumes of a page or two each, every one different: jobs with
/// dated ranges and duties, skills, education and languages.
fn long_resumes() -> Vec<(String, String)> {
    const FIRST: [&str; 10] =
        ["Maria", "John", "Aiko", "Pedro", "Fatima", "Lukas", "Chloe", "Ravi", "Ingrid", "Tomas"];
    const LAST: [&str; 10] =
        ["Lopez", "Smith", "Tanaka", "Alves", "Khan", "Weber", "Martin", "Patel", "Berg", "Novak"];
    const TITLES: [&str; 5] =
        ["Senior Backend Engineer", "Software Engineer", "Platform Engineer", "Data Engineer", "Developer"];
    const COMPANIES: [&str; 6] = ["Acme Corp", "Initech", "Globex", "Umbrella Payments", "Hooli", "Vandelay"];
    const STACKS: [&str; 6] = [
        "Rust, Tokio, PostgreSQL, Kubernetes, gRPC",
        "Go, Kafka, Redis, Docker, Terraform",
        "Python, Django, Celery, PostgreSQL, AWS",
        "Java, Spring Boot, Oracle, Jenkins",
        "TypeScript, Node.js, React, GraphQL",
        "Scala, Spark, Airflow, Snowflake",
    ];
    const DUTIES: [&str; 8] = [
        "Designed and built a payment ledger handling 40 million transactions a day with strict consistency.",
        "Cut the p99 latency of the checkout API from 900 ms to 120 ms by reworking queries and caching.",
        "Led a team of five engineers through a migration from a monolith to event-driven services.",
        "Wrote the on-call runbooks and brought incident count down by half over two quarters.",
        "Introduced contract tests and property-based tests across twelve services.",
        "Built the deployment pipeline with blue-green releases and automatic rollbacks.",
        "Worked with product managers and analysts to define service level objectives.",
        "Mentored junior developers and ran the weekly architecture review.",
    ];
    (0..10)
        .map(|i| {
            let mut lines = vec![
                format!("{} {}", FIRST[i], LAST[i]),
                TITLES[i % TITLES.len()].to_owned(),
                format!("{}.{}@example.com | +1 415 555 01{i:02} | Lisbon, Portugal", FIRST[i], LAST[i]),
                "Summary".to_owned(),
                format!(
                    "Backend engineer with {} years of experience building reliable distributed systems, \
                     payment platforms and data pipelines for high-traffic products.",
                    6 + i
                ),
                "Experience".to_owned(),
            ];
            let mut end = 2026;
            for job in 0..5 {
                let start = end - 2 - (i + job) % 3;
                let range = if job == 0 { format!("{start} - present") } else { format!("{start} - {end}") };
                lines.push(format!(
                    "{} at {}, {range}",
                    TITLES[(i + job) % TITLES.len()],
                    COMPANIES[(i + 2 * job) % COMPANIES.len()]
                ));
                for duty in 0..4 {
                    lines.push(format!("- {}", DUTIES[(i + job + duty) % DUTIES.len()]));
                }
                lines.push(format!("- Stack: {}.", STACKS[(i + job) % STACKS.len()]));
                end = start;
            }
            lines.extend([
                "Skills".to_owned(),
                format!("Languages: {}; {}.", STACKS[i % STACKS.len()], STACKS[(i + 3) % STACKS.len()]),
                "Tools: Docker, Kubernetes, Terraform, Prometheus, Grafana, Git, Linux.".to_owned(),
                "Education".to_owned(),
                format!("BSc Computer Science, University of Lisbon, {}", end - 1),
                "Certifications".to_owned(),
                if i % 2 == 0 {
                    "AWS Certified Solutions Architect"
                } else {
                    "Certified Kubernetes Administrator"
                }
                .to_owned(),
                "Languages".to_owned(),
                "English (fluent), Spanish, Portuguese".to_owned(),
            ]);
            (format!("{}-{}.txt", FIRST[i].to_lowercase(), LAST[i].to_lowercase()), lines.join("\n"))
        })
        .collect()
}

/// Issue #16: Private mode analyses in the worker, so ten long resumes never
/// block the page's thread for more than 50 ms, and the analyses are the
/// built-in analyser's, exactly.
#[tokio::test]
async fn private_mode_keeps_every_main_thread_task_under_50_ms() {
    let server = TestServer::start(&dist_dir()).await;
    // Alone: other tests' browsers would lengthen this page's tasks.
    let browser = Browser::start_alone().await;
    let client = &browser.client;
    let dir = tempfile::tempdir().unwrap();
    let resumes = long_resumes();
    let mut paths = Vec::new();
    for (name, text) in &resumes {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path.display().to_string());
    }

    client.goto(&server.url("/")).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    // Every main-thread task over 50 ms from now on (and those buffered
    // since the page loaded, reported below).
    observe_long_tasks(client).await;
    // The observer sees a deliberate 100 ms task: the check below can fail.
    let before_busy = page_now(client).await;
    client
        .execute(
            "setTimeout(() => { const t = performance.now(); while (performance.now() - t < 100) {} }, 0)",
            vec![],
        )
        .await
        .unwrap();
    wait_until("the observer reports the busy task", 10, async || {
        !long_tasks_since(client, before_busy).await.is_empty()
    })
    .await;
    let at_load = long_tasks_since(client, 0.0).await;
    eprintln!("long tasks up to here (page load, and the deliberate 100 ms one): {at_load:?}");

    // The job description and ten files; then Private mode.
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys(LONG_JOB).await.unwrap();
    let start = page_now(client).await;
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(&paths.join("\n")).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
    client.find(Locator::Css("#mode-private")).await.unwrap().click().await.unwrap();
    let reading = long_tasks_since(client, start).await;
    let analysing = page_now(client).await;
    client.find(Locator::Css("#analyze")).await.unwrap().click().await.unwrap();
    wait_until("ten resumes are analysed", 60, async || {
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() == 10
            && texts(client, ".status .notice").await.iter().any(|notice| notice.contains("nothing was sent"))
    })
    .await;
    // Let the page save its batch (it does so once changes pause).
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let during_analysis = long_tasks_since(client, analysing).await;
    eprintln!("long tasks while reading the files: {reading:?}; while analysing: {during_analysis:?}");
    assert_eq!(reading, [], "main-thread tasks over 50 ms (start, ms) while reading the files");
    assert_eq!(during_analysis, [], "main-thread tasks over 50 ms (start, ms) while analysing");

    // The analyses are the built-in analyser's for the same text and month.
    let today = client
        .execute("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1]", vec![])
        .await
        .unwrap();
    let today = YearMonth::new(today[0].as_u64().unwrap() as u16, today[1].as_u64().unwrap() as u8);
    let stored =
        client.execute(&format!("return sessionStorage.getItem('{SESSION_KEY}')"), vec![]).await.unwrap();
    let document = SessionDocument::parse(stored.as_str().unwrap()).unwrap();
    assert_eq!(document.results.len(), 10);
    for result in &document.results {
        let resume = document.resumes.iter().find(|resume| resume.id == result.resume_id).unwrap();
        assert!(resume.hidden.is_empty(), "{}", resume.filename);
        let read = outgoing(&resume.text, &[], OutgoingOptions { redact: false, drop_hidden: true }).text;
        assert_eq!(result.analysis, local::analyze(LONG_JOB, &read, today), "{}", resume.filename);
    }

    browser.close().await;
    server.stop().await;
}
