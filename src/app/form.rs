//! The edit form: labelled text fields, edited with ratatui-textarea.

use super::keymap::{FormCommand, Key};
use crate::i18n::T;
use crate::model::Session;
use crossterm::event::KeyCode;
use ratatui_textarea::{Input, Key as TKey, TextArea, WrapMode};

/// The key of a typed input, as the keymap writes keys; `None` for keys
/// the keymap has no name for.
pub fn key_of(input: &Input) -> Option<Key> {
    let code = match input.key {
        TKey::Char(c) => KeyCode::Char(c),
        TKey::Tab if input.shift => KeyCode::BackTab,
        TKey::Tab => KeyCode::Tab,
        TKey::Enter => KeyCode::Enter,
        TKey::Esc => KeyCode::Esc,
        TKey::Up => KeyCode::Up,
        TKey::Down => KeyCode::Down,
        TKey::Left => KeyCode::Left,
        TKey::Right => KeyCode::Right,
        TKey::Backspace => KeyCode::Backspace,
        TKey::Delete => KeyCode::Delete,
        TKey::Home => KeyCode::Home,
        TKey::End => KeyCode::End,
        TKey::PageUp => KeyCode::PageUp,
        TKey::PageDown => KeyCode::PageDown,
        TKey::F(n) => KeyCode::F(n),
        _ => return None,
    };
    // A typed character or a back-tab already carries its shift.
    let shift = input.shift && !matches!(code, KeyCode::Char(_) | KeyCode::BackTab);
    Some(Key {
        code,
        ctrl: input.ctrl,
        alt: input.alt,
        shift,
    })
}

/// Reads ja / nee as typed or stored (also yes / no, j / n, 1 / 0; empty is
/// nee); `None` for anything else.
pub fn read_yes_no(text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    match t.as_str() {
        "ja" | "j" | "yes" | "y" | "1" | "true" => Some(true),
        "nee" | "n" | "no" | "0" | "false" | "" => Some(false),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Line,
    /// Several lines; Alt-Enter starts a new line.
    Multi,
    /// A date: yyyy-mm-dd or dd-mm-yyyy; empty for none.
    Date,
    /// ja / nee.
    YesNo,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: T,
    pub kind: FieldKind,
    pub area: TextArea<'static>,
}

impl Field {
    pub fn new(label: T, kind: FieldKind, value: &str) -> Field {
        let lines: Vec<String> = if value.is_empty() {
            vec![String::new()]
        } else {
            value.split('\n').map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_max_histories(200);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Field { label, kind, area }
    }

    /// Sets a yes/no field to ja or nee (in the screen's language).
    pub fn set_yes_no(&mut self, yes: bool) {
        let word = if yes { T::Yes.s() } else { T::No.s() };
        self.area = TextArea::new(vec![word.to_string()]);
    }

    pub fn value(&self) -> String {
        let text = self.area.lines().join("\n");
        match self.kind {
            FieldKind::Multi => text,
            _ => text.trim().to_string(),
        }
    }
}

/// An open form: its fields, which one has the cursor, and the session as it
/// was when the form opened (for one undo step per form).
#[derive(Debug, Clone)]
pub struct Form {
    pub title: T,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub before: Session,
    /// True when the item was created by opening this form.
    pub is_new: bool,
    /// A problem with the current field's value ("datum niet herkend").
    pub error: Option<String>,
}

/// What the form did with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormOutcome {
    Edited,
    Moved,
    Close,
    Ignored,
}

impl Form {
    pub fn new(title: T, fields: Vec<Field>, before: Session, is_new: bool) -> Form {
        Form {
            title,
            fields,
            focus: 0,
            before,
            is_new,
            error: None,
        }
    }

    pub fn values(&self) -> Vec<String> {
        self.fields.iter().map(Field::value).collect()
    }

    pub fn is_blank(&self) -> bool {
        // A yes/no field left at nee is not something typed.
        self.fields.iter().all(|f| {
            f.value().is_empty()
                || (f.kind == FieldKind::YesNo && read_yes_no(&f.value()) == Some(false))
        })
    }

    /// Handles a key typed into the form. The form's own keys come from
    /// [`FORM_KEYS`](super::keymap::FORM_KEYS); the rest edit the field.
    pub fn input(&mut self, input: Input) -> FormOutcome {
        let n = self.fields.len();
        let kind = self.fields[self.focus].kind;
        let command = key_of(&input).and_then(|k| FormCommand::of(&k, kind == FieldKind::YesNo));
        match command {
            Some(FormCommand::Done) => return FormOutcome::Close,
            Some(FormCommand::PrevField) => {
                self.focus = (self.focus + n - 1) % n;
                return FormOutcome::Moved;
            }
            Some(FormCommand::NextField) => {
                self.focus = (self.focus + 1) % n;
                return FormOutcome::Moved;
            }
            Some(FormCommand::NewLine) if kind == FieldKind::Multi => {
                self.fields[self.focus].area.insert_newline();
                return FormOutcome::Edited;
            }
            Some(FormCommand::NewLine | FormCommand::NextOrDone) => {
                if self.focus + 1 >= n {
                    return FormOutcome::Close;
                }
                self.focus += 1;
                return FormOutcome::Moved;
            }
            Some(c @ (FormCommand::Switch | FormCommand::Yes | FormCommand::No)) => {
                let field = &mut self.fields[self.focus];
                let now = read_yes_no(&field.value()).unwrap_or(false);
                let yes = match c {
                    FormCommand::Yes => true,
                    FormCommand::No => false,
                    _ => !now,
                };
                field.set_yes_no(yes);
                return FormOutcome::Edited;
            }
            None => {}
        }
        if kind == FieldKind::YesNo {
            // A yes/no field takes no free text.
            return FormOutcome::Ignored;
        }
        match input {
            Input {
                key: TKey::Char('s'),
                ctrl: true,
                ..
            } => FormOutcome::Ignored,
            other => {
                if self.fields[self.focus].area.input(other) {
                    FormOutcome::Edited
                } else {
                    FormOutcome::Ignored
                }
            }
        }
    }

    /// Pastes text into the current field; single-line fields get one line;
    /// a yes/no field only takes a pasted ja or nee.
    pub fn paste(&mut self, text: &str) {
        let field = &mut self.fields[self.focus];
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        if field.kind == FieldKind::YesNo {
            if let Some(yes) = read_yes_no(&text) {
                field.set_yes_no(yes);
            }
        } else if field.kind == FieldKind::Multi {
            field.area.insert_str(&text);
        } else {
            field.area.insert_str(text.replace('\n', " "));
        }
    }
}
