//! Names of domain values in the current language.

use super::T;
use crate::model::{Attendance, CaseCodeError, FactKind, MeetingKind, Phase, ReviewStatus};

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
        ReviewStatus::Late => T::StatusLate.s(),
    }
}

pub fn case_code_problem(e: &CaseCodeError) -> String {
    match e {
        CaseCodeError::Empty => T::CaseCodeEmpty.s().to_string(),
        CaseCodeError::TooLong => T::CaseCodeTooLong.s().to_string(),
        CaseCodeError::InvalidChar(c) => T::CaseCodeBadChar.fmt(&[c]),
    }
}
