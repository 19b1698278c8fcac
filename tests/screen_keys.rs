//! The in-program fixes of issue 14: settings of the wall are not the plan,
//! the summary stops at its end, the footer says what Enter does, forms have
//! help, undo shows what came back, a yes/no field is a choice.
use crate::common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use top3::app::{Action, App, Command, Item};
use top3::layout::StepKind;
use top3::model::*;

fn goto(app: &mut App, kind: StepKind) {
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

fn key_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let ev = crossterm::event::Event::Key(KeyEvent::new(code, mods));
    if let Some(a) = app.action_for(&ev) {
        app.update(a);
    }
}

fn text(app: &App, w: u16, h: u16) -> String {
    screen(app, w, h).join("\n")
}

#[test]
fn names_or_roles_on_the_wall_keep_the_plan_vastgesteld() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Summary);
    key(&mut app, KeyCode::Char('f'));
    assert!(!open_session(&app).plan_status.is_concept(), "vastgesteld");
    goto(&mut app, StepKind::Participants);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(open_session(&app).wall_names, WallNames::Roles);
    assert!(
        !open_session(&app).plan_status.is_concept(),
        "p is a setting of the wall, not a change of the plan"
    );
    assert!(
        !app.status.as_deref().unwrap_or("").contains("concept"),
        "{:?}",
        app.status
    );
    // It is still saved, and can be undone.
    assert!(app.meeting().unwrap().dirty);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(open_session(&app).wall_names, WallNames::Names);
    assert!(!open_session(&app).plan_status.is_concept());
    // A real change still makes it a concept again (the first participant,
    // past the household and the roles).
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert!(open_session(&app).plan_status.is_concept());
}

#[test]
fn the_summary_stops_scrolling_at_its_end() {
    let mut app = meeting_app(0);
    app.update(Action::Resize(80, 24));
    goto(&mut app, StepKind::Summary);
    let page = |app: &App| {
        screen(app, 80, 24)
            .into_iter()
            .find(|r| r.contains("regel "))
            .unwrap()
    };
    for _ in 0..50 {
        key(&mut app, KeyCode::Down);
    }
    let last = page(&app);
    // "regel a–b van n": b is n at the end.
    let nums: Vec<u32> = last
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    assert_eq!(nums[1], nums[2], "at the end: {last}");
    key(&mut app, KeyCode::Down);
    assert_eq!(page(&app), last, "no further");
    // One ↑ moves back at once.
    key(&mut app, KeyCode::Up);
    assert_ne!(page(&app), last, "↑ after the end moves up");
    for _ in 0..10 {
        key(&mut app, KeyCode::Up);
    }
    let back: Vec<u32> = page(&app)
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    assert_eq!(back[0] + 33, nums[0], "11 × 3 lines back");
}

#[test]
fn on_the_facts_to_choose_from_the_footer_says_enter_adds_to_the_top3() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Top3);
    let footer = |app: &App| screen(app, 80, 24)[23].clone();
    assert!(footer(&app).contains("Enter bewerken"), "{}", footer(&app));
    // Make room in the TOP 3, then pick from the facts.
    key(&mut app, KeyCode::Delete);
    key(&mut app, KeyCode::Tab);
    let f = footer(&app);
    assert!(f.contains("Enter aan de TOP 3 toevoegen"), "{f}");
    assert!(!f.contains("bewerken"), "{f}");
    let before = open_session(&app).top3.len();
    key(&mut app, KeyCode::Enter);
    assert_eq!(open_session(&app).top3.len(), before + 1, "Enter adds");
    assert!(!app.editing(), "and opens no form");
}

#[test]
fn f1_in_a_form_shows_the_form_keys_and_question_marks_stay_text() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Actions);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Wie?");
    let m = app.meeting().unwrap();
    let id = match m.editing {
        Some(Item::Action(id)) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        open_session(&app)
            .actions
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .who,
        "Wie?"
    );
    assert!(!app.help, "? is text in a form");
    let footer = screen(&app, 80, 24)[23].clone();
    assert!(footer.contains("F1 toetsen"), "{footer}");
    key(&mut app, KeyCode::F(1));
    assert!(app.help);
    assert!(app.editing(), "the form stays open under the help");
    let t = text(&app, 100, 40);
    for needle in [
        "Toetsen in het formulier",
        "Alt-Enter",
        "nieuwe regel",
        "Ctrl-K",
        "wissen tot het eind van de regel",
        "Tab",
        "dd-mm-jjjj",
        "jjjj-mm-dd",
        "Ctrl-c",
    ] {
        assert!(t.contains(needle), "{needle} not in the form help:\n{t}");
    }
    // At 80×24 the whole list can be read, scrolling with ↓.
    let mut seen = String::new();
    for _ in 0..30 {
        seen.push_str(&text(&app, 80, 24));
        key(&mut app, KeyCode::Down);
    }
    assert!(seen.contains("Ctrl-c"), "{seen}");
    assert!(!seen.contains('…'));
    // Any other key closes the help and is not typed.
    key(&mut app, KeyCode::Esc);
    assert!(!app.help);
    assert!(app.editing());
    type_text(&mut app, "x");
    let who = &open_session(&app)
        .actions
        .iter()
        .find(|a| a.id == id)
        .unwrap()
        .who;
    assert_eq!(who, "Wie?x");
}

#[test]
fn the_form_help_follows_the_form_key_table() {
    use top3::app::keymap::{FORM_KEYS, FormCommand};
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Participants);
    key(&mut app, KeyCode::Enter); // the household form: has a yes/no field
    key(&mut app, KeyCode::F(1));
    let t = text(&app, 120, 50);
    for (c, keys) in FORM_KEYS {
        for k in keys {
            let label = top3::app::Key::parse(k).unwrap().label();
            assert!(t.contains(&label), "{c:?} {label} missing:\n{t}");
        }
    }
    assert!(t.contains(FormCommand::Switch.help()));
}

#[test]
fn the_help_outside_a_form_names_the_form_help_key() {
    let mut app = meeting_app(0);
    key(&mut app, KeyCode::Char('?'));
    let t = text(&app, 120, 50);
    assert!(t.contains("F1"), "{t}");
    assert!(t.contains("de toetsen van het formulier"), "{t}");
}

#[test]
fn after_undo_the_restored_item_is_selected() {
    let mut app = meeting_app(0);
    // Delete the fourth participant, go to the top, undo.
    for _ in 0..4 {
        key(&mut app, KeyCode::Down);
    }
    let gone = app.meeting().unwrap().selected_item().unwrap();
    key(&mut app, KeyCode::Delete);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    assert_ne!(app.meeting().unwrap().selected_item(), Some(gone));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(app.meeting().unwrap().selected_item(), Some(gone));
    // Redo selects where the change is too: the list closes up there.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key_mod(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert!(
        !open_session(&app)
            .participants
            .iter()
            .any(|p| Item::Participant(p.id) == gone)
    );
    assert_eq!(app.meeting().unwrap().selected_index(), 4);
    // An edit that is undone: the edited item is selected.
    goto(&mut app, StepKind::Facts);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    let edited = app.meeting().unwrap().selected_item().unwrap();
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, " en meer");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(app.meeting().unwrap().selected_item(), Some(edited));
}

#[test]
fn a_wrapped_review_note_has_the_arrow_on_its_first_line_only() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Review);
    let note = "School ziet Finn beter slapen en meldt dat hij weer meedoet met gym, \
                zwemles en de voorleesochtend; de intern begeleider houdt het bij.";
    app.meeting_mut().unwrap().session.review[0].note = note.into();
    let rows = screen(&app, 80, 24);
    let first = rows.iter().position(|r| r.contains("↳ School")).unwrap();
    assert!(
        rows[first + 1].contains("meldt") || rows[first + 1].contains("zwemles"),
        "the note wraps:\n{}",
        rows.join("\n")
    );
    assert!(!rows[first + 1].contains('↳'), "{}", rows.join("\n"));
}

#[test]
fn minor_children_is_a_yes_no_choice_not_free_text() {
    let mut app = meeting_app(0);
    assert!(open_session(&app).case.minor_children);
    key(&mut app, KeyCode::Enter); // the household
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let t = text(&app, 80, 24);
    assert!(t.contains("[x] ja") && t.contains("[ ] nee"), "{t}");
    let footer = screen(&app, 80, 24)[23].clone();
    assert!(footer.contains("ja/nee"), "{footer}");
    // Free text is not taken; space switches; n and j choose.
    type_text(&mut app, "misschie");
    assert!(open_session(&app).case.minor_children);
    assert!(
        app.status.is_none()
            && app
                .meeting()
                .unwrap()
                .form
                .as_ref()
                .unwrap()
                .error
                .is_none()
    );
    type_text(&mut app, " ");
    assert!(!open_session(&app).case.minor_children);
    let t = text(&app, 80, 24);
    assert!(t.contains("[ ] ja") && t.contains("[x] nee"), "{t}");
    type_text(&mut app, "j");
    assert!(open_session(&app).case.minor_children);
    key(&mut app, KeyCode::Left);
    assert!(!open_session(&app).case.minor_children);
    // Pasted words: only a plain ja or nee is taken.
    app.update(Action::Paste("ja".into()));
    assert!(open_session(&app).case.minor_children);
    app.update(Action::Paste("weet niet".into()));
    assert!(open_session(&app).case.minor_children);
    key(&mut app, KeyCode::Esc);
    assert!(!app.editing());
    // On the other fields, j and n and space are text as ever.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, " jn");
    assert!(open_session(&app).case.municipality.ends_with(" jn"));
}

#[test]
fn english_yes_no_field() {
    top3::i18n::set_lang(top3::i18n::Lang::En);
    let mut app = meeting_app(0);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let t = text(&app, 80, 24);
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    assert!(t.contains("[x] yes") && t.contains("[ ] no"), "{t}");
}

#[test]
fn a_command_in_the_form_help_does_not_leak_into_the_form() {
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Notes);
    key(&mut app, KeyCode::Enter);
    let before = open_session(&app).notes[0].text.clone();
    app.update(Action::Command(Command::Help));
    assert!(app.help);
    key(&mut app, KeyCode::Char('a'));
    assert!(!app.help);
    assert_eq!(open_session(&app).notes[0].text, before);
}

#[test]
fn plain_mode_lists_the_form_keys_too() {
    let mut app = meeting_app(0);
    app.plain = true;
    goto(&mut app, StepKind::Notes);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(1));
    let t = text(&app, 80, 24);
    assert!(t.contains("Alt-Enter") && t.contains("Ctrl-K"), "{t}");
}
