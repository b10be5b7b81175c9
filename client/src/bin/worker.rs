//! The page's extraction worker: a second wasm binary, run in Web Workers,
//! that turns a file's bytes into text with `shortlist_core::extract` (and
//! finishes the text OCR read from a file's pictures), so no parser blocks
//! the page. The parsers live only here, not in the page's bundle; the
//! analyser, the rubric parser and redaction are in the analysis worker
//! (`analysis.rs`, issue #16), not here. If a parser panics, this worker
//! dies with it; the page sees `onerror`, fails that one file and starts a
//! new worker.
//!
//! Issue #16: the CJK character maps are not in this wasm. A PDF whose CJK
//! fonts need one comes back from `extract_for_ocr` asking for it; the
//! worker fetches `cmaps/<map>.txt` from the page's origin (once: it keeps
//! the maps it fetched) and reads the file again. A map that cannot be had
//! makes that file's outcome `MissingCharacterMap`, and the next file tries
//! again. Every other file is read at once, in the message handler, as
//! before; the page sends one job at a time, so a file waiting for its map
//! holds no other job back.
//!
//! Issue #16: a file comes with how to read it (`FileReading`): whole, or,
//! for a long PDF, split into runs of pages for the pool's workers (this
//! worker says how and reads the first) or one of those runs. Each run
//! loads the file for itself; the page has a worker join the runs.
//!
//! Issue #16: before it says it is ready, the worker reads a small PDF of
//! its own (`warm-up.pdf`, made by `shortlist_fixtures::warm_up_pdf`) again
//! and again for [`WARM_UP_MS`]. The engine starts each wasm function in a
//! quick but slow tier and optimises it once it has run for a while, on
//! threads that are idle before the first file arrives; so the recruiter's
//! files are read with code already optimised (`shortlist-bench bench-page`
//! shows the gain). The page starts its workers after first paint, well
//! before anyone has chosen files.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use shortlist_core::extract::CidTables;
    use shortlist_core::worker::{FileReading, READY, RunReply, WorkerReply, WorkerRequest};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::{Closure, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let tables = Rc::new(RefCell::new(CidTables::new()));
    warm_up(&tables.borrow());
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        match event.data().as_string() {
            // OCR's text to finish, as JSON.
            Some(json) => match serde_json::from_str::<WorkerRequest>(&json) {
                Ok(request) => post_reply(&reply_scope, &request.answer()),
                Err(error) => panic!("the page sent an unreadable request: {error}"),
            },
            // A file to read: [id, bytes] or, issue #16, [id, bytes, reading].
            None => {
                let message: js_sys::Array = event.data().unchecked_into();
                let id = message.get(0).as_f64().map_or(u32::MAX, |id| id as u32);
                let bytes = js_sys::Uint8Array::new(&message.get(1)).to_vec();
                let reading = message
                    .get(2)
                    .as_string()
                    .and_then(|json| serde_json::from_str::<FileReading>(&json).ok())
                    .unwrap_or(FileReading::First { workers: 1 });
                let read = read_file(&reply_scope, id, &bytes, reading, &tables.borrow());
                // A CJK PDF: its maps first, then read again.
                if let Err(missing) = read {
                    let (scope, tables) = (reply_scope.clone(), tables.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        for collection in missing {
                            let table = fetch_table(&scope, collection).await;
                            let mut tables = tables.borrow_mut();
                            match table {
                                Ok(table) => tables.insert(collection, table),
                                Err(error) => {
                                    gloo::console::warn!(format!(
                                        "cannot load {}: {error}",
                                        collection.path()
                                    ));
                                    tables.mark_unavailable(collection);
                                }
                            }
                        }
                        // Each map is now at hand or known unavailable, so
                        // this reading ends; without a map it says so.
                        if read_file(&scope, id, &bytes, reading, &tables.borrow()).is_err() {
                            let extraction = shortlist_core::extract::extract(&bytes);
                            match reading {
                                FileReading::First { .. } => file_read(&scope, id, extraction, &[]),
                                FileReading::Run { index, .. } => {
                                    let run = Err(extraction);
                                    post_reply(&scope, &WorkerReply::Run(RunReply { id, index, run }));
                                }
                            }
                        }
                        // A map that failed this time is asked for again next time.
                        tables.borrow_mut().clear_unavailable();
                    });
                }
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// How long the worker reads its warm-up PDF before it is ready (issue #16).
#[cfg(target_arch = "wasm32")]
const WARM_UP_MS: f64 = 300.0;

/// Reads the warm-up PDF, as a file is read, until [`WARM_UP_MS`] have
/// passed (at least once); what it reads is dropped.
#[cfg(target_arch = "wasm32")]
fn warm_up(tables: &shortlist_core::extract::CidTables) {
    const WARM_UP: &[u8] = include_bytes!("warm-up.pdf");
    let start = js_sys::Date::now();
    loop {
        let read =
            shortlist_core::extract::extract_first_run(WARM_UP, tables, 1, &mut |_, _| {}, &mut |_, _| {});
        drop(read);
        if js_sys::Date::now() - start >= WARM_UP_MS {
            break;
        }
    }
}

/// Reads file `id` as `reading` says (issue #16: whole, or a long PDF's
/// first run after saying how it is split, or another of its runs) and
/// posts the answer; `Err` lists the character maps to fetch first.
#[cfg(target_arch = "wasm32")]
fn read_file(
    scope: &web_sys::DedicatedWorkerGlobalScope,
    id: u32,
    bytes: &[u8],
    reading: shortlist_core::worker::FileReading,
    tables: &shortlist_core::extract::CidTables,
) -> Result<(), Vec<shortlist_core::extract::Collection>> {
    use shortlist_core::extract::{FirstReading, extract_first_run, extract_run};
    use shortlist_core::worker::{FileReading, RunReply, SplitReply, WorkerReply};

    match reading {
        FileReading::First { workers } => {
            let mut split =
                |runs, pages| post_reply(scope, &WorkerReply::Split(SplitReply { id, runs, pages }));
            // Issue #19: a long PDF's pages read so far, as they are read.
            match extract_first_run(bytes, tables, workers, &mut split, &mut progress(scope, id))? {
                FirstReading::Whole(extraction, pictures) => file_read(scope, id, extraction, &pictures),
                FirstReading::FirstRun(run) => {
                    post_reply(scope, &WorkerReply::Run(RunReply { id, index: 0, run: Ok(run) }));
                }
            }
        }
        FileReading::Run { index, runs } => {
            let run = extract_run(bytes, tables, index, runs, &mut progress(scope, id))?;
            post_reply(scope, &WorkerReply::Run(RunReply { id, index, run }));
        }
    }
    Ok(())
}

/// Issue #19: a long PDF's pages read so far, posted as they are read.
#[cfg(target_arch = "wasm32")]
fn progress(scope: &web_sys::DedicatedWorkerGlobalScope, id: u32) -> impl FnMut(u32, u32) + '_ {
    move |page, pages| {
        if let Some(progress) = shortlist_core::worker::ProgressReply::after_page(id, page, pages) {
            let progress = serde_json::to_string(&progress).expect("a reply always serialises");
            let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(&progress));
        }
    }
}

/// Answers a file read: a scanned PDF's page pictures first (issue #15), as
/// [id, [page…]], their buffers transferred, not copied: a JPEG as its
/// ArrayBuffer, any other still encoded as [spec, data, globals] (issue #16:
/// the page's scan worker decodes it); then the extraction.
#[cfg(target_arch = "wasm32")]
fn file_read(
    scope: &web_sys::DedicatedWorkerGlobalScope,
    id: u32,
    extraction: shortlist_core::extract::Extraction,
    pictures: &[shortlist_core::extract::PageImage],
) {
    use shortlist_core::worker::{ExtractReply, WorkerReply};
    use wasm_bindgen::JsValue;

    if !pictures.is_empty() {
        let (pages, buffers) = (js_sys::Array::new(), js_sys::Array::new());
        let buffer = |bytes: &[u8]| {
            let buffer = js_sys::Uint8Array::from(bytes).buffer();
            buffers.push(&buffer);
            buffer
        };
        for picture in pictures {
            let data = buffer(&picture.data);
            if picture.is_file() {
                pages.push(&data);
            } else {
                let spec = serde_json::to_string(&picture.spec).expect("a spec always serialises");
                pages.push(&js_sys::Array::of3(&JsValue::from_str(&spec), &data, &buffer(&picture.globals)));
            }
        }
        let message = js_sys::Array::of2(&JsValue::from(id), &pages);
        let _ = scope.post_message_with_transfer(&message, &buffers);
    }
    post_reply(scope, &WorkerReply::Extracted(ExtractReply { id, extraction }));
}

/// Posts a reply as JSON. A failed post means the page is gone; there is no
/// one to tell.
#[cfg(target_arch = "wasm32")]
fn post_reply(scope: &web_sys::DedicatedWorkerGlobalScope, reply: &shortlist_core::worker::WorkerReply) {
    let reply = serde_json::to_string(reply).expect("a reply always serialises");
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(&reply));
}

/// Fetches and reads one character-map table from beside the page.
#[cfg(target_arch = "wasm32")]
async fn fetch_table(
    scope: &web_sys::DedicatedWorkerGlobalScope,
    collection: shortlist_core::extract::Collection,
) -> Result<shortlist_core::extract::UnicodeTable, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let response =
        JsFuture::from(scope.fetch_with_str(&collection.path())).await.map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text =
        JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    let text = text.as_string().ok_or("the response is not text")?;
    shortlist_core::extract::UnicodeTable::parse(&text).map_err(|error| error.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("shortlist-worker runs in a browser's Web Worker; build it with trunk.");
}
