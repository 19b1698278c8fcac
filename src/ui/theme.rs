//! Every colour the program uses. Meaning is never carried by colour alone:
//! each styled state also has a word or a glyph.

use ratatui::style::{Color, Modifier, Style};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    Contrast,
    /// No colours at all (chosen automatically when NO_COLOR is set).
    Mono,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub muted: Style,
    pub title: Style,
    pub question: Style,
    pub accent: Style,
    pub selected: Style,
    pub ok: Style,
    pub warn: Style,
    pub threshold: Style,
    pub bar: Style,
    pub bar_empty: Style,
    pub border: Style,
    pub key: Style,
    pub private: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let b = Modifier::BOLD;
        match name {
            ThemeName::Dark => Theme {
                base: Style::new()
                    .fg(Color::Rgb(230, 230, 225))
                    .bg(Color::Rgb(24, 26, 32)),
                muted: Style::new().fg(Color::Rgb(150, 155, 165)),
                title: Style::new().fg(Color::Rgb(255, 214, 102)).add_modifier(b),
                question: Style::new().fg(Color::Rgb(235, 235, 230)).add_modifier(b),
                accent: Style::new().fg(Color::Rgb(120, 190, 255)),
                selected: Style::new()
                    .fg(Color::Rgb(20, 20, 20))
                    .bg(Color::Rgb(255, 214, 102)),
                ok: Style::new().fg(Color::Rgb(120, 210, 140)),
                warn: Style::new().fg(Color::Rgb(255, 140, 110)).add_modifier(b),
                threshold: Style::new().fg(Color::Rgb(255, 214, 102)).add_modifier(b),
                bar: Style::new().fg(Color::Rgb(120, 190, 255)),
                bar_empty: Style::new().fg(Color::Rgb(70, 75, 85)),
                border: Style::new().fg(Color::Rgb(90, 95, 110)),
                key: Style::new().fg(Color::Rgb(255, 214, 102)).add_modifier(b),
                private: Style::new().fg(Color::Rgb(200, 160, 255)),
            },
            ThemeName::Light => Theme {
                base: Style::new()
                    .fg(Color::Rgb(20, 20, 25))
                    .bg(Color::Rgb(250, 250, 246)),
                muted: Style::new().fg(Color::Rgb(95, 95, 105)),
                title: Style::new().fg(Color::Rgb(20, 60, 130)).add_modifier(b),
                question: Style::new().fg(Color::Rgb(10, 10, 10)).add_modifier(b),
                accent: Style::new().fg(Color::Rgb(20, 90, 170)),
                selected: Style::new()
                    .fg(Color::Rgb(255, 255, 255))
                    .bg(Color::Rgb(20, 60, 130)),
                ok: Style::new().fg(Color::Rgb(0, 110, 40)),
                warn: Style::new().fg(Color::Rgb(170, 30, 0)).add_modifier(b),
                threshold: Style::new().fg(Color::Rgb(150, 80, 0)).add_modifier(b),
                bar: Style::new().fg(Color::Rgb(20, 90, 170)),
                bar_empty: Style::new().fg(Color::Rgb(200, 200, 200)),
                border: Style::new().fg(Color::Rgb(150, 150, 160)),
                key: Style::new().fg(Color::Rgb(20, 60, 130)).add_modifier(b),
                private: Style::new().fg(Color::Rgb(110, 40, 150)),
            },
            ThemeName::Contrast => Theme {
                base: Style::new().fg(Color::White).bg(Color::Black),
                muted: Style::new().fg(Color::White),
                title: Style::new().fg(Color::Yellow).add_modifier(b),
                question: Style::new().fg(Color::White).add_modifier(b),
                accent: Style::new().fg(Color::Cyan).add_modifier(b),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(b),
                ok: Style::new().fg(Color::Green).add_modifier(b),
                warn: Style::new()
                    .fg(Color::Yellow)
                    .add_modifier(b | Modifier::UNDERLINED),
                threshold: Style::new().fg(Color::Yellow).add_modifier(b),
                bar: Style::new().fg(Color::White),
                bar_empty: Style::new().fg(Color::DarkGray),
                border: Style::new().fg(Color::White),
                key: Style::new().fg(Color::Yellow).add_modifier(b),
                private: Style::new().fg(Color::Magenta).add_modifier(b),
            },
            ThemeName::Mono => Theme {
                base: Style::new(),
                muted: Style::new().add_modifier(Modifier::DIM),
                title: Style::new().add_modifier(b),
                question: Style::new().add_modifier(b),
                accent: Style::new(),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                ok: Style::new(),
                warn: Style::new().add_modifier(b),
                threshold: Style::new().add_modifier(b),
                bar: Style::new(),
                bar_empty: Style::new().add_modifier(Modifier::DIM),
                border: Style::new(),
                key: Style::new().add_modifier(b),
                private: Style::new().add_modifier(Modifier::ITALIC),
            },
        }
    }

    /// The theme asked for, or no colours at all when `NO_COLOR` is set.
    pub fn choose(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            Theme::new(ThemeName::Mono)
        } else {
            Theme::new(name)
        }
    }
}
