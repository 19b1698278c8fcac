//! Carry-forward: the next meeting starts from the newest one, ids kept and
//! never reused; `top3 new --case` continues a case.
use crate::casegen;
use crate::common;

use casegen::*;
use std::collections::HashSet;
use std::fs;
use std::process::{Command, Output};
use top3::model::*;
use top3::store::load_session;

fn top3(args: &[&str]) -> Output {
    Command::new(common::bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LAYOUTS")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap()
}

fn next_session(prev: &Session, layout: &top3::layout::Layout, date: chrono::NaiveDate) -> Session {
    top3::timeline::next_session(prev, layout.kind, layout.phase, &layout.name, date)
}

fn open_actions(s: &Session) -> impl Iterator<Item = &Action> {
    top3::timeline::live_actions(s)
}

fn training(i: usize) -> Session {
    load_session(&common::training_sessions()[i]).unwrap()
}

fn review_targets(s: &Session) -> Vec<ReviewTarget> {
    s.review.iter().map(|r| r.target).collect()
}

#[test]
fn the_next_meeting_carries_what_is_still_in_force_with_its_ids() {
    // Meeting 2 reviewed the standing agreements 22 and 24 as going well,
    // the one-off 23 as late and the one-off 25 as done.
    let prev = training(1);
    let next = next_session(&prev, &layout_of(prev.phase), d("2026-10-27"));
    assert_eq!(next.case, prev.case);
    assert_eq!(next.review_of, Some(prev.date));
    // Attendance carries over as it was, for the chair to confirm.
    assert_eq!(next.participants, prev.participants);
    assert!(next.participants.iter().any(|p| !p.is_present()));
    assert_eq!(next.top3, prev.top3);
    assert_eq!(next.conditions, prev.conditions);
    assert_eq!(next.facts, prev.facts);
    let aids: Vec<u64> = next.actions.iter().map(|a| a.id.0).collect();
    assert_eq!(aids, [22, 23, 24], "done (25) ends; the others run on");
    // One review line per carried condition and action, unmarked, with text.
    assert_eq!(
        review_targets(&next),
        [19, 20, 21]
            .map(|i| ReviewTarget::Condition(Id(i)))
            .into_iter()
            .chain([22, 23, 24].map(|i| ReviewTarget::Action(Id(i))))
            .collect::<Vec<_>>()
    );
    assert!(
        next.review
            .iter()
            .all(|r| r.status.is_none() && !r.text.is_empty())
    );
    assert_eq!(
        next.review[3].choices(),
        [
            ReviewStatus::GoingWell,
            ReviewStatus::NotKept,
            ReviewStatus::Stopped
        ],
        "a standing agreement"
    );
    assert_eq!(
        next.review[4].choices(),
        [
            ReviewStatus::Done,
            ReviewStatus::NotDone,
            ReviewStatus::Late,
            ReviewStatus::Dropped
        ],
        "a one-off agreement"
    );
    // The scale is asked again; notes and the meeting's own data are fresh.
    assert!(next.scales.is_empty() && next.notes.is_empty());
    assert_eq!(next.next_meeting, None);
    assert_eq!(next.step, 0);
    assert_eq!(next.next_id, prev.next_id);
    assert_eq!(next.previous_plan, None);
    assert_eq!(next.inconsistencies(), vec![]);
}

#[test]
fn the_newest_training_meeting_ends_the_done_action_and_carries_the_standing_ones() {
    let prev = training(2);
    let next = next_session(&prev, &layout_of(prev.phase), d("2026-11-24"));
    let aids: Vec<u64> = next.actions.iter().map(|a| a.id.0).collect();
    assert_eq!(aids, [22, 24]);
    assert!(next.actions.iter().all(|a| a.is_standing()));
    assert_eq!(next.review.len(), 5);
}

#[test]
fn a_done_action_that_was_agreed_again_stays_open() {
    let mut prev = training(2);
    let i = prev.actions.iter().position(|a| a.id == Id(23)).unwrap();
    prev.actions[i].what = "Gaat elke week naar de plegerhulp.".into();
    let next = next_session(&prev, &layout_of(prev.phase), d("2026-11-24"));
    let aids: Vec<u64> = next.actions.iter().map(|a| a.id.0).collect();
    assert_eq!(aids, [22, 23, 24]);
    assert!(
        next.review
            .iter()
            .any(|r| r.text == "Gaat elke week naar de plegerhulp.")
    );
}

#[test]
fn ids_are_never_reused_over_many_meetings() {
    let plans: Vec<Plan> = (0..50)
        .map(|i| Plan {
            date: d("2025-01-06") + chrono::Days::new(14 * i),
            phase: if i < 30 {
                Phase::DirecteVeiligheid
            } else {
                Phase::StabieleVeiligheid
            },
            scores: vec![(i % 11) as u8, 5],
        })
        .collect();
    let ss = sessions("GEN-20", &plans);
    let mut seen: HashSet<Id> = HashSet::new();
    let mut all_new = 0;
    for (i, s) in ss.iter().enumerate() {
        assert_eq!(s.inconsistencies(), vec![], "meeting {i}");
        assert!(s.max_id().unwrap().0 < s.next_id, "meeting {i}");
        let ids: Vec<Id> = s
            .participants
            .iter()
            .map(|p| p.id)
            .chain(s.top3.items().iter().map(|x| x.id))
            .chain(s.scales.iter().map(|x| x.id))
            .chain(s.conditions.iter().map(|x| x.id))
            .chain(s.actions.iter().map(|x| x.id))
            .collect();
        if i > 0 {
            let prev = &ss[i - 1];
            // Everything new in this meeting has an id above any before.
            for id in &ids {
                if !seen.contains(id) {
                    assert!(id.0 >= prev.next_id, "meeting {i}: {id} reused");
                    all_new += 1;
                }
            }
            // Carried items keep their ids.
            let carried: Vec<Id> = open_actions(prev).map(|a| a.id).collect();
            for id in carried {
                assert!(
                    s.actions.iter().any(|a| a.id == id),
                    "meeting {i}: {id} lost"
                );
            }
        }
        seen.extend(ids);
    }
    assert!(
        all_new >= 49 * 2,
        "a scale and an action per meeting: {all_new}"
    );
}

#[test]
fn a_phase_change_keeps_the_previous_plan_in_summary() {
    let prev = training(2);
    let stable = layout_of(Phase::StabieleVeiligheid);
    let next = next_session(&prev, &stable, d("2026-11-24"));
    assert_eq!(next.phase, Phase::StabieleVeiligheid);
    assert_eq!(next.layout, stable.name);
    assert!(next.top3.is_empty(), "the new phase chooses its own TOP 3");
    let plan = next.previous_plan.clone().unwrap();
    assert_eq!(plan.phase, Phase::DirecteVeiligheid);
    assert_eq!(plan.date, prev.date);
    assert_eq!(plan.top3.len(), 3);
    assert_eq!(plan.top3[0], prev.top3.items()[0].text);
    assert_eq!(plan.conditions.len(), 3);
    // The standing agreements were still running.
    assert_eq!(plan.open_actions.len(), 2);
    assert!(plan.open_actions.iter().all(|a| a.term().is_standing()));
    // The safety conditions stay in force and are reviewed; each keeps the
    // TOP-3 situation and the plan it came from.
    assert_eq!(next.conditions.len(), 3);
    for (c, old) in next.conditions.iter().zip(&prev.conditions) {
        let origin = c.origin.as_ref().expect("origin recorded");
        assert_eq!(origin.phase, Phase::DirecteVeiligheid);
        let sit = prev.top3.get(old.situation.unwrap()).unwrap();
        assert_eq!(origin.situation, sit.text);
    }
    assert!(
        top3::plan::check(&next)
            .iter()
            .all(|f| !matches!(f, top3::plan::Finding::ConditionUntied { .. })),
        "the plan check accepts conditions from the previous plan"
    );
    assert_eq!(
        next.review.len(),
        5,
        "three conditions and two standing agreements"
    );
    assert_eq!(next.inconsistencies(), vec![]);
    // The meeting after it, in the same phase, still holds the summary.
    let after = next_session(&next, &stable, d("2026-12-22"));
    assert_eq!(after.previous_plan, Some(plan));
    // It survives a save and load.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    top3::store::save_session(&path, &after).unwrap();
    assert_eq!(load_session(&path).unwrap(), after);
    // A session without a phase change writes no previous_plan field.
    let same = next_session(&prev, &layout_of(prev.phase), d("2026-11-24"));
    assert!(!top3::store::session_to_ron(&same).contains("previous_plan"));
}

#[test]
fn new_with_case_continues_from_the_newest_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 3] = [&[3], &[4], &[5]];
    let case = write_case(dir.path(), "GEN-21", &monthly("2026-01-05", 28, &scores));
    let d_ = dir.path().to_str().unwrap();
    // Files saved out of order: the newest by date has the first name.
    let newest = load_session(&case.join("2026-03-02-casusoverleg.ron")).unwrap();
    fs::rename(
        case.join("2026-03-02-casusoverleg.ron"),
        case.join("0-laatste.ron"),
    )
    .unwrap();
    let out = top3(&[
        "new",
        "--dir",
        d_,
        "--case",
        "GEN-21",
        "--date",
        "2026-03-30",
        "--no-open",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made = load_session(&case.join("2026-03-30-casusoverleg.ron")).unwrap();
    assert_eq!(
        made.layout, "casusoverleg",
        "layout defaults to the newest's"
    );
    assert_eq!(made.review_of, Some(newest.date));
    let carried: Vec<Id> = open_actions(&newest).map(|a| a.id).collect();
    assert_eq!(
        made.actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        carried
    );
    assert_eq!(made.review.len(), newest.conditions.len() + carried.len());
    assert!(made.next_id >= newest.next_id);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Voortgezet vanuit het overleg van 02-03-2026"),
        "{text}"
    );
    assert_eq!(top3(&["check", d_]).status.code(), Some(0));

    // A date before the newest meeting is refused, nothing written.
    let before = fs::read_dir(&case).unwrap().count();
    let out = top3(&[
        "new",
        "--dir",
        d_,
        "--case",
        "GEN-21",
        "--date",
        "2026-02-01",
        "--no-open",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fs::read_dir(&case).unwrap().count(), before);

    // A new phase by --layout.
    let out = top3(&[
        "new",
        "--dir",
        d_,
        "--case",
        "GEN-21",
        "--date",
        "2026-04-27",
        "--layout",
        "hulpverleningsplan",
        "--no-open",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let made = load_session(&case.join("2026-04-27-hulpverleningsplan.ron")).unwrap();
    assert_eq!(made.phase, Phase::StabieleVeiligheid);
    assert!(made.previous_plan.is_some());
}

#[test]
fn a_corrupt_newest_meeting_stops_new_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 2] = [&[3], &[4]];
    let case = write_case(dir.path(), "GEN-22", &monthly("2026-01-05", 28, &scores));
    fs::write(case.join("2026-02-20-casusoverleg.ron"), "(version: 1,").unwrap();
    let before = fs::read_dir(&case).unwrap().count();
    let d_ = dir.path().to_str().unwrap();
    let out = top3(&[
        "new",
        "--dir",
        d_,
        "--case",
        "GEN-22",
        "--date",
        "2026-03-01",
        "--no-open",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("top3: ") && err.contains("2026-02-20-casusoverleg.ron"),
        "{err}"
    );
    assert!(err.contains("niets geschreven"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(
        fs::read_dir(&case).unwrap().count(),
        before,
        "nothing written"
    );

    // An older corrupt file only warns; the new meeting continues.
    fs::rename(
        case.join("2026-02-20-casusoverleg.ron"),
        case.join("2025-12-01-casusoverleg.ron"),
    )
    .unwrap();
    let out = top3(&[
        "new",
        "--dir",
        d_,
        "--case",
        "GEN-22",
        "--date",
        "2026-03-01",
        "--no-open",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2025-12-01-casusoverleg.ron"));
}

#[test]
fn new_for_a_new_case_still_needs_a_layout() {
    let dir = tempfile::tempdir().unwrap();
    let d_ = dir.path().to_str().unwrap();
    let out = top3(&["new", "--dir", d_, "--case", "GEN-23", "--no-open"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--layout"));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}
