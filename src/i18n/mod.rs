//! Every user-facing text, in Dutch (default) and English.
//!
//! Texts are entries of the enum [`T`], so a missing translation is a compile
//! error. Placeholders `{0}`, `{1}` … are filled by [`T::fmt`].

mod model_errors;
mod names;
pub mod terms;
mod texts;

pub use names::*;
pub use texts::T;

use serde::{Deserialize, Serialize};
use std::cell::Cell;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

/// Sets the language of this thread (the program runs its UI on one thread).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

pub fn lang() -> Lang {
    LANG.with(|l| l.get())
}

impl T {
    /// The text in the current language.
    pub fn s(self) -> &'static str {
        self.get(lang())
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl(),
            Lang::En => self.en(),
        }
    }

    /// The text with `{0}`, `{1}` … replaced by `args`.
    pub fn fmt(self, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.s(), args)
    }
}

/// Replaces `{0}`, `{1}` … in `template`.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = template.to_string();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), &a.to_string());
    }
    out
}

/// A text that a layout carries in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    pub fn new(nl: &str, en: &str) -> Self {
        Text {
            nl: nl.to_string(),
            en: en.to_string(),
        }
    }

    /// The text in the current language; Dutch when there is no English.
    pub fn s(&self) -> &str {
        match lang() {
            Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.nl,
        }
    }
}

/// The first words of a text that fit in `max` characters, on one line,
/// with "…" when cut.
pub fn short_text(text: &str, max: usize) -> String {
    let max = max.max(8);
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', '.', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill("{0} en {1} en {0}", &[&"a", &2]), "a en 2 en a");
    }

    #[test]
    fn language_switch_changes_text() {
        set_lang(Lang::En);
        assert_eq!(T::Yes.s(), "yes");
        set_lang(Lang::Nl);
        assert_eq!(T::Yes.s(), "ja");
    }

    #[test]
    fn text_falls_back_to_dutch() {
        set_lang(Lang::En);
        assert_eq!(Text::new("hallo", "").s(), "hallo");
        set_lang(Lang::Nl);
    }
}
