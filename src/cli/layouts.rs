use crate::i18n::{self, T};
use crate::layout::{LayoutSet, Source, layouts_dir};
use std::path::Path;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

/// `top3 layouts`: one line per layout, name first.
pub fn run(flag: Option<&Path>) -> Result<ExitCode, String> {
    let dir = layouts_dir(flag);
    let (set, errors) = LayoutSet::load(dir.as_deref());
    let rows: Vec<[String; 4]> = set
        .layouts
        .iter()
        .map(|(layout, source)| {
            [
                layout.name.clone(),
                i18n::kind_name(layout.kind).to_string(),
                i18n::phase_name(layout.phase).to_string(),
                match source {
                    Source::Builtin => T::SourceBuiltin.s().to_string(),
                    Source::File(p) => p.display().to_string(),
                },
            ]
        })
        .collect();
    for line in aligned(&rows) {
        println!("{line}");
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

/// The rows with each column padded to its widest cell, measured in
/// terminal columns (so "ï" or "é" counts once), two spaces apart; the last
/// column is not padded.
pub fn aligned(rows: &[[String; 4]]) -> Vec<String> {
    let widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|r| {
            let mut line = String::new();
            for (c, cell) in r.iter().enumerate() {
                if c + 1 == r.len() {
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.push_str(&" ".repeat(widths[c] - cell.width() + 2));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_display_width() {
        let row = |a: &str, b: &str, c: &str, d: &str| {
            [a.to_string(), b.to_string(), c.to_string(), d.to_string()]
        };
        let lines = aligned(&[
            row(
                "casusoverleg",
                "TOP-3 casusoverleg",
                "directe veiligheid",
                "ingebouwd",
            ),
            row(
                "eigen",
                "Training",
                "herstel (duurzame veiligheid)",
                "layouts/eigen.ron",
            ),
            row("één", "MDA++ expertoverleg", "ï", "x"),
        ]);
        // Every column starts at the same display column on every line.
        for needle in [["TOP-3", "Training", "MDA++"], ["directe", "herstel", "ï"]] {
            let at: Vec<usize> = lines
                .iter()
                .zip(needle)
                .map(|(l, n)| l[..l.find(n).unwrap()].width())
                .collect();
            assert!(
                at.iter().all(|a| *a == at[0]),
                "{at:?}\n{}",
                lines.join("\n")
            );
        }
        assert!(lines.iter().all(|l| !l.ends_with(' ')));
    }
}
