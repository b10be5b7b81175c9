//! `POST /api/requirements`: the job description in, its rubric out, read by
//! the server's model when the page asks for it and a key is configured, by
//! the built-in parser otherwise (issue #12). The page reads the rubric in
//! the tab as the recruiter types; this route is its "Read with the model".

use serde::{Deserialize, Serialize};

use crate::analyze_api::Refused;
use crate::api::{Analyzer, ErrorCode};
use crate::limits::RequestLimits;
use crate::rubric::Rubric;

/// Who should read the job description.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reader {
    /// The server's model when it has a key, else the built-in parser.
    #[default]
    Model,
    /// The built-in parser, as in the tab.
    Local,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementsRequest {
    pub job_description: String,
    #[serde(default)]
    pub reader: Reader,
    /// A model from the server's allowlist; the allowlist's first when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

/// The rubric as read, guarded, and who read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementsResponse {
    pub rubric: Rubric,
    /// Named "analyser" on the wire, as in the analysis events.
    #[serde(rename = "analyser")]
    pub analyzer: Analyzer,
    /// The model, or the local analyser's name.
    pub model: String,
}

impl RequirementsRequest {
    /// The model to read with: the one asked for if the allowlist holds it,
    /// else the allowlist's first. `Err` when the page asked for another.
    pub fn model<'a>(&'a self, allowed: &'a [String]) -> Result<Option<&'a str>, Refused> {
        match self.model.as_deref() {
            None => Ok(allowed.first().map(String::as_str)),
            Some(model) if allowed.iter().any(|it| it == model) => Ok(Some(model)),
            Some(_) => Err(Refused {
                status: 422,
                code: ErrorCode::ModelNotAllowed,
                message: format!(
                    "the model is not one of the {} this server allows (see /api/config)",
                    allowed.len()
                ),
            }),
        }
    }

    /// Checks the job description against `limits`, in characters.
    pub fn check(&self, limits: &RequestLimits) -> Result<(), Refused> {
        let chars = self.job_description.chars().count();
        if chars > limits.max_job_description_chars {
            return Err(Refused {
                status: 413,
                code: ErrorCode::JobDescriptionTooLong,
                message: format!(
                    "the job description has {chars} characters; the limit is {}",
                    limits.max_job_description_chars
                ),
            });
        }
        if self.job_description.trim().is_empty() {
            return Err(Refused {
                status: 422,
                code: ErrorCode::InvalidRequest,
                message: "the job description is empty".to_owned(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_reader_defaults_to_the_model_and_the_job_description_is_checked() {
        let request: RequirementsRequest =
            serde_json::from_value(json!({"job_description": "Requirements\n- Rust"})).unwrap();
        assert_eq!((request.reader, request.model.as_deref()), (Reader::Model, None));
        let limits = RequestLimits { max_job_description_chars: 10, ..RequestLimits::current() };
        assert_eq!(request.check(&limits).unwrap_err().status, 413);
        let blank = RequirementsRequest { job_description: " \n".to_owned(), ..request };
        assert_eq!(blank.check(&limits).unwrap_err().message, "the job description is empty");
        let local: RequirementsRequest =
            serde_json::from_value(json!({"job_description": "Rust", "reader": "local"})).unwrap();
        assert_eq!(local.reader, Reader::Local);
        assert_eq!(local.check(&limits), Ok(()));
    }

    #[test]
    fn the_model_comes_from_the_allowlist() {
        let allowed = vec!["a/one".to_owned(), "b/two".to_owned()];
        let mut request: RequirementsRequest =
            serde_json::from_value(json!({"job_description": "Rust"})).unwrap();
        assert_eq!(request.model(&allowed), Ok(Some("a/one")));
        request.model = Some("b/two".to_owned());
        assert_eq!(request.model(&allowed), Ok(Some("b/two")));
        request.model = Some("c/evil".to_owned());
        let refused = request.model(&allowed).unwrap_err();
        assert_eq!((refused.status, refused.code), (422, ErrorCode::ModelNotAllowed));
    }
}
