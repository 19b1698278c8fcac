//! The sharper plan check (issue 11): deadlines before the meeting, broken
//! conditions left unanswered, vague words, a due escalation; and no false
//! alarms.

use crate::casegen;

use casegen::*;
use top3::model::*;
use top3::plan::{Finding, VagueWords, check, check_case};
use top3::timeline::{Restart, Signal};

/// A second meeting of a generated case, reviewed (all kept) and complete
/// enough that only what a test changes is found.
fn meeting() -> Session {
    let plans = [
        plan("2026-01-05", Phase::DirecteVeiligheid, &[6, 6, 6, 6]),
        plan("2026-02-04", Phase::DirecteVeiligheid, &[6, 6, 6, 6]),
    ];
    let mut s = sessions("GEN-CHK", &plans).pop().unwrap();
    let sit = s.top3.items()[0].id;
    for c in &mut s.conditions {
        c.situation = Some(sit);
    }
    for a in &mut s.actions {
        a.how_checked = "coördinator belt".into();
        a.monitored_by = "coördinator".into();
        a.if_broken = "coördinator meldt het bij Veilig Thuis".into();
    }
    for r in &mut s.review {
        if r.status.is_some_and(ReviewStatus::ends) {
            r.note = "gedaan op tijd".into();
        }
    }
    s.next_meeting = Some(d("2026-03-06"));
    s
}

fn kinds(f: &[Finding]) -> Vec<String> {
    f.iter()
        .map(|x| {
            format!("{x:?}")
                .split([' ', '{'])
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn the_generated_meeting_is_firm() {
    assert_eq!(check(&meeting()), vec![]);
}

#[test]
fn each_rule_finds_what_it_must_and_nothing_else() {
    type Change = fn(&mut Session);
    let rows: Vec<(&str, Change, Vec<&str>)> = vec![
        (
            "a new deadline before the meeting's date",
            |s| {
                let a = s.actions.last_mut().unwrap();
                a.term = Term::Once {
                    due: Some(d("2026-02-01")),
                };
            },
            vec!["DeadlineBeforeMeeting"],
        ),
        (
            "no basis recorded for sharing the case's data",
            |s| s.case.sharing_basis = None,
            vec!["NoSharingBasis"],
        ),
        (
            "consent without the day it was given",
            |s| {
                s.case.sharing_basis = Some(SharingBasis::Consent {
                    of: "moeder".into(),
                    on: None,
                })
            },
            vec!["SharingIncomplete"],
        ),
        (
            "another ground without its words",
            |s| {
                s.case.sharing_basis = Some(SharingBasis::NoConsent(LegalGround::Other(" ".into())))
            },
            vec!["SharingIncomplete"],
        ),
        (
            "consent of whom and when is complete",
            |s| {
                s.case.sharing_basis = Some(SharingBasis::Consent {
                    of: "moeder".into(),
                    on: Some(d("2026-01-05")),
                })
            },
            vec![],
        ),
        (
            "the meldcode is a ground",
            |s| s.case.sharing_basis = Some(SharingBasis::NoConsent(LegalGround::Meldcode)),
            vec![],
        ),
        (
            "a deadline on the meeting's date is fine",
            |s| {
                s.actions.last_mut().unwrap().term = Term::Once {
                    due: Some(d("2026-02-04")),
                };
            },
            vec![],
        ),
        (
            "a broken condition with nothing changed",
            |s| {
                for r in &mut s.review {
                    if matches!(r.target, ReviewTarget::Condition(_)) {
                        r.status = Some(ReviewStatus::Broken);
                    }
                }
                // Only carried agreements: drop the new one.
                let reviewed: Vec<Id> = s.review.iter().map(|r| r.target.id()).collect();
                s.actions.retain(|a| reviewed.contains(&a.id));
            },
            vec!["BrokenUnanswered"],
        ),
        (
            "a broken condition with a reason recorded",
            |s| {
                for r in &mut s.review {
                    if matches!(r.target, ReviewTarget::Condition(_)) {
                        r.status = Some(ReviewStatus::Broken);
                        r.note = "oma was ziek; de overdracht ging via de school".into();
                    }
                }
                let reviewed: Vec<Id> = s.review.iter().map(|r| r.target.id()).collect();
                s.actions.retain(|a| reviewed.contains(&a.id));
            },
            vec![],
        ),
        (
            "a broken condition answered by a changed condition",
            |s| {
                for r in &mut s.review {
                    if matches!(r.target, ReviewTarget::Condition(_)) {
                        r.status = Some(ReviewStatus::Broken);
                    }
                }
                s.conditions[0].text = "Overdracht op school, nooit thuis (fictief)".into();
                let reviewed: Vec<Id> = s.review.iter().map(|r| r.target.id()).collect();
                s.actions.retain(|a| reviewed.contains(&a.id));
            },
            vec![],
        ),
        (
            "a broken condition answered by a new agreement made on it",
            |s| {
                for r in &mut s.review {
                    if matches!(r.target, ReviewTarget::Condition(_)) {
                        r.status = Some(ReviewStatus::Broken);
                    }
                }
                let broken = s.conditions[0].id;
                s.actions.last_mut().unwrap().answers = Some(broken);
            },
            vec![],
        ),
        (
            "a new agreement about something else does not answer a broken condition",
            |s| {
                for r in &mut s.review {
                    if matches!(r.target, ReviewTarget::Condition(_)) {
                        r.status = Some(ReviewStatus::Broken);
                    }
                }
            },
            vec!["BrokenUnanswered"],
        ),
        (
            "vague: iedereen",
            |s| s.actions.last_mut().unwrap().who = "iedereen".into(),
            vec!["Vague"],
        ),
        (
            "vague: dan praten we erover",
            |s| s.conditions[0].text = "Als het misgaat, dan praten we erover.".into(),
            vec!["Vague"],
        ),
        (
            "vague: zo snel mogelijk",
            |s| s.actions.last_mut().unwrap().what = "Zo snel mogelijk een gesprek".into(),
            vec!["Vague"],
        ),
        (
            "a word inside another word is not vague",
            |s| s.actions.last_mut().unwrap().what = "Uitproberenlijst ophalen".into(),
            vec![],
        ),
        (
            "no next meeting",
            |s| s.next_meeting = None,
            vec!["NoNextMeeting"],
        ),
        (
            "no next meeting when the case closes",
            |s| {
                s.next_meeting = None;
                s.closes_case = true;
            },
            vec![],
        ),
        (
            "no next meeting after an expertoverleg",
            |s| {
                s.next_meeting = None;
                s.kind = MeetingKind::Expertoverleg;
                // The client's part was decided (else that is asked).
                s.client_attendance = Some(top3::model::ClientAttendance {
                    attends: false,
                    reason: "Besloten door coördinator en voorzitter.".into(),
                });
            },
            vec![],
        ),
        (
            "an expertoverleg without the client's part decided",
            |s| s.kind = MeetingKind::Expertoverleg,
            vec!["ClientAttendanceOpen"],
        ),
        (
            "no score from someone marked geen cijfer gevraagd",
            |s| {
                let id = s.alloc_id();
                let mut child = Participant::new(id, "Fictief kind");
                child.no_score = Some("te jong".into());
                s.participants.push(child);
            },
            vec![],
        ),
        (
            "a condition nobody monitors",
            |s| s.conditions[0].monitored_by.clear(),
            vec!["ConditionUnmonitored"],
        ),
    ];
    for (name, change, want) in rows {
        let mut s = meeting();
        change(&mut s);
        assert_eq!(kinds(&check(&s)), want, "{name}");
    }
}

#[test]
fn a_due_escalation_is_registered_or_overridden() {
    let due = [Signal::EscalateToExpertoverleg {
        phase: Phase::DirecteVeiligheid,
        since: d("2025-10-01"),
        deadline: d("2026-01-01"),
        restart: Restart::PhaseStart,
    }];
    let v = VagueWords::default();
    let s = meeting();
    assert_eq!(kinds(&check_case(&s, &due, &v)), vec!["EscalationDue"]);
    assert_eq!(check_case(&s, &[], &v), vec![]);
    let mut registered = s.clone();
    registered.case.registration.situation = "Herhaald geweld (fictief)".into();
    assert_eq!(check_case(&registered, &due, &v), vec![]);
    let mut overridden = s.clone();
    overridden.escalation_override = Some("Aanmelding loopt al via Veilig Thuis".into());
    assert_eq!(check_case(&overridden, &due, &v), vec![]);
    let mut blank = s;
    blank.escalation_override = Some("  ".into());
    assert_eq!(kinds(&check_case(&blank, &due, &v)), vec!["EscalationDue"]);
}

#[test]
fn the_vague_words_are_a_setting_per_language() {
    let mine = VagueWords {
        nl: vec!["misschien".into()],
        en: vec![],
    };
    assert_eq!(mine.find("Misschien belt oma."), Some("misschien"));
    assert_eq!(mine.find("Iedereen let op."), None);
    let shipped = VagueWords::default();
    for w in [
        "iedereen",
        "we zien wel",
        "zo snel mogelijk",
        "indien nodig",
        "binnenkort",
        "erover praten",
        "proberen",
        "eventueel",
    ] {
        assert!(shipped.nl.iter().any(|x| x == w), "{w}");
    }
    assert_eq!(shipped.find("We will see, if needed."), Some("we will see"));
}

#[test]
fn a_due_escalation_keeps_the_plan_from_being_made_final() {
    use top3::plan::mark_vastgesteld_in_case;
    let due = [Signal::EscalateBreaches {
        phase: Phase::DirecteVeiligheid,
        condition: "Overdracht bij oma (fictief)".into(),
        dates: vec![d("2026-01-05"), d("2026-02-04")],
    }];
    let mut s = meeting();
    let day = s.date;
    let refused =
        mark_vastgesteld_in_case(&mut s, day, None, &due, &Default::default()).unwrap_err();
    assert_eq!(kinds(&refused), vec!["EscalationDue"]);
    assert!(s.plan_status.is_concept());
    mark_vastgesteld_in_case(&mut s, day, None, &[], &Default::default()).unwrap();
    assert!(!s.plan_status.is_concept());
}

#[test]
fn export_check_reads_the_case_and_names_a_due_escalation() {
    let dir = tempfile::tempdir().unwrap();
    let plans = [
        plan("2026-01-05", Phase::DirecteVeiligheid, &[3, 3]),
        plan("2026-05-04", Phase::DirecteVeiligheid, &[3, 3]),
    ];
    let case = write_case(dir.path(), "GEN-ESC", &plans);
    // The case folder: the check takes its newest meeting.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_top3"))
        .args(["export", case.to_str().unwrap(), "--check"])
        .env_remove("TOP3_LANG")
        .env("TOP3_CONFIG", dir.path().join("none.ron"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Opschaling is nodig"), "{text}");
}
