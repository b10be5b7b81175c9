use shortlist_core::Limits;
use shortlist_core::admit::ACCEPT;
use shortlist_core::size::human;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResumePickerProps {
    pub limits: Limits,
    pub on_choose: Callback<Vec<File>>,
}

/// The file input labelled "Resumes", inside a zone that also takes drops.
#[component]
pub fn ResumePicker(props: &ResumePickerProps) -> Html {
    let dragging = use_state(|| false);

    let on_change = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            on_choose.emit(chosen_files(input.files()));
            // Let the same file be chosen again after it was removed.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let on_choose = props.on_choose.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            on_choose.emit(chosen_files(event.data_transfer().and_then(|transfer| transfer.files())));
        })
    };

    let limits = props.limits;
    html! {
        <section
            class={classes!("drop-zone", dragging.then_some("dragging"))}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <label for="resumes">{ "Resumes" }</label>
            <input id="resumes" type="file" multiple=true accept={ACCEPT} onchange={on_change} />
            <p class="hint">
                { format!(
                    "Drop PDF, DOCX or TXT files (or scans as PNG or JPEG) here, or choose them: up to {} resumes, {} each, {} in all.",
                    limits.max_resumes,
                    human(limits.max_file_bytes),
                    human(limits.max_batch_bytes),
                ) }
            </p>
        </section>
    }
}

fn chosen_files(files: Option<FileList>) -> Vec<File> {
    let Some(files) = files else { return Vec::new() };
    (0..files.length()).filter_map(|index| files.item(index)).collect()
}
