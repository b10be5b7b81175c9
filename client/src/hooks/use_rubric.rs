//! Issue #12: the job description read as a rubric in an analysis worker (the
//! parser stays off the page's thread and out of its bundle) once typing
//! pauses, for as long as the recruiter has not edited the rubric.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::extractor::Extractor;
use crate::state::{Batch, BatchAction};

/// How long the job description must stay unchanged before it is read.
pub const READ_WHEN_IDLE_MS: u32 = 400;

/// Reads the batch's job description in `worker` whenever the batch waits
/// for it ([`Batch::is_reading_rubric`]); a reading of text typed over
/// since is dropped by the batch.
#[hook]
pub fn use_rubric(batch: &UseReducerHandle<Batch>, worker: &Extractor) {
    let dispatcher = batch.dispatcher();
    let worker = worker.clone();
    use_effect_with(
        (batch.job_description.clone(), batch.is_reading_rubric()),
        move |(job_description, waiting)| {
            let timer = waiting.then(|| {
                let job_description = job_description.clone();
                Timeout::new(READ_WHEN_IDLE_MS, move || {
                    let on_rubric = dispatcher.to_callback().reform({
                        let job_description = job_description.clone();
                        move |rubric| BatchAction::RubricRead {
                            job_description: job_description.clone(),
                            rubric,
                        }
                    });
                    worker.read_rubric(&job_description, on_rubric);
                })
            });
            // A change before the timer fires cancels it.
            move || drop(timer)
        },
    );
}
