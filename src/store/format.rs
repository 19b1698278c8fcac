use super::error::{LoadError, Problem};
use super::ron_error::describe;
use crate::model::{CURRENT_VERSION, Session};
use serde::de::DeserializeOwned;
use std::fs;
use std::io::Read;
use std::path::Path;

/// Larger files are refused rather than read into memory: no meeting is 32 MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a whole text file, refusing directories, huge files and non-UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::new(path, Problem::NotFound),
        _ => LoadError::new(path, Problem::Io(io_words(&e))),
    })?;
    if meta.is_dir() {
        return Err(LoadError::new(path, Problem::IsDirectory));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::new(path, Problem::TooLarge(meta.len())));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| LoadError::new(path, Problem::Io(io_words(&e))))?;
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let (line, col) = position_after(good);
        LoadError::new(path, Problem::NotUtf8).at(line, col)
    })
}

fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => crate::i18n::T::IoNotFound.s().into(),
        PermissionDenied => crate::i18n::T::IoDenied.s().into(),
        _ => e.to_string(),
    }
}

/// Line and column (1-based) just after `bytes`.
fn position_after(bytes: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(bytes);
    let line = 1 + text.matches('\n').count();
    let col = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// Parses RON text into `T`, turning any failure into a positioned error.
pub fn parse_ron<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::new(path, Problem::Empty).at(1, 1));
    }
    ron::Options::default()
        .with_recursion_limit(64)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            LoadError::new(path, Problem::Content(describe(&e.code)))
                .at(e.span.start.line.max(1), e.span.start.col.max(1))
        })
}

#[derive(serde::Deserialize)]
struct VersionProbe {
    version: Option<u32>,
}

/// Parses a session file of any version this program knows, migrating older
/// versions; a newer version is refused.
pub fn parse_session(text: &str, path: &Path) -> Result<Session, LoadError> {
    let probe: VersionProbe = parse_ron(text, path)?;
    let version = probe
        .version
        .ok_or_else(|| LoadError::new(path, Problem::MissingVersion).at(1, 1))?;
    let at_version = || {
        let (line, col) = find_field(text, "version");
        (line, col)
    };
    match version {
        v if v > CURRENT_VERSION => {
            let (l, c) = at_version();
            Err(LoadError::new(path, Problem::NewerVersion(v)).at(l, c))
        }
        CURRENT_VERSION => parse_ron(text, path),
        // Older versions would be read here by their own types and migrated
        // step by step to the current one; version 1 is the first.
        v => {
            let (l, c) = at_version();
            Err(LoadError::new(path, Problem::UnknownVersion(v)).at(l, c))
        }
    }
}

/// Line and column of the first `name:` in the text, for pointing at a field.
fn find_field(text: &str, name: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        if let Some(col) = line.find(&format!("{name}:")) {
            return (i + 1, line[..col].chars().count() + 1);
        }
    }
    (1, 1)
}

pub fn load_session(path: &Path) -> Result<Session, LoadError> {
    let text = read_text(path)?;
    parse_session(&text, path)
}

/// The session as pretty RON, the way it is stored.
pub fn session_to_ron(session: &Session) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .new_line("\n")
        .struct_names(false);
    let mut out = ron::ser::to_string_pretty(session, config)
        .expect("a session always serialises: it holds only strings, numbers and dates");
    out.push('\n');
    out
}

/// Saves atomically; the previous version is kept as `.bak`.
pub fn save_session(path: &Path, session: &Session) -> std::io::Result<()> {
    super::write_atomic(path, session_to_ron(session).as_bytes())
}
