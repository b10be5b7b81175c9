use shortlist_core::session::ResultRecord;
use yew::prelude::*;

use crate::components::results::{decision_class, decision_label};
use crate::results_view::SortKey;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The candidates, by name, in the order they were ticked.
    pub candidates: Vec<(AttrValue, ResultRecord)>,
}

/// Two or three candidates side by side: a column each.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let candidates = &props.candidates;
    html! {
        <section id="compare" class="compare" aria-labelledby="compare-heading">
            <h3 id="compare-heading">{ format!("Comparing {} candidates", candidates.len()) }</h3>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <td></td>
                            for (name, _) in candidates.iter() { <th scope="col">{ name }</th> }
                        </tr>
                    </thead>
                    <tbody>
                        for key in SortKey::ALL {
                            <tr>
                                <th scope="row">{ key.label() }</th>
                                for (_, result) in candidates.iter() {
                                    <td class="num">{ key.score(&result.analysis) }</td>
                                }
                            </tr>
                        }
                        <tr>
                            <th scope="row">{ "Decision" }</th>
                            for (_, result) in candidates.iter() {
                                <td>
                                    <span class={classes!("decision", decision_class(result.analysis.recommendations.decision))}>
                                        { decision_label(result.analysis.recommendations.decision) }
                                    </span>
                                </td>
                            }
                        </tr>
                        <tr>
                            <th scope="row">{ "Matched" }</th>
                            for (_, result) in candidates.iter() {
                                <td>{ list(result.analysis.matched_requirements.iter().map(|item| item.requirement.as_str())) }</td>
                            }
                        </tr>
                        <tr>
                            <th scope="row">{ "Missing" }</th>
                            for (_, result) in candidates.iter() {
                                <td>{ list(result.analysis.missing_requirements.iter().map(|item| item.requirement.as_str())) }</td>
                            }
                        </tr>
                        <tr>
                            <th scope="row">{ "Concerns" }</th>
                            for (_, result) in candidates.iter() {
                                <td>{ list(result.analysis.concerns.iter().map(String::as_str)) }</td>
                            }
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> Html {
    let items: Vec<&str> = items.collect();
    if items.is_empty() {
        return html! { { "None" } };
    }
    html! {
        <ul>
            for item in items { <li>{ item }</li> }
        </ul>
    }
}
