//! The plan check: what keeps the plan of a session from being firm.

use crate::i18n::T;
pub use crate::model::VagueWords;
use crate::model::{Action, Id, ReviewStatus, ReviewTarget, Session, Term};
use crate::timeline::carries;

/// A part of an agreement that is still empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionPart {
    Who,
    What,
    When,
    Check,
    Monitor,
    IfBroken,
}

impl ActionPart {
    pub fn name(self) -> &'static str {
        match self {
            ActionPart::Who => T::ChkPartWho.s(),
            ActionPart::What => T::ChkPartWhat.s(),
            ActionPart::When => T::ChkPartWhen.s(),
            ActionPart::Check => T::ChkPartCheck.s(),
            ActionPart::Monitor => T::ChkPartMonitor.s(),
            ActionPart::IfBroken => T::ChkPartIfBroken.s(),
        }
    }
}

/// The field of a condition or agreement that holds a vague word (c-fix2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VagueField {
    /// The text of a condition.
    Condition,
    Who,
    What,
    Check,
    Monitor,
    IfBroken,
}

impl VagueField {
    /// The field's name as the screen shows it ("bewaakt door"), in a
    /// condition or an agreement.
    pub fn name(self, condition: bool) -> &'static str {
        match self {
            VagueField::Condition => T::VagueFieldCondition.s(),
            VagueField::IfBroken if condition => T::VagueFieldIfBrokenCondition.s(),
            VagueField::Who => T::ChkPartWho.s(),
            VagueField::What => T::ChkPartWhat.s(),
            VagueField::Check => T::ChkPartCheck.s(),
            VagueField::Monitor => T::VagueFieldMonitor.s(),
            VagueField::IfBroken => T::VagueFieldIfBroken.s(),
        }
    }
}

/// One thing that keeps the plan from being firm. Items carry their id (to
/// point at them on screen), their 1-based position in their list and a
/// short label (to name them in a sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// An agreement lacking who, what, when, a check or a consequence.
    ActionIncomplete {
        action: Id,
        position: usize,
        label: String,
        missing: Vec<ActionPart>,
    },
    /// A condition without someone who monitors it.
    ConditionUnmonitored {
        condition: Id,
        position: usize,
        label: String,
    },
    /// An agreement whose term was typed in a way the program did not
    /// understand.
    TermUnclear {
        action: Id,
        position: usize,
        label: String,
        typed: String,
    },
    /// A carried condition or agreement the review has not decided on.
    ReviewUndecided {
        target: ReviewTarget,
        label: String,
    },
    /// The review ended an item (gedaan, vervalt, stopt) without a reason.
    ReviewNoReason {
        target: ReviewTarget,
        label: String,
        status: ReviewStatus,
    },
    /// A condition not tied to a situation of the TOP 3.
    ConditionUntied {
        condition: Id,
        position: usize,
        label: String,
    },
    /// A TOP-3 situation without any condition.
    SituationWithoutConditions {
        situation: Id,
        rank: usize,
        label: String,
    },
    /// A scale question that present participants have not scored.
    ScaleScoresMissing {
        scale: Id,
        key: String,
        participants: Vec<(Id, String)>,
    },
    /// A new agreement whose deadline (or end) lies before the meeting.
    DeadlineBeforeMeeting {
        action: Id,
        position: usize,
        label: String,
        due: chrono::NaiveDate,
    },
    /// A condition reviewed as not kept, and nothing changed: no new text,
    /// no new agreement, no reason recorded.
    BrokenUnanswered {
        condition: Id,
        label: String,
    },
    /// A vague word in a field of a condition or agreement: the item's
    /// number as the screen shows it, the field, and what that field says.
    Vague {
        item: Id,
        /// A condition (else an agreement).
        condition: bool,
        position: usize,
        field: VagueField,
        quote: String,
        word: String,
    },
    /// An escalation is due and the aanmeldingsformulier is empty, with no
    /// reason recorded why the case is not registered.
    EscalationDue,
    /// Nobody is marked present: no one can have given a score.
    NobodyPresent,
    /// The case has no recorded basis for sharing its data.
    NoSharingBasis,
    /// The basis is recorded, but without whose consent or when, or
    /// another ground without its words.
    SharingIncomplete,
    NoScale,
    NoTop3,
    NoActions,
    NoNextMeeting,
    /// An expertoverleg that has not recorded whether the client takes
    /// part (a decision of the coördinator and the voorzitter).
    ClientAttendanceOpen,
    /// Directe veiligheid without a proactive scenario for the next incident.
    NoScenario,
}

impl Finding {
    /// The id of the item the finding is about, if it is about one.
    pub fn item(&self) -> Option<Id> {
        match self {
            Finding::ActionIncomplete { action: id, .. }
            | Finding::ConditionUntied { condition: id, .. }
            | Finding::SituationWithoutConditions { situation: id, .. }
            | Finding::ScaleScoresMissing { scale: id, .. }
            | Finding::ConditionUnmonitored { condition: id, .. }
            | Finding::TermUnclear { action: id, .. }
            | Finding::DeadlineBeforeMeeting { action: id, .. }
            | Finding::BrokenUnanswered { condition: id, .. }
            | Finding::Vague { item: id, .. } => Some(*id),
            Finding::ReviewUndecided { target, .. } | Finding::ReviewNoReason { target, .. } => {
                Some(target.id())
            }
            Finding::NobodyPresent
            | Finding::NoSharingBasis
            | Finding::SharingIncomplete
            | Finding::EscalationDue
            | Finding::NoScale
            | Finding::NoTop3
            | Finding::NoActions
            | Finding::NoNextMeeting
            | Finding::ClientAttendanceOpen => None,
            Finding::NoScenario => None,
        }
    }

    /// One sentence in the current language.
    pub fn message(&self) -> String {
        match self {
            Finding::ActionIncomplete {
                position,
                label,
                missing,
                ..
            } => {
                let parts: Vec<&str> = missing.iter().map(|p| p.name()).collect();
                T::ChkActionIncomplete.fmt(&[position, label, &parts.join(", ")])
            }
            Finding::ConditionUntied {
                position, label, ..
            } => T::ChkConditionUntied.fmt(&[position, label]),
            Finding::ConditionUnmonitored {
                position, label, ..
            } => T::ChkConditionNoMonitor.fmt(&[position, label, &T::ChkPartMonitor.s()]),
            Finding::TermUnclear {
                position,
                label,
                typed,
                ..
            } => T::ChkTermUnclear.fmt(&[position, label, typed]),
            Finding::ReviewUndecided { label, .. } => T::ChkReviewUndecided.fmt(&[label]),
            Finding::ReviewNoReason { label, status, .. } => {
                T::ChkReviewNoReason.fmt(&[label, &crate::i18n::review_status_name(*status)])
            }
            Finding::SituationWithoutConditions { rank, label, .. } => {
                T::ChkSituationBare.fmt(&[rank, label])
            }
            Finding::ScaleScoresMissing {
                key, participants, ..
            } => {
                let names: Vec<&str> = participants.iter().map(|(_, n)| n.as_str()).collect();
                T::ChkScaleMissing.fmt(&[key, &names.join(", ")])
            }
            Finding::DeadlineBeforeMeeting {
                position,
                label,
                due,
                ..
            } => T::ChkDeadlineBefore.fmt(&[position, label, &due.format("%d-%m-%Y")]),
            Finding::BrokenUnanswered { label, .. } => T::ChkBrokenUnanswered.fmt(&[label]),
            Finding::Vague {
                condition,
                position,
                field,
                quote,
                word,
                ..
            } => {
                if *field == VagueField::Condition {
                    return T::ChkVagueConditionText.fmt(&[position, quote, word]);
                }
                // "'iedereen' is vaag ('iedereen')" says the word twice.
                let whole = quote.trim().eq_ignore_ascii_case(word.trim());
                let t = match (*condition, whole) {
                    (true, false) => T::ChkVagueCondition,
                    (false, false) => T::ChkVagueAction,
                    (true, true) => T::ChkVagueConditionWhole,
                    (false, true) => T::ChkVagueActionWhole,
                };
                t.fmt(&[position, &field.name(*condition), quote, word])
            }
            Finding::EscalationDue => T::ChkEscalationDue.s().to_string(),
            Finding::NobodyPresent => T::ChkNobodyPresent.s().to_string(),
            Finding::NoSharingBasis => T::ChkNoSharingBasis.s().to_string(),
            Finding::SharingIncomplete => T::ChkSharingIncomplete.s().to_string(),
            Finding::NoScale => T::ChkNoScale.s().to_string(),
            Finding::NoTop3 => T::ChkNoTop3.s().to_string(),
            Finding::NoActions => T::ChkNoActions.s().to_string(),
            Finding::NoNextMeeting => T::ChkNoNextMeeting.s().to_string(),
            Finding::ClientAttendanceOpen => T::FindingClientAttendance.s().to_string(),
            Finding::NoScenario => T::ChkNoScenario.s().to_string(),
        }
    }
}

/// Everything that keeps the plan from being firm, in the order of the
/// meeting; empty when the plan can be made final. Vague words by the
/// shipped list.
pub fn check(session: &Session) -> Vec<Finding> {
    check_with(session, &VagueWords::default())
}

/// As `check_with`, and with the case's signals as the meeting began: an
/// escalation that is due must be registered (the aanmeldingsformulier
/// filled in) or overridden with a reason. An expertoverleg is itself the
/// registration's outcome.
pub fn check_case(
    session: &Session,
    signals: &[crate::timeline::Signal],
    vague: &VagueWords,
) -> Vec<Finding> {
    let mut out = check_with(session, vague);
    let due = signals.iter().any(|s| s.is_escalation());
    let overridden = session
        .escalation_override
        .as_deref()
        .is_some_and(|r| !r.trim().is_empty());
    if due
        && session.kind != crate::model::MeetingKind::Expertoverleg
        && session.case.registration.is_empty()
        && !overridden
    {
        out.insert(0, Finding::EscalationDue);
    }
    out
}

/// As `check`, with the vague words of the settings.
pub fn check_with(session: &Session, vague: &VagueWords) -> Vec<Finding> {
    let mut out = Vec::new();
    if session.present().next().is_none() {
        out.push(Finding::NobodyPresent);
    }
    match &session.case.sharing_basis {
        None => out.push(Finding::NoSharingBasis),
        Some(b) if b.is_incomplete() => out.push(Finding::SharingIncomplete),
        Some(_) => {}
    }
    for r in &session.review {
        let label = short(&r.text);
        match r.status {
            None => out.push(Finding::ReviewUndecided {
                target: r.target,
                label,
            }),
            Some(status) if status.ends() && r.note.trim().is_empty() => {
                out.push(Finding::ReviewNoReason {
                    target: r.target,
                    label,
                    status,
                })
            }
            Some(ReviewStatus::Broken) if r.note.trim().is_empty() => {
                let ReviewTarget::Condition(id) = r.target else {
                    continue;
                };
                let changed = session
                    .conditions
                    .iter()
                    .find(|c| c.id == id)
                    .is_none_or(|c| c.text.trim() != r.text.trim());
                let new_agreement = session.actions.iter().any(|a| {
                    a.answers == Some(id)
                        && !session
                            .review
                            .iter()
                            .any(|x| x.target == ReviewTarget::Action(a.id))
                });
                if !changed && !new_agreement {
                    out.push(Finding::BrokenUnanswered {
                        condition: id,
                        label,
                    });
                }
            }
            Some(_) => {}
        }
    }
    if session.top3.is_empty() {
        out.push(Finding::NoTop3);
    }
    if session.scales.is_empty() {
        out.push(Finding::NoScale);
    }
    for scale in &session.scales {
        // Not the leader who guards the process, nor an expert on call.
        let participants: Vec<(Id, String)> = session
            .scored()
            .filter(|p| scale.answer(p.id).and_then(|a| a.score).is_none())
            .map(|p| (p.id, person_label(&p.name, &p.role)))
            .collect();
        if !participants.is_empty() {
            out.push(Finding::ScaleScoresMissing {
                scale: scale.id,
                key: scale.key.clone(),
                participants,
            });
        }
    }
    for (i, s) in session.top3.items().iter().enumerate() {
        if session.conditions_for(s.id).next().is_none() {
            out.push(Finding::SituationWithoutConditions {
                situation: s.id,
                rank: i + 1,
                label: short(&s.text),
            });
        }
    }
    // Numbered as the conditions step shows them (c-fix2).
    for (i, c) in session.conditions_on_screen().into_iter().enumerate() {
        if !carries(session, ReviewTarget::Condition(c.id), &c.text) {
            continue;
        }
        // A condition from an earlier phase's plan stays in force as it is.
        let tied = c.origin.is_some() || c.situation.is_some_and(|s| session.top3.get(s).is_some());
        if !tied {
            out.push(Finding::ConditionUntied {
                condition: c.id,
                position: i + 1,
                label: short(&c.text),
            });
        }
        if c.monitored_by.trim().is_empty() {
            out.push(Finding::ConditionUnmonitored {
                condition: c.id,
                position: i + 1,
                label: short(&c.text),
            });
        }
        let fields = [
            (VagueField::Condition, &c.text),
            (VagueField::Monitor, &c.monitored_by),
            (VagueField::IfBroken, &c.if_broken),
        ];
        for (field, text) in fields {
            if let Some(word) = vague.find(text) {
                out.push(Finding::Vague {
                    item: c.id,
                    condition: true,
                    position: i + 1,
                    field,
                    quote: short(text),
                    word: word.to_string(),
                });
            }
        }
    }
    if session.actions.is_empty() {
        out.push(Finding::NoActions);
    }
    for (i, a) in session.actions.iter().enumerate() {
        if !carries(session, ReviewTarget::Action(a.id), &a.what) {
            continue;
        }
        if let Term::Unclear(typed) = &a.term {
            out.push(Finding::TermUnclear {
                action: a.id,
                position: i + 1,
                label: action_label(a),
                typed: typed.clone(),
            });
        }
        let reviewed = session
            .review
            .iter()
            .any(|r| r.target == ReviewTarget::Action(a.id));
        let end = match &a.term {
            Term::Once { due } => *due,
            Term::Standing { until, .. } => *until,
            Term::Unclear(_) => None,
        };
        if !reviewed && let Some(due) = end.filter(|d| *d < session.date) {
            out.push(Finding::DeadlineBeforeMeeting {
                action: a.id,
                position: i + 1,
                label: action_label(a),
                due,
            });
        }
        let fields = [
            (VagueField::Who, &a.who),
            (VagueField::What, &a.what),
            (VagueField::Check, &a.how_checked),
            (VagueField::Monitor, &a.monitored_by),
            (VagueField::IfBroken, &a.if_broken),
        ];
        for (field, text) in fields {
            if let Some(word) = vague.find(text) {
                out.push(Finding::Vague {
                    item: a.id,
                    condition: false,
                    position: i + 1,
                    field,
                    quote: short(text),
                    word: word.to_string(),
                });
            }
        }
        let missing = missing_parts(a);
        if !missing.is_empty() {
            out.push(Finding::ActionIncomplete {
                action: a.id,
                position: i + 1,
                label: action_label(a),
                missing,
            });
        }
    }
    // Directe veiligheid needs a proactive scenario: what happens at the
    // next incident, who calls whom, who acts (DOMAIN.md §2.3).
    if session.phase == crate::model::Phase::DirecteVeiligheid && !session.scenario.is_filled() {
        out.push(Finding::NoScenario);
    }
    // No next meeting is needed after the last one, nor after an
    // expertoverleg (the case goes on in the meetings it decides).
    if session.next_meeting.is_none()
        && !session.closes_case
        && session.kind != crate::model::MeetingKind::Expertoverleg
    {
        out.push(Finding::NoNextMeeting);
    }
    if session.kind == crate::model::MeetingKind::Expertoverleg
        && session.client_attendance.is_none()
    {
        out.push(Finding::ClientAttendanceOpen);
    }
    out
}

/// The plan has no findings.
pub fn is_firm(session: &Session) -> bool {
    check(session).is_empty()
}

fn missing_parts(a: &Action) -> Vec<ActionPart> {
    let blank = |s: &str| s.trim().is_empty();
    let mut m = Vec::new();
    if blank(&a.who) {
        m.push(ActionPart::Who);
    }
    if blank(&a.what) {
        m.push(ActionPart::What);
    }
    if a.term == (Term::Once { due: None }) {
        m.push(ActionPart::When);
    }
    if blank(&a.how_checked) {
        m.push(ActionPart::Check);
    }
    if blank(&a.monitored_by) {
        m.push(ActionPart::Monitor);
    }
    if blank(&a.if_broken) {
        m.push(ActionPart::IfBroken);
    }
    m
}

fn action_label(a: &Action) -> String {
    let who = a.who.trim();
    let what = short(&a.what);
    match (who.is_empty(), what.is_empty()) {
        (false, false) => format!("{}: {what}", short(who)),
        (false, true) => short(who),
        (true, _) => what,
    }
}

fn person_label(name: &str, role: &str) -> String {
    let (name, role) = (name.trim(), role.trim());
    if role.is_empty() || role.eq_ignore_ascii_case(name) {
        name.to_string()
    } else if name.is_empty() {
        role.to_string()
    } else {
        format!("{name} ({role})")
    }
}

/// The first few words of a text, on one line.
pub(crate) fn short(text: &str) -> String {
    crate::i18n::short_text(text, 40)
}
