//! The house's layers (DESIGN.md §8): data flows one way. A folder never
//! imports one above it; this test reads the sources and says which line
//! breaks the rule.

use crate::common;

use std::path::Path;

/// The folders of `src/` and those each may not import.
const RULES: &[(&str, &[&str])] = &[
    (
        "model",
        &[
            "i18n", "ui", "app", "plan", "timeline", "history", "store", "cli", "wall", "effects",
        ],
    ),
    (
        "timeline",
        &[
            "i18n", "ui", "app", "plan", "history", "store", "cli", "wall", "effects",
        ],
    ),
    ("plan", &["ui", "app", "cli", "wall", "effects"]),
    ("app", &["ui", "cli", "wall", "effects", "tui"]),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_folder_imports_one_above_it() {
    let mut broken = Vec::new();
    for (folder, forbidden) in RULES {
        let mut files = Vec::new();
        rust_files(&common::repo().join("src").join(folder), &mut files);
        assert!(!files.is_empty(), "src/{folder}");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for up in *forbidden {
                    if code.contains(&format!("crate::{up}::"))
                        || code.contains(&format!("crate::{up};"))
                        || code.contains(&format!("crate::{up}::{{"))
                    {
                        broken.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports against the flow:\n{}",
        broken.join("\n")
    );
}
