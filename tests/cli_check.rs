//! `top3 check`, `layouts` and `new` driven as a user would, with bad input
//! on purpose: a clear `file:line:col: sentence`, exit 1, the file unchanged.
use crate::common;

use common::*;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn top3(args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LAYOUTS")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Writes `bytes` as a session file, runs `check` on it and returns the one
/// line it printed, after asserting exit 1 and an untouched file.
fn check_bad(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    let out = top3(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{name}: {}", stdout(&out));
    assert_eq!(fs::read(&path).unwrap(), bytes, "{name}: file changed");
    let text = stdout(&out);
    assert!(!text.contains("panicked"), "{text}");
    let line = text.lines().next().unwrap_or_default().to_string();
    let prefix = format!("{}:", path.display());
    assert!(line.starts_with(&prefix), "{name}: {line}");
    let rest = &line[prefix.len()..];
    let mut parts = rest.splitn(3, ':');
    let l: usize = parts
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("{line}"));
    let c: usize = parts
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("{line}"));
    assert!(l >= 1 && c >= 1);
    assert!(
        line.ends_with('.') || line.ends_with('?'),
        "one sentence: {line}"
    );
    line
}

fn training_text() -> String {
    fs::read_to_string(&training_sessions()[0]).unwrap()
}

#[test]
fn the_bundled_case_and_layouts_check_clean() {
    let out = Command::new(bin())
        .current_dir(repo())
        .args(["check", "sessions", "layouts"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
    // A trainer or chair sees that all is well, not silence.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("In orde: ") && err.contains("bestanden gecontroleerd, geen fouten."),
        "{err}"
    );
}

#[test]
fn empty_file() {
    let l = check_bad("empty.ron", b"");
    assert!(l.contains("is leeg"), "{l}");
}

#[test]
fn truncated_file() {
    let text = training_text();
    let cut = &text[..text.len() / 2];
    let l = check_bad("cut.ron", cut.as_bytes());
    assert!(
        l.contains("houdt onverwacht op") || l.contains("hoort"),
        "{l}"
    );
}

#[test]
fn binary_junk() {
    let junk: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let l = check_bad("junk.ron", &junk);
    assert!(l.contains("geen tekstbestand"), "{l}");
}

#[test]
fn json_instead_of_ron() {
    let l = check_bad("j.ron", br#"{"version": 1, "case": {"code": "X"}}"#);
    assert!(l.contains(":1:1:"), "{l}");
}

#[test]
fn deeply_nested() {
    let deep = format!("(steps: {}{})", "[".repeat(100_000), "]".repeat(100_000));
    let l = check_bad("deep.ron", deep.as_bytes());
    assert!(l.contains("te diep genest"), "{l}");
}

#[test]
fn utf16_file() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in training_text().encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let l = check_bad("u16.ron", &bytes);
    assert!(l.contains("UTF-16"), "{l}");
}

#[test]
fn invalid_date_points_at_the_date() {
    let text = training_text().replacen("date: \"2026-09-01\"", "date: \"2026-02-30\"", 1);
    let l = check_bad("d.ron", text.as_bytes());
    assert!(l.contains("geen geldige datum"), "{l}");
    let line_no = text.lines().position(|x| x.contains("2026-02-30")).unwrap() + 1;
    assert!(l.contains(&format!(":{line_no}:")), "{l}");
}

#[test]
fn out_of_range_score() {
    let text = training_text().replacen("score: Some(3)", "score: Some(12)", 1);
    let l = check_bad("s.ron", text.as_bytes());
    assert!(l.contains("van 0 tot en met 10"), "{l}");
}

#[test]
fn unknown_field_is_not_silently_dropped() {
    let text = training_text().replacen("chair:", "voorzitter: \"x\",\n  chair:", 1);
    let l = check_bad("u.ron", text.as_bytes());
    assert!(l.contains("onbekend veld 'voorzitter'"), "{l}");
}

#[test]
fn newer_version_is_refused_clearly() {
    let text = training_text().replacen("version: 2,", "version: 3,", 1);
    let l = check_bad("v.ron", text.as_bytes());
    assert!(l.contains("nieuwere top3"), "{l}");
}

#[test]
fn dangling_reference_is_reported() {
    let text = training_text().replacen("situation: Some(15)", "situation: Some(77)", 1);
    let l = check_bad("r.ron", text.as_bytes());
    assert!(l.contains("situatie 77"), "{l}");
}

#[test]
fn four_megabyte_strings_load_without_trouble() {
    let dir = tempfile::tempdir().unwrap();
    let big = "é".repeat(2 * 1024 * 1024);
    let text = training_text().replacen("chair: \"R. Bakker\"", &format!("chair: \"{big}\""), 1);
    let path = dir.path().join("big.ron");
    fs::write(&path, &text).unwrap();
    let out = top3(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn a_directory_given_as_file_is_checked_recursively_and_a_missing_path_reported() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("a/b");
    fs::create_dir_all(&sub).unwrap();
    fs::write(sub.join("x.ron"), "(").unwrap();
    let missing = dir.path().join("nope.ron");
    let out = top3(&[
        "check",
        dir.path().to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("x.ron:1:"), "{text}");
    assert!(text.contains("bestaat niet"), "{text}");
}

#[test]
fn a_broken_layout_is_reported_and_the_others_still_load() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("kapot.ron"),
        "(name: \"kapot\", steps: [(kind: Scaal)])",
    )
    .unwrap();
    let good = fs::read_to_string(repo().join("layouts/casusoverleg.ron"))
        .unwrap()
        .replace("name: \"casusoverleg\"", "name: \"eigen-casusoverleg\"");
    fs::write(dir.path().join("eigen.ron"), good).unwrap();
    let out = top3(&["--layouts", dir.path().to_str().unwrap(), "layouts"]);
    assert_eq!(out.status.code(), Some(1));
    let listed = stdout(&out);
    assert!(
        listed.lines().any(|l| l.starts_with("eigen-casusoverleg ")),
        "{listed}"
    );
    assert!(
        listed.lines().any(|l| l.starts_with("training ")),
        "{listed}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kapot.ron:1:"), "{err}");
    assert!(err.contains("'Scaal'"), "{err}");
}

#[test]
fn layouts_lists_one_line_per_layout_name_first() {
    let out = top3(&["layouts"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let names: Vec<&str> = text
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    for n in [
        "netwerkoverleg-veiligheidsplan",
        "casusoverleg",
        "expertoverleg",
        "hulpverleningsplan",
        "herstelplan",
        "training",
    ] {
        assert!(names.contains(&n), "{n} missing in {text}");
    }
}

#[test]
fn new_writes_a_checkable_session_in_the_case_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let out = top3(&[
        "new",
        "--layout",
        "casusoverleg",
        "--case",
        "GV-2026-014",
        "--dir",
        d,
        "--date",
        "2026-03-01",
        "--no-open",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.path().join("GV-2026-014/2026-03-01-casusoverleg.ron");
    let s = top3::store::load_session(&path).unwrap();
    assert_eq!(s.layout, "casusoverleg");
    assert_eq!(s.kind, top3::model::MeetingKind::Casusoverleg);
    assert_eq!(top3(&["check", d]).status.code(), Some(0));
}

#[test]
fn new_refuses_bad_case_codes_and_layouts_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for (args, expect) in [
        (
            vec!["--layout", "casusoverleg", "--case", "../etc"],
            "casuscode",
        ),
        (
            vec!["--layout", "bestaat-niet", "--case", "A-1"],
            "bestaat niet",
        ),
        (
            vec![
                "--layout",
                "casusoverleg",
                "--case",
                "A-1",
                "--date",
                "morgen",
            ],
            "geen datum",
        ),
    ] {
        let mut all = vec!["new", "--dir", d, "--no-open"];
        all.extend(args);
        let out = top3(&all);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("top3: ") && err.contains(expect), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn english_errors_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.ron");
    fs::write(&path, "").unwrap();
    let out = top3(&["--lang", "en", "check", path.to_str().unwrap()]);
    assert!(
        stdout(&out).contains("the file is empty"),
        "{}",
        stdout(&out)
    );
    let _ = Path::new("");
}

#[test]
fn help_speaks_dutch_and_english() {
    let nl = stdout(&top3(&["--help"]));
    assert!(
        nl.contains("Gebruik: top3") && nl.contains("Opdrachten:") && nl.contains("deze hulp"),
        "{nl}"
    );
    assert!(
        !nl.contains("Print help") && !nl.contains("possible values"),
        "{nl}"
    );
    let en = stdout(&top3(&["--lang", "en", "check", "--help"]));
    assert!(
        en.contains("Usage: top3 check") && en.contains("files or folders"),
        "{en}"
    );
}
