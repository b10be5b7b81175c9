//! Type 3 fonts' widths put in the thousandths pdf-extract reads them in
//! (issue #18).
//!
//! A Type 3 font's `/Widths` are in its own glyph space, which `/FontMatrix`
//! maps to text space; pdf-extract divides every font's widths by 1,000, as
//! for the usual `[0.001 0 0 0.001 0 0]`. Figma writes `[1 0 0 1 0 0]` and
//! widths such as `0.576`: read as thousandths, each glyph advanced a
//! thousandth of its width, the letters of a line piled up where the first
//! one stands and came out shuffled. Each width is scaled by the matrix's
//! first entry times 1,000 before pdf-extract sees it, once per array.

use std::collections::HashSet;

use lopdf::{Document, Object, ObjectId};

pub(super) fn scale_widths(doc: &mut Document) {
    let mut inline = Vec::new();
    let mut referenced: Vec<(ObjectId, f64)> = Vec::new();
    for (&id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else { continue };
        if font.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Type3".as_slice()) {
            continue;
        }
        let Some(scale) = font.get(b"FontMatrix").ok().and_then(|matrix| {
            let matrix = doc.dereference(matrix).ok()?.1.as_array().ok()?;
            number(matrix.first()?).map(|a| a * 1000.0)
        }) else {
            continue;
        };
        if !scale.is_finite() || scale <= 0.0 || (scale - 1.0).abs() < 1e-9 {
            continue;
        }
        match font.get(b"Widths") {
            Ok(Object::Reference(target)) => referenced.push((*target, scale)),
            Ok(Object::Array(_)) => inline.push((id, scale)),
            _ => {}
        }
    }
    for (id, scale) in inline {
        if let Ok(Object::Dictionary(font)) = doc.get_object_mut(id)
            && let Ok(Object::Array(widths)) = font.get_mut(b"Widths")
        {
            scale_all(widths, scale);
        }
    }
    let mut done = HashSet::new();
    for (id, scale) in referenced {
        if done.insert(id)
            && let Ok(Object::Array(widths)) = doc.get_object_mut(id)
        {
            scale_all(widths, scale);
        }
    }
}

fn scale_all(widths: &mut [Object], scale: f64) {
    for width in widths {
        if let Some(value) = number(width) {
            *width = Object::Real((value * scale) as f32);
        }
    }
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}
