//! The real binary in a pseudo-terminal: `top3 new --case` after an MDA++
//! expertoverleg goes back to the network layout with the coördinator
//! leading and the people of the last network meeting, and `Ctrl-U` clears
//! a field. All names are fictional.
use crate::common;

use chrono::NaiveDate;
use common::pty::*;
use top3::model::{Attendance, Case, CaseCode, Group, MeetingKind, Participant, Ring, Session};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn person(s: &mut Session, name: &str, role: &str, org: &str, group: Option<Group>) -> Participant {
    let id = s.alloc_id();
    let mut p = Participant::new(id, name);
    p.role = role.into();
    p.organisation = org.into();
    p.group = group;
    s.participants.push(p.clone());
    p
}

/// Case RL-2 in `dir/sessions`: a network meeting (the school absent) and
/// the expertoverleg after it, with its voorzitter and two experts.
fn case_with_an_expertoverleg(dir: &std::path::Path) {
    let folder = dir.join("sessions/RL-2");
    std::fs::create_dir_all(&folder).unwrap();
    let mut net = Session::new(
        Case::new(CaseCode::new("RL-2").unwrap()),
        MeetingKind::Netwerkoverleg,
        top3::model::Phase::DirecteVeiligheid,
        "netwerkoverleg-veiligheidsplan",
        d(2026, 9, 1),
    );
    person(&mut net, "Moeder Fictief", "moeder", "", Some(Group::Gezin));
    person(
        &mut net,
        "C. Oordinator",
        "coördinator MDA++",
        "Veilig Thuis",
        None,
    );
    person(
        &mut net,
        "J. Juf",
        "leerkracht",
        "basisschool Voorbeeld",
        None,
    );
    net.participants[2].attendance = Attendance::Absent;
    net.chair = "C. Oordinator".into();
    net.case.roles.casusregisseur = "C. Oordinator".into();
    net.case.roles.procesregisseur = "P. Roces".into();
    top3::store::save_session(
        &folder.join("2026-09-01-netwerkoverleg-veiligheidsplan.ron"),
        &net,
    )
    .unwrap();

    let mut exp = top3::timeline::next_session(
        &net,
        MeetingKind::Expertoverleg,
        net.phase,
        "expertoverleg",
        d(2026, 12, 1),
    );
    top3::timeline::carry_people(&mut exp, [&net]);
    person(
        &mut exp,
        "H. Voorzit",
        "voorzitter MDA++",
        "ZVH",
        Some(Group::Professional),
    );
    let mut e = person(
        &mut exp,
        "E. Erst",
        "expert",
        "Reclassering",
        Some(Group::Professional),
    );
    e.ring = Some(Ring::Eerste);
    *exp.participants.last_mut().unwrap() = e;
    exp.chair = "H. Voorzit".into();
    top3::store::save_session(&folder.join("2026-12-01-expertoverleg.ron"), &exp).unwrap();
}

#[test]
fn new_after_an_expertoverleg_goes_back_to_the_network_layout_and_ctrl_u_clears_a_field() {
    for (cols, rows) in [(80, 24), (200, 60)] {
        let tmp = tempfile::tempdir().unwrap();
        case_with_an_expertoverleg(tmp.path());
        let mut t = Term::start(
            &["new", "--case", "RL-2", "--date", "2027-01-05"],
            tmp.path(),
            cols,
            rows,
        );
        t.wait_for("Wie zit er aan tafel");
        t.wait_for("TOP-3 netwerkoverleg");
        t.wait_for("Aanwezigheid zoals bij het overleg van 01-09-2026");
        t.wait_for("Coördinator: C. Oordinator");
        let screen = t.screen();
        assert!(!screen.contains("H. Voorzit"), "{screen}");
        assert!(!screen.contains("E. Erst"), "{screen}");
        // Ctrl-U on the first participant's name, then a new name.
        t.send(DOWN);
        t.send(DOWN);
        t.send(ENTER);
        t.wait_for("Deelnemer");
        t.send("\x15");
        t.typ("Moeder Anders");
        t.send(ESC);
        t.wait_for("Moeder Anders — ✓ aanwezig");
        t.send("q");
        assert_eq!(t.wait_exit(), 0);

        let path = tmp
            .path()
            .join("sessions/RL-2/2027-01-05-netwerkoverleg-veiligheidsplan.ron");
        let s = top3::store::load_session(&path).unwrap();
        assert_eq!(s.kind, MeetingKind::Netwerkoverleg);
        assert_eq!(s.chair, "C. Oordinator");
        let people: Vec<(&str, Attendance)> = s
            .participants
            .iter()
            .map(|p| (p.name.as_str(), p.attendance))
            .collect();
        assert_eq!(
            people,
            [
                ("Moeder Anders", Attendance::Present),
                ("C. Oordinator", Attendance::Present),
                ("J. Juf", Attendance::Absent),
            ],
            "the last network meeting's people and attendance, {cols}×{rows}"
        );
        assert_eq!(s.case.roles.procesregisseur, "P. Roces");
    }
}

#[test]
fn new_says_who_it_carried_after_an_expertoverleg() {
    let tmp = tempfile::tempdir().unwrap();
    case_with_an_expertoverleg(tmp.path());
    let out = std::process::Command::new(common::bin())
        .args([
            "--dir",
            "sessions",
            "new",
            "--case",
            "RL-2",
            "--date",
            "2027-01-05",
            "--no-open",
        ])
        .current_dir(tmp.path())
        .env("HOME", tmp.path())
        .env("XDG_CONFIG_HOME", tmp.path().join(".config"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("2027-01-05-netwerkoverleg-veiligheidsplan.ron"),
        "{text}"
    );
    assert!(
        text.contains("Terug bij de coördinator na het MDA++ expertoverleg van 01-12-2026")
            && text.contains("komen uit het overleg van 01-09-2026"),
        "{text}"
    );
}
