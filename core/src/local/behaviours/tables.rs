//! What shows a quality no resume names outright.

/// A quality a posting asks for, as the concept a requirement names it by or
/// the words it must hold all of ("fast pace" in "Work in a fast-paced
/// role", "part team" in "… as part of a team"; "Microsoft Teams" is none),
/// and words of a resume's line that show it done: "Communication"
/// by presenting, negotiating, training; "Attention to detail" by
/// reconciling, auditing, checking. Words are matched as stems, so one form
/// stands for its kin ("present" for "presented", "presentations").
#[rustfmt::skip]
pub(super) const SHOWN_BY: &[(&str, &[&str])] = &[
    ("Attention to detail", &["accuracy", "accurate", "audit", "checked", "compliance", "inspect", "proofread", "quality", "reconcile", "reconciliation", "review", "verify"]),
    ("Communication", &["correspondence", "liaise", "negotiate", "present", "presentation", "speaking", "teach", "train", "wrote"]),
    ("Customer service", &["client", "customer", "guest", "patient", "patron", "served"]),
    ("Interpersonal skills", &["client", "colleague", "customer", "guest", "mentor", "parent", "patient", "stakeholder", "student"]),
    ("Leadership", &["head", "led", "mentor", "supervise", "supervisor"]),
    ("Multitasking", &["concurrent", "multiple", "simultaneous"]),
    ("Organizational skills", &["coordinate", "deadline", "plan", "prioritise", "prioritize", "schedule"]),
    ("Problem solving", &["debug", "diagnose", "resolve", "solve", "troubleshoot"]),
    ("Teamwork", &["collaborate", "collaboration", "team"]),
    ("fast pace", &["busy", "deadline", "fast", "pressure", "volume"]),
    ("performance indicator", &["achieve", "exceed", "kpi", "quota", "target"]),
    ("part team", &["collaborate", "team"]),
];

#[cfg(test)]
mod tests {
    use super::SHOWN_BY;
    use crate::local::tables::assert_set;

    #[test]
    fn each_quality_and_its_words_are_listed_once() {
        let qualities: Vec<&str> = SHOWN_BY.iter().map(|(quality, _)| *quality).collect();
        assert_set("SHOWN_BY", &qualities);
        for (quality, words) in SHOWN_BY {
            assert_set(quality, words);
        }
    }
}
