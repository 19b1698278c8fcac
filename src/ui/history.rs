//! The history screen: the case's report, scrolled with ↑/↓.

use super::Ctx;
use super::chrome::render_keys;
use super::widgets::wrap::ellipsize;
use crate::app::{Command, HistoryScreen};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub fn render(h: &HistoryScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y + 1,
        area.width - 2 * margin,
        area.height - 2,
    );
    Paragraph::new(Line::styled(
        T::HistoryTitle.fmt(&[&h.code]),
        ctx.theme.title,
    ))
    .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
    let mut top = inner.y + 2;
    if h.escalate {
        let text = T::HistoryOfferForm.fmt(&[&ctx.keymap.short_label(Command::Export)]);
        Paragraph::new(Line::styled(format!("⚠ {text}"), ctx.theme.warn))
            .render(Rect::new(inner.x, top, inner.width, 1), buf);
        top += 2;
    }
    let body = Rect::new(
        inner.x,
        top,
        inner.width,
        (inner.y + inner.height).saturating_sub(top + 1),
    );
    let lines: Vec<Line> = h
        .lines
        .iter()
        .skip(h.scroll)
        .take(body.height as usize)
        .map(|l| {
            let style = if l.contains('!') || l.contains('⚠') {
                ctx.theme.warn
            } else {
                ctx.theme.base
            };
            Line::styled(ellipsize(l, body.width as usize), style)
        })
        .collect();
    Paragraph::new(lines).render(body, buf);
    let footer = Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1);
    let mut keys: Vec<(String, &str, u8)> = vec![
        (
            format!(
                "{}/{}",
                ctx.keymap.short_label(Command::Up),
                ctx.keymap.short_label(Command::Down)
            ),
            T::FooterScroll.s(),
            1,
        ),
        (
            ctx.keymap.short_label(Command::Escape),
            T::FooterBack.s(),
            0,
        ),
    ];
    if h.escalate {
        keys.push((
            ctx.keymap.short_label(Command::Export),
            T::FooterForm.s(),
            0,
        ));
    }
    keys.push((ctx.keymap.short_label(Command::Quit), T::FooterStop.s(), 0));
    render_keys(&keys, ctx, footer, buf);
}
