//! The real binary in a pseudo-terminal: a whole meeting from `top3 new` to
//! quit, one item per step, then the saved file is checked.
use crate::common;

use common::pty::*;
use std::time::Duration;

/// `top3 new` for case E2E-1 on 24-11-2026, in a fresh folder with `sessions/`.
fn new_meeting(layout: &str, cols: u16, rows: u16) -> (tempfile::TempDir, Term) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let args = [
        "new",
        "--layout",
        layout,
        "--case",
        "E2E-1",
        "--date",
        "2026-11-24",
    ];
    let t = Term::start(&args, tmp.path(), cols, rows);
    (tmp, t)
}

fn saved(dir: &std::path::Path) -> top3::model::Session {
    let path = dir.join("sessions/E2E-1/2026-11-24-netwerkoverleg-veiligheidsplan.ron");
    top3::store::load_session(&path).unwrap()
}

#[test]
fn a_whole_meeting_from_new_to_quit_is_saved() {
    let (tmp, mut t) = new_meeting("netwerkoverleg-veiligheidsplan", 100, 30);
    t.wait_for("Wie zijn er?");
    // 1 participants
    t.send("a");
    t.wait_for("Deelnemer");
    t.typ("Tante Els");
    t.send(TAB);
    t.typ("tante");
    t.send(ESC);
    t.wait_for("Tante Els — ✓ aanwezig · tante");
    // 2 review: first meeting
    t.send(RIGHT);
    t.wait_for("Dit is het eerste overleg");
    // 3 facts
    t.send(RIGHT);
    t.wait_for("De feiten");
    t.send("a");
    t.typ("Duw tegen de kast, één keer 🙂");
    t.send(TAB);
    t.typ("14-06-2019");
    t.send(ESC);
    t.wait_for("14-06-2019 — Duw tegen de kast");
    // 4 top3: pick the fact
    t.send(RIGHT);
    t.wait_for("Kies uit de feiten");
    t.send(TAB);
    t.send(ENTER);
    t.wait_for("1. Duw tegen de kast");
    // 5 what the children say: a child spoken to apart, with a score
    t.send(RIGHT);
    t.wait_for("Wat zeggen de kinderen");
    t.send("a");
    t.wait_for("Apart gesproken");
    t.typ("zoon (9)");
    t.send(ESC);
    t.wait_for("zoon (9): — (apart gesproken)");
    t.send("3");
    t.wait_for("zoon (9): 3 (apart gesproken)");
    // 6 scale
    t.send(RIGHT);
    t.wait_for("Schaalvraag veiligheid");
    t.send("4");
    // The room sees who has chosen, not what, until r reveals the scores.
    t.wait_for("✓ gekozen");
    assert!(!t.screen().contains("onder de 6"), "{}", t.screen());
    t.send("r");
    t.wait_for("onder de 6");
    t.wait_for("Apart gesproken, niet in de mediaan: zoon (9) 3.");
    // 6 conditions
    t.send(RIGHT);
    t.wait_for("Veiligheidsvoorwaarden");
    t.send("a");
    t.typ("Overdracht bij oma thuis");
    t.send(ESC);
    t.wait_for("• V1 Overdracht bij oma thuis");
    // 7 actions
    t.send(RIGHT);
    t.wait_for("Afspraken");
    t.send("a");
    for (i, text) in [
        "oma",
        "Vangt de overdracht op",
        "05-12-2026",
        "Appt de coördinator",
        "coördinator",
        "Belt 112",
    ]
    .iter()
    .enumerate()
    {
        if i > 0 {
            t.send(TAB);
        }
        t.typ(text);
    }
    t.send(ESC);
    t.wait_for("Wie: oma");
    // The form is closed when the step's own keys are back in the footer
    // (the card behind the form shows "Wie: oma" while it is typed).
    t.wait_for("a toevoegen");
    // 9 the proactive scenario
    t.send(RIGHT);
    t.wait_for("Proactief scenario");
    t.send(ENTER);
    t.typ("Moeder belt 112");
    t.send(TAB);
    t.typ("Oma belt de coördinator");
    t.send(ESC);
    t.wait_for("Oma belt de coördinator");
    // 10 notes
    t.send(RIGHT);
    t.wait_for("Aantekeningen");
    t.send("a");
    t.typ("Volgende keer school uitnodigen");
    t.send(ESC);
    t.wait_for("• Volgende keer school uitnodigen");
    // 9 closing
    t.send(RIGHT);
    t.wait_for("Afsluiting");
    t.send(ENTER);
    t.typ("22-12-2026");
    t.send(ENTER);
    t.wait_for("Volgend overleg: 22-12-2026");
    // 10 summary
    t.send(RIGHT);
    t.wait_for("TOP 3 Veiligheidsplan — E2E-1");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);

    let s = saved(tmp.path());
    assert_eq!(s.participants[0].name, "Tante Els");
    assert_eq!(s.facts[0].what, "Duw tegen de kast, één keer 🙂");
    assert_eq!(s.top3.items()[0].facts, vec![s.facts[0].id]);
    let scale = s.scale("veiligheid").unwrap();
    assert_eq!(
        scale
            .answer(s.participants[0].id)
            .unwrap()
            .score
            .unwrap()
            .value(),
        4
    );
    assert_eq!(s.conditions[0].situation, Some(s.top3.items()[0].id));
    assert_eq!(
        s.actions[0].term.due(),
        chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
    );
    assert_eq!(s.actions[0].if_broken, "Belt 112");
    assert_eq!(s.notes[0].text, "Volgende keer school uitnodigen");
    assert_eq!(
        s.next_meeting,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 22)
    );
    assert_eq!(s.step, 11, "the position is saved for resuming");
    // The child's answer is apart: not among the room's scores.
    assert_eq!(scale.scores().len(), 1);
    assert_eq!(scale.apart[0].who, "zoon (9)");
    assert_eq!(scale.apart[0].score.map(|v| v.value()), Some(3));
    assert_eq!(s.scenario.next_incident, "Moeder belt 112");
    assert_eq!(s.scenario.who_calls, "Oma belt de coördinator");
    assert!(
        !tmp.path()
            .join("sessions/E2E-1/2026-11-24-netwerkoverleg-veiligheidsplan.ron.lock")
            .exists()
    );
}

#[test]
fn typed_text_is_on_disk_within_a_second_without_quitting() {
    let (tmp, mut t) = new_meeting("netwerkoverleg-veiligheidsplan", 80, 24);
    t.wait_for("Wie zijn er?");
    t.send("a");
    t.typ("Buurman");
    t.wait_for("Buurman");
    // Still in the form; no Ctrl-s. The autosave writes it within a second.
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(saved(tmp.path()).participants[0].name, "Buurman");
    // A second program cannot open the same session meanwhile.
    let path = tmp
        .path()
        .join("sessions/E2E-1/2026-11-24-netwerkoverleg-veiligheidsplan.ron");
    let mut other = Term::start(&["open", path.to_str().unwrap()], tmp.path(), 80, 24);
    assert_eq!(other.wait_exit(), 1);
    assert!(other.screen().contains("al geopend"), "{}", other.screen());
    // Killing the first program (a pulled plug) loses nothing on screen.
    t.child.kill().unwrap();
    assert_eq!(saved(tmp.path()).participants[0].name, "Buurman");
}

#[test]
fn resizing_redraws_and_a_tiny_window_asks_to_be_larger() {
    let (_tmp, mut t) = new_meeting("casusoverleg", 80, 24);
    t.wait_for("Wie zijn er?");
    t.resize(60, 15);
    t.wait_for("Maak het venster groter");
    t.resize(200, 60);
    t.wait_for("Wie zit er aan tafel");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn the_start_screen_opens_the_bundled_case() {
    let tmp = tempfile::tempdir().unwrap();
    let src = common::repo().join("sessions/TR-2026-001");
    let dst = tmp.path().join("sessions/TR-2026-001");
    std::fs::create_dir_all(&dst).unwrap();
    for f in std::fs::read_dir(&src).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dst.join(f.file_name().unwrap())).unwrap();
    }
    let mut t = Term::start(&[], tmp.path(), 120, 35);
    t.wait_for("Casus TR-2026-001");
    t.send(ENTER);
    t.wait_for("Wie zijn er?");
    t.send("?");
    t.wait_for("Toetsen");
    t.send(ESC);
    t.send("b");
    std::thread::sleep(Duration::from_millis(300));
    assert!(t.screen().trim().is_empty(), "blank: {}", t.screen());
    t.send("x");
    t.wait_for("Wie zijn er?");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    // Quitting clears the wall.
    assert!(!t.screen().contains("Mirjam"));
}

#[test]
fn a_long_paste_arrives_whole_without_another_key() {
    let (tmp, mut t) = new_meeting("casusoverleg", 100, 30);
    t.wait_for("Wie zijn er?");
    t.send("a");
    t.wait_for("Deelnemer");
    // Typed as keys (not as a bracketed paste): more than crossterm's 1024-byte read.
    let long = "abcdefghij".repeat(300);
    t.typ(&long);
    let path = tmp
        .path()
        .join("sessions/E2E-1/2026-11-24-casusoverleg.ron");
    // Generous for a debug build; it used to stall until the next key.
    let start = std::time::Instant::now();
    loop {
        let s = top3::store::load_session(&path).unwrap();
        if s.participants.first().is_some_and(|p| p.name == long) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the paste did not arrive whole: {} of {} characters",
            s.participants.first().map_or(0, |p| p.name.len()),
            long.len()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    t.send(ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

/// Goes right until step `n` is the current one ("[n]" in the progress
/// line) and `title` is on screen.
fn to_step(t: &mut Term, n: usize, title: &str) {
    let mark = format!("[{n}]");
    for _ in 0..30 {
        if t.screen().contains(&mark) {
            break;
        }
        t.send(RIGHT);
        std::thread::sleep(Duration::from_millis(150));
    }
    t.wait_for(&mark);
    t.wait_for(title);
}

/// Over two meetings, as a coordinator would: a standing agreement typed as
/// `doorlopend` is kept as such (not emptied), the next meeting asks about
/// it, "loopt goed" keeps it running, and the meeting after that still has
/// it with its record.
#[test]
fn a_standing_agreement_typed_as_doorlopend_runs_on_across_meetings() {
    let (tmp, mut t) = new_meeting("netwerkoverleg-veiligheidsplan", 100, 30);
    t.wait_for("Wie zijn er?");
    to_step(&mut t, 8, "Afspraken");
    t.send("a");
    for (i, text) in [
        "buurvrouw (fictief)",
        "Belt de casusregisseur dezelfde dag als vader thuis slaapt",
        "doorlopend",
        "Melding in het overleg",
        "coördinator",
        "Coördinator belt vader en de wijkagent",
    ]
    .iter()
    .enumerate()
    {
        if i > 0 {
            t.send(TAB);
        }
        t.typ(text);
    }
    t.send(ESC);
    t.wait_for("a toevoegen");
    t.wait_for("doorlopend, tot nader order");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let first = saved(tmp.path());
    assert!(
        first.actions[0].is_standing(),
        "{:?}",
        first.actions[0].term
    );

    // The next meeting, a week later: the review asks about it.
    let args = ["new", "--case", "E2E-1", "--date", "2026-12-01"];
    let mut t = Term::start(&args, tmp.path(), 100, 30);
    t.wait_for("Wie zijn er?");
    to_step(&mut t, 2, "Terugblik");
    t.wait_for("Afspraak (doorlopend)");
    t.wait_for("[? nog bespreken]");
    t.send(" ");
    t.wait_for("loopt goed");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let second = top3::store::load_session(
        &tmp.path()
            .join("sessions/E2E-1/2026-12-01-netwerkoverleg-veiligheidsplan.ron"),
    )
    .unwrap();
    assert_eq!(
        second.review[0].status,
        Some(top3::model::ReviewStatus::GoingWell)
    );

    // And the meeting after that still has it, with its record.
    let args = ["new", "--case", "E2E-1", "--date", "2026-12-08"];
    let mut t = Term::start(&args, tmp.path(), 100, 30);
    t.wait_for("Wie zijn er?");
    to_step(&mut t, 8, "Afspraken");
    t.wait_for("Belt de casusregisseur");
    t.wait_for("sinds 24-11-2026");
    t.wait_for("1× besproken, steeds goed");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

/// Text the term field does not understand stays as typed and is marked.
#[test]
fn a_term_that_is_not_understood_is_kept_and_marked() {
    let (tmp, mut t) = new_meeting("netwerkoverleg-veiligheidsplan", 100, 30);
    t.wait_for("Wie zijn er?");
    to_step(&mut t, 8, "Afspraken");
    t.send("a");
    t.typ("oma");
    t.send(TAB);
    t.typ("Vangt de kinderen op");
    t.send(TAB);
    t.typ("na de zomer");
    t.wait_for("niet herkend");
    t.send(ESC);
    t.wait_for("a toevoegen");
    t.wait_for("niet begrepen: 'na de zomer'");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(
        saved(tmp.path()).actions[0].term,
        top3::model::Term::Unclear("na de zomer".into())
    );
}

/// One projected screen, no `top3 present`: the facilitator types a private
/// note in the wall view. The room sees dots and the line saying where the
/// text is, never the text, not even for a frame; the facilitator view (`v`)
/// shows it, and it is saved.
#[test]
fn a_private_note_typed_on_a_single_screen_never_shows_its_text() {
    let (tmp, mut t) = new_meeting("netwerkoverleg-veiligheidsplan", 100, 30);
    t.wait_for("Wie zijn er?");
    for _ in 0..9 {
        t.send(RIGHT);
    }
    t.wait_for("Aantekeningen");
    // No key hints on the wall.
    t.wait_for("Nog geen aantekeningen.");
    assert!(!t.screen().contains("voegt toe"), "{}", t.screen());
    let watch = Watch::new(t.parser.clone(), "Buurvrouw");
    // `p`: a note that is private from the first key.
    t.send("p");
    t.wait_for("privé: alleen zichtbaar in de begeleidersweergave (v)");
    let secret = "Buurvrouw belde anoniem";
    t.typ(secret);
    t.wait_for(&"•".repeat(secret.chars().count()));
    t.send(ESC);
    t.wait_for("privé-aantekening (niet zichtbaar in de projectie)");
    t.send(CTRL_S);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!watch.seen(), "the private text reached the screen");
    let s = saved(tmp.path());
    assert_eq!(s.notes.len(), 1);
    assert!(s.notes[0].private);
    assert_eq!(s.notes[0].text, secret);
    // The facilitator view shows it (so the dots above were not an empty form).
    t.send("v");
    t.wait_for(secret);
}
