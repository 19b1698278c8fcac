//! Names of domain values in the current language.

use super::T;
use crate::model::{
    Attendance, CaseCodeError, FactKind, MeetingKind, Origin, Phase, ReviewStatus, Term,
};
use crate::timeline::{Ending, Mark};
use chrono::NaiveDate;

pub fn kind_name(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::Netwerkoverleg => T::KindNetwerk.s(),
        MeetingKind::Casusoverleg => T::KindCasus.s(),
        MeetingKind::Expertoverleg => T::KindExpert.s(),
        MeetingKind::Training => T::KindTraining.s(),
    }
}

pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::DirecteVeiligheid => T::PhaseDirect.s(),
        Phase::StabieleVeiligheid => T::PhaseStable.s(),
        Phase::Herstel => T::PhaseHerstel.s(),
    }
}

/// A participant's group as a sentence names it ("het gezin").
pub fn group_name(group: crate::model::Group) -> &'static str {
    use crate::model::Group;
    match group {
        Group::Gezin => T::GroupGezin.s(),
        Group::Netwerk => T::GroupNetwerk.s(),
        Group::Professional => T::GroupProfessional.s(),
    }
}

/// A participant's group as a label ("gezin").
pub fn group_label(group: crate::model::Group) -> &'static str {
    use crate::model::Group;
    match group {
        Group::Gezin => T::GroupShortGezin.s(),
        Group::Netwerk => T::GroupShortNetwerk.s(),
        Group::Professional => T::GroupShortProfessional.s(),
    }
}

/// A group as typed: empty is none; a group's label in either language
/// (or its first letters) is that group.
pub fn parse_group(text: &str) -> Result<Option<crate::model::Group>, UnknownGroup> {
    use crate::model::Group;
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    let words: [(Group, &[&str]); 3] = [
        (Group::Gezin, &["gezin", "family"]),
        (Group::Netwerk, &["netwerk", "network"]),
        (Group::Professional, &["professional", "prof"]),
    ];
    words
        .iter()
        .find(|(_, ws)| ws.iter().any(|w| w.starts_with(t.as_str())))
        .map(|(g, _)| Some(*g))
        .ok_or(UnknownGroup)
}

/// Typed text that names no group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownGroup;

/// The plan that a phase produces.
pub fn plan_name(phase: Phase) -> &'static str {
    match phase {
        Phase::DirecteVeiligheid => T::PlanVeiligheid.s(),
        Phase::StabieleVeiligheid => T::PlanHulpverlening.s(),
        Phase::Herstel => T::PlanHerstel.s(),
    }
}

pub fn fact_kind_name(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Eerste => T::FactEerste.s(),
        FactKind::Ergste => T::FactErgste.s(),
        FactKind::Actuele => T::FactActuele.s(),
    }
}

pub fn attendance_name(a: Attendance) -> &'static str {
    match a {
        Attendance::Present => T::Present.s(),
        Attendance::Absent => T::Absent.s(),
        Attendance::InformedAfterwards => T::Informed.s(),
    }
}

pub fn review_status_name(s: ReviewStatus) -> &'static str {
    match s {
        ReviewStatus::Kept => T::StatusKept.s(),
        ReviewStatus::Broken => T::StatusBroken.s(),
        ReviewStatus::Done => T::StatusDone.s(),
        ReviewStatus::NotDone => T::StatusNotDone.s(),
        ReviewStatus::Late => T::StatusLate.s(),
        ReviewStatus::Dropped => T::StatusDropped.s(),
        ReviewStatus::GoingWell => T::StatusGoingWell.s(),
        ReviewStatus::NotKept => T::StatusNotKept.s(),
        ReviewStatus::Stopped => T::StatusStopped.s(),
    }
}

/// A review outcome, or "nog bespreken" when not decided.
pub fn outcome_name(s: Option<ReviewStatus>) -> &'static str {
    s.map_or(T::StatusUndecided.s(), review_status_name)
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// A term as the facilitator types it, so that reading it back gives the
/// same term: `15-12-2026`, `doorlopend`, `elke vrijdag tot 01-03-2027`.
pub fn term_input(term: &Term) -> String {
    match term {
        Term::Once { due } => due.map(dmy).unwrap_or_default(),
        Term::Standing {
            from,
            until,
            rhythm,
        } => {
            let mut parts: Vec<String> = Vec::new();
            if rhythm.trim().is_empty() {
                parts.push(T::TermStanding.s().to_string());
            } else {
                parts.push(rhythm.trim().to_string());
            }
            if let Some(f) = from {
                parts.push(T::TermFrom.fmt(&[&dmy(*f)]));
            }
            if let Some(u) = until {
                parts.push(T::TermUntil.fmt(&[&dmy(*u)]));
            }
            parts.join(", ")
        }
        Term::Unclear(text) => text.clone(),
    }
}

/// A term for reading: "uiterlijk 05-09-2026", "doorlopend, elke vrijdag,
/// tot nader order", "⚠ niet begrepen: 'na de zomer'". `date` writes a date
/// (absolute or, when redacted, in weeks).
pub fn term_label(term: &Term, date: &dyn Fn(NaiveDate) -> String) -> String {
    match term {
        Term::Once { due: Some(d) } => T::TermBy.fmt(&[&date(*d)]),
        Term::Once { due: None } => T::TermNoDate.s().to_string(),
        Term::Standing {
            from,
            until,
            rhythm,
        } => {
            let mut parts = vec![T::TermStanding.s().to_string()];
            if !rhythm.trim().is_empty() {
                parts.push(rhythm.trim().to_string());
            }
            if let Some(f) = from {
                parts.push(T::TermFrom.fmt(&[&date(*f)]));
            }
            parts.push(match until {
                Some(u) => T::TermUntil.fmt(&[&date(*u)]),
                None => T::TermUntilFurther.s().to_string(),
            });
            parts.join(", ")
        }
        Term::Unclear(text) => T::TermUnclear.fmt(&[text]),
    }
}

/// The record of an item in one line: "2× niet nageleefd: 06-07, 14-09";
/// several kinds of problem are joined with "; ". `None` when nothing went
/// wrong yet.
pub fn record_problems(marks: &[Mark], date: &dyn Fn(NaiveDate) -> String) -> Option<String> {
    let mut kinds: Vec<ReviewStatus> = Vec::new();
    for m in marks {
        if let Some(s) = m.status.filter(|s| s.is_problem())
            && !kinds.contains(&s)
        {
            kinds.push(s);
        }
    }
    if kinds.is_empty() {
        return None;
    }
    let parts: Vec<String> = kinds
        .iter()
        .map(|k| {
            let days: Vec<String> = marks
                .iter()
                .filter(|m| m.status == Some(*k))
                .map(|m| date(m.day()))
                .collect();
            T::RecordTimes.fmt(&[&days.len(), &review_status_name(*k), &days.join(", ")])
        })
        .collect();
    Some(parts.join("; "))
}

/// The whole record in one line: the problems, or how often it went well.
pub fn record_line(marks: &[Mark], date: &dyn Fn(NaiveDate) -> String) -> String {
    record_problems(marks, date).unwrap_or_else(|| {
        let decided = marks.iter().filter(|m| m.status.is_some()).count();
        if decided == 0 {
            String::new()
        } else {
            T::RecordAllWell.fmt(&[&decided])
        }
    })
}

/// Day and month only, for records read in one glance ("06-07").
pub fn day_month(d: NaiveDate) -> String {
    d.format("%d-%m").to_string()
}

/// How an item left the plan.
pub fn ending_text(e: &Ending, date: &dyn Fn(NaiveDate) -> String) -> String {
    match e {
        Ending::Decided {
            date: d, status, ..
        } => T::EndedDecided.fmt(&[&review_status_name(*status), &date(*d)]),
        Ending::RanOut { until, .. } => T::EndedRanOut.fmt(&[&date(*until)]),
        Ending::Vanished { date: d } => T::EndedVanished.fmt(&[&date(*d)]),
    }
}

/// Where a condition from an earlier phase comes from.
pub fn origin_text(o: &Origin) -> String {
    if o.situation.trim().is_empty() {
        T::OriginFrom.fmt(&[&plan_name(o.phase)])
    } else {
        T::OriginFromSituation.fmt(&[&plan_name(o.phase), &o.situation.trim()])
    }
}

pub fn case_code_problem(e: &CaseCodeError) -> String {
    match e {
        CaseCodeError::Empty => T::CaseCodeEmpty.s().to_string(),
        CaseCodeError::TooLong => T::CaseCodeTooLong.s().to_string(),
        CaseCodeError::InvalidChar(c) => T::CaseCodeBadChar.fmt(&[c]),
    }
}

/// The leader's title as a label ("Voorzitter", "Coördinator").
pub fn leader_title(title: crate::model::LeaderTitle) -> &'static str {
    use crate::model::LeaderTitle;
    match title {
        LeaderTitle::Voorzitter => T::TitleVoorzitter.s(),
        LeaderTitle::Coordinator => T::TitleCoordinator.s(),
        LeaderTitle::Gespreksleider => T::TitleGespreksleider.s(),
    }
}

/// The leader's title as a word in a sentence ("voorzitter").
pub fn leader_word(title: crate::model::LeaderTitle) -> &'static str {
    use crate::model::LeaderTitle;
    match title {
        LeaderTitle::Voorzitter => T::WordVoorzitter.s(),
        LeaderTitle::Coordinator => T::WordCoordinator.s(),
        LeaderTitle::Gespreksleider => T::WordGespreksleider.s(),
    }
}

/// A leader's title as typed (either language, its first letters, with or
/// without the diaeresis); `None` for anything else.
pub fn parse_leader_title(text: &str) -> Option<crate::model::LeaderTitle> {
    use crate::model::LeaderTitle;
    let t = text.trim().to_lowercase().replace('ö', "o");
    if t.is_empty() {
        return None;
    }
    let words: [(LeaderTitle, &[&str]); 3] = [
        (LeaderTitle::Coordinator, &["coordinator"]),
        (
            LeaderTitle::Gespreksleider,
            &["gespreksleider", "facilitator"],
        ),
        (LeaderTitle::Voorzitter, &["voorzitter", "chair"]),
    ];
    words
        .iter()
        .find(|(_, ws)| ws.iter().any(|w| w.starts_with(t.as_str())))
        .map(|(g, _)| *g)
}

/// An expert's ring as a label ("eerste schil").
pub fn ring_label(ring: crate::model::Ring) -> &'static str {
    match ring {
        crate::model::Ring::Eerste => T::RingEerste.s(),
        crate::model::Ring::Tweede => T::RingTweede.s(),
    }
}

/// A ring as typed: empty is none; "eerste", "1", "eerste schil", "first"
/// (or their first letters) is the first ring.
pub fn parse_ring(text: &str) -> Result<Option<crate::model::Ring>, UnknownGroup> {
    use crate::model::Ring;
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    let t = t.strip_suffix("schil").unwrap_or(&t).trim().to_string();
    let t = t.strip_suffix("ring").unwrap_or(&t).trim().to_string();
    let words: [(Ring, &[&str]); 2] = [
        (Ring::Eerste, &["eerste", "first", "1", "1e", "1st"]),
        (Ring::Tweede, &["tweede", "second", "2", "2e", "2nd"]),
    ];
    if t.is_empty() {
        return Err(UnknownGroup);
    }
    words
        .iter()
        .find(|(_, ws)| ws.iter().any(|w| w.starts_with(t.as_str())))
        .map(|(g, _)| Some(*g))
        .ok_or(UnknownGroup)
}

/// An expert's ring and on-call status in words ("tweede schil,
/// oproepbaar"); empty for someone who is neither.
pub fn ring_text(p: &crate::model::Participant) -> String {
    let mut parts = Vec::new();
    if let Some(r) = p.ring {
        parts.push(ring_label(r));
    }
    if p.on_call {
        parts.push(T::OnCallMark.s());
    }
    parts.join(", ")
}

/// h-method: the kind of violence in words.
pub fn violence_name(kind: crate::model::ViolenceKind) -> &'static str {
    violence_text(kind).s()
}

/// A kind of violence as typed: empty is none; the start of its name in
/// either language (at least three letters, or the whole name) is that
/// kind, when only one kind starts so.
pub fn parse_violence(text: &str) -> Result<Option<crate::model::ViolenceKind>, UnknownViolence> {
    use crate::model::ViolenceKind;
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    let names = |k: ViolenceKind| {
        let x = violence_text(k);
        [x.nl().to_lowercase(), x.en().to_lowercase()]
    };
    let exact: Vec<ViolenceKind> = ViolenceKind::ALL
        .into_iter()
        .filter(|k| names(*k).contains(&t))
        .collect();
    if let [k] = exact.as_slice() {
        return Ok(Some(*k));
    }
    if t.chars().count() < 3 {
        return Err(UnknownViolence);
    }
    let found: Vec<ViolenceKind> = ViolenceKind::ALL
        .into_iter()
        .filter(|k| names(*k).iter().any(|n| n.starts_with(t.as_str())))
        .collect();
    match found.as_slice() {
        [k] => Ok(Some(*k)),
        _ => Err(UnknownViolence),
    }
}

/// Typed text that names no kind of violence (or more than one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownViolence;

fn violence_text(kind: crate::model::ViolenceKind) -> T {
    use crate::model::ViolenceKind as V;
    match kind {
        V::IntiemTerrorisme => T::ViolenceIntiem,
        V::SituationeelGeweld => T::ViolenceSituationeel,
        V::AnderRelationeelGeweld => T::ViolenceAnderRelationeel,
        V::Stalking => T::ViolenceStalking,
        V::Eergerelateerd => T::ViolenceEer,
        V::Ouderenmishandeling => T::ViolenceOuderen,
        V::ComplexeScheiding => T::ViolenceScheiding,
        V::Kindermishandeling => T::ViolenceKinder,
        V::SeksueelGeweld => T::ViolenceSeksueel,
        V::Mensenhandel => T::ViolenceMensenhandel,
    }
}

// ---- h-audience (issue 12) ----

/// Whom the wall (or a copy) is for, in words ("het gezin").
pub fn wall_audience_name(a: crate::model::Audience) -> &'static str {
    use crate::model::Audience;
    match a {
        Audience::Gezin => T::AudGezin.s(),
        Audience::Netwerk => T::AudNetwerk.s(),
        Audience::Professionals => T::AudProfessionals.s(),
        Audience::Person(_) => T::AudReporterUnknown.s(),
    }
}
