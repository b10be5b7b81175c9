//! Feeding chosen files to the extraction worker: the files wait here, by
//! name, until the batch admits them, then go to the worker one by one; what
//! it reads comes back into the batch. Their bytes are never stored: the
//! worker reads them and only the text comes back.

use std::collections::HashMap;

use shortlist_core::admit::ChosenFile;
use web_sys::File;
use yew::prelude::*;

use crate::extractor::Extractor;
use crate::state::{Batch, BatchAction};

/// What [`use_extractor`] gives the page.
pub struct FileReader {
    /// The recruiter chose these files.
    pub on_choose: Callback<Vec<File>>,
    /// Drops the files not yet handed to the worker (Clear session).
    pub on_forget: Callback<()>,
    /// The worker itself, which also analyses in Private mode.
    pub worker: Extractor,
    /// Issue #19: the file being read, if it is a long PDF: (id, (pages read, pages)).
    pub progress: Option<(u32, (u32, u32))>,
}

/// Reads the files the batch admits in the worker at `worker_url`.
#[hook]
pub fn use_extractor(batch: &UseReducerHandle<Batch>, worker_url: &AttrValue) -> FileReader {
    let extractor = use_memo(worker_url.clone(), |url| Extractor::new(url));
    // Files chosen but not yet handed to the worker, by name.
    let waiting = use_mut_ref(HashMap::<String, File>::new);
    let progress = use_state(|| None::<(u32, (u32, u32))>);
    {
        // Only one file is read at a time, so the latest progress is its.
        let progress = progress.clone();
        use_effect_with(extractor.clone(), move |extractor| {
            extractor.on_progress(Callback::from(move |reading| progress.set(Some(reading))));
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
        use_effect_with(batch.clone(), move |batch| {
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
    FileReader { on_choose, on_forget, worker: (*extractor).clone(), progress: *progress }
}
