//! Older session formats, frozen as they shipped, and their migration to
//! the current one. A type here never changes: a file that loaded once
//! loads the same way forever.
//!
//! Version 1 → 2: agreements get a term (once or standing) instead of a
//! deadline, review outcomes fit the kind of item, conditions get a
//! monitor, a consequence, a start date and the phase they came from.

use crate::model::{
    Action, Case, Condition, Fact, Id, MeetingKind, Note, Origin, Participant, Phase, PlanStatus,
    PlanSummary, ReviewItem, ReviewStatus, ReviewTarget, Scale, Session, Term, Timing, Top3,
    WallNames,
};
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

/// A session file of version 1.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionV1 {
    pub version: u32,
    pub case: Case,
    pub kind: MeetingKind,
    pub phase: Phase,
    pub layout: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub time: Option<NaiveTime>,
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub top3: Top3,
    #[serde(default)]
    pub scales: Vec<Scale>,
    #[serde(default)]
    pub conditions: Vec<ConditionV1>,
    #[serde(default)]
    pub actions: Vec<ActionV1>,
    #[serde(default)]
    pub review_of: Option<NaiveDate>,
    #[serde(default)]
    pub review: Vec<ReviewItemV1>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub next_meeting: Option<NaiveDate>,
    #[serde(default)]
    pub step: usize,
    #[serde(default = "first_id")]
    pub next_id: u64,
    #[serde(default)]
    pub plan_status: PlanStatus,
    #[serde(default)]
    pub previous_plan: Option<PlanSummary>,
    #[serde(default)]
    pub wall_names: WallNames,
    #[serde(default)]
    pub timing: Timing,
}

fn first_id() -> u64 {
    1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionV1 {
    pub id: Id,
    #[serde(default)]
    pub situation: Option<Id>,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionV1 {
    pub id: Id,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub how_checked: String,
    #[serde(default)]
    pub monitored_by: String,
    #[serde(default)]
    pub if_broken: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum StatusV1 {
    Kept,
    Broken,
    Done,
    Late,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewItemV1 {
    pub target: ReviewTarget,
    pub text: String,
    #[serde(default)]
    pub status: Option<StatusV1>,
    #[serde(default)]
    pub note: String,
}

impl From<StatusV1> for ReviewStatus {
    fn from(s: StatusV1) -> Self {
        match s {
            StatusV1::Kept => ReviewStatus::Kept,
            StatusV1::Broken => ReviewStatus::Broken,
            StatusV1::Done => ReviewStatus::Done,
            StatusV1::Late => ReviewStatus::Late,
        }
    }
}

/// Version 1 → 2. Nothing typed is lost:
/// - a deadline becomes a one-off term with that deadline;
/// - an agreement marked done in its own meeting whose deadline lies after
///   that meeting ran on (it was "done for that period"): it becomes a
///   standing agreement, its review "loopt goed", and the date is kept as
///   `earlier_due`;
/// - a condition that lost its TOP-3 situation at a phase change (it is in
///   the previous plan) records the phase it came from;
/// - everything else is carried over as it was.
pub fn v1_to_v2(old: SessionV1) -> Session {
    let date = old.date;
    let done_in_review = |a: &ActionV1| {
        old.review.iter().any(|r| {
            r.target == ReviewTarget::Action(a.id)
                && r.status == Some(StatusV1::Done)
                && r.text.trim() == a.what.trim()
        })
    };
    let running: Vec<Id> = old
        .actions
        .iter()
        .filter(|a| done_in_review(a) && a.due.is_some_and(|d| d > date))
        .map(|a| a.id)
        .collect();
    let actions = old
        .actions
        .iter()
        .map(|a| {
            let runs_on = running.contains(&a.id);
            Action {
                id: a.id,
                who: a.who.clone(),
                what: a.what.clone(),
                term: if runs_on {
                    Term::Standing {
                        from: None,
                        until: None,
                        rhythm: String::new(),
                    }
                } else {
                    Term::Once { due: a.due }
                },
                how_checked: a.how_checked.clone(),
                monitored_by: a.monitored_by.clone(),
                if_broken: a.if_broken.clone(),
                since: None,
                earlier_due: if runs_on { a.due } else { None },
                answers: None,
                visibility: Default::default(),
            }
        })
        .collect();
    let previous_conditions: Vec<&str> = old
        .previous_plan
        .iter()
        .flat_map(|p| p.conditions.iter().map(String::as_str))
        .collect();
    let conditions = old
        .conditions
        .iter()
        .map(|c| {
            let mut new = Condition::new(c.id, c.situation);
            new.text = c.text.clone();
            if c.situation.is_none()
                && let Some(prev) = &old.previous_plan
                && previous_conditions.contains(&c.text.as_str())
            {
                new.origin = Some(Origin {
                    phase: prev.phase,
                    situation: String::new(),
                });
            }
            new
        })
        .collect();
    let review = old
        .review
        .iter()
        .map(|r| {
            let runs_on = matches!(r.target, ReviewTarget::Action(id) if running.contains(&id));
            ReviewItem {
                target: r.target,
                text: r.text.clone(),
                standing: runs_on,
                status: match r.status {
                    Some(StatusV1::Done) if runs_on => Some(ReviewStatus::GoingWell),
                    s => s.map(ReviewStatus::from),
                },
                note: r.note.clone(),
                on: None,
            }
        })
        .collect();
    let blank = Session::new(old.case.clone(), old.kind, old.phase, &old.layout, date);
    Session {
        version: 2,
        case: old.case,
        kind: old.kind,
        phase: old.phase,
        layout: old.layout,
        date,
        time: old.time,
        chair: old.chair,
        participants: old.participants,
        facts: old.facts,
        top3: old.top3,
        scales: old.scales,
        conditions,
        actions,
        review_of: old.review_of,
        review,
        notes: old.notes,
        next_meeting: old.next_meeting,
        step: old.step,
        next_id: old.next_id,
        plan_status: old.plan_status,
        previous_plan: old.previous_plan,
        wall_names: old.wall_names,
        timing: old.timing,
        // Everything version 2 added after version 1 starts empty.
        ..blank
    }
}
