//! Drawing: a pure function of the app state. Knows nothing of files.

mod chrome;
mod form;
mod help;
mod history;
mod plain;
pub mod start;
pub mod steps;
pub mod theme;
pub mod widgets;

pub use plain::is_box_drawing;
pub use theme::{Theme, ThemeName};

use crate::app::{App, KeyMap, Screen};
use crate::i18n::T;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// The smallest terminal the layout is made for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// What every render function needs besides its data.
pub struct Ctx<'a> {
    pub theme: &'a Theme,
    pub keymap: &'a KeyMap,
    /// Facilitator view: hints and private notes visible. Off on the wall.
    pub facilitator: bool,
    /// The read-only wall of `top3 present`: no key hints, no save state.
    pub wall: bool,
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    render(app, theme, area, frame.buffer_mut());
}

/// Renders the whole screen into a buffer (what tests and benchmarks call).
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    Block::new().style(theme.base).render(area, buf);
    if app.blank {
        return;
    }
    if (area.width < MIN_WIDTH || area.height < MIN_HEIGHT) && !app.plain {
        too_small(theme, area, buf);
        return;
    }
    let ctx = Ctx {
        theme,
        keymap: &app.keymap,
        facilitator: app.facilitator_view,
        wall: app.wall,
    };
    if app.plain {
        plain::render(app, &ctx, area, buf);
        return;
    }
    match &app.screen {
        Screen::Start(s) => start::render(s, app, &ctx, area, buf),
        Screen::Meeting(m) => chrome::render_meeting(m, app, &ctx, area, buf),
        Screen::History(h) => history::render(h, &ctx, area, buf),
    }
    if app.help {
        help::render(app, &ctx, area, buf);
    }
}

fn too_small(theme: &Theme, area: Rect, buf: &mut Buffer) {
    let text = T::TooSmall.fmt(&[&MIN_WIDTH, &MIN_HEIGHT, &area.width, &area.height]);
    let y = area.height / 2;
    let rect = Rect::new(
        area.x,
        area.y + y.saturating_sub(1),
        area.width,
        area.height - y.saturating_sub(1),
    );
    Paragraph::new(Line::from(text).style(theme.question))
        .wrap(Wrap { trim: true })
        .centered()
        .render(rect, buf);
}
