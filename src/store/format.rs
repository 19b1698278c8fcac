use super::error::{LoadError, Problem};
use super::migrate::{SessionV1, v1_to_v2};
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
/// versions; a newer version is refused. The text is parsed once: the
/// version is read from the text before the parse.
pub fn parse_session(text: &str, path: &Path) -> Result<Session, LoadError> {
    let Some((version, line, col)) = probe_version(text) else {
        // No readable version: parse in full for the syntax error, or say
        // the version is missing.
        let probe: VersionProbe = parse_ron(text, path)?;
        return match probe.version {
            None => Err(LoadError::new(path, Problem::MissingVersion).at(1, 1)),
            Some(_) => parse_ron(text, path),
        };
    };
    match version {
        v if v > CURRENT_VERSION => {
            Err(LoadError::new(path, Problem::NewerVersion(v)).at(line, col))
        }
        CURRENT_VERSION => parse_ron(text, path),
        1 => parse_ron::<SessionV1>(text, path).map(v1_to_v2),
        v => Err(LoadError::new(path, Problem::UnknownVersion(v)).at(line, col)),
    }
}

/// The top-level `version: N` of a RON text with its line and column,
/// without parsing the rest: comments and strings are skipped, nesting is
/// counted. `None` when there is none at the top level.
fn probe_version(text: &str) -> Option<(u32, usize, usize)> {
    let bytes = text.as_bytes();
    let (mut i, mut depth, mut line, mut line_start) = (0usize, 0usize, 1usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..].find("*/")? + i + 4;
                for (j, b) in bytes[i..end].iter().enumerate() {
                    if *b == b'\n' {
                        line += 1;
                        line_start = i + j + 1;
                    }
                }
                i = end;
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    } else if bytes[i] == b'\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'v' if depth == 1
                && text[i..].starts_with("version")
                && (i == 0 || !is_ident(bytes[i - 1])) =>
            {
                let col = text[line_start..i].chars().count() + 1;
                let rest = text[i + "version".len()..].trim_start();
                if let Some(value) = rest.strip_prefix(':') {
                    let digits: String = value
                        .trim_start()
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    return digits.parse().ok().map(|v| (v, line, col));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Loads many session files, in the order given, on as many threads as the
/// machine has cores (a case of 1000 meetings is read in parallel).
pub fn load_sessions(paths: &[std::path::PathBuf]) -> Vec<Result<Session, LoadError>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(paths.len().max(1));
    if threads <= 1 || paths.len() < 8 {
        return paths.iter().map(|p| load_session(p)).collect();
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|p| load_session(p)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
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

/// Saves atomically; the previous version is kept as `.bak`. The first save
/// over a file of an older format also keeps that file as `.vN.bak`, so the
/// file as the older program wrote it survives later saves. The comment
/// lines at the top of the file (a header such as "Fictieve oefencasus …")
/// are kept; comments inside the data are not (the file is written anew).
pub fn save_session(path: &Path, session: &Session) -> std::io::Result<()> {
    let header = keep_what_saving_loses(path)?;
    let mut text = header;
    text.push_str(&session_to_ron(session));
    super::write_atomic(path, text.as_bytes())
}

/// Keeps a file of an older format beside it, and returns the comment lines
/// at its top (empty when there is no file).
fn keep_what_saving_loses(path: &Path) -> std::io::Result<String> {
    let Ok(file) = fs::File::open(path) else {
        return Ok(String::new());
    };
    // The version is the first field and the header comes before it: the
    // start of the file is enough.
    let mut head = Vec::new();
    file.take(4096).read_to_end(&mut head)?;
    let head = String::from_utf8_lossy(&head);
    if let Some((v, ..)) = probe_version(&head)
        && v < CURRENT_VERSION
    {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".v{v}.bak"));
        let keep = path.with_file_name(name);
        if !keep.exists() {
            super::write_atomic(&keep, &fs::read(path)?)?;
        }
    }
    Ok(header_comments(&head))
}

/// The `//` lines at the top of a RON text, each ending in a newline.
fn header_comments(text: &str) -> String {
    text.lines()
        .take_while(|l| l.trim_start().starts_with("//"))
        .map(|l| format!("{}\n", l.trim_end()))
        .collect()
}
