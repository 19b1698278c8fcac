use super::{Id, Term, Visibility};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agreement (afspraak): who does what, when (once or standing), how it
/// is checked, who watches it and what happens when it is not kept.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Id,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub what: String,
    /// Once by a deadline, or standing (doorlopend).
    #[serde(default)]
    pub term: Term,
    #[serde(default)]
    pub how_checked: String,
    /// Who monitors it (bewaakt door).
    #[serde(default)]
    pub monitored_by: String,
    /// What happens, and who calls whom, when it is not kept (signalling plan).
    #[serde(default)]
    pub if_broken: String,
    /// The date of the meeting that agreed it.
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// A date from a version-1 file that the migration could not place: the
    /// agreement was marked done but still ran after it. Shown with the
    /// agreement so nothing typed is lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_due: Option<NaiveDate>,
    /// The condition that was not kept and that this agreement answers
    /// (made with `a` on the review step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Id>,
    /// Who may see it (iedereen when not said).
    #[serde(default, skip_serializing_if = "Visibility::is_default")]
    pub visibility: Visibility,
}

impl Action {
    pub fn new(id: Id) -> Self {
        Action {
            id,
            ..Action::default()
        }
    }

    /// A one-off agreement past its deadline.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.term.is_overdue(today)
    }

    pub fn is_standing(&self) -> bool {
        self.term.is_standing()
    }
}
