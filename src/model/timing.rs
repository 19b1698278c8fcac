use serde::{Deserialize, Serialize};

/// Time spent on one step of the layout, in whole seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTime {
    /// Index of the step in the layout.
    pub step: usize,
    pub seconds: u64,
}

/// Where the time of a meeting went: saved with the session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timing(pub Vec<StepTime>);

impl Timing {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn of_step(&self, step: usize) -> u64 {
        self.0
            .iter()
            .find(|t| t.step == step)
            .map_or(0, |t| t.seconds)
    }

    pub fn total(&self) -> u64 {
        self.0.iter().map(|t| t.seconds).sum()
    }

    pub fn add(&mut self, step: usize, seconds: u64) {
        match self.0.iter_mut().find(|t| t.step == step) {
            Some(t) => t.seconds += seconds,
            None => {
                self.0.push(StepTime { step, seconds });
                self.0.sort_by_key(|t| t.step);
            }
        }
    }
}

/// "4:05" or "1:02:30".
pub fn clock_text(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}
