//! The edit form panel.

use super::Ctx;
use super::steps::FULL;
use super::widgets::wrap::wrap;
use crate::app::{Field, FieldKind, Form, Item, Meeting};
use crate::i18n::T;
use crate::model::WallNames;
use crate::plan::{NamesAs, Redactor};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Splits the content area between the list and the form panel.
/// On a narrow screen the panel goes under the list: three fifths of the
/// height, more when the form needs it (the list keeps three rows).
pub fn split(area: Rect, form: &Form) -> (Rect, Rect) {
    if area.width >= 140 {
        let w = area.width * 45 / 100;
        (
            Rect::new(area.x, area.y, area.width - w - 1, area.height),
            Rect::new(area.x + area.width - w, area.y, w, area.height),
        )
    } else {
        let need = total_rows(form, area.width.saturating_sub(4) as usize) as u16 + 2;
        let h = (area.height * 3 / 5)
            .max(area.height.min(8))
            .max(need.min(area.height.saturating_sub(3)));
        (
            Rect::new(area.x, area.y, area.width, area.height - h),
            Rect::new(area.x, area.y + area.height - h, area.width, h),
        )
    }
}

/// A yes/no field as the two choices, the chosen one marked with `[x]`.
fn yes_no_line(value: &str, ctx: &Ctx, focused: bool) -> Line<'static> {
    use crate::i18n::T;
    let yes = crate::app::read_yes_no(value).unwrap_or(false);
    let choice = |on: bool, word: &str| {
        let style = if on && focused {
            ctx.theme.selected
        } else {
            ctx.theme.base
        };
        Span::styled(format!("[{}] {word}", if on { "x" } else { " " }), style)
    };
    Line::from(vec![
        choice(yes, T::Yes.s()),
        Span::raw("   "),
        choice(!yes, T::No.s()),
    ])
}

/// A choice field as its answers, the chosen one marked with `[x]`; all on
/// one line when they fit in `w`, else one a line. None marked: not
/// answered yet (said in words, not only by the empty boxes).
pub fn choice_lines(field: &Field, ctx: &Ctx, focused: bool, w: usize) -> Vec<Line<'static>> {
    let FieldKind::Choice(options) = field.kind else {
        return Vec::new();
    };
    let chosen = field.choice();
    let parts: Vec<Span<'static>> = options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let on = chosen == Some(i);
            let style = if on && focused {
                ctx.theme.selected
            } else {
                ctx.theme.base
            };
            Span::styled(format!("[{}] {}", if on { "x" } else { " " }, o.s()), style)
        })
        .collect();
    let mut lines = Vec::new();
    let total: usize = parts.iter().map(|p| p.content.chars().count() + 3).sum();
    if total <= w {
        let mut spans = Vec::new();
        for (i, p) in parts.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw("   "));
            }
            spans.push(p);
        }
        lines.push(Line::from(spans));
    } else {
        lines.extend(parts.into_iter().map(Line::from));
    }
    if chosen.is_none() {
        lines.push(Line::styled(
            T::ChoiceUnanswered.s().to_string(),
            ctx.theme.muted,
        ));
    }
    lines
}

/// Rows a choice field takes at text width `w`.
fn choice_rows(field: &Field, w: usize) -> usize {
    let FieldKind::Choice(options) = field.kind else {
        return 1;
    };
    let total: usize = options.iter().map(|o| o.s().chars().count() + 7).sum();
    let answers = if total <= w { 1 } else { options.len() };
    answers + usize::from(field.choice().is_none())
}

/// Rows a field's value takes: the focused text field as much as its text
/// needs (and a row to type on), the others their whole text, wrapped.
fn value_rows(field: &crate::app::Field, focused: bool, w: usize) -> usize {
    match field.kind {
        FieldKind::YesNo => 1,
        FieldKind::Choice(_) => choice_rows(field, w),
        _ => {
            // The text field breaks lines a little earlier than `wrap`
            // (it keeps a cell for the cursor): count with a margin.
            let w = if focused { w.saturating_sub(2) } else { w };
            let n = wrap(&field.value(), w, FULL).len().max(1);
            if focused && field.kind == FieldKind::Multi {
                n + 1
            } else {
                n
            }
        }
    }
}

/// What the wall may show of an open form: a private note and the names to
/// hide only as dots, names as roles or initials when the wall shows them so.
pub struct Mask {
    /// The whole form is private (a private note).
    private: bool,
    names: Option<Redactor>,
    /// The kind of violence shows as dots (unless the settings allow it).
    violence_hidden: bool,
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
            // Reasons typed before the scores are revealed would give them
            // away: dots on the wall until then.
            Some(Item::Answer(_)) => m.scores_hidden(m.step().scale_key()),
            _ => false,
        };
        // Who may see an item, and an item the wall leaves out, show only
        // as dots: the room never reads what is kept from it.
        let private = private
            || m.visibility_form
            || m.editing
                .is_some_and(|item| !crate::app::visibility::on_wall(item, &m.session));
        let names = match m.session.wall_names {
            WallNames::Names if crate::plan::hidden_names(&m.session).is_empty() => None,
            WallNames::Names => Some(Redactor::new(&m.session, NamesAs::HiddenOnly)),
            WallNames::Roles => Some(Redactor::new(&m.session, NamesAs::Roles)),
            WallNames::Initials => Some(Redactor::new(&m.session, NamesAs::Initials)),
        };
        Some(Mask {
            private,
            names,
            violence_hidden: !ctx.show_violence,
        })
    }

    /// True when `field` shows as dots.
    pub fn hides(&self, field: &Field) -> bool {
        self.private
            || field.label == T::FieldHiddenNames
            || (field.label == T::FieldViolence && self.violence_hidden)
    }

    /// What the wall shows of `field`'s value: dots, the value with names
    /// replaced, or `None` for the value as typed.
    pub fn shown(&self, field: &Field) -> Option<String> {
        let value = field.value();
        if self.hides(field) && field.kind == FieldKind::YesNo {
            // As many dots for ja as for nee: the answer does not show.
            return Some("•••".to_string());
        }
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

/// Rows of all fields (labels and values) at a text width `w`.
fn total_rows(form: &Form, w: usize) -> usize {
    form.fields
        .iter()
        .enumerate()
        .map(|(i, f)| wrap(f.label_text(), w, FULL).len() + value_rows(f, i == form.focus, w))
        .sum()
}

/// The fields, each a label and its value. Nothing is cut off: when the
/// fields do not all fit, the panel scrolls to the field being typed in and
/// says how many fields are above and below it.
pub fn render(form: &Form, mask: Option<&Mask>, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let mut inner = super::widgets::panel::panel(form.title_text(), ctx, area, buf);
    if let Some(mask) = mask
        && form.fields.iter().any(|f| mask.hides(f))
        && inner.height > 0
    {
        // On the wall a private form says where its text is, wrapped.
        let lines = wrap(&private_line(ctx), inner.width as usize, FULL);
        let n = (lines.len() as u16).min(inner.height);
        for (k, l) in lines.into_iter().take(n as usize).enumerate() {
            Paragraph::new(Line::styled(l, ctx.theme.private))
                .render(Rect::new(inner.x, inner.y + k as u16, inner.width, 1), buf);
        }
        inner.y += n;
        inner.height -= n;
    }
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let w = inner.width.saturating_sub(2) as usize;
    let h = inner.height as usize;
    // The focused field may take the panel less its label and two signs,
    // when not all fields fit.
    let focus_cap = if total_rows(form, w) <= h {
        h
    } else {
        h.saturating_sub(3).max(1)
    };
    let rows: Vec<(usize, usize)> = form
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let label = wrap(f.label_text(), w, FULL).len();
            let v = value_rows(f, i == form.focus, w);
            let v = if i == form.focus { v.min(focus_cap) } else { v };
            (label, v)
        })
        .collect();
    let starts: Vec<usize> = rows
        .iter()
        .scan(0, |acc, (l, v)| {
            let s = *acc;
            *acc += l + v;
            Some(s)
        })
        .collect();
    let total: usize = rows.iter().map(|(l, v)| l + v).sum();
    let focus_span = (
        starts[form.focus],
        starts[form.focus] + rows[form.focus].0 + rows[form.focus].1,
    );
    let win = super::steps::window(total, h, Some(focus_span), 0);
    let dim = ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM);
    let top = inner.y + u16::from(win.up);
    let visible = |line: usize| line >= win.offset && line < win.offset + win.room;
    let y_of = |line: usize| top + (line - win.offset) as u16;
    if win.up {
        let n = starts.iter().filter(|s| **s < win.offset).count();
        Paragraph::new(super::steps::more_line(true, n, dim))
            .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
    }
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "▶ " } else { "  " };
        let style = if focused {
            ctx.theme.title
        } else {
            ctx.theme.muted
        };
        let mut line = starts[i];
        for (j, l) in wrap(field.label_text(), w, FULL).into_iter().enumerate() {
            if visible(line) {
                let lead = if j == 0 { marker } else { "  " };
                Paragraph::new(Line::styled(format!("{lead}{l}"), style))
                    .render(Rect::new(inner.x, y_of(line), inner.width, 1), buf);
            }
            line += 1;
        }
        let value_h = rows[i].1;
        if let Some(shown) = mask.and_then(|m| m.shown(field)) {
            // On the wall: never the typed text itself.
            for l in wrap(&shown.replace('\n', " "), w, FULL)
                .into_iter()
                .take(value_h.max(1))
            {
                if visible(line) {
                    Paragraph::new(Line::styled(l, ctx.theme.base)).render(
                        Rect::new(inner.x + 2, y_of(line), inner.width.saturating_sub(2), 1),
                        buf,
                    );
                }
                line += 1;
            }
        } else if let FieldKind::Choice(_) = field.kind {
            for l in choice_lines(field, ctx, focused, w) {
                if visible(line) {
                    Paragraph::new(l).render(
                        Rect::new(inner.x + 2, y_of(line), inner.width.saturating_sub(2), 1),
                        buf,
                    );
                }
                line += 1;
            }
        } else if field.kind == FieldKind::YesNo {
            if visible(line) {
                Paragraph::new(yes_no_line(&field.value(), ctx, focused)).render(
                    Rect::new(inner.x + 2, y_of(line), inner.width.saturating_sub(2), 1),
                    buf,
                );
            }
        } else if focused {
            // The window always holds the whole focused field.
            let rect = Rect::new(
                inner.x + 2,
                y_of(line),
                inner.width.saturating_sub(2),
                value_h as u16,
            );
            let mut area_widget = field.area.clone();
            area_widget.set_style(ctx.theme.base);
            area_widget.set_cursor_style(ctx.theme.selected);
            area_widget.set_cursor_line_style(ctx.theme.base);
            (&area_widget).render(rect, buf);
        } else {
            for l in wrap(&field.value(), w, FULL) {
                if visible(line) {
                    Paragraph::new(Line::styled(l, ctx.theme.base)).render(
                        Rect::new(inner.x + 2, y_of(line), inner.width.saturating_sub(2), 1),
                        buf,
                    );
                }
                line += 1;
            }
        }
    }
    if win.down {
        let n = starts
            .iter()
            .zip(&rows)
            .filter(|(s, (l, v))| **s + l + v > win.offset + win.room)
            .count();
        Paragraph::new(super::steps::more_line(false, n, dim)).render(
            Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1),
            buf,
        );
    }
}
