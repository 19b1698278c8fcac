//! Paths as the platform writes them.
//!
//! Windows accepts `/` and `\` between folders, so a path typed as
//! `sessions/TR-2026-001` works, but every folder the program adds to it
//! is joined with `\`: messages and exports would show
//! `sessions/TR-2026-001\2026-10-27-….md`. Paths from the command line and
//! the environment are therefore made native once, where they come in, and
//! everything built from them is consistent. On Unix nothing changes.

use std::path::PathBuf;

/// `\\?\` paths take every character literally; they are left as they are.
const VERBATIM: [u16; 4] = [b'\\' as u16, b'\\' as u16, b'?' as u16, b'\\' as u16];

/// Turns each `/` into `\` in a Windows path given as UTF-16 code units,
/// unless it is a verbatim (`\\?\`) path. Returns whether anything changed.
pub fn to_backslashes(units: &mut [u16]) -> bool {
    if units.starts_with(&VERBATIM) {
        return false;
    }
    let mut changed = false;
    for u in units.iter_mut().filter(|u| **u == b'/' as u16) {
        *u = b'\\' as u16;
        changed = true;
    }
    changed
}

/// The same for text, for tests and messages: `a/b\c` → `a\b\c`.
pub fn windows_separators(path: &str) -> String {
    let mut units: Vec<u16> = path.encode_utf16().collect();
    to_backslashes(&mut units);
    String::from_utf16_lossy(&units)
}

/// The path with the platform's own separator (only Windows has two).
#[cfg(windows)]
pub fn native(path: PathBuf) -> PathBuf {
    use std::os::windows::ffi::{OsStrExt, OsStringExt};
    let mut units: Vec<u16> = path.as_os_str().encode_wide().collect();
    if to_backslashes(&mut units) {
        PathBuf::from(std::ffi::OsString::from_wide(&units))
    } else {
        path
    }
}

/// The path with the platform's own separator (only Windows has two).
#[cfg(not(windows))]
pub fn native(path: PathBuf) -> PathBuf {
    path
}

/// The example of a case folder that messages give, with the platform's
/// separator: `sessions/TR-2026-001`, on Windows `sessions\TR-2026-001`.
pub fn example_case() -> String {
    std::path::Path::new("sessions")
        .join("TR-2026-001")
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_slashes_become_backslashes() {
        assert_eq!(
            windows_separators("sessions/TR-2026-001\\2026-10-27.ron"),
            "sessions\\TR-2026-001\\2026-10-27.ron"
        );
        assert_eq!(
            windows_separators("../broken/sub/kapot.ron"),
            "..\\broken\\sub\\kapot.ron"
        );
        assert_eq!(windows_separators("C:/Users/x/top3"), "C:\\Users\\x\\top3");
        assert_eq!(
            windows_separators("//server/share/a"),
            "\\\\server\\share\\a"
        );
    }

    #[test]
    fn native_paths_and_verbatim_paths_stay() {
        assert_eq!(windows_separators("C:\\data\\a.ron"), "C:\\data\\a.ron");
        assert_eq!(windows_separators("kapot.ron"), "kapot.ron");
        // In a verbatim path `/` is part of a name, not a separator.
        let mut verbatim: Vec<u16> = "\\\\?\\C:\\a/b".encode_utf16().collect();
        assert!(!to_backslashes(&mut verbatim));
        assert_eq!(String::from_utf16_lossy(&verbatim), "\\\\?\\C:\\a/b");
    }

    #[test]
    fn unicode_names_survive() {
        assert_eq!(windows_separators("zaak/één/ß.ron"), "zaak\\één\\ß.ron");
    }

    #[cfg(not(windows))]
    #[test]
    fn unix_paths_are_unchanged() {
        let p = PathBuf::from("a\\b/c");
        assert_eq!(native(p.clone()), p);
    }

    #[cfg(windows)]
    #[test]
    fn windows_paths_get_backslashes() {
        assert_eq!(native(PathBuf::from("a/b\\c")), PathBuf::from("a\\b\\c"));
    }
}
