//! Issue #12: quotes offered as evidence are checked against the text that
//! was sent. `shortlist-bench bench-grounding` on the shared corpus's resumes
//! (skipped with a note when ../shared/corpus is absent) and on a resume the
//! test writes: true quotes with another layout are all found, quotes that are
//! not in the text are all caught.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn bench(dir: &Path) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_shortlist-bench"))
        .args(["bench-grounding", "--json", "--per-resume", "40"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[track_caller]
fn check(figures: &Value) {
    assert!(figures["true_quotes"].as_u64().unwrap() > 0, "{figures}");
    assert!(figures["false_quotes"].as_u64().unwrap() > 0, "{figures}");
    assert_eq!(figures["false_unverified"], 0, "{figures}");
    assert_eq!(figures["false_grounded"], 0, "{figures}");
}

#[test]
fn bench_grounding_finds_every_true_quote_and_catches_every_false_one_in_a_written_resume() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("files")).unwrap();
    let resume = "Jane Doe\nSenior Data Engineer, Acme Corp, Jan 2019 – Present\n\
        • Owns 140 Airflow DAGs feeding the warehouse (Snowflake, dbt); cut costs by 30%.\n\
        • Built streaming ingestion with Kafka and Spark Structured Streaming.\n\
        Data Engineer, Initech, 2015 – 2018\n• Python, SQL, PostgreSQL; on-call for ETL.\n\
        Education: BSc Computer Science, University of Lisbon, 2015.\n";
    std::fs::write(dir.path().join("files/jane.txt"), resume.repeat(3)).unwrap();
    std::fs::write(dir.path().join("manifest.tsv"), "file\tkind\njane.txt\tresume\n").unwrap();
    check(&bench(dir.path()));
}

#[test]
fn bench_grounding_meets_its_bars_on_the_shared_corpus() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    if !dir.join("manifest.tsv").is_file() {
        eprintln!("note: ../shared/corpus is absent; bench-grounding not run on it");
        return;
    }
    let figures = bench(&dir);
    assert!(figures["resumes"].as_u64().unwrap() >= 20, "{figures}");
    check(&figures);
}
