//! The escalation path as states of the case (issue 17): signaal →
//! aangemeld → besproken → terug bij de coördinator, each clearing or
//! changing the signal; played through the real binary as a coordinator
//! and an MDA++ chair would.

use crate::casegen;
use crate::common;

use common::pty::Term;

use casegen::*;
use std::path::Path;
use std::process::Command;
use top3::model::*;
use top3::timeline::{EscalationPath, Rules, Signal, Timeline, signals};

const D: Phase = Phase::DirecteVeiligheid;

/// Two network meetings below a 6: the coördinator leads, the family and a
/// wijkagent are there.
fn network_meetings() -> Vec<Session> {
    let mut all = sessions(
        "GEN-PAD",
        &[
            plan("2026-01-05", D, &[3, 4]),
            plan("2026-02-04", D, &[4, 4]),
        ],
    );
    for s in &mut all {
        s.kind = MeetingKind::Netwerkoverleg;
        s.layout = "netwerkoverleg-veiligheidsplan".into();
        s.chair = "Fictief coördinator".into();
        for p in &mut s.participants {
            match p.role.as_str() {
                "coördinator" => {
                    p.organisation = "Veilig Thuis".into();
                    p.group = Some(Group::Professional);
                }
                "wijkagent" => {
                    p.organisation = "politie".into();
                    p.group = Some(Group::Professional);
                }
                _ => p.group = Some(Group::Gezin),
            }
        }
    }
    all
}

fn judged(all: &[Session], today: &str) -> Vec<Signal> {
    signals(all, &Timeline::of(all), &Rules::default(), d(today))
}

fn escalating(signals: &[Signal]) -> bool {
    signals.iter().any(Signal::is_escalation)
}

fn path_of(signals: &[Signal]) -> Option<EscalationPath> {
    signals.iter().find_map(|s| match s {
        Signal::Path(p) => Some(p.clone()),
        _ => None,
    })
}

#[test]
fn each_state_of_the_path_clears_or_changes_the_signal() {
    let mut all = network_meetings();
    // The signal: no 6 within 3 months of the first meeting.
    let s = judged(&all, "2026-04-10");
    assert!(escalating(&s), "{s:?}");
    assert_eq!(path_of(&s), None);
    // Aangemeld: the form sent on 12 April.
    all.last_mut().unwrap().case.registration.sent_on = Some(d("2026-04-12"));
    all.last_mut().unwrap().case.registration.sent_by = "Fictief coördinator".into();
    let s = judged(&all, "2026-04-20");
    assert!(!escalating(&s), "{s:?}");
    assert_eq!(
        path_of(&s),
        Some(EscalationPath::Registered {
            on: d("2026-04-12"),
            by: "Fictief coördinator".into()
        })
    );
    // Besproken: the expertoverleg of 28 April is the newest meeting.
    let layouts = top3::layout::LayoutSet::builtin();
    let x = layouts.get("expertoverleg").unwrap();
    let expert =
        top3::timeline::next_session(all.last().unwrap(), x.kind, D, &x.name, d("2026-04-28"));
    all.push(expert);
    let s = judged(&all, "2026-04-28");
    assert!(!escalating(&s), "{s:?}");
    assert_eq!(
        path_of(&s),
        Some(EscalationPath::Discussed {
            registered: Some(d("2026-04-12")),
            on: d("2026-04-28")
        })
    );
    // Terug: the next network meeting.
    let net = layouts.get("netwerkoverleg-veiligheidsplan").unwrap();
    let back =
        top3::timeline::next_session(all.last().unwrap(), net.kind, D, &net.name, d("2026-05-12"));
    all.push(back);
    let s = judged(&all, "2026-05-12");
    assert!(!escalating(&s), "{s:?}");
    assert_eq!(
        path_of(&s),
        Some(EscalationPath::Back {
            discussed: d("2026-04-28"),
            on: d("2026-05-12")
        })
    );
    // A meeting later the path is done; a new signal (three months after
    // the expertoverleg without a 6) starts a new path.
    let later =
        top3::timeline::next_session(all.last().unwrap(), net.kind, D, &net.name, d("2026-06-09"));
    all.push(later);
    let s = judged(&all, "2026-06-09");
    assert_eq!(path_of(&s), None, "{s:?}");
    let s = judged(&all, "2026-08-01");
    assert!(escalating(&s), "{s:?}");
}

#[test]
fn the_expertoverleg_starts_from_the_registration_question() {
    let mut all = network_meetings();
    all.last_mut().unwrap().case.registration.escalation_reason =
        "Geen 6 na drie maanden; de overdracht blijft onveilig (fictief).".into();
    let layouts = top3::layout::LayoutSet::builtin();
    let x = layouts.get("expertoverleg").unwrap();
    let expert =
        top3::timeline::next_session(all.last().unwrap(), x.kind, D, &x.name, d("2026-04-28"));
    assert_eq!(
        expert.approach.question,
        "Geen 6 na drie maanden; de overdracht blijft onveilig (fictief)."
    );
}

fn top3_cmd(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(common::bin())
        .args(args)
        .arg("--dir")
        .arg(dir)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LANG")
        .env_remove("TOP3_CONFIG")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn history(dir: &Path, today: &str) -> String {
    let case = dir.join("GEN-PAD");
    let (ok, text) = top3_cmd(dir, &["history", case.to_str().unwrap(), "--today", today]);
    assert!(ok, "{text}");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_whole_path_through_the_program() {
    let dir = tempfile::tempdir().unwrap();
    write_sessions(dir.path(), &network_meetings());
    // The signal.
    let h = history(dir.path(), "2026-04-10");
    assert!(
        h.contains("Meld de casus aan bij het MDA++ expertoverleg"),
        "{h}"
    );
    // Registered: the chair records the sending in the newest meeting's form.
    let case = dir.path().join("GEN-PAD");
    let newest = top3::history::CaseHistory::load(&case)
        .unwrap()
        .meetings
        .last()
        .unwrap()
        .path
        .clone();
    let mut s = top3::store::load_session(&newest).unwrap();
    s.case.registration.sent_on = Some(d("2026-04-12"));
    s.case.registration.sent_by = "Fictief coördinator".into();
    top3::store::save_session(&newest, &s).unwrap();
    let h = history(dir.path(), "2026-04-20");
    assert!(
        h.contains("Aangemeld bij het MDA++ expertoverleg op 12-04-2026 door Fictief coördinator"),
        "{h}"
    );
    assert!(!h.contains("Meld de casus aan"), "{h}");
    // The expertoverleg: the family is informed afterwards, not present.
    let (ok, text) = top3_cmd(
        dir.path(),
        &[
            "new",
            "--case",
            "GEN-PAD",
            "--layout",
            "expertoverleg",
            "--date",
            "2026-04-28",
            "--no-open",
        ],
    );
    assert!(ok, "{text}");
    let h = history(dir.path(), "2026-04-28");
    assert!(
        h.contains("Besproken in het MDA++ expertoverleg van 28-04-2026 (aangemeld op 12-04-2026)"),
        "{h}"
    );
    let loaded = top3::history::CaseHistory::load(&case).unwrap();
    let x = &loaded.meetings.last().unwrap().session;
    assert_eq!(x.kind, MeetingKind::Expertoverleg);
    assert!(
        x.participants
            .iter()
            .filter(|p| p.group == Some(Group::Gezin))
            .all(|p| p.attendance == Attendance::InformedAfterwards),
        "{:?}",
        x.participants
    );
    assert_eq!(x.leader_title(), LeaderTitle::Voorzitter);
    // Back with the coördinator: `new` without a layout takes the network
    // meeting's layout, its leader and its people.
    let (ok, text) = top3_cmd(
        dir.path(),
        &[
            "new",
            "--case",
            "GEN-PAD",
            "--date",
            "2026-05-12",
            "--no-open",
        ],
    );
    assert!(ok, "{text}");
    let loaded = top3::history::CaseHistory::load(&case).unwrap();
    let back = &loaded.meetings.last().unwrap().session;
    assert_eq!(back.layout, "netwerkoverleg-veiligheidsplan");
    assert_eq!(back.leader_title(), LeaderTitle::Coordinator);
    assert_eq!(back.chair, "Fictief coördinator");
    assert!(
        back.participants
            .iter()
            .filter(|p| p.group == Some(Group::Gezin))
            .all(|p| p.attendance == Attendance::Present),
        "{:?}",
        back.participants
    );
    let h = history(dir.path(), "2026-05-12");
    assert!(h.contains("Terug bij de coördinator sinds het overleg van 12-05-2026, na het MDA++ expertoverleg van 28-04-2026"), "{h}");
    assert!(!h.contains("Meld de casus aan"), "{h}");
    // The coordinator opens the meeting in a terminal: the leader is the
    // coördinator, and the review step says what the meeting comes from:
    // the expertoverleg's approach, which leads.
    let file = loaded.meetings.last().unwrap().path.clone();
    let mut t = Term::start(&["open", file.to_str().unwrap()], dir.path(), 120, 40);
    t.wait_for("Wie zit er aan tafel");
    t.send("v");
    t.wait_for("Coördinator: Fictief coördinator");
    t.send("\x1b[C");
    t.wait_for("Signalen van de casus");
    t.wait_until("the path back", |screen| {
        let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        flat.contains("Besproken in het MDA++ expertoverleg van 28-04-2026 (aangemeld op 12-04-2026): de aanpak van het expertoverleg is leidend")
    });
    assert!(!t.screen().contains("Meld de casus aan"), "{}", t.screen());
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn the_start_screen_shows_where_the_case_is_on_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut all = network_meetings();
    all.last_mut().unwrap().case.registration.sent_on = Some(d("2026-04-12"));
    write_sessions(dir.path(), &all);
    let start = top3::effects::start_screen(dir.path(), d("2026-04-20"), &Rules::default());
    let app = top3::app::App::new(
        top3::app::Screen::Start(Box::new(start)),
        top3::app::KeyMap::default(),
        top3::layout::LayoutSet::builtin(),
    );
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let rows = common::screen(&app, w, h);
        let text = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("Aangemeld bij het MDA++ expertoverleg op 12-04-2026"),
            "{w}x{h}: {}",
            rows.join("\n")
        );
        assert!(!text.contains("Meld de casus aan"), "{w}x{h}: {text}");
    }
}
