//! The program's state and its one pure update function:
//! event → [`Action`] → [`App::update`] → [`Effect`]s → `ui::draw(&App)`.

mod action;
mod form;
pub mod groups;
mod history_screen;
mod items;
pub mod keymap;
mod meeting;
mod registration;
mod start;
mod undo;
pub mod visibility;

pub use action::{Action, Effect};
pub use form::{Field, FieldKind, Form, FormOutcome, YES_NO, choice_index, read_yes_no};
pub use history_screen::HistoryScreen;
pub use items::{ApproachPart, ClosurePart, Item, conditions_in_order, facts_in_order, items};
pub use keymap::{Command, Key, KeyMap, KeyOverrides};
pub use meeting::{Meeting, step_commands};
pub use registration::{
    RegistrationScreen, ages_as_bands, apply as registration_of_form, band_text,
    composition_in_bands, criterion_labels, reason_from_signals, required_answer,
};
pub use start::{Banner, NewMeetingForm, StartEntry, StartScreen};
pub use undo::History;

/// The smallest terminal the layout is made for; below it the screen asks
/// for a larger window and keys do nothing.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

use crate::i18n::T;
use crate::layout::LayoutSet;
use crossterm::event::{Event, KeyEventKind};

/// Which screen is showing.
#[derive(Debug, Clone)]
pub enum Screen {
    Start(Box<StartScreen>),
    Meeting(Box<Meeting>),
    History(Box<HistoryScreen>),
    /// The MDA++ aanmeldingsformulier, over the screen it was opened from.
    Registration(Box<RegistrationScreen>),
}

/// An action that would change the open meeting (refused on a read-only
/// example).
fn changes_a_meeting(action: &Action) -> bool {
    match action {
        Action::Command(c) => matches!(
            c,
            Command::Add
                | Command::Edit
                | Command::Delete
                | Command::Undo
                | Command::Redo
                | Command::Toggle
                | Command::Cycle
                | Command::MoveUp
                | Command::MoveDown
                | Command::Finalize
                | Command::Privacy
                | Command::Reveal
                | Command::Registration
                // c-fix1: the visibility form edits the item too.
                | Command::Visibility
        ),
        Action::Score(_) | Action::Input(_) | Action::Paste(_) => true,
        _ => false,
    }
}

/// c-fix1: the command changes the open meeting (so a read-only example
/// refuses it and its footer leaves it out).
pub fn command_edits(c: Command) -> bool {
    changes_a_meeting(&Action::Command(c))
}

/// The meeting a screen shows or lies over.
fn meeting_in(screen: &Screen) -> Option<&Meeting> {
    match screen {
        Screen::Meeting(m) => Some(m),
        Screen::History(h) => match &h.back {
            Screen::Meeting(m) => Some(m),
            _ => None,
        },
        Screen::Registration(r) => match &r.own {
            Some(m) => Some(m),
            None => meeting_in(&r.back),
        },
        Screen::Start(_) => None,
    }
}

fn meeting_in_mut(screen: &mut Screen) -> Option<&mut Meeting> {
    match screen {
        Screen::Meeting(m) => Some(m),
        Screen::History(h) => match &mut h.back {
            Screen::Meeting(m) => Some(m),
            _ => None,
        },
        Screen::Registration(r) => match &mut r.own {
            Some(m) => Some(m),
            None => meeting_in_mut(&mut r.back),
        },
        Screen::Start(_) => None,
    }
}

/// What the app needs to know of how its screen is drawn, to bound its
/// scrolling: given by whoever draws it (the UI), so that `app/` never
/// imports `ui/` and data flows one way.
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    /// How many lines of the selected entry are below the view (↓ reads on
    /// inside it while there are).
    pub selected_rest: fn(&App) -> Option<usize>,
    /// How far the summary can scroll.
    pub summary_max_scroll: fn(&App) -> Option<u16>,
}

#[derive(Debug, Clone)]
pub struct App {
    /// How the screen is drawn, as far as scrolling needs it (see
    /// [`Measure`]); without it, entries do not read on and the summary's
    /// scroll is not bounded.
    pub measure: Option<Measure>,
    pub screen: Screen,
    pub keymap: KeyMap,
    pub layouts: LayoutSet,
    /// The wall is blanked (`b`) until any key.
    pub blank: bool,
    pub help: bool,
    /// First help row shown, when the help is longer than the screen.
    pub help_scroll: u16,
    /// A short message for the status line ("Opgeslagen", "Verwijderd …").
    pub status: Option<String>,
    pub quit: bool,
    /// Facilitator view: hints and private notes shown. Off means the screen
    /// shows only what the room may see.
    pub facilitator_view: bool,
    /// Plain mode: text lines in reading order, for screen readers.
    pub plain: bool,
    /// A training copy (`top3 train`): the facilitator hints are shown large.
    pub training: bool,
    /// The terminal is smaller than the layout needs: only the "make the
    /// window larger" notice shows, so keys that change things are ignored.
    pub too_small: bool,
    /// The wall of `top3 present`: read-only, so no footer and no status.
    pub wall: bool,
    /// The terminal's size, from the last resize (the program sends one at
    /// the start); the summary's scrolling stops at its end with it.
    pub size: Option<(u16, u16)>,
    /// The facilitator chose to show the case's signals on the wall (`s`);
    /// otherwise only the facilitator view shows them.
    pub wall_signals: bool,
    /// The kind of violence may show on the wall (a setting, off by default).
    pub wall_shows_violence: bool,
    /// The practice view (*oefenweergave*, `top3 train`): one projector
    /// shows the group the step's task, the hints and the plan check, never
    /// the private notes (the teaching points).
    pub practice_view: bool,
    /// The debrief screen is open, with this many teaching points shown.
    pub debrief: Option<usize>,
    /// The model answer for the open practice meeting (read only).
    pub model: Option<Box<crate::model::Session>>,
    /// The comparison with the model answer is open, scrolled this far.
    pub compare: Option<u16>,
    /// The exercise's countdown (training): (the time set, the time left).
    pub countdown: Option<(std::time::Duration, std::time::Duration)>,
    /// The open meeting is a practice case's example: read only.
    pub example: bool,
    /// c-screens: the groups side by side are shown (training).
    pub groups: Option<groups::GroupsView>,
    /// The teaching points of the practice case as shipped, for the
    /// debrief of any of its meetings (a scripted later one has none of its
    /// own); empty: the open meeting's private notes.
    pub teaching: Vec<String>,
}

impl App {
    pub fn new(screen: Screen, keymap: KeyMap, layouts: LayoutSet) -> App {
        App {
            measure: None,
            screen,
            keymap,
            layouts,
            blank: false,
            help: false,
            help_scroll: 0,
            status: None,
            quit: false,
            facilitator_view: false,
            plain: false,
            training: false,
            too_small: false,
            wall: false,
            wall_signals: false,
            size: None,
            wall_shows_violence: false,
            practice_view: false,
            debrief: None,
            model: None,
            teaching: Vec::new(),
            compare: None,
            countdown: None,
            example: false,
            groups: None,
        }
    }

    /// The open meeting, also while its case history is shown over it.
    pub fn meeting(&self) -> Option<&Meeting> {
        meeting_in(&self.screen)
    }

    pub fn meeting_mut(&mut self) -> Option<&mut Meeting> {
        meeting_in_mut(&mut self.screen)
    }

    /// Closes the aanmeldingsformulier (after it was saved): back to the
    /// screen it was opened from. Its own copy of a meeting is dropped.
    pub fn close_registration(&mut self) {
        if let Screen::Registration(r) = &mut self.screen {
            let back = std::mem::replace(&mut r.back, Screen::Start(Box::default()));
            self.screen = back;
        }
    }

    /// True when a form has the keyboard (keys are text, not commands).
    pub fn editing(&self) -> bool {
        match &self.screen {
            Screen::Meeting(m) => m.form.is_some(),
            Screen::Start(s) => s.new_meeting.is_some(),
            Screen::History(_) => false,
            Screen::Registration(_) => true,
        }
    }

    /// Turns a terminal event into an action, using the keymap; `None` for
    /// events that do nothing.
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            Event::Paste(text) => Some(Action::Paste(text.clone())),
            // Windows reports every key twice, pressed and released.
            Event::Key(k) if k.kind == KeyEventKind::Release => None,
            Event::Key(k) => {
                if self.blank {
                    return Some(Action::Unblank);
                }
                if self.editing() && !self.help {
                    // The help key opens the form's keys, unless it is a
                    // character (`?` is text in a form): F1 by default.
                    let key = Key::from_event(k);
                    let printable = matches!(key.code, crossterm::event::KeyCode::Char(_))
                        && !key.ctrl
                        && !key.alt;
                    if !printable && self.keymap.keys_for(Command::Help).contains(&key) {
                        return Some(Action::Command(Command::Help));
                    }
                    // Ctrl-c still saves and quits from inside a form.
                    let ctrl = k
                        .modifiers
                        .contains(crossterm::event::KeyModifiers::CONTROL);
                    if ctrl && k.code == crossterm::event::KeyCode::Char('c') {
                        return Some(Action::Command(Command::Quit));
                    }
                    let k = crate::console::altgr_as_text(*k);
                    return Some(Action::Input(k.into()));
                }
                let key = Key::from_event(k);
                if let Screen::Meeting(m) = &self.screen
                    && m.on_scale_step()
                    && !key.ctrl
                    && !key.alt
                {
                    match k.code {
                        crossterm::event::KeyCode::Char(c @ '0'..='9') => {
                            return Some(Action::Score(c as u8 - b'0'));
                        }
                        crossterm::event::KeyCode::Char('t') => return Some(Action::Score(10)),
                        _ => {}
                    }
                }
                match self.keymap.command_for(&key) {
                    // c-fix1: over a meeting, `q` closes the debrief, the
                    // comparison or the groups (as Esc), rather than quitting
                    // from behind them; Ctrl-c still saves and quits.
                    Some(Command::Quit) if self.overlay_open() && !key.ctrl => {
                        Some(Action::Command(Command::Escape))
                    }
                    Some(c) => Some(Action::Command(c)),
                    // Any key closes the help, also one that means nothing.
                    None if self.help => Some(Action::Command(Command::Escape)),
                    None => None,
                }
            }
            _ => None,
        }
    }

    /// The debrief, the comparison or the groups is open over a meeting
    /// (not the groups screen opened on its own from the command line).
    pub fn overlay_open(&self) -> bool {
        self.debrief.is_some()
            || self.compare.is_some()
            || self.groups.as_ref().is_some_and(|g| !g.standalone)
    }

    /// ↓ while the selected entry goes on below the screen scrolls it by
    /// up to three lines; ↑ scrolls back first. `None` when the key is not
    /// that (then it moves the selection as usual).
    fn read_on(&mut self, action: &Action) -> Option<Vec<Effect>> {
        let down = match action {
            Action::Command(Command::Down) => true,
            Action::Command(Command::Up) => false,
            _ => return None,
        };
        if !matches!(self.screen, Screen::Meeting(_)) {
            return None;
        }
        let m = self.meeting()?;
        if m.form.is_some() || m.step().kind == crate::layout::StepKind::Summary {
            return None;
        }
        let scroll = m.scroll;
        let rest = if down {
            (self.measure?.selected_rest)(self)?
        } else {
            0
        };
        let m = self.meeting_mut()?;
        if down && rest > 0 {
            m.scroll = scroll + rest.min(3) as u16;
        } else if !down && scroll > 0 {
            m.scroll = scroll.saturating_sub(3);
        } else {
            return None;
        }
        self.status = None;
        Some(Vec::new())
    }

    /// A key on the aanmeldingsformulier: each change is written into the
    /// meeting's registration at once (saved within a second, like every
    /// form); closing saves now and goes back.
    fn update_registration(&mut self, action: Action) -> (Vec<Effect>, Option<String>) {
        let quitting = action == Action::Command(Command::Quit);
        let Screen::Registration(r) = &mut self.screen else {
            return (Vec::new(), None);
        };
        let (changed, close) = r.input(action);
        // c-fix3: a date that is not one keeps the form open on its field
        // (a second close in a row closes it without that date).
        let mut problem = None;
        if !close {
            r.form.refused = false;
        } else if !quitting && let Some((field, why, dropped)) = r.form.bad_date() {
            if r.form.refused {
                problem = Some(dropped);
            } else {
                r.form.focus = field;
                r.form.error = Some(why.clone());
                r.form.refused = true;
                return (Vec::new(), Some(why));
            }
        }
        let own = r.own.is_some();
        let before_reg = r.before.clone();
        let before = r.form.before.clone();
        if let Some((reg, p)) = changed {
            problem = p;
            if let Some(m) = self.meeting_mut()
                && m.session.case.registration != reg
            {
                m.session.case.registration = reg;
                m.dirty = true;
                m.edited = true;
            }
        }
        if let Screen::Registration(r) = &mut self.screen {
            r.form.error = problem.clone();
        }
        if !close {
            return (Vec::new(), problem);
        }
        let changed = self
            .meeting()
            .is_some_and(|m| m.session.case.registration != before_reg);
        if changed
            && !own
            && let Some(m) = self.meeting_mut()
        {
            // One undo step in the meeting for the whole form.
            m.history.record(before);
        }
        // Over the open meeting the form closes here; its own copy of a
        // meeting is saved first, then closed by the host (with its lock).
        let mut effects = vec![Effect::SaveNow];
        if own {
            effects.push(Effect::CloseRegistration);
        } else {
            self.close_registration();
        }
        if quitting {
            if let Some(m) = self.meeting_mut() {
                m.dirty |= m.edited;
            }
            effects.push(Effect::Quit);
        }
        let note = changed.then(|| crate::i18n::T::RegSaved.s().to_string());
        (effects, problem.or(note))
    }

    /// The teaching points of the open practice case: its private notes.
    pub fn teaching_points(&self) -> Vec<String> {
        if !self.teaching.is_empty() {
            return self.teaching.clone();
        }
        self.meeting()
            .map(|m| {
                m.session
                    .notes
                    .iter()
                    .filter(|n| n.private)
                    .map(|n| n.text.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The debrief key, and every key while the debrief is open: the next
    /// point, one back, close. `None` when the action is not the debrief's.
    fn update_debrief(&mut self, action: &Action) -> Option<Vec<Effect>> {
        let Some(shown) = self.debrief else {
            let open = *action == Action::Command(Command::Debrief)
                && !self.editing()
                && matches!(self.screen, Screen::Meeting(_));
            if !open {
                return None;
            }
            if self.training {
                self.debrief = Some(0);
                self.status = None;
            } else {
                self.status = Some(T::DebriefOnlyTraining.s().to_string());
            }
            return Some(Vec::new());
        };
        let total = self.teaching_points().len();
        match action {
            Action::Command(
                Command::NextStep | Command::Edit | Command::Toggle | Command::Down,
            ) => self.debrief = Some((shown + 1).min(total)),
            Action::Command(Command::PrevStep | Command::Up) => {
                self.debrief = Some(shown.saturating_sub(1))
            }
            Action::Command(Command::Escape | Command::Debrief) => self.debrief = None,
            Action::Command(Command::Quit) => {
                self.debrief = None;
                return None;
            }
            _ => {}
        }
        Some(Vec::new())
    }

    /// The compare key, and every key while the comparison is open: scroll,
    /// close; an edit is refused with a sentence (the model is read only).
    fn update_compare(&mut self, action: &Action) -> Option<Vec<Effect>> {
        let Some(scroll) = self.compare else {
            let open = *action == Action::Command(Command::Compare)
                && !self.editing()
                && matches!(self.screen, Screen::Meeting(_));
            if !open {
                return None;
            }
            self.status = Some(if !self.training {
                T::DebriefOnlyTraining.s().to_string()
            } else if self.model.is_none() {
                T::CompareNoModel.s().to_string()
            } else {
                self.compare = Some(0);
                return Some(Vec::new());
            });
            return Some(Vec::new());
        };
        self.status = None;
        match action {
            Action::Command(Command::Down | Command::NextStep) => {
                self.compare = Some(scroll.saturating_add(3).min(2000))
            }
            Action::Command(Command::Up | Command::PrevStep) => {
                self.compare = Some(scroll.saturating_sub(3))
            }
            Action::Command(Command::Escape | Command::Compare) => self.compare = None,
            Action::Command(Command::Quit) => {
                self.compare = None;
                return None;
            }
            Action::Command(Command::Help | Command::Blank) => return None,
            Action::Command(_) | Action::Input(_) | Action::Score(_) | Action::Paste(_) => {
                let back = self.keymap.short_label(Command::Escape);
                self.status = Some(T::ModelReadOnly.fmt(&[&back]));
            }
            _ => {}
        }
        Some(Vec::new())
    }

    /// c-fix1: in training, outside the facilitator view (the practice view
    /// and the room view), a private note is a teaching point: making it
    /// public, opening it, deleting it or changing who sees it is the
    /// trainer's, in the facilitator view, and the debrief's.
    fn teaching_point_locked(&self, action: &Action) -> bool {
        if !self.training || self.facilitator_view || self.editing() {
            return false;
        }
        let Screen::Meeting(m) = &self.screen else {
            return false;
        };
        let touches = matches!(
            action,
            Action::Command(
                Command::Toggle
                    | Command::Edit
                    | Command::Delete
                    | Command::Visibility
                    | Command::MoveUp
                    | Command::MoveDown
            )
        );
        touches
            && matches!(m.selected_item(), Some(Item::Note(id))
                if m.session.notes.iter().any(|n| n.id == id && n.private))
    }

    /// The countdown choices the key steps through, in minutes.
    pub const COUNTDOWNS: [u64; 5] = [5, 10, 15, 20, 30];

    /// Starts a countdown of `minutes` for the exercise (0: none).
    pub fn set_countdown(&mut self, minutes: u64) {
        let d = std::time::Duration::from_secs(minutes * 60);
        self.countdown = (minutes > 0).then_some((d, d));
    }

    /// c-fix1: the next scripted meeting (`n`) is opened. A countdown that
    /// has run out belonged to the exercise before and stays behind ("⏳
    /// tijd om" does not follow into the new meeting); a running one goes
    /// on, as the trainer's time for the exercise (`o` starts a fresh one).
    pub fn countdown_into_next_meeting(&mut self) {
        if self.countdown.is_some_and(|(_, left)| left.is_zero()) {
            self.countdown = None;
        }
    }

    /// The countdown key: the next length, started afresh; after the
    /// longest, off. Only in training.
    fn next_countdown(&mut self) {
        if !self.training {
            self.status = Some(T::DebriefOnlyTraining.s().to_string());
            return;
        }
        let now = self.countdown.map(|(set, _)| set.as_secs() / 60);
        let next = match now {
            None => Self::COUNTDOWNS[0],
            Some(m) => Self::COUNTDOWNS
                .iter()
                .copied()
                .find(|c| *c > m)
                .unwrap_or(0),
        };
        self.set_countdown(next);
        self.status = Some(if next == 0 {
            T::CountdownOff.s().to_string()
        } else {
            T::CountdownSet.fmt(&[&next])
        });
    }

    /// Applies an action. Pure: no files, no terminal, no clock.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Unblank => {
                self.blank = false;
                return Vec::new();
            }
            Action::Resize(w, h) => {
                self.size = Some((w, h));
                self.too_small = w < MIN_WIDTH || h < MIN_HEIGHT;
                return Vec::new();
            }
            Action::Tick(elapsed) => {
                if let Some((_, left)) = &mut self.countdown {
                    *left = left.saturating_sub(elapsed);
                }
                if let Some(m) = self.meeting_mut() {
                    m.tick(elapsed);
                }
                return Vec::new();
            }
            Action::Command(Command::Blank) if !self.editing() => {
                self.blank = true;
                return Vec::new();
            }
            Action::Command(Command::Help) => {
                self.help = !self.help;
                self.help_scroll = 0;
                return Vec::new();
            }
            Action::Command(Command::Down) if self.help => {
                // Bounded by the longest the help can get (every row wrapped
                // once); the drawing stops at the real end.
                let bound = 2 * (Command::ALL.len() as u16 + 4);
                self.help_scroll = (self.help_scroll + 1).min(bound);
                return Vec::new();
            }
            Action::Command(Command::Up) if self.help => {
                self.help_scroll = self.help_scroll.saturating_sub(1);
                return Vec::new();
            }
            Action::Command(Command::WallSignals)
                if !self.editing() && !self.wall && self.meeting().is_some() =>
            {
                self.wall_signals = !self.wall_signals;
                self.status = Some(if self.wall_signals {
                    T::WallSignalsOn.fmt(&[&self.keymap.short_label(Command::WallSignals)])
                } else {
                    T::WallSignalsOff.s().to_string()
                });
                return Vec::new();
            }
            Action::Command(Command::View) if !self.editing() && self.debrief.is_none() => {
                if self.training {
                    // practice view → facilitator view → room view → …
                    let (practice, facilitator, note) = if self.practice_view {
                        (false, true, T::FacilitatorViewOn)
                    } else if self.facilitator_view {
                        (false, false, T::RoomViewOn)
                    } else {
                        (true, false, T::PracticeViewOn)
                    };
                    self.practice_view = practice;
                    self.facilitator_view = facilitator;
                    self.status = Some(note.s().to_string());
                } else {
                    self.facilitator_view = !self.facilitator_view;
                }
                return Vec::new();
            }
            Action::Command(Command::Escape) if self.help => {
                self.help = false;
                return Vec::new();
            }
            _ => {}
        }
        if self.too_small && !self.plain {
            // Nothing may change unseen: only saving and quitting work.
            match action {
                Action::Command(Command::Save) => return vec![Effect::SaveNow],
                Action::Command(Command::Quit) => {
                    self.quit = true;
                    return vec![Effect::SaveNow, Effect::Quit];
                }
                _ => return Vec::new(),
            }
        }
        if self.help {
            // Any other key closes help first, so nothing happens unseen.
            self.help = false;
            return Vec::new();
        }
        if let Some(effects) = self.update_debrief(&action) {
            return effects;
        }
        if let Some(effects) = self.update_compare(&action) {
            return effects;
        }
        if let Some(effects) = self.update_groups(&action) {
            return effects;
        }
        if self.example && matches!(self.screen, Screen::Meeting(_)) && changes_a_meeting(&action) {
            self.status = Some(T::ExampleReadOnly.s().to_string());
            return Vec::new();
        }
        if self.teaching_point_locked(&action) {
            let v = self.keymap.short_label(Command::View);
            self.status = Some(T::TeachingPointLocked.fmt(&[&v]));
            return Vec::new();
        }
        if action == Action::Command(Command::Countdown) && !self.editing() {
            self.next_countdown();
            return Vec::new();
        }
        if let Some(effects) = self.update_next_scripted(&action) {
            return effects;
        }
        // ↓/↑ on an entry taller than the screen read on inside it first.
        if let Some(effects) = self.read_on(&action) {
            return effects;
        }
        let previous_status = self.status.take();
        let layouts = &self.layouts;
        let keymap = &self.keymap;
        let (effects, status) = match &mut self.screen {
            Screen::Meeting(m)
                if action == Action::Command(Command::Registration) && m.form.is_none() =>
            {
                if self.facilitator_view {
                    let screen = std::mem::replace(&mut self.screen, Screen::Start(Box::default()));
                    self.screen = registration::open_over_meeting(screen);
                    (Vec::new(), None)
                } else {
                    let v = keymap.short_label(Command::View);
                    (
                        Vec::new(),
                        Some(crate::i18n::T::RegOnlyFacilitator.fmt(&[&v])),
                    )
                }
            }
            Screen::Registration(_) => self.update_registration(action),
            Screen::Meeting(m) => {
                if action == Action::Command(Command::History) && m.form.is_none() {
                    match m.path.as_ref().and_then(|p| p.parent()) {
                        Some(dir) => (
                            vec![Effect::SaveNow, Effect::ShowHistory(dir.to_path_buf())],
                            None,
                        ),
                        None => (Vec::new(), None),
                    }
                } else {
                    m.update(action, keymap)
                }
            }
            Screen::Start(s) => s.update(action, layouts),
            Screen::History(h) => {
                // A message (the file the form was written to) stays until
                // the next key that does something.
                let keep = previous_status;
                let (effects, back) = h.update(action);
                if effects.is_empty() && !back {
                    self.status = keep;
                }
                if back {
                    let previous = std::mem::replace(&mut h.back, Screen::Start(Box::default()));
                    self.screen = previous;
                }
                (effects, None)
            }
        };
        if status.is_some() {
            self.status = status;
        }
        if let Some(max) = self.measure.and_then(|m| (m.summary_max_scroll)(self))
            && let Some(m) = self.meeting_mut()
        {
            m.scroll = m.scroll.min(max);
        }
        if effects.contains(&Effect::Quit) {
            self.quit = true;
        }
        effects
    }
}
