//! Generated fictional cases with known scores, written as a real case
//! folder. Shared by `tests/history.rs`, `tests/carry.rs` and the benchmark.
#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use std::path::{Path, PathBuf};
use top3::layout::{Layout, LayoutSet};
use top3::model::*;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A built-in layout of `phase`.
pub fn layout_of(phase: Phase) -> Layout {
    let name = match phase {
        Phase::DirecteVeiligheid => "casusoverleg",
        Phase::StabieleVeiligheid => "hulpverleningsplan",
        Phase::Herstel => "herstelplan",
    };
    LayoutSet::builtin().get(name).unwrap().clone()
}

/// One planned meeting: date, phase and the scores given (empty: the scale
/// question was not answered).
#[derive(Clone)]
pub struct Plan {
    pub date: NaiveDate,
    pub phase: Phase,
    pub scores: Vec<u8>,
}

pub fn plan(date: &str, phase: Phase, scores: &[u8]) -> Plan {
    Plan {
        date: d(date),
        phase,
        scores: scores.to_vec(),
    }
}

/// Meetings every `step_days` from `start`, one per score list, all in
/// directe veiligheid.
pub fn monthly(start: &str, step_days: u64, scores: &[&[u8]]) -> Vec<Plan> {
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| Plan {
            date: d(start) + Days::new(step_days * i as u64),
            phase: Phase::DirecteVeiligheid,
            scores: s.to_vec(),
        })
        .collect()
}

/// The first meeting: four participants, one situation, a condition and an
/// action due two weeks later.
pub fn first_session(code: &str, p: &Plan) -> Session {
    let layout = layout_of(p.phase);
    let mut s = Session::new(
        Case::new(CaseCode::new(code).unwrap()),
        layout.kind,
        layout.phase,
        &layout.name,
        p.date,
    );
    // Recorded once for the case: shared without consent, safety below a 6.
    s.case.sharing_basis = Some(SharingBasis::NoConsent(LegalGround::Avg6e));
    for role in ["moeder", "vader", "coördinator", "wijkagent"] {
        let id = s.alloc_id();
        let mut part = Participant::new(id, format!("Fictief {role}"));
        part.role = role.into();
        s.participants.push(part);
    }
    let sit = s.alloc_id();
    s.top3
        .push(Situation {
            id: sit,
            text: "Ruzie bij de overdracht (fictief)".into(),
            facts: vec![],
        })
        .unwrap();
    let c = s.alloc_id();
    let mut cond = Condition::new(c, Some(sit));
    cond.text = "Overdracht bij oma (fictief)".into();
    cond.monitored_by = "coördinator".into();
    cond.since = Some(p.date);
    s.conditions.push(cond);
    // A proactive scenario, as a Veiligheidsplan needs (carried onward).
    s.scenario = Scenario {
        next_incident: "Moeder belt 112 en gaat met de kinderen naar oma (fictief)".into(),
        who_calls: "Oma belt de coördinator dezelfde dag (fictief)".into(),
        ..Scenario::default()
    };
    s
}

/// Adds the meeting's own content: scores, review marks and a new action.
/// Every carried action is marked done except the newest one, which is late.
pub fn fill(s: &mut Session, p: &Plan, n: usize) {
    if !p.scores.is_empty() {
        let pids: Vec<Id> = s.participants.iter().map(|x| x.id).collect();
        let scale = s.scale_mut("veiligheid", "Hoe veilig is het nu?");
        for (i, v) in p.scores.iter().enumerate() {
            scale.answer_mut(pids[i % pids.len()]).score = Some(Score::new(*v).unwrap());
        }
    }
    let last_action = s.actions.last().map(|a| a.id);
    for r in &mut s.review {
        r.status = Some(match r.target {
            ReviewTarget::Condition(_) => ReviewStatus::Kept,
            ReviewTarget::Action(id) if Some(id) == last_action => ReviewStatus::Late,
            ReviewTarget::Action(_) => ReviewStatus::Done,
        });
    }
    let id = s.alloc_id();
    s.actions.push(Action {
        id,
        who: "coördinator".into(),
        what: format!("Afspraak {n} (fictief)"),
        term: Term::Once {
            due: Some(p.date + Days::new(14)),
        },
        ..Action::default()
    });
}

/// The sessions of a case following `plans`, each continued from the one
/// before with `next_session`.
pub fn sessions(code: &str, plans: &[Plan]) -> Vec<Session> {
    let mut out: Vec<Session> = Vec::new();
    for (n, p) in plans.iter().enumerate() {
        let mut s = match out.last() {
            None => first_session(code, p),
            Some(prev) => {
                let l = layout_of(p.phase);
                top3::timeline::next_session(prev, l.kind, l.phase, &l.name, p.date)
            }
        };
        fill(&mut s, p, n);
        out.push(s);
    }
    out
}

/// Writes the sessions as `dir/CODE/<date>-<layout>.ron`; returns the case
/// folder.
pub fn write_case(dir: &Path, code: &str, plans: &[Plan]) -> PathBuf {
    for s in sessions(code, plans) {
        let path = top3::store::new_session_path(dir, code, s.date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
    }
    dir.join(code)
}

/// Writes `sessions` as a case folder under `dir` (each at its own date and
/// layout); returns their paths in order.
pub fn write_sessions(dir: &Path, sessions: &[Session]) -> Vec<PathBuf> {
    sessions
        .iter()
        .map(|s| {
            let path = top3::store::new_session_path(dir, s.case.code.as_str(), s.date, &s.layout);
            top3::store::save_session(&path, s).unwrap();
            path
        })
        .collect()
}
