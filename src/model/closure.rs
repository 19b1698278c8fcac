//! Closing a case (DOMAIN.md §1.5): why, which goals were reached, and the
//! follow-up contacts afterwards (the waakvlam).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the last meeting recorded when it closed the case.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// Why the case is closed.
    #[serde(default)]
    pub reason: String,
    /// The goals reached (of the Herstelplan, or the phase reached).
    #[serde(default)]
    pub goals_reached: String,
    /// The follow-up contacts (nazorg, waakvlam), oldest first.
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
}

/// A follow-up contact after closing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub due: NaiveDate,
    /// The day it was held.
    #[serde(default)]
    pub held: Option<NaiveDate>,
    /// What it found.
    #[serde(default)]
    pub note: String,
}

impl Closure {
    /// A closure on `date` with follow-up contacts after each of `months`.
    pub fn with_follow_ups(date: NaiveDate, months: &[u32]) -> Closure {
        Closure {
            follow_ups: months
                .iter()
                .filter_map(|m| date.checked_add_months(chrono::Months::new(*m)))
                .map(|due| FollowUp {
                    due,
                    held: None,
                    note: String::new(),
                })
                .collect(),
            ..Closure::default()
        }
    }

    /// The follow-ups due on or before `today` and not held yet.
    pub fn due(&self, today: NaiveDate) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups
            .iter()
            .filter(move |f| f.held.is_none() && f.due <= today)
    }
}
