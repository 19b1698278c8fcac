//! What the MDA++ aanmeldingsformulier asks about a case (DOMAIN.md §3.1).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the eight criteria of the aanmeldingsformulier, numbered 1 to 8.
/// Another number cannot be constructed, also not by loading a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Criterion(u8);

/// A criterion number outside 1–8; `i18n` says it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CriterionError(pub u8);

impl Criterion {
    /// Criterion 1, structurele onveiligheid, must always apply.
    pub const REQUIRED: Criterion = Criterion(1);
    pub const COUNT: u8 = 8;

    pub fn new(number: u8) -> Option<Criterion> {
        (1..=Self::COUNT)
            .contains(&number)
            .then_some(Criterion(number))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// All eight, in the order of the form.
    pub fn all() -> impl Iterator<Item = Criterion> {
        (1..=Self::COUNT).map(Criterion)
    }
}

impl TryFrom<u8> for Criterion {
    type Error = CriterionError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Criterion::new(value).ok_or(CriterionError(value))
    }
}

impl From<Criterion> for u8 {
    fn from(value: Criterion) -> Self {
        value.0
    }
}

impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The answer to one criterion: ja / nee / not yet answered, with a short
/// explanation (toelichting).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionAnswer {
    pub number: Criterion,
    #[serde(default)]
    pub applies: Option<bool>,
    #[serde(default)]
    pub explanation: String,
}

/// A member of the household. The name stays in the session; the form and
/// redacted exports show only the role and initials.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseholdMember {
    #[serde(default)]
    pub name: String,
    /// moeder, vader, zoon, dochter …
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub age: Option<u8>,
}

impl HouseholdMember {
    /// Initials of the name ("Finn de Vries" → "F.d.V.").
    pub fn initials(&self) -> String {
        super::participant::initials_of(&self.name)
    }
}

/// The registration of a case with the MDA++ expertoverleg.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// Who registers the case: role and organisation, contact details.
    #[serde(default)]
    pub referrer: String,
    #[serde(default)]
    pub members: Vec<HouseholdMember>,
    /// Do all members of the household live at one address?
    #[serde(default)]
    pub same_address: Option<bool>,
    /// Short description of the situation.
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub criteria: Vec<CriterionAnswer>,
    /// Is the Zorg- en Veiligheidshuis involved?
    #[serde(default)]
    pub zvh_involved: Option<bool>,
    /// For which member of the household (moeder, vader, zoon, dochter).
    #[serde(default)]
    pub zvh_for: String,
    // The fields below were added after the first version-2 files; each is
    // left out of the file while it is not set.
    /// "Initialen één van de betrokkenen": the one person whose initials
    /// the form gives, as the chair typed them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub initials: String,
    /// The role of that person (moeder / vader / kind).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub initials_role: String,
    /// "Gemeente", as the form asks it: only what the chair typed here (the
    /// case's municipality is never copied into the form).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub municipality: String,
    /// "Samenstelling van het gezin": roles and ages in bands, no names.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub composition: String,
    /// Why the case is registered now (filled from the case's signals, then
    /// edited by the chair).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub escalation_reason: String,
    /// Who sends the form (name or role of the aanmelder).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sent_by: String,
    /// The day the form was sent: the case is "aangemeld" from then on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_on: Option<NaiveDate>,
    /// To whom it is sent (the projectleider MDA++ of the region).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sent_to: String,
    /// The sender's own manager (leidinggevende), who gets a copy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub manager_copy: String,
    /// The family was told that their data is shared (DOMAIN.md §3.2
    /// step 2); `None`: not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_informed: Option<bool>,
}

/// An age band as the form shows ages: never the exact age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeBand {
    pub from: u8,
    /// `None`: and older.
    pub to: Option<u8>,
}

impl AgeBand {
    /// The bands: 0–3, 4–11, 12–17, 18–29, 30–49, 50–64, 65+.
    pub const BOUNDS: [u8; 7] = [0, 4, 12, 18, 30, 50, 65];

    pub fn of(age: u8) -> AgeBand {
        let i = Self::BOUNDS.iter().rposition(|b| age >= *b).unwrap_or(0);
        AgeBand {
            from: Self::BOUNDS[i],
            to: Self::BOUNDS.get(i + 1).map(|n| n - 1),
        }
    }
}

impl fmt::Display for AgeBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to {
            Some(to) => write!(f, "{}–{}", self.from, to),
            None => write!(f, "{}+", self.from),
        }
    }
}

impl HouseholdMember {
    pub fn age_band(&self) -> Option<AgeBand> {
        self.age.map(AgeBand::of)
    }
}

impl Registration {
    pub fn is_empty(&self) -> bool {
        *self == Registration::default()
    }

    /// The answer to a criterion; the first one when a file lists it twice.
    pub fn answer(&self, criterion: Criterion) -> Option<&CriterionAnswer> {
        self.criteria.iter().find(|a| a.number == criterion)
    }

    /// The form was sent: on which day (see `sent_on`, `sent_by`, `sent_to`).
    pub fn sent(&self) -> Option<NaiveDate> {
        self.sent_on
    }

    /// Criterion 1 (structurele onveiligheid) is answered with ja.
    pub fn meets_required_criterion(&self) -> bool {
        self.answer(Criterion::REQUIRED)
            .is_some_and(|a| a.applies == Some(true))
    }
}
