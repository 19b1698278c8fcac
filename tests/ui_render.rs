//! Every step kind rendered into a buffer at 80×24 and 200×60, with
//! assertions on what is on screen.
use crate::common;

use common::*;
use top3::app::Command;
use top3::layout::StepKind;
use top3::model::{Attendance, Id};

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn step_of(kind: StepKind) -> usize {
    let app = meeting_app(0);
    app.meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == kind)
        .unwrap()
}

fn joined(rows: &[String]) -> String {
    rows.join("\n")
}

fn assert_on_screen(rows: &[String], needle: &str) {
    assert!(
        joined(rows).contains(needle),
        "{needle:?} not on screen:\n{}",
        joined(rows)
    );
}

#[test]
fn every_step_shows_its_title_question_progress_and_footer() {
    let app = meeting_app(0);
    let steps = app.meeting().unwrap().layout.steps.clone();
    for (i, step) in steps.iter().enumerate() {
        for (w, h) in SIZES {
            let rows = screen(&meeting_app(i), w, h);
            assert!(
                rows[0].contains("TR-2026-001"),
                "header at {w}x{h}: {}",
                rows[0]
            );
            assert!(rows[0].contains("TOP-3 netwerkoverleg"));
            if h < 40 {
                assert_on_screen(&rows, step.title.nl.as_str());
            }
            let question_start: String = step.question.nl.chars().take(20).collect();
            assert_on_screen(&rows, &question_start);
            let progress = &rows[h as usize - 2];
            assert!(
                progress.contains(&format!("[{}", i + 1)),
                "progress at {w}x{h}: {progress}"
            );
            let footer = &rows[h as usize - 1];
            assert!(
                footer.contains("←/→ stap") && footer.contains("? hulp"),
                "footer: {footer}"
            );
        }
    }
}

#[test]
fn big_title_only_when_there_is_room() {
    let facts = step_of(StepKind::Facts);
    let big = screen(&meeting_app(facts), 200, 60);
    assert!(
        big.iter().any(|r| r.contains('▀') || r.contains('▄')),
        "big text expected"
    );
    let small = screen(&meeting_app(facts), 80, 24);
    assert!(!small.iter().any(|r| r.contains('▀')));
    assert!(small[2].contains("De feiten"));
}

#[test]
fn participants_show_attendance_in_words_and_glyphs() {
    for (w, h) in SIZES {
        let rows = screen(&meeting_app(0), w, h);
        assert_on_screen(&rows, "Mirjam");
        assert_on_screen(&rows, "✓ aanwezig");
        assert_on_screen(&rows, "✗ afwezig");
        assert_on_screen(&rows, "7 van 8 aanwezig");
        assert_on_screen(&rows, "▶ Huishouden");
    }
}

#[test]
fn facts_side_by_side_when_wide_and_in_sections_when_narrow() {
    let i = step_of(StepKind::Facts);
    let wide = screen(&meeting_app(i), 200, 60);
    let heading_row = wide.iter().find(|r| r.contains("Eerste feiten")).unwrap();
    assert!(
        heading_row.contains("Ergste feiten") && heading_row.contains("Actuele feiten"),
        "{heading_row}"
    );
    let narrow = screen(&meeting_app(i), 80, 24);
    assert!(
        !narrow
            .iter()
            .any(|r| r.contains("Eerste feiten") && r.contains("Ergste feiten"))
    );
    assert_on_screen(&narrow, "14-06-2019");
}

#[test]
fn top3_shows_ranked_situations_and_the_facts_to_pick_from() {
    let i = step_of(StepKind::Top3);
    for (w, h) in SIZES {
        let rows = screen(&meeting_app(i), w, h);
        assert_on_screen(&rows, "1. Ruzie en geweld");
        assert_on_screen(&rows, "2. Dreiging");
        assert_on_screen(&rows, "Kies uit de feiten");
    }
}

#[test]
fn scale_shows_bars_numbers_words_threshold_and_statistics() {
    let i = step_of(StepKind::Scale);
    for (w, h) in SIZES {
        let rows = screen(&meeting_app(i), w, h);
        let text = joined(&rows);
        let mirjam = rows.iter().find(|r| r.contains("Mirjam")).unwrap();
        assert!(
            mirjam.contains('█') && mirjam.contains(" 6 ") && mirjam.contains("6 of hoger"),
            "{mirjam}"
        );
        let de_wit = rows.iter().find(|r| r.contains("J. de Wit")).unwrap();
        assert!(
            de_wit.contains("onder de 6") && de_wit.contains('┃'),
            "{de_wit}"
        );
        assert!(text.contains("Laagste 5"), "{text}");
        assert!(text.contains("mediaan 6"));
        assert!(text.contains("hoogste 7"));
        assert!(text.contains("Waarom niet lager?"));
        // The axis marks 0 and 10.
        assert!(
            rows.iter()
                .any(|r| r.contains(" 0 ") && r.trim_end().ends_with("10"))
        );
    }
}

#[test]
fn scale_without_anyone_present_says_so() {
    let mut app = empty_meeting_app("casusoverleg");
    let i = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == StepKind::Scale)
        .unwrap();
    app.meeting_mut().unwrap().session.step = i;
    assert_on_screen(&screen(&app, 80, 24), "Er is niemand aanwezig");
}

#[test]
fn conditions_are_grouped_under_their_situation() {
    let i = step_of(StepKind::Conditions);
    for (w, h) in SIZES {
        let rows = screen(&meeting_app(i), w, h);
        let text = joined(&rows);
        let sit = text.find("1. Ruzie en geweld").unwrap();
        let cond = text.find("overgedragen bij oma").unwrap();
        let sit2 = text.find("2. Dreiging").unwrap();
        assert!(sit < cond && cond < sit2, "{text}");
    }
}

#[test]
fn actions_table_when_wide_cards_when_narrow_and_missing_fields_marked() {
    let i = step_of(StepKind::Actions);
    let mut app = meeting_app(i);
    cmd(&mut app, Command::Add);
    type_text(&mut app, "oma");
    cmd(&mut app, Command::Escape);
    let wide = screen(&app, 200, 60);
    let header = wide
        .iter()
        .find(|r| r.contains("Wie") && r.contains("Bewaakt door"))
        .unwrap();
    assert!(header.contains("Als het niet wordt nagekomen"), "{header}");
    let narrow = screen(&app, 80, 24);
    assert_on_screen(&narrow, "Wie: oma");
    assert_on_screen(&narrow, "Wanneer: ⚠ ontbreekt");
}

#[test]
fn review_marks_outcomes_with_words_and_glyphs() {
    let i = step_of(StepKind::Review);
    for (w, h) in SIZES {
        let rows = screen(&meeting_app(i), w, h);
        assert_on_screen(&rows, "[✓ nageleefd] Voorwaarde:");
        assert_on_screen(&rows, "[✓ nagekomen] Afspraak:");
        assert_on_screen(&rows, "29-09-2026");
    }
}

#[test]
fn review_of_a_first_meeting_is_a_plain_sentence() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    app.meeting_mut().unwrap().session.step = 1;
    assert_on_screen(
        &screen(&app, 80, 24),
        "Dit is het eerste overleg van deze casus",
    );
}

#[test]
fn a_private_note_never_shows_on_the_wall_view() {
    let i = step_of(StepKind::Notes);
    let mut app = meeting_app(i);
    {
        let s = &mut app.meeting_mut().unwrap().session;
        let id = s.alloc_id();
        s.notes.push(top3::model::Note {
            id,
            text: "GEHEIM-ADRES-XYZ".into(),
            private: true,
            visibility: Default::default(),
        });
    }
    for (w, h) in SIZES {
        let rows = screen(&app, w, h);
        assert!(!joined(&rows).contains("GEHEIM-ADRES-XYZ"));
        assert_on_screen(&rows, "privé-aantekening (niet zichtbaar in de projectie)");
    }
    // Nor in the summary read to the room.
    let summary = step_of(StepKind::Summary);
    app.meeting_mut().unwrap().session.step = summary;
    for _ in 0..40 {
        assert!(!joined(&screen(&app, 200, 60)).contains("GEHEIM-ADRES-XYZ"));
        cmd(&mut app, Command::Down);
    }
    // The facilitator view shows it.
    app.meeting_mut().unwrap().session.step = i;
    cmd(&mut app, Command::View);
    assert_on_screen(&screen(&app, 200, 60), "GEHEIM-ADRES-XYZ");
}

#[test]
fn hints_only_in_the_facilitator_view() {
    let i = step_of(StepKind::Scale);
    let mut app = meeting_app(i);
    assert!(!joined(&screen(&app, 200, 60)).contains("Voor wie het overleg leidt"));
    cmd(&mut app, Command::View);
    let rows = screen(&app, 200, 60);
    assert_on_screen(&rows, "Voor wie het overleg leidt");
    assert_on_screen(&rows, "minimaal een 6");
}

#[test]
fn closing_and_summary() {
    let i = step_of(StepKind::Closing);
    let rows = screen(&meeting_app(i), 80, 24);
    assert_on_screen(&rows, "Volgend overleg: 24-11-2026");
    assert_on_screen(&rows, "Coördinator: R. Bakker");
    let s = step_of(StepKind::Summary);
    let mut app = meeting_app(s);
    let rows = screen(&app, 200, 60);
    assert_on_screen(&rows, "TOP 3 Veiligheidsplan — TR-2026-001");
    assert_on_screen(&rows, "Deelnemers");
    // Paged: the agreements come into view by scrolling.
    let small = screen(&app, 80, 24);
    assert_on_screen(&small, "regel 1–");
    for _ in 0..30 {
        cmd(&mut app, Command::Down);
    }
    assert!(
        joined(&screen(&app, 80, 24)).contains("Afspraken")
            || joined(&screen(&app, 80, 24)).contains("Wie belt wie")
            || joined(&screen(&app, 80, 24)).contains("Proactief scenario")
            || joined(&screen(&app, 80, 24)).contains("Volgend overleg")
    );
}

#[test]
fn too_small_terminal_asks_for_a_larger_window() {
    let app = meeting_app(0);
    for (w, h) in [(79, 24), (80, 23), (20, 5), (1, 1), (0, 0)] {
        let rows = screen(&app, w, h);
        if w >= 30 && h >= 3 {
            assert!(joined(&rows).contains("Maak het venster groter"), "{w}x{h}");
        }
    }
}

#[test]
fn blank_shows_nothing_and_help_lists_the_keymap() {
    let mut app = meeting_app(0);
    cmd(&mut app, Command::Blank);
    assert!(screen(&app, 80, 24).iter().all(|r| r.trim().is_empty()));
    key(&mut app, crossterm::event::KeyCode::Char('x'));
    assert!(!app.blank);
    cmd(&mut app, Command::Help);
    // At 80×24 the list is longer than the screen: scrolling shows all of it.
    let mut seen = String::new();
    for _ in 0..40 {
        let rows = screen(&app, 80, 24);
        assert!(joined(&rows).contains("bladeren"), "says it scrolls");
        seen.push_str(&joined(&rows));
        cmd(&mut app, Command::Down);
    }
    assert!(app.help, "scrolling keeps the help open");
    let flat = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    for c in Command::ALL {
        let first_words: String = c
            .help()
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(&first_words), "help lacks {c:?}");
    }
    assert!(seen.contains("Ctrl-s"));
    key(&mut app, crossterm::event::KeyCode::Char('x'));
    assert!(!app.help, "any other key closes it");
}

#[test]
fn help_follows_a_remapped_key() {
    let mut o = top3::app::KeyOverrides::new();
    o.insert(Command::Blank, vec!["F9".into()]);
    let mut app = meeting_app(0);
    app.keymap = top3::app::KeyMap::with_overrides(&o).unwrap();
    cmd(&mut app, Command::Help);
    let text = joined(&screen(&app, 100, 40));
    let line = text
        .lines()
        .find(|l| l.contains("scherm op zwart"))
        .unwrap();
    assert!(line.contains("F9"), "{line}");
    assert!(!app.keymap.label(Command::Blank).contains('b'));
}

#[test]
fn english_screen_with_lang_en() {
    top3::i18n::set_lang(top3::i18n::Lang::En);
    let rows = screen(&meeting_app(0), 80, 24);
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    assert_on_screen(&rows, "Who is here?");
    assert_on_screen(&rows, "present");
}

#[test]
fn wide_characters_never_overflow_a_row() {
    let mut app = meeting_app(0);
    {
        let s = &mut app.meeting_mut().unwrap().session;
        s.participants[0].name = "中文名字🙂👨‍👩‍👧 Ünïcödé".repeat(8);
        s.facts[0].what = "漢字かなカナ🙂 ".repeat(200);
    }
    for step in 0..10 {
        app.meeting_mut().unwrap().session.step = step;
        for (w, h) in SIZES {
            // Rendering must not panic and rows stay exactly the width.
            let rows = screen(&app, w, h);
            assert_eq!(rows.len(), h as usize);
        }
    }
}

#[test]
fn start_screen_lists_the_training_case_newest_first() {
    let dir = common::repo().join("sessions");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let start = top3::effects::start_screen(&dir, today, &Default::default());
    let app = top3::app::App::new(
        top3::app::Screen::Start(Box::new(start)),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    for (w, h) in SIZES {
        let rows = screen(&app, w, h);
        let text = joined(&rows);
        assert!(text.contains("Casus TR-2026-001"));
        let newest = text.find("27-10-2026").unwrap();
        let oldest = text.find("01-09-2026").unwrap();
        assert!(newest < oldest);
        assert!(text.contains("nieuw overleg"));
    }
}

#[test]
fn the_plan_check_is_only_in_the_facilitator_view() {
    let i = step_of(StepKind::Summary);
    let mut app = meeting_app(i);
    app.meeting_mut().unwrap().session.next_meeting = None;
    let wall = joined(&screen(&app, 120, 40));
    assert!(wall.contains("Plan: concept"));
    assert!(
        !wall.contains("datum voor het volgende overleg") && !wall.contains("Plancontrole: nog"),
        "{wall}"
    );
    assert!(wall.contains("begeleidersweergave (v)"));
    cmd(&mut app, Command::View);
    let fac = joined(&screen(&app, 120, 40));
    assert!(fac.contains("⚠ Plancontrole: nog open punten (1)"), "{fac}");
}

#[test]
fn with_privacy_on_the_wall_shows_roles_not_names() {
    let mut app = meeting_app(0);
    app.meeting_mut().unwrap().session.wall_names = top3::model::WallNames::Roles;
    for step in 0..10 {
        app.meeting_mut().unwrap().session.step = step;
        for _ in 0..6 {
            let text = joined(&screen(&app, 200, 60));
            for name in [
                "Mirjam", "Daan", "Ineke", "Kees", "Bakker", "Yilmaz", "de Wit",
            ] {
                assert!(
                    !text.contains(name),
                    "{name} on the wall at step {step}:\n{text}"
                );
            }
            cmd(&mut app, Command::Down);
        }
    }
    app.meeting_mut().unwrap().session.step = 0;
    let text = joined(&screen(&app, 200, 60));
    assert!(text.contains("moeder") && text.contains("In de projectie: rollen"));
    // The facilitator view still shows the names; the file keeps them.
    cmd(&mut app, Command::View);
    assert!(joined(&screen(&app, 200, 60)).contains("Mirjam"));
    assert_eq!(open_session(&app).participants[0].name, "Mirjam");
    // Initials.
    cmd(&mut app, Command::View);
    app.meeting_mut().unwrap().session.wall_names = top3::model::WallNames::Initials;
    let text = joined(&screen(&app, 200, 60));
    assert!(text.contains("M. — ✓ aanwezig"), "{text}");
}

#[test]
fn training_shows_the_hints_large() {
    use ratatui::style::Modifier;
    let i = step_of(StepKind::Scale);
    let render = |training: bool| {
        let mut app = meeting_app(i);
        app.facilitator_view = true;
        app.training = training;
        let area = ratatui::layout::Rect::new(0, 0, 200, 60);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        top3::ui::render(
            &app,
            &top3::ui::Theme::new(top3::ui::ThemeName::Dark),
            area,
            &mut buf,
        );
        buf
    };
    let find = |buf: &ratatui::buffer::Buffer| {
        let rows = buffer_rows(buf);
        let y = rows
            .iter()
            .position(|r| r.contains("Vraag iedereen"))
            .unwrap();
        let x = rows[y].find("Vraag iedereen").unwrap();
        let x = rows[y][..x].chars().count() as u16;
        (x, buf[(x, y as u16)].modifier)
    };
    let (x_normal, m_normal) = find(&render(false));
    let (x_training, m_training) = find(&render(true));
    assert!(x_training < x_normal, "a wider panel in training");
    assert!(m_training.contains(Modifier::BOLD) && !m_normal.contains(Modifier::BOLD));
}

#[test]
fn the_summary_reads_back_the_review_with_its_outcome() {
    let i = step_of(StepKind::Summary);
    let mut app = meeting_app(i);
    app.meeting_mut().unwrap().session.review[2].status = Some(top3::model::ReviewStatus::Broken);
    let text = joined(&screen(&app, 200, 60));
    assert!(text.contains("Terugblik"), "{text}");
    assert!(
        text.contains("[niet nageleefd] Voorwaarde: Er wordt niet geschreeuwd"),
        "{text}"
    );
}

#[test]
fn the_wall_shows_no_save_state_and_no_key_hints_in_the_summary() {
    let i = step_of(StepKind::Summary);
    let mut app = meeting_app(i);
    app.wall = true;
    let rows = screen(&app, 80, 24);
    assert!(!rows[0].contains("opgeslagen"), "{}", rows[0]);
    let text = joined(&rows);
    assert!(
        !text.contains("bladeren") && !text.contains("begeleidersweergave"),
        "{text}"
    );
}

#[test]
fn the_field_being_typed_in_is_always_visible_at_80x24() {
    let i = step_of(StepKind::Actions);
    let mut app = meeting_app(i);
    cmd(&mut app, Command::Add);
    for label in [
        "Wie",
        "Doet wat",
        "Wanneer (datum, doorlopend",
        "Hoe controleren",
        "Wie bewaakt",
        "Wat gebeurt er als de afspraak niet",
    ] {
        let text = joined(&screen(&app, 80, 24));
        assert!(
            text.contains(&format!("▶ {label}")),
            "{label} not visible:\n{text}"
        );
        key(&mut app, crossterm::event::KeyCode::Tab);
    }
}

#[test]
fn hints_and_statistics_wrap_at_80_columns_instead_of_being_cut() {
    let mut app = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    let notes = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == StepKind::Notes)
        .unwrap();
    app.meeting_mut().unwrap().session.step = notes;
    // Key hints are for the facilitator view only.
    app.facilitator_view = true;
    let text = joined(&screen(&app, 80, 24))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("maak je een aantekening privé of weer zichtbaar."),
        "{text}"
    );
    let scale = step_of(StepKind::Scale);
    let text = joined(&screen(&meeting_app(scale), 80, 24))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("drempel 6"), "{text}");
}

/// The next meeting shows last time's attendance for the chair to confirm;
/// the key to change it only in the facilitator view, and who attended
/// differently last time is marked.
#[test]
fn attendance_carried_from_last_time_is_shown_to_confirm() {
    let mut app = meeting_app(step_of(StepKind::Participants));
    {
        let m = app.meeting_mut().unwrap();
        let prev: Vec<(Id, Attendance)> = m
            .session
            .participants
            .iter()
            .map(|p| (p.id, Attendance::Absent))
            .collect();
        m.past.attendance = prev;
        m.session.participants[0].no_score = Some("9 jaar, apart gesproken".into());
    }
    let text = joined(&screen(&app, 80, 24));
    assert!(
        text.contains("Aanwezigheid zoals bij het overleg van 29-09-2026."),
        "{text}"
    );
    assert!(
        !text.contains("(spatie)"),
        "no key hint on the wall:\n{text}"
    );
    assert!(text.contains("vorige keer: afwezig"), "{text}");
    assert!(text.contains("geen cijfer gevraagd: 9 jaar"), "{text}");
    app.facilitator_view = true;
    let text = joined(&screen(&app, 120, 40));
    assert!(text.contains("bevestig of wijzig (spatie)"), "{text}");
}
