//! c-screens: the groups side by side (issue 16, item 3). A read-only
//! screen over the meeting (`g` in training) or on its own
//! (`top3 train --compare-groups` in a terminal): each group's TOP 3, scores
//! and agreements in a column, the model answer last.

use super::{Action, App, Command, Effect, Screen};
use crate::i18n::T;
use crate::model::Session;
use crate::training::compare::{Grid, for_the_room, groups_grid};

/// The narrowest a column may get before the screen shows fewer columns
/// and ←/→ shows the others.
pub const MIN_COLUMN: u16 = 22;
/// Between two columns: " │ ".
pub const GUTTER: u16 = 3;

/// The groups screen's state: what it shows and how far it is moved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupsView {
    /// The practice case's code, for the title.
    pub code: String,
    pub grid: Grid,
    /// The same as the room may see it (names as the wall shows them):
    /// what shows off the facilitator view.
    pub room: Grid,
    /// The first line of the body shown.
    pub scroll: u16,
    /// The first column shown, when not all fit.
    pub first: usize,
    /// Opened on its own from the command line: closing it quits.
    pub standalone: bool,
}

impl GroupsView {
    /// The groups' sessions side by side, the model answer last.
    pub fn of(
        code: &str,
        groups: &[(String, Session)],
        model: Option<&Session>,
        standalone: bool,
    ) -> GroupsView {
        let room: Vec<(String, Session)> = groups
            .iter()
            .map(|(g, s)| (g.clone(), for_the_room(s)))
            .collect();
        let room_model = model.map(for_the_room);
        GroupsView {
            room: groups_grid(&room, room_model.as_ref()),
            ..GroupsView::new(code, groups_grid(groups, model), standalone)
        }
    }

    /// A view of `grid`, the same in every view.
    pub fn new(code: &str, grid: Grid, standalone: bool) -> GroupsView {
        GroupsView {
            code: code.to_string(),
            room: grid.clone(),
            grid,
            scroll: 0,
            first: 0,
            standalone,
        }
    }

    /// What leaving does, for the keys line: back to the meeting, or
    /// closing the screen opened on its own.
    pub fn leave_word(&self) -> &'static str {
        if self.standalone {
            T::GroupsClose.s()
        } else {
            T::GroupsBack.s()
        }
    }

    /// How many columns fit in `width` columns of screen (at least one).
    pub fn columns_fit(&self, width: u16) -> usize {
        let n = self.grid.heads.len().max(1);
        (((width + GUTTER) / (MIN_COLUMN + GUTTER)) as usize).clamp(1, n)
    }

    /// The first column shown on a screen `width` wide (never past the
    /// last page of columns).
    pub fn first_shown(&self, width: u16) -> usize {
        let n = self.grid.heads.len();
        self.first.min(n.saturating_sub(self.columns_fit(width)))
    }
}

impl App {
    /// The groups key, and every key while the groups are shown: scroll,
    /// other columns, close; an edit is refused with a sentence. `None` when
    /// the action is not the groups screen's.
    pub(super) fn update_groups(&mut self, action: &Action) -> Option<Vec<Effect>> {
        let width = self.size.map_or(80, |(w, _)| w);
        let Some(view) = self.groups.as_mut() else {
            let open = *action == Action::Command(Command::Groups)
                && !self.editing()
                && matches!(self.screen, Screen::Meeting(_));
            if !open {
                return None;
            }
            let code = self
                .meeting()
                .map(|m| m.session.case.code.to_string())
                .unwrap_or_default();
            if !self.training {
                self.status = Some(T::DebriefOnlyTraining.s().to_string());
                return Some(Vec::new());
            }
            self.status = None;
            // The open group's last keystrokes are on disk first.
            return Some(vec![Effect::SaveNow, Effect::CompareGroups(code)]);
        };
        self.status = None;
        let n = view.grid.heads.len();
        // Plain mode reads every column in turn: nothing to page sideways.
        let fit = if self.plain {
            n
        } else {
            view.columns_fit(width)
        };
        match action {
            Action::Command(Command::Down) => view.scroll = view.scroll.saturating_add(3).min(4000),
            Action::Command(Command::Up) => view.scroll = view.scroll.saturating_sub(3),
            Action::Command(Command::NextStep) if n > fit => {
                view.first = (view.first_shown(width) + 1).min(n - fit)
            }
            Action::Command(Command::PrevStep) if n > fit => {
                view.first = view.first_shown(width).saturating_sub(1)
            }
            // All columns fit: → and ← page down and up.
            Action::Command(Command::NextStep) => {
                view.scroll = view.scroll.saturating_add(10).min(4000)
            }
            Action::Command(Command::PrevStep) => view.scroll = view.scroll.saturating_sub(10),
            Action::Command(Command::Escape | Command::Groups | Command::Quit) => {
                let standalone = view.standalone;
                self.groups = None;
                if standalone {
                    self.quit = true;
                    return Some(vec![Effect::Quit]);
                }
                if *action == Action::Command(Command::Quit) {
                    return None;
                }
            }
            Action::Command(Command::Help | Command::Blank) => return None,
            Action::Command(_) | Action::Input(_) | Action::Score(_) | Action::Paste(_) => {
                let back = self.keymap.short_label(Command::Escape);
                let word = view.leave_word();
                self.status = Some(T::GroupsReadOnly.fmt(&[&back, &word]));
            }
            _ => {}
        }
        Some(Vec::new())
    }
}

impl App {
    /// c-screens: `n` in a practice meeting ("volgend overleg"): the next
    /// scripted meeting of the case, made in the same copy and opened.
    /// `None` when the action is not that.
    pub(super) fn update_next_scripted(&mut self, action: &Action) -> Option<Vec<Effect>> {
        if *action != Action::Command(Command::New) || !self.training || self.editing() {
            return None;
        }
        let Screen::Meeting(m) = &self.screen else {
            return None;
        };
        let dir = m.path.as_ref()?.parent()?.to_path_buf();
        let code = m.session.case.code.to_string();
        Some(vec![Effect::SaveNow, Effect::NextScripted(dir, code)])
    }
}
