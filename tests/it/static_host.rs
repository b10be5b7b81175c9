//! Issue #14: the page on any static host, the server wherever the operator
//! runs it. The page is published with `shortlist publish` (the deploy step)
//! and served under `/shortlist/` by a plain static file server
//! (`support::StaticHost`), the API by an API-only `shortlist` on another
//! port: across origins, with no server at all, with a server that goes
//! away and comes back; the page's meta policy, and the header's, as one.

use std::path::Path;
use std::process::Command;

use fantoccini::{Client, Locator};
use reqwest::StatusCode;
use serde_json::{Value, json};
use shortlist_fixtures::{RESUME, docx};
use shortlist_proxy::config::{ProxyConfig, Secret};
use shortlist_proxy::{AppState, ConnectionLimits, Page};

use crate::support::page::{downloaded, fetched_resources, is_enabled, text, texts, wait_until};
use crate::support::{Browser, StaticHost, TestServer, artifacts_dir, dist_dir};

const JOB: &str = "Backend Engineer\nRequired: Rust, PostgreSQL, Kubernetes.\nNice to have: Python.";

/// `shortlist publish`, the operator's deploy step: `dist/` copied to `out`,
/// calling the API at `api` (none: the page's own origin). Its output.
fn publish(out: &Path, api: Option<&str>) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_shortlist"));
    command.arg("publish").arg("--dist").arg(dist_dir()).arg("--out").arg(out);
    if let Some(api) = api {
        command.args(["--api", api]);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// What `shortlist serve --no-page --allowed-origins …` runs: the API
/// alone, with the local analyser (no key) and no rate limit.
fn api_only(origins: &[String], token: Option<&str>) -> AppState {
    let config = ProxyConfig {
        allowed_origins: origins.to_vec(),
        token: token.map(Secret::new),
        rate_limit_per_minute: 0,
        ..ProxyConfig::default()
    };
    AppState::with_proxy(Page::none(), config).unwrap()
}

/// Two resumes in `dir`, as the file input takes them.
fn resumes(dir: &Path) -> String {
    let maria = dir.join("maria.docx");
    std::fs::write(&maria, docx(RESUME)).unwrap();
    let jo = dir.join("jo.txt");
    std::fs::write(&jo, "Jo Smith\nWelder, 2015 - 2020, Acme Metalworks.\nForklift licence.\n".repeat(3))
        .unwrap();
    format!("{}\n{}", maria.display(), jo.display())
}

/// Opens the page at `url`, types the job and adds `files`, then waits until
/// Analyze is available.
async fn add_batch(client: &Client, url: &str, files: &str) {
    client.goto(url).await.unwrap();
    client.wait().for_element(Locator::Css("#resumes")).await.unwrap();
    client.find(Locator::Css("#job-description")).await.unwrap().send_keys(JOB).await.unwrap();
    client.find(Locator::Css("#resumes")).await.unwrap().send_keys(files).await.unwrap();
    wait_until("Analyze is enabled", 60, async || is_enabled(client, "#analyze").await).await;
}

async fn click(client: &Client, css: &str) {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
}

async fn is_selected(client: &Client, css: &str) -> bool {
    client.find(Locator::Css(css)).await.unwrap().is_selected().await.unwrap()
}

/// Waits until the page says only Private mode is available, and returns the line.
async fn private_only_line(client: &Client) -> String {
    wait_until("the page says only Private mode is available", 20, async || {
        !texts(client, "#server-unavailable").await.is_empty()
    })
    .await;
    text(client, "#server-unavailable").await
}

fn print_log(what: &str, log: &[String]) {
    eprintln!("request log of {what}:");
    for line in log {
        eprintln!("    {line}");
    }
}

/// Proofs 1 and 3: the published page under `/shortlist/` on a static host
/// reads, analyses through an API-only server on another origin, shows the
/// results and exports them; its meta policy refuses a connection to an
/// origin it was not published for; and the same page from an origin the
/// server does not allow is refused and offers Private mode.
#[tokio::test]
async fn a_page_on_a_static_host_analyses_through_an_api_only_server_on_another_origin() {
    let site = tempfile::tempdir().unwrap();
    let host = StaticHost::start(site.path(), "/shortlist").await;
    let proxy = TestServer::start_with(api_only(&[host.origin()], None)).await;
    let api = format!("http://{}", proxy.addr);
    let published = publish(site.path(), Some(&api));
    assert!(published.contains(&format!("connect-src 'self' {api};")), "{published}");

    let downloads = tempfile::tempdir().unwrap();
    let browser = Browser::start_downloading_to(downloads.path()).await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    add_batch(client, &host.page_url(), &resumes(files.path())).await;
    wait_until("the page asked the server for its settings", 20, async || {
        proxy.requests().iter().any(|request| request == "GET /api/config")
    })
    .await;
    assert!(is_enabled(client, "#mode-server").await && is_selected(client, "#mode-server").await);
    assert!(texts(client, "#server-unavailable").await.is_empty());

    click(client, "#analyze").await;
    wait_until("both resumes are analysed through the server", 60, async || {
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() == 2
    })
    .await;
    // Each candidate's name over the file name (issue #19).
    assert_eq!(texts(client, ".ranking .name").await, ["Maria Lopez\nmaria.docx", "Jo Smith\njo.txt"]);
    std::fs::write(artifacts_dir().join("static-host.png"), client.screenshot().await.unwrap()).unwrap();

    click(client, "#export-csv").await;
    let csv = downloaded(downloads.path(), "csv").await;
    assert!(csv.contains("maria.docx") && csv.contains("jo.txt"), "{csv}");
    click(client, "#export-json").await;
    let audit: Value = serde_json::from_str(&downloaded(downloads.path(), "json").await).unwrap();
    let results = audit["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert!(results.iter().all(|result| result["egress"].is_object()), "sent through the server: {audit}");

    // The server saw the settings asked, the preflight and the analysis; the
    // static host served files only.
    let api_log = proxy.requests();
    print_log("the API-only server", &api_log);
    for expected in ["GET /api/config", "OPTIONS /api/analyze", "POST /api/analyze"] {
        assert!(api_log.iter().any(|request| request == expected), "{expected}: {api_log:?}");
    }
    let host_log = host.requests();
    print_log("the static host", &host_log);
    assert!(
        host_log.iter().all(|request| request.starts_with("GET /shortlist/") && !request.contains("/api/")),
        "{host_log:?}"
    );

    // Proof 3: the meta policy refuses a connection to an origin the page was
    // not published for, before it leaves the browser; the API it was is fine.
    let other = StaticHost::start(site.path(), "/shortlist").await;
    client
        .execute(
            "window.__probe = { violations: [], outcomes: {} };
             document.addEventListener('securitypolicyviolation',
                 event => window.__probe.violations.push([event.violatedDirective, event.blockedURI]));
             const probe = (name, url) => fetch(url).then(
                 response => { window.__probe.outcomes[name] = 'answered ' + response.status; },
                 error => { window.__probe.outcomes[name] = 'refused: ' + error.message; });
             probe('elsewhere', arguments[0]);
             probe('api', arguments[1]);",
            vec![json!(format!("{}index.html", other.page_url())), json!(format!("{api}/api/health"))],
        )
        .await
        .unwrap();
    let probe = async || client.execute("return window.__probe", vec![]).await.unwrap();
    wait_until("both fetches settled and the violation was reported", 20, async || {
        let probe = probe().await;
        probe["outcomes"].as_object().unwrap().len() == 2
            && !probe["violations"].as_array().unwrap().is_empty()
    })
    .await;
    let probe = probe().await;
    eprintln!("fetches from the page: {probe}");
    assert!(probe["outcomes"]["elsewhere"].as_str().unwrap().starts_with("refused"), "{probe}");
    assert_eq!(probe["outcomes"]["api"], "answered 200", "{probe}");
    assert_eq!(probe["violations"][0][0], "connect-src", "{probe}");
    assert!(probe["violations"][0][1].as_str().unwrap().starts_with(&other.origin()), "{probe}");
    assert_eq!(other.requests(), Vec::<String>::new(), "the refused fetch never left the browser");

    // The same page from an origin the server does not allow: the browser
    // gets no Access-Control-Allow-Origin, so the page offers Private mode.
    client.goto(&other.page_url()).await.unwrap();
    let line = private_only_line(client).await;
    assert!(
        line.starts_with("Only Private mode is available here. No Shortlist server answers at"),
        "{line}"
    );
    assert!(!is_enabled(client, "#mode-server").await && is_selected(client, "#mode-private").await);
    let refused = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, proxy.url("/api/analyze"))
        .header("origin", other.origin())
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(refused.headers().get("access-control-allow-origin").is_none(), "{:?}", refused.headers());
    print_log(
        "the API-only server, after the page on the other origin loaded",
        &proxy.requests()[api_log.len()..],
    );

    browser.close().await;
    proxy.stop().await;
}

/// Proof 2: the page published for a server that is not there says in one
/// line that only Private mode is available, analyses in the tab, and asks
/// the static host for nothing beyond its own files; the server's address
/// was tried once and refused the connection. A copy published with no
/// `--api` asks its own host for `api/config` once (a 404) and says the same.
#[tokio::test]
async fn with_no_server_the_page_offers_only_private_mode_and_asks_for_nothing_else() {
    let site = tempfile::tempdir().unwrap();
    let host = StaticHost::start(site.path(), "/shortlist").await;
    // An address nothing listens on.
    let gone = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let api = format!("http://{gone}");
    let published = publish(site.path(), Some(&api));
    assert!(published.contains(&format!("connect-src 'self' {api};")), "{published}");
    let browser = Browser::start().await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    add_batch(client, &host.page_url(), &resumes(files.path())).await;

    let line = private_only_line(client).await;
    assert_eq!(
        line,
        format!("Only Private mode is available here. No Shortlist server answers at {api}. Check again")
    );
    assert!(!is_enabled(client, "#mode-server").await, "This server is disabled");
    assert!(is_selected(client, "#mode-private").await, "Private mode is selected");
    click(client, "#analyze").await;
    wait_until("both resumes are analysed in the tab", 60, async || {
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() == 2
            && texts(client, ".status .notice").await.iter().any(|notice| notice.contains("nothing was sent"))
    })
    .await;
    // Each candidate's name over the file name (issue #19).
    assert_eq!(texts(client, ".ranking .name").await, ["Maria Lopez\nmaria.docx", "Jo Smith\njo.txt"]);

    let log = host.requests();
    print_log("the static host, the page published for a server that is not there", &log);
    assert!(
        log.iter().all(|request| request.starts_with("GET /shortlist/") && !request.contains("/api/")),
        "{log:?}"
    );
    let resources = fetched_resources(client).await;
    eprintln!("resources the browser fetched: {resources:?}");
    for url in resources {
        assert!(
            url.starts_with(&host.page_url()) || url == format!("{api}/api/config"),
            "the page fetched {url}"
        );
    }

    // The copy with no `--api` asks its own host, which answers 404.
    let own = tempfile::tempdir().unwrap();
    let published = publish(own.path(), None);
    assert!(published.contains("connect-src 'self';"), "{published}");
    let own_host = StaticHost::start(own.path(), "/shortlist").await;
    client.goto(&own_host.page_url()).await.unwrap();
    let line = private_only_line(client).await;
    assert_eq!(
        line,
        "Only Private mode is available here. No Shortlist server answers at this page's address \
         (404 Not Found). Check again"
    );
    assert!(!is_enabled(client, "#mode-server").await && is_selected(client, "#mode-private").await);
    let log = own_host.requests();
    print_log("the static host, the page published with no --api", &log);
    let asked: Vec<&String> = log.iter().filter(|request| request.contains("/api/")).collect();
    assert_eq!(asked, ["GET /shortlist/api/config 404"], "{log:?}");
    assert!(log.iter().all(|request| request.starts_with("GET /shortlist/")), "{log:?}");

    browser.close().await;
}

/// "When the proxy appears or disappears mid-session, the next run says so":
/// a server that went away is named once, nothing is sent and Private mode is
/// chosen; once it is back, "Check again" offers it and a run goes through.
#[tokio::test]
async fn a_server_that_goes_away_is_named_at_the_next_run_and_offered_again_when_back() {
    let site = tempfile::tempdir().unwrap();
    let host = StaticHost::start(site.path(), "/shortlist").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let proxy = TestServer::start_on(listener, api_only(&[host.origin()], None), ConnectionLimits::default());
    let api = format!("http://{addr}");
    publish(site.path(), Some(&api));
    let browser = Browser::start().await;
    let client = &browser.client;
    let files = tempfile::tempdir().unwrap();
    add_batch(client, &host.page_url(), &resumes(files.path())).await;
    wait_until("the page asked the server for its settings", 20, async || {
        proxy.requests().iter().any(|request| request == "GET /api/config")
    })
    .await;
    assert!(is_enabled(client, "#mode-server").await);
    let log = proxy.requests();
    proxy.stop().await;

    click(client, "#analyze").await;
    wait_until("the run says the server is gone", 20, async || {
        texts(client, ".status .notice").await.iter().any(|notice| notice.contains("Nothing was sent"))
    })
    .await;
    let notice = text(client, ".status .notice").await;
    assert!(notice.starts_with(&format!("No Shortlist server answers at {api}.")), "{notice}");
    assert!(is_selected(client, "#mode-private").await && !is_enabled(client, "#mode-server").await);
    let runs = texts(client, ".resume-list .run").await;
    assert!(runs.iter().all(|run| !run.contains("failed")), "no resume failed on its own: {runs:?}");

    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let proxy = TestServer::start_on(listener, api_only(&[host.origin()], None), ConnectionLimits::default());
    click(client, "#check-server").await;
    wait_until("This server is offered again", 20, async || is_enabled(client, "#mode-server").await).await;
    assert!(texts(client, "#server-unavailable").await.is_empty());
    click(client, "#mode-server").await;
    click(client, "#analyze").await;
    wait_until("both resumes are analysed through the server", 60, async || {
        client.find_all(Locator::Css(".ranking tr.analysed")).await.unwrap().len() == 2
    })
    .await;
    print_log("the server before it went away", &log);
    print_log("the server once back", &proxy.requests());
    assert!(proxy.requests().iter().any(|request| request == "POST /api/analyze"));

    browser.close().await;
    proxy.stop().await;
}

/// A page whose `shortlist-api` was edited by hand, so that its meta policy
/// no longer allows it: the page names the mismatch and how to fix it, offers
/// Private mode, and sends nothing to either origin.
#[tokio::test]
async fn a_page_whose_api_and_policy_disagree_says_so() {
    let site = tempfile::tempdir().unwrap();
    let published_for = TestServer::start_with(api_only(&[], None)).await;
    let edited_to = TestServer::start_with(api_only(&[], None)).await;
    let (published_api, edited_api) =
        (format!("http://{}", published_for.addr), format!("http://{}", edited_to.addr));
    publish(site.path(), Some(&published_api));
    let index = site.path().join("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    let edited = html.replace(
        &format!(r#"<meta name="shortlist-api" content="{published_api}" />"#),
        &format!(r#"<meta name="shortlist-api" content="{edited_api}" />"#),
    );
    assert_ne!(edited, html);
    std::fs::write(&index, edited).unwrap();
    let host = StaticHost::start(site.path(), "/shortlist").await;
    let browser = Browser::start().await;
    let client = &browser.client;
    client.goto(&host.page_url()).await.unwrap();

    let line = private_only_line(client).await;
    assert!(
        line.starts_with(&format!(
            "Only Private mode is available here. This page names its server as {edited_api}, but its \
             security policy does not allow connecting there"
        )) && line.contains(&format!("--api {edited_api}")),
        "{line}"
    );
    assert!(!is_enabled(client, "#mode-server").await && is_selected(client, "#mode-private").await);
    assert_eq!(published_for.requests(), Vec::<String>::new());
    assert_eq!(edited_to.requests(), Vec::<String>::new());

    browser.close().await;
    published_for.stop().await;
    edited_to.stop().await;
}

/// The server's header and the published page's meta element carry one
/// policy, from one source: the meta without what only a header can say.
#[tokio::test]
async fn the_servers_policy_header_and_the_pages_meta_policy_are_one() {
    for api in [None, Some("https://screening.example.com")] {
        let site = tempfile::tempdir().unwrap();
        publish(site.path(), api);
        let server = TestServer::start(site.path()).await;
        let response = reqwest::get(server.url("/")).await.unwrap();
        let header = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
        let html = response.text().await.unwrap();
        let (_, meta) =
            shortlist_proxy::page::meta_content(&html, "http-equiv", "Content-Security-Policy").unwrap();
        assert_eq!(header, format!("{meta}; frame-ancestors 'none'"), "{api:?}");
        let connect = match api {
            Some(api) => format!("connect-src 'self' {api};"),
            None => "connect-src 'self';".to_owned(),
        };
        assert!(meta.contains(&connect) && meta.contains("'sha256-"), "{meta}");
        server.stop().await;
    }
}

/// `--no-page --allowed-origins`: a page on an allowed origin may send the
/// shared token (the preflight allows `Authorization`) and reads even a
/// refusal; any other origin gets no `Access-Control-Allow-Origin`.
#[tokio::test]
async fn an_api_only_server_lets_allowed_origins_send_the_token_and_refuses_others() {
    let allowed = "https://jobs.example.com";
    let server = TestServer::start_with(api_only(&[allowed.to_owned()], Some("let-me-in"))).await;
    let client = reqwest::Client::new();
    let preflight = |origin: &'static str| {
        client
            .request(reqwest::Method::OPTIONS, server.url("/api/requirements"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization,content-type")
            .send()
    };
    let response = preflight(allowed).await.unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], allowed);
    let headers = response.headers()["access-control-allow-headers"].to_str().unwrap().to_ascii_lowercase();
    assert!(headers.contains("authorization") && headers.contains("content-type"), "{headers}");
    let response = preflight("https://evil.example").await.unwrap();
    assert!(response.headers().get("access-control-allow-origin").is_none());

    let body = json!({"job_description": "Backend engineer.\nRequirements:\n- Rust"}).to_string();
    let post = |token: Option<&str>| {
        let mut request = client
            .post(server.url("/api/requirements"))
            .header("origin", allowed)
            .header("content-type", "application/json")
            .body(body.clone());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    let response = post(Some("let-me-in")).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["access-control-allow-origin"], allowed);
    let response = post(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["access-control-allow-origin"], allowed, "the page can read why");

    let page = client.get(server.url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND, "no page here");
    server.stop().await;
}
