//! Agreements: a table at wide widths, cards at narrow ones. A missing field
//! is marked with a word and a glyph.

use super::{Ctx, Entry, FULL, empty_line, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::{self, T};
use crate::model::{Action, ReviewTarget, Term};
use crate::ui::widgets::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// When an agreement runs, in words ("uiterlijk 05-09-2026", "doorlopend,
/// elke vrijdag, tot nader order"); empty for a one-off without a date, so
/// it is marked missing.
pub fn due_text(a: &Action) -> String {
    if a.term == (Term::Once { due: None }) {
        return String::new();
    }
    let mut text = i18n::term_label(&a.term, &|d| d.format("%d-%m-%Y").to_string());
    if let Some(e) = a.earlier_due {
        text = format!("{text} ({})", T::TermEarlier.fmt(&[&e.format("%d-%m-%Y")]));
    }
    text
}

/// [`due_text`] with "! te laat" after a one-off deadline that lies before
/// `date` (the meeting's date, as the plan check counts it): a glyph and a
/// word, never colour alone.
pub fn due_marked(a: &Action, date: chrono::NaiveDate) -> String {
    let text = due_text(a);
    if !text.is_empty() && a.is_overdue(date) {
        format!("{text} {}", T::OverdueMark.s())
    } else {
        text
    }
}

/// The six columns of an agreement: (heading, value), the deadline marked
/// when it lies before `date`.
pub fn columns(a: &Action, date: chrono::NaiveDate) -> [(&'static str, String); 6] {
    [
        (T::FieldWho.s(), a.who.clone()),
        (T::FieldWhatAction.s(), a.what.clone()),
        (T::ColDue.s(), due_marked(a, date)),
        (T::ColCheck.s(), a.how_checked.clone()),
        (T::ColMonitor.s(), a.monitored_by.clone()),
        (T::ColIfBroken.s(), a.if_broken.clone()),
    ]
}

fn cell(value: &str, ctx: &Ctx, base: Style) -> (String, Style) {
    if value.trim().is_empty() {
        (T::Missing.s().to_string(), ctx.theme.warn)
    } else {
        (value.to_string(), base)
    }
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let sel = m.selected_item();
    if s.actions.is_empty() {
        let lines = vec![empty_line(
            super::keyed(
                ctx,
                || T::EmptyActions.fmt(&[&ctx.keymap.short_label(Command::Add)]),
                T::WallEmptyActions,
            ),
            ctx,
        )];
        render_entries(lines, Vec::new(), area, buf);
        return;
    }
    let wide = area.width >= 140;
    let mut head = Vec::new();
    // Column widths as shares of the line for the table layout.
    let shares = [12u16, 26, 10, 18, 12, 22];
    // The number the plan check names an agreement by ("Afspraak 8"),
    // before its first line (c-fix2).
    let number = |i: usize| T::ActionNumber.fmt(&[&(i + 1)]);
    let num_w = width(&number(s.actions.len().saturating_sub(1))) + 1;
    let avail = area.width.saturating_sub((2 + num_w + 6 * 2) as u16);
    let widths: Vec<usize> = shares.iter().map(|s| (avail * s / 100) as usize).collect();
    if wide {
        let mut spans = vec![Span::raw(" ".repeat(2 + num_w))];
        for ((h, _), w) in columns(&Action::default(), s.date).iter().zip(&widths) {
            spans.push(Span::styled(
                format!("{:<w$}  ", h, w = *w),
                ctx.theme.accent,
            ));
        }
        head.push(Line::from(spans));
    }
    let mut entries = Vec::new();
    for (k, a) in s.actions.iter().enumerate() {
        let num = format!("{:<num_w$}", number(k));
        let blank = " ".repeat(num_w);
        let selected = sel == Some(Item::Action(a.id));
        let base = if selected {
            ctx.theme.selected
        } else {
            ctx.theme.base
        };
        let marker = if selected { "▶ " } else { "  " };
        let mut lines = Vec::new();
        if wide {
            let cells: Vec<Vec<String>> = columns(a, s.date)
                .iter()
                .zip(&widths)
                .map(|((_, v), w)| wrap(&cell(v, ctx, base).0, *w, FULL))
                .collect();
            let rows = cells.iter().map(Vec::len).max().unwrap_or(1);
            for r in 0..rows {
                let mut spans = vec![Span::styled(
                    if r == 0 {
                        format!("{marker}{num}")
                    } else {
                        format!("  {blank}")
                    },
                    base,
                )];
                for (i, ((_, v), w)) in columns(a, s.date).iter().zip(&widths).enumerate() {
                    let text = cells[i].get(r).cloned().unwrap_or_default();
                    let style = cell(v, ctx, base).1;
                    let pad = w.saturating_sub(width(&text));
                    spans.push(Span::styled(format!("{text}{}  ", " ".repeat(pad)), style));
                }
                lines.push(Line::from(spans));
            }
        } else {
            for (i, (h, v)) in columns(a, s.date).iter().enumerate() {
                let lead = if i == 0 {
                    format!("{marker}{num}{h}: ")
                } else {
                    format!("  {blank}{h}: ")
                };
                let (text, style) = cell(v, ctx, base);
                let body_w = (area.width as usize).saturating_sub(width(&lead)).max(8);
                for (j, l) in wrap(&text, body_w, FULL).into_iter().enumerate() {
                    let lead = if j == 0 {
                        lead.clone()
                    } else {
                        " ".repeat(width(&lead))
                    };
                    lines.push(Line::from(vec![
                        Span::styled(lead, ctx.theme.accent),
                        Span::styled(l, style),
                    ]));
                }
            }
        }
        if let Some(record) = super::record_line(m, ReviewTarget::Action(a.id), &a.what, a.since) {
            let body_w = (area.width as usize).saturating_sub(4).max(8);
            for l in wrap(&record, body_w, super::FULL) {
                lines.push(Line::styled(format!("    {l}"), ctx.theme.muted));
            }
        }
        if let Some(answered) = answered_condition(s, a) {
            let body_w = (area.width as usize).saturating_sub(4).max(8);
            for l in wrap(&T::AnswersCondition.fmt(&[&answered]), body_w, FULL) {
                lines.push(Line::styled(format!("    {l}"), ctx.theme.muted));
            }
        }
        super::push_visibility(&mut lines, m, Item::Action(a.id), ctx, area.width);
        lines.push(Line::default());
        entries.push(Entry { lines, selected });
    }
    render_entries(head, entries, area, buf);
}

/// The text of the condition (not kept) that `a` answers, as the session
/// holds it now, or as it was reviewed.
pub fn answered_condition(s: &crate::model::Session, a: &Action) -> Option<String> {
    let id = a.answers?;
    s.conditions
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.text.clone())
        .or_else(|| {
            s.review
                .iter()
                .find(|r| r.target == ReviewTarget::Condition(id))
                .map(|r| r.text.clone())
        })
}
