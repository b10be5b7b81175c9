//! `POST /api/analyze`: the request the page sends and the server-sent events
//! it gets back, one `processing` and one `completed` or `error` per resume,
//! then `done`.

use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::api::ErrorCode;
use crate::limits::RequestLimits;
use crate::rubric::Rubric;

/// Declared in [`crate::api`] (the server's config names it too), and
/// reachable here beside the results that carry it.
pub use crate::api::Analyzer;

/// One chunk of resumes to analyse against one job description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyzeRequest {
    pub job_description: String,
    /// The batch's rubric, as the recruiter left it (issue #12). When absent
    /// the server reads one from the job description, once per request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<Rubric>,
    pub resumes: Vec<ResumeInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<AnalyzeOptions>,
}

/// One resume's extracted text. The id is the page's own and comes back on
/// every event about this resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeInput {
    pub id: String,
    pub text: String,
}

/// What the page may choose. Only a model, and only from the server's allowlist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

/// The longest resume id accepted, in characters.
pub const MAX_ID_CHARS: usize = 200;

/// Why a request was refused before any analysis: the code, the HTTP status
/// to answer with, and a message naming the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub status: u16,
    pub code: ErrorCode,
    pub message: String,
}

impl Refused {
    fn new(status: u16, code: ErrorCode, message: String) -> Self {
        Self { status, code, message }
    }
}

impl AnalyzeRequest {
    /// The model to use: the one asked for if the allowlist holds it, else
    /// the allowlist's first. `Err` when the page asked for another.
    pub fn model<'a>(&'a self, allowed: &'a [String]) -> Result<Option<&'a str>, Refused> {
        match self.options.as_ref().and_then(|options| options.model.as_deref()) {
            None => Ok(allowed.first().map(String::as_str)),
            Some(model) if allowed.iter().any(|it| it == model) => Ok(Some(model)),
            Some(_) => Err(Refused::new(
                422,
                ErrorCode::ModelNotAllowed,
                format!("the model is not one of the {} this server allows (see /api/config)", allowed.len()),
            )),
        }
    }

    /// Checks the request against `limits`. Sizes are counted in characters
    /// (Unicode scalar values), as the page counts them.
    pub fn check(&self, limits: &RequestLimits) -> Result<(), Refused> {
        let jd_chars = self.job_description.chars().count();
        if jd_chars > limits.max_job_description_chars {
            return Err(Refused::new(
                413,
                ErrorCode::JobDescriptionTooLong,
                format!(
                    "the job description has {jd_chars} characters; the limit is {}",
                    limits.max_job_description_chars
                ),
            ));
        }
        if self.job_description.trim().is_empty() {
            return Err(Refused::new(
                422,
                ErrorCode::InvalidRequest,
                "the job description is empty".to_owned(),
            ));
        }
        if let Some(rubric) = &self.rubric {
            rubric.check().map_err(|error| {
                Refused::new(422, ErrorCode::InvalidRequest, format!("the rubric: {error}"))
            })?;
        }
        if self.resumes.is_empty() {
            return Err(Refused::new(
                422,
                ErrorCode::InvalidRequest,
                "the request holds no resumes".to_owned(),
            ));
        }
        if self.resumes.len() > limits.max_resumes_per_request {
            return Err(Refused::new(
                422,
                ErrorCode::TooManyResumes,
                format!(
                    "the request holds {} resumes; the limit is {} a request",
                    self.resumes.len(),
                    limits.max_resumes_per_request
                ),
            ));
        }
        for (index, resume) in self.resumes.iter().enumerate() {
            let chars = resume.text.chars().count();
            if chars > limits.max_resume_chars {
                return Err(Refused::new(
                    413,
                    ErrorCode::ResumeTooLong,
                    format!(
                        "resume {} has {chars} characters; the limit is {}",
                        index + 1,
                        limits.max_resume_chars
                    ),
                ));
            }
            if resume.id.is_empty() || resume.id.chars().count() > MAX_ID_CHARS {
                return Err(Refused::new(
                    422,
                    ErrorCode::InvalidRequest,
                    format!("resume {} needs an id of 1 to {MAX_ID_CHARS} characters", index + 1),
                ));
            }
            if self.resumes[..index].iter().any(|other| other.id == resume.id) {
                return Err(Refused::new(
                    422,
                    ErrorCode::InvalidRequest,
                    format!("resume {} repeats the id of an earlier one", index + 1),
                ));
            }
        }
        Ok(())
    }
}

/// The model name results of the built-in local analyser carry.
pub const LOCAL_MODEL: &str = "shortlist-local";

/// Tokens and cost of one analysis, as the upstream reported them (summed
/// over a repair attempt, if there was one).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub total_tokens: u64,
    /// In the upstream's credits (US dollars on OpenRouter), when reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
}

impl std::ops::Add for Usage {
    type Output = Usage;

    fn add(self, other: Usage) -> Usage {
        Usage {
            prompt_tokens: self.prompt_tokens + other.prompt_tokens,
            completion_tokens: self.completion_tokens + other.completion_tokens,
            total_tokens: self.total_tokens + other.total_tokens,
            cost: match (self.cost, other.cost) {
                (None, None) => None,
                (a, b) => Some(a.unwrap_or(0.0) + b.unwrap_or(0.0)),
            },
        }
    }
}

/// One resume analysed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completed {
    pub id: String,
    pub analysis: Analysis,
    /// Named "analyser" on the wire since v1 (audit records and sessions keep it).
    #[serde(rename = "analyser")]
    pub analyzer: Analyzer,
    /// The model (or the local analyser's name) that produced the analysis.
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
}

/// Why one resume could not be analysed. The others of the chunk go on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeError {
    pub id: String,
    pub code: AnalysisErrorCode,
    pub message: String,
    /// Whether sending this resume again later may succeed.
    pub retryable: bool,
}

/// What went wrong with one resume's analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalysisErrorCode {
    /// The analyser failed unexpectedly on this resume (a bug, logged).
    Internal,
    /// The upstream could not be reached or kept failing (5xx, connection errors).
    UpstreamUnavailable,
    /// The upstream kept answering 429.
    UpstreamRateLimited,
    /// The upstream refused the request (400, 401, 402, 403…); retrying will not help.
    UpstreamRejected,
    /// The upstream sent no first byte, or no whole reply, in time.
    UpstreamTimeout,
    /// The upstream answered 200 but reported an error inside.
    UpstreamError,
    /// The model's reply was not an analysis, even after one repair attempt.
    InvalidReply,
}

/// The same failure as an API error's code (`POST /api/requirements`
/// answers with one when the model's reading fails).
impl From<AnalysisErrorCode> for ErrorCode {
    fn from(code: AnalysisErrorCode) -> Self {
        match code {
            AnalysisErrorCode::Internal => ErrorCode::Internal,
            AnalysisErrorCode::UpstreamUnavailable => ErrorCode::UpstreamUnavailable,
            AnalysisErrorCode::UpstreamRateLimited => ErrorCode::UpstreamRateLimited,
            AnalysisErrorCode::UpstreamRejected => ErrorCode::UpstreamRejected,
            AnalysisErrorCode::UpstreamTimeout => ErrorCode::UpstreamTimeout,
            AnalysisErrorCode::UpstreamError => ErrorCode::UpstreamError,
            AnalysisErrorCode::InvalidReply => ErrorCode::InvalidReply,
        }
    }
}

/// One server-sent event of `POST /api/analyze`. The SSE `event:` field is
/// [`AnalyzeEvent::name`] and `data:` is this value as JSON, tag included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum AnalyzeEvent {
    Processing { id: String },
    Completed(Completed),
    Error(ResumeError),
    Done,
}

impl AnalyzeEvent {
    pub fn name(&self) -> &'static str {
        match self {
            AnalyzeEvent::Processing { .. } => "processing",
            AnalyzeEvent::Completed(_) => "completed",
            AnalyzeEvent::Error(_) => "error",
            AnalyzeEvent::Done => "done",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(jd: &str, resumes: &[(&str, &str)]) -> AnalyzeRequest {
        AnalyzeRequest {
            job_description: jd.to_owned(),
            rubric: None,
            resumes: resumes
                .iter()
                .map(|(id, text)| ResumeInput { id: (*id).to_owned(), text: (*text).to_owned() })
                .collect(),
            options: None,
        }
    }

    fn check(request: AnalyzeRequest, expected: Result<(), (u16, ErrorCode, &str)>) {
        let limits = RequestLimits {
            max_job_description_chars: 10,
            max_resume_chars: 5,
            max_resumes_per_request: 2,
            ..RequestLimits::current()
        };
        let actual =
            request.check(&limits).map_err(|refused| (refused.status, refused.code, refused.message));
        let expected = expected.map_err(|(status, code, message)| (status, code, message.to_owned()));
        assert_eq!(actual, expected);
    }

    #[test]
    fn requests_are_checked_against_each_limit_by_name() {
        check(request("Rust dev", &[("a", "héllo")]), Ok(()));
        check(
            request("Rust developer", &[("a", "x")]),
            Err((
                413,
                ErrorCode::JobDescriptionTooLong,
                "the job description has 14 characters; the limit is 10",
            )),
        );
        check(
            request("Rust", &[("a", "x"), ("b", "123456")]),
            Err((413, ErrorCode::ResumeTooLong, "resume 2 has 6 characters; the limit is 5")),
        );
        check(
            request("Rust", &[("a", "x"), ("b", "x"), ("c", "x")]),
            Err((422, ErrorCode::TooManyResumes, "the request holds 3 resumes; the limit is 2 a request")),
        );
        check(request("Rust", &[]), Err((422, ErrorCode::InvalidRequest, "the request holds no resumes")));
        check(
            request("  ", &[("a", "x")]),
            Err((422, ErrorCode::InvalidRequest, "the job description is empty")),
        );
        check(
            request("Rust", &[("a", "x"), ("a", "y")]),
            Err((422, ErrorCode::InvalidRequest, "resume 2 repeats the id of an earlier one")),
        );
        check(
            request("Rust", &[("", "x")]),
            Err((422, ErrorCode::InvalidRequest, "resume 1 needs an id of 1 to 200 characters")),
        );
    }

    #[test]
    fn a_rubric_sent_with_the_request_is_checked_and_its_fault_named() {
        use crate::analysis::{Importance, RequirementKind};
        use crate::rubric::RubricItem;
        let mut item = RubricItem::new("r1", "Rust", RequirementKind::Skill, Importance::Required);
        let mut with_rubric = request("Rust", &[("a", "x")]);
        with_rubric.rubric = Some(Rubric::numbered(vec![item.clone()]));
        check(with_rubric.clone(), Ok(()));
        item.weight = 5;
        with_rubric.rubric = Some(Rubric::numbered(vec![item]));
        check(
            with_rubric,
            Err((
                422,
                ErrorCode::InvalidRequest,
                "the rubric: requirement \"r1\" has weight 5; weights go from 1 to 3",
            )),
        );
    }

    #[test]
    fn the_model_comes_from_the_allowlist() {
        let allowed = vec!["a/one".to_owned(), "b/two".to_owned()];
        let mut request = request("Rust", &[("a", "x")]);
        assert_eq!(request.model(&allowed), Ok(Some("a/one")));
        request.options = Some(AnalyzeOptions { model: Some("b/two".to_owned()) });
        assert_eq!(request.model(&allowed), Ok(Some("b/two")));
        request.options = Some(AnalyzeOptions { model: Some("c/evil".to_owned()) });
        assert_eq!(request.model(&allowed).unwrap_err().code, ErrorCode::ModelNotAllowed);
    }

    #[test]
    fn an_analysis_failure_has_the_same_wire_name_as_an_api_error() {
        for code in [
            AnalysisErrorCode::Internal,
            AnalysisErrorCode::UpstreamUnavailable,
            AnalysisErrorCode::UpstreamRateLimited,
            AnalysisErrorCode::UpstreamRejected,
            AnalysisErrorCode::UpstreamTimeout,
            AnalysisErrorCode::UpstreamError,
            AnalysisErrorCode::InvalidReply,
        ] {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::to_value(ErrorCode::from(code)).unwrap()
            );
        }
    }

    #[test]
    fn events_carry_their_name_as_a_tag() {
        let error = AnalyzeEvent::Error(ResumeError {
            id: "r1".to_owned(),
            code: AnalysisErrorCode::UpstreamTimeout,
            message: "no reply in 60 s".to_owned(),
            retryable: true,
        });
        assert_eq!(error.name(), "error");
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"event": "error", "id": "r1", "code": "upstream_timeout", "message": "no reply in 60 s", "retryable": true})
        );
        assert_eq!(serde_json::to_value(AnalyzeEvent::Done).unwrap(), json!({"event": "done"}));
        let processing: AnalyzeEvent =
            serde_json::from_value(json!({"event": "processing", "id": "r2"})).unwrap();
        assert_eq!(processing, AnalyzeEvent::Processing { id: "r2".to_owned() });
    }
}
