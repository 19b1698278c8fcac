use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Whether the plan of a session is still a draft or has been fixed
/// (vastgesteld). Marking it is done by `plan::mark_vastgesteld`, which
/// refuses while the plan check has findings unless a reason is given.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PlanStatus {
    #[default]
    Concept,
    Vastgesteld {
        date: NaiveDate,
        /// Why the plan was fixed although the check found open points.
        #[serde(default)]
        override_reason: Option<String>,
    },
}

impl PlanStatus {
    pub fn is_concept(&self) -> bool {
        *self == PlanStatus::Concept
    }
}
