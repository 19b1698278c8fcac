use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a carried condition or agreement turned out since the last meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewStatus {
    /// A condition that was kept (nageleefd).
    Kept,
    /// A condition that was not kept (niet nageleefd).
    Broken,
    /// A one-off agreement that was done (gedaan): it ends.
    Done,
    /// A one-off agreement that was not done (niet gedaan).
    NotDone,
    /// A one-off agreement that is late (te laat).
    Late,
    /// A one-off agreement that is no longer needed (vervalt): it ends.
    Dropped,
    /// A standing agreement that goes well (loopt goed).
    GoingWell,
    /// A standing agreement that was not kept (niet nagekomen).
    NotKept,
    /// A standing agreement the meeting stops (stopt): it ends.
    Stopped,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 9] = [
        ReviewStatus::Kept,
        ReviewStatus::Broken,
        ReviewStatus::Done,
        ReviewStatus::NotDone,
        ReviewStatus::Late,
        ReviewStatus::Dropped,
        ReviewStatus::GoingWell,
        ReviewStatus::NotKept,
        ReviewStatus::Stopped,
    ];

    /// Statuses that mean something went wrong and needs attention.
    pub fn is_problem(self) -> bool {
        matches!(
            self,
            ReviewStatus::Broken
                | ReviewStatus::NotDone
                | ReviewStatus::Late
                | ReviewStatus::NotKept
        )
    }

    /// Statuses that take the item out of the plan after this meeting.
    pub fn ends(self) -> bool {
        matches!(
            self,
            ReviewStatus::Done | ReviewStatus::Dropped | ReviewStatus::Stopped
        )
    }

    /// A glyph that says it without colour: ✓ went well, ✗ went wrong,
    /// ■ ended by decision.
    pub fn glyph(self) -> &'static str {
        match self {
            ReviewStatus::Kept | ReviewStatus::Done | ReviewStatus::GoingWell => "✓",
            ReviewStatus::Broken | ReviewStatus::NotDone | ReviewStatus::NotKept => "✗",
            ReviewStatus::Late => "!",
            ReviewStatus::Dropped | ReviewStatus::Stopped => "■",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReviewTarget {
    Condition(Id),
    Action(Id),
}

impl ReviewTarget {
    pub fn id(self) -> Id {
        match self {
            ReviewTarget::Condition(i) | ReviewTarget::Action(i) => i,
        }
    }
}

/// What kind of item a review line is about; it decides the outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Condition,
    /// A one-off agreement (eenmalig), or one whose term is not understood.
    Once,
    /// A standing agreement (doorlopend).
    Standing,
}

impl ItemKind {
    /// The outcomes the review offers, in the order `Space` cycles them.
    pub fn choices(self) -> &'static [ReviewStatus] {
        match self {
            // A condition can be retired too (vervalt, with the reason):
            // none lives forever, and none leaves without a decision.
            ItemKind::Condition => &[
                ReviewStatus::Kept,
                ReviewStatus::Broken,
                ReviewStatus::Dropped,
            ],
            ItemKind::Once => &[
                ReviewStatus::Done,
                ReviewStatus::NotDone,
                ReviewStatus::Late,
                ReviewStatus::Dropped,
            ],
            ItemKind::Standing => &[
                ReviewStatus::GoingWell,
                ReviewStatus::NotKept,
                ReviewStatus::Stopped,
            ],
        }
    }
}

/// One line of the review of the previous meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewItem {
    pub target: ReviewTarget,
    /// What the item said in the previous meeting, kept so the review reads on
    /// its own.
    pub text: String,
    /// A standing agreement (doorlopend) when it was carried.
    #[serde(default, skip_serializing_if = "is_false")]
    pub standing: bool,
    /// `None`: not decided yet ("nog bespreken"); it is carried again.
    #[serde(default)]
    pub status: Option<ReviewStatus>,
    /// What happened, or the reason for ending it.
    #[serde(default)]
    pub note: String,
    /// When it happened (a condition not kept), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ReviewItem {
    pub fn kind(&self) -> ItemKind {
        match self.target {
            ReviewTarget::Condition(_) => ItemKind::Condition,
            ReviewTarget::Action(_) if self.standing => ItemKind::Standing,
            ReviewTarget::Action(_) => ItemKind::Once,
        }
    }

    /// The statuses that make sense for this item.
    pub fn choices(&self) -> &'static [ReviewStatus] {
        self.kind().choices()
    }

    /// The next status for `Space`: through the choices, then undecided.
    pub fn next_status(&self) -> Option<ReviewStatus> {
        let choices = self.choices();
        match self
            .status
            .and_then(|s| choices.iter().position(|c| *c == s))
        {
            None => choices.first().copied(),
            Some(i) => choices.get(i + 1).copied(),
        }
    }
}
