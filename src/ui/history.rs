//! The history screen: the case's report, scrolled with ↑/↓.

use super::Ctx;
use super::chrome::render_keys;
use super::steps::FULL;
use super::widgets::wrap::{width, wrap};
use crate::app::{Command, HistoryScreen};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub fn render(h: &HistoryScreen, status: Option<&str>, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
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
        let text = T::HistoryOfferForm.fmt(&[&ctx.keymap.short_label(Command::Registration)]);
        let parts = wrap(&format!("⚠ {text}"), inner.width as usize, 3);
        let n = parts.len() as u16;
        let lines: Vec<Line> = parts
            .into_iter()
            .map(|p| Line::styled(p, ctx.theme.warn))
            .collect();
        Paragraph::new(lines).render(Rect::new(inner.x, top, inner.width, n), buf);
        top += n + 1;
    }
    // What a key wrote, and where, stays in view above the footer.
    let status_lines: Vec<Line> = status
        .map(|t| {
            wrap(t, inner.width as usize, 3)
                .into_iter()
                .map(|l| Line::styled(l, ctx.theme.warn))
                .collect()
        })
        .unwrap_or_default();
    let status_h = status_lines.len() as u16;
    let body = Rect::new(
        inner.x,
        top,
        inner.width,
        (inner.y + inner.height).saturating_sub(top + 1 + status_h),
    );
    if status_h > 0 {
        Paragraph::new(status_lines).render(
            Rect::new(inner.x, body.y + body.height, inner.width, status_h),
            buf,
        );
    }
    // A line longer than the screen wraps, under its own indent.
    let mut lines: Vec<Line> = Vec::new();
    let mut shown = 0;
    for l in h.lines.iter().skip(h.scroll) {
        if lines.len() >= body.height as usize {
            break;
        }
        shown += 1;
        let style = if l.contains('!') || l.contains('⚠') {
            ctx.theme.warn
        } else {
            ctx.theme.base
        };
        if width(l) <= body.width as usize {
            lines.push(Line::styled(l.clone(), style));
            continue;
        }
        let indent = l.len() - l.trim_start().len();
        let room = (body.width as usize).saturating_sub(indent + 2);
        for (i, part) in wrap(l.trim_start(), room, FULL).into_iter().enumerate() {
            let pad = if i == 0 { indent } else { indent + 2 };
            lines.push(Line::styled(format!("{}{part}", " ".repeat(pad)), style));
        }
    }
    // Where the report goes on below, the last row says so.
    let rest = h.lines.len().saturating_sub(h.scroll + shown);
    if (rest > 0 || lines.len() > body.height as usize) && body.height > 1 {
        lines.truncate(body.height as usize - 1);
        let n = rest.max(1);
        lines.push(Line::styled(
            super::steps::n_lines(n, T::MoreBelowLine, T::MoreBelowLines, &[]),
            ctx.theme.muted,
        ));
    }
    lines.truncate(body.height as usize);
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
    keys.push((
        ctx.keymap.short_label(Command::Registration),
        T::FooterForm.s(),
        0,
    ));
    keys.push((
        ctx.keymap.short_label(Command::Export),
        T::HistFooterWriteForm.s(),
        if h.escalate { 0 } else { 1 },
    ));
    keys.push((ctx.keymap.short_label(Command::Quit), T::FooterStop.s(), 0));
    render_keys(&keys, ctx, footer, buf);
}
