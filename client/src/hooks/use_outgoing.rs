//! Issue #16: each resume's outgoing text, made by the analysis workers and kept in
//! this tab. As resumes are read (or the privacy switches change), the
//! worker is asked for what is not ready yet; its answers ([`Outgoings`])
//! give the preview, the candidates' names and, through [`Preparer`], the
//! texts a run sends. A run waits for the answers it needs: nothing
//! unredacted is ever sent in their place.

use std::cell::RefCell;
use std::rc::Rc;

use shortlist_core::privacy::OutgoingOptions;
use shortlist_core::worker::analysis::{OutgoingJob, OutgoingReply};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::extractor::Extractor;
use crate::outgoing::{Outgoings, Prepared, all_ids};
use crate::state::{Batch, Resume};

/// Asks the workers for outgoing texts and keeps their answers. Cheap to
/// clone; clones share the answers.
#[derive(Clone)]
pub struct Preparer {
    worker: Extractor,
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Preparer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

/// Hears when a job is answered, or why it cannot be.
type OnAnswered = Callback<Result<(), String>>;

struct Inner {
    answers: Outgoings,
    /// Jobs asked of a worker and not answered yet, with whoever waits.
    asked: Vec<(OutgoingJob, Vec<OnAnswered>)>,
    /// Hears the answers each time one came that the page shows.
    on_change: Callback<Outgoings>,
    /// The switches the page shows the texts for (the preview's).
    shown: OutgoingOptions,
}

impl Preparer {
    fn new(worker: Extractor, on_change: Callback<Outgoings>) -> Self {
        let inner = Inner {
            answers: Outgoings::default(),
            asked: Vec::new(),
            on_change,
            shown: OutgoingOptions::default(),
        };
        Self { worker, inner: Rc::new(RefCell::new(inner)) }
    }

    /// The workers it asks (their analysis workers, which also analyse in Private mode).
    pub fn worker(&self) -> &Extractor {
        &self.worker
    }

    /// The answers that came so far.
    pub fn answers(&self) -> Outgoings {
        self.inner.borrow().answers.clone()
    }

    /// Makes sure `job` is answered: `done` hears when it is (at once if it
    /// is already), or why it cannot be. A job already asked is not asked twice.
    fn ask(&self, job: OutgoingJob, done: OnAnswered) {
        let mut inner = self.inner.borrow_mut();
        if inner.answers.answer(&job).is_some() {
            drop(inner);
            done.emit(Ok(()));
            return;
        }
        if let Some((_, waiting)) = inner.asked.iter_mut().find(|(asked, _)| *asked == job) {
            waiting.push(done);
            return;
        }
        inner.asked.push((job.clone(), vec![done]));
        drop(inner);
        let weak = Rc::downgrade(&self.inner);
        let asked = job.clone();
        self.worker.outgoing(
            job,
            Callback::from(move |reply: Result<OutgoingReply, String>| {
                let Some(inner) = weak.upgrade() else { return };
                let mut state = inner.borrow_mut();
                let waiting = match state.asked.iter().position(|(job, _)| *job == asked) {
                    Some(index) => state.asked.remove(index).1,
                    None => Vec::new(),
                };
                // Only an answer the page shows re-renders it: the preview's
                // switches, or a resume's first (its candidate's name).
                let shown = asked.options == state.shown || !state.answers.knows(&asked);
                let result = reply.map(|reply| state.answers.insert(asked.clone(), reply));
                let changed =
                    (result.is_ok() && shown).then(|| (state.on_change.clone(), state.answers.clone()));
                drop(state);
                if let Some((on_change, answers)) = changed {
                    on_change.emit(answers);
                }
                for done in waiting {
                    done.emit(result.clone());
                }
            }),
        );
    }

    /// Asks for every resume of `resumes` with text whose answer under
    /// `options` has not come, and forgets the answers no resume needs.
    fn refresh(&self, resumes: &[Resume], options: OutgoingOptions) {
        let missing = {
            let mut inner = self.inner.borrow_mut();
            inner.shown = options;
            inner.answers.keep_only(resumes);
            inner.answers.missing(resumes, &all_ids(resumes), options)
        };
        for job in missing {
            self.ask(job, Callback::noop());
        }
    }

    /// The resumes `ids` of `resumes` with text, prepared with `options`
    /// once the worker has answered for each, in batch order; and the
    /// resumes it could not answer for, with why.
    pub async fn prepare(
        &self,
        resumes: &[Resume],
        ids: &[u32],
        options: OutgoingOptions,
    ) -> (Vec<Prepared>, Vec<(u32, String)>) {
        let missing = self.inner.borrow().answers.missing(resumes, ids, options);
        let mut failed = Vec::new();
        let waits: Vec<_> = missing
            .into_iter()
            .map(|job| {
                let id = job.id;
                let result = Rc::new(RefCell::new(None::<Result<(), String>>));
                let promise = js_sys::Promise::new(&mut |resolve, _reject| {
                    let result = result.clone();
                    self.ask(
                        job.clone(),
                        Callback::from(move |answer| {
                            *result.borrow_mut() = Some(answer);
                            let _ = resolve.call0(&JsValue::NULL);
                        }),
                    );
                });
                async move {
                    let _ = JsFuture::from(promise).await;
                    let answer = result.borrow_mut().take();
                    (id, answer)
                }
            })
            .collect();
        for (id, answer) in futures_util::future::join_all(waits).await {
            match answer {
                Some(Ok(())) => {}
                Some(Err(why)) => failed.push((id, why)),
                None => failed.push((id, "the text to send could not be prepared".to_owned())),
            }
        }
        let prepared = self.inner.borrow().answers.prepare(resumes, ids, options);
        // A resume read again meanwhile lost its answer: it is not sent.
        for job in self.inner.borrow().answers.missing(resumes, ids, options) {
            if !failed.iter().any(|(id, _)| *id == job.id) {
                failed.push((job.id, "the resume changed while its text was being prepared".to_owned()));
            }
        }
        (prepared, failed)
    }
}

/// What [`use_outgoing`] gives the page.
pub struct OutgoingTexts {
    /// Asks for and keeps the answers; a run prepares through it.
    pub preparer: Preparer,
    /// The answers that came so far, for the preview and the names.
    pub answers: Rc<Outgoings>,
}

/// Keeps the outgoing texts of `batch`'s resumes under `options` coming
/// from `worker`.
#[hook]
pub fn use_outgoing(
    batch: &UseReducerHandle<Batch>,
    worker: &Extractor,
    options: OutgoingOptions,
) -> OutgoingTexts {
    let answers = use_state(|| Rc::new(Outgoings::default()));
    let preparer = {
        let answers = answers.clone();
        use_memo(worker.clone(), move |worker| {
            Preparer::new(worker.clone(), Callback::from(move |kept| answers.set(Rc::new(kept))))
        })
    };
    {
        let preparer = (*preparer).clone();
        let answers = answers.clone();
        use_effect_with((batch.resumes.clone(), options), move |(resumes, options)| {
            preparer.refresh(resumes, *options);
            let kept = preparer.answers();
            if kept != **answers {
                answers.set(Rc::new(kept));
            }
        });
    }
    OutgoingTexts { preparer: (*preparer).clone(), answers: (*answers).clone() }
}
