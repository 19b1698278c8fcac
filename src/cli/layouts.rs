use crate::i18n::{self, T};
use crate::layout::{LayoutSet, Source, layouts_dir};
use std::path::Path;
use std::process::ExitCode;

/// `top3 layouts`: one line per layout, name first.
pub fn run(flag: Option<&Path>) -> Result<ExitCode, String> {
    let dir = layouts_dir(flag);
    let (set, errors) = LayoutSet::load(dir.as_deref());
    let width = set.names().iter().map(|n| n.len()).max().unwrap_or(0);
    for (layout, source) in &set.layouts {
        let source = match source {
            Source::Builtin => T::SourceBuiltin.s().to_string(),
            Source::File(p) => p.display().to_string(),
        };
        println!(
            "{:width$}  {}  {}  {}",
            layout.name,
            i18n::kind_name(layout.kind),
            i18n::phase_name(layout.phase),
            source,
        );
    }
    for e in &errors {
        eprintln!("{e}");
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
