//! Random key sequences and resize storms: no panic, no inconsistent model,
//! and nothing lost: every change can be undone back to the start.
use crate::common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use top3::app::{Action, Command};

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Resize(u16, u16),
}

fn step() -> impl Strategy<Value = Step> {
    let code = prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        proptest::sample::select(vec![
            'a', 'u', 'k', ' ', '+', '-', '4', '7', 't', 'e', 'v', 'b', '?', 'q', 'n'
        ])
        .prop_map(KeyCode::Char),
        proptest::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Delete,
            KeyCode::Backspace,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::F(1),
        ]),
    ];
    let mods = proptest::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
    ]);
    prop_oneof![
        8 => (code, mods).prop_map(|(c, m)| Step::Key(c, m)),
        1 => "\\PC{0,200}".prop_map(Step::Paste),
        1 => (0u16..260, 0u16..90).prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_keys_never_panic_or_lose_anything(steps in proptest::collection::vec(step(), 1..150)) {
        let mut app = meeting_app(0);
        let original = open_session(&app).clone();
        let (mut w, mut h) = (120u16, 35u16);
        for s in steps {
            let ev = match s {
                Step::Key(c, m) => Event::Key(KeyEvent::new(c, m)),
                Step::Paste(t) => Event::Paste(t),
                Step::Resize(nw, nh) => {
                    w = nw;
                    h = nh;
                    Event::Resize(nw, nh)
                }
            };
            if let Some(a) = app.action_for(&ev) {
                app.update(a);
            }
            // Quitting ends nothing here: the model must stay usable.
            app.quit = false;
            if app.meeting().is_none() {
                break;
            }
            let rows = screen(&app, w, h);
            prop_assert_eq!(rows.len(), h as usize);
            prop_assert!(open_session(&app).inconsistencies().is_empty(), "{:?}", open_session(&app).inconsistencies());
        }
        // Back to a usable window, leave any form, then undo everything:
        // back to where we started.
        app.update(Action::Resize(120, 35));
        app.blank = false;
        app.help = false;
        app.update(Action::Command(Command::Escape));
        app.update(Action::Input(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE).into()));
        prop_assert!(!app.editing());
        for _ in 0..400 {
            app.update(Action::Command(Command::Undo));
        }
        let mut back = open_session(&app).clone();
        back.step = original.step;
        prop_assert_eq!(back, original);
        // And whatever is there survives save and load.
        let s = open_session(&app);
        let text = top3::store::session_to_ron(s);
        let loaded = top3::store::parse_session(&text, std::path::Path::new("x.ron")).unwrap();
        prop_assert_eq!(&loaded, s);
    }
}
