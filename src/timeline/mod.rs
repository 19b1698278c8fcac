//! A case over time, computed from its sessions: every condition and
//! agreement with its outcome per meeting and how it ended, and the rules
//! that decide what the next meeting carries (DESIGN.md §2 "Over time").
//!
//! Pure and low in the house: it imports only `model/`, so `plan/`,
//! `history/`, `app/` and the exports all read the same rules. It returns
//! typed facts; `i18n/` turns them into words.

mod carry;
mod past;
mod record;
mod signals;

pub use carry::{
    Ending, carries, carry_people, ended_here, ending, is_family_or_network, items, live_actions,
    live_conditions, next_session, summary_of,
};
pub use past::Past;
pub use record::{Mark, Record, Timeline};
pub use signals::{
    EscalationPath, Incident, Restart, Rules, Signal, Unsafe, add_months, group_median, incidents,
    median, path, signals,
};
