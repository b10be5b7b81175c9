//! Adobe's CID-to-Unicode maps, one a character collection, as data the
//! reader is handed rather than code it carries.
//!
//! A CJK font without a ToUnicode map names an Adobe collection (GB1, CNS1,
//! Japan1, Korea1); its CIDs read through that collection's `UCS2` CMap
//! (`cid`). The four maps are large and almost no resume needs one, so the
//! page's worker does not embed them: it fetches the one a PDF names from
//! `cmaps/` beside the page, as pdf.js does, and reads the file again
//! ([`CidTables`] says which are at hand). Natively, the `embedded-cmaps`
//! feature builds them from the maps hayro-cmap carries
//! ([`CidTables::embedded`]), and `shortlist-cmaps` writes the same tables
//! as the files the page serves ([`UnicodeTable::to_text`]).
//!
//! The file format, one line a run, hexadecimal, `#` starting a comment:
//!
//! ```text
//! <first CID> <last CID> <code point>   CIDs first..=last map to consecutive code points
//! <CID> = <code point> <code point>…    one CID that maps to several characters
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The Adobe character collections whose CIDs map to Unicode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Collection {
    /// Simplified Chinese.
    Gb1,
    /// Traditional Chinese.
    Cns1,
    /// Japanese.
    Japan1,
    /// Korean.
    Korea1,
}

impl Collection {
    /// Every collection, in file-name order.
    pub const ALL: [Self; 4] = [Self::Cns1, Self::Gb1, Self::Japan1, Self::Korea1];

    /// The collection a CID font's `CIDSystemInfo` names, if it is one of Adobe's four.
    pub fn from_registry_ordering(registry: &[u8], ordering: &[u8]) -> Option<Self> {
        if registry != b"Adobe" {
            return None;
        }
        match ordering {
            b"GB1" => Some(Self::Gb1),
            b"CNS1" => Some(Self::Cns1),
            b"Japan1" => Some(Self::Japan1),
            b"Korea1" => Some(Self::Korea1),
            _ => None,
        }
    }

    /// The name of the Adobe CMap, which is also the table's file name
    /// under `cmaps/` (with `.txt`).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Gb1 => "Adobe-GB1-UCS2",
            Self::Cns1 => "Adobe-CNS1-UCS2",
            Self::Japan1 => "Adobe-Japan1-UCS2",
            Self::Korea1 => "Adobe-Korea1-UCS2",
        }
    }

    /// The table's file name, relative to the page: `cmaps/<name>.txt`.
    pub fn path(self) -> String {
        format!("cmaps/{}.txt", self.name())
    }
}

/// One collection's CIDs and the text each stands for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnicodeTable {
    texts: BTreeMap<u32, String>,
}

/// Why a table file could not be read: the line and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line} of the character map is not a CID mapping: {problem}")]
pub struct TableError {
    pub line: usize,
    pub problem: &'static str,
}

/// The most CIDs a table maps: a collection has fewer than 65,536.
const MAX_CID: u32 = 0xFFFF;

impl UnicodeTable {
    /// The text of `cid`, if the collection maps it.
    pub fn get(&self, cid: u32) -> Option<&str> {
        self.texts.get(&cid).map(String::as_str)
    }

    /// How many CIDs the table maps.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether the table maps nothing.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// A table of the given (CID, text) pairs.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (u32, String)>) -> Self {
        Self { texts: pairs.into_iter().filter(|(cid, text)| *cid <= MAX_CID && !text.is_empty()).collect() }
    }

    /// Reads a table file (the format in the module docs).
    pub fn parse(text: &str) -> Result<Self, TableError> {
        let mut texts = BTreeMap::new();
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let fail = |problem| TableError { line: line_no, problem };
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split_ascii_whitespace().collect();
            let hex =
                |field: &str| u32::from_str_radix(field, 16).map_err(|_| fail("a field is not hexadecimal"));
            let char_of =
                |value: u32| char::from_u32(value).ok_or_else(|| fail("not a Unicode scalar value"));
            match fields.as_slice() {
                [cid, "=", points @ ..] if !points.is_empty() => {
                    let cid = hex(cid)?;
                    let text =
                        points.iter().map(|point| char_of(hex(point)?)).collect::<Result<String, _>>()?;
                    if cid > MAX_CID {
                        return Err(fail("a CID is over FFFF"));
                    }
                    texts.insert(cid, text);
                }
                [first, last, point] => {
                    let (first, last, point) = (hex(first)?, hex(last)?, hex(point)?);
                    if first > last || last > MAX_CID {
                        return Err(fail("a CID range is reversed or over FFFF"));
                    }
                    for (offset, cid) in (first..=last).enumerate() {
                        let offset = u32::try_from(offset).map_err(|_| fail("a CID range is too long"))?;
                        texts.insert(cid, char_of(point + offset)?.to_string());
                    }
                }
                _ => return Err(fail("expected `first last code point` or `CID = code points`")),
            }
        }
        Ok(Self { texts })
    }

    /// The table as a file (the format in the module docs), runs of
    /// consecutive CIDs and code points on one line.
    pub fn to_text(&self, name: &str) -> String {
        let mut out = format!("# {name}: Adobe CID to Unicode, for Shortlist's PDF reader\n");
        let mut run: Option<(u32, u32, u32)> = None; // first CID, last CID, first code point
        let flush = |out: &mut String, run: Option<(u32, u32, u32)>| {
            if let Some((first, last, point)) = run {
                let _ = writeln!(out, "{first:X} {last:X} {point:X}");
            }
        };
        for (&cid, text) in &self.texts {
            let mut chars = text.chars();
            let single = match (chars.next(), chars.next()) {
                (Some(c), None) => Some(u32::from(c)),
                _ => None,
            };
            match (single, run) {
                (Some(point), Some((first, last, start)))
                    if cid == last + 1 && point == start + (cid - first) =>
                {
                    run = Some((first, cid, start));
                }
                (Some(point), _) => {
                    flush(&mut out, run);
                    run = Some((cid, cid, point));
                }
                (None, _) => {
                    flush(&mut out, run.take());
                    let points: Vec<String> = text.chars().map(|c| format!("{:X}", u32::from(c))).collect();
                    let _ = writeln!(out, "{cid:X} = {}", points.join(" "));
                }
            }
        }
        flush(&mut out, run);
        out
    }

    /// The table of `collection` from the CMaps hayro-cmap embeds.
    #[cfg(feature = "embedded-cmaps")]
    pub fn embedded(collection: Collection) -> Option<Self> {
        use hayro_cmap::{BfString, CMap, CidFamily};
        let family = match collection {
            Collection::Gb1 => CidFamily::AdobeGB1,
            Collection::Cns1 => CidFamily::AdobeCNS1,
            Collection::Japan1 => CidFamily::AdobeJapan1,
            Collection::Korea1 => CidFamily::AdobeKorea1,
        };
        let cmap = CMap::parse(hayro_cmap::load_embedded(family.ucs2_cmap()?)?, hayro_cmap::load_embedded)?;
        Some(Self::from_pairs((0..=MAX_CID).filter_map(|cid| {
            let text = match cmap.lookup_bf_string(cid)? {
                BfString::Char(c) => c.to_string(),
                BfString::String(text) => text,
            };
            Some((cid, text))
        })))
    }
}

/// The tables a reading may use, and the collections known to be
/// unavailable (a fetch failed): a file that needs one of those is
/// [`super::Outcome::MissingCharacterMap`] at once, not asked for again.
#[derive(Debug, Clone, Default)]
pub struct CidTables {
    tables: BTreeMap<Collection, UnicodeTable>,
    unavailable: Vec<Collection>,
}

impl CidTables {
    /// No table at hand.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the table of `collection`.
    pub fn insert(&mut self, collection: Collection, table: UnicodeTable) {
        self.unavailable.retain(|known| *known != collection);
        self.tables.insert(collection, table);
    }

    /// Notes that the table of `collection` cannot be had.
    pub fn mark_unavailable(&mut self, collection: Collection) {
        if !self.unavailable.contains(&collection) {
            self.unavailable.push(collection);
        }
    }

    /// Forgets which tables were unavailable, so they are asked for again.
    pub fn clear_unavailable(&mut self) {
        self.unavailable.clear();
    }

    /// The table of `collection`, if at hand.
    pub fn get(&self, collection: Collection) -> Option<&UnicodeTable> {
        self.tables.get(&collection)
    }

    /// Whether the table of `collection` is known to be unavailable.
    pub fn is_unavailable(&self, collection: Collection) -> bool {
        self.unavailable.contains(&collection)
    }

    /// Every table, built once from the embedded CMaps (native builds with
    /// the `embedded-cmaps` feature).
    #[cfg(feature = "embedded-cmaps")]
    pub fn embedded() -> &'static Self {
        static TABLES: std::sync::OnceLock<CidTables> = std::sync::OnceLock::new();
        TABLES.get_or_init(|| {
            let mut tables = Self::new();
            for collection in Collection::ALL {
                match UnicodeTable::embedded(collection) {
                    Some(table) => tables.insert(collection, table),
                    None => tables.mark_unavailable(collection),
                }
            }
            tables
        })
    }

    /// What [`super::extract`] reads with: every table when they are
    /// embedded, else none (a CJK font's file then says its map is missing).
    pub fn builtin() -> &'static Self {
        #[cfg(feature = "embedded-cmaps")]
        {
            Self::embedded()
        }
        #[cfg(not(feature = "embedded-cmaps"))]
        {
            static NONE: CidTables = CidTables { tables: BTreeMap::new(), unavailable: Vec::new() };
            &NONE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_file_reads_back_as_written() {
        let table = UnicodeTable::from_pairs([
            (1, " ".to_owned()),
            (2, "!".to_owned()),
            (3, "\"".to_owned()),
            (5, "简".to_owned()),
            (6, "ff".to_owned()),
            (7, "历".to_owned()),
        ]);
        let text = table.to_text("Test");
        assert_eq!(text.lines().filter(|line| !line.starts_with('#')).count(), 4, "{text}");
        assert_eq!(UnicodeTable::parse(&text), Ok(table));
    }

    #[test]
    fn a_bad_table_line_is_named() {
        assert_eq!(UnicodeTable::parse("1 2 41\nzz 1 41\n").map_err(|e| e.line), Err(2));
        assert_eq!(UnicodeTable::parse("5 3 41").map_err(|e| e.line), Err(1));
        assert_eq!(UnicodeTable::parse("1 = D800").map_err(|e| e.line), Err(1));
        assert_eq!(UnicodeTable::parse("1 2").map_err(|e| e.line), Err(1));
    }

    #[cfg(feature = "embedded-cmaps")]
    #[test]
    fn the_written_tables_map_every_cid_as_the_embedded_cmaps_do() {
        for collection in Collection::ALL {
            let table = UnicodeTable::embedded(collection).expect("hayro-cmap embeds the four UCS2 maps");
            assert!(table.len() > 10_000, "{collection:?}: {}", table.len());
            let text = table.to_text(collection.name());
            assert_eq!(UnicodeTable::parse(&text).as_ref(), Ok(&table), "{collection:?}");
        }
        // Adobe-GB1 CID 2149 is 简.
        assert_eq!(CidTables::embedded().get(Collection::Gb1).and_then(|t| t.get(2149)), Some("简"));
    }
}
