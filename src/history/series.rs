//! What the history shows: scale series, phases and open actions.

use super::{CaseHistory, Meeting};
use crate::model::{Action, Phase, ReviewStatus, ReviewTarget, Score, Stats};
use crate::timeline::live_actions;
use chrono::NaiveDate;

/// One meeting on a scale question's chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScalePoint {
    pub date: NaiveDate,
    pub phase: Phase,
    /// Median and spread of the scores given; `None` when the question was
    /// not asked or nobody gave a score in this meeting.
    pub stats: Option<Stats>,
    /// The threshold recorded with the question in this meeting (the
    /// default when it was not asked).
    pub threshold: Score,
}

/// A stretch of meetings in one phase. A case that goes back to an earlier
/// phase gets a new span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseSpan {
    pub phase: Phase,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub meetings: usize,
}

/// An action that is still open after the newest meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenAction {
    pub action: Action,
    /// The first meeting this action appears in.
    pub agreed: NaiveDate,
    /// The newest meeting, where it is still open.
    pub meeting: NaiveDate,
    /// The deadline lies before `today`.
    pub overdue: bool,
    /// How the most recent review that marked it judged it (e.g. `Late`).
    pub last_review: Option<ReviewStatus>,
}

impl CaseHistory {
    /// The scale keys asked in any meeting, in order of first appearance.
    pub fn scale_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for m in &self.meetings {
            for s in &m.session.scales {
                if !keys.contains(&s.key) {
                    keys.push(s.key.clone());
                }
            }
        }
        keys
    }

    /// The question as last asked for `key`.
    pub fn scale_question(&self, key: &str) -> Option<&str> {
        self.meetings
            .iter()
            .rev()
            .find_map(|m| m.session.scale(key))
            .map(|s| s.question.as_str())
    }

    /// One point per meeting, oldest first, for the scale question `key`.
    pub fn scale_series(&self, key: &str) -> Vec<ScalePoint> {
        scale_series_of(self.meetings.iter().map(|m| &m.session), key)
    }

    /// The phases over time, oldest first.
    pub fn phases(&self) -> Vec<PhaseSpan> {
        let mut spans: Vec<PhaseSpan> = Vec::new();
        for m in &self.meetings {
            let (phase, date) = (m.session.phase, m.session.date);
            match spans.last_mut() {
                Some(span) if span.phase == phase => {
                    span.last = date;
                    span.meetings += 1;
                }
                _ => spans.push(PhaseSpan {
                    phase,
                    first: date,
                    last: date,
                    meetings: 1,
                }),
            }
        }
        spans
    }

    /// The meetings of the current phase: the newest meeting and those
    /// before it in the same phase without a break.
    pub fn current_phase_meetings(&self) -> &[Meeting] {
        let Some(phase) = self.newest().map(|m| m.session.phase) else {
            return &[];
        };
        let start = self
            .meetings
            .iter()
            .rposition(|m| m.session.phase != phase)
            .map_or(0, |i| i + 1);
        &self.meetings[start..]
    }

    /// The agreements still running after the newest meeting (those that
    /// did not end there), one-off ones by deadline first, then standing
    /// ones and those without a date.
    pub fn open_actions(&self, today: NaiveDate) -> Vec<OpenAction> {
        let Some(newest) = self.newest() else {
            return Vec::new();
        };
        let mut out: Vec<OpenAction> = live_actions(&newest.session)
            .map(|a| {
                let record = self.timeline.record(ReviewTarget::Action(a.id));
                OpenAction {
                    action: a.clone(),
                    agreed: record.map_or(newest.session.date, |r| r.since),
                    meeting: newest.session.date,
                    overdue: a.is_overdue(today),
                    last_review: record.and_then(|r| r.marks.iter().rev().find_map(|m| m.status)),
                }
            })
            .collect();
        out.sort_by_key(|o| {
            let due = o.action.term.due();
            (due.is_none(), due, o.action.id)
        });
        out
    }
}

/// One point per session, in the order given, for the scale question `key`:
/// the series of `top3 history`, for any list of meetings (the plan's chart
/// reads it too).
pub fn scale_series_of<'a>(
    sessions: impl IntoIterator<Item = &'a crate::model::Session>,
    key: &str,
) -> Vec<ScalePoint> {
    sessions
        .into_iter()
        .map(|s| {
            let scale = s.scale(key);
            ScalePoint {
                date: s.date,
                phase: s.phase,
                stats: scale.and_then(|s| s.stats()),
                threshold: scale.map_or(s.threshold(), |x| x.threshold),
            }
        })
        .collect()
}
