//! The anchor: Debian's `tesseract` command on the very images the page read.
//! The same settings as the page's engine where the command has them: English,
//! the LSTM engine only (`--oem 1`), and the page's segmentation (3, the
//! page's layout found automatically, as client/ocr/ocr.js sets it). One thread (`OMP_THREAD_LIMIT=1`), as the page's OCR worker has.
//! Each page is one run of the command, model loading included, as a user
//! of the command would run it.

use std::path::{Path, PathBuf};
use std::time::Instant;

/// One way of running the command, a column of the table.
pub struct Setting {
    pub label: &'static str,
    pub what: &'static str,
    /// `--psm`.
    pub psm: &'static str,
    /// The page's own model (`dist/ocr/eng.traineddata.gz`, unpacked) rather
    /// than Debian's.
    pub page_model: bool,
}

/// A: the anchor. B: the same with the page's model, so that A and B apart
/// tell the model from the build. C: one uniform block of text (6,
/// tesseract.js's own default, which the page used before), for comparison.
pub const SETTINGS: &[Setting] = &[
    Setting {
        label: "A",
        what: "Debian's model, --psm 3 (the page's settings)",
        psm: "3",
        page_model: false,
    },
    Setting { label: "B", what: "the page's model (4.0.0_best_int), --psm 3", psm: "3", page_model: true },
    Setting { label: "C", what: "Debian's model, --psm 6 (one uniform block)", psm: "6", page_model: false },
];

/// The installed command and where the page's model was unpacked.
pub struct Tesseract {
    pub version: String,
    /// What Debian's English model is, e.g. "tessdata_fast (4.1 MB)".
    pub debian_model: String,
    page_tessdata: PathBuf,
}

impl Tesseract {
    /// Finds the command, or says plainly that it is missing; unpacks the
    /// page's model into `out/tessdata`.
    pub fn find(page_model_gz: &Path, out: &Path) -> Result<Self, String> {
        let missing = "the `tesseract` command is missing: this bench compares the page's OCR with \
                       Debian's tesseract on the same images; install it with \
                       `apt-get install -y tesseract-ocr tesseract-ocr-eng`";
        let version = std::process::Command::new("tesseract").arg("--version").output().map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                missing.to_owned()
            } else {
                format!("tesseract: {e}")
            }
        })?;
        let version =
            String::from_utf8_lossy(&version.stdout).lines().next().unwrap_or("tesseract").to_owned();
        let languages = std::process::Command::new("tesseract")
            .arg("--list-langs")
            .output()
            .map_err(|e| format!("tesseract --list-langs: {e}"))?;
        let listing = String::from_utf8_lossy(&languages.stdout).to_string();
        if !listing.lines().any(|line| line.trim() == "eng") {
            return Err(format!("tesseract has no English model (install tesseract-ocr-eng): {listing}"));
        }
        // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):"
        let debian_model = listing
            .split('"')
            .nth(1)
            .map(|dir| Path::new(dir).join("eng.traineddata"))
            .and_then(|file| std::fs::metadata(&file).ok().map(|meta| (file, meta.len())))
            .map(|(file, bytes)| {
                // tessdata_fast's eng is about 4 MB, tessdata_best's about 15 MB.
                let kind = if bytes < 8_000_000 { "tessdata_fast" } else { "tessdata_best" };
                format!("{kind}, {} ({:.1} MB)", file.display(), bytes as f64 / 1e6)
            })
            .unwrap_or_else(|| "unknown".to_owned());

        let page_tessdata = out.join("tessdata");
        std::fs::create_dir_all(&page_tessdata).map_err(|e| format!("{}: {e}", page_tessdata.display()))?;
        let packed =
            std::fs::File::open(page_model_gz).map_err(|e| format!("{}: {e}", page_model_gz.display()))?;
        let mut unpacked = std::fs::File::create(page_tessdata.join("eng.traineddata"))
            .map_err(|e| format!("{}: {e}", page_tessdata.display()))?;
        std::io::copy(&mut flate2::read::GzDecoder::new(packed), &mut unpacked)
            .map_err(|e| format!("unpacking {}: {e}", page_model_gz.display()))?;
        Ok(Self { version, debian_model, page_tessdata })
    }

    /// The text of `image` and the seconds the command took.
    pub async fn read(&self, image: &Path, setting: &Setting) -> Result<(String, f64), String> {
        let mut command = tokio::process::Command::new("tesseract");
        command.arg(image).arg("stdout").args(["-l", "eng", "--oem", "1", "--psm", setting.psm]);
        if setting.page_model {
            command.arg("--tessdata-dir").arg(&self.page_tessdata);
        }
        command.env("OMP_THREAD_LIMIT", "1");
        let start = Instant::now();
        let output = command.output().await.map_err(|e| format!("tesseract: {e}"))?;
        let seconds = start.elapsed().as_secs_f64();
        if !output.status.success() {
            return Err(format!(
                "tesseract failed on {} ({}): {}",
                image.display(),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        Ok((String::from_utf8_lossy(&output.stdout).into_owned(), seconds))
    }
}
