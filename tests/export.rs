//! `top3 export`: the plan of the training case in three formats, the plan
//! check, vastgesteld, the aanmeldingsformulier and redaction.
use crate::common;

use common::*;
use proptest::prelude::*;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use top3::i18n::{Lang, set_lang};
use top3::model::*;
use top3::plan::*;

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

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the training case in a temporary folder, so exports written
/// beside the sessions never land in the repository.
fn training_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("TR-2026-001");
    fs::create_dir(&case).unwrap();
    for f in training_sessions() {
        fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
    }
    (dir, case)
}

fn newest() -> PathBuf {
    training_sessions().pop().unwrap()
}

fn export_text(path: &Path, format: ExportFormat, options: ExportOptions, lang: Lang) -> String {
    set_lang(lang);
    let loaded = load_for_export(path).unwrap();
    let bytes = export_bytes(&loaded, format, &options).unwrap();
    set_lang(Lang::Nl);
    String::from_utf8(bytes).unwrap()
}

fn plan() -> ExportOptions {
    ExportOptions::default()
}

/// The XML parts of a .docx.
fn unzip(bytes: &[u8], part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut out).unwrap();
    out
}

// ---- snapshots of the training case (reviewed, in tests/snapshots) ----

#[test]
fn snapshot_markdown_plan() {
    insta::assert_snapshot!(export_text(&newest(), ExportFormat::Md, plan(), Lang::Nl));
}

#[test]
fn snapshot_markdown_plan_in_english() {
    insta::assert_snapshot!(export_text(&newest(), ExportFormat::Md, plan(), Lang::En));
}

#[test]
fn snapshot_html_plan() {
    insta::assert_snapshot!(export_text(&newest(), ExportFormat::Html, plan(), Lang::Nl));
}

#[test]
fn snapshot_markdown_redacted() {
    let options = ExportOptions {
        redact: true,
        ..plan()
    };
    insta::assert_snapshot!(export_text(&newest(), ExportFormat::Md, options, Lang::Nl));
}

#[test]
fn snapshot_markdown_aanmelding() {
    let options = ExportOptions {
        form: Form::Aanmelding,
        ..plan()
    };
    insta::assert_snapshot!(export_text(&newest(), ExportFormat::Md, options, Lang::Nl));
}

// ---- the Word file ----

#[test]
fn docx_has_heading_styles_tables_and_page_numbers() {
    set_lang(Lang::Nl);
    let loaded = load_for_export(&newest()).unwrap();
    let bytes = export_bytes(&loaded, ExportFormat::Docx, &plan()).unwrap();
    assert_eq!(&bytes[..2], b"PK", "a .docx is a zip file");
    let doc = unzip(&bytes, "word/document.xml");
    let styles = unzip(&bytes, "word/styles.xml");
    let footer = unzip(&bytes, "word/footer1.xml");

    // Headings use real styles that Word's navigation pane knows.
    assert!(styles.contains(r#"w:styleId="Heading1""#), "{styles}");
    assert!(styles.contains(r#"<w:name w:val="heading 1" />"#));
    assert!(styles.contains(r#"<w:outlineLvl w:val="0" />"#));
    assert!(styles.contains(r#"w:styleId="Heading2""#));
    let h1 = doc.matches(r#"<w:pStyle w:val="Heading1" />"#).count();
    // Deelnemers, delen van gegevens, terugblik, feiten, TOP 3,
    // schaalvragen, voorwaarden, afspraken, afgerond sinds het vorige
    // overleg, signaleringsplan, proactief scenario, aantekeningen, volgend
    // overleg.
    assert_eq!(h1, 13, "level-1 headings");
    assert!(doc.contains(r#"<w:pStyle w:val="Heading2" />"#));
    for heading in ["Deelnemers", "Afspraken", "Signaleringsplan: wie belt wie"] {
        assert!(doc.contains(&format!(">{heading}</w:t>")), "{heading}");
    }

    // The agreements table: a header row and one row per running
    // agreement (the one done in this meeting is listed as ended).
    let start = doc.find(">Afspraken</w:t>").unwrap();
    let table = &doc[start..];
    let table = &table[table.find("<w:tbl>").unwrap()..table.find("</w:tbl>").unwrap()];
    assert_eq!(
        table.matches("<w:tr>").count(),
        1 + top3::timeline::live_actions(&loaded.session).count()
    );
    for col in [
        "Wie",
        "Wat",
        "Wanneer",
        "Controle",
        "Bewaakt door",
        "Als het niet wordt nagekomen",
        "Stand",
    ] {
        assert!(table.contains(&format!(">{col}</w:t>")), "column {col}");
    }
    assert!(table.contains("Vangt de overdracht van de kinderen op bij haar thuis"));
    assert!(table.contains("doorlopend, elke zaterdag om 10.00 uur"));
    assert!(table.contains("vanaf 05-09-2026"));

    // Page numbers: PAGE and NUMPAGES fields in the footer.
    assert!(
        footer.contains("<w:instrText>PAGE</w:instrText>"),
        "{footer}"
    );
    assert!(footer.contains("<w:instrText>NUMPAGES</w:instrText>"));
    let rels = unzip(&bytes, "word/_rels/document.xml.rels");
    assert!(rels.contains("footer1.xml"));
}

// ---- HTML ----

#[test]
fn html_is_self_contained_escaped_and_printable() {
    let (_dir, case) = training_copy();
    let path = case.join("2026-10-27-netwerkoverleg-veiligheidsplan.ron");
    let mut s = top3::store::load_session(&path).unwrap();
    s.facts[0].what = "<script>alert('x')</script> & \"meer\"".into();
    top3::store::save_session(&path, &s).unwrap();
    let html = export_text(&path, ExportFormat::Html, plan(), Lang::Nl);
    assert!(!html.contains("<script"), "text must not become markup");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;meer&quot;")
    );
    assert!(html.contains("@media print"));
    assert!(html.contains("break-before: page"));
    assert!(html.contains(r#"<h2 class="new-page">"#));
    for external in ["<link", "src=", "http://", "https://", "@import"] {
        assert!(!html.contains(external), "no external resource: {external}");
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<html lang="nl">"#));
}

// ---- what never appears ----

#[test]
fn private_notes_never_appear_in_any_format() {
    let oldest = &training_sessions()[0];
    let s = top3::store::load_session(oldest).unwrap();
    let private: Vec<&str> = s
        .notes
        .iter()
        .filter(|n| n.private)
        .map(|n| n.text.as_str())
        .collect();
    assert!(!private.is_empty(), "the oldest meeting has a private note");
    let public = s.notes.iter().find(|n| !n.private).unwrap();
    for options in [
        plan(),
        ExportOptions {
            form: Form::Aanmelding,
            ..plan()
        },
    ] {
        let loaded = load_for_export(oldest).unwrap();
        for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Docx] {
            let bytes = export_bytes(&loaded, format, &options).unwrap();
            let text = match format {
                ExportFormat::Docx => unzip(&bytes, "word/document.xml"),
                _ => String::from_utf8(bytes).unwrap(),
            };
            for p in &private {
                assert!(!text.contains(&p[..30]), "{format:?}: private note shown");
            }
            if options.form == Form::Plan && format == ExportFormat::Md {
                assert!(text.contains(&public.text), "public notes are in the plan");
            }
        }
    }
}

// ---- the plan check ----

/// A session with one of everything that keeps a plan from being firm.
fn incomplete_session() -> Session {
    let mut s = Session::new(
        Case::new(CaseCode::new("CHK-1").unwrap()),
        MeetingKind::Casusoverleg,
        Phase::DirecteVeiligheid,
        "casusoverleg",
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    );
    let mut anna = Participant::new(s.alloc_id(), "Anna");
    anna.role = "moeder".into();
    let mut absent = Participant::new(s.alloc_id(), "Bert");
    absent.attendance = Attendance::Absent;
    let mut wijk = Participant::new(s.alloc_id(), "C. Jansen");
    wijk.role = "wijkteam".into();
    let (a, c) = (anna.id, wijk.id);
    s.participants = vec![anna, absent, wijk];
    let sit1 = s.alloc_id();
    let sit2 = s.alloc_id();
    s.top3 = Top3::new(vec![
        Situation {
            id: sit1,
            text: "Ruzie bij de overdracht".into(),
            facts: vec![],
        },
        Situation {
            id: sit2,
            text: "Dreiging met meenemen van de kinderen".into(),
            facts: vec![],
        },
    ])
    .unwrap();
    let scale = s.scale_mut("veiligheid", "Hoe veilig is het nu?");
    scale.answer_mut(a).score = Some(Score::new(4).unwrap());
    let _ = c; // present, but no score
    let tied = s.alloc_id();
    let mut c1 = Condition::new(tied, Some(sit1));
    c1.text = "Overdracht bij oma".into();
    c1.monitored_by = "coördinator".into();
    s.conditions.push(c1);
    let loose = s.alloc_id();
    let mut c2 = Condition::new(loose, None);
    c2.text = "Geen alcohol in huis".into();
    c2.monitored_by = "coördinator".into();
    s.conditions.push(c2);
    let id = s.alloc_id();
    s.actions.push(Action {
        id,
        who: "oma".into(),
        what: "Vangt de overdracht op".into(),
        how_checked: "Appt de coördinator".into(),
        ..Action::default()
    });
    s
}

#[test]
fn the_check_lists_what_keeps_the_plan_from_being_firm() {
    set_lang(Lang::Nl);
    let s = incomplete_session();
    let findings = check(&s);
    let messages: Vec<String> = findings.iter().map(Finding::message).collect();
    assert_eq!(
        messages,
        [
            "Er is niet vastgelegd op welke grond de gegevens van de casus worden gedeeld (toestemming, of zonder toestemming: AVG 6.1e onder een 6, meldcode of een andere grond); vul het in bij het huishouden.",
            "Schaalvraag 'veiligheid' mist het cijfer van: C. Jansen (wijkteam).",
            "Punt 2 van de TOP 3 (Dreiging met meenemen van de kinderen) heeft nog geen voorwaarden.",
            "Voorwaarde 2 (Geen alcohol in huis) is nog niet gekoppeld aan een punt van de TOP 3.",
            "Afspraak 1 (oma: Vangt de overdracht op) mist: wanneer, wie het bewaakt, wat er gebeurt als de afspraak niet wordt nagekomen.",
            "Er is nog geen proactief scenario: wat er gebeurt bij een volgend incident en wie wie belt.",
            "Er is geen datum voor het volgende overleg.",
        ]
    );
    assert_eq!(findings[3].item(), Some(s.conditions[1].id));
    assert!(!is_firm(&s));

    let empty = Session::new(
        Case::new(CaseCode::new("CHK-2").unwrap()),
        MeetingKind::Casusoverleg,
        Phase::DirecteVeiligheid,
        "casusoverleg",
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    );
    assert_eq!(
        check(&empty),
        [
            Finding::NobodyPresent,
            Finding::NoSharingBasis,
            Finding::NoTop3,
            Finding::NoScale,
            Finding::NoActions,
            Finding::NoScenario,
            Finding::NoNextMeeting
        ]
    );
}

#[test]
fn the_training_plan_is_firm() {
    let s = top3::store::load_session(&newest()).unwrap();
    assert_eq!(check(&s), []);
}

#[test]
fn check_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2026-03-01-casusoverleg.ron");
    top3::store::save_session(&path, &incomplete_session()).unwrap();
    let out = top3(&["export", path.to_str().unwrap(), "--check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    // Which copy this is comes first: a wrong copy is never sent unknowingly.
    assert_eq!(
        text.lines().next(),
        Some("Anonimisering: Niet geanonimiseerd (bevat namen)."),
        "{text}"
    );
    // Then for whom it is.
    assert_eq!(
        text.lines().nth(1),
        Some("Voor: iedereen (niets is afgeschermd)."),
        "{text}"
    );
    // Seven findings, and how to see the reasons and the one prompt (c-folder).
    assert_eq!(text.lines().count(), 10, "{text}");
    assert_eq!(
        text.lines().last(),
        Some("Met --waarom: bij elk punt de reden van de methode, en de vragen voor de groep (1)."),
        "{text}"
    );
    assert!(text.lines().all(|l| l.ends_with('.')), "{text}");
    assert!(text.contains("mist: wanneer"), "{text}");
    let files: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "--check writes nothing");

    let en = top3(&["export", path.to_str().unwrap(), "--check", "--lang", "en"]);
    assert!(stdout(&en).contains("There is no date for the next meeting."));

    let (_d, case) = training_copy();
    let ok = top3(&["export", case.to_str().unwrap(), "--check"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert_eq!(
        stdout(&ok).trim(),
        "Anonimisering: Niet geanonimiseerd (bevat namen).\nVoor: iedereen (niets is afgeschermd).\nHet plan is compleet: het kan worden vastgesteld."
    );
    for (flags, says) in [
        (
            &["--redact"][..],
            "Anonimisering: Geanonimiseerd (namen vervangen door rollen, gemeente",
        ),
        (
            &["--form", "aanmelding"][..],
            "Anonimisering: Geanonimiseerd (namen vervangen door rollen).",
        ),
    ] {
        let mut args = vec!["export", case.to_str().unwrap(), "--check"];
        args.extend(flags);
        let out = stdout(&top3(&args));
        assert!(out.starts_with(says), "{flags:?}: {out}");
    }
}

#[test]
fn vastgesteld_only_when_firm_or_with_a_recorded_reason() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let mut s = incomplete_session();
    let refused = mark_vastgesteld(&mut s, day, None).unwrap_err();
    assert_eq!(refused.len(), 7);
    assert_eq!(
        mark_vastgesteld(&mut s, day, Some("  ")).unwrap_err().len(),
        7
    );
    assert_eq!(s.plan_status, PlanStatus::Concept);

    mark_vastgesteld(&mut s, day, Some("Datum volgt per mail")).unwrap();
    assert_eq!(
        s.plan_status,
        PlanStatus::Vastgesteld {
            date: day,
            override_reason: Some("Datum volgt per mail".into())
        }
    );
    // The override is kept in the session file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    top3::store::save_session(&path, &s).unwrap();
    assert_eq!(
        top3::store::load_session(&path).unwrap().plan_status,
        s.plan_status
    );
    set_lang(Lang::Nl);
    let md = export_text(&path, ExportFormat::Md, plan(), Lang::Nl);
    assert!(
        md.contains("vastgesteld op 01-03-2026, met open punten (reden: Datum volgt per mail)")
    );
    assert!(md.contains("## Wat er nog aan het plan ontbreekt"));

    reopen(&mut s);
    assert_eq!(s.plan_status, PlanStatus::Concept);

    let mut firm = top3::store::load_session(&newest()).unwrap();
    mark_vastgesteld(&mut firm, day, Some("niet nodig")).unwrap();
    assert_eq!(
        firm.plan_status,
        PlanStatus::Vastgesteld {
            date: day,
            override_reason: None
        },
        "no override is recorded when none was needed"
    );
}

// ---- writing files ----

#[test]
fn the_library_writes_the_plan_beside_the_session() {
    set_lang(Lang::Nl);
    let (_dir, case) = training_copy();
    let session = case.join("2026-10-27-netwerkoverleg-veiligheidsplan.ron");
    for (format, name) in [
        (ExportFormat::Md, "2026-10-27-veiligheidsplan.md"),
        (ExportFormat::Html, "2026-10-27-veiligheidsplan.html"),
        (ExportFormat::Docx, "2026-10-27-veiligheidsplan.docx"),
    ] {
        let out = export_session_file(&session, format, &plan()).unwrap();
        assert_eq!(out, case.join(name));
        assert!(fs::metadata(&out).unwrap().len() > 500);
    }
    let form = ExportOptions {
        form: Form::Aanmelding,
        ..plan()
    };
    let out = export_session_file(&session, ExportFormat::Md, &form).unwrap();
    assert_eq!(out, case.join("2026-10-27-aanmeldingsformulier.md"));
    let red = ExportOptions {
        redact: true,
        ..plan()
    };
    let out = export_session_file(&session, ExportFormat::Md, &red).unwrap();
    assert_eq!(out, case.join("veiligheidsplan-week-8-geanonimiseerd.md"));
    let leftovers: Vec<String> = fs::read_dir(&case)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".top3-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn the_command_writes_next_to_the_session_to_a_file_or_to_stdout() {
    let (_dir, case) = training_copy();
    let out = top3(&["export", case.to_str().unwrap(), "--format", "docx"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = case.join("2026-10-27-veiligheidsplan.docx");
    assert_eq!(
        stdout(&out).trim(),
        format!(
            "Geschreven: {}\nAnonimisering: Niet geanonimiseerd (bevat namen).\nVoor: iedereen (niets is afgeschermd).",
            written.display()
        )
    );
    assert!(written.is_file());

    let target = case.join("plan.html");
    let out = top3(&[
        "export",
        case.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        target.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .contains("<h1>TOP 3 Safety plan</h1>")
    );

    let out = top3(&["export", case.to_str().unwrap(), "-o", "-"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("# TOP 3 Veiligheidsplan\n"));

    let out = top3(&[
        "export",
        case.to_str().unwrap(),
        "--format",
        "docx",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn a_broken_session_is_reported_in_one_sentence_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapot.ron");
    fs::write(&path, "(version: 1, case: (code: \"X\"").unwrap();
    let out = top3(&["export", path.to_str().unwrap(), "--format", "docx"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("top3: {}:1:", path.display())),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(!err.contains("panicked"));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);

    let empty = tempfile::tempdir().unwrap();
    let out = top3(&["export", empty.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("geen sessie"), "{}", stderr(&out));
}

// ---- the aanmeldingsformulier ----

#[test]
fn the_form_is_anonymised_and_warns_without_criterion_one() {
    let md = export_text(
        &newest(),
        ExportFormat::Md,
        ExportOptions {
            form: Form::Aanmelding,
            ..plan()
        },
        Lang::Nl,
    );
    let s = top3::store::load_session(&newest()).unwrap();
    for m in &s.case.registration.members {
        assert!(!md.contains(&m.name), "{} is in the form", m.name);
    }
    // One person's initials, ages in bands; the plan (names, dates) is
    // not attached.
    assert!(
        md.contains("- **Initialen van een van de betrokkenen:** M.\n"),
        "{md}"
    );
    assert!(!md.contains("D."), "{md}");
    assert!(md.contains("zoon (4–11 jaar), dochter (4–11 jaar)"), "{md}");
    for age in ["34", "36", "(9)", "(6)"] {
        assert!(!md.contains(age), "exact age {age} in the form");
    }
    assert!(!md.contains("Bijlage"), "{md}");
    assert!(!md.contains("14-06-2019"), "an incident date in the form");
    assert!(md.contains("## Reden van aanmelden"));
    assert!(md.contains("- **Verstuurd op (datum):** 28-10-2026"));
    assert!(!md.contains("criterium 1, structurele onveiligheid, moet altijd"));

    let (_dir, case) = training_copy();
    let path = case.join("2026-10-27-netwerkoverleg-veiligheidsplan.ron");
    let mut s = top3::store::load_session(&path).unwrap();
    s.case
        .registration
        .criteria
        .retain(|c| c.number.number() != 1);
    top3::store::save_session(&path, &s).unwrap();
    let md = export_text(
        &path,
        ExportFormat::Md,
        ExportOptions {
            form: Form::Aanmelding,
            ..plan()
        },
        Lang::Nl,
    );
    assert!(md.contains("criterium 1, structurele onveiligheid, moet altijd"));
    assert!(md.contains("- **1. Structurele onveiligheid**\n  - Ja/Nee: nog niet ingevuld"));
}

#[test]
fn a_criterion_outside_one_to_eight_does_not_load() {
    let text = fs::read_to_string(newest())
        .unwrap()
        .replace("number: 8,", "number: 9,");
    let err = top3::store::parse_session(&text, Path::new("x.ron")).unwrap_err();
    assert!(
        err.message().contains("criteria 1 tot en met 8"),
        "{}",
        err.message()
    );
}

// ---- redaction ----

/// Distinctive names: capitalised, unlike any Dutch or English word.
fn name() -> impl Strategy<Value = String> {
    ("Zq[a-z]{4,7}", proptest::option::of("Xv[a-z]{3,6}")).prop_map(|(a, b)| match b {
        Some(b) => format!("{a} {b}"),
        None => a,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn no_name_survives_redaction_in_any_format(
        mut s in session(),
        names in proptest::collection::vec(name(), 1..5),
        members in proptest::collection::vec(name(), 0..3),
        hidden in proptest::collection::vec(name(), 0..3),
        child in name(),
    ) {
        set_lang(Lang::Nl);
        for (i, n) in names.iter().enumerate() {
            let id = s.alloc_id();
            let mut p = Participant::new(id, n.clone());
            p.role = ["moeder", "vader", "", "oom"][i % 4].to_string();
            s.participants.push(p);
        }
        for m in &members {
            s.case.registration.members.push(HouseholdMember {
                name: m.clone(),
                role: "kind".into(),
                age: Some(7),
            });
        }
        // Names also turn up inside free text, in any case, possessive.
        let known: Vec<String> = names.iter().chain(&members).cloned().collect();
        let first = known[0].clone();
        let last = known[known.len() - 1].clone();
        // A child named only in the household line and a fact; names the
        // chair adds to hide, named only in free text.
        s.case.hidden_names = hidden.clone();
        let all: Vec<String> = known.iter().chain(&hidden).chain([&child]).cloned().collect();
        s.chair = first.clone();
        s.case.household = format!("moeder {first} en {}, zoon {child} (9)", last.to_uppercase());
        for (i, h) in hidden.iter().enumerate() {
            let id = s.alloc_id();
            let text = if i % 2 == 0 { format!("{h}’s auto") } else { h.to_lowercase() };
            s.facts.push(Fact::new(id, FactKind::Actuele, format!("{child} zag {text}")));
        }
        s.case.registration.situation = format!("{last}s vader belt {first}.");
        if let Some(f) = s.facts.first_mut() {
            f.what = format!("{} zegt: \"{last}\" (zie {first}'s verhaal)", f.what);
        }
        if let Some(a) = s.actions.first_mut() {
            a.who = last.clone();
            a.if_broken = format!("{first} belt {last}");
        }
        let note = s.alloc_id();
        s.notes.push(Note { id: note, text: format!("Met {last} gesproken"), private: false, visibility: Default::default() });

        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("PT-0001");
        let path = case.join("2026-01-01-casusoverleg.ron");
        top3::store::save_session(&path, &s).unwrap();
        let loaded = load_for_export(&path).unwrap();
        for form in [Form::Plan, Form::Aanmelding] {
            let options = ExportOptions { form, redact: true, ..ExportOptions::default() };
            for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Docx] {
                let bytes = export_bytes(&loaded, format, &options).unwrap();
                let text = match format {
                    ExportFormat::Docx => unzip(&bytes, "word/document.xml")
                        + &unzip(&bytes, "word/footer1.xml"),
                    _ => String::from_utf8(bytes).unwrap(),
                };
                for n in &all {
                    for word in n.split(' ') {
                        prop_assert!(
                            !text.to_lowercase().contains(&word.to_lowercase()),
                            "{word} survives in {format:?} {form:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn redacted_training_case_has_no_names_and_keeps_the_text_as_written() {
    let redacted = ExportOptions {
        redact: true,
        ..plan()
    };
    // Every meeting of the case, also those without a registration, where
    // the children are named only in the household line and the facts.
    for session in training_sessions() {
        let md = export_text(&session, ExportFormat::Md, redacted, Lang::Nl);
        for word in [
            "Mirjam",
            "Daan",
            "Ineke",
            "Kees",
            "Finn",
            "Lot ",
            "Lot,",
            "Bakker",
            "Yilmaz",
            "de Wit",
            "Voorbeeldstad",
        ] {
            assert!(!md.contains(word), "{word} survives in {session:?}");
        }
        // Each role once: "zoon Finn (9)" is "zoon (9)".
        assert!(md.contains("zoon (9), dochter (6)"), "{md}");
        assert!(md.contains("- **Anonimisering:** Geanonimiseerd (namen vervangen door rollen"));
        // Dates in fields are weeks; the meeting's own date is gone.
        for month in ["-08-2026", "-09-2026", "-10-2026", "-11-2026"] {
            assert!(!md.contains(month), "{month}: {md}");
        }
    }
    let md = export_text(&newest(), ExportFormat::Md, redacted, Lang::Nl);
    assert!(md.contains("- **Overleg:** TOP-3 netwerkoverleg, week 8"));
    assert!(md.contains("Terugblik op het overleg van week 4"));
    assert!(md.contains("## Volgend overleg\n\nweek 12\n"));
    assert!(md.contains("Zoon komt vaak moe en stil op school"));
    // Dates in free text stay exactly as written: no "op week 6", no
    // "sinds juni jaar 0".
    assert!(md.contains("Eerste gesprek op 14 oktober."), "{md}");
    assert!(md.contains("sinds juni 2026"), "{md}");
    assert!(md.contains("voorjaar 2025"), "{md}");
    assert!(!md.contains("jaar -") && !md.contains("jaar 0"), "{md}");
}

#[test]
fn a_plan_without_anyone_present_is_not_firm() {
    let mut s = top3::store::load_session(&common::training_sessions().pop().unwrap()).unwrap();
    assert!(top3::plan::check(&s).is_empty());
    s.participants.clear();
    for scale in &mut s.scales {
        scale.answers.clear();
    }
    let findings = top3::plan::check(&s);
    assert!(
        findings
            .iter()
            .any(|f| f.message().contains("niemand als aanwezig")),
        "{findings:?}"
    );
}

// ---- the Word file looks made by hand: properties, layout, the chart ----

fn docx_of(options: ExportOptions) -> Vec<u8> {
    set_lang(Lang::Nl);
    let loaded = load_for_export(&newest()).unwrap();
    export_bytes(&loaded, ExportFormat::Docx, &options).unwrap()
}

#[test]
fn docx_properties_name_the_plan_the_case_the_organisation_and_the_date() {
    let core = unzip(&docx_of(plan()), "docProps/core.xml");
    assert!(
        core.contains("<dc:title>TOP 3 Veiligheidsplan</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:subject>TR-2026-001</dc:subject>"));
    // The chair R. Bakker is a participant from Veilig Thuis.
    assert!(core.contains("<dc:creator>Veilig Thuis</dc:creator>"));
    // 27 October 2026 14:00 local time, in UTC.
    let local = chrono::NaiveDate::from_ymd_opt(2026, 10, 27)
        .unwrap()
        .and_hms_opt(14, 0, 0)
        .unwrap();
    let utc = chrono::TimeZone::from_local_datetime(&chrono::Local, &local)
        .earliest()
        .unwrap()
        .with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    assert!(
        core.contains(&format!(">{utc}</dcterms:created>")),
        "{core}"
    );
    assert!(
        !core.contains("1970") && !core.contains("unknown"),
        "{core}"
    );

    // Redacted: neither the meeting's date nor the organisation.
    let core = unzip(
        &docx_of(ExportOptions {
            redact: true,
            ..plan()
        }),
        "docProps/core.xml",
    );
    assert!(core.contains("<dc:creator></dc:creator>"), "{core}");
    assert!(!core.contains("2026-10-27T14"), "{core}");
    assert!(!core.contains("1970"));
    // No date at all, not the moment of the export: the same redacted
    // document is the same file (also on Windows, see ci/windows.sh).
    assert!(!core.contains("dcterms:created"), "{core}");
}

#[test]
fn docx_tables_repeat_their_header_keep_rows_whole_and_turn_the_agreements() {
    let doc = unzip(&docx_of(plan()), "word/document.xml");
    let tables = doc.matches("<w:tbl>").count();
    assert!(tables >= 8, "{tables}");
    assert_eq!(doc.matches("<w:tblHeader />").count(), tables);
    assert_eq!(
        doc.matches("<w:cantSplit />").count(),
        doc.matches("<w:tr>").count(),
        "no row breaks across pages"
    );
    // Columns sized to content: the participants' table does not have five
    // equal columns.
    let grid = &doc[doc.find("<w:tblGrid>").unwrap()..doc.find("</w:tblGrid>").unwrap()];
    let widths: Vec<&str> = grid
        .split("w:w=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(widths.len(), 5);
    assert!(widths.iter().any(|w| *w != widths[0]), "{widths:?}");

    // The agreements are on a turned page: the section that holds them ends
    // landscape, the one before is upright, and the page after is upright.
    let at = doc.find(">Afspraken</w:t>").unwrap();
    let before = &doc[..at];
    let after = &doc[at..];
    let prev = &before[before.rfind("<w:sectPr>").unwrap()..];
    assert!(prev.contains(r#"w:orient="portrait""#), "{prev}");
    let own = &after[after.find("<w:sectPr>").unwrap()..];
    assert!(
        own.starts_with(r#"<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape" />"#),
        "{}",
        &own[..200]
    );
    // Every section has the footer with the page numbers.
    assert_eq!(
        doc.matches("<w:sectPr>").count(),
        doc.matches("<w:footerReference").count()
    );
}

#[test]
fn docx_and_html_carry_the_score_chart() {
    let bytes = docx_of(plan());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let pngs: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .map(String::from)
        .collect();
    assert_eq!(pngs.len(), 1, "one scale question asked three times");
    let mut png = Vec::new();
    zip.by_name(&pngs[0])
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(png.len() > 10_000, "a drawn chart, not an empty picture");
    let doc = unzip(&bytes, "word/document.xml");
    assert!(
        doc.contains(r#"descr="Schaalvraag &apos;veiligheid&apos;"#)
            || doc.contains("descr=\"Schaalvraag 'veiligheid'"),
        "alt text"
    );
    // The same chart twice gives the same picture (snapshot-safe).
    assert!(
        docx_media(&docx_of(plan())) == png,
        "the same picture again"
    );

    let html = export_text(&newest(), ExportFormat::Html, plan(), Lang::Nl);
    let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert!(svg.contains(r#"role="img""#));
    // Three meetings, each a median dot, and the threshold named.
    let medians = svg
        .split("<circle")
        .filter(|c| c.contains(r##"fill="#1F3864""##))
        .count();
    assert_eq!(medians, 3 + 1, "three medians and the legend's");
    assert!(svg.contains("drempel 6"));
    for date in ["01-09-2026", "29-09-2026", "27-10-2026"] {
        assert!(svg.contains(date), "{date}");
    }
}

fn docx_media(bytes: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let name = zip
        .file_names()
        .find(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .unwrap()
        .to_string();
    let mut out = Vec::new();
    zip.by_name(&name).unwrap().read_to_end(&mut out).unwrap();
    out
}

#[test]
fn html_title_names_the_plan_once_and_english_asks_in_english() {
    let html = export_text(&newest(), ExportFormat::Html, plan(), Lang::Nl);
    let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
    assert_eq!(title.matches("Veiligheidsplan").count(), 1, "{title}");
    assert!(html.contains("<h2>Aantekeningen</h2>"));
    assert!(!html.contains("Notities") && !html.contains("Uiterlijk"));

    let en = export_text(&newest(), ExportFormat::Html, plan(), Lang::En);
    assert!(en.contains("On a scale from 0 to 10: how safe is it now?"));
    assert!(
        !en.contains("Op een schaal van 0 tot 10"),
        "no Dutch question"
    );
    // A question typed by hand stays as it was typed.
    let (_dir, case) = training_copy();
    let path = case.join("2026-10-27-netwerkoverleg-veiligheidsplan.ron");
    let mut s = top3::store::load_session(&path).unwrap();
    s.scales[0].question = "Hoe veilig voelt het thuis, eigen woorden?".into();
    top3::store::save_session(&path, &s).unwrap();
    let en = export_text(&path, ExportFormat::Md, plan(), Lang::En);
    assert!(en.contains("Hoe veilig voelt het thuis, eigen woorden?"));
}

// ---- PDF through LibreOffice ----

#[test]
fn pdf_without_libreoffice_is_one_sentence_and_writes_nothing() {
    let (_dir, case) = training_copy();
    let out = Command::new(bin())
        .args(["export", "--format", "pdf"])
        .arg(&case)
        .env("TOP3_SOFFICE", case.join("no-such-soffice"))
        .env_remove("TOP3_LANG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(
        err.trim(),
        "top3: voor PDF is LibreOffice nodig (het programma soffice), en dat is niet gevonden; \
         installeer LibreOffice of exporteer als docx"
    );
    assert!(!case.join("2026-10-27-veiligheidsplan.pdf").exists());
    // A PDF cannot go to standard output.
    let out = top3(&[
        "export",
        "--format",
        "pdf",
        "-o",
        "-",
        case.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("-o BESTAND.pdf"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}
