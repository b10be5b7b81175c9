//! The scan set's pages and their noise, from a seed: what is drawn is known
//! word for word, so the OCR text can be scored against it. Nothing here
//! draws; `draw_page.js` lays the blocks out on a canvas in the browser.

use serde_json::{Value, json};

/// A4 in points, as the drawing script lays it out.
pub const PAGE_WIDTH_PT: f64 = 595.0;
pub const PAGE_HEIGHT_PT: f64 = 842.0;

const FIRST_NAMES: &[&str] = &[
    "Grace", "Daniel", "Amara", "Tomasz", "Leila", "Samuel", "Ingrid", "Mateo", "Priya", "Owen", "Chloe",
    "Hassan", "Ruth", "Victor", "Naomi", "Felix",
];
const LAST_NAMES: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreno",
    "Kowalski",
    "Haddad",
    "Brennan",
    "Nakamura",
    "Fischer",
    "Mensah",
    "Dubois",
    "Patel",
    "Harrison",
    "Castillo",
    "Novak",
    "Whitfield",
    "Adeyemi",
];
const CITIES: &[&str] = &[
    "Leeds",
    "Manchester",
    "Bristol",
    "Glasgow",
    "Dublin",
    "Cardiff",
    "Rotterdam",
    "Toronto",
    "Denver",
    "Melbourne",
    "Auckland",
    "Lisbon",
];
const TITLES: &[&str] = &[
    "Registered Nurse",
    "Warehouse Supervisor",
    "Electrician",
    "Accounts Assistant",
    "Software Developer",
    "Site Manager",
    "Care Assistant",
    "Data Analyst",
    "Maintenance Technician",
    "Office Administrator",
    "Sales Representative",
    "Project Coordinator",
];
const EMPLOYERS: &[&str] = &[
    "Saint Mary Hospital",
    "Northern Freight Limited",
    "Brightwell Energy",
    "Harbour Council",
    "Kestrel Software",
    "Oakfield Builders",
    "Riverside Care Home",
    "Meridian Retail Group",
    "Atlas Engineering",
    "Greenway Logistics",
    "Summit Insurance",
    "Parkview Schools",
];
const ACTIONS: &[&str] = &[
    "Managed",
    "Planned",
    "Supervised",
    "Maintained",
    "Improved",
    "Prepared",
    "Coordinated",
    "Trained",
    "Audited",
    "Reduced",
    "Organised",
    "Delivered",
];
const OBJECTS: &[&str] = &[
    "weekly rotas for a team of twelve staff",
    "stock records and monthly inventory checks",
    "safety inspections across three sites",
    "patient records and medication charts",
    "customer accounts and overdue invoices",
    "electrical installations in new homes",
    "reports on sales figures for the board",
    "training sessions for new starters",
    "repairs to conveyor belts and loading bays",
    "budgets for small building projects",
    "complaints from clients by phone and email",
    "deliveries to shops across the region",
];
const RESULTS: &[&str] = &[
    "cutting overtime by a fifth",
    "with no lost days in two years",
    "saving the company about 30000 pounds",
    "praised in the annual review",
    "ahead of every deadline",
    "raising customer scores from 72 to 91 percent",
];
const SKILLS: &[&str] = &[
    "Excel",
    "SQL",
    "Python",
    "Word",
    "SAP",
    "Forklift licence",
    "First aid",
    "Wound care",
    "Bookkeeping",
    "Scheduling",
    "AutoCAD",
    "Customer service",
    "Payroll",
    "Team leadership",
    "Health and safety",
    "Inventory control",
    "Report writing",
    "Welding",
];
const DEGREES: &[&str] = &[
    "Bachelor of Nursing",
    "Diploma in Electrical Installation",
    "BSc Computer Science",
    "BA Business Management",
    "Certificate in Accounting",
    "NVQ Level 3 Health and Social Care",
];
const SCHOOLS: &[&str] = &[
    "University of Leeds",
    "Leeds City College",
    "University of Bristol",
    "Open University",
    "Cardiff Metropolitan",
];
const LANGUAGES: &[&str] = &["English", "French", "Spanish", "Polish", "Arabic", "German", "Portuguese"];
const MONTHS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// What a line of the page is, which sets its type and place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Name,
    Contact,
    Heading,
    Line,
    Bullet,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Contact => "contact",
            Kind::Heading => "heading",
            Kind::Line => "line",
            Kind::Bullet => "bullet",
        }
    }
}

/// One block of text: the drawing script wraps it to its column.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// 0: across the page (the header), 1: the left column (or the only
    /// one), 2: the right column.
    pub column: u8,
    pub kind: Kind,
    pub text: String,
}

/// One resume-like page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub two_columns: bool,
    /// The body's type size in points, 10–12.
    pub body_pt: u8,
    pub blocks: Vec<Block>,
}

impl Page {
    /// The words drawn, one block a line: what the OCR text is scored against.
    pub fn text(&self) -> String {
        self.blocks.iter().map(|block| block.text.as_str()).collect::<Vec<_>>().join("\n")
    }

    /// The page as the drawing script takes it.
    pub fn to_json(&self) -> Value {
        json!({
            "twoColumns": self.two_columns,
            "bodyPt": self.body_pt,
            "blocks": self.blocks.iter().map(|block| json!({
                "column": block.column,
                "kind": block.kind.as_str(),
                "text": block.text,
            })).collect::<Vec<_>>(),
        })
    }
}

fn pick<'a>(rng: &mut fastrand::Rng, pool: &[&'a str]) -> &'a str {
    pool[rng.usize(..pool.len())]
}

/// `count` different entries of `pool`, in a seeded order.
fn pick_some<'a>(rng: &mut fastrand::Rng, pool: &[&'a str], count: usize) -> Vec<&'a str> {
    let mut all = pool.to_vec();
    rng.shuffle(&mut all);
    all.truncate(count);
    all
}

/// Page `index` of the set made from `seed`: even pages have one column,
/// odd pages two (skills, education and languages beside the experience).
pub fn page(seed: u64, index: usize) -> Page {
    let mut rng = fastrand::Rng::with_seed(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let two_columns = index % 2 == 1;
    let body_pt = rng.u8(10..=12);
    let (first, last) = (pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES));
    let (side, main) = if two_columns { (1, 2) } else { (1, 1) };
    let block = |column: u8, kind: Kind, text: String| Block { column, kind, text };

    let mut header = vec![
        block(0, Kind::Name, format!("{first} {last}")),
        block(
            0,
            Kind::Contact,
            format!(
                "{} | {}.{}@example.com | 07700 900{:03}",
                pick(&mut rng, CITIES),
                first.to_lowercase(),
                last.to_lowercase(),
                rng.u16(100..1000)
            ),
        ),
    ];

    let mut experience = vec![block(main, Kind::Heading, "Experience".to_owned())];
    let mut year = rng.u16(2019..=2024);
    let titles = pick_some(&mut rng, TITLES, 3);
    let employers = pick_some(&mut rng, EMPLOYERS, 3);
    let jobs = if two_columns { 2 } else { 3 };
    for (job, (title, employer)) in titles.iter().zip(&employers).take(jobs).enumerate() {
        let end = if job == 0 { "present".to_owned() } else { format!("{} {year}", pick(&mut rng, MONTHS)) };
        let start_year = year - rng.u16(2..=5);
        experience.push(block(main, Kind::Line, format!("{title}, {employer}, {}", pick(&mut rng, CITIES))));
        experience.push(block(main, Kind::Line, format!("{} {start_year} - {end}", pick(&mut rng, MONTHS))));
        for _ in 0..rng.usize(2..=3) {
            let bullet = format!(
                "{} {} {}",
                pick(&mut rng, ACTIONS),
                pick(&mut rng, OBJECTS),
                pick(&mut rng, RESULTS)
            );
            experience.push(block(main, Kind::Bullet, bullet));
        }
        year = start_year;
    }

    let skills = rng.usize(7..=10);
    let mut rest = vec![
        block(side, Kind::Heading, "Skills".to_owned()),
        block(side, Kind::Line, pick_some(&mut rng, SKILLS, skills).join(", ")),
        block(side, Kind::Heading, "Education".to_owned()),
        block(
            side,
            Kind::Line,
            format!("{}, {}, {}", pick(&mut rng, DEGREES), pick(&mut rng, SCHOOLS), year - rng.u16(1..=3)),
        ),
    ];
    if two_columns {
        rest.push(block(side, Kind::Heading, "Languages".to_owned()));
        rest.push(block(side, Kind::Line, pick_some(&mut rng, LANGUAGES, 2).join(", ")));
    }

    // One column: the experience first; two: the side column, then the main one.
    if two_columns {
        header.extend(rest);
        header.extend(experience);
    } else {
        header.extend(experience);
        header.extend(rest);
    }
    Page { two_columns, body_pt, blocks: header }
}

/// How a noisy page departs from a clean one: mild, as a flatbed scanner
/// or a careful phone photo would.
#[derive(Debug, Clone, PartialEq)]
pub struct Noise {
    /// The page's skew, in degrees (0.3–1.2 either way).
    pub skew_degrees: f64,
    /// A soft blur, in points (about a pixel at 200–300 dpi).
    pub blur_pt: f64,
    /// The paper's grey (0–255) and the ink's.
    pub paper: u8,
    pub ink: u8,
    /// Dust: (x, y, radius) in points, and grey.
    pub specks: Vec<(f64, f64, f64, u8)>,
}

impl Noise {
    /// The noise of page `index` of the set made from `seed`; the same at
    /// every resolution, since it is in points.
    pub fn of(seed: u64, index: usize) -> Noise {
        let mut rng = fastrand::Rng::with_seed(
            seed.rotate_left(17) ^ (index as u64 + 1).wrapping_mul(0xD6E8_FEB8_6659_FD93),
        );
        let sign = if rng.bool() { 1.0 } else { -1.0 };
        let skew_degrees = sign * (0.3 + 0.9 * rng.f64());
        let specks = (0..400)
            .map(|_| {
                let x = rng.f64() * PAGE_WIDTH_PT;
                let y = rng.f64() * PAGE_HEIGHT_PT;
                let radius = 0.12 + 0.3 * rng.f64();
                (x, y, radius, rng.u8(0..=110))
            })
            .collect();
        Noise { skew_degrees, blur_pt: 0.2, paper: rng.u8(236..=246), ink: rng.u8(20..=50), specks }
    }

    pub fn to_json(&self) -> Value {
        json!({
            "skewDegrees": self.skew_degrees,
            "blurPt": self.blur_pt,
            "paper": self.paper,
            "ink": self.ink,
            "specks": self.specks.iter().map(|&(x, y, r, grey)| json!([x, y, r, grey])).collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_pages_and_noise_and_another_seed_others() {
        assert_eq!(page(7, 0), page(7, 0));
        assert_eq!(Noise::of(7, 1), Noise::of(7, 1));
        assert_ne!(page(7, 0).text(), page(8, 0).text());
        assert_ne!(page(7, 0).text(), page(7, 2).text());
        assert_ne!(Noise::of(7, 0), Noise::of(7, 1));
    }

    #[test]
    fn pages_are_resume_like_in_one_or_two_columns_at_10_to_12_points() {
        for index in 0..8 {
            let page = page(11, index);
            assert_eq!(page.two_columns, index % 2 == 1);
            assert!((10..=12).contains(&page.body_pt), "{page:?}");
            let headings: Vec<&str> =
                page.blocks.iter().filter(|b| b.kind == Kind::Heading).map(|b| b.text.as_str()).collect();
            for heading in ["Experience", "Skills", "Education"] {
                assert!(headings.contains(&heading), "{headings:?}");
            }
            assert_eq!(page.blocks[0].kind, Kind::Name);
            assert_eq!(page.blocks.iter().filter(|b| b.kind == Kind::Name).count(), 1);
            // Dated jobs: "Mar 2016 - present", "Jun 2014 - Feb 2016".
            let dates = page.blocks.iter().filter(|b| b.text.contains(" - ")).count();
            assert_eq!(dates, if page.two_columns { 2 } else { 3 }, "{}", page.text());
            assert!(page.text().contains(" - present"), "{}", page.text());
            let columns: Vec<u8> = page.blocks.iter().map(|b| b.column).collect();
            assert_eq!(columns.contains(&2), page.two_columns, "{columns:?}");
            // The text scored against is every block's, in order.
            assert_eq!(page.text().lines().count(), page.blocks.len());
        }
    }

    #[test]
    fn noise_is_mild_and_on_the_page() {
        for index in 0..8 {
            let noise = Noise::of(3, index);
            assert!((0.3..=1.2).contains(&noise.skew_degrees.abs()), "{}", noise.skew_degrees);
            assert!(noise.paper > 230 && noise.ink < 60);
            assert_eq!(noise.specks.len(), 400);
            for &(x, y, radius, _) in &noise.specks {
                assert!((0.0..PAGE_WIDTH_PT).contains(&x) && (0.0..PAGE_HEIGHT_PT).contains(&y));
                assert!(radius < 0.5, "a speck is dust, not a blot");
            }
        }
    }
}
