use super::{Ctx, Entry, FULL, empty_line, heading, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::{self, T};
use crate::model::{ItemKind, ReviewStatus, ReviewTarget};
use crate::ui::widgets::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn status_glyph(s: Option<ReviewStatus>) -> &'static str {
    s.map_or("?", ReviewStatus::glyph)
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    if s.review.is_empty() {
        let text = if s.review_of.is_some() {
            T::ReviewNothing.s().to_string()
        } else {
            T::ReviewFirstMeeting.s().to_string()
        };
        render_entries(vec![empty_line(text, ctx)], Vec::new(), area, buf);
        return;
    }
    let sel = m.selected_item();
    let mut head = Vec::new();
    if let Some(d) = s.review_of {
        head.push(heading(&T::ReviewOf.fmt(&[&d.format("%d-%m-%Y")]), ctx));
    }
    // How to set the outcome is for the facilitator only.
    if ctx.facilitator {
        let broken_selected = s.review.iter().any(|r| {
            sel == Some(Item::Review(r.target))
                && matches!(r.target, crate::model::ReviewTarget::Condition(_))
                && r.status == Some(crate::model::ReviewStatus::Broken)
        });
        let how = if broken_selected {
            T::ReviewHowToBroken.fmt(&[&ctx.keymap.short_label(Command::Add)])
        } else {
            T::ReviewHowTo.fmt(&[
                &ctx.keymap.short_label(Command::Toggle),
                &ctx.keymap.short_label(Command::Edit),
            ])
        };
        head.push(empty_line(how, ctx));
    }
    let mut entries = Vec::new();
    for r in &s.review {
        let selected = sel == Some(Item::Review(r.target));
        let kind = match r.kind() {
            ItemKind::Condition => T::ReviewCondition.s(),
            ItemKind::Once => T::ReviewAction.s(),
            ItemKind::Standing => T::ReviewStanding.s(),
        };
        let mut status_word = r
            .status
            .map_or(T::ReviewOpen.s(), i18n::review_status_name)
            .to_string();
        if let Some(on) = r.on {
            status_word = format!("{status_word} {}", on.format("%d-%m"));
        }
        let badge = format!("[{} {status_word}]", status_glyph(r.status));
        let badge_style = match r.status {
            Some(x) if x.is_problem() => ctx.theme.warn,
            Some(_) => ctx.theme.ok,
            None => ctx.theme.muted,
        };
        let marker = if selected { "▶ " } else { "  " };
        let lead = format!("{marker}{badge} {kind}: ");
        let text_style = if selected {
            ctx.theme.selected
        } else {
            ctx.theme.base
        };
        let body_w = (area.width as usize).saturating_sub(width(&lead)).max(8);
        let mut lines = Vec::new();
        // An agreement says who carries it, as on the agreements step.
        let who = match r.target {
            ReviewTarget::Action(id) => s
                .actions
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.who.trim())
                .filter(|w| !w.is_empty() && !r.text.trim_start().starts_with(w)),
            ReviewTarget::Condition(_) => None,
        };
        let text = match who {
            Some(w) => format!("{w}: {}", r.text),
            None => r.text.clone(),
        };
        for (i, l) in wrap(&text, body_w, FULL).into_iter().enumerate() {
            if i == 0 {
                lines.push(Line::from(vec![
                    Span::styled(marker, text_style),
                    Span::styled(badge.clone(), badge_style),
                    Span::styled(format!(" {kind}: "), ctx.theme.accent),
                    Span::styled(l, text_style),
                ]));
            } else {
                lines.push(Line::styled(
                    format!("{}{l}", " ".repeat(width(&lead))),
                    text_style,
                ));
            }
        }
        // A deadline that has passed, marked (a glyph and a word), so a
        // late agreement is seen before its outcome is set; not once the
        // meeting has called it done or kept (c-data: "nagekomen … te laat"
        // read as a contradiction).
        if let ReviewTarget::Action(id) = r.target
            && let Some(a) = s.actions.iter().find(|a| a.id == id)
            && a.is_overdue(s.date)
            && r.status.is_none_or(|x| x.is_problem())
        {
            let text = format!(
                "{}: {}",
                T::ColDue.s(),
                super::actions::due_marked(a, s.date)
            );
            for l in wrap(&text, body_w, FULL) {
                lines.push(Line::styled(
                    format!("{}{l}", " ".repeat(width(&lead))),
                    ctx.theme.warn,
                ));
            }
        }
        // What went wrong in earlier meetings, so a second breach is seen
        // as a second one.
        let earlier = m
            .past
            .timeline
            .record(r.target)
            .map_or(&[][..], |rec| rec.marks.as_slice());
        if let Some(p) = i18n::record_problems(earlier, &i18n::day_month) {
            let text = T::ReviewEarlier.fmt(&[&p]);
            for l in wrap(&text, body_w, super::FULL) {
                lines.push(Line::styled(
                    format!("{}{l}", " ".repeat(width(&lead))),
                    ctx.theme.warn,
                ));
            }
        }
        if !r.note.is_empty() {
            // The arrow marks where the note begins, not every line of it.
            let pad = width(&lead).saturating_sub(2);
            for (i, l) in wrap(&r.note, body_w, FULL).into_iter().enumerate() {
                let arrow = if i == 0 { "↳ " } else { "  " };
                lines.push(Line::styled(
                    format!("{}{arrow}{l}", " ".repeat(pad)),
                    ctx.theme.muted,
                ));
            }
        }
        super::push_visibility(&mut lines, m, Item::Review(r.target), ctx, area.width);
        entries.push(Entry { lines, selected });
    }
    render_entries(head, entries, area, buf);
}
