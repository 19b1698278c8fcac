//! Key bindings: named commands, the default keys, partial overrides from the
//! config file, and the help and footer texts generated from the same table.

use crate::i18n::T;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A command a key can be bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    NextStep,
    PrevStep,
    Up,
    Down,
    Add,
    Edit,
    Delete,
    Undo,
    Redo,
    Toggle,
    Cycle,
    MoveUp,
    MoveDown,
    SwitchPane,
    Export,
    Blank,
    Help,
    Escape,
    Save,
    Quit,
    New,
    View,
    Finalize,
    Privacy,
    History,
    /// Show or hide the case's signals on the wall.
    WallSignals,
    /// The MDA++ aanmeldingsformulier of the case.
    Registration,
    /// On a scale step whose scores are hidden: show them all at once.
    Reveal,
    /// Who may see the selected item (h-audience).
    Visibility,
    /// Whom the wall is for (h-audience).
    WallAudience,
    /// In training: the debrief screen, the teaching points one by one.
    Debrief,
    /// In training: the group's plan beside the model answer.
    Compare,
    /// In training: a countdown for the exercise (5, 10, 15, 20, 30 min, off).
    Countdown,
    /// In training: the groups side by side (c-screens).
    Groups,
    /// The method's reasons with the plan check, on the summary.
    Why,
}

impl Command {
    pub const ALL: [Command; 35] = [
        Command::NextStep,
        Command::PrevStep,
        Command::Up,
        Command::Down,
        Command::Add,
        Command::Edit,
        Command::Delete,
        Command::Undo,
        Command::Redo,
        Command::Toggle,
        Command::Cycle,
        Command::MoveUp,
        Command::MoveDown,
        Command::SwitchPane,
        Command::Export,
        Command::Blank,
        Command::Help,
        Command::Escape,
        Command::Save,
        Command::Quit,
        Command::New,
        Command::View,
        Command::Finalize,
        Command::Privacy,
        Command::History,
        Command::WallSignals,
        Command::Registration,
        Command::Reveal,
        Command::Visibility,
        Command::WallAudience,
        Command::Debrief,
        Command::Compare,
        Command::Countdown,
        Command::Groups,
        Command::Why,
    ];

    /// What the command does, for the help overlay.
    pub fn help(self) -> &'static str {
        match self {
            Command::NextStep => T::CmdNextStep.s(),
            Command::PrevStep => T::CmdPrevStep.s(),
            Command::Up => T::CmdUp.s(),
            Command::Down => T::CmdDown.s(),
            Command::Add => T::CmdAdd.s(),
            Command::Edit => T::CmdEdit.s(),
            Command::Delete => T::CmdDelete.s(),
            Command::Undo => T::CmdUndo.s(),
            Command::Redo => T::CmdRedo.s(),
            Command::Toggle => T::CmdToggle.s(),
            Command::Cycle => T::CmdCycle.s(),
            Command::MoveUp => T::CmdMoveUp.s(),
            Command::MoveDown => T::CmdMoveDown.s(),
            Command::SwitchPane => T::CmdSwitchPane.s(),
            Command::Export => T::CmdExport.s(),
            Command::Blank => T::CmdBlank.s(),
            Command::Help => T::CmdHelp.s(),
            Command::Escape => T::CmdEscape.s(),
            Command::Save => T::CmdSave.s(),
            Command::Quit => T::CmdQuit.s(),
            Command::New => T::CmdNew.s(),
            Command::View => T::CmdView.s(),
            Command::Finalize => T::CmdFinalize.s(),
            Command::Privacy => T::CmdPrivacy.s(),
            Command::WallSignals => T::CmdWallSignals.s(),
            Command::History => T::CmdHistory.s(),
            Command::Registration => T::CmdRegistration.s(),
            Command::Reveal => T::CmdReveal.s(),
            Command::Visibility => T::CmdVisibility.s(),
            Command::WallAudience => T::CmdWallAudience.s(),
            Command::Debrief => T::CmdDebrief.s(),
            Command::Compare => T::CmdCompare.s(),
            Command::Countdown => T::CmdCountdown.s(),
            Command::Groups => T::CmdGroups.s(),
            Command::Why => T::CmdWhy.s(),
        }
    }

    /// The footer label of a command on a step, where a command means
    /// something particular there.
    pub fn help_on(self, step: crate::layout::StepKind) -> &'static str {
        match (self, step) {
            (Command::Privacy, crate::layout::StepKind::Notes) => T::ShortAddPrivate.s(),
            (Command::Cycle, crate::layout::StepKind::Conditions) => T::ShortSituation.s(),
            (Command::Add, crate::layout::StepKind::Review) => T::ShortAnswerBroken.s(),
            (Command::Add, crate::layout::StepKind::Scale) => T::ShortAddApart.s(),
            _ => self.help_short(),
        }
    }

    /// A one- or two-word label for the footer.
    pub fn help_short(self) -> &'static str {
        match self {
            Command::NextStep => T::ShortNext.s(),
            Command::PrevStep => T::ShortPrev.s(),
            Command::Toggle => T::ShortToggle.s(),
            Command::Cycle => T::ShortCycle.s(),
            Command::SwitchPane => T::ShortPane.s(),
            Command::Blank => T::ShortBlank.s(),
            Command::Quit => T::ShortQuit.s(),
            Command::MoveUp => T::ShortMove.s(),
            Command::Finalize => T::ShortFinalize.s(),
            Command::Privacy => T::ShortPrivacy.s(),
            Command::History => T::ShortHistory.s(),
            Command::WallSignals => T::ShortWallSignals.s(),
            Command::Registration => T::ShortRegistration.s(),
            Command::Reveal => T::FooterReveal.s(),
            Command::Visibility => T::ShortVisibility.s(),
            Command::WallAudience => T::ShortWallAudience.s(),
            Command::Debrief => T::ShortDebrief.s(),
            Command::Compare => T::ShortCompare.s(),
            Command::Countdown => T::ShortCountdown.s(),
            Command::Groups => T::ShortGroups.s(),
            Command::Why => T::ShortWhy.s(),
            other => other.help(),
        }
    }
}

/// A key with its modifiers, written like `Ctrl-s`, `Right`, `PageDown`, `a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

impl Key {
    pub fn from_event(e: &KeyEvent) -> Key {
        let mut shift = e.modifiers.contains(KeyModifiers::SHIFT);
        // A typed capital or symbol already carries its shift.
        if let KeyCode::Char(_) = e.code {
            shift = false;
        }
        Key {
            code: e.code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
            alt: e.modifiers.contains(KeyModifiers::ALT),
            shift,
        }
    }

    pub fn parse(text: &str) -> Option<Key> {
        let mut key = Key {
            code: KeyCode::Null,
            ctrl: false,
            alt: false,
            shift: false,
        };
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("Ctrl-") {
                key.ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("Alt-") {
                key.alt = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("Shift-") {
                key.shift = true;
                rest = r;
            } else {
                break;
            }
        }
        key.code = match rest {
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "PageUp" => KeyCode::PageUp,
            "PageDown" => KeyCode::PageDown,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "BackTab" => KeyCode::BackTab,
            "Backspace" => KeyCode::Backspace,
            "Del" | "Delete" => KeyCode::Delete,
            "Insert" => KeyCode::Insert,
            "Space" => KeyCode::Char(' '),
            s if s.chars().count() == 1 => KeyCode::Char(s.chars().next()?),
            s => {
                let n: u8 = s.strip_prefix('F')?.parse().ok()?;
                KeyCode::F(n)
            }
        };
        Some(key)
    }

    /// How the key is shown in help and footer.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Delete => "Del".to_string(),
            KeyCode::Insert => "Ins".to_string(),
            KeyCode::Char(' ') => T::KeySpace.s().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".to_string(),
        };
        let mut out = String::new();
        if self.ctrl {
            out.push_str("Ctrl-");
        }
        if self.alt {
            out.push_str("Alt-");
        }
        if self.shift {
            out.push_str("Shift-");
        }
        out.push_str(&base);
        out
    }
}

/// Key bindings as the config file writes them: command → keys. Only the
/// commands named are changed; the rest keep their default keys.
pub type KeyOverrides = BTreeMap<Command, Vec<String>>;

#[derive(Debug, Clone)]
pub struct KeyMap {
    bindings: Vec<(Command, Vec<Key>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", T::ErrBadKey.fmt(&[&.0]))]
pub struct BadKey(pub String);

impl Default for KeyMap {
    fn default() -> Self {
        let k = |s: &str| Key::parse(s).expect("default keys parse");
        let b = |c: Command, keys: &[&str]| (c, keys.iter().map(|s| k(s)).collect());
        KeyMap {
            bindings: vec![
                b(Command::NextStep, &["Right", "PageDown"]),
                b(Command::PrevStep, &["Left", "PageUp"]),
                b(Command::Up, &["Up"]),
                b(Command::Down, &["Down"]),
                b(Command::Add, &["a"]),
                b(Command::Edit, &["Enter"]),
                b(Command::Delete, &["Del"]),
                b(Command::Undo, &["u"]),
                b(Command::Redo, &["Ctrl-r"]),
                b(Command::Toggle, &["Space"]),
                b(Command::Cycle, &["k"]),
                b(Command::MoveUp, &["Shift-Up", "-"]),
                b(Command::MoveDown, &["Shift-Down", "+"]),
                b(Command::SwitchPane, &["Tab"]),
                b(Command::Export, &["e"]),
                b(Command::Blank, &["b"]),
                b(Command::Help, &["?", "F1"]),
                b(Command::Escape, &["Esc"]),
                b(Command::Save, &["Ctrl-s"]),
                b(Command::Quit, &["q", "Ctrl-c"]),
                b(Command::New, &["n"]),
                b(Command::View, &["v"]),
                b(Command::Finalize, &["f"]),
                b(Command::Privacy, &["p"]),
                b(Command::History, &["h"]),
                b(Command::WallSignals, &["s"]),
                b(Command::Registration, &["m"]),
                b(Command::Reveal, &["r"]),
                b(Command::Visibility, &["z"]),
                b(Command::WallAudience, &["w"]),
                b(Command::Debrief, &["d"]),
                b(Command::Compare, &["c"]),
                b(Command::Countdown, &["o"]),
                b(Command::Groups, &["g"]),
                b(Command::Why, &["i"]),
            ],
        }
    }
}

impl KeyMap {
    /// The defaults with the given commands rebound.
    pub fn with_overrides(overrides: &KeyOverrides) -> Result<KeyMap, BadKey> {
        let mut map = KeyMap::default();
        for (command, keys) in overrides {
            let parsed = keys
                .iter()
                .map(|s| Key::parse(s).ok_or_else(|| BadKey(s.clone())))
                .collect::<Result<Vec<_>, _>>()?;
            if let Some(slot) = map.bindings.iter_mut().find(|(c, _)| c == command) {
                slot.1 = parsed;
            }
        }
        Ok(map)
    }

    pub fn command_for(&self, key: &Key) -> Option<Command> {
        self.bindings
            .iter()
            .find(|(_, keys)| keys.contains(key))
            .map(|(c, _)| *c)
    }

    pub fn keys_for(&self, command: Command) -> &[Key] {
        self.bindings
            .iter()
            .find(|(c, _)| *c == command)
            .map(|(_, k)| k.as_slice())
            .unwrap_or(&[])
    }

    /// "→/PgDn" for a command.
    pub fn label(&self, command: Command) -> String {
        self.keys_for(command)
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The first key of a command, short, for the footer.
    pub fn short_label(&self, command: Command) -> String {
        self.keys_for(command)
            .first()
            .map(Key::label)
            .unwrap_or_default()
    }
}

/// What a key does inside an open form. The form handles these keys itself
/// (typed text goes to the field); [`FORM_KEYS`] is the one table that both
/// the form and its help read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormCommand {
    NextField,
    PrevField,
    /// Next field, or done on the last one.
    NextOrDone,
    /// A new line in a field of several lines.
    NewLine,
    Done,
    /// Ja / nee: switch the answer of a yes/no field.
    Switch,
    Yes,
    No,
    /// Empties the field being edited (undone with Ctrl-Z).
    Clear,
}

/// The keys of a form, in the order the help lists them.
pub const FORM_KEYS: [(FormCommand, &[&str]); 9] = [
    (FormCommand::NextField, &["Tab", "Alt-Down"]),
    (FormCommand::PrevField, &["BackTab", "Alt-Up"]),
    (FormCommand::NextOrDone, &["Enter"]),
    (FormCommand::NewLine, &["Alt-Enter", "Shift-Enter"]),
    (FormCommand::Done, &["Esc"]),
    (FormCommand::Switch, &["Space", "Left", "Right"]),
    (FormCommand::Yes, &["j", "y"]),
    (FormCommand::No, &["n"]),
    (FormCommand::Clear, &["Ctrl-u"]),
];

impl FormCommand {
    pub fn help(self) -> &'static str {
        match self {
            FormCommand::NextField => T::FormKeyNext.s(),
            FormCommand::PrevField => T::FormKeyPrev.s(),
            FormCommand::NextOrDone => T::FooterEnterForm.s(),
            FormCommand::NewLine => T::FormKeyNewLine.s(),
            FormCommand::Done => T::FormKeyDone.s(),
            FormCommand::Switch => T::FormKeySwitch.s(),
            FormCommand::Yes => T::FormKeyYes.s(),
            FormCommand::No => T::FormKeyNo.s(),
            FormCommand::Clear => T::FormKeyClear.s(),
        }
    }

    /// The keys of a form command.
    pub fn keys(self) -> Vec<Key> {
        FORM_KEYS
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, keys)| keys.iter().filter_map(|k| Key::parse(k)).collect())
            .unwrap_or_default()
    }

    /// "Tab, Alt-↓".
    pub fn label(self) -> String {
        self.keys()
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The form command of a key, if it has one. Yes/no keys only count in
    /// a yes/no field (elsewhere they are text).
    pub fn of(key: &Key, yes_no: bool) -> Option<FormCommand> {
        FORM_KEYS
            .iter()
            .filter(|(c, _)| {
                yes_no || !matches!(c, FormCommand::Switch | FormCommand::Yes | FormCommand::No)
            })
            .find(|(_, keys)| keys.iter().any(|k| Key::parse(k).as_ref() == Some(key)))
            .map(|(c, _)| *c)
    }
}

/// The text field's own editing keys (those of ratatui-textarea, which
/// handles them), for the form's help.
pub const TEXT_KEYS: [(&str, T); 6] = [
    ("Ctrl-K", T::FormKeyKillEnd),
    ("Ctrl-J", T::FormKeyKillStart),
    ("Ctrl-W, Alt-Backspace", T::FormKeyKillWord),
    ("Ctrl-Z / Ctrl-R", T::FormKeyUndo),
    ("Home, End", T::FormKeyHomeEnd),
    ("Ctrl-←, Ctrl-→", T::FormKeyWord),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_and_label_round_trip() {
        for s in [
            "Ctrl-s", "Right", "PageDown", "a", "Shift-Up", "F1", "Del", "?",
        ] {
            let k = Key::parse(s).unwrap();
            assert_eq!(
                Key::parse(
                    &k.label()
                        .replace('→', "Right")
                        .replace('↑', "Up")
                        .replace("PgDn", "PageDown")
                ),
                Some(k),
                "{s}"
            );
        }
        assert_eq!(Key::parse("Ctrl-"), None);
        assert_eq!(Key::parse("Wibble"), None);
    }

    #[test]
    fn overrides_change_only_the_named_commands() {
        let mut o = KeyOverrides::new();
        o.insert(Command::NextStep, vec!["n".into(), "Right".into()]);
        let map = KeyMap::with_overrides(&o).unwrap();
        assert_eq!(
            map.command_for(&Key::parse("n").unwrap()),
            Some(Command::NextStep)
        );
        assert_eq!(map.command_for(&Key::parse("PageDown").unwrap()), None);
        assert_eq!(
            map.command_for(&Key::parse("q").unwrap()),
            Some(Command::Quit)
        );
        o.insert(Command::Quit, vec!["Hyper-x".into()]);
        assert!(KeyMap::with_overrides(&o).is_err());
    }
}
