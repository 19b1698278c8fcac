//! The MDA++ aanmeldingsformulier (DOMAIN.md §3.1) as the chair filled it
//! in the program, anonymised as the form asks: the initials of one
//! person, roles and ages in bands, the municipality only where the form
//! asks for it, no other dates than that of sending. The TOP 3 plan is
//! not attached: it holds names and dates, and is shared separately.

use super::document::Document;
use crate::i18n::T;
use crate::model::{Criterion, LegalGround, Registration, Session, SharingBasis};
use chrono::NaiveDate;

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

/// What the form says for the initials, their role and the composition:
/// as the chair filled them in, else from the registration's household
/// members (one person's initials; roles with ages in bands).
pub struct Anonymous {
    pub initials: String,
    pub role: String,
    pub composition: String,
}

impl Anonymous {
    pub fn of(original: &Session) -> Anonymous {
        let reg = &original.case.registration;
        let first = reg
            .members
            .iter()
            .find(|m| !m.initials().is_empty() && !m.role.trim().is_empty());
        let initials = if reg.initials.trim().is_empty() {
            first.map(|m| m.initials()).unwrap_or_default()
        } else {
            reg.initials.trim().to_string()
        };
        let role = if reg.initials_role.trim().is_empty() {
            first.map(|m| m.role.trim().to_string()).unwrap_or_default()
        } else {
            reg.initials_role.trim().to_string()
        };
        let composition = if reg.composition.trim().is_empty() && !reg.members.is_empty() {
            super::composition_in_bands(original)
        } else {
            reg.composition.trim().to_string()
        };
        Anonymous {
            initials,
            role,
            composition,
        }
    }
}

/// Dates written out (dd-mm-yyyy) as month and year: what the reason
/// from the signals needs, without pointing at a day.
pub fn dates_as_months(text: &str) -> String {
    let months: Vec<&str> = T::RegMonths.s().split(' ').collect();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let take = |from: usize, n: usize| -> Option<u32> {
            let s: String = chars.get(from..from + n)?.iter().collect();
            if s.chars().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let before_ok = i == 0 || !chars[i - 1].is_ascii_digit();
        let parsed = (|| {
            let d = take(i, 2)?;
            (chars.get(i + 2) == Some(&'-')).then_some(())?;
            let m = take(i + 3, 2)?;
            (chars.get(i + 5) == Some(&'-')).then_some(())?;
            let y = take(i + 6, 4)?;
            NaiveDate::from_ymd_opt(y as i32, m, d)?;
            let after = chars.get(i + 10);
            (!after.is_some_and(char::is_ascii_digit)).then_some((m, y))
        })();
        match parsed {
            Some((m, y)) if before_ok => {
                out.push_str(&format!("{} {y}", months[(m - 1) as usize]));
                i += 10;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// The basis for sharing data, in words; the day of consent only
/// `with_date` (the anonymous form gives no dates it does not ask for).
pub fn sharing_text(basis: Option<&SharingBasis>, with_date: bool) -> String {
    let date = |d: &Option<NaiveDate>| {
        d.map(|d| d.format("%d-%m-%Y").to_string())
            .unwrap_or_else(|| T::FormToFill.s().to_string())
    };
    match basis {
        None => T::BasisNone.s().to_string(),
        Some(SharingBasis::Consent { of, on }) if with_date => {
            T::BasisConsentText.fmt(&[&or_to_fill(of), &date(on)])
        }
        Some(SharingBasis::Consent { of, .. }) => T::BasisConsentNoDate.fmt(&[&or_to_fill(of)]),
        Some(SharingBasis::NoConsent(LegalGround::Avg6e)) => {
            super::plan_document::capitalised(T::BasisAvg6e.s())
        }
        Some(SharingBasis::NoConsent(LegalGround::Meldcode)) => {
            super::plan_document::capitalised(T::BasisMeldcode.s())
        }
        Some(SharingBasis::NoConsent(LegalGround::Other(t))) => {
            T::BasisOtherShown.fmt(&[&or_to_fill(t)])
        }
    }
}

/// The form. `original` gives what the chair filled in; the free texts
/// come from `anonymised` (names already replaced by roles). With
/// `show_initials` false (a redacted export) no initials and no
/// municipality appear either.
pub fn aanmelding_document(
    original: &Session,
    anonymised: &Session,
    show_initials: bool,
) -> Document {
    let reg: &Registration = &anonymised.case.registration;
    let orig = &original.case.registration;
    let title = T::FormTitle.s().to_string();
    let footer = format!("{} · {}", anonymised.case.code, title);
    let mut doc = Document::new(title, footer);
    // No author and no date in the file's properties: the form is
    // anonymous.
    doc.meta.subject = anonymised.case.code.to_string();
    doc.remark(T::RegFormAnonymous.s());

    let who = Anonymous::of(original);
    // Names typed into it become roles, ages become bands.
    let names = super::Redactor::new(original, super::NamesAs::Roles);
    let composition = super::ages_as_bands(&names.text(&who.composition));
    let initials = if show_initials {
        or_to_fill(&who.initials)
    } else {
        T::DocNone.s().to_string()
    };
    let municipality = if show_initials {
        or_to_fill(&orig.municipality)
    } else {
        T::RedMunicipality.s().to_string()
    };
    doc.fields(vec![
        // The referrer is a professional who must be reachable: the name
        // stays, unless the whole export is redacted.
        (
            T::FormReferrer.s().into(),
            or_to_fill(if show_initials {
                &orig.referrer
            } else {
                &reg.referrer
            }),
        ),
        // The casusregisseur and the procesregisseur are professionals the
        // expertoverleg must reach: named like the referrer.
        (
            T::RoleCasusregie.s().into(),
            or_to_fill(if show_initials {
                &original.case.roles.casusregisseur
            } else {
                &anonymised.case.roles.casusregisseur
            }),
        ),
        (
            T::RoleProcesregisseur.s().into(),
            or_to_fill(if show_initials {
                &original.case.roles.procesregisseur
            } else {
                &anonymised.case.roles.procesregisseur
            }),
        ),
        (T::FormInitials.s().into(), initials),
        (T::FormInitialsRole.s().into(), or_to_fill(&who.role)),
        (T::RegMunicipality.s().into(), municipality),
        (T::FormComposition.s().into(), or_to_fill(&composition)),
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

    doc.heading(1, T::RegHeadingReason.s());
    doc.paragraph(or_to_fill(&dates_as_months(&reg.escalation_reason)));

    doc.heading(1, T::DocSharing.s());
    let mut sharing = vec![
        (
            T::BasisLabel.s().into(),
            sharing_text(anonymised.case.sharing_basis.as_ref(), false),
        ),
        (T::RegFamilyInformed.s().into(), yes_no(reg.family_informed)),
    ];
    // Who was informed after the meeting: by role, by whom and how, without
    // the day (the form does not ask for it).
    let informed: Vec<String> = anonymised
        .participants
        .iter()
        .filter(|p| p.attendance == crate::model::Attendance::InformedAfterwards)
        .map(
            |p| match anonymised.informed.iter().find(|i| i.participant == p.id) {
                Some(i) => {
                    let how: Vec<&str> = [i.by.trim(), i.how.trim()]
                        .into_iter()
                        .filter(|t| !t.is_empty())
                        .collect();
                    if how.is_empty() {
                        p.name.trim().to_string()
                    } else {
                        format!("{} ({})", p.name.trim(), how.join(", "))
                    }
                }
                None => format!("{} ({})", p.name.trim(), T::InformedNotYet.s()),
            },
        )
        .collect();
    if !informed.is_empty() {
        sharing.push((T::DocInformed.s().into(), informed.join("; ")));
    }
    doc.fields(sharing);

    doc.heading(1, T::RegHeadingSending.s());
    let sent_on = reg
        .sent_on
        .map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_else(|| T::FormToFill.s().to_string());
    doc.fields(vec![
        (
            T::RegSentBy.s().into(),
            or_to_fill(if show_initials {
                &orig.sent_by
            } else {
                &reg.sent_by
            }),
        ),
        (T::RegSentOn.s().into(), sent_on),
        (T::RegSentTo.s().into(), or_to_fill(&reg.sent_to)),
        (T::RegManagerCopy.s().into(), or_to_fill(&reg.manager_copy)),
    ]);
    doc.remark(T::RegPlanSeparately.s());
    doc
}

/// Every field of the form that is empty or contradicts another, one line
/// each, starting with the field's name (what `top3 export … --form
/// aanmelding --check` prints). Empty when the form is complete.
pub fn check_registration(s: &Session, first_meeting: Option<NaiveDate>) -> Vec<String> {
    let reg = &s.case.registration;
    let who = Anonymous::of(s);
    let mut out = Vec::new();
    let empty = |label: T, value: &str, out: &mut Vec<String>| {
        if value.trim().is_empty() {
            out.push(T::RegChkEmpty.fmt(&[&label.s()]));
        }
    };
    let unanswered = |label: T, value: Option<bool>, out: &mut Vec<String>| {
        if value.is_none() {
            out.push(T::RegChkEmpty.fmt(&[&label.s()]));
        }
    };
    empty(T::FormReferrer, &reg.referrer, &mut out);
    empty(T::FormInitials, &who.initials, &mut out);
    empty(T::FormInitialsRole, &who.role, &mut out);
    empty(T::RegMunicipality, &reg.municipality, &mut out);
    empty(T::FormComposition, &who.composition, &mut out);
    unanswered(T::FormSameAddress, reg.same_address, &mut out);
    empty(T::FormSituationSummary, &reg.situation, &mut out);
    for c in Criterion::all() {
        let (answer, explain) = super::criterion_labels(c);
        let a = reg.answer(c);
        match a.and_then(|a| a.applies) {
            None => out.push(T::RegChkEmpty.fmt(&[&answer.s()])),
            Some(false) if c == Criterion::REQUIRED => {
                out.push(T::RegChkRequiredNo.fmt(&[&answer.s()]))
            }
            Some(_) => {
                if a.is_none_or(|a| a.explanation.trim().is_empty()) {
                    out.push(T::RegChkNoExplanation.fmt(&[&explain.s()]));
                }
            }
        }
    }
    match reg.zvh_involved {
        None => out.push(T::RegChkEmpty.fmt(&[&T::FormZvh.s()])),
        Some(true) if reg.zvh_for.trim().is_empty() => {
            out.push(T::RegChkZvhFor.fmt(&[&T::FormZvhFor.s()]))
        }
        Some(false) if !reg.zvh_for.trim().is_empty() => {
            out.push(T::RegChkZvhForNo.fmt(&[&T::FormZvhFor.s()]))
        }
        _ => {}
    }
    empty(T::RegReason, &reg.escalation_reason, &mut out);
    match reg.family_informed {
        None => out.push(T::RegChkEmpty.fmt(&[&T::RegFamilyInformed.s()])),
        Some(false) => out.push(T::RegChkFamilyNo.fmt(&[&T::RegFamilyInformed.s()])),
        Some(true) => {}
    }
    empty(T::RegSentBy, &reg.sent_by, &mut out);
    match reg.sent_on {
        None => out.push(T::RegChkEmpty.fmt(&[&T::RegSentOn.s()])),
        Some(d) if first_meeting.is_some_and(|f| d < f) => {
            out.push(T::RegChkSentBefore.fmt(&[&T::RegSentOn.s()]))
        }
        Some(_) => {}
    }
    empty(T::RegSentTo, &reg.sent_to, &mut out);
    empty(T::RegManagerCopy, &reg.manager_copy, &mut out);
    out
}
