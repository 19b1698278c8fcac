use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
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
        match try_lock(&file) {
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
        // Reading moved the cursor: write the new line from the start, not
        // after a gap of zero bytes where the old one was.
        file.seek(SeekFrom::Start(0)).map_err(LockError::Io)?;
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
        unlock(&self.file);
    }
}

/// Unix: `flock`, advisory, which never keeps anyone from reading the file.
#[cfg(not(windows))]
fn try_lock(file: &File) -> Result<(), TryLockError> {
    file.try_lock()
}

#[cfg(not(windows))]
fn unlock(file: &File) {
    let _ = file.unlock();
}

/// Where the Windows lock sits: one byte far past any text the file holds.
#[cfg(windows)]
const LOCK_OFFSET: u64 = 1 << 62;

/// Windows: `LockFileEx` on one byte past the end. Windows byte-range locks
/// are mandatory; std's whole-file lock would make the holder's line
/// unreadable to the program that is refused.
#[cfg(windows)]
fn try_lock(file: &File) -> Result<(), TryLockError> {
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Foundation::ERROR_LOCK_VIOLATION;
    use windows_sys::Win32::Storage::FileSystem::{
        LOCKFILE_EXCLUSIVE_LOCK, LOCKFILE_FAIL_IMMEDIATELY, LockFileEx,
    };
    // SAFETY: the handle is open for the whole call and the OVERLAPPED lives
    // on the stack until the call returns (the file is not overlapped-I/O,
    // so the call completes before returning).
    let ok = unsafe {
        let mut overlapped: windows_sys::Win32::System::IO::OVERLAPPED = std::mem::zeroed();
        overlapped.Anonymous.Anonymous.Offset = LOCK_OFFSET as u32;
        overlapped.Anonymous.Anonymous.OffsetHigh = (LOCK_OFFSET >> 32) as u32;
        LockFileEx(
            file.as_raw_handle(),
            LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY,
            0,
            1,
            0,
            &mut overlapped,
        )
    };
    if ok != 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    if e.raw_os_error() == Some(ERROR_LOCK_VIOLATION as i32) {
        Err(TryLockError::WouldBlock)
    } else {
        Err(TryLockError::Error(e))
    }
}

#[cfg(windows)]
fn unlock(file: &File) {
    use std::os::windows::io::AsRawHandle;
    // SAFETY: as above; closing the handle would release the lock anyway.
    unsafe {
        windows_sys::Win32::Storage::FileSystem::UnlockFile(
            file.as_raw_handle(),
            LOCK_OFFSET as u32,
            (LOCK_OFFSET >> 32) as u32,
            1,
            0,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second program is refused and told who has the session: on Windows
    /// this needs the holder's line to stay readable under the lock.
    #[test]
    fn a_second_acquire_is_refused_with_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        let first = SessionLock::acquire(&session).unwrap();
        match SessionLock::acquire(&session) {
            Err(LockError::Held { holder }) => {
                assert!(
                    holder.starts_with(&format!("pid {} (", std::process::id())),
                    "{holder}"
                );
            }
            other => panic!("expected Held, got {other:?}"),
        }
        drop(first);
        assert!(!SessionLock::lock_path(&session).exists());
        let again = SessionLock::acquire(&session).unwrap();
        assert!(!again.took_over_stale);
    }

    /// A lock file left by a program that died is taken over.
    #[test]
    fn a_stale_lock_file_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        fs::write(SessionLock::lock_path(&session), "pid 1 (2026-01-01 09:00)").unwrap();
        let lock = SessionLock::acquire(&session).unwrap();
        assert!(lock.took_over_stale);
        let line = fs::read_to_string(SessionLock::lock_path(&session)).unwrap();
        assert!(
            line.starts_with(&format!("pid {} (", std::process::id())),
            "{line:?}"
        );
    }
}
