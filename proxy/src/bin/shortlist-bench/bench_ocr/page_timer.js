// shortlist-bench bench-ocr: times, in the page and by its own clock, each
// file given to the resume input: from the input's change event until no row
// of the list is being read any more. Installed once; each change restarts it.
const timer = (window.shortlistBenchTimer = { start: null, end: null });
document.addEventListener(
  "change",
  (event) => {
    if (event.target && event.target.id === "resumes") {
      timer.start = performance.now();
      timer.end = null;
    }
  },
  true,
);
new MutationObserver(() => {
  if (timer.start === null || timer.end !== null) return;
  const rows = document.querySelectorAll(".resume-list li");
  if (rows.length > 0 && !document.querySelector(".resume-list li.reading")) {
    timer.end = performance.now();
  }
}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
