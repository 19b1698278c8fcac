//! The record of every condition and agreement over the meetings of a case.

use super::carry::{Ending, ending, kind_of};
use crate::model::{Action, Condition, ItemKind, ReviewStatus, ReviewTarget, Session};
use chrono::NaiveDate;
use std::collections::HashMap;

/// One meeting's word on an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The meeting that reviewed it.
    pub date: NaiveDate,
    /// `None`: on the review but not decided ("nog bespreken").
    pub status: Option<ReviewStatus>,
    pub note: String,
    /// When it happened, when the review says so.
    pub on: Option<NaiveDate>,
}

impl Mark {
    /// The date to name: when it happened, else the meeting's date.
    pub fn day(&self) -> NaiveDate {
        self.on.unwrap_or(self.date)
    }
}

/// A condition or agreement over all meetings of the case.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub target: ReviewTarget,
    pub kind: ItemKind,
    /// What it says in the newest meeting that holds it.
    pub text: String,
    /// The first meeting that holds it (or its own `since`, when earlier).
    pub since: NaiveDate,
    /// The newest meeting that holds it.
    pub last_seen: NaiveDate,
    /// The reviews, oldest first.
    pub marks: Vec<Mark>,
    pub ended: Option<Ending>,
    /// The item as it stands in the newest meeting that holds it.
    pub condition: Option<Condition>,
    pub action: Option<Action>,
}

impl Record {
    fn new(target: ReviewTarget, kind: ItemKind, text: &str, since: NaiveDate) -> Record {
        Record {
            target,
            kind,
            text: text.to_string(),
            since,
            last_seen: since,
            marks: Vec::new(),
            ended: None,
            condition: None,
            action: None,
        }
    }

    /// How often a review gave `status`.
    pub fn count(&self, status: ReviewStatus) -> usize {
        self.marks
            .iter()
            .filter(|m| m.status == Some(status))
            .count()
    }

    /// The marks that say something went wrong, oldest first.
    pub fn problems(&self) -> impl Iterator<Item = &Mark> {
        self.marks
            .iter()
            .filter(|m| m.status.is_some_and(ReviewStatus::is_problem))
    }

    /// The review of the meeting of `date`, if that meeting reviewed it.
    pub fn mark_at(&self, date: NaiveDate) -> Option<&Mark> {
        self.marks.iter().rev().find(|m| m.date == date)
    }

    pub fn is_live(&self) -> bool {
        self.ended.is_none()
    }
}

/// The records of a case, computed from its sessions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// The meetings' dates, oldest first.
    pub dates: Vec<NaiveDate>,
    /// Conditions first, then agreements, each in order of first appearance.
    pub records: Vec<Record>,
    /// The dates of the MDA++ expertoverleggen among the meetings: what was
    /// agreed there is leidend in the meetings after it.
    pub expert_meetings: Vec<NaiveDate>,
}

impl Timeline {
    /// The item's first day was an expertoverleg (so it is leidend).
    pub fn from_expert_meeting(&self, since: NaiveDate) -> bool {
        self.expert_meetings.contains(&since)
    }

    /// The timeline of `sessions` (any order; sorted here by date and time).
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Timeline {
        let mut sessions: Vec<&Session> = sessions.into_iter().collect();
        sessions.sort_by_key(|s| (s.date, s.time));
        let mut records: Vec<Record> = Vec::new();
        let mut index: HashMap<ReviewTarget, usize> = HashMap::new();
        // Items present in the previous session and not ended there: they
        // must be in the next one, or they vanished.
        let mut expected: Vec<ReviewTarget> = Vec::new();
        for s in &sessions {
            for r in &s.review {
                let i = *index.entry(r.target).or_insert_with(|| {
                    let since = s.review_of.unwrap_or(s.date);
                    records.push(Record::new(r.target, r.kind(), &r.text, since));
                    records.len() - 1
                });
                records[i].marks.push(Mark {
                    date: s.date,
                    status: r.status,
                    note: r.note.clone(),
                    on: r.on,
                });
            }
            let present: Vec<(ReviewTarget, &str)> = super::items(s).collect();
            for target in expected.drain(..) {
                if !present.iter().any(|(t, _)| *t == target)
                    && let Some(&i) = index.get(&target)
                    && records[i].ended.is_none()
                {
                    records[i].ended = Some(
                        ending(s, target, &records[i].text)
                            .unwrap_or(Ending::Vanished { date: s.date }),
                    );
                }
            }
            for (target, text) in present {
                let kind = kind_of(s, target).unwrap_or(ItemKind::Once);
                let i = *index.entry(target).or_insert_with(|| {
                    records.push(Record::new(target, kind, text, s.date));
                    records.len() - 1
                });
                let rec = &mut records[i];
                rec.kind = kind;
                rec.text = text.to_string();
                rec.last_seen = s.date;
                match target {
                    ReviewTarget::Condition(id) => {
                        let c = s.conditions.iter().find(|c| c.id == id);
                        if let Some(since) = c.and_then(|c| c.since) {
                            rec.since = rec.since.min(since);
                        }
                        rec.condition = c.cloned();
                    }
                    ReviewTarget::Action(id) => {
                        let a = s.actions.iter().find(|a| a.id == id);
                        if let Some(since) = a.and_then(|a| a.since) {
                            rec.since = rec.since.min(since);
                        }
                        rec.action = a.cloned();
                    }
                }
                rec.ended = ending(s, target, text);
                if rec.ended.is_none() {
                    expected.push(target);
                }
            }
        }
        records.sort_by_key(|r| {
            (
                matches!(r.target, ReviewTarget::Action(_)),
                index[&r.target],
            )
        });
        Timeline {
            dates: sessions.iter().map(|s| s.date).collect(),
            records,
            expert_meetings: sessions
                .iter()
                .filter(|s| s.kind == crate::model::MeetingKind::Expertoverleg)
                .map(|s| s.date)
                .collect(),
        }
    }

    pub fn record(&self, target: ReviewTarget) -> Option<&Record> {
        self.records.iter().find(|r| r.target == target)
    }

    /// The marks of `target` here, followed by `session`'s own review of it:
    /// the record of an item during a meeting that is not in this timeline
    /// yet (the meeting being typed).
    pub fn marks_with(&self, session: &Session, target: ReviewTarget) -> Vec<Mark> {
        let mut marks: Vec<Mark> = self
            .record(target)
            .map(|r| {
                r.marks
                    .iter()
                    .filter(|m| m.date < session.date)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if let Some(r) = session.review.iter().find(|r| r.target == target) {
            marks.push(Mark {
                date: session.date,
                status: r.status,
                note: r.note.clone(),
                on: r.on,
            });
        }
        marks
    }

    /// Items that left the plan in the meeting of `date`.
    pub fn ended_at(&self, date: NaiveDate) -> impl Iterator<Item = &Record> {
        self.records
            .iter()
            .filter(move |r| r.ended.as_ref().is_some_and(|e| e.date() == date))
    }

    /// Items that vanished without a decision (a problem to show).
    pub fn vanished(&self) -> impl Iterator<Item = &Record> {
        self.records
            .iter()
            .filter(|r| matches!(r.ended, Some(Ending::Vanished { .. })))
    }
}
