//! The batch, kept in the tab's `sessionStorage` as a
//! [`SessionDocument`]: restored on load, saved once changes pause (typing
//! the job description would otherwise serialise the whole batch on every
//! keystroke) and at once when the page is hidden or left, purged after two
//! hours (on load and on a timer) and by "Clear session". This is the only
//! code that touches `sessionStorage`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use shortlist_core::session::{READ_SCANS_KEY, SESSION_KEY, SessionDocument};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::clock::Clock;
use crate::state::{Batch, BatchAction};

/// What [`use_session`] gives the page.
pub struct Session {
    pub batch: UseReducerHandle<Batch>,
    /// Why the batch could not be saved, when it could not.
    pub storage_problem: Option<AttrValue>,
    /// The resumes a reload found waiting for or in the middle of their
    /// analysis: the page sends them again once.
    pub unfinished: Rc<Vec<u32>>,
}

/// How long the batch must stay unchanged before it is saved.
pub const SAVE_WHEN_IDLE_MS: u32 = 400;

/// The batch, restored from this tab's storage and saved back once changes
/// pause for [`SAVE_WHEN_IDLE_MS`], or at once when the page is hidden or
/// left (`visibilitychange`, `pagehide`), so a reload right after typing
/// finds every change. `check_every_ms` is how often the clock is asked
/// whether two hours passed.
#[hook]
pub fn use_session(clock: &Clock, check_every_ms: u32) -> Session {
    let loaded = use_memo((), {
        let clock = clock.clone();
        move |_| load(clock.now())
    });
    let batch = use_reducer({
        let loaded = loaded.clone();
        move || loaded.0.clone()
    });
    // Set only when it changes: a save that fails again renders nothing new.
    let storage_problem = use_state_eq(|| None::<AttrValue>);
    let unsaved = use_mut_ref(Unsaved::default);
    let on_saved = {
        let storage_problem = storage_problem.clone();
        Callback::from(move |problem: Option<AttrValue>| storage_problem.set(problem))
    };
    {
        let dispatcher = batch.dispatcher();
        let clock = clock.clone();
        let unsaved = unsaved.clone();
        let on_saved = on_saved.clone();
        use_effect_with(batch.clone(), move |batch| {
            if batch.is_empty() {
                // Nothing to keep: purged now, and no late save brings it back.
                let mut unsaved = unsaved.borrow_mut();
                unsaved.batch = None;
                unsaved._timer = None;
                remove();
            } else if batch.created_at.is_none() {
                let now = clock.now();
                dispatcher.dispatch(BatchAction::Begin { batch_id: new_batch_id(now), created_at: now });
            } else if !unsaved.borrow().leaving {
                let timer = Timeout::new(SAVE_WHEN_IDLE_MS, {
                    let unsaved = Rc::downgrade(&unsaved);
                    move || {
                        if let Some(unsaved) = unsaved.upgrade() {
                            save_unsaved(&unsaved, &on_saved);
                        }
                    }
                });
                // The previous timer is dropped, so cancelled: changes keep coming.
                let mut unsaved = unsaved.borrow_mut();
                unsaved.batch = Some(batch.clone());
                unsaved._timer = Some(timer);
            }
        });
    }
    {
        // Leaving or hiding the page saves at once: a reload or a closed tab
        // loses nothing typed. Unmounting only cancels the pending save.
        let unsaved = unsaved.clone();
        use_effect_with((), move |()| {
            let listeners = flush_when_hidden(&unsaved, &on_saved);
            move || {
                drop(listeners);
                *unsaved.borrow_mut() = Unsaved::default();
            }
        });
    }
    {
        let dispatcher = batch.dispatcher();
        use_effect_with((clock.clone(), check_every_ms), move |(clock, every)| {
            let clock = clock.clone();
            let interval =
                Interval::new(*every, move || dispatcher.dispatch(BatchAction::Expire(clock.now())));
            move || drop(interval)
        });
    }
    Session { batch, storage_problem: (*storage_problem).clone(), unfinished: Rc::new(loaded.1.clone()) }
}

/// The latest batch not saved yet, and the timer that saves it when changes
/// pause.
#[derive(Default)]
struct Unsaved {
    batch: Option<UseReducerHandle<Batch>>,
    _timer: Option<Timeout>,
    /// The page is being left (`pagehide`): what changes now is the page
    /// coming down (its requests aborted), not the recruiter's work, so
    /// it is not saved. `pageshow` (back from the back-forward cache) ends it.
    leaving: bool,
}

/// Saves the batch waiting to be saved, if any, and reports how it went.
fn save_unsaved(unsaved: &RefCell<Unsaved>, on_saved: &Callback<Option<AttrValue>>) {
    // Taken before saving: the timer, if running, is the one calling this.
    let Some(batch) = unsaved.borrow_mut().batch.take() else { return };
    on_saved.emit(save(&batch.to_document()).err().map(AttrValue::from));
}

/// Listeners that save at once when the page is hidden or left; they stop
/// when dropped.
fn flush_when_hidden(
    unsaved: &Rc<RefCell<Unsaved>>,
    on_saved: &Callback<Option<AttrValue>>,
) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let flush = {
        let unsaved = Rc::downgrade(unsaved);
        let on_saved = on_saved.clone();
        move || {
            if let Some(unsaved) = unsaved.upgrade() {
                save_unsaved(&unsaved, &on_saved);
            }
        }
    };
    let mut listeners = vec![
        EventListener::new(&window, "pagehide", {
            let flush = flush.clone();
            let unsaved = Rc::downgrade(unsaved);
            move |_| {
                flush();
                if let Some(unsaved) = unsaved.upgrade() {
                    unsaved.borrow_mut().leaving = true;
                }
            }
        }),
        EventListener::new(&window, "pageshow", {
            let unsaved = Rc::downgrade(unsaved);
            move |_| {
                if let Some(unsaved) = unsaved.upgrade() {
                    unsaved.borrow_mut().leaving = false;
                }
            }
        }),
    ];
    if let Some(document) = window.document() {
        let hidden = document.clone();
        listeners.push(EventListener::new(&document, "visibilitychange", move |_| {
            if hidden.visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        }));
    }
    listeners
}

/// The stored batch and its unfinished resumes; an empty batch when there
/// is none, it is unreadable, or it is over two hours old (then purged).
fn load(now: u64) -> (Batch, Vec<u32>) {
    let Some(json) = storage().and_then(|storage| storage.get_item(SESSION_KEY).ok().flatten()) else {
        return (Batch::default(), Vec::new());
    };
    match SessionDocument::parse(&json) {
        Some(document) if !document.is_expired(now) => {
            let unfinished = document.unfinished();
            (Batch::from_document(document), unfinished)
        }
        Some(_) => {
            remove();
            (Batch::after_expiry(), Vec::new())
        }
        None => {
            gloo::console::warn!("the stored batch is unreadable or of another version: starting afresh");
            remove();
            (Batch::default(), Vec::new())
        }
    }
}

/// Saves the document; a failure (the quota is full) leaves the previously
/// stored document as it was and says what it means for the recruiter.
fn save(document: &SessionDocument) -> Result<(), String> {
    let storage = storage().ok_or_else(|| {
        "This browser does not let the page keep the batch: a reload will lose it.".to_owned()
    })?;
    storage.set_item(SESSION_KEY, &document.to_json()).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
            .ok()
            .and_then(|name| name.as_string())
            .unwrap_or_default();
        gloo::console::warn!(format!("cannot store the batch: {name}"));
        if name == "QuotaExceededError" {
            "The browser's storage for this tab is full: the latest changes stay on this page, but a reload \
             would bring back the batch as it was last saved."
                .to_owned()
        } else {
            "The batch could not be saved in this tab: a reload would bring back the batch as it was last \
             saved."
                .to_owned()
        }
    })
}

fn remove() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(SESSION_KEY);
    }
}

/// Issue #15: the recruiter's "Read scans with OCR" choice kept in this
/// tab, on unless it was turned off.
pub fn read_scans_choice() -> bool {
    storage().and_then(|storage| storage.get_item(READ_SCANS_KEY).ok().flatten()).as_deref() != Some("off")
}

/// Keeps the "Read scans with OCR" choice in this tab; a failure to store
/// it costs only its keeping over a reload.
pub fn keep_read_scans_choice(at_once: bool) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(READ_SCANS_KEY, if at_once { "on" } else { "off" });
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// A name for a batch: its start time and random digits.
fn new_batch_id(now: u64) -> String {
    // Math.random() is in [0, 1): the product fits a u32.
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{now:x}-{random:08x}")
}
