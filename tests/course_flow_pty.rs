//! A whole course flow in the real binary in a pseudo-terminal (issue 16):
//! group A trains in the practice view and types into the meeting; the
//! scripted next meeting opens with its events; `c` says there is no model
//! answer for it; a reset makes group A's copy fresh again. The training
//! folder is the test's own (TMPDIR). All names are fictional.
use crate::common;

use common::pty::*;
use std::path::Path;
use top3::training::find_case;

const ESC: &str = "\x1b";
const RIGHT: &str = "\x1b[C";

/// The teaching points of the practice meeting, as shipped.
fn teaching_points() -> Vec<String> {
    let case = find_case(Some("OEF-2026-02")).unwrap();
    case.teaching_points(case.newest_file())
}

#[test]
fn a_whole_course_flow_train_type_next_compare_reset() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let env = [("TMPDIR", tmp.as_path())];
    let group = tmp.join("top3-training/groep-A/OEF-2026-02");
    let first = group.join("2026-11-17-training.ron");
    let next = group.join("2026-12-08-training.ron");
    let train = ["train", "--case", "OEF-2026-02", "--group", "A"];

    // 1. Group A in the practice view: the task and the hints, no teaching
    //    point; type a participant into the meeting, quit.
    let mut t = Term::start_env(&train, dir.path(), 80, 24, &env);
    t.wait_for("Aanwijzingen bij deze stap");
    t.wait_for("Wie zit er aan tafel");
    let screen = t.screen();
    let points = teaching_points();
    assert!(!points.is_empty());
    for p in &points {
        let start: String = p.chars().take(30).collect();
        assert!(
            !screen.contains(&start),
            "{start:?} on the practice view:\n{screen}"
        );
    }
    t.send("a");
    t.wait_for("Deelnemer");
    t.typ("Wijkagent Oefen");
    t.send(ESC);
    t.wait_for("Wijkagent Oefen — ✓ aanwezig");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let typed = std::fs::read_to_string(&first).unwrap();
    assert!(typed.contains("Wijkagent Oefen"), "{typed}");

    // 2. The scripted next meeting in group A's copy: its date on every
    //    screen, what was written where on the status line, and a scripted
    //    event in its review.
    let mut args = train.to_vec();
    args.push("--next");
    let mut t = Term::start_env(&args, dir.path(), 80, 24, &env);
    t.wait_for("08-12-2026");
    t.wait_for("Volgend overleg op 08-12-2026 geschreven");
    t.send(RIGHT);
    t.wait_for("Terugblik");
    t.wait_for("Rick stond op 2 december weer voor de deur");
    // What group A typed was carried into the next meeting.
    assert!(
        std::fs::read_to_string(&next)
            .unwrap()
            .contains("Wijkagent Oefen")
    );
    // 3. Compare with the model answer: this meeting has none, and the
    //    screen says so.
    t.send("c");
    t.wait_for("Voor dit overleg is er geen modelantwoord.");
    // "Volgend overleg" in training: n makes the next scripted meeting and
    // opens it, and says what it wrote where.
    t.send("n");
    t.wait_for("Volgend overleg op 29-12-2026 geschreven");
    t.wait_for("veiligheid · 29-12-2026 ");
    let third = group.join("2026-12-29-training.ron");
    assert!(third.is_file());
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(next.is_file());

    // 4. Reset group A: its copy is the shipped meeting again, and the next
    //    meeting is gone.
    let out = std::process::Command::new(common::bin())
        .args(["train", "--case", "OEF-2026-02", "--group", "A", "--reset"])
        .env("TMPDIR", &tmp)
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(!next.exists(), "the scripted meeting stayed after --reset");
    assert!(!group.join("2026-12-29-training.ron").exists());
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let (_, shipped) = case.files.last().unwrap();
    assert_eq!(std::fs::read_to_string(&first).unwrap(), *shipped);
    let names: Vec<String> = std::fs::read_dir(&group)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    assert_eq!(names, ["2026-11-17-training.ron"]);
    // The fresh copy opens without the typed participant.
    let mut t = Term::start_env(&train, dir.path(), 80, 24, &env);
    t.wait_for("Aanwijzingen bij deze stap");
    assert!(!t.screen().contains("Wijkagent Oefen"));
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(Path::new(&first).is_file());
}
