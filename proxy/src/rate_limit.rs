//! A per-IP rate limit (GCRA: a burst of `per_minute`, then one every
//! `60 s / per_minute`), on analysis requests and, stricter, on wrong access
//! tokens. Memory stays bounded: idle entries are dropped once the table
//! grows.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Past this many tracked addresses, entries whose budget has refilled go.
const PRUNE_ABOVE: usize = 10_000;

#[derive(Debug)]
pub struct RateLimiter {
    interval: Duration,
    tolerance: Duration,
    /// Per address: the theoretical arrival time of its next request.
    next: Mutex<HashMap<IpAddr, Instant>>,
}

impl RateLimiter {
    /// `None` when `per_minute` is 0: no limit.
    pub fn new(per_minute: u32) -> Option<Self> {
        (per_minute > 0).then(|| {
            let interval = Duration::from_secs(60) / per_minute;
            Self { interval, tolerance: interval * (per_minute - 1), next: Mutex::new(HashMap::new()) }
        })
    }

    /// `Ok` if `ip` may start a request now, counting it, else how long it
    /// must wait.
    pub fn check(&self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        self.decide(ip, now, true)
    }

    /// What [`RateLimiter::check`] would answer, without counting anything:
    /// for limits on what only some requests turn out to be (wrong tokens).
    pub fn peek(&self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        self.decide(ip, now, false)
    }

    fn decide(&self, ip: IpAddr, now: Instant, count: bool) -> Result<(), Duration> {
        let mut next = self.next.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if next.len() > PRUNE_ABOVE {
            next.retain(|_, arrival| *arrival > now);
        }
        let arrival = next.get(&ip).copied().unwrap_or(now).max(now);
        let ahead = arrival - now;
        if ahead > self.tolerance {
            return Err(ahead - self.tolerance);
        }
        if count {
            next.insert(ip, arrival + self.interval);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_then_one_request_an_interval() {
        let limiter = RateLimiter::new(3).unwrap();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check(ip, start), Ok(()));
        }
        assert_eq!(limiter.check(ip, start), Err(Duration::from_secs(20)));
        assert_eq!(limiter.check(other, start), Ok(()), "each address has its own budget");
        assert_eq!(limiter.check(ip, start + Duration::from_secs(15)), Err(Duration::from_secs(5)));
        assert_eq!(limiter.check(ip, start + Duration::from_secs(20)), Ok(()));
        assert!(limiter.check(ip, start + Duration::from_secs(20)).is_err());
    }

    #[test]
    fn peeking_counts_nothing() {
        let limiter = RateLimiter::new(2).unwrap();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let start = Instant::now();
        for _ in 0..5 {
            assert_eq!(limiter.peek(ip, start), Ok(()));
        }
        assert_eq!(limiter.check(ip, start), Ok(()));
        assert_eq!(limiter.check(ip, start), Ok(()));
        assert_eq!(limiter.peek(ip, start), Err(Duration::from_secs(30)));
        assert_eq!(limiter.peek(ip, start + Duration::from_secs(30)), Ok(()));
    }

    #[test]
    fn zero_means_no_limit() {
        assert!(RateLimiter::new(0).is_none());
    }
}
