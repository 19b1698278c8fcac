//! The formal TOP 3 plan: the plan check, exports as Markdown, HTML and Word,
//! the MDA++ aanmeldingsformulier, and redaction.
//!
//! Everything is built as one neutral [`Document`] first; the renderers
//! only lay it out, so the three formats say the same thing.

mod aanmelding;
mod approach_document;
mod audience;
mod chart;
mod check;
mod dates;
mod document;
mod docx;
mod form_text;
mod handover;
mod html;
mod markdown;
// h-method: scenario, voices apart, list steps and the mapping.
mod method;
mod pdf;
mod plan_document;
mod plan_over_time;
mod redact;
mod sharing;
mod status;
// h-course2: the check that teaches.
mod teach;

pub use aanmelding::{
    aanmelding_document, check_registration, criterion_name, dates_as_months, sharing_text,
};
pub use audience::{
    AudienceError, audience_label, earlier_for_readers, for_audience, for_readers, left_out_line,
    parse_audience, reporter_word,
};
pub use check::{
    ActionPart, Finding, VagueField, VagueWords, check, check_case, check_with, is_firm,
};
pub use dates::{DateStyle, week_label};
pub use document::{Block, Chart, ChartPoint, Document, Meta, Table};
pub use form_text::{ages_as_bands, band_text, composition_in_bands, criterion_labels};
pub use pdf::find_soffice;
pub use plan_document::{PlanLook, plan_document, redaction_text};
pub use redact::{
    NamesAs, Redactor, hidden_names, name_list, redact, redact_names, redact_names_as,
};
pub use status::{mark_vastgesteld, mark_vastgesteld_in_case, reopen};
pub use teach::{JOINT_TREATMENT, Lesson, Prompt, SELF_RESTRICTION, children, lessons, prompts};

use crate::i18n::{self, Lang, T};
use crate::model::{Phase, Session};
use crate::store::{LoadError, Problem, is_session_file, load_session, write_atomic};
use std::fmt;
use std::path::{Path, PathBuf};

/// The file formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
    Docx,
    // The Word file converted by LibreOffice (when installed).
    Pdf,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Md => "md",
            ExportFormat::Html => "html",
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
        }
    }
}

/// Which document to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, clap::ValueEnum)]
pub enum Form {
    // The TOP 3 plan of the session's phase. (Plain comments: clap would
    // show doc comments as untranslated help.)
    #[default]
    Plan,
    // The MDA++ aanmeldingsformulier, anonymised (the plan goes separately).
    Aanmelding,
    // The handover of casusregie: the current plan, records, signals, who
    // is informed.
    Overdracht,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportOptions {
    pub form: Form,
    /// Names become roles (also in free text), the municipality is left
    /// out, dates in fields become weeks from the first meeting.
    pub redact: bool,
    /// For whom the copy is: items not for them are left out. `None`: the
    /// complete version.
    pub audience: Option<crate::model::Audience>,
}

/// Why an export could not be made; [`fmt::Display`] gives one sentence.
#[derive(Debug)]
pub enum ExportError {
    Load(LoadError),
    NoSessions(PathBuf),
    Write(PathBuf, std::io::Error),
    Docx(String),
    DocxToStdout,
    PdfToStdout,
    /// LibreOffice is not installed.
    NoLibreOffice,
    Pdf(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Load(e) => write!(f, "{e}"),
            ExportError::NoSessions(p) => f.write_str(&T::ExpNoSessions.fmt(&[&p.display()])),
            ExportError::Write(p, e) => f.write_str(&T::ExpWriteFailed.fmt(&[&p.display(), e])),
            ExportError::Docx(e) => f.write_str(&T::ExpDocxFailed.fmt(&[e])),
            ExportError::DocxToStdout => f.write_str(T::ExpDocxToStdout.s()),
            ExportError::PdfToStdout => f.write_str(T::ExpPdfToStdout.s()),
            ExportError::NoLibreOffice => f.write_str(T::ExpNoLibreOffice.s()),
            ExportError::Pdf(e) => f.write_str(&T::ExpPdfFailed.fmt(&[e])),
        }
    }
}

impl std::error::Error for ExportError {}

impl From<LoadError> for ExportError {
    fn from(e: LoadError) -> Self {
        ExportError::Load(e)
    }
}

/// A session with the other sessions of its case, ready to export.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub session: Session,
    /// Every session of the case that could be read, including `session`.
    pub case_sessions: Vec<Session>,
}

/// Loads a session file, or the newest session of a case folder, with the
/// case's other sessions beside it (those that cannot be read are skipped:
/// they only add the trend and the first meeting's date).
pub fn load_for_export(target: &Path) -> Result<Loaded, ExportError> {
    let (dir, chosen) = if target.is_dir() {
        (target.to_path_buf(), None)
    } else {
        let session = load_session(target)?;
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        (dir, Some((target.to_path_buf(), session)))
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| LoadError::new(&dir, Problem::Io(e.to_string())))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_session_file(p))
        .collect();
    files.sort();
    let mut case_sessions: Vec<Session> = Vec::new();
    let mut newest: Option<(PathBuf, usize)> = None;
    let loaded = crate::store::load_sessions(&files);
    for (file, s) in files.into_iter().zip(loaded) {
        let s = match s {
            Ok(s) => s,
            // A broken file in a case folder is reported when it is the one
            // asked for; here it is left out (`top3 check` names it).
            Err(_) => continue,
        };
        if newest
            .as_ref()
            .is_none_or(|(_, i)| s.date >= case_sessions[*i].date)
        {
            newest = Some((file.clone(), case_sessions.len()));
        }
        case_sessions.push(s);
    }
    let newest = newest.map(|(p, i)| (p, case_sessions[i].clone()));
    let (path, session) = match chosen.or(newest) {
        Some(c) => c,
        None => return Err(ExportError::NoSessions(dir)),
    };
    case_sessions.retain(|s| s.case.code == session.case.code);
    Ok(Loaded {
        path,
        session,
        case_sessions,
    })
}

/// The document to export, pure: the plan of the session's phase or the
/// aanmeldingsformulier, redacted when asked.
pub fn build_document(
    session: &Session,
    case_sessions: &[Session],
    options: &ExportOptions,
) -> Document {
    // The copy for an audience: what is not for them is left out first,
    // from this meeting and from the earlier ones that give the trend.
    // Borrowed where nothing changes: a case of a thousand meetings is not
    // copied to write its plan.
    use std::borrow::Cow;
    let (session, case_sessions, left_out): (Cow<Session>, Cow<[Session]>, usize) =
        match options.audience {
            Some(a) => {
                let (s, n) = for_audience(session, a);
                let history: Vec<Session> = case_sessions
                    .iter()
                    .map(|o| audience::earlier_for_audience(o, session, a))
                    .collect();
                (Cow::Owned(s), Cow::Owned(history), n)
            }
            None => (Cow::Borrowed(session), Cow::Borrowed(case_sessions), 0),
        };
    let (session, case_sessions) = (session.as_ref(), case_sessions.as_ref());
    let week0 = case_sessions
        .iter()
        .map(|s| s.date)
        .chain([session.date])
        .min()
        .unwrap_or(session.date);
    let (shown, look): ((Cow<Session>, Cow<[Session]>), PlanLook) = if options.redact {
        let history: Vec<Session> = case_sessions.iter().map(redact).collect();
        (
            (Cow::Owned(redact(session)), Cow::Owned(history)),
            PlanLook {
                dates: DateStyle::Relative { week0 },
                names_hidden: true,
            },
        )
    } else if options.form == Form::Aanmelding {
        (
            (
                Cow::Owned(redact_names(session)),
                Cow::Borrowed(case_sessions),
            ),
            PlanLook {
                dates: DateStyle::Absolute,
                names_hidden: true,
            },
        )
    } else {
        (
            (Cow::Borrowed(session), Cow::Borrowed(case_sessions)),
            PlanLook::default(),
        )
    };
    let (shown, history) = (shown.0.as_ref(), shown.1.as_ref());
    // Who the copy is for, in its header (counted on the full meeting
    // when it is the complete version).
    let label = match options.audience {
        Some(_) => audience_label(options.audience, shown),
        None => audience_label(None, session),
    };
    if options.form == Form::Overdracht {
        let mut doc = handover::handover_document(shown, history, &look);
        audience::mark(&mut doc, label, left_out);
        return doc;
    }
    let mut plan = plan_document(shown, history, &look);
    audience::mark(&mut plan, label.clone(), left_out);
    match options.form {
        Form::Plan | Form::Overdracht => plan,
        Form::Aanmelding => {
            let mut form = aanmelding_document(session, shown, !options.redact);
            audience::mark(&mut form, label, left_out);
            form
        }
    }
}

/// For whom an export with `options` of `session` is, in words, with the
/// line about what it leaves out: what the plan check and the export say
/// first, so a wrong copy is never sent unknowingly.
pub fn audience_of(session: &Session, options: &ExportOptions) -> String {
    match options.audience {
        None => audience_label(None, session),
        Some(a) => {
            let (copy, left_out) = for_audience(session, a);
            let shown = if options.redact {
                redact(&copy)
            } else if options.form == Form::Aanmelding {
                redact_names(&copy)
            } else {
                copy
            };
            let label = audience_label(Some(a), &shown);
            match left_out_line(left_out) {
                Some(line) => format!("{label}. {}", line.trim_end_matches('.')),
                None => label,
            }
        }
    }
}

/// Which redaction an export with `options` has, in words ("Geanonimiseerd
/// (namen vervangen door rollen)", "Niet geanonimiseerd (bevat namen)").
pub fn redaction_of(options: &ExportOptions) -> &'static str {
    let look = if options.redact {
        PlanLook {
            dates: DateStyle::Relative {
                week0: chrono::NaiveDate::MIN,
            },
            names_hidden: true,
        }
    } else {
        PlanLook {
            dates: DateStyle::Absolute,
            names_hidden: options.form == Form::Aanmelding,
        }
    };
    redaction_text(&look)
}

/// The document in a file format.
pub fn render(doc: &Document, format: ExportFormat) -> Result<Vec<u8>, ExportError> {
    match format {
        ExportFormat::Md => Ok(markdown::render(doc).into_bytes()),
        ExportFormat::Html => Ok(html::render(doc).into_bytes()),
        ExportFormat::Docx => docx::render(doc).map_err(ExportError::Docx),
        ExportFormat::Pdf => {
            let word = docx::render(doc).map_err(ExportError::Docx)?;
            pdf::docx_to_pdf(&word, "plan").map_err(|e| match e {
                pdf::PdfError::Missing => ExportError::NoLibreOffice,
                pdf::PdfError::Failed(m) => ExportError::Pdf(m),
            })
        }
    }
}

fn plan_slug(phase: Phase) -> &'static str {
    match phase {
        Phase::DirecteVeiligheid => "veiligheidsplan",
        Phase::StabieleVeiligheid => "hulpverleningsplan",
        Phase::Herstel => "herstelplan",
    }
}

/// The file name an export gets beside its session:
/// `2026-10-27-veiligheidsplan.md`, `2026-10-27-aanmeldingsformulier.docx`;
/// redacted `veiligheidsplan-week-8-geanonimiseerd.md` (no date in the name);
/// `-en` added for English.
pub fn export_file_name(
    session: &Session,
    week0: chrono::NaiveDate,
    format: ExportFormat,
    options: &ExportOptions,
) -> String {
    let what = match options.form {
        // The expertoverleg writes its approach, not a plan of the phase.
        Form::Plan if session.kind == crate::model::MeetingKind::Expertoverleg => {
            "aanpak-expertoverleg"
        }
        Form::Plan => plan_slug(session.phase),
        Form::Aanmelding => "aanmeldingsformulier",
        Form::Overdracht => "overdracht",
    };
    let what = format!("{what}{}", audience::file_suffix(options.audience, session));
    let mut name = if options.redact {
        let week = (session.date - week0).num_days().div_euclid(7);
        format!("{what}-week-{week}-geanonimiseerd")
    } else {
        format!("{}-{what}", session.date.format("%Y-%m-%d"))
    };
    if i18n::lang() == Lang::En {
        name.push_str("-en");
    }
    format!("{name}.{}", format.extension())
}

/// Writes the export of a session file beside it, atomically, and returns
/// where. This is what the meeting screen's key calls. Texts are in the
/// current language (`i18n::set_lang`).
pub fn export_session_file(
    session_path: &Path,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<PathBuf, ExportError> {
    let loaded = load_for_export(session_path)?;
    let out = default_output(&loaded, format, options);
    write_export(&loaded, format, options, &out)?;
    Ok(out)
}

/// Where [`export_session_file`] writes: beside the session.
pub fn default_output(loaded: &Loaded, format: ExportFormat, options: &ExportOptions) -> PathBuf {
    let week0 = loaded
        .case_sessions
        .iter()
        .map(|s| s.date)
        .chain([loaded.session.date])
        .min()
        .unwrap_or(loaded.session.date);
    let name = export_file_name(&loaded.session, week0, format, options);
    loaded.path.with_file_name(name)
}

/// Renders and writes atomically to `out`.
pub fn write_export(
    loaded: &Loaded,
    format: ExportFormat,
    options: &ExportOptions,
    out: &Path,
) -> Result<(), ExportError> {
    let bytes = export_bytes(loaded, format, options)?;
    write_atomic(out, &bytes).map_err(|e| ExportError::Write(out.to_path_buf(), e))
}

/// The rendered export, not written anywhere.
pub fn export_bytes(
    loaded: &Loaded,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let doc = build_document(&loaded.session, &loaded.case_sessions, options);
    render(&doc, format)
}
