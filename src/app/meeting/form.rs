//! An open form: typing into it, closing it, and the "finalise anyway" form.

use super::Meeting;
use crate::app::form::{Field, FieldKind, Form, FormOutcome};
use crate::app::items::{self, Item};
use crate::app::{Action, Command, Effect};
use crate::i18n::T;
use ratatui_textarea::{Input, Key as TKey};

impl Meeting {
    /// `f` on the summary: vastgesteld when the check passes; otherwise ask
    /// for the reason to fix it anyway, which is recorded in the session.
    pub(super) fn finalize(&mut self) -> Option<String> {
        if !self.session.plan_status.is_concept() {
            self.change();
            crate::plan::reopen(&mut self.session);
            return Some(T::PlanReopened.s().to_string());
        }
        let before = self.session.clone();
        let date = self.session.date;
        match crate::plan::mark_vastgesteld_in_case(
            &mut self.session,
            date,
            None,
            &self.past.signals,
            &self.past.vague,
        ) {
            Ok(()) => {
                self.history.record(before);
                self.touch();
                Some(T::PlanFixed.s().to_string())
            }
            Err(findings) => {
                self.editing = Some(Item::OverrideReason);
                self.form = Some(Form::new(
                    T::FormOverride,
                    vec![Field::new(T::FieldOverride, FieldKind::Multi, "")],
                    before,
                    false,
                ));
                Some(T::PlanNotFirm.fmt(&[&findings.len()]))
            }
        }
    }

    pub(super) fn update_form(&mut self, action: Action) -> (Vec<Effect>, Option<String>) {
        let Some(form) = self.form.as_mut() else {
            return (Vec::new(), None);
        };
        let esc = matches!(
            action,
            Action::Command(Command::Escape) | Action::Input(Input { key: TKey::Esc, .. })
        );
        if esc && self.editing == Some(Item::OverrideReason) {
            // Esc cancels "finalise anyway"; only Enter confirms it.
            self.form = None;
            self.editing = None;
            return (Vec::new(), Some(T::PlanNotFixed.s().to_string()));
        }
        let quitting = action == Action::Command(Command::Quit);
        if quitting && self.editing == Some(Item::OverrideReason) {
            self.form = None;
            self.editing = None;
            self.dirty |= self.edited;
            return (vec![Effect::SaveNow, Effect::Quit], None);
        }
        let esc_again = esc && form.refused;
        let outcome = match action {
            Action::Input(input) => form.input(input),
            Action::Paste(text) => {
                form.paste(&text);
                FormOutcome::Edited
            }
            Action::Command(Command::Escape | Command::Quit) => FormOutcome::Close,
            _ => FormOutcome::Ignored,
        };
        if outcome != FormOutcome::Close {
            form.refused = false;
        }
        let values = form.values();
        let item = self.editing;
        if outcome == FormOutcome::Edited
            && let Some(item) = item
        {
            let step = self.layout.steps[self.session.step].clone();
            let problem = if self.visibility_form {
                crate::app::visibility::apply(item, &values, &mut self.session)
            } else {
                items::apply(item, &step, &values, &mut self.session)
            };
            self.ensure_closure();
            let problem = problem.or_else(|| self.reopen_if_fixed());
            if let Some(f) = self.form.as_mut() {
                f.error = problem;
            }
            self.touch();
        }
        if outcome != FormOutcome::Close {
            return (Vec::new(), None);
        }
        // c-fix3: a date that is not one keeps the form open on its field,
        // with what was typed, and says why (quitting still saves and quits).
        if !quitting
            && item != Some(Item::OverrideReason)
            && let Some(form) = self.form.as_mut()
            && let Some((field, why, dropped)) = form.bad_date()
        {
            if esc_again {
                // Closed anyway: the date is not taken, and that is said.
                form.error = Some(dropped);
            } else {
                form.focus = field;
                form.error = Some(why.clone());
                form.refused = true;
                return (Vec::new(), Some(why));
            }
        }
        let form = self.form.take().expect("form is open");
        let item = self.editing.take();
        self.visibility_form = false;
        if item == Some(Item::OverrideReason) {
            let reason = form.values().first().cloned().unwrap_or_default();
            let date = self.session.date;
            let status = match crate::plan::mark_vastgesteld_in_case(
                &mut self.session,
                date,
                Some(&reason),
                &self.past.signals,
                &self.past.vague,
            ) {
                Ok(()) => {
                    self.history.record(form.before);
                    self.touch();
                    T::PlanFixedOverride.s().to_string()
                }
                Err(_) => T::PlanNotFixed.s().to_string(),
            };
            return (vec![Effect::SaveNow], Some(status));
        }
        let mut status = form.error.clone();
        if form.is_new && form.is_blank() {
            // Nothing was typed into a new item: it was never there.
            self.session = form.before;
            self.touch();
            status = None;
        } else if self.session != form.before {
            self.history.record(form.before);
        }
        self.clamp_selection();
        if quitting {
            self.dirty |= self.edited;
            return (vec![Effect::SaveNow, Effect::Quit], status);
        }
        (vec![Effect::SaveNow], status)
    }
}
