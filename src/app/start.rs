//! The start screen: sessions found, and a form for a new meeting.

use super::{Action, Command, Effect};
use crate::i18n::T;
use crate::layout::LayoutSet;
use crate::model::{CaseCode, MeetingKind, Phase};
use chrono::NaiveDate;
use ratatui_textarea::{Input, Key as TKey, TextArea};
use std::path::PathBuf;

/// One session on the start screen.
#[derive(Debug, Clone, PartialEq)]
pub struct StartEntry {
    pub case: String,
    pub path: PathBuf,
    pub date: Option<NaiveDate>,
    pub kind: Option<MeetingKind>,
    pub phase: Option<Phase>,
    /// Why the file could not be read, if it could not. The screen shows
    /// only its message (no paths on the wall).
    pub problem: Option<crate::store::LoadError>,
    /// The case was closed in this (its newest) meeting.
    pub closed: Option<NaiveDate>,
}

/// The most urgent signal of a case, as a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Banner {
    pub case: String,
    pub text: String,
    /// The case must go to the MDA++ expertoverleg.
    pub escalation: bool,
}

impl StartScreen {
    /// The case's name in a list: its code, and "afgesloten op …" when its
    /// newest meeting closed it.
    pub fn case_title(&self, case: &str) -> String {
        let closed = self
            .entries
            .iter()
            .find(|e| e.case == case)
            .and_then(|e| e.closed);
        match closed {
            Some(d) => T::CaseClosedTitle.fmt(&[&case, &d.format("%d-%m-%Y")]),
            None => format!("{} {case}", T::Case.s()),
        }
    }

    pub fn banner(&self, case: &str) -> Option<&Banner> {
        self.banners.iter().find(|b| b.case == case)
    }
}

#[derive(Debug, Clone)]
pub struct NewMeetingForm {
    pub layout: usize,
    pub case: TextArea<'static>,
    pub date: TextArea<'static>,
    /// Why a closed case is reopened (asked only for a closed case).
    pub reopen: TextArea<'static>,
    /// 0: layout, 1: case code, 2: date, 3: the reason to reopen.
    pub focus: usize,
    pub error: Option<String>,
    /// The closed cases and the day each was closed.
    pub closed: Vec<(String, NaiveDate)>,
}

impl NewMeetingForm {
    /// The day the typed case was closed, when it is closed.
    pub fn closed_on(&self) -> Option<NaiveDate> {
        let code = self.case.lines().join("");
        let code = code.trim();
        self.closed
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, d)| *d)
    }

    fn fields(&self) -> usize {
        if self.closed_on().is_some() { 4 } else { 3 }
    }
}

#[derive(Debug, Clone, Default)]
pub struct StartScreen {
    /// Sessions grouped by case (cases sorted by code), newest first within a case.
    pub entries: Vec<StartEntry>,
    pub selected: usize,
    pub new_meeting: Option<NewMeetingForm>,
    pub today: NaiveDate,
    /// Where new sessions go (shown only as "the sessions folder").
    pub dir: PathBuf,
    /// Per case, its most urgent signal (escalation first).
    pub banners: Vec<Banner>,
}

impl StartScreen {
    pub fn new(entries: Vec<StartEntry>, today: NaiveDate, dir: PathBuf) -> StartScreen {
        StartScreen {
            entries,
            selected: 0,
            new_meeting: None,
            today,
            dir,
            banners: Vec::new(),
        }
    }

    pub fn open_new_form(&mut self, layouts: &LayoutSet) {
        let case = self
            .entries
            .get(self.selected)
            .map(|e| e.case.clone())
            .unwrap_or_default();
        let layout = self
            .entries
            .get(self.selected)
            .and_then(|e| {
                let name = e.path.file_stem()?.to_str()?.get(11..)?.to_string();
                layouts.names().iter().position(|n| *n == name)
            })
            .unwrap_or(0);
        let mut case_area = TextArea::new(vec![case]);
        case_area.move_cursor(ratatui_textarea::CursorMove::End);
        let mut date = TextArea::new(vec![self.today.format("%d-%m-%Y").to_string()]);
        date.move_cursor(ratatui_textarea::CursorMove::End);
        let mut closed: Vec<(String, NaiveDate)> = self
            .entries
            .iter()
            .filter_map(|e| Some((e.case.clone(), e.closed?)))
            .collect();
        closed.dedup();
        self.new_meeting = Some(NewMeetingForm {
            layout,
            case: case_area,
            date,
            reopen: TextArea::default(),
            focus: 0,
            error: None,
            closed,
        });
    }

    pub fn update(&mut self, action: Action, layouts: &LayoutSet) -> (Vec<Effect>, Option<String>) {
        if let Some(form) = &mut self.new_meeting {
            return match action {
                Action::Input(input) => match form_input(form, input, layouts) {
                    FormResult::Cancel => {
                        self.new_meeting = None;
                        (Vec::new(), None)
                    }
                    FormResult::Submit(effect) => {
                        self.new_meeting = None;
                        (vec![effect], None)
                    }
                    FormResult::Stay => (Vec::new(), None),
                },
                Action::Command(Command::Quit) => (vec![Effect::Quit], None),
                Action::Paste(text) => {
                    let line = text.replace(['\n', '\r'], " ");
                    match form.focus {
                        1 => form.case.insert_str(line),
                        2 => form.date.insert_str(line),
                        3 => form.reopen.insert_str(line),
                        _ => false,
                    };
                    (Vec::new(), None)
                }
                _ => (Vec::new(), None),
            };
        }
        match action {
            Action::Command(Command::Up) => {
                self.selected = self.selected.saturating_sub(1);
            }
            Action::Command(Command::Down) if self.selected + 1 < self.entries.len() => {
                self.selected += 1;
            }
            Action::Command(Command::Edit) => {
                if let Some(e) = self.entries.get(self.selected) {
                    if let Some(p) = &e.problem {
                        return (Vec::new(), Some(p.message()));
                    }
                    return (vec![Effect::Open(e.path.clone())], None);
                }
            }
            Action::Command(Command::History) => {
                if let Some(dir) = self
                    .entries
                    .get(self.selected)
                    .and_then(|e| e.path.parent())
                {
                    return (vec![Effect::ShowHistory(dir.to_path_buf())], None);
                }
            }
            Action::Command(Command::New) | Action::Command(Command::Add) => {
                self.open_new_form(layouts)
            }
            Action::Command(Command::Quit) | Action::Command(Command::Escape) => {
                return (vec![Effect::Quit], None);
            }
            _ => {}
        }
        (Vec::new(), None)
    }
}

enum FormResult {
    Stay,
    Cancel,
    Submit(Effect),
}

fn form_input(form: &mut NewMeetingForm, input: Input, layouts: &LayoutSet) -> FormResult {
    let n_layouts = layouts.layouts.len().max(1);
    match input {
        Input { key: TKey::Esc, .. } => return FormResult::Cancel,
        Input {
            key: TKey::Tab,
            shift: true,
            ..
        } => form.focus = (form.focus + form.fields() - 1) % form.fields(),
        Input { key: TKey::Tab, .. } => form.focus = (form.focus + 1) % form.fields(),
        Input { key: TKey::Up, .. } if form.focus == 0 => {
            form.layout = (form.layout + n_layouts - 1) % n_layouts
        }
        Input {
            key: TKey::Down, ..
        } if form.focus == 0 => form.layout = (form.layout + 1) % n_layouts,
        Input {
            key: TKey::Enter, ..
        } => {
            let code = form.case.lines().join("").trim().to_string();
            if let Err(e) = CaseCode::new(&code) {
                form.error =
                    Some(T::ErrCaseCode.fmt(&[&code, &crate::i18n::case_code_problem(&e)]));
                form.focus = 1;
                return FormResult::Stay;
            }
            let date_text = form.date.lines().join("");
            let Some(date) = crate::model::parse_date(&date_text) else {
                form.error = Some(T::DateNotRecognised.fmt(&[&date_text]));
                form.focus = 2;
                return FormResult::Stay;
            };
            let Some((layout, _)) = layouts.layouts.get(form.layout) else {
                return FormResult::Stay;
            };
            let reason = form.reopen.lines().join(" ").trim().to_string();
            if let Some(closed) = form.closed_on()
                && reason.is_empty()
            {
                form.error = Some(T::ReopenAsk.fmt(&[&code, &closed.format("%d-%m-%Y")]));
                form.focus = 3;
                return FormResult::Stay;
            }
            return FormResult::Submit(Effect::Create {
                layout: layout.name.clone(),
                case: code,
                date,
                reopen: (!reason.is_empty()).then_some(reason),
            });
        }
        other => {
            match form.focus {
                1 => form.case.input(other),
                2 => form.date.input(other),
                3 => form.reopen.input(other),
                _ => false,
            };
        }
    }
    form.error = None;
    FormResult::Stay
}
