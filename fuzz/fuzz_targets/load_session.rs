//! Any bytes given to the session loader: it never panics, and whatever it
//! accepts (any version, migrated) writes back and reads back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    if let Ok(session) = top3::store::parse_session(text, path) {
        let written = top3::store::session_to_ron(&session);
        let back = top3::store::parse_session(&written, path)
            .unwrap_or_else(|e| panic!("a loaded session must read back: {e}\n{written}"));
        assert_eq!(back, session, "the round trip changed the session");
        let _ = session.inconsistencies();
        let _ = top3::timeline::Timeline::of([&session]);
        let _ = top3::plan::check(&session);
    }
});
