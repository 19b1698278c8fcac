//! The history of a case on screen: the same report as `top3 history`.

use super::{Action, Command, Effect, Screen};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct HistoryScreen {
    pub code: String,
    pub dir: PathBuf,
    /// The report, one line per row.
    pub lines: Vec<String>,
    pub scroll: usize,
    /// The case should go to the MDA++ expertoverleg (offer the form).
    pub escalate: bool,
    /// Where Esc goes back to.
    pub back: Screen,
}

impl HistoryScreen {
    /// Returns the effects and whether to go back.
    pub fn update(&mut self, action: Action) -> (Vec<Effect>, bool) {
        let page = 10;
        match action {
            Action::Command(Command::Up) => self.scroll = self.scroll.saturating_sub(1),
            Action::Command(Command::Down) => self.scroll = (self.scroll + 1).min(self.lines.len()),
            Action::Command(Command::NextStep) => {
                self.scroll = (self.scroll + page).min(self.lines.len())
            }
            Action::Command(Command::MoveUp) => self.scroll = self.scroll.saturating_sub(page),
            Action::Command(Command::Export) => {
                return (vec![Effect::WriteForm(self.dir.clone())], false);
            }
            Action::Command(Command::Registration) => {
                return (vec![Effect::OpenRegistration(self.dir.clone())], false);
            }
            Action::Command(Command::Escape | Command::PrevStep | Command::History) => {
                return (Vec::new(), true);
            }
            Action::Command(Command::Quit) => return (vec![Effect::SaveNow, Effect::Quit], false),
            _ => {}
        }
        (Vec::new(), false)
    }
}
