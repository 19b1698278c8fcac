//! The signal rules on generated cases with known dates (issue 11): each
//! row names the case, the day it is judged on and the signals it must give.

use crate::casegen;

use casegen::*;
use top3::model::*;
use top3::timeline::{Restart, Rules, Signal, Timeline, Unsafe, signals};

const D: Phase = Phase::DirecteVeiligheid;
const S: Phase = Phase::StabieleVeiligheid;

/// A generated meeting plus what happens in it.
struct Meet {
    plan: Plan,
    /// The condition of the first meeting was not kept (reviewed here).
    broken: bool,
    /// A dated actueel feit recorded in this meeting.
    incident: Option<&'static str>,
    next: Option<&'static str>,
    kind: Option<MeetingKind>,
}

fn m(date: &str, phase: Phase, scores: &[u8]) -> Meet {
    Meet {
        plan: plan(date, phase, scores),
        broken: false,
        incident: None,
        next: None,
        kind: None,
    }
}

impl Meet {
    fn broken(mut self) -> Self {
        self.broken = true;
        self
    }
    fn incident(mut self, on: &'static str) -> Self {
        self.incident = Some(on);
        self
    }
    fn next(mut self, on: &'static str) -> Self {
        self.next = Some(on);
        self
    }
    fn kind(mut self, k: MeetingKind) -> Self {
        self.kind = Some(k);
        self
    }
}

/// The sessions of the meetings, each continued from the one before.
fn case(meets: &[Meet]) -> Vec<Session> {
    let plans: Vec<Plan> = meets.iter().map(|m| m.plan.clone()).collect();
    let mut out = sessions("GEN-SIG", &plans);
    for (s, m) in out.iter_mut().zip(meets) {
        if m.broken {
            for r in &mut s.review {
                if matches!(r.target, ReviewTarget::Condition(_)) {
                    r.status = Some(ReviewStatus::Broken);
                }
            }
        }
        if let Some(on) = m.incident {
            let id = s.alloc_id();
            let mut f = Fact::new(id, FactKind::Actuele, "Duwen bij de voordeur (fictief)");
            f.when = When::Exact(d(on));
            s.facts.push(f);
        }
        s.next_meeting = m.next.map(d);
        if let Some(k) = m.kind {
            s.kind = k;
        }
    }
    out
}

fn judge(meets: &[Meet], rules: &Rules, today: &str) -> Vec<Signal> {
    let s = case(meets);
    signals(&s, &Timeline::of(&s), rules, d(today))
}

fn escalate(phase: Phase, since: &str, deadline: &str, restart: Restart) -> Signal {
    Signal::EscalateToExpertoverleg {
        phase,
        since: d(since),
        deadline: d(deadline),
        restart,
    }
}

fn ahead(phase: Phase, since: &str, deadline: &str, restart: Restart) -> Signal {
    Signal::DeadlineAhead {
        phase,
        since: d(since),
        deadline: d(deadline),
        restart,
    }
}

/// Name, meetings, settings, the day judged on, the signals it must give.
type Row = (&'static str, Vec<Meet>, Rules, &'static str, Vec<Signal>);

const COND: &str = "Overdracht bij oma (fictief)";

#[test]
fn every_rule_fires_on_the_dates_it_must() {
    let r = Rules::default();
    let rows: Vec<Row> = vec![
        (
            "no 6 within 3 months of the first meeting",
            vec![m("2026-01-05", D, &[3]), m("2026-02-04", D, &[4])],
            r.clone(),
            "2026-04-06",
            vec![escalate(D, "2026-01-05", "2026-04-05", Restart::PhaseStart)],
        ),
        (
            "relapse after a 6 re-arms the clock: not due on its last day",
            vec![
                m("2026-01-05", D, &[3]),
                m("2026-02-04", D, &[6, 6, 6]),
                m("2026-03-06", D, &[3, 3, 3]),
            ],
            r.clone(),
            "2026-06-06",
            vec![
                ahead(D, "2026-03-06", "2026-06-06", Restart::Relapse),
                Signal::BelowThresholdAgain {
                    phase: D,
                    date: d("2026-03-06"),
                    median: 3.0,
                },
            ],
        ),
        (
            "relapse after a 6 re-arms the clock: due the day after",
            vec![
                m("2026-01-05", D, &[3]),
                m("2026-02-04", D, &[6, 6, 6]),
                m("2026-03-06", D, &[3, 3, 3]),
                m("2026-05-20", D, &[2, 3, 3]),
            ],
            r.clone(),
            "2026-06-07",
            vec![
                escalate(D, "2026-03-06", "2026-06-06", Restart::Relapse),
                Signal::BelowThresholdAgain {
                    phase: D,
                    date: d("2026-05-20"),
                    median: 3.0,
                },
            ],
        ),
        (
            "a second relapse restarts the clock again",
            vec![
                m("2026-01-05", D, &[6, 6]),
                m("2026-02-04", D, &[3, 3]),
                m("2026-03-06", D, &[6, 6]),
                m("2026-04-05", D, &[4, 4]),
            ],
            r.clone(),
            "2026-06-07",
            vec![
                ahead(D, "2026-04-05", "2026-07-05", Restart::Relapse),
                Signal::BelowThresholdAgain {
                    phase: D,
                    date: d("2026-04-05"),
                    median: 4.0,
                },
            ],
        ),
        (
            "two breaches of one condition escalate, with both dates",
            vec![
                m("2026-01-05", D, &[6, 6]),
                m("2026-02-04", D, &[6, 6]).broken(),
                m("2026-03-06", D, &[6, 6]),
                m("2026-04-05", D, &[7, 7]).broken(),
            ],
            r.clone(),
            "2026-04-05",
            vec![
                Signal::EscalateBreaches {
                    phase: D,
                    condition: COND.into(),
                    dates: vec![d("2026-02-04"), d("2026-04-05")],
                },
                Signal::PhaseGoalReached {
                    phase: D,
                    since: d("2026-01-05"),
                    next: Some(S),
                },
            ],
        ),
        (
            "one breach is no escalation",
            vec![
                m("2026-01-05", D, &[6, 6]),
                m("2026-02-04", D, &[6, 6]).broken(),
            ],
            r.clone(),
            "2026-02-04",
            vec![Signal::PhaseGoalReached {
                phase: D,
                since: d("2026-01-05"),
                next: Some(S),
            }],
        ),
        (
            "three breaches needed when the setting says 3",
            vec![
                m("2026-01-05", D, &[6, 6]),
                m("2026-02-04", D, &[6, 6]).broken(),
                m("2026-03-06", D, &[6, 6]).broken(),
            ],
            Rules {
                escalate_after_breaches: 3,
                ..r.clone()
            },
            "2026-03-06",
            vec![Signal::PhaseGoalReached {
                phase: D,
                since: d("2026-01-05"),
                next: Some(S),
            }],
        ),
        (
            "a new acute fact after a 6 escalates",
            vec![
                m("2026-01-05", D, &[4]),
                m("2026-02-04", D, &[6, 6]),
                m("2026-03-06", D, &[6, 6]).incident("2026-03-01"),
            ],
            r.clone(),
            "2026-03-06",
            vec![
                Signal::EscalateIncident {
                    phase: D,
                    reached: d("2026-02-04"),
                    date: d("2026-03-01"),
                    recorded: d("2026-03-06"),
                    what: "Duwen bij de voordeur (fictief)".into(),
                },
                Signal::PhaseGoalReached {
                    phase: D,
                    since: d("2026-02-04"),
                    next: Some(S),
                },
            ],
        ),
        (
            "stable safety: six quiet months reach it",
            vec![
                m("2026-01-10", S, &[7, 7]),
                m("2026-03-10", S, &[7, 7]),
                m("2026-05-10", S, &[7, 7]),
                m("2026-07-10", S, &[7, 7]),
            ],
            r.clone(),
            "2026-07-10",
            vec![Signal::PhaseGoalReached {
                phase: S,
                since: d("2026-01-10"),
                next: Some(Phase::Herstel),
            }],
        ),
        (
            "stable safety: an incident at month 5 of 6 restarts the clock",
            vec![
                m("2026-01-10", S, &[7, 7]),
                m("2026-03-10", S, &[7, 7]),
                m("2026-06-15", S, &[7, 7]).incident("2026-06-12"),
                m("2026-07-10", S, &[7, 7]),
            ],
            r.clone(),
            "2026-07-10",
            vec![
                Signal::EscalateIncident {
                    phase: S,
                    reached: d("2026-01-10"),
                    date: d("2026-06-12"),
                    recorded: d("2026-06-15"),
                    what: "Duwen bij de voordeur (fictief)".into(),
                },
                Signal::StableClock {
                    since: d("2026-06-12"),
                    why: Unsafe::Incident {
                        what: "Duwen bij de voordeur (fictief)".into(),
                    },
                    earliest: d("2026-12-12"),
                },
            ],
        ),
        (
            "stable safety: a condition not kept at month 5 restarts the clock",
            vec![
                m("2026-01-10", S, &[7, 7]),
                m("2026-03-10", S, &[7, 7]),
                m("2026-06-10", S, &[7, 7]).broken(),
                m("2026-07-10", S, &[7, 7]),
            ],
            r.clone(),
            "2026-07-10",
            vec![Signal::StableClock {
                since: d("2026-06-10"),
                why: Unsafe::Breach {
                    condition: COND.into(),
                },
                earliest: d("2026-12-10"),
            }],
        ),
        (
            "a missed meeting is a signal the day after it",
            vec![
                m("2026-01-05", D, &[6, 6]),
                m("2026-02-04", D, &[6, 6]).next("2026-03-04"),
            ],
            r.clone(),
            "2026-03-05",
            vec![
                Signal::PhaseGoalReached {
                    phase: D,
                    since: d("2026-01-05"),
                    next: Some(S),
                },
                Signal::MissedMeeting {
                    planned: d("2026-03-04"),
                    set_at: d("2026-02-04"),
                },
            ],
        ),
        (
            "not on the planned day itself",
            vec![
                m("2026-01-05", D, &[6, 6]),
                m("2026-02-04", D, &[6, 6]).next("2026-03-04"),
            ],
            r.clone(),
            "2026-03-04",
            vec![Signal::PhaseGoalReached {
                phase: D,
                since: d("2026-01-05"),
                next: Some(S),
            }],
        ),
        (
            "an expertoverleg restarts the clock and clears earlier breaches",
            vec![
                m("2026-01-05", D, &[3]),
                m("2026-02-04", D, &[3]).broken(),
                m("2026-03-06", D, &[3]).broken(),
                m("2026-04-20", D, &[3]).kind(MeetingKind::Expertoverleg),
            ],
            r.clone(),
            "2026-05-01",
            vec![
                ahead(D, "2026-04-20", "2026-07-20", Restart::Expertoverleg),
                Signal::Path(top3::timeline::EscalationPath::Discussed {
                    registered: None,
                    on: d("2026-04-20"),
                }),
            ],
        ),
        (
            "a longer period from the settings",
            vec![m("2026-01-05", D, &[3])],
            Rules {
                escalate_direct_after_months: 4,
                ..r.clone()
            },
            "2026-05-05",
            vec![ahead(D, "2026-01-05", "2026-05-05", Restart::PhaseStart)],
        ),
    ];
    for (name, meets, rules, today, want) in rows {
        assert_eq!(judge(&meets, &rules, today), want, "{name}");
    }
}

#[test]
fn every_signal_reads_in_both_languages_with_its_dates() {
    use top3::i18n::{Lang, set_lang};
    let meets = vec![
        m("2026-01-10", S, &[7, 7]),
        m("2026-06-15", S, &[7, 7])
            .incident("2026-06-12")
            .next("2026-07-01"),
    ];
    let rules = Rules::default();
    for lang in [Lang::Nl, Lang::En] {
        set_lang(lang);
        for s in judge(&meets, &rules, "2026-08-01") {
            let text = s.describe(&rules);
            assert!(!text.contains('{'), "{text}");
            match s {
                Signal::StableClock { .. } => {
                    assert!(
                        text.contains("12-06-2026") && text.contains("12-12-2026"),
                        "{text}"
                    )
                }
                Signal::MissedMeeting { .. } => assert!(text.contains("01-07-2026"), "{text}"),
                Signal::EscalateIncident { .. } => assert!(text.contains("12-06-2026"), "{text}"),
                _ => {}
            }
        }
    }
    set_lang(Lang::Nl);
}

use crate::common;

/// A meeting screen of the next meeting of a case with signals, at `step`.
fn meeting_with_signals(kind: top3::layout::StepKind) -> top3::app::App {
    use top3::app::{App, KeyMap, Meeting, Screen};
    use top3::layout::LayoutSet;
    let meets = vec![
        m("2026-01-05", D, &[3, 3]),
        m("2026-02-04", D, &[3, 4]).broken(),
        m("2026-03-06", D, &[4, 4]).broken(),
    ];
    let earlier = case(&meets);
    let layouts = LayoutSet::builtin();
    let layout = layouts.get("casusoverleg").unwrap().clone();
    let mut current = top3::timeline::next_session(
        earlier.last().unwrap(),
        layout.kind,
        layout.phase,
        &layout.name,
        d("2026-04-20"),
    );
    current.step = layout.steps.iter().position(|s| s.kind == kind).unwrap();
    let mut meeting = Meeting::new(current.clone(), layout, None);
    meeting.past = top3::timeline::Past::with_signals(&earlier, &current, &Rules::default());
    let mut app = App::new(
        Screen::Meeting(Box::new(meeting)),
        KeyMap::default(),
        layouts,
    );
    app.facilitator_view = true;
    app
}

#[test]
fn the_meeting_shows_a_calm_banner_and_the_signals_in_full_on_review_and_summary() {
    use top3::layout::StepKind;
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        // Every step: one line under the header, never wider than the screen.
        let rows = common::screen(&meeting_with_signals(StepKind::Facts), w, h);
        assert!(
            rows[1].trim_start().starts_with("⚑ "),
            "{w}x{h}: {}",
            rows.join("\n")
        );
        // The most urgent one, in a few words that fit even at 80 columns.
        assert!(
            rows[1].contains(
                "⚑ 1 van 2: opschalen naar het MDA++ expertoverleg: geen 6 vóór 05-04-2026"
            ),
            "{w}x{h}: {}",
            rows[1]
        );
        assert!(!rows.join("\n").contains("Signalen van de casus"));
        // Review and summary: each signal in full, wrapped to the width.
        for kind in [StepKind::Review, StepKind::Summary] {
            let rows = common::screen(&meeting_with_signals(kind), w, h);
            let text = rows.join(" ");
            let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                squeezed.contains("Signalen van de casus"),
                "{w}x{h}:\n{}",
                rows.join("\n")
            );
            if h >= 60 {
                // The escalation of the clock, with its dates, word for word.
                assert!(
                    squeezed.contains("de termijn liep af op 05-04-2026"),
                    "{}",
                    rows.join("\n")
                );
                assert!(
                    squeezed.contains("04-02-2026, 06-03-2026"),
                    "{}",
                    rows.join("\n")
                );
            }
            assert!(squeezed.contains("! "), "{}", rows.join("\n"));
        }
    }
}

#[test]
fn the_shared_view_and_the_wall_show_no_signals() {
    use top3::layout::StepKind;
    let mut app = meeting_with_signals(StepKind::Review);
    app.facilitator_view = false;
    let rows = common::screen(&app, 200, 60);
    assert!(
        !rows.join("\n").contains("Signa") && !rows.join("\n").contains('⚑'),
        "{}",
        rows.join("\n")
    );
    app.facilitator_view = true;
    app.wall = true;
    let rows = common::screen(&app, 200, 60);
    assert!(
        !rows.join("\n").contains("Signa") && !rows.join("\n").contains('⚑'),
        "{}",
        rows.join("\n")
    );
}

#[test]
fn the_facilitator_puts_the_signals_on_the_wall_with_one_key_and_takes_them_off() {
    use top3::app::{Action, Command};
    use top3::layout::StepKind;
    let mut app = meeting_with_signals(StepKind::Review);
    // The key is on screen: in the footer at 80 columns, and in the
    // banner itself where it fits.
    let rows = common::screen(&app, 80, 24);
    assert!(
        rows[23].contains("s signalen projecteren"),
        "{}",
        rows.join("\n")
    );
    let rows = common::screen(&app, 200, 60);
    assert!(rows[1].contains("· s projecteert"), "{}", rows[1]);
    app.update(Action::Command(Command::WallSignals));
    assert!(app.wall_signals);
    assert!(app.status.as_deref().unwrap().contains("op de projectie"));
    let rows = common::screen(&app, 200, 60);
    assert!(rows[1].contains("· ook geprojecteerd"), "{}", rows[1]);
    // The shared view on one screen and the wall of `present` show them now.
    for (facilitator, wall) in [(false, false), (true, true)] {
        app.facilitator_view = facilitator;
        app.wall = wall;
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let rows = common::screen(&app, w, h);
            let text = rows.join("\n");
            assert!(rows[1].trim_start().starts_with("⚑ "), "{w}x{h}: {text}");
            assert!(text.contains("Signalen van de casus"), "{w}x{h}: {text}");
            // Never a key hint in the banner outside the facilitator view,
            // and none at all on the wall of `present`.
            assert!(!rows[1].contains("projecteert"), "{w}x{h}: {text}");
            if wall {
                assert!(!text.contains("signalen projecteren"), "{w}x{h}: {text}");
            }
        }
    }
    app.facilitator_view = true;
    app.wall = false;
    app.update(Action::Command(Command::WallSignals));
    assert!(!app.wall_signals);
    app.facilitator_view = false;
    let text = common::screen(&app, 200, 60).join("\n");
    assert!(!text.contains('⚑') && !text.contains("Signa"), "{text}");
}

#[test]
fn on_the_closing_step_the_chair_closes_the_case_or_records_why_not_to_escalate() {
    use crossterm::event::KeyCode;
    use top3::app::Command;
    use top3::layout::StepKind;
    use top3::plan::Finding;
    let mut app = meeting_with_signals(StepKind::Closing);
    let findings = |app: &top3::app::App| {
        let m = app.meeting().unwrap();
        top3::plan::check_case(&m.session, &m.past.signals, &m.past.vague)
    };
    let has = |f: &[Finding], want: fn(&Finding) -> bool| f.iter().any(want);
    assert!(has(&findings(&app), |f| matches!(
        f,
        Finding::EscalationDue
    )));
    assert!(has(&findings(&app), |f| matches!(
        f,
        Finding::NoNextMeeting
    )));
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let rows = common::screen(&app, w, h);
        let text = rows.join("\n");
        let squeezed = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
        assert!(text.contains("Laatste overleg: nee"), "{w}x{h}: {text}");
        assert!(
            squeezed.contains(
                "Reden geen aanmelding: de casus moet opschalen: meld aan, of leg hier vast waarom niet"
            ),
            "{w}x{h}: {text}"
        );
    }
    // Down to "laatste overleg", space: the case closes, no next meeting asked.
    common::cmd(&mut app, Command::Down);
    common::cmd(&mut app, Command::Toggle);
    assert!(common::open_session(&app).closes_case);
    assert!(!has(&findings(&app), |f| matches!(
        f,
        Finding::NoNextMeeting
    )));
    let text = common::screen(&app, 80, 24).join("\n");
    assert!(
        text.contains("niet nodig, de casus wordt afgesloten"),
        "{text}"
    );
    // Down to the reason (past the closing's reason, goals, two follow-up
    // contacts and the chair), Enter, type it, Esc: recorded, check clear.
    for _ in 0..6 {
        common::cmd(&mut app, Command::Down);
    }
    common::key(&mut app, KeyCode::Enter);
    common::type_text(
        &mut app,
        "Aanpak loopt via het Veilig Thuis-traject (fictief)",
    );
    common::key(&mut app, KeyCode::Esc);
    assert_eq!(
        common::open_session(&app).escalation_override.as_deref(),
        Some("Aanpak loopt via het Veilig Thuis-traject (fictief)")
    );
    assert!(!has(&findings(&app), |f| matches!(
        f,
        Finding::EscalationDue
    )));
    let text = common::screen(&app, 200, 60).join("\n");
    assert!(
        text.contains("Reden geen aanmelding: Aanpak loopt"),
        "{text}"
    );
    // And the plan says both.
    let doc = top3::plan::build_document(
        common::open_session(&app),
        &[],
        &top3::plan::ExportOptions::default(),
    );
    let md =
        String::from_utf8(top3::plan::render(&doc, top3::plan::ExportFormat::Md).unwrap()).unwrap();
    assert!(md.contains("de casus wordt afgesloten"), "{md}");
    assert!(
        md.contains("Niet aangemeld bij het MDA++ expertoverleg, omdat"),
        "{md}"
    );
}

#[test]
fn a_on_a_broken_condition_in_the_review_makes_the_agreement_that_answers_it() {
    use crossterm::event::KeyCode;
    use top3::app::Command;
    use top3::layout::StepKind;
    use top3::model::{ReviewStatus, ReviewTarget};
    use top3::plan::Finding;
    let mut app = meeting_with_signals(StepKind::Review);
    // The first review item is the condition; an agreement is refused.
    let first = app.meeting().unwrap().session.review[0].target;
    let ReviewTarget::Condition(cid) = first else {
        panic!("the condition comes first: {first:?}")
    };
    common::cmd(&mut app, Command::Add);
    assert_eq!(
        app.status.as_deref(),
        Some("Een afspraak hierop kan bij een voorwaarde die niet is nageleefd.")
    );
    app.meeting_mut().unwrap().session.review[0].status = Some(ReviewStatus::Broken);
    let unanswered = |app: &top3::app::App| {
        let m = app.meeting().unwrap();
        top3::plan::check_case(&m.session, &m.past.signals, &m.past.vague)
            .iter()
            .any(|f| matches!(f, Finding::BrokenUnanswered { .. }))
    };
    assert!(unanswered(&app));
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let text = common::screen(&app, w, h).join("\n");
        assert!(
            text.contains("Niet nageleefd: a maakt een afspraak die hierop antwoordt"),
            "{w}x{h}: {text}"
        );
    }
    assert!(common::screen(&app, 200, 60)[59].contains("a afspraak hierop"));
    common::cmd(&mut app, Command::Add);
    assert!(app.meeting().unwrap().form.is_some());
    common::type_text(&mut app, "Moeder (fictief)");
    common::key(&mut app, KeyCode::Tab);
    common::type_text(&mut app, "Haalt de kinderen zelf op bij school");
    common::key(&mut app, KeyCode::Esc);
    let s = common::open_session(&app);
    let made = s.actions.last().unwrap();
    assert_eq!(made.answers, Some(cid));
    assert_eq!(made.since, Some(s.date));
    assert!(!unanswered(&app));
    // On the agreements step it says what it answers.
    let step = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|x| x.kind == StepKind::Actions)
        .unwrap();
    app.meeting_mut().unwrap().session.step = step;
    let rows = common::screen(&app, 200, 60);
    assert!(
        rows.join("\n")
            .contains("naar aanleiding van: Overdracht bij oma (fictief)"),
        "{}",
        rows.join("\n")
    );
}

#[test]
fn the_group_is_typed_in_the_participant_form_and_a_wrong_one_is_said() {
    use crossterm::event::KeyCode;
    use top3::layout::StepKind;
    use top3::model::Group;
    let mut app = meeting_with_signals(StepKind::Participants);
    // The first participant (after the household and the roles); its form.
    let first = top3::app::Item::Participant(common::open_session(&app).participants[0].id);
    let m = app.meeting_mut().unwrap();
    let idx = m.items().iter().position(|i| *i == first).unwrap();
    let step = m.session.step;
    m.selected[step] = idx;
    common::key(&mut app, KeyCode::Enter);
    for _ in 0..5 {
        common::key(&mut app, KeyCode::Tab);
    }
    // The focused field is on screen, at 80×24 too.
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let text = common::screen(&app, w, h).join("\n");
        assert!(text.contains("▶ Groep"), "{w}x{h}: {text}");
    }
    common::type_text(&mut app, "gezin");
    common::key(&mut app, KeyCode::Esc);
    let first = common::open_session(&app).participants[0].clone();
    assert_eq!(first.group, Some(Group::Gezin), "{first:?}");
    let rows = common::screen(&app, 200, 60);
    assert!(rows.join("\n").contains("gezin"), "{}", rows.join("\n"));
    // A word that is no group is said, and the group stays as it was.
    common::key(&mut app, KeyCode::Enter);
    for _ in 0..5 {
        common::key(&mut app, KeyCode::Tab);
    }
    for _ in 0.."gezin".len() {
        common::key(&mut app, KeyCode::Backspace);
    }
    common::type_text(&mut app, "buurman");
    // Said while typing, under the form.
    let text = common::screen(&app, 120, 40).join("\n");
    assert!(
        text.contains("Groep: typ gezin, netwerk of professional, of laat het leeg."),
        "{text}"
    );
    common::key(&mut app, KeyCode::Esc);
    // Never read as some group: the field keeps its last valid value (empty,
    // after the backspaces).
    assert_eq!(common::open_session(&app).participants[0].group, None);
    assert!(
        app.status.as_deref().is_some_and(|s| s.contains("gezin")),
        "{:?}",
        app.status
    );
}

#[test]
fn the_wall_of_present_follows_the_signals_key_through_the_state_file() {
    use top3::app::{Action, Command};
    use top3::layout::StepKind;
    use top3::wall::{Follower, WallState};
    let dir = tempfile::tempdir().unwrap();
    let meets = vec![
        m("2026-01-05", D, &[3, 3]),
        m("2026-02-04", D, &[3, 4]).broken(),
        m("2026-03-06", D, &[4, 4]).broken(),
    ];
    let mut last = None;
    for s in case(&meets) {
        let path = top3::store::new_session_path(dir.path(), "GEN-SIG", s.date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
        last = Some(path);
    }
    let path = last.unwrap();
    let mut facilitator = meeting_with_signals(StepKind::Review);
    if let Some(m) = facilitator.meeting_mut() {
        m.path = Some(path.clone());
    }
    let write = |app: &top3::app::App| {
        let mut st = WallState::of_app(app).unwrap();
        st.updated = top3::wall::now_ms();
        st.write(&path).unwrap();
    };
    write(&facilitator);
    let mut wall = Follower::open(
        &path,
        top3::layout::LayoutSet::builtin(),
        top3::app::KeyMap::default(),
        &Rules::default(),
    )
    .unwrap();
    assert!(!wall.app.wall_signals);
    facilitator.update(Action::Command(Command::WallSignals));
    write(&facilitator);
    wall.poll();
    assert!(wall.app.wall_signals);
    let text = common::screen(&wall.app, 120, 35).join("\n");
    assert!(text.contains('⚑'), "{text}");
}

#[test]
fn a_missed_meeting_shows_on_the_start_screen_and_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let meets = vec![
        m("2026-01-05", D, &[6, 6]),
        m("2026-02-04", D, &[6, 6]).next("2026-03-04"),
    ];
    for s in case(&meets) {
        let path = top3::store::new_session_path(dir.path(), "GEN-SIG", s.date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
    }
    let rules = Rules::default();
    let start = top3::effects::start_screen(dir.path(), d("2026-03-10"), &rules);
    let banner = start.banner("GEN-SIG").expect("a banner");
    assert!(
        banner.text.contains("04-03-2026") && banner.text.contains("niet gehouden"),
        "{}",
        banner.text
    );
    // On the planned day itself there is no such banner.
    let start = top3::effects::start_screen(dir.path(), d("2026-03-04"), &rules);
    assert!(
        start
            .banner("GEN-SIG")
            .is_none_or(|b| !b.text.contains("niet gehouden"))
    );
    let out = std::process::Command::new(common::bin())
        .args(["history", dir.path().join("GEN-SIG").to_str().unwrap()])
        .args(["--today", "2026-03-10"])
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("stond gepland op 04-03-2026"), "{text}");
}

/// The fictional participants of casegen: moeder, vader, coördinator,
/// wijkagent; give them groups.
fn with_groups(mut s: Vec<Session>) -> Vec<Session> {
    for session in &mut s {
        for p in &mut session.participants {
            p.group = Some(match p.role.as_str() {
                "moeder" | "vader" => Group::Gezin,
                _ => Group::Professional,
            });
        }
    }
    s
}

#[test]
fn the_family_and_the_professionals_three_apart_is_a_signal() {
    let rules = Rules::default();
    // Scores go to moeder, vader, coördinator, wijkagent in turn.
    // The scores, and the family's and professionals' medians when apart.
    type GroupRow = (&'static [u8], Option<(f32, f32)>);
    let rows: [GroupRow; 4] = [
        (&[7, 7, 2, 3], Some((7.0, 2.5))),
        (&[7, 6, 4, 4], None),
        (&[2, 2, 6, 5], Some((2.0, 5.5))),
        (&[7, 7], None),
    ];
    for (scores, want) in rows {
        let s = with_groups(case(&[m("2026-01-05", S, scores)]));
        let got: Vec<Signal> = signals(&s, &Timeline::of(&s), &rules, d("2026-01-05"))
            .into_iter()
            .filter(|x| matches!(x, Signal::GroupsDiffer { .. }))
            .collect();
        let want: Vec<Signal> = want
            .map(|(g, p)| Signal::GroupsDiffer {
                date: d("2026-01-05"),
                group: Group::Gezin,
                median: g,
                professionals: p,
            })
            .into_iter()
            .collect();
        assert_eq!(got, want, "{scores:?}");
    }
    let s = with_groups(case(&[m("2026-01-05", S, &[7, 7, 2, 3])]));
    let text = signals(&s, &Timeline::of(&s), &rules, d("2026-01-05"))
        .into_iter()
        .find(|x| matches!(x, Signal::GroupsDiffer { .. }))
        .unwrap()
        .describe(&rules);
    assert!(
        text.contains("het gezin het veiliger dan de professionals (mediaan 7 tegen 2,5)"),
        "{text}"
    );
}

#[test]
fn the_history_shows_each_participants_line_with_the_group() {
    let dir = tempfile::tempdir().unwrap();
    let meets = vec![
        m("2026-01-05", D, &[7, 7, 2, 3]),
        m("2026-02-04", D, &[6, 7, 3, 3]),
    ];
    for s in with_groups(case(&meets)) {
        let path = top3::store::new_session_path(dir.path(), "GEN-SIG", s.date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
    }
    let out = std::process::Command::new(common::bin())
        .args(["history", dir.path().join("GEN-SIG").to_str().unwrap()])
        .args(["--today", "2026-02-04"])
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Fictief moeder (gezin): 05-01 7 · 04-02 6"),
        "{text}"
    );
    assert!(
        text.contains("Fictief wijkagent (professional): 05-01 3 · 04-02 3"),
        "{text}"
    );
    assert!(
        text.contains("mediaan per groep op 04-02-2026: gezin 6,5 · professional 3"),
        "{text}"
    );
    assert!(text.contains("bespreek het verschil"), "{text}");
}

#[test]
fn a_group_is_typed_in_either_language() {
    use top3::i18n::parse_group;
    assert_eq!(parse_group(""), Ok(None));
    assert_eq!(parse_group(" Gezin "), Ok(Some(Group::Gezin)));
    assert_eq!(parse_group("network"), Ok(Some(Group::Netwerk)));
    assert_eq!(parse_group("prof"), Ok(Some(Group::Professional)));
    assert!(parse_group("buren").is_err());
}
