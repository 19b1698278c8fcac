//! The approach of an MDA++ expertoverleg in its document ("Aanpak MDA++
//! expertoverleg", leidend): the registration question, the analysis, the
//! approach per TOP-3 situation with who carries it out, the experts'
//! doorzettingskracht, and what the coördinator takes back.

use super::document::Document;
use super::plan_document::or_none;
use crate::i18n::T;
use crate::model::Session;

/// The sections of the approach, after the document's header.
pub(super) fn approach(doc: &mut Document, s: &Session) {
    let a = &s.approach;
    doc.remark(T::DocApproachLeading.s());
    doc.heading(1, T::FieldApproachQuestion.s());
    doc.paragraph(or_none(&a.question));
    doc.heading(1, T::FieldApproachAnalysis.s());
    doc.paragraph(or_none(&a.analysis));
    doc.heading(1, T::DocApproachPerSituation.s());
    if s.top3.is_empty() {
        doc.remark(T::DocNone.s());
    } else {
        let rows = s
            .top3
            .items()
            .iter()
            .enumerate()
            .map(|(i, sit)| {
                let x = a.for_situation(sit.id);
                vec![
                    format!("{}. {}", i + 1, or_none(&sit.text)),
                    or_none(x.map_or("", |x| x.approach.as_str())),
                    or_none(x.map_or("", |x| x.who.as_str())),
                ]
            })
            .collect();
        doc.table(
            vec![
                T::DocColSituation.s().to_string(),
                T::FieldApproach.s().to_string(),
                T::FieldApproachWho.s().to_string(),
            ],
            rows,
        );
    }
    doc.heading(1, T::FormExpertForce.s());
    let rows: Vec<Vec<String>> = s
        .experts()
        .filter_map(|p| {
            let x = a.for_expert(p.id)?;
            Some(vec![
                or_none(&p.name),
                or_none(&p.organisation),
                or_none(&x.escalates_to),
            ])
        })
        .collect();
    if rows.is_empty() {
        doc.remark(T::DocNone.s());
    } else {
        doc.table(
            vec![
                T::DocColExpert.s().to_string(),
                T::DocColOrganisation.s().to_string(),
                T::DocColEscalatesTo.s().to_string(),
            ],
            rows,
        );
    }
    doc.heading(1, T::FormTakeBack.s());
    doc.paragraph(or_none(&a.take_back));
}
