//! c-fix3: what a trainer's user test of a course day found (issue 16):
//! the newest meeting reopened, a damaged copy said in words, and the rest.
//! All names are fictional.
use crate::common;
use common::train_cmd as top3;

use std::path::Path;
use std::process::Output;

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", text(o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn after_the_next_meeting_train_opens_the_newest_one() {
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("top3-training/groep-A/OEF-2026-02");
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A", "--next"],
        tmp.path(),
    ));
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A"],
        tmp.path(),
    ));
    let newest = copy.join("2026-12-08-training.ron");
    assert!(out.contains(&newest.display().to_string()), "{out}");
    assert!(!out.contains("2026-11-17-training.ron"), "{out}");
    // It says which meeting it opened.
    assert!(out.contains("08-12-2026"), "{out}");
    assert!(out.contains("17-11-2026"), "{out}");
    // Another group, and the reset group, open the practice meeting.
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "B"],
        tmp.path(),
    ));
    assert!(out.contains("2026-11-17-training.ron"), "{out}");
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A", "--reset"],
        tmp.path(),
    ));
    assert!(out.contains("2026-11-17-training.ron"), "{out}");
    assert!(!newest.exists());
}

#[test]
fn a_damaged_copy_is_said_in_words_with_the_way_back() {
    let tmp = tempfile::tempdir().unwrap();
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A"],
        tmp.path(),
    ));
    let file = tmp
        .path()
        .join("top3-training/groep-A/OEF-2026-02/2026-11-17-training.ron");
    std::fs::write(&file, "dit is kapot\n").unwrap();
    let o = top3(
        &["train", "--case", "OEF-2026-02", "--group", "A"],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let all = text(&o);
    assert!(!all.contains("Probe"), "{all}");
    assert!(!all.contains("Expected"), "{all}");
    assert!(
        all.contains(&format!("{}:1:1", file.display())),
        "file:line:column: {all}"
    );
    assert!(all.contains("geen bestand van top3"), "{all}");
    assert!(
        all.contains("top3 train --case OEF-2026-02 --group A --reset"),
        "{all}"
    );
    // Not ready when it is not.
    assert!(!all.contains("staat klaar"), "{all}");
    assert!(!all.contains("bewaard"), "{all}");
    assert!(!all.contains(".bak"), "no .bak to name: {all}");
    // With a .bak next to it, it is named.
    let bak = top3::store::backup_path(&file);
    std::fs::write(&bak, "(version: 2)").unwrap();
    let all = text(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A", "--next"],
        tmp.path(),
    ));
    assert!(all.contains(&bak.display().to_string()), "{all}");
    assert!(!all.contains("Probe"), "{all}");
}

#[test]
fn a_garbage_script_is_said_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eigen-casussen/OEF-2026-10");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("training/OEF-2026-02/2026-11-17-training.ron"),
        dir.join("2026-11-17-training.ron"),
    )
    .unwrap();
    std::fs::write(dir.join("script.ron"), "garbage\n").unwrap();
    let o = top3(&["check", &dir.display().to_string()], tmp.path());
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(!all.contains("Probe"), "{all}");
    assert!(
        all.contains(&format!("{}:1:1", dir.join("script.ron").display())),
        "{all}"
    );
    assert!(all.contains("'garbage'"), "{all}");
}

/// The options of a `--help` text: flag → its help and placeholder.
fn options(help: &str) -> Vec<(String, String)> {
    help.lines()
        .filter(|l| l.trim_start().starts_with('-'))
        .filter_map(|l| {
            let l = l.trim();
            let (flag, rest) = l.split_once(' ')?;
            Some((
                flag.trim_end_matches(',').to_string(),
                rest.trim().to_string(),
            ))
        })
        .collect()
}

#[test]
fn the_dutch_help_has_no_english_argument_help() {
    let tmp = tempfile::tempdir().unwrap();
    for sub in [
        "train", "new", "open", "present", "check", "export", "history", "layouts",
    ] {
        let nl = ok(&top3(&["--lang", "nl", sub, "--help"], tmp.path()));
        let en = ok(&top3(&["--lang", "en", sub, "--help"], tmp.path()));
        let (nl, en) = (options(&nl), options(&en));
        assert_eq!(nl.len(), en.len(), "{sub}");
        assert!(!nl.is_empty(), "{sub}");
        for ((flag, dutch), (_, english)) in nl.iter().zip(&en) {
            assert_ne!(dutch, english, "top3 {sub} --help: {flag} is English");
            for word in ["<NAME>", "<PATH>", "<PATHS>", "<FILE>", "<DIR>"] {
                assert!(!dutch.contains(word), "top3 {sub} --help: {flag} {dutch}");
            }
        }
    }
    let train = ok(&top3(&["--lang", "nl", "train", "--help"], tmp.path()));
    assert!(train.contains("--group <NAAM>"), "{train}");
    assert!(train.contains("--compare-groups [<PAD>...]"), "{train}");
}

#[test]
fn list_names_why_an_own_case_cannot_be_used() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eigen-casussen/OEF-2026-10");
    std::fs::create_dir_all(&dir).unwrap();
    let meeting = dir.join("2026-11-17-training.ron");
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("training/OEF-2026-02/2026-11-17-training.ron"),
    )
    .unwrap();
    // A good own case: its title, no problem.
    std::fs::write(&meeting, shipped.replace("OEF-2026-02", "OEF-2026-10")).unwrap();
    let out = ok(&top3(&["train", "--list"], tmp.path()));
    let line = out.lines().find(|l| l.starts_with("OEF-2026-10")).unwrap();
    assert!(line.contains("eigen casus:"), "{line}");
    assert!(!line.contains("niet te gebruiken"), "{line}");
    // Damaged: the line says why, where, and how many.
    std::fs::write(&meeting, "dit is kapot\n").unwrap();
    let out = ok(&top3(&["train", "--list"], tmp.path()));
    let line = out.lines().find(|l| l.starts_with("OEF-2026-10")).unwrap();
    assert!(line.contains("niet te gebruiken: één fout"), "{line}");
    assert!(
        line.contains(&format!("{}:1:1", meeting.display())),
        "{line}"
    );
    assert!(line.contains("geen bestand van top3"), "{line}");
    assert!(
        line.contains(&format!("top3 check {}", dir.display())),
        "{line}"
    );
    // Another case's code in it: said too.
    std::fs::write(&meeting, &shipped).unwrap();
    let out = ok(&top3(&["train", "--list"], tmp.path()));
    let line = out.lines().find(|l| l.starts_with("OEF-2026-10")).unwrap();
    assert!(line.contains("OEF-2026-02"), "{line}");
    assert!(line.contains("niet te gebruiken"), "{line}");
}

#[test]
fn after_the_last_scripted_meeting_it_says_so_without_pushing_a_reset() {
    let tmp = tempfile::tempdir().unwrap();
    let mut last = None;
    for _ in 0..10 {
        let o = top3(
            &["train", "--case", "OEF-2026-02", "--group", "A", "--next"],
            tmp.path(),
        );
        if !o.status.success() {
            last = Some(o);
            break;
        }
    }
    let o = last.expect("the script ends");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("geen overleg meer na dit overleg"), "{err}");
    assert!(err.contains("het laatste van de oefening"), "{err}");
    assert!(
        err.contains("--reset begint de cursus opnieuw (het werk van de groep is dan weg)"),
        "{err}"
    );
    assert!(!err.contains("begin opnieuw met --reset"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // In English too.
    let o = top3(
        &[
            "--lang",
            "en",
            "train",
            "--case",
            "OEF-2026-02",
            "--group",
            "A",
            "--next",
        ],
        tmp.path(),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("starts the course over"), "{err}");
}
