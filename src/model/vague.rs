//! Words that make a condition or agreement vague (DOMAIN.md: a plan is
//! concrete). The list is a setting; the plan check and the meeting screen
//! read the same one.

use serde::{Deserialize, Serialize};

/// Words that make a plan vague, per language (a setting: `vague_words` in
/// `config.ron`). Matched case-insensitively as whole words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VagueWords {
    pub nl: Vec<String>,
    pub en: Vec<String>,
}

impl Default for VagueWords {
    fn default() -> Self {
        let v = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        VagueWords {
            nl: v(&[
                "iedereen",
                "we zien wel",
                "zo snel mogelijk",
                "indien nodig",
                "binnenkort",
                "erover praten",
                "praten we erover",
                "proberen",
                "eventueel",
                // c-fix2: the common forms a trainer's test found unflagged.
                "kijken hoe het gaat",
                "kijken hoe het loopt",
                "zien hoe het gaat",
                "praten erover",
                "best doen",
                "ons best",
                "zijn best",
                "haar best",
                "hun best",
            ]),
            en: v(&[
                "everyone",
                "everybody",
                "we'll see",
                "we will see",
                "as soon as possible",
                "asap",
                "if needed",
                "if necessary",
                "soon",
                "talk about it",
                "try to",
                "possibly",
                // c-fix2
                "see how it goes",
                "see how things go",
                "we'll talk",
                "we will talk",
                "discuss it",
                "do our best",
                "do their best",
                "do his best",
                "do her best",
                "does his best",
                "does her best",
                "try our best",
            ]),
        }
    }
}

impl VagueWords {
    /// The first listed word that `text` holds as a whole word (or phrase).
    pub fn find(&self, text: &str) -> Option<&str> {
        first_listed(&self.nl, &self.en, text)
    }
}

/// The first word or phrase of `nl`, then `en`, that `text` holds whole
/// (case-insensitive, punctuation ignored).
fn first_listed<'a>(nl: &'a [String], en: &'a [String], text: &str) -> Option<&'a str> {
    let hay = format!(" {} ", normalise(text));
    nl.iter()
        .chain(en)
        .find(|w| {
            let w = normalise(w);
            !w.trim().is_empty() && hay.contains(&format!(" {} ", w.trim()))
        })
        .map(String::as_str)
}

/// Lower case, punctuation to spaces, single spaces.
fn normalise(text: &str) -> String {
    let t: String = text
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that mark an opinion rather than a fact, per language (a setting:
/// `opinion_words` in `config.ron`). The check that teaches asks the group
/// to rewrite a fact that holds one as what was seen or heard, when and by
/// whom. Matched case-insensitively as whole words or phrases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OpinionWords {
    pub nl: Vec<String>,
    pub en: Vec<String>,
}

impl Default for OpinionWords {
    fn default() -> Self {
        let v = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        OpinionWords {
            nl: v(&[
                "gewoon",
                "typisch",
                "altijd",
                "duidelijk",
                "gevaarlijke man",
                "gevaarlijke vrouw",
                "agressief type",
                "onbetrouwbaar",
                "overdreven",
                "hysterisch",
                "manipulatief",
            ]),
            en: v(&[
                "simply",
                "typical",
                "typically",
                "always",
                "obviously",
                "dangerous man",
                "dangerous woman",
                "aggressive type",
                "unreliable",
                "hysterical",
                "manipulative",
            ]),
        }
    }
}

impl OpinionWords {
    /// The first listed word that `text` holds as a whole word (or phrase).
    pub fn find(&self, text: &str) -> Option<&str> {
        // Someone's own words in quotes are what was said: a fact.
        first_listed(&self.nl, &self.en, &unquoted(text))
    }
}

/// `text` without what stands between double quotes (straight or curly).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}
