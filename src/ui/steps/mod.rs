//! One render module per step kind.

pub mod actions;
mod closing;
mod conditions;
pub mod facts;
mod notes;
mod participants;
mod review;
pub mod scale;
pub mod summary;
mod top3;

use super::Ctx;
use super::widgets::wrap::wrap;
use crate::app::Meeting;
use crate::i18n::{self, T};
use crate::layout::StepKind;
use crate::model::ReviewTarget;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub use summary::summary_lines;

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 10 {
        return;
    }
    match m.step().kind {
        StepKind::Participants => participants::render(m, ctx, area, buf),
        StepKind::Review => review::render(m, ctx, area, buf),
        StepKind::Facts => facts::render(m, ctx, area, buf),
        StepKind::Top3 => top3::render(m, ctx, area, buf),
        StepKind::Scale => scale::render(m, ctx, area, buf),
        StepKind::Conditions => conditions::render(m, ctx, area, buf),
        StepKind::Actions => actions::render(m, ctx, area, buf),
        StepKind::Notes => notes::render(m, ctx, area, buf),
        StepKind::Closing => closing::render(m, ctx, area, buf),
        StepKind::Summary => summary::render(m, ctx, area, buf),
    }
}

/// One entry of a list: its wrapped lines, whether it is selected.
pub struct Entry {
    pub lines: Vec<Line<'static>>,
    pub selected: bool,
}

/// Wraps `text` after a prefix, as an entry: the first line starts with the
/// marker (▶ when selected) so that selection never depends on colour.
pub fn entry(
    prefix: &str,
    text: &str,
    width: u16,
    selected: bool,
    style: Style,
    ctx: &Ctx,
    max_lines: usize,
) -> Entry {
    let marker = if selected { "▶ " } else { "  " };
    let head = format!("{marker}{prefix}");
    let head_w = super::widgets::wrap::width(&head);
    let body_w = (width as usize).saturating_sub(head_w).max(8);
    let wrapped = wrap(text, body_w, max_lines);
    let style = if selected { ctx.theme.selected } else { style };
    let lines = wrapped
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let lead = if i == 0 {
                head.clone()
            } else {
                " ".repeat(head_w)
            };
            Line::from(Span::styled(format!("{lead}{l}"), style))
        })
        .collect();
    Entry { lines, selected }
}

/// The record of a carried condition or agreement in one muted line:
/// since when, what went wrong when, or that it leaves the plan here.
pub fn record_line(
    m: &Meeting,
    target: ReviewTarget,
    text: &str,
    since: Option<NaiveDate>,
) -> Option<String> {
    let dmy = |d: NaiveDate| d.format("%d-%m-%Y").to_string();
    if let Some(end) = crate::timeline::ending(&m.session, target, text) {
        return Some(T::EndsHere.fmt(&[&i18n::ending_text(&end, &dmy)]));
    }
    let since = m
        .past
        .timeline
        .record(target)
        .map(|r| r.since)
        .or(since)
        .filter(|d| *d < m.session.date);
    let mut parts = Vec::new();
    if let Some(d) = since {
        parts.push(T::RecordSince.fmt(&[&dmy(d)]));
    }
    let marks = m.marks(target);
    let line = i18n::record_line(&marks, &i18n::day_month);
    if !line.is_empty() {
        parts.push(line);
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Renders lines with the selected entry kept in view.
pub fn render_entries(
    header: Vec<Line<'static>>,
    entries: Vec<Entry>,
    area: Rect,
    buf: &mut Buffer,
) {
    // Header lines (hints, headings) wrap rather than being cut off.
    let mut lines: Vec<Line<'static>> = Vec::new();
    for line in header {
        if line.width() <= area.width as usize {
            lines.push(line);
            continue;
        }
        let style = line.spans.first().map(|s| s.style).unwrap_or(line.style);
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let indent = text.len() - text.trim_start().len();
        for (i, l) in wrap(
            text.trim_start(),
            (area.width as usize).saturating_sub(indent + 2),
            4,
        )
        .into_iter()
        .enumerate()
        {
            let pad = if i == 0 { indent } else { indent + 2 };
            lines.push(Line::styled(format!("{}{l}", " ".repeat(pad)), style));
        }
    }
    let mut sel_start = None;
    let mut sel_end = 0;
    for e in entries {
        if e.selected {
            sel_start = Some(lines.len());
        }
        lines.extend(e.lines);
        if e.selected {
            sel_end = lines.len();
        }
    }
    let h = area.height as usize;
    let offset = match sel_start {
        Some(_) if sel_end > h => sel_end - h,
        _ => 0,
    };
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(h).collect();
    Paragraph::new(visible).render(area, buf);
}

/// A text with key hints for the facilitator view, or its version without
/// keys: key hints never show on the wall (also not on a single screen).
pub fn keyed(ctx: &Ctx, with_keys: impl FnOnce() -> String, wall: crate::i18n::T) -> String {
    if ctx.facilitator {
        with_keys()
    } else {
        wall.s().to_string()
    }
}

/// A muted line saying there is nothing here yet, and how to add.
pub fn empty_line(text: String, ctx: &Ctx) -> Line<'static> {
    Line::styled(format!("  {text}"), ctx.theme.muted)
}

/// A section heading.
pub fn heading(text: &str, ctx: &Ctx) -> Line<'static> {
    Line::styled(
        text.to_string(),
        ctx.theme
            .accent
            .add_modifier(ratatui::style::Modifier::BOLD),
    )
}

/// The text, or `fallback` when it is empty: missing things are visible.
pub fn or_else(text: &str, fallback: &str) -> String {
    if text.trim().is_empty() {
        fallback.to_string()
    } else {
        text.to_string()
    }
}

/// "⚠ ontbreekt" for an empty field.
pub fn or_missing(text: &str) -> String {
    or_else(text, crate::i18n::T::Missing.s())
}
