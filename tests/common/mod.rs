//! Shared test helpers: generators for sessions and paths to the fixtures.
#![allow(dead_code)]

pub mod pty;

use chrono::NaiveDate;
use proptest::prelude::*;
use std::path::PathBuf;
use top3::model::*;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_top3"))
}

/// The bundled training case's session files, oldest first.
pub fn training_sessions() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join("sessions/TR-2026-001"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    v.sort();
    v
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Zëéïöü 0-9.,'\"\\\\()-]{0,40}",
        1 => any::<String>(),
        1 => "[🙂👨‍👩‍👧中文한국어\u{301}\t\n]{0,10}",
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn score() -> impl Strategy<Value = Option<Score>> {
    proptest::option::of((0u8..=10).prop_map(|v| Score::new(v).unwrap()))
}

fn when() -> impl Strategy<Value = When> {
    prop_oneof![
        Just(When::Unknown),
        date().prop_map(When::Exact),
        text().prop_map(When::Approx)
    ]
}

fn kind() -> impl Strategy<Value = MeetingKind> {
    proptest::sample::select(MeetingKind::ALL.to_vec())
}

fn phase() -> impl Strategy<Value = Phase> {
    proptest::sample::select(Phase::ALL.to_vec())
}

fn attendance() -> impl Strategy<Value = Attendance> {
    proptest::sample::select(vec![
        Attendance::Present,
        Attendance::Absent,
        Attendance::InformedAfterwards,
    ])
}

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    proptest::option::of(any::<bool>())
}

/// Any registration for the aanmeldingsformulier, with the fields of the
/// form screen (who sends it, when, to whom …).
pub fn registration() -> impl Strategy<Value = Registration> {
    let sending = (
        (text(), text(), text(), text(), text()),
        (
            text(),
            proptest::option::of((2000i32..2100, 1u32..=12, 1u32..=28)),
            text(),
            text(),
            opt_bool(),
        ),
    );
    (
        (
            text(),
            proptest::collection::vec((text(), text(), proptest::option::of(any::<u8>())), 0..5),
            opt_bool(),
            text(),
            proptest::collection::vec((1u8..=8, opt_bool(), text()), 0..9),
            opt_bool(),
            text(),
        ),
        sending,
    )
        .prop_map(
            |(
                (referrer, members, same_address, situation, criteria, zvh_involved, zvh_for),
                (
                    (initials, initials_role, municipality, composition, escalation_reason),
                    (sent_by, sent_on, sent_to, manager_copy, family_informed),
                ),
            )| {
                Registration {
                    referrer,
                    members: members
                        .into_iter()
                        .map(|(name, role, age)| HouseholdMember { name, role, age })
                        .collect(),
                    same_address,
                    situation,
                    criteria: criteria
                        .into_iter()
                        .map(|(n, applies, explanation)| CriterionAnswer {
                            number: Criterion::new(n).unwrap(),
                            applies,
                            explanation,
                        })
                        .collect(),
                    zvh_involved,
                    zvh_for,
                    initials,
                    initials_role,
                    municipality,
                    composition,
                    escalation_reason,
                    sent_by,
                    sent_on: sent_on.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d)),
                    sent_to,
                    manager_copy,
                    family_informed,
                }
            },
        )
}

fn plan_status() -> impl Strategy<Value = PlanStatus> {
    prop_oneof![
        Just(PlanStatus::Concept),
        (date(), proptest::option::of(text())).prop_map(|(date, override_reason)| {
            PlanStatus::Vastgesteld {
                date,
                override_reason,
            }
        }),
    ]
}

/// Any basis for sharing data, or none recorded.
pub fn sharing_basis() -> impl Strategy<Value = Option<top3::model::SharingBasis>> {
    use top3::model::{LegalGround, SharingBasis};
    proptest::option::of(prop_oneof![
        (text(), proptest::option::of(date()))
            .prop_map(|(of, on)| SharingBasis::Consent { of, on }),
        Just(SharingBasis::NoConsent(LegalGround::Avg6e)),
        Just(SharingBasis::NoConsent(LegalGround::Meldcode)),
        text().prop_map(|t| SharingBasis::NoConsent(LegalGround::Other(t))),
    ])
}

/// Any session that the program can produce: ids unique, references valid.
pub fn session() -> impl Strategy<Value = Session> {
    (
        (kind(), phase(), date(), text(), text(), any::<bool>()),
        proptest::collection::vec((text(), text(), text(), text(), attendance()), 0..6),
        proptest::collection::vec(
            (
                proptest::sample::select(FactKind::ALL.to_vec()),
                text(),
                when(),
                text(),
            ),
            0..6,
        ),
        proptest::collection::vec(text(), 0..=3),
        proptest::collection::vec((score(), text(), text(), text()), 0..6),
        proptest::collection::vec(text(), 0..4),
        proptest::collection::vec(
            (
                text(),
                text(),
                proptest::option::of(date()),
                text(),
                text(),
                text(),
            ),
            0..4,
        ),
        proptest::collection::vec((text(), any::<bool>()), 0..3),
        proptest::option::of(date()),
        registration(),
        plan_status(),
        (
            (
                sharing_basis(),
                proptest::collection::vec((proptest::option::of(date()), text(), text()), 0..3),
            ),
            // h-method: the proactive scenario, those spoken to apart, the
            // rows of a list step, the kind of violence.
            (
                (
                    text(),
                    text(),
                    text(),
                    any::<bool>(),
                    proptest::option::of(date()),
                    text(),
                    text(),
                ),
                proptest::collection::vec(
                    (
                        text(),
                        text(),
                        proptest::option::of(date()),
                        text(),
                        text(),
                        score(),
                    ),
                    0..3,
                ),
                proptest::collection::vec((text(), text()), 0..3),
                proptest::option::of(proptest::sample::select(ViolenceKind::ALL.to_vec())),
            ),
        ),
    )
        .prop_map(
            |(
                (kind, phase, d, household, chair, minors),
                people,
                facts,
                situations,
                answers,
                conditions,
                actions,
                notes,
                next,
                registration,
                status,
                ((basis, informed), (scenario, apart, rows, violence)),
            )| {
                let mut case = Case::new(CaseCode::new("PT-0001").unwrap());
                case.household = household;
                case.minor_children = minors;
                case.registration = registration;
                let mut s = Session::new(case, kind, phase, "casusoverleg", d);
                s.chair = chair;
                for (name, role, org, rel, att) in people {
                    let id = s.alloc_id();
                    let mut p = Participant::new(id, name);
                    p.role = role;
                    p.organisation = org;
                    p.relation = rel;
                    p.attendance = att;
                    s.participants.push(p);
                }
                for (k, what, when, by) in facts {
                    let id = s.alloc_id();
                    let mut f = Fact::new(id, k, what);
                    f.when = when;
                    f.reported_by = by;
                    s.facts.push(f);
                }
                let fact_ids: Vec<Id> = s.facts.iter().map(|f| f.id).collect();
                for t in situations {
                    let id = s.alloc_id();
                    s.top3
                        .push(Situation {
                            id,
                            text: t,
                            facts: fact_ids.iter().take(2).copied().collect(),
                        })
                        .unwrap();
                }
                let pids: Vec<Id> = s.participants.iter().map(|p| p.id).collect();
                if !pids.is_empty() {
                    let scale = s.scale_mut("veiligheid", "Hoe veilig?");
                    for (i, (sc, lo, hi, up)) in answers.into_iter().enumerate().take(pids.len()) {
                        let a = scale.answer_mut(pids[i]);
                        a.score = sc;
                        a.why_not_lower = lo;
                        a.why_not_higher = hi;
                        a.one_higher = up;
                    }
                }
                let sit: Vec<Id> = s.top3.items().iter().map(|x| x.id).collect();
                for (i, t) in conditions.into_iter().enumerate() {
                    let id = s.alloc_id();
                    let mut c = Condition::new(id, sit.get(i % 4).copied());
                    c.text = t;
                    s.conditions.push(c);
                }
                for (who, what, due, check, mon, broken) in actions {
                    let id = s.alloc_id();
                    s.actions.push(Action {
                        id,
                        who,
                        what,
                        term: Term::Once { due },
                        how_checked: check,
                        monitored_by: mon,
                        if_broken: broken,
                        ..Action::default()
                    });
                }
                for (t, private) in notes {
                    let id = s.alloc_id();
                    s.notes.push(Note {
                        id,
                        text: t,
                        private,
                        visibility: Default::default(),
                    });
                }
                s.next_meeting = next;
                s.plan_status = status;
                s.case.sharing_basis = basis;
                let pids: Vec<Id> = s.participants.iter().map(|p| p.id).collect();
                for ((on, by, how), participant) in informed.into_iter().zip(pids) {
                    s.informed.push(top3::model::Informed {
                        participant,
                        on,
                        by,
                        how,
                    });
                }
                let (next_incident, who_calls, who_acts, police, on, huisverbod, shared) = scenario;
                s.scenario = Scenario {
                    next_incident,
                    who_calls,
                    who_acts,
                    police_registered: police,
                    police_registered_on: on,
                    huisverbod,
                    shared_with: shared,
                };
                for (who, by, on, how, words, score) in apart {
                    let id = s.alloc_id();
                    s.scale_mut("veiligheid", "Hoe veilig?")
                        .apart
                        .push(ApartAnswer {
                            id,
                            who,
                            by,
                            on,
                            how,
                            words,
                            score,
                        });
                }
                for (a, b) in rows {
                    let id = s.alloc_id();
                    s.list_mut("zorgen").rows.push(ListRow {
                        id,
                        cells: vec![("zorg".into(), a), ("wie".into(), b)],
                    });
                }
                s.case.violence = violence;
                s
            },
        )
}

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use top3::app::{Action as AppAction, App, Command, KeyMap, Meeting, Screen};
use top3::layout::LayoutSet;
use top3::ui::{Theme, ThemeName};

/// An app with the newest meeting of the training case open on `step`.
pub fn meeting_app(step: usize) -> App {
    let path = training_sessions().pop().unwrap();
    let mut session = top3::store::load_session(&path).unwrap();
    session.step = step;
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    drawn(App::new(
        Screen::Meeting(Box::new(Meeting::new(session, layout, None))),
        KeyMap::default(),
        layouts,
    ))
}

/// The app as the program runs it: its scrolling bounded by how the UI
/// draws it.
pub fn drawn(mut app: App) -> App {
    app.measure = Some(top3::ui::MEASURE);
    app
}

/// An app with a fresh, empty meeting of a layout.
pub fn empty_meeting_app(layout: &str) -> App {
    let layouts = LayoutSet::builtin();
    let l = layouts.get(layout).unwrap().clone();
    let case = Case::new(CaseCode::new("TEST-1").unwrap());
    let s = Session::new(
        case,
        l.kind,
        l.phase,
        &l.name,
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    );
    drawn(App::new(
        Screen::Meeting(Box::new(Meeting::new(s, l, None))),
        KeyMap::default(),
        layouts,
    ))
}

/// Renders the app into a buffer of `w`×`h` and returns its text, one
/// string per row.
pub fn screen(app: &App, w: u16, h: u16) -> Vec<String> {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    top3::ui::render(app, &Theme::new(ThemeName::Dark), area, &mut buf);
    buffer_rows(&buf)
}

pub fn buffer_rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < area.width {
                let cell = &buf[(x, y)];
                row.push_str(cell.symbol());
                x += 1;
            }
            row
        })
        .collect()
}

pub fn cmd(app: &mut App, c: Command) {
    app.update(AppAction::Command(c));
}

/// Types text into an open form, one key at a time.
pub fn type_text(app: &mut App, text: &str) {
    for ch in text.chars() {
        let key = crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char(ch),
            crossterm::event::KeyModifiers::NONE,
        );
        app.update(AppAction::Input(key.into()));
    }
}

pub fn key(app: &mut App, code: crossterm::event::KeyCode) {
    let key = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    let ev = crossterm::event::Event::Key(key);
    if let Some(a) = app.action_for(&ev) {
        app.update(a);
    }
}

pub fn open_session(app: &App) -> &Session {
    &app.meeting().unwrap().session
}

/// `top3` as a trainer runs it: its training folder under `tmp` (`TMPDIR`,
/// `TMP`, `TEMP`), no trainer's own cases, none of the user's settings.
pub fn train_cmd(args: &[&str], tmp: &std::path::Path) -> std::process::Output {
    std::process::Command::new(bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LAYOUTS")
        .env_remove("TOP3_LANG")
        .env("TOP3_TRAINING", tmp.join("eigen-casussen"))
        .env("TMPDIR", tmp)
        .env("TMP", tmp)
        .env("TEMP", tmp)
        .output()
        .unwrap()
}

/// An app as `top3 train` opens it: the newest meeting of a shipped
/// practice case, on the step it was saved on, in the practice view.
pub fn practice_app(code: &str) -> App {
    let case = top3::training::find_case(Some(code)).unwrap();
    let (name, text) = case.files.last().unwrap();
    let session = top3::store::parse_session(text, std::path::Path::new(name)).unwrap();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    let mut app = App::new(
        Screen::Meeting(Box::new(Meeting::new(session, layout, None))),
        KeyMap::default(),
        layouts,
    );
    app.training = true;
    app.practice_view = true;
    drawn(app)
}

/// Group A's copy of OEF-2026-02 under `tmp`, opened by the program's own
/// host as `top3 train --group A` opens it (practice view, 80×24), with its
/// path.
pub fn group_a_practice(tmp: &std::path::Path) -> (App, top3::effects::Host, std::path::PathBuf) {
    let root = top3::training::group_root(&tmp.join("top3-training"), Some("A")).unwrap();
    let path = top3::training::prepare(&root, Some("OEF-2026-02"), false).unwrap();
    let mut app = App::new(
        Screen::Start(Box::default()),
        KeyMap::default(),
        LayoutSet::builtin(),
    );
    let mut host = top3::effects::Host::new(tmp.join("sessions"));
    host.open(&mut app, &path).unwrap();
    app.training = true;
    app.practice_view = true;
    app.update(top3::app::Action::Resize(80, 24));
    (app, host, path)
}
