//! `shortlist-bench bench-ocr` (issue #15): the page's OCR against Debian's
//! `tesseract` on a scan set the bench draws from text it knows.
//!
//! - The set ([`scan_set`]): resume-like pages in one and two columns at
//!   10–12 pt, drawn by headless Chromium on a canvas (`draw_page.js`) at 300
//!   and 200 dpi, clean and with mild seeded noise and skew, saved as PNG and
//!   JPEG; the 300-dpi noisy JPEGs also wrapped into a PDF, one DCT image a
//!   page (what the page reads as a scan today).
//! - The page ([`page`]): each file read by the product's own OCR path in the
//!   release page, its text taken back from the page's session; its time
//!   measured in the page.
//! - The anchor ([`native`]): the `tesseract` command on the same images.
//!
//! Word-F1 is the corpus measure (`shortlist_core::extract::word_f1`).
//! Images and every text read are written under `--out`.

mod native;
mod page;
mod scan_set;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::Value;
use shortlist_core::Limits;
use shortlist_core::extract::word_f1::word_f1;

use native::{SETTINGS, Tesseract};
use page::PageOcr;
use scan_set::{Noise, PAGE_HEIGHT_PT};

#[derive(Debug, clap::Args)]
pub struct BenchOcrArgs {
    /// Where the images, the PDF and every text read are written (default: a
    /// folder in the system's temporary directory).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Pages a set (even ones in one column, odd ones in two).
    #[arg(long, default_value_t = 2)]
    pages: usize,
    /// The seed of the pages' text and noise.
    #[arg(long, default_value_t = 15)]
    seed: u64,
    /// The built page (default: `SHORTLIST_DIST`, else `dist/` of the workspace).
    #[arg(long)]
    dist: Option<PathBuf>,
}

/// One set: the same pages at a resolution, clean or noisy.
struct Set {
    dpi: u32,
    noisy: bool,
}

const SETS: &[Set] = &[
    Set { dpi: 300, noisy: false },
    Set { dpi: 300, noisy: true },
    Set { dpi: 200, noisy: false },
    Set { dpi: 200, noisy: true },
];

impl Set {
    fn name(&self) -> String {
        format!("{} dpi {}", self.dpi, if self.noisy { "noisy" } else { "clean" })
    }

    fn slug(&self) -> String {
        format!("{}dpi-{}", self.dpi, if self.noisy { "noisy" } else { "clean" })
    }
}

/// One drawn page of one set, saved in both formats.
struct Image {
    png: PathBuf,
    jpeg: PathBuf,
    jpeg_bytes: Vec<u8>,
    width: i64,
    height: i64,
}

/// A row of the table: files of one set in one format, read by every engine.
struct Row {
    set: String,
    format: &'static str,
    dpi: u32,
    noisy: bool,
    pages: usize,
    page_f1: Vec<f64>,
    page_seconds: Vec<f64>,
    page_confidence: Vec<f64>,
    /// Per setting of [`SETTINGS`].
    native_f1: Vec<Vec<f64>>,
    native_seconds: Vec<Vec<f64>>,
}

impl Row {
    fn new(set: &Set, format: &'static str) -> Self {
        Row {
            set: set.name(),
            format,
            dpi: set.dpi,
            noisy: set.noisy,
            pages: 0,
            page_f1: Vec::new(),
            page_seconds: Vec::new(),
            page_confidence: Vec::new(),
            native_f1: vec![Vec::new(); SETTINGS.len()],
            native_seconds: vec![Vec::new(); SETTINGS.len()],
        }
    }
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

fn f1(reference: &str, read: &str) -> f64 {
    word_f1(reference, read).unwrap_or(0.0)
}

pub fn run(args: BenchOcrArgs) -> Result<(), String> {
    if args.pages == 0 {
        return Err("--pages must be at least 1".to_owned());
    }
    let dist = args.dist.clone().unwrap_or_else(|| {
        std::env::var_os("SHORTLIST_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../dist"))
    });
    let model = dist.join("ocr/eng.traineddata.gz");
    if !dist.join("index.html").is_file() || !model.is_file() {
        return Err(format!(
            "{} holds no built page with its OCR engine: build it with \
             `bash -c 'source scripts/tools.sh; build_page'` (or pass --dist)",
            dist.display()
        ));
    }
    let out = args.out.clone().unwrap_or_else(|| std::env::temp_dir().join("shortlist-bench-ocr"));
    for folder in ["images", "text"] {
        std::fs::create_dir_all(out.join(folder)).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let tesseract = Tesseract::find(&model, &out)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("tokio: {e}"))?;
    let (rows, warm_up) = runtime.block_on(async {
        let page = PageOcr::start(&dist).await?;
        let measured = measure(&page, &tesseract, &args, &out).await;
        page.close().await;
        measured
    })?;
    print!("{}", report(&rows, warm_up, &tesseract, &args, &out));
    let missed = bars(&rows).into_iter().filter(|(_, met)| !met).map(|(bar, _)| bar).collect::<Vec<_>>();
    if missed.is_empty() { Ok(()) } else { Err(format!("bars missed: {}", missed.join("; "))) }
}

/// Draws the set, then reads every file with the page and the command, one
/// file at a time, the engines one after the other on each (so that other
/// load on the machine falls on both alike).
async fn measure(
    page: &PageOcr,
    tesseract: &Tesseract,
    args: &BenchOcrArgs,
    out: &Path,
) -> Result<(Vec<Row>, f64), String> {
    let sources: Vec<scan_set::Page> =
        (0..args.pages).map(|index| scan_set::page(args.seed, index)).collect();
    for (index, source) in sources.iter().enumerate() {
        write(&out.join(format!("text/p{index}.source.txt")), &source.text())?;
    }
    let mut drawn: Vec<Vec<Image>> = Vec::new();
    for set in SETS {
        let mut images = Vec::new();
        for (index, source) in sources.iter().enumerate() {
            let noise = set.noisy.then(|| Noise::of(args.seed, index));
            images.push(draw(page, source, noise.as_ref(), set, index, out).await?);
        }
        drawn.push(images);
    }

    // The engine loads with the first picture: timed apart, not counted.
    let first = &drawn[0][0].png;
    let warm = out.join("images/warm-up.png");
    std::fs::copy(first, &warm).map_err(|e| format!("{}: {e}", warm.display()))?;
    let warm_up = page.read(&warm).await?.seconds;

    let mut rows = Vec::new();
    for (set, images) in SETS.iter().zip(&drawn) {
        for format in ["PNG", "JPEG"] {
            let mut row = Row::new(set, format);
            for (index, image) in images.iter().enumerate() {
                let file = if format == "PNG" { &image.png } else { &image.jpeg };
                let reference = sources[index].text();
                let read = page.read(file).await?;
                write(&text_path(out, file, "page"), &read.text)?;
                row.page_f1.push(f1(&reference, &read.text));
                row.page_seconds.push(read.seconds);
                row.page_confidence.push(read.confidence);
                for (column, setting) in SETTINGS.iter().enumerate() {
                    let (text, seconds) = tesseract.read(file, setting).await?;
                    write(&text_path(out, file, setting.label), &text)?;
                    row.native_f1[column].push(f1(&reference, &text));
                    row.native_seconds[column].push(seconds);
                }
                row.pages += 1;
            }
            rows.push(row);
        }
    }

    // The 300-dpi noisy JPEGs as one scanned PDF, as many pages as the
    // page's file limit takes.
    let set_index = SETS.iter().position(|set| set.dpi == 300 && set.noisy).unwrap_or(0);
    let limit = Limits::default().max_file_bytes as usize - 64 * 1024;
    let mut pages: Vec<&Image> = Vec::new();
    for image in &drawn[set_index] {
        if pages.iter().map(|page| page.jpeg_bytes.len()).sum::<usize>() + image.jpeg_bytes.len() > limit {
            break;
        }
        pages.push(image);
    }
    if !pages.is_empty() {
        let parts: Vec<(&[u8], i64, i64)> =
            pages.iter().map(|image| (image.jpeg_bytes.as_slice(), image.width, image.height)).collect();
        let pdf_path = out.join(format!("images/{}.pdf", SETS[set_index].slug()));
        std::fs::write(&pdf_path, shortlist_fixtures::scanned_pdf(&parts))
            .map_err(|e| format!("{}: {e}", pdf_path.display()))?;
        let reference =
            sources[..pages.len()].iter().map(scan_set::Page::text).collect::<Vec<_>>().join("\n");
        let mut row = Row::new(&SETS[set_index], "PDF");
        let read = page.read(&pdf_path).await?;
        write(&text_path(out, &pdf_path, "page"), &read.text)?;
        row.pages = pages.len();
        row.page_f1.push(f1(&reference, &read.text));
        row.page_seconds.push(read.seconds / pages.len() as f64);
        row.page_confidence.push(read.confidence);
        for (column, setting) in SETTINGS.iter().enumerate() {
            let mut texts = Vec::new();
            let mut seconds = 0.0;
            for image in &pages {
                let (text, took) = tesseract.read(&image.jpeg, setting).await?;
                texts.push(text);
                seconds += took;
            }
            let text = texts.join("\n");
            write(&text_path(out, &pdf_path, setting.label), &text)?;
            row.native_f1[column].push(f1(&reference, &text));
            row.native_seconds[column].push(seconds / pages.len() as f64);
        }
        rows.push(row);
    }
    Ok((rows, warm_up))
}

/// Draws page `index` of `set` in the browser and saves it as PNG and JPEG.
async fn draw(
    page: &PageOcr,
    source: &scan_set::Page,
    noise: Option<&Noise>,
    set: &Set,
    index: usize,
    out: &Path,
) -> Result<Image, String> {
    let noise = noise.map_or(Value::Null, Noise::to_json);
    let drawn = page.draw(vec![source.to_json(), noise, set.dpi.into()]).await?;
    let bottom = drawn["bottom"].as_f64().unwrap_or(f64::MAX);
    if bottom > PAGE_HEIGHT_PT - 36.0 {
        return Err(format!("page {index} runs off the page ({bottom:.0} pt of {PAGE_HEIGHT_PT})"));
    }
    let decode = |field: &str, mime: &str| -> Result<Vec<u8>, String> {
        let url = drawn[field].as_str().unwrap_or_default();
        let data = url.strip_prefix(&format!("data:{mime};base64,")).ok_or(format!("no {mime} drawn"))?;
        base64::engine::general_purpose::STANDARD.decode(data).map_err(|e| format!("{mime}: {e}"))
    };
    let stem = format!("{}-p{index}", set.slug());
    let png = out.join(format!("images/{stem}.png"));
    let jpeg = out.join(format!("images/{stem}.jpg"));
    let jpeg_bytes = decode("jpeg", "image/jpeg")?;
    std::fs::write(&png, decode("png", "image/png")?).map_err(|e| format!("{}: {e}", png.display()))?;
    std::fs::write(&jpeg, &jpeg_bytes).map_err(|e| format!("{}: {e}", jpeg.display()))?;
    Ok(Image {
        png,
        jpeg,
        jpeg_bytes,
        width: drawn["width"].as_i64().unwrap_or_default(),
        height: drawn["height"].as_i64().unwrap_or_default(),
    })
}

fn text_path(out: &Path, file: &Path, engine: &str) -> PathBuf {
    let name = file.file_name().and_then(|name| name.to_str()).unwrap_or("file");
    out.join(format!("text/{name}.{engine}.txt"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The bars of issue #15, each with whether it is met. The anchor is A.
fn bars(rows: &[Row]) -> Vec<(String, bool)> {
    let mut bars = Vec::new();
    let lowest = |keep: &dyn Fn(&Row) -> bool| {
        rows.iter()
            .filter(|row| keep(row))
            .map(|row| (mean(&row.page_f1), format!("{} {}", row.set, row.format)))
            .min_by(|a, b| a.0.total_cmp(&b.0))
    };
    if let Some((f1, row)) = lowest(&|row| row.dpi == 300) {
        bars.push((format!("word-F1 >= 0.95 at 300 dpi: lowest {f1:.3} ({row})"), f1 >= 0.95));
    }
    if let Some((f1, row)) = lowest(&|row| row.dpi == 200 && row.noisy) {
        bars.push((format!("word-F1 >= 0.90 at 200 dpi noisy: lowest {f1:.3} ({row})"), f1 >= 0.90));
    }
    if let Some((gap, row)) = rows
        .iter()
        .map(|row| (mean(&row.native_f1[0]) - mean(&row.page_f1), format!("{} {}", row.set, row.format)))
        .max_by(|a, b| a.0.total_cmp(&b.0))
    {
        bars.push((
            format!("word-F1 within 0.02 of tesseract (A): largest A minus page {gap:+.3} ({row})"),
            gap <= 0.02,
        ));
    }
    let page: f64 = rows.iter().map(|row| row.page_seconds.iter().sum::<f64>()).sum();
    let native: f64 = rows.iter().map(|row| row.native_seconds[0].iter().sum::<f64>()).sum();
    let ratio = page / native.max(f64::MIN_POSITIVE);
    bars.push((format!("time a page <= 2x tesseract (A), every page pooled: {ratio:.2}x"), ratio <= 2.0));
    bars
}

fn report(rows: &[Row], warm_up: f64, tesseract: &Tesseract, args: &BenchOcrArgs, out: &Path) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "bench-ocr: {} page(s) a set (even: one column, odd: two), seed {}; images and texts in {}",
        args.pages,
        args.seed,
        out.display()
    );
    let _ = writeln!(
        text,
        "page:   tesseract.js 7.0.0 in headless Chromium, the product's OCR path (eng 4.0.0_best_int, \
         --oem 1, segmentation 3 as client/ocr/ocr.js sets it); seconds from the file given to its text read, by the \
         page's clock; engine start with the first picture {warm_up:.1} s, not counted"
    );
    let _ = writeln!(
        text,
        "native: {}, one thread, -l eng --oem 1; Debian's model: {}",
        tesseract.version, tesseract.debian_model
    );
    for setting in SETTINGS {
        let _ = writeln!(text, "  {}: {}", setting.label, setting.what);
    }
    let _ = writeln!(text);
    let labels: Vec<&str> = SETTINGS.iter().map(|setting| setting.label).collect();
    let _ = writeln!(
        text,
        "{:<15} {:<5} {:>5} | {:>6} {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6} | {:>7} {:>7} {:>5}",
        "set",
        "form",
        "pages",
        "F1 pg",
        format!("F1 {}", labels[0]),
        format!("F1 {}", labels[1]),
        format!("F1 {}", labels[2]),
        "conf",
        "s pg",
        format!("s {}", labels[0]),
        format!("s {}", labels[1]),
        format!("s {}", labels[2]),
        "pg-A F1",
        "pg/A s",
        "pg/B s",
    );
    for row in rows {
        let page_f1 = mean(&row.page_f1);
        let page_s = mean(&row.page_seconds);
        let native_f1: Vec<f64> = row.native_f1.iter().map(|f1| mean(f1)).collect();
        let native_s: Vec<f64> = row.native_seconds.iter().map(|s| mean(s)).collect();
        let _ = writeln!(
            text,
            "{:<15} {:<5} {:>5} | {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.0} | {:>6.2} {:>6.2} {:>6.2} {:>6.2} | {:>+7.3} {:>6.2}x {:>4.2}x",
            row.set,
            row.format,
            row.pages,
            page_f1,
            native_f1[0],
            native_f1[1],
            native_f1[2],
            mean(&row.page_confidence),
            page_s,
            native_s[0],
            native_s[1],
            native_s[2],
            page_f1 - native_f1[0],
            page_s / native_s[0].max(f64::MIN_POSITIVE),
            page_s / native_s[1].max(f64::MIN_POSITIVE),
        );
    }
    let _ = writeln!(text);
    let _ = writeln!(text, "bars (issue #15):");
    for (bar, met) in bars(rows) {
        let _ = writeln!(text, "  {} {bar}", if met { "met   " } else { "MISSED" });
    }
    text
}
