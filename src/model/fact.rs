use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// First, worst or current fact of unsafety (eerste, ergste, actuele feiten).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FactKind {
    Eerste,
    Ergste,
    Actuele,
}

impl FactKind {
    pub const ALL: [FactKind; 3] = [FactKind::Eerste, FactKind::Ergste, FactKind::Actuele];
}

/// When something happened: an exact date, or what people remember ("2019",
/// "voorjaar 2021").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum When {
    #[default]
    Unknown,
    Exact(NaiveDate),
    Approx(String),
}

impl When {
    /// Reads what a facilitator types: `2024-03-02`, `2-3-2024` or free text.
    pub fn parse(text: &str) -> When {
        let text = text.trim();
        if text.is_empty() {
            return When::Unknown;
        }
        match parse_date(text) {
            Some(d) => When::Exact(d),
            None => When::Approx(text.to_string()),
        }
    }
}

/// Parses a date written as `yyyy-mm-dd` or the Dutch `d-m-yyyy`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d-%m-%Y"))
        .ok()
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Unknown => Ok(()),
            When::Exact(d) => write!(f, "{}", d.format("%d-%m-%Y")),
            When::Approx(s) => f.write_str(s),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: Id,
    pub kind: FactKind,
    pub what: String,
    #[serde(default)]
    pub when: When,
    #[serde(default)]
    pub reported_by: String,
    /// Where it is known from: police report, VT file, the family itself.
    #[serde(default)]
    pub source: String,
}

impl Fact {
    pub fn new(id: Id, kind: FactKind, what: impl Into<String>) -> Self {
        Fact {
            id,
            kind,
            what: what.into(),
            when: When::Unknown,
            reported_by: String::new(),
            source: String::new(),
        }
    }
}
