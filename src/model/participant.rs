use super::{Id, Ring, Visibility};
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

/// Where a participant stands: the family, its network, or a professional.
/// Their scores are compared group by group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Group {
    Gezin,
    Netwerk,
    Professional,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Gezin, Group::Netwerk, Group::Professional];

    /// The next value in the cycle none → gezin → netwerk → professional →
    /// none.
    pub fn cycle(group: Option<Group>) -> Option<Group> {
        match group {
            None => Some(Group::Gezin),
            Some(Group::Gezin) => Some(Group::Netwerk),
            Some(Group::Netwerk) => Some(Group::Professional),
            Some(Group::Professional) => None,
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
    /// Geen cijfer gevraagd: this person is not asked for a score (a young
    /// child, an expert), with the reason. `None`: asked like everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_score: Option<String>,
    /// Gezin, netwerk or professional; `None`: not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    /// An MDA++ expert's ring (eerste or tweede schil); `None`: not an
    /// expert of the expertoverleg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ring: Option<Ring>,
    /// Oproepbaar: an expert on call, not at the table for the whole
    /// meeting; not asked for a score.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_call: bool,
    /// Who may see this participant's details (organisation, relation, the
    /// reason for no score); the name and role stay.
    #[serde(default, skip_serializing_if = "Visibility::is_default")]
    pub visibility: Visibility,
    /// The organisation is a name to hide (a school, a shelter): on the
    /// wall and in redacted exports it is replaced like a name.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hide_organisation: bool,
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
            no_score: None,
            group: None,
            ring: None,
            on_call: false,
            visibility: Visibility::Iedereen,
            hide_organisation: false,
        }
    }

    pub fn is_present(&self) -> bool {
        self.attendance == Attendance::Present
    }

    /// Present and asked for a score (not marked geen cijfer gevraagd, not
    /// an expert on call). Whether the meeting's leader is asked is the
    /// session's to say: see `Session::scored`.
    pub fn is_scored(&self) -> bool {
        self.is_present() && self.no_score.is_none() && !self.on_call
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
