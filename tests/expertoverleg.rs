//! The MDA++ expertoverleg as a meeting of its own (issue 17): its approach
//! step, the "Aanpak MDA++ expertoverleg" document (leidend), and the next
//! plan naming what came from it. A fictional case.

use crate::casegen;
use crate::common;

use casegen::*;
use crossterm::event::KeyCode;
use std::io::Read;
use std::path::PathBuf;
use top3::app::{App, Command, KeyMap, Meeting, Screen};
use top3::layout::{LayoutSet, StepKind};
use top3::model::*;
use top3::plan::{ExportFormat, ExportOptions, export_bytes, load_for_export};

const D: Phase = Phase::DirecteVeiligheid;

/// Two network meetings below a 6, the expertoverleg with its approach, and
/// the next meeting; written into `dir`. Returns the sessions.
fn case() -> Vec<Session> {
    let mut out = sessions(
        "GEN-EXP",
        &[
            plan("2026-01-05", D, &[3, 4]),
            plan("2026-02-04", D, &[4, 4]),
        ],
    );
    let layouts = LayoutSet::builtin();
    let expert = layouts.get("expertoverleg").unwrap();
    let mut x = top3::timeline::next_session(
        out.last().unwrap(),
        expert.kind,
        expert.phase,
        &expert.name,
        d("2026-04-20"),
    );
    for (name, org, group) in [
        (
            "Fictieve voorzitter",
            "Zorg- en Veiligheidshuis",
            Group::Professional,
        ),
        (
            "Fictieve reclasseringswerker",
            "Reclassering",
            Group::Professional,
        ),
        ("Fictieve jeugdarts", "GGD", Group::Professional),
    ] {
        let id = x.alloc_id();
        let mut p = Participant::new(id, name);
        p.organisation = org.into();
        p.group = Some(group);
        x.participants.push(p);
    }
    let sit = x.top3.items()[0].id;
    let experts: Vec<Id> = x
        .participants
        .iter()
        .filter(|p| p.organisation == "Reclassering" || p.organisation == "GGD")
        .map(|p| p.id)
        .collect();
    x.approach = Approach {
        question: "Hoe krijgen we de overdracht veilig nu oma niet meer kan? (fictief)".into(),
        analysis: "De overdracht is het moment van het geweld; afspraken via oma hielden geen stand. (fictief)".into(),
        situations: vec![SituationApproach {
            situation: sit,
            approach: "Overdracht via de school, onder toezicht van de reclassering. (fictief)".into(),
            who: "reclassering en school".into(),
        }],
        experts: vec![
            ExpertForce {
                participant: experts[0],
                escalates_to: "teamleider reclassering, binnen een dag".into(),
            },
            ExpertForce {
                participant: experts[1],
                escalates_to: "medisch manager GGD".into(),
            },
        ],
        take_back: "De coördinator bespreekt de overdracht via school met moeder en vader. (fictief)".into(),
    };
    let c = x.alloc_id();
    let mut cond = Condition::new(c, Some(sit));
    cond.text = "Overdracht alleen via de school (fictief)".into();
    cond.monitored_by = "reclassering".into();
    cond.since = Some(x.date);
    x.conditions.push(cond);
    for r in &mut x.review {
        if matches!(r.target, ReviewTarget::Condition(_)) {
            r.status = Some(ReviewStatus::Broken);
            r.note = "oma kan niet meer (fictief)".into();
        } else {
            r.status = Some(ReviewStatus::Done);
            r.note = "gedaan volgens de coördinator (fictief)".into();
        }
    }
    out.push(x);
    let net = layouts.get("casusoverleg").unwrap();
    let next = top3::timeline::next_session(
        out.last().unwrap(),
        net.kind,
        net.phase,
        &net.name,
        d("2026-05-04"),
    );
    out.push(next);
    out
}

fn write(dir: &std::path::Path) -> Vec<PathBuf> {
    write_sessions(dir, &case())
}

fn export(path: &std::path::Path, format: ExportFormat) -> Vec<u8> {
    let loaded = load_for_export(path).unwrap();
    export_bytes(&loaded, format, &ExportOptions::default()).unwrap()
}

/// The visible text of a .docx, one paragraph per line.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut out = String::new();
    for para in xml.split("</w:p>") {
        let mut line = String::new();
        // Only the text runs: `<w:t>` or `<w:t xml:space=…>`, not `<w:tbl…>`.
        for part in para.split("<w:t").skip(1) {
            if !(part.starts_with('>') || part.starts_with(' ')) {
                continue;
            }
            let text = part.split_once('>').map_or("", |(_, t)| t);
            line.push_str(text.split("</w:t>").next().unwrap_or(""));
            line.push(' ');
        }
        if !line.trim().is_empty() {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.replace("&amp;", "&")
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
}

#[test]
fn the_expertoverleg_writes_its_approach_as_a_leading_document() {
    let dir = tempfile::tempdir().unwrap();
    let paths = write(dir.path());
    let expert = &paths[2];
    let md = String::from_utf8(export(expert, ExportFormat::Md)).unwrap();
    for want in [
        "# Aanpak MDA++ expertoverleg",
        "Leidend: deze aanpak is leidend voor het vervolg",
        "Hoe krijgen we de overdracht veilig nu oma niet meer kan?",
        "Overdracht via de school, onder toezicht van de reclassering.",
        "teamleider reclassering, binnen een dag",
        "De coördinator bespreekt de overdracht via school",
    ] {
        assert!(md.contains(want), "{want}:\n{md}");
    }
    assert!(!md.contains("# TOP 3 Veiligheidsplan"), "{md}");
    insta::assert_snapshot!("aanpak_md", md);
    let html = String::from_utf8(export(expert, ExportFormat::Html)).unwrap();
    assert!(html.contains("Aanpak MDA++ expertoverleg"), "{html}");
    insta::assert_snapshot!("aanpak_html", html);
    let docx = docx_text(&export(expert, ExportFormat::Docx));
    assert!(docx.contains("Zet door bij"), "{docx}");
    insta::assert_snapshot!("aanpak_docx_text", docx);
}

#[test]
fn the_approach_is_written_under_its_own_name() {
    let dir = tempfile::tempdir().unwrap();
    let paths = write(dir.path());
    let loaded = load_for_export(&paths[2]).unwrap();
    let out = top3::plan::default_output(&loaded, ExportFormat::Docx, &ExportOptions::default());
    assert_eq!(
        out.file_name().unwrap().to_str().unwrap(),
        "2026-04-20-aanpak-expertoverleg.docx"
    );
}

#[test]
fn the_next_plan_says_what_came_from_the_expertoverleg() {
    let dir = tempfile::tempdir().unwrap();
    let paths = write(dir.path());
    let md = String::from_utf8(export(&paths[3], ExportFormat::Md)).unwrap();
    // In the conditions in force: since the expertoverleg, leidend; what
    // was agreed before it is not marked.
    let conditions = md
        .split("## Veiligheidsvoorwaarden")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_else(|| panic!("{md}"));
    let (old, new) = conditions
        .split_once("Overdracht alleen via de school (fictief)**")
        .unwrap_or_else(|| panic!("{conditions}"));
    assert!(
        new.contains("Sinds: 20-04-2026, uit het expertoverleg (leidend)"),
        "{conditions}"
    );
    assert!(old.contains("Sinds: 05-01-2026\n"), "{conditions}");
    assert!(md.contains("# TOP 3 Veiligheidsplan"), "{md}");
}

#[test]
fn the_approach_round_trips_and_an_empty_one_is_not_written() {
    let sessions = case();
    let x = &sessions[2];
    let text = top3::store::session_to_ron(x);
    assert!(text.contains("approach:"), "{text}");
    let back = top3::store::parse_session(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(back.approach, x.approach);
    assert_eq!(&back, x);
    let plain = top3::store::session_to_ron(&sessions[0]);
    assert!(!plain.contains("approach"), "{plain}");
}

fn approach_app(w_step: StepKind) -> App {
    let x = case().swap_remove(2);
    let layouts = LayoutSet::builtin();
    let layout = layouts.get("expertoverleg").unwrap().clone();
    let mut x = x;
    x.step = layout.steps.iter().position(|s| s.kind == w_step).unwrap();
    let meeting = Meeting::new(x, layout, None);
    let mut app = App::new(
        Screen::Meeting(Box::new(meeting)),
        KeyMap::default(),
        layouts,
    );
    app.facilitator_view = true;
    app
}

#[test]
fn the_approach_step_shows_every_part_and_edits_one() {
    let mut app = approach_app(StepKind::Approach);
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let rows = common::screen(&app, w, h);
        let text = rows.join("\n");
        let squeezed = rows
            .iter()
            .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            squeezed.contains("Wat is de aanpak per situatie, wie voert hem uit"),
            "{w}x{h}: {text}"
        );
        assert!(
            text.contains("▶ Aanmeldvraag: Hoe krijgen we"),
            "{w}x{h}: {text}"
        );
        assert!(!text.contains('…'), "{w}x{h}: {text}");
        if h >= 60 {
            for want in [
                "Analyse van de experts: De overdracht is het moment",
                "Aanpak situatie 1: Ruzie bij de overdracht (fictief): Overdracht via de school",
                "uitvoering: reclassering en school",
                "Doorzettingskracht Fictieve reclasseringswerker (Reclassering): teamleider",
                "Wat de coördinator meeneemt naar gezin, netwerk en professionals:",
            ] {
                assert!(squeezed.contains(want), "{want}:\n{squeezed}");
            }
            // The chair's own doorzettingskracht is asked too, and missing.
            assert!(
                squeezed.contains(
                    "Doorzettingskracht Fictieve voorzitter (Zorg- en Veiligheidshuis): ⚠"
                ),
                "{text}"
            );
        }
    }
    // Down to the first situation, Enter, replace its approach, Esc.
    common::cmd(&mut app, Command::Down);
    common::cmd(&mut app, Command::Down);
    common::key(&mut app, KeyCode::Enter);
    assert!(
        common::screen(&app, 120, 35)
            .join("\n")
            .contains("Aanpak van deze situatie")
    );
    common::key(&mut app, KeyCode::End);
    common::type_text(&mut app, " Elke week getoetst.");
    common::key(&mut app, KeyCode::Esc);
    let s = common::open_session(&app);
    let sit = s.top3.items()[0].id;
    assert!(
        s.approach
            .for_situation(sit)
            .unwrap()
            .approach
            .ends_with("Elke week getoetst."),
        "{:?}",
        s.approach
    );
    // Del clears it, u brings it back.
    common::cmd(&mut app, Command::Delete);
    assert!(
        common::open_session(&app)
            .approach
            .for_situation(sit)
            .is_none()
    );
    common::cmd(&mut app, Command::Undo);
    assert!(
        common::open_session(&app)
            .approach
            .for_situation(sit)
            .is_some()
    );
}
