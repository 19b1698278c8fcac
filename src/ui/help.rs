//! The help overlay, generated from the keymap that handles the keys.

use super::Ctx;
use super::widgets::wrap::width;
use crate::app::{App, Command};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The keys of the open form: the form's own (from the form key table),
/// the text field's, the date forms where the form asks a date, and how to
/// quit. `None` when no form is open.
pub fn form_rows(app: &App) -> Option<Vec<(String, String)>> {
    use crate::app::keymap::FormCommand;
    use crate::app::{FieldKind, Screen};
    let fields = match &app.screen {
        Screen::Meeting(m) => &m.form.as_ref()?.fields,
        Screen::Registration(r) => &r.form.fields,
        Screen::Start(s) if s.new_meeting.is_some() => return Some(new_meeting_rows(app)),
        _ => return None,
    };
    let has = |k: FieldKind| fields.iter().any(|f| f.kind == k);
    let asks = |label: T| fields.iter().any(|f| f.label == label);
    let mut rows = Vec::new();
    for c in [
        FormCommand::NextField,
        FormCommand::PrevField,
        FormCommand::NextOrDone,
        FormCommand::NewLine,
        FormCommand::Done,
        FormCommand::Switch,
        FormCommand::Yes,
        FormCommand::No,
        FormCommand::Clear,
    ] {
        let shown = match c {
            FormCommand::NewLine => has(FieldKind::Multi),
            FormCommand::Switch | FormCommand::Yes | FormCommand::No => {
                fields.iter().any(|f| f.kind.is_pick())
            }
            _ => true,
        };
        if shown {
            rows.push((c.label(), c.help().to_string()));
        }
    }
    if fields
        .iter()
        .any(|f| matches!(f.kind, FieldKind::Choice(_)))
    {
        rows.push((
            FormCommand::Switch.label(),
            T::FormKeyNextChoice.s().to_string(),
        ));
        rows.push((
            "Backspace, Del".into(),
            T::FormKeyClearChoice.s().to_string(),
        ));
    }
    rows.extend(text_and_help_rows(app));
    rows.push(("Ctrl-c".into(), T::FormKeyQuit.s().to_string()));
    let (term, when) = (asks(T::FieldTerm), asks(T::FieldWhen));
    if has(FieldKind::Date) || term || when {
        rows.push((String::new(), T::FormHelpDate.s().to_string()));
    }
    if term {
        rows.push((String::new(), T::FormHelpTerm.s().to_string()));
    }
    if when {
        rows.push((String::new(), T::FormHelpWhen.s().to_string()));
    }
    Some(rows)
}

/// The text field's editing keys and the keys that open this help.
fn text_and_help_rows(app: &App) -> Vec<(String, String)> {
    use crate::app::keymap::TEXT_KEYS;
    let mut rows: Vec<(String, String)> = TEXT_KEYS
        .iter()
        .map(|(k, t)| (k.to_string(), t.s().to_string()))
        .collect();
    let help_keys: Vec<String> = app
        .keymap
        .keys_for(Command::Help)
        .iter()
        .filter(|k| !matches!(k.code, crossterm::event::KeyCode::Char(_)))
        .map(|k| k.label())
        .collect();
    if !help_keys.is_empty() {
        rows.push((help_keys.join(", "), T::FormKeyHelp.s().to_string()));
    }
    rows
}

/// The keys of the new-meeting form on the start screen (it has its own:
/// ↑/↓ choose the layout, Enter begins, Esc cancels).
fn new_meeting_rows(app: &App) -> Vec<(String, String)> {
    use crate::app::keymap::FormCommand;
    let mut rows = vec![
        ("↑/↓".to_string(), T::FooterChooseLayout.s().to_string()),
        (
            FormCommand::NextField
                .keys()
                .first()
                .map(|k| k.label())
                .unwrap_or_default(),
            T::FormKeyNext.s().to_string(),
        ),
        ("Enter".to_string(), T::FooterStart.s().to_string()),
        ("Esc".to_string(), T::FooterCancel.s().to_string()),
    ];
    rows.extend(text_and_help_rows(app));
    rows.push((String::new(), T::FormHelpDate.s().to_string()));
    rows
}

/// Every command with its keys, plus the keys that are not commands.
pub fn rows(app: &App) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Command::ALL
        .iter()
        .filter(|c| !app.keymap.keys_for(**c).is_empty())
        .map(|c| {
            // c-screens: in training `n` is the next scripted meeting.
            let help = if app.training && *c == Command::New {
                T::CmdNextScripted.s()
            } else if app.training && *c == Command::View {
                // c-fix1: in training v cycles three views.
                T::CmdViewTraining.s()
            } else {
                c.help()
            };
            (app.keymap.label(*c), help.to_string())
        })
        .collect();
    rows.push(("0–9, t".into(), T::HelpScore.s().into()));
    {
        use crate::app::keymap::FormCommand;
        let first = |c: FormCommand| c.keys().first().map(|k| k.label()).unwrap_or_default();
        rows.push((
            format!(
                "{} / {}",
                first(FormCommand::NextField),
                first(FormCommand::PrevField)
            ),
            T::HelpFormTab.s().into(),
        ));
        rows.push((FormCommand::NewLine.label(), T::FooterNewLine.s().into()));
    }
    let help_keys: Vec<String> = app
        .keymap
        .keys_for(Command::Help)
        .iter()
        .filter(|k| !matches!(k.code, crossterm::event::KeyCode::Char(_)))
        .map(|k| k.label())
        .collect();
    if !help_keys.is_empty() {
        rows.push((help_keys.join(", "), T::HelpFormKeys.s().into()));
    }
    rows
}

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (title, rows) = match form_rows(app) {
        Some(r) => (T::FormHelpTitle.s(), r),
        None => (T::HelpTitle.s(), rows(app)),
    };
    let key_w = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    let text_w = rows.iter().map(|(_, t)| width(t)).max().unwrap_or(0);
    let w = ((key_w + text_w + 7) as u16).min(area.width.saturating_sub(2));
    // The lines first (rows wrap), then a frame just tall enough for them.
    let text_room = (w as usize).saturating_sub(key_w + 4).max(10);
    let mut lines: Vec<Line> = Vec::new();
    for (k, t) in &rows {
        for (i, part) in super::widgets::wrap::wrap(t, text_room, super::steps::FULL)
            .into_iter()
            .enumerate()
        {
            let key = if i == 0 { k.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{key:key_w$}  "), ctx.theme.key),
                Span::styled(part, ctx.theme.base),
            ]));
        }
    }
    let h = (lines.len() as u16 + 4).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    let inner = super::widgets::panel::panel(title, ctx, rect, buf);
    lines.push(Line::default());
    let total = lines.len();
    // When the list is longer than the screen: ↑/↓ scroll, the last line says so.
    let room = inner.height.saturating_sub(1) as usize;
    let max_scroll = lines.len().saturating_sub(room);
    let scroll = (app.help_scroll as usize).min(max_scroll);
    let mut shown: Vec<Line> = lines.into_iter().skip(scroll).take(room).collect();
    let close = if max_scroll > 0 {
        T::HelpCloseScroll.fmt(&[&(scroll + 1), &(scroll + shown.len()), &total])
    } else {
        T::HelpClose.s().to_string()
    };
    shown.push(Line::styled(close, ctx.theme.muted));
    Paragraph::new(shown).render(inner, buf);
}
