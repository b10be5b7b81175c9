// Issue #16: the scan worker's loader (client/src/bin/scan.rs), started by
// scan.js. Trunk's own loader would leave a failed start (the wasm not
// fetched, or not of this build) as an unhandled rejection, which the page
// never hears of, so the picture waiting for it would wait for ever; thrown
// from a task of its own, the failure reaches the page's onerror, which
// fails that picture and starts a new worker for the next.
importScripts("../shortlist-scan.js");
wasm_bindgen({ module_or_path: "../shortlist-scan_bg.wasm" }).catch((error) => {
  setTimeout(() => {
    throw error;
  });
});
