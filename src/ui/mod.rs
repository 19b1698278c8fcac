//! Drawing: a pure function of the app state. Knows nothing of files.

mod chrome;
mod compare;
mod debrief;
mod form;
mod groups;
mod help;
mod history;
mod plain;
mod registration;
pub mod start;
pub mod steps;
pub mod theme;
pub mod widgets;

pub use help::rows as help_rows;
pub use plain::is_box_drawing;
pub use theme::{Theme, ThemeName};

use crate::app::{App, KeyMap, Screen};
use crate::i18n::T;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub use crate::app::{MIN_HEIGHT, MIN_WIDTH};

/// What every render function needs besides its data.
pub struct Ctx<'a> {
    pub theme: &'a Theme,
    pub keymap: &'a KeyMap,
    /// Facilitator view: hints and private notes visible. Off on the wall.
    pub facilitator: bool,
    /// The read-only wall of `top3 present`: no key hints, no save state.
    pub wall: bool,
    /// The kind of violence may show in the room's view (a setting).
    pub show_violence: bool,
    /// The practice view of `top3 train`: the hints and the plan check show
    /// to the group; the private notes (the teaching points) never.
    pub practice: bool,
    /// A training copy: the footer names the debrief key.
    pub training: bool,
    /// The open practice meeting has a model answer: the footer names `c`.
    pub has_model: bool,
}

/// What the app needs of the drawing to bound its scrolling.
pub const MEASURE: crate::app::Measure = crate::app::Measure {
    selected_rest,
    summary_max_scroll,
};

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
        show_violence: app.wall_shows_violence,
        practice: app.practice_view && !app.facilitator_view,
        training: app.training,
        has_model: app.model.is_some(),
    };
    if let Some(view) = &app.groups {
        groups::render(view, app.plain, app.status.as_deref(), &ctx, area, buf);
        if app.help {
            help::render(app, &ctx, area, buf);
        }
        return;
    }
    if app.debrief.is_some() && app.meeting().is_some() {
        debrief::render(app, &ctx, area, buf);
        return;
    }
    if app.compare.is_some() && app.model.is_some() && app.meeting().is_some() {
        compare::render(app, &ctx, area, buf);
        return;
    }
    if app.plain {
        plain::render(app, &ctx, area, buf);
        return;
    }
    match &app.screen {
        Screen::Start(s) => start::render(s, app, &ctx, area, buf),
        Screen::Meeting(m) => {
            chrome::render_meeting(m, app, &ctx, area, buf);
        }
        Screen::History(h) => history::render(h, app.status.as_deref(), &ctx, area, buf),
        Screen::Registration(r) => registration::render(r, app, &ctx, area, buf),
    }
    if app.help {
        help::render(app, &ctx, area, buf);
    }
}

/// How far the summary of the open meeting can scroll on the app's screen
/// (`None` when no summary shows or the screen size is not known yet). The
/// app clamps its scroll to this, so that ↑ works at once after the end.
pub fn summary_max_scroll(app: &App) -> Option<u16> {
    let m = app.meeting()?;
    if m.step().kind != crate::layout::StepKind::Summary || app.plain {
        return None;
    }
    let (w, h) = app.size?;
    let theme = Theme::new(ThemeName::Mono);
    let ctx = Ctx {
        theme: &theme,
        keymap: &app.keymap,
        facilitator: app.facilitator_view,
        wall: app.wall,
        show_violence: app.wall_shows_violence,
        practice: app.practice_view && !app.facilitator_view,
        training: app.training,
        has_model: app.model.is_some(),
    };
    // The wall's summary leaves out what is not for the room: it is shorter.
    let copy = if ctx.facilitator {
        None
    } else {
        chrome::wall_copy(m)
    };
    let m = copy.as_ref().unwrap_or(m);
    let area = chrome::content_area(m, app, &ctx, Rect::new(0, 0, w, h));
    Some(steps::summary::max_scroll(m, &ctx, area))
}

/// How many lines of the selected entry of the open meeting are below the
/// view on the app's screen, as drawn now (`None` when no list shows or the
/// size is not known). While there are, ↓ reads on inside the entry.
pub fn selected_rest(app: &App) -> Option<usize> {
    let Screen::Meeting(m) = &app.screen else {
        return None;
    };
    let (w, h) = app.size?;
    if app.plain || app.help || app.blank || w < MIN_WIDTH || h < MIN_HEIGHT {
        return None;
    }
    let theme = Theme::new(ThemeName::Mono);
    let ctx = Ctx {
        theme: &theme,
        keymap: &app.keymap,
        facilitator: app.facilitator_view,
        wall: app.wall,
        show_violence: app.wall_shows_violence,
        practice: app.practice_view && !app.facilitator_view,
        training: app.training,
        has_model: app.model.is_some(),
    };
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    Some(chrome::render_meeting(m, app, &ctx, area, &mut buf))
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
