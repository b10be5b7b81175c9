//! `POST /api/analyze`: one chunk of resumes against one job description,
//! answered as server-sent events. Each resume gets `processing`, then
//! `completed` or `error` as soon as its own analysis ends (the chunk's
//! resumes run concurrently), then the stream ends with `done`.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, FuturesUnordered, StreamExt};
use shortlist_core::analyze_api::{AnalyzeEvent, AnalyzeRequest};

use crate::AppState;
use crate::engine::Engine;
use crate::error::AppError;

/// What the local analyser reports as its model.
pub use shortlist_core::analyze_api::LOCAL_MODEL;

pub async fn analyze(
    State(state): State<AppState>,
    body: Result<Json<AnalyzeRequest>, JsonRejection>,
) -> Result<Response, AppError> {
    // The rejection is turned into our JSON error by hand: axum's own
    // response for it would log the body's text at trace level.
    let service = Arc::clone(&state.service);
    let max_request_bytes = service.config.request_limits.max_request_bytes;
    let Json(request) =
        body.map_err(|rejection| AppError::from_json_rejection(rejection, max_request_bytes))?;
    let config = &service.config;
    request.check(&config.request_limits)?;
    let model = match &service.engine {
        Engine::Upstream(_) => request.model(&config.models)?.unwrap_or_default().to_owned(),
        Engine::Local => LOCAL_MODEL.to_owned(),
    };
    tracing::debug!(
        resumes = request.resumes.len(),
        job_description_chars = request.job_description.chars().count(),
        model,
        "analysis request"
    );

    let job_description: Arc<str> = request.job_description.into();
    let processing: Vec<AnalyzeEvent> =
        request.resumes.iter().map(|resume| AnalyzeEvent::Processing { id: resume.id.clone() }).collect();
    let results: FuturesUnordered<_> = request
        .resumes
        .into_iter()
        .map(|resume| {
            let (service, job_description, model) =
                (Arc::clone(&service), Arc::clone(&job_description), model.clone());
            async move { service.engine.analyze(&model, &job_description, &resume).await }
        })
        .collect();
    let events = stream::iter(processing)
        .chain(results)
        .chain(stream::once(async { AnalyzeEvent::Done }))
        .map(|event| Ok::<_, Infallible>(sse_event(&event)));

    let sse = Sse::new(events).keep_alive(KeepAlive::new().interval(config.keep_alive));
    Ok((
        [
            (CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (HeaderName::from_static("x-accel-buffering"), HeaderValue::from_static("no")),
        ],
        sse,
    )
        .into_response())
}

fn sse_event(event: &AnalyzeEvent) -> Event {
    let sse = Event::default().event(event.name());
    match sse.clone().json_data(event) {
        Ok(sse) => sse,
        // Our own types always serialise; say so rather than panic.
        Err(error) => {
            tracing::error!(%error, "cannot serialise an event");
            sse.data("{}")
        }
    }
}

/// Runs before the body is read: the access token, then the rate limit. An
/// address that has sent too many wrong tokens waits (429) whatever it
/// sends, so guessing learns nothing faster than the limit allows.
pub async fn guard(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let service = &state.service;
    let ip = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| addr.ip());
    if let Some(token) = &service.config.token {
        let now = Instant::now();
        if let Some(failures) = &service.auth_failures
            && let Err(wait) = failures.peek(ip, now)
        {
            tracing::warn!(wait_s = wait.as_secs_f32(), "too many wrong access tokens; refused unread");
            return Err(AppError::WrongTokens(wait));
        }
        let presented = request
            .headers()
            .get(AUTHORIZATION)
            .and_then(|value| value.as_bytes().strip_prefix(b"Bearer "))
            .unwrap_or_default();
        if !token.matches(presented) {
            tracing::warn!("analysis request without the access token");
            if let Some(failures) = &service.auth_failures
                && let Err(wait) = failures.check(ip, now)
            {
                return Err(AppError::WrongTokens(wait));
            }
            return Err(AppError::Unauthorized);
        }
    }
    if let Some(limiter) = &service.limiter
        && let Err(wait) = limiter.check(ip, Instant::now())
    {
        tracing::warn!(wait_s = wait.as_secs_f32(), "rate limited");
        return Err(AppError::RateLimited(wait));
    }
    Ok(next.run(request).await)
}
