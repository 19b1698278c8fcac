//! The wall's side: a read-only copy of the meeting that follows the session
//! file and the state file beside it. It never writes either.

use super::state::{Position, WallMode, WallState, apply, mode, now_ms};
use crate::app::{App, KeyMap, Meeting, Screen};
use crate::i18n::T;
use crate::layout::LayoutSet;
use crate::model::Session;
use crate::store;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// Even when the file's time and size look unchanged (a coarse clock on some
/// file systems), the session is read again this often.
const REREAD: Duration = Duration::from_secs(1);

/// What the wall shows now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// The meeting, through `ui::render` in wall view.
    Meeting,
    /// Nothing: the facilitator blanked the wall.
    Blank,
    /// The facilitator closed the meeting.
    Closed,
}

pub struct Follower {
    session_path: PathBuf,
    /// The app that renders the wall: the last good session, wall view.
    pub app: App,
    stamp: Option<(SystemTime, u64)>,
    /// The step saved in the session file, as last read.
    saved_step: usize,
    read_at: Instant,
    /// What the state file said last (`None`: missing or unusable).
    pub state: Option<WallState>,
    pub shown: Shown,
    /// The case's rules, to read the next meeting's past when the
    /// facilitator moves on to it.
    rules: crate::history::Rules,
}

/// An app in wall view: no hints, no private notes, no footer, no status.
pub fn wall_app(meeting: Meeting, keymap: KeyMap, layouts: LayoutSet) -> App {
    let mut app = App::new(Screen::Meeting(Box::new(meeting)), keymap, layouts);
    app.measure = Some(crate::ui::MEASURE);
    app.facilitator_view = false;
    app.wall = true;
    app
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

fn meeting_for(session: Session, layouts: &LayoutSet) -> Result<Meeting, String> {
    let layout = layouts
        .get(&session.layout)
        .cloned()
        .ok_or_else(|| T::ErrUnknownLayout.fmt(&[&session.layout, &layouts.names().join(", ")]))?;
    Ok(Meeting::new(session, layout, None))
}

impl Follower {
    /// Reads the session; an error is a sentence for the command line.
    /// `rules` judge the case's signals, which the wall shows only when the
    /// facilitator puts them there.
    pub fn open(
        path: &Path,
        layouts: LayoutSet,
        keymap: KeyMap,
        rules: &crate::history::Rules,
    ) -> Result<Follower, String> {
        let before = stamp(path);
        let session = store::load_session(path).map_err(|e| e.to_string())?;
        let saved_step = session.step;
        let past = crate::history::past_for(path, &session, rules);
        let mut meeting = meeting_for(session, &layouts)?;
        meeting.past = past;
        let mut f = Follower {
            session_path: path.to_path_buf(),
            app: wall_app(meeting, keymap, layouts),
            stamp: before,
            saved_step,
            read_at: Instant::now(),
            state: None,
            shown: Shown::Meeting,
            rules: rules.clone(),
        };
        f.poll_at(now_ms());
        Ok(f)
    }

    /// The session file the wall follows.
    pub fn session_path(&self) -> &Path {
        &self.session_path
    }

    /// Follows the facilitator to the next meeting of the same case (the
    /// state file of this one names it). A file that does not read keeps
    /// the wall where it is.
    fn move_on(&mut self) -> bool {
        let Some(next) = self
            .state
            .as_ref()
            .and_then(|s| s.moved_from(&self.session_path))
            .map(Path::to_path_buf)
        else {
            return false;
        };
        let before = stamp(&next);
        let Ok(session) = store::load_session(&next) else {
            return false;
        };
        let saved_step = session.step;
        let past = crate::history::past_for(&next, &session, &self.rules);
        let Ok(mut meeting) = meeting_for(session, &self.app.layouts) else {
            return false;
        };
        meeting.past = past;
        self.app.screen = Screen::Meeting(Box::new(meeting));
        self.session_path = next;
        self.stamp = before;
        self.saved_step = saved_step;
        self.read_at = Instant::now();
        self.state = WallState::read(&self.session_path);
        true
    }

    /// Looks at both files again; true when what is shown may have changed.
    pub fn poll(&mut self) -> bool {
        self.poll_at(now_ms())
    }

    /// [`Follower::poll`] at a given time (milliseconds since the epoch).
    pub fn poll_at(&mut self, now: u64) -> bool {
        let mut changed = self.reload_session();
        let state = WallState::read(&self.session_path);
        if state != self.state {
            self.state = state;
            changed = true;
        }
        changed |= self.move_on();
        let before = (
            self.shown,
            self.position(),
            self.app.wall_signals,
            self.app.countdown,
        );
        let mode = mode(self.state.as_ref(), now);
        let following = matches!(mode, WallMode::Follow(_));
        // Signals only while a running facilitator shows them.
        self.app.wall_signals = following && self.state.as_ref().is_some_and(|s| s.signals);
        // The exercise's countdown, as the facilitator's program shows it.
        self.app.countdown = self
            .state
            .as_ref()
            .filter(|_| following)
            .and_then(WallState::countdown_left);
        self.show(mode);
        changed
            || before
                != (
                    self.shown,
                    self.position(),
                    self.app.wall_signals,
                    self.app.countdown,
                )
    }

    fn position(&self) -> Option<Position> {
        self.app.meeting().map(|m| Position {
            step: m.session.step,
            pane: m.pane,
            selected: m.selected.get(m.session.step).copied().unwrap_or(0),
            scroll: m.scroll,
        })
    }

    /// Reads the session again when it changed on disk. A file that cannot
    /// be read or understood (hand-edited, truncated, deleted) leaves the last
    /// good version on the wall.
    fn reload_session(&mut self) -> bool {
        let now = stamp(&self.session_path);
        if now == self.stamp && self.read_at.elapsed() < REREAD {
            return false;
        }
        self.read_at = Instant::now();
        let Ok(session) = store::load_session(&self.session_path) else {
            return false;
        };
        self.stamp = now;
        let Some(m) = self.app.meeting() else {
            return false;
        };
        // The position comes from the state file; the saved step only
        // counts when there is none.
        let saved_step = session.step;
        let mut session = session;
        session.step = m.session.step;
        if session == m.session && saved_step == self.saved_step {
            return false;
        }
        self.saved_step = saved_step;
        let replaced = if session.layout == m.layout.name {
            let mut m = m.clone();
            m.session = session;
            Some(m)
        } else {
            let (pane, scroll, past) = (m.pane, m.scroll, m.past.clone());
            meeting_for(session, &self.app.layouts).ok().map(|mut m| {
                m.pane = pane;
                m.scroll = scroll;
                m.past = past;
                m
            })
        };
        let Some(m) = replaced else {
            return false;
        };
        self.app.screen = Screen::Meeting(Box::new(m));
        true
    }

    fn show(&mut self, mode: WallMode) {
        let Some(m) = self.app.meeting_mut() else {
            return;
        };
        self.shown = match mode {
            WallMode::Follow(pos) => {
                apply(pos, m);
                Shown::Meeting
            }
            WallMode::Saved => {
                // The step the session was saved on (the facilitator's
                // autosave keeps it current), the selection as it was.
                let step = self.saved_step;
                let pos = Position {
                    step,
                    pane: m.pane,
                    selected: m.selected.get(step).copied().unwrap_or(0),
                    scroll: m.scroll,
                };
                apply(pos, m);
                Shown::Meeting
            }
            WallMode::Blank => Shown::Blank,
            WallMode::Closed => Shown::Closed,
        };
        self.app.blank = self.shown != Shown::Meeting;
    }
}
