//! The accept loop (issue #17). `axum::serve` holds a connection for as long
//! as its client likes, so the server runs its own loop: hyper's HTTP/1
//! connection with a header-read timeout on a tokio timer, a cap on the
//! connections open at once from all clients and from each address
//! (a connection over either cap is closed as soon as it is accepted), and
//! graceful shutdown: on the signal no new connection is accepted, idle ones
//! close, and requests in flight finish.

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

use crate::config::ConnectionLimits;

/// Serves `app` on `listener` within `limits` until `shutdown` completes,
/// then lets requests in flight finish. Each request carries its peer's
/// address as `ConnectInfo<SocketAddr>`, as with axum's own `serve`.
pub async fn serve_within(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_read_timeout);
    let slots = Slots::new(limits);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = slots.take(peer.ip()) else {
            // Closed at once: holding it would let one client keep the
            // connection it was refused.
            drop(stream);
            continue;
        };
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "cannot set TCP_NODELAY");
        }
        let service = app.clone().map_request(move |request: hyper::Request<Incoming>| {
            let mut request = request.map(Body::new);
            request.extensions_mut().insert(ConnectInfo(peer));
            request
        });
        let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                // Timeouts, resets and malformed requests: the client's doing.
                tracing::debug!(%error, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    tracing::debug!("waiting for the connections in flight");
    graceful.shutdown().await;
    Ok(())
}

/// Errors from `accept` that concern one connection only, as axum treats
/// them: go on at once. Others (too many open files) wait a second.
async fn accept_failed(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(error.kind(), ConnectionRefused | ConnectionAborted | ConnectionReset) {
        return;
    }
    tracing::error!(%error, "accept failed; retrying in 1 s");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// Connections open now per address (addresses with none are removed).
type OpenPerAddress = Arc<Mutex<HashMap<IpAddr, usize>>>;

/// The connections open now, in all and per address.
struct Slots {
    all: Option<Arc<Semaphore>>,
    per_address: usize,
    open: OpenPerAddress,
}

impl Slots {
    fn new(limits: ConnectionLimits) -> Self {
        Self {
            all: (limits.max_connections > 0).then(|| Arc::new(Semaphore::new(limits.max_connections))),
            per_address: limits.max_connections_per_address,
            open: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// A slot for a connection from `ip`, or `None` when a cap is reached.
    fn take(&self, ip: IpAddr) -> Option<Slot> {
        let permit = match &self.all {
            Some(all) => match Arc::clone(all).try_acquire_owned() {
                Ok(permit) => Some(permit),
                Err(_) => {
                    tracing::debug!("connection refused: the server holds its maximum");
                    return None;
                }
            },
            None => None,
        };
        if self.per_address == 0 {
            return Some(Slot { _permit: permit, address: None });
        }
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(ip).or_insert(0);
        if *count >= self.per_address {
            tracing::debug!("connection refused: its address holds its maximum");
            return None;
        }
        *count += 1;
        Some(Slot { _permit: permit, address: Some((ip, Arc::clone(&self.open))) })
    }
}

/// One open connection's place; given back when dropped.
struct Slot {
    _permit: Option<OwnedSemaphorePermit>,
    address: Option<(IpAddr, OpenPerAddress)>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let Some((ip, open)) = &self.address else { return };
        let mut open = open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_capped_per_address_and_in_all_and_given_back() {
        let limits = ConnectionLimits {
            max_connections: 3,
            max_connections_per_address: 2,
            ..ConnectionLimits::default()
        };
        let slots = Slots::new(limits);
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        let first = slots.take(a).unwrap();
        let _second = slots.take(a).unwrap();
        assert!(slots.take(a).is_none(), "per address");
        let _third = slots.take(b).unwrap();
        assert!(slots.take(b).is_none(), "in all");
        drop(first);
        assert!(slots.take(a).is_some(), "given back");
        assert!(slots.open.lock().unwrap().len() <= 2);
    }

    #[test]
    fn zero_means_no_cap() {
        let limits = ConnectionLimits {
            max_connections: 0,
            max_connections_per_address: 0,
            ..ConnectionLimits::default()
        };
        let slots = Slots::new(limits);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let held: Vec<Slot> = (0..5000).filter_map(|_| slots.take(ip)).collect();
        assert_eq!(held.len(), 5000);
    }
}
