use super::{Ctx, FULL, empty_line, entry, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let sel = m.selected_item();
    let mut head = Vec::new();
    if s.notes.is_empty() {
        let text = super::keyed(
            ctx,
            || {
                T::EmptyNotes.fmt(&[
                    &ctx.keymap.short_label(Command::Add),
                    &ctx.keymap.short_label(Command::Toggle),
                ])
            },
            T::WallEmptyNotes,
        );
        head.push(empty_line(text, ctx));
    }
    let entries = s
        .notes
        .iter()
        .map(|n| {
            let selected = sel == Some(Item::Note(n.id));
            let mut e = if n.private && !ctx.facilitator {
                // Never on the wall: only that there is one.
                entry(
                    "🔒 ",
                    T::PrivateHidden.s(),
                    area.width,
                    selected,
                    ctx.theme.private,
                    ctx,
                    FULL,
                )
            } else if n.private {
                entry(
                    &format!("🔒 {} ", T::PrivateLabel.s()),
                    &n.text,
                    area.width,
                    selected,
                    ctx.theme.private,
                    ctx,
                    FULL,
                )
            } else {
                entry(
                    "• ",
                    &n.text,
                    area.width,
                    selected,
                    ctx.theme.base,
                    ctx,
                    FULL,
                )
            };
            super::push_visibility(&mut e.lines, m, Item::Note(n.id), ctx, area.width);
            e
        })
        .collect();
    render_entries(head, entries, area, buf);
}
