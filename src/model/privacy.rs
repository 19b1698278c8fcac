use serde::{Deserialize, Serialize};

/// How people are shown on the wall. Names always stay in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum WallNames {
    #[default]
    Names,
    /// By their role ("moeder", "wijkagent"): for an expertoverleg without
    /// the family, or a training with a real-looking case.
    Roles,
    Initials,
}

impl WallNames {
    pub fn cycle(self) -> Self {
        match self {
            WallNames::Names => WallNames::Roles,
            WallNames::Roles => WallNames::Initials,
            WallNames::Initials => WallNames::Names,
        }
    }

    pub fn is_default(&self) -> bool {
        *self == WallNames::Names
    }
}
