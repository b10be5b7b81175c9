//! `POST /api/requirements`: a job description in, its rubric out (issue
//! #12), as JSON. `reader: "model"` with a key configured asks the upstream
//! with the fixed reading prompt (`shortlist_core::prompt::requirements`);
//! `reader: "local"`, or no key, reads with the built-in parser, as the page
//! does in the tab. Either way the rubric is numbered "r1", "r2", …, guarded
//! and within the limits. The same token, rate limit, body limit and
//! content type apply as to `POST /api/analyze`; an upstream failure is an
//! error with the code an analysis `error` event would carry.

use std::time::Instant;

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use shortlist_core::analyze_api::LOCAL_MODEL;
use shortlist_core::api::Analyzer;
use shortlist_core::local;
use shortlist_core::requirements_api::{Reader, RequirementsRequest, RequirementsResponse};

use crate::AppState;
use crate::engine::Engine;
use crate::error::AppError;

pub async fn requirements(
    State(state): State<AppState>,
    body: Result<Json<RequirementsRequest>, JsonRejection>,
) -> Result<Json<RequirementsResponse>, AppError> {
    let service = &state.service;
    let config = &service.config;
    let Json(request) = body.map_err(|rejection| {
        AppError::from_json_rejection(rejection, config.request_limits.max_request_bytes)
    })?;
    request.check(&config.request_limits)?;
    let started = Instant::now();
    let chars = request.job_description.chars().count();
    let response = match (&service.engine, request.reader) {
        (Engine::Upstream(client), Reader::Model) => {
            let model = request.model(&config.models)?.unwrap_or_default().to_owned();
            let (rubric, usage) =
                client.read_requirements(&model, &request.job_description).await.map_err(|failure| {
                    tracing::warn!(model, code = ?failure.code, chars, "reading the requirements failed");
                    AppError::Upstream(failure)
                })?;
            tracing::info!(
                model,
                chars,
                requirements = rubric.requirements.len(),
                left_out = rubric.left_out.len(),
                latency_ms = started.elapsed().as_millis(),
                prompt_tokens = usage.prompt_tokens,
                completion_tokens = usage.completion_tokens,
                cost = usage.cost,
                "requirements read by the model"
            );
            RequirementsResponse { rubric, analyzer: Analyzer::Llm, model }
        }
        _ => {
            // CPU work: off the threads that serve connections.
            let job_description = request.job_description;
            let rubric = tokio::task::spawn_blocking(move || local::rubric(&job_description)).await.map_err(
                |error| {
                    // Not the error itself: a panic's message may quote the text.
                    tracing::error!(panicked = error.is_panic(), "the built-in parser failed");
                    AppError::Internal("the server could not read this job description")
                },
            )?;
            tracing::info!(
                chars,
                requirements = rubric.requirements.len(),
                latency_ms = started.elapsed().as_millis(),
                "requirements read by the built-in parser"
            );
            RequirementsResponse { rubric, analyzer: Analyzer::Local, model: LOCAL_MODEL.to_owned() }
        }
    };
    Ok(Json(response))
}
