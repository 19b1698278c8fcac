//! The command line (DESIGN.md §6): parsing, and one module per command.

mod args;
mod check;
mod clap_text;
mod export;
mod history;
mod layouts;
mod new;
mod overview;
mod present;
mod screen;
mod train;

pub use crate::history::Paint;
pub use crate::history::{layout_for, render as render_history};
pub use args::{Cli, Command, ExportFormat};
pub use check::{check_file, check_paths};

use crate::i18n::{self, Lang, T};
use std::process::ExitCode;

/// Runs the program with the process's arguments.
pub fn main() -> ExitCode {
    install_quiet_panic_hook();
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::set_lang(lang_from_args(&argv));
    let cli = match args::parse(argv.clone()) {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            // clap's errors are English; ours are in the chosen language.
            match clap_text::message(&e, &argv) {
                Some(message) => eprintln!("{message}"),
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(code.clamp(0, 255) as u8);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("top3: {message}");
            ExitCode::from(1)
        }
    }
}

/// The language must be known before clap writes its help, so `--lang` and
/// `TOP3_LANG` are read ahead of parsing.
fn lang_from_args(argv: &[std::ffi::OsString]) -> Lang {
    let mut lang = match std::env::var("TOP3_LANG").as_deref() {
        Ok("en") => Lang::En,
        _ => Lang::Nl,
    };
    let mut it = argv.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if a == "--lang" => it.next(),
            None => None,
        };
        match value {
            Some("en") => lang = Lang::En,
            Some("nl") => lang = Lang::Nl,
            _ => {}
        }
    }
    lang
}

/// A panic is a bug; the user gets a sentence, not a Rust backtrace.
fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("top3: {}", T::InternalError.fmt(&[&place]));
    }));
}

/// Runs one parsed command; `Err` is a sentence for the user.
pub fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        None if screen::has_terminal() => screen::run(&cli, screen::Open::Start),
        None => overview::run(
            cli.dir.as_deref(),
            &screen::settings(&cli)?.rules,
            cli.today()?,
        ),
        Some(Command::Check { paths }) => Ok(check::run(&paths, cli.layouts.as_deref())),
        Some(Command::Layouts) => layouts::run(cli.layouts.as_deref()),
        Some(Command::New {
            ref layout,
            ref case,
            ref date,
            no_open,
            ref reopen,
        }) => {
            let rules = screen::settings(&cli)?.rules;
            let path = new::run(
                layout.as_deref(),
                case.as_deref(),
                match date.as_deref() {
                    Some(d) => crate::model::parse_date(d)
                        .ok_or_else(|| crate::i18n::T::ErrBadDateArg.fmt(&[&d]))?,
                    None => cli.today()?,
                },
                cli.dir.as_deref(),
                cli.layouts.as_deref(),
                &rules,
                reopen.as_deref(),
            )?;
            if no_open {
                Ok(ExitCode::SUCCESS)
            } else {
                screen::run(&cli, screen::Open::File(&path))
            }
        }
        Some(Command::Open { ref file }) => {
            // The shipped demo is opened as a copy, never itself.
            let file = crate::store::redirect(file)?;
            screen::run(&cli, screen::Open::File(&file))
        }
        Some(Command::Train {
            ref case,
            role_cards: true,
            redact,
            ..
        }) => {
            train::role_cards(case.as_deref(), redact)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Train {
            ref case,
            ref group,
            take_home: true,
            redact,
            ..
        }) => {
            train::take_home(case.as_deref(), group.as_deref(), redact)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Train {
            ref case,
            ref group,
            compare: true,
            ..
        }) => {
            train::compare(case.as_deref(), group.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Train {
            ref case,
            compare_groups: Some(ref paths),
            markdown,
            ..
        }) => train::compare_groups(&cli, case.as_deref(), paths, markdown),
        Some(Command::Train {
            ref layout,
            ref case,
            reset,
            list,
            ref group,
            minutes,
            next,
            ..
        }) => {
            let opened = if next {
                train::next(case.as_deref(), group.as_deref())?
                    .map(|(p, wrote, date)| (p, Some(wrote), date))
            } else {
                train::run(
                    layout.as_deref(),
                    case.as_deref(),
                    reset,
                    list,
                    group.as_deref(),
                    cli.layouts.as_deref(),
                )?
            };
            match opened {
                Some((path, note, date)) if screen::has_terminal() => {
                    // The course's time: the scripted date is today on
                    // every screen, unless --today says otherwise.
                    let mut cli = cli;
                    if cli.today.is_none() {
                        cli.today = date.map(|d| d.format("%Y-%m-%d").to_string());
                    }
                    screen::run(&cli, screen::Open::Training(&path, minutes, note))
                }
                _ => Ok(ExitCode::SUCCESS),
            }
        }
        Some(Command::Present { ref file }) => {
            // The wall follows the same copy the facilitator opens.
            let file = crate::store::redirect(file)?;
            present::run(&cli, &file)
        }
        Some(Command::Export {
            target,
            format,
            output,
            check,
            form,
            redact,
            handover,
            voor,
            waarom,
        }) => export::run(&export::Request {
            target,
            format,
            output,
            check,
            config: cli.config.clone(),
            options: crate::plan::ExportOptions {
                form: if handover {
                    crate::plan::Form::Overdracht
                } else {
                    form.unwrap_or_default()
                },
                redact,
                audience: None,
            },
            voor,
            why: waarom,
        }),
        Some(Command::History { ref case_dir }) => {
            let config = screen::settings(&cli)?;
            history::run(
                case_dir,
                cli.today()?,
                cli.layouts.as_deref(),
                &config.rules,
            )
        }
    }
}
