//! The whole meeting on one screen, paged with ↑/↓, to read back to the room.

use super::facts::{capitalise, fact_text};
use super::{Ctx, heading, or_missing};
use crate::app::Meeting;
use crate::i18n::{self, T};
use crate::model::{FactKind, Session};
use crate::timeline::{live_actions, live_conditions};
use crate::ui::steps::scale::{format_median, verdict};
use crate::ui::widgets::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// A condition with the number the check names it by ("V3 …").
fn numbered_condition(s: &Session, c: &crate::model::Condition) -> String {
    match s.condition_number(c.id) {
        Some(n) => format!("{} {}", T::ConditionNumber.fmt(&[&n]), c.text),
        None => c.text.clone(),
    }
}

fn para(lines: &mut Vec<Line<'static>>, lead: &str, text: &str, w: u16, ctx: &Ctx) {
    para_styled(lines, lead, text, w, ctx.theme.base, ctx);
}

/// Every part of the meeting as lines of at most `w` columns. Private notes
/// are left out.
/// `hidden`: the scale questions whose scores the wall does not show yet.
pub fn summary_lines(s: &Session, hidden: &[String], w: u16, ctx: &Ctx) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    out.push(heading(
        &format!("{} — {}", i18n::plan_name(s.phase), s.case.code),
        ctx,
    ));
    para(
        &mut out,
        "",
        &format!(
            "{} · {}",
            i18n::kind_name(s.kind),
            s.date.format("%d-%m-%Y")
        ),
        w,
        ctx,
    );
    out.push(Line::default());

    out.push(heading(T::SumParticipants.s(), ctx));
    for p in &s.participants {
        let role = if p.role.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.role)
        };
        para(
            &mut out,
            "  • ",
            &format!("{}{role} — {}", p.name, i18n::attendance_name(p.attendance)),
            w,
            ctx,
        );
    }
    out.push(Line::default());

    if !s.review.is_empty() {
        out.push(heading(T::SumReview.s(), ctx));
        for r in &s.review {
            let kind = match r.target {
                crate::model::ReviewTarget::Condition(_) => T::ReviewCondition.s(),
                crate::model::ReviewTarget::Action(_) => T::ReviewAction.s(),
            };
            let status = r.status.map_or(T::ReviewOpen.s(), i18n::review_status_name);
            let note = if r.note.is_empty() {
                String::new()
            } else {
                format!(" — {}", r.note)
            };
            para(
                &mut out,
                "  • ",
                &format!("[{status}] {kind}: {}{note}", r.text),
                w,
                ctx,
            );
        }
        out.push(Line::default());
    }

    out.push(heading(crate::i18n::terms::facts_heading(s.phase).s(), ctx));
    for kind in FactKind::ALL {
        let facts: Vec<_> = s.facts.iter().filter(|f| f.kind == kind).collect();
        if facts.is_empty() {
            continue;
        }
        out.push(Line::styled(
            format!("  {}", capitalise(i18n::fact_kind_name(kind))),
            ctx.theme.muted,
        ));
        for f in facts {
            para(&mut out, "  • ", &fact_text(f), w, ctx);
        }
    }
    out.push(Line::default());

    out.push(heading(crate::i18n::terms::top3_heading(s.phase).s(), ctx));
    let live: Vec<&crate::model::Condition> = live_conditions(s).collect();
    for (i, sit) in s.top3.items().iter().enumerate() {
        para(&mut out, &format!("  {}. ", i + 1), &sit.text, w, ctx);
        for c in live.iter().filter(|c| c.situation == Some(sit.id)) {
            para(&mut out, "       • ", &numbered_condition(s, c), w, ctx);
        }
    }
    for c in live.iter().filter(|c| c.origin.is_some()) {
        let origin = c.origin.as_ref().map(i18n::origin_text).unwrap_or_default();
        let text = numbered_condition(s, c);
        para(&mut out, "  • ", &format!("{text} ({origin})"), w, ctx);
    }
    out.push(Line::default());

    for scale in &s.scales {
        out.push(heading(
            &format!("{} — {}", T::SumScale.s(), scale.key),
            ctx,
        ));
        // Until revealed, the wall shows who chose a score, not which.
        let hidden = hidden.contains(&scale.key);
        for a in &scale.answers {
            let name = s
                .participant(a.participant)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let text = if hidden {
                let word = if a.score.is_some() {
                    T::ScoreChosen.s()
                } else {
                    T::ScoreNotChosen.s()
                };
                format!("{name}: {word}")
            } else {
                let n = a.score.map_or("—".into(), |v| v.to_string());
                format!("{name}: {n} ({})", verdict(a.score, scale.threshold))
            };
            para(&mut out, "  • ", &text, w, ctx);
        }
        if hidden {
            let asked = s.scored().count();
            let chosen = s
                .scored()
                .filter(|p| scale.answer(p.id).and_then(|a| a.score).is_some())
                .count();
            para(
                &mut out,
                "  ",
                &T::ScaleHiddenStats.fmt(&[&chosen, &asked]),
                w,
                ctx,
            );
        } else if let Some(st) = scale.stats() {
            para(
                &mut out,
                "  ",
                &T::ScaleStats.fmt(&[
                    &st.min,
                    &format_median(st.median),
                    &st.max,
                    &st.count,
                    &s.present().count(),
                    &scale.threshold,
                ]),
                w,
                ctx,
            );
        }
        for a in &scale.apart {
            para(&mut out, "  • ", &super::voices::head_text(a), w, ctx);
        }
        out.push(Line::default());
    }

    out.push(heading(T::SumActions.s(), ctx));
    for a in live_actions(s) {
        para(
            &mut out,
            "  • ",
            &format!(
                "{}{} — {} — {}",
                s.action_number(a.id)
                    .map(|n| format!("{} ", T::ActionNumber.fmt(&[&n])))
                    .unwrap_or_default(),
                or_missing(&a.who),
                or_missing(&a.what),
                or_missing(&super::actions::due_marked(a, s.date))
            ),
            w,
            ctx,
        );
        para(
            &mut out,
            "      ",
            &format!("{}: {}", T::ColCheck.s(), or_missing(&a.how_checked)),
            w,
            ctx,
        );
        para(
            &mut out,
            "      ",
            &format!("{}: {}", T::ColMonitor.s(), or_missing(&a.monitored_by)),
            w,
            ctx,
        );
        para(
            &mut out,
            "      ",
            &format!("{}: {}", T::ColIfBroken.s(), or_missing(&a.if_broken)),
            w,
            ctx,
        );
    }
    out.push(Line::default());

    if !s.scenario.is_empty() || s.phase == crate::model::Phase::DirecteVeiligheid {
        out.push(heading(T::DocScenario.s(), ctx));
        for (label, text) in super::scenario::parts(&s.scenario) {
            para(&mut out, "  ", &format!("{label}: {text}"), w, ctx);
        }
        out.push(Line::default());
    }

    let ended: Vec<String> = crate::timeline::items(s)
        .filter_map(|(t, text)| {
            let e = crate::timeline::ending(s, t, text)?;
            let how = i18n::ending_text(&e, &|d| d.format("%d-%m-%Y").to_string());
            Some(format!("{text} — {how}"))
        })
        .collect();
    if !ended.is_empty() {
        out.push(heading(T::DocEnded.s(), ctx));
        for e in ended {
            para(&mut out, "  • ", &e, w, ctx);
        }
        out.push(Line::default());
    }
    if let Some(p) = &s.previous_plan {
        out.push(heading(T::DocPrevious.s(), ctx));
        para(
            &mut out,
            "  ",
            &T::DocPreviousIntro.fmt(&[&i18n::plan_name(p.phase), &p.date.format("%d-%m-%Y")]),
            w,
            ctx,
        );
        for (i, t) in p.top3.iter().enumerate() {
            para(&mut out, &format!("  {}. ", i + 1), t, w, ctx);
        }
        for c in &p.conditions {
            para(&mut out, "  • ", c, w, ctx);
        }
        for a in &p.open_actions {
            let mut term = i18n::term_label(&a.term(), &|d| d.format("%d-%m-%Y").to_string());
            if a.term().is_overdue(s.date) {
                term = format!("{term} {}", T::OverdueMark.s());
            }
            para(
                &mut out,
                "  • ",
                &format!("{} — {} — {term}", a.who, a.what),
                w,
                ctx,
            );
        }
        out.push(Line::default());
    }

    let public: Vec<_> = s.notes.iter().filter(|n| !n.private).collect();
    if !public.is_empty() {
        out.push(heading(T::SumNotes.s(), ctx));
        for n in public {
            para(&mut out, "  • ", &n.text, w, ctx);
        }
        out.push(Line::default());
    }
    let next = match s.next_meeting {
        Some(d) => d.format("%d-%m-%Y").to_string(),
        None if s.closes_case => T::NoNextClosing.s().to_string(),
        None => T::NotPlanned.s().to_string(),
    };
    para(
        &mut out,
        &format!("{}: ", T::FormNextMeeting.s()),
        &next,
        w,
        ctx,
    );
    if let Some(reason) = s
        .escalation_override
        .as_deref()
        .filter(|r| !r.trim().is_empty())
    {
        para(
            &mut out,
            &format!("{}: ", T::DocNotRegistered.s()),
            reason,
            w,
            ctx,
        );
    }
    out
}

/// The plan's status, and in the facilitator view what the check finds.
fn plan_lines(
    s: &Session,
    layout: &crate::layout::Layout,
    signals: &[crate::timeline::Signal],
    vague: &crate::model::VagueWords,
    w: u16,
    ctx: &Ctx,
    explain: bool,
) -> Vec<Line<'static>> {
    use crate::model::PlanStatus;
    let mut out = Vec::new();
    let status = match &s.plan_status {
        PlanStatus::Concept => T::PlanStatusConcept.s().to_string(),
        PlanStatus::Vastgesteld {
            date,
            override_reason: None,
        } => T::PlanStatusFixed.fmt(&[&date.format("%d-%m-%Y")]),
        PlanStatus::Vastgesteld {
            date,
            override_reason: Some(r),
        } => T::PlanStatusFixedOverride.fmt(&[&date.format("%d-%m-%Y"), r]),
    };
    out.push(Line::styled(status, ctx.theme.accent));
    let findings = crate::plan::check_case(s, signals, vague);
    let finalize = ctx.keymap.short_label(crate::app::Command::Finalize);
    if !ctx.facilitator && !ctx.practice {
        if !ctx.wall {
            let view = ctx.keymap.short_label(crate::app::Command::View);
            out.push(Line::styled(
                T::PlanCheckHidden.fmt(&[&view]),
                ctx.theme.muted,
            ));
        }
    } else if findings.is_empty() && !s.plan_status.is_concept() {
        out.push(Line::styled(T::PlanCheckFixed.s(), ctx.theme.ok));
    } else if findings.is_empty() {
        out.push(Line::styled(
            T::PlanCheckClean.fmt(&[&finalize]),
            ctx.theme.ok,
        ));
    } else {
        out.push(Line::styled(
            format!("⚠ {}", T::PlanCheckOpen.fmt(&[&findings.len()])),
            ctx.theme.warn,
        ));
        for f in findings {
            para_styled(&mut out, "  • ", &f.message(), w, ctx.theme.warn, ctx);
            if explain {
                let (why, reference) = f.reason();
                let text = T::TeachWhy.fmt(&[&why.s(), &reference]);
                para_styled(&mut out, "    ", &text, w, ctx.theme.muted, ctx);
            }
        }
    }
    if ctx.facilitator && !s.timing.is_empty() {
        out.push(Line::styled(T::SumTiming.s(), ctx.theme.private));
        for t in &s.timing.0 {
            let title = layout
                .steps
                .get(t.step)
                .map(|x| x.title.s().to_string())
                .unwrap_or_default();
            let boxed = layout
                .steps
                .get(t.step)
                .and_then(|x| x.minutes)
                .map(|m| format!(" / {}", crate::model::clock_text(u64::from(m) * 60)))
                .unwrap_or_default();
            out.push(Line::styled(
                format!("  {title}: {}{boxed}", crate::model::clock_text(t.seconds)),
                ctx.theme.private,
            ));
        }
    }
    out.push(Line::default());
    out
}

fn para_styled(
    lines: &mut Vec<Line<'static>>,
    lead: &str,
    text: &str,
    w: u16,
    style: ratatui::style::Style,
    ctx: &Ctx,
) {
    let lead_w = width(lead);
    for (i, l) in wrap(
        text,
        (w as usize).saturating_sub(lead_w).max(8),
        super::FULL,
    )
    .into_iter()
    .enumerate()
    {
        let head = if i == 0 {
            lead.to_string()
        } else {
            " ".repeat(lead_w)
        };
        lines.push(Line::from(vec![
            Span::styled(head, ctx.theme.accent),
            Span::styled(l, style),
        ]));
    }
}

/// The plan's status (and check, for the facilitator) and the whole meeting.
pub fn summary_all(m: &Meeting, w: u16, ctx: &Ctx) -> Vec<Line<'static>> {
    let mut lines = plan_lines(
        &m.session,
        &m.layout,
        &m.past.signals,
        &m.past.vague,
        w,
        ctx,
        m.explains(),
    );
    // h-course2: the check that teaches, below the plan's status.
    let taught = teach_lines(&m.session, &m.past, m.explains(), w, ctx);
    let at = lines.len().saturating_sub(1);
    lines.splice(at..at, taught);
    let hidden: Vec<String> = if ctx.facilitator {
        Vec::new()
    } else {
        m.session
            .scales
            .iter()
            .filter(|sc| m.scores_hidden(&sc.key))
            .map(|sc| sc.key.clone())
            .collect()
    };
    lines.extend(summary_lines(&m.session, &hidden, w, ctx));
    lines.extend(list_lines(m, w, ctx));
    lines
}

/// The rows of the layout's list steps (a Signs-of-Safety mapping), each
/// under its step's title.
fn list_lines(m: &Meeting, w: u16, ctx: &Ctx) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for step in m
        .layout
        .steps
        .iter()
        .filter(|st| st.kind == crate::layout::StepKind::List)
    {
        let rows = m.session.list(step.list_key());
        if rows.is_empty() {
            continue;
        }
        out.push(heading(step.title.s(), ctx));
        for r in rows {
            let cells: Vec<String> = super::list::cells(step, r)
                .into_iter()
                .enumerate()
                .map(|(i, (t, v))| {
                    if i == 0 {
                        v.to_string()
                    } else {
                        format!("{t}: {v}")
                    }
                })
                .collect();
            para(&mut out, "  • ", &cells.join(" — "), w, ctx);
        }
        out.push(Line::default());
    }
    out
}

/// The furthest the summary scrolls in `area`: its last line on the last row
/// above the page line.
pub fn max_scroll(m: &Meeting, ctx: &Ctx, area: Rect) -> u16 {
    let total = summary_all(m, area.width, ctx).len() as u16;
    if total <= area.height {
        return 0;
    }
    total.saturating_sub(area.height.saturating_sub(1))
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let lines = summary_all(m, area.width, ctx);
    let total = lines.len() as u16;
    let scroll = m.scroll.min(max_scroll(m, ctx, area));
    let mut shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll as usize)
        .take(area.height.saturating_sub(1) as usize)
        .collect();
    if total > area.height {
        let template = if ctx.wall {
            T::SummaryPageWall
        } else {
            T::SummaryPage
        };
        let page = template.fmt(&[&(scroll + 1), &total.min(scroll + area.height - 1), &total]);
        shown.push(Line::styled(page, ctx.theme.muted));
    }
    Paragraph::new(shown).render(area, buf);
}

/// The prompts of the check that teaches, and the method's reasons (in
/// training always; in a real meeting with the setting `explain_check`).
/// In the facilitator view and, as the plan check (whose findings
/// `plan_lines` shows, with their reasons), in the practice view: the
/// questions are for the group. Never on the wall or in the room view.
fn teach_lines(
    s: &Session,
    past: &crate::timeline::Past,
    explain: bool,
    w: u16,
    ctx: &Ctx,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if ctx.wall || !(ctx.facilitator || ctx.practice) {
        return out;
    }
    let lessons = crate::plan::lessons(s, &past.signals, &past.vague, &past.opinion);
    let prompts: Vec<&crate::plan::Lesson> = lessons.iter().filter(|l| l.prompt).collect();
    if !prompts.is_empty() {
        out.push(Line::styled(
            format!("? {}", T::TeachPromptsHead.s()),
            ctx.theme.accent,
        ));
        for l in prompts {
            para_styled(&mut out, "  ? ", &l.message, w, ctx.theme.warn, ctx);
            if explain {
                para_styled(
                    &mut out,
                    "    ",
                    &T::TeachWhy.fmt(&[&l.reason, &l.reference]),
                    w,
                    ctx.theme.muted,
                    ctx,
                );
            }
        }
    }
    if !explain && !lessons.is_empty() {
        let key = ctx.keymap.short_label(crate::app::Command::Why);
        para_styled(
            &mut out,
            "",
            &T::TeachReasonsHint.fmt(&[&key]),
            w,
            ctx.theme.muted,
            ctx,
        );
    }
    out
}
