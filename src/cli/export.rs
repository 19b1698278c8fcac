use crate::i18n::T;
use crate::plan::{self, ExportFormat, ExportOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct Request {
    pub target: PathBuf,
    pub format: ExportFormat,
    pub output: Option<PathBuf>,
    pub check: bool,
    /// `--config`: the settings for the check's vague words and signals.
    pub config: Option<PathBuf>,
    pub options: ExportOptions,
    /// `--voor`: the audience as typed, read against the session's
    /// participants.
    pub voor: Option<String>,
    /// `--waarom`: with `--check`, the method's reason with every point and
    /// the prompts for the group (always for a training session).
    pub why: bool,
}

/// `top3 export`: the plan (or the form) beside the session, to `-o OUT`,
/// or to stdout with `-o -`; `--check` only checks the plan.
pub fn run(req: &Request) -> Result<ExitCode, String> {
    let loaded = plan::load_for_export(&req.target).map_err(|e| e.to_string())?;
    let mut options = req.options;
    if let Some(voor) = &req.voor {
        options.audience =
            Some(plan::parse_audience(voor, &loaded.session).map_err(|e| e.to_string())?);
    }
    let options = &options;
    if req.check {
        // Which copy this is comes first, so a wrong copy is never sent
        // unknowingly.
        println!("{}", T::ChkRedaction.fmt(&[&plan::redaction_of(options)]));
        print_audience(&loaded, options);
        if options.form == plan::Form::Aanmelding {
            return Ok(check_form(&loaded));
        }
        let settings =
            crate::config::load(req.config.as_deref()).map_err(|e| T::ErrConfig.fmt(&[&e]))?;
        let past = crate::timeline::Past::with_signals(
            &loaded.case_sessions,
            &loaded.session,
            &settings.rules,
        );
        // The check that teaches: the plan check's findings (the same
        // rules) and the prompts, each with its reason (c-folder).
        let lessons = plan::lessons(
            &loaded.session,
            &past.signals,
            &settings.vague_words,
            &settings.opinion_words,
        );
        let explain = req.why
            || settings.explain_check
            || loaded.session.kind == crate::model::MeetingKind::Training;
        print!("{}", check_text(&lessons, explain));
        let firm = lessons.iter().all(|l| l.prompt);
        return Ok(if firm {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    let out = match req.output.as_deref() {
        Some(p) if p == Path::new("-") => {
            if req.format == ExportFormat::Docx {
                return Err(plan::ExportError::DocxToStdout.to_string());
            }
            if req.format == ExportFormat::Pdf {
                return Err(plan::ExportError::PdfToStdout.to_string());
            }
            let bytes =
                plan::export_bytes(&loaded, req.format, options).map_err(|e| e.to_string())?;
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout.write_all(&bytes).and_then(|_| stdout.flush());
            return Ok(ExitCode::SUCCESS);
        }
        Some(p) => p.to_path_buf(),
        None => plan::default_output(&loaded, req.format, options),
    };
    // An existing file is replaced, and the message says so.
    let existed = out.exists();
    plan::write_export(&loaded, req.format, options, &out).map_err(|e| e.to_string())?;
    let written = if existed {
        T::ExpOverwritten
    } else {
        T::ExpWritten
    };
    println!("{}", written.fmt(&[&out.display()]));
    println!("{}", T::ChkRedaction.fmt(&[&plan::redaction_of(options)]));
    print_audience(&loaded, options);
    Ok(ExitCode::SUCCESS)
}

/// What `--check` prints after its first lines: each finding of the plan
/// check, or that the plan is complete; with `explain` each with the
/// method's reason and where DOMAIN.md says it, and the prompts for the
/// group (never a block) as on the summary screen; without, how to see them.
pub fn check_text(lessons: &[plan::Lesson], explain: bool) -> String {
    let mut out = String::new();
    let why = |l: &plan::Lesson| T::TeachWhy.fmt(&[&l.reason, &l.reference]);
    let (prompts, findings): (Vec<&plan::Lesson>, Vec<&plan::Lesson>) =
        lessons.iter().partition(|l| l.prompt);
    if findings.is_empty() {
        out.push_str(&format!("{}\n", T::ChkFirm.s()));
    }
    for f in &findings {
        out.push_str(&format!("{}\n", f.message));
        if explain {
            out.push_str(&format!("  {}\n", why(f)));
        }
    }
    if explain && !prompts.is_empty() {
        out.push_str(&format!("? {}\n", T::TeachPromptsHead.s()));
        for p in &prompts {
            out.push_str(&format!("  ? {}\n    {}\n", p.message, why(p)));
        }
    }
    if !explain && !lessons.is_empty() {
        let hint = if prompts.is_empty() {
            T::ChkWhyHint.s().to_string()
        } else {
            T::ChkWhyHintPrompts.fmt(&[&prompts.len()])
        };
        out.push_str(&format!("{hint}\n"));
    }
    out
}

/// "Voor: het gezin. 2 onderdelen zijn niet opgenomen in deze versie." and,
/// for the complete version of a meeting with restricted items, how to make
/// a copy for an audience.
fn print_audience(loaded: &plan::Loaded, options: &ExportOptions) {
    println!(
        "{}",
        T::ChkAudience.fmt(&[&plan::audience_of(&loaded.session, options)])
    );
    if options.audience.is_none() && loaded.session.restricted_count() > 0 {
        println!("{}", T::AudHint.s());
    }
}

/// `--form aanmelding --check`: every field of the form that is empty or
/// contradicts another, one line each with its name; exit 1 when any.
fn check_form(loaded: &plan::Loaded) -> ExitCode {
    let first = loaded
        .case_sessions
        .iter()
        .map(|s| s.date)
        .chain([loaded.session.date])
        .min();
    let findings = plan::check_registration(&loaded.session, first);
    if findings.is_empty() {
        println!("{}", T::RegChkComplete.s());
        return ExitCode::SUCCESS;
    }
    for f in &findings {
        println!("{f}");
    }
    println!("{}", T::RegChkCount.fmt(&[&findings.len()]));
    ExitCode::from(1)
}
