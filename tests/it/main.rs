//! The workspace's one integration-test binary. Everything here runs real
//! parts: the server listens on a 127.0.0.1 port and speaks HTTP, the page is
//! the release build in `dist/`, and the browser is headless Chromium driven
//! through chromedriver.
//!
//! - `analyze`: `POST /api/analyze` against a scripted fake upstream.
//! - `verdicts`: issue #12 in `POST /api/analyze`: one rubric a request, verdicts, grounded quotes, one formula.
//! - `requirements`: `POST /api/requirements`, read by the built-in parser or the (fake) model.
//! - `analyze_cli`: `shortlist analyze`, `shortlist requirements` and `shortlist-bench bench-match` on files
//!   the tests write.
//! - `grounding`: `shortlist-bench bench-grounding`, the quote verifier on real and written resumes (issue #12).
//! - `hardening`: issue #17: header-read timeout and connection caps, wrong tokens limited, panics
//!   logged without their text, a gone client's upstream calls freed.
//! - `http`: the server's API and headers, over a real socket.
//! - `cli`: the `shortlist` binary as an operator starts and stops it; what each binary's help lists.
//! - `extract`: `shortlist extract` on generated files; the corpus bars.
//! - `ocr_page`: issue #15: a picture drawn by Chromium read by OCR in the page, analysed, exported,
//!   nothing fetched from elsewhere; a scan removed mid-OCR read no further; a scan decoder that
//!   cannot start failing only its file.
//! - `privacy`: hidden text, `shortlist inspect` and `shortlist-bench bench-privacy` (issue #7).
//! - `privacy_page`: issue #7 on the page: hidden text shown, the egress preview, what the upstream got.
//! - `private_mode`: analysis in the page, with nothing sent.
//! - `recruiter_page`: issue #19: the posting from a file, refusals by reason, plurals, candidates'
//!   names, what a run cost, wide and narrow screens, a long PDF's pages.
//! - `rubric_page`: issue #12 on the page: the rubric read as the job description is typed, edited,
//!   judged by, out of date when it changes, exported and kept across a reload.
//! - `run`: the page analysing through the server and a fake upstream.
//! - `shell`: the page in Chromium, end to end.
//! - `static_host`: issue #14: the published page on a plain static host under a sub-path, the API-only
//!   server on another origin (CORS, the token), no server at all, a server that goes and comes back, and
//!   the meta policy and the header as one.
//! - `worker`: files read by the page's extraction worker, end to end.
//! - `workflow`: the recruiter's whole workflow: run, reload, table, detail, compare, exports, expiry.
//! - `support`: starting servers and browsers; no tests.

// Test helpers panic on failure by design: a failed step is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod analyze;
mod analyze_cli;
mod cli;
mod extract;
mod grounding;
mod hardening;
mod http;
mod ocr_page;
mod privacy;
mod privacy_page;
mod private_mode;
mod recruiter_page;
mod requirements;
mod rubric_page;
mod run;
mod shell;
mod static_host;
mod support;
mod verdicts;
mod worker;
mod workflow;
