//! `top3 history CASE-DIR`: scores over time, phases, open actions and the
//! escalation signal, as text for the terminal and for piping.

use crate::history::{CaseHistory, Paint, Rules, render};
use crate::i18n::T;
use crate::layout::{LayoutSet, layouts_dir};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    case_dir: &Path,
    today: chrono::NaiveDate,
    layouts_flag: Option<&Path>,
    rules: &Rules,
) -> Result<ExitCode, String> {
    let history = CaseHistory::load(case_dir).map_err(|e| e.to_string())?;
    for p in &history.problems {
        eprintln!("{p}");
    }
    if history.is_empty() {
        return Err(T::HistNoneReadable.fmt(&[&case_dir.display()]));
    }
    if !history.problems.is_empty() {
        eprintln!(
            "{}",
            crate::i18n::terms::count(history.problems.len(), T::HistSkippedOne, T::HistSkipped)
        );
    }
    let stdout = std::io::stdout();
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    // A terminal's own width; in a pipe $COLUMNS, else 100 columns.
    let width = match crossterm::terminal::size() {
        Ok((w, _)) if stdout.is_terminal() => usize::from(w),
        _ => std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(100),
    };
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let text = render(&history, rules, today, &layouts, Paint { color }, width);
    print!("{text}");
    Ok(ExitCode::SUCCESS)
}
