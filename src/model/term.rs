//! When an agreement runs: once by a deadline (eenmalig), or standing
//! (doorlopend) from a date until a date or until further notice, with a
//! rhythm where it has one. What the facilitator types in the one "wanneer"
//! field is read here; text that is not understood is kept as typed.

use super::parse_date;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Term {
    /// Eenmalig: done once, by `due` when there is a deadline.
    Once { due: Option<NaiveDate> },
    /// Doorlopend: runs from `from` until `until` (`None`: tot nader order),
    /// with a rhythm such as "elke vrijdag" (empty when it has none).
    Standing {
        from: Option<NaiveDate>,
        until: Option<NaiveDate>,
        rhythm: String,
    },
    /// Text the program did not understand, kept exactly as typed. It is
    /// treated as running until the meeting decides (never ended by a date).
    Unclear(String),
}

impl Default for Term {
    fn default() -> Self {
        Term::Once { due: None }
    }
}

/// Words that make an agreement standing, Dutch and English.
const STANDING: &[&str] = &[
    "tot nader order",
    "until further notice",
    "doorlopend",
    "ongoing",
    "standing",
];
/// Words that start an end date ("tot 01-03-2027").
const UNTIL: &[&str] = &["tot en met", "t/m", "tot", "until", "till"];
/// Words that start a start date ("vanaf 01-11-2026").
const FROM: &[&str] = &["vanaf", "from", "since", "sinds"];
/// Words that start a deadline ("uiterlijk 01-12-2026").
const BY: &[&str] = &["uiterlijk", "voor", "vóór", "by", "before"];
/// Words that make the rest a rhythm ("elke vrijdag", "wekelijks").
const RHYTHM_START: &[&str] = &["elke", "iedere", "ieder", "every", "each", "om de", "per"];
const RHYTHM_WORDS: &[&str] = &[
    "dagelijks",
    "wekelijks",
    "tweewekelijks",
    "maandelijks",
    "daily",
    "weekly",
    "fortnightly",
    "biweekly",
    "monthly",
];

impl Term {
    /// Reads what was typed in the "wanneer" field.
    pub fn parse(text: &str) -> Term {
        let typed = text.trim();
        if typed.is_empty() {
            return Term::Once { due: None };
        }
        if let Some(d) = parse_date(typed) {
            return Term::Once { due: Some(d) };
        }
        if let Some(rest) = strip_word(typed, BY)
            && let Some(d) = parse_date(rest)
        {
            return Term::Once { due: Some(d) };
        }
        standing(typed).unwrap_or_else(|| Term::Unclear(typed.to_string()))
    }

    pub fn is_standing(&self) -> bool {
        matches!(self, Term::Standing { .. })
    }

    /// The deadline of a one-off agreement.
    pub fn due(&self) -> Option<NaiveDate> {
        match self {
            Term::Once { due } => *due,
            _ => None,
        }
    }

    /// The end date of a standing agreement.
    pub fn until(&self) -> Option<NaiveDate> {
        match self {
            Term::Standing { until, .. } => *until,
            _ => None,
        }
    }

    /// A one-off agreement whose deadline lies before `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due().is_some_and(|d| d < today)
    }

    /// A standing agreement whose end date lies before `date`: it ran out.
    pub fn ended_before(&self, date: NaiveDate) -> bool {
        self.until().is_some_and(|u| u < date)
    }
}

/// The text after one of `words` at the start of `text` (case-insensitive,
/// whole word), trimmed.
fn strip_word<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    let lower = text.to_lowercase();
    words.iter().find_map(|w| {
        let rest = lower.strip_prefix(w)?;
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        // Lower-casing may change byte lengths outside ASCII: cut the typed
        // text by characters instead.
        let n = w.chars().count();
        let cut: usize = text.chars().take(n).map(char::len_utf8).sum();
        Some(text[cut..].trim())
    })
}

/// A standing term from text such as "elke vrijdag tot 01-03-2027",
/// "doorlopend", "tot nader order", "vanaf 01-11-2026"; `None` when the text
/// is not of that shape.
fn standing(typed: &str) -> Option<Term> {
    let mut from = None;
    let mut until = None;
    let mut marked = false;
    let mut rhythm_parts: Vec<String> = Vec::new();
    for part in clauses(typed) {
        let lower = part.to_lowercase();
        if STANDING.contains(&lower.as_str()) {
            marked = true;
        } else if let Some(rest) = strip_word(&part, UNTIL) {
            until = Some(parse_date(rest)?);
            marked = true;
        } else if let Some(rest) = strip_word(&part, FROM) {
            from = Some(parse_date(rest)?);
            marked = true;
        } else if is_rhythm(&lower) {
            rhythm_parts.push(part);
            marked = true;
        } else {
            return None;
        }
    }
    marked.then(|| Term::Standing {
        from,
        until,
        rhythm: rhythm_parts.join(", "),
    })
}

fn is_rhythm(lower: &str) -> bool {
    RHYTHM_WORDS
        .iter()
        .any(|w| lower.split_whitespace().any(|x| x == *w))
        || RHYTHM_START
            .iter()
            .any(|w| lower.strip_prefix(w).is_some_and(|r| r.starts_with(' ')))
}

/// Splits "elke vrijdag tot 01-03-2027, vanaf 01-11-2026" into its clauses:
/// at commas, and before each date keyword and standing phrase ("tot nader
/// order" stays one clause: its other words start no keyword).
fn clauses(typed: &str) -> Vec<String> {
    let keywords: Vec<&str> = UNTIL.iter().chain(FROM).chain(STANDING).copied().collect();
    let mut out: Vec<String> = Vec::new();
    for chunk in typed.split([',', ';']) {
        let mut current: Vec<&str> = Vec::new();
        let words: Vec<&str> = chunk.split_whitespace().collect();
        for (i, word) in words.iter().enumerate() {
            let rest = words[i..].join(" ").to_lowercase();
            let starts_keyword = keywords.iter().any(|k| {
                rest.strip_prefix(k)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            });
            if starts_keyword && !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
            current.push(word);
        }
        if !current.is_empty() {
            out.push(current.join(" "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn standing(from: Option<NaiveDate>, until: Option<NaiveDate>, rhythm: &str) -> Term {
        Term::Standing {
            from,
            until,
            rhythm: rhythm.into(),
        }
    }

    #[test]
    fn reads_what_a_coordinator_types() {
        let cases = [
            ("", Term::Once { due: None }),
            (
                "15-12-2026",
                Term::Once {
                    due: d(2026, 12, 15),
                },
            ),
            (
                "uiterlijk 15-12-2026",
                Term::Once {
                    due: d(2026, 12, 15),
                },
            ),
            (
                "by 2026-12-15",
                Term::Once {
                    due: d(2026, 12, 15),
                },
            ),
            ("doorlopend", standing(None, None, "")),
            ("Doorlopend", standing(None, None, "")),
            ("tot nader order", standing(None, None, "")),
            ("until further notice", standing(None, None, "")),
            ("ongoing", standing(None, None, "")),
            ("tot 01-03-2027", standing(None, d(2027, 3, 1), "")),
            ("until 2027-03-01", standing(None, d(2027, 3, 1), "")),
            ("elke week", standing(None, None, "elke week")),
            ("every week", standing(None, None, "every week")),
            ("wekelijks", standing(None, None, "wekelijks")),
            ("Elke vrijdag", standing(None, None, "Elke vrijdag")),
            (
                "elke vrijdag tot 01-03-2027",
                standing(None, d(2027, 3, 1), "elke vrijdag"),
            ),
            (
                "doorlopend, vanaf 01-11-2026 tot 01-03-2027",
                standing(d(2026, 11, 1), d(2027, 3, 1), ""),
            ),
            (
                "elke vrijdag tot nader order",
                standing(None, None, "elke vrijdag"),
            ),
        ];
        for (typed, want) in cases {
            assert_eq!(Term::parse(typed), want, "{typed:?}");
        }
    }

    #[test]
    fn text_it_does_not_understand_is_kept_as_typed() {
        for typed in [
            "morgen",
            "na de zomer",
            "tot de kerst",
            "31-02-2026",
            "zo snel mogelijk",
        ] {
            assert_eq!(Term::parse(typed), Term::Unclear(typed.into()), "{typed}");
        }
    }

    #[test]
    fn end_dates_and_deadlines() {
        let t = Term::parse("tot 01-03-2027");
        assert!(t.ended_before(d(2027, 3, 2).unwrap()));
        assert!(!t.ended_before(d(2027, 3, 1).unwrap()));
        assert!(Term::parse("01-03-2027").is_overdue(d(2027, 3, 2).unwrap()));
        assert!(!Term::parse("doorlopend").is_overdue(d(2099, 1, 1).unwrap()));
    }
}
