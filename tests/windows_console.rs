//! What the Windows console sends, as crossterm delivers it there, driven
//! through `App::action_for` and `App::update` like the event loop does.
//! Wine draws the meeting screen garbled, so the screen is not run under
//! Wine (see README, "Windows"); these events are what crossterm's Windows
//! reader (`ReadConsoleInputW`) makes of the keys:
//!
//! - every key comes twice, pressed and released;
//! - AltGr is reported as Ctrl+Alt with the character it makes;
//! - there is no bracketed paste: a paste arrives as typed keys;
//! - the window size comes as a resize event whenever the buffer changes,
//!   also with the same size again.
use crate::common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use top3::app::App;
use top3::layout::StepKind;

/// One key as the Windows console delivers it: pressed, then released.
fn win_key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    for kind in [KeyEventKind::Press, KeyEventKind::Release] {
        let ev = Event::Key(KeyEvent::new_with_kind(code, modifiers, kind));
        if let Some(a) = app.action_for(&ev) {
            app.update(a);
        }
    }
}

fn win_type(app: &mut App, text: &str) {
    for c in text.chars() {
        let shift = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        win_key(app, KeyCode::Char(c), shift);
    }
}

fn event(app: &mut App, ev: Event) {
    if let Some(a) = app.action_for(&ev) {
        app.update(a);
    }
}

fn step_kind(app: &App) -> StepKind {
    let m = app.meeting().unwrap();
    m.layout.steps[m.session.step].kind
}

/// Goes to the participants step with Windows key pairs.
fn to_participants(app: &mut App) {
    while step_kind(app) != StepKind::Participants {
        win_key(app, KeyCode::Right, KeyModifiers::NONE);
    }
}

#[test]
fn a_key_pressed_and_released_acts_once() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    let before = app.meeting().unwrap().session.step;
    win_key(&mut app, KeyCode::Right, KeyModifiers::NONE);
    assert_eq!(app.meeting().unwrap().session.step, before + 1);
    win_key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    assert_eq!(app.meeting().unwrap().session.step, before);

    to_participants(&mut app);
    win_key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    assert!(app.editing());
    win_type(&mut app, "Tante Els");
    win_key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    win_type(&mut app, "tante");
    win_key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.editing());
    let s = open_session(&app);
    assert_eq!(s.participants.len(), 1);
    assert_eq!(s.participants[0].name, "Tante Els");
    assert_eq!(s.participants[0].role, "tante");
}

#[test]
fn characters_typed_with_altgr_are_text_in_a_form() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    to_participants(&mut app);
    win_key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    win_type(&mut app, "Caf");
    // US-International: AltGr-e is é, AltGr-5 is €; German: AltGr-q is @.
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    for c in ['é', ' ', '€', '@'] {
        let m = if c == ' ' { KeyModifiers::NONE } else { altgr };
        win_key(&mut app, KeyCode::Char(c), m);
    }
    win_key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(open_session(&app).participants[0].name, "Café €@");
}

#[test]
fn outside_a_form_ctrl_alt_is_not_made_into_a_command_key() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    to_participants(&mut app);
    // Ctrl-Alt-a is not `a` (add): nothing opens.
    win_key(
        &mut app,
        KeyCode::Char('a'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert!(!app.editing());
}

#[test]
fn ctrl_c_in_a_form_still_quits() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    to_participants(&mut app);
    win_key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    win_type(&mut app, "x");
    win_key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
}

#[test]
fn a_paste_that_arrives_as_keys_is_typed_whole() {
    // No bracketed paste on the Windows console: the text comes key by key.
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    to_participants(&mut app);
    win_key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    let long = "Buurvrouw van nummer 12, belt de wijkagent als zij iets hoort ".repeat(20);
    win_type(&mut app, &long);
    win_key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(open_session(&app).participants[0].name, long.trim_end());
}

#[test]
fn resize_events_keep_the_form_and_what_was_typed() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    to_participants(&mut app);
    win_key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    win_type(&mut app, "Opa");
    // Dragging the window's edge: many events, some with the same size.
    for (w, h) in [(200, 60), (200, 60), (120, 40), (80, 24), (80, 24)] {
        event(&mut app, Event::Resize(w, h));
        assert!(app.editing(), "form closed by a resize to {w}×{h}");
    }
    let rows = screen(&app, 80, 24).join("\n");
    assert!(rows.contains("Opa"), "{rows}");
    win_type(&mut app, "!");
    win_key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(open_session(&app).participants[0].name, "Opa!");
}
