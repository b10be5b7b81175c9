//! Reading a `text/event-stream` as it arrives: bytes in, whole events out.
//! The page reads `POST /api/analyze` with it (`EventSource` cannot POST);
//! chunks may split a line or a UTF-8 character anywhere.

/// One server-sent event: its `event:` name (empty if none) and its `data:`
/// lines joined with newlines. Comments (keep-alives) are skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    pub event: String,
    pub data: String,
}

/// Accumulates bytes and hands out each event once its blank line arrived.
#[derive(Debug, Default)]
pub struct SseReader {
    pending: Vec<u8>,
}

impl SseReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the next chunk of the body and returns the events it completed.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<SseEvent> {
        self.pending.extend_from_slice(chunk);
        let mut events = Vec::new();
        while let Some((end, separator)) = block_end(&self.pending) {
            let block: Vec<u8> = self.pending.drain(..end + separator).take(end).collect();
            if let Some(event) = parse_block(&String::from_utf8_lossy(&block)) {
                events.push(event);
            }
        }
        events
    }
}

/// Where the first block ends, and how long its blank-line separator is.
fn block_end(bytes: &[u8]) -> Option<(usize, usize)> {
    (0..bytes.len()).find_map(|at| {
        let rest = &bytes[at..];
        if rest.starts_with(b"\r\n\r\n") {
            Some((at, 4))
        } else if rest.starts_with(b"\n\n") || rest.starts_with(b"\r\r") {
            Some((at, 2))
        } else {
            None
        }
    })
}

fn parse_block(block: &str) -> Option<SseEvent> {
    let mut event = String::new();
    let mut data: Vec<&str> = Vec::new();
    for line in block.lines() {
        if line.starts_with(':') {
            continue;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "event" => event = value.to_owned(),
            "data" => data.push(value),
            _ => {}
        }
    }
    (!data.is_empty() || !event.is_empty()).then(|| SseEvent { event, data: data.join("\n") })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn event(event: &str, data: &str) -> SseEvent {
        SseEvent { event: event.to_owned(), data: data.to_owned() }
    }

    const STREAM: &str = ": keep-alive\n\nevent: processing\ndata: {\"id\":\"1\"}\n\nevent: completed\r\ndata: {\"id\":\"1\",\r\ndata: \"note\":\"é\"}\r\n\r\nevent: done\ndata: {}\n\n";

    fn expected() -> Vec<SseEvent> {
        vec![
            event("processing", r#"{"id":"1"}"#),
            event("completed", "{\"id\":\"1\",\n\"note\":\"é\"}"),
            event("done", "{}"),
        ]
    }

    #[test]
    fn a_whole_stream_yields_its_events_and_skips_comments() {
        assert_eq!(SseReader::new().push(STREAM.as_bytes()), expected());
    }

    #[test]
    fn an_event_waits_for_its_blank_line() {
        let mut reader = SseReader::new();
        assert!(reader.push(b"event: done\ndata: {}\n").is_empty());
        assert_eq!(reader.push(b"\n"), [event("done", "{}")]);
    }

    proptest! {
        /// However the body is cut into chunks (even inside a UTF-8
        /// character), the same events come out.
        #[test]
        fn chunking_never_changes_the_events(cuts in proptest::collection::vec(0..STREAM.len(), 0..12)) {
            let bytes = STREAM.as_bytes();
            let mut cuts = cuts;
            cuts.sort_unstable();
            let mut reader = SseReader::new();
            let mut events = Vec::new();
            let mut start = 0;
            for cut in cuts.into_iter().chain([bytes.len()]) {
                events.extend(reader.push(&bytes[start..cut.max(start)]));
                start = cut.max(start);
            }
            prop_assert_eq!(events, expected());
        }
    }
}
