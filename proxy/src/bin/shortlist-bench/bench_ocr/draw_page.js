// shortlist-bench bench-ocr: draws one page of the scan set (scan_set.rs) on
// a canvas at `dpi`, clean or with its noise, and returns it as PNG and JPEG
// data URLs. Everything is laid out in points on an A4 page; the canvas is
// scaled to the resolution, so both resolutions show the same layout.
// Arguments: page, noise (or null), dpi. Returns { png, jpeg, width, height,
// bottom } where bottom is the lowest line's baseline, in points.
const [page, noise, dpi] = arguments;
const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 54;
const scale = dpi / 72;
const canvas = document.createElement("canvas");
canvas.width = Math.round(WIDTH * scale);
canvas.height = Math.round(HEIGHT * scale);
const context = canvas.getContext("2d");
const grey = (level) => `rgb(${level}, ${level}, ${level})`;

context.fillStyle = noise ? grey(noise.paper) : "#fff";
context.fillRect(0, 0, canvas.width, canvas.height);
context.save();
if (noise) {
  context.filter = `blur(${noise.blurPt * scale}px)`;
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((noise.skewDegrees * Math.PI) / 180);
  context.translate(-canvas.width / 2, -canvas.height / 2);
}
context.scale(scale, scale);
context.fillStyle = noise ? grey(noise.ink) : "#000";
context.textBaseline = "alphabetic";

const body = page.bodyPt;
const styles = {
  name: { font: "bold 20px sans-serif", size: 20, before: 0 },
  contact: { font: `${body}px sans-serif`, size: body, before: 2 },
  heading: { font: `bold ${body + 2}px sans-serif`, size: body + 2, before: body },
  line: { font: `${body}px sans-serif`, size: body, before: 2 },
  bullet: { font: `${body}px sans-serif`, size: body, before: 1 },
};
// Left edge and width of: the header (across), the left column, the right one.
const columns = page.twoColumns
  ? { 0: [MARGIN, WIDTH - 2 * MARGIN], 1: [MARGIN, 150], 2: [MARGIN + 170, WIDTH - 2 * MARGIN - 170] }
  : { 0: [MARGIN, WIDTH - 2 * MARGIN], 1: [MARGIN, WIDTH - 2 * MARGIN] };

const wrap = (text, width) => {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
};

// The header runs across the page; each column then starts below it.
const y = { 0: MARGIN };
let bottom = 0;
for (const block of page.blocks) {
  const style = styles[block.kind];
  const [left, width] = columns[block.column];
  if (y[block.column] === undefined) y[block.column] = y[0] + body;
  context.font = style.font;
  const indent = block.kind === "bullet" ? body : 0;
  const lines = wrap(block.text, width - indent);
  y[block.column] += style.before;
  lines.forEach((line, index) => {
    y[block.column] += style.size * 1.3;
    if (block.kind === "bullet" && index === 0) context.fillText("\u2022", left, y[block.column]);
    context.fillText(line, left + indent, y[block.column]);
  });
  bottom = Math.max(bottom, y[block.column]);
}
context.restore();

if (noise) {
  context.setTransform(scale, 0, 0, scale, 0, 0);
  for (const [x, y, radius, level] of noise.specks) {
    context.fillStyle = grey(level);
    context.beginPath();
    context.arc(x, y, radius, 0, 2 * Math.PI);
    context.fill();
  }
}

return {
  png: canvas.toDataURL("image/png"),
  jpeg: canvas.toDataURL("image/jpeg", 0.9),
  width: canvas.width,
  height: canvas.height,
  bottom,
};
