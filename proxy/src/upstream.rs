//! The one place that talks to the LLM: an OpenAI-compatible
//! `POST {base}/chat/completions` (OpenRouter by default; Ollama, llama.cpp's
//! server or vLLM work the same way).
//!
//! Per resume: the fixed prompt from `shortlist_core::prompt`, the strict
//! schema built for the batch's rubric as `response_format` (once per batch,
//! see [`AnalysisBrief`]), temperature 0 so the same resume gets the same
//! verdicts. Reading a job description into a rubric
//! ([`UpstreamClient::read_requirements`]) goes the same way with its own
//! fixed prompt and schema. 408, 429, 5xx (500, 502, 503,
//! 504) and connection failures are retried at most twice with jittered
//! exponential backoff, honouring `Retry-After`; other statuses are final.
//! An invalid reply gets one repair attempt. The whole resume is bounded by
//! the total timeout, each attempt's response headers by the first-byte
//! timeout. Logs carry sizes, statuses, latencies and tokens, never text.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap, RETRY_AFTER};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use shortlist_core::analysis::Analysis;
use shortlist_core::analyze_api::{AnalysisErrorCode, Usage};
use shortlist_core::prompt::requirements::{
    REQUIREMENTS_SCHEMA_NAME, REQUIREMENTS_SYSTEM_PROMPT, parse_requirements, requirements_message,
    requirements_schema,
};
use shortlist_core::prompt::{self, ReplyError};
use shortlist_core::rubric::Rubric;
use tokio::sync::Semaphore;
use tokio::time::Instant;

use crate::config::{ProxyConfig, Secret};

/// Retries after the first attempt, at most.
pub const MAX_RETRIES: u32 = 2;

/// Why one resume could not be analysed; becomes an `error` event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: AnalysisErrorCode,
    pub message: String,
    pub retryable: bool,
}

impl Failure {
    fn new(code: AnalysisErrorCode, message: impl Into<String>, retryable: bool) -> Self {
        Self { code, message: message.into(), retryable }
    }
}

/// An OpenAI-compatible chat-completions client with the proxy's policy.
pub struct UpstreamClient {
    http: reqwest::Client,
    endpoint: String,
    key: Secret,
    first_byte_timeout: Duration,
    total_timeout: Duration,
    retry_base_delay: Duration,
    permits: Arc<Semaphore>,
    max_calls: usize,
    /// `,"temperature":0,…}`: the part of every request body that never changes.
    fixed_tail: String,
}

/// What every analysis request of one batch shares, built once for all its
/// resumes: the job description, the rubric, and the `response_format`
/// with the rubric's strict schema, serialised.
#[derive(Debug, Clone)]
pub struct AnalysisBrief {
    job_description: String,
    rubric: Rubric,
    response_format: String,
}

impl AnalysisBrief {
    pub fn new(job_description: &str, rubric: Rubric) -> Self {
        let response_format = response_format(prompt::SCHEMA_NAME, prompt::analysis_schema(&rubric));
        Self { job_description: job_description.to_owned(), rubric, response_format }
    }

    pub fn rubric(&self) -> &Rubric {
        &self.rubric
    }
}

/// `{"type":"json_schema","json_schema":{"name":…,"strict":true,"schema":…}}`.
fn response_format(name: &str, schema: Value) -> String {
    json!({"type": "json_schema", "json_schema": {"name": name, "strict": true, "schema": schema}})
        .to_string()
}

/// One question to the model: its fixed system prompt, the user message,
/// the `response_format`, and how a reply is read.
struct Question<'a, T> {
    system: &'static str,
    user: String,
    response_format: &'a str,
    read: &'a (dyn Fn(&str) -> Result<T, ReplyError> + Sync),
    /// For the messages: "analysis", "list of requirements".
    what: &'static str,
}

/// One chat message, borrowed.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Message<'a> {
    pub role: &'a str,
    pub content: &'a str,
}

/// The parts of a chat-completions reply the proxy reads; the rest is skipped.
#[derive(Debug, Default, Deserialize)]
struct Completion {
    #[serde(default)]
    error: Option<Value>,
    #[serde(default)]
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<WireUsage>,
}

#[derive(Debug, Default, Deserialize)]
struct Choice {
    #[serde(default)]
    finish_reason: Option<String>,
    #[serde(default)]
    message: Option<ChoiceMessage>,
    #[serde(default)]
    error: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
struct ChoiceMessage {
    #[serde(default)]
    content: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: u64,
    #[serde(default)]
    completion_tokens: u64,
    #[serde(default)]
    total_tokens: u64,
    #[serde(default)]
    cost: Option<f64>,
}

impl std::fmt::Debug for UpstreamClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpstreamClient")
            .field("endpoint", &self.endpoint)
            .field("key", &self.key)
            .field("max_upstream_calls", &self.permits.available_permits())
            .finish_non_exhaustive()
    }
}

/// One chat completion that came back whole.
struct Reply {
    content: String,
    usage: Usage,
}

/// What one attempt came to.
enum Attempt {
    Done(Reply),
    /// Worth another try, after `retry_after` if the upstream said so.
    Retry {
        failure: Failure,
        retry_after: Option<Duration>,
    },
    Final(Failure),
}

impl UpstreamClient {
    pub fn new(config: &ProxyConfig, key: Secret) -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("shortlist/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(config.first_byte_timeout.min(Duration::from_secs(10)))
            .build()?;
        Ok(Self {
            http,
            endpoint: format!("{}/chat/completions", config.upstream_url.trim_end_matches('/')),
            key,
            first_byte_timeout: config.first_byte_timeout,
            total_timeout: config.total_timeout,
            retry_base_delay: config.retry_base_delay,
            permits: Arc::new(Semaphore::new(config.max_upstream_calls.max(1))),
            max_calls: config.max_upstream_calls.max(1),
            fixed_tail: fixed_tail(config),
        })
    }

    /// Upstream calls in flight now (each holds one of the
    /// `max_upstream_calls` permits until its reply is read or dropped).
    pub fn calls_in_flight(&self) -> usize {
        self.max_calls - self.permits.available_permits()
    }

    /// Analyses one resume of `brief`'s batch with `model`, within the total
    /// timeout: the verdicts asked for, grounded against `resume` (the text
    /// sent) and scored by the one formula.
    pub async fn analyze(
        &self,
        model: &str,
        brief: &AnalysisBrief,
        resume: &str,
    ) -> Result<(Analysis, Usage), Failure> {
        let read = |content: &str| prompt::analysis_from_reply(content, &brief.rubric, resume);
        let question = Question {
            system: prompt::SYSTEM_PROMPT,
            user: prompt::user_message(&brief.job_description, &brief.rubric, resume),
            response_format: &brief.response_format,
            read: &read,
            what: "analysis",
        };
        self.ask(model, question).await
    }

    /// Reads `job_description` into a rubric with `model`, within the total
    /// timeout: numbered, guarded and within the limits.
    pub async fn read_requirements(
        &self,
        model: &str,
        job_description: &str,
    ) -> Result<(Rubric, Usage), Failure> {
        let response_format = response_format(REQUIREMENTS_SCHEMA_NAME, requirements_schema());
        let question = Question {
            system: REQUIREMENTS_SYSTEM_PROMPT,
            user: requirements_message(job_description),
            response_format: &response_format,
            read: &parse_requirements,
            what: "list of requirements",
        };
        self.ask(model, question).await
    }

    async fn ask<T>(&self, model: &str, question: Question<'_, T>) -> Result<(T, Usage), Failure> {
        let deadline = Instant::now() + self.total_timeout;
        match tokio::time::timeout_at(deadline, self.ask_within(model, question, deadline)).await {
            Ok(result) => result,
            Err(_) => Err(Failure::new(
                AnalysisErrorCode::UpstreamTimeout,
                format!("no complete reply within {} s", self.total_timeout.as_secs_f32()),
                true,
            )),
        }
    }

    async fn ask_within<T>(
        &self,
        model: &str,
        question: Question<'_, T>,
        deadline: Instant,
    ) -> Result<(T, Usage), Failure> {
        let Question { system, user, response_format, read, what } = question;
        let mut messages =
            vec![Message { role: "system", content: system }, Message { role: "user", content: &user }];
        let first = self.complete(model, &messages, response_format, deadline).await?;
        let problem = match read(&first.content) {
            Ok(answer) => return Ok((answer, first.usage)),
            Err(problem) => problem,
        };
        tracing::warn!(model, %problem, reply_chars = first.content.chars().count(), "invalid reply; asking for a repair");
        let repair = prompt::repair_message(&problem);
        messages.push(Message { role: "assistant", content: &first.content });
        messages.push(Message { role: "user", content: &repair });
        let second = self.complete(model, &messages, response_format, deadline).await?;
        let usage = first.usage + second.usage;
        read(&second.content).map(|answer| (answer, usage)).map_err(|problem: ReplyError| {
            tracing::warn!(model, %problem, "invalid reply after the repair attempt");
            Failure::new(
                AnalysisErrorCode::InvalidReply,
                format!("the model's reply was not a valid {what}, even after one repair attempt: {problem}"),
                true,
            )
        })
    }

    /// The request body: model, messages, the strict schema as
    /// `response_format` (built once per batch), and the fixed settings:
    /// temperature 0, `max_tokens`, provider routing.
    pub fn body(&self, model: &str, messages: &[Message<'_>], response_format: &str) -> String {
        let mut body = String::with_capacity(
            self.fixed_tail.len()
                + response_format.len()
                + 256
                + messages.iter().map(|m| m.content.len()).sum::<usize>(),
        );
        body.push_str("{\"model\":");
        body.push_str(&Value::from(model).to_string());
        body.push_str(",\"messages\":");
        body.push_str(&serde_json::to_string(messages).unwrap_or_else(|_| "[]".to_owned()));
        body.push_str(",\"response_format\":");
        body.push_str(response_format);
        body.push_str(&self.fixed_tail);
        body
    }

    /// One chat completion, retried as the policy allows.
    async fn complete(
        &self,
        model: &str,
        messages: &[Message<'_>],
        response_format: &str,
        deadline: Instant,
    ) -> Result<Reply, Failure> {
        let body = self.body(model, messages, response_format);
        let mut retries = 0;
        loop {
            let attempt = {
                let _permit = self.permits.acquire().await.map_err(|_| {
                    Failure::new(AnalysisErrorCode::UpstreamUnavailable, "the server is shutting down", true)
                })?;
                self.attempt(model, &body, deadline).await
            };
            let (failure, retry_after) = match attempt {
                Attempt::Done(reply) => return Ok(reply),
                Attempt::Final(failure) => return Err(failure),
                Attempt::Retry { failure, retry_after } => (failure, retry_after),
            };
            if retries == MAX_RETRIES {
                return Err(failure);
            }
            let delay = retry_after.unwrap_or_else(|| self.backoff(retries));
            if Instant::now() + delay >= deadline {
                tracing::warn!(
                    model,
                    delay_ms = delay.as_millis(),
                    "the next retry would pass the deadline; giving up"
                );
                return Err(failure);
            }
            retries += 1;
            tracing::info!(model, retry = retries, delay_ms = delay.as_millis(), code = ?failure.code, "retrying");
            tokio::time::sleep(delay).await;
        }
    }

    /// Full jitter in [base·2ⁿ / 2, base·2ⁿ].
    fn backoff(&self, retries: u32) -> Duration {
        let ceiling = self.retry_base_delay.saturating_mul(1 << retries);
        ceiling / 2 + ceiling.mul_f64(fastrand::f64() / 2.0)
    }

    async fn attempt(&self, model: &str, body: &str, deadline: Instant) -> Attempt {
        let started = Instant::now();
        let request = self
            .http
            .post(&self.endpoint)
            .bearer_auth(self.key.expose())
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_owned())
            .send();
        let first_byte = (Instant::now() + self.first_byte_timeout).min(deadline);
        let response = match tokio::time::timeout_at(first_byte, request).await {
            Err(_) => {
                tracing::warn!(
                    model,
                    timeout_s = self.first_byte_timeout.as_secs_f32(),
                    "no response headers in time"
                );
                return Attempt::Retry {
                    failure: Failure::new(
                        AnalysisErrorCode::UpstreamTimeout,
                        format!(
                            "the upstream did not answer within {} s",
                            self.first_byte_timeout.as_secs_f32()
                        ),
                        true,
                    ),
                    retry_after: None,
                };
            }
            Ok(Err(error)) => {
                // Without the URL: it names only the upstream, but keep the log lean.
                tracing::warn!(model, error = %error.without_url(), "upstream request failed");
                return Attempt::Retry { failure: unreachable(), retry_after: None };
            }
            Ok(Ok(response)) => response,
        };
        let status = response.status();
        let retry_after = retry_after(response.headers());
        let bytes = match tokio::time::timeout_at(deadline, response.bytes()).await {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(error)) => {
                tracing::warn!(model, %status, error = %error.without_url(), "upstream reply cut off");
                return Attempt::Retry { failure: unreachable(), retry_after: None };
            }
            Err(_) => {
                return Attempt::Final(Failure::new(
                    AnalysisErrorCode::UpstreamTimeout,
                    format!("no complete reply within {} s", self.total_timeout.as_secs_f32()),
                    true,
                ));
            }
        };
        let latency_ms = started.elapsed().as_millis();
        if !status.is_success() {
            tracing::warn!(model, status = status.as_u16(), latency_ms, "upstream refused");
            return classify_status(status, retry_after);
        }
        let Ok(reply) = serde_json::from_slice::<Completion>(&bytes) else {
            tracing::warn!(
                model,
                status = status.as_u16(),
                bytes = bytes.len(),
                latency_ms,
                "upstream reply is not JSON"
            );
            return Attempt::Retry {
                failure: Failure::new(
                    AnalysisErrorCode::UpstreamError,
                    "the upstream's reply was not chat-completions JSON",
                    true,
                ),
                retry_after: None,
            };
        };
        read_completion(model, reply, latency_ms)
    }
}

fn fixed_tail(config: &ProxyConfig) -> String {
    let fixed = json!({
        "temperature": 0,
        "max_tokens": config.max_tokens,
        "provider": {
            "require_parameters": config.provider.require_parameters,
            "data_collection": config.provider.data_collection,
            "zdr": config.provider.zdr,
        },
    })
    .to_string();
    // `{"temperature":…}` becomes `,"temperature":…}`, to follow the messages.
    format!(",{}", &fixed[1..])
}

fn unreachable() -> Failure {
    Failure::new(
        AnalysisErrorCode::UpstreamUnavailable,
        "the upstream could not be reached or broke off",
        true,
    )
}

/// `Retry-After` in seconds (the form rate limiters send), capped at 5 minutes.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds: f64 = headers.get(RETRY_AFTER)?.to_str().ok()?.trim().parse().ok()?;
    (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds.min(300.0)))
}

fn classify_status(status: StatusCode, retry_after: Option<Duration>) -> Attempt {
    let code = status.as_u16();
    match code {
        429 => Attempt::Retry {
            failure: Failure::new(
                AnalysisErrorCode::UpstreamRateLimited,
                "the upstream is rate limiting (HTTP 429)",
                true,
            ),
            retry_after,
        },
        408 | 500 | 502 | 503 | 504 => Attempt::Retry {
            failure: Failure::new(
                AnalysisErrorCode::UpstreamUnavailable,
                format!("the upstream failed (HTTP {code})"),
                true,
            ),
            retry_after,
        },
        401 | 403 => Attempt::Final(Failure::new(
            AnalysisErrorCode::UpstreamRejected,
            format!("the upstream refused the server's key (HTTP {code}); the operator must check it"),
            false,
        )),
        402 => Attempt::Final(Failure::new(
            AnalysisErrorCode::UpstreamRejected,
            "the upstream account is out of credits (HTTP 402)",
            false,
        )),
        _ => Attempt::Final(Failure::new(
            AnalysisErrorCode::UpstreamRejected,
            format!("the upstream refused the request (HTTP {code})"),
            false,
        )),
    }
}

/// A 200 reply: an `error` object or `finish_reason: "error"` is a failure;
/// otherwise the first choice's content and the usage.
fn read_completion(model: &str, reply: Completion, latency_ms: u128) -> Attempt {
    let choice = reply.choices.into_iter().next().unwrap_or_default();
    let error =
        reply.error.filter(|error| !error.is_null()).or(choice.error.filter(|error| !error.is_null()));
    if error.is_some() || choice.finish_reason.as_deref() == Some("error") {
        let code = error.as_ref().and_then(|error| error["code"].as_i64());
        tracing::warn!(model, error_code = code, latency_ms, "upstream reported an error inside a 200");
        return Attempt::Final(Failure::new(
            AnalysisErrorCode::UpstreamError,
            match code {
                Some(code) => format!("the upstream reported an error (code {code})"),
                None => "the upstream reported an error".to_owned(),
            },
            true,
        ));
    }
    let content = choice.message.and_then(|message| message.content).unwrap_or_default();
    let usage = reply.usage.unwrap_or_default();
    let usage = Usage {
        prompt_tokens: usage.prompt_tokens,
        completion_tokens: usage.completion_tokens,
        total_tokens: usage.total_tokens,
        cost: usage.cost,
    };
    tracing::debug!(
        model,
        latency_ms,
        finish_reason = choice.finish_reason.as_deref().unwrap_or("none"),
        prompt_tokens = usage.prompt_tokens,
        completion_tokens = usage.completion_tokens,
        cost = usage.cost,
        reply_chars = content.chars().count(),
        "upstream replied"
    );
    Attempt::Done(Reply { content, usage })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_retried_only_when_a_retry_can_help() {
        for code in [408, 429, 500, 502, 503, 504] {
            let attempt = classify_status(StatusCode::from_u16(code).unwrap(), None);
            assert!(matches!(attempt, Attempt::Retry { .. }), "{code}");
        }
        for code in [400, 401, 402, 403, 404, 422, 501] {
            let attempt = classify_status(StatusCode::from_u16(code).unwrap(), None);
            assert!(matches!(attempt, Attempt::Final(Failure { retryable: false, .. })), "{code}");
        }
    }

    #[test]
    fn backoff_grows_with_jitter() {
        let config = ProxyConfig { retry_base_delay: Duration::from_millis(400), ..ProxyConfig::default() };
        let client = UpstreamClient::new(&config, Secret::new("k")).unwrap();
        for _ in 0..50 {
            let first = client.backoff(0);
            let second = client.backoff(1);
            assert!((200..=400).contains(&first.as_millis()), "{first:?}");
            assert!((400..=800).contains(&second.as_millis()), "{second:?}");
        }
    }

    #[test]
    fn retry_after_is_read_in_seconds() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert(RETRY_AFTER, "2".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert(RETRY_AFTER, "0.5".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_millis(500)));
        headers.insert(RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }
}
