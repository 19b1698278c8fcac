//! The exported Word file opens in LibreOffice: converted to PDF headless.
//! Needs LibreOffice (`soffice`); `.ci/run` installs it and runs this test.
use crate::common;

use common::*;
use std::process::Command;
use top3::plan::{ExportFormat, ExportOptions, Form, export_session_file};

fn convert(docx: &std::path::Path) -> Vec<u8> {
    let dir = docx.parent().unwrap();
    // A profile of its own, so a running LibreOffice does not interfere.
    let profile = dir.join("lo-profile");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(docx)
        .output()
        .expect("soffice (LibreOffice) must be installed for this test");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = docx.with_extension("pdf");
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
    assert!(
        bytes.len() > 1000,
        "the PDF is nearly empty: {} bytes",
        bytes.len()
    );
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    bytes
}

#[test]
#[ignore = "needs LibreOffice; .ci/run runs it"]
fn the_plan_and_the_form_convert_to_pdf_with_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("TR-2026-001");
    std::fs::create_dir(&case).unwrap();
    for f in training_sessions() {
        std::fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
    }
    let newest = case.join(training_sessions().pop().unwrap().file_name().unwrap());
    for options in [
        ExportOptions::default(),
        ExportOptions {
            form: Form::Aanmelding,
            redact: true,
            audience: None,
        },
    ] {
        let docx = export_session_file(&newest, ExportFormat::Docx, &options).unwrap();
        convert(&docx);
    }
}

#[test]
#[ignore = "needs LibreOffice; .ci/run runs it"]
fn top3_export_format_pdf_writes_a_pdf_beside_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("TR-2026-001");
    std::fs::create_dir(&case).unwrap();
    for f in training_sessions() {
        std::fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
    }
    let out = Command::new(bin())
        .args(["export", "--format", "pdf"])
        .arg(&case)
        .env_remove("TOP3_SOFFICE")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = case.join("2026-10-27-veiligheidsplan.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    assert!(bytes.len() > 10_000, "{} bytes", bytes.len());
    // Only the PDF is added: no .docx or LibreOffice profile left behind.
    let names: Vec<String> = std::fs::read_dir(&case)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".ron"))
        .collect();
    assert_eq!(names, ["2026-10-27-veiligheidsplan.pdf"]);
}
