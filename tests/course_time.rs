//! Time that moves (issue 16, item 4) and practice cases as data (item 8):
//! scripted events land in the next meeting, `train --next` walks the
//! script, `--today` is one setting for every screen, and `top3 check`
//! validates a practice case's script and teaching notes.
use crate::common;
use common::train_cmd as top3;

use common::*;
use proptest::prelude::*;
use std::fs;
use std::path::Path;
use top3::model::{ReviewStatus, Session};
use top3::store::{load_session, parse_session};
use top3::timeline::next_session;
use top3::training::practice_cases;
use top3::training::script::{Event, Step, apply, parse_script, shipped_script};

fn newest(code: &str) -> Session {
    let case = practice_cases().iter().find(|c| c.code == code).unwrap();
    let (name, text) = case.files.last().unwrap();
    parse_session(text, Path::new(name)).unwrap()
}

fn d(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn event(prev: &Session) -> impl Strategy<Value = Event> + use<> {
    let names: Vec<String> = prev.participants.iter().map(|p| p.name.clone()).collect();
    let items: Vec<String> = prev
        .conditions
        .iter()
        .map(|c| c.text.clone())
        .chain(prev.actions.iter().map(|a| a.what.clone()))
        .filter(|t| !t.trim().is_empty())
        .collect();
    let text = "[A-Za-z][a-z ]{3,30}";
    let status = prop::sample::select(vec![
        ReviewStatus::Kept,
        ReviewStatus::Broken,
        ReviewStatus::Done,
        ReviewStatus::NotDone,
    ]);
    prop_oneof![
        (text, "[a-z]{0,8}").prop_map(|(what, by)| Event::Fact {
            what,
            when: None,
            reported_by: by,
            source: String::new(),
        }),
        text.prop_map(|what| Event::PoliceReport {
            what,
            when: Some(d("2026-12-01")),
            source: "politiemelding".into(),
        }),
        (prop::sample::select(names), text).prop_map(|(who, what)| Event::Missed {
            who,
            what,
            when: None,
        }),
        // A part of a carried item's text, or a text that matches nothing
        // (the group changed the item).
        (
            prop::sample::select(items),
            0usize..10,
            status.clone(),
            text
        )
            .prop_map(|(item, cut, status, note)| {
                let words: Vec<&str> = item.split_whitespace().collect();
                let n = words.len().min(3 + cut % 3);
                Event::Review {
                    item: words[..n].join(" "),
                    status,
                    note,
                }
            }),
        (text, status, text).prop_map(|(item, status, note)| Event::Review {
            item: format!("zq {item}"),
            status,
            note,
        }),
    ]
}

/// Every shipped case with a script (c-data: not a list by hand, so a
/// case that gains a script is covered).
fn scripted_cases() -> Vec<&'static str> {
    practice_cases()
        .iter()
        .filter(|c| shipped_script(&c.code).is_some())
        .map(|c| c.code.as_str())
        .collect()
}

#[test]
fn the_risk_led_and_the_recovery_led_case_have_scripts() {
    let cases = scripted_cases();
    for code in [
        "OEF-2026-01",
        "OEF-2026-02",
        "OEF-2026-03",
        "OEF-2026-04",
        "OEF-2026-05",
    ] {
        assert!(cases.contains(&code), "{code} ships a script");
    }
    for code in ["OEF-2026-03", "OEF-2026-04"] {
        let script = parse_script(shipped_script(code).unwrap(), Path::new("script.ron")).unwrap();
        assert!(
            script.after.len() >= 2,
            "{code}: at least two scripted dates"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Every scripted event lands in the next meeting: a fact, a police
    /// report or a missed meeting as a fact; a review outcome on its item
    /// in the review, or (when the item is gone) as a fact.
    #[test]
    fn a_scripted_event_always_lands_in_the_next_meeting(
        (code, events) in prop::sample::select(scripted_cases())
            .prop_flat_map(|code| (Just(code), prop::collection::vec(event(&newest(code)), 0..8)))
    ) {
        let prev = newest(code);
        let step = Step { date: prev.date + chrono::Days::new(21), events: events.clone() };
        let mut next = next_session(&prev, prev.kind, prev.phase, &prev.layout, step.date);
        let before = next.facts.len();
        let unmatched = apply(&mut next, &step);
        // Nothing of the meeting before is lost.
        prop_assert!(prev.facts.iter().all(|f| next.facts.iter().any(|g| g.id == f.id && g.what == f.what)));
        let new_facts: Vec<&str> = next.facts[before..].iter().map(|f| f.what.as_str()).collect();
        for e in &events {
            match e {
                Event::Fact { what, .. } | Event::PoliceReport { what, .. } | Event::Missed { what, .. } => {
                    prop_assert!(new_facts.contains(&what.as_str()), "{what} not in {new_facts:?}");
                }
                Event::Review { item, status, note } => {
                    let in_review = next.review.iter().any(|r| {
                        r.text.to_lowercase().contains(&item.to_lowercase())
                            && r.status.is_some()
                    });
                    let as_fact = unmatched.contains(item)
                        && new_facts.iter().any(|f| f.contains(item.trim()) && f.contains(note.trim()));
                    prop_assert!(in_review || as_fact, "{item} ({status:?}) landed nowhere");
                    prop_assert!(!(in_review && unmatched.contains(item)) || as_fact);
                }
            }
            if let Event::Missed { who, .. } = e {
                let p = next.participants.iter().find(|p| &p.name == who).unwrap();
                prop_assert_eq!(p.attendance, top3::model::Attendance::Absent);
            }
        }
        // Ids stay unique in the case.
        let mut ids: Vec<u64> = next.facts.iter().map(|f| f.id.0).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), next.facts.len());
    }
}

#[test]
fn every_shipped_script_reads_and_its_first_step_finds_its_items() {
    for case in practice_cases() {
        let Some(text) = shipped_script(&case.code) else {
            continue;
        };
        let script = parse_script(text, Path::new("script.ron")).unwrap();
        assert!(!script.after.is_empty(), "{}", case.code);
        // c-data: walk every step, each from the meeting the one before
        // made, as `train --next` does when the group changes nothing: every
        // review event finds its item, and every scripted date comes later.
        let mut prev = newest(&case.code);
        for step in &script.after {
            assert!(step.date > prev.date, "{} {}", case.code, step.date);
            let mut next = next_session(&prev, prev.kind, prev.phase, &prev.layout, step.date);
            assert_eq!(
                apply(&mut next, step),
                Vec::<String>::new(),
                "{} {}",
                case.code,
                step.date
            );
            prev = next;
        }
    }
}

#[test]
fn train_next_walks_the_script_and_then_says_there_is_no_more() {
    let tmp = tempfile::tempdir().unwrap();
    let o = top3(&["train", "--case", "OEF-2026-02", "--next"], tmp.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("Volgend overleg op 08-12-2026 geschreven"),
        "{out}"
    );
    let dir = tmp.path().join("top3-training").join("OEF-2026-02");
    let s = load_session(&dir.join("2026-12-08-training.ron")).unwrap();
    assert_eq!(s.review_of, Some(d("2026-11-17")));
    assert!(
        s.facts
            .iter()
            .any(|f| f.what.starts_with("Melding van Naima") && f.source == "politiemelding")
    );
    let broken = s
        .review
        .iter()
        .find(|r| r.text.starts_with("Rick komt niet bij het huis"))
        .unwrap();
    assert_eq!(broken.status, Some(ReviewStatus::Broken));
    let rick = s.participants.iter().find(|p| p.name == "Rick").unwrap();
    assert_eq!(rick.attendance, top3::model::Attendance::Absent);

    let o = top3(&["train", "--case", "OEF-2026-02", "--next"], tmp.path());
    assert!(o.status.success());
    let s2 = load_session(&dir.join("2026-12-29-training.ron")).unwrap();
    assert!(
        s2.facts
            .iter()
            .any(|f| f.what.starts_with("Drie weken later"))
    );
    // The first meeting's events are still there, as earlier facts.
    assert!(
        s2.facts
            .iter()
            .any(|f| f.what.starts_with("Melding van Naima"))
    );

    let o = top3(&["train", "--case", "OEF-2026-02", "--next"], tmp.path());
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("geen overleg meer"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // A reset starts the course again.
    let o = top3(&["train", "--case", "OEF-2026-02", "--reset"], tmp.path());
    assert!(o.status.success());
    assert!(!dir.join("2026-12-08-training.ron").exists());
}

#[test]
fn today_is_one_global_setting_and_refuses_an_impossible_date() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        vec!["--today", "31-02-2026"],
        vec!["--today", "31-02-2026", "history", "training/OEF-2026-02"],
        vec![
            "--today",
            "2026-02-31",
            "new",
            "--case",
            "X-1",
            "--layout",
            "training",
            "--no-open",
        ],
    ] {
        let mut a = args.clone();
        let dir = tmp.path().display().to_string();
        a.extend(["--dir", &dir]);
        let o = top3(&a, tmp.path());
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("is geen datum"), "{args:?}: {err}");
    }
    // `new` without --date takes --today as its date.
    let dir = tmp.path().join("sessions");
    let o = top3(
        &[
            "--today",
            "2027-03-04",
            "new",
            "--case",
            "OEF-X-1",
            "--layout",
            "casusoverleg",
            "--no-open",
            "--dir",
            dir.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let made: Vec<_> = fs::read_dir(dir.join("OEF-X-1"))
        .unwrap()
        .flatten()
        .collect();
    assert!(
        made.iter()
            .any(|e| e.file_name().to_string_lossy().starts_with("2027-03-04")),
        "{made:?}"
    );
}

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap();
}

#[test]
fn check_validates_a_practice_case_folder_with_file_line_col() {
    let tmp = tempfile::tempdir().unwrap();
    let case = tmp.path().join("OEF-TEST");
    fs::create_dir(&case).unwrap();
    let session =
        fs::read_to_string(repo().join("training/OEF-2026-02/2026-11-17-training.ron")).unwrap();
    write(&case, "2026-11-17-training.ron", &session);
    let good = fs::read_to_string(repo().join("training/OEF-2026-02/script.ron")).unwrap();
    write(&case, "script.ron", &good);
    let o = top3(&["check", case.to_str().unwrap()], tmp.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));

    let rows: Vec<(&str, &str)> = vec![
        (
            "(after: [(date: \"2026-11-01\", events: [])])",
            "komt niet na 17-11-2026",
        ),
        (
            "(after: [(date: \"2026-02-31\", events: [])])",
            "script.ron:1:",
        ),
        (
            "(after: [(date: \"2026-12-01\", events: [Fact(what: \" \")])])",
            "zonder tekst",
        ),
        (
            "(after: [(date: \"2026-12-01\", events: [Review(item: \"zq niets\", status: Kept)])])",
            "niet in de terugblik",
        ),
        (
            "(after: [(date: \"2026-12-01\", events: [Missed(who: \"Zq\", what: \"kwam niet\")])])",
            "geen deelnemer",
        ),
        (
            "(after: [(date: \"2026-12-01\", events: [Holiday(what: \"x\")])])",
            "script.ron:1:",
        ),
    ];
    for (text, want) in rows {
        write(&case, "script.ron", text);
        let o = top3(&["check", case.to_str().unwrap()], tmp.path());
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(1), "{text}: {out}");
        assert!(out.contains(want), "{text}: {out}");
        assert!(out.contains("script.ron:1:"), "{text}: {out}");
    }
    write(&case, "script.ron", &good);

    // A teaching note names a number that is not on screen.
    let bad = session.replacen(
        "text: \"Let op: dit is stalking.",
        "text: \"Voorwaarde 25: let op, dit is stalking.",
        1,
    );
    assert_ne!(bad, session);
    write(&case, "2026-11-17-training.ron", &bad);
    let o = top3(&["check", case.to_str().unwrap()], tmp.path());
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("noemt 'voorwaarde 25', maar er zijn er 3 op het scherm"),
        "{out}"
    );
    assert!(out.contains("2026-11-17-training.ron:"), "{out}");
}

/// With `--lang en`, `top3 train` opens the English practice case, and the
/// check that teaches finds its English mistakes.
#[test]
fn in_english_the_practice_case_and_its_notes_are_english() {
    let tmp = tempfile::tempdir().unwrap();
    let o = top3(&["--lang", "en", "train"], tmp.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("OEF-2026-05"), "{out}");
    let s = newest("OEF-2026-05");
    assert!(
        s.notes
            .iter()
            .filter(|n| n.private)
            .all(|n| !n.text.contains(" de ") && !n.text.contains(" het "))
    );
    let kinds: Vec<String> = top3::plan::prompts(&s, &top3::model::OpinionWords::default())
        .iter()
        .map(|p| {
            format!("{p:?}")
                .split([' ', '{'])
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    for want in [
        "OpinionInFact",
        "ScoreWithoutReason",
        "ChildInNoSituation",
        "SafetyOnVictim",
    ] {
        assert!(kinds.iter().any(|k| k == want), "{want} in {kinds:?}");
    }
    // In Dutch the first case stays the default.
    let o = top3(&["train"], tmp.path());
    assert!(String::from_utf8_lossy(&o.stdout).contains("OEF-2026-01"));
}

/// `--today` moves the start screen's time too (here its text form, in a
/// pipe): the escalation shows once the scripted time passes its deadline.
#[test]
fn today_moves_the_start_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = tmp.path().join("s").join("OEF-2026-02");
    fs::create_dir_all(&sessions).unwrap();
    fs::copy(
        repo().join("training/OEF-2026-02/2026-11-17-training.ron"),
        sessions.join("2026-11-17-training.ron"),
    )
    .unwrap();
    let dir = tmp.path().join("s");
    let run = |today: &str| {
        let o = top3(
            &["--today", today, "--dir", dir.to_str().unwrap()],
            tmp.path(),
        );
        assert!(o.status.success());
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert!(!run("2026-12-01").contains("MDA++ expertoverleg"));
    assert!(run("2027-03-01").contains("de termijn liep af op 17-02-2027"));
}

/// Every shipped practice session (the new ones too) loads and round-trips
/// unchanged through the session format.
#[test]
fn every_practice_session_round_trips() {
    for case in practice_cases() {
        for (name, text) in &case.files {
            let s = parse_session(text, Path::new(name)).unwrap();
            let again = top3::store::session_to_ron(&s);
            assert_eq!(parse_session(&again, Path::new(name)).unwrap(), s, "{name}");
        }
    }
}

/// A practice case's `script.ron` is never read as a meeting: `history` and
/// the start screen's overview skip it without a complaint.
#[test]
fn a_script_is_no_meeting() {
    let tmp = tempfile::tempdir().unwrap();
    let case = repo().join("training/OEF-2026-02");
    assert!(case.join("script.ron").is_file());
    let o = top3(&["history", case.to_str().unwrap()], tmp.path());
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).trim().is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let training = repo().join("training");
    let o = top3(&["--dir", training.to_str().unwrap()], tmp.path());
    assert!(!String::from_utf8_lossy(&o.stdout).contains("script.ron"));
}

/// A carried agreement's review line says who carries it, as the agreements
/// step does ("Joke: Vangt de overdracht …"), at 80 and at 200 columns.
#[test]
fn the_review_line_of_an_agreement_names_who_carries_it() {
    use top3::app::{App, KeyMap, Meeting, Screen};
    use top3::layout::{LayoutSet, StepKind};
    let prev = newest("OEF-2026-02");
    let mut next = next_session(&prev, prev.kind, prev.phase, &prev.layout, d("2026-12-08"));
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&next.layout).unwrap().clone();
    next.step = layout
        .steps
        .iter()
        .position(|s| s.kind == StepKind::Review)
        .unwrap();
    let app = drawn(App::new(
        Screen::Meeting(Box::new(Meeting::new(next, layout, None))),
        KeyMap::default(),
        layouts,
    ));
    for (w, h) in [(80, 24), (200, 60)] {
        let rows = screen(&app, w, h).join("\n");
        assert!(rows.contains("Joke: Vangt de overdracht"), "{rows}");
    }
}
