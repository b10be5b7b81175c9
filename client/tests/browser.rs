//! The app against the real DOM of headless Chromium (wasm-bindgen-test).
//! Run with `cargo test -p shortlist-client --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use shortlist_client::App;
use shortlist_client::app::AppProps;
use shortlist_client::clock::Clock;
use shortlist_core::session::{SESSION_KEY, SESSION_MAX_AGE_MS, SessionDocument};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    DataTransfer, Document, Element, Event, EventInit, File, FilePropertyBag, HtmlButtonElement,
    HtmlInputElement, HtmlTextAreaElement, InputEvent,
};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh App, with nothing stored, in its own element and returns
/// that element.
fn mount() -> Element {
    storage().clear().unwrap();
    mount_with(AppProps {
        worker_url: worker::worker_url().into(),
        analysis_url: worker::analysis_url().into(),
        ..AppProps::default()
    })
}

/// Mounts an App with `props`, after unmounting the ones earlier tests left:
/// every App saves its batch in the one sessionStorage these tests share.
fn mount_with(props: AppProps) -> Element {
    thread_local! {
        static MOUNTED: std::cell::RefCell<Vec<yew::AppHandle<App>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    MOUNTED.with_borrow_mut(|mounted| mounted.drain(..).for_each(yew::AppHandle::destroy));
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    MOUNTED.with_borrow_mut(|mounted| mounted.push(handle));
    root
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().session_storage().unwrap().unwrap()
}

/// The batch the page stored, if any.
fn stored() -> Option<SessionDocument> {
    storage().get_item(SESSION_KEY).unwrap().map(|json| SessionDocument::parse(&json).unwrap())
}

/// Lets Yew render what the last event scheduled.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Issue #16: waits until the worker has found the candidates' names of
/// `count` rows of the ranking (the file's name then shows beneath).
async fn names_found(root: &Element, count: usize) {
    for _ in 0..400 {
        if texts(root, ".ranking tbody th.name .file").len() == count {
            return;
        }
        settle().await;
    }
    panic!("names not found: {:?}", texts(root, ".ranking tbody th.name"));
}

/// Waits until no resume in `root` is still being read.
async fn read(root: &Element) {
    for _ in 0..400 {
        settle().await;
        if root.query_selector(".resume-list li.reading").unwrap().is_none() {
            return;
        }
    }
    panic!("files still reading: {:?}", texts(root, ".resume-list .outcome"));
}

fn find<T: JsCast>(root: &Element, css: &str) -> T {
    root.query_selector(css).unwrap().unwrap_or_else(|| panic!("no {css}")).dyn_into::<T>().unwrap()
}

fn texts(root: &Element, css: &str) -> Vec<String> {
    let nodes = root.query_selector_all(css).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

/// A text file of `bytes` bytes of plain words.
fn file(name: &str, bytes: usize) -> File {
    let mut text = "resume ".repeat(bytes / 7 + 1);
    text.truncate(bytes);
    let parts = js_sys::Array::of1(&text.into());
    let options = FilePropertyBag::new();
    options.set_type("text/plain");
    File::new_with_str_sequence_and_options(&parts, name, &options).unwrap()
}

/// Chooses `files` in the file input the way the browser does after a pick.
fn choose(root: &Element, files: &[File]) {
    let transfer = DataTransfer::new().unwrap();
    for file in files {
        transfer.items().add_with_file(file).unwrap();
    }
    let input: HtmlInputElement = find(root, "#resumes");
    input.set_files(transfer.files().as_ref());
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

fn type_job_description(root: &Element, text: &str) {
    let textarea: HtmlTextAreaElement = find(root, "#job-description");
    textarea.set_value(text);
    textarea.dispatch_event(&InputEvent::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn analyze_is_enabled_only_with_a_job_description_and_a_resume() {
    let root = mount();
    settle().await;
    let analyze: HtmlButtonElement = find(&root, "#analyze");
    assert!(analyze.disabled());

    type_job_description(&root, "Data engineer: Python, SQL, Airflow.");
    settle().await;
    assert!(analyze.disabled(), "a job description alone is not enough");

    choose(&root, &[file("maria.txt", 1500)]);
    settle().await;
    assert_eq!(texts(&root, ".resume-list .name"), ["maria.txt"]);
    assert_eq!(texts(&root, ".resume-list .size"), ["1 KB"]);
    assert!(analyze.disabled(), "the file is still being read");
    read(&root).await;
    let outcomes = texts(&root, ".resume-list .outcome");
    assert!(outcomes[0].starts_with("Read: TXT"), "{outcomes:?}");
    // Analysis also waits for the requirements the worker reads from the
    // job description (issue #12).
    for _ in 0..400 {
        if !analyze.disabled() {
            break;
        }
        settle().await;
    }
    assert!(!analyze.disabled());
    assert!(!texts(&root, ".rubric-items .item").is_empty(), "the requirements are shown");

    type_job_description(&root, "   ");
    settle().await;
    assert!(analyze.disabled(), "a blank job description does not count");
}

#[wasm_bindgen_test]
async fn a_file_over_the_limit_is_refused_and_the_rest_of_the_choice_kept() {
    let root = mount();
    settle().await;
    choose(&root, &[file("big.txt", 3 * 1024 * 1024 + 1), file("ok.txt", 10), file("photo.gif", 10)]);
    settle().await;
    assert_eq!(texts(&root, ".resume-list .name"), ["ok.txt"]);
    assert_eq!(
        texts(&root, ".refusals li"),
        [
            "big.txt was not added: it is 3.1 MB, and the limit is 3 MB a file",
            "photo.gif was not added: only PDF, DOCX, TXT, PNG and JPEG files are accepted",
        ]
    );
    // The input is cleared so the same file can be chosen again.
    let input: HtmlInputElement = find(&root, "#resumes");
    assert_eq!(input.value(), "");
}

#[wasm_bindgen_test]
async fn removing_a_resume_takes_it_off_the_list() {
    let root = mount();
    settle().await;
    choose(&root, &[file("a.txt", 10), file("b.txt", 10)]);
    for _ in 0..400 {
        if texts(&root, ".resume-list .name").len() == 2 {
            break;
        }
        settle().await;
    }
    find::<HtmlButtonElement>(&root, "button[aria-label='Remove a.txt']").click();
    settle().await;
    assert_eq!(texts(&root, ".resume-list .name"), ["b.txt"]);
}

mod session {
    //! The batch in the tab's sessionStorage: saved, restored, purged.

    use super::*;
    use shortlist_core::analyze_api::{Analyzer, LOCAL_MODEL};
    use shortlist_core::extract::{FileKind, Outcome};
    use shortlist_core::local::{YearMonth, analyze};
    use shortlist_core::session::{BatchStatus, ResultRecord, ResumeStatus, SESSION_VERSION, StoredResume};
    use std::cell::Cell;
    use std::rc::Rc;

    /// Waits until the page has saved: it saves once changes pause.
    async fn idle() {
        let ms = u64::from(shortlist_client::hooks::use_session::SAVE_WHEN_IDLE_MS) + 100;
        yew::platform::time::sleep(Duration::from_millis(ms)).await;
    }

    async fn wait_for(what: &str, check: impl Fn() -> bool) {
        for _ in 0..400 {
            if check() {
                return;
            }
            settle().await;
        }
        panic!("timed out waiting until {what}");
    }

    #[wasm_bindgen_test]
    async fn the_batch_is_kept_in_the_tab_and_purged_after_two_hours() {
        storage().clear().unwrap();
        let start = 1_800_000_000_000;
        let now = Rc::new(Cell::new(start));
        let clock = Clock::new({
            let now = now.clone();
            move || now.get()
        });
        let root = mount_with(AppProps {
            worker_url: worker::worker_url().into(),
            analysis_url: worker::analysis_url().into(),
            clock,
            expiry_check_ms: 10,
        });
        settle().await;
        assert_eq!(stored(), None, "an empty page stores nothing");
        type_job_description(&root, "Rust engineer");
        choose(&root, &[file("ada.txt", 100)]);
        read(&root).await;
        // The requirements read from the job description join the batch too.
        wait_for("the requirements are read", || !texts(&root, ".rubric-items .item").is_empty()).await;
        idle().await;
        let document = stored().expect("the batch is stored");
        assert_eq!(document.job_description, "Rust engineer");
        assert_eq!(document.created_at, start);
        assert_eq!(document.status, BatchStatus::Ready);
        assert_eq!(document.resumes[0].filename, "ada.txt");
        assert_eq!(document.resumes[0].status, ResumeStatus::Ready);
        assert!(document.resumes[0].text.starts_with("resume resume"), "{:?}", document.resumes[0]);

        now.set(start + SESSION_MAX_AGE_MS);
        for _ in 0..5 {
            settle().await;
        }
        assert!(stored().is_some(), "exactly two hours old is not yet expired");
        now.set(start + SESSION_MAX_AGE_MS + 1);
        wait_for("the batch is purged", || stored().is_none()).await;
        settle().await;
        assert!(texts(&root, ".resume-list .name").is_empty());
        assert_eq!(find::<HtmlTextAreaElement>(&root, "#job-description").value(), "");
        assert_eq!(
            texts(&root, "#session-notice"),
            ["The previous batch was over 2 hours old and was cleared."]
        );
    }

    fn stored_batch() -> SessionDocument {
        let text = "Ada Lovelace\nRust engineer, 2019 - present: Rust, tokio.";
        let job = "Required: Rust";
        let rubric = shortlist_core::local::rubric(job);
        SessionDocument {
            version: SESSION_VERSION,
            batch_id: "batch-1".to_owned(),
            created_at: js_sys::Date::now() as u64,
            job_description: job.to_owned(),
            // Issue #12: read from the job description, as the page stores it.
            rubric: Some(rubric.clone()),
            rubric_edited: false,
            resumes: vec![StoredResume {
                id: 4,
                filename: "kept.txt".to_owned(),
                size: 60,
                kind: Some(FileKind::Txt),
                outcome: Some(Outcome::Read),
                text: text.to_owned(),
                hidden: Vec::new(),
                ocr: None,
                status: ResumeStatus::Completed,
                error: None,
            }],
            results: vec![ResultRecord {
                resume_id: 4,
                analysis: analyze(job, text, YearMonth::new(2026, 1)),
                analyzer: Analyzer::Local,
                model: LOCAL_MODEL.to_owned(),
                egress: None,
                rubric_fingerprint: Some(rubric.fingerprint()),
                usage: None,
                finished_at: 1,
            }],
            status: BatchStatus::Completed,
        }
    }

    #[wasm_bindgen_test]
    async fn a_stored_batch_comes_back_and_clear_session_purges_it() {
        storage().clear().unwrap();
        let document = stored_batch();
        storage().set_item(SESSION_KEY, &document.to_json()).unwrap();
        let root = mount_with(AppProps {
            worker_url: worker::worker_url().into(),
            analysis_url: worker::analysis_url().into(),
            ..AppProps::default()
        });
        settle().await;
        assert_eq!(texts(&root, ".resume-list .name"), ["kept.txt"]);
        assert_eq!(find::<HtmlTextAreaElement>(&root, "#job-description").value(), "Required: Rust");
        // Issue #19: the candidate's name, the file beneath; issue #16: the
        // worker finds the name, and the row shows it when it comes.
        names_found(&root, 1).await;
        assert_eq!(texts(&root, ".ranking tbody th.name .open"), ["Ada Lovelace"]);
        assert_eq!(texts(&root, ".ranking tbody th.name .file"), ["kept.txt"]);
        assert_eq!(stored(), Some(document), "restoring changes nothing");

        find::<HtmlButtonElement>(&root, "#clear-session").click();
        settle().await;
        assert_eq!(stored(), None);
        assert!(texts(&root, ".resume-list .name").is_empty());
        assert!(texts(&root, ".ranking").is_empty());
        assert_eq!(find::<HtmlTextAreaElement>(&root, "#job-description").value(), "");
    }

    /// A stored, finished batch of three resumes with these (overall, skills).
    fn scored_batch(scores: &[(u8, u8)]) -> SessionDocument {
        let mut document = stored_batch();
        let (resume, result) = (document.resumes[0].clone(), document.results[0].clone());
        document.resumes.clear();
        document.results.clear();
        for (i, (overall, skills)) in scores.iter().enumerate() {
            let id = i as u32 + 1;
            document.resumes.push(StoredResume { id, filename: format!("r{id}.txt"), ..resume.clone() });
            let mut result = ResultRecord { resume_id: id, ..result.clone() };
            result.analysis.overall_score = *overall;
            result.analysis.component_scores.skills = *skills;
            document.results.push(result);
        }
        document
    }

    #[wasm_bindgen_test]
    async fn the_table_sorts_from_its_headers_and_enter_opens_a_detail() {
        storage().clear().unwrap();
        storage().set_item(SESSION_KEY, &scored_batch(&[(60, 90), (80, 10), (70, 50)]).to_json()).unwrap();
        let root = mount_with(AppProps {
            worker_url: worker::worker_url().into(),
            analysis_url: worker::analysis_url().into(),
            ..AppProps::default()
        });
        names_found(&root, 3).await;
        let names = || texts(&root, ".ranking tbody th.name .file");
        let sorts = || texts(&root, ".ranking thead th[aria-sort]").len();
        assert_eq!(names(), ["r2.txt", "r3.txt", "r1.txt"], "best overall first");
        assert_eq!(sorts(), 6, "the candidate's name and five scores");
        let header = |label: &str| {
            let headers = root.query_selector_all(".ranking thead th[aria-sort]").unwrap();
            (0..headers.length())
                .map(|i| headers.item(i).unwrap().dyn_into::<Element>().unwrap())
                .find(|th| th.text_content().unwrap_or_default().starts_with(label))
                .unwrap()
        };
        let sort_by = |label: &str| {
            let button = header(label).query_selector("button").unwrap().unwrap();
            button.dyn_into::<HtmlButtonElement>().unwrap().click();
        };
        assert_eq!(header("Overall").get_attribute("aria-sort").as_deref(), Some("descending"));
        sort_by("Skills");
        settle().await;
        assert_eq!(names(), ["r1.txt", "r3.txt", "r2.txt"], "best skills first");
        assert_eq!(header("Skills").get_attribute("aria-sort").as_deref(), Some("descending"));
        assert_eq!(header("Overall").get_attribute("aria-sort").as_deref(), Some("none"));
        sort_by("Skills");
        settle().await;
        assert_eq!(names(), ["r2.txt", "r3.txt", "r1.txt"], "weakest skills first");
        assert_eq!(header("Skills").get_attribute("aria-sort").as_deref(), Some("ascending"));

        let row: Element = find(&root, ".ranking tbody tr:nth-child(2)");
        assert_eq!(row.get_attribute("tabindex").as_deref(), Some("0"));
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        row.dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
        settle().await;
        assert_eq!(texts(&root, "#detail-heading"), ["Ada Lovelace"]);
        assert_eq!(texts(&root, "#detail p.file"), ["r3.txt"]);
        // The focus moves in an effect after the detail renders: on a busy
        // machine that can take more than one settle.
        let focused = || document().active_element().map(|element| element.id());
        for _ in 0..100 {
            if focused().as_deref() == Some("detail") {
                break;
            }
            settle().await;
        }
        assert_eq!(focused().as_deref(), Some("detail"));
    }

    #[wasm_bindgen_test]
    async fn a_full_storage_keeps_the_last_saved_batch_and_says_so() {
        let root = mount();
        settle().await;
        type_job_description(&root, "First");
        idle().await;
        assert_eq!(stored().map(|document| document.job_description), Some("First".to_owned()));
        // Fill the tab's storage to the last kilobyte.
        let mut filled = 0;
        for chunk in [1 << 20, 1 << 14, 1 << 10] {
            let filler = "x".repeat(chunk);
            while storage().set_item(&format!("filler-{filled}"), &filler).is_ok() {
                filled += 1;
            }
        }
        type_job_description(&root, &"Second, longer job description. ".repeat(200));
        idle().await;
        let notice = texts(&root, "#session-notice");
        for i in 0..filled {
            storage().remove_item(&format!("filler-{i}")).unwrap();
        }
        assert_eq!(
            notice,
            [
                "The browser's storage for this tab is full: the latest changes stay on this page, but a reload \
              would bring back the batch as it was last saved."
            ]
        );
        assert_eq!(stored().map(|document| document.job_description), Some("First".to_owned()));
        assert!(find::<HtmlTextAreaElement>(&root, "#job-description").value().starts_with("Second"));
        // With room again, the next change is saved and the notice goes.
        type_job_description(&root, "Third");
        idle().await;
        assert_eq!(stored().map(|document| document.job_description), Some("Third".to_owned()));
        assert!(texts(&root, "#session-notice").is_empty());
    }

    /// Issue #16: typing saves once it pauses, not on every keystroke, and
    /// leaving the page saves at once, so a reload loses nothing typed.
    #[wasm_bindgen_test]
    async fn typing_is_saved_when_it_pauses_and_at_once_when_the_page_is_left() {
        let root = mount();
        settle().await;
        for typed in ["R", "Ru", "Rust"] {
            type_job_description(&root, typed);
            settle().await;
        }
        assert_eq!(stored(), None, "nothing is saved while typing");
        idle().await;
        assert_eq!(stored().map(|document| document.job_description), Some("Rust".to_owned()));

        type_job_description(&root, "Rust engineer");
        settle().await;
        assert_eq!(stored().map(|document| document.job_description), Some("Rust".to_owned()));
        let window = web_sys::window().unwrap();
        window.dispatch_event(&Event::new("pagehide").unwrap()).unwrap();
        assert_eq!(stored().map(|document| document.job_description), Some("Rust engineer".to_owned()));

        // While the page comes down (its requests aborted), nothing more is
        // saved; back from the back-forward cache, saving goes on.
        type_job_description(&root, "Rust engineer, aborted");
        idle().await;
        assert_eq!(stored().map(|document| document.job_description), Some("Rust engineer".to_owned()));
        window.dispatch_event(&Event::new("pageshow").unwrap()).unwrap();
        type_job_description(&root, "Rust engineer, Lisbon");
        idle().await;
        assert_eq!(
            stored().map(|document| document.job_description),
            Some("Rust engineer, Lisbon".to_owned())
        );
    }
}

mod worker {
    //! The extraction worker of the release build (`/dist/`, built by
    //! scripts/test before these tests), driven through the page's Extractor.

    use super::*;
    use shortlist_client::extractor::{Extractor, ReadResult};
    use shortlist_core::extract::{FileKind, Outcome};
    use shortlist_fixtures::{RESUME, docx, pdf, pdf_that_panics_pdf_extract};
    use std::cell::RefCell;
    use std::rc::Rc;
    use yew::Callback;

    fn bytes_file(name: &str, bytes: &[u8]) -> File {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        File::new_with_u8_array_sequence(&parts, name).unwrap()
    }

    /// The extraction worker's loader.
    pub fn worker_url() -> String {
        loader_url("shortlist-worker")
    }

    /// Issue #16: the analysis worker's loader.
    pub fn analysis_url() -> String {
        loader_url("shortlist-analysis")
    }

    /// A worker's loader as trunk writes it, but with absolute URLs: the
    /// test runner's page resolves a worker's relative imports differently.
    fn loader_url(bin: &str) -> String {
        let origin = web_sys::window().unwrap().location().origin().unwrap();
        let loader =
            format!("importScripts('{origin}/dist/{bin}.js');wasm_bindgen('{origin}/dist/{bin}_bg.wasm');");
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob =
            web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&loader.into()), &options)
                .unwrap();
        web_sys::Url::create_object_url_with_blob(&blob).unwrap()
    }

    /// Reads `files` through one Extractor of two workers (the pool answers
    /// in any order) and returns the results by id.
    async fn read_all(files: Vec<(u32, File)>) -> Vec<(u32, ReadResult)> {
        let extractor = Extractor::with_workers(&worker_url(), &analysis_url(), 2);
        let results = Rc::new(RefCell::new(Vec::new()));
        let expected = files.len();
        for (id, file) in files {
            let results = results.clone();
            extractor.read(id, file, Callback::from(move |result| results.borrow_mut().push(result)));
        }
        for _ in 0..600 {
            if results.borrow().len() == expected {
                break;
            }
            yew::platform::time::sleep(Duration::from_millis(50)).await;
        }
        let mut results = results.borrow().clone();
        assert_eq!(results.len(), expected, "{results:?}");
        results.sort_by_key(|(id, _)| *id);
        results
    }

    fn text_of(result: &ReadResult) -> (Option<FileKind>, Outcome, &str) {
        match result {
            ReadResult::Done(extraction) => (extraction.kind, extraction.outcome, extraction.text.as_str()),
            ReadResult::Failed(message) => panic!("the worker failed: {message}"),
        }
    }

    #[wasm_bindgen_test]
    async fn a_pdf_and_a_docx_are_read_in_the_worker() {
        let results = read_all(vec![
            (1, bytes_file("maria.pdf", &pdf(RESUME))),
            (2, bytes_file("maria.docx", &docx(RESUME))),
        ])
        .await;
        let (kind, outcome, text) = text_of(&results[0].1);
        assert_eq!((results[0].0, kind, outcome), (1, Some(FileKind::Pdf), Outcome::Read));
        assert!(text.contains("Senior Software Engineer") && text.contains("Kubernetes"), "{text}");
        let (kind, outcome, text) = text_of(&results[1].1);
        assert_eq!((results[1].0, kind, outcome), (2, Some(FileKind::Docx), Outcome::Read));
        assert!(text.contains("University of Lisbon"), "{text}");
    }

    #[wasm_bindgen_test]
    async fn a_parser_panic_costs_one_file_and_the_next_worker_reads_the_rest() {
        let results = read_all(vec![
            (1, bytes_file("crash.pdf", &pdf_that_panics_pdf_extract())),
            (2, bytes_file("after.docx", &docx(RESUME))),
        ])
        .await;
        assert_eq!(results[0].0, 1);
        match &results[0].1 {
            ReadResult::Failed(message) => assert!(message.contains("damaged"), "{message}"),
            ReadResult::Done(extraction) => panic!("expected the worker to crash, got {extraction:?}"),
        }
        let (_, outcome, text) = text_of(&results[1].1);
        assert_eq!((results[1].0, outcome), (2, Outcome::Read));
        assert!(text.contains("Maria Lopez"), "{text}");
    }

    /// Reads `job_descriptions` as rubrics through `extractor`'s analysis
    /// workers and returns the answers in the order they came.
    async fn read_rubrics(
        extractor: &Extractor,
        job_descriptions: &[&str],
    ) -> Vec<Result<Vec<String>, String>> {
        let answers = Rc::new(RefCell::new(Vec::new()));
        for job_description in job_descriptions {
            let answers = answers.clone();
            extractor.read_rubric(
                job_description,
                Callback::from(move |answer: Result<shortlist_core::rubric::Rubric, String>| {
                    let texts =
                        answer.map(|rubric| rubric.requirements.into_iter().map(|item| item.text).collect());
                    answers.borrow_mut().push(texts);
                }),
            );
        }
        for _ in 0..600 {
            if answers.borrow().len() == job_descriptions.len() {
                break;
            }
            yew::platform::time::sleep(Duration::from_millis(50)).await;
        }
        let answers = answers.borrow().clone();
        assert_eq!(answers.len(), job_descriptions.len(), "{answers:?}");
        answers
    }

    // See: #16
    #[wasm_bindgen_test]
    async fn the_analysis_workers_read_a_rubric_and_a_crash_costs_one_job() {
        let extractor = Extractor::with_workers(&worker_url(), &analysis_url(), 2);
        let answers = read_rubrics(&extractor, &["Requirements:\n- Rust\n- PostgreSQL"]).await;
        let texts = answers[0].clone().unwrap();
        assert!(texts.contains(&"Rust".to_owned()) && texts.contains(&"PostgreSQL".to_owned()), "{texts:?}");

        // A worker that dies on a job fails that job alone, and a new one,
        // once ready, takes the next: here the pool of one is given the
        // extraction worker, which holds no analyser and dies on any
        // analysis request, so both jobs fail as crashes, neither unanswered.
        let crashing = Extractor::with_workers(&worker_url(), &worker_url(), 1);
        let answers = read_rubrics(&crashing, &["Requirements:\n- Rust", "Requirements:\n- Go"]).await;
        for answer in answers {
            let message = answer.unwrap_err();
            assert!(message.contains("the parser failed on this job description"), "{message}");
        }
    }
}
