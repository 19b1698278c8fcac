//! The handover of casusregie (`top3 export CASE --overdracht`): "een
//! actueel veiligheidsplan" (DOMAIN.md §1.2) with every condition and
//! agreement still in force and its record, the case's signals, and who is
//! informed.

use super::document::Document;
use super::plan_document::{self as plan, PlanLook, or_none, redaction_text};
use super::plan_over_time as over_time;
use crate::i18n::{self, T};
use crate::model::{Attendance, PlanStatus, Session};
use crate::timeline::{Rules, Timeline, signals};

/// The handover document of the case as of `session` (its newest meeting).
pub fn handover_document(
    session: &Session,
    case_sessions: &[Session],
    look: &PlanLook,
) -> Document {
    let d = &look.dates;
    let title = T::DocHandoverTitle.s().to_string();
    let footer = format!(
        "{} · {} · {}",
        session.case.code,
        title,
        d.date(session.date)
    );
    let mut doc = Document::new(title, footer);
    doc.meta = plan::meta(session, look);
    let upto: Vec<&Session> = case_sessions
        .iter()
        .filter(|o| o.case.code == session.case.code && o.date < session.date)
        .chain(std::iter::once(session))
        .collect();
    let timeline = Timeline::of(upto.iter().copied());
    let status = match &session.plan_status {
        PlanStatus::Concept => T::DocStatusConcept.s().to_string(),
        PlanStatus::Vastgesteld { date, .. } => T::DocStatusFixed.fmt(&[&d.date(*date)]),
    };
    doc.fields(vec![
        (T::DocCase.s().into(), session.case.code.to_string()),
        (
            T::DocHandoverPlan.s().into(),
            T::DocHandoverPlanOf.fmt(&[&i18n::plan_name(session.phase), &d.date(session.date)]),
        ),
        (
            T::DocPhase.s().into(),
            i18n::phase_name(session.phase).to_string(),
        ),
        (T::DocStatus.s().into(), status),
        (T::DocRedaction.s().into(), redaction_text(look).to_string()),
    ]);
    // A handover needs a current plan: say so when this one is not final.
    if session.plan_status.is_concept() {
        doc.remark(T::DocHandoverNotFinal.s());
    } else {
        doc.remark(T::DocHandoverCurrent.s());
    }
    plan::top3(&mut doc, session, d);
    over_time::conditions(&mut doc, session, &timeline, d);
    over_time::actions(&mut doc, session, &timeline, d);
    plan::signalling(&mut doc, session);
    // The signals, judged by the threshold the meeting was held under.
    doc.heading(1, T::DocHandoverSignals.s());
    let rules = Rules {
        threshold: session.threshold.unwrap_or(Rules::default().threshold),
        ..Rules::default()
    };
    let found = signals(upto.iter().copied(), &timeline, &rules, session.date);
    if found.is_empty() {
        doc.remark(T::HistNoSignals.s());
    } else {
        doc.list(false, found.iter().map(|s| s.describe(&rules)).collect());
    }
    informed(&mut doc, session);
    plan::participants(&mut doc, session, look);
    doc
}

/// Who is kept informed: those informed afterwards in the newest meeting.
fn informed(doc: &mut Document, s: &Session) {
    doc.heading(1, T::DocHandoverInformed.s());
    let people: Vec<String> = s
        .participants
        .iter()
        .filter(|p| p.attendance == Attendance::InformedAfterwards)
        .map(|p| {
            let who = [p.name.trim(), p.role.trim(), p.organisation.trim()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            or_none(&who)
        })
        .collect();
    if people.is_empty() {
        doc.remark(T::DocHandoverNobodyInformed.s());
    } else {
        doc.list(false, people);
    }
}
