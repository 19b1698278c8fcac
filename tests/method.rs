//! The rest of the method (issue 13.1, 13.2, 13.3, 13.7): the proactive
//! scenario, the children's own voice, generic list steps and the
//! Signs-of-Safety mapping, the kind of violence. Each step kind rendered at
//! 80×24 and 200×60 and asserted on screen; the new fields round-trip; the
//! exports carry them; a bad list step is reported with file:line:col.

use crate::common;

use common::*;
use crossterm::event::KeyCode;
use std::path::Path;
use top3::app::{App, Command, Item, KeyMap, Meeting, Screen};
use top3::i18n::{Lang, set_lang};
use top3::layout::{LayoutSet, StepKind, parse_layout};
use top3::model::*;
use top3::plan::{ExportFormat, ExportOptions, Finding, build_document, check, render};

fn goto(app: &mut App, kind: StepKind) {
    let i = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == kind)
        .unwrap();
    app.meeting_mut().unwrap().session.step = i;
}

fn joined(rows: &[String]) -> String {
    rows.iter()
        .map(|r| r.trim())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn facilitator(mut app: App) -> App {
    app.facilitator_view = true;
    app
}

/// The newest training meeting, opened on a step of `kind`.
fn training_on(kind: StepKind) -> App {
    set_lang(Lang::Nl);
    let mut app = meeting_app(0);
    goto(&mut app, kind);
    app
}

// ---- 13.1 the proactive scenario ----

#[test]
fn the_scenario_step_shows_every_part_at_80x24_and_200x60() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = training_on(StepKind::Scenario);
        let mut text = joined(&screen(&app, w, h));
        // At 80×24 the scenario is taller than the screen: ↓ reads on.
        if w == 80 {
            app.update(top3::app::Action::Resize(w, h));
            assert!(text.contains("lees verder met ↓"), "{text}");
            for _ in 0..8 {
                cmd(&mut app, Command::Down);
                text = format!("{text} {}", joined(&screen(&app, w, h)));
            }
        }
        let rows = screen(&app, w, h);
        assert!(w == 200 || text.contains("Proactief scenario"), "{text}");
        for part in [
            "Bij een volgend incident",
            "belt moeder 112",
            "Wie belt wie",
            "Wie doet wat",
            "geregistreerd op 05-10-2026",
            "Toekomstig huisverbod",
            "Gedeeld met",
            "indien de veiligheid dit toestaat",
        ] {
            assert!(text.contains(part), "{w}x{h}: {part}:\n{}", rows.join("\n"));
        }
    }
}

#[test]
fn an_empty_scenario_says_how_to_fill_it_and_the_form_records_it() {
    set_lang(Lang::Nl);
    let mut app = facilitator(empty_meeting_app("netwerkoverleg-veiligheidsplan"));
    goto(&mut app, StepKind::Scenario);
    let text = joined(&screen(&app, 80, 24));
    assert!(
        text.contains("Nog geen proactief scenario; Enter vult het in."),
        "{text}"
    );
    assert!(text.contains("niet overwogen"), "{text}");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Moeder belt 112");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Oma belt de coördinator");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Politie komt");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "j");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "03-12-2026");
    key(&mut app, KeyCode::Esc);
    let x = &open_session(&app).scenario;
    assert_eq!(x.next_incident, "Moeder belt 112");
    assert_eq!(x.who_calls, "Oma belt de coördinator");
    assert!(x.police_registered);
    assert_eq!(
        x.police_registered_on,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
    );
    let text = joined(&screen(&app, 200, 60));
    assert!(text.contains("geregistreerd op 03-12-2026"), "{text}");
    // The wall never shows a key hint.
    let mut wall = empty_meeting_app("netwerkoverleg-veiligheidsplan");
    goto(&mut wall, StepKind::Scenario);
    let text = joined(&screen(&wall, 80, 24));
    assert!(text.contains("Nog geen proactief scenario."), "{text}");
    assert!(!text.contains("Enter vult"), "{text}");
}

#[test]
fn every_veiligheidsplan_layout_has_the_scenario_step() {
    let layouts = LayoutSet::builtin();
    for (l, _) in &layouts.layouts {
        let veiligheidsplan = l.phase == Phase::DirecteVeiligheid;
        let has = l.steps.iter().any(|s| s.kind == StepKind::Scenario);
        assert_eq!(has, veiligheidsplan, "{}", l.name);
    }
    for name in ["netwerkoverleg-veiligheidsplan", "herstelplan", "training"] {
        let l = layouts.get(name).unwrap();
        assert!(
            l.steps
                .iter()
                .any(|s| s.kind == StepKind::Voices && s.title.nl == "Wat zeggen de kinderen"),
            "{name}"
        );
    }
}

#[test]
fn the_check_asks_for_a_scenario_in_phase_1_only() {
    let mut s = Session::new(
        Case::new(CaseCode::new("SC-1").unwrap()),
        MeetingKind::Casusoverleg,
        Phase::DirecteVeiligheid,
        "casusoverleg",
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    );
    assert!(check(&s).contains(&Finding::NoScenario));
    // What happens, but not who calls or acts: still missing.
    s.scenario.next_incident = "Moeder belt 112".into();
    assert!(check(&s).contains(&Finding::NoScenario));
    s.scenario.who_calls = "Oma belt de coördinator".into();
    assert!(!check(&s).contains(&Finding::NoScenario));
    s.scenario = Scenario::default();
    s.phase = Phase::StabieleVeiligheid;
    assert!(!check(&s).contains(&Finding::NoScenario));
}

// ---- 13.2 the children's own voice ----

#[test]
fn the_voices_step_shows_who_by_whom_when_how_and_their_words() {
    for (w, h) in [(80, 24), (200, 60)] {
        let rows = screen(&training_on(StepKind::Voices), w, h);
        let text = joined(&rows);
        // At 200×60 the title is drawn in large letters.
        assert!(
            w == 200 || text.contains("Wat zeggen de kinderen"),
            "{text}"
        );
        for part in [
            "Finn (9): 6 (apart gesproken)",
            "Lot (6): 5 (apart gesproken)",
            "Gesproken door J. de Wit (school) op 22-10-2026, hoe: de drie huizen.",
            "Eigen woorden: Huis van zorgen",
            "niet in de mediaan van de tafel",
        ] {
            assert!(text.contains(part), "{w}x{h}: {part}:\n{}", rows.join("\n"));
        }
    }
}

#[test]
fn a_child_spoken_to_apart_is_added_scored_and_kept_out_of_the_median() {
    set_lang(Lang::Nl);
    let mut app = meeting_app(0);
    goto(&mut app, StepKind::Scale);
    let before = open_session(&app)
        .scale("veiligheid")
        .unwrap()
        .stats()
        .unwrap();
    // On the scale step itself: a adds someone spoken to apart.
    cmd(&mut app, Command::Add);
    assert!(app.editing());
    type_text(&mut app, "oudste zoon (12)");
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "1");
    key(&mut app, KeyCode::Esc);
    let scale = open_session(&app).scale("veiligheid").unwrap();
    let added = scale.apart.last().unwrap();
    assert_eq!(added.who, "oudste zoon (12)");
    assert_eq!(added.score.map(|v| v.value()), Some(1));
    assert_eq!(
        scale.stats().unwrap(),
        before,
        "the room's figures do not change"
    );
    // A score key sets the selected apart answer's score.
    let m = app.meeting().unwrap();
    assert!(m.form.is_none(), "the form is closed");
    assert_eq!(m.selected_item(), Some(Item::Apart(added.id)));
    app.update(top3::app::Action::Score(9));
    let scale = open_session(&app).scale("veiligheid").unwrap();
    assert_eq!(
        scale.apart.last().unwrap().score.map(|v| v.value()),
        Some(9)
    );
    assert_eq!(scale.stats().unwrap(), before);
    for (w, h) in [(80, 24), (200, 60)] {
        let text = joined(&screen(&app, w, h));
        assert!(text.contains("mediaan 6"), "{text}");
        assert!(
            text.contains(
                "Apart gesproken, niet in de mediaan: Finn (9) 6, Lot (6) 5, oudste zoon (12) 9."
            ),
            "{w}x{h}: {text}"
        );
    }
    // A score that is not 0–10 is refused with a sentence; the form applies
    // what is typed as it is typed, so the score is the last valid one ("1"
    // of "12"), never out of range.
    cmd(&mut app, Command::Edit);
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Backspace);
    type_text(&mut app, "12");
    key(&mut app, KeyCode::Esc);
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("geen cijfer van 0 tot en met 10"),
        "{:?}",
        app.status
    );
    let scale = open_session(&app).scale("veiligheid").unwrap();
    assert_eq!(
        scale.apart.last().unwrap().score.map(|v| v.value()),
        Some(1)
    );
}

#[test]
fn the_history_and_the_plan_show_the_apart_answers_apart() {
    set_lang(Lang::Nl);
    let case = repo().join("sessions/TR-2026-001");
    let out = std::process::Command::new(bin())
        .args(["history", case.to_str().unwrap(), "--lang", "nl"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Apart gesproken (niet in de mediaan van de tafel)"),
        "{text}"
    );
    assert!(
        text.contains("29-09-2026 veiligheid: Finn (9) 4 (J. de Wit (school), de drie huizen)"),
        "{text}"
    );
    assert!(text.contains("27-10-2026 veiligheid: Lot (6) 5"), "{text}");

    let loaded = top3::plan::load_for_export(&case).unwrap();
    let doc = build_document(
        &loaded.session,
        &loaded.case_sessions,
        &ExportOptions::default(),
    );
    let md = String::from_utf8(render(&doc, ExportFormat::Md).unwrap()).unwrap();
    let room = md
        .find("Laagste 5, mediaan 6, hoogste 7")
        .or_else(|| md.find("mediaan 6"));
    let apart = md.find("#### Apart gesproken").unwrap();
    assert!(room.unwrap() < apart, "the room's figures come first");
    assert!(
        md.contains("deze cijfers tellen niet mee in de mediaan"),
        "{md}"
    );
}

// ---- 13.3 list steps and the Signs-of-Safety mapping ----

fn sos_app() -> App {
    set_lang(Lang::Nl);
    facilitator(empty_meeting_app("signs-of-safety"))
}

fn add_row(app: &mut App, cells: &[&str]) {
    cmd(app, Command::Add);
    assert!(app.editing());
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            key(app, KeyCode::Tab);
        }
        type_text(app, c);
    }
    key(app, KeyCode::Esc);
}

fn goto_list(app: &mut App, key_name: &str) {
    let i = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.list.as_deref() == Some(key_name))
        .unwrap();
    app.meeting_mut().unwrap().session.step = i;
}

#[test]
fn a_list_step_has_its_columns_in_the_form_and_on_screen() {
    let mut app = sos_app();
    goto_list(&mut app, "zorgen");
    let text = joined(&screen(&app, 80, 24));
    assert!(text.contains("Zorgen"), "{text}");
    assert!(text.contains("Nog niets; a voegt een regel toe."), "{text}");
    cmd(&mut app, Command::Add);
    let text = joined(&screen(&app, 80, 24));
    // The form's title is the step's; its fields are the layout's columns.
    assert!(
        text.contains("Zorg (schade of gevaarsbeschrijving)"),
        "{text}"
    );
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let text = joined(&screen(&app, 80, 24));
    assert!(text.contains("Wie zegt het"), "{text}");
    key(&mut app, KeyCode::Esc);
    // The row opened and left empty stays (shown as missing); Del removes it.
    cmd(&mut app, Command::Delete);
    assert!(open_session(&app).list("zorgen").is_empty());
    add_row(
        &mut app,
        &[
            "Vader duwde moeder tegen de kast waar de kinderen bij waren",
            "schade",
            "moeder",
        ],
    );
    add_row(
        &mut app,
        &["Dat het bij de overdracht weer misgaat", "gevaar", "school"],
    );
    let rows = open_session(&app).list("zorgen");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].cell("soort"), "schade");
    for (w, h) in [(80, 24), (200, 60)] {
        let text = joined(&screen(&app, w, h));
        for part in [
            "Vader duwde moeder tegen de kast waar de kinderen bij waren",
            "Schade of gevaar: schade",
            "Wie zegt het: moeder",
            "Dat het bij de overdracht weer misgaat",
        ] {
            assert!(text.contains(part), "{w}x{h}: {part}: {text}");
        }
    }
    // The summary shows the rows under the step's title.
    let mut sum = app.clone();
    goto(&mut sum, StepKind::Summary);
    let text = joined(&screen(&sum, 200, 60));
    assert!(
        text.contains("• Dat het bij de overdracht weer misgaat — Schade of gevaar: gevaar — Wie zegt het: school"),
        "{text}"
    );
    // Delete and undo.
    cmd(&mut app, Command::Delete);
    assert_eq!(open_session(&app).list("zorgen").len(), 1);
    cmd(&mut app, Command::Undo);
    assert_eq!(open_session(&app).list("zorgen").len(), 2);
}

#[test]
fn the_signs_of_safety_mapping_exports_as_three_columns() {
    let mut app = sos_app();
    goto_list(&mut app, "zorgen");
    add_row(
        &mut app,
        &["Vader duwde moeder tegen de kast", "schade", "moeder"],
    );
    goto_list(&mut app, "wat-gaat-goed");
    add_row(
        &mut app,
        &[
            "Oma vangt de kinderen op bij de overdracht",
            "veiligheid",
            "school",
        ],
    );
    add_row(&mut app, &["Moeder belde zelf de politie", "kracht", ""]);
    goto_list(&mut app, "moet-gebeuren");
    add_row(
        &mut app,
        &[
            "Overdracht alleen bij oma",
            "Oma belt de coördinator",
            "oma",
            "vrijdag",
        ],
    );
    goto_list(&mut app, "complicerend");
    add_row(&mut app, &["Schulden", "Stress thuis"]);
    let s = open_session(&app).clone();
    let doc = build_document(&s, std::slice::from_ref(&s), &ExportOptions::default());
    let md = String::from_utf8(render(&doc, ExportFormat::Md).unwrap()).unwrap();
    assert!(md.contains("## Signs of Safety-mapping"), "{md}");
    assert!(
        md.contains("| Zorgen | Wat gaat goed | Wat moet er gebeuren |"),
        "{md}"
    );
    assert!(
        md.contains("| Vader duwde moeder tegen de kast Schade of gevaar: schade Wie zegt het: moeder | Oma vangt de kinderen op bij de overdracht Veiligheid of kracht: veiligheid Wie zag het, wanneer: school | Overdracht alleen bij oma Volgende stap: Oma belt de coördinator Wie: oma Wanneer: vrijdag |"),
        "{md}"
    );
    // The second row: only the middle column has an entry.
    assert!(
        md.contains("|   | Moeder belde zelf de politie Veiligheid of kracht: kracht |   |"),
        "{md}"
    );
    assert!(md.contains("## Complicerende factoren"), "{md}");
    assert!(md.contains("Schulden"), "{md}");
    let html = String::from_utf8(render(&doc, ExportFormat::Html).unwrap()).unwrap();
    assert!(
        html.contains("<th scope=\"col\">Wat gaat goed</th>"),
        "{html}"
    );
    let docx = render(&doc, ExportFormat::Docx).unwrap();
    let xml = unzip(&docx, "word/document.xml");
    for t in [
        "Zorgen",
        "Wat gaat goed",
        "Wat moet er gebeuren",
        "Oma vangt de kinderen op bij de overdracht",
    ] {
        assert!(xml.contains(&format!(">{t}</w:t>")), "{t}");
    }
}

fn unzip(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut f = zip.by_name(name).unwrap();
    let mut out = String::new();
    f.read_to_string(&mut out).unwrap();
    out
}

const GOOD: &str = r#"(
  name: "mijn-mapping",
  title: (nl: "Mijn mapping"),
  kind: Netwerkoverleg,
  phase: DirecteVeiligheid,
  steps: [
    (
      kind: Participants,
      title: (nl: "Wie zijn er?"),
    ),
    (
      kind: List,
      title: (nl: "Zorgen"),
      list: Some("zorgen"),
      columns: [
        (key: "zorg", title: (nl: "Zorg"), long: true),
      ],
      mapping: Some(Zorgen),
    ),
  ],
)
"#;

#[test]
fn a_layout_written_by_hand_with_list_steps_loads() {
    let l = parse_layout(GOOD, Path::new("mijn-mapping.ron")).unwrap();
    assert_eq!(l.steps[1].kind, StepKind::List);
    assert_eq!(l.steps[1].columns[0].key, "zorg");
    assert!(l.has_mapping());
}

#[test]
fn a_bad_list_step_is_reported_at_its_step_with_a_sentence() {
    set_lang(Lang::Nl);
    let cases = [
        (GOOD.replace("      list: Some(\"zorgen\"),\n", ""), 12, "heeft een naam nodig"),
        (GOOD.replace("(key: \"zorg\", title: (nl: \"Zorg\"), long: true),", ""), 12, "minstens één kolom"),
        (GOOD.replace("key: \"zorg\"", "key: \"Zorg!\""), 12, "'Zorg!'"),
        (
            GOOD.replace(
                "(key: \"zorg\", title: (nl: \"Zorg\"), long: true),",
                "(key: \"zorg\", title: (nl: \"Zorg\")), (key: \"zorg\", title: (nl: \"Nog een\")),",
            ),
            12,
            "staat er twee keer",
        ),
        (
            GOOD.replace("      kind: Participants,\n", "      kind: Participants,\n      list: Some(\"x\"),\n"),
            8,
            "horen alleen bij een stap van soort List",
        ),
    ];
    for (text, line, says) in cases {
        let err = parse_layout(&text, Path::new("mijn-mapping.ron")).unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!("mijn-mapping.ron:{line}:7: ")),
            "{shown}"
        );
        assert!(shown.contains(says), "{shown}");
    }
    // Through the binary: `top3 check` says file:line:col and exits 1.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mijn-mapping.ron");
    std::fs::write(&path, GOOD.replace("key: \"zorg\"", "key: \"\"")).unwrap();
    let out = std::process::Command::new(bin())
        .args(["check", path.to_str().unwrap(), "--lang", "nl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("mijn-mapping.ron:12:7: stap 2, kolom 1"),
        "{text}"
    );
    // An unknown field in a column: the parser's own position.
    std::fs::write(&path, GOOD.replace("long: true", "lang: true")).unwrap();
    let out = std::process::Command::new(bin())
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("mijn-mapping.ron:16:44: "));
    // The shipped signs-of-safety layout checks clean.
    let out = std::process::Command::new(bin())
        .args([
            "check",
            repo().join("layouts/signs-of-safety.ron").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

// ---- 13.7 the kind of violence ----

#[test]
fn the_kind_of_violence_is_typed_in_the_household_form_and_hidden_on_the_wall() {
    set_lang(Lang::Nl);
    assert_eq!(
        top3::i18n::parse_violence("intiem"),
        Ok(Some(ViolenceKind::IntiemTerrorisme))
    );
    assert_eq!(
        top3::i18n::parse_violence("Situationeel geweld"),
        Ok(Some(ViolenceKind::SituationeelGeweld))
    );
    assert_eq!(
        top3::i18n::parse_violence("elder"),
        Ok(Some(ViolenceKind::Ouderenmishandeling))
    );
    assert_eq!(top3::i18n::parse_violence(""), Ok(None));
    assert!(top3::i18n::parse_violence("xyz").is_err());
    assert!(
        top3::i18n::parse_violence("s").is_err(),
        "too short to choose"
    );

    let mut app = empty_meeting_app("casusoverleg");
    cmd(&mut app, Command::Edit); // the household is the first item
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "stalk");
    // On the room's view the field shows as dots while typed.
    let rows = screen(&app, 80, 24);
    assert!(joined(&rows).contains("Soort geweld (niet op de projectie)"));
    assert!(!joined(&rows).contains("stalk"), "{}", rows.join("\n"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        open_session(&app).case.violence,
        Some(ViolenceKind::Stalking)
    );
    // Not on the participants step in the room's view; the facilitator
    // view shows it with the household, and so does the wall when the
    // settings say `wall_shows_violence: true`.
    assert!(!joined(&screen(&app, 200, 60)).contains("stalking"));
    assert!(joined(&screen(&facilitator(app.clone()), 200, 60)).contains("· stalking"));
    let mut shown = app.clone();
    shown.wall_shows_violence = true;
    assert!(joined(&screen(&shown, 200, 60)).contains("· stalking"));
    let config: top3::config::Config = ron::from_str("(wall_shows_violence: true)").unwrap();
    assert!(config.wall_shows_violence);
    assert!(!top3::config::Config::default().wall_shows_violence);
    // Something else is refused with a sentence and the value stays.
    let mut app = app;
    cmd(&mut app, Command::Edit);
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "x");
    key(&mut app, KeyCode::Esc);
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("soort geweld niet herkend"),
        "{:?}",
        app.status
    );
}

#[test]
fn the_kind_of_violence_is_in_the_plan_and_the_form() {
    set_lang(Lang::Nl);
    let case = repo().join("sessions/TR-2026-001");
    let loaded = top3::plan::load_for_export(&case).unwrap();
    let doc = build_document(
        &loaded.session,
        &loaded.case_sessions,
        &ExportOptions::default(),
    );
    let md = String::from_utf8(render(&doc, ExportFormat::Md).unwrap()).unwrap();
    assert!(md.contains("- **Soort geweld:** intiem terrorisme"), "{md}");
    let form = ExportOptions {
        form: top3::plan::Form::Aanmelding,
        ..ExportOptions::default()
    };
    let doc = build_document(&loaded.session, &loaded.case_sessions, &form);
    let md = String::from_utf8(render(&doc, ExportFormat::Md).unwrap()).unwrap();
    let first = md.find("Soort geweld").unwrap();
    assert!(
        first < md.find("Korte omschrijving").unwrap_or(usize::MAX),
        "{md}"
    );
}

// ---- round trip and shipped files ----

#[test]
fn the_new_fields_round_trip_and_old_files_load_unchanged() {
    let mut s = Session::new(
        Case::new(CaseCode::new("RT-1").unwrap()),
        MeetingKind::Netwerkoverleg,
        Phase::DirecteVeiligheid,
        "signs-of-safety",
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    );
    s.case.violence = Some(ViolenceKind::ComplexeScheiding);
    s.scenario.next_incident = "Moeder belt 112".into();
    s.scenario.police_registered_on = chrono::NaiveDate::from_ymd_opt(2026, 3, 2);
    let id = s.alloc_id();
    s.scale_mut("veiligheid", "Hoe veilig?")
        .apart
        .push(ApartAnswer {
            id,
            who: "zoon (7)".into(),
            score: Score::new(3).ok(),
            ..ApartAnswer::new(id)
        });
    let id = s.alloc_id();
    let mut row = ListRow::new(id);
    row.set("zorg", "Ruzie bij de deur".into());
    s.list_mut("zorgen").rows.push(row);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2026-03-01-signs-of-safety.ron");
    top3::store::save_session(&path, &s).unwrap();
    let back = top3::store::load_session(&path).unwrap();
    assert_eq!(back, s);
    assert_eq!(
        s.alloc_id(),
        Id(4),
        "ids of apart answers and rows are never handed out again"
    );

    // A file written before these fields loads, and saves without them.
    for file in training_sessions() {
        let text = std::fs::read_to_string(&file).unwrap();
        let session = top3::store::load_session(&file).unwrap();
        let again = top3::store::session_to_ron(&session);
        assert_eq!(top3::store::parse_session(&again, &file).unwrap(), session);
        let _ = text;
    }
    let v1 = repo().join("tests/fixtures/v1");
    for entry in walk(&v1) {
        let old = top3::store::load_session(&entry).unwrap();
        assert!(old.scenario.is_empty() && old.lists.is_empty() && old.case.violence.is_none());
        let text = top3::store::session_to_ron(&old);
        for field in ["\n  scenario:", "\n  lists:", "apart:", "violence:"] {
            assert!(!text.contains(field), "{field} written for an old file");
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "ron") {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_new_meeting_keeps_the_scenario_and_the_lists_but_asks_the_children_again() {
    let prev = top3::store::load_session(&training_sessions().pop().unwrap()).unwrap();
    let next = top3::timeline::next_session(
        &prev,
        prev.kind,
        prev.phase,
        &prev.layout,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    );
    assert_eq!(next.scenario, prev.scenario);
    assert!(next.scales.iter().all(|s| s.apart.is_empty()));
    assert!(next.next_id > prev.max_id().unwrap().0);
}

#[test]
fn a_meeting_of_each_new_kind_opens_from_a_layout() {
    let layouts = LayoutSet::builtin();
    let l = layouts.get("signs-of-safety").unwrap().clone();
    let s = Session::new(
        Case::new(CaseCode::new("SOS-1").unwrap()),
        l.kind,
        l.phase,
        &l.name,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    );
    let app = App::new(
        Screen::Meeting(Box::new(Meeting::new(s, l.clone(), None))),
        KeyMap::default(),
        layouts,
    );
    for i in 0..l.steps.len() {
        let mut a = app.clone();
        a.meeting_mut().unwrap().session.step = i;
        for (w, h) in [(80, 24), (200, 60)] {
            let text = joined(&screen(&a, w, h));
            assert!(text.contains(l.steps[i].title.nl.as_str()), "{i}: {text}");
        }
    }
}

/// The three new step kinds drawn through a real `Terminal` on ratatui's
/// `TestBackend`, as the program draws a frame, at both sizes.
#[test]
fn the_new_steps_draw_through_a_terminal_at_80x24_and_200x60() {
    use ratatui::{Terminal, backend::TestBackend};
    use top3::ui::{Theme, ThemeName};
    let mut sos = sos_app();
    goto_list(&mut sos, "wat-gaat-goed");
    add_row(
        &mut sos,
        &["Oma vangt de kinderen op", "veiligheid", "school"],
    );
    let cases: Vec<(App, &str)> = vec![
        (training_on(StepKind::Scenario), "Wie belt wie"),
        (
            training_on(StepKind::Voices),
            "Lot (6): 5 (apart gesproken)",
        ),
        (sos, "Veiligheid of kracht: veiligheid"),
    ];
    let theme = Theme::new(ThemeName::Dark);
    for (app, want) in cases {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            term.draw(|f| top3::ui::draw(f, &app, &theme)).unwrap();
            let rows = buffer_rows(term.backend().buffer());
            assert_eq!(rows.len(), h as usize);
            assert!(
                joined(&rows).contains(want),
                "{w}x{h}: {want}:\n{}",
                rows.join("\n")
            );
            assert!(!rows.iter().any(|r| r.contains('…')), "{}", rows.join("\n"));
        }
    }
}

#[test]
fn scoring_round_the_table_stops_at_the_last_person_at_the_table() {
    let mut app = training_on(StepKind::Scale);
    let room = open_session(&app).scored().count();
    let step = app.meeting().unwrap().session.step;
    app.meeting_mut().unwrap().selected[step] = room - 1;
    let last = app.meeting().unwrap().selected_item();
    app.update(top3::app::Action::Score(7));
    assert_eq!(
        app.meeting().unwrap().selected_item(),
        last,
        "not on to a child"
    );
    app.update(top3::app::Action::Score(8));
    let scale = open_session(&app).scale("veiligheid").unwrap();
    assert_eq!(
        scale.apart[0].score.map(|v| v.value()),
        Some(6),
        "the child's own score is untouched"
    );
}

/// The `h` screen shows the same report: those spoken to apart under a
/// heading of their own, never in the medians.
#[test]
fn the_history_screen_lists_the_apart_answers() {
    set_lang(Lang::Nl);
    let tmp = tempfile::tempdir().unwrap();
    let case = tmp.path().join("TR-2026-001");
    std::fs::create_dir_all(&case).unwrap();
    for f in training_sessions() {
        std::fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
    }
    let mut app = meeting_app(0);
    let mut host = top3::effects::Host::new(tmp.path().to_path_buf());
    host.today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    host.perform(&mut app, vec![top3::app::Effect::ShowHistory(case.clone())]);
    let Screen::History(h) = &app.screen else {
        panic!("no history screen");
    };
    let at = h
        .lines
        .iter()
        .position(|l| l.contains("Apart gesproken (niet in de mediaan van de tafel)"))
        .expect("a heading for those spoken to apart");
    assert!(
        h.lines[at + 1].contains("29-09-2026 veiligheid: Finn (9) 4"),
        "{:?}",
        h.lines
    );
    for (w, hh) in [(80, 24), (200, 60)] {
        let mut shown = app.clone();
        if let Screen::History(h) = &mut shown.screen {
            h.scroll = at.saturating_sub(2);
        }
        let text = joined(&screen(&shown, w, hh));
        assert!(
            text.contains("Apart gesproken (niet in de mediaan van de tafel)"),
            "{w}x{hh}: {text}"
        );
    }
}
