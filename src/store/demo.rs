//! The repository's `sessions/` is a demo: a fictional case to look at and
//! try things on. top3 never writes it. A folder that holds the marker file
//! [`DEMO_MARKER`] is opened as a copy in the system's temporary folder
//! (`top3-demo`), so an edit, an undo or a new meeting lands in the copy and
//! a tracked training file is never rewritten. Real use has its own folder:
//! the platform's data directory (see [`super::sessions_dir`]).

use super::dirs::is_session_file;
use std::fs;
use std::path::{Path, PathBuf};

/// The file that marks a sessions folder as the shipped demo.
pub const DEMO_MARKER: &str = ".top3-demo";

/// Where the demo is copied to: one copy per version of the shipped demo,
/// kept between runs (like the training copy), so work on it can go on until
/// the system clears it, and a newer top3 with a changed demo starts from its
/// own files instead of an old copy.
pub fn demo_copy_root() -> PathBuf {
    std::env::temp_dir().join("top3-demo")
}

/// The copy of the demo folder `demo`: a folder under [`demo_copy_root`]
/// named after the contents of the shipped session files.
fn copy_root_for(demo: &Path) -> PathBuf {
    // FNV-1a over the names and bytes of the shipped sessions: stable across
    // builds, unlike the standard hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut files: Vec<PathBuf> = fs::read_dir(demo)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|c| c.path().is_dir())
        .flat_map(|c| fs::read_dir(c.path()).into_iter().flatten().flatten())
        .map(|f| f.path())
        .filter(|p| p.is_file() && is_session_file(p))
        .collect();
    files.sort();
    for f in &files {
        eat(f
            .strip_prefix(demo)
            .unwrap_or(f)
            .to_string_lossy()
            .as_bytes());
        eat(&fs::read(f).unwrap_or_default());
    }
    demo_copy_root().join(format!("{:08x}", hash as u32))
}

/// The demo folder that `path` lies in (the folder with the marker, `path`
/// itself or one of its two parents: the sessions folder, a case folder or a
/// session file).
fn demo_folder(path: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(path).ok()?;
    abs.ancestors()
        .take(3)
        .find(|a| a.join(DEMO_MARKER).is_file())
        .map(Path::to_path_buf)
}

/// True when `path` is (inside) the shipped demo folder.
pub fn is_demo(path: &Path) -> bool {
    demo_folder(path).is_some()
}

/// True when `path` lies in the demo's copy.
pub fn is_demo_copy(path: &Path) -> bool {
    let root = demo_copy_root();
    std::path::absolute(path).is_ok_and(|p| p.starts_with(&root))
}

/// The path to use for `path`: itself, or, inside the demo, the same place
/// in the demo's copy (which is made or completed first: files missing from
/// the copy are copied, files already there are kept as they are).
pub fn redirect(path: &Path) -> Result<PathBuf, String> {
    let Some(demo) = demo_folder(path) else {
        return Ok(path.to_path_buf());
    };
    let root = copy_root_for(&demo);
    copy_missing(&demo, &root).map_err(|e| format!("{}: {e}", root.display()))?;
    let abs = std::path::absolute(path).map_err(|e| e.to_string())?;
    let rest = abs.strip_prefix(&demo).unwrap_or(Path::new(""));
    Ok(root.join(rest))
}

/// Copies the case folders and their session files of `from` into `to`,
/// leaving files that are already there alone (and never the marker, so the
/// copy is a folder like any other).
fn copy_missing(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for case in fs::read_dir(from)?.flatten() {
        let case_path = case.path();
        if !case_path.is_dir() || case.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let target = to.join(case.file_name());
        fs::create_dir_all(&target)?;
        for f in fs::read_dir(&case_path)?.flatten() {
            let p = f.path();
            let dest = target.join(f.file_name());
            if p.is_file() && is_session_file(&p) && !dest.exists() {
                fs::copy(&p, &dest)?;
            }
        }
    }
    Ok(())
}
