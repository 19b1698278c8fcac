use super::{Ctx, Entry, FULL, empty_line, entry, heading, heading_wrapped, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let sel = m.selected_item();
    let mut head = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    if s.top3.is_empty() {
        head.push(empty_line(T::ConditionsNeedTop3.s().to_string(), ctx));
    }
    for (i, sit) in s.top3.items().iter().enumerate() {
        let mut h = heading_wrapped(&format!("{}. {}", i + 1, sit.text), area.width, ctx);
        let conds: Vec<_> = s.conditions_for(sit.id).collect();
        if conds.is_empty() {
            h.push(empty_line(
                T::NoConditionsYet.fmt(&[&ctx.keymap.short_label(Command::Add)]),
                ctx,
            ));
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
            entries.push(entry(
                "• ",
                &c.text,
                area.width,
                sel == Some(Item::Condition(c.id)),
                ctx.theme.base,
                ctx,
                FULL,
            ));
        }
    }
    let loose: Vec<_> = s
        .conditions
        .iter()
        .filter(|c| c.situation.is_none_or(|x| s.top3.get(x).is_none()))
        .collect();
    if !loose.is_empty() {
        entries.push(Entry {
            lines: vec![heading(&format!("⚠ {}", T::LooseConditions.s()), ctx)],
            selected: false,
        });
        for c in loose {
            entries.push(entry(
                "• ",
                &c.text,
                area.width,
                sel == Some(Item::Condition(c.id)),
                ctx.theme.warn,
                ctx,
                FULL,
            ));
        }
    }
    render_entries(head, entries, area, buf);
}
