use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable identifier of an item within a case. Carried forward unchanged from
/// meeting to meeting so that a review can refer to the item it reviews.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Id(pub u64);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}
