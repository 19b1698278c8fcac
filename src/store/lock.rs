use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Held while a session is open for editing. A second program that tries to
/// open the same session is refused; a lock left by a program that died is
/// taken over, because the operating system releases its file lock.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
    /// True when a lock file of a program that is gone was found and reused.
    pub took_over_stale: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another running program has this session open.
    #[error("{}", crate::i18n::T::ErrLocked.fmt(&[&holder]))]
    Held { holder: String },
    #[error("{}", crate::i18n::T::ErrLockIo.fmt(&[&.0]))]
    Io(std::io::Error),
}

impl SessionLock {
    pub fn lock_path(session: &Path) -> PathBuf {
        let mut name = session.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        session.with_file_name(name)
    }

    pub fn acquire(session: &Path) -> Result<SessionLock, LockError> {
        let path = Self::lock_path(session);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                return Err(LockError::Held {
                    holder: if holder.is_empty() {
                        "?".into()
                    } else {
                        holder.to_string()
                    },
                });
            }
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
        let mut previous = String::new();
        let _ = file.read_to_string(&mut previous);
        let took_over_stale = !previous.trim().is_empty();
        file.set_len(0).map_err(LockError::Io)?;
        let me = format!(
            "pid {} ({})",
            std::process::id(),
            chrono::Local::now().format("%Y-%m-%d %H:%M")
        );
        (&file).write_all(me.as_bytes()).map_err(LockError::Io)?;
        let _ = file.sync_all();
        Ok(SessionLock {
            file,
            path,
            took_over_stale,
        })
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}
