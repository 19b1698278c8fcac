use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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
            btmp.persist(&bak).map_err(|e| e.error)?;
        }
        self.tmp.persist(&self.target).map_err(|e| e.error)?;
        sync_dir(&self.target);
        Ok(())
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
