use super::{Ctx, render_entries};
use crate::app::{ClosurePart, Item, Meeting};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The closing step's lines: the item, its label and its value, and the
/// style of the value.
pub fn lines(m: &Meeting, ctx: &Ctx) -> Vec<(Item, String, String, Style)> {
    let s = &m.session;
    let next = match s.next_meeting {
        Some(d) => d.format("%d-%m-%Y").to_string(),
        None if s.closes_case => T::NoNextClosing.s().to_string(),
        None => T::NotPlanned.s().to_string(),
    };
    let chair = if s.chair.is_empty() {
        T::Missing.s().to_string()
    } else {
        s.chair.clone()
    };
    let closes = if s.closes_case { T::Yes } else { T::No };
    let due = m.past.signals.iter().any(|x| x.is_escalation());
    let reason = s
        .escalation_override
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let (reason, reason_style) = match reason {
        Some(r) => (r.to_string(), ctx.theme.base),
        None if due => (T::OverrideWhenDue.s().to_string(), ctx.theme.warn),
        None => (T::OverrideNotNeeded.s().to_string(), ctx.theme.muted),
    };
    let mut out = vec![
        (
            Item::NextMeeting,
            T::FormNextMeeting.s().to_string(),
            next,
            ctx.theme.question,
        ),
        (
            Item::ClosesCase,
            T::FieldClosesCase.s().to_string(),
            closes.s().to_string(),
            ctx.theme.base,
        ),
    ];
    if s.closes_case {
        out.extend(closure_lines(s, ctx));
    }
    out.extend([
        (
            Item::Chair,
            crate::i18n::leader_title(s.leader_title()).to_string(),
            chair,
            ctx.theme.base,
        ),
        (
            Item::EscalationOverride,
            T::FieldEscalationOverride.s().to_string(),
            reason,
            reason_style,
        ),
    ]);
    out
}

/// The reason, the goals reached and each follow-up contact of a closing
/// case; an empty one is marked missing.
fn closure_lines(s: &crate::model::Session, ctx: &Ctx) -> Vec<(Item, String, String, Style)> {
    let c = s.closure.clone().unwrap_or_default();
    let text = |t: &str| {
        if t.trim().is_empty() {
            (T::Missing.s().to_string(), ctx.theme.warn)
        } else {
            (t.to_string(), ctx.theme.base)
        }
    };
    let mut out = Vec::new();
    let (reason, style) = text(&c.reason);
    out.push((
        Item::Closure(ClosurePart::Reason),
        T::FieldCloseReason.s().to_string(),
        reason,
        style,
    ));
    let (goals, style) = text(&c.goals_reached);
    out.push((
        Item::Closure(ClosurePart::Goals),
        T::FieldCloseGoals.s().to_string(),
        goals,
        style,
    ));
    let day = |d: chrono::NaiveDate| d.format("%d-%m-%Y").to_string();
    for (i, f) in c.follow_ups.iter().enumerate() {
        let state = match f.held {
            Some(h) => T::FollowUpHeld.fmt(&[&day(h)]),
            None => T::FollowUpOpen.s().to_string(),
        };
        let value = if f.note.trim().is_empty() {
            state
        } else {
            format!("{state} · {}", f.note.trim())
        };
        out.push((
            Item::Closure(ClosurePart::FollowUp(i)),
            T::FollowUpLine.fmt(&[&day(f.due)]),
            value,
            ctx.theme.base,
        ));
    }
    out
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let entries = super::labelled(lines(m, ctx), m, ctx, area.width, false);
    render_entries(Vec::new(), entries, area, buf);
}
