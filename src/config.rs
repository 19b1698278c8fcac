//! The settings file (`config.ron`): language, theme, key bindings. Every
//! field is optional; what is not set keeps its default.

use crate::app::KeyOverrides;
use crate::history::Rules;
use crate::i18n::Lang;
use crate::store::{LoadError, parse_ron, read_text};
use crate::ui::ThemeName;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Environment variable naming the settings file.
pub const CONFIG_ENV: &str = "TOP3_CONFIG";

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub theme: Option<ThemeName>,
    /// Plain text mode (screen readers, low vision).
    #[serde(default)]
    pub plain: bool,
    /// Commands to rebind, e.g. `{ next_step: ["Right", "n"] }`.
    #[serde(default)]
    pub keys: KeyOverrides,
    /// Threshold and periods of the escalation signal; only what is named
    /// changes.
    #[serde(default)]
    pub rules: Rules,
    /// Words the plan check calls vague, per language (`nl`, `en`); naming
    /// a language replaces its whole list.
    #[serde(default)]
    pub vague_words: crate::plan::VagueWords,
    /// Show the case's kind of violence on the wall too (default: only in
    /// the facilitator view, the plan and the aanmeldingsformulier).
    #[serde(default)]
    pub wall_shows_violence: bool,
    /// Words the check that teaches calls opinions in a fact, per language
    /// (`nl`, `en`); naming a language replaces its whole list.
    #[serde(default)]
    pub opinion_words: crate::model::OpinionWords,
    /// Show the method's reason with every finding of the plan check in a
    /// real meeting too (in training they always show).
    #[serde(default)]
    pub explain_check: bool,
}

/// `--config`, then `$TOP3_CONFIG`, then `config.ron` in the platform's
/// configuration folder.
pub fn config_path(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        return Some(crate::paths::native(PathBuf::from(p)));
    }
    directories::ProjectDirs::from("nl", "top3", "top3").map(|d| d.config_dir().join("config.ron"))
}

/// The settings; no file means defaults. A broken file is an error, never
/// silently ignored.
pub fn load(flag: Option<&Path>) -> Result<Config, LoadError> {
    let Some(path) = config_path(flag) else {
        return Ok(Config::default());
    };
    if flag.is_none() && !path.exists() {
        return Ok(Config::default());
    }
    let text = read_text(&path)?;
    parse_ron(&text, &path)
}
