use shortlist_core::analysis::{Importance, MatchedRequirement, MissingRequirement};
use shortlist_core::analyze_api::Analyzer;
use shortlist_core::session::ResultRecord;
use shortlist_core::verdict::Verdict;
use yew::prelude::*;

use crate::components::results::{decision_class, decision_label};
use crate::results_view::SortKey;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub name: AttrValue,
    /// Issue #19: the file's name, when `name` is the candidate's.
    #[prop_or_default]
    pub file: Option<AttrValue>,
    pub result: ResultRecord,
    /// The text that was analysed.
    pub text: AttrValue,
    /// Issue #12: judged by another rubric than the batch's.
    #[prop_or_default]
    pub out_of_date: bool,
    pub on_close: Callback<()>,
}

/// One resume's analysis in full: scores, what it meets and lacks, the
/// advice, and the text the analyser read.
#[component]
pub fn Detail(props: &DetailProps) -> Html {
    // Opening a resume's detail (a click, or Enter on its row) moves the
    // focus to it, so a keyboard or screen-reader user lands on what opened.
    let section = use_node_ref();
    {
        let section = section.clone();
        use_effect_with(props.result.resume_id, move |_| {
            if let Some(element) = section.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let analysis = &props.result.analysis;
    let decision = analysis.recommendations.decision;
    let analyzer = match props.result.analyzer {
        Analyzer::Llm => format!("Analysed by the language model {}.", props.result.model),
        Analyzer::Local => "Analysed by the built-in local analyser.".to_owned(),
    };
    html! {
        <section id="detail" class="detail" aria-labelledby="detail-heading" tabindex="-1" ref={section}>
            <div class="detail-head">
                <h3 id="detail-heading">{ &props.name }</h3>
                <button type="button" class="close" aria-label="Close the detail"
                    onclick={props.on_close.reform(|_| ())}>{ "Close" }</button>
            </div>
            if let Some(file) = &props.file {
                <p class="file">{ file }</p>
            }
            <p>
                <span class={classes!("decision", decision_class(decision))}>{ decision_label(decision) }</span>
                { " " }<span class="summary">{ &analysis.recommendations.summary }</span>
            </p>
            <dl class="components">
                for key in SortKey::ALL {
                    <dt>{ key.label() }</dt><dd>{ key.score(analysis) }</dd>
                }
            </dl>
            <p class="analyser">{ analyzer }</p>
            if let Some(usage) = &props.result.usage {
                <p class="usage">{ format!("This analysis: {}.", crate::words::usage_text(usage)) }</p>
            }
            if props.out_of_date {
                <p class="out-of-date" role="status">{ "Out of date — the rubric changed; analyse again." }</p>
            }
            <h4>{ "Matched requirements" }</h4>
            if analysis.matched_requirements.is_empty() {
                <p class="none">{ "None." }</p>
            } else {
                <ul class="matched">
                    for item in analysis.matched_requirements.iter() { { matched(item) } }
                </ul>
            }
            <h4>{ "Missing requirements" }</h4>
            if analysis.missing_requirements.is_empty() {
                <p class="none">{ "None." }</p>
            } else {
                <ul class="missing">
                    for item in analysis.missing_requirements.iter() { { missing(item) } }
                </ul>
            }
            if !analysis.concerns.is_empty() {
                <h4>{ "Concerns" }</h4>
                <ul class="concerns">
                    for concern in analysis.concerns.iter() { <li>{ concern }</li> }
                </ul>
            }
            if !analysis.recommendations.interview_questions.is_empty() {
                <h4>{ "Questions to ask" }</h4>
                <ul class="questions">
                    for question in analysis.recommendations.interview_questions.iter() { <li>{ question }</li> }
                </ul>
            }
            <details class="analysed-text">
                <summary>{ "The text that was analysed" }</summary>
                <pre>{ &props.text }</pre>
            </details>
        </section>
    }
}

/// A requirement met or partly met: its verdict (when the analyser judged
/// it against the rubric), the quote, and "unverified" when a met item's
/// quote is not in the text that was sent.
fn matched(item: &MatchedRequirement) -> Html {
    let unverified = item.grounded == Some(false) && matches!(item.verdict, None | Some(Verdict::Met));
    html! {
        <li class={classes!(unverified.then_some("unverified"))}>
            <strong>{ &item.requirement }</strong>
            if item.requirement_id.is_some() { { " " }{ verdict(item.verdict) } }
            if !item.evidence.is_empty() { { ": “" }{ &item.evidence }{ "”" } }
            if unverified {
                { " " }
                <span class="unverified-tag" title="The quote was not found in the text that was analysed">{ "unverified" }</span>
            }
        </li>
    }
}

/// A requirement not met, or not judged at all.
fn missing(item: &MissingRequirement) -> Html {
    html! {
        <li>
            { &item.requirement }
            if item.requirement_id.is_some() { { " " }{ verdict(item.verdict) } }
            if item.importance == Importance::Required { <span class="required">{ " (required)" }</span> }
        </li>
    }
}

fn verdict(verdict: Option<Verdict>) -> Html {
    let (label, class) = match verdict {
        Some(Verdict::Met) => ("Met", "met"),
        Some(Verdict::PartlyMet) => ("Partly met", "partly-met"),
        Some(Verdict::NotMet) => ("Not met", "not-met"),
        None => ("No verdict", "no-verdict"),
    };
    html! { <span class={classes!("verdict", class)}>{ label }</span> }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use shortlist_core::analysis::RequirementKind;
    use shortlist_core::local::{self, YearMonth};
    use shortlist_core::rubric::RubricItem;

    async fn render(result: ResultRecord, out_of_date: bool) -> String {
        let props = DetailProps {
            name: "ana.txt".into(),
            file: None,
            result,
            text: "text".into(),
            out_of_date,
            on_close: Callback::noop(),
        };
        yew::LocalServerRenderer::<Detail>::with_props(props).hydratable(false).render().await
    }

    fn result(analysis: shortlist_core::Analysis) -> ResultRecord {
        ResultRecord {
            resume_id: 1,
            analysis,
            analyzer: Analyzer::Local,
            model: "shortlist-local".into(),
            finished_at: 1,
            egress: None,
            rubric_fingerprint: None,
            usage: None,
        }
    }

    #[tokio::test]
    async fn each_requirement_shows_its_verdict_and_an_unfound_quote_is_unverified() {
        // See: #12.
        let job = "Requirements:\n- Rust\n- PostgreSQL\nNice to have:\n- Kubernetes";
        let mut rubric = local::rubric(job);
        rubric.requirements.push(RubricItem::new(
            "r9",
            "Docker",
            RequirementKind::Skill,
            Importance::Required,
        ));
        let resume = "Ana Silva\nBackend engineer, 2019 - present: Rust and PostgreSQL.";
        let mut analysis = local::judge(job, &rubric, resume, YearMonth::new(2026, 1));
        let html = render(result(analysis.clone()), false).await;
        assert!(html.contains(r#"<strong>Rust</strong> <span class="verdict met">Met</span>: “"#), "{html}");
        assert!(html.contains(r#"Docker <span class="verdict not-met">Not met</span>"#), "{html}");
        assert!(html.contains(r#"Kubernetes <span class="verdict not-met">Not met</span>"#), "{html}");
        assert!(!html.contains("unverified") && !html.contains("Out of date"), "{html}");

        // A met item whose quote is not in the text, and an item without a verdict.
        analysis.matched_requirements[0].grounded = Some(false);
        analysis.missing_requirements[0].verdict = None;
        let html = render(result(analysis), true).await;
        assert!(html.contains(r#"<li class="unverified"><strong>Rust</strong>"#), "{html}");
        assert!(html.contains(">unverified</span></li>"), "{html}");
        assert!(html.contains(r#"<span class="verdict no-verdict">No verdict</span>"#), "{html}");
        assert!(html.contains("Out of date — the rubric changed; analyse again."), "{html}");
    }

    #[tokio::test]
    async fn an_analysis_from_before_rubrics_reads_as_it_did() {
        let mut analysis = local::analyze("Requirements:\n- Rust", "Rust", YearMonth::new(2026, 1));
        for item in &mut analysis.matched_requirements {
            (item.requirement_id, item.verdict, item.grounded) = (None, None, None);
        }
        for item in &mut analysis.missing_requirements {
            (item.requirement_id, item.verdict) = (None, None);
        }
        let html = render(result(analysis), false).await;
        assert!(!html.contains("verdict"), "{html}");
    }

    // See: #19
    #[tokio::test]
    async fn a_model_run_shows_its_tokens_and_cost() {
        let analysis = local::analyze("Requirements:\n- Rust", "Rust", YearMonth::new(2026, 1));
        assert!(
            !render(result(analysis.clone()), false).await.contains("usage"),
            "the local analyser costs nothing"
        );
        let usage = shortlist_core::analyze_api::Usage {
            prompt_tokens: 1200,
            completion_tokens: 300,
            total_tokens: 1500,
            cost: Some(0.00042),
        };
        let html = render(ResultRecord { usage: Some(usage), ..result(analysis) }, false).await;
        assert!(
            html.contains(r#"<p class="usage">This analysis: 1,500 tokens · cost $0.00042.</p>"#),
            "{html}"
        );
    }
}
