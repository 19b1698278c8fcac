use crate::effects::start_screen;
use crate::history::Rules;
use crate::i18n::{self, T};
use crate::store::sessions_dir;
use std::path::Path;
use std::process::ExitCode;

/// Plain text overview of the sessions found, grouped by case, newest first:
/// the start screen's list, for when there is no terminal to draw it on.
pub fn run(
    dir: Option<&Path>,
    rules: &Rules,
    today: chrono::NaiveDate,
) -> Result<ExitCode, String> {
    let dir = sessions_dir(dir);
    let start = start_screen(&dir, today, rules);
    if start.entries.is_empty() {
        println!("{}", T::NoSessions.fmt(&[&dir.display()]));
        return Ok(ExitCode::SUCCESS);
    }
    let mut cases: Vec<&str> = start.entries.iter().map(|e| e.case.as_str()).collect();
    cases.dedup();
    for case in cases {
        match start
            .entries
            .iter()
            .find(|e| e.case == case)
            .and_then(|e| e.closed)
        {
            Some(d) => println!("{case}  ({})", T::HeadClosed.fmt(&[&d.format("%d-%m-%Y")])),
            None => println!("{case}"),
        }
        for e in start.entries.iter().filter(|e| e.case == case) {
            let name = e.path.file_name().unwrap_or_default().to_string_lossy();
            match (&e.problem, e.date, e.kind, e.phase) {
                (Some(p), ..) => println!("  {p}"),
                (None, Some(d), Some(k), Some(ph)) => println!(
                    "  {}  {}  {}  ({name})",
                    d.format("%d-%m-%Y"),
                    i18n::kind_name(k),
                    i18n::phase_name(ph),
                ),
                _ => {}
            }
        }
        if let Some(b) = start.banner(case).filter(|b| b.escalation) {
            println!("  ! {}", b.text);
            let case_dir = dir.join(case);
            let cmd = format!("top3 export {} --form aanmelding", case_dir.display());
            println!("    {}", T::HistFormOffer.fmt(&[&cmd]));
        }
    }
    Ok(ExitCode::SUCCESS)
}
