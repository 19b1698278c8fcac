//! Consistency of a session beyond its syntax: ids unique, references valid.

use super::{Id, ReviewTarget, Session};
use crate::i18n::T;
use std::collections::HashSet;

/// A problem found in a session, with the id it is about (to point at it).
#[derive(Debug, Clone, PartialEq)]
pub struct Inconsistency {
    pub id: Option<Id>,
    pub message: String,
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
            .chain(self.notes.iter().map(|n| n.id));
        for id in ids {
            if !seen.insert(id) {
                out.push(Inconsistency {
                    id: Some(id),
                    message: T::ErrDuplicateId.fmt(&[&id.0]),
                });
            }
        }
        for s in self.top3.items() {
            for f in &s.facts {
                if self.fact(*f).is_none() {
                    out.push(Inconsistency {
                        id: Some(s.id),
                        message: T::ErrUnknownFact.fmt(&[&s.id.0, &f.0]),
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
                    message: T::ErrUnknownSituation.fmt(&[&c.id.0, &sit.0]),
                });
            }
        }
        for scale in &self.scales {
            let mut answered = HashSet::new();
            for a in &scale.answers {
                if self.participant(a.participant).is_none() {
                    out.push(Inconsistency {
                        id: Some(scale.id),
                        message: T::ErrUnknownParticipant.fmt(&[&scale.key, &a.participant.0]),
                    });
                }
                if !answered.insert(a.participant) {
                    out.push(Inconsistency {
                        id: Some(scale.id),
                        message: T::ErrDoubleAnswer.fmt(&[&scale.key, &a.participant.0]),
                    });
                }
            }
        }
        let mut keys = HashSet::new();
        for scale in &self.scales {
            if !keys.insert(scale.key.as_str()) {
                out.push(Inconsistency {
                    id: Some(scale.id),
                    message: T::ErrDoubleScale.fmt(&[&scale.key]),
                });
            }
        }
        let mut reviewed = HashSet::new();
        for r in &self.review {
            if !reviewed.insert(r.target) {
                let id = match r.target {
                    ReviewTarget::Condition(i) | ReviewTarget::Action(i) => i,
                };
                out.push(Inconsistency {
                    id: Some(id),
                    message: T::ErrDoubleReview.fmt(&[&id.0]),
                });
            }
        }
        out
    }
}
