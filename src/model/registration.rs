//! What the MDA++ aanmeldingsformulier asks about a case (DOMAIN.md §3.1).

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
}

impl Registration {
    pub fn is_empty(&self) -> bool {
        *self == Registration::default()
    }

    /// The answer to a criterion; the first one when a file lists it twice.
    pub fn answer(&self, criterion: Criterion) -> Option<&CriterionAnswer> {
        self.criteria.iter().find(|a| a.number == criterion)
    }

    /// Criterion 1 (structurele onveiligheid) is answered with ja.
    pub fn meets_required_criterion(&self) -> bool {
        self.answer(Criterion::REQUIRED)
            .is_some_and(|a| a.applies == Some(true))
    }
}
