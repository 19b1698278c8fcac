//! The scale question: every present participant's score as a bar on a 0–10
//! axis with the threshold drawn, the number and a word beside each bar.

use super::{Ctx, empty_line};
use crate::app::{Command, Item, Meeting};
use crate::i18n::T;
use crate::model::{Participant, Scale, Score};
use crate::ui::widgets::scale_bar::{self, BarGeometry};
use crate::ui::widgets::wrap::{width, wrap};
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
    let threshold = scale.map_or(s.threshold(), |sc| sc.threshold);
    let present: Vec<&Participant> = s.scored().collect();
    let apart = scale.map_or(&[][..], |sc| sc.apart.as_slice());
    if present.is_empty() && apart.is_empty() {
        Paragraph::new(vec![empty_line(
            T::NoParticipantsPresent.s().to_string(),
            ctx,
        )])
        .render(area, buf);
        return;
    }
    let sel = m.selected_item();
    if !ctx.facilitator && m.scores_hidden(key) {
        render_hidden(m, ctx, scale, &present, area, buf);
        return;
    }
    let w = area.width as usize;
    // Names with roles when they all fit in a third of the width; else the
    // names alone (the role shows with the reasons below). A name that is
    // still too long gets a row of its own above its bar.
    let cap = (w / 3).max(12);
    // The room's answers, then those spoken to apart (marked as such).
    let rows: Vec<BarRow> = present
        .iter()
        .map(|p| BarRow {
            item: Item::Answer(p.id),
            score: scale.and_then(|sc| sc.answer(p.id)).and_then(|a| a.score),
            full: label(p),
            short: short_label(p),
        })
        .chain(apart.iter().map(|a| {
            let who = super::or_else(&a.who, T::Unnamed.s());
            BarRow {
                item: Item::Apart(a.id),
                score: a.score,
                full: T::ApartLabel.fmt(&[&who]),
                short: T::ApartLabel.fmt(&[&who]),
            }
        }))
        .collect();
    let full: Vec<String> = rows.iter().map(|r| r.full.clone()).collect();
    let labels: Vec<String> = if full.iter().all(|l| width(l) + 3 <= cap) {
        full
    } else {
        rows.iter().map(|r| r.short.clone()).collect()
    };
    let name_w = labels
        .iter()
        .map(|l| width(l) + 3)
        .filter(|n| *n <= cap)
        .max()
        .unwrap_or(0)
        .max(8);
    let verdict_w = 4 + [
        T::NoScoreYet.s().to_string(),
        verdict(Some(threshold), threshold),
        verdict(Score::new(0).ok(), threshold),
    ]
    .iter()
    .map(|v| width(v))
    .max()
    .unwrap_or(0);
    let bar_w = w.saturating_sub(name_w + verdict_w + 3).max(11) as u16;
    let geo = BarGeometry::new(bar_w, threshold);
    let axis = || {
        Line::from(vec![
            Span::raw(" ".repeat(name_w)),
            Span::styled(scale_bar::axis(&geo), ctx.theme.muted),
        ])
    };

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
    let mut stats: Vec<Line> = wrap(&stats, w, super::FULL)
        .into_iter()
        .map(|l| Line::styled(l, ctx.theme.accent))
        .collect();
    // The facilitator sees the scores as typed, and whether the room does.
    if ctx.facilitator && m.scores_hidden(key) {
        let note = T::ScaleHiddenFacilitator.fmt(&[&ctx.keymap.short_label(Command::Reveal)]);
        stats.extend(
            wrap(&note, w, super::FULL)
                .into_iter()
                .map(|l| Line::styled(l, ctx.theme.muted)),
        );
    }
    // Beside the room's figures, never in them: those spoken to apart.
    if let Some(sc) = scale
        && !sc.apart.is_empty()
    {
        stats.extend(
            wrap(&apart_summary(sc), w, super::FULL)
                .into_iter()
                .map(|l| Line::styled(l, ctx.theme.question)),
        );
    }
    let reasons = reason_lines(m, ctx, scale, sel, w);

    // Each participant's rows: one bar row, the name on a row of its own
    // first when it is too long to sit beside the bar.
    let sel_idx = rows.iter().position(|r| sel == Some(r.item)).unwrap_or(0);
    let row_sets: Vec<Vec<Line>> = rows
        .iter()
        .zip(&labels)
        .map(|(r, l)| {
            let score = r.score;
            let selected = sel == Some(r.item);
            let marker = if selected { "▶ " } else { "  " };
            let name_style = if selected {
                ctx.theme.selected
            } else {
                ctx.theme.base
            };
            let mut rows = Vec::new();
            let named = format!("{marker}{l}");
            let mut spans = if width(&named) < name_w {
                vec![Span::styled(format!("{named:<name_w$}"), name_style)]
            } else {
                for part in wrap(&named, w, super::FULL) {
                    rows.push(Line::styled(part, name_style));
                }
                vec![Span::raw(" ".repeat(name_w))]
            };
            spans.extend(scale_bar::bar(&geo, score, ctx.theme));
            let number = score.map_or("—".to_string(), |v| v.to_string());
            let word_style = match score {
                Some(v) if v < threshold => ctx.theme.warn,
                Some(_) => ctx.theme.ok,
                None => ctx.theme.muted,
            };
            spans.push(Span::styled(format!(" {number:>2}  "), ctx.theme.question));
            spans.push(Span::styled(verdict(score, threshold), word_style));
            rows.push(Line::from(spans));
            rows
        })
        .collect();
    let rows_needed: usize = row_sets.iter().map(Vec::len).sum();
    let h = area.height as usize;
    let fixed = 1 + stats.len();

    let mut lines: Vec<Line> = vec![axis()];
    // On a big screen the bars are two rows high, and a row apart, so they
    // read from the back of the room; on a small one, one row each.
    let tall = fixed + 1 + rows_needed + 2 * rows.len() + reasons.len() <= h;
    if tall {
        for (set, r) in row_sets.into_iter().zip(&rows) {
            lines.extend(set);
            let score = r.score;
            let mut second = vec![Span::raw(" ".repeat(name_w))];
            second.extend(scale_bar::bar(&geo, score, ctx.theme));
            lines.push(Line::from(second));
            lines.push(Line::default());
        }
        lines.push(axis());
    } else {
        // Every bar first; what is left goes to the reasons.
        let room = h.saturating_sub(fixed).max(1);
        let starts: Vec<usize> = row_sets
            .iter()
            .scan(0, |acc, set| {
                let s = *acc;
                *acc += set.len();
                Some(s)
            })
            .collect();
        let sel_span = (
            starts.get(sel_idx).copied().unwrap_or(0),
            starts.get(sel_idx).copied().unwrap_or(0) + row_sets.get(sel_idx).map_or(1, Vec::len),
        );
        let win = super::window(rows_needed, room, Some(sel_span), 0);
        let ends: Vec<usize> = starts
            .iter()
            .zip(&row_sets)
            .map(|(s, set)| s + set.len())
            .collect();
        let count = |f: &dyn Fn(usize, usize) -> bool| {
            starts
                .iter()
                .zip(&ends)
                .filter(|(s, e)| f(**s, **e))
                .count()
        };
        let dim = ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM);
        if win.up {
            let n = count(&|s, _| s < win.offset);
            lines.push(super::more_line(true, n, dim));
        }
        let all: Vec<Line> = row_sets.into_iter().flatten().collect();
        lines.extend(all.into_iter().skip(win.offset).take(win.room));
        if win.down {
            let n = count(&|_, e| e > win.offset + win.room);
            lines.push(super::more_line(false, n, dim));
        }
        if fixed + lines.len() + reasons.len() < h {
            lines.push(axis());
        }
    }
    lines.extend(stats);
    // The selected participant's reasons, as far as they fit; the rest is
    // one Enter away (the form shows them whole), and the sign says so.
    let left = h.saturating_sub(lines.len());
    if reasons.len() <= left {
        lines.extend(reasons);
    } else if left >= 1 {
        let hidden = reasons.len() - (left - 1);
        lines.extend(reasons.into_iter().take(left - 1));
        lines.push(Line::styled(
            super::n_lines(
                hidden,
                T::MoreReason,
                T::MoreReasons,
                &[&ctx.keymap.short_label(Command::Edit)],
            ),
            ctx.theme.muted,
        ));
    }
    Paragraph::new(lines).render(area, buf);
}

/// The wall while the scores are hidden: who has chosen a score (a glyph
/// and a word), never the number, the bar or the reasons, until the
/// facilitator reveals them all at once.
fn render_hidden(
    m: &Meeting,
    ctx: &Ctx,
    scale: Option<&Scale>,
    present: &[&Participant],
    area: Rect,
    buf: &mut Buffer,
) {
    let sel = m.selected_item();
    let chosen = |p: &Participant| {
        scale
            .and_then(|sc| sc.answer(p.id))
            .and_then(|a| a.score)
            .is_some()
    };
    let n = present.iter().filter(|p| chosen(p)).count();
    let header = vec![
        Line::styled(
            T::ScaleHiddenStats.fmt(&[&n, &present.len()]),
            ctx.theme.accent,
        ),
        Line::default(),
    ];
    let entries = present
        .iter()
        .map(|p| {
            let (word, style) = if chosen(p) {
                (T::ScoreChosen.s(), ctx.theme.ok)
            } else {
                (T::ScoreNotChosen.s(), ctx.theme.muted)
            };
            super::entry(
                &format!("{} — ", label(p)),
                word,
                area.width,
                sel == Some(Item::Answer(p.id)),
                style,
                ctx,
                super::FULL,
            )
        })
        .collect();
    super::render_entries(header, entries, area, buf);
}

/// One bar on the scale step: a participant's answer or one given apart.
struct BarRow {
    item: Item,
    score: Option<Score>,
    full: String,
    short: String,
}

/// "Apart gesproken (niet in de mediaan): zoon 4, dochter 7."
pub fn apart_summary(scale: &Scale) -> String {
    let parts: Vec<String> = scale
        .apart
        .iter()
        .map(|a| {
            let who = super::or_else(&a.who, T::Unnamed.s());
            match a.score {
                Some(v) => format!("{who} {v}"),
                None => format!("{who} —"),
            }
        })
        .collect();
    T::ApartSummary.fmt(&[&parts.join(", ")])
}

/// The name alone, for a narrow screen.
fn short_label(p: &Participant) -> String {
    if p.name.is_empty() {
        T::Unnamed.s().to_string()
    } else {
        p.name.clone()
    }
}

/// Why not lower / higher / one higher of the selected participant, whole.
fn reason_lines(
    m: &Meeting,
    ctx: &Ctx,
    scale: Option<&Scale>,
    sel: Option<Item>,
    w: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(Item::Apart(id)) = sel {
        if let Some(a) = scale.and_then(|sc| sc.apart_answer(id)) {
            for l in super::voices::detail(a, w) {
                lines.push(Line::styled(l, ctx.theme.base));
            }
        }
        return lines;
    }
    let Some(Item::Answer(pid)) = sel else {
        return lines;
    };
    let a = scale.and_then(|sc| sc.answer(pid));
    let who = m.session.participant(pid).map(label).unwrap_or_default();
    for l in wrap(
        &if ctx.facilitator {
            T::ReasonsOf.fmt(&[&who, &ctx.keymap.short_label(Command::Edit)])
        } else {
            T::WallReasonsOf.fmt(&[&who])
        },
        w,
        super::FULL,
    ) {
        lines.push(Line::styled(l, ctx.theme.muted));
    }
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
        for (i, l) in wrap(body, w.saturating_sub(width(&head)), super::FULL)
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
    lines
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
