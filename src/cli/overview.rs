use crate::history::{CaseHistory, Rules};
use crate::i18n::{self, T};
use crate::store::{list_cases, load_session, sessions_dir};
use std::path::Path;
use std::process::ExitCode;

/// Plain text overview of the sessions found, grouped by case, newest first.
/// Used when there is no terminal to draw the start screen on.
pub fn run(dir: Option<&Path>) -> Result<ExitCode, String> {
    let dir = sessions_dir(dir);
    let cases = list_cases(&dir);
    if cases.is_empty() {
        println!("{}", T::NoSessions.fmt(&[&dir.display()]));
        return Ok(ExitCode::SUCCESS);
    }
    for case in cases {
        println!("{}", case.code);
        for path in case.sessions.iter().rev() {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            match load_session(path) {
                Ok(s) => println!(
                    "  {}  {}  {}  ({})",
                    s.date.format("%d-%m-%Y"),
                    i18n::kind_name(s.kind),
                    i18n::phase_name(s.phase),
                    name
                ),
                Err(e) => println!("  {e}"),
            }
        }
        escalation(&case.path);
    }
    Ok(ExitCode::SUCCESS)
}

/// The escalation signal of a case, if any, with the registration form.
fn escalation(case_dir: &Path) {
    let Ok(history) = CaseHistory::load(case_dir) else {
        return;
    };
    let rules = Rules::default();
    let today = chrono::Local::now().date_naive();
    if let Some(s) = history
        .most_urgent(&rules, today)
        .filter(|s| s.is_escalation())
    {
        println!("  ! {}", s.describe(&rules));
        let cmd = format!("top3 export {} --form aanmelding", case_dir.display());
        println!("    {}", T::HistFormOffer.fmt(&[&cmd]));
    }
}
