//! The plan's section on sharing data: the case's basis (consent, or no
//! consent with a legal ground) and who was informed after the meeting.

use super::dates::DateStyle;
use super::document::Document;
use super::plan_document::or_none;
use crate::i18n::T;
use crate::model::Session;

pub fn section(doc: &mut Document, s: &Session, d: &DateStyle) {
    doc.heading(1, T::DocSharing.s());
    let basis = match &s.case.sharing_basis {
        // Dates in the basis follow the document's style (weeks, redacted).
        Some(crate::model::SharingBasis::Consent { of, on }) => T::BasisConsentText.fmt(&[
            &or_none(of),
            &on.map_or_else(|| T::FormToFill.s().to_string(), |x| date(d, x)),
        ]),
        other => super::sharing_text(other.as_ref(), true),
    };
    doc.fields(vec![(T::BasisLabel.s().into(), basis)]);
    let informed: Vec<_> = s
        .participants
        .iter()
        .filter(|p| p.attendance == crate::model::Attendance::InformedAfterwards)
        .collect();
    if informed.is_empty() {
        return;
    }
    doc.heading(2, T::DocInformed.s());
    let header = [
        T::DocColName,
        T::DocColInformedOn,
        T::DocColInformedBy,
        T::DocColInformedHow,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    let rows = informed
        .iter()
        .map(|p| {
            let who = if p.role.trim().is_empty() || p.name.contains(p.role.trim()) {
                or_none(&p.name)
            } else {
                format!("{} ({})", or_none(&p.name), p.role.trim())
            };
            match s.informed.iter().find(|i| i.participant == p.id) {
                Some(i) => vec![
                    who,
                    i.on.map_or_else(|| T::DocNone.s().to_string(), |x| date(d, x)),
                    or_none(&i.by),
                    or_none(&i.how),
                ],
                None => vec![
                    who,
                    T::InformedNotYet.s().to_string(),
                    String::new(),
                    String::new(),
                ],
            }
        })
        .collect();
    doc.table(header, rows);
}

/// A date as the document writes dates; in weeks, a day before the first
/// meeting is said so (not "week -1").
fn date(d: &DateStyle, x: chrono::NaiveDate) -> String {
    match d {
        DateStyle::Relative { week0 } if x < *week0 => T::BeforeFirstMeeting.s().to_string(),
        _ => d.date(x),
    }
}
