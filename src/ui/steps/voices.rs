//! What the children say: everyone spoken to apart, by whom, when and how,
//! their own words and their own answer to the scale question. Their
//! scores are never part of the room's.

use super::{Ctx, Entry, FULL, empty_line, entry, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use crate::model::ApartAnswer;
use crate::ui::widgets::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// "zoon (9): 4 — apart gesproken"
pub fn head_text(a: &ApartAnswer) -> String {
    let who = super::or_else(&a.who, T::Unnamed.s());
    let score = a.score.map_or("—".to_string(), |v| v.to_string());
    T::ApartHead.fmt(&[&who, &score])
}

/// "Gesproken door X op 12-03-2026, met de drie huizen."
pub fn spoken_text(a: &ApartAnswer) -> String {
    let by = super::or_missing(&a.by);
    let on = a.on.map_or(T::Missing.s().to_string(), |d| {
        d.format("%d-%m-%Y").to_string()
    });
    let how = super::or_missing(&a.how);
    T::ApartSpoken.fmt(&[&by, &on, &how])
}

/// The lines under a selected answer given apart, at width `w`.
pub fn detail(a: &ApartAnswer, w: usize) -> Vec<String> {
    let mut out = wrap(&head_text(a), w, FULL);
    out.extend(wrap(&spoken_text(a), w, FULL));
    let words = super::or_missing(&a.words);
    out.extend(wrap(&T::ApartWords.fmt(&[&words]), w, FULL));
    out
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let sel = m.selected_item();
    let apart = s
        .scale(m.step().scale_key())
        .map_or(&[][..], |sc| sc.apart.as_slice());
    let mut head = Vec::new();
    if apart.is_empty() {
        let text = super::keyed(
            ctx,
            || T::EmptyVoices.fmt(&[&ctx.keymap.short_label(Command::Add)]),
            T::WallEmptyVoices,
        );
        head.push(empty_line(text, ctx));
    } else {
        head.push(Line::styled(
            format!("  {}", T::ApartNotInMedian.s()),
            ctx.theme.muted,
        ));
    }
    let w = area.width;
    let entries: Vec<Entry> = apart
        .iter()
        .map(|a| {
            let selected = sel == Some(Item::Apart(a.id));
            let mut e = entry("• ", &head_text(a), w, selected, ctx.theme.base, ctx, FULL);
            // Who spoke with them in a muted line; their own words in full
            // colour: they are what the room should read.
            for (text, style) in [
                (spoken_text(a), ctx.theme.muted),
                (
                    T::ApartWords.fmt(&[&super::or_missing(&a.words)]),
                    ctx.theme.base,
                ),
            ] {
                for l in wrap(&text, (w as usize).saturating_sub(6).max(8), FULL) {
                    e.lines.push(Line::styled(format!("    {l}"), style));
                }
            }
            e
        })
        .collect();
    render_entries(head, entries, area, buf);
}
