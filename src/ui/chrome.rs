//! The frame around every step: header, title, question, progress, footer.

use super::widgets::wrap::{ellipsize, width, wrap};
use super::{Ctx, form, steps};
use crate::app::{App, Command, Meeting, step_commands};
use crate::i18n::{self, T};
use crate::layout::StepKind;
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

/// The most rows the step's question may take: it wraps, and is only cut
/// (with "…") when a layout writes a question of more than a quarter screen.
fn question_rows(area: Rect) -> usize {
    (area.height / 4).max(2) as usize
}

/// The status line's text: the app's message, or the open form's problem.
fn status_text(m: &Meeting, app: &App) -> Option<String> {
    app.status
        .clone()
        .or_else(|| m.form.as_ref().and_then(|f| f.error.clone()))
}

fn big_title_fits(title: &str, area: Rect) -> bool {
    area.height >= 40 && title.is_ascii() && (title.chars().count() as u16) * 4 + 4 <= area.width
}

/// The rows of the meeting screen; `status` is the message under the
/// content, which gets as many rows as it needs (up to three).
pub fn layout(m: &Meeting, area: Rect, status: Option<&str>) -> MeetingRects {
    let title = m.step().title.s();
    let big = big_title_fits(title, area);
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner_w = area.width.saturating_sub(margin * 2);
    let title_h = if big { 4 } else { 1 };
    let q_lines = wrap(m.step().question.s(), inner_w as usize, question_rows(area)).len() as u16;
    let status_h = status.map_or(1, |t| wrap(t, inner_w as usize, 3).len().max(1)) as u16;
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
    let content_h = bottom.saturating_sub(y + 2 + status_h);
    let content = row(&mut y, content_h);
    let status = row(&mut y, status_h);
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

/// The meeting as the wall may show it: only what is for everyone present
/// (items for professionals only, or not to be shared with someone present,
/// are left out; hidden reporters by their group), and with the privacy
/// setting on, names become roles or initials (also inside free text and
/// the household line). The file keeps everything.
pub fn wall_copy(m: &Meeting) -> Option<Meeting> {
    use crate::model::WallNames;
    use crate::plan::{NamesAs, redact_names_as};
    // Most meetings restrict nothing: then no copy is made for it.
    let any = m.session.visibilities().any(|(_, v)| v.is_restricted());
    let (seen, restricted) = if any {
        let (seen, left_out) = crate::plan::for_readers(&m.session, &m.session.wall_readers());
        let restricted = left_out > 0 || seen != m.session;
        (std::borrow::Cow::Owned(seen), restricted)
    } else {
        (std::borrow::Cow::Borrowed(&m.session), false)
    };
    let how = match m.session.wall_names {
        // Names the chair added to hide never show on the wall.
        WallNames::Names if crate::plan::hidden_names(&seen).is_empty() => None,
        WallNames::Names => Some(NamesAs::HiddenOnly),
        WallNames::Roles => Some(NamesAs::Roles),
        WallNames::Initials => Some(NamesAs::Initials),
    };
    if how.is_none() && !restricted {
        return None;
    }
    let mut copy = m.clone();
    copy.session = match how {
        Some(how) => redact_names_as(&seen, how),
        None => seen.into_owned(),
    };
    // The selection stays on the same item; on an item the wall may not
    // show, nothing is selected there.
    let selected = m.selected_item();
    copy.selected[copy.session.step] = match selected {
        Some(item) => copy
            .items()
            .iter()
            .position(|x| *x == item)
            .unwrap_or(usize::MAX),
        None => m.selected_index(),
    };
    let Some(how) = how else {
        return Some(copy);
    };
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

/// Draws the meeting screen. Returns how many lines of the selected entry
/// are below the view (see [`steps::render`]).
pub fn render_meeting(m: &Meeting, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> usize {
    // The form's mask is made from the meeting with its names.
    let mask = form::Mask::of(m, ctx);
    let copy = if ctx.facilitator { None } else { wall_copy(m) };
    let m = copy.as_ref().unwrap_or(m);
    let status_msg = if app.wall { None } else { status_text(m, app) };
    let r = layout(m, area, status_msg.as_deref());
    header(m, ctx, app.countdown, r.header, buf);
    // The wall shows the signals only when the facilitator chose so.
    let show_signals =
        !m.past.signals.is_empty() && ((ctx.facilitator && !app.wall) || app.wall_signals);
    if show_signals {
        signal_banner(
            m,
            app,
            ctx,
            Rect::new(r.header.x, r.header.y + 1, r.header.width, 1),
            buf,
        );
    }
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
    if show_signals && matches!(m.step().kind, StepKind::Review | StepKind::Summary) {
        content = signals_in_full(m, ctx, content, buf);
    }
    if (ctx.facilitator || ctx.practice) && has_hints(m) {
        content = hints(m, ctx, app.training, content, buf);
    }
    let rest = if let Some(f) = &m.form {
        let (list, panel) = form::split(content, f);
        let rest = steps::render(m, ctx, list, buf);
        form::render(f, mask.as_ref(), ctx, panel, buf);
        rest
    } else {
        steps::render(m, ctx, content, buf)
    };
    progress(m, ctx, r.progress, buf);
    if !app.wall {
        status(status_msg.as_deref(), ctx, r.status, buf);
        footer(m, ctx, app.example, r.footer, buf);
    }
    rest
}

/// One calm line under the header: the case's most urgent signal, cut to
/// the width, and how many more there are (shown in full on the review and
/// summary steps).
fn signal_banner(m: &Meeting, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let signals = &m.past.signals;
    let Some(first) = signals.first() else {
        return;
    };
    let text = first.headline(&m.past.rules);
    let mut line = match signals.len() {
        1 => T::MeetSignalOne.fmt(&[&text]),
        n => T::MeetSignalMore.fmt(&[&n, &text]),
    };
    // For the facilitator: whether the wall shows them too, or the key that
    // puts them there, when it fits (after the form's key, which comes
    // first on an escalation).
    let form_key = ctx.keymap.short_label(Command::Registration);
    let reserve = if first.is_escalation() {
        width(&format!(" · {}", T::RegKeyHint.fmt(&[&form_key])))
    } else {
        0
    };
    if ctx.facilitator {
        let tail = if app.wall_signals {
            T::MeetSignalOnWall.s().to_string()
        } else {
            T::MeetSignalKey.fmt(&[&ctx.keymap.short_label(Command::WallSignals)])
        };
        let with = format!("{line}  · {tail}");
        if width(&with) + reserve <= area.width as usize {
            line = with;
        }
    }
    let style = if first.is_escalation() {
        ctx.theme.warn
    } else {
        ctx.theme.muted
    };
    // An escalation names the key of the aanmeldingsformulier; the signal
    // gives way, the key always shows.
    let key = form_key;
    if ctx.facilitator && first.is_escalation() && !key.is_empty() {
        // The longest hint that leaves the signal whole; at the least the
        // key itself ("(m)"), which the help explains.
        let w = area.width as usize;
        // Once the form is sent, the banner says since when the case is
        // aangemeld.
        let sent = m
            .session
            .case
            .registration
            .sent()
            .map(|d| format!(" · {}", T::RegSentShort.fmt(&[&d.format("%d-%m-%Y")])))
            .unwrap_or_default();
        // The date of sending gives way before the signal does.
        let hints = [
            format!("{sent} · {}", T::RegKeyHint.fmt(&[&key])),
            format!("{sent} · {}", T::RegKeyHintShort.fmt(&[&key])),
            format!("{sent} ({key})"),
            format!(" · {}", T::RegKeyHintShort.fmt(&[&key])),
            format!(" ({key})"),
        ];
        let hint = hints
            .iter()
            .find(|h| width(&line) + width(h) <= w)
            .unwrap_or(&hints[4])
            .clone();
        let room = w.saturating_sub(width(&hint));
        let spans = vec![
            Span::styled(ellipsize(&line, room), style),
            Span::styled(hint, ctx.theme.accent),
        ];
        Paragraph::new(Line::from(spans)).render(area, buf);
        return;
    }
    Paragraph::new(Line::styled(ellipsize(&line, area.width as usize), style)).render(area, buf);
}

/// The case's signals in full, wrapped, at the top of `area` (at most half
/// of it); returns what is left for the step.
fn signals_in_full(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Rect {
    let w = area.width as usize;
    let max = (area.height / 2) as usize;
    let mut lines: Vec<Line> = vec![Line::styled(
        T::MeetSignalsTitle.s().to_string(),
        ctx.theme.accent,
    )];
    for s in &m.past.signals {
        let glyph = if s.is_escalation() { "! " } else { "· " };
        let style = if s.is_escalation() {
            ctx.theme.warn
        } else {
            ctx.theme.base
        };
        for (i, l) in wrap(&s.describe(&m.past.rules), w.saturating_sub(2), usize::MAX)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { glyph } else { "  " };
            lines.push(Line::styled(format!("{lead}{l}"), style));
        }
    }
    if lines.len() > max {
        lines.truncate(max.saturating_sub(1));
        lines.push(Line::styled(
            T::MeetSignalsCut.fmt(&[&m.session.case.code]),
            ctx.theme.muted,
        ));
    }
    let h = (lines.len() as u16 + 1).min(area.height);
    Paragraph::new(lines).render(Rect::new(area.x, area.y, area.width, h), buf);
    Rect::new(
        area.x,
        area.y + h,
        area.width,
        area.height.saturating_sub(h),
    )
}

/// The header: the case code always; then, as room allows, the save state,
/// the clock, the date, the meeting kind, the phase and the view name. What
/// does not fit is left out whole, never cut off in the middle.
fn header(
    m: &Meeting,
    ctx: &Ctx,
    countdown: Option<(std::time::Duration, std::time::Duration)>,
    area: Rect,
    buf: &mut Buffer,
) {
    let s = &m.session;
    let saved = if ctx.wall {
        ""
    } else if m.dirty {
        T::NotSavedYet.s()
    } else {
        T::Saved.s()
    };
    let ((step_clock, total_clock), view, short_view) = if ctx.facilitator {
        (
            clock(m),
            T::ViewFacilitator.s(),
            T::ViewFacilitatorShort.s(),
        )
    } else if ctx.practice {
        (
            (String::new(), String::new()),
            T::ViewPractice.s(),
            T::ViewPracticeShort.s(),
        )
    } else {
        ((String::new(), String::new()), "", "")
    };
    // The exercise's countdown shows in every view, the wall too.
    let step_clock = match countdown {
        Some((_, left)) if left.is_zero() => format!("{}{step_clock}", T::CountdownDone.s()),
        Some((_, left)) => format!(
            "{}{step_clock}",
            T::CountdownLeft.fmt(&[&crate::model::clock_text(left.as_secs())])
        ),
        None => step_clock,
    };
    let left = [
        s.case.code.to_string(),
        i18n::kind_name(s.kind).to_string(),
        i18n::phase_name(s.phase).to_string(),
        s.date.format("%d-%m-%Y").to_string(),
    ];
    let (mut left_text, mut right) = header_parts(
        left.clone(),
        [
            step_clock.clone(),
            total_clock.clone(),
            view.to_string(),
            saved.to_string(),
        ],
        area.width as usize,
    );
    // c-fix1: in training the trainer must see which view is on: when the
    // view's name does not fit, a short one keeps its place after the
    // clock (the phase, the kind and the date give way first).
    if !view.is_empty() && !right.contains(view.trim_end_matches([' ', '·'])) {
        (left_text, right) = header_parts_ordered(
            left,
            [
                step_clock,
                total_clock,
                short_view.to_string(),
                saved.to_string(),
            ],
            area.width as usize,
            &VIEW_FIRST,
        );
    }
    let left = left_text;
    let room = (area.width as usize).saturating_sub(width(&left) + width(&right));
    let line = Line::from(vec![
        Span::styled(left, ctx.theme.accent),
        Span::raw(" ".repeat(room)),
        Span::styled(right, ctx.theme.muted),
    ]);
    Paragraph::new(line).render(area, buf);
}

/// Chooses the header's parts that fit in `w` columns, in priority order:
/// code, save state, step clock, date, meeting clock, kind, phase, view.
/// Left parts are joined with " · "; the right parts carry their own
/// separators.
pub fn header_parts(left: [String; 4], right: [String; 4], w: usize) -> (String, String) {
    // (side, index) by priority: what goes first stays longest.
    const ORDER: [(bool, usize); 8] = [
        (true, 0),
        (false, 3),
        (false, 0),
        (true, 3),
        (false, 1),
        (true, 1),
        (true, 2),
        (false, 2),
    ];
    header_parts_ordered(left, right, w, &ORDER)
}

/// c-fix1: the header's priorities with the (short) view name right after
/// the step clock.
const VIEW_FIRST: [(bool, usize); 8] = [
    (true, 0),
    (false, 3),
    (false, 0),
    (false, 2),
    (true, 3),
    (false, 1),
    (true, 1),
    (true, 2),
];

/// [`header_parts`] with the priorities `ORDER`: (right side?, index), what
/// goes first stays longest.
fn header_parts_ordered(
    left: [String; 4],
    right: [String; 4],
    w: usize,
    order: &[(bool, usize); 8],
) -> (String, String) {
    let build = |n: usize| {
        let keep = &order[..n];
        let l: Vec<&str> = (0..4)
            .filter(|i| keep.contains(&(true, *i)))
            .map(|i| left[i].as_str())
            .collect();
        let r: String = (0..4)
            .filter(|i| keep.contains(&(false, *i)))
            .map(|i| right[i].as_str())
            .collect();
        let r = r.trim_end_matches([' ', '·']).to_string();
        (l.join(" · "), r)
    };
    for n in (1..=order.len()).rev() {
        let (l, r) = build(n);
        if width(&l) + width(&r) + 2 <= w {
            return (l, r);
        }
    }
    let (l, _) = build(1);
    (ellipsize(&l, w), String::new())
}

/// "⏱ stap 4:05 van 15:00 · " and "overleg 47:30 · " for the facilitator
/// (two parts, so a narrow header can keep the first); a calm word when a
/// step runs over its time box.
fn clock(m: &Meeting) -> (String, String) {
    use crate::model::clock_text;
    let (spent, boxed) = m.step_clock();
    let total = T::ClockTotal.fmt(&[&clock_text(m.session.timing.total())]);
    let step = match boxed {
        Some(b) if spent > b => {
            T::ClockStepOver.fmt(&[&clock_text(spent), &((spent - b).div_ceil(60))])
        }
        Some(b) => T::ClockStepBoxed.fmt(&[&clock_text(spent), &clock_text(b)]),
        None => T::ClockStepFree.fmt(&[&clock_text(spent)]),
    };
    (step, total)
}

/// Facilitator hints on the right (wide) or below (narrow); returns the rest.
/// In training the hints are the lesson: a wider panel, in the title style.
fn hints(m: &Meeting, ctx: &Ctx, training: bool, area: Rect, buf: &mut Buffer) -> Rect {
    let style = if training {
        ctx.theme.title
    } else {
        ctx.theme.private
    };
    let (rest, panel) = hints_split(m, training, area);
    // In the practice view the group reads the hints: no "not projected".
    let title = if ctx.facilitator {
        T::HintsTitle
    } else {
        T::HintsPractice
    };
    // A heading needs a hint under it: in a panel of one row, the hint.
    let mut lines = if panel.height >= 2 {
        vec![Line::styled(title.s(), ctx.theme.private)]
    } else {
        Vec::new()
    };
    for l in hint_lines(m, training, panel.width) {
        lines.push(Line::styled(l, style));
    }
    // Hints that do not fit end in a sign, not silently.
    if lines.len() > panel.height as usize && panel.height > 1 {
        let hidden = lines.len() - (panel.height as usize - 1);
        lines.truncate(panel.height as usize - 1);
        lines.push(Line::styled(
            format!(
                "  {}",
                steps::n_lines(hidden, T::MoreBelowLine, T::MoreBelowLines, &[])
            ),
            ctx.theme.private,
        ));
    }
    Paragraph::new(lines).render(panel, buf);
    rest
}

/// c-fix1: the step has a hint with words in it: only then the hints
/// panel and its heading ("Aanwijzingen bij deze stap") show.
pub fn has_hints(m: &Meeting) -> bool {
    m.step().hints.iter().any(|h| !h.s().trim().is_empty())
}

/// The hints as bulleted lines wrapped to a panel `w` wide (a blank hint
/// is left out).
fn hint_lines(m: &Meeting, training: bool, w: u16) -> Vec<String> {
    let mut lines = Vec::new();
    for h in m.step().hints.iter().filter(|h| !h.s().trim().is_empty()) {
        for (i, l) in wrap(h.s(), w.saturating_sub(2) as usize, steps::FULL)
            .into_iter()
            .enumerate()
        {
            let bullet = if i == 0 { "• " } else { "  " };
            lines.push(format!("{bullet}{l}"));
        }
        if training {
            lines.push(String::new());
        }
    }
    lines
}

/// Where the hints panel goes: on the right (wide), or below (narrow), as
/// tall as the hints need up to a third of the area. Returns (the rest,
/// the panel).
fn hints_split(m: &Meeting, training: bool, area: Rect) -> (Rect, Rect) {
    let wide = area.width >= 120;
    if wide {
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
        let need = hint_lines(m, training, area.width).len() as u16 + 1;
        // In training the hints are the lesson: up to half the area.
        let cap = if training {
            area.height / 2
        } else {
            area.height / 3
        };
        let h = need.min(cap.max(3)).min(area.height);
        (
            Rect::new(area.x, area.y, area.width, area.height.saturating_sub(h)),
            Rect::new(
                area.x,
                area.y + area.height.saturating_sub(h),
                area.width,
                h,
            ),
        )
    }
}

/// The area a step draws its content in, as [`render_meeting`] lays it out
/// (after the hints panel and an open form).
pub fn content_area(m: &Meeting, app: &App, ctx: &Ctx, area: Rect) -> Rect {
    let status_msg = if app.wall { None } else { status_text(m, app) };
    let mut content = layout(m, area, status_msg.as_deref()).content;
    if (ctx.facilitator || ctx.practice) && has_hints(m) {
        content = hints_split(m, app.training, content).0;
    }
    if let Some(f) = &m.form {
        content = form::split(content, f).0;
    }
    content
}

/// The message under the content, wrapped over the rows the layout gave it.
fn status(text: Option<&str>, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if let Some(t) = text {
        let lines: Vec<Line> = wrap(t, area.width as usize, area.height.max(1) as usize)
            .into_iter()
            .map(|l| Line::styled(l, ctx.theme.warn))
            .collect();
        Paragraph::new(lines).render(area, buf);
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
/// A read-only example (`read_only`) leaves the editing keys out.
fn footer(m: &Meeting, ctx: &Ctx, read_only: bool, area: Rect, buf: &mut Buffer) {
    let mut items: Vec<(String, &str, u8)> = Vec::new();
    if m.editing == Some(crate::app::Item::OverrideReason) {
        items.push(("Enter".into(), T::FooterConfirm.s(), 0));
        items.push(("Esc".into(), T::FooterCancel.s(), 0));
    } else if let Some(f) = &m.form {
        use crate::app::FieldKind;
        use crate::app::keymap::FormCommand;
        let first = |c: FormCommand| c.keys().first().map(|k| k.label()).unwrap_or_default();
        let kind = f.fields.get(f.focus).map(|x| x.kind);
        if kind == Some(FieldKind::YesNo) {
            items.push((first(FormCommand::Switch), T::FooterYesNo.s(), 0));
        } else if let Some(FieldKind::Choice(_)) = kind {
            items.push((first(FormCommand::Switch), T::FooterChoose.s(), 0));
        }
        items.push((first(FormCommand::NextField), T::FooterNextField.s(), 1));
        items.push((first(FormCommand::NextOrDone), T::FooterEnterForm.s(), 1));
        if kind == Some(FieldKind::Multi) {
            items.push((first(FormCommand::NewLine), T::FooterNewLine.s(), 2));
        }
        items.push((first(FormCommand::Done), T::FooterDone.s(), 0));
        if let Some(k) = ctx
            .keymap
            .keys_for(Command::Help)
            .iter()
            .find(|k| !matches!(k.code, crossterm::event::KeyCode::Char(_)))
        {
            items.push((k.label(), T::FooterFormHelp.s(), 0));
        }
    } else {
        if matches!(
            m.step().kind,
            crate::layout::StepKind::Scale | crate::layout::StepKind::Voices
        ) && !read_only
        {
            items.push(("0–9 t".into(), T::FooterScore.s(), 1));
        }
        let picking = m.step().kind == crate::layout::StepKind::Top3 && m.pane == 1;
        for c in step_commands(m.step().kind) {
            if read_only && crate::app::command_edits(*c) {
                continue;
            }
            // The reveal key only while there are hidden scores to show.
            if *c == Command::Reveal && !m.scores_hidden(m.step().scale_key()) {
                continue;
            }
            if picking {
                // On the facts to choose from, Enter (and a) add the fact
                // to the TOP 3; moving and deleting do nothing there.
                match c {
                    Command::Edit => {
                        items.push((ctx.keymap.short_label(*c), T::FooterAddToTop3.s(), 1))
                    }
                    Command::SwitchPane => {
                        items.push((ctx.keymap.short_label(*c), c.help_on(m.step().kind), 1))
                    }
                    // Space links the fact to the situation chosen before.
                    Command::Toggle if m.link_to.is_some() => {
                        items.push((ctx.keymap.short_label(*c), T::FooterLink.s(), 1))
                    }
                    _ => {}
                }
                continue;
            }
            if *c == Command::Toggle && m.step().kind == crate::layout::StepKind::Top3 {
                continue;
            }
            items.push((ctx.keymap.short_label(*c), c.help_on(m.step().kind), 2));
        }
        let nav = format!(
            "{}/{}",
            ctx.keymap.short_label(Command::PrevStep),
            ctx.keymap.short_label(Command::NextStep)
        );
        items.push((nav, T::ShortSteps.s(), 0));
        if !m.past.signals.is_empty() {
            items.push((
                ctx.keymap.short_label(Command::WallSignals),
                Command::WallSignals.help_short(),
                1,
            ));
        }
        if ctx.training {
            items.push((
                ctx.keymap.short_label(Command::Debrief),
                Command::Debrief.help_short(),
                1,
            ));
        }
        if !read_only {
            items.push((
                ctx.keymap.short_label(Command::Undo),
                Command::Undo.help_short(),
                3,
            ));
        }
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
        // After quit, so that quit keeps its place at 80 columns and the
        // model answer still shows from about 100.
        if ctx.training {
            if ctx.has_model {
                items.push((
                    ctx.keymap.short_label(Command::Compare),
                    Command::Compare.help_short(),
                    1,
                ));
            }
            // c-screens: the groups side by side, the next scripted meeting.
            items.push((
                ctx.keymap.short_label(Command::Groups),
                Command::Groups.help_short(),
                2,
            ));
            items.push((
                ctx.keymap.short_label(Command::New),
                T::ShortNextScripted.s(),
                2,
            ));
        }
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
