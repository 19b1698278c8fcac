//! The plan as PDF: the Word file converted by LibreOffice, run headless
//! (`soffice --headless --convert-to pdf`). top3 draws no PDF itself; without
//! LibreOffice it says so in one sentence.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The names LibreOffice's program goes by; the first one found is used.
/// `TOP3_SOFFICE` names another.
const PROGRAMS: [&str; 2] = ["soffice", "libreoffice"];

/// Why no PDF was made.
#[derive(Debug)]
pub enum PdfError {
    /// LibreOffice is not installed (or not on the PATH).
    Missing,
    /// It ran but did not convert; its own message.
    Failed(String),
}

/// LibreOffice's program: `TOP3_SOFFICE`, else `soffice` or `libreoffice`
/// on the PATH (and the usual places on macOS and Windows).
pub fn find_soffice() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TOP3_SOFFICE").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let exe = if cfg!(windows) { ".exe" } else { "" };
    for dir in std::env::split_paths(&path) {
        for name in PROGRAMS {
            let p = dir.join(format!("{name}{exe}"));
            if p.is_file() {
                return Some(p);
            }
        }
    }
    [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        r"C:\Program Files\LibreOffice\program\soffice.exe",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// Converts a .docx (as bytes) to PDF bytes, in a temporary folder with a
/// LibreOffice profile of its own, so a LibreOffice the user has open does
/// not interfere and nothing is left behind.
pub fn docx_to_pdf(docx: &[u8], name: &str) -> Result<Vec<u8>, PdfError> {
    let soffice = find_soffice().ok_or(PdfError::Missing)?;
    let dir = tempfile::tempdir().map_err(|e| PdfError::Failed(e.to_string()))?;
    let input = dir.path().join(format!("{name}.docx"));
    std::fs::write(&input, docx).map_err(|e| PdfError::Failed(e.to_string()))?;
    let out = convert(&soffice, &input, dir.path())?;
    std::fs::read(&out).map_err(|e| PdfError::Failed(e.to_string()))
}

fn convert(soffice: &Path, input: &Path, dir: &Path) -> Result<PathBuf, PdfError> {
    let profile = dir.join("profile");
    let output = Command::new(soffice)
        .arg(format!("-env:UserInstallation={}", file_url(&profile)))
        .args([
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(input)
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => PdfError::Missing,
            _ => PdfError::Failed(e.to_string()),
        })?;
    let pdf = input.with_extension("pdf");
    if output.status.success() && pdf.is_file() {
        return Ok(pdf);
    }
    let said = String::from_utf8_lossy(&output.stderr);
    let said = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    Err(PdfError::Failed(if said.is_empty() {
        output.status.to_string()
    } else {
        said.trim().to_string()
    }))
}

/// `file:///tmp/x` (or `file:///C:/x`): how LibreOffice wants its profile.
fn file_url(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    if s.starts_with('/') {
        format!("file://{s}")
    } else {
        format!("file:///{s}")
    }
}
