use crate::i18n::T;
use crate::layout::{LayoutSet, layouts_dir};
use crate::training::{
    self, PracticeCase, find_case, practice_cases, prepare_case, set_layout, training_root,
};
use std::path::{Path, PathBuf};

/// The practice case `--case` names: a shipped case's code, a trainer's own
/// case folder, or the code of a case in the folder of own cases. An own
/// case is checked as `top3 check` checks it, and its sessions must carry
/// the folder's name as their code; its problems go to stderr as
/// `file:line:column: sentence` and nothing is copied (c-folder).
fn find(case: Option<&str>, layouts_flag: Option<&Path>) -> Result<PracticeCase, String> {
    let practice = find_case(case).map_err(|e| e.to_string())?;
    if let Some(dir) = &practice.folder {
        let problems = own_problems(&practice, layouts_flag);
        if !problems.is_empty() {
            for p in &problems {
                eprintln!("{p}");
            }
            return Err(T::TrainOwnBroken.fmt(&[
                &practice.code,
                &crate::i18n::terms::count(
                    problems.len(),
                    T::TrainOwnOneProblem,
                    T::TrainOwnProblems,
                ),
                &dir.display(),
            ]));
        }
    }
    Ok(practice)
}

/// What `top3 check` finds in an own case's folder, and meetings or model
/// answers without the folder's name as their code (none for a shipped case).
fn own_problems(
    practice: &PracticeCase,
    layouts_flag: Option<&Path>,
) -> Vec<crate::store::LoadError> {
    let Some(dir) = &practice.folder else {
        return Vec::new();
    };
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let mut problems = super::check::check_paths(std::slice::from_ref(dir), &layouts);
    problems.extend(super::check::case_code_problems(practice));
    problems
}

/// `top3 train --list`: the shipped cases, then a trainer's own ones; an
/// own case that `top3 train` would refuse with why (c-fix3: the first
/// problem `top3 check` finds, and how many there are).
fn list_cases(layouts_flag: Option<&Path>) {
    let own = training::own_cases();
    let width = practice_cases()
        .iter()
        .map(|c| c.code.len())
        .chain(
            own.iter()
                .map(|(d, _)| d.file_name().map_or(0, |n| n.len())),
        )
        .max()
        .unwrap_or(0);
    for c in practice_cases() {
        println!("{:width$}  {}", c.code, c.title.s());
    }
    for (dir, case) in &own {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        let problems = case
            .as_ref()
            .map(|c| own_problems(c, layouts_flag))
            .unwrap_or_default();
        match case {
            Ok(_) if !problems.is_empty() => println!(
                "{name:width$}  {}",
                T::TrainOwnListBroken.fmt(&[
                    &crate::i18n::terms::count(
                        problems.len(),
                        T::TrainOwnOneProblem,
                        T::TrainOwnProblems,
                    ),
                    &problems[0].to_string().trim_end_matches('.'),
                    &dir.display(),
                ])
            ),
            Ok(c) => println!(
                "{:width$}  {} ({})",
                c.code,
                c.title.s(),
                T::TrainOwnMark.fmt(&[&dir.display()])
            ),
            Err(e) => println!("{name:width$}  {}", T::TrainOwnUnreadable.fmt(&[e])),
        }
    }
}

/// The meeting `top3 train` opens: its path, the note for the status line,
/// and its date as the course's today when it is a scripted later one.
pub type Opened = (PathBuf, Option<String>, Option<chrono::NaiveDate>);

/// The command that starts the copy over: the case as it was given (an
/// own case by its folder or code, c-folder), with the group.
fn restart_command(practice: &PracticeCase, case: Option<&str>, group: Option<&str>) -> String {
    let named = match case.map(str::trim) {
        Some(typed) if practice.is_own() => typed,
        _ => practice.code.as_str(),
    };
    match group {
        Some(g) => format!(
            "top3 train --case {} --group {} --reset",
            named,
            g.trim().to_uppercase()
        ),
        None => format!("top3 train --case {named} --reset"),
    }
}

/// `prepare_case`, with a copy that does not read said in full (c-fix3):
/// which file and where, how to start over, and the `.bak` beside it.
fn prepared(
    root: &Path,
    practice: &PracticeCase,
    reset: bool,
    case: Option<&str>,
    group: Option<&str>,
) -> Result<PathBuf, String> {
    prepare_case(root, practice, reset).map_err(|e| match e {
        training::TrainingError::Unreadable(load) => {
            let mut text = T::TrainCopyBroken.fmt(&[
                &load.to_string().trim_end_matches('.'),
                &restart_command(practice, case, group),
            ]);
            let bak = crate::store::backup_path(&load.path);
            if bak.is_file() {
                text.push('\n');
                text.push_str(&T::TrainCopyBak.fmt(&[&bak.display()]));
            }
            text
        }
        other => other.to_string(),
    })
}

/// `top3 train`: a fresh (or the kept) copy of a practice case in the
/// temporary training folder; never the user's sessions folder.
pub fn run(
    layout: Option<&str>,
    case: Option<&str>,
    reset: bool,
    list: bool,
    group: Option<&str>,
    layouts_flag: Option<&Path>,
) -> Result<Option<Opened>, String> {
    if list {
        list_cases(layouts_flag);
        return Ok(None);
    }
    let practice = &find(case, layouts_flag)?;
    // Check the layout before anything is written.
    let layouts = match layout {
        Some(name) => {
            let (set, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
            if set.get(name).is_none() {
                return Err(training::TrainingError::UnknownLayout {
                    name: name.to_string(),
                    known: set.names().join(", "),
                }
                .to_string());
            }
            Some((name, set))
        }
        None => None,
    };
    let root = training::group_root(&training_root(), group).map_err(|e| e.to_string())?;
    let kept = !reset && practice.copy_path(&root).exists();
    let path = prepared(&root, practice, reset, case, group)?;
    if let Some((name, set)) = &layouts {
        set_layout(&path, name, set).map_err(|e| e.to_string())?;
    }
    println!("{}", T::TrainReady.fmt(&[&practice.code, &path.display()]));
    if let Some((name, _)) = &layouts {
        println!("{}", T::TrainLayout.fmt(&[name]));
    }
    if let Some(g) = group {
        println!("{}", T::TrainGroup.fmt(&[&g.trim().to_uppercase()]));
    }
    let mut notes = Vec::new();
    // c-fix3: a later (scripted) meeting is opened, and said so, with its
    // date as the course's today.
    let mut date = None;
    if path != practice.copy_path(&root) {
        let later = crate::store::load_session(&path).map_err(|e| e.to_string())?;
        let first = crate::store::parse_session(
            practice.files.last().map_or("", |(_, t)| t.as_str()),
            Path::new(practice.newest_file()),
        )
        .map(|s| s.date.format("%d-%m-%Y").to_string())
        .unwrap_or_else(|_| practice.newest_file().to_string());
        let opened = T::TrainOpened.fmt(&[&later.date.format("%d-%m-%Y"), &first]);
        println!("{opened}");
        notes.push(opened);
        date = Some(later.date);
    }
    if kept {
        let kept = T::TrainKept.fmt(&[&restart_command(practice, case, group)]);
        println!("{kept}");
        // Also on the screen: the printed line is hidden behind it.
        notes.push(kept);
    }
    let note = (!notes.is_empty()).then(|| notes.join(" "));
    if !super::screen::has_terminal() {
        eprintln!("{}", T::TrainNoScreen.s());
    }
    Ok(Some((path, note, date)))
}

/// `top3 train --compare`: the group's copy of the practice meeting beside
/// its model answer, as Markdown on stdout. Reads only; writes nothing.
pub fn compare(case: Option<&str>, group: Option<&str>) -> Result<(), String> {
    let practice = &find(case, None)?;
    let file = practice.newest_file();
    let model = practice
        .model_for(file)
        .ok_or_else(|| T::TrainNoModel.fmt(&[&practice.code, &file]))?;
    let group = group_session(practice, group)?;
    print!("{}", training::compare::markdown(&group, &model));
    Ok(())
}

/// `top3 train --compare-groups [PATH…]`: every subgroup's copy of the
/// practice meeting side by side, with copies gathered from other laptops
/// (`paths`) and the model answer last. In a terminal the groups screen
/// (for the projector); with `--markdown` or without a terminal
/// (`> groepen.md`) Markdown on stdout. Reads only.
pub fn compare_groups(
    cli: &super::Cli,
    case: Option<&str>,
    paths: &[PathBuf],
    markdown: bool,
) -> Result<std::process::ExitCode, String> {
    let practice = &find(case, None)?;
    let meeting = training::common_meeting(&training_root(), practice);
    let (sessions, skipped) = training::gather_groups(&training_root(), practice, paths, &meeting)
        .map_err(|e| e.to_string())?;
    if sessions.is_empty() && !skipped.is_empty() {
        return Err(skipped.join(" "));
    }
    if sessions.is_empty() {
        return Err(T::TrainNoGroups.fmt(&[&practice.code]));
    }
    for line in &skipped {
        eprintln!("{line}");
    }
    let model = practice.model_for(&meeting);
    if markdown || !super::screen::has_terminal() {
        print!(
            "{}",
            training::compare::groups_markdown_with(
                &training::meeting_label(&practice.code, &sessions),
                &sessions,
                model.as_ref()
            )
        );
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let view = crate::app::groups::GroupsView::of(
        &training::meeting_label(&practice.code, &sessions),
        &sessions,
        model.as_ref(),
        true,
    );
    let note = (!skipped.is_empty()).then(|| skipped.join(" "));
    super::screen::run(cli, super::screen::Open::Groups(Box::new(view), note))
}

/// The group's copy of the practice meeting, or the shipped meeting when
/// there is no copy yet.
fn group_session(
    practice: &training::PracticeCase,
    group: Option<&str>,
) -> Result<crate::model::Session, String> {
    let root = training::group_root(&training_root(), group).map_err(|e| e.to_string())?;
    let path = practice.copy_path(&root);
    if path.exists() {
        crate::store::load_session(&path).map_err(|e| e.to_string())
    } else {
        shipped_session(practice)
    }
}

fn shipped_session(practice: &training::PracticeCase) -> Result<crate::model::Session, String> {
    let (name, text) = practice.files.last().ok_or_else(String::new)?;
    crate::store::parse_session(text, Path::new(name)).map_err(|e| e.to_string())
}

/// `top3 train --role-cards`: one card per participant of the practice
/// meeting, as Markdown on stdout. Reads only.
pub fn role_cards(case: Option<&str>, redact: bool) -> Result<(), String> {
    let practice = &find(case, None)?;
    let meeting = shipped_session(practice)?;
    let model = practice.model_for(practice.newest_file());
    print!(
        "{}",
        training::material::role_cards(&meeting, model.as_ref(), redact)
    );
    Ok(())
}

/// `top3 train --take-home`: the group's plan, the comparison with the
/// model answer and the teaching points, as Markdown on stdout. Reads only.
pub fn take_home(case: Option<&str>, group: Option<&str>, redact: bool) -> Result<(), String> {
    let practice = &find(case, None)?;
    let session = group_session(practice, group)?;
    let model = practice.model_for(practice.newest_file());
    let points = practice.teaching_points(practice.newest_file());
    let history: Vec<crate::model::Session> = practice.files[..practice.files.len() - 1]
        .iter()
        .filter_map(|(n, t)| crate::store::parse_session(t, Path::new(n)).ok())
        .collect();
    print!(
        "{}",
        training::material::take_home(&session, &history, model.as_ref(), &points, redact)
    );
    Ok(())
}

/// `top3 train --next`: the next scripted meeting of the practice case's
/// copy (made from its newest meeting), written next to it; with its date.
/// With a group, in the group's own copy (`groep-A/`), as every other
/// training command.
pub fn next(
    case: Option<&str>,
    group: Option<&str>,
) -> Result<Option<(PathBuf, String, Option<chrono::NaiveDate>)>, String> {
    let practice = &find(case, None)?;
    let root = training::group_root(&training_root(), group).map_err(|e| e.to_string())?;
    prepared(&root, practice, false, case, group)?;
    let made = training::script::next_meeting(&practice.copy_dir(&root), practice)
        .map_err(|e| e.to_string())?;
    let wrote = T::ScriptWrote.fmt(&[
        &made.step.date.format("%d-%m-%Y"),
        &made.path.display(),
        &made.step.events.len(),
    ]);
    println!("{wrote}");
    for item in &made.unmatched {
        println!("{}", T::ScriptUnmatched.fmt(&[item]));
    }
    if let Some(g) = group {
        println!("{}", T::TrainGroup.fmt(&[&g.trim().to_uppercase()]));
    }
    if !super::screen::has_terminal() {
        eprintln!("{}", T::TrainNoScreen.s());
    }
    // Also on the screen's status line: the printed line is hidden behind it.
    Ok(Some((made.path, wrote, Some(made.step.date))))
}
