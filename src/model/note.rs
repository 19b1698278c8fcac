use super::{Id, Visibility};
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
    /// Who may see it (iedereen when not said).
    #[serde(default, skip_serializing_if = "Visibility::is_default")]
    pub visibility: Visibility,
}
