use super::keymap::Command;
use ratatui_textarea::Input;

/// Everything that can happen to the app. Produced from terminal events by
/// the keymap (or directly in tests) and handled by [`super::App::update`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A named command from the keymap.
    Command(Command),
    /// A score key on a scale step: 0–10.
    Score(u8),
    /// A key while a form is open, for the text field.
    Input(Input),
    /// Pasted text.
    Paste(String),
    /// Any key while the wall is blank: brings it back.
    Unblank,
    /// The terminal changed size.
    Resize(u16, u16),
    /// Time passed since the previous tick (the clock; injected in tests).
    Tick(std::time::Duration),
}

/// What the app asks the outside world to do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the session now (Ctrl-s, quit, leaving a form).
    SaveNow,
    /// Open a session file in the meeting screen.
    Open(std::path::PathBuf),
    /// Create a new meeting for a case with a layout on a date, then open it.
    Create {
        layout: String,
        case: String,
        date: chrono::NaiveDate,
        /// Why a closed case is reopened.
        reopen: Option<String>,
    },
    /// Write the plan next to the session.
    ExportPlan,
    /// Show the history of the case in this folder.
    ShowHistory(std::path::PathBuf),
    /// Write the MDA++ aanmeldingsformulier of the case in this folder.
    WriteForm(std::path::PathBuf),
    /// Open the aanmeldingsformulier of the case in this folder (its
    /// newest meeting, or the open meeting when that is it).
    OpenRegistration(std::path::PathBuf),
    /// Leave the aanmeldingsformulier (after `SaveNow`): back to the
    /// screen it came from, the lock of its own meeting released.
    CloseRegistration,
    /// c-screens: read the groups' copies of this practice case and show
    /// them side by side.
    CompareGroups(String),
    /// c-screens: in training, make the next scripted meeting of the
    /// practice case in this folder (its code) and open it.
    NextScripted(std::path::PathBuf, String),
    Quit,
}
