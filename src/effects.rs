//! Carrying out what the app asks for: open, create, save, export. This is
//! where files are touched; the app and the UI never do.

use crate::app::{
    App, Banner, Effect, HistoryScreen, Meeting, RegistrationScreen, Screen, StartEntry,
    StartScreen,
};
use crate::history::{CaseHistory, NotACase, Rules};
use crate::i18n::T;
use crate::layout::LayoutSet;
use crate::model::{Case, CaseCode, Session};
use crate::plan::{ExportFormat, ExportOptions};
use crate::store::{self, SessionLock};
use crate::timeline::next_session;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The outside world as the running program sees it.
pub struct Host {
    pub sessions_dir: PathBuf,
    /// The lock of the open session; released when another is opened.
    pub lock: Option<SessionLock>,
    /// The lock of the meeting the aanmeldingsformulier edits, when no
    /// meeting of the case was open; released when the form closes.
    pub form_lock: Option<SessionLock>,
    /// Escalation and phase rules (a setting).
    pub rules: Rules,
    /// The words the plan check calls vague (a setting).
    pub vague_words: crate::model::VagueWords,
    /// The words the check that teaches calls opinions (a setting).
    pub opinion_words: crate::model::OpinionWords,
    /// The method's reasons with the plan check in real meetings too.
    pub explain_check: bool,
    pub today: NaiveDate,
    /// c-screens: the training folder the groups are read from.
    pub training_root: PathBuf,
}

impl Host {
    pub fn new(sessions_dir: PathBuf) -> Host {
        Host {
            sessions_dir,
            lock: None,
            form_lock: None,
            rules: Rules::default(),
            vague_words: Default::default(),
            opinion_words: Default::default(),
            explain_check: false,
            today: chrono::Local::now().date_naive(),
            training_root: crate::training::training_root(),
        }
    }

    /// Carries out effects; errors become the app's status line.
    pub fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            let result = match effect {
                Effect::SaveNow => self.save(app),
                Effect::Open(path) => self.open(app, &path),
                Effect::Create {
                    layout,
                    case,
                    date,
                    reopen,
                } => self.create(app, &layout, &case, date, reopen.as_deref()),
                Effect::ExportPlan => self.export_plan(app),
                Effect::ShowHistory(dir) => self.show_history(app, &dir),
                Effect::WriteForm(dir) => self.write_form(app, &dir),
                Effect::OpenRegistration(dir) => self.open_registration(app, &dir),
                Effect::CloseRegistration => {
                    app.close_registration();
                    self.form_lock = None;
                    Ok(())
                }
                Effect::CompareGroups(code) => self.compare_groups(app, &code),
                Effect::NextScripted(dir, code) => self.next_scripted(app, &dir, &code),
                Effect::Quit => Ok(()),
            };
            if let Err(message) = result {
                app.status = Some(message);
            }
        }
    }

    /// c-screens: reads the groups' copies of the practice case `code` in
    /// the training folder and shows them side by side, with the model
    /// answer last; without groups a sentence on how to start them.
    pub fn compare_groups(&mut self, app: &mut App, code: &str) -> Result<(), String> {
        use crate::training::{case_of, common_meeting, find_case, gather_groups, meeting_label};
        let case = find_case(Some(code)).map_err(|e| e.to_string())?;
        // The meeting that is open (a scripted later one too), else the
        // newest that every group has.
        let meeting = app
            .meeting()
            .and_then(|m| m.path.as_deref())
            .and_then(case_of)
            .filter(|(c, _)| c.code == case.code)
            .map(|(_, file)| file)
            .unwrap_or_else(|| common_meeting(&self.training_root, &case));
        let (groups, skipped) =
            gather_groups(&self.training_root, &case, &[], &meeting).map_err(|e| e.to_string())?;
        if groups.is_empty() && !skipped.is_empty() {
            return Err(skipped.join(" "));
        }
        if groups.is_empty() {
            return Err(T::GroupsNone.fmt(&[&case.code]));
        }
        let model = case.model_for(&meeting);
        app.groups = Some(crate::app::groups::GroupsView::of(
            &meeting_label(&case.code, &groups),
            &groups,
            model.as_ref(),
            false,
        ));
        if !skipped.is_empty() {
            app.status = Some(skipped.join(" "));
        }
        Ok(())
    }

    /// c-screens: "volgend overleg" in training: the next scripted meeting
    /// of the practice case whose copy is in `dir`, written next to the
    /// newest meeting (never over a file) and opened, with its date as
    /// today; the status line says what was written where.
    pub fn next_scripted(&mut self, app: &mut App, dir: &Path, code: &str) -> Result<(), String> {
        self.save(app)?;
        let case = crate::training::find_case(Some(code)).map_err(|e| e.to_string())?;
        let made = crate::training::script::next_meeting(dir, &case).map_err(|e| e.to_string())?;
        self.open(app, &made.path)?;
        self.today = made.step.date;
        app.compare = None;
        app.debrief = None;
        app.countdown_into_next_meeting();
        let mut status = T::ScriptWrote.fmt(&[
            &made.step.date.format("%d-%m-%Y"),
            &made.path.display(),
            &made.step.events.len(),
        ]);
        for item in &made.unmatched {
            status.push(' ');
            status.push_str(&T::ScriptUnmatched.fmt(&[item]));
        }
        app.status = Some(status);
        Ok(())
    }

    /// Saves the open meeting if it changed.
    pub fn save(&mut self, app: &mut App) -> Result<(), String> {
        let Some(m) = app.meeting_mut() else {
            return Ok(());
        };
        if !m.dirty {
            return Ok(());
        }
        let Some(path) = m.path.clone() else {
            m.dirty = false;
            return Ok(());
        };
        store::save_session(&path, &m.session).map_err(|e| T::SaveFailed.fmt(&[&e]))?;
        m.dirty = false;
        Ok(())
    }

    /// Writes the plan in Word, HTML and Markdown beside the session and says
    /// where by file name only (no folders with names on the wall).
    pub fn export_plan(&mut self, app: &mut App) -> Result<(), String> {
        self.save(app)?;
        let Some(path) = app.meeting().and_then(|m| m.path.clone()) else {
            return Err(T::NoSessionFile.s().to_string());
        };
        let mut names = Vec::new();
        let mut kept = false;
        let options = ExportOptions::default();
        let loaded = crate::plan::load_for_export(&path).map_err(|e| e.to_string())?;
        for format in [ExportFormat::Docx, ExportFormat::Html, ExportFormat::Md] {
            // An earlier export is never replaced: the new one gets a number.
            let wanted = crate::plan::default_output(&loaded, format, &options);
            let out = store::free_file_name(&wanted);
            kept |= out != wanted;
            crate::plan::write_export(&loaded, format, &options, &out)
                .map_err(|e| e.to_string())?;
            names.push(
                out.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
        // Which redaction the files have: a copy with names is never sent
        // without knowing.
        let redaction = crate::plan::redaction_of(&ExportOptions::default());
        // First: the status line may be cut off at the end.
        let mut status = format!("{redaction} · {}", T::PlanWritten.fmt(&[&names.join(", ")]));
        if kept {
            status.push_str(T::EarlierFilesKept.s());
        }
        // The complete version of a meeting with restricted items is not
        // for the family: said, with how to make their copy.
        let restricted = app.meeting().map_or(0, |m| m.session.restricted_count());
        if restricted > 0 {
            status = format!("{status} · {}", T::AudExportKeyWarning.fmt(&[&restricted]));
        }
        app.status = Some(status);
        Ok(())
    }

    /// Replaces the screen by the case's history; Esc goes back to it.
    pub fn show_history(&mut self, app: &mut App, dir: &Path) -> Result<(), String> {
        let mut history = CaseHistory::load(dir).map_err(|e| e.to_string())?;
        // On the wall (one projected screen) the history shows only what
        // is for everyone present, by the marks of the open meeting.
        if !app.facilitator_view
            && let Some(m) = app.meeting()
        {
            let readers = m.session.wall_readers();
            let meetings = history
                .meetings
                .iter()
                .map(|h| crate::history::Meeting {
                    path: h.path.clone(),
                    session: crate::plan::earlier_for_readers(&h.session, &m.session, &readers),
                })
                .collect();
            history = CaseHistory::from_meetings(
                history.dir.clone(),
                meetings,
                std::mem::take(&mut history.problems),
            );
        }
        // The history screen may be on the wall: scores the room has not
        // seen yet (hidden until revealed) are not shown there either.
        for m in &mut history.meetings {
            for scale in m.session.scales.iter_mut().filter(|sc| sc.hidden) {
                for a in &mut scale.answers {
                    a.score = None;
                }
            }
        }
        let text = crate::history::render(
            &history,
            &self.rules,
            self.today,
            &app.layouts,
            crate::history::Paint { color: false },
            120,
        );
        let escalate = history
            .signals(&self.rules, self.today)
            .iter()
            .any(|s| s.is_escalation());
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for p in &history.problems {
            lines.push(format!("⚠ {}", p.message()));
        }
        let back = std::mem::replace(&mut app.screen, Screen::Start(Box::default()));
        app.screen = Screen::History(Box::new(HistoryScreen {
            code: history.code(),
            dir: dir.to_path_buf(),
            lines,
            scroll: 0,
            escalate,
            back,
        }));
        Ok(())
    }

    /// Writes the MDA++ aanmeldingsformulier (Word) of the case's newest
    /// meeting beside it and says which file and in which folder. A file
    /// of that name is never overwritten: the new one gets a number.
    pub fn write_form(&mut self, app: &mut App, dir: &Path) -> Result<(), String> {
        self.save(app)?;
        let history = CaseHistory::load(dir).map_err(|e| e.to_string())?;
        let newest = history
            .newest()
            .ok_or_else(|| T::NoSessionFile.s().to_string())?;
        let options = ExportOptions {
            form: crate::plan::Form::Aanmelding,
            ..ExportOptions::default()
        };
        let loaded = crate::plan::load_for_export(&newest.path).map_err(|e| e.to_string())?;
        let wanted = crate::plan::default_output(&loaded, ExportFormat::Docx, &options);
        let out = store::free_file_name(&wanted);
        crate::plan::write_export(&loaded, ExportFormat::Docx, &options, &out)
            .map_err(|e| e.to_string())?;
        let name = |p: &Path| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        };
        // Where, without a path that may hold a name: the case's folder.
        let folder = history.code();
        let text = if out == wanted {
            T::FormWrittenAt.fmt(&[&name(&out), &folder])
        } else {
            T::FormWrittenNew.fmt(&[&name(&out), &folder])
        };
        app.status = Some(text);
        Ok(())
    }

    /// Opens the aanmeldingsformulier of the case in `dir` over the screen:
    /// on the open meeting when that is the case's newest, else on the
    /// newest meeting, whose lock is held while the form is open.
    pub fn open_registration(&mut self, app: &mut App, dir: &Path) -> Result<(), String> {
        self.save(app)?;
        let history = CaseHistory::load(dir).map_err(|e| e.to_string())?;
        let newest = history
            .newest()
            .ok_or_else(|| T::NoSessionFile.s().to_string())?;
        let signals = history.signals(&self.rules, self.today);
        let open = app
            .meeting()
            .filter(|m| m.path.as_ref().is_some_and(|p| same_file(p, &newest.path)))
            .map(|m| m.session.clone());
        let back = std::mem::replace(&mut app.screen, Screen::Start(Box::default()));
        if let Some(session) = open {
            app.screen = Screen::Registration(Box::new(RegistrationScreen::new(
                &session,
                &signals,
                &self.rules,
                None,
                back,
            )));
            return Ok(());
        }
        let opened = (|| {
            let session = store::load_session(&newest.path).map_err(|e| e.to_string())?;
            let layout = app.layouts.get(&session.layout).cloned().ok_or_else(|| {
                T::ErrUnknownLayout.fmt(&[&session.layout, &app.layouts.names().join(", ")])
            })?;
            let lock = SessionLock::acquire(&newest.path).map_err(|e| e.to_string())?;
            Ok::<_, String>((session, layout, lock))
        })();
        let (session, layout, lock) = match opened {
            Ok(x) => x,
            Err(e) => {
                app.screen = back;
                return Err(e);
            }
        };
        self.form_lock = Some(lock);
        let own = Meeting::new(session.clone(), layout, Some(newest.path.clone()));
        app.screen = Screen::Registration(Box::new(RegistrationScreen::new(
            &session,
            &signals,
            &self.rules,
            Some(Box::new(own)),
            back,
        )));
        Ok(())
    }

    pub fn open(&mut self, app: &mut App, path: &Path) -> Result<(), String> {
        self.open_with(app, path, None)
    }

    /// Opens `path`; `past` is the case before it when the caller has
    /// already read the case folder (a new meeting), so it is not read again.
    fn open_with(
        &mut self,
        app: &mut App,
        path: &Path,
        past: Option<crate::timeline::Past>,
    ) -> Result<(), String> {
        let session = store::load_session(path).map_err(|e| e.to_string())?;
        let layout = app.layouts.get(&session.layout).cloned().ok_or_else(|| {
            T::ErrUnknownLayout.fmt(&[&session.layout, &app.layouts.names().join(", ")])
        })?;
        // Release the old lock only once the new one is held.
        let lock = SessionLock::acquire(path).map_err(|e| e.to_string())?;
        self.save(app)?;
        if lock.took_over_stale {
            app.status = Some(T::OpenedTookOverLock.s().to_string());
        }
        self.lock = Some(lock);
        let past = past.unwrap_or_else(|| crate::history::past_for(path, &session, &self.rules));
        let mut meeting = Meeting::new(session, layout, Some(path.to_path_buf()));
        meeting.past = past;
        meeting.past.vague = self.vague_words.clone();
        meeting.past.opinion = self.opinion_words.clone();
        meeting.past.explain = self.explain_check;
        app.screen = Screen::Meeting(Box::new(meeting));
        // A practice case's meeting (issue 16): its example is read only;
        // its model answer and teaching points are at hand, whoever opened
        // it (`top3 train`, `n`).
        app.example = crate::training::is_example(path);
        app.model = crate::training::case_of(path)
            .and_then(|(case, file)| case.model_for(&file))
            .map(Box::new);
        app.teaching = crate::training::teaching_for(path);
        Ok(())
    }

    pub fn create(
        &mut self,
        app: &mut App,
        layout: &str,
        case: &str,
        date: NaiveDate,
        reopen: Option<&str>,
    ) -> Result<(), String> {
        let created = create_session(
            &self.sessions_dir,
            &app.layouts,
            Some(layout),
            case,
            date,
            &self.rules,
            reopen,
        )?;
        let past = match &created.history {
            Some(h) => crate::timeline::Past::with_signals(
                h.meetings.iter().map(|m| &m.session),
                &created.session,
                &self.rules,
            ),
            None => crate::timeline::Past::default(),
        };
        self.open_with(app, &created.path, Some(past))
    }
}

/// The same file, also when one path is relative.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// A new meeting written to disk, and what it continued from.
pub struct Created {
    pub path: PathBuf,
    pub session: Session,
    /// The case so far, when it had meetings.
    pub history: Option<CaseHistory>,
    /// The meeting this one continues from (carry-forward).
    pub previous: Option<Session>,
}

/// Writes a new meeting for a case. When the case has meetings, the new one
/// continues from the newest (participants, TOP 3, conditions and open
/// actions carried, the review prepared) and `layout` defaults to the newest
/// meeting's layout.
pub fn create_session(
    dir: &Path,
    layouts: &LayoutSet,
    layout: Option<&str>,
    case: &str,
    date: NaiveDate,
    rules: &Rules,
    reopen: Option<&str>,
) -> Result<Created, String> {
    let code = CaseCode::new(case)
        .map_err(|e| T::ErrCaseCode.fmt(&[&case, &crate::i18n::case_code_problem(&e)]))?;
    let history = match CaseHistory::load(&dir.join(code.as_str())) {
        Ok(h) => Some(h),
        Err(NotACase::NotFound(_) | NotACase::NoSessions(_)) => None,
        Err(e) => return Err(e.to_string()),
    };
    let previous = match &history {
        Some(h) => h
            .continue_from()
            .map_err(|p| T::NewCorruptNewest.fmt(&[p]))?
            .map(|m| m.session.clone()),
        None => None,
    };
    let pick = |name: &str| {
        layouts
            .get(name)
            .ok_or_else(|| T::ErrUnknownLayout.fmt(&[&name, &layouts.names().join(", ")]))
    };
    let session = match &previous {
        Some(prev) => {
            if date < prev.date {
                return Err(T::NewDateBeforeNewest
                    .fmt(&[&date.format("%d-%m-%Y"), &prev.date.format("%d-%m-%Y")]));
            }
            // After an expertoverleg the case goes back to the coördinator:
            // without --layout, the layout of its last network meeting.
            let default = match &history {
                Some(h) => layout_after(prev, h.meetings.iter().map(|m| &m.session), layouts),
                None => prev.layout.clone(),
            };
            let layout = pick(layout.unwrap_or(&default))?;
            // An expertoverleg (or casusoverleg) keeps the case's phase and
            // its TOP 3; only a layout of another phase changes it.
            let phase = if layout.follows_case {
                prev.phase
            } else {
                layout.phase
            };
            let mut next = next_session(prev, layout.kind, phase, &layout.name, date);
            if let Some(h) = &history {
                crate::timeline::carry_people(&mut next, h.meetings.iter().map(|m| &m.session));
            }
            next
        }
        None => {
            let name = layout.ok_or_else(|| T::NeedLayout.fmt(&[&layouts.names().join(", ")]))?;
            let layout = pick(name)?;
            Session::new(
                Case::new(code.clone()),
                layout.kind,
                layout.phase,
                &layout.name,
                date,
            )
        }
    };
    let mut session = session;
    // A closed case reopens only with a reason, which the meeting keeps.
    if let Some(prev) = previous.as_ref().filter(|p| p.closes_case) {
        let reason = reopen.map(str::trim).filter(|r| !r.is_empty());
        let Some(reason) = reason else {
            return Err(T::ErrCaseClosed.fmt(&[&code, &prev.date.format("%d-%m-%Y")]));
        };
        session.reopened = Some(reason.to_string());
    }
    // The threshold of the settings now: this meeting's plan keeps it.
    session.threshold = Some(rules.threshold);
    let path = store::new_session_path(dir, code.as_str(), date, &session.layout);
    store::save_session(&path, &session).map_err(|e| T::ErrSave.fmt(&[&path.display(), &e]))?;
    Ok(Created {
        path,
        session,
        history,
        previous,
    })
}

/// The layout a new meeting takes when none is named: the newest meeting's,
/// but after an MDA++ expertoverleg the layout of the case's last meeting
/// that was not one (the coördinator takes the case back to the family and
/// network), or else a network meeting layout of the case's phase.
pub fn layout_after<'a>(
    prev: &Session,
    case: impl IntoIterator<Item = &'a Session>,
    layouts: &LayoutSet,
) -> String {
    use crate::model::MeetingKind;
    if prev.kind != MeetingKind::Expertoverleg {
        return prev.layout.clone();
    }
    let mut earlier: Vec<&Session> = case
        .into_iter()
        .filter(|s| s.kind != MeetingKind::Expertoverleg && s.date <= prev.date)
        .collect();
    earlier.sort_by_key(|s| s.date);
    if let Some(s) = earlier.last()
        && layouts.get(&s.layout).is_some()
    {
        return s.layout.clone();
    }
    layouts
        .layouts
        .iter()
        .map(|(l, _)| l)
        .find(|l| l.kind == MeetingKind::Netwerkoverleg && l.phase == prev.phase)
        .or_else(|| {
            layouts
                .layouts
                .iter()
                .map(|(l, _)| l)
                .find(|l| l.kind != MeetingKind::Expertoverleg && l.phase == prev.phase)
        })
        .map_or_else(|| prev.layout.clone(), |l| l.name.clone())
}

/// The start screen's list: every session of every case, newest first, and
/// per case its most urgent signal.
pub fn start_screen(dir: &Path, today: NaiveDate, rules: &Rules) -> StartScreen {
    let mut entries = Vec::new();
    let mut banners = Vec::new();
    for case in store::list_cases(dir) {
        let Ok(history) = CaseHistory::load(&case.path) else {
            continue;
        };
        // A case whose newest meeting closed it is marked in every row.
        let closed = history
            .meetings
            .last()
            .filter(|m| m.session.closes_case)
            .map(|m| m.session.date);
        for m in history.meetings.iter().rev() {
            entries.push(StartEntry {
                closed,
                case: case.code.clone(),
                path: m.path.clone(),
                date: Some(m.session.date),
                kind: Some(m.session.kind),
                phase: Some(m.session.phase),
                problem: None,
            });
        }
        for p in &history.problems {
            entries.push(StartEntry {
                case: case.code.clone(),
                path: p.path.clone(),
                date: None,
                kind: None,
                phase: None,
                problem: Some(p.clone()),
                closed,
            });
        }
        // A closed case is marked in its title; only a due follow-up is a
        // banner.
        if let Some(signal) = history
            .most_urgent(rules, today)
            .filter(|s| !matches!(s, crate::history::Signal::CaseClosed { .. }))
        {
            banners.push(Banner {
                case: case.code.clone(),
                text: signal.describe(rules),
                escalation: signal.is_escalation(),
                warn: signal.urgency() >= 3,
            });
        }
    }
    let mut screen = StartScreen::new(entries, today, dir.to_path_buf());
    screen.banners = banners;
    screen
}
