use crate::history::{CaseHistory, NotACase, Rules, Signal};
use crate::i18n::{self, T};
use crate::layout::{Layout, LayoutSet, layouts_dir};
use crate::model::{Case, CaseCode, Session, next_session, parse_date};
use crate::store::{new_session_path, save_session, sessions_dir};
use chrono::NaiveDate;
use std::path::Path;
use std::process::ExitCode;

/// `top3 new`: writes a new session file for a case. When the case already
/// has meetings, the new one continues from the newest (carry-forward), and
/// `--layout` defaults to the newest meeting's layout.
pub fn run(
    layout: Option<&str>,
    case: Option<&str>,
    date: Option<&str>,
    no_open: bool,
    dir: Option<&Path>,
    layouts_flag: Option<&Path>,
) -> Result<ExitCode, String> {
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let code = case.ok_or_else(|| match layout {
        None => T::NeedLayout.fmt(&[&layouts.names().join(", ")]),
        Some(_) => T::NeedCase.s().to_string(),
    })?;
    let code = CaseCode::new(code)
        .map_err(|e| T::ErrCaseCode.fmt(&[&code, &crate::i18n::case_code_problem(&e)]))?;
    let date = match date {
        Some(d) => parse_date(d).ok_or_else(|| T::ErrBadDateArg.fmt(&[&d]))?,
        None => chrono::Local::now().date_naive(),
    };
    let dir = sessions_dir(dir);
    let history = match CaseHistory::load(&dir.join(code.as_str())) {
        Ok(h) => Some(h),
        Err(NotACase::NotFound(_) | NotACase::NoSessions(_)) => None,
        Err(e) => return Err(e.to_string()),
    };
    let prev = match &history {
        Some(h) => h
            .continue_from()
            .map_err(|p| T::NewCorruptNewest.fmt(&[p]))?,
        None => None,
    };
    let pick = |name: &str| {
        layouts
            .get(name)
            .ok_or_else(|| T::ErrUnknownLayout.fmt(&[&name, &layouts.names().join(", ")]))
    };
    let session = match prev {
        Some(prev) => {
            let prev = &prev.session;
            if date < prev.date {
                return Err(T::NewDateBeforeNewest.fmt(&[&fmt(date), &fmt(prev.date)]));
            }
            let layout: &Layout = pick(layout.unwrap_or(&prev.layout))?;
            next_session(prev, layout, date)
        }
        None => {
            let name = layout.ok_or_else(|| T::NeedLayout.fmt(&[&layouts.names().join(", ")]))?;
            let layout = pick(name)?;
            Session::new(
                Case::new(code.clone()),
                layout.kind,
                layout.phase,
                &layout.name,
                date,
            )
        }
    };
    let path = new_session_path(&dir, code.as_str(), date, &session.layout);
    save_session(&path, &session).map_err(|e| T::ErrSave.fmt(&[&path.display(), &e]))?;
    println!("{}", T::Created.fmt(&[&path.display()]));
    if let (Some(h), Some(prev)) = (&history, prev) {
        for p in &h.problems {
            eprintln!("{}", T::NewSkippedOld.fmt(&[p]));
        }
        report_carry(h, &prev.session, &session, date);
    }
    if !no_open {
        eprintln!("{}", T::NotYet.fmt(&[&"top3 open"]));
    }
    Ok(ExitCode::SUCCESS)
}

fn fmt(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// What was carried, a phase change, and the signals of the case so far.
fn report_carry(history: &CaseHistory, prev: &Session, new: &Session, date: NaiveDate) {
    println!(
        "{}",
        T::NewCarried.fmt(&[
            &fmt(prev.date),
            &new.participants.len(),
            &new.conditions.len(),
            &new.actions.len(),
        ])
    );
    if new.phase != prev.phase {
        println!(
            "{}",
            T::NewPhaseChange.fmt(&[&i18n::phase_name(new.phase), &i18n::phase_name(prev.phase)])
        );
        return;
    }
    let rules = Rules::default();
    for s in history.signals(&rules, date) {
        if matches!(
            s,
            Signal::EscalateToExpertoverleg { .. } | Signal::PhaseGoalReached { .. }
        ) {
            println!("{}", s.describe(&rules));
        }
    }
}
