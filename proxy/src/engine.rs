//! Which analyser answers `POST /api/analyze`: the LLM behind the upstream
//! when the server has a key, else the built-in local analyser.

use std::time::Instant;

use shortlist_core::analyze_api::{
    AnalysisErrorCode, AnalyzeEvent, Analyzer, Completed, ResumeError, ResumeInput,
};

use shortlist_core::local::{self, YearMonth};

use crate::config::ProxyConfig;
use crate::rate_limit::RateLimiter;
use crate::upstream::UpstreamClient;

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
            },
            Engine::Local => {
                // The analyser is quick (milliseconds) but CPU-bound: keep it
                // off the threads that serve connections.
                let (job_description, text) = (job_description.to_owned(), resume.text.clone());
                let today = today_utc();
                let analysis = tokio::task::spawn_blocking(move || {
                    #[cfg(feature = "panic-probe")]
                    crate::panics::probe(&text);
                    local::analyze(&job_description, &text, today)
                });
                match analysis.await {
                    Ok(analysis) => AnalyzeEvent::Completed(Completed {
                        id: resume.id.clone(),
                        analysis,
                        analyzer: Analyzer::Local,
                        model: model.to_owned(),
                        usage: None,
                    }),
                    Err(error) => {
                        // Never the JoinError itself: its message quotes the
                        // panic's, which may quote the resume.
                        if error.is_panic() {
                            tracing::error!(resume = %resume.id, "analysis task panicked");
                        } else {
                            tracing::error!(resume = %resume.id, "analysis task was cancelled");
                        }
                        AnalyzeEvent::Error(ResumeError {
                            id: resume.id.clone(),
                            code: AnalysisErrorCode::Internal,
                            message: "the local analyser failed on this resume".to_owned(),
                            retryable: false,
                        })
                    }
                }
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
