//! `POST /api/analyze`: one chunk of resumes against one job description,
//! answered as server-sent events. Each resume gets `processing`, then
//! `completed` or `error` as soon as its own analysis ends (the chunk's
//! resumes run concurrently), then the stream ends with `done`.
//!
//! Every resume of the request is judged against one rubric: the page's
//! (`request.rubric`, checked, then guarded like any reading), else the
//! built-in parser's reading of the job description, read once here.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderName, HeaderValue};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, FuturesUnordered, StreamExt};
use shortlist_core::analyze_api::{AnalyzeEvent, AnalyzeRequest, Refused};
use shortlist_core::api::ErrorCode;

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
    let from_page = request.rubric.is_some();
    // Checked above; `validated` checks again and applies the guard.
    let rubric = request.rubric.map(|rubric| rubric.validated()).transpose().map_err(|error| Refused {
        status: 422,
        code: ErrorCode::InvalidRequest,
        message: format!("the rubric: {error}"),
    })?;
    let batch = service.engine.prepare(&request.job_description, rubric).await.map_err(|error| {
        // Not the error itself: a panic's message may quote the text.
        tracing::error!(panicked = error.is_panic(), "reading the job description failed");
        AppError::Internal("the server could not read this job description")
    })?;
    tracing::debug!(
        resumes = request.resumes.len(),
        job_description_chars = request.job_description.chars().count(),
        requirements = batch.rubric().requirements.len(),
        rubric_from_page = from_page,
        model,
        "analysis request"
    );

    let processing: Vec<AnalyzeEvent> =
        request.resumes.iter().map(|resume| AnalyzeEvent::Processing { id: resume.id.clone() }).collect();
    let results: FuturesUnordered<_> = request
        .resumes
        .into_iter()
        .map(|resume| {
            let (service, batch, model) = (Arc::clone(&service), Arc::clone(&batch), model.clone());
            async move { service.engine.analyze(&model, &batch, &resume).await }
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
