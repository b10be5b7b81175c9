use shortlist_core::analysis::{Analysis, Decision, Importance};
use yew::prelude::*;

use crate::state::Resume;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// Best first.
    pub ranked: Vec<(Resume, Analysis)>,
}

/// The analysed resumes, best first, each with its reasons one click away.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    if props.ranked.is_empty() {
        return Html::default();
    }
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ "Results" }</h2>
            <p class="advice">{ "Scores advise; you decide. Open a resume to see why." }</p>
            <ol class="ranking">
                for (resume, analysis) in props.ranked.iter() {
                    <li key={resume.id}>
                        <details>
                            <summary>
                                <span class="name">{ &resume.name }</span>
                                <meter min="0" max="100" low="50" high="75" optimum="100"
                                    value={analysis.overall_score.to_string()}
                                    aria-label={format!("Overall score of {}", resume.name)} />
                                <span class="score">{ analysis.overall_score }</span>
                                <span class={classes!("decision", decision_class(analysis.recommendations.decision))}>
                                    { decision_label(analysis.recommendations.decision) }
                                </span>
                            </summary>
                            <Detail analysis={analysis.clone()} />
                        </details>
                    </li>
                }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    analysis: Analysis,
}

#[component]
fn Detail(props: &DetailProps) -> Html {
    let analysis = &props.analysis;
    let scores = analysis.component_scores;
    html! {
        <div class="detail">
            <p class="summary">{ &analysis.recommendations.summary }</p>
            <dl class="components">
                <dt>{ "Skills" }</dt><dd>{ scores.skills }</dd>
                <dt>{ "Experience" }</dt><dd>{ scores.experience }</dd>
                <dt>{ "Education" }</dt><dd>{ scores.education }</dd>
                <dt>{ "Must-haves" }</dt><dd>{ scores.must_haves }</dd>
            </dl>
            if !analysis.matched_requirements.is_empty() {
                <h3>{ "Matched" }</h3>
                <ul class="matched">
                    for item in analysis.matched_requirements.iter() {
                        <li><strong>{ &item.requirement }</strong>{ ": “" }{ &item.evidence }{ "”" }</li>
                    }
                </ul>
            }
            if !analysis.missing_requirements.is_empty() {
                <h3>{ "Missing" }</h3>
                <ul class="missing">
                    for item in analysis.missing_requirements.iter() {
                        <li>
                            { &item.requirement }
                            if item.importance == Importance::Required { <span class="required">{ " (required)" }</span> }
                        </li>
                    }
                </ul>
            }
            if !analysis.concerns.is_empty() {
                <h3>{ "Concerns" }</h3>
                <ul class="concerns">
                    for concern in analysis.concerns.iter() { <li>{ concern }</li> }
                </ul>
            }
            if !analysis.recommendations.interview_questions.is_empty() {
                <h3>{ "Questions to ask" }</h3>
                <ul class="questions">
                    for question in analysis.recommendations.interview_questions.iter() { <li>{ question }</li> }
                </ul>
            }
        </div>
    }
}

pub fn decision_label(decision: Decision) -> &'static str {
    match decision {
        Decision::Interview => "Interview",
        Decision::Consider => "Consider",
        Decision::Decline => "Decline",
    }
}

fn decision_class(decision: Decision) -> &'static str {
    match decision {
        Decision::Interview => "interview",
        Decision::Consider => "consider",
        Decision::Decline => "decline",
    }
}
