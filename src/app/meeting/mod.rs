//! The meeting screen's state and how each command changes it. Item
//! editing is in `edit.rs`, the open form and vaststellen in `form.rs`.

mod edit;
mod form;
mod visibility;

use super::form::Form;
use super::items::{self, Item};
use super::{Action, Command, Effect, History, KeyMap};
use crate::i18n::T;
use crate::layout::{Layout, Step, StepKind};
use crate::model::{Note, ReviewTarget, Score, Session};
use crate::timeline::Past;
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
    /// The case before this meeting: the records of its conditions and
    /// agreements, and who attended last time.
    pub past: Past,
    /// On the TOP-3 step: the situation that was selected when the
    /// facilitator went to the facts, which `Space` links facts to.
    pub link_to: Option<crate::model::Id>,
    /// The open form sets who may see the item being edited (the
    /// visibility key), not its text.
    pub visibility_form: bool,
    /// The method's reasons with the plan check, as the facilitator chose
    /// with the why key; None: the default (training, or `explain_check`).
    pub why: Option<bool>,
}

/// The commands that do something on a step, in footer order.
pub fn step_commands(kind: StepKind) -> &'static [Command] {
    use Command::*;
    match kind {
        StepKind::Participants => &[Add, Edit, Toggle, Delete, Privacy, Visibility, WallAudience],
        StepKind::Review => &[Toggle, Edit, Add, Visibility],
        StepKind::Facts => &[Add, Edit, Cycle, MoveUp, Delete, Visibility],
        StepKind::Top3 => &[SwitchPane, Add, Edit, Toggle, MoveUp, Delete],
        StepKind::Scale => &[Add, Edit, Reveal, Delete],
        StepKind::Voices => &[Add, Edit, Delete],
        StepKind::Scenario => &[Edit, Delete],
        StepKind::List => &[Add, Edit, Delete],
        StepKind::Conditions => &[Add, Edit, Cycle, Delete, Visibility],
        StepKind::Actions => &[Add, Edit, Delete, Visibility],
        StepKind::Notes => &[Add, Privacy, Edit, Toggle, Delete, Visibility],
        StepKind::Closing => &[Edit, Toggle],
        StepKind::Summary => &[Export, Finalize, Why],
        StepKind::Approach => &[Edit, Delete],
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
            past: Past::default(),
            link_to: None,
            visibility_form: false,
            why: None,
        };
        m.session.step = m.session.step.min(steps.saturating_sub(1));
        m
    }

    /// Whether the summary shows the method's reasons with the check: as
    /// chosen with the why key, else always in training and in a real
    /// meeting with the setting `explain_check`.
    pub fn explains(&self) -> bool {
        self.why.unwrap_or(
            self.past.explain || self.session.kind == crate::model::MeetingKind::Training,
        )
    }

    /// The record of a condition or agreement up to and with this meeting.
    pub fn marks(&self, target: ReviewTarget) -> Vec<crate::timeline::Mark> {
        self.past.timeline.marks_with(&self.session, target)
    }

    pub fn step_index(&self) -> usize {
        self.session.step
    }

    pub fn step(&self) -> &Step {
        &self.layout.steps[self.session.step]
    }

    pub fn on_scale_step(&self) -> bool {
        self.form.is_none() && matches!(self.step().kind, StepKind::Scale | StepKind::Voices)
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

    /// Applies an action; the keymap only names keys in messages.
    pub fn update(&mut self, action: Action, keymap: &KeyMap) -> (Vec<Effect>, Option<String>) {
        if self.form.is_some() {
            return self.update_form(action);
        }
        let mut effects = Vec::new();
        let mut status = None;
        let was_fixed = !self.session.plan_status.is_concept();
        let finalizing = action == Action::Command(Command::Finalize);
        // Reading on inside a tall entry (the scroll) ends with any other
        // key; on the summary the scroll is the page.
        if self.step().kind != StepKind::Summary {
            self.scroll = 0;
        }
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
                    self.link_to = match self.selected_item() {
                        Some(Item::Situation(id)) if self.pane == 0 => Some(id),
                        _ => None,
                    };
                    self.pane = 1 - self.pane;
                    self.selected[self.session.step] = 0;
                }
                Command::Add => status = self.add(&keymap.short_label(Command::Cycle)),
                Command::Edit => status = self.edit(),
                Command::Delete => status = self.delete(&keymap.short_label(Command::Undo)),
                Command::Toggle => status = self.toggle(),
                Command::Cycle => self.cycle(),
                Command::MoveUp => self.move_selected(-1),
                Command::MoveDown => self.move_selected(1),
                Command::Undo => {
                    status = Some(match self.history.undo(self.session.clone()) {
                        Some(prev) => {
                            self.restore_and_select(prev);
                            T::Undone.s().to_string()
                        }
                        None => T::NothingToUndo.s().to_string(),
                    })
                }
                Command::Redo => {
                    status = Some(match self.history.redo(self.session.clone()) {
                        Some(next) => {
                            self.restore_and_select(next);
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
                Command::Why if self.step().kind == StepKind::Summary => {
                    let on = !self.explains();
                    self.why = Some(on);
                    let key = keymap.short_label(Command::Why);
                    let text = if on { T::WhyOn } else { T::WhyOff };
                    status = Some(text.fmt(&[&key]));
                }
                // What the wall shows is a setting of the screen, not part
                // of the plan: it is saved and can be undone, but a plan
                // that is vastgesteld stays vastgesteld.
                Command::Privacy if self.step().kind == StepKind::Participants => {
                    self.history.record(self.session.clone());
                    self.touch();
                    self.session.wall_names = self.session.wall_names.cycle();
                }
                Command::Reveal if self.step().kind == StepKind::Scale => {
                    status = Some(self.reveal())
                }
                Command::Visibility => status = self.open_visibility(),
                Command::WallAudience => status = Some(self.cycle_wall_audience()),
                // A note that is private from the first key: never on the wall.
                Command::Privacy if self.step().kind == StepKind::Notes => {
                    let before = self.session.clone();
                    let id = self.session.alloc_id();
                    self.session.notes.push(Note {
                        id,
                        text: String::new(),
                        private: true,
                        visibility: Default::default(),
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

    /// Undo or redo: the session as it was, with the selection on the item
    /// that came back or changed (on this step), so the room sees it.
    fn restore_and_select(&mut self, session: Session) {
        let before: Vec<(Item, String)> = self
            .items()
            .into_iter()
            .map(|i| (i, self.item_state(i)))
            .collect();
        self.restore(session);
        let after = self.items();
        let changed = after
            .iter()
            .enumerate()
            .find(
                |(at, item)| match before.iter().position(|(b, _)| b == *item) {
                    None => true,
                    Some(pos) => before[pos].1 != self.item_state(**item) || pos != *at,
                },
            )
            .map(|(_, item)| *item);
        if let Some(item) = changed {
            self.select(item);
        }
    }

    /// The data of an item, to see whether undo changed it.
    fn item_state(&self, item: Item) -> String {
        let s = &self.session;
        match item {
            Item::Household => format!("{:?}", s.case),
            Item::Participant(id) => format!("{:?}", s.participant(id)),
            Item::Fact(id) | Item::FactPick(id) => format!("{:?}", s.fact(id)),
            Item::Situation(id) => format!("{:?}", s.top3.get(id)),
            Item::Answer(id) => format!(
                "{:?}",
                s.scale(self.step().scale_key()).and_then(|x| x.answer(id))
            ),
            Item::Condition(id) => format!("{:?}", s.conditions.iter().find(|c| c.id == id)),
            Item::Action(id) => format!("{:?}", s.actions.iter().find(|a| a.id == id)),
            Item::Review(t) => format!("{:?}", s.review.iter().find(|r| r.target == t)),
            Item::Note(id) => format!("{:?}", s.notes.iter().find(|n| n.id == id)),
            Item::NextMeeting => format!("{:?}", s.next_meeting),
            Item::Chair => format!("{} {:?}", s.chair, s.leader_title),
            Item::Roles => format!("{} {:?} {:?}", s.chair, s.leader_title, s.case.roles),
            Item::ClientAttendance => format!("{:?}", s.client_attendance),
            Item::ClosesCase => s.closes_case.to_string(),
            Item::EscalationOverride => format!("{:?}", s.escalation_override),
            Item::Approach(_) => format!("{:?}", s.approach),
            Item::Closure(_) => format!("{:?}", s.closure),
            Item::Scenario => format!("{:?}", s.scenario),
            Item::Apart(id) => format!(
                "{:?}",
                s.scale(self.step().scale_key())
                    .and_then(|x| x.apart_answer(id))
            ),
            Item::Row(id) => format!("{:?}", s.list_row(id)),
            _ => String::new(),
        }
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

    /// True when the wall must not show the scores of the scale `key` yet:
    /// they were given on a step that hides them, and the facilitator has
    /// not revealed them.
    pub fn scores_hidden(&self, key: &str) -> bool {
        self.session.scale(key).is_some_and(|sc| sc.hidden)
    }

    /// Shows the scores of this scale step to the room, all at once. Like
    /// what the wall shows of names, it is not a change of the plan: it is
    /// saved and can be undone, and a plan that is vastgesteld stays so.
    fn reveal(&mut self) -> String {
        let key = self.step().scale_key().to_string();
        if !self.scores_hidden(&key) {
            return T::ScoresAlreadyShown.s().to_string();
        }
        let asked: Vec<_> = self.session.scored().map(|p| p.id).collect();
        self.history.record(self.session.clone());
        self.touch();
        let question = self.step().question.s().to_string();
        let scale = self.session.scale_mut(&key, &question);
        scale.hidden = false;
        let chosen = asked
            .iter()
            .filter(|id| scale.answer(**id).and_then(|a| a.score).is_some())
            .count();
        T::ScoresRevealed.fmt(&[&chosen, &asked.len()])
    }

    fn set_score(&mut self, value: u8) -> Option<String> {
        let item = self.selected_item();
        if !matches!(item, Some(Item::Answer(_) | Item::Apart(_))) {
            return Some(T::NoParticipantsPresent.s().to_string());
        }
        let score = Score::new(value).ok()?;
        self.change();
        let question = self.step().question.s().to_string();
        let key = self.step().scale_key().to_string();
        let new = self.session.scale(&key).is_none();
        let hides = self.step().hides_scores();
        let scale = self.session.scale_mut(&key, &question);
        // A question asked anew on a step that hides its scores keeps them
        // off the wall until they are revealed.
        scale.hidden |= new && hides;
        match item {
            Some(Item::Answer(pid)) => scale.answer_mut(pid).score = Some(score),
            Some(Item::Apart(id)) => {
                if let Some(a) = scale.apart.iter_mut().find(|a| a.id == id) {
                    a.score = Some(score);
                }
            }
            _ => {}
        }
        // Move on to the next person, as the room goes round the table; the
        // last one at the table stays selected rather than moving on to those
        // spoken to apart (and the other way round).
        let items = self.items();
        let s = &mut self.selected[self.session.step];
        let same_group = |a: Option<&Item>, b: Option<&Item>| {
            matches!(
                (a, b),
                (Some(Item::Answer(_)), Some(Item::Answer(_)))
                    | (Some(Item::Apart(_)), Some(Item::Apart(_)))
            )
        };
        if same_group(items.get(*s), items.get(*s + 1)) {
            *s += 1;
        }
        None
    }
}
