//! Plain mode: the same content as text, no box-drawing characters anywhere.
use crate::casegen;
use crate::common;

use common::*;
use crossterm::event::KeyCode;
use top3::app::{Action, App, Command};
use top3::ui::is_box_drawing;

fn plain(mut app: App) -> App {
    app.plain = true;
    app
}

fn assert_plain(rows: &[String]) {
    for r in rows {
        assert!(
            !r.chars().any(is_box_drawing),
            "box drawing in plain mode: {r}"
        );
        assert!(!r.contains('▶') && !r.contains('█'), "{r}");
    }
}

#[test]
fn every_step_in_plain_mode_has_text_and_no_box_drawing() {
    let n = meeting_app(0).meeting().unwrap().layout.steps.len();
    for step in 0..n {
        for facilitator in [false, true] {
            let mut app = plain(meeting_app(step));
            app.facilitator_view = facilitator;
            for (w, h) in [(80, 24), (200, 60), (40, 10)] {
                let rows = screen(&app, w, h);
                assert_plain(&rows);
                let text = rows.join("\n");
                let title = app.meeting().unwrap().step().title.nl.clone();
                assert!(
                    text.contains(&format!("Stap {}/{n}: {title}", step + 1)) || h < 24,
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn plain_mode_shows_the_content_in_words() {
    let app = plain(meeting_app(0));
    let text = screen(&app, 100, 30).join("\n");
    assert!(text.contains("> Huishouden"), "{text}");
    assert!(text.contains("Mirjam: aanwezig, moeder"), "{text}");
    let scale = plain(meeting_app(5));
    let text = screen(&scale, 100, 30).join("\n");
    assert!(text.contains("Mirjam (moeder): 6, 6 of hoger"), "{text}");
    assert!(
        text.contains("J. de Wit (intern begeleider): 5, onder de 6"),
        "{text}"
    );
}

#[test]
fn plain_forms_help_start_and_history() {
    let mut app = plain(empty_meeting_app("casusoverleg"));
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Oma");
    let rows = screen(&app, 80, 24);
    assert_plain(&rows);
    assert!(rows.join("\n").contains("> Naam: Oma"));
    key(&mut app, KeyCode::Esc);
    app.update(Action::Command(Command::Help));
    let rows = screen(&app, 80, 40);
    assert_plain(&rows);
    assert!(rows.join("\n").contains("Ctrl-s"));

    let tmp = tempfile::tempdir().unwrap();
    let case = casegen::write_case(
        tmp.path(),
        "PL-1",
        &casegen::monthly("2026-06-01", 30, &[&[2, 3], &[3, 4], &[4, 5], &[4, 4]]),
    );
    let start =
        top3::effects::start_screen(tmp.path(), casegen::d("2026-10-15"), &Default::default());
    let mut app = plain(App::new(
        top3::app::Screen::Start(Box::new(start)),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    ));
    let rows = screen(&app, 80, 24);
    assert_plain(&rows);
    assert!(rows.join("\n").contains("Casus PL-1"));
    let mut host = top3::effects::Host::new(tmp.path().to_path_buf());
    host.today = casegen::d("2026-10-15");
    let effects = app.update(Action::Command(Command::History));
    host.perform(&mut app, effects);
    let rows = screen(&app, 100, 60);
    assert_plain(&rows);
    let text = rows.join("\n");
    assert!(
        text.contains("Verloop van casus PL-1") && text.contains("mediaan"),
        "{text}"
    );
    let _ = case;
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('n'));
    let rows = screen(&app, 80, 30);
    assert_plain(&rows);
    assert!(rows.join("\n").contains("casusoverleg"));
}

#[test]
fn plain_names_the_score_keys_and_whose_reasons_these_are() {
    let app = plain(meeting_app(5));
    let rows = screen(&app, 100, 30);
    let keys = rows.iter().position(|r| r.starts_with("Toetsen:")).unwrap();
    assert!(
        keys <= 5 && rows[keys].contains("0-9 t cijfer"),
        "the keys come right after the question: {rows:?}"
    );
    let text = rows.join("\n");
    assert!(text.contains("Toelichting van Mirjam:"), "{text}");
    let top3 = plain(meeting_app(3));
    let text = screen(&top3, 120, 40).join("\n");
    assert!(text.contains("(gekozen)"), "{text}");
}
