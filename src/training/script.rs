//! Time that moves (issue 16, item 4): what a practice case scripts to
//! happen between its meetings, and "volgend overleg" in training.
//!
//! A practice case may ship `script.ron` next to its sessions:
//!
//! ```ron
//! (
//!   after: [
//!     (
//!       date: "2026-12-08",
//!       events: [
//!         Fact(what: "…", when: Some("2026-11-29"), reported_by: "moeder", source: "eigen verhaal"),
//!         PoliceReport(what: "…", when: Some("2026-12-01")),
//!         Review(item: "deel van de tekst", status: Broken, note: "…"),
//!         Missed(who: "Rick", what: "Rick kwam niet naar het gesprek met de coördinator."),
//!       ],
//!     ),
//!   ],
//! )
//! ```
//!
//! `top3 train --case CODE --next` takes the newest meeting of the copy,
//! carries it to the first scripted date after it (as `top3 new` does), and
//! makes the events the new meeting's facts and review outcomes.

use crate::i18n::T;
use crate::model::{Attendance, Fact, FactKind, ReviewStatus, Session, When};
use crate::store::{LoadError, is_session_file, load_session, parse_ron, write_atomic};
use chrono::NaiveDate;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// The file name of a practice case's script.
pub const SCRIPT: &str = "script.ron";

/// What a practice case scripts between its meetings.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// The next meetings, each with what happened before it.
    #[serde(default)]
    pub after: Vec<Step>,
}

/// One scripted next meeting: its date and what happened before it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub date: NaiveDate,
    #[serde(default)]
    pub events: Vec<Event>,
}

fn police() -> String {
    T::ScriptPoliceSource.nl().to_string()
}

/// Something that happened between two meetings.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Event {
    /// A new fact: an actueel feit of the next meeting.
    Fact {
        what: String,
        #[serde(default)]
        when: Option<NaiveDate>,
        #[serde(default)]
        reported_by: String,
        #[serde(default)]
        source: String,
    },
    /// A police report: an actueel feit with the police as its source.
    PoliceReport {
        what: String,
        #[serde(default)]
        when: Option<NaiveDate>,
        #[serde(default = "police")]
        source: String,
    },
    /// A review outcome: the carried condition or agreement whose text
    /// holds `item` gets `status` and `note` in the next meeting's review.
    Review {
        item: String,
        status: ReviewStatus,
        #[serde(default)]
        note: String,
    },
    /// A missed meeting or appointment: a fact, and `who` (a participant's
    /// name) is marked absent.
    Missed {
        who: String,
        what: String,
        #[serde(default)]
        when: Option<NaiveDate>,
    },
}

/// Why the next scripted meeting could not be made; each one sentence.
#[derive(Debug)]
pub enum ScriptError {
    NoScript(String),
    NoMore(String),
    Unreadable(LoadError),
    Exists(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = match self {
            ScriptError::NoScript(c) => T::ScriptNone.fmt(&[c]),
            ScriptError::NoMore(c) => T::ScriptNoMore.fmt(&[c]),
            ScriptError::Unreadable(e) => e.to_string(),
            ScriptError::Exists(p) => T::ScriptExists.fmt(&[&p.display()]),
            ScriptError::Io(p, e) => T::TrainIo.fmt(&[&p.display(), e]),
        };
        f.write_str(&t)
    }
}

const OEF_2026_01: &str = include_str!("../../training/OEF-2026-01/script.ron");
const OEF_2026_02: &str = include_str!("../../training/OEF-2026-02/script.ron");
const OEF_2026_05: &str = include_str!("../../training/OEF-2026-05/script.ron");
// c-data: scripts of the risk-led and the recovery-led case.
const OEF_2026_03: &str = include_str!("../../training/OEF-2026-03/script.ron");
const OEF_2026_04: &str = include_str!("../../training/OEF-2026-04/script.ron");

/// The shipped script of a practice case, if it has one.
pub fn shipped_script(code: &str) -> Option<&'static str> {
    match code {
        "OEF-2026-01" => Some(OEF_2026_01),
        "OEF-2026-02" => Some(OEF_2026_02),
        "OEF-2026-03" => Some(OEF_2026_03),
        "OEF-2026-04" => Some(OEF_2026_04),
        "OEF-2026-05" => Some(OEF_2026_05),
        _ => None,
    }
}

/// Reads a script; errors carry file, line and column.
pub fn parse_script(text: &str, path: &Path) -> Result<Script, LoadError> {
    parse_ron(text, path)
}

/// Puts the events into `next`, the meeting carried to the step's date.
/// A review event whose item matches no carried item (the group changed
/// it) becomes an actueel feit; its item is returned.
pub fn apply(next: &mut Session, step: &Step) -> Vec<String> {
    let mut unmatched = Vec::new();
    for e in &step.events {
        match e {
            Event::Fact {
                what,
                when,
                reported_by,
                source,
            } => push_fact(next, what, *when, reported_by, source),
            Event::PoliceReport { what, when, source } => push_fact(next, what, *when, "", source),
            Event::Missed { who, what, when } => {
                for p in &mut next.participants {
                    if p.name.trim().eq_ignore_ascii_case(who.trim()) {
                        p.attendance = Attendance::Absent;
                    }
                }
                push_fact(next, what, *when, "", "")
            }
            Event::Review { item, status, note } => {
                let needle = item.trim().to_lowercase();
                let found = next
                    .review
                    .iter_mut()
                    .find(|r| !needle.is_empty() && r.text.to_lowercase().contains(&needle));
                match found {
                    Some(r) => {
                        r.status = Some(*status);
                        r.note = note.clone();
                    }
                    // The group changed or dropped the item: what happened
                    // still reaches the meeting, as a fact.
                    None => {
                        let what = format!("{}: {}", item.trim(), note.trim());
                        push_fact(next, what.trim_end_matches([':', ' ']), None, "", "");
                        unmatched.push(item.clone());
                    }
                }
            }
        }
    }
    unmatched
}

fn push_fact(s: &mut Session, what: &str, when: Option<NaiveDate>, by: &str, source: &str) {
    let id = s.alloc_id();
    let mut f = Fact::new(id, FactKind::Actuele, what);
    f.when = when.map_or(When::Unknown, When::Exact);
    f.reported_by = by.to_string();
    f.source = source.to_string();
    s.facts.push(f);
}

/// The newest session in a case folder, with its path.
pub fn newest_in(dir: &Path) -> Result<(PathBuf, Session), ScriptError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ScriptError::Io(dir.to_path_buf(), e))?;
    let mut best: Option<(PathBuf, Session)> = None;
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_file() || !is_session_file(&path) || path.file_name() == Some(SCRIPT.as_ref()) {
            continue;
        }
        let s = load_session(&path).map_err(ScriptError::Unreadable)?;
        if best
            .as_ref()
            .is_none_or(|(_, b)| (s.date, s.time) > (b.date, b.time))
        {
            best = Some((path, s));
        }
    }
    best.ok_or_else(|| ScriptError::NoMore(dir.display().to_string()))
}

/// The next meeting of the copy in `dir`: carried from its newest meeting
/// to the first scripted date after it, with the events put in. Returns the
/// new file (written, never over an existing one) and its step.
pub fn next_meeting(dir: &Path, code: &str) -> Result<NextMeeting, ScriptError> {
    let text = shipped_script(code).ok_or_else(|| ScriptError::NoScript(code.to_string()))?;
    let script = parse_script(text, &dir.join("script.ron")).map_err(ScriptError::Unreadable)?;
    let (path, newest) = newest_in(dir)?;
    let step = script
        .after
        .iter()
        .filter(|s| s.date > newest.date)
        .min_by_key(|s| s.date)
        .ok_or_else(|| ScriptError::NoMore(code.to_string()))?
        .clone();
    let mut next = crate::timeline::next_session(
        &newest,
        newest.kind,
        newest.phase,
        &newest.layout,
        step.date,
    );
    let unmatched = apply(&mut next, &step);
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.get(10..))
        .filter(|rest| rest.starts_with('-'))
        .unwrap_or("-training.ron");
    let out = dir.join(format!("{}{name}", step.date.format("%Y-%m-%d")));
    if out.exists() {
        return Err(ScriptError::Exists(out));
    }
    let ron = crate::store::session_to_ron(&next);
    write_atomic(&out, ron.as_bytes()).map_err(|e| ScriptError::Io(out.clone(), e))?;
    Ok(NextMeeting {
        path: out,
        step,
        unmatched,
    })
}

/// What `next_meeting` made.
#[derive(Debug)]
pub struct NextMeeting {
    pub path: PathBuf,
    pub step: Step,
    /// Review events whose item the meeting no longer has (now facts).
    pub unmatched: Vec<String>,
}
