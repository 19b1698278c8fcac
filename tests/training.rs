//! Training mode (issue 7): the shipped practice cases check clean, keep
//! their teaching purpose, and a training copy never changes them and never
//! lands in the user's sessions folder.
use crate::common;
use common::train_cmd as top3;

use common::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use top3::cli::check_paths;
use top3::layout::LayoutSet;
use top3::model::{Attendance, Session, Term};
use top3::store::{SessionLock, load_session, parse_session, save_session};
use top3::training::{
    TrainingError, find_case, practice_cases, prepare, set_layout, training_root,
};

fn shipped_dir() -> PathBuf {
    repo().join("training")
}

/// Every file under `training/`, by path relative to it, with its bytes.
fn shipped_snapshot() -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, base: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().to_path_buf();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&shipped_dir(), &shipped_dir(), &mut out);
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn newest_session(code: &str) -> Session {
    let case = find_case(Some(code)).unwrap();
    let (name, text) = case.files.last().unwrap();
    parse_session(text, Path::new(name)).unwrap()
}

fn is_empty_dir(dir: &Path) -> bool {
    fs::read_dir(dir).unwrap().next().is_none()
}

#[test]
fn every_shipped_file_is_embedded_and_identical() {
    let snapshot = shipped_snapshot();
    let mut embedded = BTreeMap::new();
    for case in practice_cases() {
        for (name, text) in &case.files {
            embedded.insert(Path::new(&case.code).join(name), text.as_bytes().to_vec());
        }
        // h-course2: a practice case's script of the time between meetings.
        if let Some(text) = top3::training::script::shipped_script(&case.code) {
            embedded.insert(
                Path::new(&case.code).join("script.ron"),
                text.as_bytes().to_vec(),
            );
        }
        // Model answers (issue 16) in the case's `model/` folder.
        for (name, text) in &case.models {
            embedded.insert(
                Path::new(&case.code).join("model").join(name),
                text.as_bytes().to_vec(),
            );
        }
    }
    assert_eq!(
        snapshot.keys().collect::<Vec<_>>(),
        embedded.keys().collect::<Vec<_>>(),
        "training/ and practice_cases() list the same files"
    );
    assert_eq!(snapshot, embedded);
}

#[test]
fn every_practice_case_checks_clean_in_the_library() {
    let problems = check_paths(&[shipped_dir()], &LayoutSet::builtin());
    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{lines:#?}");
    for case in practice_cases() {
        for (name, text) in &case.files {
            let s = parse_session(text, Path::new(name)).unwrap();
            assert_eq!(s.case.code.as_str(), &case.code, "{name}");
            assert!(s.inconsistencies().is_empty(), "{name}");
            assert!(LayoutSet::builtin().get(&s.layout).is_some(), "{name}");
            assert!(
                text.lines().next().unwrap().contains("Fictieve oefencasus"),
                "{name}: the first line says the case is fictional"
            );
        }
    }
}

#[test]
fn every_practice_case_checks_clean_through_the_binary() {
    let out = Command::new(bin())
        .current_dir(repo())
        .args(["check", "training"])
        .env_remove("TOP3_LAYOUTS")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn the_copy_is_byte_for_byte_and_the_shipped_case_never_changes() {
    let before = shipped_snapshot();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("top3-training");
    for case in practice_cases() {
        let path = prepare(&root, Some(&case.code), false).unwrap();
        assert_eq!(path, root.join(&case.code).join(case.newest_file()));
        for (name, text) in &case.files {
            let copy = fs::read(root.join(&case.code).join(name)).unwrap();
            assert_eq!(copy, text.as_bytes(), "{name}");
            let shipped = fs::read(shipped_dir().join(&case.code).join(name)).unwrap();
            assert_eq!(copy, shipped, "{name}");
        }

        // The trainee works on the copy …
        let mut s = load_session(&path).unwrap();
        s.next_meeting = chrono::NaiveDate::from_ymd_opt(2026, 12, 15);
        s.actions[0].who = "cursist".into();
        save_session(&path, &s).unwrap();
        // … and starts over.
        let again = prepare(&root, Some(&case.code), true).unwrap();
        assert_eq!(again, path);
        for (name, text) in &case.files {
            let copy = fs::read(root.join(&case.code).join(name)).unwrap();
            assert_eq!(copy, text.as_bytes(), "{name} after reset");
        }
    }
    assert_eq!(shipped_snapshot(), before, "training/ was changed");
}

#[test]
fn without_reset_the_trainees_work_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let path = prepare(root, None, false).unwrap();
    let mut s = load_session(&path).unwrap();
    s.next_meeting = chrono::NaiveDate::from_ymd_opt(2026, 12, 1);
    save_session(&path, &s).unwrap();
    let edited = fs::read(&path).unwrap();

    let again = prepare(root, None, false).unwrap();
    assert_eq!(again, path);
    assert_eq!(fs::read(&path).unwrap(), edited);

    // A file the trainee lost is written again; the edited one stays.
    let case = find_case(None).unwrap();
    if case.files.len() > 1 {
        let older = root.join(&case.code).join(&case.files[0].0);
        fs::remove_file(&older).unwrap();
        prepare(root, None, false).unwrap();
        assert_eq!(fs::read(&older).unwrap(), case.files[0].1.as_bytes());
        assert_eq!(fs::read(&path).unwrap(), edited);
    }
}

#[test]
fn reset_discards_the_trainees_work_and_extra_files() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let path = prepare(root, Some(&case.code), false).unwrap();
    fs::write(&path, "kapot").unwrap();
    let extra = root.join(&case.code).join("2026-12-01-training.ron");
    fs::write(&extra, "(version: 1)").unwrap();
    // The other case's copy is not touched by resetting this one.
    let other = prepare(root, Some("OEF-2026-01"), false).unwrap();
    fs::write(&other, "werk van een andere cursist").unwrap();

    prepare(root, Some(&case.code), true).unwrap();
    assert_eq!(fs::read(&path).unwrap(), case.files[0].1.as_bytes());
    assert!(!extra.exists());
    assert_eq!(
        fs::read_to_string(&other).unwrap(),
        "werk van een andere cursist"
    );
}

#[test]
fn reset_is_refused_while_the_copy_is_open() {
    let tmp = tempfile::tempdir().unwrap();
    let path = prepare(tmp.path(), None, false).unwrap();
    fs::write(&path, "werk").unwrap();
    let lock = SessionLock::acquire(&path).unwrap();
    let err = prepare(tmp.path(), None, true).unwrap_err();
    assert!(matches!(err, TrainingError::InUse(_)), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "werk");
    drop(lock);
    prepare(tmp.path(), None, true).unwrap();
}

#[test]
fn an_unknown_case_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let err = prepare(tmp.path(), Some("GV-2026-014"), false).unwrap_err();
    assert!(err.to_string().contains("OEF-2026-01"), "{err}");
    assert!(is_empty_dir(tmp.path()));
}

#[cfg(unix)]
#[test]
fn a_linked_training_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("sessions");
    fs::create_dir(&elsewhere).unwrap();
    let root = tmp.path().join("top3-training");
    std::os::unix::fs::symlink(&elsewhere, &root).unwrap();
    let err = prepare(&root, None, false).unwrap_err();
    assert!(matches!(err, TrainingError::NotAFolder(_)), "{err}");
    assert!(is_empty_dir(&elsewhere));
}

#[test]
fn set_layout_changes_only_the_layout_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = prepare(tmp.path(), None, false).unwrap();
    let before = fs::read_to_string(&path).unwrap();
    let layouts = LayoutSet::builtin();
    set_layout(&path, "netwerkoverleg-veiligheidsplan", &layouts).unwrap();
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        before.replacen(
            "layout: \"training\"",
            "layout: \"netwerkoverleg-veiligheidsplan\"",
            1
        )
    );
    assert_eq!(
        load_session(&path).unwrap().layout,
        "netwerkoverleg-veiligheidsplan"
    );
    let err = set_layout(&path, "bestaat-niet", &layouts).unwrap_err();
    assert!(matches!(err, TrainingError::UnknownLayout { .. }), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), after);
}

#[test]
fn the_training_root_is_a_temporary_folder() {
    assert!(training_root().starts_with(std::env::temp_dir()));
}

/// The point of each case: its newest meeting holds the mistakes the plan
/// check must find. If someone "fixes" a case, this fails.
#[test]
fn each_newest_session_keeps_its_teaching_mistakes() {
    for case in practice_cases() {
        let s = newest_session(&case.code);
        let code = &case.code;
        assert!(
            s.actions.iter().any(|a| a.who.trim().is_empty()),
            "{code}: an action without who"
        );
        assert!(
            s.actions.iter().any(|a| a.term == Term::Once { due: None }),
            "{code}: an action without a date"
        );
        assert!(
            s.actions.iter().any(|a| a.if_broken.trim().is_empty()),
            "{code}: an action without what happens when it is broken"
        );
        assert!(
            s.actions.iter().any(|a| a.how_checked.trim().is_empty()),
            "{code}: an action without a check"
        );
        assert!(
            s.conditions.iter().any(|c| c.situation.is_none()),
            "{code}: a condition tied to no TOP-3 situation"
        );
        assert!(
            s.top3
                .items()
                .iter()
                .any(|sit| s.conditions_for(sit.id).next().is_none()),
            "{code}: a TOP-3 situation without conditions"
        );
        assert_eq!(s.top3.len(), 3, "{code}: a full TOP 3");
        assert!(s.next_meeting.is_none(), "{code}: no next meeting");
        let scale = s.scale("veiligheid").expect("a safety scale");
        assert!(!scale.scores().is_empty(), "{code}: some scores given");
        assert!(
            s.present()
                .any(|p| scale.answer(p.id).and_then(|a| a.score).is_none()),
            "{code}: a present participant without a score"
        );
        assert!(
            s.notes.iter().any(|n| n.private),
            "{code}: teaching points in private notes"
        );
        // And enough good material to work with.
        assert!(
            s.actions.iter().any(|a| !a.who.is_empty()
                && a.term != Term::Once { due: None }
                && !a.how_checked.is_empty()
                && !a.if_broken.is_empty()),
            "{code}: one complete action as an example"
        );
        for kind in top3::model::FactKind::ALL {
            assert!(
                s.facts.iter().any(|f| f.kind == kind),
                "{code}: {kind:?} facts"
            );
        }
        assert!(
            s.participants
                .iter()
                .any(|p| p.attendance != Attendance::Present),
            "{code}: someone absent or informed afterwards"
        );
    }
}

/// The older meetings are the good example to compare with.
#[test]
fn older_sessions_are_complete_examples() {
    for case in practice_cases() {
        for (name, text) in &case.files[..case.files.len() - 1] {
            let s = parse_session(text, Path::new(name)).unwrap();
            assert!(s.next_meeting.is_some(), "{name}");
            for a in &s.actions {
                assert!(
                    !a.who.is_empty()
                        && !a.what.is_empty()
                        && a.term != Term::Once { due: None }
                        && !a.how_checked.is_empty()
                        && !a.if_broken.is_empty(),
                    "{name}: action {}",
                    a.id
                );
            }
            for sit in s.top3.items() {
                assert!(s.conditions_for(sit.id).next().is_some(), "{name}");
            }
            assert!(s.conditions.iter().all(|c| c.situation.is_some()));
            let scale = s.scale("veiligheid").unwrap();
            assert!(
                s.present()
                    .all(|p| scale.answer(p.id).is_some_and(|a| a.score.is_some())),
                "{name}: every present participant scored"
            );
        }
    }
}

#[test]
fn train_never_writes_into_the_sessions_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let flag_dir = tmp.path().join("dir-flag");
    let env_dir = tmp.path().join("dir-env");
    let temp = tmp.path().join("temp");
    for d in [&flag_dir, &env_dir, &temp] {
        fs::create_dir(d).unwrap();
    }
    let run = |args: &[&str]| {
        Command::new(bin())
            .args(args)
            .current_dir(tmp.path())
            .env("TOP3_DIR", &env_dir)
            .env_remove("TOP3_LAYOUTS")
            .env_remove("TOP3_LANG")
            .env("TMPDIR", &temp)
            .env("TMP", &temp)
            .env("TEMP", &temp)
            .output()
            .unwrap()
    };
    let out = run(&["train", "--dir", flag_dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = run(&["train", "--case", "OEF-2026-02", "--reset"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(is_empty_dir(&flag_dir), "--dir was written to");
    assert!(is_empty_dir(&env_dir), "TOP3_DIR was written to");
    let copy = temp.join("top3-training");
    // The two cases trained above (the default one and OEF-2026-02).
    for case in &practice_cases()[..2] {
        assert!(copy.join(&case.code).join(case.newest_file()).is_file());
    }
    assert!(stdout(&out).contains(&copy.display().to_string()));
}

#[test]
fn train_through_the_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let before = shipped_snapshot();

    let out = top3(&["train", "--list"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    let list = stdout(&out);
    assert_eq!(list.lines().count(), practice_cases().len(), "{list}");
    for case in practice_cases() {
        assert!(list.contains(&case.code), "{list}");
    }
    assert!(is_empty_dir(tmp.path()), "--list writes nothing");

    let out = top3(&["train"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    let case = &practice_cases()[0];
    let path = tmp
        .path()
        .join("top3-training")
        .join(&case.code)
        .join(case.newest_file());
    assert!(
        stdout(&out).contains(&path.display().to_string()),
        "{}",
        stdout(&out)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
    assert_eq!(
        fs::read(&path).unwrap(),
        case.files.last().unwrap().1.as_bytes()
    );

    // The prepared copy passes check too.
    let out2 = top3(
        &["check", path.parent().unwrap().to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(out2.status.code(), Some(0), "{}", stdout(&out2));

    // An unknown layout is refused before anything changes.
    let out = top3(&["train", "--layout", "bestaat-niet"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        fs::read(&path).unwrap(),
        case.files.last().unwrap().1.as_bytes()
    );

    // --layout switches the copy's layout; the kept work is announced.
    let out = top3(&["train", "--layout", "casusoverleg"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("--reset"), "{}", stdout(&out));
    assert_eq!(load_session(&path).unwrap().layout, "casusoverleg");

    let out = top3(&["train", "--reset"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        fs::read(&path).unwrap(),
        case.files.last().unwrap().1.as_bytes()
    );

    let out = top3(&["train", "--case", "XX-0000"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");

    assert_eq!(shipped_snapshot(), before);
}

#[test]
fn every_practice_session_round_trips_through_save() {
    let tmp = tempfile::tempdir().unwrap();
    for case in practice_cases() {
        for (name, text) in &case.files {
            let s = parse_session(text, Path::new(name)).unwrap();
            let path = tmp.path().join(&case.code).join(name);
            save_session(&path, &s).unwrap();
            assert_eq!(load_session(&path).unwrap(), s, "{name}");
        }
    }
}
