//! The roles around a case and a meeting (DOMAIN.md §4): who leads the case
//! (casusregie), who guards the process (procesregie), who leads a meeting
//! and under which title, and the experts' rings at an expertoverleg.

use super::MeetingKind;
use serde::{Deserialize, Serialize};

/// The title of whoever leads a meeting. It follows the meeting kind: an
/// MDA++ expertoverleg is led by its independent *voorzitter*; a network
/// meeting (or casusoverleg) by the *coördinator* or a *gespreksleider*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeaderTitle {
    /// The independent chair of an MDA++ expertoverleg.
    Voorzitter,
    /// The MDA++ coördinator (casusregisseur), who also leads the network
    /// meetings.
    Coordinator,
    /// Whoever leads a network meeting without being its coördinator.
    Gespreksleider,
}

impl LeaderTitle {
    /// The title a meeting of `kind` gives its leader, with `chosen` the
    /// title recorded in the session: an expertoverleg always has a
    /// voorzitter; elsewhere the coördinator leads unless a gespreksleider
    /// was chosen (a voorzitter recorded for a network meeting is read as
    /// its coördinator).
    pub fn for_kind(kind: MeetingKind, chosen: Option<LeaderTitle>) -> LeaderTitle {
        match (kind, chosen) {
            (MeetingKind::Expertoverleg, _) => LeaderTitle::Voorzitter,
            (_, Some(LeaderTitle::Gespreksleider)) => LeaderTitle::Gespreksleider,
            _ => LeaderTitle::Coordinator,
        }
    }

    /// The titles a meeting of `kind` can give its leader, the default first.
    pub fn choices(kind: MeetingKind) -> &'static [LeaderTitle] {
        match kind {
            MeetingKind::Expertoverleg => &[LeaderTitle::Voorzitter],
            _ => &[LeaderTitle::Coordinator, LeaderTitle::Gespreksleider],
        }
    }

    /// A leader who guards the process, not the content: the voorzitter and
    /// a gespreksleider are not asked for a score; the coördinator, who is
    /// the case's casusregisseur, is.
    pub fn gives_no_score(self) -> bool {
        matches!(self, LeaderTitle::Voorzitter | LeaderTitle::Gespreksleider)
    }
}

/// The ring of an MDA++ expert: the *eerste schil* is trained and at every
/// expertoverleg; the *tweede schil* is called in when a case needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Ring {
    Eerste,
    Tweede,
}

/// Who holds the roles around a case. Both are names (or a role such as
/// "coördinator MDA++ Voorbeeldregio"); empty: not recorded.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRoles {
    /// The casusregisseur: leads the case (casusregie), contact for the
    /// client; in MDA++ the coördinator.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub casusregisseur: String,
    /// The (gemeentelijke) procesregisseur: guards the process and the
    /// cooperation agreements, registers the case with MDA++.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub procesregisseur: String,
}

impl CaseRoles {
    pub fn is_empty(&self) -> bool {
        self.casusregisseur.trim().is_empty() && self.procesregisseur.trim().is_empty()
    }
}

/// Whether the client attends an expertoverleg: a decision the coördinator
/// and the voorzitter make together, with its reason (DOMAIN.md §3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientAttendance {
    /// The client (or clients) take part.
    pub attends: bool,
    /// Why (not), as agreed.
    #[serde(default)]
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_follows_the_meeting_kind() {
        use LeaderTitle::*;
        let t = LeaderTitle::for_kind;
        assert_eq!(t(MeetingKind::Expertoverleg, None), Voorzitter);
        assert_eq!(
            t(MeetingKind::Expertoverleg, Some(Gespreksleider)),
            Voorzitter
        );
        assert_eq!(t(MeetingKind::Netwerkoverleg, None), Coordinator);
        assert_eq!(
            t(MeetingKind::Netwerkoverleg, Some(Voorzitter)),
            Coordinator
        );
        assert_eq!(
            t(MeetingKind::Netwerkoverleg, Some(Gespreksleider)),
            Gespreksleider
        );
        assert_eq!(t(MeetingKind::Casusoverleg, None), Coordinator);
    }
}
