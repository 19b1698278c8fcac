//! A course day (issue 16): the practice view on one projector never shows
//! the teaching points; the debrief reveals them one by one.
mod common;

use common::*;
use std::path::Path;
use top3::app::{App, Command, KeyMap, Meeting, Screen};
use top3::layout::LayoutSet;
use top3::training::{find_case, practice_cases};

/// An app as `top3 train` opens it: the newest meeting of a practice case,
/// in the practice view.
fn course_app(code: &str, step: usize) -> App {
    let case = find_case(Some(code)).unwrap();
    let (name, text) = case.files.last().unwrap();
    let mut session = top3::store::parse_session(text, Path::new(name)).unwrap();
    session.step = step;
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    let mut app = App::new(
        Screen::Meeting(Box::new(Meeting::new(session, layout, None))),
        KeyMap::default(),
        layouts,
    );
    app.training = true;
    app.practice_view = true;
    app
}

fn flat(rows: &[String]) -> String {
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every hint of the training layout, in one line: a teaching point may
/// repeat a hint, and the hints are for the group.
fn all_hints() -> String {
    let layouts = LayoutSet::builtin();
    let l = layouts.get("training").unwrap();
    let hints: Vec<String> = l
        .steps
        .iter()
        .flat_map(|s| s.hints.iter().map(|h| h.s().to_string()))
        .collect();
    flat(&hints)
}

/// True when any run of eight words of `point` that is not in a hint is on
/// the screen.
fn shows(screen: &str, point: &str) -> bool {
    let hints = all_hints();
    let words: Vec<&str> = point.split_whitespace().collect();
    if words.len() < 8 {
        return screen.contains(point);
    }
    words
        .windows(8)
        .map(|w| w.join(" "))
        .any(|w| !hints.contains(&w) && screen.contains(&w))
}

fn steps(app: &App) -> usize {
    app.meeting().unwrap().layout.steps.len()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

#[test]
fn the_practice_view_never_shows_a_teaching_point() {
    for case in practice_cases() {
        let probe = course_app(case.code, 0);
        let points = probe.teaching_points();
        assert!(!points.is_empty(), "{} has teaching points", case.code);
        for step in 0..steps(&probe) {
            for (w, h) in SIZES {
                let app = course_app(case.code, step);
                let screen = flat(&screen(&app, w, h));
                for p in &points {
                    assert!(
                        !shows(&screen, p),
                        "{} step {step} at {w}x{h} shows {p:?}:\n{screen}",
                        case.code
                    );
                }
            }
        }
    }
}

#[test]
fn the_practice_view_shows_hints_and_plan_check_and_the_facilitator_view_the_points() {
    let probe = course_app("OEF-2026-01", 0);
    let last = steps(&probe) - 1;
    let notes = (0..=last)
        .find(|i| probe.meeting().unwrap().layout.steps[*i].kind == top3::layout::StepKind::Notes)
        .unwrap();
    for (w, h) in SIZES {
        let app = course_app("OEF-2026-01", 0);
        let s = flat(&screen(&app, w, h));
        if w >= 120 {
            assert!(s.contains("oefenweergave"), "{s}");
        }
        let hint = app.meeting().unwrap().step().hints[0].s().to_string();
        let start: Vec<&str> = hint.split_whitespace().take(4).collect();
        assert!(s.contains(&start.join(" ")), "the hints show: {s}");
        assert!(s.contains("Aanwijzingen bij deze stap"), "{s}");
        assert!(!s.contains("niet in de projectie"), "{s}");
        assert!(
            s.contains("nabespreking"),
            "the footer names the debrief: {s}"
        );
        // The summary: the plan check for the group.
        let app = course_app("OEF-2026-01", last);
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("Plancontrole"), "{s}");
        assert!(!s.contains("begeleidersweergave ("), "{s}");
        // The same notes step in the facilitator view does show a point:
        // the test above can fail.
        let mut app = course_app("OEF-2026-01", notes);
        cmd(&mut app, Command::View);
        assert!(app.facilitator_view && !app.practice_view);
        let s = flat(&screen(&app, w, h));
        let points = app.teaching_points();
        assert!(points.iter().any(|p| shows(&s, p)), "{s}");
    }
}

#[test]
fn v_cycles_practice_facilitator_and_room_view() {
    let mut app = course_app("OEF-2026-01", 0);
    let views = |a: &App| (a.practice_view, a.facilitator_view);
    assert_eq!(views(&app), (true, false));
    cmd(&mut app, Command::View);
    assert_eq!(views(&app), (false, true));
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .contains("Begeleidersweergave")
    );
    cmd(&mut app, Command::View);
    assert_eq!(views(&app), (false, false));
    let s = flat(&screen(&app, 80, 24));
    assert!(!s.contains("oefenweergave") && !s.contains("begeleidersweergave"));
    cmd(&mut app, Command::View);
    assert_eq!(views(&app), (true, false));
}

#[test]
fn the_debrief_reveals_the_teaching_points_one_by_one() {
    for case in practice_cases() {
        for (w, h) in SIZES {
            let probe = course_app(case.code, 0);
            let last = steps(&probe) - 1;
            let mut app = course_app(case.code, last);
            let points = app.teaching_points();
            cmd(&mut app, Command::Debrief);
            assert_eq!(app.debrief, Some(0));
            let s = flat(&screen(&app, w, h));
            assert!(s.contains("Nabespreking"), "{s}");
            for p in &points {
                assert!(!shows(&s, p), "nothing before the first key: {s}");
            }
            for k in 1..=points.len() {
                cmd(&mut app, Command::Edit);
                let s = flat(&screen(&app, w, h));
                assert!(
                    shows(&s, &points[k - 1]),
                    "{} point {k} at {w}x{h}: {s}",
                    case.code
                );
                assert!(s.contains(&format!("Leerpunt {k} van {}", points.len())));
                for later in &points[k..] {
                    assert!(!shows(&s, later), "point {k} shows a later one: {s}");
                }
            }
            // No further than the last; one back hides it again.
            cmd(&mut app, Command::Edit);
            assert_eq!(app.debrief, Some(points.len()));
            cmd(&mut app, Command::PrevStep);
            let s = flat(&screen(&app, w, h));
            assert!(!shows(&s, points.last().unwrap()), "{s}");
            // Esc closes, back in the practice view without the points.
            cmd(&mut app, Command::Escape);
            assert_eq!(app.debrief, None);
            assert_eq!(app.meeting().unwrap().step_index(), last);
            let s = flat(&screen(&app, w, h));
            for p in &points {
                assert!(!shows(&s, p), "{s}");
            }
        }
    }
}

#[test]
fn keys_inside_the_debrief_change_nothing_in_the_meeting() {
    let mut app = course_app("OEF-2026-01", 2);
    let before = app.meeting().unwrap().session.clone();
    cmd(&mut app, Command::Debrief);
    for c in [Command::Add, Command::Delete, Command::Undo, Command::View] {
        cmd(&mut app, c);
    }
    assert!(app.debrief.is_some());
    assert_eq!(app.meeting().unwrap().session, before);
    assert_eq!(app.meeting().unwrap().step_index(), 2);
}

#[test]
fn the_debrief_is_only_for_training() {
    let mut app = course_app("OEF-2026-01", 0);
    app.training = false;
    app.practice_view = false;
    cmd(&mut app, Command::Debrief);
    assert_eq!(app.debrief, None);
    assert!(app.status.as_deref().unwrap().contains("oefencasus"));
    let s = flat(&screen(&app, 80, 24));
    assert!(!s.contains("d nabespreking"), "{s}");
}
