//! The debrief screen of a practice case (issue 16): the trainer reveals the
//! teaching points (the case's private notes) one at a time.

use super::Ctx;
use super::widgets::wrap::wrap;
use crate::app::{App, Command};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let Some(m) = app.meeting() else {
        return;
    };
    let shown = app.debrief.unwrap_or(0);
    let points = app.teaching_points();
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y,
        area.width.saturating_sub(margin * 2),
        area.height,
    );
    let w = inner.width as usize;
    let mut lines = vec![
        Line::styled(
            T::DebriefTitle.fmt(&[&m.session.case.code]),
            ctx.theme.title,
        ),
        Line::raw(""),
    ];
    let next_key = ctx.keymap.short_label(Command::Edit);
    if points.is_empty() {
        lines.push(Line::styled(T::DebriefNone.s(), ctx.theme.muted));
    } else if shown == 0 {
        lines.push(Line::styled(
            T::DebriefStart.fmt(&[&points.len(), &next_key]),
            ctx.theme.question,
        ));
    }
    // The newest point stands out; the earlier ones stay, muted.
    let shown = shown.min(points.len());
    for (i, p) in points.iter().take(shown).enumerate() {
        let style = if i + 1 == shown {
            ctx.theme.question
        } else {
            ctx.theme.muted
        };
        lines.push(Line::styled(
            T::DebriefCount.fmt(&[&(i + 1), &points.len()]),
            ctx.theme.accent,
        ));
        for l in wrap(p, w.saturating_sub(2), super::steps::FULL) {
            lines.push(Line::styled(format!("  {l}"), style));
        }
        lines.push(Line::raw(""));
    }
    if shown == points.len() && shown > 0 {
        lines.push(Line::styled(T::DebriefAll.s(), ctx.theme.ok));
    }
    // The newest point always shows: older ones scroll off the top.
    let body_h = inner.height.saturating_sub(2) as usize;
    if lines.len() > body_h {
        let title = lines[0].clone();
        let cut = lines.len() - body_h + 2;
        lines.drain(0..cut.min(lines.len()));
        // Said, so the trainer knows the earlier points are not lost.
        let back = ctx.keymap.short_label(Command::PrevStep);
        lines.insert(
            0,
            Line::styled(T::DebriefAbove.fmt(&[&back]), ctx.theme.muted),
        );
        lines.insert(0, title);
    }
    Paragraph::new(lines).render(
        Rect::new(
            inner.x,
            inner.y + 1,
            inner.width,
            inner.height.saturating_sub(2),
        ),
        buf,
    );
    let keys = [
        (
            format!("{}/{}", next_key, ctx.keymap.short_label(Command::NextStep)),
            T::DebriefNext.fmt(&[&""]),
        ),
        (
            ctx.keymap.short_label(Command::PrevStep),
            T::DebriefBack.fmt(&[&""]),
        ),
        (
            ctx.keymap.short_label(Command::Escape),
            T::DebriefClose.fmt(&[&""]),
        ),
    ];
    let mut spans = Vec::new();
    for (k, label) in &keys {
        spans.push(Span::styled(k.clone(), ctx.theme.key));
        spans.push(Span::styled(
            format!("{}  ", label.trim_end()),
            ctx.theme.muted,
        ));
    }
    Paragraph::new(Line::from(spans)).render(
        Rect::new(
            inner.x,
            area.y + area.height.saturating_sub(1),
            inner.width,
            1,
        ),
        buf,
    );
}
