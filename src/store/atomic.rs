use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// New contents written and flushed to a temporary file beside the target,
/// not yet in place. Dropping it without [`Staged::commit`] leaves the target
/// as it was (this is what a crash between write and rename looks like).
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

/// Writes `bytes` to a temporary file in the target's directory and syncs it.
pub fn stage(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    // tempfile creates the file readable by the owner only (0600 on Unix).
    let mut tmp = tempfile::Builder::new()
        .prefix(".top3-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(Staged {
        tmp,
        target: path.to_path_buf(),
    })
}

impl Staged {
    /// Keeps the current file as `.bak` and renames the new one into place.
    pub fn commit(self) -> io::Result<()> {
        if self.target.is_file() {
            let bak = super::backup_path(&self.target);
            // The backup is itself written by rename so it is never half a file.
            let old = fs::read(&self.target)?;
            let dir = self.target.parent().unwrap_or(Path::new("."));
            let mut btmp = tempfile::Builder::new()
                .prefix(".top3-")
                .suffix(".tmp")
                .tempfile_in(dir)?;
            btmp.write_all(&old)?;
            btmp.as_file().sync_all()?;
            persist(btmp, &bak)?;
        }
        persist(self.tmp, &self.target)?;
        sync_dir(&self.target);
        Ok(())
    }
}

/// How often, and how far apart, a refused rename is tried again: two
/// seconds in all, far longer than a reader holds a session file.
const TRIES: u32 = 40;
const PAUSE: Duration = Duration::from_millis(50);

/// Renames the temporary file over `target` (`MoveFileExW` with
/// `MOVEFILE_REPLACE_EXISTING` on Windows, `rename` on Unix).
///
/// On Unix a rename replaces a file that others have open. Windows refuses
/// while another program holds the target open without sharing delete access
/// (an editor, a virus scanner, a sync client, a backup) — such a hold lasts
/// milliseconds — so there the rename is tried again for a while before the
/// error is given. `top3 present` itself reads with Rust's default sharing,
/// which allows the replace.
fn persist(tmp: tempfile::NamedTempFile, target: &Path) -> io::Result<()> {
    with_retries(
        tmp,
        |tmp| tmp.persist(target).map(drop).map_err(|e| (e.error, e.file)),
        |e| cfg!(windows) && windows_transient(e.raw_os_error()),
        TRIES,
        PAUSE,
    )
}

/// The Windows errors of a file that someone else has open for a moment:
/// `ERROR_ACCESS_DENIED` (5, also a file whose delete is pending),
/// `ERROR_SHARING_VIOLATION` (32) and `ERROR_LOCK_VIOLATION` (33).
pub fn windows_transient(code: Option<i32>) -> bool {
    matches!(code, Some(5 | 32 | 33))
}

/// Runs `op` until it succeeds, fails with an error that is not `transient`,
/// or has been tried `tries` times; `op` hands its state back on failure so
/// the next try can use it.
pub fn with_retries<S, T>(
    mut state: S,
    mut op: impl FnMut(S) -> Result<T, (io::Error, S)>,
    transient: impl Fn(&io::Error) -> bool,
    tries: u32,
    pause: Duration,
) -> io::Result<T> {
    let mut tried = 1;
    loop {
        match op(state) {
            Ok(v) => return Ok(v),
            Err((e, back)) if tried < tries && transient(&e) => {
                state = back;
                tried += 1;
                std::thread::sleep(pause);
            }
            Err((e, _)) => return Err(e),
        }
    }
}

/// Writes a file so that it is either the old or the new contents, never half.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    stage(path, bytes)?.commit()
}

#[cfg(unix)]
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(f) = fs::File::open(dir)
    {
        // Best effort: the rename is already done; this makes it durable.
        let _ = f.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_path: &Path) {}

/// `wanted` when no file of that name exists, else the first free name
/// with a number before the extension (`…-2.docx`, `…-3.docx` …), so a
/// file written by a key never replaces one without saying so.
pub fn free_file_name(wanted: &Path) -> PathBuf {
    if !wanted.exists() {
        return wanted.to_path_buf();
    }
    let stem = wanted
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let ext = wanted
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2u32..)
        .map(|n| wanted.with_file_name(format!("{stem}-{n}{ext}")))
        .find(|p| !p.exists())
        .expect("a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn a_rename_refused_for_a_moment_is_tried_again() {
        // The target is held open by a reader for the first three tries.
        let mut calls = 0;
        let result = with_retries(
            (),
            |()| {
                calls += 1;
                if calls <= 3 {
                    Err((refused(32), ()))
                } else {
                    Ok(calls)
                }
            },
            |e| windows_transient(e.raw_os_error()),
            TRIES,
            Duration::ZERO,
        );
        assert_eq!(result.unwrap(), 4);
    }

    #[test]
    fn a_lasting_refusal_gives_the_error_after_the_last_try() {
        let mut calls = 0;
        let result: io::Result<()> = with_retries(
            (),
            |()| {
                calls += 1;
                Err((refused(5), ()))
            },
            |e| windows_transient(e.raw_os_error()),
            5,
            Duration::ZERO,
        );
        assert_eq!(result.unwrap_err().raw_os_error(), Some(5));
        assert_eq!(calls, 5);
    }

    #[test]
    fn other_errors_are_not_tried_again() {
        let mut calls = 0;
        let result: io::Result<()> = with_retries(
            (),
            |()| {
                calls += 1;
                // ERROR_PATH_NOT_FOUND: waiting does not help.
                Err((refused(3), ()))
            },
            |e| windows_transient(e.raw_os_error()),
            TRIES,
            Duration::ZERO,
        );
        assert!(result.is_err());
        assert_eq!(calls, 1);
        assert!(!windows_transient(Some(2)));
        assert!(!windows_transient(None));
    }

    /// On Windows (and under Wine): a reader that holds the session open
    /// without sharing delete access for a moment does not make the save
    /// fail; the rename waits for it.
    #[cfg(windows)]
    #[test]
    fn replace_waits_for_a_reader_that_does_not_share_delete() {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_SHARE_READ: u32 = 1;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"old").unwrap();
        let reader = fs::OpenOptions::new()
            .read(true)
            .share_mode(FILE_SHARE_READ)
            .open(&path)
            .unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            drop(reader);
        });
        write_atomic(&path, b"new").unwrap();
        release.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(super::super::backup_path(&path)).unwrap(), b"old");
    }

    /// On Unix a reader never stops the replace.
    #[cfg(unix)]
    #[test]
    fn replace_while_a_reader_has_the_file_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"old").unwrap();
        let reader = fs::File::open(&path).unwrap();
        write_atomic(&path, b"new").unwrap();
        drop(reader);
        assert_eq!(fs::read(&path).unwrap(), b"new");
    }
}
