//! The check that teaches (issue 16, item 5): the plan check's findings
//! with the method's reason and a DOMAIN.md reference, and the prompts for
//! the group, which never keep a plan from being firm.

use crate::casegen;
use crate::common;

use casegen::*;
use common::{cmd, key, meeting_app, screen};
use crossterm::event::KeyCode;
use top3::app::Command;
use top3::layout::StepKind;
use top3::model::*;
use top3::plan::{Prompt, check, is_firm, lessons, prompts};

/// A second meeting of a generated case, firm and without prompts, with a
/// named mother and father and a son in the household.
fn meeting() -> Session {
    let plans = [
        plan("2026-01-05", Phase::DirecteVeiligheid, &[6, 6, 6, 6]),
        plan("2026-02-04", Phase::DirecteVeiligheid, &[6, 6, 6, 6]),
    ];
    let mut s = sessions("GEN-TEACH", &plans).pop().unwrap();
    let sit = s.top3.items()[0].id;
    for c in &mut s.conditions {
        c.situation = Some(sit);
    }
    for a in &mut s.actions {
        a.how_checked = "coördinator belt".into();
        a.monitored_by = "coördinator".into();
        a.if_broken = "coördinator meldt het bij Veilig Thuis".into();
    }
    for r in &mut s.review {
        if r.status.is_some_and(ReviewStatus::ends) {
            r.note = "gedaan op tijd".into();
        }
    }
    s.next_meeting = Some(d("2026-03-06"));
    for scale in &mut s.scales {
        for a in &mut scale.answers {
            a.why_not_lower = "de afspraken worden nagekomen".into();
        }
    }
    // Fictional names: Fenna (mother), Bas (father), Joep (son, 7).
    s.participants[0].name = "Fenna".into();
    s.participants[1].name = "Bas".into();
    s.top3.get_mut(0).unwrap().text = "Bas schreeuwt bij de overdracht van Joep (fictief)".into();
    s.case.household = "moeder Fenna, vader Bas, zoon Joep (7)".into();
    s.case.minor_children = true;
    s
}

fn kind(p: &Prompt) -> &'static str {
    match p {
        Prompt::ScoreWithoutReason { .. } => "ScoreWithoutReason",
        Prompt::SafetyOnVictim { .. } => "SafetyOnVictim",
        Prompt::MediationWithCoercion { .. } => "MediationWithCoercion",
        Prompt::OpinionInFact { .. } => "OpinionInFact",
        Prompt::ChildInNoSituation { .. } => "ChildInNoSituation",
    }
}

fn add_action(s: &mut Session, who: &str, what: &str) {
    let id = s.alloc_id();
    s.actions.push(Action {
        id,
        who: who.into(),
        what: what.into(),
        term: Term::Once {
            due: Some(d("2026-02-20")),
        },
        how_checked: "coördinator belt".into(),
        monitored_by: "coördinator".into(),
        if_broken: "coördinator meldt het bij Veilig Thuis".into(),
        ..Action::default()
    });
}

fn add_fact(s: &mut Session, what: &str) {
    let id = s.alloc_id();
    s.facts.push(Fact::new(id, FactKind::Actuele, what));
}

#[test]
fn the_base_meeting_is_firm_and_asks_nothing() {
    let s = meeting();
    assert_eq!(check(&s), vec![]);
    assert_eq!(prompts(&s, &OpinionWords::default()), vec![]);
}

#[test]
fn each_prompt_fires_on_what_it_must_and_never_blocks() {
    type Change = fn(&mut Session);
    let rows: Vec<(&str, Change, Vec<&str>)> = vec![
        (
            "a score without a reason",
            |s| {
                let a = &mut s.scales[0].answers[0];
                a.why_not_lower.clear();
                a.why_not_higher.clear();
            },
            vec!["ScoreWithoutReason"],
        ),
        (
            "a score with only why-not-higher is a reason",
            |s| {
                let a = &mut s.scales[0].answers[0];
                a.why_not_lower.clear();
                a.why_not_higher = "nog geen maand rustig".into();
            },
            vec![],
        ),
        (
            "the victim as who of a protective agreement",
            |s| add_action(s, "Fenna", "Fenna doet niet meer open als Bas aanbelt"),
            vec!["SafetyOnVictim"],
        ),
        (
            "the one the situation is about may be asked to hold back",
            |s| add_action(s, "Bas", "Bas blijft thuis op de avonden van de overdracht"),
            vec![],
        ),
        (
            "the victim with an agreement that does not restrict her",
            |s| add_action(s, "Fenna", "Fenna belt de coördinator na elke overdracht"),
            vec![],
        ),
        (
            "mediation with stalking",
            |s| {
                s.case.violence = Some(ViolenceKind::Stalking);
                add_action(s, "Fenna en Bas", "samen naar een mediator");
            },
            vec!["MediationWithCoercion"],
        ),
        (
            "system therapy in a condition with intiem terrorisme",
            |s| {
                s.case.violence = Some(ViolenceKind::IntiemTerrorisme);
                s.conditions[0].text = "Fenna en Bas starten systeemtherapie".into();
            },
            vec!["MediationWithCoercion"],
        ),
        (
            "mediation with situational violence is no prompt",
            |s| {
                s.case.violence = Some(ViolenceKind::SituationeelGeweld);
                add_action(s, "Fenna en Bas", "samen naar een mediator");
            },
            vec![],
        ),
        (
            "an opinion in a fact",
            |s| add_fact(s, "Bas is gewoon een gevaarlijke man"),
            vec!["OpinionInFact"],
        ),
        (
            "an opinion word inside someone's quoted words is a fact",
            |s| add_fact(s, "Bas roept \"jij doet altijd moeilijk\" bij de deur"),
            vec![],
        ),
        (
            "a child in no situation, condition or agreement",
            |s| s.top3.get_mut(0).unwrap().text = "Bas schreeuwt bij de overdracht".into(),
            vec!["ChildInNoSituation"],
        ),
        (
            "a child named in an agreement only",
            |s| {
                s.top3.get_mut(0).unwrap().text = "Bas schreeuwt bij de overdracht".into();
                add_action(s, "school", "de mentor spreekt Joep elke week");
            },
            vec![],
        ),
        (
            "no minor children: no child prompt",
            |s| {
                s.top3.get_mut(0).unwrap().text = "Bas schreeuwt bij de overdracht".into();
                s.case.minor_children = false;
            },
            vec![],
        ),
    ];
    for (name, change, want) in rows {
        let mut s = meeting();
        change(&mut s);
        let got: Vec<&str> = prompts(&s, &OpinionWords::default())
            .iter()
            .map(kind)
            .collect();
        assert_eq!(got, want, "{name}");
        // Prompts never keep the plan from being firm.
        assert!(is_firm(&s), "{name}: {:?}", check(&s));
    }
}

#[test]
fn the_opinion_words_are_a_setting_per_language() {
    let mut s = meeting();
    add_fact(&mut s, "Bas is typically a dangerous man");
    let shipped = OpinionWords::default();
    assert_eq!(prompts(&s, &shipped).len(), 1);
    let none = OpinionWords {
        nl: vec![],
        en: vec![],
    };
    assert_eq!(prompts(&s, &none), vec![]);
    let own = OpinionWords {
        nl: vec!["eng".into()],
        en: vec![],
    };
    add_fact(&mut s, "Bas is eng");
    assert_eq!(prompts(&s, &own).len(), 1);
}

#[test]
fn every_lesson_has_a_reason_and_a_domain_reference() {
    let mut s = meeting();
    s.actions[0].who = "iedereen".into();
    s.actions[0].how_checked.clear();
    s.next_meeting = None;
    s.case.violence = Some(ViolenceKind::Stalking);
    add_action(
        &mut s,
        "Fenna",
        "Fenna doet niet meer open; samen naar een mediator",
    );
    add_fact(&mut s, "Bas is gewoon een gevaarlijke man");
    let all = lessons(&s, &[], &VagueWords::default(), &OpinionWords::default());
    assert!(all.iter().any(|l| !l.prompt), "{all:?}");
    assert!(all.iter().filter(|l| l.prompt).count() >= 3, "{all:?}");
    for l in &all {
        assert!(!l.reason.trim().is_empty(), "{l:?}");
        assert!(l.reference.starts_with("DOMAIN.md §"), "{l:?}");
    }
    // The findings are the plan check's, the same rules in the same order.
    let findings: Vec<String> = check(&s).iter().map(|f| f.message()).collect();
    let taught: Vec<String> = all
        .iter()
        .filter(|l| !l.prompt)
        .map(|l| l.message.clone())
        .collect();
    assert_eq!(taught, findings);
}

fn summary_app() -> top3::app::App {
    let app = meeting_app(0);
    let i = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == StepKind::Summary)
        .unwrap();
    let mut app = meeting_app(i);
    cmd(&mut app, Command::View);
    let m = app.meeting_mut().unwrap();
    m.session.next_meeting = None;
    m.session.case.violence = Some(ViolenceKind::Stalking);
    let id = m.session.alloc_id();
    m.session.actions.push(Action {
        id,
        who: "Mirjam".into(),
        what: "Mirjam doet niet meer open".into(),
        ..Action::default()
    });
    app
}

#[test]
fn in_training_the_reasons_show_with_their_reference() {
    let mut app = summary_app();
    app.meeting_mut().unwrap().session.kind = MeetingKind::Training;
    let rows = screen(&app, 200, 60).join("\n");
    assert!(rows.contains("Waarom: "), "{rows}");
    assert!(rows.contains("(DOMAIN.md §2.3)"), "{rows}");
    assert!(rows.contains("Vragen voor de groep"), "{rows}");
    assert!(rows.contains("legt de veiligheid bij Mirjam"), "{rows}");
    // At 80x24 the first finding's reason is on the first screen.
    let small = screen(&app, 80, 24).join("\n");
    assert!(small.contains("Waarom: "), "{small}");
    // A trainer may hide them to let the group think first.
    key(&mut app, KeyCode::Char('i'));
    let rows = screen(&app, 200, 60).join("\n");
    assert!(!rows.contains("Waarom: "), "{rows}");
    assert!(rows.contains("Vragen voor de groep"), "{rows}");
}

#[test]
fn in_a_real_meeting_the_reasons_show_on_request() {
    let mut app = summary_app();
    app.meeting_mut().unwrap().session.kind = MeetingKind::Netwerkoverleg;
    let rows = screen(&app, 200, 60).join("\n");
    assert!(!rows.contains("Waarom: "), "{rows}");
    assert!(
        rows.contains("De redenen van de methode: druk i."),
        "{rows}"
    );
    // The prompts show all the same.
    assert!(rows.contains("legt de veiligheid bij Mirjam"), "{rows}");
    // On request: the why key shows them, and hides them again.
    key(&mut app, KeyCode::Char('i'));
    let rows = screen(&app, 200, 60).join("\n");
    assert!(rows.contains("Waarom: "), "{rows}");
    assert!(rows.contains("(DOMAIN.md §2.3)"), "{rows}");
    assert!(
        rows.contains("De redenen van de methode staan nu bij"),
        "{rows}"
    );
    key(&mut app, KeyCode::Char('i'));
    let rows = screen(&app, 200, 60).join("\n");
    assert!(!rows.contains("Waarom: "), "{rows}");
    assert!(
        rows.contains("De redenen van de methode zijn verborgen"),
        "{rows}"
    );
    // The setting shows them from the start.
    app.meeting_mut().unwrap().why = None;
    app.meeting_mut().unwrap().past.explain = true;
    let rows = screen(&app, 200, 60).join("\n");
    assert!(rows.contains("Waarom: "), "{rows}");
    // Never on the wall.
    cmd(&mut app, Command::View);
    let wall = screen(&app, 200, 60).join("\n");
    assert!(
        !wall.contains("Waarom: ") && !wall.contains("Vragen voor de groep"),
        "{wall}"
    );
}
