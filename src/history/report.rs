//! The history of a case as text: a chart per scale question, the phases,
//! the open actions and the signals. Pure; the command line prints it and
//! the history screen shows it.

use super::chart::{self, MEDIAN, OVERDUE, Paint, SPREAD, THRESHOLD};
use super::{CaseHistory, Rules, Signal, fmt_median};
use crate::i18n::{self, T};
use crate::layout::LayoutSet;
use crate::model::{MeetingKind, Phase, ReviewStatus, ReviewTarget};
use chrono::NaiveDate;

fn date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// The whole report. Pure, for tests.
pub fn render(
    history: &CaseHistory,
    rules: &Rules,
    today: NaiveDate,
    layouts: &LayoutSet,
    paint: Paint,
    width: usize,
) -> String {
    let mut out: Vec<String> = Vec::new();
    let (Some(first), Some(last)) = (history.first(), history.newest()) else {
        return String::new();
    };
    let header = if history.meetings.len() == 1 {
        T::HistHeaderOne.fmt(&[&history.code(), &date(first.session.date)])
    } else {
        T::HistHeader.fmt(&[
            &history.code(),
            &history.meetings.len(),
            &date(first.session.date),
            &date(last.session.date),
        ])
    };
    out.push(paint.bold(&header));
    scales(history, rules, paint, width, &mut out);
    by_person(history, rules, paint, &mut out);
    apart(history, paint, &mut out);
    phases(history, paint, &mut out);
    records(history, paint, width, &mut out);
    actions(history, today, paint, &mut out);
    signals(history, rules, today, layouts, paint, &mut out);
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// How many of the newest scored meetings a person's line shows.
const PERSON_MEETINGS: usize = 8;

/// Each participant's scores on the safety scale over the newest meetings,
/// with their group, and each group's median in the newest meeting.
fn by_person(history: &CaseHistory, rules: &Rules, paint: Paint, out: &mut Vec<String>) {
    use crate::model::{Group, Id};
    let scored: Vec<&crate::model::Session> = history
        .meetings
        .iter()
        .map(|m| &m.session)
        .filter(|s| s.scale(&rules.scale).is_some_and(|x| x.stats().is_some()))
        .collect();
    let recent = &scored[scored.len().saturating_sub(PERSON_MEETINGS)..];
    let Some(newest) = recent.last() else {
        return;
    };
    // People in order of first appearance; ids are kept within a case.
    let mut people: Vec<(Id, String, Option<Group>)> = Vec::new();
    for s in recent {
        for p in &s.participants {
            match people.iter_mut().find(|(id, ..)| *id == p.id) {
                Some(entry) => {
                    entry.1 = p.name.clone();
                    entry.2 = p.group.or(entry.2);
                }
                None => people.push((p.id, p.name.clone(), p.group)),
            }
        }
    }
    let mut lines = Vec::new();
    for (id, name, group) in &people {
        let scores: Vec<String> = recent
            .iter()
            .filter_map(|s| {
                let v = s.scale(&rules.scale)?.answer(*id)?.score?;
                Some(format!("{} {v}", s.date.format("%d-%m")))
            })
            .collect();
        if scores.is_empty() {
            continue;
        }
        let who = match group {
            Some(g) => format!("{name} ({})", i18n::group_label(*g)),
            None => name.clone(),
        };
        lines.push(format!("  {who}: {}", scores.join(" · ")));
    }
    if lines.is_empty() {
        return;
    }
    out.push(String::new());
    out.push(paint.bold(&T::HistByPerson.fmt(&[&rules.scale])));
    out.extend(lines);
    let groups: Vec<String> = Group::ALL
        .iter()
        .filter_map(|g| {
            let m = crate::timeline::group_median(newest, rules, *g)?;
            Some(format!("{} {}", i18n::group_label(*g), fmt_median(m)))
        })
        .collect();
    if !groups.is_empty() {
        out.push(format!(
            "  {}",
            T::HistGroupMedians.fmt(&[&date(newest.date), &groups.join(" · ")])
        ));
    }
}

/// Those spoken to apart (children), meeting by meeting: their own score
/// beside the room's, never in its median.
fn apart(history: &CaseHistory, paint: Paint, out: &mut Vec<String>) {
    let mut lines = Vec::new();
    for m in &history.meetings {
        for scale in &m.session.scales {
            for a in &scale.apart {
                let who = if a.who.trim().is_empty() {
                    T::Unnamed.s().to_string()
                } else {
                    a.who.trim().to_string()
                };
                let score = a.score.map_or("—".to_string(), |v| v.to_string());
                let mut line = format!("  {} {}: {who} {score}", date(m.session.date), scale.key);
                let how: Vec<&str> = [a.by.trim(), a.how.trim()]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect();
                if !how.is_empty() {
                    line = format!("{line} ({})", how.join(", "));
                }
                lines.push(line);
            }
        }
    }
    if lines.is_empty() {
        return;
    }
    out.push(String::new());
    out.push(paint.bold(T::HistApartHeading.s()));
    out.extend(lines);
}

fn scales(history: &CaseHistory, rules: &Rules, paint: Paint, width: usize, out: &mut Vec<String>) {
    let keys = history.scale_keys();
    if keys.is_empty() {
        out.push(String::new());
        out.push(T::HistNoScale.s().to_string());
        return;
    }
    for key in keys {
        out.push(String::new());
        let mut title = T::HistScaleTitle.fmt(&[&key]);
        if let Some(q) = history.scale_question(&key) {
            title = format!("{title}: {q}");
        }
        out.push(paint.bold(&title));
        let points = history.scale_series(&key);
        out.extend(chart::scale_chart(&points, rules.threshold, width, paint));
        out.push(format!(
            "    {}",
            T::HistLegend.fmt(&[&MEDIAN, &SPREAD, &THRESHOLD])
        ));
        let mut rows = vec![vec![
            T::HistColDate.s().to_string(),
            T::HistColPhase.s().to_string(),
            T::HistColMedian.s().to_string(),
            T::HistColSpread.s().to_string(),
            T::HistColCount.s().to_string(),
        ]];
        for p in &points {
            let (median, spread, count) = match p.stats {
                Some(s) => (
                    fmt_median(s.median),
                    format!("{}–{}", s.min, s.max),
                    s.count.to_string(),
                ),
                None => (T::HistNoScores.s().to_string(), String::new(), "0".into()),
            };
            rows.push(vec![
                date(p.date),
                i18n::phase_name(p.phase).to_string(),
                median,
                spread,
                count,
            ]);
        }
        out.extend(chart::table(&rows, "    "));
    }
}

fn phases(history: &CaseHistory, paint: Paint, out: &mut Vec<String>) {
    out.push(String::new());
    out.push(paint.bold(T::HistPhases.s()));
    for span in history.phases() {
        let name = i18n::phase_name(span.phase);
        let line = if span.meetings == 1 {
            T::HistPhaseLineOne.fmt(&[&name, &date(span.first)])
        } else {
            T::HistPhaseLine.fmt(&[&name, &date(span.first), &date(span.last), &span.meetings])
        };
        out.push(format!("  {line}"));
    }
}

/// Every condition and agreement against the meetings: a glyph per meeting
/// (with a legend in words), then the problems of each in words.
fn records(history: &CaseHistory, paint: Paint, width: usize, out: &mut Vec<String>) {
    out.push(String::new());
    out.push(paint.bold(T::HistRecords.s()));
    let tl = &history.timeline;
    if tl.records.is_empty() {
        out.push(format!("  {}", T::HistNoRecords.s()));
        return;
    }
    // The tag column ("V12") and each meeting's "dd-mm" with two spaces.
    // At most half a year of weekly meetings: a table to read, not a wall.
    let fit = (width.saturating_sub(8) / 7).clamp(1, 26);
    let dates = &tl.dates[tl.dates.len().saturating_sub(fit)..];
    if dates.len() < tl.dates.len() {
        out.push(format!("  {}", T::HistOnlyLast.fmt(&[&dates.len()])));
    }
    let mut header = vec![T::HistColItem.s().to_string()];
    header.extend(dates.iter().map(|d| i18n::day_month(*d)));
    let mut rows = vec![header];
    let mut words: Vec<String> = Vec::new();
    let (mut nc, mut na) = (0, 0);
    for r in &tl.records {
        let tag = match r.target {
            ReviewTarget::Condition(_) => {
                nc += 1;
                format!("{}{nc}", T::HistItemCondition.s())
            }
            ReviewTarget::Action(_) => {
                na += 1;
                format!("{}{na}", T::HistItemAction.s())
            }
        };
        let mut row = vec![tag.clone()];
        for d in dates {
            row.push(record_cell(r, *d).to_string());
        }
        rows.push(row);
        let mut said = Vec::new();
        if let Some(p) = i18n::record_problems(&r.marks, &|d| date(d)) {
            said.push(p);
        }
        if let Some(e) = &r.ended {
            said.push(i18n::ending_text(e, &|d| date(d)));
        }
        let text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if said.is_empty() {
            words.push(format!("  {tag} {text}"));
        } else {
            words.push(format!("  {tag} {text} — {}", said.join("; ")));
        }
    }
    for line in chart::table(&rows, "  ") {
        // Colour the ✗ only; the glyph and the words below carry the meaning.
        out.push(line.replace('✗', &paint.bad("✗")));
    }
    out.push(format!("    {}", T::HistRecordLegend.s()));
    out.extend(words);
}

/// The glyph for record `r` in the meeting of `d`.
fn record_cell(r: &crate::timeline::Record, d: NaiveDate) -> &'static str {
    if let Some(m) = r.mark_at(d) {
        return m.status.map_or("?", ReviewStatus::glyph);
    }
    if d >= r.since && d <= r.last_seen {
        "·"
    } else {
        ""
    }
}

fn actions(history: &CaseHistory, today: NaiveDate, paint: Paint, out: &mut Vec<String>) {
    out.push(String::new());
    out.push(paint.bold(&T::HistOpenActions.fmt(&[&date(today)])));
    let open = history.open_actions(today);
    if open.is_empty() {
        out.push(format!("  {}", T::HistNoOpenActions.s()));
        return;
    }
    let mark = format!("{OVERDUE} {}", T::HistOverdue.s());
    let mut rows = Vec::new();
    for o in &open {
        let a = &o.action;
        // A standing agreement's details go with its text; the column says
        // "doorlopend" so the deadlines line up.
        let due = match &a.term {
            crate::model::Term::Standing { .. } => T::TermStanding.s().to_string(),
            t => i18n::term_label(t, &date),
        };
        let mut what = match (a.who.trim(), a.what.trim()) {
            ("", w) => w.to_string(),
            (who, w) => format!("{who}: {w}"),
        };
        let mut notes = Vec::new();
        if a.is_standing() {
            notes.push(i18n::term_label(&a.term, &date));
        }
        notes.push(T::HistAgreed.fmt(&[&date(o.agreed)]));
        if let Some(s) = o.last_review {
            notes.push(T::HistLastReview.fmt(&[&i18n::review_status_name(s)]));
        }
        what = format!("{what} ({})", notes.join("; "));
        rows.push(vec![
            if o.overdue {
                mark.clone()
            } else {
                String::new()
            },
            due,
            what,
        ]);
    }
    for (line, o) in chart::table(&rows, "  ").into_iter().zip(&open) {
        if o.overdue {
            // Colour the mark only; the word and glyph carry the meaning.
            out.push(line.replacen(&mark, &paint.bad(&mark), 1));
        } else {
            out.push(line);
        }
    }
}

fn signals(
    history: &CaseHistory,
    rules: &Rules,
    today: NaiveDate,
    layouts: &LayoutSet,
    paint: Paint,
    out: &mut Vec<String>,
) {
    out.push(String::new());
    out.push(paint.bold(T::HistSignals.s()));
    let signals = history.signals(rules, today);
    if signals.is_empty() {
        out.push(format!("  {}", T::HistNoSignals.s()));
        return;
    }
    let dir = shell_word(&history.dir.display().to_string());
    let kind = history.newest().map(|m| m.session.kind);
    for s in &signals {
        let text = s.describe(rules);
        out.push(format!(
            "  {}",
            if s.is_escalation() {
                paint.bad(&text)
            } else {
                text
            }
        ));
        match s {
            s if s.is_escalation() => {
                let cmd = format!("top3 export {dir} --form aanmelding");
                out.push(format!("    {}", T::HistFormOffer.fmt(&[&cmd])));
            }
            Signal::PhaseGoalReached {
                next: Some(next), ..
            } => {
                if let Some(name) = layout_for(layouts, *next, kind) {
                    let cmd = format!("top3 new --case {} --layout {name}", history.code());
                    out.push(format!(
                        "    {}",
                        T::HistNewOffer.fmt(&[&i18n::phase_name(*next), &cmd])
                    ));
                }
            }
            _ => {}
        }
    }
}

/// A layout of `phase`, of the same meeting kind when there is one.
pub fn layout_for(layouts: &LayoutSet, phase: Phase, kind: Option<MeetingKind>) -> Option<String> {
    let of_phase: Vec<_> = layouts
        .layouts
        .iter()
        .map(|(l, _)| l)
        .filter(|l| l.phase == phase && l.kind != MeetingKind::Training)
        .collect();
    of_phase
        .iter()
        .find(|l| Some(l.kind) == kind)
        .or(of_phase.first())
        .map(|l| l.name.clone())
}

/// A path as one word for a shell: quoted when it holds spaces.
fn shell_word(s: &str) -> String {
    if s.chars()
        .any(|c| c.is_whitespace() || c == '\'' || c == '"')
    {
        format!("\"{}\"", s.replace('"', "\\\""))
    } else {
        s.to_string()
    }
}
