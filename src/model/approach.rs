//! What an MDA++ expertoverleg decides: an approach for the case that leads
//! what follows (DOMAIN.md, the meeting kinds: "een aanpak voor de casus, die
//! leidend is voor het vervolg").

use super::{Group, Id, Participant, Session};
use serde::{Deserialize, Serialize};

/// The approach of an expertoverleg. Every part is optional while it is
/// being written; an empty approach is not written to the file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approach {
    /// The question the case was registered with (aanmeldvraag).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    /// The experts' analysis of the case.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub analysis: String,
    /// The approach per TOP-3 situation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<SituationApproach>,
    /// What each expert brings to push it through (doorzettingskracht).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub experts: Vec<ExpertForce>,
    /// What the coördinator takes back to the family, network and
    /// professionals.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub take_back: String,
}

/// The approach for one TOP-3 situation and who acts on it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationApproach {
    pub situation: Id,
    #[serde(default)]
    pub approach: String,
    #[serde(default)]
    pub who: String,
}

/// An expert's doorzettingskracht: whom they escalate to in their own
/// organisation when the approach stalls.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpertForce {
    pub participant: Id,
    #[serde(default)]
    pub escalates_to: String,
}

impl Approach {
    pub fn is_empty(&self) -> bool {
        *self == Approach::default()
    }

    pub fn for_situation(&self, id: Id) -> Option<&SituationApproach> {
        self.situations.iter().find(|s| s.situation == id)
    }

    /// The approach of a situation, made when first written.
    pub fn for_situation_mut(&mut self, id: Id) -> &mut SituationApproach {
        if let Some(i) = self.situations.iter().position(|s| s.situation == id) {
            return &mut self.situations[i];
        }
        self.situations.push(SituationApproach {
            situation: id,
            ..SituationApproach::default()
        });
        self.situations.last_mut().expect("just pushed")
    }

    pub fn for_expert(&self, id: Id) -> Option<&ExpertForce> {
        self.experts.iter().find(|e| e.participant == id)
    }

    pub fn for_expert_mut(&mut self, id: Id) -> &mut ExpertForce {
        if let Some(i) = self.experts.iter().position(|e| e.participant == id) {
            return &mut self.experts[i];
        }
        self.experts.push(ExpertForce {
            participant: id,
            ..ExpertForce::default()
        });
        self.experts.last_mut().expect("just pushed")
    }

    /// Drops parts that were emptied again, so an untouched approach stays
    /// out of the file.
    pub fn tidy(&mut self) {
        self.situations
            .retain(|s| !s.approach.trim().is_empty() || !s.who.trim().is_empty());
        self.experts.retain(|e| !e.escalates_to.trim().is_empty());
    }
}

impl Session {
    /// The participants asked for their doorzettingskracht: the
    /// professionals present (marked so, or, without a group, with an
    /// organisation or a ring).
    pub fn experts(&self) -> impl Iterator<Item = &Participant> {
        self.present().filter(|p| match p.group {
            Some(Group::Professional) => true,
            Some(Group::Gezin | Group::Netwerk) => false,
            None => !p.organisation.trim().is_empty() || p.ring.is_some(),
        })
    }
}
