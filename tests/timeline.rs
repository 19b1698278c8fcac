//! The case over time: generated cases of up to 30 meetings with random
//! review outcomes. No condition or agreement ever leaves the plan without a
//! recorded ending (gedaan, vervalt, stopt, or a standing agreement's own end
//! date), and each record is exactly the outcomes the meetings gave.
use crate::casegen;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use top3::model::*;
use top3::timeline::{Ending, Timeline, ending, next_session};

#[derive(Debug, Clone)]
struct Meeting {
    gap_days: u64,
    /// One pick per review line: 0 = undecided, else the n-th choice.
    outcomes: Vec<u8>,
    new_conditions: u8,
    /// 0 one-off, 1 standing, 2 standing with an end date, 3 unclear.
    new_actions: Vec<u8>,
    /// Change the text of the n-th action after the review (agreed again).
    retype: Option<u8>,
}

fn meeting() -> impl Strategy<Value = Meeting> {
    (
        1u64..60,
        prop::collection::vec(0u8..5, 0..40),
        0u8..3,
        prop::collection::vec(0u8..4, 0..3),
        prop::option::of(0u8..10),
    )
        .prop_map(
            |(gap_days, outcomes, new_conditions, new_actions, retype)| Meeting {
                gap_days,
                outcomes,
                new_conditions,
                new_actions,
                retype,
            },
        )
}

fn play(plan: &[Meeting]) -> Vec<Session> {
    let start = casegen::d("2026-01-05");
    let mut out: Vec<Session> = Vec::new();
    let mut date = start;
    for (n, m) in plan.iter().enumerate() {
        date = date + Days::new(m.gap_days);
        let mut s = match out.last() {
            None => Session::new(
                Case::new(CaseCode::new("GEN-T").unwrap()),
                MeetingKind::Netwerkoverleg,
                Phase::DirecteVeiligheid,
                "netwerkoverleg-veiligheidsplan",
                date,
            ),
            Some(prev) => {
                // Now and then a phase change: conditions stay in force.
                let phase = if n % 11 == 10 {
                    Phase::StabieleVeiligheid
                } else {
                    prev.phase
                };
                next_session(prev, prev.kind, phase, &prev.layout, date)
            }
        };
        for (i, r) in s.review.iter_mut().enumerate() {
            let pick = m.outcomes.get(i).copied().unwrap_or(0) as usize;
            let choices = r.choices();
            r.status = (pick > 0).then(|| choices[(pick - 1) % choices.len()]);
            if r.status.is_some_and(ReviewStatus::ends) {
                r.note = format!("reden {n}");
            }
        }
        for k in 0..m.new_conditions {
            let id = s.alloc_id();
            let mut c = Condition::new(id, None);
            c.text = format!("voorwaarde {n}.{k}");
            c.since = Some(date);
            s.conditions.push(c);
        }
        for (k, kind) in m.new_actions.iter().enumerate() {
            let id = s.alloc_id();
            let mut a = Action::new(id);
            a.what = format!("afspraak {n}.{k}");
            a.since = Some(date);
            a.term = match kind {
                0 => Term::Once {
                    due: Some(date + Days::new(14)),
                },
                1 => Term::parse("elke week"),
                2 => Term::Standing {
                    from: None,
                    until: Some(date + Days::new(40)),
                    rhythm: String::new(),
                },
                _ => Term::Unclear("na de zomer".into()),
            };
            s.actions.push(a);
        }
        if let Some(i) = m.retype
            && !s.actions.is_empty()
        {
            let i = i as usize % s.actions.len();
            s.actions[i].what = format!("{} (opnieuw afgesproken {n})", s.actions[i].what);
        }
        out.push(s);
    }
    out
}

fn items(s: &Session) -> Vec<(ReviewTarget, String)> {
    s.conditions
        .iter()
        .map(|c| (ReviewTarget::Condition(c.id), c.text.clone()))
        .chain(
            s.actions
                .iter()
                .map(|a| (ReviewTarget::Action(a.id), a.what.clone())),
        )
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn nothing_leaves_the_plan_without_a_recorded_ending(
        plan in prop::collection::vec(meeting(), 1..30)
    ) {
        let sessions = play(&plan);
        for pair in sessions.windows(2) {
            let (prev, next) = (&pair[0], &pair[1]);
            let kept: Vec<ReviewTarget> = items(next).into_iter().map(|(t, _)| t).collect();
            for (target, text) in items(prev) {
                match ending(prev, target, &text) {
                    None => prop_assert!(
                        kept.contains(&target),
                        "{target:?} vanished on {} without a decision", next.date
                    ),
                    Some(Ending::Decided { status, reason, .. }) => {
                        prop_assert!(status.ends());
                        prop_assert!(!reason.is_empty());
                        prop_assert!(!kept.contains(&target));
                    }
                    Some(Ending::RanOut { until, .. }) => {
                        prop_assert!(until < prev.date);
                        prop_assert!(!kept.contains(&target));
                    }
                    Some(Ending::Vanished { .. }) => prop_assert!(false, "ending() never says vanished"),
                }
                // Undecided lines come back to be decided.
                let undecided = prev
                    .review
                    .iter()
                    .any(|r| r.target == target && r.status.is_none());
                if undecided {
                    prop_assert!(kept.contains(&target));
                    prop_assert!(next.review.iter().any(|r| r.target == target));
                }
            }
        }
        let timeline = Timeline::of(&sessions);
        prop_assert_eq!(timeline.vanished().count(), 0);
        for record in &timeline.records {
            // The record is every review of the item, in order, as given.
            let given: Vec<(NaiveDate, Option<ReviewStatus>)> = sessions
                .iter()
                .flat_map(|s| {
                    s.review
                        .iter()
                        .filter(|r| r.target == record.target)
                        .map(|r| (s.date, r.status))
                })
                .collect();
            let marks: Vec<(NaiveDate, Option<ReviewStatus>)> =
                record.marks.iter().map(|m| (m.date, m.status)).collect();
            prop_assert_eq!(marks, given);
            // Ended items are in no later meeting; live ones are in the newest.
            let newest = sessions.last().unwrap();
            match &record.ended {
                Some(e) => prop_assert!(sessions
                    .iter()
                    .filter(|s| s.date > e.date())
                    .all(|s| !items(s).iter().any(|(t, _)| *t == record.target))),
                None => prop_assert!(items(newest).iter().any(|(t, _)| *t == record.target)),
            }
        }
    }
}

#[test]
fn a_condition_broken_twice_shows_both_dates() {
    let plan: Vec<Meeting> = (0..4)
        .map(|i| Meeting {
            gap_days: 28,
            // The first review line is the condition: broken in meetings 2
            // and 4, kept in 3.
            outcomes: vec![[0, 2, 1, 2][i]],
            new_conditions: if i == 0 { 1 } else { 0 },
            new_actions: vec![],
            retype: None,
        })
        .collect();
    let sessions = play(&plan);
    let t = Timeline::of(&sessions);
    let r = &t.records[0];
    assert_eq!(r.count(ReviewStatus::Broken), 2);
    let line = top3::i18n::record_problems(&r.marks, &top3::i18n::day_month).unwrap();
    assert_eq!(line, "2× niet nageleefd: 02-03, 27-04");
}
