//! The start screen: sessions by case, newest first, and the new-meeting form.

use super::Ctx;
use super::chrome::render_keys;
use super::widgets::wrap::ellipsize;
use crate::app::{App, Command, StartScreen};
use crate::i18n::{self, T};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

pub fn render(s: &StartScreen, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y + 1,
        area.width - 2 * margin,
        area.height - 2,
    );
    let mut y = inner.y;
    if area.height >= 40 {
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(ctx.theme.title)
            .lines(vec![Line::from("top3")])
            .build()
            .render(Rect::new(inner.x, y, inner.width, 4), buf);
        y += 5;
    } else {
        Paragraph::new(Line::styled("top3", ctx.theme.title))
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        y += 1;
    }
    Paragraph::new(Line::styled(T::StartTagline.s(), ctx.theme.question))
        .render(Rect::new(inner.x, y, inner.width, 1), buf);
    y += 2;
    let list_h = (inner.y + inner.height).saturating_sub(y + 2);
    let list = Rect::new(inner.x, y, inner.width, list_h);
    let mut lines: Vec<Line> = Vec::new();
    let mut sel_line = 0;
    if s.entries.is_empty() {
        lines.push(Line::styled(
            T::StartEmpty.fmt(&[&ctx.keymap.short_label(Command::New)]),
            ctx.theme.muted,
        ));
    }
    let mut last_case = None;
    for (i, e) in s.entries.iter().enumerate() {
        if last_case != Some(&e.case) {
            if last_case.is_some() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(s.case_title(&e.case), ctx.theme.accent));
            if let Some(banner) = s.banner(&e.case).map(|b| &b.text) {
                let hint = T::BannerHint.fmt(&[&ctx.keymap.short_label(Command::History)]);
                let text = format!("⚠ {banner} ({hint})");
                for l in
                    super::widgets::wrap::wrap(&text, (list.width as usize).saturating_sub(4), 4)
                {
                    lines.push(Line::styled(format!("  {l}"), ctx.theme.warn));
                }
            }
            last_case = Some(&e.case);
        }
        let selected = i == s.selected;
        if selected {
            sel_line = lines.len();
        }
        let marker = if selected { "▶ " } else { "  " };
        let text = match (&e.problem, e.date, e.kind, e.phase) {
            (Some(p), ..) => format!("⚠ {}", p.message()),
            (None, Some(d), Some(k), Some(ph)) => format!(
                "{} · {} · {}",
                d.format("%d-%m-%Y"),
                i18n::kind_name(k),
                i18n::phase_name(ph)
            ),
            _ => String::new(),
        };
        let style = if selected {
            ctx.theme.selected
        } else if e.problem.is_some() {
            ctx.theme.warn
        } else {
            ctx.theme.base
        };
        lines.push(Line::styled(
            ellipsize(&format!("{marker}{text}"), list.width as usize),
            style,
        ));
    }
    let skip = (sel_line + 1).saturating_sub(list.height as usize);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(skip)
        .take(list.height as usize)
        .collect();
    Paragraph::new(shown).render(list, buf);

    let footer = Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1);
    if let Some(status) = &app.status {
        Paragraph::new(Line::styled(status.clone(), ctx.theme.warn))
            .render(Rect::new(inner.x, footer.y - 1, inner.width, 1), buf);
    } else if s.new_meeting.is_none() {
        // Where the sessions are kept (the demo says it is a copy), with the
        // home folder as ~ so no user name shows.
        Paragraph::new(Line::styled(
            ellipsize(&folder_note(&s.dir), inner.width as usize),
            ctx.theme.muted,
        ))
        .render(Rect::new(inner.x, footer.y - 1, inner.width, 1), buf);
    }
    let keys: Vec<(String, &str, u8)> = if s.new_meeting.is_some() {
        vec![
            ("↑/↓".into(), T::FooterChooseLayout.s(), 1),
            ("Tab".into(), T::FooterNextField.s(), 0),
            ("Enter".into(), T::FooterStart.s(), 0),
            ("Esc".into(), T::FooterCancel.s(), 0),
        ]
    } else {
        let updown = format!(
            "{}/{}",
            ctx.keymap.short_label(Command::Up),
            ctx.keymap.short_label(Command::Down)
        );
        vec![
            (updown, T::FooterChoose.s(), 1),
            (ctx.keymap.short_label(Command::Edit), T::FooterOpen.s(), 0),
            (ctx.keymap.short_label(Command::New), Command::New.help(), 0),
            (
                ctx.keymap.short_label(Command::History),
                Command::History.help_short(),
                1,
            ),
            (
                ctx.keymap.short_label(Command::Help),
                Command::Help.help(),
                1,
            ),
            (ctx.keymap.short_label(Command::Quit), T::FooterStop.s(), 0),
        ]
    };
    render_keys(&keys, ctx, footer, buf);
    if s.new_meeting.is_some() {
        new_form(s, app, ctx, area, buf);
    }
}

/// "Your meetings are kept in ~/…", or, on the demo's copy, where your own
/// meetings will go.
pub fn folder_note(dir: &std::path::Path) -> String {
    if crate::store::is_demo_copy(dir) {
        let own = crate::store::data_sessions_dir().unwrap_or_default();
        T::StartDirDemo.fmt(&[&home_as_tilde(&own)])
    } else {
        T::StartDirOwn.fmt(&[&home_as_tilde(dir)])
    }
}

fn home_as_tilde(p: &std::path::Path) -> String {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    match directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()) {
        Some(home) if abs.starts_with(&home) && home.parent().is_some() => {
            let rest = abs.strip_prefix(&home).unwrap_or(&abs);
            format!("~{}{}", std::path::MAIN_SEPARATOR, rest.display())
        }
        _ => abs.display().to_string(),
    }
}

fn form_rect(area: Rect) -> Rect {
    let w = area.width.min(90).saturating_sub(4);
    let h = area.height.min(22).saturating_sub(2);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn new_form(s: &StartScreen, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let Some(f) = &s.new_meeting else { return };
    let rect = form_rect(area);
    let inner = super::widgets::panel::panel(T::NewMeetingTitle.s(), ctx, rect, buf);
    let mark = |i: usize| if f.focus == i { "▶ " } else { "  " };
    let label_style = |i: usize| {
        if f.focus == i {
            ctx.theme.title
        } else {
            ctx.theme.muted
        }
    };
    let mut y = inner.y;
    let line = |y: &mut u16, l: Line, buf: &mut Buffer| {
        if *y < inner.y + inner.height {
            Paragraph::new(l).render(Rect::new(inner.x, *y, inner.width, 1), buf);
        }
        *y += 1;
    };
    line(
        &mut y,
        Line::styled(format!("{}{}", mark(0), T::FieldLayout.s()), label_style(0)),
        buf,
    );
    let rows = (inner.height as usize).saturating_sub(7).max(1);
    let skip = (f.layout + 1).saturating_sub(rows);
    for (i, (l, _)) in app.layouts.layouts.iter().enumerate().skip(skip).take(rows) {
        let chosen = i == f.layout;
        let text = format!(
            "{} {} — {}",
            if chosen { "●" } else { "○" },
            l.name,
            l.title.s()
        );
        let style = if chosen {
            ctx.theme.selected
        } else {
            ctx.theme.base
        };
        // A long title wraps under itself rather than ending in "…".
        let body_w = (inner.width as usize).saturating_sub(6);
        for (j, part) in super::widgets::wrap::wrap(&text, body_w, super::steps::FULL)
            .into_iter()
            .enumerate()
        {
            let pad = if j == 0 { "    " } else { "      " };
            line(
                &mut y,
                Line::from(Span::styled(format!("{pad}{part}"), style)),
                buf,
            );
        }
    }
    y += 1;
    let mut fields = vec![
        (1, T::FieldCaseCode.s(), &f.case),
        (2, T::FieldDate.s(), &f.date),
    ];
    if f.closed_on().is_some() {
        fields.push((3, T::FieldReopen.s(), &f.reopen));
    }
    for (i, label, area_text) in fields {
        let text = area_text.lines().join("");
        let cursor = if f.focus == i { "▏" } else { "" };
        line(
            &mut y,
            Line::from(vec![
                Span::styled(format!("{}{label}: ", mark(i)), label_style(i)),
                Span::styled(format!("{text}{cursor}"), ctx.theme.question),
            ]),
            buf,
        );
    }
    if let Some(e) = &f.error {
        for part in super::widgets::wrap::wrap(e, inner.width as usize, super::steps::FULL) {
            line(&mut y, Line::styled(part, ctx.theme.warn), buf);
        }
    }
}
