use super::{Id, Score};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Someone spoken to apart from the meeting, most often a child: who,
/// by whom, when and how, what they said, and their own answer to the scale
/// question. Kept apart from the room's scores: it never counts in the
/// room's median (DOMAIN.md §2.2, §6 "Children: talk with them directly").
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApartAnswer {
    pub id: Id,
    /// Who was spoken to ("zoon, 9").
    #[serde(default)]
    pub who: String,
    /// Who spoke with them.
    #[serde(default)]
    pub by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
    /// How: "de drie huizen", a drawing, a walk.
    #[serde(default)]
    pub how: String,
    /// Their own words.
    #[serde(default)]
    pub words: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
}

impl ApartAnswer {
    pub fn new(id: Id) -> Self {
        ApartAnswer {
            id,
            ..ApartAnswer::default()
        }
    }
}
