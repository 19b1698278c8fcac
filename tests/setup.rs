//! Set-up and data: the repository's demo folder is opened as a copy and
//! never written; real use has its own folder; `top3 present` on a folder
//! names the session file it needs. All data is fictional.
use crate::common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A working folder with a `sessions/` demo (marked like the repository's)
/// holding a copy of the training case; returns (work dir, its temp dir).
fn demo_checkout() -> (tempfile::TempDir, PathBuf) {
    let work = tempfile::tempdir().unwrap();
    let case = work.path().join("sessions").join("TR-2026-001");
    fs::create_dir_all(&case).unwrap();
    for f in training_sessions() {
        fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
    }
    fs::copy(
        repo().join("sessions").join(top3::store::DEMO_MARKER),
        work.path().join("sessions").join(top3::store::DEMO_MARKER),
    )
    .unwrap();
    let tmp = work.path().join("tmp");
    fs::create_dir(&tmp).unwrap();
    (work, tmp)
}

/// top3 in `cwd` with a clean environment of its own (its temporary folder
/// and home inside `cwd`).
fn top3_in(cwd: &Path, tmp: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_clear()
        .env("HOME", cwd.join("home"))
        .env("XDG_DATA_HOME", cwd.join("home/.local/share"))
        .env("XDG_CONFIG_HOME", cwd.join("home/.config"))
        .env("TMPDIR", tmp)
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output()
        .unwrap()
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(snapshot(&p));
        } else {
            out.push((p.clone(), fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn the_repository_demo_is_marked_and_holds_only_the_training_case() {
    let marker = repo().join("sessions").join(top3::store::DEMO_MARKER);
    assert!(marker.is_file(), "{}", marker.display());
    assert!(top3::store::is_demo(&repo().join("sessions")));
    assert!(top3::store::is_demo(&training_sessions()[0]));
    assert!(!top3::store::is_demo(&repo().join("layouts")));
}

#[test]
fn a_new_meeting_in_the_demo_lands_in_the_copy_and_the_demo_is_untouched() {
    let (work, tmp) = demo_checkout();
    let sessions = work.path().join("sessions");
    let before = snapshot(&sessions);
    // From the checkout, as the README's `cargo run` does: ./sessions is
    // the demo, so its copy is used.
    let out = top3_in(
        work.path(),
        &tmp,
        &[
            "new",
            "--case",
            "TR-2026-001",
            "--date",
            "2026-11-24",
            "--no-open",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(snapshot(&sessions), before, "the demo is never written");
    // One copy per version of the shipped demo: a single folder under
    // top3-demo, named after the shipped files.
    let versions: Vec<_> = fs::read_dir(tmp.join("top3-demo"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(versions.len(), 1, "{versions:?}");
    let copy = versions[0].join("TR-2026-001");
    let names: Vec<String> = fs::read_dir(&copy)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.contains(&"2026-11-24-netwerkoverleg-veiligheidsplan.ron".to_string()),
        "{names:?}"
    );
    assert_eq!(names.iter().filter(|n| n.ends_with(".ron")).count(), 4);
    // The copy carries no marker: it is an ordinary folder.
    assert!(!versions[0].join(top3::store::DEMO_MARKER).exists());
    // Work in the copy is kept: a second run does not overwrite it.
    let newest = copy.join("2026-11-24-netwerkoverleg-veiligheidsplan.ron");
    let mut text = fs::read_to_string(&newest).unwrap();
    text.push_str("\n// bewerkt\n");
    fs::write(&newest, &text).unwrap();
    let out = top3_in(work.path(), &tmp, &[]);
    assert!(out.status.success());
    assert_eq!(fs::read_to_string(&newest).unwrap(), text);
    // Without a terminal top3 lists the copy's sessions.
    assert!(String::from_utf8_lossy(&out.stdout).contains("24-11-2026"));
    // A newer top3 whose demo changed starts from its own files, not from
    // the old copy (which stays, with the work in it).
    let shipped = sessions
        .join("TR-2026-001")
        .join("2026-10-27-netwerkoverleg-veiligheidsplan.ron");
    let mut changed = fs::read_to_string(&shipped).unwrap();
    changed.push_str("\n// een nieuwere versie van het voorbeeld\n");
    fs::write(&shipped, &changed).unwrap();
    let out = top3_in(work.path(), &tmp, &[]);
    assert!(out.status.success());
    let versions = fs::read_dir(tmp.join("top3-demo")).unwrap().count();
    assert_eq!(versions, 2, "a fresh copy for the changed demo");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("24-11-2026"));
    assert_eq!(fs::read_to_string(&newest).unwrap(), text);
}

#[test]
fn outside_the_demo_the_own_folder_is_used_as_is() {
    let work = tempfile::tempdir().unwrap();
    let tmp = work.path().join("tmp");
    fs::create_dir(&tmp).unwrap();
    // No ./sessions: the platform's data directory.
    let out = top3_in(
        work.path(),
        &tmp,
        &[
            "new",
            "--layout",
            "casusoverleg",
            "--case",
            "EIGEN-1",
            "--no-open",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let own = work.path().join("home/.local/share/top3/sessions/EIGEN-1");
    assert_eq!(fs::read_dir(&own).unwrap().count(), 1, "{}", own.display());
    assert!(!tmp.join("top3-demo").exists());
}

#[test]
fn present_on_a_folder_names_the_newest_session_file() {
    let (work, tmp) = demo_checkout();
    let case = work.path().join("sessions").join("TR-2026-001");
    let out = top3_in(work.path(), &tmp, &["present", case.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("top3: top3 present toont één overleg en heeft een sessiebestand nodig, geen map; het nieuwste in "),
        "{err}"
    );
    // The demo's copy (the wall follows what the facilitator opens).
    assert!(
        err.trim_end()
            .ends_with("2026-10-27-netwerkoverleg-veiligheidsplan.ron"),
        "{err}"
    );
    assert!(err.contains("top3-demo"), "{err}");
    assert!(!err.contains(":1:1:"), "{err}");
    assert_eq!(err.lines().count(), 1);
    // A folder without sessions.
    let empty = work.path().join("leeg");
    fs::create_dir(&empty).unwrap();
    let out = top3_in(work.path(), &tmp, &["present", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("staat geen sessiebestand"));
}

#[test]
fn the_start_screen_names_where_sessions_are_kept() {
    let own = tempfile::tempdir().unwrap();
    let note = top3::ui::start::folder_note(own.path());
    assert!(note.starts_with("Je overleggen staan in "), "{note}");
    let demo = top3::store::demo_copy_root();
    let note = top3::ui::start::folder_note(&demo);
    assert!(
        note.starts_with("Voorbeeld (een kopie); je eigen overleggen: "),
        "{note}"
    );
    let data = top3::store::data_sessions_dir().unwrap();
    assert!(
        note.ends_with("top3/sessions") || note.ends_with(&data.display().to_string()),
        "{note}"
    );
}
