//! The proactive scenario: what happens at the next incident, who calls
//! whom, who acts, the police's registration, a future huisverbod, and with
//! whom it is shared.

use super::{Ctx, Entry, empty_line, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use crate::model::Scenario;
use crate::ui::widgets::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The scenario's parts as (label, text), as the step and the plain view
/// show them; an empty part reads "ontbreekt" or what it means.
pub fn parts(x: &Scenario) -> Vec<(&'static str, String)> {
    let police = match (x.police_registered, x.police_registered_on) {
        (true, Some(d)) => T::ScenarioPoliceOn.fmt(&[&d.format("%d-%m-%Y")]),
        (true, None) => T::ScenarioPoliceYes.s().to_string(),
        (false, _) => T::ScenarioPoliceNo.s().to_string(),
    };
    vec![
        (T::ScenarioNext.s(), super::or_missing(&x.next_incident)),
        (T::ScenarioCalls.s(), super::or_missing(&x.who_calls)),
        (T::ScenarioActs.s(), super::or_missing(&x.who_acts)),
        (T::ScenarioPolice.s(), police),
        (
            T::ScenarioHuisverbod.s(),
            super::or_else(&x.huisverbod, T::ScenarioHuisverbodNone.s()),
        ),
        (T::ScenarioShared.s(), super::or_missing(&x.shared_with)),
    ]
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let x = &m.session.scenario;
    let selected = m.selected_item() == Some(Item::Scenario);
    let mut head = Vec::new();
    if x.is_empty() {
        let text = super::keyed(
            ctx,
            || T::EmptyScenario.fmt(&[&ctx.keymap.short_label(Command::Edit)]),
            T::WallEmptyScenario,
        );
        head.push(empty_line(text, ctx));
    }
    let w = area.width as usize;
    let parts = parts(x);
    let label_w = parts
        .iter()
        .map(|(l, _)| width(l) + 2)
        .max()
        .unwrap_or(0)
        .min(w / 3)
        .max(8);
    let mut lines = Vec::new();
    for (i, (label, text)) in parts.iter().enumerate() {
        let marker = if selected && i == 0 { "▶ " } else { "  " };
        let body_w = w.saturating_sub(label_w + 2).max(8);
        let label_lines = wrap(label, label_w.saturating_sub(1), super::FULL);
        let body = wrap(text, body_w, super::FULL);
        let style = if selected {
            ctx.theme.selected
        } else {
            ctx.theme.base
        };
        for row in 0..label_lines.len().max(body.len()) {
            let lead = if row == 0 { marker } else { "  " };
            let l = label_lines.get(row).map_or("", String::as_str);
            let pad = label_w.saturating_sub(width(l));
            lines.push(Line::from(vec![
                Span::raw(lead.to_string()),
                Span::styled(format!("{l}{}", " ".repeat(pad)), ctx.theme.accent),
                Span::styled(body.get(row).cloned().unwrap_or_default(), style),
            ]));
        }
    }
    render_entries(head, vec![Entry { lines, selected }], area, buf);
}
