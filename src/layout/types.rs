use crate::i18n::Text;
use crate::model::{FactKind, MeetingKind, Phase};
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
    /// The proactive scenario: what happens at the next incident.
    Scenario,
    /// What the children (or anyone spoken to apart) say, and their own
    /// answer to the scale question named by `scale`.
    Voices,
    /// A generic list with the columns the layout names (`list`, `columns`).
    List,
}

impl StepKind {
    pub const ALL: [StepKind; 14] = [
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
        StepKind::Scenario,
        StepKind::Voices,
        StepKind::List,
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
    /// For a scale step: the wall shows who has scored, not the scores,
    /// until the facilitator reveals them all at once. `None`: hidden (the
    /// method asks everyone to choose before hearing the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hide_scores: Option<bool>,
    /// For a facts step: the kind of fact it asks for, which `a` adds.
    /// `None`: eerste in a case's first meeting, actuele after that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact_kind: Option<FactKind>,
    /// For a list step: the name its rows are saved under in the session
    /// (lowercase letters, digits, dashes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// For a list step: its columns, each a field of a row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<Column>,
    /// For a list step: the column of the Signs-of-Safety mapping it fills.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<Mapping>,
}

/// A column of a list step: a field of each row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// The name the text is saved under (lowercase letters, digits, dashes).
    pub key: String,
    pub title: Text,
    /// A question or example shown under the title in the form.
    #[serde(default)]
    pub hint: Text,
    /// Several lines of text (else one line).
    #[serde(default)]
    pub long: bool,
}

/// Where a list step's rows go in the Signs-of-Safety mapping (the familiar
/// three columns, complicating factors below them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mapping {
    /// Zorgen: harm and danger statements.
    Zorgen,
    /// Wat gaat goed: existing safety and strengths.
    GaatGoed,
    /// Wat moet er gebeuren: safety goals and next steps.
    MoetGebeuren,
    /// Complicerende factoren.
    Complicerend,
}

impl Step {
    pub fn scale_key(&self) -> &str {
        self.scale.as_deref().unwrap_or("veiligheid")
    }

    /// A scale step that keeps the scores off the wall until revealed.
    pub fn hides_scores(&self) -> bool {
        self.kind == StepKind::Scale && self.hide_scores.unwrap_or(true)
    }

    /// A list step's key: its `list`, else "lijst".
    pub fn list_key(&self) -> &str {
        self.list.as_deref().unwrap_or("lijst")
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
        self.problems_at().into_iter().map(|(_, p)| p).collect()
    }

    /// What is wrong, each with the index of the step it is about (`None`:
    /// the layout as a whole), so that `top3 check` can point at it.
    pub fn problems_at(&self) -> Vec<(Option<usize>, String)> {
        use crate::i18n::T;
        let mut out = Vec::new();
        if !valid_name(&self.name) {
            out.push((None, T::LayoutBadName.fmt(&[&self.name])));
        }
        if self.steps.is_empty() {
            out.push((None, T::LayoutNoSteps.s().to_string()));
        }
        let mut lists: Vec<&str> = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let n = i + 1;
            let mut at = |p: String| out.push((Some(i), p));
            if step.title.nl.trim().is_empty() {
                at(T::LayoutStepNoTitle.fmt(&[&n]));
            }
            if step.scale.is_some() && !matches!(step.kind, StepKind::Scale | StepKind::Voices) {
                at(T::LayoutScaleKeyMisplaced.fmt(&[&n]));
            }
            if step.hide_scores.is_some() && step.kind != StepKind::Scale {
                at(T::LayoutHideScoresMisplaced.fmt(&[&n]));
            }
            if step.fact_kind.is_some() && step.kind != StepKind::Facts {
                at(T::LayoutFactKindMisplaced.fmt(&[&n]));
            }
            if step.kind != StepKind::List {
                if step.list.is_some() || !step.columns.is_empty() || step.mapping.is_some() {
                    at(T::LayoutListFieldsMisplaced.fmt(&[&n]));
                }
                continue;
            }
            match step.list.as_deref() {
                None => at(T::LayoutListNoKey.fmt(&[&n])),
                Some(k) if !valid_name(k) => at(T::LayoutListBadKey.fmt(&[&n, &k])),
                Some(k) if lists.contains(&k) => at(T::LayoutListKeyTwice.fmt(&[&n, &k])),
                Some(k) => lists.push(k),
            }
            if step.columns.is_empty() {
                at(T::LayoutListNoColumns.fmt(&[&n]));
            }
            let mut keys: Vec<&str> = Vec::new();
            for (j, c) in step.columns.iter().enumerate() {
                let col = j + 1;
                if !valid_name(&c.key) {
                    at(T::LayoutColumnBadKey.fmt(&[&n, &col, &c.key]));
                } else if keys.contains(&c.key.as_str()) {
                    at(T::LayoutColumnKeyTwice.fmt(&[&n, &c.key]));
                }
                keys.push(&c.key);
                if c.title.nl.trim().is_empty() {
                    at(T::LayoutColumnNoTitle.fmt(&[&n, &col]));
                }
            }
        }
        out
    }

    /// Whether a step fills a column of the Signs-of-Safety mapping.
    pub fn has_mapping(&self) -> bool {
        self.steps.iter().any(|s| s.mapping.is_some())
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
