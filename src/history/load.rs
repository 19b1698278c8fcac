//! Reading a case folder.

use super::{CaseHistory, Meeting};
use crate::i18n::T;
use crate::store::{LoadError, Problem, is_session_file};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Why a path is not a case folder.
#[derive(Debug, Clone, PartialEq)]
pub enum NotACase {
    NotFound(PathBuf),
    /// A file was given, not a folder.
    NotAFolder(PathBuf),
    /// The folder cannot be listed.
    Unreadable(PathBuf, String),
    /// The folder holds case folders: it is the sessions folder itself.
    SessionsFolder {
        dir: PathBuf,
        example: String,
    },
    /// The folder holds no session files at all.
    NoSessions(PathBuf),
}

impl fmt::Display for NotACase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            NotACase::NotFound(p) => {
                T::HistNotFound.fmt(&[&p.display(), &crate::paths::example_case()])
            }
            NotACase::NotAFolder(p) => {
                T::HistNotFolder.fmt(&[&p.display(), &crate::paths::example_case()])
            }
            NotACase::Unreadable(p, e) => T::HistUnreadable.fmt(&[&p.display(), e]),
            NotACase::SessionsFolder { dir, example } => {
                T::HistSessionsFolder.fmt(&[&dir.display(), &dir.join(example).display()])
            }
            NotACase::NoSessions(p) => T::HistNoSessions.fmt(&[&p.display()]),
        };
        f.write_str(&s)
    }
}

impl std::error::Error for NotACase {}

fn session_files(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    for entry in fs::read_dir(dir)?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            folders.push(path);
        } else if path.is_file() && is_session_file(&path) {
            files.push(path);
        }
    }
    files.sort();
    folders.sort();
    Ok((files, folders))
}

impl CaseHistory {
    /// Reads every meeting in `case_dir`. A file that fails is kept in
    /// `problems` by name and the others are still read; so is a meeting of
    /// another case that ended up in this folder. Only a path that is no case
    /// folder at all is an error.
    pub fn load(case_dir: &Path) -> Result<CaseHistory, NotACase> {
        let dir = case_dir.to_path_buf();
        if !case_dir.exists() {
            return Err(NotACase::NotFound(dir));
        }
        if !case_dir.is_dir() {
            return Err(NotACase::NotAFolder(dir));
        }
        let (files, folders) = session_files(case_dir)
            .map_err(|e| NotACase::Unreadable(dir.clone(), e.to_string()))?;
        if files.is_empty() {
            let case_like = folders
                .iter()
                .find(|f| session_files(f).is_ok_and(|(files, _)| !files.is_empty()));
            return Err(match case_like {
                Some(f) => NotACase::SessionsFolder {
                    dir,
                    example: f
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                },
                None => NotACase::NoSessions(dir),
            });
        }
        let mut meetings = Vec::new();
        let mut problems = Vec::new();
        let loaded = crate::store::load_sessions(&files);
        for (path, result) in files.into_iter().zip(loaded) {
            match result {
                Ok(session) => meetings.push(Meeting { path, session }),
                Err(e) => problems.push(e),
            }
        }
        let mut history = CaseHistory::from_meetings(dir, meetings, problems);
        history.set_aside_other_cases();
        Ok(history)
    }

    /// Meetings whose case code differs from the newest meeting's are moved
    /// to `problems`: one folder, one case.
    fn set_aside_other_cases(&mut self) {
        let Some(code) = self.newest().map(|m| m.session.case.code.clone()) else {
            return;
        };
        let (own, other): (Vec<Meeting>, Vec<Meeting>) = std::mem::take(&mut self.meetings)
            .into_iter()
            .partition(|m| m.session.case.code == code);
        self.meetings = own;
        if !other.is_empty() {
            self.timeline = crate::timeline::Timeline::of(self.meetings.iter().map(|m| &m.session));
        }
        for m in other {
            let msg = T::HistOtherCase.fmt(&[&m.session.case.code, &code]);
            self.problems
                .push(LoadError::new(&m.path, Problem::Content(msg)).at(1, 1));
        }
        self.problems.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// The earlier meetings of the case that `path` (a session file) belongs to,
/// for the meeting screen. A folder that cannot be read gives an empty past:
/// the meeting itself still opens.
pub fn past_for(
    path: &Path,
    session: &crate::model::Session,
    rules: &crate::timeline::Rules,
) -> crate::timeline::Past {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    match dir.map(CaseHistory::load) {
        Some(Ok(h)) => crate::timeline::Past::with_signals(
            h.meetings.iter().map(|m| &m.session),
            session,
            rules,
        ),
        _ => crate::timeline::Past::default(),
    }
}
