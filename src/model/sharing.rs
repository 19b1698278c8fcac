//! On what basis the case's data is shared, and who was informed after a
//! meeting (DOMAIN.md §5): consent, or no consent with a legal ground.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The legal ground for sharing data without consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalGround {
    /// AVG art. 6 lid 1 onder e, with safety below a 6: what is needed to
    /// end the unsafe situation may be shared without consent.
    Avg6e,
    /// The meldcode huiselijk geweld en kindermishandeling.
    Meldcode,
    /// Another ground, in words.
    Other(String),
}

/// The basis for sharing the case's data, recorded once per case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SharingBasis {
    /// Consent: of whom (role or name) and on which day.
    Consent {
        #[serde(default)]
        of: String,
        #[serde(default)]
        on: Option<NaiveDate>,
    },
    /// No consent: shared on a legal ground.
    NoConsent(LegalGround),
}

impl SharingBasis {
    /// Something is missing: consent without whose it is or when, or
    /// another ground without the words.
    pub fn is_incomplete(&self) -> bool {
        match self {
            SharingBasis::Consent { of, on } => of.trim().is_empty() || on.is_none(),
            SharingBasis::NoConsent(LegalGround::Other(t)) => t.trim().is_empty(),
            SharingBasis::NoConsent(_) => false,
        }
    }
}

/// Someone who was not at the table and was informed afterwards: when, by
/// whom and how. Recorded per meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Informed {
    /// The participant (marked "informed afterwards") who was informed.
    pub participant: Id,
    #[serde(default)]
    pub on: Option<NaiveDate>,
    #[serde(default)]
    pub by: String,
    /// How: by phone, a visit, a letter …
    #[serde(default)]
    pub how: String,
}

impl Informed {
    pub fn is_empty(&self) -> bool {
        self.on.is_none() && self.by.trim().is_empty() && self.how.trim().is_empty()
    }
}
