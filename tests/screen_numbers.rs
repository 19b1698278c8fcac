//! The number a user reads in a message is on screen (c-fix2): the plan
//! check's "Voorwaarde 3" is the "V3" on the conditions step, "Afspraak 8"
//! the "A8" on the agreements step, in screen order; a vague word is named
//! with the item's number and the field that holds it.

use crate::common;

use common::{meeting_app, screen};
use top3::app::App;
use top3::layout::StepKind;
use top3::model::*;
use top3::plan::{Finding, VagueWords, check};

/// The training meeting open on the step of `kind`, its session changed by
/// `edit`.
fn app_on(kind: StepKind, edit: impl FnOnce(&mut Session)) -> App {
    let app = meeting_app(0);
    let i = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == kind)
        .unwrap();
    let mut app = meeting_app(i);
    edit(&mut app.meeting_mut().unwrap().session);
    app
}

/// Two situations; the conditions in the file in another order than on
/// screen: the first in the file belongs to the second situation.
fn shuffled(s: &mut Session) {
    let a = s.alloc_id();
    let b = s.alloc_id();
    let sit = |id, text: &str| Situation {
        id,
        text: text.into(),
        facts: Vec::new(),
    };
    s.top3 = Top3::new(vec![
        sit(a, "Rick wacht Sanne op bij haar werk (fictief)"),
        sit(b, "Rick stuurt tientallen berichten per dag (fictief)"),
    ])
    .unwrap();
    s.conditions.clear();
    for (sit, text, monitor) in [
        (b, "Rick stuurt Sanne geen berichten meer", ""),
        (
            a,
            "Rick komt niet binnen 200 meter van het werk",
            "wijkagent",
        ),
        (a, "Sanne wordt door een collega naar de auto gebracht", ""),
    ] {
        let id = s.alloc_id();
        let mut c = Condition::new(id, Some(sit));
        c.text = text.into();
        c.monitored_by = monitor.into();
        s.conditions.push(c);
    }
}

/// The row of the screen that holds `text`.
fn row_with<'a>(rows: &'a [String], text: &str) -> &'a str {
    rows.iter()
        .find(|r| r.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{}", rows.join("\n")))
}

/// The number after `word` in a message ("Voorwaarde 3 (…" → 3).
fn number_after(message: &str, word: &str) -> usize {
    let rest = &message[message.find(word).expect(message) + word.len()..];
    rest.trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn a_conditions_number_in_a_finding_is_on_its_line_on_screen() {
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    let app = app_on(StepKind::Conditions, shuffled);
    let s = &app.meeting().unwrap().session;
    let findings = check(s);
    let unmonitored: Vec<&Finding> = findings
        .iter()
        .filter(|f| matches!(f, Finding::ConditionUnmonitored { .. }))
        .collect();
    assert_eq!(unmonitored.len(), 2, "{findings:?}");
    for (w, h) in [(80, 24), (200, 60)] {
        let rows = screen(&app, w, h);
        for f in &unmonitored {
            let c = s
                .conditions
                .iter()
                .find(|c| Some(c.id) == f.item())
                .unwrap();
            let n = number_after(&f.message(), "Voorwaarde");
            let line = row_with(&rows, &c.text[..30]);
            assert!(
                line.contains(&format!("V{n} ")),
                "{w}x{h}: V{n} not in {line:?}"
            );
        }
    }
    // Screen order, not file order: the second on screen is Voorwaarde 2,
    // the first in the file (under situation 2) is Voorwaarde 3.
    let msgs: Vec<String> = unmonitored.iter().map(|f| f.message()).collect();
    assert!(msgs[0].starts_with("Voorwaarde 2 (Sanne wordt"), "{msgs:?}");
    assert!(msgs[1].starts_with("Voorwaarde 3 (Rick stuurt"), "{msgs:?}");
    let rows = screen(&app, 200, 60);
    let at = |t: &str| rows.iter().position(|r| r.contains(t)).unwrap();
    assert!(at("V1 Rick komt") < at("V2 Sanne wordt"));
    assert!(at("V2 Sanne wordt") < at("V3 Rick stuurt"));
}

#[test]
fn an_agreements_number_in_a_finding_is_on_its_first_line_on_screen() {
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    for (w, h) in [(80, 24), (200, 60)] {
        let app = app_on(StepKind::Actions, |s| {
            let last = s.actions.len() - 1;
            s.actions[last].monitored_by = "iedereen".into();
            // Only the last one, so it is on screen when scrolled to it.
            s.actions.drain(..last.saturating_sub(1));
        });
        let mut app = app;
        // Select the last agreement, so a small screen scrolls to it.
        for _ in 0..5 {
            common::key(&mut app, crossterm::event::KeyCode::Down);
        }
        let s = &app.meeting().unwrap().session;
        let f = check(s)
            .into_iter()
            .find(|f| matches!(f, Finding::Vague { .. }))
            .expect("a vague finding");
        let n = number_after(&f.message(), "Afspraak");
        assert_eq!(n, s.actions.len());
        let a = s.actions.last().unwrap();
        let rows = screen(&app, w, h);
        let who: String = a.who.chars().take(6).collect();
        let line = rows
            .iter()
            .find(|r| r.contains(&format!("A{n} ")))
            .unwrap_or_else(|| panic!("A{n} not on screen {w}x{h}:\n{}", rows.join("\n")));
        assert!(
            line.contains(&who),
            "{w}x{h}: {line:?} is not the line of {who:?}"
        );
    }
}

fn agreement(s: &mut Session, fields: [&str; 5]) -> usize {
    let id = s.alloc_id();
    s.actions.push(Action {
        id,
        who: fields[0].into(),
        what: fields[1].into(),
        term: Term::Once {
            due: Some(s.date + chrono::Days::new(14)),
        },
        how_checked: fields[2].into(),
        monitored_by: fields[3].into(),
        if_broken: fields[4].into(),
        ..Action::default()
    });
    s.actions.len()
}

#[test]
fn a_vague_finding_names_the_number_the_field_and_quotes_that_field() {
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    let app = app_on(StepKind::Actions, |_| {});
    let mut s = app.meeting().unwrap().session.clone();
    let ok = "coördinator belt elke vrijdag";
    let cases = [
        (0, "iedereen", "wie"),
        (1, "we gaan ons best doen", "wat"),
        (2, "Controle: we kijken hoe het gaat", "controle"),
        (3, "iedereen", "bewaakt door"),
        (
            4,
            "Als het niet wordt nagekomen: dan praten we erover",
            "als het niet wordt nagekomen",
        ),
    ];
    for (field, text, name) in cases {
        let mut t = s.clone();
        let mut fields = [
            "Sanne (fictief)",
            "Sanne doet niet meer open als Rick aanbelt",
            ok,
            "wijkagent",
            ok,
        ];
        fields[field] = text;
        let n = agreement(&mut t, fields);
        let vague: Vec<String> = check(&t)
            .iter()
            .filter(|f| matches!(f, Finding::Vague { .. }))
            .map(Finding::message)
            .collect();
        assert_eq!(vague.len(), 1, "{text}: {vague:?}");
        let quoted: String = text.chars().take(30).collect();
        assert!(
            vague[0].starts_with(&format!("Afspraak {n}, {name}: '{quoted}")),
            "{text}: {}",
            vague[0]
        );
        if field != 1 {
            assert!(!vague[0].contains("doet niet meer open"), "{}", vague[0]);
        }
    }
    // Every field with a vague word is named, not only the first.
    let n = agreement(
        &mut s,
        [
            "iedereen",
            "we gaan ons best doen",
            "we kijken hoe het gaat",
            "iedereen",
            "dan praten we erover",
        ],
    );
    let fields: Vec<String> = check(&s)
        .iter()
        .filter_map(|f| match f {
            Finding::Vague {
                position, field, ..
            } if *position == n => Some(field.name(false).to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        [
            "wie",
            "wat",
            "controle",
            "bewaakt door",
            "als het niet wordt nagekomen"
        ]
    );
    // A condition: its text, who monitors it, what happens when broken.
    let mut c = s.clone();
    let id = c.alloc_id();
    let mut cond = Condition::new(id, c.top3.items().first().map(|x| x.id));
    cond.text = "Rick belt niet meer".into();
    cond.monitored_by = "iedereen".into();
    cond.if_broken = "dan praten we erover".into();
    c.conditions.push(cond);
    let m = c.condition_number(id).unwrap();
    let msgs: Vec<String> = check(&c)
        .iter()
        .filter(|f| matches!(f, Finding::Vague { item, .. } if *item == id))
        .map(Finding::message)
        .collect();
    assert_eq!(
        msgs,
        [
            format!("Voorwaarde {m}, bewaakt door: 'iedereen' is vaag: noem wie, wat en wanneer."),
            format!(
                "Voorwaarde {m}, als het niet wordt nageleefd: 'dan praten we erover' is vaag ('praten we erover'): zeg wie, wat en wanneer."
            ),
        ]
    );
    top3::i18n::set_lang(top3::i18n::Lang::En);
    let en: Vec<String> = check(&c)
        .iter()
        .filter(|f| matches!(f, Finding::Vague { item, .. } if *item == id))
        .map(Finding::message)
        .collect();
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    assert!(
        en[0].starts_with(&format!("Condition {m}, monitored by: 'iedereen'")),
        "{en:?}"
    );
}

#[test]
fn the_common_vague_forms_are_shipped_and_matched_as_whole_words() {
    let v = VagueWords::default();
    for (text, word) in [
        ("Controle: we kijken hoe het gaat", "kijken hoe het gaat"),
        ("We kijken hoe het loopt.", "kijken hoe het loopt"),
        ("Dan praten we erover.", "praten we erover"),
        ("Zij praten erover met de coördinator", "praten erover"),
        ("We gaan ons best doen", "best doen"),
        ("Rick doet zijn best", "zijn best"),
        ("Sanne doet haar best", "haar best"),
        ("We doen ons best.", "ons best"),
        ("We'll see how it goes", "we'll see"),
        ("Check: see how it goes.", "see how it goes"),
        ("Then we will talk.", "we will talk"),
        ("We will do our best", "do our best"),
        ("He does his best", "does his best"),
        ("Then we discuss it", "discuss it"),
    ] {
        assert_eq!(v.find(text), Some(word), "{text}");
    }
    // Word boundaries: a longer word or another phrase is no match.
    for text in [
        "Zijn beste vriend haalt Mia op van school (fictief)",
        "Haar bestemming is de opvang",
        "De wijkagent kijkt elke week hoe vaak hij belde",
        "Her best friend collects Mia from school",
        "The coordinator discusses items weekly",
    ] {
        assert_eq!(v.find(text), None, "{text}");
    }
}

#[test]
fn a_situations_number_in_a_finding_is_on_its_line_on_the_top3_step() {
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    let app = app_on(StepKind::Top3, |s| {
        // Only the conditions of situation 1 remain: 2 and 3 have none.
        let first = s.top3.items()[0].id;
        s.conditions.retain(|c| c.situation == Some(first));
    });
    let s = &app.meeting().unwrap().session;
    let bare: Vec<Finding> = check(s)
        .into_iter()
        .filter(|f| matches!(f, Finding::SituationWithoutConditions { .. }))
        .collect();
    assert_eq!(bare.len(), 2, "{bare:?}");
    for (w, h) in [(80, 24), (200, 60)] {
        let rows = screen(&app, w, h);
        for f in &bare {
            let n = number_after(&f.message(), "Punt");
            let sit = s.top3.get(f.item().unwrap()).unwrap();
            let line = row_with(&rows, &format!("{n}. "));
            let start: String = sit.text.chars().take(20).collect();
            assert!(
                line.contains(&start),
                "{w}x{h}: {line:?} is not situation {n}"
            );
        }
    }
}

/// The plan itself carries the same numbers: the "Voorwaarde N" of the
/// check is the "VN" in the exported plan, in screen order.
#[test]
fn the_plan_carries_the_numbers_the_check_names() {
    let app = app_on(StepKind::Conditions, shuffled);
    let s = &app.meeting().unwrap().session;
    let doc = top3::plan::plan_document(s, &[], &Default::default());
    let md =
        String::from_utf8(top3::plan::render(&doc, top3::plan::ExportFormat::Md).unwrap()).unwrap();
    for c in &s.conditions {
        let n = s.condition_number(c.id).unwrap();
        assert!(
            md.contains(&format!("V{n} {}", c.text)),
            "V{n} {}:\n{md}",
            c.text
        );
    }
    // The condition first in the file stands under the second situation,
    // so it is V3, not V1.
    assert!(
        md.contains("V3 Rick stuurt Sanne geen berichten meer"),
        "{md}"
    );
    for a in top3::timeline::live_actions(s) {
        let n = s.action_number(a.id).unwrap();
        if !a.who.trim().is_empty() {
            assert!(md.contains(&format!("A{n} {}", a.who.trim())), "{md}");
        }
    }
}

/// The summary step's plan shows the same numbers.
#[test]
fn the_summary_shows_the_numbers_too() {
    let mut app = app_on(StepKind::Summary, shuffled);
    let mut seen = String::new();
    for _ in 0..80 {
        seen.push_str(&screen(&app, 200, 60).join("\n"));
        common::cmd(&mut app, top3::app::Command::Down);
    }
    assert!(
        seen.contains("• V3 Rick stuurt Sanne geen berichten meer"),
        "{seen}"
    );
    assert!(
        seen.contains("• V1 Rick komt niet binnen 200 meter"),
        "{seen}"
    );
    assert!(seen.contains("• A1 "), "{seen}");
}
