use super::{Ctx, Entry, empty_line, entry, heading, render_entries};
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
        let mut h = vec![heading(
            &format!(
                "{}. {}",
                i + 1,
                super::super::widgets::wrap::ellipsize(&sit.text, area.width as usize - 4)
            ),
            ctx,
        )];
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
            entries.push(entry(
                "• ",
                &c.text,
                area.width,
                sel == Some(Item::Condition(c.id)),
                ctx.theme.base,
                ctx,
                4,
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
            entries.push(entry(
                "• ",
                &c.text,
                area.width,
                sel == Some(Item::Condition(c.id)),
                ctx.theme.warn,
                ctx,
                4,
            ));
        }
    }
    render_entries(head, entries, area, buf);
}
