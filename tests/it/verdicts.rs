//! Issue #12 at the server: `POST /api/analyze` judges every resume of a
//! request against one rubric (the page's, checked and guarded, or the one
//! read from the job description), the model gives verdicts and quotes, the
//! quotes are grounded against the text that was sent, and the one formula
//! scores them. Over a real socket, in front of the fake upstream (which
//! records what it received) or with the local analyser.

use serde_json::{Value, json};
use shortlist_fake_upstream::INVENTED_QUOTE;
use shortlist_proxy::ProxyConfig;

use crate::analyze::{analyze, config, fake, request, resume, start};

/// The completed analysis of resume `id`.
fn analysis_of(reply: &crate::analyze::Reply, id: &str) -> Value {
    let result = reply.result(id);
    assert_eq!(result.name, "completed", "{}", reply.body);
    result.data["analysis"].clone()
}

fn concerns(analysis: &Value) -> Vec<String> {
    analysis["concerns"].as_array().unwrap().iter().map(|it| it.as_str().unwrap().to_owned()).collect()
}

/// Every requirement id the analysis names, matched or missing.
fn ids(analysis: &Value) -> Vec<String> {
    ["matched_requirements", "missing_requirements"]
        .iter()
        .flat_map(|list| analysis[list].as_array().unwrap().iter())
        .map(|item| item["requirement_id"].as_str().unwrap().to_owned())
        .collect()
}

// See: #12.
#[tokio::test]
async fn a_met_verdict_quoting_words_not_in_the_resume_is_unverified_and_scored_as_partly_met() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let reply = analyze(&server, &request(vec![resume("a", "invent-quote")])).await;
    let analysis = analysis_of(&reply, "a");
    let rust = &analysis["matched_requirements"][0];
    assert_eq!(
        (&rust["requirement_id"], &rust["verdict"], &rust["grounded"], &rust["evidence"]),
        (&json!("r1"), &json!("met"), &json!(false), &json!(INVENTED_QUOTE)),
        "{analysis}"
    );
    // Rust unverified earns half: 2 of 10; must-haves 2 of 8.
    assert_eq!(analysis["overall_score"], 20);
    assert_eq!(analysis["component_scores"]["must_haves"], 25);
    assert_eq!(analysis["recommendations"]["decision"], "decline");
    assert!(
        concerns(&analysis)
            .iter()
            .any(|it| it.starts_with("1 requirement(s) marked met without a quote found")
                && it.contains("unverified")),
        "{analysis}"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_verdict_for_an_id_the_rubric_lacks_is_dropped_and_said() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let reply = analyze(&server, &request(vec![resume("a", "unknown-id"), resume("b", "")])).await;
    let odd = analysis_of(&reply, "a");
    assert_eq!(ids(&odd), ["r1", "r2", "r3"], "{odd}");
    assert!(!odd.to_string().contains("r999"), "{odd}");
    assert!(
        concerns(&odd).contains(
            &"1 verdict(s) named no requirement of the rubric (or repeated one) and were dropped.".to_owned()
        ),
        "{odd}"
    );
    let plain = analysis_of(&reply, "b");
    assert_eq!(odd["overall_score"], plain["overall_score"], "the dropped verdict moved nothing");
    server.stop().await;
}

#[tokio::test]
async fn a_requirement_the_model_gave_no_verdict_on_is_missing_without_one_and_said() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    // Meets all three, but the model leaves Kubernetes (the last) out.
    let text = "Rust, PostgreSQL and Kubernetes at Acme.\nfake-upstream: omit-verdicts\n";
    let reply = analyze(&server, &request(vec![json!({"id": "a", "text": text})])).await;
    let analysis = analysis_of(&reply, "a");
    assert_eq!(
        analysis["missing_requirements"],
        json!([{"requirement": "Kubernetes", "kind": "skill", "importance": "preferred", "requirement_id": "r3"}]),
        "no verdict: the field is absent"
    );
    assert_eq!(analysis["overall_score"], 80);
    assert!(
        concerns(&analysis).contains(&"1 requirement(s) got no verdict and count as not met.".to_owned()),
        "{analysis}"
    );
    server.stop().await;
}

/// The page's rubric, with ids of its own: the schema sent upstream allows
/// exactly those, and the message lists each with its need and alternatives.
#[tokio::test]
async fn the_strict_schema_sent_upstream_has_the_rubrics_ids_as_its_enum() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let mut body = request(vec![resume("a", ""), resume("b", "")]);
    body["rubric"] = json!({"requirements": [
        {"id": "lang", "text": "Rust", "kind": "skill", "importance": "required", "weight": 3},
        {"id": "db", "text": "A relational database", "importance": "preferred", "alternatives": ["PostgreSQL", "MySQL"]},
    ]});
    let reply = analyze(&server, &body).await;
    let received = upstream.received();
    assert_eq!(received.len(), 2);
    for call in &received {
        let format = &call.body["response_format"];
        assert_eq!(format["type"], "json_schema");
        assert_eq!(format["json_schema"]["name"], "analysis");
        assert_eq!(format["json_schema"]["strict"], true);
        let item = &format["json_schema"]["schema"]["properties"]["verdicts"]["items"];
        assert_eq!(item["properties"]["requirement_id"]["enum"], json!(["lang", "db"]));
        assert_eq!(item["required"], json!(["requirement_id", "verdict", "quote"]));
        assert_eq!(call.body["temperature"], 0);
        let user = call.body["messages"][1]["content"].as_str().unwrap();
        assert!(
            user.contains(
                "<requirements>\n- lang (required): Rust\n- db (preferred): A relational database; also met by: PostgreSQL | MySQL\n</requirements>"
            ),
            "{user}"
        );
    }
    assert_eq!(received[0].body["response_format"], received[1].body["response_format"]);
    // Judged by that rubric: Rust met (weight 3, required: 6 of 8), the
    // database (weight 2, preferred: 2) not.
    let analysis = analysis_of(&reply, "a");
    assert_eq!(ids(&analysis), ["lang", "db"]);
    assert_eq!(analysis["overall_score"], 75);
    server.stop().await;
}

/// The guard applies to a rubric the page sends, for either analyser: the
/// model never sees the item, and no analysis judges by it.
#[tokio::test]
async fn a_protected_requirement_in_the_pages_rubric_is_left_out() {
    let rubric = json!({"requirements": [
        {"id": "r1", "text": "Rust", "kind": "skill"},
        {"id": "r2", "text": "Must be under 35"},
        {"id": "r3", "text": "PostgreSQL", "kind": "skill"},
    ]});
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let mut body = request(vec![resume("a", "")]);
    body["rubric"] = rubric.clone();
    let model = analysis_of(&analyze(&server, &body).await, "a");
    let call = &upstream.received()[0].body;
    let schema = &call["response_format"]["json_schema"]["schema"];
    assert_eq!(
        schema["properties"]["verdicts"]["items"]["properties"]["requirement_id"]["enum"],
        json!(["r1", "r3"])
    );
    assert!(!call["messages"][1]["content"].as_str().unwrap().contains("under 35"));
    assert_eq!(ids(&model), ["r1", "r3"]);
    server.stop().await;

    let (server, _dist) = start(ProxyConfig::default()).await;
    let local = analysis_of(&analyze(&server, &body).await, "a");
    assert_eq!(ids(&local), ["r1", "r3"], "{local}");
    assert!(!local.to_string().contains("under 35"), "{local}");
    server.stop().await;
}

#[tokio::test]
async fn a_rubric_that_breaks_a_rule_is_refused_naming_the_item() {
    let upstream = fake().await;
    let (server, _dist) = start(config(&upstream)).await;
    let cases = [
        (
            json!([{"id": "r1", "text": "Rust"}, {"id": "r2", "text": "Go", "weight": 5}]),
            "requirement \"r2\" has weight 5",
        ),
        (
            json!([{"id": "r1", "text": "Rust"}, {"id": "r1", "text": "Go"}]),
            "requirement 2 repeats the id \"r1\"",
        ),
        (json!([{"id": "r1", "text": " "}]), "requirement \"r1\" has no text"),
    ];
    for (requirements, names) in cases {
        let mut body = request(vec![resume("a", "")]);
        body["rubric"] = json!({"requirements": requirements});
        let reply = analyze(&server, &body).await;
        assert_eq!(reply.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
        let error = reply.json();
        assert_eq!(error["code"], "invalid_request");
        let message = error["message"].as_str().unwrap();
        assert!(message.starts_with("the rubric: ") && message.contains(names), "{message}");
    }
    assert!(upstream.received().is_empty(), "nothing reached the upstream");
    server.stop().await;
}

/// One batch, sent twice and in other chunks: every resume scores the same
/// each time, with the model (temperature 0, the same rubric) and with the
/// local analyser.
#[tokio::test]
async fn the_same_batch_analysed_twice_scores_the_same() {
    let texts = [
        ("strong", "Backend engineer, 2016 - present: Rust, PostgreSQL and Kubernetes at Acme."),
        ("partial", "Backend engineer, 2019 - present: Rust at Initech."),
        ("other", "Pastry chef, 2012 - 2020: bread, cakes and catering."),
    ];
    let resumes = |ids: &[&str]| -> Vec<Value> {
        texts
            .iter()
            .filter(|(id, _)| ids.contains(id))
            .map(|(id, text)| json!({"id": id, "text": text}))
            .collect()
    };
    let upstream = fake().await;
    let (model, _dist) = start(config(&upstream)).await;
    let (local, _dist2) = start(ProxyConfig::default()).await;
    for server in [&model, &local] {
        let first = analyze(server, &request(resumes(&["strong", "partial", "other"]))).await;
        let again = analyze(server, &request(resumes(&["strong", "partial", "other"]))).await;
        let split = analyze(server, &request(resumes(&["other", "strong"]))).await;
        let rest = analyze(server, &request(resumes(&["partial"]))).await;
        for (id, _) in texts {
            let once = analysis_of(&first, id);
            assert_eq!(analysis_of(&again, id), once, "{id}");
            let chunked = if id == "partial" { &rest } else { &split };
            assert_eq!(analysis_of(chunked, id), once, "{id} in another chunk");
        }
        let score = |id| analysis_of(&first, id)["overall_score"].as_u64().unwrap();
        assert!(score("strong") > score("partial") && score("partial") > score("other"), "{}", first.body);
    }
    model.stop().await;
    local.stop().await;
}
