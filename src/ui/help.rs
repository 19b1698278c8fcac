//! The help overlay, generated from the keymap that handles the keys.

use super::Ctx;
use super::widgets::wrap::width;
use crate::app::{App, Command};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget};

/// Every command with its keys, plus the keys that are not commands.
pub fn rows(app: &App) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Command::ALL
        .iter()
        .filter(|c| !app.keymap.keys_for(**c).is_empty())
        .map(|c| (app.keymap.label(*c), c.help().to_string()))
        .collect();
    rows.push(("0–9, t".into(), T::HelpScore.s().into()));
    rows.push(("Tab / Shift-Tab".into(), T::HelpFormTab.s().into()));
    rows.push(("Alt-Enter".into(), T::FooterNewLine.s().into()));
    rows
}

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let rows = rows(app);
    let key_w = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    let text_w = rows.iter().map(|(_, t)| width(t)).max().unwrap_or(0);
    let w = ((key_w + text_w + 7) as u16).min(area.width.saturating_sub(2));
    let h = (rows.len() as u16 + 4).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(rect, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(ctx.theme.accent)
        .style(ctx.theme.base)
        .title(Line::styled(
            format!(" {} ", T::HelpTitle.s()),
            ctx.theme.title,
        ));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(k, t)| {
            Line::from(vec![
                Span::styled(format!("{k:key_w$}  "), ctx.theme.key),
                Span::styled(t.clone(), ctx.theme.base),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(T::HelpClose.s(), ctx.theme.muted));
    Paragraph::new(lines).render(inner, buf);
}
