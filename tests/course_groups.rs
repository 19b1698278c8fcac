//! Subgroups on a course day (issue 16, items 3 and 4): `train --next` in a
//! group's own copy, and the groups compared, also from copies gathered from
//! several laptops. All names are fictional.
use crate::common;
use common::train_cmd as top3;

use common::*;
use std::path::Path;
use std::process::Output;
use top3::store::load_session;

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn train_next_with_a_group_works_in_the_groups_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("top3-training");
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "a", "--next"],
        tmp.path(),
    ));
    let made = root.join("groep-A/OEF-2026-02/2026-12-08-training.ron");
    assert!(out.contains(&made.display().to_string()), "{out}");
    assert!(out.contains("Groep A"), "{out}");
    let s = load_session(&made).unwrap();
    assert!(
        s.facts
            .iter()
            .any(|f| f.what.starts_with("Melding van Naima"))
    );
    // The un-grouped copy and the other groups are untouched.
    assert!(!root.join("OEF-2026-02").exists());
    assert!(!root.join("groep-B").exists());
    // Again: the group's next date, from the group's newest meeting.
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A", "--next"],
        tmp.path(),
    ));
    assert!(out.contains("29-12-2026"), "{out}");
    assert!(
        root.join("groep-A/OEF-2026-02/2026-12-29-training.ron")
            .is_file()
    );
    // Without the group the course starts at its first scripted date.
    let out = ok(&top3(
        &["train", "--case", "OEF-2026-02", "--next"],
        tmp.path(),
    ));
    assert!(out.contains("08-12-2026"), "{out}");
    assert!(root.join("OEF-2026-02/2026-12-08-training.ron").is_file());
    // A bad group name is one sentence and exit 1, nothing written.
    let o = top3(
        &[
            "train",
            "--case",
            "OEF-2026-02",
            "--group",
            "../x",
            "--next",
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("groepsnaam"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

// ---- the groups side by side on a screen ----

use top3::app::groups::GroupsView;
use top3::app::{Action, App, Command, Effect, KeyMap, Meeting, Screen};
use top3::layout::LayoutSet;
use top3::model::Session;
use top3::training::compare::groups_grid;
use top3::training::find_case;

/// The shipped practice meeting of OEF-2026-02.
fn shipped() -> Session {
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let (name, text) = case.files.last().unwrap();
    top3::store::parse_session(text, Path::new(name)).unwrap()
}

/// The shipped meeting with its first situation written by a group.
fn group(first: &str) -> Session {
    let mut s = shipped();
    s.top3.get_mut(0).unwrap().text = first.to_string();
    s
}

/// Groups whose first situations differ, so each column is its own.
fn sessions(n: usize) -> Vec<(String, Session)> {
    let texts = [
        "Vader staat elke week voor de deur",
        "Rick volgt Sanne met een tracker",
        "Milan hoort de ruzies aan de deur",
        "De school weet niet wie Milan ophaalt",
    ];
    ["A", "B", "C", "D"]
        .iter()
        .zip(texts)
        .take(n)
        .map(|(g, t)| (g.to_string(), group(t)))
        .collect()
}

/// The practice screen of group A with the groups shown over it.
fn groups_app(n: usize, w: u16, h: u16) -> App {
    let session = shipped();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    let mut app = App::new(
        Screen::Meeting(Box::new(Meeting::new(session, layout, None))),
        KeyMap::default(),
        layouts,
    );
    app.training = true;
    app.practice_view = true;
    app.update(Action::Resize(w, h));
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let model = case.model_for(case.newest_file()).unwrap();
    let grid = groups_grid(&sessions(n), Some(&model));
    app.groups = Some(GroupsView::new(&case.code, grid, false));
    app
}

/// The row holding `a` and `b` (in that order), if any.
fn row_with<'a>(rows: &'a [String], a: &str, b: &str) -> Option<&'a String> {
    rows.iter()
        .find(|r| r.find(a).zip(r.find(b)).is_some_and(|(i, j)| i < j))
}

#[test]
fn the_groups_stand_side_by_side_at_80x24_and_200x60() {
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let app = groups_app(2, w, h);
        let rows = screen(&app, w, h);
        let all = rows.join("\n");
        assert!(
            all.contains("OEF-2026-02: de groepen naast elkaar"),
            "{all}"
        );
        // The headings: both groups and the model answer, on one row.
        let heads = row_with(&rows, "Groep A", "Groep B").unwrap_or_else(|| panic!("{all}"));
        assert!(heads.contains("Modelantwoord"), "{all}");
        // Each group's own text in its own column, on the same row.
        let row =
            row_with(&rows, "Vader staat", "Rick volgt Sanne").unwrap_or_else(|| panic!("{all}"));
        assert!(row.contains('│'), "{row}");
        assert!(row.contains("Rick komt ongevraagd"), "model column: {row}");
        // All columns fit: no paging; read only.
        assert!(!all.contains("kolom "), "{all}");
        assert!(all.contains("Esc terug"), "{all}");
        assert!(rows.iter().all(|r| r.chars().count() <= w as usize));
        // Scores and agreements are there too (at 80×24 below: ↓ meer).
        if h >= 60 {
            assert!(all.contains("mediaan 3 (5 cijfers)"), "{all}");
            assert!(all.contains("Afspraak 1"), "{all}");
        } else {
            assert!(all.contains("↓ meer"), "{all}");
        }
    }
}

#[test]
fn at_80_columns_the_screen_says_which_groups_it_shows_and_arrows_show_the_others() {
    let mut app = groups_app(4, 80, 24);
    let all = screen(&app, 80, 24).join("\n");
    assert!(all.contains("kolom 1–3 van 5"), "{all}");
    assert!(all.contains("←/→ andere kolommen"), "{all}");
    assert!(
        !all.contains("Groep D") && !all.contains("Modelantwoord"),
        "{all}"
    );
    cmd(&mut app, Command::NextStep);
    cmd(&mut app, Command::NextStep);
    cmd(&mut app, Command::NextStep);
    let rows = screen(&app, 80, 24);
    let all = rows.join("\n");
    assert!(all.contains("kolom 3–5 van 5"), "{all}");
    let heads = row_with(&rows, "Groep C", "Groep D").unwrap_or_else(|| panic!("{all}"));
    assert!(heads.contains("Modelantwoord"), "{all}");
    assert!(
        row_with(&rows, "Milan hoort", "De school weet").is_some(),
        "{all}"
    );
    cmd(&mut app, Command::PrevStep);
    assert!(screen(&app, 80, 24).join("\n").contains("kolom 2–4 van 5"));
    // At 200×60 all five fit.
    let app = groups_app(4, 200, 60);
    let rows = screen(&app, 200, 60);
    let heads = row_with(&rows, "Groep A", "Groep D").unwrap();
    assert!(heads.contains("Modelantwoord"), "{heads}");
}

#[test]
fn the_groups_screen_scrolls_is_read_only_and_goes_back() {
    let mut app = groups_app(2, 80, 24);
    let before = app.meeting().unwrap().session.clone();
    let top = screen(&app, 80, 24).join("\n");
    for _ in 0..8 {
        cmd(&mut app, Command::Down);
    }
    let down = screen(&app, 80, 24).join("\n");
    assert_ne!(top, down);
    assert!(down.contains("Afspraak"), "{down}");
    // Keys that would change something say it is read only.
    for c in [Command::Add, Command::Delete, Command::Edit] {
        cmd(&mut app, c);
        assert!(
            app.status
                .as_deref()
                .unwrap()
                .contains("alleen om te lezen"),
            "{:?}",
            app.status
        );
    }
    app.update(Action::Paste("x".into()));
    assert_eq!(app.meeting().unwrap().session, before);
    assert!(
        screen(&app, 80, 24)
            .join("\n")
            .contains("alleen om te lezen")
    );
    cmd(&mut app, Command::Escape);
    assert!(app.groups.is_none());
    assert!(!app.quit);
    assert!(
        !screen(&app, 80, 24)
            .join("\n")
            .contains("de groepen naast elkaar")
    );
    // Opened on its own (the command line): leaving quits.
    let mut app = groups_app(2, 80, 24);
    app.groups.as_mut().unwrap().standalone = true;
    assert!(screen(&app, 80, 24).join("\n").contains("Esc sluiten"));
    assert_eq!(
        app.update(Action::Command(Command::Escape)),
        vec![Effect::Quit]
    );
    assert!(app.quit);
}

#[test]
fn g_in_training_reads_the_groups_and_is_named_in_footer_and_help() {
    let mut app = groups_app(2, 200, 60);
    app.groups = None;
    let footer = screen(&app, 200, 60).join("\n");
    assert!(footer.contains("g groepen"), "{footer}");
    cmd(&mut app, Command::Help);
    let help = screen(&app, 200, 60).join("\n");
    assert!(help.contains("De groepen naast elkaar"), "{help}");
    cmd(&mut app, Command::Escape);
    let effects = app.update(Action::Command(Command::Groups));
    assert_eq!(
        effects,
        vec![Effect::SaveNow, Effect::CompareGroups("OEF-2026-02".into())]
    );
    // The host reads the groups' copies in its training folder.
    let tmp = tempfile::tempdir().unwrap();
    let mut host = top3::effects::Host::new(tmp.path().join("sessions"));
    host.training_root = tmp.path().join("top3-training");
    host.perform(&mut app, effects.clone());
    assert!(app.groups.is_none());
    assert!(
        app.status.as_deref().unwrap().contains("--group A"),
        "{:?}",
        app.status
    );
    for g in ["A", "B"] {
        let root = top3::training::group_root(&host.training_root, Some(g)).unwrap();
        top3::training::prepare(&root, Some("OEF-2026-02"), false).unwrap();
    }
    host.perform(&mut app, effects);
    let view = app.groups.as_ref().expect("the groups are shown");
    assert_eq!(view.grid.heads, ["Groep A", "Groep B", "Modelantwoord"]);
    assert!(row_with(&screen(&app, 200, 60), "Groep A", "Groep B").is_some());
    // Outside training the key only says what it is for.
    let mut app = groups_app(2, 80, 24);
    app.groups = None;
    app.training = false;
    assert!(app.update(Action::Command(Command::Groups)).is_empty());
    assert!(app.status.is_some());
}

// ---- copies gathered from several laptops ----

/// One sentence on stderr, exit 1, never a panic.
fn one_sentence(o: &Output) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    err
}

#[test]
fn compare_groups_takes_copies_from_other_laptops() {
    let tmp = tempfile::tempdir().unwrap();
    let here = tmp.path().join("here");
    let laptop2 = tmp.path().join("laptop2");
    let laptop3 = tmp.path().join("laptop3");
    for d in [&here, &laptop2, &laptop3] {
        std::fs::create_dir_all(d).unwrap();
    }
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A"],
        &here,
    ));
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "B"],
        &laptop2,
    ));
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "D"],
        &laptop3,
    ));
    let file = "2026-11-17-training.ron";
    // Group C mailed its session file, with its own first situation.
    let mail = tmp.path().join("mail");
    std::fs::create_dir_all(&mail).unwrap();
    let mut c =
        load_session(&laptop2.join("top3-training/groep-B/OEF-2026-02").join(file)).unwrap();
    c.top3.get_mut(0).unwrap().text = "Rick wacht Milan op bij het hek van school".into();
    top3::store::save_session(&mail.join("groep-C.ron"), &c).unwrap();
    let group_b = laptop2.join("top3-training/groep-B");
    let case_d = laptop3.join("top3-training/groep-D/OEF-2026-02");
    let out = ok(&top3(
        &[
            "train",
            "--case",
            "OEF-2026-02",
            "--compare-groups",
            &group_b.display().to_string(),
            &mail.join("groep-C.ron").display().to_string(),
            &case_d.display().to_string(),
        ],
        &here,
    ));
    assert!(
        out.contains("| | Groep A | Groep B | Groep C | Groep D | Modelantwoord |"),
        "{out}"
    );
    assert!(out.contains("Rick wacht Milan op bij het hek"), "{out}");
    // --markdown says the same (in a terminal it would open the screen).
    let md = ok(&top3(
        &[
            "train",
            "--case",
            "OEF-2026-02",
            "--compare-groups",
            "--markdown",
        ],
        &here,
    ));
    assert!(md.contains("| | Groep A | Modelantwoord |"), "{md}");

    let compare = |paths: &[&Path]| {
        let mut args = vec![
            "train".to_string(),
            "--case".into(),
            "OEF-2026-02".into(),
            "--compare-groups".into(),
        ];
        args.extend(paths.iter().map(|p| p.display().to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        top3(&args, &here)
    };
    // A path that is not there.
    let err = one_sentence(&compare(&[&tmp.path().join("usb/groep-X")]));
    assert!(err.contains("bestaat niet"), "{err}");
    // A folder without the meeting.
    let empty = tmp.path().join("leeg");
    std::fs::create_dir_all(&empty).unwrap();
    let err = one_sentence(&compare(&[&empty]));
    assert!(err.contains("geen kopie van OEF-2026-02"), "{err}");
    // A file that does not read.
    let garbage = mail.join("groep-E.ron");
    std::fs::write(&garbage, "(dit is geen sessie").unwrap();
    let err = one_sentence(&compare(&[&garbage]));
    assert!(
        err.contains("groep-E.ron") && err.contains("niet te lezen"),
        "{err}"
    );
    assert!(!err.contains("--reset"), "{err}");
    let binary = mail.join("groep-G.ron");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x9f]).unwrap();
    one_sentence(&compare(&[&binary]));
    // A meeting of another case.
    let other = find_case(Some("OEF-2026-01")).unwrap();
    let (_, text) = other.files.last().unwrap();
    let foreign = mail.join("groep-F.ron");
    std::fs::write(&foreign, text).unwrap();
    let err = one_sentence(&compare(&[&foreign]));
    assert!(
        err.contains("overleg van OEF-2026-01, niet van OEF-2026-02"),
        "{err}"
    );
    // Two copies of one group: this laptop's A and a gathered A.
    let a_again = mail.join("groep-A.ron");
    std::fs::copy(mail.join("groep-C.ron"), &a_again).unwrap();
    let err = one_sentence(&compare(&[&a_again]));
    assert!(err.contains("Groep A komt twee keer voor"), "{err}");
    // This laptop's own group named as a path is no second copy.
    let own = here.join("top3-training/groep-A");
    let md = ok(&compare(&[&own]));
    assert!(md.contains("| | Groep A | Modelantwoord |"), "{md}");
    // Nothing was written in the gathered folders.
    assert_eq!(std::fs::read_dir(&group_b).unwrap().count(), 1);
}

// ---- "volgend overleg" in training ----

#[test]
fn n_in_training_makes_the_next_scripted_meeting_and_opens_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut app, mut host, path) = common::group_a_practice(tmp.path());
    // Named in the footer where there is room (on a step with few keys).
    let step = app.meeting().unwrap().session.step;
    app.meeting_mut().unwrap().session.step = 2;
    let footer = screen(&app, 200, 60).join("\n");
    assert!(footer.contains("n volgend overleg"), "{footer}");
    app.meeting_mut().unwrap().session.step = step;
    // And in `?`, as what n does in training.
    cmd(&mut app, Command::Help);
    let rows = top3::ui::help_rows(&app);
    assert!(
        rows.iter()
            .any(|(k, h)| k == "n" && h.contains("volgende overleg uit het script")),
        "{rows:?}"
    );
    cmd(&mut app, Command::Escape);
    let dir = path.parent().unwrap().to_path_buf();
    let effects = app.update(Action::Command(Command::New));
    assert_eq!(
        effects,
        vec![
            Effect::SaveNow,
            Effect::NextScripted(dir.clone(), "OEF-2026-02".into())
        ]
    );
    host.perform(&mut app, effects.clone());
    let next = dir.join("2026-12-08-training.ron");
    let m = app.meeting().unwrap();
    assert_eq!(m.path.as_deref(), Some(next.as_path()));
    assert_eq!(m.session.date.to_string(), "2026-12-08");
    assert_eq!(host.today.to_string(), "2026-12-08");
    let status = app.status.clone().unwrap();
    assert!(
        status.contains("Volgend overleg op 08-12-2026 geschreven"),
        "{status}"
    );
    assert!(status.contains(&next.display().to_string()), "{status}");
    let shown = screen(&app, 80, 24).join(" ");
    assert!(shown.contains("Volgend overleg op 08-12-2026"), "{shown}");
    assert!(shown.contains("08-12-2026"), "{shown}");
    // There is no model answer for the new meeting: c says so.
    assert!(app.model.is_none());
    cmd(&mut app, Command::Compare);
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .contains("geen modelantwoord")
    );
    // The debrief of the exercise is there on the later meeting too: the
    // practice meeting's teaching points.
    let case = top3::training::find_case(Some("OEF-2026-02")).unwrap();
    let points = case.teaching_points(case.newest_file());
    assert!(!points.is_empty());
    assert_eq!(app.teaching_points(), points);
    cmd(&mut app, Command::Debrief);
    cmd(&mut app, Command::Edit);
    let shown = screen(&app, 200, 60).join(" ");
    assert!(
        shown.contains(&format!("Leerpunt 1 van {}", points.len())),
        "{shown}"
    );
    cmd(&mut app, Command::Escape);
    // Again: the next date; then no more, and the meeting stays open.
    host.perform(&mut app, effects.clone());
    let last = dir.join("2026-12-29-training.ron");
    assert_eq!(app.meeting().unwrap().path.as_deref(), Some(last.as_path()));
    host.perform(&mut app, effects);
    assert!(app.status.as_deref().unwrap().contains("geen overleg meer"));
    assert_eq!(app.meeting().unwrap().path.as_deref(), Some(last.as_path()));
    // Outside training n does nothing of the sort.
    app.training = false;
    assert!(
        !app.update(Action::Command(Command::New))
            .iter()
            .any(|e| matches!(e, Effect::NextScripted(..)))
    );
}

#[test]
fn off_the_facilitator_view_the_groups_show_names_as_the_wall_does() {
    let mut a = group("Vader staat elke week voor de deur");
    a.wall_names = top3::model::WallNames::Roles;
    let groups = vec![
        ("A".to_string(), a),
        ("B".to_string(), group("Rick volgt Sanne")),
    ];
    let mut app = groups_app(2, 200, 60);
    app.groups = Some(GroupsView::of("OEF-2026-02", &groups, None, false));
    let room = screen(&app, 200, 60);
    let a_col = |rows: &[String]| -> String {
        rows.iter()
            .filter_map(|r| r.split('│').next())
            .collect::<Vec<_>>()
            .join("\n")
    };
    // Group A chose roles on the wall: its column shows no first names.
    let left = a_col(&room);
    assert!(left.contains("Afspraak 1"), "{left}");
    assert!(!left.contains("Joke"), "{left}");
    // Group B shows names; the facilitator view shows A's names too.
    assert!(room.iter().any(|r| r.contains("│ Joke:")), "{room:?}");
    app.facilitator_view = true;
    app.practice_view = false;
    assert!(a_col(&screen(&app, 200, 60)).contains("Joke:"));
}

#[test]
fn in_plain_mode_the_groups_read_one_after_the_other() {
    let mut app = groups_app(4, 80, 24);
    app.plain = true;
    let rows = screen(&app, 80, 24);
    let all = rows.join("\n");
    assert!(
        all.contains("OEF-2026-02: de groepen naast elkaar"),
        "{all}"
    );
    let a = rows
        .iter()
        .position(|r| r.contains("Groep A: Vader staat"))
        .unwrap_or_else(|| panic!("{all}"));
    let d = rows
        .iter()
        .position(|r| r.contains("Groep D: De school weet"))
        .unwrap_or_else(|| panic!("{all}"));
    assert!(a < d, "{all}");
    assert!(!all.contains('│') && !all.contains("kolom "), "{all}");
    // → pages down instead of sideways.
    cmd(&mut app, Command::NextStep);
    assert_eq!(app.groups.as_ref().unwrap().first, 0);
    assert!(app.groups.as_ref().unwrap().scroll > 0);
}

#[test]
fn once_every_group_has_gone_on_the_groups_are_compared_on_the_later_meeting() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("top3-training");
    for g in ["A", "B"] {
        ok(&top3(
            &["train", "--case", "OEF-2026-02", "--group", g],
            tmp.path(),
        ));
    }
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "A", "--next"],
        tmp.path(),
    ));
    // Group B has not gone on yet: both are compared on the practice meeting.
    let args = ["train", "--case", "OEF-2026-02", "--compare-groups"];
    let md = ok(&top3(&args, tmp.path()));
    assert!(md.contains("OEF-2026-02 · 17-11-2026"), "{md}");
    assert!(md.contains("Groep A") && md.contains("Groep B"), "{md}");
    ok(&top3(
        &["train", "--case", "OEF-2026-02", "--group", "B", "--next"],
        tmp.path(),
    ));
    // Both made the meeting of 8 December: that one, with its scripted
    // events in each group's column, and no model answer for it.
    let md = ok(&top3(&args, tmp.path()));
    assert!(md.contains("OEF-2026-02 · 08-12-2026"), "{md}");
    assert!(md.contains("Groep A") && md.contains("Groep B"), "{md}");
    assert!(!md.contains("Modelantwoord"), "{md}");
    let s = load_session(&root.join("groep-B/OEF-2026-02/2026-12-08-training.ron")).unwrap();
    assert_eq!(s.date.to_string(), "2026-12-08");
    // A copy from another laptop is read on the same meeting; one that has
    // not made it says which meeting it lacks.
    let other = tmp.path().join("usb/groep-C/OEF-2026-02");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::copy(
        root.join("groep-B/OEF-2026-02/2026-11-17-training.ron"),
        other.join("2026-11-17-training.ron"),
    )
    .unwrap();
    let usb = tmp.path().join("usb/groep-C");
    let o = top3(&[&args[..], &[usb.to_str().unwrap()]].concat(), tmp.path());
    assert_eq!(o.status.code(), Some(1));
    let err = one_sentence(&o);
    assert!(err.contains("2026-12-08-training.ron"), "{err}");
}

/// A group's damaged copy leaves that group out, said with the command
/// that starts it over; the other groups are still compared.
#[test]
fn a_damaged_copy_leaves_one_group_out_not_the_comparison() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("top3-training");
    for g in ["A", "B", "C"] {
        ok(&top3(
            &["train", "--case", "OEF-2026-02", "--group", g],
            tmp.path(),
        ));
    }
    let b = root.join("groep-B/OEF-2026-02/2026-11-17-training.ron");
    std::fs::write(&b, "dit is kapot").unwrap();
    let o = top3(
        &[
            "train",
            "--case",
            "OEF-2026-02",
            "--compare-groups",
            "--markdown",
        ],
        tmp.path(),
    );
    let md = ok(&o);
    assert!(md.contains("Groep A") && md.contains("Groep C"), "{md}");
    assert!(!md.contains("Groep B"), "{md}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Groep B ontbreekt"), "{err}");
    assert!(
        err.contains("top3 train --case OEF-2026-02 --group B --reset"),
        "{err}"
    );
    // Only the damaged group: one sentence, exit 1.
    std::fs::remove_dir_all(root.join("groep-A")).unwrap();
    std::fs::remove_dir_all(root.join("groep-C")).unwrap();
    let o = top3(
        &[
            "train",
            "--case",
            "OEF-2026-02",
            "--compare-groups",
            "--markdown",
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = one_sentence(&o);
    assert!(err.contains("Groep B ontbreekt"), "{err}");
}

/// A meeting without a scale question yet says so under the scores'
/// heading, not an empty heading.
#[test]
fn groups_without_scores_say_so() {
    let mut groups = sessions(2);
    for (_, s) in &mut groups {
        s.scales.clear();
    }
    let grid = top3::training::compare::groups_grid(&groups, None);
    let at = grid
        .rows
        .iter()
        .position(|r| r.heading && r.label == "Cijfers")
        .unwrap_or_else(|| panic!("{grid:#?}"));
    let next = &grid.rows[at + 1];
    assert!(!next.heading, "{grid:#?}");
    assert_eq!(next.label, "nog geen cijfers");
}
