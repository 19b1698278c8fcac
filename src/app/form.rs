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
    /// One of a few answers, or none yet (empty): Space and ←/→ go to the
    /// next, Backspace clears; j / n pick ja / nee when they are answers.
    Choice(&'static [T]),
}

impl FieldKind {
    /// Answered by picking (yes/no or a choice), not by typing.
    pub fn is_pick(self) -> bool {
        matches!(self, FieldKind::YesNo | FieldKind::Choice(_))
    }
}

/// The answers of a ja / nee question that may be left unanswered.
pub const YES_NO: &[T] = &[T::Yes, T::No];

/// The index of `text` among `options` (in either language, any case).
pub fn choice_index(options: &[T], text: &str) -> Option<usize> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    options
        .iter()
        .position(|o| {
            o.s().to_lowercase() == t || o.nl().to_lowercase() == t || o.en().to_lowercase() == t
        })
        .or_else(|| {
            // A yes/no answer typed as j / y / 1 …
            let yes = read_yes_no(&t)?;
            options
                .iter()
                .position(|o| *o == if yes { T::Yes } else { T::No })
        })
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: T,
    pub kind: FieldKind,
    pub area: TextArea<'static>,
    /// A label the layout gives (a list step's column), instead of `label`.
    pub custom: Option<String>,
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
        Field {
            label,
            kind,
            area,
            custom: None,
        }
    }

    /// A field whose label comes from a layout (a list step's column).
    pub fn custom(label: String, kind: FieldKind, value: &str) -> Field {
        let mut field = Field::new(T::FieldListCell, kind, value);
        field.custom = Some(label);
        field
    }

    /// The label as shown.
    pub fn label_text(&self) -> &str {
        self.custom.as_deref().unwrap_or(self.label.s())
    }

    /// Sets a yes/no field to ja or nee (in the screen's language).
    pub fn set_yes_no(&mut self, yes: bool) {
        let word = if yes { T::Yes.s() } else { T::No.s() };
        self.area = TextArea::new(vec![word.to_string()]);
    }

    /// Sets a choice field to an answer, or to none.
    pub fn set_choice(&mut self, index: Option<usize>) {
        let word = match (self.kind, index) {
            (FieldKind::Choice(options), Some(i)) => options.get(i).map_or("", |t| t.s()),
            _ => "",
        };
        self.area = TextArea::new(vec![word.to_string()]);
    }

    /// The answer of a choice field, if one is picked.
    pub fn choice(&self) -> Option<usize> {
        match self.kind {
            FieldKind::Choice(options) => choice_index(options, &self.value()),
            _ => None,
        }
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
    /// A title the layout gives (a list step's title), instead of `title`.
    pub custom_title: Option<String>,
    /// c-fix3: closing was just refused for a date that is not one; a
    /// second `Esc` closes without it (nobody is locked in a form).
    pub refused: bool,
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
            custom_title: None,
            refused: false,
        }
    }

    /// The title as shown.
    pub fn title_text(&self) -> &str {
        self.custom_title.as_deref().unwrap_or(self.title.s())
    }

    pub fn values(&self) -> Vec<String> {
        self.fields.iter().map(Field::value).collect()
    }

    /// c-fix3: the first field holding a date that is not one (a date
    /// field that does not read, or "31-02-2026" as a fact's when or an
    /// agreement's term), with the sentence that says why. The form stays
    /// open on it, the text kept, instead of closing and dropping it.
    /// The third part says what closing anyway (a second `Esc`) does.
    pub fn bad_date(&self) -> Option<(usize, String, String)> {
        self.fields.iter().enumerate().find_map(|(i, f)| {
            let value = f.value();
            let impossible = || {
                super::items::impossible_date(&value)
                    .map(|d| (T::DateStaysOpen.fmt(&[&d]), T::DateRefused.fmt(&[&d])))
            };
            let bad = match f.kind {
                FieldKind::Date if super::items::read_date(&value).is_err() => impossible()
                    .or_else(|| {
                        Some((
                            T::DateUnknownStaysOpen.fmt(&[&value]),
                            T::DateNotRecognised.fmt(&[&value]),
                        ))
                    }),
                FieldKind::Date => None,
                _ if f.custom.is_none() && matches!(f.label, T::FieldWhen | T::FieldTerm) => {
                    impossible()
                }
                _ => None,
            };
            bad.map(|(open, closed)| (i, open, closed))
        })
    }

    /// Nothing typed: every text empty, every yes/no field nee.
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| match f.kind {
            FieldKind::YesNo => read_yes_no(&f.value()) == Some(false),
            _ => f.value().is_empty(),
        })
    }

    /// Handles a key typed into the form. The form's own keys come from
    /// [`FORM_KEYS`](super::keymap::FORM_KEYS); the rest edit the field.
    pub fn input(&mut self, input: Input) -> FormOutcome {
        let n = self.fields.len();
        let kind = self.fields[self.focus].kind;
        let command = key_of(&input).and_then(|k| FormCommand::of(&k, kind.is_pick()));
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
            Some(c @ (FormCommand::Switch | FormCommand::Yes | FormCommand::No))
                if matches!(kind, FieldKind::Choice(_)) =>
            {
                let field = &mut self.fields[self.focus];
                let FieldKind::Choice(options) = kind else {
                    return FormOutcome::Ignored;
                };
                let now = field.choice();
                let pick = match c {
                    FormCommand::Yes => options.iter().position(|o| *o == T::Yes),
                    FormCommand::No => options.iter().position(|o| *o == T::No),
                    _ => Some(now.map_or(0, |i| (i + 1) % options.len().max(1))),
                };
                if pick.is_none() || pick == now {
                    return FormOutcome::Ignored;
                }
                field.set_choice(pick);
                return FormOutcome::Edited;
            }
            Some(FormCommand::Clear) => {
                if kind == FieldKind::YesNo {
                    return FormOutcome::Ignored;
                }
                if let FieldKind::Choice(_) = kind {
                    let field = &mut self.fields[self.focus];
                    if field.choice().is_none() {
                        return FormOutcome::Ignored;
                    }
                    field.set_choice(None);
                    return FormOutcome::Edited;
                }
                // Undoable: Ctrl-Z brings the text back.
                return if self.fields[self.focus].area.clear() {
                    FormOutcome::Edited
                } else {
                    FormOutcome::Ignored
                };
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
        if let FieldKind::Choice(_) = kind {
            // Backspace or Del takes the answer back: not answered.
            let field = &mut self.fields[self.focus];
            if matches!(input.key, TKey::Backspace | TKey::Delete) && field.choice().is_some() {
                field.set_choice(None);
                return FormOutcome::Edited;
            }
            return FormOutcome::Ignored;
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
            // Undo typing in the field (Ctrl-U clears it instead).
            Input {
                key: TKey::Char('z'),
                ctrl: true,
                alt: false,
                ..
            } => {
                if self.fields[self.focus].area.undo() {
                    FormOutcome::Edited
                } else {
                    FormOutcome::Ignored
                }
            }
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
        if let FieldKind::Choice(options) = field.kind {
            if let Some(i) = choice_index(options, &text) {
                field.set_choice(Some(i));
            }
        } else if field.kind == FieldKind::YesNo {
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
