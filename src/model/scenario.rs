use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The proactive scenario (proactief scenario): what happens at the next
/// incident of violence or police report, agreed before it happens
/// (DOMAIN.md §2.3). Part of the TOP 3 Veiligheidsplan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What happens at the next incident or police report.
    #[serde(default)]
    pub next_incident: String,
    /// Who calls whom.
    #[serde(default)]
    pub who_calls: String,
    /// Who acts, and how.
    #[serde(default)]
    pub who_acts: String,
    /// Has the police registered the scenario in its system?
    #[serde(default)]
    pub police_registered: bool,
    /// When the police registered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub police_registered_on: Option<NaiveDate>,
    /// A future huisverbod, if the meeting considered one (empty: not
    /// considered).
    #[serde(default)]
    pub huisverbod: String,
    /// With whom it is shared, "indien de veiligheid dit toestaat".
    #[serde(default)]
    pub shared_with: String,
}

impl Scenario {
    pub fn is_empty(&self) -> bool {
        *self == Scenario::default()
    }

    /// Says what happens at the next incident and who acts: the least a
    /// plan needs.
    pub fn is_filled(&self) -> bool {
        !self.next_incident.trim().is_empty()
            && (!self.who_calls.trim().is_empty() || !self.who_acts.trim().is_empty())
    }
}
