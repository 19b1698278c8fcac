use super::Id;
use serde::{Deserialize, Serialize};

/// One of the ranked unsafe situations (onveilige situaties).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: Id,
    pub text: String,
    /// The facts this situation was chosen from, if any.
    #[serde(default)]
    pub facts: Vec<Id>,
}

/// More than three situations; `i18n` says it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Top3Error(pub usize);

/// Up to three unsafe situations, most important first. More than three
/// cannot be constructed, also not by loading a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(try_from = "Vec<Situation>", into = "Vec<Situation>")]
pub struct Top3(Vec<Situation>);

impl Top3 {
    pub const MAX: usize = 3;

    pub fn new(items: Vec<Situation>) -> Result<Self, Top3Error> {
        if items.len() > Self::MAX {
            return Err(Top3Error(items.len()));
        }
        Ok(Top3(items))
    }

    pub fn items(&self) -> &[Situation] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.0.len() >= Self::MAX
    }

    pub fn get(&self, id: Id) -> Option<&Situation> {
        self.0.iter().find(|s| s.id == id)
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut Situation> {
        self.0.get_mut(index)
    }

    /// Rank (1-based) of a situation.
    pub fn rank(&self, id: Id) -> Option<usize> {
        self.0.iter().position(|s| s.id == id).map(|i| i + 1)
    }

    /// Adds a situation at the bottom; refused when three are already chosen.
    pub fn push(&mut self, situation: Situation) -> Result<(), Top3Error> {
        if self.is_full() {
            return Err(Top3Error(self.0.len() + 1));
        }
        self.0.push(situation);
        Ok(())
    }

    pub fn remove(&mut self, index: usize) -> Option<Situation> {
        (index < self.0.len()).then(|| self.0.remove(index))
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        if a < self.0.len() && b < self.0.len() {
            self.0.swap(a, b);
        }
    }
}

impl TryFrom<Vec<Situation>> for Top3 {
    type Error = Top3Error;
    fn try_from(value: Vec<Situation>) -> Result<Self, Self::Error> {
        Top3::new(value)
    }
}

impl From<Top3> for Vec<Situation> {
    fn from(value: Top3) -> Self {
        value.0
    }
}
