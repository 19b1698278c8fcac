//! `App::update` driven by key sequences, step by step, asserting on the model.
use crate::common;

use common::*;
use crossterm::event::KeyCode;
use top3::app::{Action, Command, Effect};
use top3::layout::StepKind;
use top3::model::*;

fn goto(app: &mut top3::app::App, kind: StepKind) {
    let i = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == kind)
        .unwrap();
    while app.meeting().unwrap().session.step < i {
        key(app, KeyCode::Right);
    }
    while app.meeting().unwrap().session.step > i {
        key(app, KeyCode::Left);
    }
}

fn ctrl(app: &mut top3::app::App, c: char) {
    let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char(c),
        crossterm::event::KeyModifiers::CONTROL,
    ));
    if let Some(a) = app.action_for(&ev) {
        app.update(a);
    }
}

/// c-fix3: a date that does not exist keeps the form open on its field with
/// the typed text, and the status line says why; corrected, it is taken.
#[test]
fn an_impossible_date_keeps_the_form_open_with_the_text() {
    let mut app = fresh();
    goto(&mut app, StepKind::Facts);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Vader sliep twee nachten thuis");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "31-02-2026");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "moeder");
    // Enter through to the end, and Esc: neither closes it.
    for _ in 0..3 {
        key(&mut app, KeyCode::Enter);
    }
    key(&mut app, KeyCode::Esc);
    assert!(app.editing());
    let form = app.meeting().unwrap().form.as_ref().unwrap();
    assert_eq!(form.focus, 1);
    assert_eq!(form.fields[1].value(), "31-02-2026");
    assert_eq!(form.fields[0].value(), "Vader sliep twee nachten thuis");
    let status = app.status.clone().unwrap_or_default();
    assert!(
        status.contains("'31-02-2026' bestaat niet als datum"),
        "{status}"
    );
    assert!(status.contains("blijft open"), "{status}");
    let rows = screen(&app, 80, 24).join("\n");
    assert!(rows.contains("31-02-2026"), "{rows}");
    // A Tab in between: the next Esc asks again.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Esc);
    assert!(app.editing());
    assert_eq!(app.meeting().unwrap().form.as_ref().unwrap().focus, 1);
    // Corrected, it closes with the date taken.
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "28-02-2026");
    key(&mut app, KeyCode::Esc);
    assert!(!app.editing());
    let f = &open_session(&app).facts[0];
    assert_eq!(
        f.when,
        top3::model::When::Exact(chrono::NaiveDate::from_ymd_opt(2026, 2, 28).unwrap())
    );
    assert_eq!(f.reported_by, "moeder");
    // Esc twice: closed without the date, and said so; nobody is locked in.
    goto(&mut app, StepKind::Facts);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Iets anders");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "30-02-2026");
    key(&mut app, KeyCode::Esc);
    assert!(app.editing());
    key(&mut app, KeyCode::Esc);
    assert!(!app.editing());
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("niet overgenomen"), "{status}");
    let f = open_session(&app).facts.last().unwrap();
    assert_eq!(f.what, "Iets anders");
    assert_eq!(f.when, top3::model::When::Unknown);
}

fn fresh() -> top3::app::App {
    empty_meeting_app("netwerkoverleg-veiligheidsplan")
}

fn add_participant(app: &mut top3::app::App, name: &str, role: &str) {
    goto(app, StepKind::Participants);
    key(app, KeyCode::Char('a'));
    type_text(app, name);
    key(app, KeyCode::Tab);
    type_text(app, role);
    key(app, KeyCode::Esc);
}

#[test]
fn participants_add_toggle_delete_undo_redo() {
    let mut app = fresh();
    add_participant(&mut app, "Tante Els", "tante");
    add_participant(&mut app, "Wijkagent", "politie");
    let s = open_session(&app);
    assert_eq!(s.participants.len(), 2);
    assert_eq!(s.participants[0].name, "Tante Els");
    assert_eq!(s.participants[0].role, "tante");
    // Household is item 0; the second participant is selected after adding.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        open_session(&app).participants[1].attendance,
        Attendance::Absent
    );
    key(&mut app, KeyCode::Delete);
    assert_eq!(open_session(&app).participants.len(), 1);
    assert!(app.status.as_deref().unwrap().contains("Verwijderd"));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(open_session(&app).participants.len(), 2);
    assert_eq!(
        open_session(&app).participants[1].attendance,
        Attendance::Absent
    );
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(
        open_session(&app).participants[1].attendance,
        Attendance::Present
    );
    app.update(Action::Command(Command::Redo));
    assert_eq!(
        open_session(&app).participants[1].attendance,
        Attendance::Absent
    );
}

#[test]
fn a_new_item_left_empty_disappears_without_an_undo_step() {
    let mut app = fresh();
    key(&mut app, KeyCode::Char('a'));
    assert!(app.editing());
    key(&mut app, KeyCode::Esc);
    assert!(!app.editing());
    assert!(open_session(&app).participants.is_empty());
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(
        app.status.as_deref(),
        Some("Er is niets om ongedaan te maken")
    );
}

#[test]
fn escape_keeps_what_was_typed_and_one_undo_removes_the_whole_item() {
    let mut app = fresh();
    add_participant(&mut app, "Opa Jan", "opa");
    assert_eq!(open_session(&app).participants[0].name, "Opa Jan");
    key(&mut app, KeyCode::Char('u'));
    assert!(open_session(&app).participants.is_empty());
}

#[test]
fn typing_is_in_the_model_before_the_form_closes() {
    let mut app = fresh();
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Buurvrouw");
    // Still editing: the session already holds the text (it is saved live).
    assert!(app.editing());
    assert_eq!(open_session(&app).participants[0].name, "Buurvrouw");
    assert!(app.meeting().unwrap().dirty);
}

#[test]
fn paste_goes_into_the_field_and_single_line_fields_get_one_line() {
    let mut app = fresh();
    key(&mut app, KeyCode::Char('a'));
    app.update(Action::Paste("Regel een\nregel twee".into()));
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        open_session(&app).participants[0].name,
        "Regel een regel twee"
    );
}

#[test]
fn facts_are_added_to_the_selected_section_cycled_and_reordered() {
    let mut app = fresh();
    goto(&mut app, StepKind::Facts);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Duw tegen de kast");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "14-06-2019");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "moeder");
    key(&mut app, KeyCode::Esc);
    let f = &open_session(&app).facts[0];
    assert_eq!(f.kind, FactKind::Eerste);
    assert_eq!(
        f.when,
        When::Exact(chrono::NaiveDate::from_ymd_opt(2019, 6, 14).unwrap())
    );
    assert_eq!(f.reported_by, "moeder");
    // A second one in the same section, then change its kind with k.
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Melding VT");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "voorjaar 2021");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        open_session(&app).facts[1].when,
        When::Approx("voorjaar 2021".into())
    );
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(
        open_session(&app).facts[0].what,
        "Melding VT",
        "moved above its neighbour"
    );
    key(&mut app, KeyCode::Char('k'));
    let moved = open_session(&app)
        .facts
        .iter()
        .find(|f| f.what == "Melding VT")
        .unwrap();
    assert_eq!(moved.kind, FactKind::Ergste);
}

#[test]
fn top3_picks_from_facts_ranks_and_refuses_a_fourth() {
    let mut app = meeting_app(0);
    {
        let s = &mut app.meeting_mut().unwrap().session;
        s.top3 = Top3::default();
        s.conditions.clear();
    }
    goto(&mut app, StepKind::Top3);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    let s = open_session(&app);
    assert_eq!(s.top3.len(), 1);
    assert_eq!(s.top3.items()[0].facts, vec![s.facts[0].id]);
    assert_eq!(s.top3.items()[0].text, s.facts[0].what);
    for _ in 0..2 {
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Enter);
    }
    assert_eq!(open_session(&app).top3.len(), 3);
    key(&mut app, KeyCode::Char('a'));
    assert!(!app.editing());
    assert_eq!(
        app.status.as_deref(),
        Some("De TOP 3 is vol: verwijder eerst een punt")
    );
    // The third moves to first place.
    let third = open_session(&app).top3.items()[2].id;
    key(&mut app, KeyCode::Char('-'));
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(open_session(&app).top3.rank(third), Some(1));
}

#[test]
fn scale_scores_by_digit_and_t_and_moves_round_the_table() {
    let mut app = fresh();
    add_participant(&mut app, "A", "moeder");
    add_participant(&mut app, "B", "vader");
    add_participant(&mut app, "C", "oma");
    goto(&mut app, StepKind::Scale);
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Char('0'));
    let s = open_session(&app);
    let scale = s.scale("veiligheid").unwrap();
    let scores: Vec<u8> = s
        .participants
        .iter()
        .map(|p| scale.answer(p.id).unwrap().score.unwrap().value())
        .collect();
    assert_eq!(scores, vec![4, 10, 0]);
    // Reasons through the form.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Er is een netwerk");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Nog ruzie");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Een vaste overdracht");
    key(&mut app, KeyCode::Enter);
    let s = open_session(&app);
    let a = s
        .scale("veiligheid")
        .unwrap()
        .answer(s.participants[0].id)
        .unwrap();
    assert_eq!(
        (
            a.why_not_lower.as_str(),
            a.why_not_higher.as_str(),
            a.one_higher.as_str()
        ),
        ("Er is een netwerk", "Nog ruzie", "Een vaste overdracht")
    );
    // Undo of a score.
    key(&mut app, KeyCode::Char('7'));
    key(&mut app, KeyCode::Char('u'));
    let s = open_session(&app);
    assert_eq!(
        s.scale("veiligheid")
            .unwrap()
            .answer(s.participants[0].id)
            .unwrap()
            .score
            .map(|v| v.value()),
        Some(4)
    );
}

#[test]
fn digits_outside_the_scale_step_do_not_score() {
    let mut app = meeting_app(0);
    let before = open_session(&app).clone();
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(open_session(&app), &before);
}

#[test]
fn conditions_are_added_under_a_situation_and_tied_with_k() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Conditions);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Vader belt alleen via oma");
    key(&mut app, KeyCode::Esc);
    let s = open_session(&app);
    let c = s
        .conditions
        .iter()
        .find(|c| c.text == "Vader belt alleen via oma")
        .unwrap();
    assert_eq!(c.situation, Some(s.top3.items()[0].id));
    let id = c.id;
    key(&mut app, KeyCode::Char('k'));
    let s = open_session(&app);
    assert_eq!(
        s.conditions.iter().find(|c| c.id == id).unwrap().situation,
        Some(s.top3.items()[1].id)
    );
}

#[test]
fn actions_all_six_fields_and_the_date() {
    let mut app = fresh();
    goto(&mut app, StepKind::Actions);
    key(&mut app, KeyCode::Char('a'));
    for (i, text) in [
        "oma",
        "Vangt de overdracht op",
        "05-12-2026",
        "Appt de coördinator",
        "coördinator",
        "Belt 112 bij dreiging",
    ]
    .iter()
    .enumerate()
    {
        if i > 0 {
            key(&mut app, KeyCode::Tab);
        }
        type_text(&mut app, text);
    }
    key(&mut app, KeyCode::Esc);
    let a = &open_session(&app).actions[0];
    assert_eq!(a.who, "oma");
    assert_eq!(a.term.due(), chrono::NaiveDate::from_ymd_opt(2026, 12, 5));
    assert_eq!(a.if_broken, "Belt 112 bij dreiging");
    // A date that is not a date is said, not silently kept or dropped.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "morgen");
    assert!(
        app.meeting()
            .unwrap()
            .form
            .as_ref()
            .unwrap()
            .error
            .as_deref()
            .unwrap()
            .contains("'morgen'")
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.status.as_deref().unwrap().contains("'morgen'"));
    // The unrecognised text is reported and kept exactly as typed.
    assert_eq!(
        open_session(&app).actions[0].term,
        top3::model::Term::Unclear("morgen".into())
    );
}

#[test]
fn review_cycles_status_and_takes_a_note() {
    let mut app = meeting_app(0);
    {
        let s = &mut app.meeting_mut().unwrap().session;
        for r in &mut s.review {
            r.status = None;
        }
    }
    goto(&mut app, StepKind::Review);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        open_session(&app).review[0].status,
        Some(ReviewStatus::Kept)
    );
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        open_session(&app).review[0].status,
        Some(ReviewStatus::Broken)
    );
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Op 3 november toch aan de deur");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        open_session(&app).review[0].note,
        "Op 3 november toch aan de deur"
    );
    // Each kind of item gets its own outcomes: a one-off agreement done /
    // not done / late / dropped, a standing one going well / not kept /
    // stopped; after the last, undecided again.
    let review = open_session(&app).review.clone();
    let mut at = 0;
    for (kind, presses, want) in [
        (ItemKind::Once, 3, Some(ReviewStatus::Late)),
        (ItemKind::Standing, 2, Some(ReviewStatus::NotKept)),
        (ItemKind::Standing, 4, None),
    ] {
        let i = review.iter().position(|r| r.kind() == kind).unwrap();
        while at < i {
            key(&mut app, KeyCode::Down);
            at += 1;
        }
        while at > i {
            key(&mut app, KeyCode::Up);
            at -= 1;
        }
        app.meeting_mut().unwrap().session.review[i].status = None;
        for _ in 0..presses {
            key(&mut app, KeyCode::Char(' '));
        }
        assert_eq!(open_session(&app).review[i].status, want, "{kind:?}");
    }
}

#[test]
fn notes_and_closing() {
    let mut app = fresh();
    goto(&mut app, StepKind::Notes);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Alleen voor mij");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    assert!(open_session(&app).notes[0].private);
    goto(&mut app, StepKind::Closing);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "2026-12-22");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        open_session(&app).next_meeting,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 22)
    );
}

#[test]
fn navigation_stays_within_the_steps_and_is_remembered() {
    let mut app = fresh();
    let n = app.meeting().unwrap().layout.steps.len();
    for _ in 0..n + 5 {
        key(&mut app, KeyCode::PageDown);
    }
    assert_eq!(open_session(&app).step, n - 1);
    for _ in 0..n + 5 {
        key(&mut app, KeyCode::PageUp);
    }
    assert_eq!(open_session(&app).step, 0);
}

#[test]
fn save_and_quit_effects() {
    let mut app = fresh();
    let e = app.update(Action::Command(Command::Save));
    assert_eq!(e, vec![Effect::SaveNow]);
    let e = app.update(Action::Command(Command::Quit));
    assert_eq!(e, vec![Effect::SaveNow, Effect::Quit]);
    assert!(app.quit);
}

#[test]
fn keys_in_a_form_are_text_not_commands() {
    let mut app = fresh();
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "qub?");
    assert!(!app.quit && !app.blank && !app.help);
    key(&mut app, KeyCode::Esc);
    assert_eq!(open_session(&app).participants[0].name, "qub?");
}

#[test]
fn start_screen_new_meeting_form_validates_and_creates() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = top3::app::App::new(
        top3::app::Screen::Start(Box::new(top3::app::StartScreen::new(
            Vec::new(),
            today,
            "x".into(),
        ))),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    key(&mut app, KeyCode::Char('n'));
    assert!(app.editing());
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Jan Jansen");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    match &app.screen {
        top3::app::Screen::Start(s) => assert!(
            s.new_meeting
                .as_ref()
                .unwrap()
                .error
                .as_deref()
                .unwrap()
                .contains("casuscode")
        ),
        _ => panic!(),
    }
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "GV-2026-014");
    let mut effects = Vec::new();
    let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Enter,
        crossterm::event::KeyModifiers::NONE,
    ));
    if let Some(a) = app.action_for(&ev) {
        effects = app.update(a);
    }
    assert_eq!(
        effects,
        vec![Effect::Create {
            layout: "casusoverleg".into(),
            case: "GV-2026-014".into(),
            date: today,
            reopen: None,
        }]
    );
}

#[test]
fn finalize_when_firm_then_a_change_makes_it_a_draft_again() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Summary);
    assert!(
        top3::plan::check(open_session(&app)).is_empty(),
        "the newest training meeting is firm"
    );
    key(&mut app, KeyCode::Char('f'));
    assert!(matches!(
        open_session(&app).plan_status,
        PlanStatus::Vastgesteld {
            override_reason: None,
            ..
        }
    ));
    goto(&mut app, StepKind::Participants);
    // Past the household and the roles to the first participant.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert!(open_session(&app).plan_status.is_concept());
    assert!(app.status.as_deref().unwrap().contains("weer een concept"));
    // Undo brings back the attendance and the fixed plan together.
    key(&mut app, KeyCode::Char('u'));
    assert!(!open_session(&app).plan_status.is_concept());
}

#[test]
fn finalize_with_open_points_needs_a_recorded_reason() {
    let mut app = meeting_app(0);
    app.meeting_mut().unwrap().session.next_meeting = None;
    goto(&mut app, StepKind::Summary);
    key(&mut app, KeyCode::Char('f'));
    assert!(app.editing(), "asks for a reason");
    assert!(app.status.as_deref().unwrap().contains("open punten (1)"));
    key(&mut app, KeyCode::Esc);
    assert!(
        open_session(&app).plan_status.is_concept(),
        "no reason, not fixed"
    );
    key(&mut app, KeyCode::Char('f'));
    type_text(&mut app, "Datum volgt per mail");
    key(&mut app, KeyCode::Enter);
    match &open_session(&app).plan_status {
        PlanStatus::Vastgesteld {
            override_reason: Some(r),
            ..
        } => assert_eq!(r, "Datum volgt per mail"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn export_key_only_on_the_summary() {
    let mut app = meeting_app(0);
    assert!(app.update(Action::Command(Command::Export)).is_empty());
    goto(&mut app, StepKind::Summary);
    assert_eq!(
        app.update(Action::Command(Command::Export)),
        vec![Effect::SaveNow, Effect::ExportPlan]
    );
}

#[test]
fn privacy_setting_cycles_on_the_participants_step() {
    let mut app = meeting_app(0);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(open_session(&app).wall_names, WallNames::Roles);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(open_session(&app).wall_names, WallNames::Initials);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(open_session(&app).wall_names, WallNames::Roles);
}

#[test]
fn the_export_effect_writes_the_plan_beside_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let src = training_sessions().pop().unwrap();
    let path = dir
        .path()
        .join("TR-2026-001")
        .join(src.file_name().unwrap());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(&src, &path).unwrap();
    let mut app = meeting_app(0);
    let mut host = top3::effects::Host::new(dir.path().to_path_buf());
    host.open(&mut app, &path).unwrap();
    goto(&mut app, StepKind::Summary);
    let effects = app.update(Action::Command(Command::Export));
    host.perform(&mut app, effects);
    let status = app.status.clone().unwrap();
    assert!(
        status.contains("2026-10-27-veiligheidsplan.docx"),
        "{status}"
    );
    // Which copy this is comes first: it has the names.
    assert!(
        status.starts_with("Niet geanonimiseerd (bevat namen) · "),
        "{status}"
    );
    assert!(
        !status.contains(&dir.path().display().to_string()),
        "no folders on the wall: {status}"
    );
    for ext in ["docx", "html", "md"] {
        assert!(
            path.with_file_name(format!("2026-10-27-veiligheidsplan.{ext}"))
                .exists(),
            "{ext}"
        );
    }
}

#[test]
fn p_on_the_notes_step_adds_a_note_that_is_private_from_the_first_key() {
    let mut app = fresh();
    goto(&mut app, StepKind::Notes);
    key(&mut app, KeyCode::Char('p'));
    assert!(app.editing());
    type_text(&mut app, "G");
    // Already private while the first letter is typed (and saved).
    let n = &open_session(&app).notes[0];
    assert!(n.private && n.text == "G");
    type_text(&mut app, "eheim adres");
    key(&mut app, KeyCode::Esc);
    assert!(open_session(&app).notes[0].private);
}

#[test]
fn nothing_changes_while_the_window_is_too_small() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Scale);
    let before = open_session(&app).clone();
    app.update(Action::Resize(60, 15));
    for code in [
        KeyCode::Char('9'),
        KeyCode::Delete,
        KeyCode::Char('a'),
        KeyCode::Right,
        KeyCode::Char('u'),
    ] {
        key(&mut app, code);
    }
    assert_eq!(open_session(&app), &before);
    assert!(!app.editing());
    app.update(Action::Resize(80, 24));
    key(&mut app, KeyCode::Char('9'));
    assert_ne!(open_session(&app), &before);
    // Quitting still works (and saves) when it is too small.
    app.update(Action::Resize(20, 5));
    assert_eq!(
        app.update(Action::Command(Command::Quit)),
        vec![Effect::SaveNow, Effect::Quit]
    );
}

#[test]
fn a_date_with_a_short_year_is_not_taken_for_the_first_century() {
    let mut app = fresh();
    goto(&mut app, StepKind::Actions);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "15-12-20");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        open_session(&app).actions[0].term,
        top3::model::Term::Unclear("15-12-20".into())
    );
    assert!(app.status.as_deref().unwrap().contains("'15-12-20'"));
    goto(&mut app, StepKind::Facts);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Iets");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "31-02-2026");
    key(&mut app, KeyCode::Esc);
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .contains("bestaat niet als datum"),
        "{:?}",
        app.status
    );
}

#[test]
fn a_three_thousand_character_field_is_kept_and_drawn() {
    let mut app = fresh();
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, &"abcdefghij".repeat(300));
    let rows = screen(&app, 200, 60);
    assert!(rows.join("").contains("abcdefghij"));
    assert_eq!(open_session(&app).participants[0].name.len(), 3000);
}

#[test]
fn reading_an_old_meeting_never_rewrites_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let src = training_sessions()[0].clone();
    let path = dir
        .path()
        .join("TR-2026-001")
        .join(src.file_name().unwrap());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(&src, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut app = meeting_app(0);
    let mut host = top3::effects::Host::new(dir.path().to_path_buf());
    host.open(&mut app, &path).unwrap();
    for _ in 0..5 {
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Down);
    }
    for _ in 0..1200 {
        app.update(Action::Tick(std::time::Duration::from_millis(100)));
    }
    let effects = app.update(Action::Command(Command::Quit));
    host.perform(&mut app, effects);
    drop(host);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file was rewritten"
    );
    assert!(!top3::store::backup_path(&path).exists());
}

#[test]
fn esc_cancels_finalise_anyway_even_with_a_reason_typed() {
    let mut app = meeting_app(0);
    app.meeting_mut().unwrap().session.next_meeting = None;
    goto(&mut app, StepKind::Summary);
    key(&mut app, KeyCode::Char('f'));
    type_text(&mut app, "toch maar");
    key(&mut app, KeyCode::Esc);
    assert!(open_session(&app).plan_status.is_concept());
    assert!(!app.editing());
}

#[test]
fn ctrl_c_in_a_form_keeps_the_text_saves_and_quits() {
    let mut app = fresh();
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Buurman");
    let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('c'),
        crossterm::event::KeyModifiers::CONTROL,
    ));
    let effects = app.action_for(&ev).map(|a| app.update(a)).unwrap();
    assert_eq!(effects, vec![Effect::SaveNow, Effect::Quit]);
    assert!(app.quit);
    assert_eq!(open_session(&app).participants[0].name, "Buurman");
}

#[test]
fn enter_starts_a_new_meeting_from_the_first_field() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let entries = vec![top3::app::StartEntry {
        case: "TR-2026-001".into(),
        path: "sessions/TR-2026-001/2026-10-27-netwerkoverleg-veiligheidsplan.ron".into(),
        date: None,
        kind: None,
        phase: None,
        problem: None,
        closed: None,
    }];
    let mut app = top3::app::App::new(
        top3::app::Screen::Start(Box::new(top3::app::StartScreen::new(
            entries,
            today,
            "x".into(),
        ))),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    key(&mut app, KeyCode::Char('n'));
    let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Enter,
        crossterm::event::KeyModifiers::NONE,
    ));
    let effects = app.action_for(&ev).map(|a| app.update(a)).unwrap();
    assert_eq!(
        effects,
        vec![Effect::Create {
            layout: "netwerkoverleg-veiligheidsplan".into(),
            case: "TR-2026-001".into(),
            date: today,
            reopen: None,
        }]
    );
}

#[test]
fn names_to_hide_are_edited_on_the_household_and_saved() {
    let mut app = fresh();
    goto(&mut app, StepKind::Participants);
    // The household is the first item.
    key(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "Eddy, basisschool De Linde ,, ");
    key(&mut app, KeyCode::Esc);
    let s = open_session(&app).clone();
    assert_eq!(s.case.hidden_names, ["Eddy", "basisschool De Linde"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    top3::store::save_session(&path, &s).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("hidden_names"), "{text}");
    assert_eq!(top3::store::load_session(&path).unwrap(), s);
    // Undo takes the whole form back.
    key(&mut app, KeyCode::Char('u'));
    assert!(open_session(&app).case.hidden_names.is_empty());
}

/// h-course2: "31-02-2026" is refused as a date in every field that takes
/// one: taken neither as a date nor as text.
#[test]
fn an_impossible_date_is_refused_in_facts_and_agreements() {
    let mut app = fresh();
    goto(&mut app, StepKind::Facts);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Iets");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "31-02-2026");
    key(&mut app, KeyCode::Esc);
    let status = app.status.clone().unwrap_or_default();
    assert!(
        status.contains("'31-02-2026' bestaat niet als datum"),
        "{status}"
    );
    assert_eq!(open_session(&app).facts[0].when, top3::model::When::Unknown);
    // c-fix3: the form stays open on the date; emptied, it closes.
    assert!(app.editing());
    ctrl(&mut app, 'u');
    key(&mut app, KeyCode::Esc);
    assert!(!app.editing());
    goto(&mut app, StepKind::Actions);
    for typed in ["31-02-2026", "voor 31-02-2026", "tot 2026-02-31"] {
        key(&mut app, KeyCode::Char('a'));
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        type_text(&mut app, typed);
        key(&mut app, KeyCode::Esc);
        let status = app.status.clone().unwrap_or_default();
        assert!(
            status.contains("bestaat niet als datum"),
            "{typed}: {status}"
        );
        let a = open_session(&app).actions.last().unwrap();
        assert_eq!(a.term, top3::model::Term::Once { due: None }, "{typed}");
        assert!(app.editing(), "{typed}");
        ctrl(&mut app, 'u');
        key(&mut app, KeyCode::Esc);
        assert!(!app.editing(), "{typed}");
    }
}
