use crate::i18n::Text;
use crate::model::{MeetingKind, Phase};
use serde::{Deserialize, Serialize};

/// What a step does; each kind has its own screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepKind {
    Participants,
    Review,
    Facts,
    Top3,
    Scale,
    Conditions,
    Actions,
    Notes,
    /// Next meeting date and the last word.
    Closing,
    Summary,
    /// The approach of an MDA++ expertoverleg (leidend): the registration
    /// question, the analysis, the approach per TOP-3 situation, the
    /// experts' doorzettingskracht, what the coördinator takes back.
    Approach,
}

impl StepKind {
    pub const ALL: [StepKind; 11] = [
        StepKind::Participants,
        StepKind::Review,
        StepKind::Facts,
        StepKind::Top3,
        StepKind::Scale,
        StepKind::Conditions,
        StepKind::Actions,
        StepKind::Notes,
        StepKind::Closing,
        StepKind::Summary,
        StepKind::Approach,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    pub title: Text,
    /// The guiding question, large on the wall.
    #[serde(default)]
    pub question: Text,
    /// Hints for the facilitator; never on the wall.
    #[serde(default)]
    pub hints: Vec<Text>,
    /// For a scale step: which scale this is, so it can be followed over
    /// meetings. Defaults to "veiligheid".
    #[serde(default)]
    pub scale: Option<String>,
    /// Time box in minutes.
    #[serde(default)]
    pub minutes: Option<u32>,
}

impl Step {
    pub fn scale_key(&self) -> &str {
        self.scale.as_deref().unwrap_or("veiligheid")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Short name used on the command line and in file names.
    pub name: String,
    pub title: Text,
    pub kind: MeetingKind,
    pub phase: Phase,
    /// The meeting takes the case's current phase instead of `phase` (an
    /// expertoverleg or casusoverleg can be held in any phase); `phase` is
    /// for a case's first meeting.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub follows_case: bool,
    #[serde(default)]
    pub description: Text,
    pub steps: Vec<Step>,
}

impl Layout {
    /// What is wrong with this layout beyond its syntax, as sentences.
    pub fn problems(&self) -> Vec<String> {
        use crate::i18n::T;
        let mut out = Vec::new();
        if !valid_name(&self.name) {
            out.push(T::LayoutBadName.fmt(&[&self.name]));
        }
        if self.steps.is_empty() {
            out.push(T::LayoutNoSteps.s().to_string());
        }
        for (i, step) in self.steps.iter().enumerate() {
            if step.title.nl.trim().is_empty() {
                out.push(T::LayoutStepNoTitle.fmt(&[&(i + 1)]));
            }
            if step.scale.is_some() && step.kind != StepKind::Scale {
                out.push(T::LayoutScaleKeyMisplaced.fmt(&[&(i + 1)]));
            }
        }
        out
    }
}

/// Lowercase letters, digits and dashes: the name goes into file names.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 60
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
}
