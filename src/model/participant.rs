use super::Id;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Attendance {
    #[default]
    Present,
    Absent,
    /// Not at the table, informed afterwards.
    InformedAfterwards,
}

impl Attendance {
    /// The next value in the cycle present → absent → informed → present.
    pub fn cycle(self) -> Self {
        match self {
            Attendance::Present => Attendance::Absent,
            Attendance::Absent => Attendance::InformedAfterwards,
            Attendance::InformedAfterwards => Attendance::Present,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: Id,
    pub name: String,
    /// Role in the meeting or household: moeder, wijkteam, voorzitter …
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organisation: String,
    /// Relation to the household: "tante van moeder", "huisarts".
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub attendance: Attendance,
}

impl Participant {
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Participant {
            id,
            name: name.into(),
            role: String::new(),
            organisation: String::new(),
            relation: String::new(),
            attendance: Attendance::Present,
        }
    }

    pub fn is_present(&self) -> bool {
        self.attendance == Attendance::Present
    }

    /// Initials of the name ("Anna de Vries" → "A.d.V."), for the privacy view.
    pub fn initials(&self) -> String {
        initials_of(&self.name)
    }
}

/// Initials of a name ("Anna de Vries" → "A.d.V.").
pub(crate) fn initials_of(name: &str) -> String {
    let mut out = String::new();
    for word in name.split_whitespace() {
        if let Some(c) = word.chars().next() {
            out.push(c);
            out.push('.');
        }
    }
    out
}
