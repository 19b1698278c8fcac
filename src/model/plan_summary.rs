//! The plan of a finished phase in short, kept with the meetings of the
//! next phase so the new plan can build on it.

use super::{Phase, Term};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agreement as it stood when its phase ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub what: String,
    /// The deadline (version-1 files; a one-off agreement's deadline).
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// When it runs (version 2 on); `None` in version-1 files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
}

/// The plan of a finished phase in short, kept in the first meeting of the
/// next phase (and in the meetings after it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSummary {
    pub phase: Phase,
    /// Date of the last meeting of that phase.
    pub date: NaiveDate,
    /// The TOP 3 of that phase, most important first.
    #[serde(default)]
    pub top3: Vec<String>,
    #[serde(default)]
    pub conditions: Vec<String>,
    /// The agreements still running when the phase ended.
    #[serde(default)]
    pub open_actions: Vec<PlanAction>,
}

impl PlanAction {
    /// When it runs: the term, or a version-1 deadline.
    pub fn term(&self) -> Term {
        self.term.clone().unwrap_or(Term::Once { due: self.due })
    }
}
