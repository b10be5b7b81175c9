//! The word lists the scanners match against, apart from their logic.
//!
//! A list is searched as a set (`contains`, `any`) unless its doc says
//! "order matters"; the others are kept sorted. The tests below check that,
//! and that no list holds a word twice.

// ---------------------------------------------------------------- email

/// The spellings that stand for "@" in an address written to dodge
/// harvesters: `jane[at]example[dot]com`, `jane (at) example (dot) org`.
/// Only bracketed words count: a plain " at " is English.
///
/// Order matters: spans of two spellings may overlap, and the one listed first wins.
#[rustfmt::skip]
pub(super) const SPELLED_AT: &[&str] = &[
    "[at]", "(at)", "{at}",
];

/// The spellings that stand for "." in such an address, a plain dot too.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const SPELLED_DOT: &[&str] = &[
    "(.)", "(dot)", ".", "[.]", "[dot]", "{dot}",
];

// ---------------------------------------------------------------- url

/// Hosts of profile pages: a token that holds one is a URL.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PROFILE_HOSTS: &[&str] = &[
    "behance.net", "bitbucket.org", "dribbble.com", "facebook.com", "github.com", "github.io", "gitlab.com",
    "instagram.com", "kaggle.com", "leetcode.com", "linkedin.com", "linktr.ee", "medium.com", "stackoverflow.com", "t.me/",
    "twitter.com", "x.com/",
];

/// Hosts that give a person's site a name under theirs: a capitalised
/// "Jane-portfolio.vercel.app" is the candidate's site, not an employer.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const SITE_HOSTS: &[&str] = &[
    "blogspot.com", "github.io", "gitlab.io", "herokuapp.com", "netlify.app", "onrender.com", "pages.dev",
    "vercel.app", "web.app", "wixsite.com", "wordpress.com",
];

/// Top-level domains a bare domain may end in. Kept short on purpose: `.js`,
/// `.py` and `.NET` are technologies, not websites.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const TLDS: &[&str] = &[
    "ai", "app", "au", "blog", "br", "ca", "ch", "cn", "co", "com", "de", "dev", "es", "eu", "fr", "info",
    "io", "jp", "me", "my", "net", "nl", "org", "page", "pl", "pt", "ru", "se", "site", "tech", "uk", "vn", "xyz",
];

/// Technologies spelled like domains.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const TECH_DOMAINS: &[&str] = &[
    "ado.net", "asp.net", "chart.js", "node.js", "socket.io", "vb.net", "vue.js",
];

/// Labels ("GitHub:") that a profile handle follows.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const HANDLE_LABELS: &[&str] = &[
    "behance", "dribbble", "github", "gitlab", "instagram", "kaggle", "leetcode", "linkedin", "mastodon",
    "medium", "researchgate", "skype", "stackoverflow", "telegram", "twitter", "url",
];

// ---------------------------------------------------------------- date of birth

/// Labels that a date of birth follows.
///
/// Order matters: labels may overlap in a text ("date of birth date"), and the one
/// listed first wins.
#[rustfmt::skip]
pub(super) const DOB_LABELS: &[&str] = &[
    "date of birth", "birth date", "birthdate", "birthday", "d.o.b", "dob", "born", "geburtsdatum",
    "geboren", "fecha de nacimiento", "nacido el", "nacida el", "date et lieu de naissance",
    "date de naissance", "né le", "née le", "data de nascimento", "data di nascita", "дата рождения",
    // Greek.
    "ημερομηνία γέννησης", "ημ. γέννησης",
    // Abbreviated and further languages: "GEB. 12.03.1993", "DATA DE NASC:", "Doğum Tarihi".
    "geb.", "data de nasc", "data nasc", "fecha de nac", "fecha nac", "doğum tarihi", "geboortedatum",
    "tanggal lahir", "ngày sinh",
    // Italian "born on", Swiss German "birthday", Polish, Japanese and Chinese.
    "nato il", "nata il", "geburtstag", "data urodzenia", "生年月日", "出生日期",
    "födelsedag", "födelsedatum", "تاريخ الميلاد",
    // A date and a place together, and a label with no "de" ("Fecha Nacimiento").
    "fecha y lugar de nacimiento", "lugar y fecha de nacimiento", "fecha nacimiento",
    "data e luogo di nascita", "data i miejsce urodzenia", "дата и место рождения",
    // Hungarian, Slovak, Czech, Finnish, Danish and Norwegian, Croatian, Romanian.
    "születési idő", "születési dátum", "született", "dátum narodenia", "datum narození",
    "syntymäaika", "fødselsdato", "datum rođenja", "data nașterii", "data naşterii",
    // Chinese "born" (出生日期 comes first), Persian, Hebrew.
    "出生", "تاریخ تولد", "متولد", "תאריך לידה",
    // Catalan, Ukrainian, Korean, Hindi, Vietnamese, Danish, Finnish, Malay, Chinese year and month.
    "data de naixement", "дата народження", "생년월일", "जन्म तिथि", "जन्म दिनांक", "ngày tháng năm sinh",
    "fødselsdag", "syntymäpäivä", "tarikh lahir", "出生年月日", "出生年月",
    // "Born" in Portuguese and Polish, and "Birth:" alone.
    "nascido em", "nascida em", "urodzony", "urodzona", "birth",
    // "Born" and "date of birth" in further languages: Bulgarian, Russian, Ukrainian, Serbian,
    // Croatian and Bosnian, Slovenian, Czech, Slovak, Finnish, Swedish, Danish and Norwegian,
    // Lithuanian, Latvian, Estonian, Maltese, Turkish, Arabic, Urdu, Bengali, Thai, Tagalog,
    // Swahili, Korean, Indonesian.
    "дата на раждане", "роден", "родена", "родился", "родилась", "народився", "народилася",
    "датум рођења", "рођен", "рођена", "rođen", "rođena", "datum rojstva", "rojen", "rojena", "narozen",
    "narozena", "narodený", "narodená", "narodeny", "narodena", "syntynyt", "född", "født", "gimimo data",
    "gimęs", "gimusi", "dzimšanas datums", "dzimis", "dzimusi", "sünniaeg", "sünnikuupäev", "data tat-twelid",
    "تاريخ الولادة", "تاریخ پیدائش", "জন্ম তারিখ", "วันเกิด",
    "petsa ng kapanganakan", "tarehe ya kuzaliwa", "출생", "lahir",
    // The year of birth alone, a field of its own in many forms ("Godina rođenja 1992").
    "year of birth", "año de nacimiento", "année de naissance", "geburtsjahr", "anno di nascita",
    "ano de nascimento", "rok urodzenia", "rok narození", "rok narodenia", "születési év", "год рождения",
    "рік народження", "година рођења", "godina rođenja", "doğum yılı", "出生年份", "syntymävuosi",
    "födelseår", "fødselsår", "geboortejaar", "anul nașterii",
];

/// Words after a date's year that belong to the date: the Russian, Bulgarian
/// and Serbian "г." (of the year), "года", the Ukrainian "р.", "року", the
/// Japanese and Chinese "生" (born). Keep sorted.
#[rustfmt::skip]
pub(super) const DATE_YEAR_WORDS: &[&str] = &[
    "г", "г.", "год", "года", "р", "р.", "року", "生",
];

/// Words that lead from a date of birth to the place: "17.05.1960 in Kirgisistan",
/// "in" in more languages ("… u Splitu", "… w Krakowie", "… i Malmö", "… в Омске").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const BIRTHPLACE_LINKS: &[&str] = &[
    ",", "a", "aus", "di", "em", "en", "i", "im", "in", "u", "v", "w", "à", "в", "у",
];

/// Eras of Japanese dates: "平成13年10月01日".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const JAPANESE_ERAS: &[&str] = &[
    "令和", "大正", "平成", "昭和",
];

// ---------------------------------------------------------------- personal

/// Labels of protected attributes; the value after them is withheld.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_LABELS: &[&str] = &[
    // Chinese fields: marital status, age, gender, political affiliation, ethnicity, native place;
    // Japanese: nationality (国籍), gender (性別).
    // Greek: nationality, marital status, citizenship, gender.
    // Swedish, Polish, Russian and Arabic: the same fields; Japanese 扶養家族 (dependants), 配偶者 (spouse).
    // Identity numbers (Mexico's CURP, a cédula, Brazil's CPF, Poland's PESEL, Italy's codice
    // fiscale); Hungarian, Slovak, Czech, Romanian, Finnish, Danish, Norwegian, Catalan,
    // Ukrainian, Korean, Hindi, Persian and Hebrew fields; military service (Turkey, Korea, Iran).
    "aadhaar", "aadhar", "agama", "age", "alder", "alter", "amžius", "askerlik durumu", "bangsa",
    "birth place", "birthplace", "blood group", "born in", "bračni status", "bračno stanje", "bsn",
    "burgerlijke staat", "caste", "cedula", "cetăţenie", "cetățenie", "children", "cinsiyet", "citizenship",
    "cittadinanza", "civil status", "civilstand", "civilstånd", "cnic", "cnp", "codice fiscale", "cpf",
    "családi állapot", "cuil", "cuit", "curp", "cédula", "din", "dini", "disability", "dni", "doğum yeri",
    "državljanstvo", "dzimums", "dzimšanas vieta", "dân tộc", "edad", "estado civil", "estat civil",
    "etat civil", "ethnic group", "ethnic origin", "ethnicity", "età", "familienstand", "father name",
    "father's name", "father’s name", "foto", "födelse ort", "födelseort", "fødested", "geboorteplaats",
    "geburtsort", "gender", "gender identity", "genero", "geschlecht", "geslacht", "gimimo vieta",
    "gioi tinh", "giới tính", "godsdienst", "golongan darah", "género", "hali ya ndoa", "height",
    "husband's name", "id no", "id no.", "id number", "idade", "identity card", "identity card number",
    "identity number", "ikä", "jantina", "jenis kelamin", "jinsia", "kan grubu", "kansalaisuus",
    "kansallisuus", "kasarian", "katayuang sibil", "kewarganegaraan", "kimlik no", "kinder", "kjønn",
    "kodakondsus", "konfession", "kraj rojstva", "kön", "køn", "leeftijd", "lieu de naissance",
    "local de nascimento", "locul nașterii", "lugar de nacimiento", "lugar ng kapanganakan",
    "luogo di nascita", "lytis", "mahali pa kuzaliwa", "marital", "marital status", "medborgarskap",
    "medeni durum", "medeni hal", "medeni hali", "mesto rođenja", "miejsce urodzenia", "miesto narodenia",
    "military service", "military status", "mjesto rođenja", "mother name", "mother's name", "mother’s name",
    "místo narození", "nacida en", "nacido en", "nacionalidad", "nacionalidade", "nacionalitat",
    "nacionalnost", "narodowość", "nata a", "national id", "national id number",
    "national identification number", "national identity number", "nationaliteit", "nationalitet",
    "nationalities", "nationality", "nationalität", "nationalité", "nato a", "naturalidade", "nazionalità",
    "nazzjonalità", "naționalitate", "nem", "nemzetiség", "nida", "nie", "nif", "nik", "nin", "nomor ktp",
    "number of children", "náboženstvo", "národnost", "národnosť", "né à", "née à", "nơi sinh",
    "obywatelstwo", "občianstvo", "pagkamamamayan", "passport", "passport no", "passport number",
    "perekonnaseis", "personnummer", "pesel", "photo", "pilietybė", "pilsonība", "place of birth", "pohlavie",
    "pohlaví", "political affiliation", "płeć", "quê quán", "quốc tịch", "race", "rahvus", "religia",
    "religie", "religion", "religione", "religionszugehörigkeit", "religious affiliation", "religião",
    "religión", "relihiyon", "rodinný stav", "rodné číslo", "rođen u", "rođena u", "sesso", "sex", "sexe",
    "sexo", "situation de famille", "situation familiale", "siviilisääty", "sivilstand",
    "social security number", "spol", "spouse", "ssn", "staatsangehörigkeit", "staatsbürgerschaft",
    "stan cywilny", "stare civilă", "stat ċivili", "stato civile", "statsborgerskab", "statsborgerskap",
    "status perkahwinan", "status perkawinan", "status pernikahan", "státní občanství", "státní příslušnost",
    "sugu", "suku", "sukupuoli", "syntymäpaikka", "születési hely", "sünnikoht", "t.c. kimlik no",
    "taraf perkahwinan", "tautybė", "tautība", "tc kimlik no", "tempat lahir", "tuổi", "tình trạng hôn nhân",
    "tôn giáo", "umri", "umur", "uraia", "urodzona w", "urodzony w", "usia", "uskonto", "utaifa", "uyruk",
    "uyruğu", "vallás", "vanus", "vecums", "vek", "vârsta", "vârstă", "věk", "warganegara", "weight", "wiek",
    "wife's name", "wyznanie", "yaş", "yaşı", "zakonski stan", "állampolgárság", "âge", "ålder", "életkor",
    "état civil", "ģimenes stāvoklis", "šeiminė padėtis", "štátna príslušnosť", "štátne občianstvo",
    "εθνικότητα", "ηλικία", "θρήσκευμα", "οικογενειακή κατάσταση", "τόπος γέννησης", "υπηκοότητα", "φύλο",
    "брачни статус", "брачно стање", "вероисповедание", "возраст", "възраст", "вік", "гражданство",
    "громадянство", "држављанство", "место рождения", "место рођења", "місце народження", "народився в",
    "народилася в", "националност", "национальность", "національність", "пол", "родилась в", "родился в",
    "семейно положение", "семейное положение", "старост", "стать", "сімейний стан", "אזרחות", "גיל", "דת",
    "לאום", "מין", "מצב משפחתי", "מקום לידה", "ازدواجی حیثیت", "الجنس", "الجنسية", "الحالة الاجتماعية",
    "الديانة", "الدين", "العمر", "تابعیت", "جنس", "جنسیت", "دین", "سن", "عمر", "قومیت", "محل الميلاد",
    "محل تولد", "مذهب", "مذہب", "مكان الميلاد", "ملیت", "وضعیت تأهل", "وضعیت تاهل", "وضعیت سربازی",
    "وضعیت نظام وظیفه", "आयु", "उम्र", "जन्म स्थान", "जाति", "धर्म", "नागरिकता", "राष्ट्रीयता", "लिंग",
    "वैवाहिक स्थिति", "জন্মস্থান", "জাতীয়তা", "ধর্ম", "বয়স", "বৈবাহিক অবস্থা", "লিঙ্গ", "ศาสนา", "สถานภาพ",
    "สถานภาพสมรส", "สัญชาติ", "อายุ", "เชื้อชาติ", "เพศ", "出生地", "出身地", "国籍", "婚否", "婚姻状况", "婚姻狀況", "宗教",
    "宗教信仰", "年齡", "年齢", "年龄", "性別", "性别", "户籍", "扶養家族", "政治面貌", "本籍", "民族", "籍贯", "身份证号", "配偶者", "결혼 여부",
    "국적", "나이", "병역", "성별", "종교", "주민등록번호", "출생지", "혼인 여부",
];

/// Labels whose value may follow without a colon ("Nationalität deutsch"):
/// nouns no heading or sentence starts with.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_LABELS_WITHOUT_COLON: &[&str] = &[
    "born in", "burgerlijke staat", "citizenship", "cittadinanza", "civilstånd", "državljanstvo",
    "estado civil", "familienstand", "födelse ort", "födelseort", "geburtsort", "kansalaisuus",
    "kewarganegaraan", "kodakondsus", "lieu de naissance", "lugar de nacimiento", "marital status",
    "medborgarskap", "medeni durum", "medeni hal", "nacida en", "nacido en", "nacionalidad", "nacionalidade",
    "nacionalnost", "nata a", "nationaliteit", "nationalitet", "nationality", "nationalität", "nationalité",
    "nato a", "nazionalità", "né à", "née à", "obywatelstwo", "pilietybė", "pilsonība", "place of birth",
    "rođen u", "rođena u", "staatsangehörigkeit", "stan cywilny", "stato civile", "statsborgerskab",
    "statsborgerskap", "státní občanství", "urodzona w", "urodzony w", "uyruk", "uyruğu", "állampolgárság",
    "état civil", "štátna príslušnosť", "εθνικότητα", "υπηκοότητα", "гражданство", "громадянство",
    "народився в", "народилася в", "националност", "национальность", "національність", "родилась в",
    "родился в", "семейно положение", "семейное положение", "сімейний стан",
];

/// Lines that are only a marital status, a gender or a photo caption.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_LINE_WORDS: &[&str] = &[
    // Men, women and the marital states in the common CV languages (issue #18: EU languages,
    // Russian, Ukrainian, Bulgarian, Serbian, Turkish, Arabic, Persian, Hebrew, Hindi, Bengali, Urdu,
    // Indonesian and Malay, Vietnamese, Thai, Chinese, Japanese, Korean, Swahili, Tagalog), alone in
    // a field of their own; Chinese 汉 and 汉族 (Han, an ethnicity). Not words that are as often a
    // name or a company alone on a line ("Mann", "Nam", "MAN", "Bay").
    "abielus", "babae", "bekar", "bekâr", "belum kawin", "belum menikah", "bewerbungsfoto", "boşanmış",
    "bărbat", "casada", "casado", "celibe", "coniugata", "coniugato", "célibataire", "căsătorit",
    "căsătorită", "divorced", "divorciada", "divorciado", "divorcé", "divorcée", "divorziata", "divorziato",
    "divorțat", "divorțată", "elvált", "erkek", "evli", "female", "femeie", "femenino", "feminin", "feminino",
    "femme", "femmina", "femminile", "foto", "féminin", "férfi", "gehuwd", "geschieden", "getrouwd",
    "hajadon", "hombre", "homme", "házas", "ištekėjusi", "kadın", "kasal", "kawaler", "kawin", "kobieta",
    "kvinde", "kvinna", "kvinne", "laki-laki", "lalaki", "ledig", "lelaki", "male", "mannelijk", "marié",
    "mariée", "married", "maschile", "maschio", "masculin", "masculino", "menikah", "moteris", "moški",
    "mujer", "muški", "muško", "muž", "mwanamke", "mwanaume", "männlich", "mężczyzna", "naimaton",
    "naimisissa", "naine", "nainen", "necăsătorit", "necăsătorită", "neoženjen", "neprecējies", "netekėjusi",
    "neudata", "nevedęs", "nubile", "nő", "nőtlen", "nữ", "ogift", "ongehuwd", "oženjen", "pacsé", "pacsée",
    "passfoto", "perempuan", "photo", "photograph", "poročen", "poročena", "precējies", "precējusies",
    "razveden", "razvedena", "rozvedená", "rozvedený", "rozwiedziona", "rozwiedziony", "samska", "samski",
    "separada", "separado", "separated", "sieviete", "single", "slobodná", "slobodný", "solteira", "solteiro",
    "soltera", "soltero", "sposata", "sposato", "svobodná", "svobodný", "udata", "ugift", "unmarried",
    "vallaline", "vdaná", "vedęs", "verheiratet", "verwitwet", "veuf", "veuve", "viuda", "viudo", "viúva",
    "viúvo", "vrouw", "vrouwelijk", "vydatá", "vyras", "vīrietis", "wanita", "weiblich", "widowed", "zamężna",
    "đã kết hôn", "độc thân", "żonaty", "žena", "ženatý", "ženska", "ženski", "žensko", "άγαμη", "άγαμος",
    "άνδρας", "άρρεν", "έγγαμη", "έγγαμος", "γυναίκα", "θήλυ", "жена", "женат", "женен", "женски", "женский",
    "женщина", "жінка", "жіноча", "замужем", "мужской", "мужчина", "мушки", "мъж", "не женат", "не замужем",
    "неженен", "неодружена", "неодружений", "неожењен", "неомъжена", "неудата", "одружена", "одружений",
    "ожењен", "омъжена", "разведен", "разведена", "розлучена", "розлучений", "удата", "холост", "чоловік",
    "чоловіча", "זכר", "נקבה", "נשואה", "נשוי", "רווק", "רווקה", "أعزب", "أنثى", "ذكر", "زن", "شادی شدہ",
    "عزباء", "عورت", "غیر شادی شدہ", "متأهل", "متاهل", "متزوج", "متزوجة", "مجرد", "مرد", "अविवाहित", "पुरुष",
    "महिला", "विवाहित", "অবিবাহিত", "পুরুষ", "বিবাহিত", "মহিলা", "ชาย", "สมรส", "หญิง", "โสด", "女", "女性",
    "已婚", "既婚", "未婚", "汉", "汉族", "男", "男性", "离异", "기혼", "남", "남성", "남자", "미혼", "여", "여성", "여자",
];

/// Words a licence's or a certificate's number follows: "License #234567".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const LICENCE_WORDS: &[&str] = &[
    "certificado", "certificat", "certificate", "certificato", "licence", "licencia", "license", "lizenz",
    "zertifikat",
];

/// What follows an age: "22 years old".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_PHRASES: &[&str] = &[
    "jahre alt", "yaşındayım", "year old", "year-old", "years of age", "years old", "yrs old",
    "周岁", "岁", "才", "歲", "歳", "살", "세",
];

/// Words before an age that belong to it: "満 19 歳" (full years).
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_PREFIXES: &[&str] = &[
    "満", "만",
];

/// Verbs before a number and "years" that make it the writer's age: "tengo
/// 22 años", "j'ai 22 ans", "ho 30 anni", "tenho 21 anos".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_VERBS: &[&str] = &[
    "berumur", "berusia", "ho", "ik ben", "imam", "j'ai", "jag är", "jeg er", "j’ai", "mam", "tengo", "tenho",
    "мені", "мне",
];

/// Words that carry a sentence on after an age said with a verb ("tengo 23
/// años y vivo …", "ik ben 25 jaar oud"): "and" and "old" in the languages of
/// `AGE_VERBS`. Any other word makes the number a duration ("mam 15 lat
/// doświadczenia").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_CLAUSE_WORDS: &[&str] = &[
    "a", "alt", "and", "dan", "e", "en", "et", "gamle", "gammal", "i", "och", "og", "old", "oud", "y", "и", "і",
];

/// Labels of an age, read without a colon before "N years": "Edad 20 años".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_LABELS: &[&str] = &[
    "age", "alder", "alter", "dob", "edad", "età", "idade", "ikä", "kor", "leeftijd", "starost", "tuổi",
    "umri", "umur", "usia", "vek", "vârsta", "vârstă", "věk", "wiek", "yaş", "âge", "ålder", "életkor",
    "ηλικία", "возраст", "възраст", "вік", "גיל", "العمر", "سن", "عمر", "आयु", "उम्र", "বয়স", "อายุ",
];

/// "Years" in languages whose age reads like a duration ("21 anos", "22
/// ans", "30 años"): an age only where the number and the word stand alone
/// in their field ("29 Anos - Casado"), not in "15 anos de experiência".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const AGE_WORDS_ALONE: &[&str] = &[
    "aastat", "ages", "ani", "anni", "anos", "ans", "años", "gadi", "gadu", "godina", "godine", "godini",
    "godinu", "jaar", "jahre", "lat", "lata", "let", "metų", "rokov", "roky", "tahun", "taon", "tuổi",
    "vuotta", "yaş", "yaşında", "år", "éves", "ετών", "χρονών", "год", "года", "години", "лет", "роки",
    "років", "рік", "שנים", "سال", "سنة", "عاما", "عامًا", "वर्ष", "साल", "বছর", "ปี",
];

/// Nationality adjectives (and the nouns CVs write in their place) in
/// English, Spanish, Italian, Portuguese, French, German, Dutch, Polish,
/// Czech, Slovak, Russian, Ukrainian, Bulgarian, Serbian, Croatian,
/// Slovenian, Turkish, Romanian, Hungarian, Greek, the Nordic languages,
/// Arabic, Persian, Hebrew, Hindi, Bengali, Urdu, Swahili and Tagalog, one a
/// line in `nationalities.txt` (comment lines start with `#`).
const NATIONALITIES: &str = include_str!("nationalities.txt");

/// Whether a word in lower case is a nationality adjective ("italiano", "bulgarisch").
pub(super) fn is_nationality(word: &str) -> bool {
    NATIONALITIES.lines().any(|line| !line.starts_with('#') && line == word)
}

// ---------------------------------------------------------------- phone

/// Labels that make a shorter run of digits a phone: "Tel. 555-1234".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PHONE_LABELS: &[&str] = &[
    "call", "cell", "celular", "fax", "handy", "mob", "mobile", "movil", "móvil", "ph.", "ph:", "phone",
    "portable", "tel", "telefon", "telefone", "telefono", "telefonszám", "telefoon", "telefón", "telephone",
    "teléfono", "téléphone", "whatsapp",
];

// ---------------------------------------------------------------- address

/// Street words that follow the street's name: "Baker Street".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_SUFFIXES: &[&str] = &[
    "ave", "avenue", "blvd", "boulevard", "cir", "circle", "close", "colony", "court", "crescent", "ct",
    "dr", "drive", "enclave", "gardens", "grove", "highway", "hwy", "lane", "layout", "ln", "marg", "mews",
    "nagar", "parkway", "pkwy", "pl", "place", "rd", "road", "row", "salai", "sq", "square", "st",
    "street", "terrace", "walk", "way",
];

/// Street words that stand alone between the street's name and its number:
/// "Holtwicker str 5", "Hedwig-Kettler Weg 14".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_WORDS: &[&str] = &[
    "allee", "bulvarı", "cad", "caddesi", "chaussee", "damm", "gade", "gasse", "gata", "gatan", "gate",
    "platz", "ring", "sok", "sokak", "sokağı", "str", "strasse", "straße", "ufer", "vei", "veien", "vej",
    "väg", "vägen", "weg",
];

/// Street words that come first: "rue de la Paix", "Calle Mayor".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_PREFIXES: &[&str] = &[
    "aleea", "aleja", "allée", "av", "avda", "avenida", "avenue", "bd", "boulevard", "bulevardul", "calea",
    "calle", "calzada", "carrer", "carrera", "chemin", "corso", "impasse", "jalan", "jiron", "jirón", "jl",
    "jln", "largo", "osiedle", "pasaje", "piazza", "plac", "place", "plaza", "praça", "psje", "quai", "rua",
    "rue", "soi", "soseaua", "str", "strada", "travessa", "ul", "ulica", "via", "viale", "șoseaua", "бул", "бульвар",
    "вул", "вулиця", "пер", "переулок", "просп", "проспект", "ул", "улица",
];

/// Street words of addresses that name a street by its number, as in
/// Colombia: "Cra 6 # 32-60" (carrera), "Calle 45 No. 12-34", "Dg 5".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NUMBERED_STREET_PREFIXES: &[&str] = &[
    "av", "avenida", "calle", "carrera", "cl", "cll", "cr", "cra", "dg", "diagonal", "kr", "kra", "transversal",
    "tv",
];

/// Endings of one-word street names: "Hauptstraße 12", "Kerkstraat 5".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const STREET_ENDINGS: &[&str] = &[
    "allee", "allén", "gade", "gasse", "gata", "gatan", "gränd", "katu", "kuja", "laan", "platz", "plein",
    "stigen", "str.", "straat", "strasse", "straße", "torget", "vegen", "veien", "vej", "vägen", "weg",
];

/// Markers of a Latin American address that name a block, a lot or a flat
/// by its code: "Mz J" (manzana), "Lt. 21", "lote 21", "Dpto 302".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const BLOCK_MARKERS: &[&str] = &[
    "dpto", "lote", "lt", "manzana", "mz", "mza",
];

/// Markers of a Latin American address that name a housing estate, a
/// neighbourhood or a street by its name: "Urb. Los Pinos" (urbanización),
/// "AA.HH." (asentamiento humano), "Col. Roma" (colonia), "Fracc."
/// (fraccionamiento), "Jirón".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const ESTATE_MARKERS: &[&str] = &[
    "aa.hh", "asentamiento", "col", "colonia", "fracc", "fraccionamiento", "jiron", "jirón", "urb",
    "urbanizacion", "urbanización",
];

/// Weaker markers that go with a block or an estate marker: a street, a
/// stage of an estate, a sector, a number.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const LOCALITY_MARKERS: &[&str] = &[
    "av", "avenida", "barrio", "bloque", "c.p", "calle", "carrera", "casa", "cp", "departamento", "distrito",
    "edificio", "etapa", "int", "interior", "jr", "km", "no", "nro", "num", "numero", "n°", "número",
    "pasaje", "piso", "psje", "sector", "villa", "zona",
];

/// Words between a street's name and its number: "Jl. Sudirman No. 5",
/// "ул. Ленина, д. 5" (дом, a house), "Hlavná č. 12".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const HOUSE_NUMBER_WORDS: &[&str] = &[
    "bud", "dom", "no", "nr", "nro", "n°", "nº", "č", "číslo", "д", "дом",
];

/// Words that lead a South Asian address's first part by its number:
/// "House 12, Road 5, Dhanmondi", "Plot No. 45, Sector 18, Gurgaon".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PLOT_WORDS: &[&str] = &[
    "flat", "h.no", "holding", "house", "plot",
];

/// Words that put a flat or suite after the street: "Apt 5B".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const UNIT_WORDS: &[&str] = &[
    "ap", "apartamento", "apartment", "apt", "apto", "bus", "daire", "depto", "fl", "flat", "floor", "piso",
    "planta", "puerta", "ste", "suite", "unit", "кв", "квартира",
];

/// Compass points after a street: "1600 Pennsylvania Avenue NW".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const DIRECTIONS: &[&str] = &[
    "e", "n", "ne", "nw", "s", "se", "sw", "w",
];

/// Characters and words of Chinese and Japanese addresses that name
/// an administrative unit, a road or a house number: a line beside contact
/// data that holds one after its first character is an address ("天河区…").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const CJK_ADDRESS_UNITS: &[&str] = &[
    "丁目", "区", "县", "小区", "弄", "村", "町", "省", "県", "街", "路",
];

/// Words that name a kind of contact data, as a line under an icon does
/// ("Email", "Phone Number"), besides the labels of handles and phones.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const CONTACT_LABEL_WORDS: &[&str] = &[
    "contact", "e-mail", "email", "mail", "number", "portfolio", "site", "website",
];

/// Labels of an address line: "Address: …".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const ADDRESS_LABELS: &[&str] = &[
    "address", "adres", "adres zamieszkania", "adresa", "adress", "adresse", "adresă", "alamat", "anschrift",
    "anwani", "bopæl", "bydlisko", "bydliště", "code postal", "current address", "cím", "código postal",
    "direccion", "dirección", "domicile", "domicilio", "domiciliu", "endereço", "home", "home address",
    "indirizzo", "kod pocztowy", "kode pos", "lakcím", "lakhely", "lakóhely", "lieu de résidence", "lähiosoite",
    "morada", "osoite", "permanent address", "post code", "post office", "postadresse", "postal address",
    "postal code", "postcode", "postinumero", "postleitzahl", "postnummer", "present address", "residencia",
    "residential address", "residenza", "temporary address", "trvalé bydlisko", "village", "wohnort",
    "zip code", "địa chỉ",
    "διεύθυνση", "ταχυδρομικός κώδικας", "адрес", "адрес проживания", "адреса", "місце проживання", "כתובת",
    "آدرس", "العنوان", "نشانی", "पता", "住所", "地址", "주소",
];

/// Address labels whose value may be one word: a post office or a village
/// names a place smaller than a town ("Post Office : Baruipara").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const ONE_WORD_ADDRESS_LABELS: &[&str] = &[
    "post office", "village",
];

/// Words a post-office box's number follows: "PO BOX 4411-00100 Nairobi".
/// Keep sorted.
pub(super) const PO_BOX_WORDS: &[&str] = &[
    "apartado",
    "b.p.",
    "boîte postale",
    "caixa postal",
    "casella postale",
    "casilla",
    "p. o. box",
    "p.o box",
    "p.o. box",
    "p.o.box",
    "po box",
    "post office box",
    "postbus",
    "postfach",
    "sanduku la posta",
];

/// Labels of the kana reading of the line below it in a Japanese
/// 履歴書 (the name's or the address's).
/// Keep sorted.
#[rustfmt::skip]
pub(super) const JAPANESE_READING_LABELS: &[&str] = &[
    "ふりがな", "フリガナ",
];

/// Labels of a Japanese 履歴書's addresses: the present address, the
/// contact address, the home the student returns to.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const JAPANESE_ADDRESS_LABELS: &[&str] = &[
    "住所", "帰省先", "現住所", "連絡先",
];

/// The next field's words in a 履歴書's cell: they end the value before
/// them ("なかやま せいじ 性別"), and a line that holds one is no address.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const JAPANESE_FIELD_WORDS: &[&str] = &[
    "e-mail", "メールアドレス", "性別", "携帯", "電話",
];

// ---------------------------------------------------------------- name

/// Words that make a first line a heading or a title, not a name.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "about", "academy", "accountant", "achievements", "activities", "administrator", "analista", "analyst",
    "and", "angaben", "apprentice", "architect", "asistente", "assistant", "assistente", "associate",
    "association", "at", "ausbildung", "award", "awards", "backend", "bank", "berufserfahrung", "bewerbung",
    "bilgiler", "bölümü", "cashier", "center", "centre", "certificate", "certification", "certifications",
    "certified", "championship", "chief", "clerk", "club", "college", "committee", "company",
    "competencias", "competition", "compétences", "conference", "consultant", "contact", "contacto",
    "coordinator", "corporation", "council", "course", "courses", "curriculum", "cv", "dados", "data",
    "daten", "datos", "debate", "declaration", "deneyim", "department", "desarrollador", "desarrolladora",
    "desenvolvedor", "desenvolvedora", "designer", "details", "developer", "director", "driver",
    "développeur", "développeuse", "educación", "education", "engenheira", "engenheiro", "engineer",
    "entwickler", "entwicklerin", "estudiante", "executive", "experience", "experiencia", "experiência",
    "expérience", "eğitim", "fakültesi", "for", "formación", "formation", "formação", "foundation",
    "fresher", "frontend", "full", "gegevens", "group", "habilidades", "hackathon", "head", "history",
    "hobbies", "hospital", "in", "inc", "information", "informations", "ingegnere", "ingeniera",
    "ingeniero", "ingenieur", "ingenieurin", "ingénieur", "ingénieure", "institute", "interests", "intern",
    "junior", "kenntnisse", "kişisel", "kontakt", "languages", "lead", "lebenslauf", "lecturer", "licensed",
    "lisesi", "llc", "ltd", "manager", "marketing", "me", "ministry", "mühendisi", "mühendisliği",
    "national", "nurse", "objective", "objetivo", "objetivos", "of", "officer", "olympiad", "operator",
    "opleiding", "owner", "page", "perfil", "personal", "personales", "personnelles", "persoonlijke",
    "persönliche", "pessoais", "pessoal", "principal", "prize", "product", "professional", "professor",
    "profiel", "profil", "profile", "programador", "programadora", "project", "projects", "publications",
    "references", "registered", "representative", "resume", "riwayat", "résumé", "sales", "school",
    "scientist", "senior", "services", "skills", "society", "software", "solutions", "specialist", "stack",
    "staff", "street", "student", "summary", "supervisor", "sviluppatore", "systems", "teacher", "team",
    "technician", "technologies", "the", "trainee", "técnico", "university", "utvecklare", "vaardigheden",
    "vitae", "volunteer", "web", "webbutvecklare", "werkervaring", "winner", "with", "work", "yazılım",
    "özgeçmiş", "üniversitesi",
];

/// Words that end an organisation's or an award's name: a part of the
/// candidate's name right before them names the place or the prize, not the
/// person ("Kwame Nkrumah University", "Rizal Memorial College", "Marie Curie
/// Fellowship").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "academy", "award", "bank", "center", "centre", "colegio", "college", "collège", "company",
    "corporation", "fellowship", "foundation", "fundación", "gmbh", "group", "gymnasium", "hall",
    "hochschule", "hospital", "inc", "institut", "institute", "instituto", "laboratories", "laboratory",
    "llc", "ltd", "lycée", "medal", "memorial", "polytechnic", "prize", "scholarship", "school", "schule",
    "stiftung", "universidad", "universidade", "universitas", "university", "università", "universität",
    "université",
];

/// Legal forms that end a company's name, lower case without their dots
/// ("S.A.S" → "sas", "ООО"): a line holding one names an employer, never a
/// person ("Accendo S.A.S"). Written without dots only the forms no family
/// name shares.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const COMPANY_FORMS: &[&str] = &[
    "ag", "bv", "co", "corp", "gmbh", "inc", "kft", "llc", "llp", "ltd", "ltda", "nv", "oy", "plc", "pvt",
    "sa", "sarl", "sas", "sl", "spa", "srl", "sro", "ао", "зао", "оао", "ооо", "пао",
];

/// Company forms that stand without dots as a word of their own ("Acme GmbH", "ООО Ромашка").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const UNDOTTED_COMPANY_FORMS: &[&str] = &[
    "gmbh", "inc", "llc", "llp", "ltd", "ltda", "plc", "sarl", "зао", "оао", "ооо", "пао",
];

/// Labels of an employer's field: a site after the company's name on such
/// a line is the employer's ("Компания: Яндекс yandex.ru").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const COMPANY_LABELS: &[&str] = &[
    "arbeitgeber", "company", "employer", "empresa", "entreprise", "firma", "organisation", "organization",
    "société", "unternehmen", "компания", "организация", "работодатель",
];

/// Words of a numbered or lettered part of a town, a block or a zone, that
/// make a list of places someone's address: "Zone 6, Mbabane", "Kilamba,
/// Bloco W", "Sector 4, Bucharest".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const LOCALITY_UNIT_WORDS: &[&str] = &[
    "block", "bloco", "bloque", "blok", "quadra", "sector", "sektor", "ward", "zona", "zone",
];

/// Words of a city's numbered district after a street address: "…, sector 4".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const DISTRICT_WORDS: &[&str] = &["district", "distrito", "sector", "sektor"];

/// Lower-case parts of a name that are not names themselves: "van der", "de la".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la", "las", "le",
    "los", "van", "von", "y",
];

/// Words after a family name that tell apart a son from his father, part
/// of the name but not a name: "de Moraes Jr.", "Wright III"; and the "son
/// of" or "daughter of" after a Central Asian patronymic ("Aziz o’g’li").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NAME_SUFFIXES: &[&str] = &[
    "ii", "iii", "iv", "jnr", "jnr.", "jr", "jr.", "júnior", "kyzy", "o'g'li", "o‘g‘li", "o’g’li", "qizi",
    "snr", "snr.", "uulu",
];

/// Labels of a name line: "Name: …".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NAME_LABELS: &[&str] = &[
    "achternaam", "ad soyad", "adı soyadı", "apellido", "apellidos", "apellidos y nombre",
    "apellidos y nombres", "buong pangalan", "candidate", "candidate name", "cognome", "cognome e nome",
    "efternamn", "efternavn", "etternavn", "family name", "full name", "họ tên", "họ và tên", "ime i prezime",
    "ime in priimek", "imię i nazwisko", "isim", "jina", "jina kamili", "jméno", "jméno a příjmení", "kunjom",
    "last name", "meno", "meno a priezvisko", "naam", "nachname", "nama", "nama lengkap", "name", "namn",
    "navn", "nazwisko", "nimi", "nom", "nom de famille", "nom et prénom", "nom et prénoms", "nombre",
    "nombre completo", "nombre y apellidos", "nome", "nome completo", "nome e cognome", "nume",
    "nume și prenume", "név", "pangalan", "pavardė", "perekonnanimi", "prezime", "priezvisko", "priimek",
    "příjmení", "soyad", "soyadı", "surname", "teljes név", "uzvārds", "vardas pavardė", "vezetéknév",
    "vārds uzvārds", "επώνυμο", "ονοματεπώνυμο", "όνομα", "име и презиме", "име и фамилия", "презиме",
    "прізвище", "піб", "фамилия", "фио", "שם", "שם מלא", "الاسم", "نام", "نام و نام خانوادگی", "नाम", "নাম",
    "ชื่อ", "ชื่อ-นามสกุล", "ชื่อ-สกุล", "名前", "姓名", "氏名", "성명", "이름",
];

/// The heading a Europass CV prints in capitals in its left column, the
/// candidate's name beside it on the same line ("PERSONAL INFORMATION Jane
/// Doe"), in the languages the template comes in.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_INFORMATION_HEADINGS: &[&str] = &[
    "angaben zur person", "asmeninė informacija", "dane osobowe", "henkilötiedot", "informació personal",
    "información personal", "informacje osobiste", "informations personnelles", "informazioni personali",
    "informazzjoni personali", "informação pessoal", "informaţii personale", "informații personale",
    "isikuandmed", "kişisel bilgiler", "lični podaci", "osebni podatki", "osobni podaci", "osobné údaje",
    "osobní údaje", "personal information", "personas dati", "personlig information",
    "personlige oplysninger", "persoonlijke informatie", "persönliche informationen", "személyes adatok",
    "személyi adatok", "προσωπικές πληροφορίες", "лична информация", "лични информации", "лични подаци",
];

/// Headings of personal details besides Europass's: the short lines under
/// one that are only a date or a nationality are the date of birth and the
/// nationality ("Personal Details" / "23/02/1997" / "Belgian").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PERSONAL_DETAILS_HEADINGS: &[&str] = &[
    "dados pessoais", "daten zur person", "dati personali", "datos personales",
    "données personnelles", "personal data", "personal details", "personal info",
    "personal particulars", "personalia", "persönliche daten", "thông tin cá nhân",
    "личные данные", "особисті дані", "个人信息", "個人情報", "基本信息", "인적사항",
];

/// Phrases that introduce the writer's name in a sentence: "My name is …".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const SELF_INTRODUCTIONS: &[&str] = &[
    "benim adım", "ich heisse", "ich heiße", "je m'appelle", "je m’appelle", "me llamo", "mein name ist",
    "meu nome é", "mi chiamo", "mi nombre es", "my name is", "nama saya", "nazywam się", "меня зовут",
];

/// Phrases that introduce a name or as often a description ("I am Jane
/// Doe", "I am Highly Motivated"): read only when nothing else gives the
/// name, and only for words that end the clause and describe nothing.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const WEAK_SELF_INTRODUCTIONS: &[&str] = &["i am", "i'm", "i’m"];

/// Given names abbreviated as South Asian CVs write them, part of the name:
/// "Md. Abdul Karim" (Muhammad), "Mst." (Mosammat).
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NAME_ABBREVIATIONS: &[&str] = &[
    "md", "md.", "mohd", "mohd.", "mst", "mst.", "muhd.",
];

/// Labels of a first name: "Vorname: …"; it goes before the family name.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const FIRST_NAME_LABELS: &[&str] = &[
    "eesnimi", "first name", "fornavn", "förnamn", "given name", "ime", "imię", "isem", "keresztnév",
    "nombres", "prenom", "prenume", "prénom", "prénoms", "vardas", "voornaam", "vorname", "vornamen", "vārds",
    "име", "имя", "ім'я", "ім’я",
];

/// Titles that may stand before a name and are not part of it: "Dr. Dmitry",
/// academic ones of more countries ("Doç.", "Mgr.", "Ing.", "drs.", "Dra.")
/// and scripts ("Δρ.", "Д-р", "Проф.").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const HONORIFICS: &[&str] = &[
    "arch.", "arş.", "avv.", "bc.", "dhr.", "dipl.", "dipl.-inf.", "dipl.-ing.", "dipl.-kfm.", "doc.",
    "dott.", "dott.ssa", "doç", "doç.", "dr", "dr.", "dr.-ing.", "dr.ir.", "dr.öğr.", "dra.", "drs.", "eng.",
    "er.", "frau", "gör.", "habil.", "herr", "herrn", "ing.", "inż.", "ir.", "judr.", "jur.", "lcda.",
    "lcdo.", "lic.", "licda.", "licdo.", "madame", "mademoiselle", "med.", "mevr.", "mgr", "mgr.", "miss",
    "mlle", "mme", "monsieur", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mudr.", "mvdr.", "mx", "mx.",
    "nat.", "paeddr.", "pastor", "phdr.", "phil.", "pol.", "prof", "prof.", "profesor", "profesora",
    "professeur", "professor", "professor.", "professora", "rer.", "rndr.", "señor", "señora", "shri",
    "sig.", "sig.ra", "smt", "smt.", "sr.", "sra.", "srta.", "uzm.", "yrd.", "öğr.", "üyesi", "δρ.",
    "καθ.", "д-р", "доц.", "проф.",
];

/// The zero of each script whose ten decimal digits phones are written in
/// besides ASCII: Arabic-Indic, Persian (extended Arabic-Indic),
/// Devanagari, Bengali, Thai, full-width.
pub(super) const DIGIT_ZEROS: &[char] = &['\u{660}', '\u{6F0}', '\u{966}', '\u{9E6}', '\u{E50}', '\u{FF10}'];

/// Cyrillic letters as handles spell them in Latin (Russian, Ukrainian):
/// "Егор" → "egor". In alphabetical order.
pub(super) const CYRILLIC: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('й', "y"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', ""),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "yu"),
    ('я', "ya"),
    ('ё', "e"),
    ('є', "ye"),
    ('і', "i"),
    ('ї', "yi"),
    ('ґ', "g"),
];

/// Greek letters as a CV spells them in Latin (its email, its links):
/// "Παπαδάκη" → "venolia". Accents are taken off before. In alphabetical order.
pub(super) const GREEK: &[(char, &str)] = &[
    ('α', "a"),
    ('β', "v"),
    ('γ', "g"),
    ('δ', "d"),
    ('ε', "e"),
    ('ζ', "z"),
    ('η', "i"),
    ('θ', "th"),
    ('ι', "i"),
    ('κ', "k"),
    ('λ', "l"),
    ('μ', "m"),
    ('ν', "n"),
    ('ξ', "x"),
    ('ο', "o"),
    ('π', "p"),
    ('ρ', "r"),
    ('ς', "s"),
    ('σ', "s"),
    ('τ', "t"),
    ('υ', "y"),
    ('φ', "f"),
    ('χ', "ch"),
    ('ψ', "ps"),
    ('ω', "o"),
];

/// Labels of a picture: the line under one alone is no value of it.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const PICTURE_LABELS: &[&str] = &[
    "foto", "photo", "photograph", "фото",
];

/// Labels of a nickname, a form of the candidate's name: "Nickname: JL".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const NICKNAME_LABELS: &[&str] = &[
    "alias", "apelido", "apodo", "nick name", "nickname", "soprannome", "spitzname", "surnom",
    "takma ad", "псевдоним",
];

/// Words that qualify a title after them and are no title alone:
/// "Associate Professor. Jane Roe", not "Assistant Lecturer".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const TITLE_QUALIFIERS: &[&str] = &[
    "adjunct", "assistant", "associate", "emeritus", "full", "visiting",
];

/// Nouns that title the document itself: "Jane Doe CV", "… Resume".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "ansioluettelo", "bio-data", "biodata", "c.v.", "curriculum", "cv", "lebenslauf", "levensloop",
    "meslekî özgeçmiş", "resume", "résumé", "vitae", "önéletrajz", "životopis",
];

/// Words that qualify a document's title, as portals and file names add
/// them: "Updated Resume", "Featured Resume".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const DOCUMENT_QUALIFIERS: &[&str] = &[
    "featured", "final", "latest", "new", "updated",
];

/// Headings in scripts without letter case that may stand above contact
/// data and are not a name ("简历" is "résumé", "联系方式" "contact"; "בס״ד"
/// and "ב״ה", a blessing many Hebrew documents open with, in letters only).
/// Keep sorted.
#[rustfmt::skip]
pub(super) const UNCASED_HEADINGS: &[&str] = &[
    "בה", "בסד", "السيرة الذاتية", "سيرة ذاتية", "बायोडाटा", "个人信息", "个人简历", "基本信息", "基本资料",
    "履歴書", "求职简历", "简历", "联系信息", "联系方式", "職務経歴書", "連絡先", "연락처", "이력서",
];

/// Labels of another person a CV names as a referee or a contact: the name
/// after them is withheld ("Referee: …", "经理：" a manager, "证明人：" a
/// referee). Thesis supervisors and co-authors are not among them.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const REFEREE_LABELS: &[&str] = &[
    "ansprechpartner", "ansprechpartnerin", "contact person", "jefe inmediato", "persona de contacto",
    "personne de contact", "referans", "referanslar", "referee", "referees", "reference", "references",
    "referencia", "referencias", "referenze", "referências", "reporting to", "reports to", "référence",
    "références", "référent", "συστάσεις", "рекомендации", "рекомендації", "上级", "主管", "推荐人", "经理", "联系人",
    "证明人",
];

/// Headings of a section that lists the candidate's family: a relative's
/// name may stand alone on a line under them.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const FAMILY_HEADINGS: &[&str] = &[
    "datos familiares", "emergency contact", "emergency contacts", "family", "family background",
    "family details", "family information", "next of kin",
];

/// Words that name a relation on a line: a relative's name there is another
/// person's, though it shares the candidate's family name.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const RELATION_WORDS: &[&str] = &[
    "aunt", "brother", "cousin", "daughter", "emergency", "esposa", "esposo", "father", "frère",
    "guardian", "hermana", "hermano", "husband", "kin", "madre", "mother", "mutter", "mère", "padre",
    "parent", "parents", "père", "schwester", "sibling", "sister", "son", "spouse", "sœur", "uncle",
    "vater", "wife",
];

/// Extensions of a page or a document at the end of a link's path: a part
/// that ends with one ("courses.html") names a file, no profile's owner.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const FILE_EXTENSIONS: &[&str] = &[
    "asp", "aspx", "cgi", "doc", "docx", "htm", "html", "jsp", "pdf", "php", "shtml",
];

/// Local parts of an email that name nobody: the domain behind them is the
/// writer's own ("contact@janedoe.com").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const GENERIC_LOCAL_PARTS: &[&str] = &[
    "contact", "cv", "hallo", "hello", "hi", "info", "kontakt", "mail", "me", "post", "resume",
];

/// Words between "Referencia" and its name: "Referencia Profesional, Jane Doe".
/// Keep sorted.
#[rustfmt::skip]
pub(super) const REFEREE_QUALIFIERS: &[&str] = &[
    "academic", "académica", "académique", "laboral", "laborales", "personal", "personales",
    "personnelle", "profesional", "profesionales", "professional", "professionnelle",
];

/// Month names in full, in English, Spanish, French, German, Italian and
/// Portuguese, for a date written in words ("17 noviembre de 2004").
/// Keep sorted.
#[rustfmt::skip]
pub(super) const MONTH_NAMES: &[&str] = &[
    "abril", "agosto", "aout", "août", "april", "aprile", "august", "avril", "dezember", "dezembro",
    "dicembre", "diciembre", "décembre", "enero", "febbraio", "febrero", "februar", "february",
    "fevereiro", "février", "gennaio", "giugno", "janeiro", "januar", "january", "janvier", "juillet",
    "juin", "julho", "juli", "julio", "july", "june", "junho", "juni", "junio", "luglio", "maggio",
    "mai", "maio", "march", "mars", "marzo", "março", "mayo", "märz", "november", "novembre",
    "novembro", "noviembre", "october", "octobre", "octubre", "oktober", "ottobre", "outubro",
    "september", "septembre", "septiembre", "setembro", "setiembre", "settembre",
];

/// The hundred commonest Chinese family names, one character each: a
/// referee's name after a Chinese label starts with one.
/// Keep sorted.
#[rustfmt::skip]
pub(super) const CHINESE_FAMILY_NAMES: &[&str] = &[
    "丁", "万", "严", "于", "付", "任", "何", "余", "侯", "冯", "刘", "卢", "史", "叶", "向", "吕", "吴", "周", "唐",
    "夏", "姚", "姜", "孔", "孙", "孟", "宋", "尹", "崔", "廖", "张", "彭", "徐", "戴", "方", "曹", "曾", "朱", "李",
    "杜", "杨", "林", "梁", "武", "段", "毛", "江", "汤", "汪", "沈", "潘", "熊", "王", "田", "白", "石", "秦", "程",
    "罗", "肖", "胡", "苏", "范", "莫", "董", "蒋", "蔡", "薛", "袁", "覃", "许", "谢", "谭", "贺", "贾", "赵", "邓",
    "邱", "邵", "邹", "郑", "郝", "郭", "金", "钟", "钱", "闫", "陆", "陈", "陶", "雷", "韦", "韩", "顾", "马", "高",
    "魏", "黄", "黎", "龙", "龚",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list, and whether it is kept sorted (order does not matter to it).
    const LISTS: &[(&str, &[&str], bool)] = &[
        ("SPELLED_AT", SPELLED_AT, false),
        ("SPELLED_DOT", SPELLED_DOT, true),
        ("PROFILE_HOSTS", PROFILE_HOSTS, true),
        ("TLDS", TLDS, true),
        ("SITE_HOSTS", SITE_HOSTS, true),
        ("TECH_DOMAINS", TECH_DOMAINS, true),
        ("HANDLE_LABELS", HANDLE_LABELS, true),
        ("DOB_LABELS", DOB_LABELS, false),
        ("BIRTHPLACE_LINKS", BIRTHPLACE_LINKS, true),
        ("PERSONAL_LABELS", PERSONAL_LABELS, true),
        ("PERSONAL_LABELS_WITHOUT_COLON", PERSONAL_LABELS_WITHOUT_COLON, true),
        ("PERSONAL_LINE_WORDS", PERSONAL_LINE_WORDS, true),
        ("AGE_PHRASES", AGE_PHRASES, true),
        ("AGE_PREFIXES", AGE_PREFIXES, true),
        ("AGE_VERBS", AGE_VERBS, true),
        ("AGE_CLAUSE_WORDS", AGE_CLAUSE_WORDS, true),
        ("AGE_WORDS_ALONE", AGE_WORDS_ALONE, true),
        ("JAPANESE_ERAS", JAPANESE_ERAS, true),
        ("JAPANESE_READING_LABELS", JAPANESE_READING_LABELS, true),
        ("JAPANESE_ADDRESS_LABELS", JAPANESE_ADDRESS_LABELS, true),
        ("JAPANESE_FIELD_WORDS", JAPANESE_FIELD_WORDS, true),
        ("LICENCE_WORDS", LICENCE_WORDS, true),
        ("PHONE_LABELS", PHONE_LABELS, true),
        ("STREET_SUFFIXES", STREET_SUFFIXES, true),
        ("STREET_PREFIXES", STREET_PREFIXES, true),
        ("NUMBERED_STREET_PREFIXES", NUMBERED_STREET_PREFIXES, true),
        ("STREET_WORDS", STREET_WORDS, true),
        ("STREET_ENDINGS", STREET_ENDINGS, true),
        ("UNIT_WORDS", UNIT_WORDS, true),
        ("HOUSE_NUMBER_WORDS", HOUSE_NUMBER_WORDS, true),
        ("PLOT_WORDS", PLOT_WORDS, true),
        ("BLOCK_MARKERS", BLOCK_MARKERS, true),
        ("ESTATE_MARKERS", ESTATE_MARKERS, true),
        ("LOCALITY_MARKERS", LOCALITY_MARKERS, true),
        ("DIRECTIONS", DIRECTIONS, true),
        ("ADDRESS_LABELS", ADDRESS_LABELS, true),
        ("ONE_WORD_ADDRESS_LABELS", ONE_WORD_ADDRESS_LABELS, true),
        ("CJK_ADDRESS_UNITS", CJK_ADDRESS_UNITS, true),
        ("CONTACT_LABEL_WORDS", CONTACT_LABEL_WORDS, true),
        ("PO_BOX_WORDS", PO_BOX_WORDS, true),
        ("NOT_NAME_WORDS", NOT_NAME_WORDS, true),
        ("NAME_PARTICLES", NAME_PARTICLES, true),
        ("COMPANY_FORMS", COMPANY_FORMS, true),
        ("DISTRICT_WORDS", DISTRICT_WORDS, true),
        ("UNDOTTED_COMPANY_FORMS", UNDOTTED_COMPANY_FORMS, true),
        ("COMPANY_LABELS", COMPANY_LABELS, true),
        ("ORGANISATION_WORDS", ORGANISATION_WORDS, true),
        ("NAME_SUFFIXES", NAME_SUFFIXES, true),
        ("NAME_LABELS", NAME_LABELS, true),
        ("PERSONAL_INFORMATION_HEADINGS", PERSONAL_INFORMATION_HEADINGS, true),
        ("PERSONAL_DETAILS_HEADINGS", PERSONAL_DETAILS_HEADINGS, true),
        ("FIRST_NAME_LABELS", FIRST_NAME_LABELS, true),
        ("SELF_INTRODUCTIONS", SELF_INTRODUCTIONS, true),
        ("WEAK_SELF_INTRODUCTIONS", WEAK_SELF_INTRODUCTIONS, true),
        ("NAME_ABBREVIATIONS", NAME_ABBREVIATIONS, true),
        ("HONORIFICS", HONORIFICS, true),
        ("DOCUMENT_NOUNS", DOCUMENT_NOUNS, true),
        ("DOCUMENT_QUALIFIERS", DOCUMENT_QUALIFIERS, true),
        ("UNCASED_HEADINGS", UNCASED_HEADINGS, true),
        ("REFEREE_LABELS", REFEREE_LABELS, true),
        ("CHINESE_FAMILY_NAMES", CHINESE_FAMILY_NAMES, true),
        ("REFEREE_QUALIFIERS", REFEREE_QUALIFIERS, true),
        ("FAMILY_HEADINGS", FAMILY_HEADINGS, true),
        ("RELATION_WORDS", RELATION_WORDS, true),
        ("GENERIC_LOCAL_PARTS", GENERIC_LOCAL_PARTS, true),
        ("MONTH_NAMES", MONTH_NAMES, true),
        ("FILE_EXTENSIONS", FILE_EXTENSIONS, true),
    ];

    #[test]
    fn no_word_list_holds_a_word_twice() {
        for (name, words, _) in LISTS {
            let mut seen = std::collections::BTreeSet::new();
            for word in *words {
                assert!(seen.insert(word), "{name} holds {word:?} twice");
            }
        }
    }

    #[test]
    fn the_nationalities_file_is_lower_case_sorted_by_section_and_holds_each_word_once() {
        let mut seen = std::collections::BTreeSet::new();
        let mut previous: Option<&str> = None;
        for line in NATIONALITIES.lines() {
            if line.starts_with('#') {
                previous = None;
                continue;
            }
            assert!(!line.is_empty() && line == line.trim() && line.to_lowercase() == line, "{line:?}");
            assert!(seen.insert(line), "nationalities.txt holds {line:?} twice");
            if let Some(previous) = previous {
                assert!(previous < line, "nationalities.txt: {line:?} should come before {previous:?}");
            }
            previous = Some(line);
        }
        assert!(is_nationality("italiano") && is_nationality("bulgarisch") && !is_nationality("python"));
    }

    #[test]
    fn lists_whose_order_does_not_matter_are_sorted() {
        for (name, words, sorted) in LISTS {
            if *sorted {
                for pair in words.windows(2) {
                    assert!(pair[0] < pair[1], "{name}: {:?} should come before {:?}", pair[1], pair[0]);
                }
            }
        }
    }
}
