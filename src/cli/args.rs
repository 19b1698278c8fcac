use crate::i18n::{Lang, T};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

/// Help texts come from i18n (see [`localize`]); the doc comments here are
/// for developers only.
#[derive(Debug, Parser)]
#[command(
    name = "top3",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Help (with a Dutch or English text from i18n).
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Version.
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
    /// Sessions folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Extra layouts folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub layouts: Option<PathBuf>,
    /// Language.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Colour theme.
    #[arg(long, global = true, value_enum)]
    pub theme: Option<crate::ui::ThemeName>,
    /// Settings file.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Plain text mode for screen readers.
    #[arg(long, global = true)]
    pub plain: bool,
    /// The date every screen takes as today (start screen, `h`, banners,
    /// `new`, `history`): for a course whose time moves.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

pub use crate::plan::{ExportFormat, Form};

#[derive(Debug, Subcommand)]
pub enum Command {
    New {
        #[arg(long, value_name = "NAME")]
        layout: Option<String>,
        #[arg(long, value_name = "CODE")]
        case: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        no_open: bool,
        #[arg(long = "heropen", visible_alias = "reopen", value_name = "REDEN")]
        reopen: Option<String>,
    },
    Open {
        file: PathBuf,
    },
    Present {
        file: PathBuf,
    },
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    Export {
        target: PathBuf,
        #[arg(long, value_enum, default_value = "md")]
        format: ExportFormat,
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        #[arg(long)]
        check: bool,
        #[arg(long, value_enum, value_name = "FORM")]
        form: Option<Form>,
        #[arg(long)]
        redact: bool,
        #[arg(
            long = "overdracht",
            visible_alias = "handover",
            conflicts_with = "form"
        )]
        handover: bool,
        /// For whom: gezin, netwerk, professionals or a participant's name.
        #[arg(long = "voor", visible_alias = "for", value_name = "AUDIENCE")]
        voor: Option<String>,
        /// With `--check`: the method's reason with every point (c-folder).
        #[arg(long = "waarom", visible_alias = "why", requires = "check")]
        waarom: bool,
    },
    History {
        case_dir: PathBuf,
    },
    Layouts,
    Train {
        #[arg(long, value_name = "NAME")]
        layout: Option<String>,
        #[arg(long, value_name = "CODE")]
        case: Option<String>,
        #[arg(long)]
        reset: bool,
        #[arg(long)]
        list: bool,
        /// The next scripted meeting of the practice case (time that moves).
        #[arg(long, conflicts_with = "reset")]
        next: bool,
        /// The group's plan beside the model answer, as Markdown on stdout.
        #[arg(long)]
        compare: bool,
        /// A subgroup with its own copy (A, B, C…).
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
        /// All groups' plans side by side: a screen in a terminal, else
        /// Markdown on stdout; also copies gathered from other laptops.
        #[arg(long, conflicts_with = "compare", num_args = 0.., value_name = "PATH")]
        compare_groups: Option<Vec<PathBuf>>,
        /// With --compare-groups: Markdown on stdout, also in a terminal.
        #[arg(long, requires = "compare_groups")]
        markdown: bool,
        /// A countdown of this many minutes for the exercise (1-180).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=180))]
        minutes: Option<u64>,
        /// Role cards per participant, as Markdown on stdout.
        #[arg(long, conflicts_with_all = ["compare", "compare_groups", "take_home"])]
        role_cards: bool,
        /// A take-home per trainee, as Markdown on stdout.
        #[arg(long, conflicts_with_all = ["compare", "compare_groups"])]
        take_home: bool,
        /// Names become roles in the role cards and the take-home.
        #[arg(long)]
        redact: bool,
    },
}

/// Puts the i18n help texts on clap's command.
fn localize(cmd: clap::Command) -> clap::Command {
    let sub_about = |name: &str| match name {
        "new" => T::CliNew.s(),
        "open" => T::CliOpen.s(),
        "present" => T::CliPresent.s(),
        "check" => T::CliCheck.s(),
        "export" => T::CliExport.s(),
        "history" => T::CliHistory.s(),
        "layouts" => T::CliLayouts.s(),
        "train" => T::CliTrain.s(),
        _ => "",
    };
    let arg_help = |id: &str| match id {
        "help" => Some(T::ArgHelp.s()),
        "version" => Some(T::ArgVersion.s()),
        "dir" => Some(T::ArgDir.s()),
        "layouts" => Some(T::ArgLayouts.s()),
        "lang" => Some(T::ArgLang.s()),
        "theme" => Some(T::ArgTheme.s()),
        "config" => Some(T::ArgConfig.s()),
        "plain" => Some(T::ArgPlain.s()),
        "layout" => Some(T::ArgLayout.s()),
        "case" => Some(T::ArgCase.s()),
        "date" => Some(T::ArgDate.s()),
        "no_open" => Some(T::ArgNoOpen.s()),
        "reopen" => Some(T::ArgReopen.s()),
        "handover" => Some(T::ArgHandover.s()),
        "file" => Some(T::ArgFile.s()),
        "paths" => Some(T::ArgPaths.s()),
        "target" => Some(T::ArgTarget.s()),
        "format" => Some(T::ArgFormat.s()),
        "output" => Some(T::ArgOutput.s()),
        "check" => Some(T::ArgCheck.s()),
        "form" => Some(T::ArgForm.s()),
        "redact" => Some(T::ArgRedact.s()),
        "voor" => Some(T::ArgVoor.s()),
        "waarom" => Some(T::ArgWaarom.s()),
        "case_dir" => Some(T::ArgCaseDir.s()),
        "reset" => Some(T::ArgReset.s()),
        "list" => Some(T::ArgList.s()),
        "today" => Some(T::ArgToday.s()),
        _ => None,
    };
    // Arguments whose meaning differs in one subcommand.
    let sub_arg_help = |sub: &str, id: &str| match (sub, id) {
        ("train", "case") => Some(T::ArgTrainCase.s()),
        ("train", "layout") => Some(T::ArgTrainLayout.s()),
        ("train", "compare") => Some(T::ArgTrainCompare.s()),
        ("train", "group") => Some(T::ArgTrainGroup.s()),
        ("train", "minutes") => Some(T::ArgTrainMinutes.s()),
        ("train", "role_cards") => Some(T::ArgTrainRoleCards.s()),
        ("train", "take_home") => Some(T::ArgTrainTakeHome.s()),
        ("train", "redact") => Some(T::ArgTrainRedact.s()),
        ("train", "compare_groups") => Some(T::ArgTrainCompareGroups.s()),
        ("train", "markdown") => Some(T::ArgTrainMarkdown.s()),
        // c-fix3: the last train argument that spoke English.
        ("train", "next") => Some(T::ArgTrainNext.s()),
        _ => None,
    };
    let localize_args = move |mut c: clap::Command| {
        let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
        for id in ids {
            if let Some(h) = arg_help(&id) {
                // The help text names the choices itself.
                c = c.mut_arg(id, |a| {
                    let takes_value = a.get_action().takes_values();
                    // The help text names the choices and the default itself.
                    let a = a
                        .help(h)
                        .hide_possible_values(takes_value)
                        .hide_default_value(takes_value);
                    localized_value_names(a)
                });
            }
        }
        let template = if c.has_subcommands() {
            format!(
                "{{about}}\n\n{}: {{usage}}\n\n{}:\n{{subcommands}}\n\n{}:\n{{options}}\n",
                T::CliUsage.s(),
                T::CliCommands.s(),
                T::CliOptions.s()
            )
        } else if c.get_positionals().next().is_some() {
            format!(
                "{{about}}\n\n{}: {{usage}}\n\n{}:\n{{positionals}}\n\n{}:\n{{options}}\n",
                T::CliUsage.s(),
                T::CliArguments.s(),
                T::CliOptions.s()
            )
        } else {
            format!(
                "{{about}}\n\n{}: {{usage}}\n\n{}:\n{{options}}\n",
                T::CliUsage.s(),
                T::CliOptions.s()
            )
        };
        c.help_template(template)
    };
    let mut cmd = localize_args(cmd.about(T::CliAbout.s()));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let about = sub_about(&name);
        cmd = cmd.mut_subcommand(&name, |s| {
            let mut s = localize_args(s.about(about));
            let ids: Vec<String> = s.get_arguments().map(|a| a.get_id().to_string()).collect();
            for id in ids {
                if let Some(h) = sub_arg_help(&name, &id) {
                    // c-fix3: its placeholder in the language too (`<NAAM>`).
                    s = s.mut_arg(id, |a| localized_value_names(a.help(h)));
                }
            }
            s
        });
    }
    cmd
}

/// The command with its texts in the current language.
pub fn command() -> clap::Command {
    // Usage lines say `top3`, as the handleiding does, also where the
    // program file is `top3.exe` (Windows runs it by either name).
    let mut cmd = localize(Cli::command()).bin_name("top3");
    // clap writes "[OPTIONS]" and "[COMMAND]" in its usage lines.
    if T::UsageOptions.s() != T::UsageOptions.en() {
        cmd.build();
        let usage = |c: &mut clap::Command| {
            let u = c.render_usage().to_string();
            let u = u.trim();
            u.strip_prefix("Usage:")
                .unwrap_or(u)
                .trim()
                .replace("[OPTIONS]", T::UsageOptions.s())
                .replace("[COMMAND]", T::UsageCommand.s())
        };
        let root = usage(&mut cmd);
        cmd = cmd.override_usage(root);
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            if let Some(s) = cmd.find_subcommand_mut(&name) {
                let u = usage(s);
                *s = s.clone().override_usage(u);
            }
        }
    }
    cmd
}

/// A value's placeholder in the help, in the current language.
/// An argument with its placeholders (`<NAME>`) in the current language.
fn localized_value_names(a: clap::Arg) -> clap::Arg {
    let takes_value = a.get_action().takes_values();
    let names: Vec<String> = match a.get_value_names() {
        Some(n) => n.iter().map(|n| n.to_string()).collect(),
        None if takes_value => vec![a.get_id().to_string().to_uppercase()],
        None => Vec::new(),
    };
    if names.is_empty() {
        a
    } else {
        a.value_names(names.iter().map(|n| value_name(n)))
    }
}

fn value_name(name: &str) -> &'static str {
    let t = match name {
        "DIR" => T::ValDir,
        "FILE" => T::ValFile,
        "LANG" => T::ValLang,
        "THEME" => T::ValTheme,
        "NAME" => T::ValName,
        "CODE" => T::ValCode,
        "YYYY-MM-DD" => T::ValDate,
        "OUT" => T::ValOut,
        "FORM" => T::ValForm,
        "AUDIENCE" => T::ValVoor,
        "FORMAT" => T::ValFormat,
        "TARGET" => T::ValTarget,
        "PATHS" => T::ValPaths,
        "PATH" => T::ValPath,
        "CASE_DIR" => T::ValCaseDir,
        // Every placeholder of `Cli` is listed above; a new one is kept as it
        // is (leaked once, at start-up, as clap needs a static text).
        _ => return Box::leak(name.to_string().into_boxed_str()),
    };
    t.s()
}

pub fn parse(argv: Vec<OsString>) -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches_from(argv)?;
    Cli::from_arg_matches(&matches).map(Cli::native_paths)
}

impl Cli {
    /// `--today`, or the real date. An impossible date ("31-02-2026") is a
    /// one-sentence error.
    pub fn today(&self) -> Result<chrono::NaiveDate, String> {
        match &self.today {
            Some(d) => crate::model::parse_date(d).ok_or_else(|| T::ErrBadDateArg.fmt(&[&d])),
            None => Ok(chrono::Local::now().date_naive()),
        }
    }

    /// Every path argument with the platform's separator (see [`crate::paths`]).
    fn native_paths(mut self) -> Cli {
        use crate::paths::native;
        let opt = |p: &mut Option<PathBuf>| *p = p.take().map(native);
        let one = |p: &mut PathBuf| *p = native(std::mem::take(p));
        opt(&mut self.dir);
        opt(&mut self.layouts);
        opt(&mut self.config);
        match &mut self.command {
            Some(Command::Open { file } | Command::Present { file }) => one(file),
            Some(Command::Check { paths }) => paths.iter_mut().for_each(one),
            Some(Command::Export { target, output, .. }) => {
                one(target);
                opt(output);
            }
            Some(Command::History { case_dir, .. }) => one(case_dir),
            Some(Command::New { .. } | Command::Layouts | Command::Train { .. }) | None => {}
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_args(args: &[&str]) -> Cli {
        let argv = std::iter::once("top3").chain(args.iter().copied());
        parse(argv.map(OsString::from).collect()).unwrap()
    }

    /// Every path argument comes out with the platform's separator: `\` on
    /// Windows (this runs under Wine in ci/windows.sh), unchanged elsewhere.
    #[test]
    fn every_path_argument_is_native() {
        let p = |s: &str| crate::paths::native(PathBuf::from(s));
        let cli = parse_args(&[
            "--dir",
            "a/d",
            "--layouts",
            "a/l",
            "--config",
            "a/c.ron",
            "export",
            "a/s.ron",
            "-o",
            "a/o.md",
        ]);
        assert_eq!(cli.dir, Some(p("a/d")));
        assert_eq!(cli.layouts, Some(p("a/l")));
        assert_eq!(cli.config, Some(p("a/c.ron")));
        match cli.command {
            Some(Command::Export { target, output, .. }) => {
                assert_eq!(target, p("a/s.ron"));
                assert_eq!(output, Some(p("a/o.md")));
            }
            other => panic!("{other:?}"),
        }
        match parse_args(&["check", "a/b", "c/d.ron"]).command {
            Some(Command::Check { paths }) => assert_eq!(paths, [p("a/b"), p("c/d.ron")]),
            other => panic!("{other:?}"),
        }
        for (sub, path) in [
            ("open", "x/y.ron"),
            ("present", "x/y.ron"),
            ("history", "x/y"),
        ] {
            let got = match parse_args(&[sub, path]).command {
                Some(Command::Open { file } | Command::Present { file }) => file,
                Some(Command::History { case_dir, .. }) => case_dir,
                other => panic!("{other:?}"),
            };
            assert_eq!(got, p(path), "{sub}");
            if cfg!(windows) {
                assert_eq!(got.to_str(), Some(path.replace('/', "\\").as_str()));
            }
        }
    }
}
