//! c-screens: the groups side by side (issue 16, item 3): a column per
//! group and the model answer last, the headings fixed above, the rows
//! scrolled below. Columns that do not fit are reached with ←/→, and the
//! screen says which columns it shows.

use super::Ctx;
use super::widgets::wrap::{ellipsize, width, wrap};
use crate::app::Command;
use crate::app::groups::{GUTTER, GroupsView};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The columns shown on a screen `w` wide and each one's width.
fn columns(view: &GroupsView, w: u16) -> (std::ops::Range<usize>, usize) {
    let fit = view.columns_fit(w);
    let first = view.first_shown(w);
    let end = (first + fit).min(view.grid.heads.len());
    let shown = (end - first).max(1) as u16;
    let col = w.saturating_sub(GUTTER * (shown - 1)) / shown;
    (first..end, col as usize)
}

fn pad(t: &str, col: usize) -> String {
    format!("{t}{}", " ".repeat(col.saturating_sub(width(t))))
}

/// A line of cells side by side, `│` between them.
fn side_by_side<'a>(
    cells: &[String],
    col: usize,
    ctx: &Ctx,
    style: ratatui::style::Style,
) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" │ ", ctx.theme.muted));
        }
        let text = if i + 1 == cells.len() {
            c.clone()
        } else {
            pad(c, col)
        };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

/// The body's lines (everything below the column headings) for a screen
/// `w` wide.
pub fn lines<'a>(view: &GroupsView, ctx: &Ctx, w: u16) -> Vec<Line<'a>> {
    let (shown, col) = columns(view, w);
    let mut out = Vec::new();
    // Off the facilitator view, names show as the wall shows them.
    let grid = if ctx.facilitator {
        &view.grid
    } else {
        &view.room
    };
    for r in &grid.rows {
        if r.heading {
            if !out.is_empty() {
                out.push(Line::raw(""));
            }
            out.push(Line::styled(r.label.clone(), ctx.theme.title));
            continue;
        }
        out.push(Line::styled(r.label.clone(), ctx.theme.muted));
        let wrapped: Vec<Vec<String>> = shown
            .clone()
            .map(|i| {
                wrap(
                    r.cells.get(i).map_or("", String::as_str),
                    col.max(1),
                    super::steps::FULL,
                )
            })
            .collect();
        let tall = wrapped.iter().map(Vec::len).max().unwrap_or(0);
        for k in 0..tall {
            let cells: Vec<String> = wrapped
                .iter()
                .map(|c| c.get(k).cloned().unwrap_or_default())
                .collect();
            out.push(side_by_side(&cells, col, ctx, ctx.theme.question));
        }
    }
    out
}

/// Plain mode (screen readers): the same in reading order, one column
/// after the other under each row's label, no lines between columns.
pub fn plain_lines<'a>(view: &GroupsView, ctx: &Ctx, w: u16) -> Vec<Line<'a>> {
    let grid = if ctx.facilitator {
        &view.grid
    } else {
        &view.room
    };
    let mut out = vec![Line::styled(
        T::CmpGroupsTitle.fmt(&[&view.code]),
        ctx.theme.title,
    )];
    for r in &grid.rows {
        if r.heading {
            out.push(Line::raw(""));
            out.push(Line::styled(r.label.clone(), ctx.theme.title));
            continue;
        }
        out.push(Line::styled(r.label.clone(), ctx.theme.muted));
        for (head, cell) in grid.heads.iter().zip(&r.cells) {
            let text = format!("{head}: {cell}");
            for l in wrap(
                &text,
                (w as usize).saturating_sub(2).max(8),
                super::steps::FULL,
            ) {
                out.push(Line::styled(format!("  {l}"), ctx.theme.question));
            }
        }
    }
    out
}

fn render_plain(view: &GroupsView, status: Option<&str>, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let all = plain_lines(view, ctx, area.width);
    let body_h = area.height.saturating_sub(2);
    let max = (all.len() as u16).saturating_sub(body_h);
    Paragraph::new(all)
        .scroll((view.scroll.min(max), 0))
        .render(Rect::new(area.x, area.y, area.width, body_h), buf);
    let bottom = area.y + area.height;
    if let Some(s) = status {
        Paragraph::new(Line::styled(s.to_string(), ctx.theme.warn)).render(
            Rect::new(area.x, bottom.saturating_sub(2), area.width, 1),
            buf,
        );
    }
    let back = ctx.keymap.short_label(Command::Escape);
    let keys = T::GroupsKeys.fmt(&[&back, &view.leave_word()]);
    Paragraph::new(Line::styled(keys, ctx.theme.muted)).render(
        Rect::new(area.x, bottom.saturating_sub(1), area.width, 1),
        buf,
    );
}

/// How far the body can scroll on a screen of `area`.
fn body(area: Rect) -> (Rect, u16) {
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y,
        area.width.saturating_sub(margin * 2),
        area.height,
    );
    // Title, the columns line, the headings; the status and keys below.
    (inner, inner.height.saturating_sub(5))
}

pub fn render(
    view: &GroupsView,
    plain: bool,
    status: Option<&str>,
    ctx: &Ctx,
    area: Rect,
    buf: &mut Buffer,
) {
    if plain {
        render_plain(view, status, ctx, area, buf);
        return;
    }
    let (inner, body_h) = body(area);
    let w = inner.width;
    let one = |y: u16| Rect::new(inner.x, y, w, 1);
    let title = T::CmpGroupsTitle.fmt(&[&view.code]);
    Paragraph::new(Line::styled(ellipsize(&title, w as usize), ctx.theme.title))
        .render(one(inner.y), buf);
    let (shown, col) = columns(view, w);
    let n = view.grid.heads.len();
    let all = lines(view, ctx, w);
    let max = (all.len() as u16).saturating_sub(body_h);
    let scroll = view.scroll.min(max);
    // Which columns, and whether there is more below: in words.
    let mut where_ = Vec::new();
    if shown.len() < n {
        where_.push(T::GroupsShown.fmt(&[&(shown.start + 1), &shown.end, &n]));
    }
    if scroll < max {
        where_.push(T::GroupsMoreBelow.s().to_string());
    }
    Paragraph::new(Line::styled(
        ellipsize(&where_.join(" · "), w as usize),
        ctx.theme.muted,
    ))
    .render(one(inner.y + 1), buf);
    let heads: Vec<String> = view.grid.heads[shown.clone()]
        .iter()
        .map(|h| ellipsize(h, col))
        .collect();
    Paragraph::new(side_by_side(&heads, col, ctx, ctx.theme.accent)).render(one(inner.y + 2), buf);
    Paragraph::new(all)
        .scroll((scroll, 0))
        .render(Rect::new(inner.x, inner.y + 3, w, body_h), buf);
    let bottom = area.y + area.height;
    if let Some(s) = status {
        Paragraph::new(Line::styled(ellipsize(s, w as usize), ctx.theme.warn))
            .render(one(bottom.saturating_sub(2)), buf);
    }
    let back = ctx.keymap.short_label(Command::Escape);
    let word = view.leave_word();
    let keys = if shown.len() < n {
        T::GroupsKeysMore.fmt(&[&back, &word])
    } else {
        T::GroupsKeys.fmt(&[&back, &word])
    };
    Paragraph::new(Line::styled(ellipsize(&keys, w as usize), ctx.theme.muted))
        .render(one(bottom.saturating_sub(1)), buf);
}
