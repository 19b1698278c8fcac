//! The aanmeldingsformulier screen: the form's fields, a notice while
//! criterion 1 is not ja, and (where the screen is wide) what is still
//! empty or contradictory, the same list `--check` prints.

use super::Ctx;
use super::chrome::render_keys;
use super::steps::FULL;
use super::widgets::wrap::wrap;
use crate::app::keymap::FormCommand;
use crate::app::{App, Command, RegistrationScreen, required_answer};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// The side panel with the open points shows from this width on.
const SIDE_FROM: u16 = 140;

/// The open points of the form as it shows now (empty or contradictory),
/// with what it filled in from the case counted as filled in.
pub fn open_points(r: &RegistrationScreen, app: &App) -> Vec<String> {
    let Some(m) = app.meeting() else {
        return Vec::new();
    };
    let mut s = m.session.clone();
    s.case.registration = crate::app::registration_of_form(&r.form, &r.before).0;
    crate::plan::check_registration(&s, None)
}

fn lines_of(text: &str, w: usize, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(text, w, FULL)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

pub fn render(r: &RegistrationScreen, app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let margin = if area.width >= 120 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y + 1,
        area.width.saturating_sub(2 * margin),
        area.height.saturating_sub(1),
    );
    let w = inner.width as usize;
    let mut top: Vec<Line> = vec![Line::styled(
        T::RegScreenTitle.fmt(&[&r.code]),
        ctx.theme.title,
    )];
    if let Some(on) = app
        .meeting()
        .and_then(|m| m.session.case.registration.sent())
    {
        let on = on.format("%d-%m-%Y").to_string();
        top.extend(lines_of(&T::RegSentLine.fmt(&[&on]), w, ctx.theme.accent));
    }
    top.extend(lines_of(T::RegAnonymousHint.s(), w, ctx.theme.muted));
    match required_answer(&r.form) {
        Some(true) => {}
        // Said in words with a sign, not only in colour.
        Some(false) => top.extend(lines_of(
            &format!("⚠ {}", T::RegRequiredNo.s()),
            w,
            ctx.theme.warn,
        )),
        None => top.extend(lines_of(
            &format!("! {}", T::RegRequiredOpen.s()),
            w,
            ctx.theme.muted,
        )),
    }
    let top_h = (top.len() as u16).min(inner.height / 3);
    Paragraph::new(top).render(Rect::new(inner.x, inner.y, inner.width, top_h), buf);

    let status = app.status.clone().or_else(|| r.form.error.clone());
    let status_lines = status.as_deref().map(|t| lines_of(t, w, ctx.theme.warn));
    let status_h = status_lines.as_ref().map_or(0, |l| l.len().min(3)) as u16;
    let footer_y = inner.y + inner.height.saturating_sub(1);
    let body_y = inner.y + top_h + 1;
    let body_h = footer_y.saturating_sub(body_y + status_h);
    let body = Rect::new(inner.x, body_y, inner.width, body_h);
    let (form_area, side) = if inner.width >= SIDE_FROM {
        let side_w = inner.width * 35 / 100;
        (
            Rect::new(body.x, body.y, body.width - side_w - 2, body.height),
            Some(Rect::new(
                body.x + body.width - side_w,
                body.y,
                side_w,
                body.height,
            )),
        )
    } else {
        (body, None)
    };
    super::form::render(&r.form, None, ctx, form_area, buf);
    if let Some(side) = side {
        let points = open_points(r, app);
        let inner = super::widgets::panel::panel(T::RegOpenPointsTitle.s(), ctx, side, buf);
        let pw = inner.width as usize;
        let mut lines: Vec<Line> = Vec::new();
        if points.is_empty() {
            lines.extend(lines_of(T::RegChkComplete.s(), pw, ctx.theme.base));
        }
        for p in &points {
            for (i, l) in wrap(p, pw.saturating_sub(2), FULL).into_iter().enumerate() {
                let lead = if i == 0 { "· " } else { "  " };
                lines.push(Line::styled(format!("{lead}{l}"), ctx.theme.base));
            }
        }
        if lines.len() > inner.height as usize && inner.height > 0 {
            let shown = inner.height as usize - 1;
            lines.truncate(shown);
            lines.push(Line::styled(
                T::RegMorePoints.s().to_string(),
                ctx.theme.muted,
            ));
        }
        Paragraph::new(lines).render(inner, buf);
    }
    if let Some(lines) = status_lines {
        Paragraph::new(lines).render(
            Rect::new(inner.x, body.y + body.height, inner.width, status_h),
            buf,
        );
    }
    let first = |c: FormCommand| c.keys().first().map(|k| k.label()).unwrap_or_default();
    let mut keys: Vec<(String, &str, u8)> = Vec::new();
    let kind = r.form.fields.get(r.form.focus).map(|f| f.kind);
    if kind.is_some_and(|k| k.is_pick()) {
        keys.push((first(FormCommand::Switch), T::FooterChoose.s(), 0));
        keys.push(("j/n".into(), T::FooterYesNo.s(), 1));
    }
    keys.push((first(FormCommand::NextField), T::FooterNextField.s(), 0));
    keys.push((first(FormCommand::PrevField), T::FormKeyPrev.s(), 2));
    keys.push((first(FormCommand::Done), T::FooterDone.s(), 0));
    if let Some(k) = ctx
        .keymap
        .keys_for(Command::Help)
        .iter()
        .find(|k| !matches!(k.code, crossterm::event::KeyCode::Char(_)))
    {
        keys.push((k.label(), T::FooterFormHelp.s(), 1));
    }
    render_keys(
        &keys,
        ctx,
        Rect::new(inner.x, footer_y, inner.width, 1),
        buf,
    );
}
