//! The word tables of the JD parser. Most are sets read by membership
//! only, kept sorted; the few read in order say so.

/// Nouns that open a qualifier ("knowledge of", "expertise in").
#[rustfmt::skip]
pub(super) const QUALIFIER_NOUNS: &[&str] = &[
    // keep sorted
    "competence",
    "experience",
    "expertise",
    "familiarity",
    "knowledge",
    "proficiency",
    "understanding",
];

///
/// Order matters: the first that opens a phrase is stripped, so a longer
/// lead comes before a shorter one it starts with ("proven track record in"
/// before "proven", "hold a" before "hold").
#[rustfmt::skip]
pub(super) const QUALIFIERS: &[&str] = &[
    "proven track record in",
    "proven track record of",
    "proven track record as",
    "track record in",
    "track record of",
    "track record as",
    "background in",
    "foundation in",
    "ability in",
    "abilities in",
    "excellency in",
    "knowledgeable in",
    "be conversant with",
    "conversant with",
    "knowledgeable about",
    "conceptual knowledge about",
    "conceptual knowledge of",
    "knowledge about",
    "understanding about",
    "must possess",
    "possesses",
    "possess",
    "possession of",
    "hold a",
    "hold",
    "holds",
    "holding",
    "a valid",
    "valid",
    "active",
    "expert knowledge of",
    "expert knowledge in",
    "in-depth knowledge of",
    "working knowledge of",
    "strong knowledge of",
    "solid knowledge of",
    "practiced at",
    "practiced in",
    "experienced in",
    "experienced with",
    "trained in",
    "excel in",
    "excel at",
    "adept at",
    "adept in",
    "well versed in",
    "versed in",
    "skilled at",
    "expert in",
    "expert at",
    "expert with",
    "good at",
    "capable of",
    "comfortable with",
    "confident in",
    "proficiency in",
    "proficiency with",
    "proficient in",
    "proficient with",
    "proficient",
    "knowledge of",
    "knowledge in",
    "ability to",
    "able to",
    "capacity to",
    "capability to",
    "experience in",
    "experience with",
    "experience of",
    "experience",
    "familiarity with",
    "familiar with",
    "understanding of",
    "expertise in",
    "expertise with",
    "skilled in",
    "skills in",
    "competence in",
    "competency in",
    "strong",
    "excellent",
    "good",
    "solid",
    "sound",
    "exceptional",
    "outstanding",
    "effective",
    "advanced",
    "basic",
    "working",
    "demonstrated",
    "proven",
    "deep",
    "in-depth",
    "thorough",
    "high",
    "must have",
    "must be",
    "should have",
    "have",
    "has",
    "a",
    "an",
    "the",
    "and",
    "use of",
    "use",
    "using",
    "utilize",
    "superior",
    "great",
    "substantial",
    "hands-on",
    "practical",
    "highly",
    "very",
    "with",
    "in",
    "of",
    "on",
];

/// Nouns that name a kind of thing after the thing itself: "Telecom
/// protocols" is met by "telecom", "Middleware tools" by "middleware".
#[rustfmt::skip]
pub(super) const KIND_NOUNS: &[&str] = &[
    // keep sorted
    "activities",
    "area",
    "domain",
    "duties",
    "environment",
    "environments",
    "field",
    "framework",
    "frameworks",
    "function",
    "functions",
    "industry",
    "language",
    "languages",
    "method",
    "methodologies",
    "methodology",
    "methods",
    "obligations",
    "platform",
    "platforms",
    "position",
    "positions",
    "practice",
    "practices",
    "procedure",
    "procedures",
    "process",
    "processes",
    "protocol",
    "protocols",
    "role",
    "roles",
    "sector",
    "service",
    "services",
    "setting",
    "settings",
    "strategies",
    "strategy",
    "technique",
    "techniques",
    "technologies",
    "technology",
    "tool",
    "tools",
];

/// Vendors whose name may be left off a product: "Apache ZooKeeper" is
/// "ZooKeeper".
#[rustfmt::skip]
pub(super) const VENDORS: &[&str] = &[
    // keep sorted
    "adobe",
    "amazon",
    "apache",
    "google",
    "ibm",
    "microsoft",
];

#[rustfmt::skip]
pub(super) const SPOKEN: &[&str] = &[
    // keep sorted
    "Arabic",
    "Bengali",
    "Cantonese",
    "Chinese",
    "Czech",
    "Danish",
    "Dutch",
    "English",
    "Farsi",
    "Finnish",
    "French",
    "German",
    "Greek",
    "Hebrew",
    "Hindi",
    "Hungarian",
    "Indonesian",
    "Italian",
    "Japanese",
    "Korean",
    "Malay",
    "Mandarin",
    "Norwegian",
    "Persian",
    "Polish",
    "Portuguese",
    "Punjabi",
    "Romanian",
    "Russian",
    "Spanish",
    "Swahili",
    "Swedish",
    "Tagalog",
    "Thai",
    "Turkish",
    "Ukrainian",
    "Urdu",
    "Vietnamese",
];

/// Words by which a sentence says what it names is preferred.
#[rustfmt::skip]
pub(super) const PREFERRED_WORDING: &[&str] = &[
    // keep sorted
    "a plus",
    "advantageous",
    "an advantage",
    "appreciated",
    "are desirable",
    "beneficial",
    "bonus",
    "desirable:",
    "desired",
    "good to have",
    "ideally",
    "is desirable",
    "nice to have",
    "nice-to-have",
    "not required",
    "optional",
    "preferably",
    "preferred",
    "would be great",
];

/// Words by which a sentence says what it names is required.
#[rustfmt::skip]
pub(super) const REQUIRED_WORDING: &[&str] = &[
    // keep sorted
    "at least",
    "essential",
    "mandatory",
    "minimum",
    "must",
    "need to",
    "needs to",
    "required",
    "requires",
];

/// Words a seniority level is made of, the value of a header's
/// "Experience:" that says the post's level, not years ("Experience:
/// Mid-Senior level", "Experience: Associate").
pub(super) const SENIORITY_WORDS: &[&str] = &[
    // keep sorted
    "applicable",
    "associate",
    "director",
    "entry",
    "executive",
    "internship",
    "junior",
    "level",
    "mid",
    "mid-senior",
    "not",
    "senior",
];

/// Labels of a line about the post: "Location: Dallas, TX".
#[rustfmt::skip]
pub(super) const POSTING_LABELS: &[&str] = &[
    // keep sorted
    "band",
    "closing date",
    "compensation",
    "contract",
    "contract type",
    "deadline",
    "department",
    "employment type",
    "function",
    "grade",
    "hours",
    "hours per day",
    "industry",
    "job function",
    "job id",
    "job posting id",
    "job type",
    "level",
    "location",
    "location(s)",
    "locations",
    "pay",
    "posted",
    "posted date",
    "posting id",
    "reference",
    "reference number",
    "reports to",
    "salary",
    "schedule",
    "seniority level",
    "shift",
    "start date",
    "type",
    "wage",
    "wages",
    "work arrangement",
    "working hours",
    "workplace type",
];

/// Words a line about the post may be made of alone: "Full-time, nights".
#[rustfmt::skip]
pub(super) const POSTING_TERMS: &[&str] = &[
    // keep sorted
    "and",
    "contract",
    "day",
    "days",
    "diem",
    "evening",
    "evenings",
    "fixed-term",
    "full",
    "full-time",
    "hybrid",
    "night",
    "nights",
    "on-site",
    "onsite",
    "or",
    "part",
    "part-time",
    "per",
    "permanent",
    "remote",
    "rotating",
    "seasonal",
    "shift",
    "shifts",
    "temporary",
    "term",
    "time",
    "weekend",
    "weekends",
];

/// Leading words that only say an item is asked: "You must know Rust".
///
/// Order matters: the first that opens the item is cut, so "you must know"
/// comes before "you must".
#[rustfmt::skip]
pub(super) const WORDING_LEADS: &[&str] = &[
    "if you have any experience with",
    "if you have experience with",
    "if you have",
    "you must know",
    "you must have",
    "you must be",
    "you must",
    "you have",
    "you know",
    "must know",
    "must have",
    "must be",
];

/// Trailing words that only say how much an item matters: "Docker is a plus".
///
/// Order matters: the first that ends the item is cut, so "is a plus"
/// comes before "a plus".
#[rustfmt::skip]
pub(super) const WORDING_TAILS: &[&str] = &[
    "(required)",
    "(preferred)",
    "(essential)",
    "(desirable)",
    "will be advantageous",
    "would be advantageous",
    "is advantageous",
    "would be an advantage",
    "will be an advantage",
    "is a plus",
    "are a plus",
    "a plus",
    "is required",
    "are required",
    "required",
    "is preferred",
    "are preferred",
    "preferred",
    "is a bonus",
    "a bonus",
    "is desirable",
    "is mandatory",
    "is essential",
    "is an advantage",
    "would be nice",
    "would be great",
    "nice to have",
    "is necessary",
    "is needed",
    "are needed",
    "needed",
];

/// Words of a heading over preferred items: "Nice to have".
#[rustfmt::skip]
pub(super) const PREFERRED_HEADINGS: &[&str] = &[
    // keep sorted
    "additional",
    "bonus",
    "desir",
    "good to have",
    "ideal",
    "nice to have",
    "nice-to-have",
    "not required",
    "optional",
    "plus",
    "prefer",
];

/// Words of a heading over required items: "Requirements", "What you bring".
#[rustfmt::skip]
pub(super) const REQUIRED_HEADINGS: &[&str] = &[
    // keep sorted
    "about you",
    "certif",
    "education",
    "experience",
    "language",
    "looking for",
    "must",
    "qualification",
    "require",
    "skill",
    "tech stack",
    "technolog",
    "tools",
    "who you are",
    "you bring",
    "you have",
    "you need",
    "you should",
    "you will bring",
    "you will need",
    "you'll bring",
    "you'll need",
    "your profile",
];

/// Words of a heading over the job itself, read only for technologies and years: "Responsibilities".
#[rustfmt::skip]
pub(super) const CONTEXT_HEADINGS: &[&str] = &[
    // keep sorted
    "day to day",
    "description",
    "duties",
    "overview",
    "responsib",
    "summary",
    "the role",
    "title",
    "what you",
];

/// Words of a heading over the conditions of the job, which no resume shows
/// and which ask nothing of it even when the heading says "requirements":
/// "Physical Aspects of Position", "Physical Requirements", "Working
/// Conditions", "Visa Requirements", "All appointments are conditional on:".
pub(super) const CONDITION_HEADINGS: &[&str] = &[
    // keep sorted
    "conditional on",
    "physical aspects",
    "physical demands",
    "physical effort",
    "physical requirements",
    "subject to",
    "visa requirement",
    "visa status",
    "work environment",
    "working conditions",
    "working environment",
];

/// Words of a heading over nothing asked: "Benefits", "About us", "Why join
/// us?", "Pay and pension", "Application questions", "Who you'll work with",
/// "Meet the team".
#[rustfmt::skip]
pub(super) const IGNORED_HEADINGS: &[&str] = &[
    // keep sorted
    "about",
    "application",
    "apply",
    "benefit",
    "benefits package",
    "company",
    "compensation",
    "contact",
    "diversity",
    "employer",
    "equal",
    "further details",
    "hours of work",
    "in return",
    "informal visit",
    "join us",
    "legal",
    "like to work",
    "location",
    "meet the team",
    "offer",
    "our mission",
    "our story",
    "our team",
    "our values",
    "pay",
    "pension",
    "perks",
    "questions",
    "remuneration",
    "reward",
    "salary",
    "screening",
    "support for you",
    "what support",
    "who we are",
    "who you'll work with",
    "who you will work with",
    "why",
    "work pattern",
    "working hours",
];

/// What an employer gives rather than asks: a line naming one of these
/// offers it ("Contributory pension scheme", "27 days holiday", "PTO"),
/// unless it asks for knowledge of it (`ASKING_WORDS`). Matched as whole
/// words.
#[rustfmt::skip]
pub(super) const BENEFIT_WORDS: &[&str] = &[
    // keep sorted
    "401k",
    "annual leave",
    "benefits package",
    "bonus",
    "bonuses",
    "car parking",
    "childcare",
    "competitive pay",
    "competitive salary",
    "dental",
    "discount",
    "discounts",
    "employee assistance",
    "free parking",
    "gym",
    "holiday",
    "holidays",
    "hours a week",
    "hours per week",
    "life insurance",
    "maternity",
    "medical",
    "overtime",
    "paid time off",
    "parking",
    "pension",
    "per annum",
    "per hour",
    "pro rata",
    "pto",
    "refer a friend",
    "relocation",
    "salaries",
    "salary",
    "sick pay",
    "vision",
    "wellbeing",
];

/// First words of a short line that gives rather than asks: "Free tea and
/// coffee", "Subsidised eye tests", "Generous leave".
#[rustfmt::skip]
pub(super) const OFFER_OPENERS: &[&str] = &[
    // keep sorted
    "complimentary",
    "discounted",
    "free",
    "generous",
    "subsidised",
    "subsidized",
];

/// Words by which a line naming a benefit asks for a skill instead:
/// "Health insurance claims experience", "Knowledge of pension regulations".
#[rustfmt::skip]
pub(super) const ASKING_WORDS: &[&str] = &[
    // keep sorted
    "ability",
    "able",
    "administer",
    "administering",
    "administration",
    "claims",
    "experience",
    "experienced",
    "familiar",
    "familiarity",
    "knowledge",
    "proficiency",
    "proficient",
    "regulations",
    "skills",
    "understanding",
];

/// Boilerplate that asks nothing: equal-opportunity and legal statements,
/// whom to contact ("For an informal discussion please contact …"), the
/// catch-all duty ("any other duties as required") and the checks the
/// employer makes after an offer ("an enhanced disclosure", "DBS check"),
/// which no resume shows, and the posting's disclaimer of itself ("This job
/// description is not designed to cover … may change at any time with or
/// without notice").
#[rustfmt::skip]
pub(super) const BOILERPLATE: &[&str] = &[
    // keep sorted
    "affirmative action",
    "any other duties",
    "authorised to work",
    "authorized to work",
    "dbs check",
    "disclosure and barring",
    "discriminat",
    "eligible for participation",
    "eligible to work",
    "enhanced disclosure",
    "equal employment",
    "equal opportunities",
    "equal opportunity",
    "for further details",
    "for further information",
    "for more information",
    "informal discussion",
    "informal visit",
    "job description is not",
    "legally eligible",
    "not an exhaustive list",
    "please contact",
    "regardless of",
    "right to work",
    "with or without notice",
    "without regard to",
    "work authorisation",
    "work authorization",
];

/// What an applicant sends, and the verbs of sending it: a line naming both
/// tells how to apply ("Please email your resume and cover letter to …").
#[rustfmt::skip]
pub(super) const APPLICATION_DOCUMENTS: &[&str] = &[
    // keep sorted
    "cover letter", "covering letter", "cv", "cvs", "resume", "resumes", "résumé",
];
#[rustfmt::skip]
pub(super) const SENDING_VERBS: &[&str] = &[
    // keep sorted
    "e mail", "email", "forward", "send", "submit", "upload",
];

/// Words of the dates of applying: "Deadline for application is 27th October".
#[rustfmt::skip]
pub(super) const APPLICATION_DATES: &[&str] = &[
    // keep sorted
    "application deadline", "applications close", "closing date for applications", "deadline for application",
    "deadline for applications",
];

/// Words of a sentence that asks something of the candidate, spaced as they
/// are matched (inside a sentence padded with a space at each end): under no
/// heading, only such sentences give requirements beyond technologies.
#[rustfmt::skip]
pub(super) const CANDIDATE_WORDS: &[&str] = &[
    // keep sorted
    " ability ", " able to ", " applicant", " candidate", " certificat", " degree", " desirable",
    " essential", " experience", " familiar", " knowledge", " licen", " looking for ", " must ",
    " post holder", " postholder", " proficien", " qualifi", " registered", " required",
    " requirement", " should ", " skill", " successful ", " understanding", " will need", " you ",
    " you'", " your ",
];

/// Phrases that hold a word of [`CANDIDATE_WORDS`] and ask nothing: "as
/// required", "when required" (when needed).
pub(super) const NOT_ASKING: &[&str] = &[
    // keep sorted
    " as and when required",
    " as required",
    " if required",
    " when required",
];

/// Words of a line ending in a colon that opens a list of what the employer
/// offers: "In return for your expertise and hard work, we offer a wide
/// range of benefits including:".
pub(super) const OFFER_LEADS: &[&str] = &[
    // keep sorted
    "awaits you",
    "benefits",
    "in return",
    "perks",
    "we can offer",
    "we offer",
    "what we offer",
    "you can expect",
    "you will receive",
];

/// Words of a line ending in a colon that opens a list of the job's duties:
/// "… must perform the following tasks:", "Your responsibilities will
/// include:", "As a Receptionist you will:".
pub(super) const DUTY_LEADS: &[&str] = &[
    // keep sorted
    "day to day",
    "day-to-day",
    "duties include",
    "duties will include",
    "following duties",
    "following tasks",
    "main duties",
    "responsibilities include",
    "responsibilities will include",
    "responsible for the following",
    "tasks include",
    "tasks will include",
    "the role involves",
    "you will:",
    "you'll:",
    "your duties",
    "your responsibilities",
    "your role will",
];

/// How a sentence opens where the employer speaks of itself.
pub(super) const EMPLOYER_OPENERS: &[&str] = &[
    // keep sorted
    "our ", "we ", "we'll ", "we're ", "we've ",
];

/// Words before "will" that name who holds the job: "The post holder will
/// play a key role in …", "You will work closely with …", "The successful
/// candidate will provide …".
pub(super) const HOLDER_WORDS: &[&str] = &[
    // keep sorted
    "applicant",
    "applicants",
    "candidate",
    "candidates",
    "holder",
    "holders",
    "jobholder",
    "postholder",
    "they",
    "you",
];

/// Words that name the job's duties: "Duties will include planning and
/// preparing meals …", "Key responsibilities include:".
pub(super) const DUTY_NOUNS: &[&str] = &[
    // keep sorted
    "duties",
    "functions",
    "responsibilities",
    "tasks",
];

/// Words after "will" that ask of the one who holds the job rather than
/// say what the job does: "You will have …", "… will need …", "… will be
/// able to …"; and the words that may stand between ("You will ideally
/// have"), skipped.
pub(super) const WILL_ASK: &[&str] = &[
    // keep sorted
    "bring",
    "demonstrate",
    "have",
    "hold",
    "need",
    "possess",
    "require",
];
pub(super) const WILL_ADVERBS: &[&str] = &[
    // keep sorted
    "additionally",
    "already",
    "also",
    "ideally",
    "preferably",
    "usually",
];

/// Words that still ask, after what the holder will do: "You will work in
/// challenging environments, therefore excellent communication skills are
/// essential."
pub(super) const STILL_ASKS: &[&str] = &[
    // keep sorted
    " ability ",
    " able to ",
    " certificat",
    " degree",
    " essential",
    " experience",
    " knowledge",
    " licen",
    " must ",
    " qualifi",
    " required",
    " skill",
];

/// Words after "will be" that say what the job does, not what its holder
/// must be: "You will be responsible for …", "… will be part of a team".
pub(super) const WILL_BE_DOING: &[&str] = &[
    // keep sorted
    "accountable",
    "involved",
    "joining",
    "part",
    "reporting",
    "responsible",
    "supporting",
    "tasked",
    "working",
];

/// Verbs in the third person that open a duty of the job ("Develops lesson
/// plans …"), lower case.
pub(super) const DUTY_VERBS: &[&str] = &[
    // keep sorted
    "administers",
    "advises",
    "analyses",
    "analyzes",
    "assesses",
    "assists",
    "attends",
    "builds",
    "carries",
    "collaborates",
    "communicates",
    "completes",
    "conducts",
    "continues",
    "contributes",
    "coordinates",
    "creates",
    "delivers",
    "designs",
    "develops",
    "directs",
    "documents",
    "encourages",
    "ensures",
    "establishes",
    "evaluates",
    "facilitates",
    "follows",
    "handles",
    "identifies",
    "implements",
    "instructs",
    "liaises",
    "maintains",
    "manages",
    "monitors",
    "organises",
    "organizes",
    "oversees",
    "participates",
    "performs",
    "plans",
    "prepares",
    "promotes",
    "provides",
    "records",
    "reports",
    "responds",
    "reviews",
    "schedules",
    "serves",
    "supervises",
    "supports",
    "teaches",
    "tracks",
    "trains",
    "undertakes",
    "utilizes",
    "works",
    "writes",
];

/// The first word of a short lead before "we" in a sentence where the
/// employer speaks of itself: "At Benenden we are proud …", "Here at Acme, we …".
pub(super) const EMPLOYER_LEADS: &[&str] = &[
    // keep sorted
    "across", "at", "here", "in", "within",
];

/// The first words of headings that a page stripped of its markup runs onto
/// the word before ("… basic algebraJob Responsibilities:", "… on
/// timeBenefits"), as written, capital first.
pub(super) const GLUED_HEADING_WORDS: &[&str] = &[
    // keep sorted
    "About",
    "Benefits",
    "Duties",
    "Education",
    "Job",
    "Qualifications",
    "Requirements",
    "Responsibilities",
    "Salary",
];

/// Phrases that say what the candidate joins, describing the employer:
/// "you can be confident you are joining an industry leading team".
pub(super) const JOINING: &[&str] = &[
    // keep sorted
    "you are joining",
    "you will be joining",
    "you will join",
    "you'll be joining",
    "you'll join",
];

/// What the employer says before what it asks of the candidate, each
/// followed by a space: "we are looking for a nurse with …".
pub(super) const EMPLOYER_ASKS: &[&str] = &[
    // keep sorted
    "expect ",
    "looking for ",
    "need ",
    "needs ",
    "require ",
    "requires ",
    "searching for ",
    "seeking ",
    "want ",
    "wants ",
    "would like ",
];

/// Phrases that name a personal quality though their words alone name none
/// ("time", "management"): "Meet deadlines", "Time management".
#[rustfmt::skip]
pub(super) const PERSONAL_QUALITY_PHRASES: &[&str] = &[
    // keep sorted
    "meet deadlines",
    "meeting deadlines",
    "time management",
];

/// Words of a personal quality ("Excellent communication skills",
/// "Team player", "Self-motivated", "Able to work in a fast-paced
/// environment"): an item made only of these (and stop words) is weighed
/// minor and preferred in the rubric by default, since a resume rarely
/// shows one and an interview tells.
#[rustfmt::skip]
pub(super) const PERSONAL_QUALITY_WORDS: &[&str] = &[
    // keep sorted
    "abilities", "ability", "able", "active", "adaptable", "approach", "approachable", "articulate",
    "attention", "attitude", "calm", "caring", "commitment", "committed", "communication",
    "communicator", "compassion", "compassionate", "confidence", "confident", "conscientious",
    "critical", "curious", "decision", "dedicated", "detail", "detailed", "diplomatic", "driven",
    "dynamic", "eager", "empathetic", "empathy", "energetic", "enquiring", "enthusiasm",
    "enthusiastic", "environment", "excellent", "fast", "flexible", "friendly", "good", "hard",
    "honest", "initiative", "innovative", "inquiring", "inquisitive", "integrity", "interpersonal",
    "keen", "listening", "making", "manner", "mind", "minded", "motivated", "multitasking",
    "organisation", "organisational", "organised", "organization", "organizational", "organized",
    "pace", "paced", "passion", "passionate", "patient", "people", "player", "positive", "pressure",
    "prioritisation", "prioritization", "proactive", "problem", "professional", "punctual",
    "reliable", "resilient", "resourceful", "respectful", "role", "self", "skill", "skills",
    "solving", "spirit", "spirited", "strong", "supportive", "tactful", "team", "teamwork",
    "thinking", "verbal", "willing", "work", "worker", "working", "written",
];

/// Words of relating that, right before "with", make the list after it the
/// parties a relationship is with, not things asked: "Promote good
/// relationships with patients, relatives, …", "Liaise with GPs, …".
#[rustfmt::skip]
pub(super) const RELATING_WORDS: &[&str] = &[
    // keep sorted
    "collaborate", "collaborating", "collaboration", "communicate", "communicating", "communication",
    "contact", "liaise", "liaising", "liaison", "rapport", "relations", "relationship",
    "relationships", "working",
];

/// Nouns and adjectives "to" completes, not a purpose: "attention to
/// detail", "excited to generate leads".
#[rustfmt::skip]
pub(super) const TAKES_TO: &[&str] = &[
    // keep sorted
    "adherence", "approach", "attention", "commitment", "committed", "dedicated", "dedication", "determined",
    "driven", "eager", "excited", "exposure", "keen", "motivated", "open", "prepared", "ready", "sensitivity",
    "willing",
];

/// Words after "to" that start whom or what it goes to, not a purpose:
/// "selling to the board", "reporting to senior leadership".
#[rustfmt::skip]
pub(super) const TO_WHOM: &[&str] = &[
    // keep sorted
    "all", "any", "both", "each", "every", "external", "internal", "its", "new", "other", "our", "senior",
    "their", "these", "this", "those", "various", "your",
];

/// Words of a sentence that speak of years of work: "5+ years of
/// experience", "worked for 3 years", "2 years as a nurse".
#[rustfmt::skip]
pub(super) const YEARS_OF_WORK: &[&str] = &[
    // keep sorted
    " as a ", " as an ", "background", "career", "employment", "experience", "held", "position", "practi",
    "role", "track record", "work", "years as", "years in", "years of", "years with", "years'", "yrs",
];

/// Modifiers that come in pairs over one noun: "internal and external
/// stakeholders", "written and verbal communication", "short- or long-term".
#[rustfmt::skip]
pub(super) const PAIRED_MODIFIERS: &[&str] = &[
    // keep sorted
    "back", "back-end", "domestic", "external", "formal", "front", "front-end", "full-time", "informal",
    "inpatient", "internal", "international", "junior", "local", "long-term", "national", "non-technical",
    "oral", "outpatient", "part-time", "primary", "private", "public", "qualitative", "quantitative",
    "secondary", "senior", "short-term", "spoken", "technical", "verbal", "written",
];

/// What joins a second thing asked to a first in one item: "Passion for
/// coffee and ability to prepare espresso", "open availability and able to
/// work flexible hours".
#[rustfmt::skip]
pub(super) const ABILITY_JOINTS: &[&str] = &[
    // keep sorted
    " and ability to ", " and able to ", " and the ability to ", " and willing to ",
    " and willingness to ",
];

/// Words before "must be" that make its subject a person, so the sentence
/// asks of someone ("Candidates must be registered …"), besides role nouns.
#[rustfmt::skip]
pub(super) const PERSON_WORDS: &[&str] = &[
    // keep sorted
    "applicant", "applicants", "candidate", "candidates", "employee", "employees", "he", "i",
    "individual", "person", "postholder", "she", "staff", "they", "we", "who", "you",
];

/// Words that point an ask for experience at the job itself: "Previous
/// experience", "Experience in a similar role".
pub(super) const EXPERIENCE_OF_THE_JOB: &[&str] = &[
    // keep sorted
    "demonstrable",
    "previous",
    "prior",
    "proven",
    "relevant",
    "similar",
];

/// The other words a sentence asking for experience of the job alone may
/// hold: "Previous experience in a similar role is essential".
#[rustfmt::skip]
pub(super) const EXPERIENCE_ALONE: &[&str] = &[
    // keep sorted
    "a", "advantage", "an", "be", "capacity", "desirable", "environment", "essential", "experience",
    "field", "have", "in", "is", "job", "must", "necessary", "of", "position", "post", "preferred",
    "required", "role", "setting", "should", "the", "this", "will", "would", "you",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tables::assert_set;

    #[test]
    fn requirement_tables_hold_no_duplicates() {
        assert_set("QUALIFIER_NOUNS", QUALIFIER_NOUNS);
        assert_set("QUALIFIERS", QUALIFIERS);
        assert_set("KIND_NOUNS", KIND_NOUNS);
        assert_set("VENDORS", VENDORS);
        assert_set("SPOKEN", SPOKEN);
        assert_set("PREFERRED_WORDING", PREFERRED_WORDING);
        assert_set("REQUIRED_WORDING", REQUIRED_WORDING);
        assert_set("POSTING_LABELS", POSTING_LABELS);
        assert_set("POSTING_TERMS", POSTING_TERMS);
        assert_set("SENIORITY_WORDS", SENIORITY_WORDS);
        assert_set("WORDING_LEADS", WORDING_LEADS);
        assert_set("WORDING_TAILS", WORDING_TAILS);
        assert_set("PREFERRED_HEADINGS", PREFERRED_HEADINGS);
        assert_set("REQUIRED_HEADINGS", REQUIRED_HEADINGS);
        assert_set("EXPERIENCE_OF_THE_JOB", EXPERIENCE_OF_THE_JOB);
        assert_set("EXPERIENCE_ALONE", EXPERIENCE_ALONE);
        assert_set("CANDIDATE_WORDS", CANDIDATE_WORDS);
        assert_set("PERSONAL_QUALITY_WORDS", PERSONAL_QUALITY_WORDS);
        assert_set("PERSONAL_QUALITY_PHRASES", PERSONAL_QUALITY_PHRASES);
        assert_set("RELATING_WORDS", RELATING_WORDS);
        assert_set("ABILITY_JOINTS", ABILITY_JOINTS);
        assert_set("TAKES_TO", TAKES_TO);
        assert_set("TO_WHOM", TO_WHOM);
        assert_set("PAIRED_MODIFIERS", PAIRED_MODIFIERS);
        assert_set("YEARS_OF_WORK", YEARS_OF_WORK);
        assert_set("APPLICATION_DOCUMENTS", APPLICATION_DOCUMENTS);
        assert_set("SENDING_VERBS", SENDING_VERBS);
        assert_set("APPLICATION_DATES", APPLICATION_DATES);
        assert_set("PERSON_WORDS", PERSON_WORDS);
        assert_set("CONTEXT_HEADINGS", CONTEXT_HEADINGS);
        assert_set("IGNORED_HEADINGS", IGNORED_HEADINGS);
        assert_set("BENEFIT_WORDS", BENEFIT_WORDS);
        assert_set("BOILERPLATE", BOILERPLATE);
        assert_set("CONDITION_HEADINGS", CONDITION_HEADINGS);
        assert_set("OFFER_OPENERS", OFFER_OPENERS);
        assert_set("EMPLOYER_OPENERS", EMPLOYER_OPENERS);
        assert_set("OFFER_LEADS", OFFER_LEADS);
        assert_set("EMPLOYER_ASKS", EMPLOYER_ASKS);
        assert_set("EMPLOYER_LEADS", EMPLOYER_LEADS);
        assert_set("DUTY_VERBS", DUTY_VERBS);
        assert_set("HOLDER_WORDS", HOLDER_WORDS);
        assert_set("DUTY_NOUNS", DUTY_NOUNS);
        assert_set("WILL_ASK", WILL_ASK);
        assert_set("STILL_ASKS", STILL_ASKS);
        assert_set("WILL_ADVERBS", WILL_ADVERBS);
        assert_set("WILL_BE_DOING", WILL_BE_DOING);
        assert_set("DUTY_LEADS", DUTY_LEADS);
        assert_set("NOT_ASKING", NOT_ASKING);
        assert_set("JOINING", JOINING);
        assert_set("GLUED_HEADING_WORDS", GLUED_HEADING_WORDS);
    }
}
