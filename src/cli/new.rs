use crate::effects::create_session;
use crate::history::{CaseHistory, Rules, Signal};
use crate::i18n::{self, T, terms::count};
use crate::layout::{LayoutSet, layouts_dir};
use crate::model::Session;
use crate::store::sessions_dir;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// `top3 new`: writes a new session file for a case and returns its path.
/// When the case already has meetings, the new one continues from the newest
/// (carry-forward), and `--layout` defaults to the newest meeting's layout.
pub fn run(
    layout: Option<&str>,
    case: Option<&str>,
    date: chrono::NaiveDate,
    dir: Option<&Path>,
    layouts_flag: Option<&Path>,
    rules: &Rules,
    reopen: Option<&str>,
) -> Result<PathBuf, String> {
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let code = case.ok_or_else(|| match layout {
        None => T::NeedLayout.fmt(&[&layouts.names().join(", ")]),
        Some(_) => T::NeedCase.s().to_string(),
    })?;
    let dir = sessions_dir(dir);
    let created = create_session(&dir, &layouts, layout, code, date, rules, reopen)?;
    println!("{}", T::Created.fmt(&[&created.path.display()]));
    if let (Some(h), Some(prev)) = (&created.history, &created.previous) {
        for p in &h.problems {
            eprintln!("{}", T::NewSkippedOld.fmt(&[p]));
        }
        report_carry(h, prev, &created.session, date, rules);
    }
    Ok(created.path)
}

fn fmt(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// What was carried, a phase change, and the signals of the case so far.
fn report_carry(
    history: &CaseHistory,
    prev: &Session,
    new: &Session,
    date: NaiveDate,
    rules: &Rules,
) {
    println!(
        "{}",
        T::NewCarried.fmt(&[
            &fmt(prev.date),
            &count(
                new.participants.len(),
                T::CountParticipantsOne,
                T::CountParticipants
            ),
            &count(
                new.conditions.len(),
                T::CountConditionsOne,
                T::CountConditions
            ),
            &count(
                new.actions.len(),
                T::CountOpenActionsOne,
                T::CountOpenActions
            ),
        ])
    );
    let expert = crate::model::MeetingKind::Expertoverleg;
    if prev.kind == expert && new.kind != expert {
        let from = history
            .meetings
            .iter()
            .map(|m| &m.session)
            .filter(|s| s.kind != expert && s.date <= prev.date)
            .map(|s| s.date)
            .max();
        if let Some(from) = from {
            println!(
                "{}",
                T::NewBackFromExpert.fmt(&[&fmt(prev.date), &fmt(from)])
            );
        }
    } else if new.kind == expert && prev.kind != expert {
        let chair = if new.chair.trim().is_empty() {
            T::RolesNone.s().to_string()
        } else {
            new.chair.trim().to_string()
        };
        println!("{}", T::NewIntoExpert.fmt(&[&chair]));
    }
    if new.phase != prev.phase {
        println!(
            "{}",
            T::NewPhaseChange.fmt(&[&i18n::phase_name(new.phase), &i18n::phase_name(prev.phase)])
        );
        return;
    }
    for s in history.signals(rules, date) {
        if s.is_escalation()
            || matches!(
                s,
                Signal::PhaseGoalReached { .. }
                    | Signal::MissedMeeting { .. }
                    | Signal::Path(_)
                    | Signal::FollowUpDue { .. }
            )
        {
            println!("{}", s.describe(rules));
        }
    }
}
