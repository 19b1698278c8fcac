//! A case over time: its meetings in date order, each scale question's
//! series, the phases, the open actions and the escalation signals
//! (DESIGN.md §2 "Over time", DOMAIN.md §1.3–1.4).
//!
//! Pure data for the terminal (`top3 history`) and the history screen to
//! draw: nothing here prints.

pub mod chart;
mod load;
mod report;
mod series;
mod signals;

pub use chart::Paint;
pub use load::{NotACase, past_for};
pub use report::{layout_for, render};
pub use series::{OpenAction, PhaseSpan, ScalePoint, scale_series_of};
pub use signals::{Restart, Rules, Signal, Unsafe, fmt_median};

use crate::model::Session;
use crate::store::LoadError;
use crate::timeline::Timeline;
use std::path::PathBuf;

/// One meeting of the case and the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub path: PathBuf,
    pub session: Session,
}

/// All meetings of one case, oldest first, and the files that failed.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseHistory {
    /// The case folder.
    pub dir: PathBuf,
    /// Sorted by date, then time (a meeting without a time first), then file
    /// name.
    pub meetings: Vec<Meeting>,
    /// Files in the folder that could not be read (or belong to another
    /// case); the other meetings are still shown.
    pub problems: Vec<LoadError>,
    /// Every condition and agreement over the meetings.
    pub timeline: Timeline,
}

impl CaseHistory {
    /// A history of meetings already in memory; sorts them.
    pub fn from_meetings(
        dir: PathBuf,
        mut meetings: Vec<Meeting>,
        problems: Vec<LoadError>,
    ) -> Self {
        meetings.sort_by(|a, b| {
            (a.session.date, a.session.time, a.path.file_name()).cmp(&(
                b.session.date,
                b.session.time,
                b.path.file_name(),
            ))
        });
        let timeline = Timeline::of(meetings.iter().map(|m| &m.session));
        CaseHistory {
            dir,
            meetings,
            problems,
            timeline,
        }
    }

    /// The case code: the newest meeting's, or else the folder name.
    pub fn code(&self) -> String {
        match self.newest() {
            Some(m) => m.session.case.code.to_string(),
            None => self
                .dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }

    pub fn newest(&self) -> Option<&Meeting> {
        self.meetings.last()
    }

    pub fn first(&self) -> Option<&Meeting> {
        self.meetings.first()
    }

    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty()
    }
}

impl CaseHistory {
    /// The meeting a new meeting continues from: the newest one. `Err` with
    /// the file's problem when a file that cannot be read may be newer (its
    /// name starts with a date on or after the newest meeting's), or when no
    /// meeting can be read at all; continuing from an older meeting would
    /// silently drop what was agreed last. `Ok(None)`: the case has no
    /// meetings yet.
    pub fn continue_from(&self) -> Result<Option<&Meeting>, &LoadError> {
        let newest = self.newest();
        let blocking = self.problems.iter().find(|p| match newest {
            None => true,
            Some(m) => name_date(&p.path).is_some_and(|d| d >= m.session.date),
        });
        match blocking {
            Some(p) => Err(p),
            None => Ok(newest),
        }
    }
}

/// The date a session file's name starts with (`2026-03-01-…`).
fn name_date(path: &std::path::Path) -> Option<chrono::NaiveDate> {
    let name = path.file_name()?.to_str()?;
    chrono::NaiveDate::parse_from_str(name.get(..10)?, "%Y-%m-%d").ok()
}
