use chrono::NaiveDate;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

/// Environment variable naming the sessions folder.
pub const DIR_ENV: &str = "TOP3_DIR";

/// Where sessions live: `--dir`, then `$TOP3_DIR`, then `./sessions` if it
/// exists, then the platform's data directory. The repository's demo folder
/// (marked with [`super::DEMO_MARKER`]) is never used itself: its copy in
/// the temporary folder is (see [`super::redirect`]).
pub fn sessions_dir(flag: Option<&Path>) -> PathBuf {
    let chosen = chosen_dir(flag);
    super::redirect(&chosen).unwrap_or_else(|_| super::demo_copy_root())
}

fn chosen_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(d) = flag {
        return d.to_path_buf();
    }
    if let Some(d) = std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) {
        return crate::paths::native(PathBuf::from(d));
    }
    let local = PathBuf::from("sessions");
    if local.is_dir() {
        return local;
    }
    data_sessions_dir().unwrap_or(local)
}

/// The platform's folder for a user's own sessions:
/// `~/.local/share/top3/sessions` on Linux,
/// `~/Library/Application Support/nl.top3.top3/sessions` on macOS,
/// `%APPDATA%\top3\top3\data\sessions` on Windows.
pub fn data_sessions_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "top3", "top3").map(|p| p.data_dir().join("sessions"))
}

/// `name.bak` beside `name`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// A free path `dir/CODE/<date>-<layout>.ron`; a second meeting on the same
/// day with the same layout gets `-2`, `-3` …
pub fn new_session_path(dir: &Path, code: &str, date: NaiveDate, layout: &str) -> PathBuf {
    let case_dir = dir.join(code);
    let base = format!("{}-{}", date.format("%Y-%m-%d"), layout);
    let mut path = case_dir.join(format!("{base}.ron"));
    let mut n = 2;
    while path.exists() {
        path = case_dir.join(format!("{base}-{n}.ron"));
        n += 1;
    }
    path
}

/// A `.ron` file that is not a temporary file of an interrupted save.
pub fn is_session_file(path: &Path) -> bool {
    path.extension() == Some(OsStr::new("ron"))
        && !path
            .file_name()
            .and_then(OsStr::to_str)
            // Hidden files, and a practice case's script (h-course2).
            .is_some_and(|n| n.starts_with('.') || n == "script.ron")
}

/// A case folder and its session files, oldest first by file name.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseDir {
    pub code: String,
    pub path: PathBuf,
    pub sessions: Vec<PathBuf>,
}

/// The case folders under `dir`, sorted by code. Unreadable entries are
/// skipped here; `top3 check` reports them.
pub fn list_cases(dir: &Path) -> Vec<CaseDir> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut cases: Vec<CaseDir> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| {
            let code = e.file_name().to_str()?.to_string();
            if code.starts_with('.') {
                return None;
            }
            let mut sessions: Vec<PathBuf> = fs::read_dir(e.path())
                .ok()?
                .flatten()
                .map(|f| f.path())
                .filter(|p| p.is_file() && is_session_file(p))
                .collect();
            sessions.sort();
            Some(CaseDir {
                code,
                path: e.path(),
                sessions,
            })
        })
        .collect();
    cases.sort_by(|a, b| a.code.cmp(&b.code));
    cases
}
