//! How dates are written in an export: as dates, or as weeks relative to the
//! case's first meeting (redacted).

use crate::i18n::T;
use crate::model::When;
use chrono::{NaiveDate, NaiveTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `27-10-2026`.
    Absolute,
    /// `week 8`: whole weeks since `week0`, the case's first meeting.
    Relative { week0: NaiveDate },
}

impl DateStyle {
    pub fn date(&self, d: NaiveDate) -> String {
        match self {
            DateStyle::Absolute => d.format("%d-%m-%Y").to_string(),
            DateStyle::Relative { week0 } => week_label(*week0, d),
        }
    }

    /// A date with a time, when the style shows times at all.
    pub fn date_time(&self, d: NaiveDate, t: Option<NaiveTime>) -> String {
        match (self, t) {
            (DateStyle::Absolute, Some(t)) => {
                T::DocDateTime.fmt(&[&self.date(d), &t.format("%H:%M")])
            }
            _ => self.date(d),
        }
    }

    pub fn when(&self, w: &When) -> String {
        match w {
            When::Unknown => String::new(),
            When::Exact(d) => self.date(*d),
            When::Approx(s) => s.clone(),
        }
    }

    pub fn is_relative(&self) -> bool {
        matches!(self, DateStyle::Relative { .. })
    }
}

/// `week 6`: whole weeks from `week0` to `d` (negative before it).
pub fn week_label(week0: NaiveDate, d: NaiveDate) -> String {
    let days = (d - week0).num_days();
    T::RedWeek.fmt(&[&days.div_euclid(7)])
}
