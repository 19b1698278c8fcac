use super::Id;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A score on the 0–10 scale. A value above 10 cannot be constructed, also
/// not by loading a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

/// A number outside 0–10; `i18n` says it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreError(pub i64);

impl Score {
    pub const MAX: u8 = 10;
    /// Directe veiligheid needs at least a 6 (DOMAIN.md §1.3).
    pub const DEFAULT_THRESHOLD: Score = Score(6);

    pub fn new(value: u8) -> Result<Self, ScoreError> {
        if value > Self::MAX {
            Err(ScoreError(value.into()))
        } else {
            Ok(Score(value))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Score {
    type Error = ScoreError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Score::new(value)
    }
}

impl From<Score> for u8 {
    fn from(value: Score) -> Self {
        value.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One participant's answer to a scale question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleAnswer {
    pub participant: Id,
    #[serde(default)]
    pub score: Option<Score>,
    #[serde(default)]
    pub why_not_lower: String,
    #[serde(default)]
    pub why_not_higher: String,
    /// What would make it one higher?
    #[serde(default)]
    pub one_higher: String,
}

impl ScaleAnswer {
    pub fn new(participant: Id) -> Self {
        ScaleAnswer {
            participant,
            score: None,
            why_not_lower: String::new(),
            why_not_higher: String::new(),
            one_higher: String::new(),
        }
    }
}

/// A scale question (schaalvraag) as asked in one meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: Id,
    /// Which question of the layout this is ("veiligheid"), so that the same
    /// question can be followed from meeting to meeting.
    pub key: String,
    pub question: String,
    #[serde(default = "default_threshold")]
    pub threshold: Score,
    #[serde(default)]
    pub answers: Vec<ScaleAnswer>,
    /// The room does not see the scores yet: asked on a layout step that
    /// hides them, the wall shows who has scored, not what, until the
    /// facilitator reveals them all at once (which clears this). Files
    /// written before this field show their scores as they always did.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Answers of people spoken to apart (children): shown beside the
    /// room's scores, never counted in them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apart: Vec<super::ApartAnswer>,
}

fn default_threshold() -> Score {
    Score::DEFAULT_THRESHOLD
}

/// Lowest, median and highest of the scores given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub count: usize,
    pub min: Score,
    pub max: Score,
    /// The median; with an even count the mean of the two middle scores.
    pub median: f32,
}

impl Scale {
    pub fn new(id: Id, key: impl Into<String>, question: impl Into<String>) -> Self {
        Scale {
            id,
            key: key.into(),
            question: question.into(),
            threshold: Score::DEFAULT_THRESHOLD,
            answers: Vec::new(),
            hidden: false,
            apart: Vec::new(),
        }
    }

    pub fn answer(&self, participant: Id) -> Option<&ScaleAnswer> {
        self.answers.iter().find(|a| a.participant == participant)
    }

    /// The answer of a participant, created empty when there is none yet.
    pub fn answer_mut(&mut self, participant: Id) -> &mut ScaleAnswer {
        if let Some(i) = self
            .answers
            .iter()
            .position(|a| a.participant == participant)
        {
            &mut self.answers[i]
        } else {
            self.answers.push(ScaleAnswer::new(participant));
            self.answers.last_mut().expect("just pushed")
        }
    }

    pub fn scores(&self) -> Vec<Score> {
        self.answers.iter().filter_map(|a| a.score).collect()
    }

    pub fn stats(&self) -> Option<Stats> {
        stats_of(&self.scores())
    }

    /// The scores of those spoken to apart; never part of `scores`.
    pub fn apart_scores(&self) -> Vec<Score> {
        self.apart.iter().filter_map(|a| a.score).collect()
    }

    pub fn apart_answer(&self, id: Id) -> Option<&super::ApartAnswer> {
        self.apart.iter().find(|a| a.id == id)
    }
}

/// Statistics over any set of scores; `None` when there are none.
pub fn stats_of(scores: &[Score]) -> Option<Stats> {
    let mut sorted: Vec<u8> = scores.iter().map(|s| s.value()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_unstable();
    let n = sorted.len();
    let median = if n % 2 == 1 {
        f32::from(sorted[n / 2])
    } else {
        (f32::from(sorted[n / 2 - 1]) + f32::from(sorted[n / 2])) / 2.0
    };
    Some(Stats {
        count: n,
        min: Score(sorted[0]),
        max: Score(sorted[n - 1]),
        median,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_above_ten_is_refused() {
        assert!(Score::new(10).is_ok());
        assert_eq!(Score::new(11), Err(ScoreError(11)));
    }

    #[test]
    fn median_of_even_count_is_mean_of_middle() {
        let s: Vec<Score> = [3, 7, 5, 6]
            .iter()
            .map(|v| Score::new(*v).unwrap())
            .collect();
        let st = stats_of(&s).unwrap();
        assert_eq!(st.min.value(), 3);
        assert_eq!(st.max.value(), 7);
        assert!((st.median - 5.5).abs() < f32::EPSILON);
    }
}
