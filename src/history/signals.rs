//! The escalation signal and the phase goal (DOMAIN.md §1.3, §1.4).

use super::CaseHistory;
use crate::i18n::{self, T};
use crate::model::Phase;
pub use crate::timeline::{Restart, Rules, Signal, Unsafe};
use chrono::NaiveDate;

impl Signal {
    /// The signal in a few words, for a one-line banner; `describe` says it
    /// in full.
    pub fn headline(&self, rules: &Rules) -> String {
        let d = |d: &NaiveDate| d.format("%d-%m-%Y").to_string();
        let thr = rules.threshold;
        match self {
            Signal::EscalateToExpertoverleg { deadline, .. } => {
                T::HeadEscalate.fmt(&[&thr, &d(deadline)])
            }
            Signal::DeadlineAhead { deadline, .. } => T::HeadAhead.fmt(&[&d(deadline)]),
            Signal::EscalateBreaches { dates, .. } => T::HeadBreaches.fmt(&[&dates.len()]),
            Signal::EscalateIncident { date, .. } => T::HeadIncident.fmt(&[&d(date)]),
            Signal::StableClock { earliest, .. } => T::HeadStable.fmt(&[&d(earliest)]),
            Signal::PhaseGoalReached { .. } => T::HeadGoal.s().to_string(),
            Signal::BelowThresholdAgain { date, median, .. } => {
                T::HeadBelow.fmt(&[&fmt_median(*median), &d(date)])
            }
            Signal::GroupsDiffer {
                group,
                median,
                professionals,
                ..
            } => T::HeadGroups.fmt(&[
                &i18n::group_name(*group),
                &fmt_median(*median),
                &fmt_median(*professionals),
            ]),
            Signal::MissedMeeting { planned, .. } => T::HeadMissed.fmt(&[&d(planned)]),
            Signal::CaseClosed { date } => T::HeadClosed.fmt(&[&d(date)]),
            Signal::FollowUpDue { due, .. } => T::HeadFollowUp.fmt(&[&d(due)]),
        }
    }

    /// The signal as one or two sentences for the facilitator.
    pub fn describe(&self, rules: &Rules) -> String {
        let d = |d: &NaiveDate| d.format("%d-%m-%Y").to_string();
        let thr = rules.threshold;
        let n = rules.goal_meetings_running.max(1);
        let from = |since: NaiveDate, restart: Restart| match restart {
            Restart::PhaseStart => T::SigSincePhaseStart.fmt(&[&d(&since)]),
            Restart::Relapse => T::SigSinceRelapse.fmt(&[&d(&since), &thr]),
            Restart::Expertoverleg => T::SigSinceExpert.fmt(&[&d(&since)]),
        };
        match self.clone() {
            Signal::EscalateToExpertoverleg {
                phase,
                since,
                deadline,
                restart,
            } => {
                let months = months_for(phase, rules);
                let t = match phase {
                    Phase::StabieleVeiligheid => T::SigEscalateStable,
                    _ => T::SigEscalateDirect,
                };
                t.fmt(&[&from(since, restart), &months, &thr, &d(&deadline), &n])
            }
            Signal::DeadlineAhead {
                phase,
                since,
                deadline,
                restart,
            } => match phase {
                Phase::StabieleVeiligheid => {
                    T::SigAheadStable.fmt(&[&from(since, restart), &thr, &d(&deadline), &n])
                }
                _ => T::SigAheadDirect.fmt(&[&from(since, restart), &thr, &d(&deadline)]),
            },
            Signal::EscalateBreaches {
                condition, dates, ..
            } => {
                let on: Vec<String> = dates.iter().map(d).collect();
                T::SigBreaches.fmt(&[&condition, &dates.len(), &on.join(", ")])
            }
            Signal::EscalateIncident {
                reached,
                date,
                recorded,
                what,
                ..
            } => T::SigIncident.fmt(&[&d(&date), &d(&recorded), &d(&reached), &what]),
            Signal::StableClock {
                since,
                why,
                earliest,
            } => {
                let why = match why {
                    Unsafe::PhaseStart => T::SigUnsafeStart.s().to_string(),
                    Unsafe::Incident { what } => T::SigUnsafeIncident.fmt(&[&what]),
                    Unsafe::Breach { condition } => T::SigUnsafeBreach.fmt(&[&condition]),
                    Unsafe::Below { median } => T::SigUnsafeBelow.fmt(&[&fmt_median(median), &thr]),
                };
                T::SigStableClock.fmt(&[&rules.stable_months, &d(&since), &why, &d(&earliest)])
            }
            Signal::GroupsDiffer {
                date,
                group,
                median,
                professionals,
            } => {
                let t = if median > professionals {
                    T::SigGroupsSafer
                } else {
                    T::SigGroupsLessSafe
                };
                t.fmt(&[
                    &d(&date),
                    &i18n::group_name(group),
                    &fmt_median(median),
                    &fmt_median(professionals),
                ])
            }
            Signal::MissedMeeting { planned, set_at } => {
                T::SigMissed.fmt(&[&d(&planned), &d(&set_at)])
            }
            Signal::CaseClosed { date } => T::SigClosed.fmt(&[&d(&date)]),
            Signal::FollowUpDue { closed, due } => T::SigFollowUp.fmt(&[&d(&closed), &d(&due)]),
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

impl CaseHistory {
    /// The one signal a start-screen banner shows: the most urgent.
    pub fn most_urgent(&self, rules: &Rules, today: NaiveDate) -> Option<Signal> {
        self.signals(rules, today)
            .into_iter()
            .max_by_key(Signal::urgency)
    }

    /// The signals of the case as of `today` (see `timeline::signals`).
    pub fn signals(&self, rules: &Rules, today: NaiveDate) -> Vec<Signal> {
        crate::timeline::signals(
            self.meetings.iter().map(|m| &m.session),
            &self.timeline,
            rules,
            today,
        )
    }
}
