use super::Id;
use serde::{Deserialize, Serialize};

/// How a condition or action of the previous meeting turned out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewStatus {
    /// A condition that was kept (nageleefd).
    Kept,
    /// A condition that was broken (niet nageleefd).
    Broken,
    /// An action that was done.
    Done,
    /// An action that is late.
    Late,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 4] = [
        ReviewStatus::Kept,
        ReviewStatus::Broken,
        ReviewStatus::Done,
        ReviewStatus::Late,
    ];

    /// Statuses that mean something went wrong and needs attention.
    pub fn is_problem(self) -> bool {
        matches!(self, ReviewStatus::Broken | ReviewStatus::Late)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewTarget {
    Condition(Id),
    Action(Id),
}

/// One line of the review of the previous meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewItem {
    pub target: ReviewTarget,
    /// What the item said in the previous meeting, kept so the review reads on
    /// its own.
    pub text: String,
    #[serde(default)]
    pub status: Option<ReviewStatus>,
    #[serde(default)]
    pub note: String,
}

impl ReviewItem {
    /// The statuses that make sense for this item: kept/broken for a condition,
    /// done/late for an action.
    pub fn choices(&self) -> [ReviewStatus; 2] {
        match self.target {
            ReviewTarget::Condition(_) => [ReviewStatus::Kept, ReviewStatus::Broken],
            ReviewTarget::Action(_) => [ReviewStatus::Done, ReviewStatus::Late],
        }
    }
}
