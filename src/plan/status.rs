//! Making a plan final (vastgesteld): only when the check passes, or with a
//! reason that is kept in the session.

use super::check::Finding;
use crate::model::{PlanStatus, Session};
use chrono::NaiveDate;

/// Marks the plan vastgesteld on `date`. Refused with the findings while
/// the plan is not firm, unless a non-empty `override_reason` is given; the
/// reason is then recorded in the session.
pub fn mark_vastgesteld(
    session: &mut Session,
    date: NaiveDate,
    override_reason: Option<&str>,
) -> Result<(), Vec<Finding>> {
    mark_vastgesteld_in_case(
        session,
        date,
        override_reason,
        &[],
        &super::VagueWords::default(),
    )
}

/// As `mark_vastgesteld`, with the case's signals as the meeting began: a
/// due escalation that is neither registered nor overridden also keeps the
/// plan from being firm (see `check_case`).
pub fn mark_vastgesteld_in_case(
    session: &mut Session,
    date: NaiveDate,
    override_reason: Option<&str>,
    signals: &[crate::timeline::Signal],
    vague: &super::VagueWords,
) -> Result<(), Vec<Finding>> {
    let findings = super::check_case(session, signals, vague);
    let reason = override_reason
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    if !findings.is_empty() && reason.is_none() {
        return Err(findings);
    }
    session.plan_status = PlanStatus::Vastgesteld {
        date,
        override_reason: if findings.is_empty() { None } else { reason },
    };
    Ok(())
}

/// Back to concept, e.g. when the plan is changed after it was made final.
pub fn reopen(session: &mut Session) {
    session.plan_status = PlanStatus::Concept;
}
