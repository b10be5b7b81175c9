//! What the recruiter takes away from a batch: a CSV table and a JSON audit
//! record, both built from the stored [`SessionDocument`].

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::analysis::{Analysis, Decision};
use crate::analyze_api::Usage;
use crate::api::Analyzer;
use crate::extract::OcrReading;
use crate::privacy::EgressReceipt;
use crate::prompt::PROMPT_VERSION;
use crate::rubric::Rubric;
use crate::session::{ResultRecord, SessionDocument, iso8601, total_usage};

/// How many missing requirements the CSV names per resume.
pub const CSV_TOP_MISSING: usize = 3;

/// The CSV's header row. New columns join at the end.
pub const CSV_HEADER: [&str; 12] = [
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
    // Issue #19: what the analysis cost, when a model reported it.
    "tokens",
    "cost",
];

/// The resumes with results, best first (ties keep the batch's order).
pub fn ranked(document: &SessionDocument) -> Vec<&ResultRecord> {
    let mut ranked: Vec<&ResultRecord> = document
        .resumes
        .iter()
        .filter_map(|resume| document.results.iter().find(|result| result.resume_id == resume.id))
        .collect();
    ranked.sort_by_key(|result| std::cmp::Reverse(result.analysis.overall_score));
    ranked
}

/// A row per resume: analysed ones ranked best first, then the others with
/// their status and no scores. Quoted as RFC 4180 says, lines end in CRLF.
pub fn csv(document: &SessionDocument) -> String {
    let mut rows: Vec<Vec<String>> = vec![CSV_HEADER.iter().map(|&name| name.to_owned()).collect()];
    let ranked = ranked(document);
    for (rank, result) in ranked.iter().enumerate() {
        let file =
            document.resume(result.resume_id).map(|resume| resume.filename.clone()).unwrap_or_default();
        let mut row = analyzed_row(rank + 1, file, &result.analysis);
        row.extend(usage_fields(result.usage));
        rows.push(row);
    }
    for resume in &document.resumes {
        if ranked.iter().all(|result| result.resume_id != resume.id) {
            let status = serde_json::to_value(resume.status)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default();
            let mut row = vec![String::new(), resume.filename.clone(), status];
            row.resize(CSV_HEADER.len(), String::new());
            rows.push(row);
        }
    }
    rows.iter()
        .map(|row| row.iter().map(|field| csv_field(field)).collect::<Vec<_>>().join(",") + "\r\n")
        .collect()
}

/// The `tokens` and `cost` fields: empty when not reported.
fn usage_fields(usage: Option<Usage>) -> [String; 2] {
    match usage {
        Some(usage) => {
            [usage.total_tokens.to_string(), usage.cost.map(|cost| cost.to_string()).unwrap_or_default()]
        }
        None => [String::new(), String::new()],
    }
}

fn analyzed_row(rank: usize, file: String, analysis: &Analysis) -> Vec<String> {
    let scores = analysis.component_scores;
    let top_missing: Vec<&str> = analysis
        .missing_requirements
        .iter()
        .take(CSV_TOP_MISSING)
        .map(|item| item.requirement.as_str())
        .collect();
    vec![
        rank.to_string(),
        file,
        "completed".to_owned(),
        analysis.overall_score.to_string(),
        scores.skills.to_string(),
        scores.experience.to_string(),
        scores.education.to_string(),
        scores.must_haves.to_string(),
        top_missing.join("; "),
        decision_code(analysis.recommendations.decision).to_owned(),
    ]
}

/// One CSV field, safe to open in a spreadsheet (OWASP's CSV-injection
/// guidance; resume text reaches the CSV through the analysis and file
/// names). A field whose first character, or first after leading
/// whitespace, is `=`, `+`, `-`, `@`, a tab or a carriage return would be
/// run as a formula: it gets a leading apostrophe, so it stays text. Then,
/// as RFC 4180 says, a field holding the separator, a quote, CR or LF is
/// quoted, its quotes doubled.
pub fn csv_field(field: &str) -> String {
    let field = if starts_like_a_formula(field) { format!("'{field}") } else { field.to_owned() };
    if field.contains([',', '"', '\n', '\r']) { format!("\"{}\"", field.replace('"', "\"\"")) } else { field }
}

/// The characters a spreadsheet reads as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `field` opens with one of [`FORMULA_STARTS`], perhaps after
/// whitespace (a tab or CR within that whitespace counts too).
fn starts_like_a_formula(field: &str) -> bool {
    for c in field.chars() {
        if FORMULA_STARTS.contains(&c) {
            return true;
        }
        if !c.is_whitespace() {
            return false;
        }
    }
    false
}

fn decision_code(decision: Decision) -> &'static str {
    match decision {
        Decision::Interview => "interview",
        Decision::Consider => "consider",
        Decision::Decline => "decline",
    }
}

/// The audit record of a batch: what was asked, of which analyser, and what
/// it answered, for each resume. New facts join as new fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Always [`AUDIT_FORMAT`].
    pub format: String,
    pub batch_id: String,
    /// ISO 8601, UTC.
    pub created_at: String,
    pub exported_at: String,
    /// SHA-256 of the job description's UTF-8 bytes, lowercase hex.
    pub job_description_sha256: String,
    /// The rubric the batch is judged by, as the recruiter left it (issue #12).
    #[serde(default)]
    pub rubric: Option<Rubric>,
    /// Whether the recruiter changed the rubric from the one read from the
    /// job description (or had the model read it).
    #[serde(default)]
    pub rubric_edited: bool,
    /// Best first.
    pub results: Vec<AuditResult>,
    /// The results' tokens and cost together (issue #19); `null` when no
    /// result reports usage (the local analyser).
    #[serde(default)]
    pub usage: Option<Usage>,
}

/// The format name and version an audit record declares.
pub const AUDIT_FORMAT: &str = "shortlist-audit-v1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditResult {
    pub resume_id: u32,
    pub file: String,
    /// Named "analyser" on the wire since v1 (audit records and sessions keep it).
    #[serde(rename = "analyser")]
    pub analyzer: Analyzer,
    pub model: String,
    /// The prompt a language model was given; `None` for the local
    /// analyser, which uses no prompt.
    pub prompt_version: Option<String>,
    pub finished_at: String,
    pub analysis: Analysis,
    /// The egress receipt of what was sent for this analysis (issue #7);
    /// `null` when nothing left the tab (Private mode).
    #[serde(default)]
    pub egress: Option<EgressReceipt>,
    /// The fingerprint of the rubric this result was judged by.
    #[serde(default)]
    pub rubric_fingerprint: Option<String>,
    /// Judged by another rubric than the record's: analyse again to update.
    #[serde(default)]
    pub out_of_date: bool,
    /// Tokens and, when reported, cost of this analysis (issue #19).
    #[serde(default)]
    pub usage: Option<Usage>,
    /// Issue #15: the resume was read by OCR, with this mean confidence;
    /// absent when its text was read from the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<OcrReading>,
}

impl AuditRecord {
    pub fn new(document: &SessionDocument, exported_at: u64) -> Self {
        let results = ranked(document)
            .into_iter()
            .map(|result| AuditResult {
                resume_id: result.resume_id,
                file: document
                    .resume(result.resume_id)
                    .map(|resume| resume.filename.clone())
                    .unwrap_or_default(),
                analyzer: result.analyzer,
                model: result.model.clone(),
                prompt_version: (result.analyzer == Analyzer::Llm).then(|| PROMPT_VERSION.to_owned()),
                finished_at: iso8601(result.finished_at),
                analysis: result.analysis.clone(),
                egress: result.egress.clone(),
                rubric_fingerprint: result.rubric_fingerprint.clone(),
                out_of_date: result.is_out_of_date(document.rubric.as_ref()),
                usage: result.usage,
                ocr: document.resume(result.resume_id).and_then(|resume| resume.ocr),
            })
            .collect();
        Self {
            format: AUDIT_FORMAT.to_owned(),
            batch_id: document.batch_id.clone(),
            created_at: iso8601(document.created_at),
            exported_at: iso8601(exported_at),
            job_description_sha256: sha256_hex(&document.job_description),
            rubric: document.rubric.clone(),
            rubric_edited: document.rubric_edited,
            results,
            usage: total_usage(&document.results),
        }
    }

    /// Indented JSON, for a file a person may read.
    pub fn to_json(&self) -> String {
        // Strings, numbers and enums always serialise.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// SHA-256 of `text`, lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{
        ComponentScores, Importance, MissingRequirement, Recommendations, RequirementKind,
    };
    use crate::extract::{FileKind, Outcome};
    use crate::privacy::Routing;
    use crate::session::{BatchStatus, ResumeStatus, SESSION_VERSION, StoredResume};

    fn analysis(overall: u8, missing: &[&str], decision: Decision) -> Analysis {
        Analysis {
            overall_score: overall,
            component_scores: ComponentScores {
                skills: overall,
                experience: 50,
                education: 100,
                must_haves: 25,
            },
            matched_requirements: Vec::new(),
            missing_requirements: missing
                .iter()
                .map(|name| MissingRequirement {
                    requirement: (*name).to_owned(),
                    kind: RequirementKind::Skill,
                    importance: Importance::Required,
                    requirement_id: None,
                    verdict: None,
                })
                .collect(),
            concerns: Vec::new(),
            recommendations: Recommendations {
                decision,
                summary: "Fit.".to_owned(),
                interview_questions: Vec::new(),
            },
        }
    }

    fn document() -> SessionDocument {
        let resume = |id: u32, filename: &str, status: ResumeStatus| StoredResume {
            id,
            filename: filename.to_owned(),
            size: 10,
            kind: Some(FileKind::Pdf),
            outcome: Some(Outcome::Read),
            text: "text".to_owned(),
            hidden: Vec::new(),
            ocr: None,
            status,
            error: None,
        };
        let result = |resume_id: u32, analysis: Analysis, analyzer: Analyzer| ResultRecord {
            resume_id,
            analysis,
            analyzer,
            model: if analyzer == Analyzer::Llm { "vendor/model-a" } else { "shortlist-local" }.to_owned(),
            finished_at: 1_772_323_200_000 + u64::from(resume_id),
            egress: (analyzer == Analyzer::Llm).then(|| {
                let routing = Routing {
                    model: "vendor/model-a".to_owned(),
                    zdr: true,
                    data_collection: "deny".to_owned(),
                };
                EgressReceipt::new(&resume_id.to_string(), "sent.pdf", "[NAME]\nRust", &routing)
            }),
            rubric_fingerprint: None,
            usage: (analyzer == Analyzer::Llm).then_some(Usage {
                prompt_tokens: 1200,
                completion_tokens: 300,
                total_tokens: 1500,
                cost: (resume_id == 1).then_some(0.00042),
            }),
        };
        SessionDocument {
            version: SESSION_VERSION,
            batch_id: "batch-7".to_owned(),
            created_at: 1_772_323_200_000,
            job_description: "abc".to_owned(),
            rubric: None,
            rubric_edited: false,
            resumes: vec![
                resume(1, "Low, Ann.pdf", ResumeStatus::Completed),
                resume(2, "failed.pdf", ResumeStatus::Error),
                resume(3, "best \"top\".pdf", ResumeStatus::Completed),
                resume(4, "more.pdf", ResumeStatus::Completed),
            ],
            results: vec![
                result(1, analysis(40, &["=SUM(A1)", "Rust", "Go", "SQL"], Decision::Decline), Analyzer::Llm),
                result(3, analysis(90, &[], Decision::Interview), Analyzer::Local),
                result(4, analysis(40, &["Go, Kubernetes"], Decision::Consider), Analyzer::Llm),
            ],
            status: BatchStatus::Completed,
        }
    }

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be() {
        let cases = [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("carriage\rreturn", "\"carriage\rreturn\""),
            ("crlf\r\nline", "\"crlf\r\nline\""),
            ("mid-word = fine", "mid-word = fine"),
            ("  indented", "  indented"),
            ("", ""),
        ];
        for (field, expected) in cases {
            assert_eq!(csv_field(field), expected, "{field:?}");
        }
    }

    /// See: #17. OWASP's CSV injection: a field whose first character, or
    /// first after leading whitespace, is = + - @ tab or CR starts with `'`.
    #[test]
    fn csv_fields_a_spreadsheet_would_run_stay_text() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1+1", "'\t=1+1"),
            ("\tplain", "'\tplain"),
            ("\r=1+1", "\"'\r=1+1\""),
            ("\rplain", "\"'\rplain\""),
            ("  =1+1", "'  =1+1"),
            (" +1", "' +1"),
            ("   -2", "'   -2"),
            (" @SUM(A1)", "' @SUM(A1)"),
            ("  \t=1", "'  \t=1"),
            (" \tplain", "' \tplain"),
            (" \r=1", "\"' \r=1\""),
            ("\n=1", "\"'\n=1\""),
            ("\u{a0}=1", "'\u{a0}=1"),
            ("-2,3", "\"'-2,3\""),
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ];
        for (field, expected) in cases {
            assert_eq!(csv_field(field), expected, "{field:?}");
        }
    }

    #[test]
    fn the_csv_has_a_row_per_resume_best_first() {
        let expected = "rank,file,status,overall,skills,experience,education,must_haves,top_missing,decision,tokens,cost\r\n\
            1,\"best \"\"top\"\".pdf\",completed,90,90,50,100,25,,interview,,\r\n\
            2,\"Low, Ann.pdf\",completed,40,40,50,100,25,'=SUM(A1); Rust; Go,decline,1500,0.00042\r\n\
            3,more.pdf,completed,40,40,50,100,25,\"Go, Kubernetes\",consider,1500,\r\n\
            ,failed.pdf,error,,,,,,,,,\r\n";
        assert_eq!(csv(&document()), expected);
    }

    #[test]
    fn the_audit_record_holds_the_rubric_and_marks_results_judged_by_another() {
        use crate::analysis::{Importance, RequirementKind};
        use crate::rubric::RubricItem;
        let mut document = document();
        let rubric = Rubric::numbered(vec![RubricItem::new(
            "r1",
            "Rust",
            RequirementKind::Skill,
            Importance::Required,
        )]);
        document.results[0].rubric_fingerprint = Some(rubric.fingerprint());
        document.results[1].rubric_fingerprint = Some("0000000000000000".to_owned());
        document.rubric = Some(rubric.clone());
        let record = AuditRecord::new(&document, 1_772_326_800_000);
        assert_eq!(record.rubric, Some(rubric.clone()));
        let out_of_date: Vec<(u32, bool)> =
            record.results.iter().map(|result| (result.resume_id, result.out_of_date)).collect();
        // Best first: 3 (no fingerprint), 1 (this rubric), 4 (another).
        assert_eq!(out_of_date, [(3, true), (1, false), (4, true)]);
        let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
        assert_eq!(json["rubric"]["requirements"][0]["text"], "Rust");
        assert_eq!(json["results"][1]["rubric_fingerprint"], rubric.fingerprint());
        // Without a rubric nothing is out of date.
        document.rubric = None;
        assert!(AuditRecord::new(&document, 0).results.iter().all(|result| !result.out_of_date));
    }

    #[test]
    fn the_audit_record_names_each_results_analyser_model_and_prompt() {
        let record = AuditRecord::new(&document(), 1_772_326_800_000);
        let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
        assert_eq!(json["format"], AUDIT_FORMAT);
        assert_eq!(json["batch_id"], "batch-7");
        assert_eq!(json["created_at"], "2026-03-01T00:00:00.000Z");
        assert_eq!(json["exported_at"], "2026-03-01T01:00:00.000Z");
        assert_eq!(
            json["job_description_sha256"],
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "SHA-256 of \"abc\""
        );
        let files: Vec<&str> =
            json["results"].as_array().unwrap().iter().map(|r| r["file"].as_str().unwrap()).collect();
        assert_eq!(files, ["best \"top\".pdf", "Low, Ann.pdf", "more.pdf"]);
        let first = &json["results"][0];
        assert_eq!(first["analyser"], "local");
        assert_eq!(first["model"], "shortlist-local");
        assert_eq!(first["prompt_version"], serde_json::Value::Null);
        assert_eq!(first["egress"], serde_json::Value::Null, "nothing left the tab");
        assert_eq!(first["finished_at"], "2026-03-01T00:00:00.003Z");
        assert_eq!(first["analysis"]["overall_score"], 90);
        let second = &json["results"][1];
        assert_eq!(second["analyser"], "llm");
        assert_eq!(second["model"], "vendor/model-a");
        assert_eq!(second["prompt_version"], PROMPT_VERSION);
        assert_eq!(second["egress"]["text"], "[NAME]\nRust");
        assert_eq!(second["egress"]["sha256"], crate::privacy::sha256_hex("[NAME]\nRust"));
        assert_eq!(
            (second["egress"]["zdr"].as_bool(), second["egress"]["data_collection"].as_str()),
            (Some(true), Some("deny"))
        );
        assert_eq!(second["analysis"]["missing_requirements"][0]["requirement"], "=SUM(A1)");
        // See: #19. Tokens and cost per result and for the batch.
        assert_eq!(first["usage"], serde_json::Value::Null);
        assert_eq!(second["usage"]["total_tokens"], 1500);
        assert_eq!(second["usage"]["cost"], 0.00042);
        assert_eq!(json["results"][2]["usage"]["cost"], serde_json::Value::Null);
        assert_eq!(json["usage"]["total_tokens"], 3000);
        assert_eq!(json["usage"]["prompt_tokens"], 2400);
        assert_eq!(json["usage"]["cost"], 0.00042);
        let back: AuditRecord = serde_json::from_str(&record.to_json()).unwrap();
        assert_eq!(back, record);
    }

    // See: #15
    #[test]
    fn the_audit_record_says_which_resumes_were_read_by_ocr_and_how_surely() {
        let mut document = document();
        document.resumes[2].ocr = Some(OcrReading::new(212, 87.4));
        let json: serde_json::Value =
            serde_json::from_str(&AuditRecord::new(&document, 0).to_json()).unwrap();
        let best = &json["results"][0];
        assert_eq!(best["file"], "best \"top\".pdf");
        assert_eq!(best["ocr"], serde_json::json!({ "words": 212, "confidence": 87 }));
        assert!(json["results"][1].get("ocr").is_none(), "read from the file: no OCR field");
    }
}
