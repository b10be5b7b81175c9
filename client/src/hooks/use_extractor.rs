//! Feeding chosen files to the extraction workers: the files wait here, by
//! name, until the batch admits them, then go to the workers' queue in the
//! order chosen; what they read comes back into the batch, by id, so the list
//! keeps its order whichever file is read first. Their bytes are never
//! stored: a worker reads them and only the text comes back. The workers
//! start once the page has painted, so their wasm is compiled before the
//! first file arrives.

use std::collections::HashMap;

use gloo::render::{AnimationFrame, request_animation_frame};
use gloo::timers::callback::Timeout;

use shortlist_core::admit::ChosenFile;
use web_sys::File;
use yew::prelude::*;

use crate::extractor::{Extractor, PageProgress};
use crate::state::{Batch, BatchAction};

/// What [`use_extractor`] gives the page.
pub struct FileReader {
    /// The recruiter chose these files.
    pub on_choose: Callback<Vec<File>>,
    /// Drops the files not yet handed to the worker (Clear session).
    pub on_forget: Callback<()>,
    /// The workers: the extraction workers, and the analysis workers that
    /// read rubrics, make outgoing text and analyse in Private mode.
    pub worker: Extractor,
    /// Issue #19: the long PDFs being read, and issue #15: the scans being
    /// read by OCR, by id.
    pub progress: HashMap<u32, PageProgress>,
}

/// Reads the files the batch admits in the worker at `worker_url`; the
/// analysis worker is at `analysis_url` (issue #16).
#[hook]
pub fn use_extractor(
    batch: &UseReducerHandle<Batch>,
    worker_url: &AttrValue,
    analysis_url: &AttrValue,
) -> FileReader {
    let extractor = use_memo((worker_url.clone(), analysis_url.clone()), |(url, analysis_url)| {
        Extractor::new(url, analysis_url)
    });
    // Files chosen but not yet handed to the worker, by name.
    let waiting = use_mut_ref(HashMap::<String, File>::new);
    // Several files are read at once: each one's latest progress, by id.
    let pages = use_mut_ref(HashMap::<u32, PageProgress>::new);
    let progress = use_state(HashMap::<u32, PageProgress>::new);
    {
        let progress = progress.clone();
        let pages = pages.clone();
        use_effect_with(extractor.clone(), move |extractor| {
            extractor.on_progress(Callback::from(move |(id, reading)| {
                pages.borrow_mut().insert(id, reading);
                progress.set(pages.borrow().clone());
            }));
        });
    }
    {
        // After the first paint (the frame's callback runs before it, the
        // timeout after), so the page's start does not wait for it.
        use_effect_with(extractor.clone(), move |extractor| {
            let extractor = extractor.clone();
            let after_paint = std::rc::Rc::new(std::cell::RefCell::new(None::<Timeout>));
            let frame: AnimationFrame = request_animation_frame({
                let after_paint = after_paint.clone();
                move |_| *after_paint.borrow_mut() = Some(Timeout::new(0, move || extractor.warm()))
            });
            move || drop((frame, after_paint))
        });
    }
    let on_choose = {
        let batch = batch.clone();
        let waiting = waiting.clone();
        Callback::from(move |files: Vec<File>| {
            let mut chosen = Vec::with_capacity(files.len());
            let mut waiting = waiting.borrow_mut();
            for file in files {
                // A File's size is a JS number holding a whole count of bytes.
                chosen.push(ChosenFile::new(file.name(), file.size() as u64));
                if !batch.contains(&file.name()) {
                    waiting.entry(file.name()).or_insert(file);
                }
            }
            drop(waiting);
            batch.dispatch(BatchAction::Choose(chosen));
        })
    };
    {
        // Hand each newly admitted file to the worker; forget refused ones.
        let on_read = batch.dispatcher().to_callback().reform(|(id, result)| BatchAction::Read(id, result));
        let waiting = waiting.clone();
        let extractor = extractor.clone();
        let pages = pages.clone();
        use_effect_with(batch.clone(), move |batch| {
            // Progress is kept only for files still being read.
            pages
                .borrow_mut()
                .retain(|id, _| batch.resumes.iter().any(|resume| resume.id == *id && resume.is_reading()));
            let mut waiting = waiting.borrow_mut();
            for resume in batch.resumes.iter().filter(|resume| resume.is_reading()) {
                if let Some(file) = waiting.remove(&resume.name) {
                    extractor.read(resume.id, file, on_read.clone());
                }
            }
            waiting.clear();
        });
    }
    {
        // A batch cleared or expired takes the waiting files with it.
        let waiting = waiting.clone();
        use_effect_with(batch.batch_id.is_empty(), move |emptied| {
            if *emptied {
                waiting.borrow_mut().clear();
            }
        });
    }
    let on_forget = Callback::from(move |()| waiting.borrow_mut().clear());
    FileReader { on_choose, on_forget, worker: (*extractor).clone(), progress: (*progress).clone() }
}
