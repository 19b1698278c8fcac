use super::{Id, Visibility};
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

/// Parses a date written as `yyyy-mm-dd` or the Dutch `d-m-yyyy` (also with
/// `/` or `.`). The year must have four digits: `15-12-20` is not a date, so
/// a date half typed is never taken for one in the first century.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (y, m, d) = if a.len() == 4 {
        (number(a, 4)?, number(b, 2)?, number(c, 2)?)
    } else if c.len() == 4 {
        (number(c, 4)?, number(b, 2)?, number(a, 2)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// True for text shaped like a date (`31-02-2026`) whether or not it exists.
pub fn looks_like_date(text: &str) -> bool {
    let t = text.trim();
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && (parts[0].len() == 4 || parts[2].len() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_need_a_four_digit_year_and_must_exist() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("15-12-2026"), d(2026, 12, 15));
        assert_eq!(parse_date("2026-12-15"), d(2026, 12, 15));
        assert_eq!(parse_date("5/1/2027"), d(2027, 1, 5));
        assert_eq!(parse_date(" 05.01.2027 "), d(2027, 1, 5));
        for bad in [
            "15-12-20",
            "31-02-20",
            "22-12-26",
            "31-02-2026",
            "2026-13-01",
            "morgen",
            "1-1",
            "",
            "2026-1-1-1",
            "+1-02-2026",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert!(looks_like_date("31-02-2026") && !looks_like_date("voorjaar 2021"));
    }
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
    /// Who may see it (iedereen when not said).
    #[serde(default, skip_serializing_if = "Visibility::is_default")]
    pub visibility: Visibility,
    /// Who may see who reported it; hidden, the reporter is shown by
    /// their group ("een netwerklid").
    #[serde(default, skip_serializing_if = "Visibility::is_default")]
    pub reporter_visibility: Visibility,
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
            visibility: Visibility::Iedereen,
            reporter_visibility: Visibility::Iedereen,
        }
    }
}
