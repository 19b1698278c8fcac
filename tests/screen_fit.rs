//! Nothing the room must read is cut off (issue 14): every step and every
//! form of the training case, filled with long realistic texts, rendered at
//! 80×24 (and 200×60) in the room view, the facilitator view and on the
//! wall. No row ends a text in "…"; every text is on screen in full for
//! some selection (a list scrolls, and says "↓ nog N" where it goes on).
use crate::common;

use common::*;
use crossterm::event::KeyCode;
use top3::app::{App, Command, Item};
use top3::layout::StepKind;
use top3::model::{Attendance, Fact, FactKind, Participant, Score};

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (200, 60);

/// Sentences as a meeting writes them; no word longer than a line.
const SENTENCES: [&str; 8] = [
    "Oma belt de coördinator dezelfde dag als de overdracht niet doorgaat.",
    "Bij dreiging belt zij meteen 112 en daarna de wijkagent.",
    "De procesregisseur bespreekt het binnen een week met beide ouders.",
    "School meldt het aan de intern begeleider als Finn moe of stil is.",
    "Vader haalt de kinderen alleen op bij oma, nooit bij moeder thuis.",
    "Wie iets ziet dat niet klopt, zegt het de coördinator nog dezelfde week.",
    "Het volgende overleg kijkt of dit werkt en wat er anders moet.",
    "Moeder houdt een schrift bij van wat er bij de overdracht gebeurt.",
];

/// `n` sentences, starting at `from`, with a marker word that makes each
/// text unique on screen.
fn long(marker: &str, from: usize, n: usize) -> String {
    let mut out = vec![format!("{marker}:")];
    for i in 0..n {
        out.push(SENTENCES[(from + i) % SENTENCES.len()].to_string());
    }
    out.join(" ")
}

/// The training case's newest meeting with long texts everywhere and a
/// dozen participants.
fn long_app(step: usize) -> App {
    let mut app = meeting_app(step);
    let m = app.meeting_mut().unwrap();
    let s = &mut m.session;
    s.case.household = long("Huishouden", 0, 3);
    for i in 0..5 {
        let id = s.alloc_id();
        let mut p = Participant::new(id, format!("Deelnemer{i} Voorbeeldachternaam"));
        p.role = "jeugdbeschermer van de gecertificeerde instelling".into();
        p.organisation = "Jeugdbescherming Voorbeeldregio, team Voorbeeldstad-Noord".into();
        p.attendance = if i == 4 {
            Attendance::InformedAfterwards
        } else {
            Attendance::Present
        };
        s.participants.push(p);
    }
    let ids: Vec<_> = s.present().map(|p| p.id).collect();
    let scale = s.scale_mut("veiligheid", "Hoe veilig?");
    for (i, id) in ids.iter().enumerate() {
        let a = scale.answer_mut(*id);
        a.score = Some(Score::new((i % 11) as u8).unwrap());
        a.why_not_lower = long("Lager", i, 2);
        a.why_not_higher = long("Hoger", i + 2, 2);
        a.one_higher = long("Eenhoger", i + 4, 2);
    }
    for (i, f) in s.facts.iter_mut().enumerate() {
        f.what = long(&format!("Feit{i}"), i, 3);
    }
    let id = s.alloc_id();
    s.facts
        .push(Fact::new(id, FactKind::Actuele, long("Feitnieuw", 5, 4)));
    for i in 0..s.top3.len() {
        let sit = s.top3.get_mut(i).unwrap();
        sit.text = long(&format!("Situatie{i}"), i, 2);
    }
    for (i, c) in s.conditions.iter_mut().enumerate() {
        c.text = long(&format!("Voorwaarde{i}"), i + 1, 3);
    }
    for (i, a) in s.actions.iter_mut().enumerate() {
        a.who = format!("oma Ineke en de procesregisseur {i}");
        a.what = long(&format!("Doet{i}"), i, 2);
        a.how_checked = long(&format!("Controle{i}"), i + 3, 2);
        a.monitored_by = "R. Bakker (coördinator MDA++)".into();
        a.if_broken = long(&format!("Nietlukt{i}"), i + 1, 4);
    }
    for (i, r) in s.review.iter_mut().enumerate() {
        r.text = long(&format!("Terug{i}"), i, 3);
        r.note = long(&format!("Toelichting{i}"), i + 2, 2);
    }
    for (i, n) in s.notes.iter_mut().enumerate() {
        n.text = long(&format!("Aantekening{i}"), i, 4);
    }
    s.chair = "R. Bakker, coördinator MDA++ van Veilig Thuis Voorbeeldregio".into();
    app
}

/// The screen as one line of words: frames, markers and bullets become
/// spaces, runs of spaces one space.
fn words(rows: &[String]) -> String {
    rows.join(" ")
        .chars()
        .map(|c| {
            if "│╭╮╰╯─▶•↳".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The screen as a grid of characters, one per cell, frames and markers
/// as spaces.
fn grid(app: &App, w: u16, h: u16) -> Vec<Vec<char>> {
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    top3::ui::render(
        app,
        &top3::ui::Theme::new(top3::ui::ThemeName::Mono),
        area,
        &mut buf,
    );
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| {
                    let c = buf[(x, y)].symbol().chars().next().unwrap_or(' ');
                    if "│╭╮╰╯─▶•↳".contains(c) {
                        ' '
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect()
}

/// The text of a row from column `from` to the end of its column (two
/// spaces in a row, or the edge).
fn fragment(row: &[char], from: usize) -> String {
    let mut out = String::new();
    let mut x = from;
    while x < row.len() {
        if row[x] == ' ' && row.get(x + 1).is_none_or(|c| *c == ' ') {
            break;
        }
        out.push(row[x]);
        x += 1;
    }
    out
}

/// True when `text` is on the screen whole: it starts somewhere, and goes
/// on in the same column on the rows below (as wrapped text does), also
/// when columns stand side by side.
fn readable(grid: &[Vec<char>], text: &str) -> bool {
    let want = flat(text);
    let Some(first) = want.split(' ').next() else {
        return true;
    };
    let first: Vec<char> = first.chars().collect();
    for (r, row) in grid.iter().enumerate() {
        for c in 0..row.len() {
            if !row[c..].starts_with(&first) || (c > 0 && row[c - 1] != ' ') {
                continue;
            }
            // Where this column starts: after the last two spaces before c.
            let mut start = c;
            while start > 0 && !(row[start - 1] == ' ' && (start < 2 || row[start - 2] == ' ')) {
                start -= 1;
            }
            let mut got = fragment(row, c);
            let mut rr = r + 1;
            while flat(&got).len() < want.len() && rr < grid.len() {
                let next = &grid[rr];
                let Some(x) = (start..next.len()).find(|x| next[*x] != ' ') else {
                    break;
                };
                got.push(' ');
                got.push_str(&fragment(next, x));
                rr += 1;
            }
            if flat(&got).starts_with(&want) {
                return true;
            }
        }
    }
    false
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_no_ellipsis(rows: &[String], what: &str) {
    assert!(
        !rows.iter().any(|r| r.contains('…')),
        "{what}: a text is cut off with …:\n{}",
        rows.join("\n")
    );
}

/// The texts of an item that the room must be able to read.
fn item_texts(app: &App, item: Item) -> Vec<String> {
    let s = &app.meeting().unwrap().session;
    match item {
        Item::Household => vec![s.case.household.clone()],
        Item::Roles => vec![
            s.chair.clone(),
            s.case.roles.casusregisseur.clone(),
            s.case.roles.procesregisseur.clone(),
        ],
        Item::ClientAttendance => vec![
            s.client_attendance
                .as_ref()
                .map(|c| c.reason.clone())
                .unwrap_or_default(),
        ],
        Item::Participant(id) => {
            let p = s.participant(id).unwrap();
            vec![p.name.clone(), p.role.clone(), p.organisation.clone()]
        }
        Item::Fact(id) | Item::FactPick(id) => vec![s.fact(id).unwrap().what.clone()],
        Item::Situation(id) => vec![s.top3.get(id).unwrap().text.clone()],
        Item::Answer(id) => vec![s.participant(id).unwrap().name.clone()],
        Item::Condition(id) => {
            let c = s.conditions.iter().find(|c| c.id == id).unwrap();
            let mut v = vec![c.text.clone()];
            if let Some(sit) = c.situation.and_then(|x| s.top3.get(x)) {
                v.push(sit.text.clone());
            }
            v
        }
        Item::Action(id) => {
            let a = s.actions.iter().find(|a| a.id == id).unwrap();
            vec![
                a.who.clone(),
                a.what.clone(),
                a.how_checked.clone(),
                a.monitored_by.clone(),
                a.if_broken.clone(),
            ]
        }
        Item::Review(t) => {
            let r = s.review.iter().find(|r| r.target == t).unwrap();
            vec![r.text.clone(), r.note.clone()]
        }
        Item::Note(id) => vec![s.notes.iter().find(|n| n.id == id).unwrap().text.clone()],
        Item::NextMeeting | Item::ClosesCase => vec![],
        Item::Chair => vec![s.chair.clone()],
        Item::EscalationOverride => s.escalation_override.iter().cloned().collect(),
        Item::OverrideReason => vec![],
        Item::Closure(part) => {
            use top3::app::ClosurePart as P;
            let c = s.closure.clone().unwrap_or_default();
            match part {
                P::Reason => vec![c.reason],
                P::Goals => vec![c.goals_reached],
                P::FollowUp(n) => c
                    .follow_ups
                    .get(n)
                    .map(|f| vec![f.note.clone()])
                    .unwrap_or_default(),
            }
        }
        Item::Approach(part) => {
            use top3::app::ApproachPart as P;
            let a = &s.approach;
            match part {
                P::Question => vec![a.question.clone()],
                P::Analysis => vec![a.analysis.clone()],
                P::Situation(id) => a
                    .for_situation(id)
                    .map(|x| vec![x.approach.clone(), x.who.clone()])
                    .unwrap_or_default(),
                P::Expert(id) => a
                    .for_expert(id)
                    .map(|x| vec![x.escalates_to.clone()])
                    .unwrap_or_default(),
                P::TakeBack => vec![a.take_back.clone()],
            }
        }
        Item::Scenario => vec![s.scenario.next_incident.clone()],
        Item::Apart(id) => s
            .scales
            .iter()
            .flat_map(|x| &x.apart)
            .filter(|a| a.id == id)
            .map(|a| a.who.clone())
            .collect(),
        Item::Row(id) => s
            .list_row(id)
            .unwrap()
            .cells
            .iter()
            .map(|(_, v)| v.clone())
            .take(1)
            .collect(),
    }
}

fn steps() -> Vec<(usize, StepKind)> {
    meeting_app(0)
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.kind))
        .collect()
}

/// The three ways a screen is seen: the room view on the laptop, the
/// facilitator view, and the wall of `top3 present`.
fn views(mut app: App) -> Vec<(&'static str, App)> {
    let room = app.clone();
    app.facilitator_view = true;
    let facilitator = app.clone();
    app.facilitator_view = false;
    app.wall = true;
    vec![("room", room), ("facilitator", facilitator), ("wall", app)]
}

/// Every selection of a step, rendered; each text of each item must be on
/// one of the screens in full, and no screen may cut a text with "…".
fn check_step(step: usize, kind: StepKind, size: (u16, u16)) {
    for pane in [0, 1] {
        if pane == 1 && kind != StepKind::Top3 {
            continue;
        }
        for (view, base) in views(long_app(step)) {
            let mut app = base;
            app.meeting_mut().unwrap().pane = pane;
            let items = app.meeting().unwrap().items();
            let mut screens = Vec::new();
            let mut grids = Vec::new();
            for i in 0..items.len().max(1) {
                app.meeting_mut().unwrap().selected[step] = i;
                // An entry taller than the screen is read on with ↓.
                app.size = Some(size);
                app.meeting_mut().unwrap().scroll = 0;
                loop {
                    let rows = screen(&app, size.0, size.1);
                    assert_no_ellipsis(&rows, &format!("{kind:?} {view} item {i} at {size:?}"));
                    screens.push(rows.join("\n"));
                    grids.push(grid(&app, size.0, size.1));
                    let rest = top3::ui::selected_rest(&app).unwrap_or(0);
                    if rest == 0 || kind == StepKind::Summary {
                        break;
                    }
                    let before = app.meeting().unwrap().selected_index();
                    cmd(&mut app, Command::Down);
                    assert_eq!(
                        app.meeting().unwrap().selected_index(),
                        before,
                        "↓ reads on inside the entry"
                    );
                }
            }
            let question = app.meeting().unwrap().step().question.s().to_string();
            assert!(
                readable(&grids[0], &question),
                "{kind:?} {view}: the question is not whole at {size:?}:\n{}",
                screens[0]
            );
            for (i, item) in items.iter().enumerate() {
                for text in item_texts(&app, *item) {
                    assert!(
                        grids.iter().any(|g| readable(g, &text)),
                        "{kind:?} {view} at {size:?}: {text:?} (item {i}) is never whole on \
                         screen; with it selected:\n{}",
                        screens[i]
                    );
                }
            }
        }
    }
}

#[test]
fn every_step_is_fully_readable_at_80x24_with_long_texts() {
    for (step, kind) in steps() {
        check_step(step, kind, SMALL);
    }
}

#[test]
fn every_step_is_fully_readable_at_200x60_with_long_texts() {
    for (step, kind) in steps() {
        check_step(step, kind, LARGE);
    }
}

/// Opens the form of every item kind and tabs through its fields: the field
/// being typed in and every other field's value are on screen in full.
#[test]
fn every_form_is_fully_readable_at_80x24() {
    for (step, kind) in steps() {
        if matches!(kind, StepKind::Summary) {
            continue;
        }
        let app0 = long_app(step);
        let n = app0.meeting().unwrap().items().len();
        for i in 0..n {
            let mut app = app0.clone();
            app.meeting_mut().unwrap().selected[step] = i;
            cmd(&mut app, Command::Edit);
            let Some(form) = app.meeting().unwrap().form.clone() else {
                continue;
            };
            let mut seen: Vec<String> = Vec::new();
            for f in 0..form.fields.len() {
                let rows = screen(&app, SMALL.0, SMALL.1);
                assert_no_ellipsis(&rows, &format!("{kind:?} form field {f}"));
                let text = words(&rows);
                let field = &app.meeting().unwrap().form.as_ref().unwrap().fields[f];
                assert!(
                    text.contains(&flat(field.label.s())),
                    "{kind:?} form: label of field {f} not whole:\n{}",
                    rows.join("\n")
                );
                let value = field.value();
                // The kind of violence shows as dots in this (room) view.
                let masked = field.label == top3::i18n::T::FieldViolence;
                if masked {
                    assert!(
                        value.is_empty() || rows.join("").contains("•••"),
                        "{kind:?}: the kind of violence is not dots"
                    );
                }
                if !value.is_empty() && field.kind != top3::app::FieldKind::YesNo && !masked {
                    // The text field wraps where it likes: compare the
                    // characters, not the line breaks.
                    let bare =
                        |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
                    assert!(
                        bare(&text).contains(&bare(&value)),
                        "{kind:?} form: value of field {f} not whole while typed in:\n{}",
                        rows.join("\n")
                    );
                }
                seen.push(text);
                key(&mut app, KeyCode::Tab);
            }
            let _ = seen;
        }
    }
}

#[test]
fn the_header_keeps_the_case_code_in_every_view_at_80x24() {
    for (step, _) in steps() {
        for (view, app) in views(long_app(step)) {
            let rows = screen(&app, 80, 24);
            assert!(
                rows[0].contains("TR-2026-001"),
                "{view} step {step}: {}",
                rows[0]
            );
            assert_no_ellipsis(&rows[..1], view);
        }
    }
    // Over its time box the clock's words are longer still.
    let mut app = long_app(1);
    app.facilitator_view = true;
    let m = app.meeting_mut().unwrap();
    m.session.timing.add(1, 60 * 60);
    let rows = screen(&app, 80, 24);
    assert!(rows[0].starts_with(" TR-2026-001"), "{}", rows[0]);
    assert!(rows[0].contains("over de tijd"), "{}", rows[0]);
    // With room, everything: kind, phase and date too.
    let rows = screen(&app, 200, 60);
    for part in [
        "TR-2026-001",
        "TOP-3 netwerkoverleg",
        "directe veiligheid",
        "27-10-2026",
        "begeleidersweergave",
    ] {
        assert!(rows[0].contains(part), "{part}: {}", rows[0]);
    }
}

#[test]
fn a_list_that_goes_on_says_how_many_more() {
    let step = steps()
        .into_iter()
        .find(|(_, k)| *k == StepKind::Participants)
        .unwrap()
        .0;
    let app = long_app(step);
    let total = app.meeting().unwrap().session.participants.len();
    let rows = screen(&app, 80, 24);
    let text = rows.join("\n");
    let shown = app
        .meeting()
        .unwrap()
        .session
        .participants
        .iter()
        .filter(|p| rows.iter().any(|r| r.contains(&format!("{} —", p.name))))
        .count();
    assert!(
        shown < total,
        "all {total} fit; the test needs more:\n{text}"
    );
    assert!(
        text.contains(&format!("↓ nog {}", total - shown)),
        "{shown} of {total} shown, no sign:\n{text}"
    );
    // At the end of the list the sign is above.
    let mut app = app;
    let last = app.meeting().unwrap().items().len() - 1;
    app.meeting_mut().unwrap().selected[step] = last;
    let text = screen(&app, 80, 24).join("\n");
    assert!(text.contains("↑ nog"), "{text}");
    assert!(!text.contains("↓ nog"), "{text}");
}

#[test]
fn the_scale_shows_every_bar_at_80x24_in_both_views() {
    let step = steps()
        .into_iter()
        .find(|(_, k)| *k == StepKind::Scale)
        .unwrap()
        .0;
    for (view, app) in views(meeting_app(step)) {
        let present: Vec<String> = app
            .meeting()
            .unwrap()
            .session
            .present()
            .map(|p| p.name.clone())
            .collect();
        // Those spoken to apart have a bar of their own, marked apart.
        let apart = app
            .meeting()
            .unwrap()
            .session
            .scale("veiligheid")
            .unwrap()
            .apart
            .len();
        assert!(apart > 0, "the training case has children spoken to apart");
        let rows = screen(&app, 80, 24);
        let bars = rows.iter().filter(|r| r.contains('░')).count();
        let apart_bars = rows
            .iter()
            .filter(|r| r.contains("· apart") && r.contains('░'))
            .count();
        // Every bar of the room; those spoken to apart as bars when there
        // is room (the wall), and always in the line beside the median.
        assert_eq!(
            bars,
            present.len() + apart_bars,
            "{view}:\n{}",
            rows.join("\n")
        );
        if view == "room" {
            assert_eq!(apart_bars, apart, "{view}:\n{}", rows.join("\n"));
        }
        assert!(
            words(&rows).contains("Apart gesproken, niet in de mediaan: Finn (9) 6, Lot (6) 5."),
            "{view}:\n{}",
            rows.join("\n")
        );
        for name in &present {
            assert!(
                rows.iter()
                    .any(|r| r.contains(name.as_str()) && r.contains('░')),
                "{view}: {name} has no bar row:\n{}",
                rows.join("\n")
            );
        }
        // One row per bar on a small screen; two on a big one.
        let big = screen(&app, 200, 60);
        let big_bars = big.iter().filter(|r| r.contains('░')).count();
        assert_eq!(
            big_bars,
            2 * (present.len() + apart),
            "{view}:\n{}",
            big.join("\n")
        );
    }
}

#[test]
fn long_status_messages_wrap_instead_of_being_cut() {
    let mut app = long_app(0);
    let msg = long("Melding", 0, 3);
    app.status = Some(msg.clone());
    let rows = screen(&app, 80, 24);
    assert_no_ellipsis(&rows, "status");
    assert!(words(&rows).contains(&flat(&msg)), "{}", rows.join("\n"));
    // The footer and the progress line stay.
    assert!(rows[23].contains("? hulp"), "{}", rows[23]);
    assert!(rows[22].contains("[1]"), "{}", rows[22]);
}

#[test]
fn the_vaststellen_prompt_is_whole_at_80x24() {
    let step = steps()
        .into_iter()
        .find(|(_, k)| *k == StepKind::Summary)
        .unwrap()
        .0;
    let mut app = long_app(step);
    // An open point: an agreement without who.
    app.meeting_mut().unwrap().session.actions[0].who.clear();
    cmd(&mut app, Command::Finalize);
    assert!(app.meeting().unwrap().form.is_some(), "asks for a reason");
    let rows = screen(&app, 80, 24);
    assert_no_ellipsis(&rows, "vaststellen");
    let text = words(&rows);
    assert!(
        text.contains("geef met Enter een reden om toch vast te stellen, of stop met Esc."),
        "{}",
        rows.join("\n")
    );
}

#[test]
fn the_new_meeting_form_and_its_help_are_whole_at_80x24() {
    let dir = repo().join("sessions");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let start = top3::effects::start_screen(&dir, today, &Default::default());
    let mut app = App::new(
        top3::app::Screen::Start(Box::new(start)),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    key(&mut app, KeyCode::Char('n'));
    assert!(app.editing());
    let rows = screen(&app, 80, 24);
    assert_no_ellipsis(&rows, "new meeting form");
    let g = grid(&app, 80, 24);
    for (l, _) in &app.layouts.layouts {
        assert!(
            readable(&g, &format!("{} — {}", l.name, l.title.nl)),
            "{} not whole:\n{}",
            l.name,
            rows.join("\n")
        );
    }
    // Its help: the keys of this form (Esc cancels here) and the date forms.
    key(&mut app, KeyCode::F(1));
    let rows = screen(&app, 80, 24);
    assert_no_ellipsis(&rows, "new meeting help");
    let text = words(&rows);
    assert!(text.contains("Esc annuleren"), "{text}");
    assert!(text.contains("dd-mm-jjjj"), "{text}");
    // A long problem wraps.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Tab);
    for _ in 0..20 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "EEN-CODE-MET-SPATIES EN TEKENS!");
    key(&mut app, KeyCode::Enter);
    let rows = screen(&app, 80, 24);
    assert_no_ellipsis(&rows, "new meeting error");
}

#[test]
fn the_case_history_is_whole_at_80x24() {
    let dir = repo().join("sessions");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let start = top3::effects::start_screen(&dir, today, &Default::default());
    let mut app = App::new(
        top3::app::Screen::Start(Box::new(start)),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    let mut host = top3::effects::Host::new(dir.clone());
    host.today = today;
    let effects = app.update(top3::app::Action::Command(Command::History));
    host.perform(&mut app, effects);
    assert!(matches!(app.screen, top3::app::Screen::History(_)));
    let mut seen = Vec::new();
    for _ in 0..40 {
        let rows = screen(&app, 80, 24);
        assert_no_ellipsis(&rows, "history");
        seen.push(grid(&app, 80, 24));
        key(&mut app, KeyCode::Down);
    }
    let question = "Schaalvraag 'veiligheid': Op een schaal van 0 tot 10: hoe veilig is het nu?";
    assert!(seen.iter().any(|g| readable(g, question)));
}

#[test]
fn the_case_history_says_where_it_goes_on() {
    let dir = repo().join("sessions");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let start = top3::effects::start_screen(&dir, today, &Default::default());
    let mut app = App::new(
        top3::app::Screen::Start(Box::new(start)),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    let mut host = top3::effects::Host::new(dir.clone());
    host.today = today;
    let effects = app.update(top3::app::Action::Command(Command::History));
    host.perform(&mut app, effects);
    assert!(screen(&app, 80, 24).join("\n").contains("↓ nog"));
    for _ in 0..200 {
        key(&mut app, KeyCode::Down);
    }
    assert!(!screen(&app, 80, 24).join("\n").contains("↓ nog"));
}

#[test]
fn every_step_is_fully_readable_at_80x24_in_english() {
    top3::i18n::set_lang(top3::i18n::Lang::En);
    for (step, kind) in steps() {
        check_step(step, kind, SMALL);
    }
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
}
