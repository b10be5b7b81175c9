//! What runs before the body of a `POST` that may reach the analysers
//! (`/api/analyze`, `/api/requirements`) is read: the access token, then the
//! per-IP rate limit, with the stricter limit on wrong access tokens.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;
use crate::error::AppError;

/// The access token, then the rate limit. An address that has sent too
/// many wrong tokens waits (429) whatever it sends, so guessing learns
/// nothing faster than the limit allows.
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
            tracing::warn!(path = request.uri().path(), "request without the access token");
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
