use super::{Ctx, FULL, entry, render_entries};
use crate::app::{Item, Meeting};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let sel = m.selected_item();
    let next = s
        .next_meeting
        .map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_else(|| T::NotPlanned.s().to_string());
    let chair = if s.chair.is_empty() {
        T::Missing.s().to_string()
    } else {
        s.chair.clone()
    };
    let entries = vec![
        entry(
            &format!("{}: ", T::FormNextMeeting.s()),
            &next,
            area.width,
            sel == Some(Item::NextMeeting),
            ctx.theme.question,
            ctx,
            FULL,
        ),
        entry(
            &format!("{}: ", crate::i18n::leader_title(s.leader_title())),
            &chair,
            area.width,
            sel == Some(Item::Chair),
            ctx.theme.base,
            ctx,
            FULL,
        ),
    ];
    render_entries(Vec::new(), entries, area, buf);
}
