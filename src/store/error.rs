use crate::i18n::T;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a file could not be read, in words for a facilitator.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be opened or read at all.
    Io(String),
    IsDirectory,
    NotFound,
    TooLarge(u64),
    NotUtf8,
    Empty,
    /// A syntax or content problem, already a sentence.
    Content(String),
    MissingVersion,
    NewerVersion(u32),
    UnknownVersion(u32),
}

/// A file that failed to load, with the position of the problem when known.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub path: PathBuf,
    /// 1-based line and column.
    pub position: Option<(usize, usize)>,
    pub problem: Problem,
}

impl LoadError {
    pub fn new(path: &Path, problem: Problem) -> Self {
        LoadError {
            path: path.to_path_buf(),
            position: None,
            problem,
        }
    }

    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.position = Some((line, col));
        self
    }

    pub fn message(&self) -> String {
        match &self.problem {
            Problem::Io(e) => T::ErrIo.fmt(&[e]),
            Problem::NotFound => T::IoNotFound.s().to_string(),
            Problem::IsDirectory => T::ErrIsDir.s().to_string(),
            Problem::TooLarge(n) => T::ErrTooLarge.fmt(&[&(n / 1_000_000)]),
            Problem::NotUtf8 => T::ErrNotUtf8.s().to_string(),
            Problem::Empty => T::ErrEmpty.s().to_string(),
            Problem::Content(s) => s.clone(),
            Problem::MissingVersion => T::ErrNoVersion.s().to_string(),
            Problem::NewerVersion(v) => {
                T::ErrNewerVersion.fmt(&[v, &crate::model::CURRENT_VERSION])
            }
            Problem::UnknownVersion(v) => T::ErrUnknownVersion.fmt(&[v]),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.position.unwrap_or((1, 1));
        let msg = self.message();
        let end = if msg.ends_with(['.', '?', '!']) {
            ""
        } else {
            "."
        };
        write!(f, "{}:{line}:{col}: {msg}{end}", self.path.display())
    }
}

impl std::error::Error for LoadError {}
