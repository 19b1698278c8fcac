use crate::common;

use common::*;
use proptest::prelude::*;
use std::fs;
use std::path::Path;
use top3::layout::{BUILTIN, LayoutSet, parse_layout};
use top3::model::*;
use top3::store::*;

#[test]
fn every_shipped_layout_round_trips() {
    for (file, text) in BUILTIN {
        let layout = parse_layout(text, Path::new(file)).unwrap();
        let again = ron::ser::to_string_pretty(&layout, Default::default()).unwrap();
        let back = parse_layout(&again, Path::new(file)).unwrap();
        assert_eq!(layout, back, "{file}");
        let on_disk = fs::read_to_string(repo().join("layouts").join(file)).unwrap();
        assert_eq!(
            &on_disk, text,
            "{file} in layouts/ differs from the built-in copy"
        );
    }
    assert_eq!(BUILTIN.len(), 7);
}

#[test]
fn every_bundled_session_round_trips_through_save() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = training_sessions();
    assert!(
        sessions.len() >= 2,
        "the training case has several meetings"
    );
    for path in sessions {
        let s = load_session(&path).unwrap();
        let copy = dir.path().join(path.file_name().unwrap());
        save_session(&copy, &s).unwrap();
        assert_eq!(load_session(&copy).unwrap(), s, "{}", path.display());
        assert!(s.inconsistencies().is_empty(), "{}", path.display());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_session_survives_save_and_load(s in session()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("PT-0001/2026-01-01-casusoverleg.ron");
        save_session(&path, &s).unwrap();
        let back = load_session(&path).unwrap();
        prop_assert_eq!(back, s);
    }
}

#[test]
fn a_save_interrupted_before_the_rename_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("C-1/2026-01-01-casusoverleg.ron");
    let mut s = load_session(&training_sessions()[0]).unwrap();
    save_session(&path, &s).unwrap();
    let before = fs::read(&path).unwrap();

    s.chair = "iemand anders".into();
    let staged = stage(&path, session_to_ron(&s).as_bytes()).unwrap();
    // A crash here: the staged file is written and synced but never renamed.
    std::mem::forget(staged);
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(load_session(&path).is_ok());
    // The stray temporary file is not taken for a session.
    let cases = list_cases(dir.path());
    assert_eq!(cases[0].sessions, vec![path.clone()]);
    let layouts = LayoutSet::builtin();
    assert!(top3::cli::check_paths(&[dir.path().to_path_buf()], &layouts).is_empty());
}

#[test]
fn save_keeps_the_previous_copy_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut s = load_session(&training_sessions()[0]).unwrap();
    save_session(&path, &s).unwrap();
    s.chair = "tweede".into();
    save_session(&path, &s).unwrap();
    let bak = load_session(&backup_path(&path)).unwrap();
    assert_ne!(bak.chair, "tweede");
    assert_eq!(load_session(&path).unwrap().chair, "tweede");
}

#[cfg(unix)]
#[test]
fn session_files_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let s = load_session(&training_sessions()[0]).unwrap();
    save_session(&path, &s).unwrap();
    save_session(&path, &s).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        fs::metadata(backup_path(&path))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
}

#[test]
fn a_second_program_cannot_lock_an_open_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let first = SessionLock::acquire(&path).unwrap();
    assert!(!first.took_over_stale);
    let second = SessionLock::acquire(&path);
    match second {
        Err(LockError::Held { holder }) => {
            assert!(holder.contains(&std::process::id().to_string()), "{holder}")
        }
        other => panic!("expected the lock to be held, got {other:?}"),
    }
    drop(first);
    assert!(
        !SessionLock::lock_path(&path).exists(),
        "lock file removed on release"
    );
    assert!(SessionLock::acquire(&path).is_ok());
}

#[test]
fn a_stale_lock_of_a_dead_program_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    // What a program that died leaves behind: the lock file, but no OS lock.
    fs::write(
        SessionLock::lock_path(&path),
        "pid 999999 (2026-01-01 10:00)",
    )
    .unwrap();
    let lock = SessionLock::acquire(&path).unwrap();
    assert!(lock.took_over_stale);
}

#[test]
fn a_newer_version_is_refused_and_an_unknown_one_too() {
    let text = fs::read_to_string(&training_sessions()[0]).unwrap();
    let newer = text.replacen("version: 2,", "version: 7,", 1);
    let e = parse_session(&newer, Path::new("x.ron")).unwrap_err();
    assert_eq!(e.problem, Problem::NewerVersion(7));
    assert_eq!(e.position, Some((3, 3)));
    let older = text.replacen("version: 2,", "version: 0,", 1);
    let e = parse_session(&older, Path::new("x.ron")).unwrap_err();
    assert_eq!(e.problem, Problem::UnknownVersion(0));
}

#[test]
fn new_session_paths_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let p1 = new_session_path(dir.path(), "C-1", d, "casusoverleg");
    assert!(p1.ends_with("C-1/2026-03-01-casusoverleg.ron"));
    fs::create_dir_all(p1.parent().unwrap()).unwrap();
    fs::write(&p1, "x").unwrap();
    let p2 = new_session_path(dir.path(), "C-1", d, "casusoverleg");
    assert!(p2.ends_with("C-1/2026-03-01-casusoverleg-2.ron"));
}

#[test]
fn case_codes_refuse_paths_and_names_with_spaces() {
    assert!(CaseCode::new("GV-2026-014").is_ok());
    for bad in ["", "../x", "a/b", "Jan Jansen", "-x", "x\u{0}"] {
        assert!(CaseCode::new(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn scores_and_top3_limits_hold_when_loading() {
    let text = fs::read_to_string(&training_sessions()[0]).unwrap();
    let bad = text.replacen("score: Some(3)", "score: Some(11)", 1);
    let e = parse_session(&bad, Path::new("x.ron")).unwrap_err();
    assert!(e.message().contains("11"), "{}", e.message());
    let four = text.replacen(
        "  ],\n  scales",
        "    (id: 99, text: \"vier\", facts: []),\n  ],\n  scales",
        1,
    );
    let e = parse_session(&four, Path::new("x.ron")).unwrap_err();
    assert!(e.message().contains("TOP 3"), "{}", e.message());
}
