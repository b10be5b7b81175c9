//! The page's clock, injectable so tests can move time on.

use std::rc::Rc;

/// Milliseconds since the Unix epoch. The page uses the browser's clock;
/// tests pass one they can advance.
#[derive(Clone)]
pub struct Clock(Rc<dyn Fn() -> u64>);

impl Clock {
    pub fn new(now: impl Fn() -> u64 + 'static) -> Self {
        Self(Rc::new(now))
    }

    pub fn now(&self) -> u64 {
        (self.0)()
    }
}

impl Default for Clock {
    /// The browser's clock (`Date.now()`).
    fn default() -> Self {
        // Date.now() is a whole, positive number of milliseconds.
        Self::new(|| js_sys::Date::now() as u64)
    }
}

impl PartialEq for Clock {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}
