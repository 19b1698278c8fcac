//! c-fix1: what a trainer's user test of the training screens found: a
//! teaching point one key from the projector, the check's questions hidden
//! from the group, `q` that quits from an overlay, a countdown that follows
//! into the next meeting, and small things in the header, help and footer.
use crate::common;
use common::practice_app as course_app;

use common::*;
use std::path::Path;
use top3::app::{App, Command, Item, KeyMap, Meeting, Screen};
use top3::layout::{LayoutSet, StepKind};
use top3::training::find_case;

fn flat(rows: &[String]) -> String {
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn step_of(app: &App, kind: StepKind) -> usize {
    app.meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == kind)
        .unwrap()
}

/// Opens the notes step with its first private note selected; returns its
/// text.
fn on_private_note(app: &mut App) -> String {
    let notes = step_of(app, StepKind::Notes);
    let m = app.meeting_mut().unwrap();
    m.session.step = notes;
    let n = m.session.notes.iter().find(|n| n.private).unwrap().clone();
    let i = m
        .items()
        .iter()
        .position(|x| *x == Item::Note(n.id))
        .unwrap();
    m.selected[notes] = i;
    assert_eq!(m.selected_item(), Some(Item::Note(n.id)));
    n.text
}

/// The first eight words of a text, as they would show on screen.
fn start(text: &str) -> String {
    text.split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_teaching_point_is_locked_in_the_practice_and_room_view() {
    // practice view, then room view (two presses of v).
    for presses in [0, 2] {
        for c in [
            Command::Toggle,
            Command::Edit,
            Command::Delete,
            Command::Visibility,
            Command::MoveUp,
            Command::MoveDown,
        ] {
            let mut app = course_app("OEF-2026-02");
            for _ in 0..presses {
                cmd(&mut app, Command::View);
            }
            assert!(!app.facilitator_view);
            let text = on_private_note(&mut app);
            let before = open_session(&app).notes.clone();
            cmd(&mut app, c);
            assert_eq!(open_session(&app).notes, before, "{c:?} changed a point");
            assert!(!app.editing(), "{c:?} opened a form");
            let status = app.status.clone().unwrap_or_default();
            assert!(status.contains("trainer"), "{c:?}: {status}");
            for (w, h) in [(80, 24), (200, 60)] {
                let s = flat(&screen(&app, w, h));
                assert!(!s.contains(&start(&text)), "{c:?} shows the point: {s}");
            }
        }
    }
}

#[test]
fn in_the_facilitator_view_a_private_note_stays_the_trainers_to_change() {
    let mut app = course_app("OEF-2026-02");
    cmd(&mut app, Command::View);
    assert!(app.facilitator_view);
    on_private_note(&mut app);
    let before = open_session(&app).notes.clone();
    cmd(&mut app, Command::Toggle);
    assert_ne!(open_session(&app).notes, before, "Space makes it public");
    cmd(&mut app, Command::Toggle);
    cmd(&mut app, Command::Edit);
    assert!(app.editing(), "Enter opens it");
}

/// The summary of OEF-2026-02 with a fact that holds an opinion word, so
/// the check that teaches asks the group a question.
fn summary_with_a_prompt() -> App {
    let mut app = course_app("OEF-2026-02");
    let summary = step_of(&app, StepKind::Summary);
    let m = app.meeting_mut().unwrap();
    m.session.step = summary;
    let id = m.session.alloc_id();
    m.session.facts.push(top3::model::Fact::new(
        id,
        top3::model::FactKind::Actuele,
        "Rick is gewoon een gevaarlijke man",
    ));
    app
}

/// Everything the summary shows, scrolling down to its end (the status
/// line's "regel 1–15 van 182" stays out of the comparison).
fn all_pages(app: &App, w: u16, h: u16) -> String {
    let mut app = app.clone();
    app.size = Some((w, h));
    let mut seen = Vec::new();
    for _ in 0..120 {
        let page = flat(&screen(&app, w, h));
        if seen.last() == Some(&page) {
            break;
        }
        seen.push(page);
        cmd(&mut app, Command::Down);
    }
    seen.join(" ")
}

#[test]
fn the_practice_view_shows_the_checks_questions_but_the_room_view_does_not() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = summary_with_a_prompt();
        let s = all_pages(&app, w, h);
        assert!(
            s.contains("Vragen voor de groep (geen blokkade)"),
            "{w}x{h}: {s}"
        );
        assert!(s.contains("gewoon"), "the prompt itself: {s}");
        // In training the method's reason shows with it.
        assert!(s.contains("Waarom: "), "{s}");
        // The facilitator view has them too; the room view never.
        cmd(&mut app, Command::View);
        let s = all_pages(&app, w, h);
        assert!(s.contains("Vragen voor de groep"), "{s}");
        cmd(&mut app, Command::View);
        assert!(!app.facilitator_view && !app.practice_view);
        let s = all_pages(&app, w, h);
        assert!(!s.contains("Vragen voor de groep"), "room view: {s}");
    }
}

fn ctrl_c(app: &mut App) {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let ev = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    if let Some(a) = app.action_for(&ev) {
        app.update(a);
    }
}

fn groups_over(app: &mut App, standalone: bool) {
    app.groups = Some(top3::app::groups::GroupsView::new(
        "OEF-2026-02",
        top3::training::compare::Grid::default(),
        standalone,
    ));
}

#[test]
fn q_over_the_meeting_closes_the_groups_the_comparison_and_the_debrief() {
    use crossterm::event::KeyCode;
    type Open = fn(&mut App);
    let overlays: [(&str, Open); 3] = [
        ("groups", |a| groups_over(a, false)),
        ("compare", |a| cmd(a, Command::Compare)),
        ("debrief", |a| cmd(a, Command::Debrief)),
    ];
    for (name, open) in overlays {
        let mut app = course_app("OEF-2026-02");
        app.model = Some(Box::new(open_session(&app).clone()));
        open(&mut app);
        assert!(app.overlay_open(), "{name} opens");
        key(&mut app, KeyCode::Char('q'));
        assert!(!app.quit, "q over the meeting quit from {name}");
        assert!(!app.overlay_open(), "q closes {name}");
        assert!(app.meeting().is_some());
        let s = flat(&screen(&app, 80, 24));
        assert!(s.contains("OEF-2026-02"), "back at the meeting: {s}");
        // Ctrl-c still saves and quits from inside it.
        open(&mut app);
        ctrl_c(&mut app);
        assert!(app.quit, "Ctrl-c quits from {name}");
    }
    // Opened on its own from the command line, q quits as before.
    let mut app = course_app("OEF-2026-02");
    groups_over(&mut app, true);
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

/// Makes the next scripted meeting of a group's copy of OEF-2026-02 with
/// `n`, with the countdown as `set` (minutes) and `left` (seconds).
fn next_meeting_with_countdown(set: u64, left: u64) -> (App, tempfile::TempDir) {
    use std::time::Duration;
    use top3::app::Action;
    let tmp = tempfile::tempdir().unwrap();
    let (mut app, mut host, _) = common::group_a_practice(tmp.path());
    app.set_countdown(set);
    let elapsed = Duration::from_secs(set * 60 - left);
    app.update(Action::Tick(elapsed));
    let effects = app.update(Action::Command(Command::New));
    host.perform(&mut app, effects);
    let date = app.meeting().unwrap().session.date.to_string();
    assert_eq!(date, "2026-12-08", "the next meeting is open");
    (app, tmp)
}

#[test]
fn a_countdown_that_ran_out_does_not_follow_into_the_next_meeting() {
    let (app, _tmp) = next_meeting_with_countdown(5, 0);
    assert_eq!(app.countdown, None);
    for (w, h) in [(80, 24), (200, 60)] {
        let s = flat(&screen(&app, w, h));
        assert!(!s.contains("tijd om"), "{w}x{h}: {s}");
    }
    // A running one goes on: the trainer's time for the exercise.
    let (app, _tmp) = next_meeting_with_countdown(10, 150);
    let s = flat(&screen(&app, 200, 60));
    assert!(s.contains("⏳ nog 2:30"), "{s}");
}

#[test]
fn at_80_columns_the_header_still_says_which_view_is_on() {
    let mut app = course_app("OEF-2026-02");
    app.set_countdown(15);
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = app.clone();
        let header = |a: &App| screen(a, w, h)[0].clone();
        let practice = header(&app);
        assert!(practice.contains("oefen"), "{w}: {practice}");
        assert!(practice.contains("nog 15:00"), "{w}: {practice}");
        assert!(practice.contains("OEF-2026-02"), "{practice}");
        cmd(&mut app, Command::View);
        let facilitator = header(&app);
        assert!(facilitator.contains("begeleider"), "{w}: {facilitator}");
        assert!(!facilitator.contains("oefen"), "{facilitator}");
        cmd(&mut app, Command::View);
        let room = header(&app);
        assert!(
            !room.contains("oefen") && !room.contains("begeleider"),
            "{room}"
        );
        if w >= 200 {
            assert!(practice.contains("oefenweergave"), "{practice}");
            assert!(facilitator.contains("begeleidersweergave"), "{facilitator}");
        }
    }
}

#[test]
fn in_training_the_help_says_v_cycles_three_views() {
    let mut app = course_app("OEF-2026-02");
    let rows = top3::ui::help_rows(&app);
    let (_, v) = rows.iter().find(|(k, _)| k == "v").unwrap();
    assert!(
        v.contains("oefenweergave")
            && v.contains("begeleidersweergave")
            && v.contains("zaalweergave"),
        "{v}"
    );
    assert!(!v.contains("projectie"), "{v}");
    cmd(&mut app, Command::Help);
    let s = flat(&screen(&app, 200, 60));
    assert!(s.contains("zaalweergave"), "{s}");
    // Outside training v still toggles two views, and says so.
    let mut real = meeting_app(0);
    real.training = false;
    let rows = top3::ui::help_rows(&real);
    let (_, v) = rows.iter().find(|(k, _)| k == "v").unwrap();
    assert!(v.contains("projectie"), "{v}");
}

#[test]
fn no_hints_heading_without_a_hint_under_it() {
    for (w, h) in [(80, 24), (120, 35), (200, 60)] {
        let n = course_app("OEF-2026-02")
            .meeting()
            .unwrap()
            .layout
            .steps
            .len();
        for step in 0..n {
            // A long message on the status line leaves the least room.
            let mut app = course_app("OEF-2026-02");
            app.meeting_mut().unwrap().session.step = step;
            app.status = Some("Volgend overleg op 08-12-2026 geschreven: /tmp/een/lange/map/top3-training/groep-A/OEF-2026-02/2026-12-08-training.ron (2 gebeurtenissen als feiten en terugblik).".into());
            for blank in [false, true] {
                if blank {
                    // A step whose only hint has no words (a trainer's own
                    // layout may have one).
                    let m = app.meeting_mut().unwrap();
                    let i = m.session.step;
                    m.layout.steps[i].hints = vec![top3::i18n::Text::new(" ", "")];
                }
                let rows = screen(&app, w, h);
                let hints = app
                    .meeting()
                    .unwrap()
                    .step()
                    .hints
                    .iter()
                    .any(|h| !h.s().trim().is_empty());
                let at = rows
                    .iter()
                    .position(|r| r.contains("Aanwijzingen bij deze stap"));
                if !hints {
                    assert_eq!(at, None, "step {step} {w}x{h}:\n{}", rows.join("\n"));
                    continue;
                }
                // The heading, when it shows, has a hint right under it.
                if let Some(i) = at {
                    let byte = rows[i].find("Aanwijzingen").unwrap();
                    let col = rows[i][..byte].chars().count();
                    let under: String = rows[i + 1].chars().skip(col).take(3).collect();
                    assert!(
                        under.starts_with('•'),
                        "step {step} {w}x{h}:\n{}",
                        rows.join("\n")
                    );
                }
            }
        }
    }
}

#[test]
fn a_read_only_example_leaves_the_editing_keys_out_of_the_footer() {
    let case = find_case(Some("OEF-2026-01")).unwrap();
    let (name, text) = case.files.first().unwrap();
    let session = top3::store::parse_session(text, Path::new(name)).unwrap();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    let base = App::new(
        Screen::Meeting(Box::new(Meeting::new(session, layout, None))),
        KeyMap::default(),
        layouts,
    );
    let n = base.meeting().unwrap().layout.steps.len();
    for (w, h) in [(80, 24), (200, 60)] {
        for step in 0..n {
            let mut app = base.clone();
            app.training = true;
            app.practice_view = true;
            app.meeting_mut().unwrap().session.step = step;
            let footer = |a: &App| screen(a, w, h).last().unwrap().clone();
            let editable = footer(&app);
            app.example = true;
            let shown = footer(&app);
            for word in ["toevoegen", "bewerken", "verwijderen", "ongedaan", "0–9"] {
                assert!(!shown.contains(word), "step {step} {w}x{h}: {shown}");
            }
            // Moving through the steps and quitting stay.
            assert!(
                shown.contains("stap") && shown.contains("stoppen"),
                "{shown}"
            );
            if step == 1 {
                // The same step of a copy to work on does name them: this
                // test can fail.
                assert!(editable.contains("bewerken"), "{editable}");
            }
        }
    }
}
