//! Which analyser answers `POST /api/analyze`: the LLM behind the upstream
//! when the server has a key, else the built-in local analyser.

use std::time::Instant;

use shortlist_core::analyze_api::{
    Analyser, AnalysisErrorCode, AnalyzeEvent, Completed, ResumeError, ResumeInput,
};

use crate::config::ProxyConfig;
use crate::upstream::UpstreamClient;

#[derive(Debug)]
pub enum Engine {
    Upstream(UpstreamClient),
    /// The built-in analyser. Not on this branch yet: it answers each resume
    /// with a `no_analyser` error until `shortlist_core::local` is merged.
    Local,
}

impl Engine {
    /// The upstream when the configuration holds a key, else the local analyser.
    pub fn from_config(config: &ProxyConfig) -> Result<Self, reqwest::Error> {
        Ok(match &config.api_key {
            Some(key) => Engine::Upstream(UpstreamClient::new(config, key.clone())?),
            None => Engine::Local,
        })
    }

    pub fn analyser(&self) -> Analyser {
        match self {
            Engine::Upstream(_) => Analyser::Llm,
            Engine::Local => Analyser::Local,
        }
    }

    /// Analyses one resume; the event is `completed` or `error`, never both.
    /// `model` is from the allowlist (the request was checked).
    pub async fn analyze(&self, model: &str, job_description: &str, resume: &ResumeInput) -> AnalyzeEvent {
        let started = Instant::now();
        let chars = resume.text.chars().count();
        let event = match self {
            Engine::Upstream(client) => match client.analyze(model, job_description, &resume.text).await {
                Ok((analysis, usage)) => AnalyzeEvent::Completed(Completed {
                    id: resume.id.clone(),
                    analysis,
                    analyser: Analyser::Llm,
                    model: model.to_owned(),
                    usage: Some(usage),
                }),
                Err(failure) => AnalyzeEvent::Error(ResumeError {
                    id: resume.id.clone(),
                    code: failure.code,
                    message: failure.message,
                    retryable: failure.retryable,
                }),
            },
            // At merge with `shortlist_core::local` this arm becomes:
            //   let analysis = shortlist_core::local::analyze(job_description, &resume.text, today);
            //   AnalyzeEvent::Completed(Completed { id: resume.id.clone(), analysis,
            //       analyser: Analyser::Local, model: model.to_owned(), usage: None })
            // (`model` is then "shortlist-local"), with `today` the current YearMonth (UTC), and the call inside
            // `tokio::task::spawn_blocking` if it takes more than a millisecond
            // on a 60,000-character resume. Then update the test
            // `without_a_key_each_resume_reports_that_no_analyser_is_configured`.
            Engine::Local => AnalyzeEvent::Error(ResumeError {
                id: resume.id.clone(),
                code: AnalysisErrorCode::NoAnalyser,
                message: "no analyser configured: this server has no upstream key and no local analyser"
                    .to_owned(),
                retryable: false,
            }),
        };
        let (outcome, usage) = match &event {
            AnalyzeEvent::Completed(completed) => {
                ("completed".to_owned(), completed.usage.unwrap_or_default())
            }
            AnalyzeEvent::Error(error) => (format!("{:?}", error.code), Default::default()),
            AnalyzeEvent::Processing { .. } | AnalyzeEvent::Done => (String::new(), Default::default()),
        };
        tracing::info!(
            resume = %resume.id,
            chars,
            analyser = ?self.analyser(),
            outcome,
            latency_ms = started.elapsed().as_millis(),
            prompt_tokens = usage.prompt_tokens,
            completion_tokens = usage.completion_tokens,
            cost = usage.cost,
            "resume analysed"
        );
        event
    }
}

/// The engine with the rules around it: the operator's configuration and
/// the per-IP rate limit.
#[derive(Debug)]
pub struct Analyzer {
    pub engine: Engine,
    pub config: ProxyConfig,
    pub limiter: Option<crate::rate_limit::RateLimiter>,
}

impl Analyzer {
    pub fn new(config: ProxyConfig) -> Result<Self, reqwest::Error> {
        Ok(Self {
            engine: Engine::from_config(&config)?,
            limiter: crate::rate_limit::RateLimiter::new(config.rate_limit_per_minute),
            config,
        })
    }
}
