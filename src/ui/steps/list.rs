//! A generic list step: rows with the columns the layout names (a
//! Signs-of-Safety mapping is made of these).

use super::{Ctx, Entry, FULL, empty_line, entry, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use crate::layout::Step;
use crate::model::ListRow;
use crate::ui::widgets::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// A row's texts as (column title, text), empty columns left out; the
/// first column is the row's head.
pub fn cells<'a>(step: &'a Step, row: &'a ListRow) -> Vec<(&'a str, &'a str)> {
    step.columns
        .iter()
        .map(|c| (c.title.s(), row.cell(&c.key).trim()))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let step = m.step();
    let rows = m.session.list(step.list_key());
    let sel = m.selected_item();
    let mut head = Vec::new();
    if rows.is_empty() {
        let text = super::keyed(
            ctx,
            || T::EmptyList.fmt(&[&ctx.keymap.short_label(Command::Add)]),
            T::WallEmptyList,
        );
        head.push(empty_line(text, ctx));
    }
    let w = area.width;
    let entries: Vec<Entry> = rows
        .iter()
        .map(|r| {
            let selected = sel == Some(Item::Row(r.id));
            let cells = cells(step, r);
            let Some(((_, first), rest)) = cells.split_first() else {
                return entry(
                    "• ",
                    T::Missing.s(),
                    w,
                    selected,
                    ctx.theme.muted,
                    ctx,
                    FULL,
                );
            };
            let mut e = entry("• ", first, w, selected, ctx.theme.base, ctx, FULL);
            for (title, text) in rest {
                let line = format!("{title}: {text}");
                for l in wrap(&line, (w as usize).saturating_sub(6).max(8), FULL) {
                    e.lines
                        .push(Line::styled(format!("    {l}"), ctx.theme.muted));
                }
            }
            e
        })
        .collect();
    render_entries(head, entries, area, buf);
}
