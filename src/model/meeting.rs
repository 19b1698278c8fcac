use serde::{Deserialize, Serialize};

/// The four kinds of meeting the method knows (DOMAIN.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MeetingKind {
    /// TOP-3 netwerkoverleg: with the family and its network.
    Netwerkoverleg,
    /// TOP-3 casusoverleg: the professionals.
    Casusoverleg,
    /// MDA++ expertoverleg: chair with first- and second-ring experts.
    Expertoverleg,
    /// A training session with a fictional case.
    Training,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 4] = [
        MeetingKind::Netwerkoverleg,
        MeetingKind::Casusoverleg,
        MeetingKind::Expertoverleg,
        MeetingKind::Training,
    ];
}

/// The three phases of gefaseerd samenwerken voor veiligheid, each with its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Phase {
    /// Directe veiligheid: TOP 3 Veiligheidsplan.
    DirecteVeiligheid,
    /// Stabiele veiligheid: TOP 3 Hulpverleningsplan.
    StabieleVeiligheid,
    /// Herstel / duurzame veiligheid: TOP 3 Herstelplan.
    Herstel,
}

impl Phase {
    pub const ALL: [Phase; 3] = [
        Phase::DirecteVeiligheid,
        Phase::StabieleVeiligheid,
        Phase::Herstel,
    ];

    /// The phase that follows this one, if any.
    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::DirecteVeiligheid => Some(Phase::StabieleVeiligheid),
            Phase::StabieleVeiligheid => Some(Phase::Herstel),
            Phase::Herstel => None,
        }
    }
}
