//! Sessions and layouts on disk: RON with a version, atomic writes, a lock
//! per open session, and errors that point at file:line:column.

mod atomic;
mod demo;
mod dirs;
mod error;
mod format;
mod lock;
pub mod migrate;
mod ron_error;

pub use atomic::{Staged, free_file_name, stage, write_atomic};
pub use demo::{DEMO_MARKER, demo_copy_root, is_demo, is_demo_copy, redirect};
pub use dirs::{
    CaseDir, DIR_ENV, backup_path, data_sessions_dir, is_session_file, list_cases,
    new_session_path, sessions_dir,
};
pub use error::{LoadError, Problem};
pub use format::{
    MAX_FILE_BYTES, load_session, load_sessions, parse_ron, parse_session, read_text, save_session,
    session_to_ron,
};
pub use lock::{LockError, SessionLock};
