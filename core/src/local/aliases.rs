//! The alias table: known technologies and skills, each under one canonical
//! name with the spellings people use for it. "k8s" and "Kubernetes" become
//! the same concept, so either side of the match may use either.
//!
//! An alias starting with `!` matches only with exactly that case: "Go" the
//! language but not "go" the verb, "ML" but not "ml" (millilitres).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::text::{self, Token};

/// The index of a concept in [`CONCEPTS`].
pub type ConceptId = u16;

/// Canonical name, then aliases (lower case unless they start with `!`).
const CONCEPTS: &[(&str, &[&str])] = &[
    // Languages.
    ("Python", &["python", "python3"]),
    ("Java", &["java"]),
    ("JavaScript", &["javascript", "js", "ecmascript", "es6"]),
    ("TypeScript", &["typescript"]),
    ("Go", &["!Go", "golang", "!GO"]),
    ("Rust", &["!Rust", "rustlang"]),
    ("C", &["!C"]),
    ("C++", &["c++", "cpp"]),
    ("C#", &["c#", "csharp", "c sharp"]),
    (".NET", &[".net", "dotnet", ".net core", ".net framework"]),
    ("ASP.NET", &["asp.net", "asp.net core", "asp.net mvc"]),
    ("Ruby", &["!Ruby"]),
    ("Ruby on Rails", &["ruby on rails", "rails", "ror"]),
    ("PHP", &["php"]),
    ("Scala", &["scala"]),
    ("Kotlin", &["kotlin"]),
    ("Swift", &["!Swift"]),
    ("Objective-C", &["objective-c", "objc"]),
    ("R", &["!R"]),
    ("MATLAB", &["matlab"]),
    ("Perl", &["perl"]),
    ("Haskell", &["haskell"]),
    ("Elixir", &["elixir"]),
    ("Erlang", &["erlang"]),
    ("Clojure", &["clojure"]),
    ("Lua", &["lua"]),
    ("Dart", &["!Dart"]),
    ("Flutter", &["flutter"]),
    ("Shell scripting", &["bash", "shell scripting", "shell script", "shell scripts", "zsh"]),
    ("PowerShell", &["powershell"]),
    ("SQL", &["sql", "t-sql", "pl/sql", "tsql", "structured query language"]),
    ("NoSQL", &["nosql"]),
    ("Solidity", &["solidity"]),
    ("Assembly", &["assembly language", "x86 assembly"]),
    ("VBA", &["vba"]),
    ("COBOL", &["cobol"]),
    ("Fortran", &["fortran"]),
    // Data stores.
    ("PostgreSQL", &["postgresql", "postgres", "psql", "postgre"]),
    ("MySQL", &["mysql", "mariadb"]),
    ("SQLite", &["sqlite"]),
    ("Oracle Database", &["!Oracle", "oracle db", "oracle database"]),
    ("SQL Server", &["sql server", "mssql", "ms sql", "microsoft sql server"]),
    ("MongoDB", &["mongodb", "mongo"]),
    ("Redis", &["redis"]),
    ("Cassandra", &["cassandra"]),
    ("Elasticsearch", &["elasticsearch", "elastic search", "opensearch"]),
    ("DynamoDB", &["dynamodb"]),
    ("Snowflake", &["snowflake"]),
    ("BigQuery", &["bigquery"]),
    ("Redshift", &["redshift"]),
    ("Neo4j", &["neo4j"]),
    // Data and ML.
    ("Apache Kafka", &["kafka", "apache kafka"]),
    ("RabbitMQ", &["rabbitmq"]),
    ("Apache Spark", &["spark", "apache spark", "pyspark"]),
    ("Hadoop", &["hadoop", "hdfs"]),
    ("Airflow", &["airflow", "apache airflow"]),
    ("dbt", &["dbt"]),
    ("ETL", &["etl", "elt"]),
    ("Tableau", &["tableau"]),
    ("Power BI", &["power bi", "powerbi"]),
    ("Looker", &["looker"]),
    ("Microsoft Excel", &["!Excel", "ms excel", "microsoft excel", "spreadsheets", "spreadsheet"]),
    ("Microsoft Office", &["microsoft office", "ms office", "office 365", "microsoft 365"]),
    ("Machine learning", &["machine learning", "!ML"]),
    ("Deep learning", &["deep learning"]),
    ("Artificial intelligence", &["artificial intelligence", "!AI"]),
    ("Natural language processing", &["natural language processing", "!NLP", "nlp"]),
    ("Computer vision", &["computer vision"]),
    ("Large language models", &["large language models", "large language model", "llm", "llms"]),
    ("TensorFlow", &["tensorflow"]),
    ("PyTorch", &["pytorch", "torch"]),
    ("scikit-learn", &["scikit-learn", "sklearn", "scikit learn"]),
    ("pandas", &["pandas"]),
    ("NumPy", &["numpy"]),
    ("Keras", &["keras"]),
    ("Statistics", &["statistics", "statistical", "statistical analysis"]),
    ("Mathematics", &["mathematics", "math", "maths", "mathematical"]),
    (
        "Data analysis",
        &["data analysis", "data analytics", "analytics", "analyzing data", "analysing data", "analyze data"],
    ),
    ("Data visualization", &["data visualization", "data visualisation"]),
    ("A/B testing", &["a/b testing", "ab testing", "a/b tests", "split testing"]),
    // Cloud and operations.
    ("AWS", &["aws", "amazon web services"]),
    ("Azure", &["azure", "microsoft azure"]),
    ("Google Cloud", &["gcp", "google cloud", "google cloud platform"]),
    ("Docker", &["docker", "containers", "containerization", "containerisation"]),
    ("Kubernetes", &["kubernetes", "k8s", "eks", "gke", "aks"]),
    ("Helm", &["!Helm", "helm charts"]),
    ("OpenShift", &["openshift"]),
    ("Terraform", &["terraform"]),
    ("Ansible", &["ansible"]),
    ("Puppet", &["!Puppet"]),
    ("Jenkins", &["jenkins"]),
    ("GitHub Actions", &["github actions"]),
    ("GitLab CI", &["gitlab ci", "gitlab-ci", "gitlab ci/cd"]),
    ("CircleCI", &["circleci"]),
    (
        "CI/CD",
        &[
            "!CI",
            "ci/cd",
            "ci / cd",
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
            "cicd",
        ],
    ),
    ("Git", &["git", "github", "gitlab", "bitbucket"]),
    ("Linux", &["linux", "ubuntu", "debian", "centos", "red hat", "redhat", "rhel"]),
    ("Unix", &["unix"]),
    ("macOS", &["macos", "os x"]),
    (
        "Windows",
        &["!Windows", "windows server", "windows 10", "windows 11", "ms windows", "microsoft windows"],
    ),
    ("Prometheus", &["prometheus"]),
    ("Grafana", &["grafana"]),
    ("Datadog", &["datadog"]),
    ("Splunk", &["splunk"]),
    ("Nginx", &["nginx"]),
    ("Serverless", &["serverless", "aws lambda", "lambda functions"]),
    ("Microservices", &["microservices", "microservice", "micro-services"]),
    ("VMware", &["vmware", "vsphere", "esxi"]),
    ("Hyper-V", &["hyper-v"]),
    ("Active Directory", &["active directory"]),
    ("TCP/IP", &["tcp/ip"]),
    ("DNS", &["dns"]),
    ("VPN", &["vpn"]),
    ("Cisco", &["cisco", "ccna", "ccnp"]),
    ("SIEM", &["siem"]),
    ("Penetration testing", &["penetration testing", "pen testing", "pentesting"]),
    ("Cybersecurity", &["cybersecurity", "cyber security", "information security", "infosec"]),
    // Web and mobile.
    ("React", &["react", "react.js", "reactjs"]),
    ("React Native", &["react native"]),
    ("Angular", &["angular", "angularjs", "angular.js"]),
    ("Vue.js", &["vue", "vue.js", "vuejs"]),
    ("Svelte", &["svelte"]),
    ("Next.js", &["next.js", "nextjs"]),
    ("Node.js", &["node.js", "nodejs", "node js"]),
    ("Express", &["express.js", "expressjs"]),
    ("Django", &["django"]),
    ("Flask", &["flask"]),
    ("FastAPI", &["fastapi"]),
    ("Spring", &["!Spring", "spring boot", "springboot", "spring framework"]),
    ("Laravel", &["laravel"]),
    ("jQuery", &["jquery"]),
    ("HTML", &["html", "html5"]),
    ("CSS", &["css", "css3"]),
    ("Sass", &["sass", "scss"]),
    ("Tailwind CSS", &["tailwind", "tailwind css", "tailwindcss"]),
    ("GraphQL", &["graphql"]),
    ("REST APIs", &["rest", "restful", "rest api", "rest apis", "restful apis"]),
    ("gRPC", &["grpc"]),
    ("WebAssembly", &["webassembly", "wasm"]),
    ("iOS", &["ios"]),
    ("Android", &["android"]),
    // Testing and practice.
    ("Selenium", &["selenium"]),
    ("Cypress", &["cypress"]),
    ("Jest", &["!Jest"]),
    ("JUnit", &["junit"]),
    ("pytest", &["pytest"]),
    ("Test-driven development", &["tdd", "test-driven development", "test driven development"]),
    ("Unit testing", &["unit testing", "unit tests"]),
    ("Agile", &["agile"]),
    ("Project management", &["project management", "!PM"]),
    ("Systems administration", &["systems administration", "system administration", "sysadmin", "sys admin"]),
    ("Scrum", &["scrum"]),
    ("Kanban", &["kanban"]),
    ("Jira", &["jira"]),
    ("Confluence", &["confluence"]),
    (
        "Object-oriented programming",
        &["object-oriented programming", "oop", "object oriented programming", "object-oriented"],
    ),
    ("Distributed systems", &["distributed systems"]),
    ("Data structures and algorithms", &["data structures", "algorithms"]),
    // Business tools.
    ("Salesforce", &["salesforce"]),
    ("SAP", &["!SAP"]),
    ("HubSpot", &["hubspot"]),
    ("QuickBooks", &["quickbooks"]),
    ("Figma", &["figma"]),
    ("Adobe Photoshop", &["photoshop", "adobe photoshop"]),
    ("Adobe Illustrator", &["illustrator", "adobe illustrator"]),
    ("Adobe InDesign", &["indesign", "adobe indesign"]),
    ("AutoCAD", &["autocad"]),
    ("SolidWorks", &["solidworks"]),
    ("Revit", &["revit"]),
    ("SEO", &["seo", "search engine optimization", "search engine optimisation"]),
    ("Google Analytics", &["google analytics"]),
    ("CRM", &["crm", "customer relationship management"]),
    ("ERP", &["erp", "enterprise resource planning"]),
    ("UX design", &["ux", "user experience", "ux design", "ux/ui", "ui/ux"]),
    ("EHR", &["ehr", "emr", "electronic health records", "electronic medical records"]),
    ("CPR", &["cpr"]),
    ("GAAP", &["gaap"]),
    ("PMP", &["pmp", "project management professional"]),
    ("CPA", &["!CPA", "certified public accountant"]),
    // Licences and certificates of health care and finance.
    ("BLS", &["!BLS", "basic life support"]),
    ("ACLS", &["!ACLS", "advanced cardiovascular life support", "advanced cardiac life support"]),
    ("PALS", &["!PALS", "pediatric advanced life support"]),
    ("CPR", &["!CPR", "cardiopulmonary resuscitation"]),
    ("RN", &["!RN", "registered nurse"]),
    ("LPN", &["!LPN", "licensed practical nurse"]),
    ("CNA", &["!CNA", "certified nursing assistant"]),
    ("CFA", &["!CFA", "chartered financial analyst"]),
    ("CISSP", &["cissp", "certified information systems security professional"]),
    ("OSHA", &["osha"]),
    // Skills every kind of job lists, under the names people write them.
    (
        "Customer service",
        &["customer service", "client service", "customer support", "client support", "customer care"],
    ),
    (
        "Teamwork",
        &[
            "teamwork",
            "team player",
            "team work",
            "collaboration",
            "collaborative",
            "team collaboration",
            "team-oriented",
            "team oriented",
            "cooperation",
            "cooperative",
        ],
    ),
    (
        "Problem solving",
        &[
            "problem solving",
            "problem-solving",
            "problem solver",
            "solving problems",
            "solve problems",
            "solving complex problems",
            "solve complex problems",
            "resolving problems",
            "resolve problems",
        ],
    ),
    (
        "Attention to detail",
        &[
            "attention to detail",
            "detail-oriented",
            "detail oriented",
            "meticulous",
            "attention to details",
            "eye for detail",
            "attentive to detail",
            "detail-focused",
        ],
    ),
    (
        "Time management",
        &[
            "time management",
            "time-management",
            "managing time",
            "punctuality",
            "meeting deadlines",
            "meet deadlines",
        ],
    ),
    (
        "Communication",
        &["communication", "communications", "communicator", "communicate", "communicating", "communicated"],
    ),
    ("Leadership", &["leadership", "team leadership"]),
    (
        "Organizational skills",
        &[
            "organizing",
            "organising",
            "organizational",
            "organisational",
            "organized",
            "organised",
            "organizing skills",
        ],
    ),
    (
        "Multitasking",
        &[
            "multitasking",
            "multi-tasking",
            "multitask",
            "multi-task",
            "multiple tasks",
            "multiple priorities",
        ],
    ),
    ("Critical thinking", &["critical thinking", "critical thinker"]),
    ("Interpersonal skills", &["interpersonal", "people skills"]),
    (
        "Physical stamina",
        &["stamina", "endurance", "physically fit", "physical fitness", "physical strength"],
    ),
    ("Active listening", &["active listening", "listening", "listener"]),
    (
        "Decision making",
        &["decision making", "decision-making", "making decisions", "make decisions", "decisive"],
    ),
    // More tools and protocols often listed.
    ("AJAX", &["ajax"]),
    ("SOAP", &["!SOAP", "soap api", "soap services"]),
    ("JSON", &["json"]),
    ("XML", &["xml", "xslt", "xsd"]),
    ("MVC", &["mvc", "asp.net mvc", "spring mvc"]),
    ("JBoss", &["jboss", "wildfly"]),
    ("WCF", &["wcf"]),
    ("SSIS", &["ssis"]),
    ("SSRS", &["ssrs"]),
    ("SSAS", &["ssas"]),
    ("SSL/TLS", &["ssl", "tls", "ssl/tls"]),
    ("HTTP", &["http", "https"]),
    ("DHCP", &["dhcp"]),
    ("LDAP", &["ldap"]),
    ("SSO", &["sso", "single sign-on", "single sign on"]),
    ("SaaS", &["saas"]),
    ("SDLC", &["sdlc", "software development life cycle", "software development lifecycle"]),
    ("Microsoft Visio", &["visio"]),
    ("Axure", &["axure"]),
    ("QlikView", &["qlikview", "qlik", "qlik sense"]),
    ("Hortonworks", &["hortonworks", "horton works"]),
    ("Cloudera", &["cloudera"]),
    ("HBase", &["hbase"]),
    ("Hive", &["!Hive", "hiveql"]),
    ("Visualforce", &["visualforce"]),
    ("Apex", &["!Apex"]),
    ("J2EE", &["j2ee", "java ee", "jee", "jakarta ee"]),
    ("Maven", &["maven"]),
    ("Gradle", &["gradle"]),
    ("Subversion", &["subversion", "svn"]),
    ("TFS", &["tfs", "team foundation server", "azure devops"]),
    ("SharePoint", &["sharepoint"]),
    ("Microsoft Outlook", &["outlook"]),
    ("Visual Studio", &["visual studio"]),
    ("Unity", &["!Unity", "unity3d"]),
    ("OpenGL", &["opengl"]),
    ("CCNA", &["ccna"]),
    ("BGP", &["bgp"]),
    ("OSPF", &["ospf"]),
    ("VoIP", &["voip", "sip/voip"]),
    ("Magento", &["magento"]),
    ("WordPress", &["wordpress"]),
    ("Shopify", &["shopify"]),
    ("Workday", &["workday"]),
    ("ServiceNow", &["servicenow"]),
    ("PeopleSoft", &["peoplesoft"]),
    ("SAS", &["!SAS"]),
    ("SPSS", &["spss"]),
    ("Stata", &["stata"]),
    ("LabVIEW", &["labview"]),
    ("Verilog", &["verilog", "systemverilog"]),
    ("VHDL", &["vhdl"]),
    ("FPGA", &["fpga"]),
    ("PLC", &["plc", "plcs"]),
    ("SCADA", &["scada"]),
    ("CAD", &["!CAD", "computer-aided design", "computer aided design"]),
    ("ITIL", &["itil"]),
    ("Six Sigma", &["six sigma", "lean six sigma"]),
    ("PCI DSS", &["pci", "pci dss", "pci-dss"]),
    ("SOX", &["!SOX", "sarbanes-oxley"]),
    ("Blockchain", &["blockchain"]),
    ("Embedded systems", &["embedded systems", "embedded software", "firmware"]),
    (
        "Multithreading",
        &["multithreading", "multi-threading", "multi-threaded", "multithreaded", "concurrency"],
    ),
    ("STL", &["!STL", "standard template library"]),
    ("UML", &["uml"]),
    ("Unix shell", &["ksh", "csh"]),
    ("Big data", &["big data"]),
    ("Data warehousing", &["data warehousing", "data warehouse", "data warehouses"]),
    ("Business intelligence", &["business intelligence"]),
    ("OLAP", &["olap"]),
    ("Informatica", &["informatica"]),
    ("Talend", &["talend"]),
    ("Teradata", &["teradata"]),
    ("Vagrant", &["vagrant"]),
    ("Nagios", &["nagios"]),
    ("Zabbix", &["zabbix"]),
    ("F5", &["!F5"]),
    ("Juniper", &["juniper", "junos"]),
    ("Palo Alto", &["palo alto"]),
    ("Wireshark", &["wireshark"]),
    ("Nessus", &["nessus"]),
    ("Metasploit", &["metasploit"]),
    ("IDS/IPS", &["ids/ips", "!IDS", "!IPS", "intrusion detection", "intrusion prevention"]),
    ("Firewalls", &["firewall", "firewalls"]),
    ("Load balancing", &["load balancing", "load balancer", "load balancers"]),
    ("Mac", &["!Mac", "!MAC", "apple mac"]),
    ("HIPAA", &["hipaa"]),
];

/// A resume that shows the first concept shows the second: MySQL is SQL,
/// Django is Python, React is JavaScript.
const IMPLIES: &[(&str, &str)] = &[
    ("Sass", "CSS"),
    ("Tailwind CSS", "CSS"),
    ("MySQL", "SQL"),
    ("PostgreSQL", "SQL"),
    ("SQL Server", "SQL"),
    ("SQLite", "SQL"),
    ("Oracle Database", "SQL"),
    ("Ruby on Rails", "Ruby"),
    ("Django", "Python"),
    ("Flask", "Python"),
    ("FastAPI", "Python"),
    ("pandas", "Python"),
    ("NumPy", "Python"),
    ("Spring", "Java"),
    ("J2EE", "Java"),
    ("React", "JavaScript"),
    ("Angular", "JavaScript"),
    ("Vue.js", "JavaScript"),
    ("Node.js", "JavaScript"),
    ("Next.js", "JavaScript"),
    ("TypeScript", "JavaScript"),
    ("jQuery", "JavaScript"),
    ("ASP.NET", ".NET"),
    ("C#", ".NET"),
    ("Deep learning", "Machine learning"),
    ("TensorFlow", "Machine learning"),
    ("PyTorch", "Machine learning"),
    ("scikit-learn", "Machine learning"),
    ("Keras", "Machine learning"),
    ("Tableau", "Data visualization"),
    ("Power BI", "Data visualization"),
    ("Looker", "Data visualization"),
    ("GitHub Actions", "CI/CD"),
    ("GitLab CI", "CI/CD"),
    ("Jenkins", "CI/CD"),
    ("CircleCI", "CI/CD"),
    ("Scrum", "Agile"),
    ("Kanban", "Agile"),
];

/// Skills every kind of job lists: named in a duty, they are no requirement.
const SOFT: &[&str] = &[
    "Customer service",
    "Teamwork",
    "Problem solving",
    "Attention to detail",
    "Time management",
    "Communication",
    "Leadership",
    "Organizational skills",
    "Multitasking",
    "Critical thinking",
    "Interpersonal skills",
    "Physical stamina",
    "Active listening",
    "Decision making",
    "Mathematics",
    "Statistics",
    "Data analysis",
    "Project management",
];

/// Whether a concept is a soft skill rather than a technology.
pub fn is_soft(concept: ConceptId) -> bool {
    SOFT.contains(&name(concept))
}

/// Whether showing concept `have` shows concept `want`.
pub fn implies(have: ConceptId, want: ConceptId) -> bool {
    let (have, want) = (name(have), name(want));
    IMPLIES.iter().any(|(specific, general)| *specific == have && *general == want)
}

/// Aliases that are ordinary words before these ones.
const NOT_BEFORE: &[(&str, &[&str])] = &[("excel", &["in", "at", "as"]), ("rest", &["of", "assured"])];

struct Alias {
    lower: Vec<String>,
    /// The exact tokens, when the alias is case-sensitive.
    exact: Option<Vec<String>>,
    concept: ConceptId,
}

struct Index {
    by_first_token: HashMap<String, Vec<Alias>>,
    /// One-word aliases of five letters or more by their stem, so other
    /// endings of the word find the concept ("mathematic", "firewalling").
    by_stem: HashMap<String, ConceptId>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_first_token: HashMap<String, Vec<Alias>> = HashMap::new();
        for (id, (_, aliases)) in CONCEPTS.iter().enumerate() {
            for alias in aliases.iter() {
                let (text, exact) = match alias.strip_prefix('!') {
                    Some(text) => (text, true),
                    None => (*alias, false),
                };
                let tokens = text::tokens(text);
                let lower: Vec<String> = tokens.iter().map(|token| token.lower.clone()).collect();
                let exact = exact.then(|| tokens.iter().map(|token| token.raw.to_owned()).collect());
                let Some(first) = lower.first().cloned() else { continue };
                #[allow(clippy::cast_possible_truncation)] // The table has a few hundred rows.
                by_first_token.entry(first).or_default().push(Alias {
                    lower,
                    exact,
                    concept: id as ConceptId,
                });
            }
        }
        for aliases in by_first_token.values_mut() {
            aliases.sort_by_key(|alias| std::cmp::Reverse(alias.lower.len()));
        }
        let mut by_stem = HashMap::new();
        for aliases in by_first_token.values() {
            for alias in aliases {
                if let ([word], None) = (alias.lower.as_slice(), &alias.exact)
                    && word.len() >= 5
                    && word.chars().all(char::is_alphabetic)
                {
                    by_stem.entry(text::stem(word)).or_insert(alias.concept);
                }
            }
        }
        Index { by_first_token, by_stem }
    })
}

/// Whether a compound token ("node.js", "ci/cd") is an alias and should stay whole.
pub fn is_alias_token(lower: &str) -> bool {
    index()
        .by_first_token
        .get(lower)
        .is_some_and(|aliases| aliases.iter().any(|alias| alias.lower.len() == 1))
}

/// The concept whose alias starts at `tokens[at]`, and how many tokens it spans.
pub fn concept_at(tokens: &[Token<'_>], at: usize) -> Option<(ConceptId, usize)> {
    let lower = &tokens[at].lower;
    let Some(candidates) = index().by_first_token.get(lower) else {
        // A plural of a one-word alias: "SQLs", "APIs", "Firewalls".
        let plural = lower.strip_suffix('s').filter(|singular| singular.len() >= 3).and_then(|singular| {
            let raw = tokens[at].raw.strip_suffix('s').unwrap_or(tokens[at].raw);
            index().by_first_token.get(singular)?.iter().find_map(|alias| {
                let exact = alias.exact.as_ref().is_none_or(|exact| exact.len() == 1 && exact[0] == raw);
                (alias.lower.len() == 1 && exact).then_some((alias.concept, 1))
            })
        });
        // Another ending of a longer one-word alias: "mathematic", "troubleshoots".
        return plural.or_else(|| {
            (lower.len() >= 5 && lower.chars().all(char::is_alphabetic))
                .then(|| index().by_stem.get(&text::stem(lower)).map(|concept| (*concept, 1)))
                .flatten()
        });
    };
    candidates.iter().find_map(|alias| {
        let window = tokens.get(at..at + alias.lower.len())?;
        // The last word of a longer alias may take another ending: "attention
        // to details", "problem solved", "Amazon Web Service".
        let last = alias.lower.len().saturating_sub(1);
        let same = window.iter().zip(&alias.lower).enumerate().all(|(index, (token, lower))| {
            token.lower == *lower
                || (index == last
                    && index > 0
                    && lower.len() >= 4
                    && token.lower.chars().all(char::is_alphabetic)
                    && text::stem(&token.lower) == text::stem(lower))
        });
        let exact = alias
            .exact
            .as_ref()
            .is_none_or(|exact| window.iter().zip(exact).all(|(token, raw)| token.raw == raw.as_str()));
        // "excel in research" is the verb, not the spreadsheet.
        let verb = alias.lower.len() == 1
            && NOT_BEFORE.iter().any(|(word, next)| {
                alias.lower[0] == *word
                    && tokens.get(at + 1).is_some_and(|token| next.contains(&token.lower.as_str()))
            });
        (same && exact && !verb).then_some((alias.concept, alias.lower.len()))
    })
}

/// The canonical name of a concept.
pub fn name(concept: ConceptId) -> &'static str {
    CONCEPTS.get(usize::from(concept)).map_or("", |(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::super::text::{Unit, units};
    use super::*;

    fn concepts(line: &str) -> Vec<&'static str> {
        units(line)
            .into_iter()
            .filter_map(|unit| match unit {
                Unit::Concept(id) => Some(name(id)),
                Unit::Word(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_longer_name_that_opens_with_another_skill_shows_both() {
        let found = concepts("Deployed services on AWS Lambda and S3");
        assert!(found.contains(&"Serverless") && found.contains(&"AWS"), "{found:?}");
        // An alias of one word does not show a longer one.
        assert!(!concepts("Deployed services on AWS").contains(&"Serverless"));
    }

    #[test]
    fn aliases_map_to_one_canonical_name() {
        let check = |line: &str, expected: &[&str]| assert_eq!(concepts(line), expected, "{line}");
        check("k8s and Postgres", &["Kubernetes", "PostgreSQL"]);
        check("JS, ML and amazon web services", &["JavaScript", "Machine learning", "AWS"]);
        check("nodejs or Node.js", &["Node.js", "Node.js"]);
    }

    #[test]
    fn a_specific_tool_shows_the_general_skill() {
        let id = |line: &str| match units(line).first() {
            Some(Unit::Concept(id)) => *id,
            other => panic!("{line}: {other:?}"),
        };
        assert!(Unit::Concept(id("SQL")).is_met_by(&Unit::Concept(id("Postgres"))));
        assert!(!Unit::Concept(id("Postgres")).is_met_by(&Unit::Concept(id("SQL"))));
        assert!(Unit::Word("apex".to_owned()).is_met_by(&Unit::Concept(id("Apex"))));
        for (specific, general) in IMPLIES {
            assert!(CONCEPTS.iter().any(|(name, _)| name == specific), "{specific}");
            assert!(CONCEPTS.iter().any(|(name, _)| name == general), "{general}");
        }
    }

    #[test]
    fn word_boundaries_respect_cpp_csharp_dotnet_and_nodejs() {
        let check = |line: &str, expected: &[&str]| assert_eq!(concepts(line), expected, "{line}");
        check("JavaScript and TypeScript", &["JavaScript", "TypeScript"]);
        check("C++ and C# on .NET", &["C++", "C#", ".NET"]);
        check("ASP.NET", &["ASP.NET"]);
        check("Node.js services", &["Node.js"]);
        check("Java, C and Go", &["Java", "C", "Go"]);
        check("we go to great lengths; 5 ml of water", &[]);
        check("Time-management and LAN/WAN", &["Time management"]);
    }
}
