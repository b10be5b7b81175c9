//! The app against the real DOM of headless Chromium (wasm-bindgen-test).
//! Run with `cargo test -p shortlist-client --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use shortlist_client::App;
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

/// Mounts a fresh App in its own element and returns that element.
fn mount() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

/// Lets Yew render what the last event scheduled.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn find<T: JsCast>(root: &Element, css: &str) -> T {
    root.query_selector(css).unwrap().unwrap_or_else(|| panic!("no {css}")).dyn_into::<T>().unwrap()
}

fn texts(root: &Element, css: &str) -> Vec<String> {
    let nodes = root.query_selector_all(css).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

fn file(name: &str, bytes: usize) -> File {
    let parts = js_sys::Array::of1(&"x".repeat(bytes).into());
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
    assert!(!analyze.disabled());

    type_job_description(&root, "   ");
    settle().await;
    assert!(analyze.disabled(), "a blank job description does not count");
}

#[wasm_bindgen_test]
async fn a_file_over_the_limit_is_refused_and_the_rest_of_the_choice_kept() {
    let root = mount();
    settle().await;
    choose(&root, &[file("big.txt", 3 * 1024 * 1024 + 1), file("ok.txt", 10), file("photo.png", 10)]);
    settle().await;
    assert_eq!(texts(&root, ".resume-list .name"), ["ok.txt"]);
    assert_eq!(
        texts(&root, ".refusals li"),
        [
            "big.txt was not added: it is 3 MB, and the limit is 3 MB a file",
            "photo.png was not added: only PDF, DOCX and TXT files are accepted",
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
    settle().await;
    find::<HtmlButtonElement>(&root, "button[aria-label='Remove a.txt']").click();
    settle().await;
    assert_eq!(texts(&root, ".resume-list .name"), ["b.txt"]);
}
