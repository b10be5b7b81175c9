//! Hidden text in a PDF: a walk of each page's content stream that tracks the
//! graphics state (q/Q, cm), the text state (Tf, Tr, Tm, Td, TD, T*, TL) and
//! the fill colour (g, rg, k, sc, scn), and reports shown text that a reader
//! cannot see:
//!
//! - render mode 3 (neither fill nor stroke) or 7 (clip only);
//! - fill colour (near) the colour actually under the text: the page's white,
//!   or the topmost filled shape drawn before it, in paint order (white text
//!   on a white page, grey on a band of the same grey); white on a dark
//!   sidebar or a black header bar is visible and not reported. A shape is
//!   a rectangle (`re`) or a path of straight axis-aligned edges (`m`, `l`,
//!   `h`); under a curved shape, a pattern or an image the colour is unknown
//!   and the text is not reported for its colour;
//! - an effective size (Tf size × the text and user matrices' vertical
//!   scale) under 1.5 pt;
//! - wholly outside the page's CropBox (else MediaBox);
//! - under a filled rectangle (`re`) or an image drawn later.
//!
//! The page's operations are read by `pdf_content` (lopdf's reading, without
//! lopdf's parser for the streams every producer writes). The walk decodes
//! no font itself: each string shown is one `show_text` of
//! pdf-extract's, in the same order, and its text is what pdf-extract
//! decoded for it (`words`, one entry a string, collected while `pdf` reads
//! the page), so a hidden passage reads exactly as the page's text does.
//! Form XObjects are not walked for hiding, but their strings are counted so
//! the two stay in step; when the counts still differ (a page pdf-extract
//! stopped on) a string's printable ASCII bytes stand in for its text.
//! Text widths are estimated (half the font size a character), which is
//! enough to place a run against the page and against rectangles. A
//! clipping path (`W`) limits what a fill or an image paints to its box: a
//! page-sized fill clipped to a bullet's square (as Europass and other
//! Cairo-made CVs draw them) covers only the square. Not followed:
//! annotations. Work is capped (pages, operators,
//! findings); nothing here panics on bad input: every lookup is checked.

use std::borrow::Cow;
use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::privacy::{HiddenReason, HiddenText};

/// Text smaller than this many points is reported.
pub const TINY_FONT_PT: f64 = 1.5;
/// Text whose fill differs from the colour under it by at most this in every
/// RGB component cannot be told from it: white (every component ≥ 0.95) on
/// a white page, near-black on black.
pub const NEAR_COLOUR: f64 = 0.05;
/// The page's own colour, under everything drawn on it.
const PAGE_WHITE: [f64; 3] = [1.0; 3];

/// Pages past this many are not searched for hidden text.
pub const MAX_PAGES: usize = 200;
const MAX_OPERATIONS: usize = 400_000;
const MAX_FINDINGS: usize = crate::privacy::MAX_FINDINGS;
const MAX_SUBPATHS: usize = 4_096;
const MAX_PATH_POINTS: usize = 4_096;

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn multiply(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn from_points(points: &[(f64, f64)]) -> Self {
        let mut r = Rect { x0: f64::MAX, y0: f64::MAX, x1: f64::MIN, y1: f64::MIN };
        for &(x, y) in points {
            r.x0 = r.x0.min(x);
            r.y0 = r.y0.min(y);
            r.x1 = r.x1.max(x);
            r.y1 = r.y1.max(y);
        }
        r
    }

    fn transformed(self, m: &Matrix) -> Self {
        Self::from_points(&[
            apply(m, self.x0, self.y0),
            apply(m, self.x1, self.y0),
            apply(m, self.x0, self.y1),
            apply(m, self.x1, self.y1),
        ])
    }

    fn contains(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    fn centre(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.x0 <= other.x1 && other.x0 <= self.x1 && self.y0 <= other.y1 && other.y0 <= self.y1
    }

    /// The part of this box inside `clip`, `None` when nothing of it is.
    fn clipped(self, clip: Option<Rect>) -> Option<Self> {
        let Some(clip) = clip else { return Some(self) };
        let r = Rect {
            x0: self.x0.max(clip.x0),
            y0: self.y0.max(clip.y0),
            x1: self.x1.min(clip.x1),
            y1: self.y1.min(clip.y1),
        };
        (r.x0 <= r.x1 && r.y0 <= r.y1).then_some(r)
    }
}

#[derive(Debug, Clone)]
struct GraphicsState {
    ctm: Matrix,
    /// The fill colour as RGB, `None` for a pattern or an unknown space.
    fill: Option<[f64; 3]>,
    render_mode: i64,
    font_size: f64,
    leading: f64,
    /// Whether fills paint over what is below: full opacity, normal blend.
    opaque: bool,
    /// The box of the clipping path (`W`), `None` for the whole page: a
    /// page-sized fill clipped to a bullet's square paints only the square.
    clip: Option<Rect>,
}

impl Default for GraphicsState {
    fn default() -> Self {
        Self {
            ctm: IDENTITY,
            fill: Some([0.0; 3]),
            render_mode: 0,
            font_size: 0.0,
            leading: 0.0,
            opaque: true,
            clip: None,
        }
    }
}

/// A part of what one text operator shows.
#[derive(Debug)]
enum Part<'a> {
    /// The string pdf-extract shows as its `index`th on the page, and its
    /// bytes, whose printable ASCII stands in if the walks fall out of step.
    Shown { index: usize, bytes: &'a [u8] },
    /// A wide TJ adjustment between two strings: a space.
    Space,
}

/// One text operator, placed on the page.
#[derive(Debug)]
struct Piece<'a> {
    parts: Vec<Part<'a>>,
    bbox: Rect,
    reason: Option<HiddenReason>,
    /// Starts a new line or block (a space before it when joined).
    moved: bool,
}

/// Something painted: a filled shape or an image.
#[derive(Debug)]
struct Paint {
    /// Its bounding box.
    area: Rect,
    /// Its colour as RGB; `None` for an image, a pattern or a shape whose
    /// box is not its outline (curves, slanted edges).
    colour: Option<[f64; 3]>,
    /// Drawn with `re` or an image: what the "covered" check counts. A
    /// path drawn after text (a diagram's shape over its label) is not
    /// taken to hide it.
    boxed: bool,
    /// How many pieces had been shown before it.
    after: usize,
}

/// One subpath of the path under construction, in device space.
#[derive(Debug, Default)]
struct Subpath {
    points: Vec<(f64, f64)>,
    /// Drawn with a curve (`c`, `v`, `y`).
    curved: bool,
    /// Drawn with `re`.
    boxed: bool,
}

impl Subpath {
    /// Whether the outline is an axis-aligned rectangle: every edge
    /// horizontal or vertical, four distinct corners.
    fn is_rectangle(&self) -> bool {
        if self.curved || self.points.len() < 4 {
            return false;
        }
        let close = |a: f64, b: f64| (a - b).abs() < 0.01;
        let mut corners: Vec<(f64, f64)> = Vec::new();
        for &point in &self.points {
            if !corners.iter().any(|c| close(c.0, point.0) && close(c.1, point.1)) {
                corners.push(point);
            }
        }
        let n = self.points.len();
        let straight = (0..n).all(|i| {
            let (a, b) = (self.points[i], self.points[(i + 1) % n]);
            close(a.0, b.0) || close(a.1, b.1)
        });
        straight && corners.len() == 4
    }
}

/// Which string of a page's text (as pdf-extract shows them) the walk is at.
struct Strings<'a> {
    words: &'a [String],
    next: usize,
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn numbers(operands: &[Object]) -> Vec<f64> {
    operands.iter().filter_map(number).collect()
}

/// The page's visible box: CropBox, else MediaBox, inherited from the tree.
fn page_box(doc: &Document, page_id: ObjectId) -> Option<Rect> {
    let mut node = doc.get_dictionary(page_id).ok()?;
    for _ in 0..32 {
        for key in [b"CropBox".as_slice(), b"MediaBox".as_slice()] {
            let array = node.get(key).ok().and_then(|o| match o {
                Object::Reference(id) => doc.get_object(*id).ok(),
                other => Some(other),
            });
            if let Some(Ok(values)) = array.map(Object::as_array) {
                let v = numbers(values);
                if v.len() == 4 {
                    return Some(Rect::from_points(&[(v[0], v[1]), (v[2], v[3])]));
                }
            }
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

fn ascii(bytes: &[u8]) -> String {
    bytes.iter().filter(|b| b.is_ascii_graphic() || **b == b' ').map(|&b| char::from(b)).collect()
}

/// Whether two colours cannot be told apart.
fn is_near(a: &[f64; 3], b: &[f64; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() <= NEAR_COLOUR)
}

fn colour(values: &[f64]) -> Option<[f64; 3]> {
    match *values {
        [g] => Some([g, g, g]),
        [r, g, b] => Some([r, g, b]),
        [c, m, y, k] => Some([(1.0 - c) * (1.0 - k), (1.0 - m) * (1.0 - k), (1.0 - y) * (1.0 - k)]),
        _ => None,
    }
}

/// Adds the hidden passages of one page, in content order, to `found`.
/// `words` is the page's text as pdf-extract showed it, one entry a string
/// (`pdf::Collector`).
/// `forms` carries what one page learnt of the document's forms to the next.
pub fn page(
    doc: &Document,
    page_id: ObjectId,
    words: &[String],
    forms: &mut Forms,
    found: &mut Vec<HiddenText>,
) {
    if found.len() >= MAX_FINDINGS {
        return;
    }
    let Ok(content) = doc.get_page_content(page_id) else { return };
    let Some(operations) = super::pdf_content::decode(&content) else { return };
    let page_area = page_box(doc, page_id);
    let page_resources = resources(doc, page_id);
    let mut strings = Strings { words, next: 0 };
    let images = resource_names(doc, page_id, b"XObject", |stream| {
        stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s == b"Image")
    });
    let states = ext_g_states(doc, page_id);

    let mut gs = GraphicsState::default();
    let mut stack: Vec<GraphicsState> = Vec::new();
    let mut tm = IDENTITY;
    let mut tlm = IDENTITY;
    let mut moved = true;
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    let mut paints: Vec<Paint> = Vec::new();
    let mut path: Vec<Subpath> = Vec::new();

    // One buffer for every operation's numeric operands.
    let mut v: Vec<f64> = Vec::new();
    for op in operations.iter().take(MAX_OPERATIONS) {
        v.clear();
        v.extend(op.operands.iter().filter_map(number));
        match op.operator.as_str() {
            "q" if stack.len() < 64 => stack.push(gs.clone()),
            "Q" => gs = stack.pop().unwrap_or_default(),
            "cm" if v.len() == 6 => gs.ctm = multiply(&[v[0], v[1], v[2], v[3], v[4], v[5]], &gs.ctm),
            "g" | "rg" | "k" | "sc" | "scn" => gs.fill = colour(&v),
            "cs" => gs.fill = Some([0.0; 3]),
            "gs" => {
                if let Some(Ok(name)) = op.operands.first().map(Object::as_name) {
                    gs.opaque = is_opaque(doc, &states, name);
                }
            }
            "Tr" => gs.render_mode = v.first().map_or(0, |m| *m as i64),
            "Tf" => gs.font_size = v.first().copied().unwrap_or(gs.font_size),
            "TL" => gs.leading = v.first().copied().unwrap_or(gs.leading),
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
                moved = true;
            }
            "Tm" if v.len() == 6 => {
                tm = [v[0], v[1], v[2], v[3], v[4], v[5]];
                tlm = tm;
                moved = true;
            }
            "Td" | "TD" if v.len() == 2 => {
                if op.operator == "TD" {
                    gs.leading = -v[1];
                }
                tlm = multiply(&[1.0, 0.0, 0.0, 1.0, v[0], v[1]], &tlm);
                tm = tlm;
                moved = true;
            }
            "T*" => {
                tlm = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                tm = tlm;
                moved = true;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                // pdf-extract shows the strings of Tj and TJ, not those of ' and ".
                let shows = matches!(op.operator.as_str(), "Tj" | "TJ");
                if !shows {
                    tlm = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    moved = true;
                }
                let mut parts = Vec::new();
                let mut chars = 0usize;
                let mut shift = 0.0; // TJ adjustments, thousandths of the font size
                let shown: Vec<&Object> = match op.operator.as_str() {
                    "TJ" => op
                        .operands
                        .first()
                        .and_then(|o| o.as_array().ok())
                        .map(|a| a.iter().collect())
                        .unwrap_or_default(),
                    "Tj" => op.operands.first().into_iter().collect(),
                    _ => op.operands.last().into_iter().collect(),
                };
                for item in shown {
                    match item {
                        Object::String(bytes, _) if shows => {
                            let index = strings.next;
                            strings.next += 1;
                            chars +=
                                strings.words.get(index).map_or(bytes.len(), |word| word.chars().count());
                            parts.push(Part::Shown { index, bytes });
                        }
                        other => {
                            if let Some(n) = number(other) {
                                shift -= n;
                                if n < -200.0 {
                                    parts.push(Part::Space);
                                }
                            }
                        }
                    }
                }
                let device = multiply(&tm, &gs.ctm);
                let scale = (device[2] * device[2] + device[3] * device[3]).sqrt();
                let size = gs.font_size.abs() * scale;
                let width = (chars as f64 * 0.5 + shift / 1000.0).max(0.0) * gs.font_size.abs();
                let bbox =
                    Rect { x0: 0.0, y0: 0.0, x1: width, y1: gs.font_size.abs() * 0.7 }.transformed(&device);
                let reason = if matches!(gs.render_mode, 3 | 7) {
                    Some(HiddenReason::InvisibleRenderMode)
                } else if size < TINY_FONT_PT {
                    Some(HiddenReason::TinyFont)
                } else if page_area.is_some_and(|area| !area.overlaps(&line_box(&tlm, &gs))) {
                    Some(HiddenReason::OffPage)
                } else if !matches!(gs.render_mode, 1 | 5)
                    && gs
                        .fill
                        .as_ref()
                        .zip(colour_under(&paints, bbox.centre()))
                        .is_some_and(|(a, b)| is_near(a, &b))
                {
                    Some(HiddenReason::WhiteText)
                } else {
                    None
                };
                pieces.push(Piece { parts, bbox, reason, moved });
                moved = false;
                // Advance along the line by the estimated width.
                tm = multiply(&[1.0, 0.0, 0.0, 1.0, width, 0.0], &tm);
            }
            "re" if v.len() == 4 && path.len() < MAX_SUBPATHS => {
                let corners =
                    [(v[0], v[1]), (v[0] + v[2], v[1]), (v[0] + v[2], v[1] + v[3]), (v[0], v[1] + v[3])];
                let points = corners.iter().map(|&(x, y)| apply(&gs.ctm, x, y)).collect();
                path.push(Subpath { points, curved: false, boxed: true });
            }
            "m" if v.len() == 2 && path.len() < MAX_SUBPATHS => {
                path.push(Subpath { points: vec![apply(&gs.ctm, v[0], v[1])], curved: false, boxed: false });
            }
            "l" | "c" | "v" | "y" if v.len() >= 2 && v.len().is_multiple_of(2) => {
                if let Some(current) = path.last_mut()
                    && current.points.len() < MAX_PATH_POINTS
                {
                    current.curved |= op.operator != "l";
                    current.points.extend(v.chunks(2).map(|p| apply(&gs.ctm, p[0], p[1])));
                }
            }
            "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                for subpath in path.drain(..) {
                    if gs.opaque && subpath.points.len() >= 3 {
                        let colour = if subpath.is_rectangle() { gs.fill } else { None };
                        let area = Rect::from_points(&subpath.points);
                        if let Some(area) = area.clipped(gs.clip) {
                            paints.push(Paint { area, colour, boxed: subpath.boxed, after: pieces.len() });
                        }
                    }
                }
            }
            "W" | "W*" => {
                let points: Vec<(f64, f64)> =
                    path.iter().flat_map(|sub| sub.points.iter().copied()).collect();
                if !points.is_empty() {
                    let area = Rect::from_points(&points);
                    // Nothing left to paint when the clip misses the one before.
                    gs.clip =
                        Some(area.clipped(gs.clip).unwrap_or(Rect { x0: 0.0, y0: 0.0, x1: -1.0, y1: -1.0 }));
                }
                path.clear();
            }
            "n" | "S" | "s" => path.clear(),
            "Do" => {
                let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) else { continue };
                if images.iter().any(|image| image == name) {
                    let area = Rect { x0: 0.0, y0: 0.0, x1: 1.0, y1: 1.0 }.transformed(&gs.ctm);
                    if let Some(area) = area.clipped(gs.clip) {
                        paints.push(Paint { area, colour: None, boxed: true, after: pieces.len() });
                    }
                } else {
                    // pdf-extract shows a form's strings here: count them.
                    strings.next += form_strings(doc, &page_resources, name, 0, forms);
                }
            }
            _ => {}
        }
    }

    // A visible piece under a shape painted after it is covered.
    for (index, piece) in pieces.iter_mut().enumerate() {
        if piece.reason.is_none()
            && paints.iter().any(|p| {
                p.after > index
                    && p.boxed
                    && p.area.contains(piece.bbox.centre())
                    && covers(&p.area, &piece.bbox)
            })
        {
            piece.reason = Some(HiddenReason::Covered);
        }
    }

    // The walks are in step when they counted the same strings.
    let in_step = strings.next == words.len();
    let text_of = |parts: &[Part]| -> String {
        let mut text = String::new();
        for part in parts {
            match part {
                Part::Shown { index, bytes } => match words.get(*index).filter(|_| in_step) {
                    Some(word) => text.push_str(word),
                    None => text.push_str(&ascii(bytes)),
                },
                Part::Space => text.push(' '),
            }
        }
        text
    };

    // Consecutive hidden pieces of one reason make one passage.
    let mut current: Option<(HiddenReason, String)> = None;
    for piece in pieces {
        match (piece.reason, current.as_mut()) {
            (Some(reason), Some((r, text))) if *r == reason => {
                if piece.moved && !text.ends_with(' ') {
                    text.push(' ');
                }
                text.push_str(&text_of(&piece.parts));
            }
            (reason, _) => {
                flush(&mut current, found);
                current = reason.map(|r| (r, text_of(&piece.parts)));
            }
        }
    }
    flush(&mut current, found);
}

/// How deep form XObjects are followed when counting their strings.
const MAX_FORM_DEPTH: usize = 8;

/// The string counts of a document's form XObjects that have resources of
/// their own, which count the same on every page that draws them (a
/// letterhead drawn on each page is decoded and counted once).
#[derive(Default)]
pub struct Forms(HashMap<ObjectId, usize>);

/// How many strings pdf-extract shows for the form XObject `name` (Tj and
/// TJ strings, nested forms included); 0 for an image or a missing form.
fn form_strings(
    doc: &Document,
    resources: &[&Dictionary],
    name: &[u8],
    depth: usize,
    forms: &mut Forms,
) -> usize {
    if depth >= MAX_FORM_DEPTH {
        return 0;
    }
    let found = resources.iter().find_map(|resources| {
        let Some(Object::Dictionary(xobjects)) = resources.get(b"XObject").ok().and_then(|o| deref(doc, o))
        else {
            return None;
        };
        let entry = xobjects.get(name).ok()?;
        match deref(doc, entry)? {
            Object::Stream(stream) => Some((stream, entry.as_reference().ok())),
            _ => None,
        }
    });
    let Some((stream, id)) = found else { return 0 };
    if stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s == b"Image") {
        return 0;
    }
    let own = match stream.dict.get(b"Resources").ok().and_then(|o| deref(doc, o)) {
        Some(Object::Dictionary(own)) => Some(own),
        _ => None,
    };
    // Depth 0 only: deeper, the depth cap may cut a count short.
    let key = id.filter(|_| own.is_some() && depth == 0);
    if let Some(&count) = key.and_then(|id| forms.0.get(&id)) {
        return count;
    }
    let data = match stream.decompressed_content() {
        Ok(data) => Cow::Owned(data),
        Err(_) => Cow::Borrowed(&stream.content),
    };
    let Some(operations) = super::pdf_content::decode(&data) else { return 0 };
    let own = match own {
        Some(own) => vec![own],
        None => resources.to_vec(),
    };
    let mut count = 0;
    for op in operations.iter().take(MAX_OPERATIONS) {
        match op.operator.as_str() {
            "Tj" => count += usize::from(matches!(op.operands.first(), Some(Object::String(..)))),
            "TJ" => {
                if let Some(Object::Array(items)) = op.operands.first() {
                    count += items.iter().filter(|item| matches!(item, Object::String(..))).count();
                }
            }
            "Do" => {
                if let Some(Ok(inner)) = op.operands.first().map(Object::as_name) {
                    count += form_strings(doc, &own, inner, depth + 1, forms);
                }
            }
            _ => {}
        }
    }
    if let Some(id) = key {
        forms.0.insert(id, count);
    }
    count
}

/// Where the current line starts, a character wide: where a producer placed
/// the text, free of the width estimates along the line.
fn line_box(tlm: &Matrix, gs: &GraphicsState) -> Rect {
    let size = gs.font_size.abs();
    Rect { x0: 0.0, y0: 0.0, x1: size * 0.5, y1: size * 0.7 }.transformed(&multiply(tlm, &gs.ctm))
}

/// Whether an ExtGState leaves fills opaque: fill alpha (`ca`) 1 and a
/// normal blend mode (a highlight multiplies, a link box is transparent).
fn is_opaque(doc: &Document, states: &[(&[u8], &Dictionary)], name: &[u8]) -> bool {
    let Some((_, state)) = states.iter().find(|(n, _)| *n == name) else { return true };
    let deref = |o: &Object| match o {
        Object::Reference(id) => doc.get_object(*id).ok().cloned(),
        other => Some(other.clone()),
    };
    let alpha = state.get(b"ca").ok().and_then(deref).as_ref().and_then(number).unwrap_or(1.0);
    let blend = state.get(b"BM").ok().and_then(deref);
    let normal = match &blend {
        None => true,
        Some(Object::Name(n)) => n == b"Normal" || n == b"Compatible",
        Some(Object::Array(a)) => a.first().and_then(|o| o.as_name().ok()).is_some_and(|n| n == b"Normal"),
        Some(_) => true,
    };
    alpha >= 0.9 && normal
}

/// Whether a painted area hides most of a text box.
fn covers(area: &Rect, text: &Rect) -> bool {
    let w = (area.x1.min(text.x1) - area.x0.max(text.x0)).max(0.0);
    let h = (area.y1.min(text.y1) - area.y0.max(text.y0)).max(0.0);
    let own = (text.x1 - text.x0).max(0.01) * (text.y1 - text.y0).max(0.01);
    w * h / own >= 0.8
}

/// The colour under a point: the topmost shape or image painted so far
/// that holds it, else the page's white; `None` where it is not known.
fn colour_under(paints: &[Paint], point: (f64, f64)) -> Option<[f64; 3]> {
    match paints.iter().rev().find(|p| p.area.contains(point)) {
        Some(paint) => paint.colour,
        None => Some(PAGE_WHITE),
    }
}

fn flush(current: &mut Option<(HiddenReason, String)>, found: &mut Vec<HiddenText>) {
    if let Some((reason, text)) = current.take()
        && text.chars().any(char::is_alphanumeric)
        && found.len() < MAX_FINDINGS
    {
        found.push(HiddenText { text: crate::privacy::capped_text(&text), reason });
    }
}

/// The page's resource dictionaries: its own, then inherited ones.
/// Borrowed from the document, never copied: a page's XObjects include its
/// images, whose bytes a copy would duplicate on every page (issue #16).
fn resources(doc: &Document, page_id: ObjectId) -> Vec<&Dictionary> {
    let Ok((own, inherited)) = doc.get_page_resources(page_id) else { return Vec::new() };
    let mut dicts: Vec<&Dictionary> = own.into_iter().collect();
    dicts.extend(inherited.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
    dicts
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// The names in one resource category whose stream passes `keep`.
fn resource_names(
    doc: &Document,
    page_id: ObjectId,
    category: &[u8],
    keep: impl Fn(&lopdf::Stream) -> bool,
) -> Vec<Vec<u8>> {
    let mut names = Vec::new();
    for resources in resources(doc, page_id) {
        let Some(Object::Dictionary(entries)) = resources.get(category).ok().and_then(|o| deref(doc, o))
        else {
            continue;
        };
        for (name, value) in entries.iter() {
            if let Some(Object::Stream(stream)) = deref(doc, value)
                && keep(stream)
            {
                names.push(name.clone());
            }
        }
    }
    names
}

/// The page's graphics-state parameter dictionaries, by name.
fn ext_g_states(doc: &Document, page_id: ObjectId) -> Vec<(&[u8], &Dictionary)> {
    let mut states = Vec::new();
    for resources in resources(doc, page_id) {
        let Some(Object::Dictionary(entries)) = resources.get(b"ExtGState").ok().and_then(|o| deref(doc, o))
        else {
            continue;
        };
        for (name, value) in entries.iter() {
            if let Some(Object::Dictionary(state)) = deref(doc, value) {
                states.push((name.as_slice(), state));
            }
        }
    }
    states
}
