//! Practice cases are data (issue 16, part 8; c-folder): a trainer's own
//! case in a folder is offered by `top3 train` without code, from
//! `--case PATH` or from the folder of own cases (`TOP3_TRAINING`), checked
//! as `top3 check` checks it before anything is copied, and works as a
//! shipped case does: copy, reset, groups, `--next` with its script, model
//! answer, role cards, take-home.
use crate::common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use top3::store::load_session;
use top3::training::{case_of, find_case, is_example, practice_cases, read_case, training_root};

/// Writes a trainer's own case `code` into `parent`, made from the texts of
/// the shipped case `from` with its code changed: meetings, `model/` and
/// `script.ron`. Returns its folder.
fn write_case(parent: &Path, from: &str, code: &str) -> PathBuf {
    let shipped = find_case(Some(from)).unwrap();
    let dir = parent.join(code);
    fs::create_dir_all(dir.join("model")).unwrap();
    let own = |text: &str| text.replace(from, code);
    for (name, text) in &shipped.files {
        fs::write(dir.join(name), own(text)).unwrap();
    }
    for (name, text) in &shipped.models {
        fs::write(dir.join("model").join(name), own(text)).unwrap();
    }
    if let Some(script) = &shipped.script {
        fs::write(dir.join("script.ron"), own(script)).unwrap();
    }
    dir
}

/// The binary with its training folder in `tmp` and own cases in `own`.
fn top3(args: &[&str], tmp: &Path, own: &Path) -> Output {
    Command::new(bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LAYOUTS")
        .env_remove("TOP3_LANG")
        .env("TOP3_TRAINING", own)
        .env("TMPDIR", tmp)
        .env("TMP", tmp)
        .env("TEMP", tmp)
        .output()
        .unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

struct Setup {
    _tmp: tempfile::TempDir,
    temp: PathBuf,
    own: PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let temp = tmp.path().join("temp");
    let own = tmp.path().join("own");
    fs::create_dir_all(&temp).unwrap();
    fs::create_dir_all(&own).unwrap();
    Setup {
        _tmp: tmp,
        temp,
        own,
    }
}

#[test]
fn an_own_case_is_listed_after_the_shipped_ones_and_marked_as_own() {
    let s = setup();
    write_case(&s.own, "OEF-2026-01", "OEF-2026-11");
    let o = top3(&["train", "--list"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let list = out(&o);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), practice_cases().len() + 1, "{list}");
    for (line, case) in lines.iter().zip(practice_cases()) {
        assert!(line.starts_with(&case.code), "{list}");
        assert!(!line.contains("eigen casus"), "{list}");
    }
    let last = lines.last().unwrap();
    assert!(last.starts_with("OEF-2026-11"), "{list}");
    assert!(last.contains("eigen casus"), "{list}");
    assert!(last.contains(&s.own.join("OEF-2026-11").display().to_string()));
    // Its title is the household of its newest meeting.
    assert!(last.contains("vader Henk (74)"), "{list}");
    assert_eq!(fs::read_dir(&s.temp).unwrap().count(), 0, "--list writes");

    // In English too, marked as own.
    let o = top3(&["--lang", "en", "train", "--list"], &s.temp, &s.own);
    assert!(out(&o).lines().last().unwrap().contains("own case"));

    // A folder that cannot be used is listed with the reason.
    write_case(&s.own, "OEF-2026-02", "OEF-2026-02");
    let o = top3(&["train", "--list"], &s.temp, &s.own);
    let list = out(&o);
    assert_eq!(list.lines().count(), practice_cases().len() + 2, "{list}");
    let clash = list.lines().nth(practice_cases().len()).unwrap();
    assert!(clash.starts_with("OEF-2026-02"), "{list}");
    assert!(clash.contains("niet te gebruiken"), "{list}");
    assert!(clash.contains("meegeleverde"), "{list}");
}

#[test]
fn an_own_case_works_as_a_shipped_one() {
    let s = setup();
    let dir = write_case(&s.own, "OEF-2026-01", "OEF-2026-11");
    let shipped = find_case(Some("OEF-2026-01")).unwrap();
    let copy = s.temp.join("top3-training").join("OEF-2026-11");

    // By its code, from the folder of own cases: checked, then copied.
    let o = top3(&["train", "--case", "oef-2026-11"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let newest = copy.join(shipped.newest_file());
    assert!(
        out(&o).contains(&newest.display().to_string()),
        "{}",
        out(&o)
    );
    for (name, _) in &shipped.files {
        assert_eq!(
            fs::read(copy.join(name)).unwrap(),
            fs::read(dir.join(name)).unwrap(),
            "{name}"
        );
    }
    // Model answers and the script stay in the trainer's folder.
    assert!(!copy.join("model").exists());
    assert!(!copy.join("script.ron").exists());

    // By its folder: the same copy, kept, and the command to start over
    // names the folder as given.
    let path = dir.display().to_string();
    let o = top3(&["train", "--case", &path], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains(&format!("top3 train --case {path} --reset")),
        "{}",
        out(&o)
    );

    // --next with its own script: the next scripted meeting.
    let o = top3(&["train", "--case", &path, "--next"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let made: Vec<PathBuf> = fs::read_dir(&copy)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !dir.join(p.file_name().unwrap()).exists())
        .collect();
    assert_eq!(made.len(), 1, "{made:?}");
    let next = load_session(&made[0]).unwrap();
    assert_eq!(next.case.code.as_str(), "OEF-2026-11");
    assert!(out(&o).contains(&made[0].display().to_string()));

    // The comparison with its own model answer, role cards, take-home.
    let o = top3(&["train", "--case", &path, "--compare"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Modelantwoord"), "{}", out(&o));
    assert!(out(&o).contains("OEF-2026-11"));
    let o = top3(&["train", "--case", &path, "--role-cards"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Rolkaarten · OEF-2026-11"), "{}", out(&o));
    let o = top3(&["train", "--case", &path, "--take-home"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let points = shipped.teaching_points(shipped.newest_file());
    assert!(!points.is_empty());
    for p in &points {
        assert!(out(&o).contains(p.as_str()), "teaching point missing: {p}");
    }

    // Groups, and --reset of the case's copy only.
    let o = top3(&["train", "--case", &path, "--group", "b"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let group_copy = s
        .temp
        .join("top3-training")
        .join("groep-B")
        .join("OEF-2026-11");
    assert!(group_copy.join(shipped.newest_file()).is_file());
    fs::write(&newest, "kapot").unwrap();
    let o = top3(
        &["train", "--case", "OEF-2026-11", "--reset"],
        &s.temp,
        &s.own,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        fs::read(&newest).unwrap(),
        fs::read(dir.join(shipped.newest_file())).unwrap()
    );
    assert!(!made[0].exists(), "--reset starts the course over");
    assert!(group_copy.join(shipped.newest_file()).is_file());

    // The trainer's folder is never written.
    let o = top3(&["check", &path], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(fs::read_dir(&dir).unwrap().count(), shipped.files.len() + 2);
}

#[test]
fn an_own_case_read_in_this_run_has_its_model_and_its_example() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_case(tmp.path(), "OEF-2026-01", "OEF-2026-12");
    let case = read_case(&dir).unwrap();
    assert!(case.is_own());
    assert_eq!(case.code, "OEF-2026-12");
    assert_eq!(case.files.len(), 2);
    assert_eq!(
        case.models.len(),
        case.files.len(),
        "a model answer per meeting"
    );
    assert!(case.script.is_some());
    // find_case by its folder remembers it for the screen it opens.
    let found = find_case(Some(dir.to_str().unwrap())).unwrap();
    assert_eq!(found, case);
    let copy = training_root().join("OEF-2026-12");
    let (of, file) = case_of(&copy.join(case.newest_file())).unwrap();
    assert_eq!(of.code, "OEF-2026-12");
    assert!(of.model_for(&file).is_some(), "the model answer is found");
    // Its older meeting is the example: read only in the training folder.
    assert!(is_example(&copy.join(&case.files[0].0)));
    assert!(!is_example(&copy.join(case.newest_file())));
}

#[test]
fn a_broken_own_case_is_refused_before_anything_is_copied() {
    let s = setup();
    let copies = s.temp.join("top3-training");
    let run = |case: &str| top3(&["train", "--case", case], &s.temp, &s.own);
    let one_sentence = |o: &Output| {
        assert_eq!(o.status.code(), Some(1), "{}", out(o));
        let e = err(o);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(e.starts_with("top3: "), "{e}");
        assert!(!e.contains("panicked"), "{e}");
        e
    };

    // A folder that does not exist.
    let missing = s.own.join("OEF-2026-13");
    let e = one_sentence(&run(missing.to_str().unwrap()));
    assert!(e.contains("bestaat niet"), "{e}");

    // A file, not a folder.
    let file = s.temp.join("2026-11-17-training.ron");
    fs::write(&file, "()").unwrap();
    let e = one_sentence(&run(file.to_str().unwrap()));
    assert!(e.contains("geen map"), "{e}");
    fs::remove_file(&file).unwrap();

    // A folder without meetings.
    let empty = s.temp.join("OEF-2026-14");
    fs::create_dir_all(empty.join("model")).unwrap();
    fs::write(empty.join("notities.ron"), "()").unwrap();
    let e = one_sentence(&run(empty.to_str().unwrap()));
    assert!(e.contains("geen overleg"), "{e}");

    // A folder whose name is no case code.
    let named = s.temp.join("mijn casus");
    fs::create_dir_all(&named).unwrap();
    fs::write(
        named.join("2026-11-17-training.ron"),
        &find_case(Some("OEF-2026-02")).unwrap().files[0].1,
    )
    .unwrap();
    let e = one_sentence(&run(named.to_str().unwrap()));
    assert!(e.contains("geen casuscode"), "{e}");

    // The code of a shipped case.
    let clash = write_case(&s.temp.join("elders"), "OEF-2026-02", "OEF-2026-02");
    let e = one_sentence(&run(clash.to_str().unwrap()));
    assert!(
        e.contains("OEF-2026-02") && e.contains("meegeleverde"),
        "{e}"
    );

    // A broken script: the same file:line:column lines as `top3 check`,
    // then one sentence; nothing copied.
    let broken = write_case(&s.temp, "OEF-2026-02", "OEF-2026-15");
    let script = broken.join("script.ron");
    let text = fs::read_to_string(&script).unwrap();
    fs::write(&script, text.replacen("Missed(", "Gemist(", 1)).unwrap();
    let o = run(broken.to_str().unwrap());
    assert_eq!(o.status.code(), Some(1));
    let check = top3(&["check", broken.to_str().unwrap()], &s.temp, &s.own);
    assert_eq!(check.status.code(), Some(1));
    let lines: Vec<String> = err(&o).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0], out(&check).trim_end());
    assert!(
        lines[0].starts_with(&format!("{}:", script.display())),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("top3: ") && lines[1].contains("niets gekopieerd"));

    // A script date before the meeting, found by the same check.
    fs::write(&script, text.replacen("2026-12-08", "2026-11-01", 1)).unwrap();
    let o = run(broken.to_str().unwrap());
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("01-11-2026"), "{}", err(&o));

    // A copied case whose code was not changed in one of its files.
    let copied = write_case(&s.temp, "OEF-2026-02", "OEF-2026-18");
    let model = copied.join("model").join("2026-11-17-training.ron");
    let text = fs::read_to_string(&model).unwrap();
    fs::write(&model, text.replace("OEF-2026-18", "OEF-2026-02")).unwrap();
    let o = run(copied.to_str().unwrap());
    assert_eq!(o.status.code(), Some(1));
    let first = err(&o).lines().next().unwrap().to_string();
    let line = text
        .lines()
        .position(|l| l.contains("code: \"OEF-2026-18\""))
        .unwrap();
    assert!(
        first.starts_with(&format!("{}:{}:", model.display(), line + 1)),
        "{first}"
    );
    assert!(
        first.ends_with("geef elk overleg en modelantwoord de code OEF-2026-18."),
        "{first}"
    );

    // A model answer for a meeting the case does not have.
    let stray = write_case(&s.temp, "OEF-2026-02", "OEF-2026-17");
    let model = stray.join("model").join("2026-11-17-training.ron");
    let renamed = stray.join("model").join("2026-11-18-training.ron");
    fs::rename(&model, &renamed).unwrap();
    let o = run(stray.to_str().unwrap());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        err(&o).lines().next().unwrap(),
        format!(
            "{}:1:1: dit modelantwoord hoort bij geen overleg: er is geen 2026-11-18-training.ron in de map van de casus.",
            renamed.display()
        )
    );

    // A session that does not read, in the folder of own cases by code.
    let own = write_case(&s.own, "OEF-2026-02", "OEF-2026-16");
    let meeting = own.join(&find_case(Some("OEF-2026-02")).unwrap().files[0].0);
    fs::write(&meeting, "(version: 2, case: (code: 7))").unwrap();
    let o = run("OEF-2026-16");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains(&format!("{}:", meeting.display())),
        "{}",
        err(&o)
    );
    // --list still lists it.
    let o = top3(&["train", "--list"], &s.temp, &s.own);
    assert_eq!(o.status.code(), Some(0));

    assert!(!copies.exists(), "nothing was copied");

    // An unknown code names the own cases among the choices.
    let e = one_sentence(&run("OEF-2099-99"));
    assert!(
        e.contains("OEF-2026-16") && e.contains("OEF-2026-01"),
        "{e}"
    );
}
