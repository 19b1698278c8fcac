//! Carry-forward: the next meeting of a case starts from the previous one
//! (DESIGN.md §2 "Over time"). Pure: no files, no terminal.

use super::{Action, Attendance, Phase, ReviewItem, ReviewStatus, ReviewTarget, Session};
use crate::layout::Layout;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agreement as it stood when its phase ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
}

/// The plan of a finished phase in short, kept in the first meeting of the
/// next phase (and in the meetings after it) so the new plan can build on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSummary {
    pub phase: Phase,
    /// Date of the last meeting of that phase.
    pub date: NaiveDate,
    /// The TOP 3 of that phase, most important first.
    #[serde(default)]
    pub top3: Vec<String>,
    #[serde(default)]
    pub conditions: Vec<String>,
    /// The agreements still open when the phase ended.
    #[serde(default)]
    pub open_actions: Vec<PlanAction>,
}

impl PlanSummary {
    /// The plan of `session` in short.
    pub fn of(session: &Session) -> PlanSummary {
        PlanSummary {
            phase: session.phase,
            date: session.date,
            top3: session
                .top3
                .items()
                .iter()
                .map(|s| s.text.clone())
                .collect(),
            conditions: session.conditions.iter().map(|c| c.text.clone()).collect(),
            open_actions: open_actions(session)
                .map(|a| PlanAction {
                    who: a.who.clone(),
                    what: a.what.clone(),
                    due: a.due,
                })
                .collect(),
        }
    }
}

/// True when `session`'s own review marks `action` done and the meeting did
/// not agree it again. An action is agreed again when what it says was
/// changed after the review (it no longer matches the review's snapshot).
pub fn closes_action(session: &Session, action: &Action) -> bool {
    session.review.iter().any(|r| {
        r.target == ReviewTarget::Action(action.id)
            && r.status == Some(ReviewStatus::Done)
            && r.text.trim() == action.what.trim()
    })
}

/// The actions of `session` that are still open after that meeting: all its
/// actions except those its review closed.
pub fn open_actions(session: &Session) -> impl Iterator<Item = &Action> {
    session
        .actions
        .iter()
        .filter(move |a| !closes_action(session, a))
}

/// The next meeting of the case, started from `prev` (the newest meeting):
///
/// - case, chair, participants (all back to present), facts and the open
///   actions are copied with their ids; so are the conditions, which stay in
///   force in every phase;
/// - every carried condition and action gets a review line (text snapshot, no
///   status yet), and `review_of` is the previous meeting's date;
/// - scale questions start empty: they are asked again;
/// - kind, phase and layout come from `layout`; `next_id` is kept, so an id
///   is never handed out twice in a case;
/// - when `layout` is of another phase than `prev` (a phase change), the
///   previous plan is kept in `previous_plan` and the TOP 3 starts empty,
///   because each phase chooses its own TOP 3; conditions lose their link to
///   the old situations, whose texts are in the summary. Without a phase
///   change the TOP 3 is carried and an earlier `previous_plan` is kept.
pub fn next_session(prev: &Session, layout: &Layout, date: NaiveDate) -> Session {
    let mut s = Session::new(
        prev.case.clone(),
        layout.kind,
        layout.phase,
        &layout.name,
        date,
    );
    s.chair = prev.chair.clone();
    s.participants = prev
        .participants
        .iter()
        .cloned()
        .map(|mut p| {
            p.attendance = Attendance::Present;
            p
        })
        .collect();
    s.facts = prev.facts.clone();
    s.conditions = prev.conditions.clone();
    s.actions = open_actions(prev).cloned().collect();
    if layout.phase == prev.phase {
        s.top3 = prev.top3.clone();
        s.previous_plan = prev.previous_plan.clone();
    } else {
        s.previous_plan = Some(PlanSummary::of(prev));
        for c in &mut s.conditions {
            c.situation = None;
        }
    }
    s.review_of = Some(prev.date);
    s.review = review_items(&s);
    s.next_id = prev
        .next_id
        .max(prev.max_id().map_or(1, |m| m.0 + 1))
        .max(s.max_id().map_or(1, |m| m.0 + 1));
    s
}

/// One review line per condition and action of `s`, in that order.
fn review_items(s: &Session) -> Vec<ReviewItem> {
    let conditions = s.conditions.iter().map(|c| ReviewItem {
        target: ReviewTarget::Condition(c.id),
        text: c.text.clone(),
        status: None,
        note: String::new(),
    });
    let actions = s.actions.iter().map(|a| ReviewItem {
        target: ReviewTarget::Action(a.id),
        text: a.what.clone(),
        status: None,
        note: String::new(),
    });
    conditions.chain(actions).collect()
}
