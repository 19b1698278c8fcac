//! Carrying out what the app asks for: open, create, save, export. This is
//! where files are touched; the app and the UI never do.

use crate::app::{App, Effect, Meeting, Screen, StartEntry, StartScreen};
use crate::i18n::T;
use crate::layout::LayoutSet;
use crate::model::{Case, CaseCode, Session};
use crate::store::{self, SessionLock};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The outside world as the running program sees it.
pub struct Host {
    pub sessions_dir: PathBuf,
    /// The lock of the open session; released when another is opened.
    pub lock: Option<SessionLock>,
}

impl Host {
    pub fn new(sessions_dir: PathBuf) -> Host {
        Host {
            sessions_dir,
            lock: None,
        }
    }

    /// Carries out effects; errors become the app's status line.
    pub fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            let result = match effect {
                Effect::SaveNow => self.save(app),
                Effect::Open(path) => self.open(app, &path),
                Effect::Create { layout, case, date } => self.create(app, &layout, &case, date),
                Effect::ExportPlan => Err(T::NotYet.fmt(&[&"export"])),
                Effect::Quit => Ok(()),
            };
            if let Err(message) = result {
                app.status = Some(message);
            }
        }
    }

    /// Saves the open meeting if it changed.
    pub fn save(&mut self, app: &mut App) -> Result<(), String> {
        let Some(m) = app.meeting_mut() else {
            return Ok(());
        };
        if !m.dirty {
            return Ok(());
        }
        let Some(path) = m.path.clone() else {
            m.dirty = false;
            return Ok(());
        };
        store::save_session(&path, &m.session).map_err(|e| T::SaveFailed.fmt(&[&e]))?;
        m.dirty = false;
        Ok(())
    }

    pub fn open(&mut self, app: &mut App, path: &Path) -> Result<(), String> {
        let session = store::load_session(path).map_err(|e| e.to_string())?;
        let layout = app.layouts.get(&session.layout).cloned().ok_or_else(|| {
            T::ErrUnknownLayout.fmt(&[&session.layout, &app.layouts.names().join(", ")])
        })?;
        // Release the old lock only once the new one is held.
        let lock = SessionLock::acquire(path).map_err(|e| e.to_string())?;
        self.save(app)?;
        if lock.took_over_stale {
            app.status = Some(T::OpenedTookOverLock.s().to_string());
        }
        self.lock = Some(lock);
        app.screen = Screen::Meeting(Box::new(Meeting::new(
            session,
            layout,
            Some(path.to_path_buf()),
        )));
        Ok(())
    }

    pub fn create(
        &mut self,
        app: &mut App,
        layout: &str,
        case: &str,
        date: NaiveDate,
    ) -> Result<(), String> {
        let path = create_session(&self.sessions_dir, &app.layouts, layout, case, date)?;
        self.open(app, &path)
    }
}

/// Writes a new session file for a case and returns its path.
pub fn create_session(
    dir: &Path,
    layouts: &LayoutSet,
    layout: &str,
    case: &str,
    date: NaiveDate,
) -> Result<PathBuf, String> {
    let layout = layouts
        .get(layout)
        .ok_or_else(|| T::ErrUnknownLayout.fmt(&[&layout, &layouts.names().join(", ")]))?;
    let code = CaseCode::new(case)
        .map_err(|e| T::ErrCaseCode.fmt(&[&case, &crate::i18n::case_code_problem(&e)]))?;
    let path = store::new_session_path(dir, code.as_str(), date, &layout.name);
    let session = Session::new(
        Case::new(code),
        layout.kind,
        layout.phase,
        &layout.name,
        date,
    );
    store::save_session(&path, &session).map_err(|e| T::ErrSave.fmt(&[&path.display(), &e]))?;
    Ok(path)
}

/// The start screen's list: every session of every case, newest first.
pub fn start_entries(dir: &Path) -> Vec<StartEntry> {
    let mut out = Vec::new();
    for case in store::list_cases(dir) {
        for path in case.sessions.iter().rev() {
            let entry = match store::load_session(path) {
                Ok(s) => StartEntry {
                    case: case.code.clone(),
                    path: path.clone(),
                    date: Some(s.date),
                    kind: Some(s.kind),
                    phase: Some(s.phase),
                    problem: None,
                },
                Err(e) => StartEntry {
                    case: case.code.clone(),
                    path: path.clone(),
                    date: None,
                    kind: None,
                    phase: None,
                    problem: Some(e.message()),
                },
            };
            out.push(entry);
        }
    }
    out
}

pub fn start_screen(dir: &Path, today: NaiveDate) -> StartScreen {
    StartScreen::new(start_entries(dir), today, dir.to_path_buf())
}
