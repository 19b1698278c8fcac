use super::Id;
use serde::{Deserialize, Serialize};

/// A veiligheidsvoorwaarde: a concrete, observable condition for safety.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: Id,
    /// The TOP-3 situation it belongs to; `None` while not yet tied to one.
    #[serde(default)]
    pub situation: Option<Id>,
    pub text: String,
}
