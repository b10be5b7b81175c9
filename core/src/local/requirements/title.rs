//! The posting's own title as the work it asks for: "Estates Maintenance
//! Electrician" over a posting whose list is thin or all duties still says
//! what a recruiter looks for first, a job doing that work. Read as
//! "experience as …", preferred (the list says what is required) unless the
//! list requires less than two things, and only when the title names a
//! role (`words::is_role_noun`): a first line that is the
//! employer's name asks nothing.

use crate::analysis::Importance;

use super::super::words::is_role_noun;
use super::years::held_role;
use super::{Need, Reqs, THIN_LIST};

/// The role a posting's title line names: "1561 - Senior Software Engineer"
/// gives "Senior Software Engineer", "Registered Mental Health Nurse (RMN)"
/// "Registered Mental Health Nurse", "Temporary Pharmacy Warehouse Operative
/// Band 2" "Temporary Pharmacy Warehouse Operative", "Chef - Care Home"
/// "Chef"; the first part between dashes or bars that holds a role noun, up
/// to its last one.
pub(super) fn title_role(line: &str) -> Option<String> {
    let mut plain = String::with_capacity(line.len());
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split([' ', '\t'])
        .collect::<Vec<_>>()
        .join(" ")
        .split(['–', '—', '|'])
        .flat_map(|part| part.split(" - "))
        .find_map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let last = words.iter().rposition(|word| is_role_noun(word))?;
            Some(words[..=last].join(" "))
        })
}

/// Adds the title's role as a preferred "experience as …", first, unless
/// the posting already asks for that role (with years or without, or as
/// the credential it is).
pub(super) fn title_item(line: &str, out: &mut Reqs) {
    let Some(role) = title_role(line) else { return };
    let mut found = Reqs::default();
    // A posting that requires less than two things of its own says in its
    // title what it requires first.
    let required = out.items.iter().filter(|item| item.importance == Importance::Required).count();
    // "Previous experience is essential" asks for the title's role.
    let importance = if required < THIN_LIST {
        Importance::Required
    } else {
        out.title_asked.unwrap_or(Importance::Preferred)
    };
    if !held_role(&format!("experience as {role}"), importance, &mut found) {
        return;
    }
    let Some(item) = found.items.pop() else { return };
    let Need::Months { subject: Some(subject), .. } = &item.need else { return };
    // Asked already: with years, or as a credential the title names
    // ("Registered Nurse" gives "Registered Nurse (RN)").
    let asked = out.items.iter().any(|other| match &other.need {
        Need::Months { subject: Some(other), .. } => other == subject,
        Need::Phrases(phrases) => subject.iter().all(|units| phrases.contains(units)),
        _ => false,
    });
    if !asked {
        out.items.insert(0, item);
    }
}

#[cfg(test)]
mod tests {
    use super::title_role;

    #[test]
    fn a_title_gives_the_role_it_names() {
        let role = |line: &str| title_role(line);
        assert_eq!(
            role("Estates Maintenance Electrician").as_deref(),
            Some("Estates Maintenance Electrician")
        );
        assert_eq!(role("1561 - Senior Software Engineer").as_deref(), Some("Senior Software Engineer"));
        assert_eq!(
            role("Registered Mental Health Nurse (RMN)").as_deref(),
            Some("Registered Mental Health Nurse")
        );
        assert_eq!(role("Chef  - Care Home").as_deref(), Some("Chef"));
        assert_eq!(role("IT Applications Developer - Band 6").as_deref(), Some("IT Applications Developer"));
        assert_eq!(role("Warehouse Operative Band 2").as_deref(), Some("Warehouse Operative"));
        assert_eq!(role("CATERING MANAGER – NEW HALL HOSPITAL").as_deref(), Some("CATERING MANAGER"));
        assert_eq!(role("TEACHER SECONDARY MUSIC .60").as_deref(), Some("TEACHER"));
        // The employer's name, a place: no role.
        assert_eq!(role("Health Education England"), None);
        assert_eq!(role("Uxbridge, UB8 3NN"), None);
    }
}
