//! A framed panel over the screen: forms, the help, the new-meeting dialog.

use crate::ui::Ctx;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear, Widget};

/// Clears `area`, draws a rounded frame titled `title`, returns the inside.
pub fn panel(title: &str, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(ctx.theme.accent)
        .style(ctx.theme.base)
        .title(Line::styled(format!(" {title} "), ctx.theme.title));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}
