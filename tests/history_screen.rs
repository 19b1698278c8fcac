//! The history screen and the start screen's escalation banner.
use crate::casegen;
use crate::common;

use casegen::*;
use common::*;
use crossterm::event::KeyCode;
use top3::app::{Action, App, Command, Effect, KeyMap, Screen};
use top3::effects::{Host, start_screen};
use top3::history::Rules;
use top3::layout::LayoutSet;

/// A case stuck below the threshold for four months.
fn stuck_case(dir: &std::path::Path) -> std::path::PathBuf {
    let plans = monthly(
        "2026-06-01",
        30,
        &[&[2, 3, 4], &[3, 4, 4], &[3, 5, 4], &[4, 5, 5]],
    );
    write_case(dir, "ESC-1", &plans)
}

fn start_app(dir: &std::path::Path, today: chrono::NaiveDate) -> App {
    let start = start_screen(dir, today, &Rules::default());
    App::new(
        Screen::Start(Box::new(start)),
        KeyMap::default(),
        LayoutSet::builtin(),
    )
}

#[test]
fn the_start_screen_says_when_a_case_must_escalate() {
    let tmp = tempfile::tempdir().unwrap();
    stuck_case(tmp.path());
    let app = start_app(tmp.path(), d("2026-10-15"));
    let text = screen(&app, 120, 35).join("\n");
    assert!(text.contains("Casus ESC-1"), "{text}");
    assert!(
        text.contains("⚠") && text.contains("expertoverleg"),
        "{text}"
    );
    assert!(text.contains("h: verloop"), "{text}");
}

#[test]
fn no_banner_for_a_case_that_is_on_track() {
    let app = start_app(&repo().join("sessions"), d("2026-10-28"));
    let text = screen(&app, 120, 35).join("\n");
    assert!(!text.contains("⚠"), "{text}");
}

#[test]
fn h_shows_the_history_esc_goes_back_and_e_offers_the_form() {
    let tmp = tempfile::tempdir().unwrap();
    let case = stuck_case(tmp.path());
    let today = d("2026-10-15");
    let mut app = start_app(tmp.path(), today);
    let mut host = Host::new(tmp.path().to_path_buf());
    host.today = today;
    let effects = app.update(Action::Command(Command::History));
    assert_eq!(effects, vec![Effect::ShowHistory(case.clone())]);
    host.perform(&mut app, effects);
    for (w, h) in [(80, 24), (200, 60)] {
        let text = screen(&app, w, h).join("\n");
        assert!(text.contains("Verloop van casus ESC-1"), "{text}");
        assert!(text.contains("drempel 6"), "{text}");
        assert!(text.contains("aanmeldingsformulier"), "{text}");
    }
    let effects = app.update(Action::Command(Command::Export));
    assert_eq!(effects, vec![Effect::WriteForm(case.clone())]);
    host.perform(&mut app, effects);
    assert!(
        app.status.as_deref().unwrap().contains("aanmelding"),
        "{:?}",
        app.status
    );
    let written: Vec<_> = std::fs::read_dir(&case)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".docx"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Start(_)));
    assert!(screen(&app, 120, 35).join("\n").contains("Casus ESC-1"));
}

#[test]
fn history_from_the_meeting_returns_to_the_same_step() {
    let tmp = tempfile::tempdir().unwrap();
    let case = stuck_case(tmp.path());
    let newest = std::fs::read_dir(&case)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .max()
        .unwrap();
    let mut app = start_app(tmp.path(), d("2026-10-15"));
    let mut host = Host::new(tmp.path().to_path_buf());
    host.open(&mut app, &newest).unwrap();
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    let effects = app.update(Action::Command(Command::History));
    host.perform(&mut app, effects);
    assert!(matches!(app.screen, Screen::History(_)));
    // While the history shows, the meeting is still there (and saved on quit).
    assert!(app.meeting().is_some());
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.meeting().unwrap().session.step, 2);
}
