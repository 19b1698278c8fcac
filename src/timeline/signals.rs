//! The signals of a case (DOMAIN.md §1.3–1.4): escalation that re-arms,
//! stable safety that counts unsafe events, a missed meeting. Pure rules
//! over the sessions and their timeline; each signal carries the dates it
//! fired on, and `i18n/` (through `history/`) turns it into words.

use super::Timeline;
use crate::model::{
    FactKind, Group, MeetingKind, Phase, ReviewStatus, ReviewTarget, Score, Session, When,
};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The settings behind the signals. Every field has a default, so a config
/// file may name only what it changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// The scale question that measures safety.
    pub scale: String,
    /// A meeting reaches the goal when the median score is at least this.
    pub threshold: Score,
    /// Directe veiligheid: months after the clock starts (the first meeting
    /// of the phase, or the last relapse below the threshold) by which the
    /// threshold must have been reached.
    pub escalate_direct_after_months: u32,
    /// Stabiele veiligheid: months after the clock starts by which
    /// `goal_meetings_running` safe meetings in a row must have been held.
    pub escalate_stable_after_months: u32,
    /// Meetings in a row at or above the threshold that reach a phase's goal.
    pub goal_meetings_running: u32,
    /// Stabiele veiligheid is reached after this many months without an
    /// unsafe event ("6 maanden geen onveilige gebeurtenissen").
    pub stable_months: u32,
    /// A condition not kept this many times in a phase escalates the case.
    pub escalate_after_breaches: u32,
    /// The family's or the network's median and the professionals' median
    /// this far apart (or more) is a signal.
    pub group_gap: u8,
    /// Follow-up contacts after closing a case (waakvlam), in months after
    /// the last meeting.
    pub follow_up_months: Vec<u32>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            scale: "veiligheid".into(),
            threshold: Score::DEFAULT_THRESHOLD,
            escalate_direct_after_months: 3,
            escalate_stable_after_months: 6,
            goal_meetings_running: 2,
            stable_months: 6,
            escalate_after_breaches: 2,
            group_gap: 3,
            follow_up_months: vec![6, 12],
        }
    }
}

/// Why an escalation clock (re)started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restart {
    /// The first meeting of the phase.
    PhaseStart,
    /// A meeting below the threshold after it had been reached (terugval).
    Relapse,
    /// An MDA++ expertoverleg was held: the case starts again from its plan.
    Expertoverleg,
}

/// Why the clock of stabiele veiligheid last (re)started.
#[derive(Debug, Clone, PartialEq)]
pub enum Unsafe {
    /// No unsafe event in the phase: counted from its first meeting.
    PhaseStart,
    /// A dated actueel feit.
    Incident { what: String },
    /// A condition not kept.
    Breach { condition: String },
    /// A meeting whose median was below the threshold.
    Below { median: f32 },
}

/// Something the rules say about the case.
#[derive(Debug, Clone, PartialEq)]
pub enum Signal {
    /// The goal was not reached in time: register the case with the MDA++
    /// expertoverleg, with the aanmeldingsformulier.
    EscalateToExpertoverleg {
        phase: Phase,
        /// When the clock (re)started.
        since: NaiveDate,
        /// By when the goal should have been reached.
        deadline: NaiveDate,
        restart: Restart,
    },
    /// The goal is not reached yet and the deadline is still ahead.
    DeadlineAhead {
        phase: Phase,
        since: NaiveDate,
        deadline: NaiveDate,
        restart: Restart,
    },
    /// A condition was not kept `dates.len()` times in this phase.
    EscalateBreaches {
        phase: Phase,
        condition: String,
        /// The days it was not kept, oldest first.
        dates: Vec<NaiveDate>,
    },
    /// A new acute fact of violence after the threshold was reached.
    EscalateIncident {
        phase: Phase,
        /// The meeting that reached the threshold (or began the phase).
        reached: NaiveDate,
        /// When it happened.
        date: NaiveDate,
        /// The meeting that recorded it.
        recorded: NaiveDate,
        what: String,
    },
    /// Stabiele veiligheid is not reached yet: the clock last restarted on
    /// `since` because of `why`; `earliest` is when it can be reached.
    StableClock {
        since: NaiveDate,
        why: Unsafe,
        earliest: NaiveDate,
    },
    /// The phase's goal is reached: the next meeting can start in the next
    /// phase (the meeting decides).
    PhaseGoalReached {
        phase: Phase,
        /// Directe veiligheid: the first of the meetings in a row that
        /// reached it. Stabiele veiligheid: the last unsafe event (or the
        /// start of the phase).
        since: NaiveDate,
        next: Option<Phase>,
    },
    /// The newest meeting is below the threshold while an earlier meeting of
    /// this phase reached it: a relapse (terugval).
    BelowThresholdAgain {
        phase: Phase,
        date: NaiveDate,
        median: f32,
    },
    /// In the newest scored meeting the family's (or the network's) median
    /// and the professionals' median differ by `rules.group_gap` or more.
    GroupsDiffer {
        date: NaiveDate,
        group: Group,
        median: f32,
        professionals: f32,
    },
    /// The next meeting planned on `planned` (in the meeting of `set_at`)
    /// has not been held.
    MissedMeeting {
        planned: NaiveDate,
        set_at: NaiveDate,
    },
    /// The case was closed in the meeting of `date`.
    CaseClosed { date: NaiveDate },
    /// A follow-up contact after closing (waakvlam) is due and not held.
    FollowUpDue { closed: NaiveDate, due: NaiveDate },
}

impl Signal {
    /// How urgent, for a banner that shows one signal: escalation first,
    /// then a missed meeting, a relapse, a deadline ahead, the stable
    /// clock, a reached goal.
    pub fn urgency(&self) -> u8 {
        match self {
            Signal::EscalateToExpertoverleg { .. }
            | Signal::EscalateBreaches { .. }
            | Signal::EscalateIncident { .. } => 5,
            Signal::MissedMeeting { .. } | Signal::FollowUpDue { .. } => 4,
            Signal::BelowThresholdAgain { .. } | Signal::GroupsDiffer { .. } => 3,
            Signal::DeadlineAhead { .. } => 2,
            Signal::StableClock { .. } => 1,
            Signal::PhaseGoalReached { .. } | Signal::CaseClosed { .. } => 0,
        }
    }

    /// A signal that asks for registration with the expertoverleg.
    pub fn is_escalation(&self) -> bool {
        self.urgency() == 5
    }
}

pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

fn months_for(phase: Phase, rules: &Rules) -> u32 {
    match phase {
        Phase::StabieleVeiligheid => rules.escalate_stable_after_months,
        _ => rules.escalate_direct_after_months,
    }
}

/// A scored meeting of the current phase.
struct Scored {
    date: NaiveDate,
    kind: MeetingKind,
    median: Option<f32>,
    /// No condition was reviewed as broken in this meeting.
    kept: bool,
}

/// The median of `session` on the safety scale, when answered.
pub fn median(session: &Session, rules: &Rules) -> Option<f32> {
    Some(session.scale(&rules.scale)?.stats()?.median)
}

/// The signals of a case as of `today` (or of the newest meeting, when that
/// is later). `sessions` in any order; `timeline` is theirs.
pub fn signals<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
    timeline: &Timeline,
    rules: &Rules,
    today: NaiveDate,
) -> Vec<Signal> {
    let mut all: Vec<&Session> = sessions.into_iter().collect();
    all.sort_by_key(|s| (s.date, s.time));
    let Some(newest) = all.last() else {
        return Vec::new();
    };
    // A closed case has no other signals than its follow-up contacts.
    if newest.closes_case {
        let mut out = vec![Signal::CaseClosed { date: newest.date }];
        if let Some(c) = &newest.closure {
            out.extend(c.due(today).map(|f| Signal::FollowUpDue {
                closed: newest.date,
                due: f.due,
            }));
        }
        return out;
    }
    let phase = newest.phase;
    let begin = all
        .iter()
        .rposition(|s| s.phase != phase)
        .map_or(0, |i| i + 1);
    let run = &all[begin..];
    let start = run[0].date;
    let reference = today.max(newest.date);
    let threshold = f32::from(rules.threshold.value());
    let reaches = |m: f32| m >= threshold;
    let n = rules.goal_meetings_running.max(1) as usize;
    let scored: Vec<Scored> = run
        .iter()
        .map(|s| Scored {
            date: s.date,
            kind: s.kind,
            median: median(s, rules),
            kept: !s.review.iter().any(|r| {
                matches!(r.target, ReviewTarget::Condition(_))
                    && r.status == Some(ReviewStatus::Broken)
            }),
        })
        .collect();
    let escalates = matches!(phase, Phase::DirecteVeiligheid | Phase::StabieleVeiligheid);
    // The last expertoverleg of the phase: what came before it was handled
    // there.
    let handled = scored
        .iter()
        .rev()
        .find(|s| s.kind == MeetingKind::Expertoverleg)
        .map(|s| s.date);
    let window = handled.unwrap_or(start).max(start);
    let mut out = Vec::new();

    // 1. The clock: armed at the start of the phase, re-armed after every
    // relapse below the threshold and after an expertoverleg.
    let mut clock = (start, Restart::PhaseStart);
    let mut armed = true;
    let mut previous_reached = false;
    let mut safe_run = 0usize;
    for s in &scored {
        if s.kind == MeetingKind::Expertoverleg && s.date > start {
            clock = (s.date, Restart::Expertoverleg);
            armed = true;
            safe_run = 0;
        }
        let Some(m) = s.median else { continue };
        if reaches(m) {
            previous_reached = true;
            safe_run = if s.kept { safe_run + 1 } else { 0 };
            match phase {
                Phase::StabieleVeiligheid if safe_run >= n => armed = false,
                Phase::StabieleVeiligheid => {}
                _ => armed = false,
            }
        } else {
            if previous_reached {
                clock = (s.date, Restart::Relapse);
                armed = true;
            }
            previous_reached = false;
            safe_run = 0;
        }
    }
    if escalates && armed {
        let deadline = add_months(clock.0, months_for(phase, rules));
        let (since, restart) = clock;
        out.push(if reference > deadline {
            Signal::EscalateToExpertoverleg {
                phase,
                since,
                deadline,
                restart,
            }
        } else {
            Signal::DeadlineAhead {
                phase,
                since,
                deadline,
                restart,
            }
        });
    }

    // 1b. A condition not kept a set number of times in this phase.
    let breaches = |from: NaiveDate| {
        timeline.records.iter().filter_map(move |r| {
            if !matches!(r.target, ReviewTarget::Condition(_)) {
                return None;
            }
            let marks: Vec<_> = r
                .marks
                .iter()
                .filter(|m| m.status == Some(ReviewStatus::Broken))
                .filter(|m| m.date > from || m.on.is_some_and(|o| o >= from))
                .collect();
            (!marks.is_empty()).then_some((r, marks))
        })
    };
    if escalates {
        for (r, marks) in breaches(window) {
            if marks.len() >= rules.escalate_after_breaches.max(1) as usize {
                out.push(Signal::EscalateBreaches {
                    phase,
                    condition: r.text.clone(),
                    dates: marks.iter().map(|m| m.day()).collect(),
                });
            }
        }
    }

    // 1c. A new dated acute fact after the threshold was reached.
    let incidents = incidents(&all);
    if escalates {
        let reached = match phase {
            Phase::StabieleVeiligheid => Some(start),
            _ => scored
                .iter()
                .find(|s| s.median.is_some_and(reaches))
                .map(|s| s.date),
        };
        if let Some(reached) = reached {
            let after = reached.max(handled.unwrap_or(reached));
            for i in &incidents {
                if i.recorded > after && i.date >= reached {
                    out.push(Signal::EscalateIncident {
                        phase,
                        reached,
                        date: i.date,
                        recorded: i.recorded,
                        what: i.what.clone(),
                    });
                }
            }
        }
    }

    // 2. The goal of the phase.
    match phase {
        Phase::DirecteVeiligheid => {
            let tail: Vec<&Scored> = scored
                .iter()
                .filter(|s| s.median.is_some())
                .rev()
                .take_while(|s| s.median.is_some_and(reaches))
                .collect();
            if tail.len() >= n {
                out.push(Signal::PhaseGoalReached {
                    phase,
                    since: tail[tail.len() - 1].date,
                    next: phase.next(),
                });
            }
        }
        Phase::StabieleVeiligheid => {
            let mut last = (start, Unsafe::PhaseStart);
            let mut later = |date: NaiveDate, why: Unsafe| {
                if date >= last.0 && !(date == last.0 && why == Unsafe::PhaseStart) {
                    last = (date, why);
                }
            };
            for i in &incidents {
                if i.date >= start {
                    later(
                        i.date,
                        Unsafe::Incident {
                            what: i.what.clone(),
                        },
                    );
                }
            }
            for (r, marks) in breaches(start) {
                for m in marks {
                    later(
                        m.day(),
                        Unsafe::Breach {
                            condition: r.text.clone(),
                        },
                    );
                }
            }
            for s in &scored {
                if let Some(m) = s.median.filter(|m| !reaches(*m)) {
                    later(s.date, Unsafe::Below { median: m });
                }
            }
            let (since, why) = last;
            let earliest = add_months(since, rules.stable_months);
            if newest.date >= earliest {
                out.push(Signal::PhaseGoalReached {
                    phase,
                    since,
                    next: phase.next(),
                });
            } else {
                out.push(Signal::StableClock {
                    since,
                    why,
                    earliest,
                });
            }
        }
        Phase::Herstel => {}
    }

    // A relapse: the newest scores are below the threshold again.
    let medians: Vec<(NaiveDate, f32)> = scored
        .iter()
        .filter_map(|s| s.median.map(|m| (s.date, m)))
        .collect();
    if let Some(&(date, median)) = medians.last()
        && !reaches(median)
        && medians.iter().any(|(_, m)| reaches(*m))
    {
        out.push(Signal::BelowThresholdAgain {
            phase,
            date,
            median,
        });
    }

    // 7. The family or network sees it differently from the professionals.
    if let Some(s) = run
        .iter()
        .rev()
        .find(|s| s.scale(&rules.scale).is_some_and(|x| x.stats().is_some()))
    {
        let pro = group_median(s, rules, Group::Professional);
        for group in [Group::Gezin, Group::Netwerk] {
            if let (Some(g), Some(p)) = (group_median(s, rules, group), pro)
                && (g - p).abs() >= f32::from(rules.group_gap.max(1))
            {
                out.push(Signal::GroupsDiffer {
                    date: s.date,
                    group,
                    median: g,
                    professionals: p,
                });
            }
        }
    }

    // 3. A planned meeting that was not held.
    if let Some(planned) = newest.next_meeting
        && planned < today
    {
        out.push(Signal::MissedMeeting {
            planned,
            set_at: newest.date,
        });
    }
    out
}

/// The median of the scores given by the participants of `group`.
pub fn group_median(session: &Session, rules: &Rules, group: Group) -> Option<f32> {
    let scale = session.scale(&rules.scale)?;
    let scores: Vec<Score> = session
        .participants
        .iter()
        .filter(|p| p.group == Some(group))
        .filter_map(|p| scale.answer(p.id)?.score)
        .collect();
    Some(crate::model::stats_of(&scores)?.median)
}

/// A dated acute fact and the meeting that first recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    pub date: NaiveDate,
    pub recorded: NaiveDate,
    pub what: String,
}

/// Every dated actueel feit of the case, once (facts are carried from one
/// meeting to the next with their id), oldest recording first.
pub fn incidents(sessions: &[&Session]) -> Vec<Incident> {
    let mut seen: HashSet<(crate::model::Id, NaiveDate)> = HashSet::new();
    let mut out = Vec::new();
    for s in sessions {
        for f in &s.facts {
            if f.kind != FactKind::Actuele {
                continue;
            }
            let When::Exact(date) = f.when else { continue };
            if seen.insert((f.id, date)) {
                out.push(Incident {
                    date,
                    recorded: s.date,
                    what: f.what.clone(),
                });
            }
        }
    }
    out
}
