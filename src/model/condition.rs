use super::{Id, Phase, Visibility};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A veiligheidsvoorwaarde: a concrete, observable condition for safety,
/// with who watches it and what happens when it is not kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: Id,
    /// The TOP-3 situation it belongs to; `None` while not yet tied to one.
    /// After a phase change it keeps the old situation, described in
    /// `origin`.
    #[serde(default)]
    pub situation: Option<Id>,
    pub text: String,
    /// Who monitors it (bewaakt door).
    #[serde(default)]
    pub monitored_by: String,
    /// What happens, and who calls whom, when it is not kept.
    #[serde(default)]
    pub if_broken: String,
    /// The date of the meeting that set it.
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// Set in the plan of an earlier phase, and still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// Who may see it (iedereen when not said).
    #[serde(default, skip_serializing_if = "Visibility::is_default")]
    pub visibility: Visibility,
}

/// Where a condition from an earlier phase comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    pub phase: Phase,
    /// The TOP-3 situation it belonged to there (empty when not known).
    #[serde(default)]
    pub situation: String,
}

/// The distinct earlier plans `conditions` come from, in order of first
/// appearance: how screens and the plan group them.
pub fn origins_of<'a>(conditions: impl IntoIterator<Item = &'a Condition>) -> Vec<&'a Origin> {
    let mut out: Vec<&Origin> = Vec::new();
    for o in conditions.into_iter().filter_map(|c| c.origin.as_ref()) {
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

impl Condition {
    pub fn new(id: Id, situation: Option<Id>) -> Self {
        Condition {
            id,
            situation,
            text: String::new(),
            monitored_by: String::new(),
            if_broken: String::new(),
            since: None,
            origin: None,
            visibility: Visibility::Iedereen,
        }
    }
}
