//! The facilitator's side: after each update the event loop hands the app to
//! a [`Beacon`], which rewrites the state file when the position changed and
//! once a second besides (so a wall can tell that the program still runs).
//! Dropping the beacon (quit, error, panic) writes "closed".

use super::state::{HEARTBEAT, WallState, now_ms};
use crate::app::App;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Debug, Default)]
pub struct Beacon {
    /// The session the state file belongs to.
    session: Option<PathBuf>,
    /// The last state written (with `updated` 0).
    last: Option<WallState>,
    written: Option<Instant>,
}

impl Beacon {
    pub fn new() -> Beacon {
        Beacon::default()
    }

    /// Writes the state file if the facilitator's position changed or the
    /// heartbeat is due. Failures are ignored: the wall is a courtesy and
    /// must never disturb the meeting; it falls back to the saved step.
    pub fn publish(&mut self, app: &App) {
        let Some((state, path)) = app
            .meeting()
            .and_then(|m| Some((WallState::of_app(app)?, m.path.clone()?)))
        else {
            return;
        };
        if self.session.as_ref() != Some(&path) {
            // The next meeting of the same case (in training `n`): the wall
            // of the old one is told where to go; another case never.
            let same_case = self
                .session
                .as_ref()
                .is_some_and(|old| old.parent() == path.parent());
            self.close_to(same_case.then(|| path.clone()));
            self.session = Some(path.clone());
        }
        let due = self.written.is_none_or(|t| t.elapsed() >= HEARTBEAT);
        if !due && self.last.as_ref() == Some(&state) {
            return;
        }
        let stamped = WallState {
            updated: now_ms(),
            ..state.clone()
        };
        // A failed write is tried again on the next turn of the loop for a
        // new position, and at the next heartbeat otherwise.
        self.last = stamped.write(&path).is_ok().then_some(state);
        self.written = Some(Instant::now());
    }

    /// Tells the wall that the facilitator has closed the meeting.
    pub fn close(&mut self) {
        self.close_to(None);
    }

    /// Closes the meeting; with `next`, the meeting of the same case the
    /// facilitator opened instead, which the wall follows.
    fn close_to(&mut self, next: Option<PathBuf>) {
        let Some(path) = self.session.take() else {
            return;
        };
        if let Some(last) = self.last.take() {
            let closed = WallState {
                blank: false,
                facilitator_running: false,
                updated: now_ms(),
                moved_to: next,
                ..last
            };
            let _ = closed.write(&path);
        }
        self.written = None;
    }
}

impl Drop for Beacon {
    fn drop(&mut self) {
        self.close();
    }
}
