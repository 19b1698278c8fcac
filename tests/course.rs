//! A course day (issue 16): the practice view on one projector never shows
//! the teaching points; the debrief reveals them one by one.
use crate::common;

use common::*;
use std::path::Path;
use top3::app::{App, Command, KeyMap, Meeting, Screen};
use top3::layout::LayoutSet;
use top3::training::{find_case, practice_cases};

/// An app as `top3 train` opens it: the newest meeting of a practice case,
/// in the practice view.
fn course_app(code: &str, step: usize) -> App {
    let mut app = practice_app(code);
    app.meeting_mut().unwrap().session.step = step;
    app
}

fn flat(rows: &[String]) -> String {
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every hint of the training layout, in one line: a teaching point may
/// repeat a hint, and the hints are for the group.
fn all_hints() -> String {
    let layouts = LayoutSet::builtin();
    let l = layouts.get("training").unwrap();
    let hints: Vec<String> = l
        .steps
        .iter()
        .flat_map(|s| s.hints.iter().map(|h| h.s().to_string()))
        .collect();
    flat(&hints)
}

/// True when any run of eight words of `point` that is neither in a hint
/// nor in the case's own content (`content`: a point may quote a fact) is on
/// the screen.
fn shows_beyond(screen: &str, point: &str, content: &str) -> bool {
    let hints = all_hints();
    let words: Vec<&str> = point.split_whitespace().collect();
    if words.len() < 8 {
        return screen.contains(point);
    }
    words
        .windows(8)
        .map(|w| w.join(" "))
        .any(|w| !hints.contains(&w) && !content.contains(&w) && screen.contains(&w))
}

/// True when any run of eight words of `point` not in a hint is on screen.
fn shows(screen: &str, point: &str) -> bool {
    shows_beyond(screen, point, "")
}

/// The texts of a meeting the room may see: facts, situations, conditions,
/// agreements, flattened.
fn visible_content(app: &App) -> String {
    let s = &app.meeting().unwrap().session;
    let mut texts: Vec<String> = s.facts.iter().map(|f| f.what.clone()).collect();
    texts.extend(s.top3.items().iter().map(|x| x.text.clone()));
    texts.extend(s.conditions.iter().map(|c| c.text.clone()));
    texts.extend(s.actions.iter().map(|a| a.what.clone()));
    flat(&texts)
}

fn steps(app: &App) -> usize {
    app.meeting().unwrap().layout.steps.len()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

#[test]
fn the_practice_view_never_shows_a_teaching_point() {
    for case in practice_cases() {
        let probe = course_app(&case.code, 0);
        let points = probe.teaching_points();
        let content = visible_content(&probe);
        assert!(!points.is_empty(), "{} has teaching points", &case.code);
        for step in 0..steps(&probe) {
            for (w, h) in SIZES {
                let app = course_app(&case.code, step);
                let screen = flat(&screen(&app, w, h));
                for p in &points {
                    assert!(
                        !shows_beyond(&screen, p, &content),
                        "{} step {step} at {w}x{h} shows {p:?}:\n{screen}",
                        &case.code
                    );
                }
            }
        }
    }
}

#[test]
fn the_practice_view_shows_hints_and_plan_check_and_the_facilitator_view_the_points() {
    let probe = course_app("OEF-2026-01", 0);
    let last = steps(&probe) - 1;
    let notes = (0..=last)
        .find(|i| probe.meeting().unwrap().layout.steps[*i].kind == top3::layout::StepKind::Notes)
        .unwrap();
    for (w, h) in SIZES {
        let app = course_app("OEF-2026-01", 0);
        let s = flat(&screen(&app, w, h));
        if w >= 120 {
            assert!(s.contains("oefenweergave"), "{s}");
        }
        let hint = app.meeting().unwrap().step().hints[0].s().to_string();
        let start: Vec<&str> = hint.split_whitespace().take(4).collect();
        assert!(s.contains(&start.join(" ")), "the hints show: {s}");
        assert!(s.contains("Aanwijzingen bij deze stap"), "{s}");
        assert!(!s.contains("niet in de projectie"), "{s}");
        assert!(
            s.contains("nabespreking"),
            "the footer names the debrief: {s}"
        );
        // The summary: the plan check for the group.
        let app = course_app("OEF-2026-01", last);
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("Plancontrole"), "{s}");
        assert!(!s.contains("begeleidersweergave ("), "{s}");
        // The same notes step in the facilitator view does show a point:
        // the test above can fail.
        let mut app = course_app("OEF-2026-01", notes);
        cmd(&mut app, Command::View);
        assert!(app.facilitator_view && !app.practice_view);
        let s = flat(&screen(&app, w, h));
        let points = app.teaching_points();
        assert!(points.iter().any(|p| shows(&s, p)), "{s}");
    }
}

#[test]
fn v_cycles_practice_facilitator_and_room_view() {
    let mut app = course_app("OEF-2026-01", 0);
    let views = |a: &App| (a.practice_view, a.facilitator_view);
    assert_eq!(views(&app), (true, false));
    cmd(&mut app, Command::View);
    assert_eq!(views(&app), (false, true));
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .contains("Begeleidersweergave")
    );
    cmd(&mut app, Command::View);
    assert_eq!(views(&app), (false, false));
    let s = flat(&screen(&app, 80, 24));
    assert!(!s.contains("oefenweergave") && !s.contains("begeleidersweergave"));
    cmd(&mut app, Command::View);
    assert_eq!(views(&app), (true, false));
}

#[test]
fn the_debrief_reveals_the_teaching_points_one_by_one() {
    for case in practice_cases() {
        for (w, h) in SIZES {
            let probe = course_app(&case.code, 0);
            let last = steps(&probe) - 1;
            let mut app = course_app(&case.code, last);
            let points = app.teaching_points();
            cmd(&mut app, Command::Debrief);
            assert_eq!(app.debrief, Some(0));
            let s = flat(&screen(&app, w, h));
            assert!(s.contains("Nabespreking"), "{s}");
            for p in &points {
                assert!(!shows(&s, p), "nothing before the first key: {s}");
            }
            for k in 1..=points.len() {
                cmd(&mut app, Command::Edit);
                let s = flat(&screen(&app, w, h));
                assert!(
                    shows(&s, &points[k - 1]),
                    "{} point {k} at {w}x{h}: {s}",
                    &case.code
                );
                assert!(s.contains(&format!("Leerpunt {k} van {}", points.len())));
                // Where the first point no longer fits, the screen says so.
                if !shows(&s, &points[0]) {
                    assert!(s.contains("de eerdere leerpunten staan hierboven"), "{s}");
                }
                for later in &points[k..] {
                    assert!(!shows(&s, later), "point {k} shows a later one: {s}");
                }
            }
            // At 80x24 five points do not fit: the first is above, said so.
            if (w, h) == (80, 24) && case.code == "OEF-2026-02" {
                let s = flat(&screen(&app, w, h));
                assert!(!shows(&s, &points[0]), "{s}");
                assert!(
                    s.contains("de eerdere leerpunten staan hierboven (← neemt"),
                    "{s}"
                );
            }
            // No further than the last; one back hides it again.
            cmd(&mut app, Command::Edit);
            assert_eq!(app.debrief, Some(points.len()));
            cmd(&mut app, Command::PrevStep);
            let s = flat(&screen(&app, w, h));
            assert!(!shows(&s, points.last().unwrap()), "{s}");
            // Esc closes, back in the practice view without the points.
            cmd(&mut app, Command::Escape);
            assert_eq!(app.debrief, None);
            assert_eq!(app.meeting().unwrap().step_index(), last);
            let s = flat(&screen(&app, w, h));
            for p in &points {
                assert!(!shows(&s, p), "{s}");
            }
        }
    }
}

#[test]
fn keys_inside_the_debrief_change_nothing_in_the_meeting() {
    let mut app = course_app("OEF-2026-01", 2);
    let before = app.meeting().unwrap().session.clone();
    cmd(&mut app, Command::Debrief);
    for c in [Command::Add, Command::Delete, Command::Undo, Command::View] {
        cmd(&mut app, c);
    }
    assert!(app.debrief.is_some());
    assert_eq!(app.meeting().unwrap().session, before);
    assert_eq!(app.meeting().unwrap().step_index(), 2);
}

#[test]
fn the_debrief_is_only_for_training() {
    let mut app = course_app("OEF-2026-01", 0);
    app.training = false;
    app.practice_view = false;
    cmd(&mut app, Command::Debrief);
    assert_eq!(app.debrief, None);
    assert!(app.status.as_deref().unwrap().contains("oefencasus"));
    let s = flat(&screen(&app, 80, 24));
    assert!(!s.contains("d nabespreking"), "{s}");
}

/// Every meeting of every shipped practice case has a model answer (c-data:
/// no case is left out): a complete session that loads, round-trips and
/// answers the same case and date, that the plan check finds nothing in and
/// the check that teaches asks nothing about. A case that loses a model
/// answer, or a model that slips, fails here.
#[test]
fn every_practice_meeting_has_a_model_answer() {
    assert!(practice_cases().len() >= 5);
    for case in practice_cases() {
        for (file, text) in &case.files {
            let model = case
                .model_for(file)
                .unwrap_or_else(|| panic!("{}/{file} has a model answer", case.code));
            let group = top3::store::parse_session(text, Path::new(file)).unwrap();
            let at = format!("{}/model/{file}", case.code);
            assert_eq!(model.case.code, group.case.code, "{at}");
            assert_eq!(model.date, group.date, "{at}");
            assert_eq!(model.phase, group.phase, "{at}");
            assert_eq!(model.layout, group.layout, "{at}");
            assert_eq!(model.kind, top3::model::MeetingKind::Training, "{at}");
            assert_eq!(model.version, top3::model::CURRENT_VERSION);
            let again = top3::store::session_to_ron(&model);
            let back = top3::store::parse_session(&again, Path::new(file)).unwrap();
            assert_eq!(back, model, "{at} round-trips");
            // The model is what the group works towards: every present
            // participant scored with a reason, every condition tied to a
            // situation and complete, every agreement with who, check and
            // consequence.
            let scale = model.scale("veiligheid").unwrap();
            assert_eq!(scale.scores().len(), model.scored().count(), "{at}");
            for c in &model.conditions {
                assert!(c.situation.is_some_and(|id| model.top3.get(id).is_some()));
                assert!(!c.monitored_by.is_empty() && !c.if_broken.is_empty());
            }
            for a in &model.actions {
                assert!(!a.who.is_empty() && !a.how_checked.is_empty() && !a.if_broken.is_empty());
            }
            assert!(
                model.notes.iter().all(|n| !n.private),
                "no teaching points in a model"
            );
            assert!(
                model
                    .notes
                    .iter()
                    .any(|n| n.text.starts_with("Modelantwoord")
                        || n.text.starts_with("Model answer")),
                "{at}: a note says what the model shows"
            );
            // Clean by the plan check and by the check that teaches.
            let findings: Vec<String> = top3::plan::check(&model)
                .iter()
                .map(|f| f.message())
                .collect();
            assert_eq!(findings, Vec::<String>::new(), "{at}");
            let prompts: Vec<String> =
                top3::plan::prompts(&model, &top3::model::OpinionWords::default())
                    .iter()
                    .map(|p| p.message())
                    .collect();
            assert_eq!(prompts, Vec::<String>::new(), "{at}");
            // Every child of the household is named in the model's plan.
            for child in ["Noor", "Yara", "Sem", "Luuk", "Mia", "Jesse", "Milan"] {
                if model.case.household.contains(child) {
                    let named = model.top3.items().iter().any(|s| s.text.contains(child))
                        || model.conditions.iter().any(|c| c.text.contains(child))
                        || model.actions.iter().any(|a| a.what.contains(child));
                    assert!(named, "{at}: {child} is in the plan");
                }
            }
        }
    }
}

/// The plan kind follows the training module (DOMAIN.md §1.1): the
/// risk-led case answers with a Hulpverleningsplan, the recovery-led case
/// with a Herstelplan, the English case with a safety plan.
#[test]
fn each_model_answer_is_the_plan_of_its_module() {
    use top3::model::Phase;
    for (code, phase, layout) in [
        (
            "OEF-2026-03",
            Phase::StabieleVeiligheid,
            "hulpverleningsplan",
        ),
        ("OEF-2026-04", Phase::Herstel, "herstelplan"),
        ("OEF-2026-05", Phase::DirecteVeiligheid, "training"),
    ] {
        let case = find_case(Some(code)).unwrap();
        let model = case.model_for(case.newest_file()).unwrap();
        assert_eq!(
            (model.phase, model.layout.as_str()),
            (phase, layout),
            "{code}"
        );
        assert!(model.next_meeting.is_some_and(|d| d > model.date), "{code}");
    }
}

fn with_model(code: &str, step: usize) -> App {
    let mut app = course_app(code, step);
    let case = find_case(Some(code)).unwrap();
    app.model = case.model_for(case.newest_file()).map(Box::new);
    app
}

#[test]
fn the_comparison_sets_the_group_beside_the_model_item_by_item() {
    for (w, h) in SIZES {
        let mut app = with_model("OEF-2026-02", 3);
        cmd(&mut app, Command::Compare);
        assert_eq!(app.compare, Some(0));
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("De groep") && s.contains("Modelantwoord"), "{s}");
        assert!(
            s.contains("Situatie 1") && s.contains("Voorwaarde 1.1"),
            "{s}"
        );
        // The group's vague condition and the model's on the same screen.
        assert!(
            shows(
                &s,
                "Rick komt niet bij het huis van Sanne en niet bij de school, en volgt Sanne niet"
            ),
            "{s}"
        );
        assert!(s.contains("ontbreekt"), "{s}");
        // Scrolling reaches the agreements.
        for _ in 0..40 {
            cmd(&mut app, Command::Down);
        }
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("Afspraak"), "{s}");
        // An edit in the comparison is refused calmly and changes nothing.
        let before = app.meeting().unwrap().session.clone();
        cmd(&mut app, Command::Add);
        cmd(&mut app, Command::Delete);
        assert!(
            app.status
                .as_deref()
                .unwrap()
                .contains("alleen om te lezen")
        );
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("alleen om te lezen"), "{s}");
        assert_eq!(app.meeting().unwrap().session, before);
        cmd(&mut app, Command::Escape);
        assert_eq!(app.compare, None);
    }
}

#[test]
fn without_a_model_the_compare_key_says_so() {
    let mut app = course_app("OEF-2026-01", 0);
    cmd(&mut app, Command::Compare);
    assert_eq!(app.compare, None);
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .contains("geen modelantwoord")
    );
}

#[test]
fn the_compare_export_is_a_markdown_table_of_both() {
    let case = find_case(Some("OEF-2026-01")).unwrap();
    let model = case.model_for(case.newest_file()).unwrap();
    let (_, text) = case.files.last().unwrap();
    let group = top3::store::parse_session(text, Path::new(case.newest_file())).unwrap();
    let md = top3::training::compare::markdown(&group, &model);
    assert!(md.contains("| | De groep | Modelantwoord |"), "{md}");
    // The condition the group dropped is there in the model only.
    let line = md
        .lines()
        .find(|l| l.starts_with("| Voorwaarde 3.1 |"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(line.starts_with("| Voorwaarde 3.1 | — |"), "{line}");
    assert!(line.contains("Na elk incident belt"), "{line}");
    // The group's loose condition shows beside nothing.
    assert!(
        md.contains("| Voorwaarde bij geen situatie | Iedereen let goed op"),
        "{md}"
    );
}

#[test]
fn train_compare_through_the_binary_writes_nothing() {
    let tmp = std::env::temp_dir().join(format!("top3-course-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(bin())
            .args(args)
            .env_remove("TOP3_LANG")
            .env("TMPDIR", &tmp)
            .env("TMP", &tmp)
            .env("TEMP", &tmp)
            .output()
            .unwrap()
    };
    let out = run(&["train", "--case", "OEF-2026-02", "--compare"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("| Voorwaarde 2.1 | Rick en Sanne gaan respectvol"),
        "{text}"
    );
    assert!(
        std::fs::read_dir(&tmp).unwrap().next().is_none(),
        "nothing written"
    );
    let out = run(&["train", "--case", "XYZ", "--compare"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("OEF-2026-01"));
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn each_group_has_its_own_copy_and_resets_alone() {
    use top3::training::{group_root, groups_with, prepare};
    let root = std::env::temp_dir().join(format!("top3-groups-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let a = prepare(
        &group_root(&root, Some("a")).unwrap(),
        Some("OEF-2026-02"),
        false,
    )
    .unwrap();
    let b = prepare(
        &group_root(&root, Some("B")).unwrap(),
        Some("OEF-2026-02"),
        false,
    )
    .unwrap();
    assert_ne!(a, b);
    assert!(a.starts_with(root.join("groep-A")) && b.starts_with(root.join("groep-B")));
    // Group A works; group B does not see it.
    let mut s = top3::store::load_session(&a).unwrap();
    s.top3 = top3::model::Top3::default();
    top3::store::save_session(&a, &s).unwrap();
    assert!(!top3::store::load_session(&b).unwrap().top3.is_empty());
    // Group B resets: A's work stays.
    prepare(
        &group_root(&root, Some("B")).unwrap(),
        Some("OEF-2026-02"),
        true,
    )
    .unwrap();
    assert!(top3::store::load_session(&a).unwrap().top3.is_empty());
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let groups: Vec<String> = groups_with(&root, &case)
        .into_iter()
        .map(|(g, _)| g)
        .collect();
    assert_eq!(groups, ["A", "B"]);
    // A name that could leave the folder is refused.
    for bad in ["", "A/B", "..", "A B", "ABCDEFGHIJK"] {
        let e = group_root(&root, Some(bad)).unwrap_err().to_string();
        assert!(e.contains("groepsnaam"), "{bad}: {e}");
    }
    // Side by side: each group's TOP 3, scores and agreements.
    let sessions: Vec<(String, top3::model::Session)> = groups_with(&root, &case)
        .into_iter()
        .map(|(g, p)| (g, top3::store::load_session(&p).unwrap()))
        .collect();
    let md = top3::training::compare::groups_markdown(&case.code, &sessions);
    assert!(md.contains("| | Groep A | Groep B |"), "{md}");
    assert!(
        md.contains("| Situatie 1 | — | Rick komt ongevraagd"),
        "{md}"
    );
    assert!(md.contains("## Afspraken"), "{md}");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_countdown_shows_in_every_view_and_runs_out() {
    use std::time::Duration;
    use top3::app::Action;
    for (w, h) in SIZES {
        let mut app = course_app("OEF-2026-01", 2);
        cmd(&mut app, Command::Countdown);
        assert!(app.status.as_deref().unwrap().contains("5 minuten"));
        app.update(Action::Tick(Duration::from_secs(61)));
        // practice view, facilitator view, room view, and the wall.
        for view in 0..4 {
            app.wall = view == 3;
            let s = flat(&screen(&app, w, h));
            assert!(s.contains("⏳ nog 3:59"), "view {view} at {w}x{h}: {s}");
            if view < 2 {
                cmd(&mut app, Command::View);
            }
        }
        app.wall = false;
        app.update(Action::Tick(Duration::from_secs(600)));
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("⏳ tijd om"), "{s}");
    }
}

#[test]
fn the_countdown_key_steps_through_the_lengths_then_off() {
    let mut app = course_app("OEF-2026-01", 0);
    let mut seen = Vec::new();
    for _ in 0..6 {
        cmd(&mut app, Command::Countdown);
        seen.push(app.countdown.map_or(0, |(set, _)| set.as_secs() / 60));
    }
    assert_eq!(seen, [5, 10, 15, 20, 30, 0]);
    app.set_countdown(45);
    assert_eq!(app.countdown.unwrap().1.as_secs(), 45 * 60);
    let mut real = course_app("OEF-2026-01", 0);
    real.training = false;
    cmd(&mut real, Command::Countdown);
    assert!(real.countdown.is_none());
}

fn shipped(code: &str) -> (top3::model::Session, Vec<top3::model::Session>) {
    let case = find_case(Some(code)).unwrap();
    let all: Vec<top3::model::Session> = case
        .files
        .iter()
        .map(|(n, t)| top3::store::parse_session(t, Path::new(n)).unwrap())
        .collect();
    let (last, rest) = all.split_last().unwrap();
    (last.clone(), rest.to_vec())
}

#[test]
fn role_cards_one_per_participant_with_what_they_know_and_score() {
    let (meeting, _) = shipped("OEF-2026-02");
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let model = case.model_for(case.newest_file());
    let cards = top3::training::material::role_cards(&meeting, model.as_ref(), false);
    assert_eq!(
        cards.matches("\n## ").count(),
        meeting.participants.len(),
        "{cards}"
    );
    assert!(cards.contains("## Sanne (moeder)"), "{cards}");
    // Sanne knows the tracker she found, and scores 3 with her reasons.
    let sanne = &cards[cards.find("## Sanne").unwrap()..cards.find("## Rick").unwrap()];
    assert!(sanne.contains("tracker"), "{sanne}");
    assert!(sanne.contains("Je geeft een 3."), "{sanne}");
    // Naima gave no score in the meeting: her card has the model's.
    let naima = &cards[cards.find("## Naima").unwrap()..];
    assert!(naima.contains("Je geeft een 3."), "{naima}");
    // Redacted: no name of the case survives.
    let red = top3::training::material::role_cards(&meeting, model.as_ref(), true);
    for name in top3::plan::name_list(&meeting) {
        assert!(
            !red.split(|c: char| !c.is_alphanumeric()).any(|w| w == name),
            "{name} in {red}"
        );
    }
    assert!(red.contains("## moeder\n"), "{red}");
}

/// c-data: a role card gives the one who plays the role what the model
/// answer found by asking (a fact the meeting has only as an opinion, or not
/// at all), and the model's reasons for a score given without one.
#[test]
fn role_cards_give_what_the_model_found_by_asking() {
    let card = |code: &str, name: &str| {
        let (meeting, _) = shipped(code);
        let case = find_case(Some(code)).unwrap();
        let model = case.model_for(case.newest_file());
        let cards = top3::training::material::role_cards(&meeting, model.as_ref(), false);
        let from = cards.find(&format!("## {name} ")).unwrap();
        let to = cards[from + 3..]
            .find("\n## ")
            .map_or(cards.len(), |i| from + 3 + i);
        cards[from..to].to_string()
    };
    // Wim gave an 8 without a reason: the model's reasons are on his card.
    let wim = card("OEF-2026-04", "Wim");
    assert!(wim.contains("Je geeft een 8."), "{wim}");
    assert!(wim.contains("Waarom niet hoger: Luuk huilt"), "{wim}");
    assert!(wim.contains(". Aanwezig."), "{wim}");
    // Sem tells, when asked, what he said in the model answer.
    let sem = card("OEF-2026-04", "Sem");
    assert!(
        sem.contains("**Wat je vertelt als iemand ernaar vraagt**"),
        "{sem}"
    );
    assert!(sem.contains("ontploft"), "{sem}");
    // Sevda found Noor at home on a school day; Marco knows when he stopped.
    assert!(card("OEF-2026-03", "Sevda").contains("trof Sevda haar thuis aan"));
    assert!(card("OEF-2026-03", "Marco").contains("2 september"));
    // Luuk's mother and the others add nothing that is not theirs.
    assert!(!card("OEF-2026-04", "Petra").contains("ernaar vraagt"));
    // Redacted, no name of any case survives, also not in what the model
    // adds, and the take-home neither.
    for case in practice_cases() {
        let (meeting, history) = shipped(&case.code);
        let model = case.model_for(case.newest_file());
        let points = case.teaching_points(case.newest_file());
        let red = top3::training::material::role_cards(&meeting, model.as_ref(), true)
            + &top3::training::material::take_home(
                &meeting,
                &history,
                model.as_ref(),
                &points,
                true,
            );
        let mut names = top3::plan::name_list(&meeting);
        names.extend(model.iter().flat_map(top3::plan::name_list));
        for name in names {
            assert!(
                !red.split(|c: char| !c.is_alphanumeric()).any(|w| w == name),
                "{}: {name} survives redaction",
                case.code
            );
        }
    }
}

/// c-data: the scripted next meeting of the recovery-led case, on its
/// review step: the agreement the script marks done is not also called late,
/// the condition the script marks kept carries its note, and the ones the
/// script leaves open wait for the group.
#[test]
fn the_scripted_review_reads_as_the_script_says() {
    let case = find_case(Some("OEF-2026-04")).unwrap();
    let (name, text) = case.files.last().unwrap();
    let prev = top3::store::parse_session(text, Path::new(name)).unwrap();
    let script = top3::training::script::parse_script(
        top3::training::script::shipped_script(&case.code).unwrap(),
        Path::new("script.ron"),
    )
    .unwrap();
    let step = &script.after[0];
    let mut next =
        top3::timeline::next_session(&prev, prev.kind, prev.phase, &prev.layout, step.date);
    assert!(top3::training::script::apply(&mut next, step).is_empty());
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&next.layout).unwrap().clone();
    next.step = layout
        .steps
        .iter()
        .position(|s| s.kind == top3::layout::StepKind::Review)
        .unwrap();
    for (w, h) in SIZES {
        let app = App::new(
            Screen::Meeting(Box::new(Meeting::new(next.clone(), layout.clone(), None))),
            KeyMap::default(),
            LayoutSet::builtin(),
        );
        let s = flat(&screen(&app, w, h));
        assert!(s.contains("nagekomen"), "{w}x{h}: {s}");
        assert!(s.contains("Petra kwam op 8 en 15 december"), "{w}x{h}: {s}");
        assert!(!s.contains("te laat"), "{w}x{h}: {s}");
        assert!(s.contains("nog bespreken"), "{w}x{h}: {s}");
    }
}

#[test]
fn the_take_home_has_the_plan_the_model_and_the_teaching_points() {
    let (meeting, history) = shipped("OEF-2026-01");
    let case = find_case(Some("OEF-2026-01")).unwrap();
    let model = case.model_for(case.newest_file());
    let points = case.teaching_points(case.newest_file());
    assert_eq!(points.len(), 7);
    let text =
        top3::training::material::take_home(&meeting, &history, model.as_ref(), &points, false);
    for part in [
        "## Het plan van de groep",
        "## Naast het modelantwoord",
        "## Leerpunten",
    ] {
        assert!(text.contains(part), "{part}");
    }
    assert!(text.contains("| | De groep | Modelantwoord |"));
    assert!(
        text.contains("6. Huishouden zonder minderjarige kinderen"),
        "{text}"
    );
    let red =
        top3::training::material::take_home(&meeting, &history, model.as_ref(), &points, true);
    for name in top3::plan::name_list(&meeting) {
        assert!(
            !red.split(|c: char| !c.is_alphanumeric()).any(|w| w == name),
            "{name} survives redaction"
        );
    }
    assert!(red.contains("Geanonimiseerd"));
}

#[test]
fn the_example_meeting_is_read_only_in_training() {
    use top3::training::{is_example, training_root};
    let root = training_root();
    assert!(is_example(
        &root.join("OEF-2026-01/2026-10-06-training.ron")
    ));
    assert!(is_example(
        &root.join("groep-A/OEF-2026-01/2026-10-06-training.ron")
    ));
    assert!(!is_example(
        &root.join("OEF-2026-01/2026-11-03-training.ron")
    ));
    assert!(!is_example(
        &repo().join("training/OEF-2026-01/2026-10-06-training.ron")
    ));
    // An app on the example: every edit is refused with a sentence.
    let case = find_case(Some("OEF-2026-01")).unwrap();
    let (name, text) = case.files.first().unwrap();
    let session = top3::store::parse_session(text, Path::new(name)).unwrap();
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&session.layout).unwrap().clone();
    let mut app = App::new(
        Screen::Meeting(Box::new(Meeting::new(session.clone(), layout, None))),
        KeyMap::default(),
        layouts,
    );
    app.example = true;
    for c in [
        Command::Add,
        Command::Edit,
        Command::Delete,
        Command::Toggle,
        Command::Finalize,
    ] {
        cmd(&mut app, c);
        assert!(!app.editing(), "{c:?} opens no form");
        assert!(
            app.status
                .as_deref()
                .unwrap()
                .contains("alleen om te lezen")
        );
    }
    app.update(top3::app::Action::Score(7));
    // Moving through the steps still works.
    cmd(&mut app, Command::NextStep);
    assert_eq!(app.meeting().unwrap().step_index(), 1);
    let mut after = app.meeting().unwrap().session.clone();
    after.step = session.step;
    assert_eq!(after, session);
}

#[test]
fn the_comparison_in_the_room_shows_names_as_the_wall_does() {
    let mut app = with_model("OEF-2026-02", 3);
    app.meeting_mut().unwrap().session.wall_names = top3::model::WallNames::Roles;
    if let Some(m) = app.model.as_deref_mut() {
        m.wall_names = top3::model::WallNames::Roles;
    }
    cmd(&mut app, Command::Compare);
    let s = flat(&screen(&app, 200, 60));
    assert!(!s.contains("Sanne") && !s.contains("Rick"), "{s}");
    cmd(&mut app, Command::Escape);
    cmd(&mut app, Command::View); // facilitator view: the names
    cmd(&mut app, Command::Compare);
    let s = flat(&screen(&app, 200, 60));
    assert!(s.contains("Sanne"), "{s}");
}

/// The model keeps some of the group's agreements (same id) and drops or
/// adds others: each kept one stands beside itself, a dropped one beside
/// nothing, the model's own after them.
#[test]
fn the_comparison_pairs_what_the_model_kept_and_never_shifts_rows() {
    let case = find_case(Some("OEF-2026-02")).unwrap();
    let model = case.model_for(case.newest_file()).unwrap();
    let (_, text) = case.files.last().unwrap();
    let group = top3::store::parse_session(text, Path::new(case.newest_file())).unwrap();
    let rows = top3::training::compare::rows(&group, &model);
    let row = |start: &str| {
        rows.iter()
            .find(|r| r.group.contains(start))
            .unwrap_or_else(|| panic!("{start}: {rows:#?}"))
    };
    let lisa = row("Spreekt Rick apart over dit overleg");
    assert!(
        lisa.model.contains("Spreekt Rick apart over dit overleg"),
        "{lisa:?}"
    );
    let mediator = row("mediator");
    assert_eq!(mediator.model, "—", "the model dropped it: {mediator:?}");
    let own = rows
        .iter()
        .find(|r| r.model.contains("Spreekt Milan elke week"))
        .unwrap();
    assert_eq!(own.group, "—", "{own:?}");
}

/// A model's new conditions and agreements take ids below the practice
/// meeting's next id or from 1000 up, which the group's own additions never
/// get: the comparison can never set an item beside an unrelated one.
#[test]
fn a_models_new_items_never_share_an_id_with_what_a_group_adds() {
    for case in practice_cases() {
        for (file, text) in &case.files {
            let meeting = top3::store::parse_session(text, Path::new(file)).unwrap();
            let model = case.model_for(file).unwrap();
            let kept = |id| {
                meeting.actions.iter().any(|a| a.id == id)
                    || meeting.conditions.iter().any(|c| c.id == id)
            };
            let ids = model
                .actions
                .iter()
                .map(|a| a.id)
                .chain(model.conditions.iter().map(|c| c.id));
            let clash: Vec<u64> = ids
                .filter(|id| !kept(*id) && id.0 >= meeting.next_id && id.0 < 1000)
                .map(|id| id.0)
                .collect();
            assert!(
                clash.is_empty(),
                "{}/model/{file}: new ids {clash:?} are not below next_id {} nor from 1000 up",
                case.code,
                meeting.next_id
            );
        }
    }
}

/// The footer offers the comparison only where there is a model answer (a
/// scripted later meeting has none).
#[test]
fn the_footer_names_the_model_answer_only_when_there_is_one() {
    let with = with_model("OEF-2026-02", 2);
    let footer = |app: &App| screen(app, 200, 60)[59].clone();
    assert!(
        footer(&with).contains("c modelantwoord"),
        "{}",
        footer(&with)
    );
    let without = course_app("OEF-2026-02", 2);
    assert!(without.model.is_none());
    assert!(
        !footer(&without).contains("modelantwoord"),
        "{}",
        footer(&without)
    );
}
