//! Closing a case and the waakvlam (issue 13): the last meeting records why,
//! the goals reached and the follow-up contacts; a due follow-up is a
//! signal; a closed case is marked in every list and reopens with a reason.

use crate::casegen;
use crate::common;

use casegen::*;
use crossterm::event::KeyCode;
use std::process::Command as Process;
use top3::app::{App, Command, KeyMap, Meeting, Screen};
use top3::effects::{create_session, start_screen};
use top3::layout::{LayoutSet, StepKind};
use top3::model::*;
use top3::timeline::{Rules, Signal, Timeline, signals};

const H: Phase = Phase::Herstel;

/// A case in herstel whose last meeting (2026-03-02) is on the closing step.
fn closing_app() -> App {
    let mut all = sessions(
        "GEN-END",
        &[
            plan("2026-01-05", H, &[8, 8]),
            plan("2026-03-02", H, &[9, 8]),
        ],
    );
    let mut last = all.pop().unwrap();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&last.layout).unwrap().clone();
    last.step = layout
        .steps
        .iter()
        .position(|s| s.kind == StepKind::Closing)
        .unwrap();
    let mut m = Meeting::new(last.clone(), layout, None);
    m.past = top3::timeline::Past::with_signals(&all, &last, &Rules::default());
    let mut app = App::new(Screen::Meeting(Box::new(m)), KeyMap::default(), layouts);
    app.facilitator_view = true;
    app
}

#[test]
fn the_last_meeting_records_why_the_goals_and_the_follow_ups() {
    let mut app = closing_app();
    // Down to "Laatste overleg", space: closing, with follow-ups at 6 and 12
    // months (the setting).
    common::cmd(&mut app, Command::Down);
    common::cmd(&mut app, Command::Toggle);
    let s = common::open_session(&app);
    assert!(s.closes_case);
    let c = s.closure.clone().unwrap();
    let dues: Vec<_> = c.follow_ups.iter().map(|f| f.due).collect();
    assert_eq!(dues, vec![d("2026-09-02"), d("2027-03-02")]);
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let text = common::screen(&app, w, h).join("\n");
        for want in [
            "Laatste overleg: ja",
            "Reden van afsluiten: ⚠",
            "Bereikte doelen: ⚠",
            "Nazorgcontact 02-09-2026: nog niet gehouden",
            "Nazorgcontact 02-03-2027: nog niet gehouden",
        ] {
            assert!(text.contains(want), "{w}x{h}: {want}\n{text}");
        }
    }
    // The reason, through its form.
    common::cmd(&mut app, Command::Down);
    common::key(&mut app, KeyCode::Enter);
    common::type_text(
        &mut app,
        "Herstelplan afgerond, geen geweld sinds een jaar (fictief)",
    );
    common::key(&mut app, KeyCode::Esc);
    // The first follow-up held, with a note.
    common::cmd(&mut app, Command::Down);
    common::cmd(&mut app, Command::Down);
    common::key(&mut app, KeyCode::Enter);
    common::key(&mut app, KeyCode::Tab);
    common::type_text(&mut app, "03-09-2026");
    common::key(&mut app, KeyCode::Tab);
    common::type_text(&mut app, "Rustig thuis (fictief)");
    common::key(&mut app, KeyCode::Esc);
    let s = common::open_session(&app).clone();
    let c = s.closure.clone().unwrap();
    assert_eq!(
        c.reason,
        "Herstelplan afgerond, geen geweld sinds een jaar (fictief)"
    );
    assert_eq!(c.follow_ups[0].held, Some(d("2026-09-03")));
    assert_eq!(c.follow_ups[0].note, "Rustig thuis (fictief)");
    let text = common::screen(&app, 200, 60).join("\n");
    assert!(
        text.contains("Nazorgcontact 02-09-2026: gehouden op 03-09-2026 · Rustig thuis (fictief)"),
        "{text}"
    );
    // The plan says it all.
    let doc = top3::plan::build_document(&s, &[], &top3::plan::ExportOptions::default());
    let md =
        String::from_utf8(top3::plan::render(&doc, top3::plan::ExportFormat::Md).unwrap()).unwrap();
    for want in [
        "## Afsluiting en nazorg (waakvlam)",
        "Herstelplan afgerond, geen geweld sinds een jaar (fictief)",
        "Rustig thuis (fictief)",
        "nog niet gehouden",
        "Geen: dit was het laatste overleg, de casus wordt afgesloten.",
    ] {
        assert!(md.contains(want), "{want}\n{md}");
    }
    // And it round-trips.
    let text = top3::store::session_to_ron(&s);
    let back = top3::store::parse_session(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(back, s);
}

/// The case with its last meeting closing it on 2026-03-02, low scores.
fn closed_case() -> Vec<Session> {
    let mut all = sessions(
        "GEN-END",
        &[
            plan("2026-01-05", Phase::DirecteVeiligheid, &[3, 3]),
            plan("2026-03-02", Phase::DirecteVeiligheid, &[3, 3]),
        ],
    );
    let last = all.last_mut().unwrap();
    last.closes_case = true;
    last.closure = Some(Closure::with_follow_ups(last.date, &[6, 12]));
    all
}

#[test]
fn a_closed_case_has_only_its_follow_ups_as_signals() {
    let all = closed_case();
    let t = Timeline::of(&all);
    let r = Rules::default();
    // Judged long after: no escalation, no missed meeting; the closing.
    assert_eq!(
        signals(&all, &t, &r, d("2026-08-01")),
        vec![Signal::CaseClosed {
            date: d("2026-03-02")
        }]
    );
    // The first follow-up falls due.
    assert_eq!(
        signals(&all, &t, &r, d("2026-09-02")),
        vec![
            Signal::CaseClosed {
                date: d("2026-03-02")
            },
            Signal::FollowUpDue {
                closed: d("2026-03-02"),
                due: d("2026-09-02")
            }
        ]
    );
    // Held: it is no longer a signal.
    let mut held = all.clone();
    held.last_mut()
        .unwrap()
        .closure
        .as_mut()
        .unwrap()
        .follow_ups[0]
        .held = Some(d("2026-09-05"));
    assert_eq!(
        signals(&held, &Timeline::of(&held), &r, d("2026-10-01")),
        vec![Signal::CaseClosed {
            date: d("2026-03-02")
        }]
    );
}

#[test]
fn the_start_screen_marks_a_closed_case_and_its_due_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    write_sessions(dir.path(), &closed_case());
    let start = start_screen(dir.path(), d("2026-09-10"), &Rules::default());
    assert!(
        start
            .entries
            .iter()
            .all(|e| e.closed == Some(d("2026-03-02")))
    );
    let app = App::new(
        Screen::Start(Box::new(start)),
        KeyMap::default(),
        LayoutSet::builtin(),
    );
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let text = common::screen(&app, w, h).join(" ");
        let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            squeezed.contains("Casus GEN-END · afgesloten op 02-03-2026"),
            "{w}x{h}: {text}"
        );
        assert!(squeezed.contains("Nazorg (waakvlam)"), "{w}x{h}: {text}");
        // No escalation for a closed case.
        assert!(!squeezed.contains("expertoverleg"), "{w}x{h}: {text}");
    }
    // Before the follow-up is due, only the title marks it.
    let start = start_screen(dir.path(), d("2026-05-01"), &Rules::default());
    assert!(start.banners.is_empty(), "{:?}", start.banners);
    // The piped overview marks it too.
    let out = Process::new(common::bin())
        .arg("--dir")
        .arg(dir.path())
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("GEN-END  (afgesloten op 02-03-2026)"),
        "{text}"
    );
}

#[test]
fn a_closed_case_reopens_only_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    write_sessions(dir.path(), &closed_case());
    let layouts = LayoutSet::builtin();
    let r = Rules::default();
    let err = match create_session(
        dir.path(),
        &layouts,
        None,
        "GEN-END",
        d("2026-06-01"),
        &r,
        None,
    ) {
        Err(e) => e,
        Ok(_) => panic!("a closed case reopened without a reason"),
    };
    assert_eq!(
        err,
        "Casus GEN-END is afgesloten op 02-03-2026; heropen hem met een reden: --heropen \"reden\"."
    );
    // Nothing was written.
    assert_eq!(
        std::fs::read_dir(dir.path().join("GEN-END"))
            .unwrap()
            .count(),
        2
    );
    // On the command line, with the reason: the meeting keeps it.
    let out = Process::new(common::bin())
        .args([
            "new",
            "--case",
            "GEN-END",
            "--date",
            "2026-06-01",
            "--no-open",
            "--heropen",
        ])
        .arg("Nieuwe politiemelding (fictief)")
        .arg("--dir")
        .arg(dir.path())
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let h = top3::history::CaseHistory::load(&dir.path().join("GEN-END")).unwrap();
    let newest = &h.meetings.last().unwrap().session;
    assert_eq!(
        newest.reopened.as_deref(),
        Some("Nieuwe politiemelding (fictief)")
    );
    assert!(!newest.closes_case && newest.closure.is_none());
    let doc = top3::plan::build_document(newest, &[], &top3::plan::ExportOptions::default());
    let md =
        String::from_utf8(top3::plan::render(&doc, top3::plan::ExportFormat::Md).unwrap()).unwrap();
    assert!(
        md.contains("**Heropend:** Nieuwe politiemelding (fictief)"),
        "{md}"
    );
}

#[test]
fn the_start_screen_asks_why_a_closed_case_is_reopened() {
    let dir = tempfile::tempdir().unwrap();
    write_sessions(dir.path(), &closed_case());
    let start = start_screen(dir.path(), d("2026-06-01"), &Rules::default());
    let mut app = App::new(
        Screen::Start(Box::new(start)),
        KeyMap::default(),
        LayoutSet::builtin(),
    );
    common::cmd(&mut app, Command::New);
    common::key(&mut app, KeyCode::Enter);
    let text = common::screen(&app, 120, 35).join("\n");
    assert!(text.contains("Reden om te heropenen"), "{text}");
    assert!(
        text.contains("Casus GEN-END is afgesloten op 02-03-2026. Typ waarom hij heropend wordt."),
        "{text}"
    );
    common::type_text(&mut app, "Nieuwe politiemelding (fictief)");
    let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Enter,
        crossterm::event::KeyModifiers::NONE,
    ));
    let effects = app.action_for(&ev).map(|a| app.update(a)).unwrap();
    match &effects[..] {
        [top3::app::Effect::Create { case, reopen, .. }] => {
            assert_eq!(case, "GEN-END");
            assert_eq!(reopen.as_deref(), Some("Nieuwe politiemelding (fictief)"));
        }
        other => panic!("{other:?}"),
    }
}
