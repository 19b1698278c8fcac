//! Consistency of a session beyond its syntax: ids unique, references valid.

use super::{Id, Session};
use std::collections::HashSet;

/// A problem found in a session, with the id it is about (to point at it).
#[derive(Debug, Clone, PartialEq)]
pub struct Inconsistency {
    pub id: Option<Id>,
    pub problem: Mismatch,
}

/// What does not fit; `i18n` says it in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Mismatch {
    DuplicateId(Id),
    UnknownFact {
        situation: Id,
        fact: Id,
    },
    UnknownSituation {
        condition: Id,
        situation: Id,
    },
    UnknownParticipant {
        scale: String,
        participant: Id,
    },
    DoubleAnswer {
        scale: String,
        participant: Id,
    },
    DoubleScale(String),
    DoubleReview(Id),
    /// An item is not to be shared with someone who is no participant.
    UnknownNotFor {
        item: Id,
        participant: Id,
    },
}

impl Session {
    /// Everything that does not fit together; empty when the session is sound.
    pub fn inconsistencies(&self) -> Vec<Inconsistency> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let ids = self
            .participants
            .iter()
            .map(|p| p.id)
            .chain(self.facts.iter().map(|f| f.id))
            .chain(self.top3.items().iter().map(|s| s.id))
            .chain(self.scales.iter().map(|s| s.id))
            .chain(self.conditions.iter().map(|c| c.id))
            .chain(self.actions.iter().map(|a| a.id))
            .chain(self.notes.iter().map(|n| n.id))
            .chain(
                self.scales
                    .iter()
                    .flat_map(|s| s.apart.iter().map(|a| a.id)),
            )
            .chain(self.lists.iter().flat_map(|l| l.rows.iter().map(|r| r.id)));
        for id in ids {
            if !seen.insert(id) {
                out.push(Inconsistency {
                    id: Some(id),
                    problem: Mismatch::DuplicateId(id),
                });
            }
        }
        for s in self.top3.items() {
            for f in &s.facts {
                if self.fact(*f).is_none() {
                    out.push(Inconsistency {
                        id: Some(s.id),
                        problem: Mismatch::UnknownFact {
                            situation: s.id,
                            fact: *f,
                        },
                    });
                }
            }
        }
        for c in &self.conditions {
            if let Some(sit) = c.situation
                && self.top3.get(sit).is_none()
            {
                out.push(Inconsistency {
                    id: Some(c.id),
                    problem: Mismatch::UnknownSituation {
                        condition: c.id,
                        situation: sit,
                    },
                });
            }
        }
        for scale in &self.scales {
            let mut answered = HashSet::new();
            for a in &scale.answers {
                if self.participant(a.participant).is_none() {
                    out.push(Inconsistency {
                        id: Some(scale.id),
                        problem: Mismatch::UnknownParticipant {
                            scale: scale.key.clone(),
                            participant: a.participant,
                        },
                    });
                }
                if !answered.insert(a.participant) {
                    out.push(Inconsistency {
                        id: Some(scale.id),
                        problem: Mismatch::DoubleAnswer {
                            scale: scale.key.clone(),
                            participant: a.participant,
                        },
                    });
                }
            }
        }
        let mut keys = HashSet::new();
        for scale in &self.scales {
            if !keys.insert(scale.key.as_str()) {
                out.push(Inconsistency {
                    id: Some(scale.id),
                    problem: Mismatch::DoubleScale(scale.key.clone()),
                });
            }
        }
        for (item, v) in self.visibilities() {
            if let super::Visibility::NietDelenMet(ids) = v {
                for id in ids.iter().filter(|id| self.participant(**id).is_none()) {
                    out.push(Inconsistency {
                        id: Some(item),
                        problem: Mismatch::UnknownNotFor {
                            item,
                            participant: *id,
                        },
                    });
                }
            }
        }
        let mut reviewed = HashSet::new();
        for r in &self.review {
            if !reviewed.insert(r.target) {
                let id = r.target.id();
                out.push(Inconsistency {
                    id: Some(id),
                    problem: Mismatch::DoubleReview(id),
                });
            }
        }
        out
    }
}
