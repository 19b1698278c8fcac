//! The clock, driven by an injected time source: no sleeps.
use crate::common;

use common::*;
use crossterm::event::KeyCode;
use std::time::Duration;
use top3::app::{Action, Command};

fn tick(app: &mut top3::app::App, secs: u64) {
    // Many small ticks, as the event loop sends them.
    for _ in 0..secs * 10 {
        app.update(Action::Tick(Duration::from_millis(100)));
    }
}

#[test]
fn time_is_counted_per_step_and_in_total() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    tick(&mut app, 90);
    key(&mut app, KeyCode::Right);
    tick(&mut app, 30);
    let t = &open_session(&app).timing;
    assert_eq!(t.of_step(0), 90);
    assert_eq!(t.of_step(1), 30);
    assert_eq!(t.total(), 120);
}

#[test]
fn the_facilitator_sees_the_clock_and_the_wall_does_not() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    tick(&mut app, 90);
    let wall = screen(&app, 120, 35).join("\n");
    assert!(!wall.contains('⏱'), "{wall}");
    app.update(Action::Command(Command::View));
    let fac = screen(&app, 120, 35);
    assert!(
        fac[0].contains("⏱ stap 1:30 van 10:00 · overleg 1:30"),
        "{}",
        fac[0]
    );
}

#[test]
fn a_step_that_runs_over_gets_a_calm_notice() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    app.update(Action::Command(Command::View));
    tick(&mut app, 12 * 60 + 30);
    let header = &screen(&app, 120, 35)[0];
    assert!(header.contains("3 min over de tijd"), "{header}");
}

#[test]
fn undo_does_not_turn_back_the_clock_and_the_time_is_saved() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Oma");
    key(&mut app, KeyCode::Esc);
    app.meeting_mut().unwrap().dirty = false;
    tick(&mut app, 75);
    assert!(app.meeting().unwrap().dirty, "a minute passed: saved soon");
    key(&mut app, KeyCode::Char('u'));
    let s = open_session(&app);
    assert!(s.participants.is_empty());
    assert_eq!(s.timing.of_step(0), 75);
    let text = top3::store::session_to_ron(s);
    let back = top3::store::parse_session(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(back.timing.of_step(0), 75);
    // Quitting saves the last seconds too.
    tick(&mut app, 5);
    app.meeting_mut().unwrap().dirty = false;
    app.update(Action::Command(Command::Quit));
    assert!(app.meeting().unwrap().dirty);
}

#[test]
fn the_summary_shows_where_the_time_went_for_the_facilitator() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    tick(&mut app, 65);
    let n = app.meeting().unwrap().layout.steps.len();
    for _ in 0..n {
        key(&mut app, KeyCode::Right);
    }
    app.update(Action::Command(Command::View));
    let text = screen(&app, 120, 40).join("\n");
    assert!(text.contains("Tijd per stap"), "{text}");
    assert!(text.contains("Wie zijn er?: 1:05 / 10:00"), "{text}");
}
