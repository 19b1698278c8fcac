//! One threshold (issue 11): the setting from `config.ron` is written into
//! each new session, its scale questions take it, and an existing session's
//! plan never changes when the setting changes later.

use crate::common;

use chrono::NaiveDate;
use common::bin;
use proptest::prelude::*;
use std::path::Path;
use std::process::Command;
use top3::effects::create_session;
use top3::history::Rules;
use top3::layout::LayoutSet;
use top3::model::*;

fn rules(t: u8) -> Rules {
    Rules {
        threshold: Score::new(t).unwrap(),
        ..Rules::default()
    }
}

/// A new session created under threshold `t`, with three scores saved.
fn scored_session(dir: &Path, layout: &str, t: u8) -> std::path::PathBuf {
    let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let created = create_session(
        dir,
        &LayoutSet::builtin(),
        Some(layout),
        "THR-1",
        date,
        &rules(t),
        None,
    )
    .unwrap();
    let mut s = created.session;
    for (i, v) in [4u8, 6, 8].iter().enumerate() {
        let id = s.alloc_id();
        s.participants
            .push(Participant::new(id, format!("Fictief {i}")));
        s.scale_mut("veiligheid", "Hoe veilig?")
            .answer_mut(id)
            .score = Some(Score::new(*v).unwrap());
    }
    top3::store::save_session(&created.path, &s).unwrap();
    created.path
}

/// The plan as `top3 export` writes it under a config with threshold `t`.
fn export_under(dir: &Path, file: &Path, t: u8) -> String {
    let config = dir.join(format!("config-{t}.ron"));
    std::fs::write(&config, format!("(rules: (threshold: {t}))")).unwrap();
    let out_path = dir.join(format!("plan-{t}.md"));
    let out = Command::new(bin())
        .args(["export", file.to_str().unwrap(), "--format", "md", "-o"])
        .arg(&out_path)
        .env("TOP3_CONFIG", &config)
        .env_remove("TOP3_LANG")
        .env_remove("TOP3_DIR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(out_path).unwrap()
}

#[test]
fn a_new_session_takes_the_threshold_of_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let path = scored_session(dir.path(), "casusoverleg", 7);
    let s = top3::store::load_session(&path).unwrap();
    assert_eq!(s.threshold, Some(Score::new(7).unwrap()));
    assert_eq!(s.scale("veiligheid").unwrap().threshold.value(), 7);
    let plan = export_under(dir.path(), &path, 7);
    assert!(plan.contains("minimaal een 7"), "{plan}");
    assert!(!plan.contains("minimaal een 6"), "{plan}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]
    #[test]
    fn changing_the_setting_never_changes_an_existing_plan(created in 1u8..=10, later in 1u8..=10) {
        let dir = tempfile::tempdir().unwrap();
        let path = scored_session(dir.path(), "casusoverleg", created);
        let before = export_under(dir.path(), &path, created);
        let after = export_under(dir.path(), &path, later);
        prop_assert_eq!(&before, &after);
        let minimum = format!("minimaal een {created}");
        prop_assert!(before.contains(&minimum));
    }
}

#[test]
fn an_expertoverleg_keeps_the_phase_and_the_top3_of_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let layouts = LayoutSet::builtin();
    let r = Rules::default();
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    // A case in stabiele veiligheid with one situation in its TOP 3.
    let first = create_session(
        dir.path(),
        &layouts,
        Some("hulpverleningsplan"),
        "EXP-1",
        d("2026-01-05"),
        &r,
        None,
    )
    .unwrap();
    let mut s = first.session;
    let id = s.alloc_id();
    s.top3
        .push(Situation {
            id,
            text: "Ruzie bij de overdracht (fictief)".into(),
            facts: vec![],
        })
        .unwrap();
    top3::store::save_session(&first.path, &s).unwrap();
    for layout in ["expertoverleg", "casusoverleg"] {
        let next = create_session(
            dir.path(),
            &layouts,
            Some(layout),
            "EXP-1",
            d("2026-02-05"),
            &r,
            None,
        )
        .unwrap();
        assert_eq!(next.session.phase, Phase::StabieleVeiligheid, "{layout}");
        assert_eq!(next.session.top3.len(), 1, "{layout}");
        std::fs::remove_file(next.path).unwrap();
    }
    // A layout of another phase still moves the case.
    let next = create_session(
        dir.path(),
        &layouts,
        Some("herstelplan"),
        "EXP-1",
        d("2026-02-05"),
        &r,
        None,
    )
    .unwrap();
    assert_eq!(next.session.phase, Phase::Herstel);
    // A first meeting with the expertoverleg starts in directe veiligheid.
    let other = create_session(
        dir.path(),
        &layouts,
        Some("expertoverleg"),
        "EXP-2",
        d("2026-02-05"),
        &r,
        None,
    )
    .unwrap();
    assert_eq!(other.session.phase, Phase::DirecteVeiligheid);
}
