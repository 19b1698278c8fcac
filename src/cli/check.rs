use crate::i18n::T;
use crate::layout::{LayoutSet, layouts_dir, parse_layout};
use crate::store::{LoadError, Problem, is_session_file, parse_ron, parse_session, read_text};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `top3 check PATH...`: every problem as `file:line:col: message`.
pub fn run(paths: &[PathBuf], layouts_flag: Option<&Path>) -> ExitCode {
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let problems = check_paths(paths, &layouts);
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// All problems in the given files and folders (folders recursively).
pub fn check_paths(paths: &[PathBuf], layouts: &LayoutSet) -> Vec<LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect(path, &mut files);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            problems.push(LoadError::new(path, Problem::NotFound));
        }
    }
    files.sort();
    for file in files {
        problems.extend(check_file(&file, layouts));
    }
    problems
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if is_session_file(&path) {
            out.push(path);
        }
    }
}

#[derive(serde::Deserialize)]
struct KindProbe {
    version: Option<serde::de::IgnoredAny>,
    steps: Option<serde::de::IgnoredAny>,
}

/// Problems in one file, a session or a layout.
pub fn check_file(path: &Path, layouts: &LayoutSet) -> Vec<LoadError> {
    let text = match read_text(path) {
        Ok(t) => t,
        Err(e) => return vec![e],
    };
    let probe: KindProbe = match parse_ron(&text, path) {
        Ok(p) => p,
        Err(e) => return vec![e],
    };
    if probe.version.is_some() {
        let session = match parse_session(&text, path) {
            Ok(s) => s,
            Err(e) => return vec![e],
        };
        let mut out = Vec::new();
        if layouts.get(&session.layout).is_none() {
            let (l, c) = locate(&text, "layout:");
            out.push(
                LoadError::new(
                    path,
                    Problem::Content(
                        T::ErrUnknownLayout.fmt(&[&session.layout, &layouts.names().join(", ")]),
                    ),
                )
                .at(l, c),
            );
        }
        for i in session.inconsistencies() {
            let (l, c) =
                i.id.map(|id| locate(&text, &format!("id: {}", id.0)))
                    .unwrap_or((1, 1));
            out.push(LoadError::new(path, Problem::Content(i.problem.to_string())).at(l, c));
        }
        out
    } else if probe.steps.is_some() {
        parse_layout(&text, path).err().into_iter().collect()
    } else {
        vec![LoadError::new(path, Problem::Content(T::ErrNotTop3File.s().into())).at(1, 1)]
    }
}

/// Line and column of the first occurrence of `needle` (whole token), or 1:1.
fn locate(text: &str, needle: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let mut from = 0;
        while let Some(pos) = line[from..].find(needle) {
            let at = from + pos;
            let after = line[at + needle.len()..].chars().next();
            if !after.is_some_and(|c| c.is_ascii_digit()) {
                return (i + 1, line[..at].chars().count() + 1);
            }
            from = at + needle.len();
        }
    }
    (1, 1)
}
