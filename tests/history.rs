//! The history of a case: order, series, phases, open actions, signals, and
//! `top3 history` driven as a binary.
use crate::casegen;
use crate::common;

use casegen::*;
use std::fs;
use std::process::{Command, Output};
use top3::history::{CaseHistory, NotACase, Restart, Rules, Signal, Unsafe};
use top3::model::Phase;

fn top3(args: &[&str]) -> Output {
    Command::new(common::bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LAYOUTS")
        .env_remove("TOP3_LANG")
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn medians(h: &CaseHistory) -> Vec<Option<f32>> {
    h.scale_series("veiligheid")
        .iter()
        .map(|p| p.stats.map(|s| s.median))
        .collect()
}

#[test]
fn training_case_reads_in_date_order_with_known_medians() {
    let h = CaseHistory::load(&common::repo().join("sessions/TR-2026-001")).unwrap();
    assert!(h.problems.is_empty());
    let dates: Vec<_> = h.meetings.iter().map(|m| m.session.date).collect();
    assert_eq!(dates, [d("2026-09-01"), d("2026-09-29"), d("2026-10-27")]);
    assert_eq!(medians(&h), [Some(3.0), Some(5.0), Some(6.0)]);
    // One meeting at 6 is not yet two in a row; a 6 was reached in time.
    // The example's form was sent the day after the last meeting: the case
    // is on its way to the expertoverleg.
    assert_eq!(
        h.signals(&Rules::default(), d("2026-11-24")),
        vec![top3::timeline::Signal::Path(
            top3::timeline::EscalationPath::Registered {
                on: d("2026-10-28"),
                by: "R. Bakker, coördinator MDA++".into()
            }
        )]
    );
    // The two standing agreements run on; the one-off ones were done.
    let open = h.open_actions(d("2026-11-24"));
    let ids: Vec<u64> = open.iter().map(|o| o.action.id.0).collect();
    assert_eq!(ids, [22, 24]);
    assert!(open.iter().all(|o| !o.overdue && o.action.is_standing()));
    let spans = h.phases();
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0].meetings, 3);
}

#[test]
fn no_six_within_three_months_escalates_on_a_known_date() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 5] = [&[3, 4, 2], &[4, 4, 5], &[5, 4, 5], &[5, 5, 6], &[5, 6, 5]];
    let case = write_case(dir.path(), "GEN-1", &monthly("2026-01-15", 28, &scores));
    let h = CaseHistory::load(&case).unwrap();
    assert_eq!(h.meetings.len(), 5);
    assert_eq!(
        medians(&h),
        [Some(3.0), Some(4.0), Some(5.0), Some(5.0), Some(5.0)]
    );
    let rules = Rules::default();
    let escalate = Signal::EscalateToExpertoverleg {
        phase: Phase::DirecteVeiligheid,
        restart: Restart::PhaseStart,
        since: d("2026-01-15"),
        deadline: d("2026-04-15"),
    };
    assert_eq!(h.signals(&rules, d("2026-05-20")), vec![escalate]);
    // The day of the deadline itself is not yet past it.
    let ahead = Signal::DeadlineAhead {
        phase: Phase::DirecteVeiligheid,
        restart: Restart::PhaseStart,
        since: d("2026-01-15"),
        deadline: d("2026-04-15"),
    };
    let first_three =
        CaseHistory::from_meetings(case.clone(), h.meetings[..3].to_vec(), Vec::new());
    assert_eq!(first_three.signals(&rules, d("2026-04-15")), vec![ahead]);
    // The period is a setting.
    let longer = Rules {
        escalate_direct_after_months: 6,
        ..Rules::default()
    };
    assert!(matches!(
        h.signals(&longer, d("2026-05-20"))[..],
        [Signal::DeadlineAhead { deadline, .. }] if deadline == d("2026-07-15")
    ));
    // So is the threshold: with 5, the third meeting reaches it.
    let five = Rules {
        threshold: top3::model::Score::new(5).unwrap(),
        ..Rules::default()
    };
    assert!(matches!(
        h.signals(&five, d("2026-05-20"))[..],
        [Signal::PhaseGoalReached { since, next: Some(Phase::StabieleVeiligheid), .. }] if since == d("2026-03-12")
    ));
}

#[test]
fn two_meetings_running_at_six_reach_the_goal_and_a_drop_is_a_relapse() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 5] = [&[3], &[5], &[6, 7], &[7, 6, 6], &[6]];
    let case = write_case(dir.path(), "GEN-2", &monthly("2026-03-01", 21, &scores));
    let h = CaseHistory::load(&case).unwrap();
    let rules = Rules::default();
    assert_eq!(
        h.signals(&rules, d("2026-09-01")),
        vec![Signal::PhaseGoalReached {
            phase: Phase::DirecteVeiligheid,
            since: d("2026-04-12"),
            next: Some(Phase::StabieleVeiligheid),
        }]
    );
    // Add a meeting at 4: no goal, a relapse, still no escalation.
    let mut plans = monthly("2026-03-01", 21, &scores);
    plans.push(plan("2026-06-14", Phase::DirecteVeiligheid, &[4, 4, 5]));
    let dir2 = tempfile::tempdir().unwrap();
    let h = CaseHistory::load(&write_case(dir2.path(), "GEN-2", &plans)).unwrap();
    assert_eq!(
        h.signals(&rules, d("2026-09-01")),
        vec![
            // The relapse re-arms the 3-month clock from its own date.
            Signal::DeadlineAhead {
                phase: Phase::DirecteVeiligheid,
                restart: Restart::Relapse,
                since: d("2026-06-14"),
                deadline: d("2026-09-14"),
            },
            Signal::BelowThresholdAgain {
                phase: Phase::DirecteVeiligheid,
                date: d("2026-06-14"),
                median: 4.0,
            }
        ]
    );
}

#[test]
fn a_long_case_with_a_phase_change_and_stable_escalation() {
    // 40 weekly meetings below 6, then 20 at 6 or more, then 60 in stabiele
    // veiligheid: 20 at 5, then 40 at 7.
    let mut plans = Vec::new();
    let start = d("2024-01-01");
    for i in 0..120u64 {
        let (phase, score) = match i {
            0..40 => (Phase::DirecteVeiligheid, 4),
            40..60 => (Phase::DirecteVeiligheid, 6),
            60..80 => (Phase::StabieleVeiligheid, 5),
            _ => (Phase::StabieleVeiligheid, 7),
        };
        plans.push(Plan {
            date: start + chrono::Days::new(7 * i),
            phase,
            scores: vec![score, score, score + 1],
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(dir.path(), "GEN-3", &plans);
    let rules = Rules::default();

    let h = CaseHistory::load(&case).unwrap();
    assert_eq!(h.meetings.len(), 120);
    let spans = h.phases();
    assert_eq!(spans.len(), 2);
    assert_eq!(spans[0].meetings, 60);
    let stable_start = start + chrono::Days::new(7 * 60);
    assert_eq!(spans[1].first, stable_start);
    assert_eq!(h.current_phase_meetings().len(), 60);
    // Every generated meeting is in the series with its known median.
    let m = medians(&h);
    assert_eq!(m[0], Some(4.0));
    assert_eq!(m[59], Some(6.0));
    assert_eq!(m[119], Some(7.0));
    // Stable safety reached: the last 40 weekly meetings were safe, more
    // than 6 months after the last unsafe event (the last meeting at 5).
    let sig = h.signals(&rules, d("2026-06-01"));
    assert!(
        matches!(sig[..], [Signal::PhaseGoalReached { phase: Phase::StabieleVeiligheid, since, next: Some(Phase::Herstel) }] if since == start + chrono::Days::new(7 * 79)),
        "{sig:?}"
    );

    // Cut after 30 weeks of the stable phase (20 at 5, then 10 at 7): two
    // safe meetings in a row came after 21 weeks, within the 6 months, so no
    // escalation; and the safe stretch is not 6 months long yet, so no goal:
    // the stable clock restarted at the last meeting at 5 and ends 6 months
    // later.
    let cut = CaseHistory::from_meetings(case.clone(), h.meetings[..90].to_vec(), Vec::new());
    let last_unsafe = start + chrono::Days::new(7 * 79);
    assert_eq!(
        cut.signals(&rules, d("2025-12-01")),
        vec![Signal::StableClock {
            since: last_unsafe,
            why: Unsafe::Below { median: 5.0 },
            earliest: last_unsafe
                .checked_add_months(chrono::Months::new(6))
                .unwrap(),
        }]
    );

    // Only the 20 meetings at 5: the stable period of 6 months runs out.
    let stuck = CaseHistory::from_meetings(case, h.meetings[..80].to_vec(), Vec::new());
    let deadline = stable_start
        .checked_add_months(chrono::Months::new(6))
        .unwrap();
    assert_eq!(
        stuck.signals(&rules, deadline + chrono::Days::new(1))[0],
        Signal::EscalateToExpertoverleg {
            phase: Phase::StabieleVeiligheid,
            restart: Restart::PhaseStart,
            since: stable_start,
            deadline,
        }
    );
}

#[test]
fn files_saved_out_of_date_order_are_sorted_by_date_then_time() {
    let dir = tempfile::tempdir().unwrap();
    let plans = monthly("2026-01-10", 30, &[&[2], &[3], &[4]]);
    let mut ss = sessions("GEN-4", &plans);
    // A second meeting on the last day, earlier in the day, and one without
    // a time: order is (date, time, file name), not file name.
    let mut late = ss[2].clone();
    late.time = chrono::NaiveTime::from_hms_opt(16, 0, 0);
    late.scale_mut("veiligheid", "?").answers[0].score = Some(top3::model::Score::new(9).unwrap());
    ss[2].time = chrono::NaiveTime::from_hms_opt(9, 0, 0);
    let case = dir.path().join("GEN-4");
    let names = [
        "z-oudste.ron",
        "a-middelste.ron",
        "m-ochtend.ron",
        "b-middag.ron",
    ];
    for (s, name) in ss.iter().chain([&late]).zip(names) {
        top3::store::save_session(&case.join(name), s).unwrap();
    }
    let h = CaseHistory::load(&case).unwrap();
    let order: Vec<String> = h
        .meetings
        .iter()
        .map(|m| m.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(order, names);
    assert_eq!(medians(&h), [Some(2.0), Some(3.0), Some(4.0), Some(9.0)]);
}

#[test]
fn a_meeting_without_scale_answers_is_a_gap_that_breaks_no_run() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 4] = [&[6], &[], &[7], &[]];
    let case = write_case(dir.path(), "GEN-5", &monthly("2026-01-01", 14, &scores));
    let h = CaseHistory::load(&case).unwrap();
    assert_eq!(medians(&h), [Some(6.0), None, Some(7.0), None]);
    assert!(matches!(
        h.signals(&Rules::default(), d("2026-03-01"))[..],
        [Signal::PhaseGoalReached { since, .. }] if since == d("2026-01-01")
    ));
    let out = top3(&["history", case.to_str().unwrap(), "--today", "2026-03-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("geen cijfers"));
}

#[test]
fn a_corrupt_meeting_is_named_and_the_others_still_show() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 3] = [&[3], &[4], &[5]];
    let case = write_case(dir.path(), "GEN-6", &monthly("2026-01-01", 30, &scores));
    let bad = case.join("2026-01-20-casusoverleg.ron");
    fs::write(&bad, "(version: 1, case: (code: \"GEN-6\"").unwrap();
    let h = CaseHistory::load(&case).unwrap();
    assert_eq!(h.meetings.len(), 3);
    assert_eq!(h.problems.len(), 1);
    assert_eq!(h.problems[0].path, bad);

    let out = top3(&["history", case.to_str().unwrap(), "--today", "2026-03-01"]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2026-01-20-casusoverleg.ron:"), "{err}");
    assert!(!err.contains("panicked"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("3 overleggen"), "{text}");

    // A meeting of another case in the folder is set aside by name too.
    let mut other = sessions("GEN-7", &monthly("2026-02-01", 1, &[&[1]])).remove(0);
    other.date = d("2025-01-01");
    top3::store::save_session(&case.join("vreemd.ron"), &other).unwrap();
    let h = CaseHistory::load(&case).unwrap();
    assert_eq!(h.meetings.len(), 3);
    assert!(h.problems.iter().any(|p| p.path.ends_with("vreemd.ron")));
}

#[test]
fn one_meeting_only() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(dir.path(), "GEN-8", &monthly("2026-06-01", 1, &[&[2, 3]]));
    let h = CaseHistory::load(&case).unwrap();
    assert_eq!(h.meetings.len(), 1);
    assert_eq!(medians(&h), [Some(2.5)]);
    assert_eq!(h.phases().len(), 1);
    assert_eq!(
        h.signals(&Rules::default(), d("2026-06-02")),
        vec![Signal::DeadlineAhead {
            phase: Phase::DirecteVeiligheid,
            restart: Restart::PhaseStart,
            since: d("2026-06-01"),
            deadline: d("2026-09-01"),
        }]
    );
    let out = top3(&["history", case.to_str().unwrap(), "--today", "2026-06-20"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("één overleg"), "{text}");
    assert!(text.contains("2,5"), "{text}");
    // The action due 15-06 is overdue on 20-06: word and glyph.
    assert!(text.contains("! te laat  uiterlijk 15-06-2026"), "{text}");
    assert!(!text.contains('\x1b'), "no colour codes in a pipe");
}

#[test]
fn open_actions_carry_their_first_date_and_overdue_mark() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 4] = [&[3], &[4], &[4], &[5]];
    let case = write_case(dir.path(), "GEN-9", &monthly("2026-01-01", 28, &scores));
    let h = CaseHistory::load(&case).unwrap();
    let today = d("2026-03-30");
    let open = h.open_actions(today);
    // Afspraak 2 (late in the newest review) and afspraak 3 (new) are open.
    let whats: Vec<&str> = open.iter().map(|o| o.action.what.as_str()).collect();
    assert_eq!(whats, ["Afspraak 2 (fictief)", "Afspraak 3 (fictief)"]);
    assert_eq!(open[0].agreed, d("2026-02-26"));
    assert!(open[0].overdue);
    assert_eq!(open[0].last_review, Some(top3::model::ReviewStatus::Late));
    assert_eq!(open[1].agreed, d("2026-03-26"));
    assert!(!open[1].overdue);
}

#[test]
fn history_binary_explains_the_escalation_and_offers_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 4] = [&[2], &[3], &[4], &[4]];
    let case = write_case(dir.path(), "GEN-10", &monthly("2026-01-01", 31, &scores));
    let c = case.to_str().unwrap();
    let out = top3(&["history", c, "--today", "2026-04-10"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("MDA++ expertoverleg"), "{text}");
    assert!(text.contains("01-04-2026"), "{text}");
    assert!(
        text.contains(&format!("top3 export {c} --form aanmelding")),
        "{text}"
    );
    assert!(text.contains("╌"), "threshold line: {text}");
    assert!(text.contains("●"), "median: {text}");
    let en = top3(&["--lang", "en", "history", c, "--today", "2026-04-10"]);
    let text = String::from_utf8_lossy(&en.stdout);
    assert!(text.contains("Register the case"), "{text}");
}

#[test]
fn not_a_case_folder_is_one_sentence_and_exit_one() {
    let dir = tempfile::tempdir().unwrap();
    write_case(dir.path(), "GEN-11", &monthly("2026-01-01", 1, &[&[5]]));
    let empty = dir.path().join("leeg");
    fs::create_dir(&empty).unwrap();
    let file = dir.path().join("los.txt");
    fs::write(&file, "x").unwrap();
    let missing = dir.path().join("bestaat-niet");
    for (path, expect) in [
        (dir.path().to_path_buf(), "map met alle casussen"),
        (empty, "geen casusmap"),
        (file, "geen casusmap"),
        (missing, "bestaat niet"),
    ] {
        let out = top3(&["history", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("top3: ") && err.contains(expect), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(out.stdout.is_empty());
    }
    assert!(matches!(
        CaseHistory::load(dir.path()),
        Err(NotACase::SessionsFolder { .. })
    ));
}

#[test]
fn the_banner_shows_the_most_urgent_signal() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 2] = [&[2], &[3]];
    let case = write_case(dir.path(), "GEN-12", &monthly("2026-01-01", 30, &scores));
    let h = CaseHistory::load(&case).unwrap();
    let rules = Rules::default();
    assert!(matches!(
        h.most_urgent(&rules, d("2026-02-01")),
        Some(Signal::DeadlineAhead { .. })
    ));
    let s = h.most_urgent(&rules, d("2026-04-02")).unwrap();
    assert!(s.is_escalation());
    assert!(s.describe(&rules).contains("01-04-2026"));
}

#[test]
fn the_plain_overview_names_an_escalation_with_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let scores: [&[u8]; 3] = [&[2], &[3], &[3]];
    write_case(dir.path(), "GEN-13", &monthly("2020-01-01", 30, &scores));
    let out = top3(&["--dir", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("  ! Binnen 3 maanden"), "{text}");
    assert!(text.contains("--form aanmelding"), "{text}");
}
