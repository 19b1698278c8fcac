//! The settings file: the README's example is real, errors point at the line.
use crate::common;

use top3::app::{Command, Key, KeyMap};

fn readme_example() -> String {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).unwrap();
    let start = readme
        .find("```ron\n(\n  lang:")
        .expect("settings example in README");
    let body = &readme[start + 7..];
    body[..body.find("```").unwrap()].to_string()
}

#[test]
fn the_readme_settings_example_loads_and_means_what_it_says() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    std::fs::write(&path, readme_example()).unwrap();
    let config = top3::config::load(Some(&path)).unwrap();
    assert_eq!(config.lang, Some(top3::i18n::Lang::En));
    assert_eq!(config.theme, Some(top3::ui::ThemeName::Light));
    let keys = KeyMap::with_overrides(&config.keys).unwrap();
    assert_eq!(
        keys.command_for(&Key::parse("n").unwrap()),
        Some(Command::NextStep)
    );
    assert_eq!(
        keys.command_for(&Key::parse("F9").unwrap()),
        Some(Command::Blank)
    );
    assert_eq!(keys.command_for(&Key::parse("b").unwrap()), None);
    assert_eq!(config.rules.escalate_direct_after_months, 3);
}

#[test]
fn a_broken_settings_file_is_refused_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    std::fs::write(&path, "(\n  theme: Some(purple),\n)\n").unwrap();
    let e = top3::config::load(Some(&path)).unwrap_err();
    assert_eq!(e.position.map(|p| p.0), Some(2), "{e}");
    assert!(e.to_string().contains("purple"), "{e}");
}

#[test]
fn every_command_name_in_the_readme_is_a_real_command() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).unwrap();
    let line_start = readme.find("Command names for `keys`:").unwrap();
    let para =
        &readme[line_start..line_start + readme[line_start..].find("Keys are written").unwrap()];
    let names: Vec<&str> = para.split('`').skip(3).step_by(2).collect();
    assert_eq!(names.len(), Command::ALL.len(), "{names:?}");
    for n in names {
        let c: Result<Command, _> = ron::from_str(n);
        assert!(c.is_ok(), "{n} is not a command name");
    }
}
