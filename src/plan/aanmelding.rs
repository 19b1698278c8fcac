//! The MDA++ aanmeldingsformulier (DOMAIN.md §3.1), filled from the case and
//! anonymised: initials and roles only. The current TOP 3 plan is attached.

use super::document::Document;
use crate::i18n::{self, T};
use crate::model::{Criterion, Registration, Session};

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => T::Yes.s().to_string(),
        Some(false) => T::No.s().to_string(),
        None => T::FormUnanswered.s().to_string(),
    }
}

fn or_to_fill(s: &str) -> String {
    if s.trim().is_empty() {
        T::FormToFill.s().to_string()
    } else {
        s.trim().to_string()
    }
}

pub fn criterion_name(c: Criterion) -> &'static str {
    match c.number() {
        1 => T::Criterion1.s(),
        2 => T::Criterion2.s(),
        3 => T::Criterion3.s(),
        4 => T::Criterion4.s(),
        5 => T::Criterion5.s(),
        6 => T::Criterion6.s(),
        7 => T::Criterion7.s(),
        _ => T::Criterion8.s(),
    }
}

/// The form. `original` gives the initials; everything else comes from
/// `anonymised` (names already replaced by roles). With `show_initials`
/// false (a redacted export) no initials appear either. `plan` is attached.
pub fn aanmelding_document(
    original: &Session,
    anonymised: &Session,
    show_initials: bool,
    plan: Document,
) -> Document {
    let reg: &Registration = &anonymised.case.registration;
    let title = T::FormTitle.s().to_string();
    let footer = format!("{} · {}", anonymised.case.code, title);
    let mut doc = Document::new(title, footer);
    doc.meta = plan.meta.clone();
    doc.remark(T::FormAnonymous.s());

    let (initials, initials_role) = first_person(original, anonymised, show_initials);
    let composition: Vec<String> = reg
        .members
        .iter()
        .zip(&original.case.registration.members)
        .map(|(m, orig)| {
            let mut parts = Vec::new();
            if show_initials && !orig.initials().is_empty() {
                parts.push(orig.initials());
            }
            if let Some(age) = m.age {
                parts.push(age.to_string());
            }
            let role = or_to_fill(&m.role);
            if parts.is_empty() {
                role
            } else {
                format!("{role} ({})", parts.join(", "))
            }
        })
        .collect();
    let composition = if composition.is_empty() {
        or_to_fill(&anonymised.case.household)
    } else {
        composition.join(", ")
    };
    doc.fields(vec![
        // The referrer is a professional who must be reachable: the name
        // stays, unless the whole export is redacted.
        (
            T::FormReferrer.s().into(),
            or_to_fill(if show_initials {
                &original.case.registration.referrer
            } else {
                &reg.referrer
            }),
        ),
        (T::FormInitials.s().into(), initials),
        (T::FormInitialsRole.s().into(), initials_role),
        (
            T::DocMunicipality.s().into(),
            or_to_fill(&anonymised.case.municipality),
        ),
        (T::FormComposition.s().into(), composition),
        (
            T::DocViolence.s().into(),
            anonymised.case.violence.map_or_else(
                || or_to_fill(""),
                |k| crate::i18n::violence_name(k).to_string(),
            ),
        ),
        (T::FormSameAddress.s().into(), yes_no(reg.same_address)),
        (
            T::FormSituationSummary.s().into(),
            or_to_fill(&reg.situation),
        ),
    ]);

    doc.heading(1, T::FormCriteria.s());
    if !reg.meets_required_criterion() {
        doc.remark(T::FormRequiredMissing.s());
    }
    let header = [T::FormColCriterion, T::FormColApplies, T::DocColNote]
        .map(|t| t.s().to_string())
        .to_vec();
    let rows = Criterion::all()
        .map(|c| {
            let a = reg.answer(c);
            vec![
                format!("{c}. {}", criterion_name(c)),
                yes_no(a.and_then(|a| a.applies)),
                a.map_or(T::DocNone.s().to_string(), |a| {
                    if a.explanation.trim().is_empty() {
                        T::DocNone.s().to_string()
                    } else {
                        a.explanation.trim().to_string()
                    }
                }),
            ]
        })
        .collect();
    doc.table(header, rows);

    doc.heading(1, T::FormZvhHeading.s());
    let mut zvh = vec![(T::FormZvh.s().to_string(), yes_no(reg.zvh_involved))];
    if reg.zvh_involved == Some(true) || !reg.zvh_for.trim().is_empty() {
        zvh.push((T::FormZvhFor.s().into(), or_to_fill(&reg.zvh_for)));
    }
    doc.fields(zvh);

    let plan_title = i18n::plan_name(anonymised.phase);
    doc.append(1, T::FormAttachment.fmt(&[&plan_title]), plan);
    doc
}

/// Initials and role of one of those involved: the first household member
/// with a name and a role.
fn first_person(original: &Session, anonymised: &Session, show: bool) -> (String, String) {
    let found = original
        .case
        .registration
        .members
        .iter()
        .zip(&anonymised.case.registration.members)
        .map(|(o, a)| (o.initials(), a.role.clone()))
        .find(|(i, r)| !i.is_empty() && !r.trim().is_empty());
    match found {
        Some((i, r)) => (
            if show { i } else { T::DocNone.s().to_string() },
            r.trim().to_string(),
        ),
        None => (T::FormToFill.s().into(), T::FormToFill.s().into()),
    }
}
