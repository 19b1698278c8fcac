//! Audiences (issue 12): every item can be for everyone, for professionals
//! only, or not to be shared with named participants. A copy for an
//! audience and the wall leave out what is not for them; a hidden reporter
//! is named by their group.
use crate::common;

use common::*;
use proptest::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use top3::app::{App, Command, KeyMap, Meeting, Screen};
use top3::i18n::{Lang, set_lang};
use top3::layout::LayoutSet;
use top3::model::*;
use top3::plan::{
    ExportFormat, ExportOptions, Form, build_document, export_bytes, load_for_export,
    parse_audience,
};

fn unzip(bytes: &[u8], part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// A visibility drawn from `pick`: iedereen, alleen professionals, or not
/// to be shared with the participants whose bit is set in `mask`.
fn visibility(pick: u8, mask: u8, ids: &[Id]) -> Visibility {
    match pick % 3 {
        0 => Visibility::Iedereen,
        1 => Visibility::AlleenProfessionals,
        _ => Visibility::NietDelenMet(
            ids.iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, id)| *id)
                .collect(),
        ),
    }
}

/// A marked session: every item's text is a token of its own, each item
/// has a drawn visibility, reporters are tokens too (they match nobody, so
/// a hidden one becomes "een melder").
#[derive(Debug, Clone)]
struct Marked {
    session: Session,
    /// (token, visibility) of everything that can be left out.
    items: Vec<(String, Visibility)>,
}

fn marked() -> impl Strategy<Value = Marked> {
    (
        session(),
        proptest::collection::vec((0u8..4, any::<bool>()), 2..6),
        proptest::collection::vec((0u8..3, any::<u8>()), 40),
    )
        .prop_map(|(mut s, people, draws)| {
            s.participants.clear();
            for (i, (group, present)) in people.iter().enumerate() {
                let id = s.alloc_id();
                let mut p = Participant::new(id, format!("Pqx{}", (b'a' + i as u8) as char));
                p.group = [
                    None,
                    Some(Group::Gezin),
                    Some(Group::Netwerk),
                    Some(Group::Professional),
                ][*group as usize];
                p.attendance = if *present {
                    Attendance::Present
                } else {
                    Attendance::Absent
                };
                s.participants.push(p);
            }
            // Scores of people who are no longer there are dropped.
            s.scales.clear();
            let ids: Vec<Id> = s.participants.iter().map(|p| p.id).collect();
            let mut draw = draws.into_iter().cycle();
            let mut next = || {
                let (pick, mask) = draw.next().unwrap();
                visibility(pick, mask, &ids)
            };
            let mut items = Vec::new();
            s.facts.truncate(4);
            for f in &mut s.facts {
                f.what = format!("Zfa{}q", f.id.0);
                f.visibility = next();
                items.push((f.what.clone(), f.visibility.clone()));
                f.reported_by = format!("melder Zrp{}q", f.id.0);
                f.source = String::new();
                f.reporter_visibility = next();
                items.push((format!("Zrp{}q", f.id.0), f.reporter_visibility.clone()));
            }
            // The TOP 3 quotes facts; its own text is for everyone.
            for i in 0..s.top3.len() {
                if let Some(x) = s.top3.get_mut(i) {
                    x.text = format!("situatie {}", i + 1);
                }
            }
            for c in &mut s.conditions {
                c.text = format!("Zco{}q", c.id.0);
                c.visibility = next();
                items.push((c.text.clone(), c.visibility.clone()));
            }
            for a in &mut s.actions {
                a.what = format!("Zac{}q", a.id.0);
                a.visibility = next();
                items.push((a.what.clone(), a.visibility.clone()));
            }
            for n in &mut s.notes {
                n.private = false;
                n.text = format!("Zno{}q", n.id.0);
                n.visibility = next();
                items.push((n.text.clone(), n.visibility.clone()));
            }
            for p in &mut s.participants {
                p.organisation = format!("Zor{}q", p.id.0);
                p.relation = String::new();
                p.visibility = next();
                items.push((p.organisation.clone(), p.visibility.clone()));
            }
            Marked { session: s, items }
        })
}

/// True for a reporter's token whose fact itself is hidden from `readers`
/// (then the reporter is not in the copy either).
fn hidden_fact_of(s: &Session, token: &str, readers: &Readers) -> bool {
    s.facts
        .iter()
        .any(|f| f.reported_by.ends_with(token) && !readers.may_see(&f.visibility))
}

fn audiences(s: &Session) -> Vec<Audience> {
    let mut out = vec![Audience::Gezin, Audience::Netwerk, Audience::Professionals];
    out.extend(s.participants.iter().map(|p| Audience::Person(p.id)));
    out
}

fn text_of(format: ExportFormat, bytes: Vec<u8>) -> String {
    match format {
        ExportFormat::Docx => {
            unzip(&bytes, "word/document.xml") + &unzip(&bytes, "word/footer1.xml")
        }
        _ => String::from_utf8(bytes).unwrap(),
    }
}

fn app_of(s: &Session, present: bool, facilitator: bool) -> App {
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&s.layout).unwrap().clone();
    let mut app = App::new(
        Screen::Meeting(Box::new(Meeting::new(s.clone(), layout, None))),
        KeyMap::default(),
        layouts,
    );
    app.facilitator_view = facilitator;
    app.wall = present;
    app
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// No item hidden for an audience is in any format of its copy; every
    /// item for them is (in Markdown), so the copy is not simply empty.
    #[test]
    fn no_item_hidden_for_an_audience_is_in_its_copy(m in marked()) {
        set_lang(Lang::Nl);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("PT-0001").join("2026-01-01-casusoverleg.ron");
        top3::store::save_session(&path, &m.session).unwrap();
        let loaded = load_for_export(&path).unwrap();
        for audience in audiences(&m.session) {
            let readers = audience.readers(&m.session);
            for form in [Form::Plan, Form::Aanmelding] {
                let options = ExportOptions { form, redact: false, audience: Some(audience) };
                for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Docx] {
                    let text = text_of(format, export_bytes(&loaded, format, &options).unwrap());
                    for (token, v) in &m.items {
                        if !readers.may_see(v) {
                            prop_assert!(
                                !text.contains(token.as_str()),
                                "{token} ({v:?}) in the {format:?} {form:?} for {audience:?}"
                            );
                        } else if format == ExportFormat::Md
                            && form == Form::Plan
                            && !token.starts_with("Zco")
                            && !token.starts_with("Zac")
                            && !hidden_fact_of(&m.session, token, &readers)
                        {
                            // Conditions and agreements may have ended in a
                            // generated review; the rest is always there.
                            prop_assert!(
                                text.contains(token.as_str()),
                                "{token} ({v:?}) missing for {audience:?}:\n{text}"
                            );
                        }
                    }
                    let left = m.items.iter().filter(|(t, v)| {
                        !readers.may_see(v) && !t.starts_with("Zrp")
                    }).count();
                    if left > 0 {
                        prop_assert!(
                            text.contains("niet opgenomen in deze versie"),
                            "the copy says it is partial ({format:?})"
                        );
                    }
                }
            }
        }
    }

    /// The wall (one screen in wall view, and `top3 present`) shows nothing
    /// that is not for everyone present: on every step, with every item
    /// selected and its form open.
    #[test]
    fn the_wall_shows_only_what_is_for_everyone_present(
        m in marked(),
        present in any::<bool>(),
        plain in any::<bool>(),
        size in proptest::sample::select(vec![(80u16, 24u16), (200, 60)]),
    ) {
        set_lang(Lang::Nl);
        let readers = m.session.wall_readers();
        let hidden: Vec<&String> = m
            .items
            .iter()
            .filter(|(_, v)| !readers.may_see(v))
            .map(|(t, _)| t)
            .collect();
        let mut app = app_of(&m.session, present, false);
        // Plain mode (for screen readers) in wall view hides the same.
        app.plain = plain;
        let steps = app.meeting().unwrap().layout.steps.len();
        for step in 0..steps {
            let mm = app.meeting_mut().unwrap();
            mm.session.step = step;
            let n = mm.items().len().max(1);
            for i in 0..n {
                app.meeting_mut().unwrap().selected[step] = i;
                let mut screens = vec![screen(&app, size.0, size.1)];
                if !present {
                    cmd(&mut app, Command::Edit);
                    screens.push(screen(&app, size.0, size.1));
                    cmd(&mut app, Command::Escape);
                    cmd(&mut app, Command::Visibility);
                    screens.push(screen(&app, size.0, size.1));
                    cmd(&mut app, Command::Escape);
                }
                for rows in screens {
                    let text = rows.join("\n");
                    for token in &hidden {
                        prop_assert!(
                            !text.contains(token.as_str()),
                            "{token} on the wall (step {step}, item {i}):\n{text}"
                        );
                    }
                }
            }
        }
        // The facilitator view shows each hidden fact, with its mark: the
        // test above cannot pass by showing nothing.
        let mut fac = app_of(&m.session, false, true);
        let facts = fac.meeting().unwrap().layout.steps.iter()
            .position(|s| s.kind == top3::layout::StepKind::Facts).unwrap();
        fac.meeting_mut().unwrap().session.step = facts;
        let text = screen(&fac, 200, 60).join("\n");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for f in &m.session.facts {
            if !readers.may_see(&f.visibility) {
                prop_assert!(text.contains(f.what.as_str()), "{}: {text}", f.what);
                // (Columns side by side: the mark may wrap between them.)
                prop_assert!(flat.contains("niet in de"), "{text}");
            }
        }
    }
}

/// A reporter hidden from the family is named by their group, also where
/// the fact's text names them.
#[test]
fn a_hidden_reporter_is_shown_by_their_group() {
    set_lang(Lang::Nl);
    let mut s = Session::new(
        Case::new(CaseCode::new("T-1").unwrap()),
        MeetingKind::Netwerkoverleg,
        Phase::DirecteVeiligheid,
        "netwerkoverleg-veiligheidsplan",
        chrono::NaiveDate::from_ymd_opt(2026, 5, 4).unwrap(),
    );
    for (name, role, group) in [
        ("Ilse", "buurvrouw", Group::Netwerk),
        ("Bram", "wijkagent", Group::Professional),
        ("Kees", "vader", Group::Gezin),
    ] {
        let id = s.alloc_id();
        let mut p = Participant::new(id, name);
        p.role = role.into();
        p.group = Some(group);
        s.participants.push(p);
    }
    let mut add = |what: &str, by: &str| {
        let id = s.alloc_id();
        let mut f = Fact::new(id, FactKind::Actuele, what);
        f.reported_by = by.into();
        f.reporter_visibility = Visibility::AlleenProfessionals;
        s.facts.push(f);
    };
    add("Ilse hoort geschreeuw. Ilse belt niet.", "Ilse");
    add("Melding van de politie.", "wijkagent");
    add("Iemand belde anoniem.", "een anonieme beller");
    let (family, left) = top3::plan::for_audience(&s, Audience::Gezin);
    assert_eq!(left, 0, "a hidden reporter leaves nothing out");
    let by: Vec<&str> = family
        .facts
        .iter()
        .map(|f| f.reported_by.as_str())
        .collect();
    assert_eq!(by, ["een netwerklid", "een professional", "een melder"]);
    assert_eq!(
        family.facts[0].what,
        "Een netwerklid hoort geschreeuw. Een netwerklid belt niet."
    );
    let (pros, _) = top3::plan::for_audience(&s, Audience::Professionals);
    assert_eq!(pros.facts[0].reported_by, "Ilse", "professionals see who");
}

/// The shipped training case, exported for the family and for the
/// professionals.
fn training_case() -> PathBuf {
    repo().join("training/OEF-2026-01/2026-11-03-training.ron")
}

fn training_copy_for(audience: &str) -> String {
    set_lang(Lang::Nl);
    let loaded = load_for_export(&training_case()).unwrap();
    let options = ExportOptions {
        audience: Some(parse_audience(audience, &loaded.session).unwrap()),
        ..ExportOptions::default()
    };
    let doc = build_document(&loaded.session, &loaded.case_sessions, &options);
    String::from_utf8(top3::plan::render(&doc, ExportFormat::Md).unwrap()).unwrap()
}

#[test]
fn snapshot_the_familys_copy_of_the_training_case() {
    let text = training_copy_for("gezin");
    assert!(text.contains("- **Voor:** het gezin"), "{text}");
    assert!(text.contains("2 onderdelen zijn niet opgenomen in deze versie."));
    assert!(
        !text.contains("gestopt met zijn behandeling"),
        "professionals only"
    );
    assert!(
        !text.contains("slaapkamerdeur van Henk en Ria op slot"),
        "not with Jeroen"
    );
    assert!(text.contains("Gemeld door: een gezinslid"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn snapshot_the_professionals_copy_of_the_training_case() {
    let text = training_copy_for("professionals");
    assert!(text.contains("- **Voor:** professionals"), "{text}");
    assert!(!text.contains("niet opgenomen"), "nothing left out");
    assert!(text.contains("gestopt met zijn behandeling"));
    assert!(text.contains("Gemeld door: dochter Sandra"));
    insta::assert_snapshot!(text);
}

/// The training case uses each level once: iedereen, alleen professionals,
/// niet delen met a participant, and a hidden reporter.
#[test]
fn the_training_case_uses_each_visibility_level() {
    let s = top3::store::load_session(&training_case()).unwrap();
    let all: Vec<&Visibility> = s
        .facts
        .iter()
        .flat_map(|f| [&f.visibility])
        .chain(s.conditions.iter().map(|c| &c.visibility))
        .chain(s.actions.iter().map(|a| &a.visibility))
        .chain(s.notes.iter().map(|n| &n.visibility))
        .collect();
    assert!(all.contains(&&Visibility::Iedereen));
    assert!(all.contains(&&Visibility::AlleenProfessionals));
    assert!(
        all.iter()
            .any(|v| matches!(v, Visibility::NietDelenMet(ids) if !ids.is_empty()))
    );
    assert!(
        s.facts
            .iter()
            .any(|f| f.reporter_visibility.is_restricted())
    );
    assert!(s.participants.iter().all(|p| p.group.is_some()));
}

#[test]
fn new_fields_round_trip_and_are_not_written_when_default() {
    let mut s = top3::store::load_session(&training_case()).unwrap();
    s.wall_audience = Some(Audience::Professionals);
    s.case.hide_municipality = true;
    s.participants[0].hide_organisation = true;
    s.participants[1].visibility = Visibility::NietDelenMet(vec![s.participants[2].id]);
    s.notes[0].visibility = Visibility::AlleenProfessionals;
    s.actions[0].visibility = Visibility::AlleenProfessionals;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2026-11-03-training.ron");
    top3::store::save_session(&path, &s).unwrap();
    assert_eq!(top3::store::load_session(&path).unwrap(), s);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("wall_audience: Some(Professionals)"),
        "{text}"
    );
    assert!(text.contains("hide_municipality: true"));
    // Defaults are not written: a meeting without any of it reads as before.
    let plain = Session::new(
        Case::new(CaseCode::new("T-1").unwrap()),
        MeetingKind::Netwerkoverleg,
        Phase::DirecteVeiligheid,
        "x",
        chrono::NaiveDate::from_ymd_opt(2026, 5, 4).unwrap(),
    );
    let mut p = plain.clone();
    let id = p.alloc_id();
    p.facts.push(Fact::new(id, FactKind::Eerste, "x"));
    let id = p.alloc_id();
    p.participants.push(Participant::new(id, "x"));
    let ron = top3::store::session_to_ron(&p);
    for field in [
        "visibility",
        "reporter_visibility",
        "wall_audience",
        "hide_municipality",
        "hide_organisation",
    ] {
        assert!(!ron.contains(field), "{field} written by default:\n{ron}");
    }
}

/// Every session file shipped with the program (the demo, the training
/// cases, the test fixtures) still loads, and saving it again keeps it.
#[test]
fn shipped_session_files_still_load_and_round_trip() {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if top3::store::is_session_file(&p) {
                // Not a practice case's script (`script.ron`).
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    for dir in ["sessions", "training", "tests/fixtures"] {
        walk(&repo().join(dir), &mut files);
    }
    assert!(files.len() >= 10, "{files:?}");
    let tmp = tempfile::tempdir().unwrap();
    for f in files {
        let Ok(s) = top3::store::load_session(&f) else {
            // Deliberately broken fixtures are for the error messages.
            assert!(
                f.to_string_lossy().contains("broken") || f.to_string_lossy().contains("bad"),
                "{f:?}"
            );
            continue;
        };
        let out = tmp.path().join(f.file_name().unwrap());
        top3::store::save_session(&out, &s).unwrap();
        assert_eq!(top3::store::load_session(&out).unwrap(), s, "{f:?}");
    }
}

fn top3_cmd(args: &[&str]) -> std::process::Output {
    Process::new(bin())
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn export_for_an_audience_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("OEF-2026-01");
    std::fs::create_dir(&case).unwrap();
    for f in std::fs::read_dir(repo().join("training/OEF-2026-01")).unwrap() {
        let f = f.unwrap().path();
        // The meetings, not the model answers' folder.
        if f.is_file() {
            std::fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
        }
    }
    let session = case.join("2026-11-03-training.ron");
    let s = session.to_str().unwrap();
    for (args, file, says) in [
        (
            vec!["--voor", "gezin"],
            "2026-11-03-veiligheidsplan-voor-gezin.md",
            "Voor: het gezin. 2 onderdelen zijn niet opgenomen in deze versie.",
        ),
        (
            vec!["--for", "family", "--lang", "en"],
            "2026-11-03-veiligheidsplan-for-family-en.md",
            "For: the family. 2 items are not included in this version.",
        ),
        (
            vec!["--voor", "PROFESSIONALS"],
            "2026-11-03-veiligheidsplan-voor-professionals.md",
            "Voor: professionals.",
        ),
        (
            vec!["--voor", "ria"],
            "2026-11-03-veiligheidsplan-voor-moeder.md",
            "Voor: Ria (alleen voor deze deelnemer). 1 onderdeel is niet opgenomen in deze versie.",
        ),
    ] {
        let mut all = vec!["export", s];
        all.extend(args.iter());
        let out = top3_cmd(&all);
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(case.join(file).is_file(), "{file}: {stdout}");
        assert!(stdout.lines().any(|l| l == says), "{says}: {stdout}");
    }
    // Written again: it says so.
    let again = top3_cmd(&["export", s, "--voor", "gezin"]);
    assert!(String::from_utf8_lossy(&again.stdout).starts_with("Overschreven: "));
    // The check says for whom first, after the redaction.
    let check = top3_cmd(&["export", s, "--check", "--voor", "gezin", "--redact"]);
    let text = String::from_utf8_lossy(&check.stdout).to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("Anonimisering: Geanonimiseerd"),
        "{text}"
    );
    assert_eq!(
        lines[1],
        "Voor: het gezin. 2 onderdelen zijn niet opgenomen in deze versie."
    );
    // The complete version warns that it is not for the family.
    let full = top3_cmd(&["export", s, "--check"]);
    let text = String::from_utf8_lossy(&full.stdout).to_string();
    assert!(
        text.contains("Voor: volledige versie, met 3 onderdelen die niet voor iedereen zijn."),
        "{text}"
    );
    assert!(
        text.contains("Stuur deze versie niet naar het gezin"),
        "{text}"
    );
    // Unknown or ambiguous names: one sentence, non-zero, nothing written.
    let before = std::fs::read_dir(&case).unwrap().count();
    for (name, says) in [
        (
            "Zwqk",
            "'Zwqk' is geen publiek en geen deelnemer van dit overleg",
        ),
        ("", "is geen publiek en geen deelnemer"),
    ] {
        let out = top3_cmd(&["export", s, "--voor", name]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(err.contains(says), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    assert_eq!(std::fs::read_dir(&case).unwrap().count(), before);
}

#[test]
fn an_ambiguous_name_asks_for_the_whole_name() {
    let mut s = Session::new(
        Case::new(CaseCode::new("T-1").unwrap()),
        MeetingKind::Netwerkoverleg,
        Phase::DirecteVeiligheid,
        "x",
        chrono::NaiveDate::from_ymd_opt(2026, 5, 4).unwrap(),
    );
    for n in ["Anna de Vries", "Anna Bakker", "Émile Bakker"] {
        let id = s.alloc_id();
        s.participants.push(Participant::new(id, n));
    }
    set_lang(Lang::Nl);
    let e = parse_audience("anna", &s).unwrap_err().to_string();
    assert!(e.contains("Anna de Vries, Anna Bakker"), "{e}");
    assert_eq!(
        parse_audience("Anna Bakker", &s),
        Ok(Audience::Person(s.participants[1].id))
    );
    assert_eq!(
        parse_audience("emile", &s),
        Ok(Audience::Person(s.participants[2].id))
    );
    assert_eq!(parse_audience("Netwerk", &s), Ok(Audience::Netwerk));
}

/// The visibility key opens a form on the selected item; names are read
/// as participants, a name that is nobody is said, and undo takes it back.
#[test]
fn the_visibility_key_sets_who_may_see_an_item() {
    set_lang(Lang::Nl);
    let mut s = top3::store::load_session(&training_case()).unwrap();
    let facts = LayoutSet::builtin()
        .get(&s.layout)
        .unwrap()
        .steps
        .iter()
        .position(|st| st.kind == top3::layout::StepKind::Facts)
        .unwrap();
    s.step = facts;
    // The first fact shown: moeder's, for everyone; its reporter for
    // professionals only.
    let first = top3::app::facts_in_order(&s)[0];
    s.facts
        .iter_mut()
        .find(|f| f.id == first)
        .unwrap()
        .reporter_visibility = Visibility::AlleenProfessionals;
    let mut app = app_of(&s, false, true);
    cmd(&mut app, Command::Visibility);
    assert!(app.meeting().unwrap().visibility_form);
    let text = screen(&app, 100, 30).join("\n");
    assert!(text.contains("Wie mag dit zien?"), "{text}");
    assert!(
        text.contains("[x] nee") && text.contains("[x] ja"),
        "{text}"
    );
    // On the wall the form shows dots, as many for ja as for nee.
    app.facilitator_view = false;
    let wall = screen(&app, 100, 30).join("\n");
    assert!(!wall.contains("[x]") && !wall.contains("[ ]"), "{wall}");
    assert_eq!(wall.matches("•••").count(), 2, "{wall}");
    assert!(
        wall.contains("privé: alleen zichtbaar in de begeleidersweergave"),
        "{wall}"
    );
    app.facilitator_view = true;
    cmd(&mut app, Command::Down); // no effect in a form: keys are text
    key(&mut app, crossterm::event::KeyCode::Tab);
    type_text(&mut app, "Zwqk");
    let text = screen(&app, 100, 30).join("\n");
    assert!(
        text.contains("'Zwqk' is geen deelnemer van dit overleg."),
        "{text}"
    );
    for _ in 0..4 {
        key(&mut app, crossterm::event::KeyCode::Backspace);
    }
    type_text(&mut app, "henk, Ton");
    key(&mut app, crossterm::event::KeyCode::Esc);
    let m = app.meeting().unwrap();
    assert!(!m.visibility_form && m.form.is_none());
    assert_eq!(
        m.session.fact(first).unwrap().visibility,
        Visibility::NietDelenMet(vec![Id(2), Id(5)])
    );
    // (A facilitator hint panel sits beside the list from 140 columns.)
    let text = screen(&app, 120, 40).join("\n");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "[⊘ niet delen met Henk, Ton · melder: ⚑ alleen professionals · niet in de projectie]"
        ),
        "{text}"
    );
    // The wall view leaves it out; Henk and Ton are present.
    app.facilitator_view = false;
    let wall = screen(&app, 100, 40).join("\n");
    assert!(!wall.contains("gat in de slaapkamerdeur"), "{wall}");
    assert!(!wall.contains("niet delen met"), "{wall}");
    app.facilitator_view = true;
    cmd(&mut app, Command::Undo);
    assert_eq!(
        app.meeting()
            .unwrap()
            .session
            .fact(first)
            .unwrap()
            .visibility,
        Visibility::Iedereen
    );
    // On a step without such items the key says so.
    app.meeting_mut().unwrap().session.step = 0;
    app.meeting_mut().unwrap().selected[0] = 0; // the household
    cmd(&mut app, Command::Visibility);
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .starts_with("Hier is niets om af te schermen")
    );
}

/// The wall's audience: from who is present, changed with its key, shown
/// in the facilitator view; a wall for professionals shows their items.
#[test]
fn the_wall_audience_follows_the_meeting_and_its_key() {
    set_lang(Lang::Nl);
    let s = top3::store::load_session(&training_case()).unwrap();
    let mut app = app_of(&s, false, true);
    let text = screen(&app, 100, 40).join("\n");
    assert!(
        text.contains("Projectie voor: het gezin (automatisch) (w)"),
        "{text}"
    );
    let facts = app
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|st| st.kind == top3::layout::StepKind::Facts)
        .unwrap();
    let secret = "gestopt met zijn behandeling";
    cmd(&mut app, Command::WallAudience);
    assert_eq!(
        app.status.as_deref(),
        Some("De projectie is nu voor het gezin.")
    );
    cmd(&mut app, Command::WallAudience);
    assert_eq!(
        app.meeting().unwrap().session.wall_audience,
        Some(Audience::Professionals)
    );
    let text = screen(&app, 100, 40).join("\n");
    assert!(
        text.contains("⚠ Projectie voor: professionals (w)"),
        "{text}"
    );
    assert!(
        text.contains("er is iemand van het gezin of netwerk aanwezig"),
        "{text}"
    );
    app.meeting_mut().unwrap().session.step = facts;
    app.facilitator_view = false;
    assert!(
        screen(&app, 200, 60).join("\n").contains(secret),
        "for professionals"
    );
    cmd(&mut app, Command::WallAudience);
    assert_eq!(app.meeting().unwrap().session.wall_audience, None);
    assert!(
        !screen(&app, 200, 60).join("\n").contains(secret),
        "for the family"
    );
}

/// An organisation or a municipality marked to hide is treated as a name:
/// never on the wall, never in a redacted export; unmarked, it shows.
#[test]
fn organisation_and_municipality_marked_to_hide_leave_the_wall_and_redacted_copies() {
    set_lang(Lang::Nl);
    let mut s = top3::store::load_session(&training_case()).unwrap();
    let school = "basisschool Zonnebloemqx";
    s.participants[9].organisation = school.into();
    s.case.municipality = "Wolkendamqx".into();
    s.facts[0].what = format!("Zegt op {school} in Wolkendamqx dat het thuis niet goed gaat.");
    let words = ["Zonnebloemqx", "Wolkendamqx"];
    let shows = |s: &Session, facilitator: bool| -> String {
        let app = app_of(s, false, facilitator);
        let mut text = screen(&app, 200, 60).join("\n");
        let mut app = app;
        let facts = app
            .meeting()
            .unwrap()
            .layout
            .steps
            .iter()
            .position(|st| st.kind == top3::layout::StepKind::Facts)
            .unwrap();
        app.meeting_mut().unwrap().session.step = facts;
        text.push_str(&screen(&app, 200, 60).join("\n"));
        text
    };
    // Not marked: on the wall as written.
    let wall = shows(&s, false);
    assert!(words.iter().all(|w| wall.contains(w)), "{wall}");
    s.participants[9].hide_organisation = true;
    s.case.hide_municipality = true;
    let wall = shows(&s, false);
    for w in words {
        assert!(!wall.contains(w), "{w} on the wall:\n{wall}");
    }
    assert!(
        shows(&s, true).contains("Zonnebloemqx"),
        "the facilitator sees it"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("OEF-2026-01")
        .join("2026-11-03-training.ron");
    top3::store::save_session(&path, &s).unwrap();
    let loaded = load_for_export(&path).unwrap();
    for (redact, form) in [
        (true, Form::Plan),
        (false, Form::Aanmelding),
        (true, Form::Aanmelding),
    ] {
        for audience in [None, Some(Audience::Gezin), Some(Audience::Professionals)] {
            let options = ExportOptions {
                form,
                redact,
                audience,
            };
            for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Docx] {
                let text = text_of(format, export_bytes(&loaded, format, &options).unwrap());
                for w in words {
                    assert!(!text.contains(w), "{w} in {format:?} {form:?} {audience:?}");
                }
            }
        }
    }
    // The household form sets the municipality's mark, the participant's
    // form the organisation's.
    let mut app = app_of(&s, false, true);
    app.meeting_mut().unwrap().session.case.hide_municipality = false;
    cmd(&mut app, Command::Edit);
    // Past the household, municipality, minor children, hidden names and the
    // kind of violence.
    for _ in 0..5 {
        key(&mut app, crossterm::event::KeyCode::Tab);
    }
    type_text(&mut app, "j");
    key(&mut app, crossterm::event::KeyCode::Esc);
    assert!(app.meeting().unwrap().session.case.hide_municipality);
}

/// Items carried into the next meeting keep who may see them: what was for
/// professionals stays off the family's wall in the next network meeting.
#[test]
fn carried_items_stay_hidden_on_the_next_meetings_wall() {
    set_lang(Lang::Nl);
    let prev = top3::store::load_session(&training_case()).unwrap();
    let next = top3::timeline::next_session(
        &prev,
        MeetingKind::Netwerkoverleg,
        prev.phase,
        "netwerkoverleg-veiligheidsplan",
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    let fact = next
        .facts
        .iter()
        .find(|f| f.what.contains("gestopt met zijn behandeling"))
        .unwrap();
    assert_eq!(fact.visibility, Visibility::AlleenProfessionals);
    let cond = next
        .conditions
        .iter()
        .find(|c| c.text.contains("op slot"))
        .unwrap();
    assert!(matches!(&cond.visibility, Visibility::NietDelenMet(ids) if ids == &[Id(3)]));
    assert_eq!(next.wall_audience(), Audience::Gezin);
    let mut app = app_of(&next, true, false);
    let steps = app.meeting().unwrap().layout.steps.clone();
    // Jeroen comes to this meeting: the condition kept from him is off the wall.
    app.meeting_mut().unwrap().session.participants[2].attendance = Attendance::Present;
    let mut seen = String::new();
    for (i, _) in steps.iter().enumerate() {
        app.meeting_mut().unwrap().session.step = i;
        seen.push_str(&screen(&app, 200, 60).join("\n"));
    }
    assert!(!seen.contains("gestopt met zijn behandeling"), "{seen}");
    assert!(
        !seen.contains("slaapkamerdeur van Henk en Ria op slot"),
        "{seen}"
    );
    assert!(
        seen.contains("Ria heeft een nieuwe pinpas"),
        "the rest is there"
    );
    // The facilitator sees its review line with the mark.
    let mut fac = app_of(&next, false, true);
    let review = steps
        .iter()
        .position(|st| st.kind == top3::layout::StepKind::Review)
        .unwrap();
    fac.meeting_mut().unwrap().session.step = review;
    fac.meeting_mut().unwrap().session.participants[2].attendance = Attendance::Present;
    let text = screen(&fac, 200, 60).join("\n");
    assert!(
        text.contains("slaapkamerdeur van Henk en Ria op slot"),
        "{text}"
    );
    assert!(
        text.contains("[⊘ niet delen met Jeroen · niet in de projectie]"),
        "{text}"
    );
}

/// The case's history opened from the meeting (`h`) on a projected screen
/// shows only what is for everyone present; in the facilitator view, all.
#[test]
fn the_history_on_the_wall_leaves_out_what_is_not_for_the_room() {
    set_lang(Lang::Nl);
    let tmp = tempfile::tempdir().unwrap();
    let case = tmp.path().join("OEF-2026-01");
    std::fs::create_dir(&case).unwrap();
    for f in std::fs::read_dir(repo().join("training/OEF-2026-01")).unwrap() {
        let f = f.unwrap().path();
        // The meetings, not the model answers' folder.
        if f.is_file() {
            std::fs::copy(&f, case.join(f.file_name().unwrap())).unwrap();
        }
    }
    let newest = case.join("2026-11-03-training.ron");
    let mut s = top3::store::load_session(&newest).unwrap();
    let secret = "Plant een nieuwe intake";
    s.actions
        .iter_mut()
        .find(|a| a.what.starts_with(secret))
        .unwrap()
        .visibility = Visibility::AlleenProfessionals;
    top3::store::save_session(&newest, &s).unwrap();
    for facilitator in [false, true] {
        let mut app = App::new(
            Screen::Start(Box::default()),
            KeyMap::default(),
            LayoutSet::builtin(),
        );
        let mut host = top3::effects::Host::new(tmp.path().to_path_buf());
        host.open(&mut app, &newest).unwrap();
        app.facilitator_view = facilitator;
        let effects = app.update(top3::app::Action::Command(Command::History));
        host.perform(&mut app, effects);
        assert!(matches!(app.screen, Screen::History(_)));
        let Screen::History(h) = &app.screen else {
            unreachable!()
        };
        let text = h.lines.join("\n");
        assert!(text.contains("Zoekt uit of de lening"), "{text}");
        assert_eq!(text.contains(secret), facilitator, "{text}");
        drop(host);
    }
}

/// "Niet delen met" someone who is no participant (removed, or a file
/// edited by hand) keeps the item out of the family's and the network's
/// copies, and `top3 check` names it.
#[test]
fn not_to_be_shared_with_someone_unknown_is_on_the_safe_side_and_checked() {
    set_lang(Lang::Nl);
    let mut s = top3::store::load_session(&training_case()).unwrap();
    let secret = "Plant een nieuwe intake";
    let a = s
        .actions
        .iter_mut()
        .find(|a| a.what.starts_with(secret))
        .unwrap();
    a.visibility = Visibility::NietDelenMet(vec![Id(99)]);
    let id = a.id;
    for (audience, shown) in [
        (Audience::Gezin, false),
        (Audience::Netwerk, false),
        (Audience::Professionals, true),
    ] {
        let (copy, _) = top3::plan::for_audience(&s, audience);
        assert_eq!(
            copy.actions.iter().any(|a| a.id == id),
            shown,
            "{audience:?}"
        );
    }
    assert_eq!(s.not_for_unknown(), vec![Id(99)]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2026-11-03-training.ron");
    top3::store::save_session(&path, &s).unwrap();
    let out = top3_cmd(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains(&format!(
            "onderdeel {} is 'niet delen met' deelnemer 99",
            id.0
        )),
        "{text}"
    );
}
