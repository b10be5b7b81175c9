//! The word tables of `statements`. Sets read by membership only, kept
//! sorted, without duplicates.

/// Where a role ends: "… as a Cook for …", "… as a Curator and a bare minimum …".
///
/// Order does not matter: the earliest of them in the text ends the role.
#[rustfmt::skip]
pub(super) const ROLE_ENDS: &[&str] = &[
    // keep sorted
    " (",
    " along ",
    " and a ",
    " and an ",
    " and at least",
    " are ",
    " at ",
    " before",
    " capacity",
    " emphasiz",
    " experience",
    " focus",
    " for ",
    " in a ",
    " in an ",
    " in any ",
    " in at least ",
    " in one ",
    " in production",
    " in the ",
    " is ",
    " minimum",
    " must",
    " necessary",
    " or equivalent",
    " or more",
    " position",
    " preferred",
    " prior",
    " required",
    " role",
    " specializ",
    " where ",
    " which",
    " who",
    " with ",
    " within ",
    ", ",
    "; ",
];

/// Words of a subject that name no particular one: "relevant experience",
/// "a similar role".
#[rustfmt::skip]
pub(super) const GENERIC_SUBJECT_WORDS: &[&str] = &[
    // keep sorted
    "applicable",
    "capacity",
    "comparable",
    "equivalent",
    "experience",
    "field",
    "fields",
    "following",
    "full",
    "full-time",
    "industry",
    "job",
    "jobs",
    "overall",
    "paid",
    "position",
    "positions",
    "professional",
    "related",
    "relevant",
    "role",
    "roles",
    "same",
    "similar",
    "such",
    "this",
    "time",
    "total",
    "work",
    "working",
];

/// Words before what years are of: "of professional experience with".
#[rustfmt::skip]
pub(super) const SUBJECT_LEADS: &[&str] = &[
    // keep sorted
    "combined",
    "demonstrated",
    "direct",
    "experience",
    "extensive",
    "hands-on",
    "industry",
    "of",
    "overall",
    "practical",
    "previous",
    "prior",
    "professional",
    "progressive",
    "proven",
    "recent",
    "related",
    "relevant",
    "significant",
    "solid",
    "substantial",
    "successful",
    "total",
    "varied",
    "work",
    "working",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tables::assert_set;

    #[test]
    fn statement_tables_hold_no_duplicates() {
        assert_set("ROLE_ENDS", ROLE_ENDS);
        assert_set("GENERIC_SUBJECT_WORDS", GENERIC_SUBJECT_WORDS);
        assert_set("SUBJECT_LEADS", SUBJECT_LEADS);
    }
}
