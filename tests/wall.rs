//! `top3 present`: the state file, the read-only wall that follows it, and the
//! wall and the facilitator's program side by side in two pseudo-terminals.
//! All data is fictional.
use crate::common;

use chrono::NaiveDate;
use common::pty::*;
use common::{buffer_rows, meeting_app};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};
use std::time::Duration;
use top3::app::{App, KeyMap, Screen};
use top3::i18n::T;
use top3::layout::LayoutSet;
use top3::model::{Note, Participant};
use top3::ui::{Theme, ThemeName};
use top3::wall::{
    Beacon, Follower, Position, STALE_AFTER, Shown, WALL_VERSION, WallMode, WallState, mode,
    now_ms, state_path, state_path_in, wall_app,
};

const LAYOUT: &str = "netwerkoverleg-veiligheidsplan";

fn state(step: usize) -> WallState {
    WallState {
        version: WALL_VERSION,
        step,
        pane: 0,
        selected: 0,
        scroll: 0,
        blank: false,
        signals: false,
        facilitator_running: true,
        pid: 4242,
        updated: now_ms(),
        countdown: None,
        moved_to: None,
    }
}

/// A new session on disk, saved on `step`; returns its path.
fn session_on_disk(dir: &Path, step: usize) -> PathBuf {
    let created = top3::effects::create_session(
        dir,
        &LayoutSet::builtin(),
        Some(LAYOUT),
        "WALL-1",
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        &top3::history::Rules::default(),
        None,
    )
    .unwrap();
    let mut s = created.session;
    s.step = step;
    let id = s.alloc_id();
    s.participants.push(Participant::new(id, "Oom Kees"));
    top3::store::save_session(&created.path, &s).unwrap();
    created.path
}

fn follower(path: &Path) -> Follower {
    Follower::open(
        path,
        LayoutSet::builtin(),
        KeyMap::default(),
        &top3::history::Rules::default(),
    )
    .unwrap()
}

fn step_of(f: &Follower) -> usize {
    f.app.meeting().unwrap().step_index()
}

fn wall_text(f: &Follower, w: u16, h: u16) -> String {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    top3::wall::render(
        &f.app,
        f.shown,
        &Theme::new(ThemeName::Dark),
        area,
        &mut buf,
    );
    buffer_rows(&buf).join("\n")
}

// ---- the state file ----

/// The state file the programs in the pseudo-terminals use: the harness
/// gives them `TOP3_WALL_DIR=<their folder>/.wall`.
fn wall_file(dir: &Path, session: &Path) -> PathBuf {
    state_path_in(&dir.join(".wall"), session)
}

#[test]
fn the_state_file_is_runtime_state_not_beside_the_session() {
    let tmp = tempfile::tempdir().unwrap();
    let session = tmp.path().join("2026-11-24-x.ron");
    std::fs::write(&session, "").unwrap();
    let wall = state_path(&session);
    assert_eq!(wall.parent().unwrap(), top3::wall::wall_dir());
    assert!(!wall.starts_with(tmp.path()), "{}", wall.display());
    let name = wall.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("2026-11-24-x-") && name.ends_with(".wall"),
        "{name}"
    );
    // The same file however the session's path is written; another
    // session with the same name in another folder has its own.
    let dotted = tmp.path().join(".").join("2026-11-24-x.ron");
    assert_eq!(state_path(&dotted), wall);
    let other = tempfile::tempdir().unwrap();
    let twin = other.path().join("2026-11-24-x.ron");
    std::fs::write(&twin, "").unwrap();
    assert_ne!(state_path(&twin), wall);
    std::fs::remove_file(&session).unwrap();
}

#[test]
fn the_state_file_round_trips_and_leaves_the_case_folder_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let session = tmp.path().join("2026-11-24-x.ron");
    let s = WallState {
        pane: 1,
        selected: 2,
        scroll: 9,
        blank: true,
        ..state(3)
    };
    s.write(&session).unwrap();
    assert_eq!(WallState::read(&session), Some(s.clone()));
    assert_eq!(WallState::parse(&s.to_ron()), Some(s));
    // The case folder stays empty: no state file, no temporary file.
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    // The state file is where state_path says, and nothing else is there.
    let names: Vec<_> = std::fs::read_dir(state_path(&session).parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("2026-11-24-x-"))
        .collect();
    assert!(names.contains(&state_path(&session)), "{names:?}");
    std::fs::remove_file(state_path(&session)).unwrap();
}

#[test]
fn half_written_garbage_foreign_or_missing_states_are_not_used() {
    let whole = state(2).to_ron();
    for cut in 0..whole.len() - 2 {
        assert_eq!(WallState::parse(&whole[..cut]), None, "cut at {cut}");
    }
    assert_eq!(WallState::parse("💥 not ron at all"), None);
    let other = WallState {
        version: WALL_VERSION + 1,
        ..state(2)
    };
    assert_eq!(WallState::parse(&other.to_ron()), None);
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(WallState::read(&tmp.path().join("none.ron")), None);
    assert_eq!(mode(None, now_ms()), WallMode::Saved);
}

#[test]
fn the_mode_follows_blanks_and_closes() {
    let now = now_ms();
    let s = WallState {
        pane: 1,
        selected: 4,
        ..state(5)
    };
    assert_eq!(
        mode(Some(&s), now),
        WallMode::Follow(Position {
            step: 5,
            pane: 1,
            selected: 4,
            scroll: 0
        })
    );
    let blank = WallState {
        blank: true,
        ..s.clone()
    };
    assert_eq!(mode(Some(&blank), now), WallMode::Blank);
    let quit = WallState {
        facilitator_running: false,
        ..s.clone()
    };
    assert_eq!(mode(Some(&quit), now), WallMode::Closed);
    let late = now + STALE_AFTER.as_millis() as u64 + 1;
    assert_eq!(mode(Some(&s), late), WallMode::Closed, "stale");
    // A clock that went back is not a closed meeting.
    assert!(matches!(
        mode(Some(&s), now.saturating_sub(60_000)),
        WallMode::Follow(_)
    ));
}

// ---- the wall following the files ----

#[test]
fn the_wall_follows_the_state_and_falls_back_to_the_saved_step() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 1);
    let wall = state_path(&path);
    let mut f = follower(&path);
    assert_eq!((step_of(&f), f.shown), (1, Shown::Meeting), "no state yet");

    state(4).write(&path).unwrap();
    assert!(f.poll());
    assert_eq!(step_of(&f), 4);

    // Half-written: the session's saved step.
    let whole = state(6).to_ron();
    std::fs::write(&wall, &whole[..whole.len() / 2]).unwrap();
    f.poll();
    assert_eq!((step_of(&f), f.shown), (1, Shown::Meeting));

    state(6).write(&path).unwrap();
    f.poll();
    assert_eq!(step_of(&f), 6);
    std::fs::write(&wall, b"\x00\xff garbage").unwrap();
    f.poll();
    assert_eq!(step_of(&f), 1);

    state(2).write(&path).unwrap();
    f.poll();
    assert_eq!(step_of(&f), 2);
    std::fs::remove_file(&wall).unwrap();
    f.poll();
    assert_eq!(step_of(&f), 1);

    // A step beyond the layout is clamped, not a panic.
    state(999).write(&path).unwrap();
    f.poll();
    assert_eq!(step_of(&f), f.app.meeting().unwrap().layout.steps.len() - 1);
}

#[test]
fn the_wall_blanks_closes_and_follows_again() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 0);
    let mut f = follower(&path);
    assert!(wall_text(&f, 80, 24).contains("Oom Kees"));

    WallState {
        blank: true,
        ..state(0)
    }
    .write(&path)
    .unwrap();
    f.poll();
    assert_eq!(f.shown, Shown::Blank);
    assert!(wall_text(&f, 80, 24).trim().is_empty());

    WallState {
        facilitator_running: false,
        ..state(0)
    }
    .write(&path)
    .unwrap();
    f.poll();
    assert_eq!(f.shown, Shown::Closed);
    let text = wall_text(&f, 80, 24);
    assert!(
        text.contains("Het overleg is gesloten door wie het leidt."),
        "{text}"
    );
    assert!(!text.contains("Oom Kees") && !text.contains("WALL-1"));

    // Stale: a program that stopped renewing the state without closing.
    let old = WallState {
        updated: now_ms() - STALE_AFTER.as_millis() as u64 - 2000,
        ..state(0)
    };
    old.write(&path).unwrap();
    f.poll();
    assert_eq!(f.shown, Shown::Closed);

    // The facilitator opens the meeting again: the wall follows.
    state(0).write(&path).unwrap();
    f.poll();
    assert_eq!(f.shown, Shown::Meeting);
    assert!(wall_text(&f, 200, 60).contains("Oom Kees"));
}

#[test]
fn a_session_that_cannot_be_read_keeps_the_last_good_version() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 0);
    let mut f = follower(&path);
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &good[..good.len() / 2]).unwrap();
    f.poll();
    assert!(wall_text(&f, 80, 24).contains("Oom Kees"));
    std::fs::remove_file(&path).unwrap();
    f.poll();
    assert!(wall_text(&f, 80, 24).contains("Oom Kees"));
    // A new good version (longer, so its size differs) is shown again.
    std::fs::write(&path, good.replace("Oom Kees", "Oom Kees-Jan")).unwrap();
    f.poll();
    assert!(wall_text(&f, 80, 24).contains("Oom Kees-Jan"));
}

#[test]
fn a_missing_or_broken_file_is_a_sentence() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nope.ron");
    let err = Follower::open(
        &missing,
        LayoutSet::builtin(),
        KeyMap::default(),
        &top3::history::Rules::default(),
    )
    .err()
    .unwrap();
    assert!(!err.contains("panicked") && !err.is_empty(), "{err}");
    let broken = tmp.path().join("broken.ron");
    std::fs::write(&broken, "(version: 1, case: ").unwrap();
    assert!(
        Follower::open(
            &broken,
            LayoutSet::builtin(),
            KeyMap::default(),
            &top3::history::Rules::default()
        )
        .is_err()
    );
}

// ---- the facilitator's beacon ----

#[test]
fn the_beacon_writes_the_position_and_closed_on_drop() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 0);
    let mut app = facilitator_on(&path);
    let mut beacon = Beacon::new();
    beacon.publish(&app);
    let s = WallState::read(&path).unwrap();
    assert_eq!((s.step, s.blank, s.facilitator_running), (0, false, true));
    app.meeting_mut().unwrap().session.step = 3;
    app.blank = true;
    beacon.publish(&app);
    let s = WallState::read(&path).unwrap();
    assert_eq!((s.step, s.blank), (3, true));
    assert_eq!(s.pid, std::process::id());
    drop(beacon);
    let s = WallState::read(&path).unwrap();
    assert!(!s.facilitator_running && !s.blank);
    // The session itself is untouched by the beacon.
    assert_eq!(top3::store::load_session(&path).unwrap().step, 0);
}

// ---- what the wall never shows ----

#[test]
fn the_wall_never_shows_private_notes_hints_or_keys() {
    const SECRET: &str = "Zus logeert tijdelijk op adres X";
    let base = meeting_app(0);
    let mut m = base.meeting().unwrap().clone();
    let id = m.session.alloc_id();
    m.session.notes.push(Note {
        id,
        text: SECRET.into(),
        private: true,
        visibility: Default::default(),
    });
    let steps = m.layout.steps.clone();
    let mut wall = wall_app(m, KeyMap::default(), LayoutSet::builtin());
    // Even if someone set these, the wall stays the wall.
    wall.status = Some("Opgeslagen in /home/coordinator/sessions".into());
    for (i, step) in steps.iter().enumerate() {
        for (w, h) in [(80, 24), (200, 60)] {
            wall.meeting_mut().unwrap().session.step = i;
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            top3::wall::render(
                &wall,
                Shown::Meeting,
                &Theme::new(ThemeName::Dark),
                area,
                &mut buf,
            );
            let text = buffer_rows(&buf).join("\n");
            assert!(!text.contains("Zus logeert"), "step {i} {w}x{h}:\n{text}");
            assert!(!text.contains("/home/"), "step {i}:\n{text}");
            assert!(!text.contains(T::HintsTitle.s()), "hints on step {i}");
            for hint in &step.hints {
                let head: String = hint.s().chars().take(30).collect();
                assert!(!text.contains(&head), "hint on step {i}:\n{text}");
            }
            for key_label in ["stoppen", "hulp", "scherm zwart"] {
                let footer = text.lines().last().unwrap_or_default();
                assert!(!footer.contains(key_label), "footer on step {i}:\n{text}");
            }
        }
    }
}

// ---- two programs in two pseudo-terminals ----

fn start_facilitator(dir: &Path) -> Term {
    Term::start(
        &[
            "new",
            "--layout",
            LAYOUT,
            "--case",
            "WALL-1",
            "--date",
            "2026-11-24",
        ],
        dir,
        100,
        30,
    )
}

fn session_path(dir: &Path) -> PathBuf {
    dir.join("sessions/WALL-1/2026-11-24-netwerkoverleg-veiligheidsplan.ron")
}

fn start_wall(dir: &Path, cols: u16, rows: u16) -> Term {
    let path = session_path(dir);
    Term::start(&["present", path.to_str().unwrap()], dir, cols, rows)
}

#[test]
fn the_wall_follows_the_facilitator_live() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let mut fac = start_facilitator(tmp.path());
    fac.wait_for("Wie zijn er?");
    let mut wall = start_wall(tmp.path(), 100, 30);
    wall.wait_for("Wie zijn er?");
    wall.wait_for("WALL-1");
    // The wall has no key hints and no "saved" status of its own program.
    assert!(!wall.screen().contains("stoppen"), "{}", wall.screen());
    // Typed text reaches the wall while the form is still open.
    fac.send("a");
    fac.typ("Tante Els");
    wall.wait_for("Tante Els");
    fac.send(ESC);
    // Keys on the wall do nothing (only q, Esc, Ctrl-c leave it).
    wall.send("a");
    wall.send("b");
    wall.send(RIGHT);
    // The facilitator moves on: the wall follows.
    fac.send(RIGHT);
    wall.wait_for("Dit is het eerste overleg");
    for _ in 0..8 {
        fac.send(RIGHT);
    }
    fac.wait_for("Aantekeningen");
    wall.wait_for("Aantekeningen");
    // A private note: made private first, then its text typed. Its text
    // must never reach the wall, not even for a frame.
    fac.send("a");
    fac.typ("x");
    fac.send(ESC);
    fac.wait_for("• x");
    fac.send(" ");
    fac.wait_for("privé");
    wall.wait_for("niet zichtbaar in de projectie");
    let watch = Watch::new(wall.parser.clone(), "Buurvrouw");
    fac.send(ENTER);
    fac.send("\x7f");
    fac.typ("Buurvrouw belde anoniem");
    // The facilitator's own screen is in wall view too: dots, never the text.
    fac.wait_for(&"•".repeat("Buurvrouw belde anoniem".chars().count()));
    assert!(!fac.screen().contains("Buurvrouw"), "{}", fac.screen());
    fac.send(ESC);
    // A public note after it: when it shows, the private one was saved too.
    fac.send("a");
    fac.typ("School uitnodigen");
    fac.send(ESC);
    wall.wait_for("School uitnodigen");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!watch.seen(), "a private note reached the wall");
    assert!(!wall.screen().contains("Buurvrouw"), "{}", wall.screen());
    // `b` blanks both screens; any key brings both back.
    fac.send("b");
    fac.wait_until("the facilitator's screen is not blank", |s| {
        s.trim().is_empty()
    });
    wall.wait_until("the wall is not blank", |s| s.trim().is_empty());
    fac.send("x");
    fac.wait_for("School uitnodigen");
    wall.wait_for("School uitnodigen");
    // The wall resizes.
    wall.resize(200, 60);
    wall.wait_for("School uitnodigen");
    // The facilitator quits: the wall says so calmly, showing nothing else.
    fac.send("q");
    assert_eq!(fac.wait_exit(), 0);
    wall.wait_for("Het overleg is gesloten door wie het leidt.");
    assert!(!wall.screen().contains("School uitnodigen"));
    // And follows again when the facilitator comes back.
    let path = session_path(tmp.path());
    let mut again = Term::start(&["open", path.to_str().unwrap()], tmp.path(), 100, 30);
    again.wait_for("Aantekeningen");
    wall.wait_for("School uitnodigen");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    wall.wait_for("gesloten");
    let saved = std::fs::read(&path).unwrap();
    let closed = std::fs::read(wall_file(tmp.path(), &path)).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    wall.send("q");
    assert_eq!(wall.wait_exit(), 0);
    assert!(
        !wall.screen().contains("gesloten"),
        "leaving clears the wall"
    );
    // The wall never wrote the session or the state file, nor took a lock.
    assert_eq!(std::fs::read(&path).unwrap(), saved);
    assert_eq!(std::fs::read(wall_file(tmp.path(), &path)).unwrap(), closed);
    assert!(!top3::store::SessionLock::lock_path(&path).exists());
}

#[test]
fn the_wall_may_start_first_and_survives_a_broken_state_file() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let out = std::process::Command::new(common::bin())
        .args([
            "new",
            "--layout",
            LAYOUT,
            "--case",
            "WALL-1",
            "--date",
            "2026-11-24",
            "--no-open",
        ])
        .current_dir(tmp.path())
        .env_clear()
        .env("HOME", tmp.path())
        .env("XDG_CONFIG_HOME", tmp.path().join(".config"))
        .env("XDG_DATA_HOME", tmp.path().join(".data"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let path = session_path(tmp.path());
    let before = std::fs::read(&path).unwrap();
    // The wall first, on a small terminal: the saved step.
    let mut wall = start_wall(tmp.path(), 80, 24);
    wall.wait_for("Wie zijn er?");
    // Nothing was written by the wall alone.
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!wall_file(tmp.path(), &path).exists());
    let mut fac = Term::start(&["open", path.to_str().unwrap()], tmp.path(), 80, 24);
    fac.wait_for("Wie zijn er?");
    fac.send(RIGHT);
    wall.wait_for("Dit is het eerste overleg");
    // The state file written halfway: the wall keeps working (it shows the
    // saved step), and the facilitator's next write repairs it.
    let whole = std::fs::read_to_string(wall_file(tmp.path(), &path)).unwrap();
    std::fs::write(wall_file(tmp.path(), &path), &whole[..whole.len() / 2]).unwrap();
    fac.send(RIGHT);
    wall.wait_for("De feiten");
    // Deleted meanwhile: the same.
    std::fs::remove_file(wall_file(tmp.path(), &path)).unwrap();
    fac.send("a");
    fac.typ("Ruzie in de keuken");
    wall.wait_for("Ruzie in de keuken");
    fac.send(ESC);
    // A session file briefly broken by hand: the last good version stays.
    fac.send(LEFT);
    wall.wait_for("Dit is het eerste overleg");
    fac.send("q");
    assert_eq!(fac.wait_exit(), 0);
    wall.wait_for("gesloten");
    std::fs::write(&path, "(version: 1, half").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    std::fs::remove_file(wall_file(tmp.path(), &path)).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        wall.child.try_wait().unwrap().is_none(),
        "the wall still runs"
    );
    wall.wait_for("Dit is het eerste overleg");
    wall.send(ESC);
    assert_eq!(wall.wait_exit(), 0);
    // The case folder holds the session and its backup, no wall state.
    let left: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".wall") || n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn present_with_a_missing_file_is_one_sentence_and_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let mut wall = Term::start(&["present", "sessions/none.ron"], tmp.path(), 80, 24);
    assert_eq!(wall.wait_exit(), 1);
    let screen = wall.screen();
    assert!(screen.contains("top3:"), "{screen}");
    assert!(!screen.contains("panicked"), "{screen}");
}

#[test]
fn the_wall_draws_at_any_size_and_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 0);
    let mut f = follower(&path);
    for shown in [Shown::Meeting, Shown::Blank, Shown::Closed] {
        f.shown = shown;
        for (w, h) in [
            (0, 0),
            (1, 1),
            (10, 3),
            (79, 23),
            (80, 24),
            (200, 60),
            (300, 5),
        ] {
            let _ = wall_text(&f, w, h);
        }
    }
    f.shown = Shown::Closed;
    top3::i18n::set_lang(top3::i18n::Lang::En);
    let text = wall_text(&f, 80, 24);
    top3::i18n::set_lang(top3::i18n::Lang::Nl);
    assert!(
        text.contains("The facilitator has closed the meeting."),
        "{text}"
    );
}

// ---- c-screens: the exercise's countdown on the wall ----

/// A wide character takes two cells: the buffer's rows show a blank after it.
fn wide(s: &str) -> String {
    s.replace("⏳  ", "⏳ ")
}

#[test]
fn the_countdown_round_trips_and_an_older_state_file_still_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let session = tmp.path().join("2026-11-24-x.ron");
    let with = WallState {
        countdown: Some(750),
        ..state(2)
    };
    assert!(with.to_ron().contains("countdown: Some(750)"));
    assert_eq!(WallState::parse(&with.to_ron()), Some(with.clone()));
    with.write(&session).unwrap();
    assert_eq!(WallState::read(&session), Some(with));
    // Without a countdown the field is not written, and a state file
    // written before the field existed reads as "no countdown".
    let without = state(2);
    assert!(!without.to_ron().contains("countdown"));
    let old = format!(
        "(version: {WALL_VERSION}, step: 2, pane: 0, selected: 0, scroll: 0, blank: false, \
         signals: false, facilitator_running: true, pid: 7, updated: 1)"
    );
    assert_eq!(WallState::parse(&old).unwrap().countdown, None);
    std::fs::remove_file(state_path(&session)).unwrap();
}

#[test]
fn the_wall_shows_the_facilitators_countdown_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 0);
    let mut f = follower(&path);
    assert!(!wall_text(&f, 80, 24).contains('⏳'));
    WallState {
        countdown: Some(750),
        ..state(0)
    }
    .write(&path)
    .unwrap();
    assert!(f.poll());
    for (w, h) in [(80, 24), (200, 60)] {
        let text = wall_text(&f, w, h);
        let header = wide(text.lines().next().unwrap());
        assert!(header.contains("⏳ nog 12:30"), "{w}×{h}: {text}");
    }
    // Run out: in words, not only in colour.
    WallState {
        countdown: Some(0),
        ..state(0)
    }
    .write(&path)
    .unwrap();
    assert!(f.poll());
    let text = wall_text(&f, 80, 24);
    assert!(
        wide(text.lines().next().unwrap()).contains("⏳ tijd om"),
        "{text}"
    );
    // Blanked or closed: no countdown, nothing of the meeting.
    WallState {
        countdown: Some(300),
        facilitator_running: false,
        ..state(0)
    }
    .write(&path)
    .unwrap();
    f.poll();
    assert!(!wall_text(&f, 80, 24).contains('⏳'));
    // Off again in the facilitator's program: gone from the wall.
    state(0).write(&path).unwrap();
    f.poll();
    assert_eq!(f.shown, Shown::Meeting);
    assert!(!wall_text(&f, 200, 60).contains('⏳'));
}

#[test]
fn the_beacon_carries_the_countdown() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_on_disk(tmp.path(), 0);
    let mut app = facilitator_on(&path);
    let mut beacon = Beacon::new();
    beacon.publish(&app);
    assert_eq!(WallState::read(&path).unwrap().countdown, None);
    app.set_countdown(15);
    app.update(top3::app::Action::Tick(Duration::from_secs(150)));
    beacon.publish(&app);
    assert_eq!(WallState::read(&path).unwrap().countdown, Some(750));
    // The wall of this state shows what the facilitator's header shows.
    let mut f = follower(&path);
    f.poll();
    assert!(wide(&wall_text(&f, 80, 24)).contains("⏳ nog 12:30"));
    drop(beacon);
}

fn facilitator_on(path: &Path) -> App {
    let session = top3::store::load_session(path).unwrap();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    App::new(
        Screen::Meeting(Box::new(top3::app::Meeting::new(
            session,
            layout,
            Some(path.to_path_buf()),
        ))),
        KeyMap::default(),
        layouts,
    )
}

/// In training `n` closes the meeting for the next one of the same case:
/// the wall follows to it. To another case's meeting it never moves.
#[test]
fn the_wall_follows_the_facilitator_to_the_next_meeting_of_the_same_case() {
    let tmp = tempfile::tempdir().unwrap();
    let first = session_on_disk(tmp.path(), 0);
    let mut next_session = top3::store::load_session(&first).unwrap();
    next_session.date = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    let id = next_session.alloc_id();
    next_session
        .participants
        .push(Participant::new(id, "Tante Roos"));
    let next = first.with_file_name("2026-12-15-netwerkoverleg-veiligheidsplan.ron");
    top3::store::save_session(&next, &next_session).unwrap();

    let mut beacon = Beacon::new();
    beacon.publish(&facilitator_on(&first));
    let mut f = follower(&first);
    f.poll();
    assert!(!wall_text(&f, 200, 60).contains("Tante Roos"));
    // The facilitator opens the next meeting of the case.
    beacon.publish(&facilitator_on(&next));
    let old = WallState::read(&first).unwrap();
    assert!(!old.facilitator_running);
    assert_eq!(old.moved_to.as_deref(), Some(next.as_path()));
    f.poll();
    assert_eq!(f.session_path(), next.as_path());
    assert_eq!(f.shown, Shown::Meeting);
    let text = wall_text(&f, 200, 60);
    assert!(text.contains("Tante Roos"), "{text}");
    assert!(text.contains("15-12-2026"), "{text}");

    // Another case (another folder): the old wall just closes.
    let other_dir = tempfile::tempdir().unwrap();
    let other = session_on_disk(other_dir.path(), 0);
    beacon.publish(&facilitator_on(&other));
    let closed = WallState::read(&next).unwrap();
    assert!(!closed.facilitator_running);
    assert_eq!(closed.moved_to, None);
    f.poll();
    assert_eq!(f.session_path(), next.as_path());
    assert_eq!(f.shown, Shown::Closed);
    drop(beacon);
}
