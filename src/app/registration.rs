//! The MDA++ aanmeldingsformulier as a form screen (DOMAIN.md §3.1): every
//! field of the form, filled in the program and saved in the session's
//! case, anonymised as the form asks (one person's initials, ages in bands).

use super::form::{Field, FieldKind, Form, FormOutcome, YES_NO, choice_index};
use super::items::read_date;
use super::{Action, Command, Meeting, Screen};
use crate::i18n::T;
use crate::model::{Criterion, CriterionAnswer, Registration, Session};
pub use crate::plan::{ages_as_bands, band_text, composition_in_bands, criterion_labels};
use crate::timeline::{Rules, Signal};
use ratatui_textarea::{Input, Key as TKey};

/// The form screen. It edits the registration of the meeting under it
/// (opened from the meeting's banner, or from the history over a meeting of
/// the case), or of its own copy of the case's newest meeting (`own`, with
/// the session's lock held by the host while it is open).
#[derive(Debug, Clone)]
pub struct RegistrationScreen {
    pub code: String,
    pub form: Form,
    /// The newest meeting of the case when no meeting of it is open.
    pub own: Option<Box<Meeting>>,
    /// Where Esc goes back to.
    pub back: Screen,
    /// The registration as the form was opened (to record one undo step in
    /// the meeting, and to know whether anything changed).
    pub before: Registration,
}

// Where each part of the registration is in the form.
const REFERRER: usize = 0;
const INITIALS: usize = 1;
const INITIALS_ROLE: usize = 2;
const MUNICIPALITY: usize = 3;
const COMPOSITION: usize = 4;
const SAME_ADDRESS: usize = 5;
const SITUATION: usize = 6;
const CRITERIA: usize = 7;
const ZVH: usize = CRITERIA + 2 * Criterion::COUNT as usize;
const ZVH_FOR: usize = ZVH + 1;
const REASON: usize = ZVH + 2;
const SENT_BY: usize = ZVH + 3;
const SENT_ON: usize = ZVH + 4;
const SENT_TO: usize = ZVH + 5;
const MANAGER: usize = ZVH + 6;
const FAMILY: usize = ZVH + 7;

fn answer_word(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => T::Yes.s(),
        Some(false) => T::No.s(),
        None => "",
    }
}

/// The reason to register, in words, from the case's escalation signals
/// (the others when none escalates).
pub fn reason_from_signals(signals: &[Signal], rules: &Rules) -> String {
    let escalating: Vec<&Signal> = signals.iter().filter(|s| s.is_escalation()).collect();
    escalating
        .iter()
        // Month and year, not the day: the form gives no dates it does not
        // ask for.
        .map(|s| crate::plan::dates_as_months(&s.describe(rules)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The form's fields filled from `s`'s registration; what is still empty
/// is filled from the case where the form allows it (one person's
/// initials and role, the composition in bands, the reason from the
/// signals), for the chair to check and edit.
pub fn fields(s: &Session, signals: &[Signal], rules: &Rules) -> Vec<Field> {
    use FieldKind::*;
    let reg = &s.case.registration;
    let f = Field::new;
    let first = reg
        .members
        .iter()
        .find(|m| !m.initials().is_empty() && !m.role.trim().is_empty());
    let initials = if reg.initials.is_empty() {
        first.map(|m| m.initials()).unwrap_or_default()
    } else {
        reg.initials.clone()
    };
    let role = if reg.initials_role.is_empty() {
        first.map(|m| m.role.trim().to_string()).unwrap_or_default()
    } else {
        reg.initials_role.clone()
    };
    let composition = if reg.composition.is_empty() {
        composition_in_bands(s)
    } else {
        reg.composition.clone()
    };
    let reason = if reg.escalation_reason.is_empty() {
        reason_from_signals(signals, rules)
    } else {
        reg.escalation_reason.clone()
    };
    let mut out = vec![
        f(T::FormReferrer, Line, &reg.referrer),
        f(T::FormInitials, Line, &initials),
        f(T::FormInitialsRole, Line, &role),
        f(T::RegMunicipality, Line, &reg.municipality),
        f(T::RegComposition, Multi, &composition),
        f(
            T::FormSameAddress,
            Choice(YES_NO),
            answer_word(reg.same_address),
        ),
        f(T::FormSituationSummary, Multi, &reg.situation),
    ];
    for c in Criterion::all() {
        let (answer, explain) = criterion_labels(c);
        let a = reg.answer(c);
        out.push(f(
            answer,
            Choice(YES_NO),
            answer_word(a.and_then(|a| a.applies)),
        ));
        out.push(f(explain, Multi, a.map_or("", |a| a.explanation.as_str())));
    }
    let sent_on = reg
        .sent_on
        .map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default();
    out.extend([
        f(T::FormZvh, Choice(YES_NO), answer_word(reg.zvh_involved)),
        f(T::FormZvhFor, Line, &reg.zvh_for),
        f(T::RegReason, Multi, &reason),
        f(T::RegSentBy, Line, &reg.sent_by),
        f(T::RegSentOn, Date, &sent_on),
        f(T::RegSentTo, Line, &reg.sent_to),
        f(T::RegManagerCopy, Line, &reg.manager_copy),
        f(
            T::RegFamilyInformed,
            Choice(YES_NO),
            answer_word(reg.family_informed),
        ),
    ]);
    out
}

fn yes_no_of(field: &Field) -> Option<bool> {
    let FieldKind::Choice(options) = field.kind else {
        return None;
    };
    choice_index(options, &field.value()).map(|i| options[i] == T::Yes)
}

/// The registration the form's fields say, on top of `old` (its household
/// members are kept). Returns a problem with a field (a date not
/// recognised), in which case that field keeps its old value.
pub fn apply(form: &Form, old: &Registration) -> (Registration, Option<String>) {
    let v = |i: usize| form.fields.get(i).map(Field::value).unwrap_or_default();
    let yn = |i: usize| form.fields.get(i).and_then(yes_no_of);
    let mut r = old.clone();
    let mut problem = None;
    r.referrer = v(REFERRER);
    r.initials = v(INITIALS);
    r.initials_role = v(INITIALS_ROLE);
    r.municipality = v(MUNICIPALITY);
    r.composition = v(COMPOSITION);
    r.same_address = yn(SAME_ADDRESS);
    r.situation = v(SITUATION);
    r.criteria = Criterion::all()
        .enumerate()
        .filter_map(|(k, number)| {
            let applies = yn(CRITERIA + 2 * k);
            let explanation = v(CRITERIA + 2 * k + 1);
            (applies.is_some() || !explanation.trim().is_empty()).then_some(CriterionAnswer {
                number,
                applies,
                explanation,
            })
        })
        .collect();
    r.zvh_involved = yn(ZVH);
    r.zvh_for = v(ZVH_FOR);
    r.escalation_reason = v(REASON);
    r.sent_by = v(SENT_BY);
    match read_date(&v(SENT_ON)) {
        Ok(d) => r.sent_on = d,
        Err(()) => problem = Some(T::DateNotRecognised.fmt(&[&v(SENT_ON)])),
    }
    r.sent_to = v(SENT_TO);
    r.manager_copy = v(MANAGER);
    r.family_informed = yn(FAMILY);
    (r, problem)
}

/// The answer the form now gives to criterion 1, for the screen's notice.
pub fn required_answer(form: &Form) -> Option<bool> {
    form.fields.get(CRITERIA).and_then(yes_no_of)
}

impl RegistrationScreen {
    /// The screen over `back`, for the registration of `session` (the
    /// meeting under it, or `own`).
    pub fn new(
        session: &Session,
        signals: &[Signal],
        rules: &Rules,
        own: Option<Box<Meeting>>,
        back: Screen,
    ) -> RegistrationScreen {
        let form = Form::new(
            T::FormTitle,
            fields(session, signals, rules),
            session.clone(),
            false,
        );
        RegistrationScreen {
            code: session.case.code.to_string(),
            form,
            own,
            back,
            before: session.case.registration.clone(),
        }
    }

    /// Handles a key. Returns the new registration when the form changed
    /// it (with a problem, if any), and whether the screen closes.
    pub fn input(&mut self, action: Action) -> (Option<(Registration, Option<String>)>, bool) {
        let outcome = match action {
            Action::Input(Input { key: TKey::Esc, .. })
            | Action::Command(Command::Escape | Command::Quit) => FormOutcome::Close,
            Action::Input(input) => self.form.input(input),
            Action::Paste(text) => {
                self.form.paste(&text);
                FormOutcome::Edited
            }
            _ => FormOutcome::Ignored,
        };
        let changed = (outcome == FormOutcome::Edited).then(|| apply(&self.form, &self.before));
        (changed, outcome == FormOutcome::Close)
    }
}

/// Opens the form over the open meeting (the banner's key): pure, the
/// signals are those the meeting began with.
pub fn open_over_meeting(screen: Screen) -> Screen {
    let Screen::Meeting(m) = &screen else {
        return screen;
    };
    let (session, signals, rules) = (
        m.session.clone(),
        m.past.signals.clone(),
        m.past.rules.clone(),
    );
    Screen::Registration(Box::new(RegistrationScreen::new(
        &session, &signals, &rules, None, screen,
    )))
}
