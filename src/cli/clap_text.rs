//! clap's own error messages in the program's language.
//!
//! clap writes its errors in English ("error: unrecognized subcommand",
//! "Usage:", "[possible values: …]"). The help is localised with templates
//! (see `args.rs`); the errors are rebuilt here from clap's [`ErrorKind`] and
//! the context clap collects (the wrong word, the valid values, the
//! suggestion, the usage line), each sentence from the i18n table.

use crate::i18n::T;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// What to print for a clap error, or `None` for help and version, which
/// clap prints itself (already localised through the help templates).
/// `argv` names the subcommand, for the usage line and the pointer to its help.
pub fn message(e: &clap::Error, argv: &[std::ffi::OsString]) -> Option<String> {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return None;
    }
    let mut cmd = super::args::command();
    cmd.build();
    let sub = argv
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find_map(|a| cmd.find_subcommand(a).map(|s| s.get_name().to_string()));
    let get = |k: ContextKind| e.get(k).map(words);
    let first = |k: ContextKind| e.get(k).and_then(|v| words(v).into_iter().next());
    // "--format <FORMAT>" → "--format"
    let arg = first(ContextKind::InvalidArg)
        .map(|a| a.split_whitespace().next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let value = first(ContextKind::InvalidValue).unwrap_or_default();
    let sentence = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => {
            let sub = first(ContextKind::InvalidSubcommand).unwrap_or_default();
            T::ClapUnknownCommand.fmt(&[&sub])
        }
        ErrorKind::UnknownArgument => T::ClapUnknownArgument.fmt(&[&arg]),
        ErrorKind::InvalidValue if value.is_empty() => T::ClapNoValue.fmt(&[&arg]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match get(ContextKind::ValidValue) {
                Some(valid) if !valid.is_empty() => {
                    T::ClapBadValueChoose.fmt(&[&value, &arg, &valid.join(", ")])
                }
                _ => T::ClapBadValue.fmt(&[&value, &arg]),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            // "<PADEN>..." with what it means: "(bestanden of mappen)".
            let here = match &sub {
                Some(name) => cmd.find_subcommand(name).unwrap_or(&cmd),
                None => &cmd,
            };
            let missing: Vec<String> = get(ContextKind::InvalidArg)
                .unwrap_or_default()
                .into_iter()
                .map(|m| match explain(here, &m) {
                    Some(help) => format!("{m} ({help})"),
                    None => m,
                })
                .collect();
            T::ClapMissing.fmt(&[&missing.join(", ")])
        }
        ErrorKind::MissingSubcommand => {
            let valid = get(ContextKind::ValidSubcommand).unwrap_or_default();
            T::ClapMissingCommand.fmt(&[&valid.join(", ")])
        }
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == [arg.clone()] {
                T::ClapTwice.fmt(&[&arg])
            } else {
                T::ClapConflict.fmt(&[&arg, &prior.join(", ")])
            }
        }
        ErrorKind::TooManyValues => T::ClapTooMany.fmt(&[&value, &arg]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            T::ClapValueCount.fmt(&[&arg])
        }
        ErrorKind::InvalidUtf8 => T::ClapNotUtf8.s().to_string(),
        _ => T::ClapOther.s().to_string(),
    };
    let mut out = format!("top3: {sentence}");
    let suggestion = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(first);
    if let Some(s) = suggestion {
        out.push('\n');
        out.push_str(&T::ClapDidYouMean.fmt(&[&s]));
    }
    // The usage of the command itself, not of clap's guess at the context.
    let usage = match &sub {
        Some(name) => cmd
            .find_subcommand_mut(name)
            .map(|s| s.render_usage().to_string()),
        None => Some(cmd.render_usage().to_string()),
    }
    .map(|u: String| strip_title(&u))
    .unwrap_or_default();
    out.push_str(&format!("\n\n{}: {usage}", T::CliUsage.s()));
    let command = command_of(&usage);
    out.push('\n');
    out.push_str(&T::ClapMoreHelp.fmt(&[&format!("{command} --help")]));
    Some(out)
}

/// The help text of the argument that clap shows as `shown` ("<PADEN>...").
fn explain(cmd: &clap::Command, shown: &str) -> Option<String> {
    let bare = shown.trim_end_matches("...").trim_matches(['<', '>']);
    cmd.get_arguments()
        .find(|a| {
            a.get_value_names()
                .is_some_and(|n| n.iter().any(|n| n.as_str() == bare))
        })
        .and_then(|a| a.get_help().map(|h| h.to_string()))
}

/// A context value as plain words (clap's styling removed).
fn words(v: &ContextValue) -> Vec<String> {
    match v {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(v) => v.clone(),
        ContextValue::StyledStr(s) => vec![s.to_string()],
        ContextValue::StyledStrs(v) => v.iter().map(|s| s.to_string()).collect(),
        ContextValue::Number(n) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

/// clap's usage without its English title "Usage: ".
fn strip_title(usage: &str) -> String {
    let u = usage.trim();
    u.strip_prefix("Usage:").unwrap_or(u).trim().to_string()
}

/// "top3 export [OPTIONS] <TARGET>" → "top3 export".
fn command_of(usage: &str) -> String {
    usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    fn err(args: &[&str]) -> String {
        let argv: Vec<std::ffi::OsString> = std::iter::once("top3")
            .chain(args.iter().copied())
            .map(Into::into)
            .collect();
        let e = super::super::args::parse(argv.clone()).unwrap_err();
        message(&e, &argv).expect("an error, not help")
    }

    #[test]
    fn errors_speak_dutch() {
        set_lang(Lang::Nl);
        let m = err(&["exprot"]);
        assert!(
            m.starts_with("top3: 'exprot' is geen opdracht van top3"),
            "{m}"
        );
        assert!(m.contains("Bedoel je 'export'?"), "{m}");
        assert!(m.contains("Gebruik: top3"), "{m}");
        let m = err(&["export", "x.ron", "--format", "pfd"]);
        assert!(
            m.contains("'pfd' is geen geldige waarde voor --format; kies uit: md, html, docx, pdf")
                && m.contains("Gebruik: top3 export [OPTIES] <DOEL>"),
            "{m}"
        );
        assert!(m.contains("Meer uitleg: top3 export --help"), "{m}");
        let m = err(&["check"]);
        assert!(
            m.contains("er ontbreekt iets: <PADEN>... (bestanden of mappen)"),
            "{m}"
        );
        let m = err(&["layouts", "--bla"]);
        assert!(m.contains("'--bla'"), "{m}");
        for m in [err(&["exprot"]), err(&["export", "x", "--format", "pfd"])] {
            for english in [
                "error:",
                "Usage:",
                "possible values",
                "unrecognized",
                "tip:",
            ] {
                assert!(!m.contains(english), "{english} in {m}");
            }
        }
    }

    #[test]
    fn errors_speak_english_with_lang_en() {
        set_lang(Lang::En);
        let m = err(&["exprot"]);
        set_lang(Lang::Nl);
        assert!(m.starts_with("top3: 'exprot' is not a top3 command"), "{m}");
        assert!(m.contains("Usage: top3"), "{m}");
    }

    #[test]
    fn help_speaks_dutch_to_the_placeholders() {
        set_lang(Lang::Nl);
        let mut cmd = super::super::args::command();
        let root = cmd.render_help().to_string();
        assert!(root.contains("Gebruik: top3 [OPTIES] [OPDRACHT]"), "{root}");
        assert!(root.contains("--dir <MAP>"), "{root}");
        let export = cmd
            .find_subcommand_mut("export")
            .unwrap()
            .render_help()
            .to_string();
        assert!(
            export.contains("Gebruik: top3 export [OPTIES] <DOEL>"),
            "{export}"
        );
        for english in [
            "[default",
            "[possible",
            "Usage",
            "[OPTIONS]",
            "<TARGET>",
            "<DIR>",
        ] {
            assert!(!export.contains(english), "{english} in {export}");
        }
        set_lang(Lang::En);
        let mut cmd = super::super::args::command();
        let en = cmd.render_help().to_string();
        set_lang(Lang::Nl);
        assert!(en.contains("Usage: top3 [OPTIONS] [COMMAND]"), "{en}");
    }

    #[test]
    fn help_is_left_to_clap() {
        let argv = ["top3", "--help"].map(std::ffi::OsString::from).to_vec();
        let e = super::super::args::parse(argv.clone()).unwrap_err();
        assert!(message(&e, &argv).is_none());
    }
}
