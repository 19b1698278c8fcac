//! The edit form panel.

use super::Ctx;
use crate::app::{FieldKind, Form};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// Splits the content area between the list and the form panel.
pub fn split(area: Rect) -> (Rect, Rect) {
    if area.width >= 140 {
        let w = area.width * 45 / 100;
        (
            Rect::new(area.x, area.y, area.width - w - 1, area.height),
            Rect::new(area.x + area.width - w, area.y, w, area.height),
        )
    } else {
        let h = (area.height * 3 / 5).max(area.height.min(8));
        (
            Rect::new(area.x, area.y, area.width, area.height - h),
            Rect::new(area.x, area.y + area.height - h, area.width, h),
        )
    }
}

fn field_height(kind: FieldKind, focused: bool, room: u16) -> u16 {
    match kind {
        FieldKind::Multi if focused => room.clamp(1, 4),
        _ => 1,
    }
}

pub fn render(form: &Form, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let inner = super::widgets::panel::panel(form.title.s(), ctx, area, buf);
    // Each field: a label line and its text; the focused one gets more room.
    let labels = form.fields.len() as u16;
    let fixed: u16 = labels * 2;
    let spare = inner.height.saturating_sub(fixed);
    let mut y = inner.y;
    let bottom = inner.y + inner.height;
    // When not all fields fit, start further down so the field being typed
    // in is always in view.
    let heights: Vec<u16> = form
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| 1 + field_height(f.kind, i == form.focus, spare + 1))
        .collect();
    let mut first = 0;
    while first < form.focus && heights[first..=form.focus].iter().sum::<u16>() > inner.height {
        first += 1;
    }
    for (i, field) in form.fields.iter().enumerate().skip(first) {
        if y >= bottom {
            break;
        }
        let focused = i == form.focus;
        let marker = if focused { "▶ " } else { "  " };
        let style = if focused {
            ctx.theme.title
        } else {
            ctx.theme.muted
        };
        Paragraph::new(Line::styled(format!("{marker}{}", field.label.s()), style))
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        y += 1;
        let h = field_height(field.kind, focused, spare + 1).min(bottom.saturating_sub(y));
        if h == 0 {
            break;
        }
        let rect = Rect::new(inner.x + 2, y, inner.width.saturating_sub(2), h);
        if focused {
            let mut area_widget = field.area.clone();
            area_widget.set_style(ctx.theme.base);
            area_widget.set_cursor_style(ctx.theme.selected);
            area_widget.set_cursor_line_style(ctx.theme.base);
            (&area_widget).render(rect, buf);
        } else {
            let text = field.value().replace('\n', " ");
            Paragraph::new(Line::styled(
                super::widgets::wrap::ellipsize(&text, rect.width as usize),
                ctx.theme.base,
            ))
            .render(rect, buf);
        }
        y += h;
    }
}
