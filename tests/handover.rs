//! The handover of casusregie (issue 13): `top3 export CASE --overdracht`
//! writes the current plan with every condition and agreement in force and
//! its record, the case's signals and who is informed.

use crate::casegen;
use crate::common;

use casegen::*;
use std::process::Command;
use top3::model::*;
use top3::plan::{ExportFormat, ExportOptions, Form, build_document, render};

fn md(session: &Session, case: &[Session]) -> String {
    let options = ExportOptions {
        form: Form::Overdracht,
        ..ExportOptions::default()
    };
    let doc = build_document(session, case, &options);
    String::from_utf8(render(&doc, ExportFormat::Md).unwrap()).unwrap()
}

#[test]
fn the_handover_holds_the_plan_the_records_the_signals_and_who_is_informed() {
    // Three meetings below a 6, the condition broken twice: escalation.
    let mut all = sessions(
        "GEN-OVD",
        &[
            plan("2026-01-05", Phase::DirecteVeiligheid, &[3, 3]),
            plan("2026-02-04", Phase::DirecteVeiligheid, &[3, 4]),
            plan("2026-04-20", Phase::DirecteVeiligheid, &[4, 4]),
        ],
    );
    for s in all.iter_mut().skip(1) {
        for r in &mut s.review {
            if matches!(r.target, ReviewTarget::Condition(_)) {
                r.status = Some(ReviewStatus::Broken);
            }
        }
    }
    let last = all.last_mut().unwrap();
    last.participants[3].attendance = Attendance::InformedAfterwards;
    let newest = all.last().unwrap().clone();
    let text = md(&newest, &all);
    for want in [
        "# Overdracht casusregie",
        "**Actueel plan:** TOP 3 Veiligheidsplan van het overleg van 20-04-2026",
        "Let op: dit plan is nog niet vastgesteld. Een overdracht vraagt een actueel veiligheidsplan",
        "Overdracht bij oma (fictief)",
        "2× niet nageleefd: 04-02-2026, 20-04-2026",
        "## Signalen van de casus",
        "Meld de casus aan bij het MDA++ expertoverleg",
        "## Wie wordt geïnformeerd",
        "Fictief wijkagent, wijkagent",
    ] {
        assert!(text.contains(want), "{want}\n{text}");
    }
    // Final, it says it is the current plan.
    let mut fixed = newest.clone();
    fixed.plan_status = PlanStatus::Vastgesteld {
        date: fixed.date,
        override_reason: None,
    };
    let text = md(&fixed, &all);
    assert!(
        text.contains("Dit is het actuele, vastgestelde plan van de casus"),
        "{text}"
    );
    assert!(
        !text.contains("Let op: dit plan is nog niet vastgesteld"),
        "{text}"
    );
}

#[test]
fn export_overdracht_writes_the_handover_beside_the_case_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "GEN-OVD",
        &[
            plan("2026-01-05", Phase::DirecteVeiligheid, &[3, 3]),
            plan("2026-02-04", Phase::DirecteVeiligheid, &[6, 7]),
        ],
    );
    for (format, file) in [
        ("md", "2026-02-04-overdracht.md"),
        ("html", "2026-02-04-overdracht.html"),
        ("docx", "2026-02-04-overdracht.docx"),
    ] {
        let out = Command::new(common::bin())
            .args(["export"])
            .arg(&case)
            .args(["--overdracht", "--format", format])
            .env_remove("TOP3_DIR")
            .env_remove("TOP3_LANG")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = case.join(file);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = if format == "docx" {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
                .unwrap();
            xml
        } else {
            String::from_utf8(bytes).unwrap()
        };
        assert!(text.contains("Overdracht casusregie"), "{format}: {text}");
        assert!(text.contains("Wie wordt geïnformeerd"), "{format}");
    }
    // `--form overdracht` is the same; with another --form it is refused.
    let out = Command::new(common::bin())
        .args(["export"])
        .arg(&case)
        .args(["--overdracht", "--form", "aanmelding"])
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    assert!(!out.status.success());
}
