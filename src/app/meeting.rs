//! The meeting screen's state and how each command changes it.

use super::form::{Form, FormOutcome};
use super::items::{self, Item};
use super::{Action, Command, Effect, History};
use crate::i18n::T;
use crate::layout::{Layout, Step, StepKind};
use crate::model::{
    Action as Agreement, Condition, Fact, FactKind, Note, Participant, ReviewStatus, Score,
    Session, Situation,
};
use ratatui_textarea::{Input, Key as TKey};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Meeting {
    /// Where the session is saved; `None` in tests and previews.
    pub path: Option<PathBuf>,
    pub session: Session,
    pub layout: Layout,
    /// Selected item per step.
    pub selected: Vec<usize>,
    /// On the TOP-3 step: 0 the TOP 3, 1 the facts to choose from.
    pub pane: usize,
    pub form: Option<Form>,
    /// The item the open form edits.
    pub editing: Option<Item>,
    pub history: History<Session>,
    /// Changed since the last save.
    pub dirty: bool,
    /// The meeting itself was changed since it was opened. Only then are
    /// the position and the clock saved too: reading an old meeting never
    /// rewrites its file.
    pub edited: bool,
    /// Scroll offset of the summary, in lines.
    pub scroll: u16,
    /// Milliseconds not yet counted as a whole second.
    pub clock_ms: u64,
}

/// The commands that do something on a step, in footer order.
pub fn step_commands(kind: StepKind) -> &'static [Command] {
    use Command::*;
    match kind {
        StepKind::Participants => &[Add, Edit, Toggle, Delete, Privacy],
        StepKind::Review => &[Toggle, Edit],
        StepKind::Facts => &[Add, Edit, Cycle, MoveUp, Delete],
        StepKind::Top3 => &[SwitchPane, Add, Edit, MoveUp, Delete],
        StepKind::Scale => &[Edit, Delete],
        StepKind::Conditions => &[Add, Edit, Cycle, Delete],
        StepKind::Actions => &[Add, Edit, Delete],
        StepKind::Notes => &[Add, Privacy, Edit, Toggle, Delete],
        StepKind::Closing => &[Edit],
        StepKind::Summary => &[Export, Finalize],
    }
}

impl Meeting {
    pub fn new(session: Session, layout: Layout, path: Option<PathBuf>) -> Meeting {
        let steps = layout.steps.len();
        let mut m = Meeting {
            path,
            session,
            layout,
            selected: vec![0; steps.max(1)],
            pane: 0,
            form: None,
            editing: None,
            history: History::new(200),
            dirty: false,
            edited: false,
            scroll: 0,
            clock_ms: 0,
        };
        m.session.step = m.session.step.min(steps.saturating_sub(1));
        m
    }

    pub fn step_index(&self) -> usize {
        self.session.step
    }

    pub fn step(&self) -> &Step {
        &self.layout.steps[self.session.step]
    }

    pub fn on_scale_step(&self) -> bool {
        self.form.is_none() && self.step().kind == StepKind::Scale
    }

    pub fn items(&self) -> Vec<Item> {
        items::items(self.step(), &self.session, self.pane)
    }

    pub fn selected_index(&self) -> usize {
        self.selected[self.session.step]
    }

    pub fn selected_item(&self) -> Option<Item> {
        self.items().get(self.selected_index()).copied()
    }

    fn select(&mut self, item: Item) {
        if let Some(i) = self.items().iter().position(|x| *x == item) {
            self.selected[self.session.step] = i;
        }
    }

    fn clamp_selection(&mut self) {
        let n = self.items().len();
        let s = &mut self.selected[self.session.step];
        *s = (*s).min(n.saturating_sub(1));
    }

    /// Marks the meeting changed: saved soon.
    fn touch(&mut self) {
        self.dirty = true;
        self.edited = true;
    }

    /// Records the current session for undo, then marks it changed.
    fn change(&mut self) {
        self.history.record(self.session.clone());
        self.touch();
        if !self.session.plan_status.is_concept() {
            crate::plan::reopen(&mut self.session);
        }
    }

    /// A plan that was vastgesteld and is then changed is a concept again.
    fn reopen_if_fixed(&mut self) -> Option<String> {
        if self.session.plan_status.is_concept() {
            return None;
        }
        crate::plan::reopen(&mut self.session);
        Some(T::PlanReopenedByChange.s().to_string())
    }

    pub fn update(&mut self, action: Action) -> (Vec<Effect>, Option<String>) {
        if self.form.is_some() {
            return self.update_form(action);
        }
        let mut effects = Vec::new();
        let mut status = None;
        let was_fixed = !self.session.plan_status.is_concept();
        let finalizing = action == Action::Command(Command::Finalize);
        match action {
            Action::Score(v) => status = self.set_score(v),
            Action::Command(c) => match c {
                Command::NextStep => self.goto(self.session.step + 1),
                Command::PrevStep => self.goto(self.session.step.saturating_sub(1)),
                Command::Up => {
                    if self.step().kind == StepKind::Summary {
                        self.scroll = self.scroll.saturating_sub(3);
                    }
                    let s = &mut self.selected[self.session.step];
                    *s = s.saturating_sub(1);
                }
                Command::Down => {
                    if self.step().kind == StepKind::Summary {
                        self.scroll = self.scroll.saturating_add(3);
                    }
                    let n = self.items().len();
                    let s = &mut self.selected[self.session.step];
                    if *s + 1 < n {
                        *s += 1;
                    }
                }
                Command::SwitchPane if self.step().kind == StepKind::Top3 => {
                    self.pane = 1 - self.pane;
                    self.selected[self.session.step] = 0;
                }
                Command::Add => status = self.add(),
                Command::Edit => status = self.edit(),
                Command::Delete => status = self.delete(),
                Command::Toggle => self.toggle(),
                Command::Cycle => self.cycle(),
                Command::MoveUp => self.move_selected(-1),
                Command::MoveDown => self.move_selected(1),
                Command::Undo => {
                    status = Some(match self.history.undo(self.session.clone()) {
                        Some(prev) => {
                            self.restore(prev);
                            T::Undone.s().to_string()
                        }
                        None => T::NothingToUndo.s().to_string(),
                    })
                }
                Command::Redo => {
                    status = Some(match self.history.redo(self.session.clone()) {
                        Some(next) => {
                            self.restore(next);
                            T::Redone.s().to_string()
                        }
                        None => T::NothingToRedo.s().to_string(),
                    })
                }
                Command::Save => effects.push(Effect::SaveNow),
                Command::Quit => {
                    // Also saves the time spent since the last save.
                    self.dirty |= self.edited;
                    effects.extend([Effect::SaveNow, Effect::Quit])
                }
                Command::Export if self.step().kind == StepKind::Summary => {
                    effects.extend([Effect::SaveNow, Effect::ExportPlan])
                }
                Command::Finalize if self.step().kind == StepKind::Summary => {
                    status = self.finalize()
                }
                Command::Privacy if self.step().kind == StepKind::Participants => {
                    self.change();
                    self.session.wall_names = self.session.wall_names.cycle();
                }
                // A note that is private from the first key: never on the wall.
                Command::Privacy if self.step().kind == StepKind::Notes => {
                    let before = self.session.clone();
                    let id = self.session.alloc_id();
                    self.session.notes.push(Note {
                        id,
                        text: String::new(),
                        private: true,
                    });
                    self.touch();
                    status = self.open_form(Item::Note(id), before, true);
                }
                _ => {}
            },
            Action::Paste(_) | Action::Input(_) => {}
            Action::Unblank | Action::Resize(..) | Action::Tick(_) => {}
        }
        if was_fixed && !finalizing && self.session.plan_status.is_concept() {
            status = Some(T::PlanReopenedByChange.s().to_string());
        }
        (effects, status)
    }

    /// Counts time on the current step. The time is saved with the session
    /// at least once a minute; it is not part of undo.
    pub fn tick(&mut self, elapsed: std::time::Duration) {
        self.clock_ms += elapsed.as_millis() as u64;
        let seconds = self.clock_ms / 1000;
        if seconds == 0 {
            return;
        }
        self.clock_ms %= 1000;
        let before = self.session.timing.total();
        self.session.timing.add(self.session.step, seconds);
        if before / 60 != self.session.timing.total() / 60 {
            self.dirty |= self.edited;
        }
    }

    /// Seconds on the current step and its time box, if the layout gives one.
    pub fn step_clock(&self) -> (u64, Option<u64>) {
        let spent = self.session.timing.of_step(self.session.step);
        (spent, self.step().minutes.map(|m| u64::from(m) * 60))
    }

    fn restore(&mut self, session: Session) {
        let step = self.session.step;
        let timing = std::mem::take(&mut self.session.timing);
        self.session = session;
        self.session.step = step;
        self.session.timing = timing;
        self.touch();
        self.clamp_selection();
    }

    fn goto(&mut self, step: usize) {
        let last = self.layout.steps.len().saturating_sub(1);
        let step = step.min(last);
        if step != self.session.step {
            self.session.step = step;
            self.pane = 0;
            self.scroll = 0;
            // The position is saved with a changed meeting, so reopening
            // resumes here.
            self.dirty |= self.edited;
        }
        self.clamp_selection();
    }

    fn set_score(&mut self, value: u8) -> Option<String> {
        let Some(Item::Answer(pid)) = self.selected_item() else {
            return Some(T::NoParticipantsPresent.s().to_string());
        };
        let score = Score::new(value).ok()?;
        self.change();
        let question = self.step().question.s().to_string();
        let key = self.step().scale_key().to_string();
        self.session
            .scale_mut(&key, &question)
            .answer_mut(pid)
            .score = Some(score);
        // Move on to the next person, as the room goes round the table.
        let n = self.items().len();
        let s = &mut self.selected[self.session.step];
        if *s + 1 < n {
            *s += 1;
        }
        None
    }

    /// `f` on the summary: vastgesteld when the check passes; otherwise ask
    /// for the reason to fix it anyway, which is recorded in the session.
    fn finalize(&mut self) -> Option<String> {
        if !self.session.plan_status.is_concept() {
            self.change();
            crate::plan::reopen(&mut self.session);
            return Some(T::PlanReopened.s().to_string());
        }
        let before = self.session.clone();
        let date = self.session.date;
        match crate::plan::mark_vastgesteld(&mut self.session, date, None) {
            Ok(()) => {
                self.history.record(before);
                self.touch();
                Some(T::PlanFixed.s().to_string())
            }
            Err(findings) => {
                self.editing = Some(Item::OverrideReason);
                self.form = Some(Form::new(
                    T::FormOverride,
                    vec![super::form::Field::new(
                        T::FieldOverride,
                        super::FieldKind::Multi,
                        "",
                    )],
                    before,
                    false,
                ));
                Some(T::PlanNotFirm.fmt(&[&findings.len()]))
            }
        }
    }

    fn open_form(&mut self, item: Item, before: Session, is_new: bool) -> Option<String> {
        let (title, fields) = items::form_fields(item, self.step(), &self.session)?;
        self.select(item);
        self.editing = Some(item);
        self.form = Some(Form::new(title, fields, before, is_new));
        None
    }

    fn add(&mut self) -> Option<String> {
        let before = self.session.clone();
        let kind = self.step().kind;
        let item = match kind {
            StepKind::Participants => {
                let id = self.session.alloc_id();
                self.session.participants.push(Participant::new(id, ""));
                Item::Participant(id)
            }
            StepKind::Facts => {
                let fact_kind = match self.selected_item() {
                    Some(Item::Fact(id)) => self.session.fact(id).map(|f| f.kind),
                    _ => None,
                }
                .unwrap_or(FactKind::Eerste);
                let id = self.session.alloc_id();
                self.session.facts.push(Fact::new(id, fact_kind, ""));
                Item::Fact(id)
            }
            StepKind::Top3 => {
                if self.session.top3.is_full() {
                    return Some(T::Top3Full.s().to_string());
                }
                let picked = match (self.pane, self.selected_item()) {
                    (1, Some(Item::FactPick(fid))) => self.session.fact(fid).cloned(),
                    _ => None,
                };
                let id = self.session.alloc_id();
                let situation = match &picked {
                    Some(f) => Situation {
                        id,
                        text: f.what.clone(),
                        facts: vec![f.id],
                    },
                    None => Situation {
                        id,
                        text: String::new(),
                        facts: Vec::new(),
                    },
                };
                self.session.top3.push(situation).ok()?;
                self.pane = 0;
                if picked.is_some() {
                    self.history.record(before);
                    self.touch();
                    self.select(Item::Situation(id));
                    return Some(T::AddedToTop3.s().to_string());
                }
                Item::Situation(id)
            }
            StepKind::Conditions => {
                let situation = match self.selected_item() {
                    Some(Item::Condition(cid)) => self
                        .session
                        .conditions
                        .iter()
                        .find(|c| c.id == cid)
                        .and_then(|c| c.situation),
                    _ => self.session.top3.items().first().map(|s| s.id),
                };
                let id = self.session.alloc_id();
                self.session.conditions.push(Condition {
                    id,
                    situation,
                    text: String::new(),
                });
                Item::Condition(id)
            }
            StepKind::Actions => {
                let id = self.session.alloc_id();
                self.session.actions.push(Agreement::new(id));
                Item::Action(id)
            }
            StepKind::Notes => {
                let id = self.session.alloc_id();
                self.session.notes.push(Note {
                    id,
                    text: String::new(),
                    private: false,
                });
                Item::Note(id)
            }
            _ => return None,
        };
        self.touch();
        self.open_form(item, before, true)
    }

    fn edit(&mut self) -> Option<String> {
        match self.selected_item() {
            Some(Item::FactPick(_)) => self.add(),
            Some(item) => self.open_form(item, self.session.clone(), false),
            None => None,
        }
    }

    fn delete(&mut self) -> Option<String> {
        let item = self.selected_item()?;
        self.change();
        let s = &mut self.session;
        match item {
            Item::Participant(id) => {
                s.participants.retain(|p| p.id != id);
                for scale in &mut s.scales {
                    scale.answers.retain(|a| a.participant != id);
                }
            }
            Item::Fact(id) => {
                s.facts.retain(|f| f.id != id);
                for i in 0..s.top3.len() {
                    if let Some(sit) = s.top3.get_mut(i) {
                        sit.facts.retain(|f| *f != id);
                    }
                }
            }
            Item::Situation(id) => {
                if let Some(i) = s.top3.items().iter().position(|x| x.id == id) {
                    s.top3.remove(i);
                }
                for c in &mut s.conditions {
                    if c.situation == Some(id) {
                        c.situation = None;
                    }
                }
            }
            Item::Answer(pid) => {
                let key = self.layout.steps[s.step].scale_key().to_string();
                if let Some(scale) = s.scales.iter_mut().find(|x| x.key == key) {
                    scale.answers.retain(|a| a.participant != pid);
                }
            }
            Item::Condition(id) => s.conditions.retain(|c| c.id != id),
            Item::Action(id) => s.actions.retain(|a| a.id != id),
            Item::Note(id) => s.notes.retain(|n| n.id != id),
            Item::Review(t) => {
                if let Some(r) = s.review.iter_mut().find(|r| r.target == t) {
                    r.status = None;
                    r.note.clear();
                }
            }
            Item::Household
            | Item::FactPick(_)
            | Item::NextMeeting
            | Item::Chair
            | Item::OverrideReason => {
                return None;
            }
        }
        self.clamp_selection();
        Some(T::Deleted.fmt(&[&self.keymap_hint_undo()]))
    }

    fn keymap_hint_undo(&self) -> &'static str {
        "u"
    }

    fn toggle(&mut self) {
        let Some(item) = self.selected_item() else {
            return;
        };
        match item {
            Item::Participant(id) => {
                self.change();
                if let Some(p) = self.session.participants.iter_mut().find(|p| p.id == id) {
                    p.attendance = p.attendance.cycle();
                }
            }
            Item::Review(t) => {
                self.change();
                if let Some(r) = self.session.review.iter_mut().find(|r| r.target == t) {
                    let [a, b] = r.choices();
                    r.status = match r.status {
                        None => Some(a),
                        Some(x) if x == a => Some(b),
                        Some(_) => None,
                    };
                }
            }
            Item::Note(id) => {
                self.change();
                if let Some(n) = self.session.notes.iter_mut().find(|n| n.id == id) {
                    n.private = !n.private;
                }
            }
            _ => {}
        }
    }

    /// `k`: a fact to the next kind, a condition to the next TOP-3 situation.
    fn cycle(&mut self) {
        match self.selected_item() {
            Some(Item::Fact(id)) => {
                self.change();
                if let Some(f) = self.session.facts.iter_mut().find(|f| f.id == id) {
                    f.kind = match f.kind {
                        FactKind::Eerste => FactKind::Ergste,
                        FactKind::Ergste => FactKind::Actuele,
                        FactKind::Actuele => FactKind::Eerste,
                    };
                }
                self.select(Item::Fact(id));
            }
            Some(Item::Condition(id)) => {
                let ids: Vec<_> = self
                    .session
                    .top3
                    .items()
                    .iter()
                    .map(|s| Some(s.id))
                    .collect();
                let mut options = ids;
                options.push(None);
                self.change();
                if let Some(c) = self.session.conditions.iter_mut().find(|c| c.id == id) {
                    let at = options.iter().position(|o| *o == c.situation).unwrap_or(0);
                    c.situation = options[(at + 1) % options.len()];
                }
                self.select(Item::Condition(id));
            }
            _ => {}
        }
    }

    fn move_selected(&mut self, delta: i32) {
        let Some(item) = self.selected_item() else {
            return;
        };
        match item {
            Item::Situation(id) => {
                let Some(i) = self.session.top3.items().iter().position(|x| x.id == id) else {
                    return;
                };
                let j = i as i32 + delta;
                if j < 0 || j as usize >= self.session.top3.len() {
                    return;
                }
                self.change();
                self.session.top3.swap(i, j as usize);
                self.select(item);
            }
            Item::Fact(id) => {
                // Within its own kind: swap with the neighbour of the same kind.
                let order = items::facts_in_order(&self.session);
                let Some(pos) = order.iter().position(|x| *x == id) else {
                    return;
                };
                let j = pos as i32 + delta;
                if j < 0 || j as usize >= order.len() {
                    return;
                }
                let other = order[j as usize];
                let (Some(a), Some(b)) = (
                    self.session.facts.iter().position(|f| f.id == id),
                    self.session.facts.iter().position(|f| f.id == other),
                ) else {
                    return;
                };
                if self.session.facts[a].kind != self.session.facts[b].kind {
                    return;
                }
                self.change();
                self.session.facts.swap(a, b);
                self.select(item);
            }
            _ => {}
        }
    }

    fn update_form(&mut self, action: Action) -> (Vec<Effect>, Option<String>) {
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
        let outcome = match action {
            Action::Input(input) => form.input(input),
            Action::Paste(text) => {
                form.paste(&text);
                FormOutcome::Edited
            }
            Action::Command(Command::Escape | Command::Quit) => FormOutcome::Close,
            _ => FormOutcome::Ignored,
        };
        let values = form.values();
        let item = self.editing;
        if outcome == FormOutcome::Edited
            && let Some(item) = item
        {
            let step = self.layout.steps[self.session.step].clone();
            let problem = items::apply(item, &step, &values, &mut self.session);
            let problem = problem.or_else(|| self.reopen_if_fixed());
            if let Some(f) = self.form.as_mut() {
                f.error = problem;
            }
            self.touch();
        }
        if outcome != FormOutcome::Close {
            return (Vec::new(), None);
        }
        let form = self.form.take().expect("form is open");
        let item = self.editing.take();
        if item == Some(Item::OverrideReason) {
            let reason = form.values().first().cloned().unwrap_or_default();
            let date = self.session.date;
            let status = match crate::plan::mark_vastgesteld(&mut self.session, date, Some(&reason))
            {
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

    /// The review status words for the footer of the review step.
    pub fn review_choices() -> [ReviewStatus; 4] {
        ReviewStatus::ALL
    }
}
