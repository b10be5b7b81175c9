// Issue #16: a scanned page's picture, handed over by the extraction worker
// still encoded as [spec, data, globals] (shortlist_core::extract::page_image),
// decoded into a PNG or JPEG Blob for the OCR engine. The decoders (CCITT fax,
// JBIG2, Flate samples to PNG: shortlist_core::scan) are a wasm of their own,
// the scan worker (client/src/bin/scan.rs), which this script starts from the
// page's origin (through scan-worker.js, its loader) the first time a picture
// needs it and keeps for the next; so the extraction worker, which every file
// goes through, carries none of them. ocr.js loads this script only then. One
// picture at a time: a decoder that dies, or could not start, fails only the
// picture it was given, and the next starts a new one.
(() => {
  "use strict";
  const url = new URL("./scan-worker.js", document.currentScript.src).href;
  let decoder = null;
  let queue = Promise.resolve();

  const start = () => {
    const current = { worker: new Worker(url), ready: false, answer: null };
    current.started = new Promise((resolve, reject) => {
      current.worker.onmessage = ({ data }) => {
        if (data === "ready") {
          current.ready = true;
          resolve();
          return;
        }
        // The file's bytes, or the decoder's message saying why there are none.
        const answer = current.answer;
        current.answer = null;
        if (data instanceof ArrayBuffer) answer?.resolve(new Blob([data]));
        else answer?.reject(new Error(String(data)));
      };
      current.worker.onerror = (event) => {
        event.preventDefault();
        current.worker.terminate();
        if (decoder === current) decoder = null;
        const error = new Error(
          current.ready
            ? "A scanned page's picture could not be decoded: its decoder failed on it, so the file is probably damaged"
            : "The scan decoder could not be loaded: remove the file and choose it again",
        );
        reject(error);
        current.answer?.reject(error);
        current.answer = null;
      };
    });
    return current;
  };

  // [spec, data, globals] (the two buffers are transferred) -> a Blob.
  self.shortlistScan = (parts) => {
    const job = queue.then(async () => {
      decoder ??= start();
      const current = decoder;
      await current.started;
      return new Promise((resolve, reject) => {
        current.answer = { resolve, reject };
        current.worker.postMessage(parts, [parts[1], parts[2]]);
      });
    });
    queue = job.catch(() => {});
    return job;
  };
})();
