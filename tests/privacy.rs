//! Privacy a chair can defend: the wall never shows private text, names to
//! hide or key hints; redaction changes nothing but the names on the case's
//! list, and redacting twice changes nothing more.
use crate::common;

use common::*;
use proptest::prelude::*;
use top3::app::{App, Command, KeyMap, Meeting, Screen};
use top3::i18n::{Lang, set_lang};
use top3::layout::LayoutSet;
use top3::model::*;
use top3::plan::{NamesAs, Redactor, name_list, redact};

/// Distinctive names: capitalised, unlike any word, sometimes with an
/// accent ("Zqxéabc").
fn name() -> impl Strategy<Value = String> {
    (
        "Zqx[éëa-z][a-z]{3,5}",
        proptest::option::of("Vbn[a-z]{3,5}"),
    )
        .prop_map(|(a, b)| match b {
            Some(b) => format!("{a} {b}"),
            None => a,
        })
}

/// Text of a private note: never on the wall.
fn secret() -> impl Strategy<Value = String> {
    "Qjv[a-z]{5,8}"
}

fn unaccented(s: &str) -> String {
    s.replace(['é', 'ë'], "e")
}

/// What must never be on the wall: a token, also its first seven letters
/// (the wall may cut a long line short; generated names share three).
fn assert_absent(rows: &[String], token: &str, what: &str) {
    let text = rows.join("\n").to_lowercase();
    let token = unaccented(&token.to_lowercase());
    let text = unaccented(&text);
    let head: String = token.chars().take(7).collect();
    assert!(
        !text.contains(&head),
        "{what} {token} on the wall:\n{}",
        rows.join("\n")
    );
}

/// Key hints that only the facilitator view may show.
const KEY_HINTS: &[&str] = &[
    "Druk op",
    "toevoegen met",
    "kies je de uitkomst",
    "om toe te lichten",
    "koppelen met k)",
    "om in te vullen",
    "wissel je",
    "typ je er zelf",
    "In de projectie: namen (p)",
    "in plaats van namen (p)",
];

/// A generated session made personal: named participants, a child named
/// only in the household line and in a fact, names to hide, private notes.
#[derive(Debug, Clone)]
struct Personal {
    session: Session,
    names: Vec<String>,
    hidden: Vec<String>,
    secrets: Vec<String>,
}

fn personal() -> impl Strategy<Value = Personal> {
    (
        session(),
        proptest::collection::vec(name(), 2..5),
        proptest::collection::vec(name(), 1..3),
        proptest::collection::vec(secret(), 1..3),
        proptest::sample::select(vec![
            WallNames::Names,
            WallNames::Roles,
            WallNames::Initials,
        ]),
    )
        .prop_map(|(mut s, names, hidden, secrets, wall_names)| {
            let roles = ["moeder", "vader", "", "oom", "intern begeleider"];
            s.participants.clear();
            for (i, n) in names[1..].iter().enumerate() {
                let id = s.alloc_id();
                let mut p = Participant::new(id, n.clone());
                p.role = roles[i % roles.len()].to_string();
                s.participants.push(p);
            }
            for m in &mut s.case.registration.members {
                m.name = names[1].clone();
            }
            // The child: only in the household line and the free text.
            let child = names[0].clone();
            s.case.household = format!("moeder {}, zoon {child} (9)", names[1]);
            s.case.hidden_names = hidden.clone();
            let mention = |i: usize| {
                let n = &names[i % names.len()];
                match i % 4 {
                    0 => n.clone(),
                    1 => format!("{}'s", n.to_uppercase()),
                    2 => unaccented(n),
                    _ => format!("{}’s", n.to_lowercase()),
                }
            };
            let h = |i: usize| hidden[i % hidden.len()].clone();
            for (i, f) in s.facts.iter_mut().enumerate() {
                f.what = format!(
                    "{} zegt dat {} belde ({})",
                    mention(i),
                    mention(i + 1),
                    h(i)
                );
            }
            if s.facts.is_empty() {
                let id = s.alloc_id();
                s.facts
                    .push(Fact::new(id, FactKind::Actuele, format!("{child} is bang")));
            }
            for (i, c) in s.conditions.iter_mut().enumerate() {
                c.text = format!("{} houdt afstand van {}", mention(i + 2), h(i));
            }
            for (i, a) in s.actions.iter_mut().enumerate() {
                a.who = mention(i);
                a.if_broken = format!("{} belt {}", h(i), mention(i + 3));
            }
            for (i, sit) in (0..s.top3.len()).zip(0..) {
                if let Some(x) = s.top3.get_mut(i) {
                    x.text = format!("{} en {}", mention(sit), h(sit));
                }
            }
            for (i, n) in s.notes.iter_mut().enumerate() {
                n.text = if n.private {
                    format!("{} over {}", secrets[i % secrets.len()], mention(i))
                } else {
                    format!("Met {} gesproken", mention(i))
                };
            }
            for sec in &secrets {
                let id = s.alloc_id();
                s.notes.push(Note {
                    id,
                    text: format!("{sec} (niet delen met {})", names[1]),
                    private: true,
                    visibility: Default::default(),
                });
            }
            s.wall_names = wall_names;
            Personal {
                session: s,
                names,
                hidden,
                secrets,
            }
        })
}

fn app_of(s: &Session, present: bool) -> App {
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&s.layout).unwrap().clone();
    let mut app = App::new(
        Screen::Meeting(Box::new(Meeting::new(s.clone(), layout, None))),
        KeyMap::default(),
        layouts,
    );
    app.facilitator_view = false;
    app.wall = present;
    app
}

/// Every step, with every item selected and its form open, as the wall
/// shows it: `f` sees each screen and whether a private note's form is open.
fn every_screen(app: &mut App, w: u16, h: u16, mut f: impl FnMut(&[String], bool)) {
    let steps = app.meeting().unwrap().layout.steps.len();
    for step in 0..steps {
        let m = app.meeting_mut().unwrap();
        m.session.step = step;
        let n = m.items().len().max(1);
        for i in 0..n {
            app.meeting_mut().unwrap().selected[step] = i;
            f(&screen(app, w, h), false);
            cmd(app, Command::Edit);
            let m = app.meeting().unwrap();
            let private = m.form.is_some()
                && matches!(m.editing, Some(top3::app::Item::Note(id))
                    if m.session.notes.iter().any(|x| x.id == id && x.private));
            f(&screen(app, w, h), private);
            cmd(app, Command::Escape);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// The wall (a single screen in wall view, and `top3 present`) never
    /// shows a private note's text, a name to hide or a key hint; with names
    /// as roles or initials, no name of the case's list either.
    #[test]
    fn the_wall_never_shows_private_text_names_to_hide_or_key_hints(
        p in personal(),
        present in any::<bool>(),
        plain in any::<bool>(),
        size in proptest::sample::select(vec![(80u16, 24u16), (120, 40), (200, 60)]),
    ) {
        set_lang(Lang::Nl);
        let mut app = app_of(&p.session, present);
        // Plain mode (for screen readers) keeps its line of keys, but no
        // private text or names either.
        app.plain = plain;
        let mut private_forms = 0;
        every_screen(&mut app, size.0, size.1, |rows, private_form| {
            for s in &p.secrets {
                assert_absent(rows, s, "private text");
            }
            for n in &p.hidden {
                for word in n.split(' ') {
                    assert_absent(rows, word, "a name to hide");
                }
            }
            if p.session.wall_names != WallNames::Names {
                for n in &p.names {
                    for word in n.split(' ') {
                        assert_absent(rows, word, "a name");
                    }
                }
            }
            let text = rows.join(" ");
            for hint in KEY_HINTS {
                assert!(!text.contains(hint), "key hint {hint:?} on the wall:\n{}", rows.join("\n"));
            }
            if private_form {
                private_forms += 1;
                let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    flat.contains("privé: alleen zichtbaar in de begeleidersweergave"),
                    "{}",
                    rows.join("\n")
                );
                assert!(text.contains("•••••"), "{}", rows.join("\n"));
            }
        });
        prop_assert!(private_forms > 0, "a private note's form was rendered");
    }

    /// The facilitator view does show what the wall hides (else the test
    /// above could pass by showing nothing).
    #[test]
    fn the_facilitator_view_shows_the_private_note(p in personal()) {
        set_lang(Lang::Nl);
        let mut app = app_of(&p.session, false);
        app.facilitator_view = true;
        let notes = app.meeting().unwrap().layout.steps.iter()
            .position(|s| s.kind == top3::layout::StepKind::Notes).unwrap();
        let last = p.session.notes.len() - 1;
        let m = app.meeting_mut().unwrap();
        m.session.step = notes;
        m.selected[notes] = last;
        cmd(&mut app, Command::Edit);
        let text = screen(&app, 120, 40).join("\n");
        let secret = p.secrets.last().unwrap();
        prop_assert!(text.contains(secret.as_str()), "{text}");
    }
}

// ---- redaction changes nothing but the names, and only once ----

/// Words that are not names: dates, titles, places, numbers, punctuation.
fn filler() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "huisverbod",
        "12",
        "tot",
        "22",
        "augustus",
        "sinds",
        "juni",
        "2026",
        "(dr.",
        "dr.",
        "mw.",
        "Voorbeeldstad",
        "op",
        "14-10-2026",
        "wit",
        "school",
        "De",
        "Linde",
        "J.",
        "belt.",
        "Zegt:",
        "\"ja\"",
        "week",
        "jaar",
        "0",
        "—",
        "(9)",
        "van",
        "bij",
        "Eddyville",
    ])
    .prop_map(str::to_string)
}

#[derive(Debug, Clone)]
enum Token {
    Word(String),
    /// A name of the list by index, as written: 0 as is, 1 upper case,
    /// 2 without accents, 3 possessive.
    Name(usize, u8),
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn redaction_changes_nothing_but_listed_names_and_only_once(
        names in proptest::collection::vec(name(), 1..5),
        hidden in proptest::collection::vec(name(), 0..2),
        tokens in proptest::collection::vec(
            prop_oneof![
                3 => filler().prop_map(Token::Word),
                1 => (0usize..8, 0u8..4).prop_map(|(i, v)| Token::Name(i, v)),
            ],
            0..30,
        ),
        how in proptest::sample::select(vec![NamesAs::Roles, NamesAs::Initials]),
    ) {
        set_lang(Lang::Nl);
        // Names must differ from each other, folded.
        let mut all: Vec<String> = Vec::new();
        for n in names.iter().chain(&hidden) {
            if !all.iter().any(|o| unaccented(&o.to_lowercase()) == unaccented(&n.to_lowercase())) {
                all.push(n.clone());
            }
        }
        let mut s = Session::new(
            Case::new(CaseCode::new("PT-0002").unwrap()),
            MeetingKind::Casusoverleg,
            Phase::DirecteVeiligheid,
            "casusoverleg",
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let n_people = all.len() - hidden.iter().filter(|h| all.contains(h)).count().min(all.len() - 1);
        for (i, n) in all[..n_people].iter().enumerate() {
            let id = s.alloc_id();
            let mut p = Participant::new(id, n.clone());
            p.role = ["moeder", "buurvrouw", "oom", "huisarts"][i % 4].to_string();
            s.participants.push(p);
        }
        s.case.hidden_names = all[n_people..].to_vec();
        prop_assert_eq!(name_list(&s).len(), all.len());
        let r = Redactor::new(&s, how);
        let label_of = |i: usize| r.text(&all[i]);

        let mut text = Vec::new();
        let mut expected = Vec::new();
        for t in &tokens {
            match t {
                Token::Word(w) => {
                    text.push(w.clone());
                    expected.push(w.clone());
                }
                Token::Name(i, v) => {
                    let i = i % all.len();
                    let n = &all[i];
                    let (written, suffix) = match v {
                        0 => (n.clone(), ""),
                        1 => (n.to_uppercase(), ""),
                        2 => (unaccented(n), ""),
                        _ => (n.clone(), "’s"),
                    };
                    text.push(format!("{written}{suffix}"));
                    let label = label_of(i);
                    // "oma Ineke" is "oma": a role right before its own
                    // name is printed once.
                    let base = match label.rsplit_once(' ') {
                        Some((b, n)) if n.chars().all(|c| c.is_ascii_digit()) => b.to_string(),
                        _ => label.clone(),
                    };
                    let is_role = how == NamesAs::Roles && i < n_people;
                    if is_role && expected.last().is_some_and(|l: &String| l.to_lowercase() == base) {
                        expected.pop();
                    }
                    expected.push(format!("{label}{suffix}"));
                }
            }
        }
        let text = text.join(" ");
        let out = r.text(&text);
        // Everything but the names is exactly as written (a label may begin
        // with a capital at the start of a sentence).
        prop_assert_eq!(out.to_lowercase(), expected.join(" ").to_lowercase());
        let mut rest = out.as_str();
        for t in &tokens {
            if let Token::Word(w) = t {
                let at = rest.find(w.as_str());
                prop_assert!(at.is_some(), "{w:?} changed in {out:?}");
                rest = &rest[at.unwrap() + w.len()..];
            }
        }
        // No name of the list survives, in any case or spelling.
        for n in &all {
            for word in n.split(' ') {
                prop_assert!(
                    !unaccented(&out.to_lowercase()).contains(&unaccented(&word.to_lowercase())),
                    "{word} survives in {out:?}"
                );
            }
        }
        // Redacting twice changes nothing more.
        prop_assert_eq!(r.text(&out), out.clone());
    }

    #[test]
    fn redacting_a_session_twice_changes_nothing_more(p in personal()) {
        set_lang(Lang::Nl);
        let mut s = p.session.clone();
        s.case.municipality = "Voorbeeldstad".into();
        let once = redact(&s);
        let twice = redact(&once);
        prop_assert_eq!(&twice, &once);
        let text = format!("{once:?}");
        for n in p.names.iter().chain(&p.hidden) {
            for word in n.split(' ') {
                prop_assert!(!unaccented(&text.to_lowercase()).contains(&unaccented(&word.to_lowercase())),
                    "{word} survives");
            }
        }
    }
}

/// The training meeting of 29-09 has no registration: the children are named
/// only in the household line and the facts. With names as roles or
/// initials none of the names is on the wall, each role is printed once,
/// and a name to hide is gone in every setting.
#[test]
fn the_training_case_on_the_wall_has_no_names_and_each_role_once() {
    set_lang(Lang::Nl);
    let path = training_sessions()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("2026-09-29"))
        .unwrap();
    let mut s = top3::store::load_session(&path).unwrap();
    assert!(s.case.registration.members.is_empty());
    s.case.hidden_names = vec!["De Linde".into()];
    for setting in [WallNames::Roles, WallNames::Initials, WallNames::Names] {
        s.wall_names = setting;
        let mut app = app_of(&s, true);
        every_screen(&mut app, 120, 40, |rows, _| {
            let text = rows.join("\n");
            assert!(!text.contains("De Linde"), "{setting:?}:\n{text}");
            if setting == WallNames::Names {
                return;
            }
            for name in [
                "Mirjam", "Daan", "Finn", "Lot ", "Lot,", "Ineke", "Kees", "Bakker", "Yilmaz",
                "de Wit",
            ] {
                assert!(!text.contains(name), "{name} with {setting:?}:\n{text}");
            }
            for twice in [
                "moeder (moeder)",
                "oma — ✓ aanwezig · oma",
                "zoon zoon",
                "oma oma",
            ] {
                assert!(!text.contains(twice), "{twice} with {setting:?}:\n{text}");
            }
        });
    }
    // The names are there in the facilitator view (the test can fail).
    let mut app = app_of(&s, false);
    app.facilitator_view = true;
    let text = screen(&app, 120, 40).join("\n");
    assert!(text.contains("Finn"), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any names, roles, household line and text: redaction never panics.
    #[test]
    fn redaction_of_any_text_never_panics(
        people in proptest::collection::vec((any::<String>(), any::<String>()), 0..4),
        hidden in proptest::collection::vec(any::<String>(), 0..3),
        household in any::<String>(),
        text in any::<String>(),
    ) {
        let mut s = Session::new(
            Case::new(CaseCode::new("PT-0003").unwrap()),
            MeetingKind::Casusoverleg,
            Phase::DirecteVeiligheid,
            "casusoverleg",
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        for (name, role) in people {
            let id = s.alloc_id();
            let mut p = Participant::new(id, name);
            p.role = role;
            s.participants.push(p);
        }
        s.case.hidden_names = hidden;
        s.case.household = household;
        for how in [NamesAs::Roles, NamesAs::Initials, NamesAs::HiddenOnly] {
            let _ = Redactor::new(&s, how).text(&text);
            let _ = top3::plan::redact_names_as(&s, how);
        }
        let _ = redact(&s);
    }
}
