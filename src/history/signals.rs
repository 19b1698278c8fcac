//! The escalation signal and the phase goal (DOMAIN.md §1.3, §1.4).

use super::{CaseHistory, Meeting};
use crate::i18n::{self, T};
use crate::model::{Phase, ReviewStatus, ReviewTarget, Score};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// The settings behind the signals. Every field has a default, so a config
/// file may name only what it changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// The scale question that measures safety.
    pub scale: String,
    /// A meeting reaches the goal when the median score is at least this.
    pub threshold: Score,
    /// Directe veiligheid: months after the first meeting of the phase by
    /// which the threshold must have been reached once.
    pub escalate_direct_after_months: u32,
    /// Stabiele veiligheid: months after the first meeting of the phase by
    /// which `goal_meetings_running` safe meetings in a row must have been
    /// held.
    pub escalate_stable_after_months: u32,
    /// Meetings in a row at or above the threshold that reach a phase's goal.
    pub goal_meetings_running: u32,
    /// Stabiele veiligheid is reached when the safe meetings in a row cover
    /// at least this many months ("6 maanden geen onveilige gebeurtenissen").
    pub stable_months: u32,
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
        }
    }
}

/// Something the history says about the current phase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Signal {
    /// The goal was not reached in time: register the case with the MDA++
    /// expertoverleg, with the aanmeldingsformulier.
    EscalateToExpertoverleg {
        phase: Phase,
        /// First meeting of the phase.
        since: NaiveDate,
        /// By when the goal should have been reached.
        deadline: NaiveDate,
    },
    /// The goal is not reached yet and the deadline is still ahead.
    DeadlineAhead {
        phase: Phase,
        since: NaiveDate,
        deadline: NaiveDate,
    },
    /// The phase's goal is reached: the next meeting can start in the next
    /// phase (the meeting decides).
    PhaseGoalReached {
        phase: Phase,
        /// The first of the meetings in a row that reached it.
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
}

impl Signal {
    /// How urgent, for a banner that shows one signal: escalation first,
    /// then a relapse, a deadline ahead, a reached goal.
    pub fn urgency(&self) -> u8 {
        match self {
            Signal::EscalateToExpertoverleg { .. } => 3,
            Signal::BelowThresholdAgain { .. } => 2,
            Signal::DeadlineAhead { .. } => 1,
            Signal::PhaseGoalReached { .. } => 0,
        }
    }

    /// A signal that asks for registration with the expertoverleg.
    pub fn is_escalation(&self) -> bool {
        matches!(self, Signal::EscalateToExpertoverleg { .. })
    }

    /// The signal as one or two sentences for the facilitator.
    pub fn describe(&self, rules: &Rules) -> String {
        let d = |d: &NaiveDate| d.format("%d-%m-%Y").to_string();
        let thr = rules.threshold;
        let n = rules.goal_meetings_running.max(1);
        match *self {
            Signal::EscalateToExpertoverleg {
                phase,
                since,
                deadline,
            } => {
                let months = months_for(phase, rules);
                let t = match phase {
                    Phase::StabieleVeiligheid => T::SigEscalateStable,
                    _ => T::SigEscalateDirect,
                };
                t.fmt(&[&d(&since), &months, &thr, &d(&deadline), &n])
            }
            Signal::DeadlineAhead {
                phase,
                since,
                deadline,
            } => match phase {
                Phase::StabieleVeiligheid => {
                    T::SigAheadStable.fmt(&[&d(&since), &thr, &d(&deadline), &n])
                }
                _ => T::SigAheadDirect.fmt(&[&d(&since), &thr, &d(&deadline)]),
            },
            Signal::PhaseGoalReached { phase, since, next } => {
                let first = match phase {
                    Phase::StabieleVeiligheid => {
                        T::SigGoalStable.fmt(&[&d(&since), &rules.stable_months, &thr])
                    }
                    _ => T::SigGoalDirect.fmt(&[&d(&since), &n, &thr]),
                };
                match next {
                    Some(next) => format!(
                        "{first} {}",
                        T::SigNextPhase.fmt(&[&i18n::phase_name(next), &i18n::plan_name(next)])
                    ),
                    None => first,
                }
            }
            Signal::BelowThresholdAgain {
                phase,
                date,
                median,
            } => T::SigBelowAgain.fmt(&[
                &d(&date),
                &fmt_median(median),
                &thr,
                &i18n::phase_name(phase),
            ]),
        }
    }
}

/// A median as people say it: "5" or "5,5" (Dutch) / "5.5" (English).
pub fn fmt_median(m: f32) -> String {
    let s = if m.fract() == 0.0 {
        format!("{m:.0}")
    } else {
        format!("{m:.1}")
    };
    match i18n::lang() {
        i18n::Lang::Nl => s.replace('.', ","),
        i18n::Lang::En => s,
    }
}

fn months_for(phase: Phase, rules: &Rules) -> u32 {
    match phase {
        Phase::StabieleVeiligheid => rules.escalate_stable_after_months,
        _ => rules.escalate_direct_after_months,
    }
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// A scored meeting of the current phase.
struct Scored {
    date: NaiveDate,
    median: f32,
    reaches: bool,
    /// Reaches, and no condition was reviewed as broken in this meeting.
    safe: bool,
}

fn scored(meetings: &[Meeting], rules: &Rules) -> Vec<Scored> {
    let threshold = f32::from(rules.threshold.value());
    meetings
        .iter()
        .filter_map(|m| {
            let stats = m.session.scale(&rules.scale)?.stats()?;
            let reaches = stats.median >= threshold;
            let broken = m.session.review.iter().any(|r| {
                matches!(r.target, ReviewTarget::Condition(_))
                    && r.status == Some(ReviewStatus::Broken)
            });
            Some(Scored {
                date: m.session.date,
                median: stats.median,
                reaches,
                safe: reaches && !broken,
            })
        })
        .collect()
}

/// The trailing run of meetings (from the newest back) for which `ok` holds.
fn trailing(scored: &[Scored], ok: impl Fn(&Scored) -> bool) -> &[Scored] {
    let start = scored.iter().rposition(|s| !ok(s)).map_or(0, |i| i + 1);
    &scored[start..]
}

/// Whether some `n` scored meetings in a row satisfy `ok`.
fn some_run(scored: &[Scored], n: usize, ok: impl Fn(&Scored) -> bool) -> bool {
    let mut run = 0;
    for s in scored {
        run = if ok(s) { run + 1 } else { 0 };
        if run >= n.max(1) {
            return true;
        }
    }
    false
}

impl CaseHistory {
    /// The one signal a start-screen banner shows: the most urgent.
    pub fn most_urgent(&self, rules: &Rules, today: NaiveDate) -> Option<Signal> {
        self.signals(rules, today)
            .into_iter()
            .max_by_key(Signal::urgency)
    }

    /// The signals for the current phase (the phase of the newest meeting,
    /// counted from its first meeting after any other phase), as of `today`
    /// (or of the newest meeting, when that is later). Meetings without
    /// scores for `rules.scale` neither count nor break a run.
    pub fn signals(&self, rules: &Rules, today: NaiveDate) -> Vec<Signal> {
        let run = self.current_phase_meetings();
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return Vec::new();
        };
        let phase = first.session.phase;
        let since = first.session.date;
        let reference = today.max(last.session.date);
        let scored = scored(run, rules);
        let n = rules.goal_meetings_running.max(1) as usize;
        let mut out = Vec::new();

        // Escalation: only phases 1 and 2 (DOMAIN.md §1.4).
        let reached_in_time = match phase {
            Phase::DirecteVeiligheid => scored.iter().any(|s| s.reaches),
            Phase::StabieleVeiligheid => some_run(&scored, n, |s| s.safe),
            Phase::Herstel => true,
        };
        if !reached_in_time {
            let deadline = add_months(since, months_for(phase, rules));
            out.push(if reference > deadline {
                Signal::EscalateToExpertoverleg {
                    phase,
                    since,
                    deadline,
                }
            } else {
                Signal::DeadlineAhead {
                    phase,
                    since,
                    deadline,
                }
            });
        }

        // The goal of the phase, judged on the newest meetings in a row.
        let goal = match phase {
            Phase::DirecteVeiligheid => {
                let tail = trailing(&scored, |s| s.reaches);
                (tail.len() >= n).then(|| tail[0].date)
            }
            Phase::StabieleVeiligheid => {
                let tail = trailing(&scored, |s| s.safe);
                let long_enough = |t: &[Scored]| {
                    t.len() >= n
                        && add_months(t[0].date, rules.stable_months) <= t[t.len() - 1].date
                };
                long_enough(tail).then(|| tail[0].date)
            }
            Phase::Herstel => None,
        };
        if let Some(from) = goal {
            out.push(Signal::PhaseGoalReached {
                phase,
                since: from,
                next: phase.next(),
            });
        }

        // A relapse: the newest scores are below the threshold again.
        if let Some(latest) = scored.last()
            && !latest.reaches
            && scored.iter().any(|s| s.reaches)
        {
            out.push(Signal::BelowThresholdAgain {
                phase,
                date: latest.date,
                median: latest.median,
            });
        }
        out
    }
}
