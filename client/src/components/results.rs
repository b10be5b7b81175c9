use shortlist_core::Analysis;
use shortlist_core::analysis::Decision;
use shortlist_core::session::{ResultRecord, total_usage};
use shortlist_core::verdict::Verdict;
use yew::prelude::*;

use crate::components::{Compare, Detail};
use crate::results_view::{Column, ResultsView, RowKey, SortKey, ViewAction};
use crate::state::{Resume, RunStatus};
use crate::words::{plural, usage_text};

/// One resume in the results table.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    pub resume: Resume,
    /// Issue #19: the candidate's name as read from the resume, kept in the tab.
    pub candidate: Option<String>,
    pub result: Option<ResultRecord>,
    /// Its status in the latest run, if it was in it.
    pub status: Option<RunStatus>,
    /// Issue #12: its result was judged by another rubric than the batch's.
    pub out_of_date: bool,
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// Every resume with text, in the batch's order.
    pub rows: Vec<ResultRow>,
    pub on_export_csv: Callback<()>,
    pub on_export_json: Callback<()>,
}

/// The results: a sortable table, one resume's detail, a comparison of two
/// or three candidates, and the exports.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let view = use_reducer(ResultsView::default);
    if !props.rows.iter().any(|row| row.result.is_some() || row.status.is_some()) {
        return Html::default();
    }
    let keys: Vec<RowKey<'_>> = props
        .rows
        .iter()
        .map(|row| RowKey {
            analysis: row.result.as_ref().map(|result| &result.analysis),
            name: row.shown_name(),
        })
        .collect();
    let order = view.order(&keys);
    let sort =
        |key: Column| view.dispatcher().to_callback().reform(move |_: MouseEvent| ViewAction::Sort(key));
    let usage = total_usage(props.rows.iter().filter_map(|row| row.result.as_ref()));
    let open = |id: u32| view.dispatcher().to_callback().reform(move |_: MouseEvent| ViewAction::Open(id));
    let open_on_enter = |id: u32| {
        let dispatcher = view.dispatcher();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                dispatcher.dispatch(ViewAction::Open(id));
            }
        })
    };
    let toggle =
        |id: u32| view.dispatcher().to_callback().reform(move |_: Event| ViewAction::ToggleCompare(id));
    let analysed = props.rows.iter().filter(|row| row.result.is_some()).count();
    let out_of_date = props.rows.iter().filter(|row| row.out_of_date).count();
    let compared: Vec<(AttrValue, ResultRecord)> = view
        .compare
        .iter()
        .filter_map(|id| props.rows.iter().find(|row| row.resume.id == *id))
        .filter_map(|row| row.result.clone().map(|result| (AttrValue::from(row.label()), result)))
        .collect();
    let detail = view.open.and_then(|id| props.rows.iter().find(|row| row.resume.id == id)).and_then(|row| {
        row.result.clone().map(|result| {
            (
                row.shown_name().to_owned(),
                row.candidate.as_ref().map(|_| AttrValue::from(row.resume.name.clone())),
                result,
                row.resume.text().unwrap_or_default().to_owned(),
                row.out_of_date,
            )
        })
    });
    let on_close = view.dispatcher().to_callback().reform(|()| ViewAction::Close);

    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ "Results" }</h2>
            <p class="advice">
                { "Scores advise; you decide. Sort by a column; open a resume (or press Enter on its row) to see why; tick two or three to compare." }
            </p>
            <div class="exports">
                <button id="export-csv" type="button" disabled={analysed == 0}
                    onclick={props.on_export_csv.reform(|_| ())}>{ "Export CSV" }</button>
                <button id="export-json" type="button" disabled={analysed == 0}
                    onclick={props.on_export_json.reform(|_| ())}>{ "Export JSON" }</button>
                <button id="print" type="button" onclick={Callback::from(|_| print())}>{ "Print" }</button>
            </div>
            if let Some(usage) = usage {
                <p class="batch-usage">{ format!("This batch: {}.", usage_text(&usage)) }</p>
            }
            <div class="table-wrap">
                <table class="ranking">
                    <caption>
                        { format!("{analysed} of {} analysed", plural(props.rows.len(), "resume", "resumes")) }
                        if out_of_date > 0 {
                            <span class="out-of-date">
                                { format!(" · {out_of_date} out of date: the requirements changed since; analyse again") }
                            </span>
                        }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col" class="rank">{ "#" }</th>
                            <th scope="col" class="candidate" aria-sort={view.aria_sort(Column::Name)}>
                                <button type="button" class="sort" onclick={sort(Column::Name)}>
                                    { "Candidate" }
                                    <span aria-hidden="true" class="arrow">{ arrow(view.aria_sort(Column::Name)) }</span>
                                </button>
                            </th>
                            for key in SortKey::ALL {
                                <th scope="col" class="num" aria-sort={view.aria_sort(Column::Score(key))}>
                                    <button type="button" class="sort" onclick={sort(Column::Score(key))}>
                                        { key.label() }
                                        <span aria-hidden="true" class="arrow">{ arrow(view.aria_sort(Column::Score(key))) }</span>
                                    </button>
                                </th>
                            }
                            <th scope="col" class="num met" title="Requirements met, of those judged">{ "Met" }</th>
                            <th scope="col">{ "Decision" }</th>
                            <th scope="col">{ "Status" }</th>
                            <th scope="col" class="pick">{ "Compare" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for (position, index) in order.iter().enumerate() {
                            { row(&props.rows[*index], position, &view, open(props.rows[*index].resume.id), open_on_enter(props.rows[*index].resume.id), toggle(props.rows[*index].resume.id)) }
                        }
                    </tbody>
                </table>
            </div>
            if compared.len() >= 2 {
                <Compare candidates={compared} />
            } else if !view.compare.is_empty() {
                <p class="compare-hint">{ "Tick one or two more to compare side by side." }</p>
            }
            if let Some((name, file, result, text, out_of_date)) = detail {
                <Detail name={AttrValue::from(name)} {file} {result} text={AttrValue::from(text)} {out_of_date} {on_close} />
            }
        </section>
    }
}

fn row(
    row: &ResultRow,
    position: usize,
    view: &ResultsView,
    on_open: Callback<MouseEvent>,
    on_key: Callback<KeyboardEvent>,
    on_toggle: Callback<Event>,
) -> Html {
    let name = row.shown_name();
    // What screen readers hear: the name and, when it was read, the file too.
    let label = row.label();
    let file = row.candidate.as_ref().map(|_| html! { <span class="file">{ &row.resume.name }</span> });
    let Some(result) = &row.result else {
        return html! {
            <tr key={row.resume.id} class="pending">
                <td class="rank"></td>
                <th scope="row" class="name"><span class="candidate">{ name }</span>{ file }</th>
                for _ in SortKey::ALL { <td class="num">{ "—" }</td> }
                <td class="num met">{ "—" }</td>
                <td></td>
                <td class="status">{ status_text(row.status.as_ref()) }</td>
                <td class="pick"></td>
            </tr>
        };
    };
    let analysis = &result.analysis;
    let decision = analysis.recommendations.decision;
    let chosen = view.compare.contains(&row.resume.id);
    let (met, judged) = met_count(analysis);
    let full = view.compare.len() >= crate::results_view::MAX_COMPARE && !chosen;
    html! {
        <tr key={row.resume.id} class={classes!("analysed", (view.open == Some(row.resume.id)).then_some("selected"))}
            tabindex="0" aria-label={format!("{label}: overall {}", analysis.overall_score)} onkeydown={on_key}>
            <td class="rank">{ position + 1 }</td>
            <th scope="row" class="name">
                <button type="button" class="open" onclick={on_open}>{ name }</button>{ file }
            </th>
            for key in SortKey::ALL {
                <td class={classes!("num", "score", column_class(key))}>
                    <meter min="0" max="100" low="50" high="75" optimum="100"
                        value={key.score(analysis).to_string()}
                        aria-label={format!("{} score of {label}", key.label())} />
                    <span class="value">{ key.score(analysis) }</span>
                </td>
            }
            <td class="num met" aria-label={format!("{met} of {} met by {label}", plural(judged, "requirement", "requirements"))}>
                { format!("{met} of {judged}") }
            </td>
            <td><span class={classes!("decision", decision_class(decision))}>{ decision_label(decision) }</span></td>
            if row.out_of_date && !matches!(row.status, Some(RunStatus::Queued | RunStatus::Analyzing)) {
                <td class="status out-of-date" title="The requirements changed since this resume was analysed">
                    { "Out of date" }
                </td>
            } else {
                <td class="status">{ status_text(row.status.as_ref().or(Some(&RunStatus::Done))) }</td>
            }
            <td class="pick">
                <input type="checkbox" checked={chosen} disabled={full}
                    aria-label={format!("Compare {label}")} onchange={on_toggle} />
            </td>
        </tr>
    }
}

/// (met, judged): the requirements the analysis judged met (partly met and
/// unverified ones not counted), of all it judged.
pub fn met_count(analysis: &Analysis) -> (usize, usize) {
    let met = analysis
        .matched_requirements
        .iter()
        .filter(|item| matches!(item.verdict, None | Some(Verdict::Met)) && item.grounded != Some(false))
        .count();
    (met, analysis.matched_requirements.len() + analysis.missing_requirements.len())
}

impl ResultRow {
    /// The candidate's name, else the file's.
    pub fn shown_name(&self) -> &str {
        self.candidate.as_deref().unwrap_or(&self.resume.name)
    }

    /// The candidate's name with the file's, "Ada Lovelace (cv.pdf)", so
    /// two resumes of one name are told apart; else the file's name.
    pub fn label(&self) -> String {
        match &self.candidate {
            Some(candidate) => format!("{candidate} ({})", self.resume.name),
            None => self.resume.name.clone(),
        }
    }
}

fn column_class(key: SortKey) -> &'static str {
    match key {
        SortKey::Overall => "overall",
        SortKey::Skills => "skills",
        SortKey::Experience => "experience",
        SortKey::Education => "education",
        SortKey::MustHaves => "must-haves",
    }
}

fn arrow(aria_sort: &str) -> &'static str {
    match aria_sort {
        "descending" => "▼",
        "ascending" => "▲",
        _ => "",
    }
}

fn status_text(status: Option<&RunStatus>) -> &'static str {
    match status {
        None => "Not analysed",
        Some(RunStatus::Queued) => "Queued",
        Some(RunStatus::Analyzing) => "Analysing…",
        Some(RunStatus::Done) => "Analysed",
        Some(RunStatus::Failed(_)) => "Failed",
        Some(RunStatus::Cancelled) => "Cancelled",
    }
}

fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

pub fn decision_label(decision: Decision) -> &'static str {
    match decision {
        Decision::Interview => "Interview",
        Decision::Consider => "Consider",
        Decision::Decline => "Decline",
    }
}

pub fn decision_class(decision: Decision) -> &'static str {
    match decision {
        Decision::Interview => "interview",
        Decision::Consider => "consider",
        Decision::Decline => "decline",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use shortlist_core::local::{self, YearMonth};

    #[test]
    fn only_requirements_met_with_a_found_quote_count_as_met() {
        let job = "Requirements:\n- Rust\n- PostgreSQL\nNice to have:\n- Kubernetes";
        let mut analysis = local::analyze(
            job,
            "Ana Silva\nBackend engineer, 2019 - present: Rust and PostgreSQL.",
            YearMonth::new(2026, 1),
        );
        assert_eq!(met_count(&analysis), (2, 3));
        analysis.matched_requirements[0].grounded = Some(false);
        assert_eq!(met_count(&analysis), (1, 3), "an unverified quote is not counted");
        analysis.matched_requirements[1].verdict = Some(Verdict::PartlyMet);
        assert_eq!(met_count(&analysis), (0, 3));
    }

    fn row(
        id: u32,
        file: &str,
        candidate: Option<&str>,
        usage: Option<shortlist_core::analyze_api::Usage>,
    ) -> ResultRow {
        let text = format!("{}\nBackend engineer: Rust.", candidate.unwrap_or("notes"));
        let analysis = local::analyze("Requirements:\n- Rust", &text, YearMonth::new(2026, 1));
        ResultRow {
            resume: Resume { id, name: file.to_owned(), size: 10, result: None },
            candidate: candidate.map(str::to_owned),
            result: Some(ResultRecord {
                resume_id: id,
                analysis,
                analyzer: shortlist_core::analyze_api::Analyzer::Llm,
                model: "vendor/model-a".into(),
                finished_at: 1,
                egress: None,
                rubric_fingerprint: None,
                usage,
            }),
            status: None,
            out_of_date: false,
        }
    }

    // See: #19
    #[tokio::test]
    async fn each_row_names_the_candidate_over_the_file_and_the_batch_says_what_it_cost() {
        let usage = |cost| shortlist_core::analyze_api::Usage {
            prompt_tokens: 800,
            completion_tokens: 200,
            total_tokens: 1000,
            cost,
        };
        let rows = vec![
            row(1, "cv-7.pdf", Some("Ada Lovelace"), Some(usage(Some(0.25)))),
            row(2, "notes.txt", None, Some(usage(None))),
        ];
        assert_eq!(rows[0].label(), "Ada Lovelace (cv-7.pdf)");
        assert_eq!(rows[1].label(), "notes.txt");
        let props = ResultsProps { rows, on_export_csv: Callback::noop(), on_export_json: Callback::noop() };
        let html = yew::LocalServerRenderer::<Results>::with_props(props).hydratable(false).render().await;
        for expected in [
            r#"<p class="batch-usage">This batch: 2,000 tokens · cost $0.25.</p>"#,
            r#"<button type="button" class="open">Ada Lovelace</button><span class="file">cv-7.pdf</span>"#,
            r#"<button type="button" class="open">notes.txt</button></th>"#,
            r#"aria-label="Compare Ada Lovelace (cv-7.pdf)""#,
            "2 of 2 resumes analysed",
        ] {
            assert!(html.contains(expected), "{expected}\n in {html}");
        }
    }
}
