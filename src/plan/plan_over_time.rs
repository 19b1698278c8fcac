//! The parts of the plan that follow the case over time: the conditions in
//! force and the agreements still running, each with its record; what ended
//! in this meeting; and the previous phase's plan. Read from the timeline.

use super::dates::DateStyle;
use super::document::Document;
use super::plan_document::{capitalised, or_none};
use crate::i18n::{self, T};
use crate::model::{Action, Condition, ReviewTarget, Session};
use crate::timeline::{Ending, Timeline, live_actions, live_conditions};

/// The problems in an item's record, or its last outcome, or "nieuw".
fn state(timeline: &Timeline, target: ReviewTarget, d: &DateStyle) -> String {
    let date = |x| d.date(x);
    let Some(r) = timeline.record(target) else {
        return T::DocStateNew.s().to_string();
    };
    let last = r.marks.last().map(|m| i18n::outcome_name(m.status));
    match (i18n::record_problems(&r.marks, &date), last) {
        (Some(p), Some(last)) => format!("{}; {p}", T::DocStateLast.fmt(&[&last])),
        (Some(p), None) => p,
        (None, Some(last)) => last.to_string(),
        (None, None) => T::DocStateNew.s().to_string(),
    }
}

fn condition_rows<'a>(
    s: &Session,
    items: impl Iterator<Item = &'a Condition>,
    timeline: &Timeline,
    d: &DateStyle,
) -> Vec<Vec<String>> {
    let today = s.date;
    items
        .map(|c| {
            let since = timeline
                .record(ReviewTarget::Condition(c.id))
                .map(|r| r.since)
                .or(c.since);
            // The number the screen and the plan check name it by ("V3").
            let text = match s.condition_number(c.id) {
                Some(n) => format!("{} {}", T::ConditionNumber.fmt(&[&n]), or_none(&c.text)),
                None => or_none(&c.text),
            };
            vec![
                text,
                or_none(&c.monitored_by),
                or_none(&c.if_broken),
                since_text(since, timeline, today, d),
                state(timeline, ReviewTarget::Condition(c.id), d),
            ]
        })
        .collect()
}

/// Since when an item runs; "uit het expertoverleg (leidend)" when it was
/// agreed there.
fn since_text(
    since: Option<chrono::NaiveDate>,
    timeline: &Timeline,
    today: chrono::NaiveDate,
    d: &DateStyle,
) -> String {
    match since {
        Some(x) if leading(x, timeline, today) => T::DocFromExpert.fmt(&[&d.date(x)]),
        Some(x) => d.date(x),
        None => T::DocNone.s().to_string(),
    }
}

/// Agreed in an expertoverleg before the meeting of `today`.
fn leading(since: chrono::NaiveDate, timeline: &Timeline, today: chrono::NaiveDate) -> bool {
    since < today && timeline.from_expert_meeting(since)
}

fn condition_header() -> Vec<String> {
    [
        T::DocColWhat,
        T::DocColMonitoredBy,
        T::DocColIfBrokenCondition,
        T::DocColSince,
        T::DocColRecord,
    ]
    .map(|t| t.s().to_string())
    .to_vec()
}

/// The conditions in force, under their TOP-3 situation, each with who
/// monitors it, what happens when it is broken, since when, and its record.
pub(super) fn conditions(doc: &mut Document, s: &Session, timeline: &Timeline, d: &DateStyle) {
    doc.heading_new_page(1, i18n::terms::conditions_heading(s.phase).s());
    let live: Vec<&Condition> = live_conditions(s).collect();
    if live.is_empty() && s.top3.is_empty() {
        doc.remark(i18n::terms::no_conditions(s.phase).s());
        return;
    }
    for (i, sit) in s.top3.items().iter().enumerate() {
        doc.heading(2, format!("{}. {}", i + 1, or_none(&sit.text)));
        let rows = condition_rows(
            s,
            live.iter().copied().filter(|c| c.situation == Some(sit.id)),
            timeline,
            d,
        );
        if rows.is_empty() {
            doc.remark(T::DocNoConditionsFor.s());
        } else {
            doc.table(condition_header(), rows);
        }
    }
    for o in crate::model::origins_of(live.iter().copied()) {
        doc.heading(2, capitalised(&i18n::origin_text(o)));
        let rows = condition_rows(
            s,
            live.iter()
                .copied()
                .filter(|c| c.origin.as_ref() == Some(o)),
            timeline,
            d,
        );
        doc.table(condition_header(), rows);
    }
    let untied = condition_rows(
        s,
        live.iter().copied().filter(|c| {
            c.origin.is_none() && c.situation.is_none_or(|id| s.top3.get(id).is_none())
        }),
        timeline,
        d,
    );
    if !untied.is_empty() {
        doc.heading(2, T::DocUntied.s());
        doc.table(condition_header(), untied);
    }
}

/// The agreements still running, each with its term and its status.
pub(super) fn actions(doc: &mut Document, s: &Session, timeline: &Timeline, d: &DateStyle) {
    doc.heading(1, T::DocActions.s());
    let live: Vec<&Action> = live_actions(s).collect();
    if live.is_empty() {
        doc.remark(T::DocNoActions.s());
        return;
    }
    let header = [
        T::DocColWho,
        T::DocColWhat,
        T::DocColTerm,
        T::DocColCheck,
        T::DocColMonitoredBy,
        T::DocColIfBroken,
        T::DocColState,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    let rows = live
        .iter()
        .map(|a| {
            let mut term = i18n::term_label(&a.term, &|x| d.date(x));
            if let Some(e) = a.earlier_due {
                term = format!("{term} ({})", T::TermEarlier.fmt(&[&d.date(e)]));
            }
            let who = match s.action_number(a.id) {
                Some(n) => format!("{} {}", T::ActionNumber.fmt(&[&n]), or_none(&a.who)),
                None => or_none(&a.who),
            };
            vec![
                who,
                or_none(&a.what),
                term,
                or_none(&a.how_checked),
                or_none(&a.monitored_by),
                or_none(&a.if_broken),
                action_state(timeline, a, s.date, d),
            ]
        })
        .collect();
    doc.table(header, rows);
}

/// An agreement's state, and "uit het expertoverleg van …" when it was
/// agreed there.
fn action_state(
    timeline: &Timeline,
    a: &Action,
    today: chrono::NaiveDate,
    d: &DateStyle,
) -> String {
    let state = state(timeline, ReviewTarget::Action(a.id), d);
    let since = timeline
        .record(ReviewTarget::Action(a.id))
        .map(|r| r.since)
        .or(a.since);
    match since {
        Some(x) if leading(x, timeline, today) => {
            format!("{state}; {}", T::DocFromExpert.fmt(&[&d.date(x)]))
        }
        _ => state,
    }
}

/// What left the plan in this meeting, and how.
pub(super) fn ended(doc: &mut Document, s: &Session, timeline: &Timeline, d: &DateStyle) {
    let rows: Vec<Vec<String>> = timeline
        .ended_at(s.date)
        .map(|r| {
            let item = match r.target {
                ReviewTarget::Condition(_) => T::DocItemCondition.s(),
                ReviewTarget::Action(_) => T::DocItemAction.s(),
            };
            let reason = match &r.ended {
                Some(Ending::Decided { reason, .. }) => or_none(reason),
                _ => T::DocNone.s().to_string(),
            };
            let how = r
                .ended
                .as_ref()
                .map(|e| i18n::ending_text(e, &|x| d.date(x)))
                .unwrap_or_default();
            vec![or_none(&r.text), item.to_string(), how, reason]
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    doc.heading(1, T::DocEnded.s());
    let header = [
        T::DocColWhat,
        T::DocColItem,
        T::DocColEnded,
        T::DocColReason,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    doc.table(header, rows);
}

/// The plan of the previous phase in short: "Wat eerder is afgesproken".
pub(super) fn previous_plan(doc: &mut Document, s: &Session, d: &DateStyle) {
    let Some(p) = &s.previous_plan else {
        return;
    };
    doc.heading(1, T::DocPrevious.s());
    doc.paragraph(T::DocPreviousIntro.fmt(&[&i18n::plan_name(p.phase), &d.date(p.date)]));
    if !p.top3.is_empty() {
        doc.heading(2, T::DocPreviousTop3.s());
        doc.list(true, p.top3.iter().map(|t| or_none(t)).collect());
    }
    if !p.conditions.is_empty() {
        doc.heading(2, T::DocPreviousConditions.s());
        doc.list(false, p.conditions.iter().map(|t| or_none(t)).collect());
    }
    if !p.open_actions.is_empty() {
        doc.heading(2, T::DocPreviousActions.s());
        doc.list(
            false,
            p.open_actions
                .iter()
                .map(|a| {
                    let term = i18n::term_label(&a.term(), &|x| d.date(x));
                    match a.who.trim() {
                        "" => format!("{} ({term})", or_none(&a.what)),
                        who => format!("{who}: {} ({term})", or_none(&a.what)),
                    }
                })
                .collect(),
        );
    }
}
