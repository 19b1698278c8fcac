//! The MDA++ aanmeldingsformulier filled in the program (issue 12, items 4
//! and 5): the form screen from the meeting's banner and the history, its
//! fields saved in the session, the anonymised export, `--check`, and the
//! basis for sharing data and who was informed, on record.

use crate::casegen;
use crate::common;

use casegen::*;
use common::{key, screen, type_text};
use crossterm::event::KeyCode;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};
use top3::app::{Action, App, Command, KeyMap, Meeting, Screen};
use top3::effects::Host;
use top3::i18n::{Lang, set_lang};
use top3::layout::LayoutSet;
use top3::model::*;
use top3::plan::{ExportFormat, ExportOptions, Form, check_registration};
use top3::timeline::{Past, Rules};

/// A case that has had no 6 for more than three months: the newest meeting
/// opens with an escalation signal in its banner.
fn escalating_sessions() -> Vec<Session> {
    sessions(
        "REG-1",
        &monthly("2026-01-05", 35, &[&[3, 3], &[3, 4], &[4, 4], &[4, 5]]),
    )
}

/// The newest meeting of [`escalating_sessions`] open in the app, in the
/// facilitator view, with the signals it began with.
fn escalating_app() -> App {
    let all = escalating_sessions();
    let (current, earlier) = all.split_last().unwrap();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&current.layout).unwrap().clone();
    let mut m = Meeting::new(current.clone(), layout, None);
    m.past = Past::with_signals(earlier, current, &Rules::default());
    assert!(m.past.signals.iter().any(|s| s.is_escalation()));
    let mut app = App::new(Screen::Meeting(Box::new(m)), KeyMap::default(), layouts);
    app.facilitator_view = true;
    app.update(Action::Resize(80, 24));
    app
}

fn reg(app: &App) -> &Registration {
    &app.meeting().unwrap().session.case.registration
}

fn on_form(app: &App) -> bool {
    matches!(app.screen, Screen::Registration(_))
}

/// Tab until the field whose label starts with `label` has the cursor.
fn focus(app: &mut App, label: &str) {
    for _ in 0..40 {
        if let Screen::Registration(r) = &app.screen
            && r.form.fields[r.form.focus].label.s().starts_with(label)
        {
            return;
        }
        key(app, KeyCode::Tab);
    }
    panic!("no field {label}");
}

#[test]
fn the_banner_names_the_key_and_the_key_opens_the_form_only_for_the_chair() {
    set_lang(Lang::Nl);
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut app = escalating_app();
        app.update(Action::Resize(w, h));
        let rows = screen(&app, w, h);
        // Wide: the key and what it opens; at 80 columns the signal stays
        // whole and the key gets the room that is left.
        let want = if w >= 200 {
            "· m aanmeldingsformulier"
        } else {
            "· m formulier"
        };
        assert!(rows[1].contains(want), "{w}x{h}: {}", rows[1]);
        // The wall view has no banner and no form.
        app.facilitator_view = false;
        key(&mut app, KeyCode::Char('m'));
        assert!(!on_form(&app));
        assert!(
            app.status
                .as_deref()
                .unwrap()
                .contains("begeleidersweergave")
        );
        app.facilitator_view = true;
        key(&mut app, KeyCode::Char('m'));
        assert!(on_form(&app), "{w}x{h}");
        assert!(app.editing(), "keys are text in the form");
    }
}

#[test]
fn the_form_screen_at_80x24_shows_every_field_in_turn_and_the_criterion_rule() {
    set_lang(Lang::Nl);
    let mut app = escalating_app();
    key(&mut app, KeyCode::Char('m'));
    let rows = screen(&app, 80, 24);
    let text = rows.join("\n");
    assert!(
        text.contains("Aanmeldingsformulier MDA++ · casus REG-1"),
        "{text}"
    );
    assert!(text.contains("Graag geanonimiseerd invullen"), "{text}");
    assert!(
        text.contains("▶ Naam en contactgegevens aanmelder"),
        "{text}"
    );
    // Criterion 1 not answered yet: the screen says it must be ja.
    assert!(
        text.contains("Criterium 1 (structurele onveiligheid) moet ja zijn"),
        "{text}"
    );
    assert!(text.contains("↓ nog"), "the form scrolls: {text}");
    assert!(rows[23].contains("Tab volgend veld") && rows[23].contains("Esc klaar"));
    // Every field comes into view with the cursor on it, nothing cut off.
    let n = match &app.screen {
        Screen::Registration(r) => r.form.fields.len(),
        _ => unreachable!(),
    };
    assert_eq!(n, 31, "every field of the form");
    for _ in 0..n {
        let Screen::Registration(r) = &app.screen else {
            unreachable!()
        };
        let label = r.form.fields[r.form.focus].label.s().to_string();
        let rows = screen(&app, 80, 24);
        let flat: String = rows
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let lead: String = label
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            flat.contains(&format!("▶ {lead}")),
            "{label}:\n{}",
            rows.join("\n")
        );
        assert!(rows.iter().all(|r| r.chars().count() == 80));
        key(&mut app, KeyCode::Tab);
    }
    // Nee on criterion 1: the screen warns, with a sign, not only a colour.
    focus(&mut app, "1. Structurele");
    key(&mut app, KeyCode::Char('n'));
    let text = screen(&app, 80, 24).join("\n");
    assert!(text.contains("⚠ Let op: criterium 1"), "{text}");
    assert!(text.contains("[x] nee"), "{text}");
    key(&mut app, KeyCode::Char('j'));
    let text = screen(&app, 80, 24).join("\n");
    assert!(!text.contains("criterium 1"), "{text}");
}

#[test]
fn the_form_screen_at_200x60_lists_what_is_still_open_beside_the_form() {
    set_lang(Lang::Nl);
    let mut app = escalating_app();
    app.update(Action::Resize(200, 60));
    key(&mut app, KeyCode::Char('m'));
    let rows = screen(&app, 200, 60);
    let text = rows.join("\n");
    assert!(text.contains("Nog leeg of tegenstrijdig"), "{text}");
    assert!(
        text.contains("· Naam en contactgegevens aanmelder: niet ingevuld"),
        "{text}"
    );
    // The reason is filled from the signals: counted as filled in, so it
    // is not among the open points (the form's label is).
    assert!(text.contains("▶ Naam en contactgegevens aanmelder"));
    assert!(!text.contains("· Reden van aanmelden"), "{text}");
    assert!(
        text.contains("· Verstuurd op (datum): niet ingevuld"),
        "{text}"
    );
    let Screen::Registration(r) = &app.screen else {
        unreachable!()
    };
    let reason = r
        .form
        .fields
        .iter()
        .find(|f| f.label.s().starts_with("Reden van aanmelden"))
        .unwrap()
        .value();
    assert!(
        reason.contains("Binnen 3 maanden"),
        "the signal as the reason: {reason}"
    );
    // Form and list side by side: the form's first label and the list's
    // title on the same row.
    let row = rows
        .iter()
        .find(|r| r.contains("Aanmeldingsformulier MDA++ ─"))
        .unwrap();
    assert!(row.contains("Nog leeg of tegenstrijdig"), "{row}");
    // Filling a field takes it off the list at once.
    type_text(&mut app, "A. Aanmelder, wijkteam (fictief)");
    let text = screen(&app, 200, 60).join("\n");
    assert!(!text.contains("Naam en contactgegevens aanmelder: niet ingevuld"));
}

/// c-fix3: a date that is no date keeps the aanmeldingsformulier open on
/// that field with the text; a second Esc closes it without the date.
#[test]
fn a_bad_date_keeps_the_registration_form_open() {
    set_lang(Lang::Nl);
    let mut app = escalating_app();
    key(&mut app, KeyCode::Char('m'));
    focus(&mut app, "Verstuurd op");
    type_text(&mut app, "31-02-2026");
    focus(&mut app, "Is het gezin verteld");
    key(&mut app, KeyCode::Esc);
    assert!(on_form(&app));
    let Screen::Registration(r) = &app.screen else {
        panic!()
    };
    assert!(
        r.form.fields[r.form.focus]
            .label
            .s()
            .starts_with("Verstuurd op")
    );
    assert_eq!(r.form.fields[r.form.focus].value(), "31-02-2026");
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("blijft open"), "{status}");
    key(&mut app, KeyCode::Esc);
    assert!(!on_form(&app));
    assert_eq!(reg(&app).sent_on, None);
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("31-02-2026"), "{status}");
}

#[test]
fn filled_in_on_the_screen_the_form_is_in_the_session_and_one_undo_takes_it_back() {
    set_lang(Lang::Nl);
    let mut app = escalating_app();
    key(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "A. Aanmelder, wijkteam (fictief)");
    focus(&mut app, "1. Structurele");
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        reg(&app).answer(Criterion::REQUIRED).unwrap().applies,
        Some(true)
    );
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Herhaald geweld sinds 2025 (fictief)");
    focus(&mut app, "2. Hulp");
    key(&mut app, KeyCode::Char('n'));
    // Backspace takes an answer back: not answered.
    key(&mut app, KeyCode::Backspace);
    assert_eq!(reg(&app).answer(Criterion::new(2).unwrap()), None);
    focus(&mut app, "Verstuurd op");
    type_text(&mut app, "31-13-2026");
    assert!(
        screen(&app, 80, 24)
            .join(" ")
            .contains("is geen datum die top3 herkent"),
        "a date that is not a date is said"
    );
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "02-06-2026");
    // From the day of sending on, the case is aangemeld: the form says so.
    assert!(
        screen(&app, 80, 24)
            .join("\n")
            .contains("Aangemeld op 02-06-2026")
    );
    focus(&mut app, "Is het gezin verteld");
    key(&mut app, KeyCode::Char('j'));
    let r = reg(&app).clone();
    assert_eq!(r.referrer, "A. Aanmelder, wijkteam (fictief)");
    assert_eq!(r.sent_on, Some(d("2026-06-02")));
    assert_eq!(r.family_informed, Some(true));
    assert!(
        r.escalation_reason.contains("Binnen 3 maanden"),
        "pre-filled, kept"
    );
    assert!(app.meeting().unwrap().dirty, "saved within a second");
    let effects = app.update(Action::Command(Command::Escape));
    assert!(effects.contains(&top3::app::Effect::SaveNow));
    // Over the open meeting it closes at once; the meeting is saved next.
    assert!(!effects.contains(&top3::app::Effect::CloseRegistration));
    assert!(matches!(app.screen, Screen::Meeting(_)));
    assert_eq!(
        app.status.as_deref(),
        Some("Aanmeldingsformulier bewaard in het overleg.")
    );
    key(&mut app, KeyCode::Char('u'));
    assert!(reg(&app).is_empty(), "one undo for the whole form");
}

/// A case folder with the escalating sessions, and a host on it.
fn case_on_disk() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for s in escalating_sessions() {
        let path = top3::store::new_session_path(dir.path(), "REG-1", s.date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
    }
    let case = dir.path().join("REG-1");
    (dir, case)
}

fn history_app(host: &mut Host, case: &Path) -> App {
    let mut app = App::new(
        Screen::Start(Box::default()),
        KeyMap::default(),
        LayoutSet::builtin(),
    );
    app.update(Action::Resize(80, 24));
    host.show_history(&mut app, case).unwrap();
    app
}

fn newest_file(case: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(case)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files.pop().unwrap()
}

#[test]
fn from_the_history_the_form_edits_the_newest_meeting_under_its_lock() {
    set_lang(Lang::Nl);
    let (dir, case) = case_on_disk();
    let mut host = Host::new(dir.path().to_path_buf());
    host.today = d("2026-06-01");
    let mut app = history_app(&mut host, &case);
    let text = screen(&app, 80, 24).join("\n");
    assert!(text.contains("m aanmeldingsformulier"), "{text}");
    let effects = app.update(Action::Command(Command::Registration));
    host.perform(&mut app, effects);
    assert!(on_form(&app));
    let newest = newest_file(&case);
    // The newest meeting is held: another program cannot open it now.
    assert!(top3::store::SessionLock::acquire(&newest).is_err());
    type_text(&mut app, "B. Aanmelder (fictief)");
    let effects = app.update(Action::Command(Command::Escape));
    host.perform(&mut app, effects);
    assert!(
        matches!(app.screen, Screen::History(_)),
        "back to the history"
    );
    let saved = top3::store::load_session(&newest).unwrap();
    assert_eq!(saved.case.registration.referrer, "B. Aanmelder (fictief)");
    assert!(
        top3::store::SessionLock::acquire(&newest).is_ok(),
        "released"
    );
}

#[test]
fn the_history_key_writes_the_form_says_where_and_never_overwrites() {
    set_lang(Lang::Nl);
    let (dir, case) = case_on_disk();
    let mut host = Host::new(dir.path().to_path_buf());
    let mut app = history_app(&mut host, &case);
    let name = "2026-04-20-aanmeldingsformulier.docx";
    let effects = app.update(Action::Command(Command::Export));
    host.perform(&mut app, effects);
    let first = std::fs::read(case.join(name)).unwrap();
    let text = screen(&app, 80, 24).join(" ");
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "Aanmeldingsformulier geschreven: {name}, in de map van casus REG-1"
        )),
        "{flat}"
    );
    assert!(
        !flat.contains(&dir.path().display().to_string()),
        "no paths on screen"
    );
    // Again: a new numbered file; the first is left as it was.
    let effects = app.update(Action::Command(Command::Export));
    host.perform(&mut app, effects);
    assert_eq!(std::fs::read(case.join(name)).unwrap(), first);
    assert!(
        case.join("2026-04-20-aanmeldingsformulier-2.docx")
            .is_file()
    );
    let flat: String = screen(&app, 80, 24)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("als nieuw bestand 2026-04-20-aanmeldingsformulier-2.docx"),
        "{flat}"
    );
    assert!(
        flat.contains("het eerdere bestand blijft bewaard"),
        "{flat}"
    );
}

#[test]
fn the_plan_key_on_the_summary_never_overwrites_either() {
    set_lang(Lang::Nl);
    let (dir, case) = case_on_disk();
    let mut host = Host::new(dir.path().to_path_buf());
    let mut app = App::new(
        Screen::Start(Box::default()),
        KeyMap::default(),
        LayoutSet::builtin(),
    );
    host.open(&mut app, &newest_file(&case)).unwrap();
    for _ in 0..2 {
        host.perform(&mut app, vec![top3::app::Effect::ExportPlan]);
    }
    let status = app.status.clone().unwrap();
    assert!(
        status.contains("2026-04-20-veiligheidsplan-2.docx"),
        "{status}"
    );
    assert!(status.contains("de eerdere blijven bewaard"), "{status}");
    assert!(case.join("2026-04-20-veiligheidsplan.md").is_file());
    assert!(case.join("2026-04-20-veiligheidsplan-2.md").is_file());
}

// ---- the exported form and its check ----

fn bin_out(args: &[&str]) -> Output {
    Process::new(common::bin())
        .args(args)
        .env_remove("TOP3_DIR")
        .env_remove("TOP3_LANG")
        .output()
        .unwrap()
}

fn filled(s: &mut Session) {
    let r = &mut s.case.registration;
    r.referrer = "A. Aanmelder, wijkteam Voorbeeldstad, 0000-000000 (fictief)".into();
    r.initials = "M.".into();
    r.initials_role = "moeder".into();
    r.municipality = "Voorbeeldstad".into();
    r.composition = "moeder (30–49 jaar), zoon (4–11 jaar)".into();
    r.same_address = Some(true);
    r.situation = "Herhaald geweld (fictief).".into();
    r.criteria = Criterion::all()
        .map(|number| CriterionAnswer {
            number,
            applies: Some(number.number() < 4),
            explanation: "Toelichting (fictief).".into(),
        })
        .collect();
    r.zvh_involved = Some(false);
    r.escalation_reason = "Geen 6 in drie maanden (fictief).".into();
    r.sent_by = "A. Aanmelder".into();
    r.sent_on = Some(s.date);
    r.sent_to = "projectleider MDA++ (fictief)".into();
    r.manager_copy = "teamleider (fictief)".into();
    r.family_informed = Some(true);
}

#[test]
fn check_lists_every_empty_field_of_an_empty_form_and_nothing_of_a_full_one() {
    set_lang(Lang::Nl);
    let (_dir, case) = case_on_disk();
    let path = newest_file(&case);
    let out = bin_out(&[
        "export",
        path.to_str().unwrap(),
        "--form",
        "aanmelding",
        "--check",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    for field in [
        "Naam en contactgegevens aanmelder: niet ingevuld",
        "Initialen van een van de betrokkenen: niet ingevuld",
        "Gemeente: niet ingevuld",
        "1. Structurele onveiligheid (moet ja zijn): niet ingevuld",
        "8. Reguliere interventies/ trajecten onvoldoende resultaat: niet ingevuld",
        "Is het Zorg- en Veiligheidshuis betrokken?: niet ingevuld",
        "Reden van aanmelden (uit de signalen van de casus; pas aan waar nodig): niet ingevuld",
        "Verstuurd op (datum): niet ingevuld",
        "Aan wie (de projectleider MDA++): niet ingevuld",
        "Kopie aan de eigen leidinggevende: niet ingevuld",
        "Is het gezin verteld dat hun gegevens worden gedeeld?: niet ingevuld",
    ] {
        assert!(text.lines().any(|l| l == field), "{field}:\n{text}");
    }
    // One line each, then the count; the first line says which copy it is.
    assert!(text.lines().next().unwrap().starts_with("Anonimisering:"));
    assert!(
        text.trim_end()
            .ends_with("velden van het aanmeldingsformulier zijn leeg of spreken elkaar tegen.")
    );

    let mut s = top3::store::load_session(&path).unwrap();
    filled(&mut s);
    top3::store::save_session(&path, &s).unwrap();
    let out = bin_out(&[
        "export",
        path.to_str().unwrap(),
        "--form",
        "aanmelding",
        "--check",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("Het aanmeldingsformulier is volledig ingevuld.")
    );
}

#[test]
fn check_names_each_contradiction_with_its_field() {
    set_lang(Lang::Nl);
    let mut s = escalating_sessions().pop().unwrap();
    filled(&mut s);
    assert_eq!(check_registration(&s, None), Vec::<String>::new());
    let first = Some(d("2026-01-05"));
    type Change = fn(&mut Registration);
    let rows: Vec<(Change, &str)> = vec![
        (
            |r| r.criteria[0].applies = Some(false),
            "1. Structurele onveiligheid (moet ja zijn): staat op nee",
        ),
        (
            |r| r.criteria[4].explanation.clear(),
            "Toelichting bij criterium 5: beantwoord zonder toelichting",
        ),
        (
            |r| r.zvh_involved = Some(true),
            "Voor welk gezinslid: het Zorg- en Veiligheidshuis is betrokken",
        ),
        (
            |r| r.zvh_for = "vader".into(),
            "Voor welk gezinslid: ingevuld, terwijl",
        ),
        (
            |r| r.family_informed = Some(false),
            "Is het gezin verteld dat hun gegevens worden gedeeld?: nee",
        ),
        (
            |r| r.sent_on = Some(d("2025-12-01")),
            "Verstuurd op (datum): ligt voor het eerste overleg",
        ),
        (
            |r| r.sent_to.clear(),
            "Aan wie (de projectleider MDA++): niet ingevuld",
        ),
    ];
    for (change, want) in rows {
        let mut t = s.clone();
        change(&mut t.case.registration);
        let found = check_registration(&t, first);
        assert_eq!(found.len(), 1, "{want}: {found:?}");
        assert!(found[0].starts_with(want), "{want}: {found:?}");
    }
}

fn export_md(s: &Session) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = top3::store::new_session_path(dir.path(), s.case.code.as_str(), s.date, &s.layout);
    top3::store::save_session(&path, s).unwrap();
    let loaded = top3::plan::load_for_export(&path).unwrap();
    let options = ExportOptions {
        form: Form::Aanmelding,
        ..ExportOptions::default()
    };
    String::from_utf8(top3::plan::export_bytes(&loaded, ExportFormat::Md, &options).unwrap())
        .unwrap()
}

/// Distinctive names, unlike any Dutch word.
fn name() -> impl Strategy<Value = String> {
    ("Zq[a-z]{3,6}", "Vb[a-z]{3,6}").prop_map(|(a, b)| format!("{a} {b}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Over generated households: the exported form holds one person's
    /// initials, no full name, no exact age, and not the case's
    /// municipality (the form's own Gemeente field is what the chair typed).
    #[test]
    fn the_exported_form_is_anonymised(
        members in proptest::collection::vec(
            (name(), proptest::sample::select(vec!["moeder", "vader", "zoon", "dochter", "oma"]), 0u8..100),
            1..5,
        ),
        place in "Pl[a-z]{4,8}dorp",
        typed_composition in any::<bool>(),
    ) {
        set_lang(Lang::Nl);
        let mut s = escalating_sessions().pop().unwrap();
        s.case.municipality = place.clone();
        s.case.household = members
            .iter()
            .map(|(n, r, a)| format!("{r} {n} ({a})"))
            .collect::<Vec<_>>()
            .join(", ");
        s.case.registration.members = members
            .iter()
            .map(|(n, r, a)| HouseholdMember { name: n.clone(), role: r.to_string(), age: Some(*a) })
            .collect();
        // The chair writes names into the free texts too.
        let (first_name, _, _) = &members[0];
        s.case.registration.situation = format!("{first_name} belt de politie (fictief).");
        if typed_composition {
            // Typed with exact ages: the form still shows bands.
            s.case.registration.composition = members
                .iter()
                .map(|(_, r, a)| format!("{r} {a}"))
                .collect::<Vec<_>>()
                .join(", ");
        }
        let md = export_md(&s);
        for (n, _, _) in &members {
            prop_assert!(!md.contains(n.as_str()), "{n} in:\n{md}");
            for part in n.split(' ') {
                prop_assert!(!md.contains(part), "{part} in:\n{md}");
            }
        }
        prop_assert!(!md.contains(&place), "the municipality in:\n{md}");
        // No exact age: every number left outside a band ("4–11", "65+")
        // is a criterion's or a role's number (below 9), and no age shows
        // as "(34)" or "34 jaar".
        let fields: String = md
            .replace("REG-1", "")
            .lines()
            // The criteria's own numbers ("- **3. Ernstig …").
            .filter(|l| !(l.starts_with("- **") && l[4..].starts_with(|c: char| c.is_ascii_digit())))
            .collect::<Vec<_>>()
            .join("\n");
        let plain: Vec<u32> = fields
            .split(|c: char| !(c.is_ascii_digit() || c == '–' || c == '+'))
            .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
            .filter(|t| !(t.contains('–') || t.ends_with('+')))
            .filter_map(|t| t.parse().ok())
            .collect();
        prop_assert!(plain.iter().all(|n| *n < 9), "numbers outside bands: {:?}\n{}", plain, md);
        for (_, _, a) in &members {
            prop_assert!(!md.contains(&format!("({a})")), "({}) in:\n{}", a, md);
            prop_assert!(!md.contains(&format!(" {a} jaar")), "{} jaar in:\n{}", a, md);
        }
        // One person's initials, not every member's.
        let initials: Vec<String> = s.case.registration.members.iter().map(HouseholdMember::initials).collect();
        let line = format!("**Initialen van een van de betrokkenen:** {}", initials[0]);
        prop_assert!(md.contains(&line), "{}", md);
    }
}

// ---- consent and informed, on record ----

#[test]
fn the_household_form_records_the_basis_and_the_participant_form_who_was_informed() {
    set_lang(Lang::Nl);
    let mut app = common::meeting_app(0);
    // The household (first item of the participants step).
    key(&mut app, KeyCode::Enter);
    focus_meeting(&mut app, "Grondslag");
    // The shipped case records consent; the next answer is AVG 6.1e.
    assert!(screen(&app, 80, 24).join("\n").contains("[x] toestemming"));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        common::open_session(&app).case.sharing_basis,
        Some(SharingBasis::NoConsent(LegalGround::Avg6e))
    );
    let text = screen(&app, 80, 24).join("\n");
    assert!(text.contains("[x] geen toestemming: AVG 6.1e"), "{text}");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    focus_meeting(&mut app, "Andere grond");
    type_text(&mut app, "rechterlijke machtiging (fictief)");
    assert_eq!(
        common::open_session(&app).case.sharing_basis,
        Some(SharingBasis::NoConsent(LegalGround::Other(
            "rechterlijke machtiging (fictief)".into()
        )))
    );
    key(&mut app, KeyCode::Esc);
    // A participant informed afterwards: when, by whom, how.
    let s = common::open_session(&app).clone();
    let pos = s
        .participants
        .iter()
        .position(|p| p.attendance == Attendance::Absent)
        .unwrap();
    // Select that participant (the step lists the household and the roles
    // first).
    let target = top3::app::Item::Participant(s.participants[pos].id);
    let m = app.meeting_mut().unwrap();
    let idx = m.items().iter().position(|i| *i == target).unwrap();
    let step = m.session.step;
    m.selected[step] = idx;
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    focus_meeting(&mut app, "Geïnformeerd op");
    type_text(&mut app, "28-10-2026");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "coördinator");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "telefonisch");
    key(&mut app, KeyCode::Esc);
    let s = common::open_session(&app);
    let id = s.participants[pos].id;
    assert_eq!(
        s.informed,
        vec![Informed {
            participant: id,
            on: Some(d("2026-10-28")),
            by: "coördinator".into(),
            how: "telefonisch".into()
        }]
    );
    // Both in the plan, in every format's words.
    let mut with = s.clone();
    with.participants[pos].name = "Wijkagent Fictief".into();
    let md = export_plan_md(&with);
    assert!(md.contains("## Delen van gegevens"), "{md}");
    assert!(
        md.contains("Geen toestemming; andere grond: rechterlijke machtiging (fictief)"),
        "{md}"
    );
    assert!(md.contains("### Na het overleg geïnformeerd"), "{md}");
    assert!(md.contains("28-10-2026"), "{md}");
    assert!(md.contains("telefonisch"), "{md}");
}

fn focus_meeting(app: &mut App, label: &str) {
    for _ in 0..20 {
        let f = app.meeting().unwrap().form.as_ref().unwrap();
        if f.fields[f.focus].label.s().starts_with(label) {
            return;
        }
        key(app, KeyCode::Tab);
    }
    panic!("no field {label}");
}

fn export_plan_md(s: &Session) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = top3::store::new_session_path(dir.path(), s.case.code.as_str(), s.date, &s.layout);
    top3::store::save_session(&path, s).unwrap();
    let loaded = top3::plan::load_for_export(&path).unwrap();
    String::from_utf8(
        top3::plan::export_bytes(&loaded, ExportFormat::Md, &ExportOptions::default()).unwrap(),
    )
    .unwrap()
}

#[test]
fn the_plan_and_the_form_in_html_and_word_say_the_basis() {
    set_lang(Lang::Nl);
    let path = common::training_sessions().remove(0);
    let loaded = top3::plan::load_for_export(&path).unwrap();
    for form in [Form::Plan, Form::Aanmelding] {
        let options = ExportOptions {
            form,
            ..ExportOptions::default()
        };
        let html = String::from_utf8(
            top3::plan::export_bytes(&loaded, ExportFormat::Html, &options).unwrap(),
        )
        .unwrap();
        assert!(
            html.contains("Grondslag voor het delen van gegevens"),
            "{form:?}"
        );
        assert!(html.contains("Toestemming van moeder en vader"), "{form:?}");
        let docx = top3::plan::export_bytes(&loaded, ExportFormat::Docx, &options).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        assert!(xml.contains("Toestemming van moeder en vader"), "{form:?}");
    }
    // The form names who was informed by role, without the day.
    let options = ExportOptions {
        form: Form::Aanmelding,
        ..ExportOptions::default()
    };
    let md =
        String::from_utf8(top3::plan::export_bytes(&loaded, ExportFormat::Md, &options).unwrap())
            .unwrap();
    assert!(
        md.contains(
            "**Na het overleg geïnformeerd:** intern begeleider (coördinator MDA++, telefonisch"
        ),
        "{md}"
    );
    assert!(
        !md.contains("02-09-2026") && !md.contains("J. de Wit"),
        "{md}"
    );
    let plan = String::from_utf8(
        top3::plan::export_bytes(&loaded, ExportFormat::Md, &ExportOptions::default()).unwrap(),
    )
    .unwrap();
    assert!(
        plan.contains(
            "- **J. de Wit (intern begeleider)**\n  - Wanneer: 02-09-2026\n  - Door wie: R. Bakker"
        ),
        "{plan}"
    );
}

// ---- files written before still load ----

#[test]
fn every_shipped_session_file_loads_and_round_trips_with_the_new_fields() {
    let repo = common::repo();
    let mut files = Vec::new();
    for dir in ["sessions", "training", "tests/fixtures"] {
        let mut stack = vec![repo.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "ron")
                    && p.to_string_lossy().contains("20")
                    // A practice case's script is no session (h-course2).
                    && p.file_name().is_some_and(|n| n != "script.ron")
                {
                    files.push(p);
                }
            }
        }
    }
    assert!(files.len() >= 12, "{files:?}");
    let tmp = tempfile::tempdir().unwrap();
    for f in &files {
        let s = top3::store::load_session(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let out = tmp.path().join("x.ron");
        top3::store::save_session(&out, &s).unwrap();
        assert_eq!(
            top3::store::load_session(&out).unwrap(),
            s,
            "{}",
            f.display()
        );
    }
    // The shipped example uses the new fields.
    let newest = common::training_sessions().pop().unwrap();
    let s = top3::store::load_session(&newest).unwrap();
    assert_eq!(s.case.registration.sent_on, Some(d("2026-10-28")));
    assert!(!s.case.registration.sent_to.is_empty());
    assert_eq!(s.case.registration.family_informed, Some(true));
    assert!(matches!(
        s.case.sharing_basis,
        Some(SharingBasis::Consent { .. })
    ));
    let first = top3::store::load_session(&common::training_sessions()[0]).unwrap();
    assert_eq!(first.informed.len(), 1);
    // The text of the file names the fields as the model does.
    let text = std::fs::read_to_string(&newest).unwrap();
    for field in [
        "sent_on:",
        "sent_by:",
        "sent_to:",
        "manager_copy:",
        "family_informed:",
        "sharing_basis:",
    ] {
        assert!(text.contains(field), "{field}");
    }
}

#[test]
fn a_form_filled_in_round_trips_and_an_unfilled_one_adds_nothing_to_the_file() {
    let mut s = escalating_sessions().pop().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    top3::store::save_session(&path, &s).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    for field in ["registration:", "informed:", "sent_on"] {
        assert!(!text.contains(field), "{field} written while not set");
    }
    filled(&mut s);
    s.informed.push(Informed {
        participant: s.participants[0].id,
        on: Some(d("2026-05-12")),
        by: "coördinator".into(),
        how: "telefonisch".into(),
    });
    top3::store::save_session(&path, &s).unwrap();
    assert_eq!(top3::store::load_session(&path).unwrap(), s);
}

// ---- the real program in a pseudo-terminal ----

#[test]
fn pty_the_banner_key_opens_the_form_a_criterion_is_filled_and_saved() {
    use common::pty::*;
    let tmp = tempfile::tempdir().unwrap();
    let sessions_dir = tmp.path().join("sessions");
    for s in escalating_sessions() {
        let path = top3::store::new_session_path(&sessions_dir, "REG-1", s.date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
    }
    let newest = newest_file(&sessions_dir.join("REG-1"));
    let mut t = Term::start(&["open", newest.to_str().unwrap()], tmp.path(), 80, 24);
    t.wait_for("REG-1");
    // The wall view shows no signals; the chair's view names the key.
    assert!(!t.screen().contains("formulier"), "{}", t.screen());
    t.send("v");
    t.wait_for("· m formulier");
    t.send("m");
    t.wait_for("Aanmeldingsformulier MDA++ · casus REG-1");
    t.wait_for("moet ja zijn om de casus aan te");
    for _ in 0..7 {
        t.send(TAB);
    }
    t.wait_for("▶ 1. Structurele onveiligheid");
    t.send("j");
    t.wait_for("[x] ja");
    t.wait_gone("moet ja zijn om de casus aan te");
    t.send(TAB);
    t.typ("Herhaald geweld sinds januari (fictief)");
    t.send(ESC);
    t.wait_for("Aanmeldingsformulier bewaard in het overleg.");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let saved = top3::store::load_session(&newest).unwrap();
    let one = saved
        .case
        .registration
        .answer(Criterion::REQUIRED)
        .unwrap()
        .clone();
    assert_eq!(one.applies, Some(true));
    assert_eq!(one.explanation, "Herhaald geweld sinds januari (fictief)");
    assert!(
        saved
            .case
            .registration
            .escalation_reason
            .contains("Binnen 3 maanden"),
        "the reason from the signals is saved with the form"
    );
}

#[test]
fn in_plain_mode_the_form_is_one_line_per_field_with_its_answer() {
    set_lang(Lang::Nl);
    let mut app = escalating_app();
    key(&mut app, KeyCode::Char('m'));
    app.plain = true;
    let text = screen(&app, 80, 24).join("\n");
    assert!(
        text.contains("Aanmeldingsformulier MDA++ · casus REG-1"),
        "{text}"
    );
    assert!(
        text.contains("> Naam en contactgegevens aanmelder: (niet ingevuld)"),
        "{text}"
    );
    // A screen reader hears the criterion rule in words.
    assert!(text.contains("Criterium 1 (structurele onveiligheid) moet ja zijn"));
}

#[test]
fn drawn_through_a_terminal_the_form_fits_80x24_and_200x60() {
    use ratatui::{Terminal, backend::TestBackend};
    use top3::ui::{Theme, ThemeName};
    set_lang(Lang::Nl);
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut app = escalating_app();
        app.update(Action::Resize(w, h));
        key(&mut app, KeyCode::Char('m'));
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let theme = Theme::new(ThemeName::Dark);
        terminal.draw(|f| top3::ui::draw(f, &app, &theme)).unwrap();
        let rows = common::buffer_rows(terminal.backend().buffer());
        let text = rows.join("\n");
        assert!(
            rows[1].contains("Aanmeldingsformulier MDA++ · casus REG-1"),
            "{w}x{h}:\n{text}"
        );
        assert!(
            text.contains("▶ Naam en contactgegevens aanmelder"),
            "{w}x{h}:\n{text}"
        );
        assert!(
            rows[h as usize - 1].contains("Esc klaar"),
            "{w}x{h}:\n{text}"
        );
        // Wide: every criterion in view at once, and the open points.
        let criteria = (1..=8).filter(|n| text.contains(&format!("{n}. "))).count();
        if w >= 200 {
            assert!(text.contains("Nog leeg of tegenstrijdig"));
            assert!(criteria >= 7, "{text}");
        } else {
            assert!(!text.contains("Nog leeg of tegenstrijdig"));
        }
    }
}

#[test]
fn once_sent_the_banner_says_since_when_the_case_is_aangemeld() {
    set_lang(Lang::Nl);
    let mut app = escalating_app();
    app.update(Action::Resize(200, 60));
    app.meeting_mut().unwrap().session.case.registration.sent_on = Some(d("2026-04-22"));
    let rows = screen(&app, 200, 60);
    assert!(
        rows[1].contains("· aangemeld op 22-04-2026 · m aanmeldingsformulier"),
        "{}",
        rows[1]
    );
    // At 80 columns the signal stays whole; the key is always there.
    let rows = screen(&app, 80, 24);
    assert!(rows[1].contains("geen 6 vóór"), "{}", rows[1]);
    assert!(
        rows[1].trim_end().ends_with("(m)") || rows[1].contains("· m"),
        "{}",
        rows[1]
    );
}
