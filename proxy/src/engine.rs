//! Which analyser answers `POST /api/analyze`: the LLM behind the upstream
//! when the server has a key, else the built-in local analyser.
//!
//! Either judges a request's resumes against one rubric (issue #12): the one
//! the page sent (checked and guarded), or, when it sent none, the one the
//! built-in parser reads from the job description, read once per request.
//! [`Engine::prepare`] does that once, into a [`Batch`]; each resume is then
//! [`Engine::analyze`]d against it.

use std::sync::Arc;
use std::time::Instant;

use shortlist_core::analyze_api::{
    AnalysisErrorCode, AnalyzeEvent, Analyzer, Completed, ResumeError, ResumeInput,
};
use shortlist_core::local::{self, Judge, YearMonth};
use shortlist_core::rubric::Rubric;

use crate::config::ProxyConfig;
use crate::rate_limit::RateLimiter;
use crate::upstream::{AnalysisBrief, UpstreamClient};

/// One request's job description and rubric, prepared for its engine once
/// for all its resumes.
#[derive(Debug)]
pub enum Batch {
    /// The prompt's fixed parts and the rubric's schema.
    Upstream(AnalysisBrief),
    /// The local analyser with the rubric read for judging.
    Local(Judge),
}

impl Batch {
    pub fn rubric(&self) -> &Rubric {
        match self {
            Batch::Upstream(brief) => brief.rubric(),
            Batch::Local(judge) => judge.rubric(),
        }
    }
}

#[derive(Debug)]
pub enum Engine {
    Upstream(UpstreamClient),
    /// The built-in analyser (`shortlist_core::local`), when no key is set.
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

    pub fn analyzer(&self) -> Analyzer {
        match self {
            Engine::Upstream(_) => Analyzer::Llm,
            Engine::Local => Analyzer::Local,
        }
    }

    /// The batch every resume of a request is judged as: `rubric` (from the
    /// page, already validated) or, without one, the built-in parser's
    /// reading of `job_description`. The reading (and, for the local
    /// analyser, the judge's own) is CPU work: it runs off the threads that
    /// serve connections. `Err` only when that work panicked.
    pub async fn prepare(
        &self,
        job_description: &str,
        rubric: Option<Rubric>,
    ) -> Result<Arc<Batch>, tokio::task::JoinError> {
        let local = matches!(self, Engine::Local);
        let job_description = job_description.to_owned();
        let batch = tokio::task::spawn_blocking(move || {
            let rubric = rubric.unwrap_or_else(|| local::rubric(&job_description));
            if local {
                Batch::Local(Judge::new(&job_description, &rubric))
            } else {
                Batch::Upstream(AnalysisBrief::new(&job_description, rubric))
            }
        })
        .await?;
        Ok(Arc::new(batch))
    }

    /// Analyses one resume of `batch`; the event is `completed` or `error`,
    /// never both. `model` is from the allowlist (the request was checked).
    pub async fn analyze(&self, model: &str, batch: &Arc<Batch>, resume: &ResumeInput) -> AnalyzeEvent {
        let started = Instant::now();
        let chars = resume.text.chars().count();
        let event = match (self, batch.as_ref()) {
            (Engine::Upstream(client), Batch::Upstream(brief)) => {
                match client.analyze(model, brief, &resume.text).await {
                    Ok((analysis, usage)) => AnalyzeEvent::Completed(Completed {
                        id: resume.id.clone(),
                        analysis,
                        analyzer: Analyzer::Llm,
                        model: model.to_owned(),
                        usage: Some(usage),
                    }),
                    Err(failure) => AnalyzeEvent::Error(ResumeError {
                        id: resume.id.clone(),
                        code: failure.code,
                        message: failure.message,
                        retryable: failure.retryable,
                    }),
                }
            }
            (_, Batch::Local(_)) => {
                // The analyser is quick (milliseconds) but CPU-bound: keep it
                // off the threads that serve connections.
                let (batch, text) = (Arc::clone(batch), resume.text.clone());
                let today = today_utc();
                let judged = tokio::task::spawn_blocking(move || {
                    #[cfg(feature = "panic-probe")]
                    crate::panics::probe(&text);
                    match batch.as_ref() {
                        Batch::Local(judge) => Some(judge.analyze(&text, today)),
                        Batch::Upstream(_) => None,
                    }
                })
                .await;
                match judged {
                    Ok(Some(analysis)) => AnalyzeEvent::Completed(Completed {
                        id: resume.id.clone(),
                        analysis,
                        analyzer: Analyzer::Local,
                        model: model.to_owned(),
                        usage: None,
                    }),
                    Ok(None) => {
                        tracing::error!(resume = %resume.id, "a model's batch reached the local analyser");
                        internal_error(resume, "the local analyser failed on this resume")
                    }
                    Err(error) => {
                        // Never the JoinError itself: its message quotes the
                        // panic's, which may quote the resume.
                        if error.is_panic() {
                            tracing::error!(resume = %resume.id, "analysis task panicked");
                        } else {
                            tracing::error!(resume = %resume.id, "analysis task was cancelled");
                        }
                        internal_error(resume, "the local analyser failed on this resume")
                    }
                }
            }
            (Engine::Local, Batch::Upstream(_)) => {
                tracing::error!(resume = %resume.id, "a batch prepared for the upstream reached the local engine");
                internal_error(resume, "the server could not analyse this resume")
            }
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
            analyzer = ?self.analyzer(),
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

fn internal_error(resume: &ResumeInput, message: &str) -> AnalyzeEvent {
    AnalyzeEvent::Error(ResumeError {
        id: resume.id.clone(),
        code: AnalysisErrorCode::Internal,
        message: message.to_owned(),
        retryable: false,
    })
}

/// The engine with the rules around it: the operator's configuration, the
/// per-IP rate limit and the per-IP limit on wrong access tokens.
#[derive(Debug)]
pub struct AnalysisService {
    pub engine: Engine,
    pub config: ProxyConfig,
    pub limiter: Option<RateLimiter>,
    pub auth_failures: Option<RateLimiter>,
}

impl AnalysisService {
    pub fn new(config: ProxyConfig) -> Result<Self, reqwest::Error> {
        Ok(Self::with_engine(Engine::from_config(&config)?, config))
    }

    /// Upstream calls in flight now; 0 with the local analyser.
    pub fn upstream_calls_in_flight(&self) -> usize {
        match &self.engine {
            Engine::Upstream(client) => client.calls_in_flight(),
            Engine::Local => 0,
        }
    }

    /// `engine` with `config`'s limits.
    pub fn with_engine(engine: Engine, config: ProxyConfig) -> Self {
        Self {
            engine,
            limiter: RateLimiter::new(config.rate_limit_per_minute),
            auth_failures: RateLimiter::new(config.auth_failures_per_minute),
            config,
        }
    }
}

/// This month in UTC: the local analyser's "today" for "2019 – present".
pub fn today_utc() -> YearMonth {
    let now = time::OffsetDateTime::now_utc();
    // A year from the system clock fits u16 until the year 65535.
    YearMonth::new(u16::try_from(now.year()).unwrap_or(u16::MAX), u8::from(now.month()))
}
