//! The comparison screen of a practice meeting (issue 16): the group's plan
//! beside the model answer, item by item, in two columns.

use super::Ctx;
use super::widgets::wrap::{ellipsize, wrap};
use crate::app::{App, Command};
use crate::i18n::T;
use crate::training::compare::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// All lines of the comparison for a screen `w` wide.
pub fn lines<'a>(app: &App, ctx: &Ctx, w: usize) -> Vec<Line<'a>> {
    let (Some(m), Some(model)) = (app.meeting(), app.model.as_deref()) else {
        return Vec::new();
    };
    let col = w.saturating_sub(3) / 2;
    let pad = |t: &str| {
        let n = super::widgets::wrap::width(t);
        format!("{t}{}", " ".repeat(col.saturating_sub(n)))
    };
    let mut out = vec![Line::from(vec![
        Span::styled(pad(T::CmpGroup.s()), ctx.theme.accent),
        Span::raw(" │ "),
        Span::styled(T::CmpModel.s().to_string(), ctx.theme.accent),
    ])];
    // Off the facilitator view, names show as the wall shows them.
    let (group, model) = if ctx.facilitator {
        (m.session.clone(), model.clone())
    } else {
        let mut mm = m.clone();
        mm.session = model.clone();
        (
            super::chrome::wall_copy(m).map_or_else(|| m.session.clone(), |c| c.session),
            super::chrome::wall_copy(&mm).map_or_else(|| model.clone(), |c| c.session),
        )
    };
    for r in rows(&group, &model) {
        if r.heading {
            out.push(Line::raw(""));
            out.push(Line::styled(r.label, ctx.theme.title));
            continue;
        }
        out.push(Line::styled(r.label, ctx.theme.muted));
        let g = wrap(&r.group, col, super::steps::FULL);
        let md = wrap(&r.model, col, super::steps::FULL);
        for i in 0..g.len().max(md.len()) {
            let left = g.get(i).cloned().unwrap_or_default();
            let right = md.get(i).cloned().unwrap_or_default();
            out.push(Line::from(vec![
                Span::styled(pad(&left), ctx.theme.question),
                Span::styled(" │ ", ctx.theme.muted),
                Span::styled(right, ctx.theme.question),
            ]));
        }
    }
    out
}

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let Some(m) = app.meeting() else {
        return;
    };
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y,
        area.width.saturating_sub(margin * 2),
        area.height,
    );
    let title = T::CmpTitle.fmt(&[&m.session.case.code, &m.session.date.format("%d-%m-%Y")]);
    Paragraph::new(Line::styled(
        ellipsize(&title, inner.width as usize),
        ctx.theme.title,
    ))
    .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
    let all = lines(app, ctx, inner.width as usize);
    let body_h = inner.height.saturating_sub(4);
    let max = (all.len() as u16).saturating_sub(body_h);
    let scroll = app.compare.unwrap_or(0).min(max);
    Paragraph::new(all)
        .scroll((scroll, 0))
        .render(Rect::new(inner.x, inner.y + 2, inner.width, body_h), buf);
    if let Some(s) = &app.status {
        Paragraph::new(Line::styled(
            ellipsize(s, inner.width as usize),
            ctx.theme.warn,
        ))
        .render(
            Rect::new(
                inner.x,
                area.y + area.height.saturating_sub(2),
                inner.width,
                1,
            ),
            buf,
        );
    }
    let keys = T::CmpKeys.fmt(&[&ctx.keymap.short_label(Command::Escape)]);
    Paragraph::new(Line::styled(keys, ctx.theme.muted)).render(
        Rect::new(
            inner.x,
            area.y + area.height.saturating_sub(1),
            inner.width,
            1,
        ),
        buf,
    );
}
