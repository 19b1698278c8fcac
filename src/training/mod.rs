//! Training mode (issue 7): fictional practice cases shipped inside the
//! binary, copied into a temporary training folder so that a trainee can work
//! on them without ever touching the user's real sessions.
//!
//! The same files are in `training/` in the repository. The newest session of
//! each case is deliberately half-finished (vague agreements, a condition tied
//! to no situation, a situation without conditions, missing scores, no next
//! meeting) so that the plan check has something to find.

// h-course2: time that moves.
pub mod compare;
pub mod material;
pub mod script;

use crate::i18n::{T, Text};
use crate::layout::LayoutSet;
use crate::model::Session;
use crate::store::{
    LoadError, LockError, SessionLock, is_session_file, parse_session, read_text, session_to_ron,
    write_atomic,
};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// A fictional case to practise with: one shipped inside the program, or a
/// trainer's own case read from a folder (c-folder: practice cases are data).
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeCase {
    /// Pseudonymous case code, also the name of its folder.
    pub code: String,
    pub title: Text,
    /// (file name, contents) of its session files, oldest first.
    pub files: Vec<(String, String)>,
    /// Model answers (issue 16): (file name, contents) of a complete session
    /// in the case's `model/` folder, named like the meeting it answers.
    /// Never copied into the training folder, so never edited.
    pub models: Vec<(String, String)>,
    /// Its `script.ron`: what happens between its meetings.
    pub script: Option<String>,
    /// A trainer's own case: the folder it was read from (None: shipped).
    pub folder: Option<PathBuf>,
}

impl PracticeCase {
    /// File name of the newest session: the meeting the trainee opens.
    pub fn newest_file(&self) -> &str {
        self.files
            .last()
            .map(|(name, _)| name.as_str())
            .unwrap_or_default()
    }

    /// The model answer for the meeting in `file_name`, if the case has one.
    pub fn model_for(&self, file_name: &str) -> Option<Session> {
        let (name, text) = self.models.iter().find(|(n, _)| n == file_name)?;
        parse_session(text, Path::new(name)).ok()
    }

    /// The teaching points of the meeting in `file_name`: its private notes
    /// as shipped (the trainee's copy may have changed them).
    pub fn teaching_points(&self, file_name: &str) -> Vec<String> {
        self.files
            .iter()
            .find(|(n, _)| n == file_name)
            .and_then(|(n, text)| parse_session(text, Path::new(n)).ok())
            .map(|s| {
                s.notes
                    .into_iter()
                    .filter(|n| n.private)
                    .map(|n| n.text)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Where the copy of this case lives under a training folder.
    pub fn copy_dir(&self, root: &Path) -> PathBuf {
        root.join(&self.code)
    }

    /// The newest session of the copy under `root` (it may not exist yet).
    pub fn copy_path(&self, root: &Path) -> PathBuf {
        self.copy_dir(root).join(self.newest_file())
    }

    /// A trainer's own case, not one shipped inside the program.
    pub fn is_own(&self) -> bool {
        self.folder.is_some()
    }
}

/// A shipped case as compiled in; made into a `PracticeCase` once.
struct Shipped {
    code: &'static str,
    title: Text,
    files: &'static [(&'static str, &'static str)],
    models: &'static [(&'static str, &'static str)],
}

impl From<Shipped> for PracticeCase {
    fn from(s: Shipped) -> Self {
        let owned = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect()
        };
        PracticeCase {
            code: s.code.to_string(),
            title: s.title,
            files: owned(s.files),
            models: owned(s.models),
            script: script::shipped_script(s.code).map(str::to_string),
            folder: None,
        }
    }
}

const OEF_2026_01: &[(&str, &str)] = &[
    (
        "2026-10-06-training.ron",
        include_str!("../../training/OEF-2026-01/2026-10-06-training.ron"),
    ),
    (
        "2026-11-03-training.ron",
        include_str!("../../training/OEF-2026-01/2026-11-03-training.ron"),
    ),
];

const OEF_2026_01_MODEL: &[(&str, &str)] = &[
    // c-data: the example meeting has a model answer too.
    (
        "2026-10-06-training.ron",
        include_str!("../../training/OEF-2026-01/model/2026-10-06-training.ron"),
    ),
    (
        "2026-11-03-training.ron",
        include_str!("../../training/OEF-2026-01/model/2026-11-03-training.ron"),
    ),
];

const OEF_2026_02_MODEL: &[(&str, &str)] = &[(
    "2026-11-17-training.ron",
    include_str!("../../training/OEF-2026-02/model/2026-11-17-training.ron"),
)];

const OEF_2026_02: &[(&str, &str)] = &[(
    "2026-11-17-training.ron",
    include_str!("../../training/OEF-2026-02/2026-11-17-training.ron"),
)];

// h-course2: one practice case per training module.
const OEF_2026_03: &[(&str, &str)] = &[(
    "2026-11-24-training.ron",
    include_str!("../../training/OEF-2026-03/2026-11-24-training.ron"),
)];

const OEF_2026_04: &[(&str, &str)] = &[(
    "2026-12-01-training.ron",
    include_str!("../../training/OEF-2026-04/2026-12-01-training.ron"),
)];

const OEF_2026_05: &[(&str, &str)] = &[(
    "2026-11-19-training.ron",
    include_str!("../../training/OEF-2026-05/2026-11-19-training.ron"),
)];

// c-data: the model answers of the cases added last.
const OEF_2026_03_MODEL: &[(&str, &str)] = &[(
    "2026-11-24-training.ron",
    include_str!("../../training/OEF-2026-03/model/2026-11-24-training.ron"),
)];

const OEF_2026_04_MODEL: &[(&str, &str)] = &[(
    "2026-12-01-training.ron",
    include_str!("../../training/OEF-2026-04/model/2026-12-01-training.ron"),
)];

const OEF_2026_05_MODEL: &[(&str, &str)] = &[(
    "2026-11-19-training.ron",
    include_str!("../../training/OEF-2026-05/model/2026-11-19-training.ron"),
)];

/// The practice case written in English, with English teaching notes: the
/// default case with `--lang en`.
pub const ENGLISH_CASE: &str = "OEF-2026-05";

static CASES: LazyLock<Vec<PracticeCase>> = LazyLock::new(|| {
    let text = |t: T| Text::new(t.nl(), t.en());
    vec![
        Shipped {
            code: "OEF-2026-01",
            title: text(T::TrainCaseOne),
            files: OEF_2026_01,
            models: OEF_2026_01_MODEL,
        },
        Shipped {
            code: "OEF-2026-02",
            title: text(T::TrainCaseTwo),
            files: OEF_2026_02,
            models: OEF_2026_02_MODEL,
        },
        Shipped {
            code: "OEF-2026-03",
            title: text(T::TrainCaseThree),
            files: OEF_2026_03,
            models: OEF_2026_03_MODEL,
        },
        Shipped {
            code: "OEF-2026-04",
            title: text(T::TrainCaseFour),
            files: OEF_2026_04,
            models: OEF_2026_04_MODEL,
        },
        Shipped {
            code: ENGLISH_CASE,
            title: text(T::TrainCaseFive),
            files: OEF_2026_05,
            models: OEF_2026_05_MODEL,
        },
    ]
    .into_iter()
    .map(PracticeCase::from)
    .collect()
});

/// The shipped practice cases, the default (first) one first.
pub fn practice_cases() -> &'static [PracticeCase] {
    &CASES
}

/// The practice case with this code (case-insensitive), or the first one;
/// in English the English case. Besides a shipped case's code, `code` may be
/// the path of a trainer's own case folder, or the code of a case in the
/// folder of own cases (`own_root`).
pub fn find_case(code: Option<&str>) -> Result<PracticeCase, TrainingError> {
    let cases = practice_cases();
    match code.map(str::trim) {
        None | Some("") if crate::i18n::lang() == crate::i18n::Lang::En => cases
            .iter()
            .find(|c| c.code == ENGLISH_CASE)
            .or(cases.first())
            .cloned()
            .ok_or(TrainingError::UnknownCase(String::new())),
        None | Some("") => cases
            .first()
            .cloned()
            .ok_or(TrainingError::UnknownCase(String::new())),
        Some(code) => {
            if let Some(c) = cases.iter().find(|c| c.code.eq_ignore_ascii_case(code)) {
                return Ok(c.clone());
            }
            let path = Path::new(code);
            let case = if path.is_dir() {
                read_case(path)?
            } else if let Some(dir) = own_folder(code) {
                read_case(&dir)?
            } else if path.exists() {
                return Err(TrainingError::NotACaseFolder(path.to_path_buf()));
            } else if code.contains(['/', '\\']) {
                return Err(TrainingError::NoFolder(path.to_path_buf()));
            } else {
                return Err(TrainingError::UnknownCase(code.to_string()));
            };
            remember(&case);
            Ok(case)
        }
    }
}

/// The practice case and meeting file a path in a training folder is a
/// copy of (`…/OEF-2026-01/2026-11-03-training.ron`), if any: a shipped
/// case, a trainer's own case read in this run, or one in the folder of own
/// cases.
pub fn case_of(path: &Path) -> Option<(PracticeCase, String)> {
    let file = path.file_name()?.to_str()?.to_string();
    let code = path.parent()?.file_name()?.to_str()?;
    let same = |c: &&PracticeCase| c.code.eq_ignore_ascii_case(code);
    let case = match practice_cases().iter().find(same) {
        Some(c) => c.clone(),
        None => {
            let opened = OPENED.lock().ok()?.iter().find(same).cloned();
            match opened {
                Some(c) => c,
                None => read_case(&own_folder(code)?).ok()?,
            }
        }
    };
    Some((case, file))
}

// c-folder: a trainer's own practice cases, read from folders.

/// The environment variable that names the folder of a trainer's own
/// practice cases (else `training` in the platform's configuration folder).
pub const OWN_ENV: &str = "TOP3_TRAINING";

/// The folder of a trainer's own practice cases, one folder per case:
/// `$TOP3_TRAINING`, else `training` in the platform's configuration folder
/// (`~/.config/top3/training` on Linux). It may not exist.
pub fn own_root() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(OWN_ENV).filter(|d| !d.is_empty()) {
        return Some(crate::paths::native(PathBuf::from(d)));
    }
    directories::ProjectDirs::from("nl", "top3", "top3").map(|p| p.config_dir().join("training"))
}

/// The folder of the own case with this code (case-insensitive), if any.
fn own_folder(code: &str) -> Option<PathBuf> {
    if code.contains(['/', '\\']) || code.starts_with('.') {
        return None;
    }
    own_dirs()
        .into_iter()
        .find(|d| d.file_name().is_some_and(|n| n.eq_ignore_ascii_case(code)))
}

/// The folders in the folder of own cases, in the order of their names.
fn own_dirs() -> Vec<PathBuf> {
    let Some(root) = own_root() else {
        return Vec::new();
    };
    let Ok(entries) = fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            e.path().is_dir() && !e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
        })
        .map(|e| e.path())
        .collect();
    dirs.sort();
    dirs
}

/// The trainer's own practice cases, each read or why not, in the order of
/// their folders' names.
pub fn own_cases() -> Vec<(PathBuf, Result<PracticeCase, TrainingError>)> {
    own_dirs()
        .into_iter()
        .map(|d| {
            let case = read_case(&d);
            (d, case)
        })
        .collect()
}

/// Own cases read in this run, so that the screen opened on their copy
/// finds their model answers (`case_of`).
static OPENED: std::sync::Mutex<Vec<PracticeCase>> = std::sync::Mutex::new(Vec::new());

fn remember(case: &PracticeCase) {
    if let Ok(mut opened) = OPENED.lock() {
        opened.retain(|c| c.code != case.code);
        opened.push(case.clone());
    }
}

/// A meeting file of a case folder: `YYYY-MM-DD-….ron`.
fn is_meeting_name(name: &str) -> bool {
    is_session_file(Path::new(name))
        && name.get(10..11) == Some("-")
        && name
            .get(..10)
            .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
}

/// The session files of `dir` whose names pass `keep`, with their texts,
/// in the order of their names. Only read: a link is followed.
fn read_files(dir: &Path, keep: fn(&str) -> bool) -> Result<Vec<(String, String)>, TrainingError> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(dir)(e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if !keep(&name) || !entry.path().is_file() {
            continue;
        }
        let text = read_text(&entry.path()).map_err(TrainingError::Unreadable)?;
        out.push((name, text));
    }
    out.sort();
    Ok(out)
}

/// Reads a trainer's own practice case from its folder: the meetings
/// (`YYYY-MM-DD-*.ron`), the model answers in `model/`, and `script.ron`.
/// The folder's name is the case's code. It is read, not checked: `top3
/// check` (and `top3 train`, before it copies) finds what is wrong inside.
pub fn read_case(dir: &Path) -> Result<PracticeCase, TrainingError> {
    let full = dir
        .canonicalize()
        .map_err(|_| TrainingError::NoFolder(dir.to_path_buf()))?;
    if !full.is_dir() {
        return Err(TrainingError::NotACaseFolder(dir.to_path_buf()));
    }
    let code = full
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    if crate::model::CaseCode::new(&code).is_err() {
        return Err(TrainingError::BadCode(code, dir.to_path_buf()));
    }
    if practice_cases()
        .iter()
        .any(|c| c.code.eq_ignore_ascii_case(&code))
    {
        return Err(TrainingError::CodeClash(code, dir.to_path_buf()));
    }
    let files = read_files(dir, is_meeting_name)?;
    if files.is_empty() {
        return Err(TrainingError::NoMeetings(dir.to_path_buf()));
    }
    let models = read_files(&dir.join("model"), |n| is_session_file(Path::new(n)))?;
    let script_path = dir.join(script::SCRIPT);
    let script = if script_path.is_file() {
        Some(read_text(&script_path).map_err(TrainingError::Unreadable)?)
    } else {
        None
    };
    // The title: the household of the newest meeting, in short.
    let title = files
        .last()
        .and_then(|(n, t)| parse_session(t, Path::new(n)).ok())
        .map(|s| crate::i18n::short_text(s.case.household.trim(), 70))
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| code.clone());
    Ok(PracticeCase {
        code,
        title: Text::new(&title, &title),
        files,
        models,
        script,
        folder: Some(dir.to_path_buf()),
    })
}

/// The folder of a subgroup's copies under the training folder
/// (`groep-A`), or the training folder itself without a group. A group is
/// one to ten letters or digits, written in capitals.
pub fn group_root(root: &Path, group: Option<&str>) -> Result<PathBuf, TrainingError> {
    let Some(g) = group.map(str::trim) else {
        return Ok(root.to_path_buf());
    };
    let ok = !g.is_empty() && g.chars().count() <= 10 && g.chars().all(|c| c.is_alphanumeric());
    if !ok {
        return Err(TrainingError::BadGroup(g.to_string()));
    }
    plain_folder_or_absent(root)?;
    Ok(root.join(format!("{GROUP_PREFIX}{}", g.to_uppercase())))
}

const GROUP_PREFIX: &str = "groep-";

/// The teaching points for the training copy at `path`: its meeting's as
/// shipped, or for a meeting the script made later (which has none of its
/// own) the practice meeting's, so the debrief is there on any meeting of
/// the exercise. Empty outside a practice case.
pub fn teaching_for(path: &Path) -> Vec<String> {
    let Some((case, file)) = case_of(path) else {
        return Vec::new();
    };
    let own = case.teaching_points(&file);
    if own.is_empty() && !case.files.iter().any(|(n, _)| *n == file) {
        case.teaching_points(case.newest_file())
    } else {
        own
    }
}

/// The subgroups that have a copy of `case` under `root`, with the path of
/// their copy of its newest meeting, in the order of their names.
pub fn groups_with(root: &Path, case: &PracticeCase) -> Vec<(String, PathBuf)> {
    groups_with_meeting(root, case, case.newest_file())
}

/// The subgroups whose copy of `case` under `root` holds the meeting
/// `file` (a scripted later meeting too), with its path, by name.
pub fn groups_with_meeting(root: &Path, case: &PracticeCase, file: &str) -> Vec<(String, PathBuf)> {
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    let mut out: Vec<(String, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let group = name.strip_prefix(GROUP_PREFIX)?.to_string();
            let path = case.copy_dir(&e.path()).join(file);
            path.is_file().then_some((group, path))
        })
        .collect();
    out.sort();
    out
}

/// The case code with the date of the meeting the groups are compared on
/// ("OEF-2026-02 · 08-12-2026"), for the title.
pub fn meeting_label(code: &str, groups: &[(String, Session)]) -> String {
    match groups.first() {
        Some((_, s)) => format!("{code} · {}", s.date.format("%d-%m-%Y")),
        None => code.to_string(),
    }
}

/// The meeting to set the groups beside each other on: the newest that
/// every group under `root` has made (with `top3 train --next` or `n`), so
/// that after the scripted next meeting the groups are compared on it; the
/// practice meeting while any group has not gone on yet.
pub fn common_meeting(root: &Path, case: &PracticeCase) -> String {
    let practice = case.newest_file().to_string();
    let groups = groups_with(root, case);
    let meetings = |copy: &Path| -> Vec<String> {
        let Some(dir) = copy.parent() else {
            return Vec::new();
        };
        let Ok(entries) = fs::read_dir(dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| is_session_file(Path::new(n)) && n.as_str() > practice.as_str())
            .collect()
    };
    let Some((_, first)) = groups.first() else {
        return practice;
    };
    let mut common = meetings(first);
    for (_, copy) in &groups[1..] {
        let theirs = meetings(copy);
        common.retain(|n| theirs.contains(n));
    }
    common.into_iter().max().unwrap_or(practice)
}

/// c-screens: the groups' copies of `case` to set side by side: those in
/// the training folder `root` (as [`groups_with`] finds them), and the
/// copies gathered from other laptops in `paths`. A path is a group folder
/// as `top3 train --group` makes it (`groep-B/`), a case folder
/// (`groep-B/OEF-2026-02/`, or any folder holding the copy of the practice
/// meeting) or a session file (`groep-C.ron`). The group's name comes from
/// the `groep-X` folder or file it is in, else from the file or folder
/// name. Every problem is one sentence: a path that is not there, a folder
/// without the meeting, a file that does not read, a meeting of another
/// case, two copies of one group.
///
/// `meeting` is the file name of the meeting compared (the practice
/// meeting, or a scripted later one: see [`common_meeting`]).
///
/// A copy of this laptop's own groups that cannot be read does not stop
/// the others: it is left out, and the second list says so in a sentence
/// with the command that starts that group over.
pub fn gather_groups(
    root: &Path,
    case: &PracticeCase,
    paths: &[PathBuf],
    meeting: &str,
) -> Result<(Groups, Vec<String>), TrainingError> {
    let mut found: Vec<(String, PathBuf)> = groups_with_meeting(root, case, meeting);
    let own = found.len();
    for path in paths {
        let (name, file) = gathered(case, path, meeting)?;
        let same = |a: &Path, b: &Path| {
            a == b
                || fs::canonicalize(a)
                    .ok()
                    .is_some_and(|a| fs::canonicalize(b).ok() == Some(a))
        };
        // This laptop's own copy named again: once is enough.
        if found.iter().any(|(n, f)| *n == name && same(f, &file)) {
            continue;
        }
        if let Some((_, other)) = found.iter().find(|(n, _)| *n == name) {
            return Err(TrainingError::TwoCopies {
                group: name,
                first: other.clone(),
                second: file,
            });
        }
        found.push((name, file));
    }
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (i, (name, file)) in found.into_iter().enumerate() {
        let session = match crate::store::load_session(&file) {
            Ok(s) => s,
            Err(e) if i < own => {
                let again = format!("top3 train --case {} --group {name} --reset", case.code);
                skipped.push(T::GroupsSkipped.fmt(&[&name, &e, &again]));
                continue;
            }
            Err(e) => return Err(TrainingError::CopyUnreadable(e)),
        };
        if !session.case.code.as_str().eq_ignore_ascii_case(&case.code) {
            return Err(TrainingError::OtherCase {
                path: file,
                code: session.case.code.to_string(),
                want: case.code.to_string(),
            });
        }
        out.push((name, session));
    }
    // The laptop's own groups first (by name), then the gathered ones in
    // the order given.
    Ok((out, skipped))
}

/// Each group's name with its copy of the meeting.
pub type Groups = Vec<(String, Session)>;

/// The group name and session file of one gathered path.
fn gathered(
    case: &PracticeCase,
    path: &Path,
    meeting: &str,
) -> Result<(String, PathBuf), TrainingError> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => TrainingError::NoSuchPath(path.to_path_buf()),
        _ => io_err(path)(e),
    })?;
    let file = if meta.is_dir() {
        let in_group = case.copy_dir(path).join(meeting);
        let in_case = path.join(meeting);
        if in_group.is_file() {
            in_group
        } else if in_case.is_file() {
            in_case
        } else {
            return Err(TrainingError::NoCopyIn {
                path: path.to_path_buf(),
                code: case.code.to_string(),
                file: meeting.to_string(),
            });
        }
    } else {
        path.to_path_buf()
    };
    let group_of = |p: &Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .map(|n| n.strip_suffix(".ron").unwrap_or(n))
            .and_then(|n| {
                n.get(..GROUP_PREFIX.len())
                    .filter(|p| p.eq_ignore_ascii_case(GROUP_PREFIX))
                    .map(|_| n[GROUP_PREFIX.len()..].to_uppercase())
            })
            .filter(|g| !g.is_empty())
    };
    // Only the names inside what was given (and the folder it is in).
    let depth = if meta.is_dir() {
        file.components().count() - path.components().count() + 2
    } else {
        3
    };
    let name = file
        .ancestors()
        .take(depth)
        .find_map(group_of)
        .or_else(|| {
            let base = if meta.is_dir() { path } else { file.as_path() };
            let stem = base.file_stem()?.to_str()?;
            Some(stem.to_uppercase())
        })
        .unwrap_or_else(|| path.display().to_string());
    Ok((name, file))
}

/// True when `path` is a training copy of an example meeting: an older,
/// complete meeting of a practice case (not the one the trainee works on),
/// in the training folder or a subgroup's folder in it. It opens read only.
pub fn is_example(path: &Path) -> bool {
    let root = training_root();
    let inside = path.starts_with(&root)
        || path
            .canonicalize()
            .ok()
            .zip(root.canonicalize().ok())
            .is_some_and(|(p, r)| p.starts_with(r));
    inside
        && case_of(path).is_some_and(|(case, file)| {
            file != case.newest_file() && case.files.iter().any(|(n, _)| *n == file)
        })
}

/// The temporary folder that holds the training copies. Never the sessions
/// folder: it is chosen without looking at `--dir` or `TOP3_DIR`.
pub fn training_root() -> PathBuf {
    std::env::temp_dir().join("top3-training")
}

/// Why a practice case could not be prepared; each is one sentence.
#[derive(Debug)]
pub enum TrainingError {
    UnknownCase(String),
    // c-folder: a trainer's own case folder.
    /// `--case PATH`: no such folder.
    NoFolder(PathBuf),
    /// `--case PATH` names a file.
    NotACaseFolder(PathBuf),
    /// A case folder without meetings (`YYYY-MM-DD-*.ron`).
    NoMeetings(PathBuf),
    /// A case folder whose name is no case code.
    BadCode(String, PathBuf),
    /// An own case with the code of a shipped case.
    CodeClash(String, PathBuf),
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// The training folder or the case folder is a link or a file.
    NotAFolder(PathBuf),
    /// The copy is open in another program, so it cannot be reset.
    InUse(String),
    UnknownLayout {
        name: String,
        known: String,
    },
    /// The trainee's copy cannot be read any more.
    Unreadable(LoadError),
    /// A subgroup name that is not one to ten letters or digits.
    BadGroup(String),
    /// c-screens: a gathered copy that is not there.
    NoSuchPath(PathBuf),
    /// A group's copy that does not read.
    CopyUnreadable(LoadError),
    /// A gathered folder without the copy of the practice meeting.
    NoCopyIn {
        path: PathBuf,
        code: String,
        file: String,
    },
    /// A gathered session of another case.
    OtherCase {
        path: PathBuf,
        code: String,
        want: String,
    },
    /// Two copies for one group name.
    TwoCopies {
        group: String,
        first: PathBuf,
        second: PathBuf,
    },
}

impl fmt::Display for TrainingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            TrainingError::UnknownCase(code) => {
                let mut known: Vec<String> =
                    practice_cases().iter().map(|c| c.code.clone()).collect();
                known.extend(
                    own_dirs()
                        .iter()
                        .filter_map(|d| d.file_name()?.to_str().map(str::to_string)),
                );
                T::TrainUnknownCase.fmt(&[code, &known.join(", ")])
            }
            TrainingError::NoFolder(p) => T::TrainOwnNoFolder.fmt(&[&p.display()]),
            TrainingError::NotACaseFolder(p) => T::TrainOwnNotFolder.fmt(&[&p.display()]),
            TrainingError::NoMeetings(p) => T::TrainOwnNoMeetings.fmt(&[&p.display()]),
            TrainingError::BadCode(c, p) => T::TrainOwnBadCode.fmt(&[&p.display(), c]),
            TrainingError::CodeClash(c, p) => T::TrainOwnClash.fmt(&[&p.display(), c]),
            TrainingError::Io { path, error } => T::TrainIo.fmt(&[&path.display(), error]),
            TrainingError::NotAFolder(path) => T::TrainNotAFolder.fmt(&[&path.display()]),
            TrainingError::InUse(holder) => T::TrainInUse.fmt(&[holder]),
            TrainingError::UnknownLayout { name, known } => T::ErrUnknownLayout.fmt(&[name, known]),
            TrainingError::Unreadable(e) => T::TrainUnreadable.fmt(&[e]),
            TrainingError::BadGroup(g) => T::TrainBadGroup.fmt(&[g]),
            TrainingError::NoSuchPath(p) => T::GroupsNoSuchPath.fmt(&[&p.display()]),
            TrainingError::CopyUnreadable(e) => T::GroupsUnreadable.fmt(&[e]),
            TrainingError::NoCopyIn { path, code, file } => {
                T::GroupsNoCopyIn.fmt(&[&path.display(), code, file])
            }
            TrainingError::OtherCase { path, code, want } => {
                T::GroupsOtherCase.fmt(&[&path.display(), code, want])
            }
            TrainingError::TwoCopies {
                group,
                first,
                second,
            } => T::GroupsTwoCopies.fmt(&[group, &first.display(), &second.display()]),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for TrainingError {}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> TrainingError + '_ {
    move |error| TrainingError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Refuses a path that exists but is a link or not a folder, so that nothing
/// is ever written through a link to somewhere outside the training folder.
fn plain_folder_or_absent(path: &Path) -> Result<(), TrainingError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => {
            Err(TrainingError::NotAFolder(path.to_path_buf()))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err(path)(e)),
    }
}

/// Fails when a session of the copy is open in another program.
fn ensure_not_open(dir: &Path) -> Result<(), TrainingError> {
    let entries = fs::read_dir(dir).map_err(io_err(dir))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_file() && is_session_file(&path) {
            match SessionLock::acquire(&path) {
                Ok(lock) => drop(lock),
                Err(LockError::Held { holder }) => return Err(TrainingError::InUse(holder)),
                Err(LockError::Io(e)) => return Err(io_err(&path)(e)),
            }
        }
    }
    Ok(())
}

/// Puts a copy of a practice case under `root` and returns the path of its
/// newest session, the one to open: after a scripted next meeting that one
/// (c-fix3), else the practice meeting.
///
/// Without `reset` an existing copy is kept as it is, with whatever the
/// trainee did to it; only files that are missing are written again. With
/// `reset` the case's copy is thrown away and written fresh. Only
/// `root/<case code>/` is ever written or removed.
pub fn prepare(
    root: &Path,
    case_code: Option<&str>,
    reset: bool,
) -> Result<PathBuf, TrainingError> {
    prepare_case(root, &find_case(case_code)?, reset)
}

/// `prepare` for a case already found (shipped or a trainer's own).
pub fn prepare_case(
    root: &Path,
    case: &PracticeCase,
    reset: bool,
) -> Result<PathBuf, TrainingError> {
    plain_folder_or_absent(root)?;
    let dir = case.copy_dir(root);
    plain_folder_or_absent(&dir)?;
    if reset && dir.exists() {
        ensure_not_open(&dir)?;
        fs::remove_dir_all(&dir).map_err(io_err(&dir))?;
    }
    for (name, text) in &case.files {
        let path = dir.join(name);
        match fs::symlink_metadata(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                write_atomic(&path, text.as_bytes()).map_err(io_err(&path))?;
            }
            Err(e) => return Err(io_err(&path)(e)),
        }
    }
    newest_copy(root, case)
}

/// The newest meeting in the copy of `case` under `root`: the practice
/// meeting, or the newest scripted one the group made after it (with
/// `--next` or `n`), by its date (c-fix3). Every meeting in the copy must
/// read: one that does not is named with its place.
pub fn newest_copy(root: &Path, case: &PracticeCase) -> Result<PathBuf, TrainingError> {
    match script::newest_in(&case.copy_dir(root)) {
        Ok((path, _)) => Ok(path),
        Err(script::ScriptError::Unreadable(e)) => Err(TrainingError::Unreadable(e)),
        Err(_) => Ok(case.copy_path(root)),
    }
}

/// Makes the session at `path` use the layout `name`, which must exist in
/// `layouts`. The file keeps its comments and layout when it can: only the
/// `layout` field changes. Nothing is written when it already uses `name`.
pub fn set_layout(path: &Path, name: &str, layouts: &LayoutSet) -> Result<(), TrainingError> {
    if layouts.get(name).is_none() {
        return Err(TrainingError::UnknownLayout {
            name: name.to_string(),
            known: layouts.names().join(", "),
        });
    }
    let text = read_text(path).map_err(TrainingError::Unreadable)?;
    let mut session = parse_session(&text, path).map_err(TrainingError::Unreadable)?;
    if session.layout == name {
        return Ok(());
    }
    let old = format!("layout: {:?}", session.layout);
    let new = format!("layout: {name:?}");
    let edited = text.replacen(&old, &new, 1);
    let edited = match parse_session(&edited, path) {
        Ok(s) if s.layout == name => edited,
        _ => {
            session.layout = name.to_string();
            session_to_ron(&session)
        }
    };
    write_atomic(path, edited.as_bytes()).map_err(io_err(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CaseCode;

    #[test]
    fn codes_and_file_names_stay_inside_their_folder() {
        assert!(practice_cases().len() >= 2);
        for case in practice_cases() {
            assert!(CaseCode::new(&case.code).is_ok(), "{}", case.code);
            assert!(!case.files.is_empty());
            for (name, _) in &case.files {
                let p = Path::new(name);
                assert_eq!(p.file_name(), Some(p.as_os_str()), "{name}");
                assert!(is_session_file(p), "{name}");
            }
            let mut names: Vec<&str> = case.files.iter().map(|(n, _)| n.as_str()).collect();
            names.sort();
            assert_eq!(case.newest_file(), *names.last().unwrap());
            // c-data: one model answer per meeting, each named after one.
            let mut models: Vec<&str> = case.models.iter().map(|(n, _)| n.as_str()).collect();
            models.sort();
            assert_eq!(models, names, "{}", case.code);
        }
    }

    #[test]
    fn a_meeting_file_starts_with_a_real_date() {
        assert!(is_meeting_name("2026-11-17-training.ron"));
        assert!(is_meeting_name("2026-11-17-netwerkoverleg.ron"));
        for not in [
            "2026-02-31-training.ron",
            "2026-11-17.ron",
            "2026-11-17-training.md",
            "script.ron",
            "notities.ron",
            ".2026-11-17-training.ron",
        ] {
            assert!(!is_meeting_name(not), "{not}");
        }
    }

    #[test]
    fn default_case_is_the_first_and_lookup_ignores_case() {
        assert_eq!(find_case(None).unwrap().code, practice_cases()[0].code);
        assert_eq!(find_case(Some("oef-2026-02")).unwrap().code, "OEF-2026-02");
        let e = find_case(Some("XYZ")).unwrap_err().to_string();
        assert!(e.contains("OEF-2026-01"), "{e}");
    }
}
