//! The frame around every step: header, title, question, progress, footer.

use super::widgets::wrap::{ellipsize, width, wrap};
use super::{Ctx, form, steps};
use crate::app::{App, Command, Meeting, step_commands};
use crate::i18n::{self, T};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

/// Where each part of the meeting screen goes.
pub struct MeetingRects {
    pub header: Rect,
    pub title: Rect,
    pub question: Rect,
    pub content: Rect,
    pub status: Rect,
    pub progress: Rect,
    pub footer: Rect,
    pub big_title: bool,
}

fn big_title_fits(title: &str, area: Rect) -> bool {
    area.height >= 40 && title.is_ascii() && (title.chars().count() as u16) * 4 + 4 <= area.width
}

pub fn layout(m: &Meeting, area: Rect) -> MeetingRects {
    let title = m.step().title.s();
    let big = big_title_fits(title, area);
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner_w = area.width.saturating_sub(margin * 2);
    let title_h = if big { 4 } else { 1 };
    let max_q = if area.height >= 40 { 4 } else { 2 };
    let q_lines = wrap(m.step().question.s(), inner_w as usize, max_q).len() as u16;
    let mut y = area.y;
    let row = |y: &mut u16, h: u16| {
        let r = Rect::new(area.x + margin, *y, inner_w, h);
        *y += h;
        r
    };
    let header = row(&mut y, 1);
    y += 1;
    let title_r = row(&mut y, title_h);
    let question = row(&mut y, q_lines);
    y += 1;
    let bottom = area.y + area.height;
    let content_h = bottom.saturating_sub(y + 3);
    let content = row(&mut y, content_h);
    let status = row(&mut y, 1);
    let progress = row(&mut y, 1);
    let footer = row(&mut y, 1);
    MeetingRects {
        header,
        title: title_r,
        question,
        content,
        status,
        progress,
        footer,
        big_title: big,
    }
}

/// The meeting as the wall may show it: with the privacy setting on, names
/// become roles or initials (also inside free text and the household line).
/// The file keeps the names.
pub fn wall_copy(m: &Meeting) -> Option<Meeting> {
    use crate::model::WallNames;
    use crate::plan::{NamesAs, redact_names_as};
    let how = match m.session.wall_names {
        // Names the chair added to hide never show on the wall.
        WallNames::Names if m.session.case.hidden_names.is_empty() => return None,
        WallNames::Names => NamesAs::HiddenOnly,
        WallNames::Roles => NamesAs::Roles,
        WallNames::Initials => NamesAs::Initials,
    };
    let mut copy = m.clone();
    copy.session = redact_names_as(&m.session, how);
    if how == NamesAs::Roles {
        // The name has become the role ("oom 2"): each role printed once.
        for p in &mut copy.session.participants {
            if p.name.to_lowercase().starts_with(&p.role.to_lowercase()) {
                p.role.clear();
            }
        }
    }
    Some(copy)
}

pub fn render_meeting(m: &Meeting, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    // The form's mask is made from the meeting with its names.
    let mask = form::Mask::of(m, ctx);
    let copy = if ctx.facilitator { None } else { wall_copy(m) };
    let m = copy.as_ref().unwrap_or(m);
    let r = layout(m, area);
    header(m, ctx, r.header, buf);
    let title = m.step().title.s();
    if r.big_title {
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(ctx.theme.title)
            .lines(vec![Line::from(title.to_string())])
            .build()
            .render(r.title, buf);
    } else {
        Paragraph::new(Line::from(Span::styled(
            ellipsize(title, r.title.width as usize),
            ctx.theme.title,
        )))
        .render(r.title, buf);
    }
    let q: Vec<Line> = wrap(
        m.step().question.s(),
        r.question.width as usize,
        r.question.height as usize,
    )
    .into_iter()
    .map(|l| Line::styled(l, ctx.theme.question))
    .collect();
    Paragraph::new(q).render(r.question, buf);

    let mut content = r.content;
    if ctx.facilitator && !m.step().hints.is_empty() {
        content = hints(m, ctx, app.training, content, buf);
    }
    if let Some(f) = &m.form {
        let (list, panel) = form::split(content);
        steps::render(m, ctx, list, buf);
        form::render(f, mask.as_ref(), ctx, panel, buf);
    } else {
        steps::render(m, ctx, content, buf);
    }
    progress(m, ctx, r.progress, buf);
    if !app.wall {
        status(m, app, ctx, r.status, buf);
        footer(m, ctx, r.footer, buf);
    }
}

fn header(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let left = format!(
        "{} · {} · {} · {}",
        s.case.code,
        i18n::kind_name(s.kind),
        i18n::phase_name(s.phase),
        s.date.format("%d-%m-%Y")
    );
    let saved = if ctx.wall {
        ""
    } else if m.dirty {
        T::NotSavedYet.s()
    } else {
        T::Saved.s()
    };
    let view = if ctx.facilitator {
        format!("{}{}", clock(m), T::ViewFacilitator.s())
    } else {
        String::new()
    };
    let right = format!("{view}{saved}");
    let room = (area.width as usize).saturating_sub(width(&right) + 2);
    let line = Line::from(vec![
        Span::styled(ellipsize(&left, room), ctx.theme.accent),
        Span::raw(" ".repeat(room.saturating_sub(width(&ellipsize(&left, room))) + 2)),
        Span::styled(right, ctx.theme.muted),
    ]);
    Paragraph::new(line).render(area, buf);
}

/// "⏱ 4:05/15:00 · 47:30 · " for the facilitator; a calm word when a step
/// runs over its time box.
fn clock(m: &Meeting) -> String {
    use crate::model::clock_text;
    let (spent, boxed) = m.step_clock();
    let total = clock_text(m.session.timing.total());
    match boxed {
        Some(b) if spent > b => {
            T::ClockOver.fmt(&[&clock_text(spent), &((spent - b).div_ceil(60)), &total])
        }
        Some(b) => T::ClockBoxed.fmt(&[&clock_text(spent), &clock_text(b), &total]),
        None => T::ClockFree.fmt(&[&clock_text(spent), &total]),
    }
}

/// Facilitator hints on the right (wide) or below (narrow); returns the rest.
/// In training the hints are the lesson: a wider panel, in the title style.
fn hints(m: &Meeting, ctx: &Ctx, training: bool, area: Rect, buf: &mut Buffer) -> Rect {
    let wide = area.width >= 120;
    let style = if training {
        ctx.theme.title
    } else {
        ctx.theme.private
    };
    let (rest, panel) = if wide {
        let w = if training {
            area.width * 2 / 5
        } else {
            area.width / 3
        };
        (
            Rect::new(area.x, area.y, area.width - w - 2, area.height),
            Rect::new(area.x + area.width - w, area.y, w, area.height),
        )
    } else {
        let h = (area.height / 3).max(3);
        (
            Rect::new(area.x, area.y, area.width, area.height.saturating_sub(h)),
            Rect::new(
                area.x,
                area.y + area.height.saturating_sub(h),
                area.width,
                h,
            ),
        )
    };
    let mut lines = vec![Line::styled(T::HintsTitle.s(), ctx.theme.private)];
    for h in &m.step().hints {
        for (i, l) in wrap(h.s(), panel.width.saturating_sub(2) as usize, 6)
            .into_iter()
            .enumerate()
        {
            let bullet = if i == 0 { "• " } else { "  " };
            lines.push(Line::styled(format!("{bullet}{l}"), style));
        }
        if training {
            lines.push(Line::default());
        }
    }
    Paragraph::new(lines).render(panel, buf);
    rest
}

fn status(m: &Meeting, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let text = app
        .status
        .clone()
        .or_else(|| m.form.as_ref().and_then(|f| f.error.clone()));
    if let Some(t) = text {
        Paragraph::new(Line::styled(
            ellipsize(&t, area.width as usize),
            ctx.theme.warn,
        ))
        .render(area, buf);
    }
}

/// All steps, the current one marked by brackets and a marker, not colour
/// alone; numbers only when the titles do not fit.
fn progress(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let cur = m.step_index();
    let n = m.layout.steps.len();
    let titles: Vec<String> = m
        .layout
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {}", i + 1, s.title.s()))
        .collect();
    let full: usize = titles.iter().map(|t| width(t) + 3).sum();
    let mut spans = Vec::new();
    if full + 4 <= area.width as usize {
        for (i, t) in titles.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" › ", ctx.theme.muted));
            }
            if i == cur {
                spans.push(Span::styled(format!("[{t}]"), ctx.theme.selected));
            } else {
                spans.push(Span::styled(t.clone(), ctx.theme.muted));
            }
        }
    } else {
        spans.push(Span::styled(
            format!("{} {}/{} ", T::Step.s(), cur + 1, n),
            ctx.theme.accent,
        ));
        for i in 0..n {
            let t = (i + 1).to_string();
            if i == cur {
                spans.push(Span::styled(format!("[{t}]"), ctx.theme.selected));
            } else {
                spans.push(Span::styled(format!(" {t} "), ctx.theme.muted));
            }
        }
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// The keys that work here, from the keymap. Step navigation, help and quit
/// always fit; the rest as room allows (all of them are in the help).
fn footer(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let mut items: Vec<(String, &str, u8)> = Vec::new();
    if m.editing == Some(crate::app::Item::OverrideReason) {
        items.push(("Enter".into(), T::FooterConfirm.s(), 0));
        items.push(("Esc".into(), T::FooterCancel.s(), 0));
    } else if m.form.is_some() {
        items.push(("Tab".into(), T::FooterNextField.s(), 1));
        items.push(("Enter".into(), T::FooterEnterForm.s(), 1));
        items.push(("Alt-Enter".into(), T::FooterNewLine.s(), 2));
        items.push(("Esc".into(), T::FooterDone.s(), 0));
    } else {
        if m.step().kind == crate::layout::StepKind::Scale {
            items.push(("0–9 t".into(), T::FooterScore.s(), 1));
        }
        for c in step_commands(m.step().kind) {
            items.push((ctx.keymap.short_label(*c), c.help_on(m.step().kind), 2));
        }
        let nav = format!(
            "{}/{}",
            ctx.keymap.short_label(Command::PrevStep),
            ctx.keymap.short_label(Command::NextStep)
        );
        items.push((nav, T::ShortSteps.s(), 0));
        items.push((
            ctx.keymap.short_label(Command::Undo),
            Command::Undo.help_short(),
            3,
        ));
        items.push((
            ctx.keymap.short_label(Command::Help),
            Command::Help.help_short(),
            0,
        ));
        items.push((
            ctx.keymap.short_label(Command::Blank),
            Command::Blank.help_short(),
            3,
        ));
        items.push((
            ctx.keymap.short_label(Command::Quit),
            Command::Quit.help_short(),
            1,
        ));
    }
    render_keys(&items, ctx, area, buf);
}

/// A footer line of "key label" pairs: the most important that fit, shown
/// in their given order.
pub fn render_keys(items: &[(String, &str, u8)], ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let cost = |(key, label, _): &(String, &str, u8)| width(key) + width(label) + 3;
    let mut keep = vec![false; items.len()];
    let mut used = 0;
    for prio in 0..=3u8 {
        for (i, item) in items.iter().enumerate() {
            if item.2 == prio && used + cost(item) <= area.width as usize {
                keep[i] = true;
                used += cost(item);
            }
        }
    }
    let mut spans = Vec::new();
    for (item, _) in items.iter().zip(&keep).filter(|(_, k)| **k) {
        spans.push(Span::styled(item.0.clone(), ctx.theme.key));
        spans.push(Span::styled(format!(" {}  ", item.1), ctx.theme.muted));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
