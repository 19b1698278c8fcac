//! The edit form panel.

use super::Ctx;
use crate::app::{Field, FieldKind, Form, Item, Meeting};
use crate::i18n::T;
use crate::model::WallNames;
use crate::plan::{NamesAs, Redactor};
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

/// What the wall may show of an open form: a private note and the names to
/// hide only as dots, names as roles or initials when the wall shows them so.
pub struct Mask {
    /// The whole form is private (a private note).
    private: bool,
    names: Option<Redactor>,
}

impl Mask {
    /// The mask for `m`'s open form in wall view; `None` in the facilitator
    /// view, which shows everything.
    pub fn of(m: &Meeting, ctx: &Ctx) -> Option<Mask> {
        if ctx.facilitator {
            return None;
        }
        let private = match m.editing {
            Some(Item::Note(id)) => m.session.notes.iter().any(|n| n.id == id && n.private),
            _ => false,
        };
        let names = match m.session.wall_names {
            WallNames::Names if m.session.case.hidden_names.is_empty() => None,
            WallNames::Names => Some(Redactor::new(&m.session, NamesAs::HiddenOnly)),
            WallNames::Roles => Some(Redactor::new(&m.session, NamesAs::Roles)),
            WallNames::Initials => Some(Redactor::new(&m.session, NamesAs::Initials)),
        };
        Some(Mask { private, names })
    }

    /// True when `field` shows as dots.
    pub fn hides(&self, field: &Field) -> bool {
        self.private || field.label == T::FieldHiddenNames
    }

    /// What the wall shows of `field`'s value: dots, the value with names
    /// replaced, or `None` for the value as typed.
    pub fn shown(&self, field: &Field) -> Option<String> {
        let value = field.value();
        if self.hides(field) {
            return Some(dots(&value));
        }
        let redacted = self.names.as_ref()?.text(&value);
        (redacted != value).then_some(redacted)
    }
}

/// A dot for every letter typed (new lines as spaces).
pub fn dots(value: &str) -> String {
    value
        .chars()
        .map(|c| if c == '\n' { ' ' } else { '•' })
        .collect()
}

/// The line under the title of a form that shows dots on the wall.
pub fn private_line(ctx: &Ctx) -> String {
    T::PrivateFormDots.fmt(&[&ctx.keymap.short_label(crate::app::Command::View)])
}

pub fn render(form: &Form, mask: Option<&Mask>, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let mut inner = super::widgets::panel::panel(form.title.s(), ctx, area, buf);
    if let Some(mask) = mask
        && form.fields.iter().any(|f| mask.hides(f))
        && inner.height > 0
    {
        Paragraph::new(Line::styled(
            super::widgets::wrap::ellipsize(&private_line(ctx), inner.width as usize),
            ctx.theme.private,
        ))
        .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        inner.y += 1;
        inner.height -= 1;
    }
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
        if let Some(shown) = mask.and_then(|m| m.shown(field)) {
            // On the wall: never the typed text itself.
            Paragraph::new(Line::styled(
                super::widgets::wrap::ellipsize(&shown.replace('\n', " "), rect.width as usize),
                ctx.theme.base,
            ))
            .render(rect, buf);
        } else if focused {
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
