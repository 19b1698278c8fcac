//! The small state file of a session (in the runtime folder, see
//! [`wall_dir`]) that tells the wall where the facilitator is: which step, what is selected, whether the wall is blank,
//! and whether the facilitator's program still runs.
//!
//! It holds positions only, never content: what is said lives in the session
//! file, which the wall reads itself.

use crate::app::{App, Meeting};
use crate::layout::StepKind;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The format of the state file; a file of another version is ignored (the
/// wall then shows the session's saved step).
pub const WALL_VERSION: u32 = 1;

/// The facilitator's program rewrites the state at least this often, so that
/// a wall can tell a running program from one that died.
pub const HEARTBEAT: Duration = Duration::from_millis(1000);

/// A state older than this, from a program that never said it closed, is
/// taken as a program that is gone (a crash, a closed lid, a pulled plug).
pub const STALE_AFTER: Duration = Duration::from_secs(5);

/// Where the facilitator is, as the wall needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WallState {
    pub version: u32,
    /// The step on screen (index into the layout's steps).
    pub step: usize,
    /// On the TOP-3 step: 0 the TOP 3, 1 the facts to choose from.
    pub pane: usize,
    /// The selected item on that step.
    pub selected: usize,
    /// Scroll offset of the summary, in lines.
    pub scroll: u16,
    /// The facilitator blanked the wall (`b`).
    pub blank: bool,
    /// The facilitator shows the case's signals on the wall (`s`).
    #[serde(default)]
    pub signals: bool,
    /// False once the facilitator's program has closed the meeting.
    pub facilitator_running: bool,
    /// The facilitator's process id (for people reading the file).
    pub pid: u32,
    /// When this was written: milliseconds since 1970-01-01 UTC.
    pub updated: u64,
    /// c-screens: the exercise's countdown in training, in seconds left when
    /// this was written (0: the time is up); absent without a countdown, so
    /// a state file written before it existed still reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countdown: Option<u64>,
    /// The facilitator closed this meeting to open the next one of the same
    /// case (in training `n`, the next scripted meeting): its session file,
    /// which the wall then follows. Only ever a file in the same case
    /// folder, so the wall never moves to another family's meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<PathBuf>,
}

/// The position part of the state: what the wall shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub step: usize,
    pub pane: usize,
    pub selected: usize,
    pub scroll: u16,
}

/// What the wall should show, decided from the state file alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WallMode {
    /// Follow the facilitator to this position.
    Follow(Position),
    /// The facilitator blanked the wall: nothing on screen.
    Blank,
    /// No usable state file: show the step saved in the session.
    Saved,
    /// The facilitator's program closed or is gone: a calm sentence.
    Closed,
}

/// Environment variable naming the folder for the wall's state files.
pub const WALL_DIR_ENV: &str = "TOP3_WALL_DIR";

/// The folder for the wall's state files: runtime state, so not beside the
/// session (the case folder keeps only the sessions and what the user
/// exports). `$TOP3_WALL_DIR`, else the platform's runtime folder
/// (`$XDG_RUNTIME_DIR/top3` on Linux), else its cache folder
/// (`~/.cache/top3/wall`, `~/Library/Caches/nl.top3.top3/wall`,
/// `%LOCALAPPDATA%\top3\top3\cache\wall`), else the temporary folder.
pub fn wall_dir() -> PathBuf {
    if let Some(d) = std::env::var_os(WALL_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    match directories::ProjectDirs::from("nl", "top3", "top3") {
        Some(p) => match p.runtime_dir() {
            Some(r) => r.to_path_buf(),
            None => p.cache_dir().join("wall"),
        },
        None => std::env::temp_dir().join("top3-wall"),
    }
}

/// The state file of `session` in [`wall_dir`].
pub fn state_path(session: &Path) -> PathBuf {
    state_path_in(&wall_dir(), session)
}

/// `<session file name>-<hash>.wall` in `dir`: the hash of the session's
/// full path (FNV-1a, the same in every run and program), so the
/// facilitator and the wall find the same file however the path was typed,
/// and two sessions never share one.
pub fn state_path_in(dir: &Path, session: &Path) -> PathBuf {
    let full = std::fs::canonicalize(session)
        .or_else(|_| std::path::absolute(session))
        .unwrap_or_else(|_| session.to_path_buf());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in full.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!("{stem}-{hash:016x}.wall"))
}

/// Milliseconds since the epoch, for [`WallState::updated`].
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis().min(u64::MAX as u128) as u64)
}

impl WallState {
    /// The state of a running facilitator on this meeting; `updated` is 0
    /// until it is written (so that two states compare by content).
    pub fn of_meeting(m: &Meeting, blank: bool, signals: bool) -> WallState {
        WallState {
            version: WALL_VERSION,
            step: m.session.step,
            pane: m.pane,
            selected: m.selected.get(m.session.step).copied().unwrap_or(0),
            scroll: m.scroll,
            blank,
            signals,
            facilitator_running: true,
            pid: std::process::id(),
            updated: 0,
            countdown: None,
            moved_to: None,
        }
    }

    /// The state of the facilitator's app, when a meeting is open: with its
    /// countdown, which the wall shows in its header as the facilitator's
    /// program does.
    pub fn of_app(app: &App) -> Option<WallState> {
        app.meeting().map(|m| WallState {
            countdown: app.countdown.map(|(_, left)| left.as_secs()),
            ..WallState::of_meeting(m, app.blank, app.wall_signals)
        })
    }

    /// The countdown as the app holds it ((the time set, the time left));
    /// the wall knows only the time left.
    pub fn countdown_left(&self) -> Option<(Duration, Duration)> {
        self.countdown.map(|s| {
            let left = Duration::from_secs(s);
            (left, left)
        })
    }

    /// The next meeting of the same case the facilitator moved to, when
    /// the program closed this one for it: a file in the same folder as
    /// `session`, never elsewhere.
    pub fn moved_from(&self, session: &Path) -> Option<&Path> {
        let to = self.moved_to.as_deref()?;
        let same_case = to.parent().is_some() && to.parent() == session.parent();
        (!self.facilitator_running && same_case && to != session).then_some(to)
    }

    pub fn position(&self) -> Position {
        Position {
            step: self.step,
            pane: self.pane,
            selected: self.selected,
            scroll: self.scroll,
        }
    }

    /// Written more than [`STALE_AFTER`] before `now` (a clock that went
    /// back counts as fresh).
    pub fn is_stale(&self, now: u64) -> bool {
        now.saturating_sub(self.updated) > STALE_AFTER.as_millis() as u64
    }

    pub fn to_ron(&self) -> String {
        // One line ending on every platform, like the session files.
        let config = ron::ser::PrettyConfig::new().new_line("\n");
        let mut out = ron::ser::to_string_pretty(self, config)
            .expect("a wall state holds only numbers and booleans");
        out.push('\n');
        out
    }

    /// Parses a state file's text; `None` for anything that is not a whole
    /// state of this version (half-written, garbage, another version).
    pub fn parse(text: &str) -> Option<WallState> {
        let state: WallState = ron::from_str(text).ok()?;
        (state.version == WALL_VERSION).then_some(state)
    }

    /// Reads the state file of `session`; `None` when it is missing or
    /// unusable.
    pub fn read(session: &Path) -> Option<WallState> {
        let path = state_path(session);
        let meta = std::fs::metadata(&path).ok()?;
        if !meta.is_file() || meta.len() > 64 * 1024 {
            return None;
        }
        let text = std::fs::read_to_string(&path).ok()?;
        WallState::parse(&text)
    }

    /// Writes the state file of `session` so that a reader sees the old or
    /// the new state, never half of one: a temporary file in the same
    /// folder, renamed into place. Unlike a session save there is no `.bak`
    /// and no sync: the file is rewritten every second and worthless after
    /// the meeting.
    pub fn write(&self, session: &Path) -> std::io::Result<()> {
        let path = state_path(session);
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".top3-")
            .suffix(".tmp")
            .tempfile_in(&dir)?;
        tmp.write_all(self.to_ron().as_bytes())?;
        tmp.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// What the wall shows for a state file's contents at time `now` (pure).
pub fn mode(state: Option<&WallState>, now: u64) -> WallMode {
    match state {
        None => WallMode::Saved,
        Some(s) if !s.facilitator_running || s.is_stale(now) => WallMode::Closed,
        Some(s) if s.blank => WallMode::Blank,
        Some(s) => WallMode::Follow(s.position()),
    }
}

/// Moves a read-only meeting to a position, clamped to what the meeting
/// holds; any open form is dropped (the wall shows lists only).
pub fn apply(pos: Position, m: &mut Meeting) {
    m.form = None;
    m.editing = None;
    if m.layout.steps.is_empty() {
        return;
    }
    let last = m.layout.steps.len() - 1;
    m.session.step = pos.step.min(last);
    m.pane = if m.step().kind == StepKind::Top3 {
        pos.pane.min(1)
    } else {
        0
    };
    m.scroll = pos.scroll;
    let n = m.items().len();
    if let Some(s) = m.selected.get_mut(m.session.step) {
        *s = pos.selected.min(n.saturating_sub(1));
    }
}
