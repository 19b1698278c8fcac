//! Subgroups on a course day (issue 16, items 3 and 4): `train --next` in a
//! group's own copy, and the groups compared, also from copies gathered from
//! several laptops. All names are fictional.
use crate::common;

use common::*;
use std::path::Path;
use std::process::{Command, Output};
use top3::store::load_session;

fn top3(args: &[&str], tmp: &Path) -> Output {
    Command::new(bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LAYOUTS")
        .env_remove("TOP3_LANG")
        .env("TMPDIR", tmp)
        .env("TMP", tmp)
        .env("TEMP", tmp)
        .output()
        .unwrap()
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn train_next_with_a_group_works_in_the_groups_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("top3-training");
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "a", "--next"],
        tmp.path(),
    ));
    let made = root.join("groep-A/OEF-2026-02/2026-12-08-training.ron");
    assert!(out.contains(&made.display().to_string()), "{out}");
    assert!(out.contains("Groep A"), "{out}");
    let s = load_session(&made).unwrap();
    assert!(
        s.facts
            .iter()
            .any(|f| f.what.starts_with("Melding van Naima"))
    );
    // The un-grouped copy and the other groups are untouched.
    assert!(!root.join("OEF-2026-02").exists());
    assert!(!root.join("groep-B").exists());
    // Again: the group's next date, from the group's newest meeting.
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A", "--next"],
        tmp.path(),
    ));
    assert!(out.contains("29-12-2026"), "{out}");
    assert!(
        root.join("groep-A/OEF-2026-02/2026-12-29-training.ron")
            .is_file()
    );
    // Without the group the course starts at its first scripted date.
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--next"],
        tmp.path(),
    ));
    assert!(out.contains("08-12-2026"), "{out}");
    assert!(root.join("OEF-2026-02/2026-12-08-training.ron").is_file());
    // A bad group name is one sentence and exit 1, nothing written.
    let o = top3(
        &[
            "train",
            "--case",
            "OEF-2026-02",
            "--group",
            "../x",
            "--next",
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("groepsnaam"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}
