use super::Id;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Id,
    pub text: String,
    /// A private note is for the facilitator only: never on the wall, never
    /// in an export.
    #[serde(default)]
    pub private: bool,
}
