//! Starting the full-screen program from the command line.

use super::Cli;
use crate::app::{App, KeyMap, Screen};
use crate::config::{self, Config};
use crate::effects::{Host, start_screen};
use crate::i18n::{self, T};
use crate::layout::{LayoutSet, layouts_dir};
use crate::store::sessions_dir;
use crate::ui::Theme;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

/// What to show first.
pub enum Open<'a> {
    Start,
    File(&'a Path),
    /// A practice copy: the practice view, with the hints large.
    /// With the countdown's minutes and a note for the status line.
    Training(&'a Path, Option<u64>, Option<String>),
    /// c-screens: the groups side by side, on their own (closing quits),
    /// with a note for the status line (a group left out).
    Groups(Box<crate::app::groups::GroupsView>, Option<String>),
}

pub fn has_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Reads the settings file and applies its language unless `--lang` was given.
pub fn settings(cli: &Cli) -> Result<Config, String> {
    let config = config::load(cli.config.as_deref()).map_err(|e| T::ErrConfig.fmt(&[&e]))?;
    if cli.lang.is_none()
        && std::env::var_os("TOP3_LANG").is_none()
        && let Some(lang) = config.lang
    {
        i18n::set_lang(lang);
    }
    Ok(config)
}

pub fn run(cli: &Cli, open: Open) -> Result<ExitCode, String> {
    if !has_terminal() {
        return Err(T::NeedTerminal.s().to_string());
    }
    let config = settings(cli)?;
    let keymap = KeyMap::with_overrides(&config.keys).map_err(|e| T::ErrConfig.fmt(&[&e]))?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = Theme::choose(cli.theme.or(config.theme).unwrap_or_default(), no_color);
    let (layouts, _) = LayoutSet::load(layouts_dir(cli.layouts.as_deref()).as_deref());
    let dir = sessions_dir(cli.dir.as_deref());
    let today = cli.today()?;
    // The start screen reads every case; only when it is shown.
    let start = match open {
        Open::Start => start_screen(&dir, today, &config.rules),
        _ => Default::default(),
    };
    let mut app = App::new(Screen::Start(Box::new(start)), keymap, layouts);
    app.measure = Some(crate::ui::MEASURE);
    app.plain = cli.plain || config.plain;
    app.wall_shows_violence = config.wall_shows_violence;
    let mut host = Host::new(dir);
    host.rules = config.rules.clone();
    host.vague_words = config.vague_words.clone();
    host.opinion_words = config.opinion_words.clone();
    host.explain_check = config.explain_check;
    host.today = today;
    match open {
        Open::Start => {}
        // A file that cannot be opened is an error before the screen starts.
        Open::File(path) => host.open(&mut app, path)?,
        Open::Training(path, minutes, note) => {
            app.set_countdown(minutes.unwrap_or(0));
            if note.is_some() {
                app.status = note;
            }
            host.open(&mut app, path)?;
            // One projector: the group sees the practice view, never the
            // teaching points (`v` cycles to the facilitator view).
            app.practice_view = true;
            app.training = true;
        }
        Open::Groups(view, note) => {
            app.training = true;
            app.groups = Some(*view);
            app.status = note;
        }
    }
    crate::tui::run(&mut app, &mut host, &theme)?;
    Ok(ExitCode::SUCCESS)
}
