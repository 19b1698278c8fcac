//! What the next meeting carries: everything that did not end, and nothing
//! ends without a recorded decision or its own end date.

use crate::model::{
    Action, Attendance, Condition, Group, ItemKind, MeetingKind, Origin, Participant, Phase,
    PlanAction, PlanSummary, ReviewItem, ReviewStatus, ReviewTarget, Session,
};
use chrono::NaiveDate;

/// How an item left the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    /// The meeting decided it: gedaan, vervalt or stopt, with the reason.
    Decided {
        date: NaiveDate,
        status: ReviewStatus,
        reason: String,
    },
    /// A standing agreement whose end date passed; reviewed one last time in
    /// the meeting of `date`.
    RanOut { date: NaiveDate, until: NaiveDate },
    /// It is missing from the meeting of `date` without a decision: only in
    /// files made by hand or by older versions. Shown as a problem.
    Vanished { date: NaiveDate },
}

impl Ending {
    /// The meeting where it ended.
    pub fn date(&self) -> NaiveDate {
        match self {
            Ending::Decided { date, .. }
            | Ending::RanOut { date, .. }
            | Ending::Vanished { date } => *date,
        }
    }
}

fn review_of(session: &Session, target: ReviewTarget) -> Option<&ReviewItem> {
    session.review.iter().find(|r| r.target == target)
}

/// Whether the item `target` (with its current `text`) ends in `session`:
/// its review there ends it, unless its text was changed after the review
/// (then it was agreed again); or a standing agreement's end date lies
/// before this meeting and its review here is decided (an undecided one
/// comes back once more, so how it went is never left unsaid).
pub fn ending(session: &Session, target: ReviewTarget, text: &str) -> Option<Ending> {
    if let Some(r) = review_of(session, target)
        && let Some(status) = r.status
        && status.ends()
        && r.text.trim() == text.trim()
    {
        return Some(Ending::Decided {
            date: session.date,
            status,
            reason: r.note.clone(),
        });
    }
    if let ReviewTarget::Action(id) = target
        && let Some(a) = session.actions.iter().find(|a| a.id == id)
        && let Some(until) = a.term.until()
        && until < session.date
        && review_of(session, target).is_none_or(|r| r.status.is_some())
    {
        return Some(Ending::RanOut {
            date: session.date,
            until,
        });
    }
    None
}

/// Every condition and agreement of `session` with its text: conditions
/// first, then agreements.
pub fn items(session: &Session) -> impl Iterator<Item = (ReviewTarget, &str)> {
    session
        .conditions
        .iter()
        .map(|c| (ReviewTarget::Condition(c.id), c.text.as_str()))
        .chain(
            session
                .actions
                .iter()
                .map(|a| (ReviewTarget::Action(a.id), a.what.as_str())),
        )
}

/// True when the item ends in `session` (see [`ending`]).
pub fn ended_here(session: &Session, target: ReviewTarget, text: &str) -> bool {
    ending(session, target, text).is_some()
}

/// True when the next meeting carries this condition or agreement.
pub fn carries(session: &Session, target: ReviewTarget, text: &str) -> bool {
    !ended_here(session, target, text)
}

/// The agreements of `session` that are still running after it.
pub fn live_actions(session: &Session) -> impl Iterator<Item = &Action> {
    session
        .actions
        .iter()
        .filter(move |a| carries(session, ReviewTarget::Action(a.id), &a.what))
}

/// The conditions of `session` that are still in force after it.
pub fn live_conditions(session: &Session) -> impl Iterator<Item = &Condition> {
    session
        .conditions
        .iter()
        .filter(move |c| carries(session, ReviewTarget::Condition(c.id), &c.text))
}

/// The plan of `session` in short, for the meetings of the next phase.
pub fn summary_of(session: &Session) -> PlanSummary {
    PlanSummary {
        phase: session.phase,
        date: session.date,
        top3: session
            .top3
            .items()
            .iter()
            .map(|s| s.text.clone())
            .collect(),
        conditions: live_conditions(session).map(|c| c.text.clone()).collect(),
        open_actions: live_actions(session)
            .map(|a| PlanAction {
                who: a.who.clone(),
                what: a.what.clone(),
                due: a.term.due(),
                term: Some(a.term.clone()),
            })
            .collect(),
    }
}

/// The next meeting of the case, started from `prev` (the newest meeting):
///
/// - case, chair, participants with their attendance as it was (the chair
///   confirms it on the participants step), and the facts are copied;
/// - every condition and agreement that did not end in `prev` is carried with
///   its id, and gets a review line (text snapshot, not decided yet);
///   undecided ones from `prev` come again, so nothing is ever dropped;
/// - scale questions start empty: they are asked again;
/// - on a phase change the previous plan is kept in `previous_plan`, the
///   TOP 3 starts empty, and each condition records the situation and phase
///   it came from (it stays in force); otherwise the TOP 3 is carried;
/// - `next_id` is kept, so an id is never handed out twice in a case.
pub fn next_session(
    prev: &Session,
    kind: MeetingKind,
    phase: Phase,
    layout: &str,
    date: NaiveDate,
) -> Session {
    let mut s = Session::new(prev.case.clone(), kind, phase, layout, date);
    s.chair = prev.chair.clone();
    s.leader_title = prev.leader_title;
    s.participants = prev.participants.clone();
    s.facts = prev.facts.clone();
    s.conditions = live_conditions(prev)
        .cloned()
        .map(|mut c| {
            c.since = c.since.or(Some(prev.date));
            c
        })
        .collect();
    s.actions = live_actions(prev)
        .cloned()
        .map(|mut a| {
            a.since = a.since.or(Some(prev.date));
            a
        })
        .collect();
    if phase == prev.phase {
        s.top3 = prev.top3.clone();
        s.previous_plan = prev.previous_plan.clone();
    } else {
        s.previous_plan = Some(summary_of(prev));
        for c in &mut s.conditions {
            if c.origin.is_none() {
                let situation = c
                    .situation
                    .and_then(|id| prev.top3.get(id))
                    .map(|sit| sit.text.clone())
                    .unwrap_or_default();
                c.origin = Some(Origin {
                    phase: prev.phase,
                    situation,
                });
            }
            c.situation = None;
        }
    }
    // The proactive scenario stays in force until a meeting changes it; a
    // list step's rows (a Signs-of-Safety mapping) are worked on further.
    s.scenario = prev.scenario.clone();
    s.lists = prev.lists.clone();
    s.review_of = Some(prev.date);
    s.review = review_items(&s);
    // The expertoverleg starts from the question the case was registered
    // with.
    if kind == crate::model::MeetingKind::Expertoverleg {
        s.approach.question = prev.case.registration.escalation_reason.trim().to_string();
    }
    s.next_id = prev
        .next_id
        .max(prev.max_id().map_or(1, |m| m.0 + 1))
        .max(s.max_id().map_or(1, |m| m.0 + 1));
    s
}

/// True for a participant of the family or its network: marked so, or,
/// without a group, without an organisation (professionals name theirs).
pub fn is_family_or_network(p: &Participant) -> bool {
    match p.group {
        Some(Group::Gezin | Group::Netwerk) => true,
        Some(Group::Professional) => false,
        None => p.organisation.trim().is_empty() && p.ring.is_none(),
    }
}

/// Who leads and who is at the table in `next`, which [`next_session`]
/// started from the newest meeting of the case. `case` holds the case's
/// meetings (any order; those after `next` are ignored). The meeting kind
/// decides:
///
/// - **into an expertoverleg** (from a network or case meeting): the
///   voorzitter is not the network meeting's coördinator: the chair is the
///   voorzitter of the case's last expertoverleg, or empty. The family and
///   its network come in as *informed afterwards*, not present: whether the
///   client takes part is a decision of the coördinator and the voorzitter
///   (`Session::client_attendance`). Professionals keep their attendance.
/// - **out of an expertoverleg** (into any other kind): the people and the
///   leader of the case's last meeting that was not an expertoverleg, with
///   their attendance then; the experts and the voorzitter stay behind.
///   Without such a meeting: the expertoverleg's people without the experts
///   (a ring or on call) and the voorzitter, the family present, led by the
///   casusregisseur.
/// - otherwise everyone is carried as [`next_session`] did.
pub fn carry_people<'a>(next: &mut Session, case: impl IntoIterator<Item = &'a Session>) {
    let mut before: Vec<&Session> = case.into_iter().filter(|s| s.date <= next.date).collect();
    before.sort_by_key(|s| s.date);
    let Some(prev) = before.last().copied() else {
        return;
    };
    let expert = MeetingKind::Expertoverleg;
    if next.kind == expert && prev.kind != expert {
        let last_chair = before
            .iter()
            .rev()
            .find(|s| s.kind == expert)
            .map(|s| s.chair.clone());
        next.chair = last_chair.unwrap_or_default();
        next.leader_title = None;
        for p in &mut next.participants {
            if is_family_or_network(p) && p.attendance == Attendance::Present {
                p.attendance = Attendance::InformedAfterwards;
            }
        }
    } else if next.kind != expert && prev.kind == expert {
        if let Some(network) = before.iter().rev().find(|s| s.kind != expert) {
            next.chair = network.chair.clone();
            next.leader_title = network.leader_title;
            next.participants = network.participants.clone();
        } else {
            let voorzitter = prev.leader().map(|p| p.id);
            next.participants
                .retain(|p| p.ring.is_none() && !p.on_call && Some(p.id) != voorzitter);
            for p in &mut next.participants {
                if is_family_or_network(p) {
                    p.attendance = Attendance::Present;
                }
            }
            next.chair = next.case.roles.casusregisseur.clone();
            next.leader_title = None;
        }
    }
}

/// One review line per condition and agreement of `s`, in that order.
fn review_items(s: &Session) -> Vec<ReviewItem> {
    let conditions = s.conditions.iter().map(|c| ReviewItem {
        target: ReviewTarget::Condition(c.id),
        text: c.text.clone(),
        standing: false,
        status: None,
        note: String::new(),
        on: None,
    });
    let actions = s.actions.iter().map(|a| ReviewItem {
        target: ReviewTarget::Action(a.id),
        text: a.what.clone(),
        standing: a.is_standing(),
        status: None,
        note: String::new(),
        on: None,
    });
    conditions.chain(actions).collect()
}

/// The kind of a condition or agreement of `session`.
pub(super) fn kind_of(session: &Session, target: ReviewTarget) -> Option<ItemKind> {
    match target {
        ReviewTarget::Condition(id) => session
            .conditions
            .iter()
            .any(|c| c.id == id)
            .then_some(ItemKind::Condition),
        ReviewTarget::Action(id) => session.actions.iter().find(|a| a.id == id).map(|a| {
            if a.is_standing() {
                ItemKind::Standing
            } else {
                ItemKind::Once
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, CaseCode, Id, Term};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn session(date: &str) -> Session {
        Session::new(
            Case::new(CaseCode::new("T-1").unwrap()),
            MeetingKind::Netwerkoverleg,
            Phase::DirecteVeiligheid,
            "netwerkoverleg-veiligheidsplan",
            d(date),
        )
    }

    #[test]
    fn a_standing_agreement_marked_going_well_is_carried_and_asked_again() {
        let mut s = session("2026-07-06");
        let mut a = Action::new(Id(1));
        a.what = "Spreekt Milan wekelijks alleen".into();
        a.term = Term::parse("elke week");
        s.actions.push(a);
        let next = next_session(&s, s.kind, s.phase, &s.layout.clone(), d("2026-08-03"));
        assert_eq!(next.actions.len(), 1);
        assert!(next.review[0].standing);
        let mut after = next.clone();
        after.review[0].status = Some(ReviewStatus::GoingWell);
        let third = next_session(&after, s.kind, s.phase, "x", d("2026-09-01"));
        assert_eq!(third.actions.len(), 1, "loopt goed: it runs on");
        after.review[0].status = Some(ReviewStatus::Stopped);
        let third = next_session(&after, s.kind, s.phase, "x", d("2026-09-01"));
        assert!(third.actions.is_empty(), "stopt: it ends");
    }

    #[test]
    fn a_standing_agreement_ends_after_the_meeting_past_its_end_date() {
        let mut s = session("2026-07-06");
        let mut a = Action::new(Id(1));
        a.term = Term::parse("tot 01-08-2026");
        s.actions.push(a);
        let mut next = next_session(&s, s.kind, s.phase, "x", d("2026-08-03"));
        assert_eq!(next.actions.len(), 1, "reviewed one last time");
        assert!(
            ending(&next, ReviewTarget::Action(Id(1)), "").is_none(),
            "not before the review says how it went"
        );
        next.review[0].status = Some(ReviewStatus::GoingWell);
        assert!(matches!(
            ending(&next, ReviewTarget::Action(Id(1)), ""),
            Some(Ending::RanOut { .. })
        ));
        let third = next_session(&next, s.kind, s.phase, "x", d("2026-09-01"));
        assert!(third.actions.is_empty());
    }
}
