use super::{Ctx, Entry, FULL, empty_line, entry, heading, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::{self, T};
use crate::model::{Fact, FactKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// "14-06-2019 — what happened (moeder)".
pub fn fact_text(f: &Fact) -> String {
    let mut out = String::new();
    let when = f.when.to_string();
    if !when.is_empty() {
        out.push_str(&when);
        out.push_str(" — ");
    }
    out.push_str(if f.what.is_empty() {
        T::Unnamed.s()
    } else {
        &f.what
    });
    if !f.reported_by.is_empty() {
        out.push_str(&format!(" ({})", f.reported_by));
    }
    out
}

fn section(m: &Meeting, ctx: &Ctx, kind: FactKind, width: u16) -> (Vec<Line<'static>>, Vec<Entry>) {
    let sel = m.selected_item();
    let facts: Vec<&Fact> = m.session.facts.iter().filter(|f| f.kind == kind).collect();
    let mut head = vec![heading(
        &format!(
            "{} ({})",
            capitalise(i18n::fact_kind_name(kind)),
            facts.len()
        ),
        ctx,
    )];
    if facts.is_empty() {
        head.push(empty_line(T::EmptyFacts.s().to_string(), ctx));
    }
    let entries = facts
        .iter()
        .map(|f| {
            let mut e = entry(
                "• ",
                &fact_text(f),
                width,
                sel == Some(Item::Fact(f.id)),
                ctx.theme.base,
                ctx,
                FULL,
            );
            super::push_visibility(&mut e.lines, m, Item::Fact(f.id), ctx, width);
            e
        })
        .collect();
    (head, entries)
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if m.session.facts.is_empty() {
        let text = super::keyed(
            ctx,
            || {
                T::EmptyFactsAll.fmt(&[
                    &ctx.keymap.short_label(Command::Add),
                    &ctx.keymap.short_label(Command::Cycle),
                ])
            },
            T::WallEmptyFacts,
        );
        let lines = vec![empty_line(text, ctx)];
        render_entries(lines, Vec::new(), area, buf);
        return;
    }
    if area.width >= 120 {
        // Side by side: eerste | ergste | actuele.
        let w = (area.width - 4) / 3;
        for (i, kind) in FactKind::ALL.iter().enumerate() {
            let col = Rect::new(area.x + i as u16 * (w + 2), area.y, w, area.height);
            let (head, entries) = section(m, ctx, *kind, w);
            render_entries(head, entries, col, buf);
        }
    } else {
        let mut head = Vec::new();
        let mut all = Vec::new();
        for kind in FactKind::ALL {
            let (h, e) = section(m, ctx, kind, area.width);
            if all.is_empty() {
                head.extend(h);
                all.extend(e);
            } else {
                // Later headings go between entries: as a non-selected entry.
                all.push(Entry {
                    lines: h,
                    selected: false,
                });
                all.extend(e);
            }
        }
        render_entries(head, all, area, buf);
    }
}
