//! Session format 1 → 2: every version-1 file that ever shipped (kept as it
//! shipped in `tests/fixtures/v1/`) loads through the migration with nothing
//! typed lost, saves as version 2 with the version-1 file kept beside it,
//! and reads back the same.
use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use top3::model::*;
use top3::store::{load_session, parse_session, save_session, session_to_ron};

fn v1_files() -> Vec<PathBuf> {
    let root = common::repo().join("tests/fixtures/v1");
    let mut out = Vec::new();
    for case in fs::read_dir(&root).unwrap() {
        for f in fs::read_dir(case.unwrap().path()).unwrap() {
            out.push(f.unwrap().path());
        }
    }
    out.sort();
    assert_eq!(out.len(), 6, "every shipped version-1 session");
    out
}

/// Every quoted string of a RON text (the text a user typed).
fn strings(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let mut s = String::new();
        let mut chars = rest[start + 1..].char_indices();
        let mut end = rest.len() - start - 1;
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, n)) = chars.next() {
                        s.push(n);
                    }
                }
                '"' => {
                    end = i;
                    break;
                }
                c => s.push(c),
            }
        }
        out.push(s);
        rest = &rest[start + 1 + end + 1..];
    }
    out
}

#[test]
fn every_shipped_version_1_file_migrates_without_losing_a_word() {
    for path in v1_files() {
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("version: 1,"), "{}", path.display());
        let s = parse_session(&text, &path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.version, 2);
        assert_eq!(s.inconsistencies(), vec![], "{}", path.display());
        // Every string typed in the version-1 file is in the version-2 one:
        // texts, names and dates alike.
        let written = session_to_ron(&s);
        let kept = strings(&written);
        for typed in strings(&text) {
            assert!(
                kept.contains(&typed),
                "{}: '{typed}' was lost",
                path.display()
            );
        }
        // Round trip: what is written reads back the same.
        assert_eq!(parse_session(&written, &path).unwrap(), s);
        // Every version-1 deadline is kept.
        for (a, line) in s
            .actions
            .iter()
            .zip(text.lines().filter(|l| l.contains("who:")))
        {
            if let Some(due) = line.split("due: Some(\"").nth(1) {
                let due = &due[..10];
                let kept = a.term.due().or(a.earlier_due).map(|d| d.to_string());
                assert_eq!(kept.as_deref(), Some(due), "{}", path.display());
            }
        }
    }
}

#[test]
fn the_first_save_writes_version_2_and_keeps_the_version_1_file() {
    let dir = tempfile::tempdir().unwrap();
    let src = &v1_files()[0];
    let path = dir.path().join("s.ron");
    fs::copy(src, &path).unwrap();
    let original = fs::read(&path).unwrap();
    let mut s = load_session(&path).unwrap();
    s.chair = "Nieuwe voorzitter (fictief)".into();
    save_session(&path, &s).unwrap();
    let kept = dir.path().join("s.ron.v1.bak");
    assert_eq!(fs::read(&kept).unwrap(), original, "the version-1 file");
    assert!(fs::read_to_string(&path).unwrap().contains("version: 2,"));
    // Later saves keep it: the .bak holds the previous save, .v1.bak stays.
    save_session(&path, &s).unwrap();
    save_session(&path, &s).unwrap();
    assert_eq!(fs::read(&kept).unwrap(), original);
    assert_eq!(load_session(&path).unwrap(), s);
}

fn v1_session(actions: &str, review: &str) -> String {
    format!(
        r#"(
  version: 1,
  case: (code: "MIG-1"),
  kind: Netwerkoverleg,
  phase: DirecteVeiligheid,
  layout: "netwerkoverleg-veiligheidsplan",
  date: "2026-07-06",
  actions: [{actions}],
  review: [{review}],
)"#
    )
}

#[test]
fn an_agreement_done_for_its_period_but_dated_later_runs_on() {
    let text = v1_session(
        r#"(id: 1, what: "Spreekt Milan wekelijks alleen", due: Some("2026-08-03")),
           (id: 2, what: "Meldt zich aan", due: Some("2026-07-01")),
           (id: 3, what: "Belt de school", due: Some("2026-08-01"))"#,
        r#"(target: Action(1), text: "Spreekt Milan wekelijks alleen", status: Some(Done)),
           (target: Action(2), text: "Meldt zich aan", status: Some(Done)),
           (target: Action(3), text: "Belt de school", status: Some(Late))"#,
    );
    let s = parse_session(&text, Path::new("m.ron")).unwrap();
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    // Done, dated after its own meeting: it ran on. Standing, date kept.
    assert!(s.actions[0].is_standing());
    assert_eq!(s.actions[0].earlier_due, d("2026-08-03"));
    assert_eq!(s.review[0].status, Some(ReviewStatus::GoingWell));
    assert!(s.review[0].standing);
    // Done by its date: a done one-off, which ends.
    assert_eq!(
        s.actions[1].term,
        Term::Once {
            due: d("2026-07-01")
        }
    );
    assert_eq!(s.review[1].status, Some(ReviewStatus::Done));
    // Late stays late and runs on.
    assert_eq!(
        s.actions[2].term,
        Term::Once {
            due: d("2026-08-01")
        }
    );
    assert_eq!(s.review[2].status, Some(ReviewStatus::Late));
    let live: Vec<u64> = top3::timeline::live_actions(&s).map(|a| a.id.0).collect();
    assert_eq!(live, [1, 3]);
}

#[test]
fn a_condition_that_lost_its_situation_at_a_phase_change_keeps_its_plan() {
    let text = r#"(
  version: 1,
  case: (code: "MIG-2"),
  kind: Casusoverleg,
  phase: StabieleVeiligheid,
  layout: "hulpverleningsplan",
  date: "2026-07-06",
  conditions: [(id: 4, text: "Overdracht bij oma"), (id: 5, text: "Nieuw")],
  previous_plan: Some((phase: DirecteVeiligheid, date: "2026-06-01",
    top3: ["Ruzie"], conditions: ["Overdracht bij oma"], open_actions: [])),
)"#;
    let s = parse_session(text, Path::new("m.ron")).unwrap();
    assert_eq!(
        s.conditions[0].origin.as_ref().map(|o| o.phase),
        Some(Phase::DirecteVeiligheid)
    );
    assert_eq!(s.conditions[1].origin, None, "set in this phase");
}

#[test]
fn a_newer_or_unknown_version_is_refused_with_the_position() {
    let text = fs::read_to_string(&v1_files()[0]).unwrap();
    let newer = text.replacen("version: 1,", "version: 3,", 1);
    let e = parse_session(&newer, Path::new("n.ron")).unwrap_err();
    assert!(e.message().contains("nieuwere top3"), "{}", e.message());
    let line = text.lines().position(|l| l.contains("version:")).unwrap() + 1;
    assert_eq!(e.position.map(|p| p.0), Some(line));
    let zero = text.replacen("version: 1,", "version: 0,", 1);
    assert!(parse_session(&zero, Path::new("z.ron")).is_err());
    let none = text.replacen("version: 1,", "", 1);
    let e = parse_session(&none, Path::new("x.ron")).unwrap_err();
    assert!(
        e.message().contains("'version' ontbreekt"),
        "{}",
        e.message()
    );
}

#[test]
fn a_version_inside_a_comment_or_a_string_is_not_the_files_version() {
    let text = fs::read_to_string(&v1_files()[0])
        .unwrap()
        .replacen("(\n", "// version: 9,\n/* version: 8 */ (\n", 1)
        .replacen("chair: \"", "chair: \"version: 7, ", 1);
    let s = parse_session(&text, Path::new("c.ron")).unwrap();
    assert!(s.chair.starts_with("version: 7, "));
}

#[test]
fn the_comment_lines_at_the_top_of_a_file_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    fs::copy(&v1_files()[3], &path).unwrap();
    let header: Vec<String> = fs::read_to_string(&path)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("//"))
        .map(str::to_string)
        .collect();
    assert!(!header.is_empty(), "the shipped files start with a comment");
    let mut s = load_session(&path).unwrap();
    for _ in 0..3 {
        s.chair.push('x');
        save_session(&path, &s).unwrap();
    }
    let text = fs::read_to_string(&path).unwrap();
    let now: Vec<&str> = text.lines().take(header.len()).collect();
    assert_eq!(now, header);
    assert_eq!(load_session(&path).unwrap(), s);
    // A file without a header gets none.
    let plain = dir.path().join("p.ron");
    save_session(&plain, &s).unwrap();
    save_session(&plain, &s).unwrap();
    assert!(fs::read_to_string(&plain).unwrap().starts_with('('));
}
