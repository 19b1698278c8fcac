//! The edit form: labelled text fields, edited with ratatui-textarea.

use crate::i18n::T;
use crate::model::Session;
use ratatui_textarea::{Input, Key as TKey, TextArea, WrapMode};

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
        self.fields.iter().all(|f| f.value().is_empty())
    }

    /// Handles a key typed into the form.
    pub fn input(&mut self, input: Input) -> FormOutcome {
        let n = self.fields.len();
        match input {
            Input { key: TKey::Esc, .. } => FormOutcome::Close,
            Input {
                key: TKey::Tab,
                shift: true,
                ..
            }
            | Input {
                key: TKey::Up,
                alt: true,
                ..
            } => {
                self.focus = (self.focus + n - 1) % n;
                FormOutcome::Moved
            }
            Input { key: TKey::Tab, .. }
            | Input {
                key: TKey::Down,
                alt: true,
                ..
            } => {
                self.focus = (self.focus + 1) % n;
                FormOutcome::Moved
            }
            Input {
                key: TKey::Enter,
                alt: true,
                ..
            }
            | Input {
                key: TKey::Enter,
                shift: true,
                ..
            } if self.fields[self.focus].kind == FieldKind::Multi => {
                self.fields[self.focus].area.insert_newline();
                FormOutcome::Edited
            }
            Input {
                key: TKey::Enter, ..
            } => {
                if self.focus + 1 >= n {
                    FormOutcome::Close
                } else {
                    self.focus += 1;
                    FormOutcome::Moved
                }
            }
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

    /// Pastes text into the current field; single-line fields get one line.
    pub fn paste(&mut self, text: &str) {
        let field = &mut self.fields[self.focus];
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        if field.kind == FieldKind::Multi {
            field.area.insert_str(&text);
        } else {
            field.area.insert_str(text.replace('\n', " "));
        }
    }
}
