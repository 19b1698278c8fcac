//! The selectable items of each step, in the order they are shown, and how
//! each kind of item is edited through a form.

use super::form::{Field, FieldKind, read_yes_no};
use crate::i18n::T;
use crate::layout::{Step, StepKind};
use crate::model::{FactKind, Id, LeaderTitle, ReviewTarget, Session, parse_date};

/// Something the facilitator can select on a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Household,
    /// Who leads the meeting and who holds casusregie and procesregie.
    Roles,
    /// At an expertoverleg: whether the client takes part (a decision).
    ClientAttendance,
    Participant(Id),
    Fact(Id),
    Situation(Id),
    /// A fact offered for the TOP 3 (right-hand pane of the TOP-3 step).
    FactPick(Id),
    Answer(Id),
    Condition(Id),
    Action(Id),
    Review(ReviewTarget),
    Note(Id),
    NextMeeting,
    /// This is the last meeting: the case is closed.
    ClosesCase,
    Chair,
    /// Why a due escalation is not registered with the expertoverleg.
    EscalationOverride,
    /// The reason to mark a plan vastgesteld although the check found open
    /// points (applied when the form closes, not while typing).
    OverrideReason,
    /// A part of an expertoverleg's approach.
    Approach(ApproachPart),
    /// A part of closing the case (with "laatste overleg").
    Closure(ClosurePart),
    /// The proactive scenario of the session.
    Scenario,
    /// Someone spoken to apart, on the scale step's scale.
    Apart(Id),
    /// A row of a list step.
    Row(Id),
}

/// The parts of closing a case, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosurePart {
    Reason,
    Goals,
    /// A follow-up contact, by its index.
    FollowUp(usize),
}

/// The parts of the approach step, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApproachPart {
    Question,
    Analysis,
    /// The approach for a TOP-3 situation.
    Situation(Id),
    /// A present professional's doorzettingskracht.
    Expert(Id),
    TakeBack,
}

/// Facts in the order they are shown: eerste, ergste, actuele.
pub fn facts_in_order(s: &Session) -> Vec<Id> {
    FactKind::ALL
        .iter()
        .flat_map(|k| s.facts.iter().filter(move |f| f.kind == *k).map(|f| f.id))
        .collect()
}

/// Conditions in the order they are shown: by TOP-3 rank, then those from
/// an earlier phase's plan (by origin), loose ones last.
pub fn conditions_in_order(s: &Session) -> Vec<Id> {
    let mut out: Vec<Id> = s
        .top3
        .items()
        .iter()
        .flat_map(|sit| s.conditions_for(sit.id).map(|c| c.id))
        .collect();
    for o in crate::model::origins_of(&s.conditions) {
        out.extend(
            s.conditions
                .iter()
                .filter(|c| c.origin.as_ref() == Some(o))
                .map(|c| c.id),
        );
    }
    out.extend(
        s.conditions
            .iter()
            .filter(|c| {
                c.origin.is_none() && c.situation.is_none_or(|sit| s.top3.get(sit).is_none())
            })
            .map(|c| c.id),
    );
    out
}

/// The items of a step; `pane` is 1 for the facts pane of the TOP-3 step.
pub fn items(step: &Step, s: &Session, pane: usize) -> Vec<Item> {
    match step.kind {
        StepKind::Participants => [Item::Household, Item::Roles]
            .into_iter()
            .chain(
                (s.kind == crate::model::MeetingKind::Expertoverleg)
                    .then_some(Item::ClientAttendance),
            )
            .chain(s.participants.iter().map(|p| Item::Participant(p.id)))
            .collect(),
        StepKind::Review => s.review.iter().map(|r| Item::Review(r.target)).collect(),
        StepKind::Facts => facts_in_order(s).into_iter().map(Item::Fact).collect(),
        StepKind::Top3 if pane == 1 => facts_in_order(s).into_iter().map(Item::FactPick).collect(),
        StepKind::Top3 => s
            .top3
            .items()
            .iter()
            .map(|x| Item::Situation(x.id))
            .collect(),
        StepKind::Scale => s
            .scored()
            .map(|p| Item::Answer(p.id))
            .chain(apart_items(step, s))
            .collect(),
        StepKind::Voices => apart_items(step, s).collect(),
        StepKind::Scenario => vec![Item::Scenario],
        StepKind::List => s
            .list(step.list_key())
            .iter()
            .map(|r| Item::Row(r.id))
            .collect(),
        StepKind::Conditions => conditions_in_order(s)
            .into_iter()
            .map(Item::Condition)
            .collect(),
        StepKind::Actions => s.actions.iter().map(|a| Item::Action(a.id)).collect(),
        StepKind::Notes => s.notes.iter().map(|n| Item::Note(n.id)).collect(),
        StepKind::Closing => {
            let mut v = vec![Item::NextMeeting, Item::ClosesCase];
            if s.closes_case {
                v.push(Item::Closure(ClosurePart::Reason));
                v.push(Item::Closure(ClosurePart::Goals));
                let n = s.closure.as_ref().map_or(0, |c| c.follow_ups.len());
                v.extend((0..n).map(|i| Item::Closure(ClosurePart::FollowUp(i))));
            }
            v.extend([Item::Chair, Item::EscalationOverride]);
            v
        }
        StepKind::Summary => Vec::new(),
        StepKind::Approach => {
            let mut v = vec![
                Item::Approach(ApproachPart::Question),
                Item::Approach(ApproachPart::Analysis),
            ];
            v.extend(
                s.top3
                    .items()
                    .iter()
                    .map(|x| Item::Approach(ApproachPart::Situation(x.id))),
            );
            v.extend(
                s.experts()
                    .map(|p| Item::Approach(ApproachPart::Expert(p.id))),
            );
            v.push(Item::Approach(ApproachPart::TakeBack));
            v
        }
    }
}

/// Those spoken to apart on the step's scale question.
fn apart_items<'a>(step: &Step, s: &'a Session) -> impl Iterator<Item = Item> + 'a {
    s.scale(step.scale_key())
        .into_iter()
        .flat_map(|sc| sc.apart.iter().map(|a| Item::Apart(a.id)))
}

fn yes_no(b: bool) -> &'static str {
    if b { T::Yes.s() } else { T::No.s() }
}

/// The form title and fields for editing an item, filled with its values.
pub fn form_fields(item: Item, step: &Step, s: &Session) -> Option<(T, Vec<Field>)> {
    use FieldKind::*;
    let f = Field::new;
    Some(match item {
        Item::Household => (
            T::FormHousehold,
            vec![
                f(T::FieldHousehold, Multi, &s.case.household),
                f(T::FieldMunicipality, Line, &s.case.municipality),
                f(T::FieldMinorChildren, YesNo, yes_no(s.case.minor_children)),
                // Shown as dots on the wall (`ui::form::Mask`).
                f(T::FieldHiddenNames, Line, &s.case.hidden_names.join(", ")),
                // Also dots on the wall: the kind of violence is not for the room.
                f(
                    T::FieldViolence,
                    Line,
                    s.case.violence.map_or("", crate::i18n::violence_name),
                ),
                f(
                    T::FieldHideMunicipality,
                    YesNo,
                    yes_no(s.case.hide_municipality),
                ),
            ]
            .into_iter()
            .chain(basis_fields(s))
            .collect(),
        ),
        Item::Participant(id) => {
            let p = s.participant(id)?;
            (
                T::FormParticipant,
                vec![
                    f(T::FieldName, Line, &p.name),
                    f(T::FieldRole, Line, &p.role),
                    f(T::FieldOrganisation, Line, &p.organisation),
                    f(T::FieldRelation, Line, &p.relation),
                    f(T::FieldNoScore, Line, p.no_score.as_deref().unwrap_or("")),
                    f(
                        T::FieldGroup,
                        Line,
                        p.group.map_or("", crate::i18n::group_label),
                    ),
                    f(
                        T::FieldRing,
                        Line,
                        p.ring.map_or("", crate::i18n::ring_label),
                    ),
                    f(T::FieldOnCall, YesNo, yes_no(p.on_call)),
                    f(T::FieldHideOrganisation, YesNo, yes_no(p.hide_organisation)),
                ]
                .into_iter()
                .chain(informed_fields(s, id))
                .collect(),
            )
        }
        Item::Roles => {
            let mut fields = leader_fields(s);
            fields.push(f(
                T::FieldCasusregisseur,
                Line,
                &s.case.roles.casusregisseur,
            ));
            fields.push(f(
                T::FieldProcesregisseur,
                Line,
                &s.case.roles.procesregisseur,
            ));
            (T::FormRoles, fields)
        }
        Item::ClientAttendance => {
            let c = s.client_attendance.as_ref();
            (
                T::FormClientAttendance,
                vec![
                    f(
                        T::FieldClientAttends,
                        YesNo,
                        yes_no(c.is_some_and(|c| c.attends)),
                    ),
                    f(
                        T::FieldClientReason,
                        Multi,
                        c.map_or("", |c| c.reason.as_str()),
                    ),
                ],
            )
        }
        Item::Fact(id) | Item::FactPick(id) => {
            let x = s.fact(id)?;
            (
                T::FormFact,
                vec![
                    f(T::FieldWhat, Multi, &x.what),
                    f(T::FieldWhen, Line, &x.when.to_string()),
                    f(T::FieldReportedBy, Line, &x.reported_by),
                    f(T::FieldSource, Line, &x.source),
                ],
            )
        }
        Item::Situation(id) => {
            let x = s.top3.get(id)?;
            (
                crate::i18n::terms::situation_form(s.phase),
                vec![f(T::FieldSituation, Multi, &x.text)],
            )
        }
        Item::Answer(pid) => {
            let a = s.scale(step.scale_key()).and_then(|sc| sc.answer(pid));
            let get = |g: fn(&crate::model::ScaleAnswer) -> &String| {
                a.map(|a| g(a).clone()).unwrap_or_default()
            };
            (
                T::FormAnswer,
                vec![
                    f(T::FieldWhyNotLower, Multi, &get(|a| &a.why_not_lower)),
                    f(T::FieldWhyNotHigher, Multi, &get(|a| &a.why_not_higher)),
                    f(T::FieldOneHigher, Multi, &get(|a| &a.one_higher)),
                ],
            )
        }
        Item::Condition(id) => {
            let c = s.conditions.iter().find(|c| c.id == id)?;
            (
                crate::i18n::terms::condition_form(s.phase),
                vec![
                    f(
                        crate::i18n::terms::condition_question(s.phase),
                        Multi,
                        &c.text,
                    ),
                    f(T::FieldMonitoredBy, Line, &c.monitored_by),
                    f(T::FieldConditionIfBroken, Multi, &c.if_broken),
                ],
            )
        }
        Item::Action(id) => {
            let a = s.actions.iter().find(|a| a.id == id)?;
            let when = crate::i18n::term_input(&a.term);
            (
                T::FormAction,
                vec![
                    f(T::FieldWho, Line, &a.who),
                    f(T::FieldWhatAction, Multi, &a.what),
                    f(T::FieldTerm, Line, &when),
                    f(T::FieldHowChecked, Multi, &a.how_checked),
                    f(T::FieldMonitoredBy, Line, &a.monitored_by),
                    f(T::FieldIfBroken, Multi, &a.if_broken),
                ],
            )
        }
        Item::Review(target) => {
            let r = s.review.iter().find(|r| r.target == target)?;
            let on =
                r.on.map(|d| d.format("%d-%m-%Y").to_string())
                    .unwrap_or_default();
            (
                T::FormReview,
                vec![
                    f(T::FieldReviewNote, Multi, &r.note),
                    f(T::FieldReviewOn, Date, &on),
                ],
            )
        }
        Item::Note(id) => {
            let n = s.notes.iter().find(|n| n.id == id)?;
            (T::FormNote, vec![f(T::FieldNote, Multi, &n.text)])
        }
        Item::NextMeeting => {
            let d = s
                .next_meeting
                .map(|d| d.format("%d-%m-%Y").to_string())
                .unwrap_or_default();
            (T::FormNextMeeting, vec![f(T::FieldNextMeeting, Date, &d)])
        }
        Item::Chair => (leader_form_title(s), leader_fields(s)),
        Item::ClosesCase => (
            T::FormClosesCase,
            vec![f(T::FieldClosesCase, YesNo, yes_no(s.closes_case))],
        ),
        Item::EscalationOverride => (
            T::FormEscalationOverride,
            vec![f(
                T::FieldEscalationOverride,
                Multi,
                s.escalation_override.as_deref().unwrap_or_default(),
            )],
        ),
        Item::OverrideReason => return None,
        Item::Closure(part) => {
            let c = s.closure.clone().unwrap_or_default();
            match part {
                ClosurePart::Reason => (
                    T::FormCloseReason,
                    vec![f(T::FieldCloseReason, Multi, &c.reason)],
                ),
                ClosurePart::Goals => (
                    T::FormCloseGoals,
                    vec![f(T::FieldCloseGoals, Multi, &c.goals_reached)],
                ),
                ClosurePart::FollowUp(n) => {
                    let x = c.follow_ups.get(n)?;
                    let held = x.held.map(|d| d.format("%d-%m-%Y").to_string());
                    (
                        T::FormFollowUp,
                        vec![
                            f(
                                T::FieldFollowUpDue,
                                Date,
                                &x.due.format("%d-%m-%Y").to_string(),
                            ),
                            f(T::FieldFollowUpHeld, Date, held.as_deref().unwrap_or("")),
                            f(T::FieldFollowUpNote, Multi, &x.note),
                        ],
                    )
                }
            }
        }
        Item::Approach(part) => {
            let a = &s.approach;
            match part {
                ApproachPart::Question => (
                    T::FormApproachQuestion,
                    vec![f(T::FieldApproachQuestion, Multi, &a.question)],
                ),
                ApproachPart::Analysis => (
                    T::FormApproachAnalysis,
                    vec![f(T::FieldApproachAnalysis, Multi, &a.analysis)],
                ),
                ApproachPart::Situation(id) => {
                    s.top3.get(id)?;
                    let x = a.for_situation(id);
                    (
                        T::FormApproachSituation,
                        vec![
                            f(
                                T::FieldApproach,
                                Multi,
                                x.map_or("", |x| x.approach.as_str()),
                            ),
                            f(T::FieldApproachWho, Line, x.map_or("", |x| x.who.as_str())),
                        ],
                    )
                }
                ApproachPart::Expert(id) => {
                    s.participant(id)?;
                    (
                        T::FormExpertForce,
                        vec![f(
                            T::FieldExpertForce,
                            Multi,
                            a.for_expert(id).map_or("", |x| x.escalates_to.as_str()),
                        )],
                    )
                }
                ApproachPart::TakeBack => (
                    T::FormTakeBack,
                    vec![f(T::FieldTakeBack, Multi, &a.take_back)],
                ),
            }
        }
        Item::Scenario => {
            let x = &s.scenario;
            let on = x
                .police_registered_on
                .map(|d| d.format("%d-%m-%Y").to_string())
                .unwrap_or_default();
            (
                T::FormScenario,
                vec![
                    f(T::FieldScenarioNext, Multi, &x.next_incident),
                    f(T::FieldScenarioCalls, Multi, &x.who_calls),
                    f(T::FieldScenarioActs, Multi, &x.who_acts),
                    f(T::FieldScenarioPolice, YesNo, yes_no(x.police_registered)),
                    f(T::FieldScenarioPoliceOn, Date, &on),
                    f(T::FieldScenarioHuisverbod, Multi, &x.huisverbod),
                    f(T::FieldScenarioShared, Multi, &x.shared_with),
                ],
            )
        }
        Item::Apart(id) => {
            let a = s.scale(step.scale_key())?.apart_answer(id)?;
            let on =
                a.on.map(|d| d.format("%d-%m-%Y").to_string())
                    .unwrap_or_default();
            let score = a.score.map(|v| v.to_string()).unwrap_or_default();
            (
                T::FormApart,
                vec![
                    f(T::FieldApartWho, Line, &a.who),
                    f(T::FieldApartBy, Line, &a.by),
                    f(T::FieldApartOn, Date, &on),
                    f(T::FieldApartHow, Line, &a.how),
                    f(T::FieldApartWords, Multi, &a.words),
                    f(T::FieldApartScore, Line, &score),
                ],
            )
        }
        Item::Row(id) => {
            let row = s.list_row(id)?;
            let fields = step
                .columns
                .iter()
                .map(|c| {
                    let kind = if c.long { Multi } else { Line };
                    let mut label = c.title.s().to_string();
                    if !c.hint.s().trim().is_empty() {
                        label = format!("{label} ({})", c.hint.s().trim());
                    }
                    Field::custom(label, kind, row.cell(&c.key))
                })
                .collect();
            (T::FormRow, fields)
        }
    })
}

/// The answers of the basis for sharing data, in the order of the form.
pub const BASIS_CHOICES: &[T] = &[
    T::BasisConsent,
    T::BasisAvg6e,
    T::BasisMeldcode,
    T::BasisOther,
];

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

/// The household form's fields for the basis for sharing the case's data.
fn basis_fields(s: &Session) -> Vec<Field> {
    use crate::model::{LegalGround, SharingBasis};
    let (choice, of, on, other) = match &s.case.sharing_basis {
        None => ("", String::new(), None, String::new()),
        Some(SharingBasis::Consent { of, on }) => {
            (T::BasisConsent.s(), of.clone(), *on, String::new())
        }
        Some(SharingBasis::NoConsent(LegalGround::Avg6e)) => {
            (T::BasisAvg6e.s(), String::new(), None, String::new())
        }
        Some(SharingBasis::NoConsent(LegalGround::Meldcode)) => {
            (T::BasisMeldcode.s(), String::new(), None, String::new())
        }
        Some(SharingBasis::NoConsent(LegalGround::Other(t))) => {
            (T::BasisOther.s(), String::new(), None, t.clone())
        }
    };
    vec![
        Field::new(T::BasisLabel, FieldKind::Choice(BASIS_CHOICES), choice),
        Field::new(T::BasisConsentOf, FieldKind::Line, &of),
        Field::new(T::BasisConsentOn, FieldKind::Date, &date_text(on)),
        Field::new(T::BasisOtherText, FieldKind::Line, &other),
    ]
}

/// The basis the household form's last four values say; a problem when
/// the consent's date is not a date.
fn read_basis(values: &[String]) -> (Option<crate::model::SharingBasis>, Option<String>) {
    use crate::model::{LegalGround, SharingBasis};
    let v = |i: usize| values.get(i).cloned().unwrap_or_default();
    let mut problem = None;
    let basis = match super::form::choice_index(BASIS_CHOICES, &v(0)) {
        None => None,
        Some(0) => {
            let on = match read_date(&v(2)) {
                Ok(d) => d,
                Err(()) => {
                    problem = Some(T::DateNotRecognised.fmt(&[&v(2)]));
                    None
                }
            };
            Some(SharingBasis::Consent { of: v(1), on })
        }
        Some(1) => Some(SharingBasis::NoConsent(LegalGround::Avg6e)),
        Some(2) => Some(SharingBasis::NoConsent(LegalGround::Meldcode)),
        Some(_) => Some(SharingBasis::NoConsent(LegalGround::Other(v(3)))),
    };
    (basis, problem)
}

/// For a participant marked "informed afterwards": when, by whom and how.
fn informed_fields(s: &Session, id: Id) -> Vec<Field> {
    let informed_afterwards = s
        .participant(id)
        .is_some_and(|p| p.attendance == crate::model::Attendance::InformedAfterwards);
    if !informed_afterwards {
        return Vec::new();
    }
    let i = s.informed.iter().find(|i| i.participant == id);
    vec![
        Field::new(
            T::InformedOn,
            FieldKind::Date,
            &date_text(i.and_then(|i| i.on)),
        ),
        Field::new(
            T::InformedBy,
            FieldKind::Line,
            i.map_or("", |i| i.by.as_str()),
        ),
        Field::new(
            T::InformedHow,
            FieldKind::Line,
            i.map_or("", |i| i.how.as_str()),
        ),
    ]
}

/// The leader's form is titled with the leader's title ("Voorzitter").
fn leader_form_title(s: &Session) -> T {
    match s.leader_title() {
        crate::model::LeaderTitle::Voorzitter => T::TitleVoorzitter,
        crate::model::LeaderTitle::Coordinator => T::TitleCoordinator,
        crate::model::LeaderTitle::Gespreksleider => T::TitleGespreksleider,
    }
}

/// The leader's name, and in a meeting where it can be chosen the title
/// (coördinator or gespreksleider); at an expertoverleg the voorzitter.
fn leader_fields(s: &Session) -> Vec<Field> {
    let mut out = vec![Field::new(T::FieldLeaderName, FieldKind::Line, &s.chair)];
    if LeaderTitle::choices(s.kind).len() > 1 {
        out.push(Field::new(
            T::FieldLeaderTitle,
            FieldKind::Line,
            crate::i18n::leader_word(s.leader_title()),
        ));
    }
    out
}

/// Writes the leader's fields (from `values[at..]`); a title not
/// recognised is a problem and leaves the title as it was.
fn apply_leader(values: &[String], at: usize, s: &mut Session) -> (usize, Option<String>) {
    let v = |i: usize| values.get(i).cloned().unwrap_or_default();
    s.chair = v(at);
    if LeaderTitle::choices(s.kind).len() <= 1 {
        return (1, None);
    }
    match crate::i18n::parse_leader_title(&v(at + 1)) {
        Some(t) if LeaderTitle::choices(s.kind).contains(&t) => {
            // The default is not written: the file stays as it was.
            s.leader_title = (t != LeaderTitle::for_kind(s.kind, None)).then_some(t);
            (2, None)
        }
        _ => (2, Some(T::LeaderTitleNotRecognised.s().to_string())),
    }
}

/// A word of `text` shaped like a date that does not exist ("31-02-2026").
pub fn impossible_date(text: &str) -> Option<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
        .find(|w| crate::model::looks_like_date(w) && parse_date(w).is_none())
        .map(str::to_string)
}

/// Reads a date as typed; `Ok(None)` for empty, `Err` when not a date.
pub fn read_date(text: &str) -> Result<Option<chrono::NaiveDate>, ()> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(text).map(Some).ok_or(())
}

/// "Eddy, basisschool De Linde" as a list of names; empty parts dropped.
pub fn split_names(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// Writes form values into the session. Returns a problem with a field (a
/// date not recognised), in which case that field is left as it was.
pub fn apply(item: Item, step: &Step, values: &[String], s: &mut Session) -> Option<String> {
    let v = |i: usize| values.get(i).cloned().unwrap_or_default();
    let mut problem = None;
    match item {
        Item::Household => {
            s.case.household = v(0);
            s.case.municipality = v(1);
            match read_yes_no(&v(2)) {
                Some(b) => s.case.minor_children = b,
                None => problem = Some(T::YesNoNotRecognised.s().to_string()),
            }
            s.case.hidden_names = split_names(&v(3));
            match crate::i18n::parse_violence(&v(4)) {
                Ok(k) => s.case.violence = k,
                Err(_) => problem = Some(T::ViolenceNotRecognised.s().to_string()),
            }
            match read_yes_no(&v(5)) {
                Some(b) => s.case.hide_municipality = b,
                None => problem = Some(T::YesNoNotRecognised.s().to_string()),
            }
            if values.len() > 6 {
                let (basis, p) = read_basis(&values[6..]);
                s.case.sharing_basis = basis;
                problem = problem.or(p);
            }
        }
        Item::Participant(id) => {
            if let Some(p) = s.participants.iter_mut().find(|p| p.id == id) {
                p.name = v(0);
                p.role = v(1);
                p.organisation = v(2);
                p.relation = v(3);
                let reason = v(4);
                p.no_score = (!reason.trim().is_empty()).then_some(reason);
                match crate::i18n::parse_group(&v(5)) {
                    Ok(g) => p.group = g,
                    Err(_) => problem = Some(T::GroupNotRecognised.s().to_string()),
                }
                match crate::i18n::parse_ring(&v(6)) {
                    Ok(r) => p.ring = r,
                    Err(_) => problem = Some(T::RingNotRecognised.s().to_string()),
                }
                match read_yes_no(&v(7)) {
                    Some(b) => p.on_call = b,
                    None => problem = Some(T::YesNoNotRecognised.s().to_string()),
                }
                match read_yes_no(&v(8)) {
                    Some(b) => p.hide_organisation = b,
                    None => problem = Some(T::YesNoNotRecognised.s().to_string()),
                }
                if values.len() > 9 {
                    let on = match read_date(&v(9)) {
                        Ok(d) => d,
                        Err(()) => {
                            problem = Some(T::DateNotRecognised.fmt(&[&v(9)]));
                            s.informed
                                .iter()
                                .find(|i| i.participant == id)
                                .and_then(|i| i.on)
                        }
                    };
                    let record = crate::model::Informed {
                        participant: id,
                        on,
                        by: v(10),
                        how: v(11),
                    };
                    s.informed.retain(|i| i.participant != id);
                    if !record.is_empty() {
                        s.informed.push(record);
                    }
                }
            }
        }
        Item::Roles => {
            let (n, p) = apply_leader(values, 0, s);
            problem = p;
            s.case.roles.casusregisseur = v(n).trim().to_string();
            s.case.roles.procesregisseur = v(n + 1).trim().to_string();
        }
        Item::ClientAttendance => {
            let reason = v(1);
            match read_yes_no(&v(0)) {
                // Nothing said yet: no decision is recorded.
                Some(false) if reason.trim().is_empty() && s.client_attendance.is_none() => {}
                Some(attends) => {
                    s.client_attendance = Some(crate::model::ClientAttendance { attends, reason })
                }
                None => problem = Some(T::YesNoNotRecognised.s().to_string()),
            }
        }
        Item::Fact(id) | Item::FactPick(id) => {
            if let Some(x) = s.facts.iter_mut().find(|f| f.id == id) {
                x.what = v(0);
                // A date that does not exist ("31-02-2026") is refused: it is
                // taken neither as a date nor as text (h-course2).
                match impossible_date(&v(1)) {
                    Some(bad) => {
                        x.when = crate::model::When::Unknown;
                        problem = Some(T::DateRefused.fmt(&[&bad]));
                    }
                    None => x.when = crate::model::When::parse(&v(1)),
                }
                x.reported_by = v(2);
                x.source = v(3);
            }
        }
        Item::Situation(id) => {
            if let Some(i) = s.top3.items().iter().position(|x| x.id == id)
                && let Some(x) = s.top3.get_mut(i)
            {
                x.text = v(0);
            }
        }
        Item::Answer(pid) => {
            let question = step.question.s().to_string();
            let new = s.scale(step.scale_key()).is_none();
            let scale = s.scale_mut(step.scale_key(), &question);
            scale.hidden |= new && step.hides_scores();
            let a = scale.answer_mut(pid);
            a.why_not_lower = v(0);
            a.why_not_higher = v(1);
            a.one_higher = v(2);
        }
        Item::Condition(id) => {
            if let Some(c) = s.conditions.iter_mut().find(|c| c.id == id) {
                c.text = v(0);
                c.monitored_by = v(1);
                c.if_broken = v(2);
            }
        }
        Item::Action(id) => {
            if let Some(a) = s.actions.iter_mut().find(|a| a.id == id) {
                a.who = v(0);
                a.what = v(1);
                match impossible_date(&v(2)) {
                    Some(bad) => {
                        a.term = crate::model::Term::Once { due: None };
                        problem = Some(T::DateRefused.fmt(&[&bad]));
                    }
                    None => {
                        a.term = crate::model::Term::parse(&v(2));
                        if let crate::model::Term::Unclear(typed) = &a.term {
                            problem = Some(T::TermKeptAsText.fmt(&[typed]));
                        }
                    }
                }
                a.how_checked = v(3);
                a.monitored_by = v(4);
                a.if_broken = v(5);
            }
        }
        Item::Review(target) => {
            if let Some(r) = s.review.iter_mut().find(|r| r.target == target) {
                r.note = v(0);
                match read_date(&v(1)) {
                    Ok(d) => r.on = d,
                    Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(1)])),
                }
            }
        }
        Item::Note(id) => {
            if let Some(n) = s.notes.iter_mut().find(|n| n.id == id) {
                n.text = v(0);
            }
        }
        Item::NextMeeting => match read_date(&v(0)) {
            Ok(d) => {
                s.next_meeting = d;
                if d.is_some_and(|d| d <= s.date) {
                    problem = Some(T::NextMeetingNotAfter.s().to_string());
                }
            }
            Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(0)])),
        },
        Item::Chair => problem = apply_leader(values, 0, s).1,
        Item::ClosesCase => s.closes_case = read_yes_no(&v(0)).unwrap_or(false),
        Item::EscalationOverride => {
            let reason = v(0);
            s.escalation_override = (!reason.trim().is_empty()).then_some(reason);
        }
        Item::OverrideReason => {}
        Item::Closure(part) => {
            let c = s.closure.get_or_insert_with(Default::default);
            match part {
                ClosurePart::Reason => c.reason = v(0),
                ClosurePart::Goals => c.goals_reached = v(0),
                ClosurePart::FollowUp(n) => {
                    if let Some(x) = c.follow_ups.get_mut(n) {
                        match read_date(&v(0)) {
                            Ok(Some(d)) => x.due = d,
                            Ok(None) => {}
                            Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(0)])),
                        }
                        match read_date(&v(1)) {
                            Ok(d) => x.held = d,
                            Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(1)])),
                        }
                        x.note = v(2);
                    }
                }
            }
        }
        Item::Approach(part) => {
            let a = &mut s.approach;
            match part {
                ApproachPart::Question => a.question = v(0),
                ApproachPart::Analysis => a.analysis = v(0),
                ApproachPart::Situation(id) => {
                    let x = a.for_situation_mut(id);
                    x.approach = v(0);
                    x.who = v(1);
                }
                ApproachPart::Expert(id) => a.for_expert_mut(id).escalates_to = v(0),
                ApproachPart::TakeBack => a.take_back = v(0),
            }
            a.tidy();
        }
        Item::Scenario => {
            let x = &mut s.scenario;
            x.next_incident = v(0);
            x.who_calls = v(1);
            x.who_acts = v(2);
            match read_yes_no(&v(3)) {
                Some(b) => x.police_registered = b,
                None => problem = Some(T::YesNoNotRecognised.s().to_string()),
            }
            match read_date(&v(4)) {
                Ok(d) => x.police_registered_on = d,
                Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(4)])),
            }
            x.huisverbod = v(5);
            x.shared_with = v(6);
        }
        Item::Apart(id) => {
            let question = step.question.s().to_string();
            let scale = s.scale_mut(step.scale_key(), &question);
            if let Some(a) = scale.apart.iter_mut().find(|a| a.id == id) {
                a.who = v(0);
                a.by = v(1);
                match read_date(&v(2)) {
                    Ok(d) => a.on = d,
                    Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(2)])),
                }
                a.how = v(3);
                a.words = v(4);
                let typed = v(5);
                match typed
                    .trim()
                    .parse::<u8>()
                    .ok()
                    .and_then(|n| crate::model::Score::new(n).ok())
                {
                    Some(score) => a.score = Some(score),
                    None if typed.trim().is_empty() => a.score = None,
                    None => problem = Some(T::ApartScoreNotRecognised.fmt(&[&typed.trim()])),
                }
            }
        }
        Item::Row(id) => {
            if let Some(row) = s.list_row_mut(id) {
                for (i, c) in step.columns.iter().enumerate() {
                    row.set(&c.key, v(i));
                }
            }
        }
    }
    problem
}
