// Issue #15: reads a picture's text by OCR, for the page (client/src/ocr.rs).
// The engine is tesseract.js, from npm; it runs in its own Web Worker, so
// nothing of it runs on the page's thread. Everything it loads is served from
// this page's own origin, beside this file: trunk copies the engine, its
// worker, one wasm core and the English model into dist/ocr/ (index.html).
// No CDN, no blob: worker, nothing stored in the browser. A scanned page's
// picture that comes still encoded is first decoded by scan.js (issue #16),
// loaded from beside this file the first time one does.
(() => {
  "use strict";
  const here = new URL("./", document.currentScript.src).href;
  let engine = null;
  let queue = Promise.resolve();
  // The files removed: their pictures still queued are dropped unread.
  const forgotten = new Set();

  const loadScript = (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`the OCR engine could not be loaded (${src})`));
      document.head.appendChild(script);
    });

  // The worker, created the first time a picture needs it and then reused.
  const start = async () => {
    if (typeof Tesseract === "undefined") {
      await loadScript(here + "tesseract.min.js");
    }
    const worker = await Tesseract.createWorker("eng", Tesseract.OEM.LSTM_ONLY, {
      workerPath: here + "worker.min.js",
      corePath: here + "tesseract-core-simd-lstm.wasm.js",
      langPath: here,
      gzip: true,
      workerBlobURL: false,
      cacheMethod: "none",
    });
    // Find the page's layout (columns, blocks) instead of reading it as one
    // block of text: two-column resumes lost 0.02–0.07 word-F1 that way
    // (shortlist-bench bench-ocr).
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO });
    return worker;
  };

  // A file, a JPEG's ArrayBuffer, or [spec, data, globals] still encoded.
  const file = async (picture) => {
    if (picture instanceof ArrayBuffer) return new Blob([picture]);
    if (!Array.isArray(picture)) return picture;
    if (typeof self.shortlistScan === "undefined") {
      await loadScript(here + "scan.js");
    }
    return self.shortlistScan(picture);
  };

  self.shortlistOcrForget = (id) => forgotten.add(id);

  // One picture at a time, in the order asked: { text, confidence (0–100) },
  // or undefined when the file `id` was forgotten before the picture's
  // turn: then it is neither decoded nor read.
  self.shortlistOcr = (picture, id) => {
    const job = queue.then(async () => {
      if (forgotten.has(id)) return undefined;
      picture = await file(picture);
      engine ??= start().catch((error) => {
        engine = null;
        throw error;
      });
      const worker = await engine;
      const { data } = await worker.recognize(picture);
      return { text: data.text, confidence: data.confidence };
    });
    queue = job.catch(() => {});
    return job;
  };
})();
