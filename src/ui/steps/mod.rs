//! One render module per step kind.

pub mod actions;
pub(crate) mod approach;
pub(crate) mod closing;
mod conditions;
pub mod facts;
// h-method
pub mod list;
mod notes;
pub mod participants;
mod review;
pub mod scale;
pub mod scenario;
pub mod summary;
mod top3;
pub mod voices;

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

thread_local! {
    /// The lines scrolled inside a selected entry that is taller than its
    /// list (in: the meeting's `scroll`), and how many of its lines are still
    /// below the view (out), and whether ↓ reads on (no form has the keys).
    /// Set and read by [`render`] around the step's
    /// drawing, so that the step modules need not pass it through.
    static DETAIL: std::cell::Cell<(usize, usize, bool)> =
        const { std::cell::Cell::new((0, 0, false)) };
}

/// Draws the step. Returns how many lines of the selected entry are below
/// the view (0 when it is whole on screen): then ↓ reads on in the entry
/// before it moves to the next.
pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> usize {
    if area.height == 0 || area.width < 10 {
        return 0;
    }
    let detail = match m.step().kind {
        StepKind::Summary => 0,
        _ => m.scroll as usize,
    };
    DETAIL.with(|d| d.set((detail, 0, m.form.is_none())));
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
        StepKind::Approach => approach::render(m, ctx, area, buf),
        StepKind::Scenario => scenario::render(m, ctx, area, buf),
        StepKind::Voices => voices::render(m, ctx, area, buf),
        StepKind::List => list::render(m, ctx, area, buf),
    }
    DETAIL.with(|d| d.get().1)
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

/// Renders lines with the selected entry kept in view. When the list is
/// longer than the area, a muted line says how many entries are out of view
/// above ("↑ nog 2") and below ("↓ nog 3"): nothing is hidden without a sign.
pub fn render_entries(
    header: Vec<Line<'static>>,
    entries: Vec<Entry>,
    area: Rect,
    buf: &mut Buffer,
) {
    // Header lines (hints, headings) wrap rather than being cut off.
    let mut lines: Vec<Line<'static>> = Vec::new();
    for line in header {
        fit(line, area.width as usize, &mut lines);
    }
    // Where each entry starts and ends; headings between entries (a line
    // that starts in the first column) are not counted as entries.
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    let mut sel = None;
    for e in entries {
        let start = lines.len();
        let counted = e
            .lines
            .first()
            .map(|l| {
                let t: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                t.starts_with(' ') || t.starts_with('▶')
            })
            .unwrap_or(false);
        for line in e.lines {
            fit(line, area.width as usize, &mut lines);
        }
        if e.selected {
            sel = Some((start, lines.len()));
        }
        spans.push((start, lines.len(), counted));
    }
    let (detail, _, reads_on) = DETAIL.with(|d| d.get());
    let w = window(lines.len(), area.height as usize, sel, detail);
    if sel.is_some() {
        DETAIL.with(|d| d.set((detail, w.rest, reads_on)));
    }
    let above = spans.iter().filter(|(s, _, c)| *c && *s < w.offset).count();
    let below = spans
        .iter()
        .filter(|(_, e, c)| *c && *e > w.offset + w.room)
        .count();
    let style = Style::new().add_modifier(ratatui::style::Modifier::DIM);
    let mut visible: Vec<Line> = Vec::new();
    match sel {
        // Inside the selected entry: how much of it is above.
        Some((start, _)) if w.up && start < w.offset && reads_on => {
            visible.push(Line::styled(
                format!(
                    "  {}",
                    n_lines(
                        w.offset - start,
                        crate::i18n::T::MoreAboveInEntryOne,
                        crate::i18n::T::MoreAboveInEntry,
                        &[]
                    )
                ),
                style,
            ));
        }
        _ if w.up => visible.push(more_line(true, above, style)),
        _ => {}
    }
    visible.extend(lines.into_iter().skip(w.offset).take(w.room));
    if w.down && w.rest > 0 && reads_on {
        // The selected entry itself goes on: ↓ reads on.
        visible.push(Line::styled(
            format!(
                "  {}",
                n_lines(
                    w.rest,
                    crate::i18n::T::MoreInEntryOne,
                    crate::i18n::T::MoreInEntry,
                    &[]
                )
            ),
            style,
        ));
    } else if w.down {
        visible.push(more_line(false, below, style));
    }
    Paragraph::new(visible).render(area, buf);
}

/// Adds a line to `out`, wrapped when it is wider than `width` (a step's
/// own entries come wrapped; this catches the odd sentence that does not).
fn fit(line: Line<'static>, width: usize, out: &mut Vec<Line<'static>>) {
    if line.width() <= width {
        out.push(line);
        return;
    }
    let style = line.spans.first().map(|s| s.style).unwrap_or(line.style);
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let indent = text.len() - text.trim_start().len();
    for (i, l) in wrap(text.trim_start(), width.saturating_sub(indent + 2), FULL)
        .into_iter()
        .enumerate()
    {
        let pad = if i == 0 { indent } else { indent + 2 };
        out.push(Line::styled(format!("{}{l}", " ".repeat(pad)), style));
    }
}

/// The part of a list that is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// First line shown.
    pub offset: usize,
    /// How many lines of the list are shown.
    pub room: usize,
    /// A "more above" line goes before them, a "more below" line after.
    pub up: bool,
    pub down: bool,
    /// Lines of the selected entry below the view.
    pub rest: usize,
}

/// Which lines of a list of `total` lines to show in `height` rows, with
/// the selected entry's lines `sel` (start, end) in view, and a row for a
/// sign where the list goes on. A selected entry taller than the room shows
/// from its start, `detail` lines further down.
pub fn window(total: usize, height: usize, sel: Option<(usize, usize)>, detail: usize) -> Window {
    let (start, end) = sel.unwrap_or((0, 0));
    let make = |offset: usize, up: bool| {
        let room = height - usize::from(up);
        let (room, down) = if offset + room >= total {
            (total - offset, false)
        } else {
            (room - 1, true)
        };
        Window {
            offset,
            room,
            up,
            down,
            rest: end.saturating_sub(offset + room),
        }
    };
    if total <= height {
        return make(0, false);
    }
    if height < 3 {
        let offset = end.saturating_sub(height).min(start);
        return Window {
            offset,
            room: height,
            up: false,
            down: false,
            rest: end.saturating_sub(offset + height),
        };
    }
    // The selected entry from its start when it does not fit, else its
    // end at the bottom; from the top while that is enough.
    let fits = end - start <= height - 2;
    let offset = if fits {
        if end < height { 0 } else { end - (height - 2) }
    } else {
        let furthest = end.saturating_sub(height - 2).max(start);
        (start + detail).min(furthest)
    };
    let offset = offset.min(total - (height - 1));
    make(offset, offset > 0)
}

/// A text about `n` lines, in the singular for one line; `{0}` is `n`,
/// `{1}`… are `rest`.
pub fn n_lines(
    n: usize,
    one: crate::i18n::T,
    many: crate::i18n::T,
    rest: &[&dyn std::fmt::Display],
) -> String {
    let mut args: Vec<&dyn std::fmt::Display> = vec![&n];
    args.extend_from_slice(rest);
    if n == 1 {
        one.fmt(&args)
    } else {
        many.fmt(&args)
    }
}

/// "↓ nog 3" / "↑ nog 2"; "↓ meer" when only part of an entry is out of view.
pub fn more_line(up: bool, n: usize, style: Style) -> Line<'static> {
    let text = match (up, n) {
        (true, 0) => crate::i18n::T::MoreAboveSome.s().to_string(),
        (false, 0) => crate::i18n::T::MoreBelowSome.s().to_string(),
        (true, n) => crate::i18n::T::MoreAbove.fmt(&[&n]),
        (false, n) => crate::i18n::T::MoreBelow.fmt(&[&n]),
    };
    Line::styled(format!("  {text}"), style)
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

/// Lines of an entry are never cut: every line the room must read is shown
/// (the list scrolls instead). Pass as `max_lines` to [`entry`].
pub const FULL: usize = usize::MAX;

/// A section heading that wraps to the width, continuation lines indented
/// under the text after its number ("1. ").
pub fn heading_wrapped(text: &str, width: u16, ctx: &Ctx) -> Vec<Line<'static>> {
    let indent = text.find(". ").map_or(0, |i| i + 2).min(8);
    let style = heading(text, ctx).style;
    wrap(text, (width as usize).saturating_sub(indent).max(8), FULL)
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let pad = if i == 0 { 0 } else { indent };
            Line::styled(format!("{}{l}", " ".repeat(pad)), style)
        })
        .collect()
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

/// In the facilitator view, who may see `item` as a line under its entry
/// ("[⚑ alleen professionals · niet op de muur]"): glyph and words, never
/// colour alone. Nothing for an item for everyone, and nothing on the wall.
pub fn push_visibility(
    lines: &mut Vec<Line<'static>>,
    m: &Meeting,
    item: crate::app::Item,
    ctx: &Ctx,
    width: u16,
) {
    if !ctx.facilitator {
        return;
    }
    let Some(tag) = crate::app::visibility::item_tag(item, &m.session) else {
        return;
    };
    let body_w = (width as usize).saturating_sub(4).max(8);
    for l in wrap(&tag, body_w, FULL) {
        lines.push(Line::styled(format!("    {l}"), ctx.theme.private));
    }
}

/// "Label: value" entries of a step whose items are labelled lines (the
/// closing step, the approach), each in its own style; `gap` puts an empty
/// line after each.
pub fn labelled(
    lines: Vec<(crate::app::Item, String, String, Style)>,
    m: &Meeting,
    ctx: &Ctx,
    width: u16,
    gap: bool,
) -> Vec<Entry> {
    let sel = m.selected_item();
    lines
        .into_iter()
        .map(|(item, label, value, style)| {
            let mut e = entry(
                &format!("{label}: "),
                &value,
                width,
                sel == Some(item),
                style,
                ctx,
                FULL,
            );
            if gap {
                e.lines.push(Line::default());
            }
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_shows_whole_without_signs() {
        let w = window(5, 10, Some((2, 3)), 0);
        assert_eq!(
            (w.offset, w.room, w.up, w.down, w.rest),
            (0, 5, false, false, 0)
        );
    }

    #[test]
    fn a_long_list_keeps_the_selection_in_view_between_signs() {
        // 30 lines in 10 rows, selected lines 0..2: from the top, sign below.
        let w = window(30, 10, Some((0, 2)), 0);
        assert_eq!((w.offset, w.room, w.up, w.down), (0, 9, false, true));
        // Selected 14..16: both signs, the selection at the bottom.
        let w = window(30, 10, Some((14, 16)), 0);
        assert_eq!((w.offset, w.room, w.up, w.down), (8, 8, true, true));
        assert!(w.offset <= 14 && 16 <= w.offset + w.room);
        // The last entry: no sign below, the window ends at the end.
        let w = window(30, 10, Some((28, 30)), 0);
        assert_eq!((w.offset + w.room, w.up, w.down), (30, true, false));
    }

    #[test]
    fn a_tall_entry_shows_from_its_start_and_reads_on() {
        // Selected 5..25 (20 lines) in 10 rows.
        let w = window(40, 10, Some((5, 25)), 0);
        assert_eq!(w.offset, 5);
        assert_eq!(w.rest, 25 - (5 + w.room));
        let w2 = window(40, 10, Some((5, 25)), 3);
        assert_eq!(w2.offset, 8);
        assert_eq!(w2.rest, w.rest - 3);
        // Never past its end.
        let w3 = window(40, 10, Some((5, 25)), 100);
        assert_eq!(w3.rest, 0);
        assert_eq!(w3.offset + w3.room, 25);
    }

    #[test]
    fn an_entry_line_wider_than_the_list_wraps() {
        let text = "nog geen voorwaarden voor deze situatie, a voegt er een toe en k koppelt";
        let entries = vec![Entry {
            lines: vec![Line::raw(format!("  {text}"))],
            selected: true,
        }];
        let area = Rect::new(0, 0, 30, 6);
        let mut buf = Buffer::empty(area);
        render_entries(Vec::new(), entries, area, &mut buf);
        let shown: String = (0..6)
            .map(|y| {
                (0..30)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(shown, text);
    }

    #[test]
    fn one_line_is_singular() {
        use crate::i18n::T;
        assert_eq!(
            n_lines(1, T::MoreBelowLine, T::MoreBelowLines, &[]),
            "↓ nog 1 regel"
        );
        assert_eq!(
            n_lines(3, T::MoreBelowLine, T::MoreBelowLines, &[]),
            "↓ nog 3 regels"
        );
    }
}
