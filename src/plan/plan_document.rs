//! The TOP 3 plan of a session as a neutral document.

use super::check::check;
use super::dates::DateStyle;
use super::document::{Chart, ChartPoint, Document, Meta};
use super::plan_over_time as over_time;
use crate::history::scale_series_of;
use crate::i18n::{self, T};
use crate::layout::{LayoutSet, StepKind};
use crate::model::{FactKind, Phase, PlanStatus, ReviewTarget, Scale, Score, Session, stats_of};
use crate::timeline::{Timeline, live_actions, live_conditions};

/// How the plan is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanLook {
    pub dates: DateStyle,
    /// Names were replaced by roles: leave out the name column.
    pub names_hidden: bool,
}

impl Default for PlanLook {
    fn default() -> Self {
        PlanLook {
            dates: DateStyle::Absolute,
            names_hidden: false,
        }
    }
}

/// The plan of `session`'s phase. `case_sessions` are all sessions of the
/// case (any order, may include `session`); they give the scale's trend.
pub fn plan_document(session: &Session, case_sessions: &[Session], look: &PlanLook) -> Document {
    let d = &look.dates;
    let expert = session.kind == crate::model::MeetingKind::Expertoverleg;
    let title = if expert {
        T::DocApproachTitle.s().to_string()
    } else {
        i18n::plan_name(session.phase).to_string()
    };
    let footer = format!(
        "{} · {} · {}",
        session.case.code,
        title,
        d.date(session.date)
    );
    let mut doc = Document::new(title, footer);
    doc.meta = meta(session, look);
    header(&mut doc, session, look);
    if expert {
        super::approach_document::approach(&mut doc, session);
    }
    participants(&mut doc, session, look);
    review(&mut doc, session, d);
    facts(&mut doc, session, d);
    top3(&mut doc, session, d);
    scales(&mut doc, session, case_sessions, d);
    let earlier = case_sessions
        .iter()
        .filter(|o| o.case.code == session.case.code && o.date < session.date);
    let timeline = Timeline::of(earlier.chain(std::iter::once(session)));
    over_time::conditions(&mut doc, session, &timeline, d);
    over_time::actions(&mut doc, session, &timeline, d);
    over_time::ended(&mut doc, session, &timeline, d);
    signalling(&mut doc, session);
    over_time::previous_plan(&mut doc, session, d);
    notes(&mut doc, session);
    doc.heading(1, T::DocNextMeeting.s());
    match session.next_meeting {
        Some(n) => doc.paragraph(d.date(n)),
        None if session.closes_case => doc.paragraph(T::DocCaseCloses.s()),
        None => doc.remark(T::DocNoNextMeeting.s()),
    }
    if session.closes_case {
        closure(&mut doc, session, d);
    }
    if let Some(reason) = session
        .escalation_override
        .as_deref()
        .filter(|r| !r.trim().is_empty())
    {
        doc.heading(1, T::DocNotRegistered.s());
        doc.paragraph(reason);
    }
    let findings = check(session);
    if !findings.is_empty() {
        doc.heading(1, T::DocOpenPoints.s());
        doc.list(false, findings.iter().map(|f| f.message()).collect());
    }
    doc
}

/// The file's properties: the case code as subject, the chair's
/// organisation as author, the meeting's date as creation date. Redacted,
/// neither the date nor the organisation is given.
pub(super) fn meta(s: &Session, look: &PlanLook) -> Meta {
    let chair = s.chair.trim();
    let author = s
        .participants
        .iter()
        .find(|p| !chair.is_empty() && p.name.trim() == chair)
        .map(|p| p.organisation.trim().to_string())
        .unwrap_or_default();
    let redacted = look.dates.is_relative();
    Meta {
        subject: s.case.code.to_string(),
        author: if redacted { String::new() } else { author },
        created: (!redacted).then(|| s.date.and_time(s.time.unwrap_or_default())),
    }
}

pub(super) fn or_none(s: &str) -> String {
    if s.trim().is_empty() {
        T::DocNone.s().to_string()
    } else {
        s.trim().to_string()
    }
}

fn goal(phase: Phase) -> &'static str {
    match phase {
        Phase::DirecteVeiligheid => T::GoalDirect.s(),
        Phase::StabieleVeiligheid => T::GoalStable.s(),
        Phase::Herstel => T::GoalHerstel.s(),
    }
}

fn header(doc: &mut Document, s: &Session, look: &PlanLook) {
    let d = &look.dates;
    let mut f = vec![(T::DocCase.s().to_string(), s.case.code.to_string())];
    if !s.case.household.trim().is_empty() {
        f.push((T::DocHousehold.s().into(), s.case.household.trim().into()));
    }
    if !s.case.municipality.trim().is_empty() {
        f.push((
            T::DocMunicipality.s().into(),
            s.case.municipality.trim().into(),
        ));
    }
    let when = if look.dates.is_relative() {
        d.date(s.date)
    } else {
        d.date_time(s.date, s.time)
    };
    f.push((
        T::DocMeeting.s().into(),
        format!("{}, {}", i18n::kind_name(s.kind), when),
    ));
    f.push((
        T::DocPhase.s().into(),
        i18n::phase_name(s.phase).to_string(),
    ));
    f.push((T::DocGoal.s().into(), goal(s.phase).to_string()));
    if let Some(r) = s.reopened.as_deref().filter(|r| !r.trim().is_empty()) {
        f.push((T::DocReopened.s().into(), r.trim().into()));
    }
    if !s.chair.trim().is_empty() {
        f.push((T::DocChair.s().into(), s.chair.trim().into()));
    }
    let status = match &s.plan_status {
        PlanStatus::Concept => T::DocStatusConcept.s().to_string(),
        PlanStatus::Vastgesteld {
            date,
            override_reason: None,
        } => T::DocStatusFixed.fmt(&[&d.date(*date)]),
        PlanStatus::Vastgesteld {
            date,
            override_reason: Some(r),
        } => T::DocStatusOverride.fmt(&[&d.date(*date), r]),
    };
    f.push((T::DocStatus.s().into(), status));
    f.push((T::DocRedaction.s().into(), redaction_text(look).to_string()));
    doc.fields(f);
}

/// Which redaction a document has, for its header and the plan check: a
/// copy with names is never sent without knowing.
pub fn redaction_text(look: &PlanLook) -> &'static str {
    if look.dates.is_relative() {
        T::DocRedactedFull.s()
    } else if look.names_hidden {
        T::DocRedactedRoles.s()
    } else {
        T::DocNotRedacted.s()
    }
}

pub(super) fn participants(doc: &mut Document, s: &Session, look: &PlanLook) {
    doc.heading(1, T::DocParticipants.s());
    if s.participants.is_empty() {
        doc.remark(T::DocNoParticipants.s());
        return;
    }
    let mut header = Vec::new();
    if !look.names_hidden {
        header.push(T::DocColName.s().to_string());
    }
    header.extend(
        [
            T::DocColRole,
            T::DocColOrganisation,
            T::DocColRelation,
            T::DocColAttendance,
        ]
        .map(|t| t.s().to_string()),
    );
    let rows = s
        .participants
        .iter()
        .map(|p| {
            let mut r = Vec::new();
            if !look.names_hidden {
                r.push(or_none(&p.name));
            }
            // Redacted, the name has become the role (made unique).
            let role = if look.names_hidden { &p.name } else { &p.role };
            r.push(or_none(role));
            r.push(or_none(&p.organisation));
            r.push(or_none(&p.relation));
            r.push(i18n::attendance_name(p.attendance).to_string());
            r
        })
        .collect();
    doc.table(header, rows);
}

fn review(doc: &mut Document, s: &Session, d: &DateStyle) {
    match s.review_of {
        Some(date) => doc.heading(1, T::DocReviewOf.fmt(&[&d.date(date)])),
        None => doc.heading(1, T::DocReview.s()),
    }
    if s.review.is_empty() {
        doc.remark(T::DocNoReview.s());
        return;
    }
    let header = [
        T::DocColWhat,
        T::DocColItem,
        T::DocColOutcome,
        T::DocColNote,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    let rows = s
        .review
        .iter()
        .map(|r| {
            let item = match r.target {
                ReviewTarget::Condition(_) => T::DocItemCondition.s(),
                ReviewTarget::Action(_) => T::DocItemAction.s(),
            };
            let mut outcome = r
                .status
                .map_or(T::DocNotDiscussed.s(), i18n::review_status_name)
                .to_string();
            if let Some(on) = r.on {
                outcome = format!("{outcome} ({})", d.date(on));
            }
            vec![
                or_none(&r.text),
                item.to_string(),
                outcome,
                or_none(&r.note),
            ]
        })
        .collect();
    doc.table(header, rows);
}

fn fact_ref_name(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Eerste => T::DocFactRefEerste.s(),
        FactKind::Ergste => T::DocFactRefErgste.s(),
        FactKind::Actuele => T::DocFactRefActuele.s(),
    }
}

pub(super) fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn facts(doc: &mut Document, s: &Session, d: &DateStyle) {
    doc.heading_new_page(1, i18n::terms::facts_heading(s.phase).s());
    if s.facts.is_empty() {
        doc.remark(T::DocNoFacts.s());
        return;
    }
    for kind in FactKind::ALL {
        let of_kind: Vec<_> = s.facts.iter().filter(|f| f.kind == kind).collect();
        doc.heading(2, capitalised(i18n::fact_kind_name(kind)));
        if of_kind.is_empty() {
            doc.remark(T::DocNoFacts.s());
            continue;
        }
        let header = [
            T::DocColWhen,
            T::DocColWhat,
            T::DocColReportedBy,
            T::DocColSource,
        ]
        .map(|t| t.s().to_string())
        .to_vec();
        let rows = of_kind
            .iter()
            .map(|f| {
                vec![
                    or_none(&d.when(&f.when)),
                    or_none(&f.what),
                    or_none(&f.reported_by),
                    or_none(&f.source),
                ]
            })
            .collect();
        doc.table(header, rows);
    }
}

pub(super) fn top3(doc: &mut Document, s: &Session, d: &DateStyle) {
    doc.heading(1, i18n::terms::top3_heading(s.phase).s());
    if s.top3.is_empty() {
        doc.remark(T::DocNoTop3.s());
        return;
    }
    let items = s
        .top3
        .items()
        .iter()
        .map(|sit| {
            let refs: Vec<String> = sit
                .facts
                .iter()
                .filter_map(|id| s.fact(*id))
                .map(|f| {
                    let when = d.when(&f.when);
                    if when.is_empty() {
                        fact_ref_name(f.kind).to_string()
                    } else {
                        T::DocFactRefWhen.fmt(&[&fact_ref_name(f.kind), &when])
                    }
                })
                .collect();
            let text = or_none(&sit.text);
            if refs.is_empty() {
                text
            } else {
                format!("{text} ({})", T::DocBasedOn.fmt(&[&refs.join("; ")]))
            }
        })
        .collect();
    doc.list(true, items);
}

/// A median as people write it: `6` or `5,5` (Dutch) / `5.5` (English).
fn median_text(m: f32) -> String {
    if m.fract() == 0.0 {
        format!("{m:.0}")
    } else {
        let s = format!("{m:.1}");
        match i18n::lang() {
            i18n::Lang::Nl => s.replace('.', ","),
            i18n::Lang::En => s,
        }
    }
}

fn scales(doc: &mut Document, s: &Session, case_sessions: &[Session], d: &DateStyle) {
    doc.heading(1, T::DocScales.s());
    if s.scales.is_empty() {
        doc.remark(T::DocNoScales.s());
        return;
    }
    for scale in &s.scales {
        doc.heading(2, T::DocScale.fmt(&[&scale.key]));
        let question = question_in_language(s, scale);
        if !question.is_empty() {
            doc.paragraph(question);
        }
        let summary = match scale.stats() {
            Some(st) => {
                let at_or_above = scale
                    .scores()
                    .iter()
                    .filter(|v| **v >= scale.threshold)
                    .count();
                T::DocScaleStats.fmt(&[
                    &st.min,
                    &median_text(st.median),
                    &st.max,
                    &at_or_above,
                    &st.count,
                ])
            }
            None => T::DocNoScores.s().to_string(),
        };
        doc.fields(vec![
            (
                T::DocThreshold.s().into(),
                T::DocThresholdValue.fmt(&[&scale.threshold]),
            ),
            (T::DocScaleSummary.s().into(), summary),
        ]);
        answers_table(doc, s, scale);
        trend(doc, s, scale, case_sessions, d);
    }
}

/// The scale question in the export's language. A session keeps the
/// question as it was asked (in Dutch); when that is a built-in layout's
/// question, the layout's text in the current language is used, so the
/// English plan asks in English. A question typed differently stays as is.
fn question_in_language(s: &Session, scale: &Scale) -> String {
    let asked = scale.question.trim();
    let layouts = LayoutSet::builtin();
    let own = layouts.get(&s.layout).into_iter();
    own.chain(layouts.layouts.iter().map(|(l, _)| l))
        .flat_map(|l| &l.steps)
        .find(|st| {
            st.kind == StepKind::Scale
                && st.scale_key() == scale.key
                && st.question.nl.trim() == asked
        })
        .map_or(asked.to_string(), |st| st.question.s().trim().to_string())
}

fn answers_table(doc: &mut Document, s: &Session, scale: &Scale) {
    let header = [
        T::DocColWho,
        T::DocColScore,
        T::DocColWhyNotLower,
        T::DocColWhyNotHigher,
        T::DocColOneHigher,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    let mut rows = Vec::new();
    for p in &s.participants {
        let answer = scale.answer(p.id);
        if answer.is_none() && !p.is_present() {
            continue;
        }
        let who = if p.role.trim().is_empty() || p.role.trim() == p.name.trim() {
            or_none(&p.name)
        } else {
            format!("{} ({})", or_none(&p.name), p.role.trim())
        };
        let score = answer
            .and_then(|a| a.score)
            .map_or(T::DocNone.s().to_string(), |v| v.to_string());
        let text = |f: fn(&crate::model::ScaleAnswer) -> &String| {
            answer.map_or(T::DocNone.s().to_string(), |a| or_none(f(a)))
        };
        rows.push(vec![
            who,
            score,
            text(|a| &a.why_not_lower),
            text(|a| &a.why_not_higher),
            text(|a| &a.one_higher),
        ]);
    }
    if !rows.is_empty() {
        doc.table(header, rows);
    }
}

/// Meetings on the plan's chart at most.
const CHART_POINTS: usize = 52;

/// Rows of the scale's trend table in the plan.
const TREND_ROWS: usize = 12;

/// Median and range of the same scale question in the case's meetings up
/// to this one, when it was asked more than once: a chart and a table.
fn trend(doc: &mut Document, s: &Session, scale: &Scale, case_sessions: &[Session], d: &DateStyle) {
    let mut points: Vec<(chrono::NaiveDate, Vec<Score>)> = case_sessions
        .iter()
        .filter(|o| o.case.code == s.case.code && o.date < s.date)
        .filter_map(|o| o.scale(&scale.key).map(|sc| (o.date, sc.scores())))
        .collect();
    points.push((s.date, scale.scores()));
    points.sort_by_key(|(date, _)| *date);
    if points.len() < 2 {
        return;
    }
    // The plan shows the recent trend; the whole of it is in the chart and
    // in `top3 history`.
    let all = points.len();
    if all > TREND_ROWS {
        points.drain(..all - TREND_ROWS);
    }
    let rows = points
        .iter()
        .map(|(date, scores)| match stats_of(scores) {
            Some(st) => vec![
                d.date(*date),
                st.count.to_string(),
                st.min.to_string(),
                median_text(st.median),
                st.max.to_string(),
            ],
            None => vec![
                d.date(*date),
                "0".into(),
                T::DocNone.s().into(),
                T::DocNone.s().into(),
                T::DocNone.s().into(),
            ],
        })
        .collect();
    doc.heading(3, T::DocTrend.s());
    if all > TREND_ROWS {
        doc.remark(T::DocTrendLast.fmt(&[&TREND_ROWS, &all]));
    }
    doc.chart(chart(s, scale, case_sessions, d));
    let header = [
        T::DocColDate,
        T::DocColCount,
        T::DocColLowest,
        T::DocColMedian,
        T::DocColHighest,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    doc.table(header, rows);
}

/// The chart of `top3 history` for this scale question, from the case's
/// meetings up to and including this one (read through the history's own
/// series, so both show the same).
fn chart(s: &Session, scale: &Scale, case_sessions: &[Session], d: &DateStyle) -> Chart {
    let mut meetings: Vec<&Session> = case_sessions
        .iter()
        .filter(|o| o.case.code == s.case.code && o.date < s.date)
        .chain([s])
        .collect();
    meetings.sort_by_key(|o| (o.date, o.time));
    // The chart shows the last year of meetings at most: beyond that the
    // points no longer read, and the history has the whole course.
    let series = scale_series_of(meetings, &scale.key);
    let shown = &series[series.len().saturating_sub(CHART_POINTS)..];
    let points = shown
        .iter()
        .map(|p| ChartPoint {
            label: d.date(p.date),
            scores: p
                .stats
                .map(|st| (st.min.value(), st.median, st.max.value())),
        })
        .collect();
    let mut caption = T::DocChartCaption.fmt(&[&scale.key, &scale.threshold]);
    if shown.len() < series.len() {
        caption = format!(
            "{caption} {}",
            T::DocChartLast.fmt(&[&shown.len(), &series.len()])
        );
    }
    Chart {
        caption,
        threshold: scale.threshold.value(),
        points,
    }
}

pub(super) fn signalling(doc: &mut Document, s: &Session) {
    doc.heading(1, T::DocSignalling.s());
    let rows: Vec<Vec<String>> = live_conditions(s)
        .filter(|c| !c.if_broken.trim().is_empty())
        .map(|c| {
            vec![
                or_none(&c.text),
                or_none(&c.monitored_by),
                c.if_broken.trim().to_string(),
            ]
        })
        .chain(
            live_actions(s)
                .filter(|a| !a.if_broken.trim().is_empty())
                .map(|a| {
                    vec![
                        or_none(&a.who),
                        or_none(&a.monitored_by),
                        a.if_broken.trim().to_string(),
                    ]
                }),
        )
        .collect();
    if rows.is_empty() {
        doc.remark(T::DocNoSignalling.s());
        return;
    }
    doc.paragraph(T::DocSignallingIntro.s());
    let header = [T::DocColAgreementOf, T::DocColMonitoredBy, T::DocColThen]
        .map(|t| t.s().to_string())
        .to_vec();
    doc.table(header, rows);
}

/// Notes for everyone; private notes never leave the facilitator's screen.
fn notes(doc: &mut Document, s: &Session) {
    let public: Vec<String> = s
        .notes
        .iter()
        .filter(|n| !n.private && !n.text.trim().is_empty())
        .map(|n| n.text.trim().to_string())
        .collect();
    if !public.is_empty() {
        doc.heading(1, T::DocNotes.s());
        doc.list(false, public);
    }
}

/// Why the case closes, the goals reached and the follow-up contacts.
fn closure(doc: &mut Document, s: &Session, d: &DateStyle) {
    let c = s.closure.clone().unwrap_or_default();
    doc.heading(1, T::DocClosure.s());
    doc.fields(vec![
        (T::FieldCloseReason.s().to_string(), or_none(&c.reason)),
        (
            T::FieldCloseGoals.s().to_string(),
            or_none(&c.goals_reached),
        ),
    ]);
    if c.follow_ups.is_empty() {
        doc.remark(T::DocNoFollowUps.s());
        return;
    }
    let rows = c
        .follow_ups
        .iter()
        .map(|f| {
            vec![
                d.date(f.due),
                f.held
                    .map_or(T::FollowUpOpen.s().to_string(), |h| d.date(h)),
                or_none(&f.note),
            ]
        })
        .collect();
    doc.table(
        vec![
            T::FieldFollowUpDue.s().to_string(),
            T::DocColHeld.s().to_string(),
            T::FieldFollowUpNote.s().to_string(),
        ],
        rows,
    );
}
