use super::{BUILTIN, Layout};
use crate::store::{LoadError, Problem, parse_ron, read_text};
use std::path::{Path, PathBuf};

/// Environment variable naming an extra layouts folder.
pub const LAYOUTS_ENV: &str = "TOP3_LAYOUTS";

#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Builtin,
    File(PathBuf),
}

/// Parses and validates one layout; problems beyond syntax are reported at
/// the layout's start.
pub fn parse_layout(text: &str, path: &Path) -> Result<Layout, LoadError> {
    let layout: Layout = parse_ron(text, path)?;
    if let Some((step, problem)) = layout.problems_at().into_iter().next() {
        let (line, col) = step
            .and_then(|i| step_start(text, i))
            .unwrap_or_else(|| first_content(text));
        return Err(LoadError::new(path, Problem::Content(problem)).at(line, col));
    }
    Ok(layout)
}

/// Line and column of the `kind:` of step `index` (0-based): the n-th
/// `kind:` after `steps:`, outside comments and strings.
fn step_start(text: &str, index: usize) -> Option<(usize, usize)> {
    let mut seen_steps = false;
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        let code = strip_comment_and_strings(line);
        let mut from = 0;
        while from < code.len() {
            let rest = &code[from..];
            let steps = rest.find("steps:");
            let kind = rest.find("kind:");
            match (steps, kind) {
                (Some(s), k) if !seen_steps && k.is_none_or(|k| s < k) => {
                    seen_steps = true;
                    from += s + "steps:".len();
                }
                (_, Some(k)) => {
                    if seen_steps {
                        if n == index {
                            let col = line[..from + k].chars().count() + 1;
                            return Some((i + 1, col));
                        }
                        n += 1;
                    }
                    from += k + "kind:".len();
                }
                _ => break,
            }
        }
    }
    None
}

/// The line with string contents and a trailing `//` comment blanked (same
/// length, so byte positions still match).
fn strip_comment_and_strings(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_str = false;
    let mut escaped = false;
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
                out.push('"');
                continue;
            }
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else if c == '"' {
            in_str = true;
            out.push('"');
        } else if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
            break;
        } else {
            out.push(c);
        }
    }
    out
}

fn first_content(text: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find(|(_, l)| {
            let t = l.trim_start();
            !t.is_empty() && !t.starts_with("//")
        })
        .map(|(i, l)| (i + 1, l.len() - l.trim_start().len() + 1))
        .unwrap_or((1, 1))
}

/// The folder whose layout files override or add to the built-in ones:
/// `--layouts`, then `$TOP3_LAYOUTS`, then `./layouts` if it exists, then the
/// platform's configuration folder.
pub fn layouts_dir(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(d) = flag {
        return Some(d.to_path_buf());
    }
    if let Some(d) = std::env::var_os(LAYOUTS_ENV).filter(|d| !d.is_empty()) {
        return Some(crate::paths::native(PathBuf::from(d)));
    }
    let local = PathBuf::from("layouts");
    if local.is_dir() {
        return Some(local);
    }
    directories::ProjectDirs::from("nl", "top3", "top3")
        .map(|p| p.config_dir().join("layouts"))
        .filter(|p| p.is_dir())
}

/// All layouts known to the program, built-in first, overridden by files.
#[derive(Debug, Clone, Default)]
pub struct LayoutSet {
    pub layouts: Vec<(Layout, Source)>,
}

impl LayoutSet {
    /// The built-in layouts only.
    pub fn builtin() -> LayoutSet {
        let mut set = LayoutSet::default();
        for (file, text) in BUILTIN {
            let layout = parse_layout(text, Path::new(file))
                .unwrap_or_else(|e| panic!("built-in layout is broken: {e}"));
            set.insert(layout, Source::Builtin);
        }
        set
    }

    /// Built-in layouts plus the files in `dir`. A broken file is returned as
    /// an error and the others still load.
    pub fn load(dir: Option<&Path>) -> (LayoutSet, Vec<LoadError>) {
        let mut set = Self::builtin();
        let mut errors = Vec::new();
        if let Some(dir) = dir
            && let Ok(entries) = std::fs::read_dir(dir)
        {
            let mut files: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && crate::store::is_session_file(p))
                .collect();
            files.sort();
            for path in files {
                match read_text(&path).and_then(|t| parse_layout(&t, &path)) {
                    Ok(layout) => set.insert(layout, Source::File(path)),
                    Err(e) => errors.push(e),
                }
            }
        }
        (set, errors)
    }

    fn insert(&mut self, layout: Layout, source: Source) {
        if let Some(slot) = self.layouts.iter_mut().find(|(l, _)| l.name == layout.name) {
            *slot = (layout, source);
        } else {
            self.layouts.push((layout, source));
        }
    }

    pub fn get(&self, name: &str) -> Option<&Layout> {
        self.layouts
            .iter()
            .find(|(l, _)| l.name == name)
            .map(|(l, _)| l)
    }

    pub fn names(&self) -> Vec<&str> {
        self.layouts.iter().map(|(l, _)| l.name.as_str()).collect()
    }
}
