use super::{Ctx, Entry, FULL, empty_line, entry, heading, heading_wrapped, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::{self, T};
use crate::model::{Condition, ReviewTarget};
use crate::ui::widgets::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let mut head = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    if s.top3.is_empty() {
        head.push(empty_line(T::ConditionsNeedTop3.s().to_string(), ctx));
    }
    for (i, sit) in s.top3.items().iter().enumerate() {
        let mut h = heading_wrapped(&format!("{}. {}", i + 1, sit.text), area.width, ctx);
        let conds: Vec<_> = s.conditions_for(sit.id).collect();
        if conds.is_empty() {
            let text = super::keyed(
                ctx,
                || T::NoConditionsYet.fmt(&[&ctx.keymap.short_label(Command::Add)]),
                T::WallNoConditionsYet,
            );
            h.push(empty_line(text, ctx));
        }
        if i == 0 && entries.is_empty() && head.is_empty() {
            head.extend(h);
        } else {
            entries.push(Entry {
                lines: h,
                selected: false,
            });
        }
        for c in conds {
            entries.push(condition_entry(m, c, area.width, ctx.theme.base, ctx));
        }
    }
    for o in crate::model::origins_of(&s.conditions) {
        entries.push(Entry {
            lines: vec![heading(&i18n::origin_text(o), ctx)],
            selected: false,
        });
        for c in s.conditions.iter().filter(|c| c.origin.as_ref() == Some(o)) {
            entries.push(condition_entry(m, c, area.width, ctx.theme.base, ctx));
        }
    }
    let loose: Vec<_> = s
        .conditions
        .iter()
        .filter(|c| c.origin.is_none() && c.situation.is_none_or(|x| s.top3.get(x).is_none()))
        .collect();
    if !loose.is_empty() {
        entries.push(Entry {
            lines: vec![heading(
                &format!(
                    "⚠ {}",
                    super::keyed(
                        ctx,
                        || T::LooseConditions.s().into(),
                        T::WallLooseConditions
                    )
                ),
                ctx,
            )],
            selected: false,
        });
        for c in loose {
            entries.push(condition_entry(m, c, area.width, ctx.theme.warn, ctx));
        }
    }
    render_entries(head, entries, area, buf);
}

/// A condition: its text, who monitors it and what happens when it is
/// broken, and its record (since when, broken when).
fn condition_entry(m: &Meeting, c: &Condition, width: u16, style: Style, ctx: &Ctx) -> Entry {
    let selected = m.selected_item() == Some(Item::Condition(c.id));
    // The number the plan check names it by ("Voorwaarde 3"), c-fix2.
    let number = m
        .session
        .condition_number(c.id)
        .map(|n| format!("{} ", T::ConditionNumber.fmt(&[&n])))
        .unwrap_or_default();
    let mut e = entry(
        &format!("• {number}"),
        &c.text,
        width,
        selected,
        style,
        ctx,
        FULL,
    );
    super::push_visibility(&mut e.lines, m, Item::Condition(c.id), ctx, width);
    let body_w = (width as usize).saturating_sub(4).max(8);
    let or_missing = |v: &str| {
        if v.trim().is_empty() {
            T::Missing.s().to_string()
        } else {
            v.trim().to_string()
        }
    };
    let meta = format!(
        "{}: {} · {}: {}",
        T::ColMonitor.s(),
        or_missing(&c.monitored_by),
        T::ColIfBrokenCondition.s(),
        or_missing(&c.if_broken)
    );
    for l in wrap(&meta, body_w, FULL) {
        e.lines
            .push(Line::styled(format!("    {l}"), ctx.theme.muted));
    }
    if let Some(record) = super::record_line(m, ReviewTarget::Condition(c.id), &c.text, c.since) {
        for l in wrap(&record, body_w, FULL) {
            e.lines
                .push(Line::styled(format!("    {l}"), ctx.theme.muted));
        }
    }
    e
}
