use shortlist_core::analysis::{Importance, RequirementKind};
use shortlist_core::rubric::{MAX_WEIGHT, MIN_WEIGHT, Rubric, RubricItem};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RubricEditorProps {
    /// The batch's rubric, as the recruiter left it; `None` before one is read.
    pub rubric: Option<Rubric>,
    /// The recruiter changed it: typing the job description no longer does.
    pub edited: bool,
    /// The job description is being read.
    #[prop_or_default]
    pub reading: bool,
    /// Why the rubric as edited cannot be used yet (`Rubric::check`).
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// One line about the latest reading: who read it, or why it failed.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The server has a model that can read the job description.
    #[prop_or_default]
    pub can_read_with_model: bool,
    /// The model is reading it.
    #[prop_or_default]
    pub reading_with_model: bool,
    /// The rubric after one edit.
    pub on_edit: Callback<Rubric>,
    /// "Read again from the job description".
    pub on_read_again: Callback<()>,
    /// "Read with the model".
    #[prop_or_default]
    pub on_read_with_model: Callback<()>,
}

/// Issue #12: the requirements every resume of the batch is judged against,
/// as read from the job description, for the recruiter to check and edit:
/// each item's text, required or preferred, weight and removal; new items;
/// and what was left out, with why. A text is taken when it is committed
/// (Enter, or leaving the field), so a half-typed word is never guarded or
/// judged.
#[component]
pub fn RubricEditor(props: &RubricEditorProps) -> Html {
    let new_text = use_node_ref();
    let new_kind = use_node_ref();
    if props.rubric.is_none() && !props.reading && props.note.is_none() {
        return Html::default();
    }
    let rubric = props.rubric.clone().unwrap_or_default();
    let on_add = {
        let rubric = rubric.clone();
        let on_edit = props.on_edit.clone();
        let (new_text, new_kind) = (new_text.clone(), new_kind.clone());
        Callback::from(move |()| {
            let Some(input) = new_text.cast::<HtmlInputElement>() else { return };
            let text = input.value();
            if text.trim().is_empty() {
                let _ = input.focus();
                return;
            }
            let kind = new_kind
                .cast::<HtmlSelectElement>()
                .and_then(|select| kind_from(&select.value()))
                .unwrap_or(RequirementKind::Skill);
            let mut next = rubric.clone();
            next.requirements.push(RubricItem::new(next.next_id(), text.trim(), kind, Importance::Required));
            input.set_value("");
            on_edit.emit(next);
        })
    };
    let on_add_click = on_add.reform(|_: MouseEvent| ());
    let on_add_key = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            on_add.emit(());
        }
    });
    html! {
        <section class="rubric" aria-labelledby="rubric-heading">
            <h2 id="rubric-heading">{ "Requirements" }</h2>
            <p class="hint">
                { "Every resume is judged against this list. Change a requirement, make it preferred, weigh it, remove it or add one; \
                   until you do, it follows the job description as you type." }
            </p>
            if props.reading {
                <p class="reading" role="status">{ "Reading the requirements from the job description…" }</p>
            }
            if let Some(problem) = &props.problem {
                <p class="problem" role="alert">{ problem }</p>
            }
            if let Some(note) = &props.note {
                <p class="note" role="status">{ note }</p>
            }
            if rubric.requirements.is_empty() && !props.reading {
                <p class="empty">{ "No requirements yet: add the ones that matter." }</p>
            }
            <ol class="rubric-items">
                for item in rubric.requirements.iter() {
                    { item_row(&rubric, item, &props.on_edit) }
                }
            </ol>
            <div class="add-requirement">
                <input type="text" id="new-requirement" ref={new_text} aria-label="New requirement"
                    placeholder="A requirement, e.g. Terraform" onkeydown={on_add_key} />
                <select id="new-requirement-kind" ref={new_kind} aria-label="Kind of the new requirement">
                    for kind in KINDS {
                        <option value={kind_code(kind)} selected={kind == RequirementKind::Skill}>{ kind_label(kind) }</option>
                    }
                </select>
                <button type="button" id="add-requirement" onclick={on_add_click}>{ "Add requirement" }</button>
            </div>
            if !rubric.left_out.is_empty() {
                <ul class="left-out" aria-label="Left out">
                    for left in rubric.left_out.iter() {
                        <li>{ format!("Left out: {} — {}", left.text, left.reason) }</li>
                    }
                </ul>
            }
            <div class="rubric-actions">
                if props.edited {
                    <button type="button" id="read-again" onclick={props.on_read_again.reform(|_| ())}>
                        { "Read again from the job description" }
                    </button>
                }
                if props.can_read_with_model {
                    <button type="button" id="read-with-model" disabled={props.reading_with_model}
                        onclick={props.on_read_with_model.reform(|_| ())}>
                        { if props.reading_with_model { "Reading with the model…" } else { "Read with the model" } }
                    </button>
                }
            </div>
        </section>
    }
}

/// One requirement: its id, text, importance, weight, kind, alternatives
/// and Remove.
fn item_row(rubric: &Rubric, item: &RubricItem, on_edit: &Callback<Rubric>) -> Html {
    let id = item.id.clone();
    let edit = |change: fn(&mut RubricItem, &str)| {
        let rubric = rubric.clone();
        let id = id.clone();
        let on_edit = on_edit.clone();
        move |value: String| {
            let mut next = rubric.clone();
            if let Some(item) = next.requirements.iter_mut().find(|item| item.id == id) {
                let before = item.clone();
                change(item, &value);
                if *item != before {
                    on_edit.emit(next);
                }
            }
        }
    };
    let on_text = Callback::from(edit(|item, value| item.text = value.to_owned()))
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().value());
    let on_importance = Callback::from(edit(|item, value| {
        item.importance = if value == "preferred" { Importance::Preferred } else { Importance::Required };
    }))
    .reform(select_value);
    let on_weight = Callback::from(edit(|item, value| {
        if let Ok(weight) = value.parse() {
            item.weight = weight;
        }
    }))
    .reform(select_value);
    let on_remove = {
        let rubric = rubric.clone();
        let id = id.clone();
        on_edit.reform(move |_: MouseEvent| {
            let mut next = rubric.clone();
            next.requirements.retain(|item| item.id != id);
            next
        })
    };
    let required = item.importance == Importance::Required;
    html! {
        <li key={item.id.clone()} class={classes!("item", (!required).then_some("preferred"))}>
            <span class="id" aria-hidden="true">{ &item.id }</span>
            <input type="text" class="text" aria-label={format!("Requirement {id}")}
                value={item.text.clone()} onchange={on_text} />
            <select class="importance" aria-label={format!("Importance of requirement {id}")} onchange={on_importance}>
                <option value="required" selected={required}>{ "Required" }</option>
                <option value="preferred" selected={!required}>{ "Preferred" }</option>
            </select>
            <select class="weight" aria-label={format!("Weight of requirement {id}")} onchange={on_weight}>
                for weight in MIN_WEIGHT..=MAX_WEIGHT {
                    <option value={weight.to_string()} selected={item.weight == weight}>{ weight_label(weight) }</option>
                }
            </select>
            <span class="kind">{ kind_label(item.kind) }</span>
            <button type="button" class="remove" aria-label={format!("Remove requirement {id}")} onclick={on_remove}>
                { "Remove" }
            </button>
            if !item.alternatives.is_empty() {
                <p class="alternatives">{ format!("Also met by: {}", item.alternatives.join(", ")) }</p>
            }
        </li>
    }
}

fn select_value(event: Event) -> String {
    event.target_unchecked_into::<HtmlSelectElement>().value()
}

fn weight_label(weight: u8) -> String {
    match weight {
        1 => "Weight 1 (minor)".to_owned(),
        2 => "Weight 2 (ordinary)".to_owned(),
        3 => "Weight 3 (key)".to_owned(),
        other => format!("Weight {other}"),
    }
}

const KINDS: [RequirementKind; 6] = [
    RequirementKind::Skill,
    RequirementKind::Experience,
    RequirementKind::Education,
    RequirementKind::Certification,
    RequirementKind::Language,
    RequirementKind::Other,
];

pub fn kind_label(kind: RequirementKind) -> &'static str {
    match kind {
        RequirementKind::Skill => "Skill",
        RequirementKind::Experience => "Experience",
        RequirementKind::Education => "Education",
        RequirementKind::Certification => "Certification",
        RequirementKind::Language => "Language",
        RequirementKind::Other => "Other",
    }
}

fn kind_code(kind: RequirementKind) -> &'static str {
    match kind {
        RequirementKind::Skill => "skill",
        RequirementKind::Experience => "experience",
        RequirementKind::Education => "education",
        RequirementKind::Certification => "certification",
        RequirementKind::Language => "language",
        RequirementKind::Other => "other",
    }
}

fn kind_from(code: &str) -> Option<RequirementKind> {
    KINDS.into_iter().find(|kind| kind_code(*kind) == code)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    async fn render(props: RubricEditorProps) -> String {
        yew::LocalServerRenderer::<RubricEditor>::with_props(props).hydratable(false).render().await
    }

    fn props(rubric: Option<Rubric>) -> RubricEditorProps {
        RubricEditorProps {
            rubric,
            edited: false,
            reading: false,
            problem: None,
            note: None,
            can_read_with_model: false,
            reading_with_model: false,
            on_edit: Callback::noop(),
            on_read_again: Callback::noop(),
            on_read_with_model: Callback::noop(),
        }
    }

    #[tokio::test]
    async fn every_control_is_named_and_what_was_left_out_says_why() {
        let job = "Requirements:\n- JavaScript\n- Age: 25-35\nNice to have:\n- Kubernetes";
        let mut rubric = shortlist_core::local::rubric(job);
        rubric.requirements[0].alternatives = vec!["Angular".into(), "React".into(), "Node.js".into()];
        let html = render(props(Some(rubric.clone()))).await;
        for item in &rubric.requirements {
            for name in
                ["Requirement", "Importance of requirement", "Weight of requirement", "Remove requirement"]
            {
                assert!(
                    html.contains(&format!("aria-label=\"{name} {}\"", item.id)),
                    "{name} {}: {html}",
                    item.id
                );
            }
        }
        assert!(html.contains("Also met by: Angular, React, Node.js"), "{html}");
        assert!(html.contains("Left out: Age — about age, a protected characteristic"), "{html}");
        for name in ["New requirement", "Kind of the new requirement"] {
            assert!(html.contains(&format!("aria-label=\"{name}\"")), "{html}");
        }
        assert!(html.contains(">Add requirement</button>"), "{html}");
        assert!(!html.contains("Read again from the job description"), "not edited: {html}");
        assert!(!html.contains("Read with the model"), "no model: {html}");

        let edited = RubricEditorProps { edited: true, can_read_with_model: true, ..props(Some(rubric)) };
        let html = render(edited).await;
        assert!(html.contains("Read again from the job description"), "{html}");
        assert!(html.contains("Read with the model"), "{html}");
    }

    #[tokio::test]
    async fn nothing_shows_before_a_job_description_is_read() {
        assert_eq!(render(props(None)).await, "");
        let reading = render(RubricEditorProps { reading: true, ..props(None) }).await;
        assert!(reading.contains("Reading the requirements from the job description…"), "{reading}");
    }
}
