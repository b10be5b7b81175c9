//! Set wording that both the JD parser and the resume reader understand:
//! the level and fields of a degree ("Bachelor's degree", "B.Tech", "M.Ed."),
//! and "N years" with what they are of ("5 years as a Programmer", "3+ years
//! of experience with Python"). `requirements` reads them as what a job
//! asks, `matching` as what a resume states; neither reaches into the other.

mod degrees;
mod tables;
mod years;

pub use degrees::{DegreeLevel, degree_level, implied_fields};
pub use years::{YearPhrase, has_years, role_after, year_phrases};
