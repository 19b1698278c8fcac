use super::facts::fact_text;
use super::{Ctx, FULL, empty_line, entry, heading, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use crate::model::Top3;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (left, right) = if area.width >= 100 {
        let w = area.width / 2;
        (
            Rect::new(area.x, area.y, w - 1, area.height),
            Rect::new(area.x + w + 1, area.y, area.width - w - 1, area.height),
        )
    } else {
        let h = area.height / 2 + 1;
        (
            Rect::new(area.x, area.y, area.width, h),
            Rect::new(area.x, area.y + h, area.width, area.height - h),
        )
    };
    let sel = m.selected_item();
    let s = &m.session;
    let pane_mark = |active: bool| if active { "▶ " } else { "  " };
    let mut head = vec![heading(
        &format!(
            "{}{}",
            pane_mark(m.pane == 0),
            crate::i18n::terms::top3_heading(s.phase).s()
        ),
        ctx,
    )];
    let mut entries = Vec::new();
    for (i, sit) in s.top3.items().iter().enumerate() {
        let text = if sit.text.is_empty() {
            T::Unnamed.s()
        } else {
            &sit.text
        };
        entries.push(entry(
            &format!("{}. ", i + 1),
            text,
            left.width,
            sel == Some(Item::Situation(sit.id)),
            ctx.theme.question,
            ctx,
            FULL,
        ));
    }
    for i in s.top3.len()..Top3::MAX {
        entries.push(super::Entry {
            lines: vec![empty_line(format!("{}. {}", i + 1, T::Top3Free.s()), ctx)],
            selected: false,
        });
    }
    if s.top3.is_empty() {
        let text = super::keyed(
            ctx,
            || {
                T::Top3Empty.fmt(&[
                    &ctx.keymap.short_label(Command::SwitchPane),
                    &ctx.keymap.short_label(Command::Add),
                ])
            },
            T::WallTop3Empty,
        );
        head.push(empty_line(text, ctx));
    }
    render_entries(head, entries, left, buf);

    let mut head = vec![heading(
        &format!("{}{}", pane_mark(m.pane == 1), T::Top3PickHeading.s()),
        ctx,
    )];
    if s.facts.is_empty() {
        head.push(empty_line(T::EmptyFacts.s().to_string(), ctx));
    }
    // The situation facts are linked to (chosen before Tab).
    let target = m
        .link_to
        .filter(|_| m.pane == 1)
        .and_then(|id| Some((id, s.top3.rank(id)?)));
    if let Some((_, rank)) = target
        && ctx.facilitator
    {
        head.push(empty_line(
            T::LinkFactPrompt.fmt(&[&ctx.keymap.short_label(Command::Toggle), &rank]),
            ctx,
        ));
    }
    let linked: Vec<_> = target
        .and_then(|(id, _)| s.top3.get(id))
        .map(|x| x.facts.clone())
        .unwrap_or_default();
    let chosen: Vec<_> = s
        .top3
        .items()
        .iter()
        .flat_map(|x| x.facts.iter().copied())
        .collect();
    let entries = crate::app::facts_in_order(s)
        .into_iter()
        .filter_map(|id| s.fact(id))
        .map(|f| {
            let mark = if linked.contains(&f.id) {
                "↔ "
            } else if chosen.contains(&f.id) {
                "✓ "
            } else {
                "• "
            };
            let text = match target {
                Some((_, rank)) if linked.contains(&f.id) => {
                    format!("{} ({})", fact_text(f), T::LinkedTo.fmt(&[&rank]))
                }
                _ => fact_text(f),
            };
            let mut e = entry(
                mark,
                &text,
                right.width,
                m.pane == 1 && sel == Some(Item::FactPick(f.id)),
                ctx.theme.muted,
                ctx,
                FULL,
            );
            super::push_visibility(&mut e.lines, m, Item::FactPick(f.id), ctx, right.width);
            e
        })
        .collect();
    render_entries(head, entries, right, buf);
}
