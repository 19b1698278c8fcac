//! One line ending for session files on every platform (README, "Windows"):
//! files are written with LF, and a file that went through a Windows editor
//! or a share with CRLF still reads the same. ci/windows.sh checks the LF
//! side for real: `top3 new` under Wine writes the same bytes as on Linux.
use crate::common;

use common::*;
use std::fs;
use top3::store::{load_session, save_session, session_to_ron};

#[test]
fn a_crlf_session_reads_the_same_as_its_lf_original() {
    for path in training_sessions() {
        let lf = fs::read_to_string(&path).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let crlf_path = dir.path().join("crlf.ron");
        fs::write(&crlf_path, lf.replace('\n', "\r\n")).unwrap();
        assert_eq!(
            load_session(&crlf_path).unwrap(),
            load_session(&path).unwrap(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn a_crlf_session_is_saved_with_lf() {
    let path = training_sessions().pop().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let crlf_path = dir.path().join("crlf.ron");
    let lf = fs::read_to_string(&path).unwrap();
    fs::write(&crlf_path, lf.replace('\n', "\r\n")).unwrap();
    let session = load_session(&crlf_path).unwrap();
    save_session(&crlf_path, &session).unwrap();
    let written = fs::read(&crlf_path).unwrap();
    assert!(!written.contains(&b'\r'), "a CR in the saved file");
    assert!(session_to_ron(&session).lines().count() > 100);
    assert!(!session_to_ron(&session).contains('\r'));
}
