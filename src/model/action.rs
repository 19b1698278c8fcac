use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agreement (afspraak): who does what, by when, how it is checked, who
/// watches it and what happens when it is broken.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Id,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub how_checked: String,
    #[serde(default)]
    pub monitored_by: String,
    /// What happens, and who calls whom, when it is broken (signalling plan).
    #[serde(default)]
    pub if_broken: String,
}

impl Action {
    pub fn new(id: Id) -> Self {
        Action {
            id,
            ..Action::default()
        }
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|d| d < today)
    }
}
