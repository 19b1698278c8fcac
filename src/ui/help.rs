//! The help overlay, generated from the keymap that handles the keys.

use super::Ctx;
use super::widgets::wrap::width;
use crate::app::{App, Command};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

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
    let inner = super::widgets::panel::panel(T::HelpTitle.s(), ctx, rect, buf);
    let text_room = (inner.width as usize).saturating_sub(key_w + 2).max(10);
    let mut lines: Vec<Line> = Vec::new();
    for (k, t) in &rows {
        for (i, part) in super::widgets::wrap::wrap(t, text_room, 4)
            .into_iter()
            .enumerate()
        {
            let key = if i == 0 { k.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{key:key_w$}  "), ctx.theme.key),
                Span::styled(part, ctx.theme.base),
            ]));
        }
    }
    lines.push(Line::default());
    // When the list is longer than the screen: ↑/↓ scroll, the last line says so.
    let room = inner.height.saturating_sub(1) as usize;
    let max_scroll = lines.len().saturating_sub(room);
    let scroll = (app.help_scroll as usize).min(max_scroll);
    let mut shown: Vec<Line> = lines.into_iter().skip(scroll).take(room).collect();
    let close = if max_scroll > 0 {
        T::HelpCloseScroll.fmt(&[&(scroll + 1), &(scroll + shown.len()), &rows.len()])
    } else {
        T::HelpClose.s().to_string()
    };
    shown.push(Line::styled(close, ctx.theme.muted));
    Paragraph::new(shown).render(inner, buf);
}
