use super::*;

fn parsed(jd: &str) -> Vec<(String, RequirementKind, Importance)> {
    parse(jd).into_iter().map(|item| (item.name, item.kind, item.importance)).collect()
}

fn check(jd: &str, expected: &[(&str, RequirementKind, Importance)]) {
    let got = parsed(jd);
    let expected: Vec<(String, RequirementKind, Importance)> =
        expected.iter().map(|(name, kind, importance)| ((*name).to_owned(), *kind, *importance)).collect();
    assert_eq!(got, expected, "{jd}");
}

use Importance::{Preferred, Required};
use RequirementKind::{Certification, Education, Experience, Language, Skill};

#[test]
fn headings_mark_items_required_or_preferred() {
    check(
        "## Requirements\n- Strong Python\n- Time management skills\n\n## Nice to have\n- k8s\n- Attention to detail\n",
        &[
            ("Python", Skill, Required),
            ("Time management skills", Skill, Required),
            ("Kubernetes", Skill, Preferred),
            ("Attention to detail", Skill, Preferred),
        ],
    );
}

#[test]
fn wording_overrides_the_section() {
    check(
        "Qualifications:\n- Docker is a plus\n- You must know Rust\nBonus points:\n- Terraform experience is required\n",
        &[("Docker", Skill, Preferred), ("Rust", Skill, Required), ("Terraform experience", Skill, Required)],
    );
}

#[test]
fn years_degrees_certifications_and_languages_are_recognised() {
    check(
        "Requirements\n- At least 4 years as a Cook.\n- 5+ years of experience with Python\n- Bachelor's degree in Computer Science or a related field\n- AWS certification preferred\n- Fluent in Spanish\n",
        &[
            ("4+ years as Cook", Experience, Required),
            ("5+ years of Python", Experience, Required),
            ("Python", Skill, Required),
            ("Bachelor's degree in Computer Science or a related field", Education, Required),
            ("AWS certification preferred", Certification, Preferred),
            ("Spanish", Language, Required),
        ],
    );
}

#[test]
fn a_posting_in_plain_text_with_its_usual_headings() {
    check(
        "Software Engineer\n\nMinimum qualifications:\n2 years of experience with software development in one or more programming languages, such as Java, C++ or Go.\n\nPreferred qualifications:\nProficiency in Spanish.\n",
        &[
            ("Experience as Software Engineer", Experience, Preferred),
            ("2+ years of software development", Experience, Required),
            ("Java or C++ or Go", Skill, Required),
            ("Spanish", Language, Preferred),
        ],
    );
    check(
        "Registered Nurse\n\nWhat you'll bring:\n• 2+ years of ICU nursing experience\n• BLS and ACLS certification\n\nBonus points if you have:\n• Bilingual English/Spanish\n",
        &[
            ("Registered Nurse (RN)", Skill, Preferred),
            ("2+ years of ICU nursing", Experience, Required),
            ("BLS and ACLS certification", Certification, Required),
            ("English", Language, Preferred),
            ("Spanish", Language, Preferred),
        ],
    );
}

#[test]
fn only_technologies_joined_by_or_are_alternatives() {
    check(
        "Requirements\n- 5+ years of backend or data engineering, with Python and Kafka\n- 3+ years with Python or Go, plus Kubernetes\n",
        &[
            ("5+ years of backend or data engineering", Experience, Required),
            ("Python", Skill, Required),
            ("Apache Kafka", Skill, Required),
            ("3+ years of Python or Go", Experience, Required),
            ("Python or Go", Skill, Required),
            ("Kubernetes", Skill, Required),
        ],
    );
}

#[test]
fn lines_about_the_post_ask_nothing_of_the_person() {
    check(
        "Registered Nurse\nFull-time, nights\nLocation: Dallas, TX | Full-time | Day shift\nEmployment type: Full-time\nSeniority level: Mid-Senior level\n\nRequirements\n- BLS certification\n- Able to work night shifts and weekends\n",
        &[
            ("Registered Nurse (RN)", Skill, Preferred),
            ("BLS certification", Certification, Required),
            ("Work night shifts and weekends", Skill, Required),
        ],
    );
}

#[test]
fn years_may_follow_the_role_or_name_several_technologies() {
    check(
        "Required Experience\n- Roofer Helper – 1 year\n- 3+ years with Go or Java in production\n",
        &[
            ("1+ years as Roofer Helper", Experience, Required),
            ("3+ years of Go or Java", Experience, Required),
            ("Go or Java", Skill, Required),
        ],
    );
}

#[test]
fn the_title_line_gives_only_preferred_technologies() {
    check(
        "Senior Go Engineer — Payments\n\nRequirements\n- Rust\n",
        // The title's role is the technology it names: no item of its own.
        &[("Go", Skill, Preferred), ("Rust", Skill, Required)],
    );
}

#[test]
fn responsibilities_give_only_preferred_technologies() {
    check(
        "## Responsibilities\n- Build services in Go on Kubernetes\n- Mentor the team\n- Communicate clearly with customers\n",
        &[("Go", Skill, Preferred), ("Kubernetes", Skill, Preferred)],
    );
}

#[test]
fn prose_requirements_give_skill_phrases() {
    let names: Vec<String> = parse(
        "## Required Skills\nThe candidate must possess strong Research Skills and Budgeting Skills for the development of content, and Project Management experience.\n",
    )
    .into_iter()
    .map(|item| item.name)
    .collect();
    assert!(names.contains(&"Research".to_owned()), "{names:?}");
    assert!(names.contains(&"Budgeting".to_owned()), "{names:?}");
    assert!(names.contains(&"Project Management".to_owned()), "{names:?}");
}

#[test]
fn a_bracketed_label_names_a_long_item_and_an_abbreviation_keeps_its_spelling() {
    let names: Vec<String> = parse(
        "## Required Skills\n- Capacity to spot tendencies and evaluate performance over time (Monitoring)\n- Experience in using SVN\n",
    )
    .into_iter()
    .map(|item| item.name)
    .collect();
    assert_eq!(names, ["Monitoring", "Subversion (SVN)"]);
}

#[test]
fn what_a_list_adds_about_the_item_before_is_no_item() {
    let names: Vec<String> = parse(
        "## Required Skills\n- Advanced understanding of Science and its application, notably in human behavior\n- Familiarity with working with materials for relevant project tasks\n",
    )
    .into_iter()
    .map(|item| item.name)
    .collect();
    assert_eq!(names, ["Science", "Materials for relevant project tasks"]);
}

#[test]
fn an_inline_label_is_no_part_of_a_name_and_the_plainer_name_wins() {
    check(
        "Senior Rust engineer. Required: Rust, PostgreSQL. Preferred: Kubernetes.",
        &[("Rust", Skill, Required), ("PostgreSQL", Skill, Required), ("Kubernetes", Skill, Preferred)],
    );
}

#[test]
fn abbreviations_long_items_and_conjunctions_give_the_named_items() {
    let check_names = |jd: &str, expected: &[&str]| {
        let names: Vec<String> = parse(jd).into_iter().map(|item| item.name).collect();
        assert_eq!(names, expected, "{jd}");
    };
    // Each abbreviation an item defines is an item of its own.
    check_names(
        "## Required Skills\n- Storage area network (SAN) and network-attached storage (NAS) device expertise\n",
        &["Storage area network (SAN)", "Network-attached storage (NAS)"],
    );
    // The product after the last preposition of a long item.
    check_names(
        "## Required Skills\n- Familiar with roles and duties of Oracle DBA (Database Administrator)\n",
        &["Oracle DBA (Database Administrator)"],
    );
    // The names inside a long item.
    check_names(
        "## Required Skills\n- Comprehensive understanding of the Recruiting and Payroll functionality and architectural structures\n",
        &[
            "Recruiting and Payroll",
            "Comprehensive understanding of the Recruiting and Payroll functionality and architectural structures",
        ],
    );
    // Sass is no spelling of CSS.
    check_names("## Required Skills\n- CSS\n- SASS\n", &["CSS", "SASS"]);
    // "Experience as" without years is a role held.
    check(
        "## Required Experience\n- Prior experience as a QA Engineer\n",
        &[("Experience as QA Engineer", Experience, Required)],
    );
}

fn names(jd: &str) -> Vec<String> {
    parse(jd).into_iter().map(|item| item.name).collect()
}

#[test]
fn a_comma_ends_a_list_line_not_a_heading() {
    assert_eq!(
        names(
            "## Required Skills\nKnowledge of AWS,\nComprehensive working experience with Jenkins,\n- Disciplined Agile Delivery (DAD),\n"
        ),
        ["AWS", "Jenkins", "Disciplined Agile Delivery (DAD)"]
    );
}

#[test]
fn how_an_item_is_done_is_no_part_of_it() {
    assert_eq!(
        names(
            "## Required Skills\n- Ability to use GPS devices accurately\n- Detail oriented with Business Analytics\n- Work independently\n"
        ),
        ["GPS devices", "Detail oriented (Attention to detail)", "Business Analytics", "Work independently"]
    );
    // A soft skill named by a noun keeps what follows as its setting.
    let got = names("## Required Skills\n- Leadership in a fast-paced startup\n");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn an_abbreviation_keeps_its_long_form_in_the_name() {
    // A long item that ends by defining an abbreviation asks for it.
    assert_eq!(
        names("## Required Skills\n- Understanding of successful use of Applicant Tracking Systems (ATS)\n"),
        ["Applicant Tracking Systems (ATS)"]
    );
    // The name with both spellings wins over the plainer one.
    check(
        "## Job Summary\nWe keep our code in SVN.\n## Required Skills\n- Subversion\n",
        &[("Subversion (SVN)", Skill, Required)],
    );
}

#[test]
fn a_numbered_label_under_requirements_is_an_item() {
    let got = names(
        "## Required Skills\n1. Writing skills:\nThese involve drafting user guides.\n2. Budgeting skills:\n## Responsibilities\n- Plan work\n",
    );
    assert!(got.contains(&"Writing skills".to_owned()), "{got:?}");
    assert!(got.contains(&"Budgeting skills".to_owned()), "{got:?}");
    check(
        "## Requirements\n- Must have:\n  - Rust\n- Nice to have:\n  - Docker\n",
        &[("Rust", Skill, Required), ("Docker", Skill, Preferred)],
    );
}

#[test]
fn joined_qualifiers_and_trailing_wording_are_no_part_of_an_item() {
    assert_eq!(
        names(
            "## Required Skills\n- Exceptional typing skills needed to complete reports on time\n- Expert in Payroll\n- Understanding and proficiency in Web Application Development\n"
        ),
        ["Typing skills", "Payroll", "Web Application Development"]
    );
}

#[test]
fn words_before_proficiency_or_abilities_name_a_skill() {
    let got = names(
        "## Required Skills\nThe ideal candidate brings proven skills through excellent speaking proficiency and sharp budgeting abilities for planning.\n",
    );
    assert!(got.contains(&"Speaking".to_owned()), "{got:?}");
    assert!(got.contains(&"Budgeting".to_owned()), "{got:?}");
}

#[test]
fn active_before_a_name_is_part_of_it() {
    check(
        "## Required Skills\n- Active Directory (AD)\n- Active security clearance\n",
        &[
            ("Active Directory (AD)", Skill, Required),
            ("Security clearance", RequirementKind::Other, Required),
        ],
    );
}

#[test]
fn a_heading_with_a_typographic_apostrophe_opens_its_section() {
    let straight = parsed("About us\nWe teach.\nWhat You'll Need:\n- Bachelor's degree\n- IEP experience\n");
    let curly = parsed(
        "About us\nWe teach.\nWhat You\u{2019}ll Need:\n- Bachelor\u{2019}s degree\n- IEP experience\n",
    );
    assert!(straight.iter().any(|(name, _, _)| name.contains("IEP")), "{straight:?}");
    assert_eq!(curly, straight);
}

#[test]
fn sections_about_the_company_and_its_benefits_ask_nothing() {
    check(
        "Data Analyst\n\nWhy Northwind?\n- Competitive Pay & Bonuses\n- Flexible Hours Culture\n\n\
         Requirements:\n- SQL\n\nWho we are\nNorthwind Trading Group serves Coastal Logistics.\n\n\
         Work pattern\nMonday to Friday Rotas\n\nFor further details or informal visits contact:\nJane Roe Estates Lead\n",
        &[("Experience as Data Analyst", Experience, Required), ("SQL", Skill, Required)],
    );
}

#[test]
fn lines_offering_pay_leave_or_benefits_ask_nothing_wherever_they_stand() {
    check(
        "Requirements:\n- Excel\n- 28 days annual leave plus bank holidays\n- Contributory pension scheme\n\
         - Free car parking\n- Subsidised Staff Restaurant\n- Band 4 - £22,000 - £24,000 pro rata\n- $25/hr\n- PTO\n\
         - Health insurance claims experience\n\
         We are an equal opportunity employer and welcome Applicants From All Backgrounds.\n",
        &[("Microsoft Excel", Skill, Required), ("Health insurance claims experience", Skill, Required)],
    );
}

#[test]
fn the_header_names_title_employer_and_place_and_asks_nothing() {
    check(
        "Python Developer\nRiverside Community Hospital Trust\nRiverside Community Hospital, Millford, MF1 2AB\n\
         Salary: £30,000\nContract: PERMANENT\nPosted: 2021-01-01\n\nRequirements:\n- Docker\n",
        &[("Python", Skill, Preferred), ("Docker", Skill, Required)],
    );
    check(
        "Art Teacher\nMaple Valley Schools\nSpringfield, IL\n\nJob Posting ID: 42\n\nWhat you need:\n- Teaching License\n",
        &[
            // One required item is a thin list: the title's role is required.
            ("Experience as Art Teacher", Experience, Required),
            ("Teaching License", Certification, Required),
        ],
    );
}

#[test]
fn a_heading_run_into_its_text_opens_its_section() {
    check(
        "Responsibilities:Greet Walk In Customers\nRequirements:Proven experience in sales\n",
        &[("Sales", Skill, Required)],
    );
}

#[test]
fn under_no_heading_only_sentences_that_ask_of_the_candidate_give_requirements() {
    let posting = "Financial Accountant\nRiverside Health Trust\nExeter\n\n\
        Riverside Health Trust is one of the Leading Providers of Community Care in the South West.\n\
        We are looking for someone who is CCAB qualified with solid accounting knowledge and strong Excel skills.\n\
        Our Finance Team works closely with the Trust Board and Internal Audit.\n";
    let read = names(posting);
    assert!(read.iter().any(|name| name == "Excel"), "{read:?}");
    assert!(read.iter().any(|name| name == "Accounting"), "{read:?}");
    // The title is asked as years, though the header names it.
    let years =
        names("Backend Engineer\nAcme\n\nRequirements\n- 3+ years of experience as a Backend Engineer\n");
    assert_eq!(years, ["3+ years as Backend Engineer"]);
    for junk in ["Leading Providers", "Community Care", "Trust", "Trust Board", "Internal Audit", "Exeter"] {
        assert!(!read.iter().any(|name| name == junk), "{junk} in {read:?}");
    }
}

#[test]
fn a_question_standing_alone_heads_what_follows() {
    // See: #13 (a practice's posting gave "What to expect" and "Please refer" as requirements).
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Who are we looking for?\n\nYou should be able to work in accordance with good practice of book-keeping.\n\nWhat to expect?\n\nPlease refer to the job description and person specification attached.\n\nWhat support will you receive?\n\nTraining will be provided, including working protocols.\n";
    assert_eq!(names(jd), ["Bookkeeping"]);
}

#[test]
fn where_the_employer_speaks_of_itself_only_what_it_asks_for_counts() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    assert_eq!(
        names(
            "Requirements\nOur team is made up of dynamic, innovative and caring people. We use Python daily.\n"
        ),
        ["Python"]
    );
    assert_eq!(
        names("Requirements\nWe are looking for a registered nurse with wound care experience.\n"),
        ["Registered nurse (RN)", "Wound care"]
    );
}

#[test]
fn a_line_opening_the_employers_offer_ends_the_requirements() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Role requirements:\n- Good leadership skills\nIn return for your expertise and hard work, we offer a wide range of benefits including:\n- Career development\n- Life assurance\n";
    assert_eq!(names(jd), ["Leadership skills"]);
    // A dash after the colon, as a word processor leaves it.
    let jd = "Requirements\n- Good leadership skills\nIn return for your hard work the agency can offer you some great benefits: –\n- Help when you need it, day and night\n- Pension scheme\n";
    assert_eq!(names(jd), ["Leadership skills"]);
    let jd = "Requirements\n- Java\nThese salaries are offered in accordance with NHS Terms and Conditions and the HEE Pay Progression Policy.\n";
    assert_eq!(names(jd), ["Java"]);
}

#[test]
fn a_high_degree_of_accuracy_is_no_degree() {
    let kinds: Vec<RequirementKind> = parse("Requirements\n- Work with a high degree of accuracy\n")
        .into_iter()
        .map(|item| item.kind)
        .collect();
    assert!(!kinds.contains(&Education), "{kinds:?}");
    let kinds: Vec<RequirementKind> =
        parse("Requirements\n- A degree in nursing\n").into_iter().map(|item| item.kind).collect();
    assert_eq!(kinds, [Education]);
}

#[test]
fn a_short_lead_before_we_still_opens_the_employers_own_sentence() {
    // See: #13 (a hospital's pride in its record became a required skill).
    let parsed = parse("At Northfield we are proud of our record on infection control.\n");
    assert!(parsed.iter().all(|item| item.importance == Preferred), "{parsed:?}");
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    assert_eq!(
        names(
            "Requirements\nWith a top inspection rating, you can be confident you are joining a leading team.\n"
        ),
        Vec::<String>::new()
    );
    // A lead without "we" is the candidate's: "In our ideal candidate …".
    assert_eq!(
        names("Requirements\nIn our ideal candidate strong leadership skills are a must.\n"),
        ["Leadership"]
    );
}

#[test]
fn a_label_over_list_items_groups_them_and_asks_nothing() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    assert_eq!(names("Essential:\n• Tooling:\n• Docker\n• Git\n"), ["Docker", "Git"]);
    // A label with its explanation after it still names a skill.
    assert_eq!(names("Requirements:\n1. Management skills:\n\nGood time keeping\n")[0], "Management skills");
}

#[test]
fn a_line_that_asks_and_ends_in_a_colon_opens_what_is_asked() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "To be shortlisted, you should be able to show us the following:\n\n• Be computer literate\n\n• Good time keeping\n";
    assert_eq!(names(jd), ["Be computer literate", "Time keeping"]);
}

#[test]
fn clauses_joined_by_commas_are_no_list_of_items() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Requirements\nStrong interpersonal skills are a must as you greet visitors in a calm and friendly way, guiding them from the entrance to the right ward, clinic or office on site.\n";
    assert_eq!(names(jd), ["Interpersonal"]);
    // A list in prose still gives its elements.
    let jd = "Requirements\nYou will have core skills in Workday, Core HCM, Recruiting, and Payroll.\n";
    assert!(names(jd).contains(&"Core HCM".to_owned()), "{:?}", names(jd));
}

#[test]
fn either_or_after_the_items_own_choice_says_how() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    assert_eq!(
        names("Requirements\n- Experience in a retail or hospitality role either in person or by phone\n"),
        ["Retail or hospitality role"]
    );
}

#[test]
fn a_list_in_prose_is_what_the_employer_asks_for() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Requirements\nWorking in a busy, friendly office, we are looking for someone with solid payroll knowledge, strong Excel skills and experience with financial systems.\n";
    let got = names(jd);
    assert!(got.contains(&"Financial systems".to_owned()), "{got:?}");
    assert!(!got.iter().any(|name| name.contains("office")), "{got:?}");
}

#[test]
fn what_a_line_that_asks_opens_ends_at_the_next_paragraph_of_prose() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Also, the successful applicant will:\n\n• have strong communication skills\n\n• be curious\n\nPlease read the attached pack and should you wish to talk about the role please contact Jane Porter on 01234 567 890.\n";
    let got = names(jd);
    assert_eq!(got, ["Communication skills", "Be curious"]);
}

#[test]
fn whom_to_contact_and_the_checks_after_an_offer_ask_nothing() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Requirements\n- Excel\nFor an informal discussion about this post, please contact Mary Fields on 01234 567890.\nTo undertake any other duties as required.\nThe successful applicant will be asked to provide an enhanced disclosure.\n\nAdditional contact information\n\nTom Reed\n\nHead of Finance and Leadership Programmes\n";
    assert_eq!(names(jd), ["Microsoft Excel"]);
}

#[test]
fn rest_in_lower_case_is_a_word_not_the_api_style() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    assert!(names("Requirements\n- Designing REST services\n").iter().any(|name| name.contains("REST")));
    assert_eq!(names("Find out why working here sets us apart from the rest.\n"), Vec::<String>::new());
}

#[test]
fn a_duty_told_in_the_third_person_asks_only_for_the_technologies_it_names() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Essential Functions\n• Develops lesson plans and teaching materials for each term.\n• Coordinates with other staff members within the year group.\n• Maintains student records in PowerSchool and Excel.\n• Classroom management\n";
    assert_eq!(names(jd), ["Lesson plans (Lesson planning)", "Microsoft Excel", "Classroom management"]);
}

#[test]
fn duties_listed_the_following_and_the_conditions_of_the_job_ask_nothing() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Summary of Responsibilities:\n\
              Reporting to the Desk Manager, responsibilities and essential job functions include but are \
              not limited to the following:\n\
              Maintain proper telephone etiquette at all times\n\
              Qualifications:\n\
              Excellent communication skills\n\
              Physical Requirements (include but are not limited to):\n\
              Occasional lifting and carrying up to 20 lbs\n\
              Visa Requirements: Candidates must be legally eligible to work in the United States.\n\n\
              Working Conditions and Physical Effort\n\n\
              - Standing, moving, and/or walking for more than eight (8) hours per day\n\
              - This job description is not designed to cover a comprehensive listing of duties; \
              duties, responsibilities and activities may change at any time with or without notice\n";
    let found = names(jd);
    assert!(found.iter().any(|name| name.contains("ommunication")), "{found:?}");
    for asked_nothing in ["etiquette", "lifting", "eligible", "condition", "standing", "description", "dut"] {
        assert!(!found.iter().any(|name| name.to_lowercase().contains(asked_nothing)), "{found:?}");
    }
}

#[test]
fn what_the_holder_will_do_is_a_duty_and_what_they_will_have_is_asked() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let duty = "The post holder will play a key role in providing timely, accurate reporting services, \
                focussed on ward quality, team efficiency and budget planning.\n";
    assert_eq!(names(duty), Vec::<String>::new());
    assert_eq!(
        names("Duties will include planning and preparing meals for residents.\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        names("You will be responsible for keeping the stock records in SAP.\n"),
        ["SAP"],
        "a duty still asks for the technologies it names"
    );
    // What they will have, hold or be is asked, and so is what a duty's
    // sentence goes on to ask.
    assert!(
        names("You will work in busy kitchens, therefore excellent communication skills are essential.\n")
            .iter()
            .any(|name| name.contains("ommunication"))
    );
    assert!(!names("You will have excellent presentation skills.\n").is_empty());
    assert!(!names("The successful applicant will ideally hold a forklift licence.\n").is_empty());
}

#[test]
fn a_sentence_broken_by_a_blank_line_after_a_joining_word_is_one() {
    assert_eq!(
        rejoined("You need Excel and\n\npayroll skills.\n\nNew paragraph."),
        "You need Excel and payroll skills.\n\nNew paragraph.\n"
    );
    // A list item, or a paragraph opening in capitals, stays apart.
    assert_eq!(rejoined("- Excel and\n\nPayroll"), "- Excel and\n\nPayroll\n");
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    assert!(
        !names("Requirements\nYou will have excellent communication, numeracy and\n\nliteracy skills.\n")
            .iter()
            .any(|name| name.ends_with(" and"))
    );
}

#[test]
fn years_in_a_field_of_work_are_no_job_title() {
    let parsed = parse("Requirements\n- 3 years' experience in an electrical maintenance environment\n");
    assert_eq!(parsed.len(), 1, "{parsed:?}");
    assert_eq!(parsed[0].name, "3+ years of electrical maintenance");
    assert!(
        matches!(parsed[0].need, Need::Months { months: 36, as_role: false, .. }),
        "{:?}",
        parsed[0].need
    );
}

/// The work named before the place is what the years are of, and a list of
/// it is kept whole, each part a way to meet it.
#[test]
fn years_of_a_listed_field_in_a_place_of_work_keep_the_list() {
    let parsed = parse(
        "Requirements\n- 2-4 years of experience in Warehousing, Receiving, Shipping, Inventory, or Materials \
         Management in a manufacturing or distribution environment\n",
    );
    assert_eq!(parsed.len(), 1, "{parsed:?}");
    assert_eq!(
        parsed[0].name,
        "2+ years of Warehousing, Receiving, Shipping, Inventory, or Materials Management"
    );
    let Need::Months { subject: Some(ways), .. } = &parsed[0].need else { panic!("{:?}", parsed[0].need) };
    assert_eq!(ways.len(), 5, "{ways:?}");
    // Without the last comma, too.
    let parsed =
        parse("Requirements\n- 2 years in Warehousing, Receiving or Inventory in a factory setting\n");
    assert_eq!(parsed[0].name, "2+ years of Warehousing, Receiving or Inventory");
    // A comma that ends a clause still ends what the years are of, and so
    // does one before what else is asked or before "or equivalent".
    let parsed = parse("Requirements\n- 5 years of experience in sales, preferably in B2B software\n");
    assert_eq!(parsed[0].name, "5+ years of sales");
    let parsed = parse("Requirements\n- 3 years of experience in nursing, and a BSN degree\n");
    assert_eq!(parsed[0].name, "3+ years of nursing");
    let parsed = parse("Requirements\n- 2 years of experience in retail, or equivalent\n");
    assert_eq!(parsed[0].name, "2+ years of retail");
    let parsed = parse(
        "Requirements\n- Five (5) to seven (7) years of experience leading software, enterprise system \
         support, and/or BU applications, infrastructure, or networks.\n",
    );
    let Need::Months { subject: Some(ways), as_role: false, .. } = &parsed[0].need else {
        panic!("{:?}", parsed[0].need)
    };
    assert_eq!(ways.len(), 5, "{ways:?}");
}

#[test]
fn a_sentence_whose_subject_is_an_organisation_speaks_of_the_employer() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Requirements\nNorthwind Health have a broad portfolio and combine specialist skills with scale to achieve required results.\nAcme, Inc. is committed to paying competitively.\n- Python is a must\n- Ideally have a Teaching Qualification\n- Experience is essential in Excel\n";
    let got = names(jd);
    assert!(got.iter().any(|name| name.contains("Python")), "{got:?}");
    assert!(got.iter().any(|name| name.contains("Teaching Qualification")), "{got:?}");
    assert!(got.iter().any(|name| name.contains("Excel")), "{got:?}");
    assert!(!got.iter().any(|name| name.contains("specialist") || name.contains("Acme")), "{got:?}");
}

#[test]
fn a_line_naming_the_following_opens_what_it_asks_under_any_heading() {
    let parsed = parse(
        "Requirements\n- C#\nExperience in any of the following technologies is beneficial:\n- Terraform\n- Docker\n",
    );
    let got: Vec<(String, Importance)> =
        parsed.into_iter().map(|item| (item.name, item.importance)).collect();
    assert_eq!(
        got,
        [("C#".to_owned(), Required), ("Terraform".to_owned(), Preferred), ("Docker".to_owned(), Preferred)]
    );
}

#[test]
fn what_must_be_done_to_a_thing_asks_only_for_the_technologies_it_names() {
    check(
        "Requirements\n- Python\n\nAll enquiries must be responded to promptly and a CRM system will assist in keeping a record.\n\nCandidates must be registered with the NMC.\n",
        &[("Python", Skill, Required), ("CRM", Skill, Preferred), ("NMC", Skill, Required)],
    );
}

#[test]
fn the_parties_a_relationship_is_with_are_no_items() {
    check(
        "Requirements\n- Promote good relationships with patients, relatives, the public and other care organisations\n- Liaise with GPs, pharmacists and social workers\n- Experience with budgeting, forecasting and reporting\n",
        &[
            ("Promote good relationships", Skill, Required),
            ("Liaise", Skill, Required),
            ("Budgeting", Skill, Required),
            ("Forecasting", Skill, Required),
            ("Reporting", Skill, Required),
        ],
    );
}

#[test]
fn a_list_the_employers_our_governs_asks_nothing() {
    let names: Vec<String> = parse(
        "Requirements\nWorking in an Agile environment you should be able to drive continuous improvement in our software, techniques and processes.\n",
    )
    .into_iter()
    .map(|item| item.name)
    .collect();
    assert_eq!(names, ["Agile"]);
}

#[test]
fn a_header_fact_heads_its_own_line_and_a_thin_list_requires_the_titles_role() {
    let read = |jd: &str| -> Vec<(String, Importance)> {
        parse(jd).into_iter().map(|item| (item.name, item.importance)).collect()
    };
    let jd = "Chemistry Teacher\nLeeds\nEmployment type: Full-time\nExperience: Mid-Senior level\nEducation: Master's Degree\nFunction: Education\n\n\
        The Northern Schools Trust runs five schools in the City of Leeds, from Armley to Beeston.\n";
    assert_eq!(
        read(jd),
        [("Experience as Chemistry Teacher".to_owned(), Required), ("Master's Degree".to_owned(), Required),]
    );
    // With a list of its own, the title's role is preferred.
    let jd = "Chemistry Teacher\n\nRequirements\n- QTS\n- Classroom management\n";
    assert_eq!(read(jd)[0], ("Experience as Chemistry Teacher".to_owned(), Preferred));
}

#[test]
fn the_titles_words_are_the_work_asked_for() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let jd = "Barista\nCorner Cafe\nWashington, DC\n\nOur cafe by the river is looking for a barista.\n\n\
        Requirements:\n- Latte art\n- Barista experience is a plus\n";
    assert_eq!(names(jd), ["Latte art", "Barista experience"]);
}

#[test]
fn a_list_of_duties_opened_by_a_lead_line_or_a_question_asks_nothing() {
    // The lead line and the question heading run onto a paragraph both open
    // the job's duties; the list after "looking for" still asks.
    let jd = "Front Desk Agent\n\nA Front Desk Agent welcomes visitors and keeps the lobby in order.  \
              What will I be doing?\n\nThe agent must perform the following tasks:\n\
              • Ensure an efficient check in/out for visitors\n• Follow company brand standards\n\
              • Comply with fire regulations\n\nWho are we looking for?\n\
              • Previous experience in a customer-focused industry\n• Excellent grooming standards\n";
    let names: Vec<String> = parsed(jd).into_iter().map(|(name, _, _)| name).collect();
    assert!(
        names.iter().any(|name| name == "Previous experience in a customer-focused industry"),
        "{names:?}"
    );
    assert!(names.iter().any(|name| name == "Grooming standards"), "{names:?}");
    for duty in ["ensure", "follow company", "fire regulations", "check in"] {
        assert!(!names.iter().any(|name| name.to_lowercase().contains(duty)), "{duty} in {names:?}");
    }
    // Under a heading that asks, "you will:" leads what is asked.
    let asked = parsed("About you\nTo be successful, you will:\n- Have 3+ years of Python\n");
    assert!(
        asked.iter().any(|(name, _, importance)| name.contains("Python") && *importance == Required),
        "{asked:?}"
    );
}

#[test]
fn lists_glued_to_the_colon_of_their_lead_line_are_read_by_that_line() {
    // A page stripped of its markup runs each lead line into its first
    // item: the duties tell, the benefits offer, the qualifications ask.
    let jd = "Counter Clerk\n\nAs a Counter Clerk, you will serve trade customers at the desk. Your daily \
              duties as a Counter Clerk may include:Greeting customers at the counter\n\
              Qualifications for the Counter Clerk role include:A forklift licence\n\
              Your benefits package as a Counter Clerk may include:Dental coverage\nSick days\n";
    let names: Vec<String> = parsed(jd).into_iter().map(|(name, _, _)| name).collect();
    for offered in ["greeting", "dental", "sick days"] {
        assert!(!names.iter().any(|name| name.to_lowercase().contains(offered)), "{offered} in {names:?}");
    }
    assert!(names.iter().any(|name| name == "Forklift licence"), "{names:?}");
    // "Additional" names preferred items, but additional duties are duties.
    let duties = parsed("Requirements:\n- Python\nAdditional duties may include:\n- Filing reports\n");
    assert!(!duties.iter().any(|(name, _, _)| name.contains("Filing")), "{duties:?}");
}

#[test]
fn plain_examples_illustrate_an_item_and_technologies_are_items_too() {
    let names = |jd: &str| -> Vec<String> { parse(jd).into_iter().map(|item| item.name).collect() };
    let read = names("Requirements:\n- Ability to work out quantities such as lengths, areas and weights\n");
    assert_eq!(read.len(), 1, "{read:?}");
    let read = names("Requirements:\n- Web Services (SOAP, REST)\n");
    assert!(
        read.iter().any(|name| name == "SOAP") && read.iter().any(|name| name.contains("REST")),
        "{read:?}"
    );
}

#[test]
fn a_question_glued_to_an_item_heads_what_follows() {
    let jd = "Requirements:\n• Previous experience in cash handling What will it be like to work for Acme?\n\
              • Free meals on every shift\n";
    check(jd, &[("Previous experience in cash handling", Skill, Required)]);
}

#[test]
fn prose_that_tells_how_things_are_asks_nothing_under_any_heading() {
    // "as required" is "when needed", not a requirement; a sentence with
    // "is"/"are" tells; one that names what is wanted still asks.
    let jd = "Requirements:\nReceptionists at Acme Hotels are always working on behalf of our Guests \
              and with other Team Members.\nComfortable working with business support tools such as \
              MS Word and Visio.\n";
    let names: Vec<String> = parsed(jd).into_iter().map(|(name, _, _)| name).collect();
    assert!(!names.iter().any(|name| name.contains("Team Members") || name.contains("Guests")), "{names:?}");
    assert!(names.iter().any(|name| name.contains("Visio") || name.contains("MS Word")), "{names:?}");
    let vital = parsed(
        "Requirements:\nA proven track record in B2B sales is vital for this role and for our \
                        growth plans.\n",
    );
    assert!(vital.iter().any(|(name, _, _)| name.contains("B2B")), "{vital:?}");
    assert!(!asks_of_the_candidate("Complete audits, as required"));
    assert!(asks_of_the_candidate("A driving licence is required"));
}

#[test]
fn a_bullet_on_a_line_of_its_own_marks_the_next_line_as_its_item() {
    check(
        "Requirements:\n\n•\n\nExperience with Sage\n\n•\n\nKnowledge of VAT returns\n",
        &[("Sage", Skill, Required), ("VAT returns", Skill, Required)],
    );
}

#[test]
fn benefits_under_symbol_bullets_ask_nothing() {
    // "◎ Renewal bonus" is an item of the benefits, no "bonus" heading.
    check(
        "Native English Teacher\n\nCompensation\n◎ Transportation reimbursement\n◎ Renewal bonus of 100,000 yen\n\
         ◎ Paid days off\n◎ Regular health check\n",
        &[("Experience as Native English Teacher", Experience, Required)],
    );
}

#[test]
fn a_second_thing_asked_after_and_ability_to_is_an_item_of_its_own() {
    check(
        "Barista\n\nRequirements:\n· Must possess passion for coffee and ability to prepare classic espresso beverages\n\
         · Willing and able to work weekend shifts\n· Able to work independently and cross-functionally\n",
        &[
            ("Experience as Barista", Experience, Preferred),
            ("Passion for coffee", Skill, Required),
            ("Prepare classic espresso beverages", Skill, Required),
            ("Work weekend shifts", Skill, Required),
            ("Work independently", Skill, Required),
        ],
    );
}

#[test]
fn initials_of_a_place_name_no_language() {
    // "D.C." is Washington's, not the C language.
    let got = parsed(
        "Barista\n\nOur café in Washington, D.C., is looking for baristas who love coffee and people.\n",
    );
    assert!(!got.iter().any(|(name, _, _)| name == "C"), "{got:?}");
}

#[test]
fn review_cases_of_joins_and_trims() {
    // A heading after a lone bullet stays a heading.
    check("Requirements:\n- Sage\n•\n\nBenefits\n- Pension scheme\n", &[("Sage", Skill, Required)]);
    // "OR" in capitals is the operating room, no joining word.
    assert_eq!(tidy("Experience in the OR"), "Experience in the OR");
    assert_eq!(tidy("work independently and"), "Work independently");
    // A qualifier alone before "and ability to" asks nothing of its own.
    let got = parsed("Requirements:\n- Knowledge of and ability to apply GAAP\n");
    assert!(!got.iter().any(|(name, _, _)| name == "Knowledge of"), "{got:?}");
}

#[test]
fn what_the_posting_says_of_the_job_leaves_out_the_employer_and_the_offer() {
    let jd = "Payroll Officer\nAcme Health Trust\nLeeds\n\n\
        Acme Health Trust provides acute and community services to patients across the county, \
        with doctors, nurses and midwives caring for half a million patients a year.\n\n\
        Duties\n- Process the monthly payroll for 3,000 staff\n- Reconcile payroll accounts\n\
        Overall, the Trust has around 6,000 staff, doctors and surgeons among them, in three hospitals.\n\n\
        Requirements\n- Experience of payroll systems\n- AAT qualification\n\n\
        Benefits\n- Generous pension scheme and holiday allowance\n\n\
        Who are Acme Staffing?\n\
        Acme Staffing, owned by the county, provides a bank of temporary nurses to hospital trusts.\n";
    let job = read(jd).job_text;
    for kept in
        ["Payroll Officer", "Process the monthly payroll", "Reconcile payroll accounts", "payroll systems"]
    {
        assert!(job.contains(kept), "{kept} in {job:?}");
    }
    for left in ["Leeds", "midwives", "pension", "temporary nurses", "surgeons"] {
        assert!(!job.contains(left), "{left} in {job:?}");
    }
    // Told all in prose under no heading: the whole text stands for the job.
    let prose = "Barista\n\nWe are a small cafe by the sea.\n";
    assert!(read(prose).job_text.contains("small cafe"));
}

#[test]
fn a_question_about_the_role_and_a_repeated_title_still_say_what_the_job_is() {
    let jd = "Staff Nurse\nStaff Nurse - Band 5\nAcme Health Trust\n\n\
        What is the role?\nYou will care for adults on a busy surgical ward, giving medication and wound care to patients.\n\n\
        As a Staff Nurse you will lead a team of healthcare assistants on the ward through every shift.\n\n\
        Requirements\n- NMC registration\n- Experience of acute medicine\n- IV therapy and venepuncture\n\
        - Mentoring of student nurses\n";
    let job = read(jd).job_text;
    for kept in ["surgical ward", "healthcare assistants"] {
        assert!(job.contains(kept), "{kept} in {job:?}");
    }
}

#[test]
fn a_line_breaking_off_over_a_list_leads_it() {
    // "You will" over duties, "… someone who" over what is asked, with no
    // colon; the team and a question with its verb glued on ask nothing.
    check(
        "Account Executive\n\nYou will\n\n- Own the full sales cycle\n- Become fluent in our product and learn Bazel\n\n\
         We are looking for someone who\n\n- Has at least two years of sales experience\n- Speaks Spanish\n\n\
         Who you'll work with\n\n- Jane Roe (https://example.com/jane)\n- The rest of the team\n\n\
         What's in it for you?\n\n- A small team of builders\n",
        &[
            ("Experience as Account Executive", Experience, Preferred),
            ("2+ years of sales", Experience, Required),
            ("Spanish", Language, Required),
        ],
    );
    // A line that ends on a word of its own is an item, list or not after it,
    // and so is one ending on a stop word a phrase may end on.
    check(
        "## Requirements\nFluent Spanish\n- Django\n",
        &[("Spanish", Language, Required), ("Django", Skill, Required)],
    );
    let names: Vec<String> =
        parsed("## Requirements\nJava, Kotlin etc\n- Django\n").into_iter().map(|item| item.0).collect();
    assert!(names.contains(&"Java".to_owned()) && names.contains(&"Django".to_owned()), "{names:?}");
    // Under duties, "You will also" over more duties asks nothing.
    check("## Responsibilities\n- Own the sales cycle\nYou will also\n- Mentor the junior team\n", &[]);
    // "What you should have:" asks.
    check("What you should have:\n- Fluent Spanish\n", &[("Spanish", Language, Required)]);
}

#[test]
fn how_hiring_goes_and_its_conditions_ask_nothing() {
    check(
        "Requirements:\n- Bachelor's degree in education\n\nRecruitment Process:\n\
         Send a cover letter and CV to the school.\n\n\
         All appointments are conditional on:\n- Acceptable police checks\n- References from your current employer\n",
        &[("Bachelor's degree in education", Education, Required)],
    );
    // A heading that asks, misspelt as a process, is still how hiring goes;
    // a longer line ending in "process" heads nothing, and what follows still asks.
    check("Requirement Process:\n- Send your CV\n", &[]);
    check(
        "## Requirements\nExperience in recruitment process\n- Fluent Spanish\n",
        &[("Spanish", Language, Required)],
    );
}

#[test]
fn experience_asked_without_naming_any_is_of_the_role_the_title_names() {
    check(
        "Chef\n\nRequirements:\n- Previous experience is essential and further in-house training is provided\n\
         - Food hygiene certificate\n- Fluent Spanish\n",
        &[
            ("Experience as Chef", Experience, Required),
            ("Food hygiene certificate", Certification, Required),
            ("Spanish", Language, Required),
        ],
    );
    // Experience of something named is that thing, not the title's role.
    check(
        "Chef\n\nRequirements:\n- Previous experience working with Python\n- Fluent Spanish\n- Fluent German\n",
        &[
            ("Experience as Chef", Experience, Preferred),
            ("Python", Skill, Required),
            ("Spanish", Language, Required),
            ("German", Language, Required),
        ],
    );
}

#[test]
fn to_before_whom_or_after_a_word_it_completes_is_no_purpose() {
    // "to" before the people something goes to, or after an adjective it
    // completes, keeps the item whole; "to" before what it is for cuts.
    check(
        "Requirements:\n- Comfortable presenting to engineers\n- Eager to mentor new graduates\n\
         - Spreadsheet modelling to support pricing decisions\n",
        &[
            ("Comfortable presenting to engineers", Skill, Required),
            ("Eager to mentor new graduates", Skill, Required),
            ("Spreadsheet modelling", Skill, Required),
        ],
    );
    // A long object after "to" is cut as before: the item stays short enough to be met.
    check(
        "Requirements:\n- Calibrating lathes to the tolerances our aerospace customers set\n",
        &[("Calibrating lathes", Skill, Required)],
    );
}

#[test]
fn modifiers_that_pair_up_join_and_as_well_as_adds_to_the_item() {
    check(
        "Requirements:\n- Build partnerships with internal and external stakeholders, as well as suppliers\n\
         - Carpentry, joinery and tiling\n",
        &[
            (
                "Build partnerships with internal and external stakeholders, as well as suppliers",
                Skill,
                Required,
            ),
            ("Carpentry", Skill, Required),
            ("Joinery", Skill, Required),
            ("Tiling", Skill, Required),
        ],
    );
}

#[test]
fn optional_headings_mark_items_preferred_and_terms_headings_ask_nothing() {
    check(
        "Requirements:\n- Rust\n\nNice-to-haves\n- Terraform\n\nMore useful experience (optional):\n- Kotlin\n",
        &[("Rust", Skill, Required), ("Terraform", Skill, Preferred), ("Kotlin", Skill, Preferred)],
    );
    // Indeed's "Schedule:" over its terms asks nothing; "Location:" over a
    // line that is no list item stays a detail, and the asks go on.
    check(
        "Requirements:\n- Rust\n\nSchedule:\n- 8 hour shift\n- Monday to Friday\n\nSkills:\n- Kotlin\n",
        &[("Rust", Skill, Required), ("Kotlin", Skill, Required)],
    );
    check(
        "Requirements:\n- Rust\nLocation:\nRemote\n- Kotlin\n",
        &[("Rust", Skill, Required), ("Kotlin", Skill, Required)],
    );
    // "High school" names a school: "high" says nothing of how well.
    check(
        "Requirements:\n- High school diploma or GED\n",
        &[("High school diploma or GED", Education, Required)],
    );
}

#[test]
fn how_much_an_item_matters_is_its_importance_not_its_name() {
    check(
        "Requirements:\n- Bachelor's degree in Nursing (required)\n- Master's degree is preferred\n\
         - Knowledge of Sage will be advantageous\n- If you have any experience with Kotlin\n\
         - Be conversant with the Mental Capacity Act\n",
        &[
            ("Bachelor's degree in Nursing", Education, Required),
            ("Master's degree", Education, Preferred),
            ("Sage", Skill, Preferred),
            ("Kotlin", Skill, Preferred),
            ("Mental Capacity Act", Skill, Required),
        ],
    );
}

#[test]
fn years_something_else_lasts_ask_for_no_years_of_work() {
    check(
        "Requirements:\n- Your passport must be valid for a minimum of 2 years\n\
         - 4-year Bachelor of Science in Nursing\n- Worked for 3 years as a staff nurse\n",
        &[
            ("4-year Bachelor of Science in Nursing", Education, Required),
            ("3+ years as staff nurse", Experience, Required),
        ],
    );
    check(
        "About us\nFor almost 30 years, clients have turned to us.\n\nRequirements:\n- Fluent Spanish\n",
        &[("Spanish", Language, Required)],
    );
}

#[test]
fn how_to_apply_and_where_the_post_is_ask_nothing() {
    check(
        "Requirements:\n- Xero\n- Locations: Leeds, York\n\nTo apply, email your resume and cover letter to jobs@example.com\n\
         Deadline for application is 27th October\n\nAdditional information\n- We welcome applicants from every background.\n\
         Wage: $25-$30 per hour\n",
        &[("Xero", Skill, Required)],
    );
    // Applying a method is no application.
    check("Requirements:\n- Ability to apply GAAP to month-end close\n", &[("Apply GAAP", Skill, Required)]);
}

#[test]
fn a_person_specifications_ranks_head_its_lists() {
    check(
        "Essential\n\n• Safety awareness\n• Fluent Spanish\n\nDesirable\n\n• Experience of stock control\n\
         • Fork lift licence\n\nEssential Functions:\n• Load the vans\n",
        &[
            ("Safety awareness", Skill, Required),
            ("Spanish", Language, Required),
            ("Stock control", Skill, Preferred),
            ("Fork lift licence", Certification, Preferred),
        ],
    );
}

#[test]
fn what_awaits_the_candidate_asks_nothing() {
    check(
        "Requirements:\n- Python\n\nWhat you can expect on board:\n- Budget for conferences\n- Virtual team lunches\n",
        &[("Python", Skill, Required)],
    );
}

#[test]
fn years_are_of_what_the_experience_is_with() {
    let years: Vec<String> = parsed(
        "Requirements:\n- Minimum four years of recent experience with payroll\n\
         - The ideal candidate has 3 years of relevant experience and a first aid certificate\n",
    )
    .into_iter()
    .filter(|(_, kind, _)| *kind == Experience)
    .map(|(name, _, _)| name)
    .collect();
    assert_eq!(years, ["4+ years of payroll", "3+ years of experience"]);
}

#[test]
fn technologies_after_any_of_are_a_choice() {
    check(
        "Requirements:\n- 3+ years of web development in any of Ruby, Python, Java\n",
        &[("3+ years of web development", Experience, Required), ("Ruby or Python or Java", Skill, Required)],
    );
}

#[test]
fn this_rounds_rules_leave_ordinary_asks_alone() {
    // A line about shifts asks; only a terms label over a list heads nothing.
    check(
        "Requirements:\nFood hygiene certificate\nAble to work shifts\n",
        &[("Food hygiene certificate", Certification, Required), ("Work shifts", Skill, Required)],
    );
    // Years of a role the sentence names are asked, "for" or not.
    let years: Vec<String> = parsed("Requirements:\n- Registered Nurse for at least 2 years\n")
        .into_iter()
        .filter(|(_, kind, _)| *kind == Experience)
        .map(|(name, _, _)| name)
        .collect();
    assert_eq!(years.len(), 1, "{years:?}");
    // A condition inside the sentence is no plus; a list's last part after
    // "as well as" is a part; "to a high standard" is how well, cut.
    check(
        "Requirements:\n- You must only apply if you have a full UK driving licence\n\
         - Carpentry, joinery, as well as plastering\n- Report writing to a high standard\n",
        &[
            ("Driver's license", RequirementKind::Other, Required),
            ("Carpentry", Skill, Required),
            ("Joinery", Skill, Required),
            ("Plastering", Skill, Required),
            ("Report writing", Skill, Required),
        ],
    );
    // A recruiter's duty names CVs without being how to apply.
    assert!(
        parsed("Requirements:\n- Screen CVs and submit shortlists to hiring managers\n")
            .iter()
            .any(|(name, _, _)| name.contains("shortlists"))
    );
}
