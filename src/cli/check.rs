use crate::i18n::T;
use crate::layout::{LayoutSet, layouts_dir, parse_layout};
use crate::store::{LoadError, Problem, is_session_file, parse_ron, parse_session, read_text};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `top3 check PATH...`: every problem as `file:line:col: message`.
pub fn run(paths: &[PathBuf], layouts_flag: Option<&Path>) -> ExitCode {
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let (problems, checked) = check_counted(paths, &layouts);
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        // Said on stderr, so that stdout stays the list of problems.
        eprintln!(
            "{}",
            crate::i18n::terms::count(checked, T::CheckAllGoodOne, T::CheckAllGood)
        );
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// All problems in the given files and folders (folders recursively).
pub fn check_paths(paths: &[PathBuf], layouts: &LayoutSet) -> Vec<LoadError> {
    check_counted(paths, layouts).0
}

/// [`check_paths`], with how many files were read.
fn check_counted(paths: &[PathBuf], layouts: &LayoutSet) -> (Vec<LoadError>, usize) {
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
    for file in &files {
        problems.extend(check_file(file, layouts));
    }
    (problems, files.len())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if is_session_file(&path)
            || path.file_name() == Some(crate::training::script::SCRIPT.as_ref())
        {
            out.push(path);
        }
    }
}

#[derive(serde::Deserialize)]
struct KindProbe {
    version: Option<serde::de::IgnoredAny>,
    steps: Option<serde::de::IgnoredAny>,
    /// A practice case's script (h-course2).
    after: Option<serde::de::IgnoredAny>,
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
        out.extend(teaching_refs(&session, &text, path));
        out.extend(model_without_meeting(path));
        for i in session.inconsistencies() {
            let (l, c) =
                i.id.map(|id| locate(&text, &format!("id: {}", id.0)))
                    .unwrap_or((1, 1));
            out.push(LoadError::new(path, Problem::Content(i.problem.to_string())).at(l, c));
        }
        out
    } else if probe.after.is_some() {
        check_script(&text, path)
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

/// A teaching note (a private note of a training session) that names
/// "Voorwaarde 5", "Afspraak 2" or "Situatie 3" must name a number that is
/// on screen: a position in that list of the session.
fn teaching_refs(session: &crate::model::Session, text: &str, path: &Path) -> Vec<LoadError> {
    let mut out = Vec::new();
    if session.kind != crate::model::MeetingKind::Training {
        return out;
    }
    let lists: [(&[&str], usize); 3] = [
        (&["voorwaarde", "condition"], session.conditions.len()),
        (&["afspraak", "agreement"], session.actions.len()),
        (&["situatie", "situation"], session.top3.len()),
    ];
    for note in session.notes.iter().filter(|n| n.private) {
        let words: Vec<String> = note
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for pair in words.windows(2) {
            let Ok(n) = pair[1].parse::<usize>() else {
                continue;
            };
            if let Some((names, len)) = lists
                .iter()
                .find(|(names, _)| names.contains(&pair[0].as_str()))
                && (n == 0 || n > *len)
            {
                let (l, c) = locate(text, &format!("id: {}", note.id.0));
                let named = format!("{} {n}", names[0]);
                out.push(
                    LoadError::new(
                        path,
                        Problem::Content(T::ErrTeachingRef.fmt(&[&named, len])),
                    )
                    .at(l, c),
                );
            }
        }
    }
    out
}

/// A trainer's own practice case (`top3 train --case FOLDER`): every meeting
/// and model answer carries the case's code, the folder's name, so that a
/// copied case whose code was not changed is found (c-folder).
pub fn case_code_problems(case: &crate::training::PracticeCase) -> Vec<LoadError> {
    let Some(dir) = &case.folder else {
        return Vec::new();
    };
    let files = case.files.iter().map(|(n, t)| (dir.join(n), t)).chain(
        case.models
            .iter()
            .map(|(n, t)| (dir.join("model").join(n), t)),
    );
    let mut out = Vec::new();
    for (path, text) in files {
        let Ok(session) = parse_session(text, &path) else {
            continue;
        };
        let code = session.case.code.as_str();
        if code != case.code {
            let (l, c) = locate(text, &format!("code: {code:?}"));
            let msg = T::ErrOwnCaseCode.fmt(&[&code, &case.code]);
            out.push(LoadError::new(&path, Problem::Content(msg)).at(l, c));
        }
    }
    out
}

/// A model answer (`…/OEF-2026-06/model/2026-11-17-training.ron`) answers
/// the meeting of the same name in the case's folder (c-folder).
fn model_without_meeting(path: &Path) -> Option<LoadError> {
    let dir = path.parent()?;
    if dir.file_name()? != "model" {
        return None;
    }
    let name = path.file_name()?;
    let case = dir.parent()?;
    (!case.join(name).is_file()).then(|| {
        LoadError::new(
            path,
            Problem::Content(T::ErrModelNoMeeting.fmt(&[&name.to_string_lossy()])),
        )
        .at(1, 1)
    })
}

/// A practice case's `script.ron`: it reads, its dates come after the
/// newest meeting in its folder and one after the other, every event says
/// what happened, and every review event of the first step names an item
/// that meeting carries into the next.
fn check_script(text: &str, path: &Path) -> Vec<LoadError> {
    use crate::training::script::{Event, apply, newest_in, parse_script};
    let script = match parse_script(text, path) {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    let mut out = Vec::new();
    let at = |needle: &str| locate(text, needle);
    let err =
        |msg: String, (l, c): (usize, usize)| LoadError::new(path, Problem::Content(msg)).at(l, c);
    let newest = path
        .parent()
        .and_then(|d| newest_in(d).ok())
        .map(|(_, s)| s);
    let mut before = newest.as_ref().map(|s| s.date);
    for step in &script.after {
        let date = step.date.format("%Y-%m-%d").to_string();
        if let Some(b) = before
            && step.date <= b
        {
            out.push(err(
                T::ErrScriptDate.fmt(&[&step.date.format("%d-%m-%Y"), &b.format("%d-%m-%Y")]),
                at(&format!("\"{date}\"")),
            ));
        }
        before = Some(step.date);
        for e in &step.events {
            let what = match e {
                Event::Fact { what, .. }
                | Event::PoliceReport { what, .. }
                | Event::Missed { what, .. } => what,
                Event::Review { item, .. } => item,
            };
            if what.trim().is_empty() {
                out.push(err(T::ErrScriptEmpty.s().to_string(), at(&date)));
            }
        }
    }
    // The first step follows the newest meeting: its review events must
    // find their item.
    if let (Some(s), Some(step)) = (&newest, script.after.first()) {
        let mut next = crate::timeline::next_session(s, s.kind, s.phase, &s.layout, step.date);
        for item in apply(&mut next, step) {
            out.push(err(T::ErrScriptNoItem.fmt(&[&item]), at(&item)));
        }
        for e in &step.events {
            if let Event::Missed { who, .. } = e
                && !s
                    .participants
                    .iter()
                    .any(|p| p.name.trim().eq_ignore_ascii_case(who.trim()))
            {
                out.push(err(T::ErrScriptNoPerson.fmt(&[who]), at(who)));
            }
        }
    }
    out
}
