//! How the recruiter is looking at the results: the table's order, the
//! resume whose detail is open, and the candidates chosen to compare. One
//! struct, one action enum, a pure reducer.

use std::rc::Rc;

use shortlist_core::Analysis;
use yew::Reducible;

/// At most this many candidates side by side.
pub const MAX_COMPARE: usize = 3;

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Overall,
    Skills,
    Experience,
    Education,
    MustHaves,
}

impl SortKey {
    pub const ALL: [Self; 5] =
        [Self::Overall, Self::Skills, Self::Experience, Self::Education, Self::MustHaves];

    pub const fn label(self) -> &'static str {
        match self {
            Self::Overall => "Overall",
            Self::Skills => "Skills",
            Self::Experience => "Experience",
            Self::Education => "Education",
            Self::MustHaves => "Must-haves",
        }
    }

    pub fn score(self, analysis: &Analysis) -> u8 {
        let scores = analysis.component_scores;
        match self {
            Self::Overall => analysis.overall_score,
            Self::Skills => scores.skills,
            Self::Experience => scores.experience,
            Self::Education => scores.education,
            Self::MustHaves => scores.must_haves,
        }
    }
}

/// What the table is sorted by: the candidate's name (issue #19) or a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Score(SortKey),
}

/// What [`ResultsView::order`] needs of a row.
#[derive(Debug, Clone, Copy)]
pub struct RowKey<'a> {
    pub analysis: Option<&'a Analysis>,
    /// The candidate's name as read from the resume, else the file name.
    pub name: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsView {
    pub sort: Column,
    pub descending: bool,
    /// The resume whose detail is shown.
    pub open: Option<u32>,
    /// Resumes ticked to compare, in the order they were ticked.
    pub compare: Vec<u32>,
}

impl Default for ResultsView {
    fn default() -> Self {
        Self { sort: Column::Score(SortKey::Overall), descending: true, open: None, compare: Vec::new() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewAction {
    /// A column header's sort button: a new score column sorts best first,
    /// the name column A to Z; the same column again reverses the order.
    Sort(Column),
    Open(u32),
    Close,
    /// Ticks or unticks a resume for comparison; a fourth is not taken.
    ToggleCompare(u32),
}

impl Reducible for ResultsView {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ViewAction::Sort(key) if key == next.sort => next.descending = !next.descending,
            ViewAction::Sort(key) => {
                next.sort = key;
                next.descending = key != Column::Name;
            }
            ViewAction::Open(id) => next.open = Some(id),
            ViewAction::Close => next.open = None,
            ViewAction::ToggleCompare(id) => {
                if next.compare.contains(&id) {
                    next.compare.retain(|chosen| *chosen != id);
                } else if next.compare.len() < MAX_COMPARE {
                    next.compare.push(id);
                }
            }
        }
        Rc::new(next)
    }
}

impl ResultsView {
    /// The order to show rows in, as indices into `rows`. By a score: rows
    /// with an analysis by that score (ties keep their order), then the rows
    /// without one, in their order. By name: every row, ignoring case.
    pub fn order(&self, rows: &[RowKey<'_>]) -> Vec<usize> {
        let key = match self.sort {
            Column::Score(key) => key,
            Column::Name => {
                let mut order: Vec<usize> = (0..rows.len()).collect();
                order.sort_by_cached_key(|index| rows[*index].name.to_lowercase());
                if self.descending {
                    order.reverse();
                }
                return order;
            }
        };
        let mut scored: Vec<(usize, u8)> = rows
            .iter()
            .enumerate()
            .filter_map(|(index, row)| row.analysis.map(|analysis| (index, key.score(analysis))))
            .collect();
        if self.descending {
            scored.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
        } else {
            scored.sort_by_key(|(_, score)| *score);
        }
        let unscored =
            rows.iter().enumerate().filter(|(_, row)| row.analysis.is_none()).map(|(index, _)| index);
        scored.into_iter().map(|(index, _)| index).chain(unscored).collect()
    }

    /// The `aria-sort` value of a column's header.
    pub fn aria_sort(&self, key: Column) -> &'static str {
        match (self.sort == key, self.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shortlist_core::analysis::{ComponentScores, Decision, Recommendations};

    fn analysis(overall: u8, skills: u8) -> Analysis {
        Analysis {
            overall_score: overall,
            component_scores: ComponentScores { skills, experience: 50, education: 50, must_haves: 50 },
            matched_requirements: Vec::new(),
            missing_requirements: Vec::new(),
            concerns: Vec::new(),
            recommendations: Recommendations {
                decision: Decision::Consider,
                summary: String::new(),
                interview_questions: Vec::new(),
            },
        }
    }

    fn apply(actions: Vec<ViewAction>) -> Rc<ResultsView> {
        actions.into_iter().fold(Rc::default(), |view, action| view.reduce(action))
    }

    #[test]
    fn rows_sort_by_the_chosen_column_and_unanalysed_ones_come_last() {
        let (a, b, c) = (analysis(60, 90), analysis(80, 10), analysis(60, 50));
        let rows = [Some(&a), None, Some(&b), Some(&c), None];
        let rows = rows.map(|analysis| RowKey { analysis, name: "" });
        let check = |actions: Vec<ViewAction>, expected: [usize; 5], aria: (SortKey, &str)| {
            let view = apply(actions);
            assert_eq!(view.order(&rows), expected, "{view:?}");
            assert_eq!(view.aria_sort(Column::Score(aria.0)), aria.1);
        };
        check(vec![], [2, 0, 3, 1, 4], (SortKey::Overall, "descending"));
        check(
            vec![ViewAction::Sort(Column::Score(SortKey::Overall))],
            [0, 3, 2, 1, 4],
            (SortKey::Overall, "ascending"),
        );
        check(
            vec![ViewAction::Sort(Column::Score(SortKey::Skills))],
            [0, 3, 2, 1, 4],
            (SortKey::Overall, "none"),
        );
        check(
            vec![
                ViewAction::Sort(Column::Score(SortKey::Skills)),
                ViewAction::Sort(Column::Score(SortKey::Skills)),
            ],
            [2, 3, 0, 1, 4],
            (SortKey::Skills, "ascending"),
        );
        check(
            vec![
                ViewAction::Sort(Column::Score(SortKey::Skills)),
                ViewAction::Sort(Column::Score(SortKey::MustHaves)),
            ],
            [0, 2, 3, 1, 4],
            (SortKey::MustHaves, "descending"),
        );
    }

    // See: #19
    #[test]
    fn rows_sort_by_the_candidates_name_a_to_z_then_z_to_a() {
        let a = analysis(60, 60);
        let names = ["bob.pdf", "Ada Lovelace", "carol.txt", "Grace Hopper"];
        let analyses = [Some(&a), None, Some(&a), Some(&a)];
        let rows: Vec<RowKey<'_>> =
            names.iter().zip(analyses).map(|(name, analysis)| RowKey { analysis, name }).collect();
        let view = apply(vec![ViewAction::Sort(Column::Name)]);
        assert_eq!(view.order(&rows), [1, 0, 2, 3]);
        assert_eq!(view.aria_sort(Column::Name), "ascending");
        assert_eq!(view.aria_sort(Column::Score(SortKey::Overall)), "none");
        let view = view.reduce(ViewAction::Sort(Column::Name));
        assert_eq!(view.order(&rows), [3, 2, 0, 1]);
        assert_eq!(view.aria_sort(Column::Name), "descending");
        // Back to a score: best first, the unanalysed row last.
        let view = view.reduce(ViewAction::Sort(Column::Score(SortKey::Overall)));
        assert_eq!(view.order(&rows), [0, 2, 3, 1]);
    }

    #[test]
    fn at_most_three_candidates_are_compared() {
        let view = apply((1..=4).map(ViewAction::ToggleCompare).collect());
        assert_eq!(view.compare, [1, 2, 3]);
        let view = view.reduce(ViewAction::ToggleCompare(2)).reduce(ViewAction::ToggleCompare(4));
        assert_eq!(view.compare, [1, 3, 4]);
    }

    #[test]
    fn one_detail_is_open_at_a_time() {
        let view = apply(vec![ViewAction::Open(3), ViewAction::Open(5)]);
        assert_eq!(view.open, Some(5));
        assert_eq!(view.reduce(ViewAction::Close).open, None);
    }
}
