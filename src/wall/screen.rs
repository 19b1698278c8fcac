//! Drawing the wall and running its loop: read-only, no keys but leaving.

use super::follow::{Follower, Shown};
use crate::app::App;
use crate::i18n::T;
use crate::ui::widgets::wrap::wrap;
use crate::ui::{self, Theme};
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

/// How often the wall looks at the files (and the keyboard) right after
/// something changed; while nothing changes the wait doubles up to
/// [`POLL_IDLE`], so an idle wall uses next to no CPU and a typed letter
/// still reaches it within half a second.
const POLL: Duration = Duration::from_millis(50);
const POLL_IDLE: Duration = Duration::from_millis(250);

/// The wait before the next look at the files: short right after a change,
/// doubling while nothing changes, never longer than [`POLL_IDLE`].
pub fn next_wait(previous: Duration, changed: bool) -> Duration {
    if changed {
        POLL
    } else {
        (previous * 2).min(POLL_IDLE)
    }
}

/// Renders the wall (pure): the meeting in wall view, nothing when blank, or
/// the calm closing sentence over an empty screen.
pub fn render(app: &App, shown: Shown, theme: &Theme, area: Rect, buf: &mut Buffer) {
    match shown {
        Shown::Meeting if !app.blank => ui::render(app, theme, area, buf),
        Shown::Meeting | Shown::Blank => Block::new().style(theme.base).render(area, buf),
        Shown::Closed => closed(theme, area, buf),
    }
}

fn closed(theme: &Theme, area: Rect, buf: &mut Buffer) {
    Block::new().style(theme.base).render(area, buf);
    let width = area.width.saturating_sub(4).max(1);
    let lines: Vec<Line> = wrap(T::WallClosed.s(), width as usize, 4)
        .into_iter()
        .map(|l| Line::styled(l, theme.question))
        .collect();
    let h = (lines.len() as u16).min(area.height);
    let rect = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(h) / 2,
        area.width,
        h,
    );
    Paragraph::new(lines).centered().render(rect, buf);
}

/// True for the keys that leave the wall: `q`, `Esc`, Ctrl-c.
fn leaves(ev: &Event) -> bool {
    let Event::Key(k) = ev else {
        return false;
    };
    if k.kind == KeyEventKind::Release {
        return false;
    }
    match k.code {
        KeyCode::Char('q' | 'Q') | KeyCode::Esc => true,
        KeyCode::Char('c') => k.modifiers.contains(KeyModifiers::CONTROL),
        _ => false,
    }
}

/// Runs the wall until `q`, `Esc` or Ctrl-c. The terminal is always restored
/// and cleared, so nothing of the meeting stays on the projector.
pub fn run(follower: &mut Follower, theme: &Theme) -> Result<(), String> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        crate::tui::restore();
        previous(info);
    }));
    let mut terminal = crate::tui::setup().map_err(|e| e.to_string())?;
    let result = catch_unwind(AssertUnwindSafe(|| -> std::io::Result<()> {
        let mut dirty = true;
        let mut wait = POLL;
        loop {
            if dirty {
                terminal.draw(|f| {
                    let area = f.area();
                    render(&follower.app, follower.shown, theme, area, f.buffer_mut());
                })?;
            }
            dirty = false;
            if event::poll(wait)? {
                let ev = event::read()?;
                if leaves(&ev) {
                    return Ok(());
                }
                dirty = matches!(ev, Event::Resize(..));
            }
            let changed = follower.poll();
            dirty |= changed;
            wait = next_wait(wait, changed);
        }
    }));
    crate::tui::restore();
    let _ = std::panic::take_hook();
    match result {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err(T::InternalError.fmt(&[&"wall"])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_idle_wall_backs_off_and_a_change_brings_it_back() {
        let mut wait = POLL;
        let mut waits = Vec::new();
        for _ in 0..6 {
            wait = next_wait(wait, false);
            waits.push(wait.as_millis());
        }
        assert_eq!(waits, [100, 200, 250, 250, 250, 250]);
        // Idle it looks 4 times a second, still within the half second.
        assert!(POLL_IDLE * 2 <= Duration::from_millis(500));
        assert_eq!(next_wait(POLL_IDLE, true), POLL);
    }
}
