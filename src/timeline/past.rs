//! What a meeting screen needs from the earlier meetings of its case.

use super::{Rules, Signal, Timeline};
use crate::model::{Attendance, Id, Session};

/// What the screen needs from the earlier meetings of the case.
#[derive(Debug, Clone, Default)]
pub struct Past {
    pub timeline: Timeline,
    /// Attendance in the previous meeting, for the chair to confirm.
    pub attendance: Vec<(Id, Attendance)>,
    /// The case's signals as the meeting begins (from the earlier meetings,
    /// judged on the meeting's date), most urgent first.
    pub signals: Vec<Signal>,
    /// The settings they were judged by.
    pub rules: Rules,
    /// The words the plan check calls vague (a setting).
    pub vague: crate::model::VagueWords,
    /// The words the check that teaches calls opinions (a setting).
    pub opinion: crate::model::OpinionWords,
    /// Show the method's reasons with the plan check outside training too
    /// (the setting `explain_check`).
    pub explain: bool,
    /// The date of the meeting `attendance` comes from.
    pub attendance_from: Option<chrono::NaiveDate>,
}

impl Past {
    /// From the sessions of the case before `current` (by date).
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a Session>, current: &Session) -> Past {
        let earlier: Vec<&Session> = sessions
            .into_iter()
            .filter(|s| s.case.code == current.case.code && s.date < current.date)
            .collect();
        // A meeting after an expertoverleg takes its people from the last
        // meeting that was not one (see `carry_people`): compare with that.
        let expert = crate::model::MeetingKind::Expertoverleg;
        let from = if current.kind == expert {
            earlier.iter().max_by_key(|s| (s.date, s.time))
        } else {
            earlier
                .iter()
                .filter(|s| s.kind != expert)
                .max_by_key(|s| (s.date, s.time))
                .or_else(|| earlier.iter().max_by_key(|s| (s.date, s.time)))
        };
        let attendance = from
            .map(|prev| {
                prev.participants
                    .iter()
                    .map(|p| (p.id, p.attendance))
                    .collect()
            })
            .unwrap_or_default();
        let attendance_from = from.map(|s| s.date);
        Past {
            timeline: Timeline::of(earlier),
            attendance,
            signals: Vec::new(),
            rules: Rules::default(),
            vague: Default::default(),
            attendance_from,
            opinion: Default::default(),
            explain: false,
        }
    }

    /// As `of`, with the signals of the case by `rules`. A planned meeting
    /// that was not held is left out: this meeting is the one being held.
    pub fn with_signals<'a>(
        sessions: impl IntoIterator<Item = &'a Session>,
        current: &Session,
        rules: &Rules,
    ) -> Past {
        let sessions: Vec<&Session> = sessions.into_iter().collect();
        let mut past = Past::of(sessions.iter().copied(), current);
        let earlier: Vec<&Session> = sessions
            .into_iter()
            .filter(|s| s.case.code == current.case.code && s.date < current.date)
            .collect();
        let mut signals = super::signals(earlier, &past.timeline, rules, current.date);
        signals.retain(|s| !matches!(s, Signal::MissedMeeting { .. }));
        signals.sort_by_key(|s| std::cmp::Reverse(s.urgency()));
        past.signals = signals;
        past.rules = rules.clone();
        past
    }

    /// How `id` attended last time, when that is known.
    pub fn attended(&self, id: Id) -> Option<Attendance> {
        self.attendance
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, a)| *a)
    }
}
