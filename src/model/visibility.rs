//! Who may see an item of a meeting: everyone (the default), professionals
//! only, or everyone except some participants. The wall and every export
//! made for an audience leave out what that audience may not see.

use super::{Group, Id, MeetingKind, Session};
use serde::{Deserialize, Serialize};

/// Who may see a fact, a fact's reporter, a note, a condition, an
/// agreement or a participant's details.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Visibility {
    /// Iedereen: everyone at the table and every copy.
    #[default]
    Iedereen,
    /// Alleen professionals: never the family's or the network's copy, and
    /// never a wall that is for the family.
    AlleenProfessionals,
    /// Niet delen met: not with these participants (by id), nor in a copy
    /// for their group, nor on a wall while one of them is present.
    NietDelenMet(Vec<Id>),
}

impl Visibility {
    pub fn is_default(&self) -> bool {
        *self == Visibility::Iedereen
    }

    /// Anything but iedereen. `NietDelenMet` with nobody named is not.
    pub fn is_restricted(&self) -> bool {
        match self {
            Visibility::Iedereen => false,
            Visibility::AlleenProfessionals => true,
            Visibility::NietDelenMet(ids) => !ids.is_empty(),
        }
    }
}

/// For whom a copy (or the wall) is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// The family (gezin).
    Gezin,
    /// The network around the family.
    Netwerk,
    /// The professionals.
    Professionals,
    /// One participant of the meeting.
    Person(Id),
}

/// Who reads a copy or a wall: whether professionals-only items may show,
/// and the people whose "niet delen met" leaves an item out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Readers {
    pub professionals: bool,
    pub people: Vec<Id>,
}

impl Readers {
    /// May these readers see an item with this visibility?
    pub fn may_see(&self, v: &Visibility) -> bool {
        match v {
            Visibility::Iedereen => true,
            Visibility::AlleenProfessionals => self.professionals,
            Visibility::NietDelenMet(ids) => !ids.iter().any(|id| self.people.contains(id)),
        }
    }
}

impl Audience {
    /// The readers of a copy for this audience. A participant whose group
    /// is not said counts as a reader of the family's and the network's
    /// copy (the safe side), never as a professional.
    pub fn readers(self, s: &Session) -> Readers {
        // Someone named in "niet delen met" who is no participant (any
        // more) is of no known group either: the safe side again.
        let gone = s.not_for_unknown();
        let in_group = |want: Group, unknown: bool| -> Vec<Id> {
            let mut ids: Vec<Id> = s
                .participants
                .iter()
                .filter(|p| p.group == Some(want) || (unknown && p.group.is_none()))
                .map(|p| p.id)
                .collect();
            if unknown {
                ids.extend(gone.iter().copied());
            }
            ids
        };
        match self {
            Audience::Gezin => Readers {
                professionals: false,
                people: in_group(Group::Gezin, true),
            },
            Audience::Netwerk => Readers {
                professionals: false,
                people: in_group(Group::Netwerk, true),
            },
            Audience::Professionals => Readers {
                professionals: true,
                people: in_group(Group::Professional, false),
            },
            Audience::Person(id) => Readers {
                professionals: s
                    .participant(id)
                    .is_some_and(|p| p.group == Some(Group::Professional)),
                people: vec![id],
            },
        }
    }

    /// The cycle of the wall's audience: automatic → gezin → professionals
    /// → automatic.
    pub fn cycle_wall(current: Option<Audience>) -> Option<Audience> {
        match current {
            None => Some(Audience::Gezin),
            Some(Audience::Professionals) => None,
            Some(_) => Some(Audience::Professionals),
        }
    }
}

impl MeetingKind {
    /// A meeting of professionals (casusoverleg, expertoverleg): without
    /// the family present, its wall is for professionals.
    fn is_for_professionals(self) -> bool {
        matches!(self, MeetingKind::Casusoverleg | MeetingKind::Expertoverleg)
    }
}

impl Session {
    /// Whom the wall is for when the meeting does not say: the family as
    /// soon as anyone of the family or the network is present, also when
    /// nobody's group is known; a casus- or expertoverleg (or a meeting
    /// of only professionals) without them is for professionals.
    pub fn default_wall_audience(&self) -> Audience {
        let mut present = self.present().peekable();
        if present.peek().is_none() {
            return if self.kind.is_for_professionals() {
                Audience::Professionals
            } else {
                Audience::Gezin
            };
        }
        let family = self
            .present()
            .any(|p| matches!(p.group, Some(Group::Gezin | Group::Netwerk)));
        if family {
            return Audience::Gezin;
        }
        let all_professional = self.present().all(|p| p.group == Some(Group::Professional));
        if all_professional || self.kind.is_for_professionals() {
            Audience::Professionals
        } else {
            Audience::Gezin
        }
    }

    /// Whom the wall is for: the meeting's choice, else the default.
    pub fn wall_audience(&self) -> Audience {
        match self.wall_audience {
            Some(Audience::Person(_)) | None => self.default_wall_audience(),
            Some(a) => a,
        }
    }

    /// Who reads the wall: everyone present, and professionals-only items
    /// only when the wall is for professionals.
    pub fn wall_readers(&self) -> Readers {
        Readers {
            professionals: self.wall_audience() == Audience::Professionals,
            people: self.present().map(|p| p.id).collect(),
        }
    }

    /// Every visibility of the session's items, with the item's id.
    pub fn visibilities(&self) -> impl Iterator<Item = (Id, &Visibility)> {
        self.facts
            .iter()
            .flat_map(|f| [(f.id, &f.visibility), (f.id, &f.reporter_visibility)])
            .chain(self.notes.iter().map(|n| (n.id, &n.visibility)))
            .chain(self.conditions.iter().map(|c| (c.id, &c.visibility)))
            .chain(self.actions.iter().map(|a| (a.id, &a.visibility)))
            .chain(self.participants.iter().map(|p| (p.id, &p.visibility)))
    }

    /// Ids named in "niet delen met" that are no participant of this
    /// meeting (removed, or a file edited by hand), each once.
    pub fn not_for_unknown(&self) -> Vec<Id> {
        let mut out: Vec<Id> = Vec::new();
        for (_, v) in self.visibilities() {
            if let Visibility::NietDelenMet(ids) = v {
                for id in ids {
                    if self.participant(*id).is_none() && !out.contains(id) {
                        out.push(*id);
                    }
                }
            }
        }
        out
    }

    /// How many items are not for everyone (facts, reporters, notes that
    /// are not private, conditions, agreements, participants' details).
    pub fn restricted_count(&self) -> usize {
        let r = |v: &Visibility| usize::from(v.is_restricted());
        self.facts
            .iter()
            .map(|f| r(&f.visibility) + r(&f.reporter_visibility))
            .sum::<usize>()
            + self
                .notes
                .iter()
                .filter(|n| !n.private)
                .map(|n| r(&n.visibility))
                .sum::<usize>()
            + self
                .conditions
                .iter()
                .map(|c| r(&c.visibility))
                .sum::<usize>()
            + self.actions.iter().map(|a| r(&a.visibility)).sum::<usize>()
            + self
                .participants
                .iter()
                .map(|p| r(&p.visibility))
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, CaseCode, Participant, Phase};

    fn session(kind: MeetingKind) -> Session {
        Session::new(
            Case::new(CaseCode::new("T-1").unwrap()),
            kind,
            Phase::DirecteVeiligheid,
            "x",
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        )
    }

    fn person(id: u64, group: Option<Group>) -> Participant {
        let mut p = Participant::new(Id(id), format!("P{id}"));
        p.group = group;
        p
    }

    #[test]
    fn the_wall_is_for_the_family_when_anyone_of_family_or_network_is_present() {
        let mut s = session(MeetingKind::Expertoverleg);
        s.participants = vec![
            person(1, Some(Group::Professional)),
            person(2, Some(Group::Professional)),
        ];
        assert_eq!(s.wall_audience(), Audience::Professionals);
        s.participants.push(person(3, Some(Group::Netwerk)));
        assert_eq!(s.wall_audience(), Audience::Gezin);
        s.participants[2].attendance = crate::model::Attendance::Absent;
        assert_eq!(s.wall_audience(), Audience::Professionals);
        let mut n = session(MeetingKind::Netwerkoverleg);
        n.participants = vec![person(1, None), person(2, Some(Group::Professional))];
        assert_eq!(n.wall_audience(), Audience::Gezin, "unknown: the safe side");
        n.wall_audience = Some(Audience::Professionals);
        assert_eq!(n.wall_audience(), Audience::Professionals);
    }

    #[test]
    fn readers_see_what_is_for_them() {
        let mut s = session(MeetingKind::Netwerkoverleg);
        s.participants = vec![
            person(1, Some(Group::Gezin)),
            person(2, Some(Group::Netwerk)),
            person(3, Some(Group::Professional)),
            person(4, None),
        ];
        let pro = Visibility::AlleenProfessionals;
        let not1 = Visibility::NietDelenMet(vec![Id(1)]);
        let not3 = Visibility::NietDelenMet(vec![Id(3)]);
        let not4 = Visibility::NietDelenMet(vec![Id(4)]);
        let gezin = Audience::Gezin.readers(&s);
        assert!(!gezin.may_see(&pro) && !gezin.may_see(&not1) && gezin.may_see(&not3));
        assert!(
            !gezin.may_see(&not4),
            "group unknown: left out of the family's copy"
        );
        let netwerk = Audience::Netwerk.readers(&s);
        assert!(netwerk.may_see(&not1) && !netwerk.may_see(&not4) && !netwerk.may_see(&pro));
        let prof = Audience::Professionals.readers(&s);
        assert!(prof.may_see(&pro) && prof.may_see(&not1) && !prof.may_see(&not3));
        assert!(prof.may_see(&not4));
        let one = Audience::Person(Id(3)).readers(&s);
        assert!(one.may_see(&pro) && !one.may_see(&not3) && one.may_see(&not1));
        let two = Audience::Person(Id(2)).readers(&s);
        assert!(!two.may_see(&pro) && two.may_see(&not1));
        assert!(gezin.may_see(&Visibility::NietDelenMet(Vec::new())));
    }
}
