//! `top3 export --check --waarom` (issue 16, part 5; c-folder): the check
//! that teaches on the command line. Each finding followed by the method's
//! reason and its DOMAIN.md reference, then the prompts for the group, from
//! the same rules as the summary screen (`top3::plan::lessons`); by default
//! for a training session and with the setting `explain_check`, on request
//! (`--waarom`, `--why`) in a real meeting. Prompts never make the exit 1.
use crate::common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use top3::model::MeetingKind;
use top3::plan::lessons;
use top3::store::{load_session, save_session};

fn top3(args: &[&str], config: &Path) -> Output {
    Command::new(bin())
        .args(args)
        .env_remove("TOP3_LANG")
        .env("TOP3_CONFIG", config)
        .output()
        .unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// OEF-2026-02's practice meeting in a case folder of its own, as a
/// training session or, with `kind`, as a real meeting.
fn case(dir: &Path, kind: MeetingKind) -> PathBuf {
    let mut s = load_session(&repo().join("training/OEF-2026-02/2026-11-17-training.ron")).unwrap();
    s.kind = kind;
    let case = dir.join("OEF-2026-02");
    fs::create_dir_all(&case).unwrap();
    save_session(&case.join("2026-11-17-overleg.ron"), &s).unwrap();
    case
}

/// The lines after the two that say which copy it is.
fn body(o: &Output) -> Vec<String> {
    out(o).lines().skip(2).map(str::to_string).collect()
}

#[test]
fn in_a_real_meeting_the_reasons_come_on_request() {
    let tmp = tempfile::tempdir().unwrap();
    let none = tmp.path().join("geen-instellingen.ron");
    let case = case(tmp.path(), MeetingKind::Netwerkoverleg);
    let c = case.to_str().unwrap();
    let session = load_session(&case.join("2026-11-17-overleg.ron")).unwrap();
    // The settings without a file: the defaults.
    let config = top3::config::Config::default();
    let signals = top3::timeline::Past::with_signals(&[], &session, &config.rules).signals;
    let expected = lessons(
        &session,
        &signals,
        &config.vague_words,
        &config.opinion_words,
    );
    let findings: Vec<_> = expected.iter().filter(|l| !l.prompt).collect();
    let prompts: Vec<_> = expected.iter().filter(|l| l.prompt).collect();
    assert!(findings.len() > 5 && prompts.len() >= 2, "{expected:?}");

    // Without: the findings only, and how to see the reasons.
    let plain = top3(&["export", c, "--check"], &none);
    assert_eq!(plain.status.code(), Some(1));
    let lines = body(&plain);
    assert_eq!(lines.len(), findings.len() + 1, "{lines:#?}");
    for (line, f) in lines.iter().zip(&findings) {
        assert_eq!(line, &f.message);
    }
    assert_eq!(
        lines.last().unwrap(),
        &format!(
            "Met --waarom: bij elk punt de reden van de methode, en de vragen voor de groep ({}).",
            prompts.len()
        )
    );
    assert!(!out(&plain).contains("Waarom:"));

    // With --waarom: each finding and its reason, then the prompts.
    let why = top3(&["export", c, "--check", "--waarom"], &none);
    assert_eq!(why.status.code(), Some(1), "prompts or not, findings stay");
    let lines = body(&why);
    let mut want = Vec::new();
    for f in &findings {
        want.push(f.message.clone());
        want.push(format!("  Waarom: {} ({})", f.reason, f.reference));
    }
    want.push("? Vragen voor de groep (geen blokkade):".to_string());
    for p in &prompts {
        want.push(format!("  ? {}", p.message));
        want.push(format!("    Waarom: {} ({})", p.reason, p.reference));
    }
    assert_eq!(lines, want);
    for l in lines
        .iter()
        .filter(|l| l.trim_start().starts_with("Waarom:"))
    {
        assert!(l.contains("(DOMAIN.md §"), "{l}");
    }
    // The mediator in a stalking case is asked about, with its reason.
    assert!(out(&why).contains("'mediator'"), "{}", out(&why));
    assert!(out(&why).contains("geen systeemtherapie of mediatie"));

    // In English: --why.
    let en = top3(&["--lang", "en", "export", c, "--check", "--why"], &none);
    assert_eq!(en.status.code(), Some(1));
    assert!(out(&en).contains("\n  Why: "), "{}", out(&en));
    assert!(out(&en).contains("? Questions for the group (not a block):"));

    // The setting explain_check asks for them too.
    let settings = tmp.path().join("config.ron");
    fs::write(&settings, "(explain_check: true)").unwrap();
    let set = top3(&["export", c, "--check"], &settings);
    assert_eq!(body(&set), want);

    // --waarom belongs to --check; nothing is written.
    let alone = top3(&["export", c, "--waarom"], &none);
    assert_eq!(alone.status.code(), Some(2));
    assert_eq!(fs::read_dir(&case).unwrap().count(), 1);
}

#[test]
fn in_training_the_reasons_show_by_default() {
    let tmp = tempfile::tempdir().unwrap();
    let none = tmp.path().join("geen-instellingen.ron");
    let case = case(tmp.path(), MeetingKind::Training);
    let c = case.to_str().unwrap();
    let default = top3(&["export", c, "--check"], &none);
    let asked = top3(&["export", c, "--check", "--waarom"], &none);
    assert_eq!(default.status.code(), Some(1));
    assert_eq!(out(&default), out(&asked));
    assert!(out(&default).contains("\n  Waarom: "));
    assert!(out(&default).contains("? Vragen voor de groep"));
    assert!(!out(&default).contains("Met --waarom"));
}

#[test]
fn a_firm_plan_with_a_prompt_stays_firm() {
    let tmp = tempfile::tempdir().unwrap();
    let none = tmp.path().join("geen-instellingen.ron");
    let src = repo().join("sessions/TR-2026-001");
    let case = tmp.path().join("TR-2026-001");
    fs::create_dir_all(&case).unwrap();
    let mut newest = None;
    for e in fs::read_dir(&src).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, case.join(p.file_name().unwrap())).unwrap();
        newest = newest.max(Some(case.join(p.file_name().unwrap())));
    }
    let newest = newest.unwrap();
    let c = case.to_str().unwrap();
    let firm = top3(&["export", c, "--check"], &none);
    assert_eq!(firm.status.code(), Some(0), "{}", out(&firm));
    assert_eq!(
        body(&firm),
        ["Het plan is compleet: het kan worden vastgesteld."]
    );

    // An opinion in a fact: a prompt, not a finding.
    let mut s = load_session(&newest).unwrap();
    s.facts[0].what.push_str(" Hij is gewoon onbetrouwbaar.");
    save_session(&newest, &s).unwrap();
    let hint = top3(&["export", c, "--check"], &none);
    assert_eq!(hint.status.code(), Some(0), "{}", out(&hint));
    assert_eq!(
        body(&hint),
        [
            "Het plan is compleet: het kan worden vastgesteld.",
            "Met --waarom: bij elk punt de reden van de methode, en de vragen voor de groep (1).",
        ]
    );
    let why = top3(&["export", c, "--check", "--waarom"], &none);
    assert_eq!(why.status.code(), Some(0));
    let lines = body(&why);
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert_eq!(lines[1], "? Vragen voor de groep (geen blokkade):");
    assert!(lines[2].starts_with("  ? ") && lines[2].contains("gewoon"));
    assert!(lines[3].starts_with("    Waarom: ") && lines[3].ends_with("(DOMAIN.md §2.1)"));
}
