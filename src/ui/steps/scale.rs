//! The scale question: every present participant's score as a bar on a 0–10
//! axis with the threshold drawn, the number and a word beside each bar.

use super::{Ctx, empty_line};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use crate::model::{Participant, Scale, Score};
use crate::ui::widgets::scale_bar::{self, BarGeometry};
use crate::ui::widgets::wrap::{ellipsize, width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

fn label(p: &Participant) -> String {
    let name = if p.name.is_empty() {
        T::Unnamed.s()
    } else {
        &p.name
    };
    if p.role.is_empty() || p.role == p.name {
        name.to_string()
    } else {
        format!("{name} ({})", p.role)
    }
}

/// "onder de 6" / "6 of hoger" / "nog geen cijfer".
pub fn verdict(score: Option<Score>, threshold: Score) -> String {
    match score {
        None => T::NoScoreYet.s().to_string(),
        Some(s) if s < threshold => T::BelowThreshold.fmt(&[&threshold]),
        Some(_) => T::AtOrAboveThreshold.fmt(&[&threshold]),
    }
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let key = m.step().scale_key();
    let scale: Option<&Scale> = s.scale(key);
    let threshold = scale.map_or(Score::DEFAULT_THRESHOLD, |sc| sc.threshold);
    let present: Vec<&Participant> = s.scored().collect();
    if present.is_empty() {
        Paragraph::new(vec![empty_line(
            T::NoParticipantsPresent.s().to_string(),
            ctx,
        )])
        .render(area, buf);
        return;
    }
    let sel = m.selected_item();
    let name_w = present
        .iter()
        .map(|p| width(&label(p)))
        .max()
        .unwrap_or(0)
        .min(area.width as usize / 3)
        + 2;
    let verdict_w = 4 + [
        T::NoScoreYet.s().to_string(),
        verdict(Some(threshold), threshold),
        verdict(Score::new(0).ok(), threshold),
    ]
    .iter()
    .map(|v| width(v))
    .max()
    .unwrap_or(0);
    let bar_w = (area.width as usize)
        .saturating_sub(name_w + verdict_w + 3)
        .max(11) as u16;
    let geo = BarGeometry::new(bar_w, threshold);

    let mut lines: Vec<Line> = Vec::new();
    lines.push(Line::from(vec![
        Span::raw(" ".repeat(name_w)),
        Span::styled(scale_bar::axis(&geo), ctx.theme.muted),
    ]));
    // Rows: keep the selected one in view when there are many participants.
    let reasons_h: u16 = if area.height >= 20 { 6 } else { 3 };
    let rows_room = area.height.saturating_sub(3 + reasons_h) as usize;
    let sel_idx = present
        .iter()
        .position(|p| sel == Some(Item::Answer(p.id)))
        .unwrap_or(0);
    let skip = (sel_idx + 1).saturating_sub(rows_room.max(1));
    // On a big screen the bars are two rows high, and a row apart, so they
    // read from the back of the room.
    let tall = rows_room >= present.len() * 3;
    for p in present.iter().skip(skip).take(rows_room.max(1)) {
        let answer = scale.and_then(|sc| sc.answer(p.id));
        let score = answer.and_then(|a| a.score);
        let selected = sel == Some(Item::Answer(p.id));
        let marker = if selected { "▶ " } else { "  " };
        let name = ellipsize(&format!("{marker}{}", label(p)), name_w - 1);
        let name_style = if selected {
            ctx.theme.selected
        } else {
            ctx.theme.base
        };
        let mut spans = vec![Span::styled(format!("{name:<w$}", w = name_w), name_style)];
        spans.extend(scale_bar::bar(&geo, score, ctx.theme));
        let number = score.map_or("—".to_string(), |v| v.to_string());
        let word_style = match score {
            Some(v) if v < threshold => ctx.theme.warn,
            Some(_) => ctx.theme.ok,
            None => ctx.theme.muted,
        };
        spans.push(Span::styled(format!(" {number:>2}  "), ctx.theme.question));
        spans.push(Span::styled(verdict(score, threshold), word_style));
        lines.push(Line::from(spans));
        if tall {
            let mut second = vec![Span::raw(" ".repeat(name_w))];
            second.extend(scale_bar::bar(&geo, score, ctx.theme));
            lines.push(Line::from(second));
            lines.push(Line::default());
        }
    }
    lines.push(Line::from(vec![
        Span::raw(" ".repeat(name_w)),
        Span::styled(scale_bar::axis(&geo), ctx.theme.muted),
    ]));
    let stats = match scale.and_then(Scale::stats) {
        Some(st) => T::ScaleStats.fmt(&[
            &st.min,
            &format_median(st.median),
            &st.max,
            &st.count,
            &present.len(),
            &threshold,
        ]),
        None => T::ScaleNoScores.fmt(&[&threshold]),
    };
    for l in wrap(&stats, area.width as usize, 2) {
        lines.push(Line::styled(l, ctx.theme.accent));
    }

    // Why not lower / higher / one higher of the selected participant.
    if let Some(Item::Answer(pid)) = sel {
        let a = scale.and_then(|sc| sc.answer(pid));
        let who = s.participant(pid).map(label).unwrap_or_default();
        lines.push(Line::styled(
            if ctx.facilitator {
                T::ReasonsOf.fmt(&[&who, &ctx.keymap.short_label(Command::Edit)])
            } else {
                T::WallReasonsOf.fmt(&[&who])
            },
            ctx.theme.muted,
        ));
        let per = ((reasons_h as usize).saturating_sub(1) / 3).max(1);
        for (label, text) in [
            (
                T::FieldWhyNotLower.s(),
                a.map(|a| a.why_not_lower.as_str()).unwrap_or(""),
            ),
            (
                T::FieldWhyNotHigher.s(),
                a.map(|a| a.why_not_higher.as_str()).unwrap_or(""),
            ),
            (
                T::FieldOneHigher.s(),
                a.map(|a| a.one_higher.as_str()).unwrap_or(""),
            ),
        ] {
            let head = format!("{label} ");
            let body = if text.is_empty() { "—" } else { text };
            for (i, l) in wrap(
                body,
                (area.width as usize).saturating_sub(width(&head)),
                per,
            )
            .into_iter()
            .enumerate()
            {
                let lead = if i == 0 {
                    head.clone()
                } else {
                    " ".repeat(width(&head))
                };
                lines.push(Line::from(vec![
                    Span::styled(lead, ctx.theme.accent),
                    Span::styled(l, ctx.theme.base),
                ]));
            }
        }
    }
    Paragraph::new(lines).render(area, buf);
}

/// 4.5 as "4,5" in Dutch, "4.5" in English; whole numbers without decimals.
pub fn format_median(m: f32) -> String {
    if (m - m.round()).abs() < f32::EPSILON {
        format!("{}", m.round() as i32)
    } else {
        let s = format!("{m:.1}");
        match crate::i18n::lang() {
            crate::i18n::Lang::Nl => s.replace('.', ","),
            crate::i18n::Lang::En => s,
        }
    }
}
