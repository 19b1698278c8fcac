//! `top3 present FILE`: the wall, a read-only view that follows FILE live.

use super::Cli;
use super::screen::{has_terminal, settings};
use crate::app::KeyMap;
use crate::i18n::T;
use crate::layout::{LayoutSet, layouts_dir};
use crate::store::is_session_file;
use crate::ui::Theme;
use crate::wall::{self, Follower};
use std::path::Path;
use std::process::ExitCode;

pub fn run(cli: &Cli, file: &Path) -> Result<ExitCode, String> {
    if file.is_dir() {
        return Err(needs_a_file(file));
    }
    let config = settings(cli)?;
    let keymap = KeyMap::with_overrides(&config.keys).map_err(|e| T::ErrConfig.fmt(&[&e]))?;
    let (layouts, _) = LayoutSet::load(layouts_dir(cli.layouts.as_deref()).as_deref());
    // A file that cannot be shown is an error before the screen starts.
    let mut follower = Follower::open(file, layouts, keymap, &config.rules)?;
    follower.app.plain = cli.plain || config.plain;
    if !has_terminal() {
        return Err(T::NeedTerminal.s().to_string());
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = Theme::choose(cli.theme.or(config.theme).unwrap_or_default(), no_color);
    wall::run(&mut follower, &theme)?;
    Ok(ExitCode::SUCCESS)
}

/// The sentence for a folder where a session file was needed, naming the
/// newest session in it when there is one.
fn needs_a_file(dir: &Path) -> String {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && is_session_file(p))
                .collect()
        })
        .unwrap_or_default();
    // Newest by the meeting's date (file names start with it).
    files.sort();
    match files.last() {
        Some(newest) => T::PresentNeedsFile.fmt(&[&dir.display(), &newest.display()]),
        None => T::PresentNeedsFileNone.fmt(&[&dir.display()]),
    }
}
