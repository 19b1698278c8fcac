//! A course flow in the real binary in a pseudo-terminal (issue 16): train
//! as group A in the practice view, compare with the model answer, the
//! debrief, then reset group A only. All names are fictional.
use crate::common;

use common::pty::*;

#[test]
fn a_course_flow_group_a_compare_debrief_reset() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let env = [("TMPDIR", tmp.as_path())];
    let args = [
        "train",
        "--case",
        "OEF-2026-02",
        "--group",
        "A",
        "--minutes",
        "10",
    ];
    let mut t = Term::start_env(&args, dir.path(), 80, 24, &env);
    t.wait_for("Aanwijzingen bij deze stap");
    t.wait_for("⏳ nog");
    let screen = t.screen();
    assert!(!screen.contains("Let op: dit is stalking"), "{screen}");
    // The comparison is read only.
    t.send("c");
    t.wait_for("Modelantwoord");
    t.send("a");
    t.wait_for("alleen om te lezen");
    t.send("\x1b");
    t.wait_gone("Modelantwoord");
    t.send("d");
    t.wait_for("Nabespreking");
    t.send("\r");
    t.wait_for("Leerpunt 1 van");
    t.send("\x1b");
    t.wait_gone("Nabespreking");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let copy = tmp.join("top3-training/groep-A/OEF-2026-02/2026-11-17-training.ron");
    assert!(copy.is_file());
    let a_before = std::fs::read(&copy).unwrap();
    // Group A again: the note that its work is kept shows on the screen.
    let mut t = Term::start_env(&args, dir.path(), 80, 24, &env);
    t.wait_for("bewaard");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    // Group B is apart; resetting B leaves A's copy where it is.
    let out = std::process::Command::new(common::bin())
        .args(["train", "--case", "OEF-2026-02", "--group", "B", "--reset"])
        .env("TMPDIR", &tmp)
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(std::fs::read(&copy).unwrap(), a_before);
    assert!(tmp.join("top3-training/groep-B/OEF-2026-02").is_dir());
    let out = std::process::Command::new(common::bin())
        .args(["train", "--case", "OEF-2026-02", "--compare-groups"])
        .env("TMPDIR", &tmp)
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("| | Groep A | Groep B |"), "{text}");
}
