//! What a meeting screen needs from the earlier meetings of its case.

use super::Timeline;
use crate::model::{Attendance, Id, Session};

/// What the screen needs from the earlier meetings of the case.
#[derive(Debug, Clone, Default)]
pub struct Past {
    pub timeline: Timeline,
    /// Attendance in the previous meeting, for the chair to confirm.
    pub attendance: Vec<(Id, Attendance)>,
}

impl Past {
    /// From the sessions of the case before `current` (by date).
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a Session>, current: &Session) -> Past {
        let earlier: Vec<&Session> = sessions
            .into_iter()
            .filter(|s| s.case.code == current.case.code && s.date < current.date)
            .collect();
        let attendance = earlier
            .iter()
            .max_by_key(|s| (s.date, s.time))
            .map(|prev| {
                prev.participants
                    .iter()
                    .map(|p| (p.id, p.attendance))
                    .collect()
            })
            .unwrap_or_default();
        Past {
            timeline: Timeline::of(earlier),
            attendance,
        }
    }

    /// How `id` attended last time, when that is known.
    pub fn attended(&self, id: Id) -> Option<Attendance> {
        self.attendance
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, a)| *a)
    }
}
