//! Plain mode, for screen readers and low-vision users: the same content as
//! text lines in reading order. No box-drawing characters, no big text, no
//! glyphs that only mean something when seen; the selection is marked `>`.

use super::Ctx;
use super::steps::facts::{capitalise, fact_text};
use super::steps::scale::{format_median, verdict};
use crate::app::{
    App, Command, Form, HistoryScreen, Item, Meeting, Screen, StartScreen, step_commands,
};
use crate::i18n::{self, T};
use crate::layout::StepKind;
use crate::model::{FactKind, ReviewTarget, Scale};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// One line of text, and whether it is the selected item.
type Row = (String, bool);

fn row(text: impl Into<String>) -> Row {
    (text.into(), false)
}

fn item(text: impl Into<String>, selected: bool) -> Row {
    let mark = if selected { "> " } else { "  " };
    (format!("{mark}{}", text.into()), selected)
}

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let mut rows: Vec<Row> = match &app.screen {
        Screen::Start(s) => start(s, app, ctx),
        Screen::Meeting(m) => meeting(m, app, ctx),
        Screen::History(h) => history(h, ctx),
        Screen::Registration(r) => registration(r),
    };
    if app.help {
        rows = help(app);
    }
    // Keep the selected line in view: the header lines first, then scroll.
    let h = area.height as usize;
    let sel = rows.iter().position(|(_, s)| *s).unwrap_or(0);
    let skip = (sel + 4).saturating_sub(h);
    let lines: Vec<Line> = rows
        .into_iter()
        .skip(skip)
        .map(|(t, _)| Line::styled(t, ctx.theme.base))
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

fn keys(ctx: &Ctx, commands: &[Command], step: Option<StepKind>) -> Row {
    let list: Vec<String> = commands
        .iter()
        .map(|c| {
            let label = step.map_or(c.help_short(), |k| c.help_on(k));
            format!("{} {label}", ctx.keymap.short_label(*c))
        })
        .collect();
    row(format!("{}: {}", T::HelpTitle.s(), list.join(", ")))
}

fn help(app: &App) -> Vec<Row> {
    let mut out = vec![row(T::HelpTitle.s())];
    // In a form: the form's keys.
    let rows = super::help::form_rows(app).unwrap_or_else(|| super::help::rows(app));
    for (k, t) in rows {
        out.push(row(format!("  {k}: {t}")));
    }
    out.push(row(T::HelpClose.s()));
    out
}

fn start(s: &StartScreen, app: &App, ctx: &Ctx) -> Vec<Row> {
    let mut out = vec![row("top3"), row(T::StartTagline.s()), row("")];
    if s.entries.is_empty() {
        out.push(row(
            T::StartEmpty.fmt(&[&ctx.keymap.short_label(Command::New)])
        ));
    }
    let mut last = None;
    for (i, e) in s.entries.iter().enumerate() {
        if last != Some(&e.case) {
            out.push(row(s.case_title(&e.case)));
            if let Some(b) = s.banner(&e.case).map(|b| &b.text) {
                out.push(row(format!("  {b}")));
            }
            last = Some(&e.case);
        }
        let text = match (&e.problem, e.date, e.kind, e.phase) {
            (Some(p), ..) => p.message(),
            (None, Some(d), Some(k), Some(ph)) => format!(
                "{} · {} · {}",
                d.format("%d-%m-%Y"),
                i18n::kind_name(k),
                i18n::phase_name(ph)
            ),
            _ => String::new(),
        };
        out.push(item(text, i == s.selected));
    }
    if let Some(f) = &s.new_meeting {
        out.push(row(""));
        out.push(row(T::NewMeetingTitle.s()));
        out.push(item(T::FieldLayout.s(), f.focus == 0));
        for (i, l) in app.layouts.names().iter().enumerate() {
            let chosen = if i == f.layout { T::Chosen.s() } else { "" };
            out.push(row(format!("    {l}{chosen}")));
        }
        out.push(item(
            format!("{}: {}", T::FieldCaseCode.s(), f.case.lines().join("")),
            f.focus == 1,
        ));
        out.push(item(
            format!("{}: {}", T::FieldDate.s(), f.date.lines().join("")),
            f.focus == 2,
        ));
        if let Some(e) = &f.error {
            out.push(row(e.clone()));
        }
    }
    out.push(row(""));
    out.push(keys(
        ctx,
        &[
            Command::Edit,
            Command::New,
            Command::History,
            Command::Help,
            Command::Quit,
        ],
        None,
    ));
    out
}

fn history(h: &HistoryScreen, ctx: &Ctx) -> Vec<Row> {
    let mut out = vec![row(T::HistoryTitle.fmt(&[&h.code]))];
    if h.escalate {
        out.push(row(
            T::HistoryOfferForm.fmt(&[&ctx.keymap.short_label(Command::Registration)])
        ));
    }
    // The chart is drawn with box characters; its table says the same.
    out.extend(
        h.lines
            .iter()
            .skip(h.scroll)
            .filter(|l| !l.chars().any(is_box_drawing))
            .map(|l| row(l.clone())),
    );
    out.push(keys(
        ctx,
        &[
            Command::Up,
            Command::Down,
            Command::Registration,
            Command::Export,
            Command::Escape,
            Command::Quit,
        ],
        None,
    ));
    out
}

/// The aanmeldingsformulier as lines: each field with its answer, the one
/// being filled in marked.
fn registration(r: &crate::app::RegistrationScreen) -> Vec<Row> {
    let mut out = vec![
        row(T::RegScreenTitle.fmt(&[&r.code])),
        row(T::RegAnonymousHint.s()),
    ];
    match crate::app::required_answer(&r.form) {
        Some(true) => {}
        Some(false) => out.push(row(T::RegRequiredNo.s())),
        None => out.push(row(T::RegRequiredOpen.s())),
    }
    for (i, f) in r.form.fields.iter().enumerate() {
        let value = f.value();
        let value = if value.is_empty() {
            T::RegAnswerNotFilled.s().to_string()
        } else {
            value.replace('\n', " ")
        };
        out.push(item(format!("{}: {value}", f.label.s()), i == r.form.focus));
    }
    if let Some(e) = &r.form.error {
        out.push(row(e.clone()));
    }
    out
}

pub fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{259F}').contains(&c) || ('\u{1FB00}'..='\u{1FBFF}').contains(&c)
}

fn meeting(m: &Meeting, app: &App, ctx: &Ctx) -> Vec<Row> {
    let mask = super::form::Mask::of(m, ctx);
    let copy = if ctx.facilitator {
        None
    } else {
        super::chrome::wall_copy(m)
    };
    let m = copy.as_ref().unwrap_or(m);
    let s = &m.session;
    let saved = if m.dirty {
        T::NotSavedYet.s()
    } else {
        T::Saved.s()
    };
    let mut out = vec![row(format!(
        "{} · {} · {} · {} · {}",
        s.case.code,
        i18n::kind_name(s.kind),
        i18n::phase_name(s.phase),
        s.date.format("%d-%m-%Y"),
        saved.trim_start_matches(['●', '✓', ' '])
    ))];
    out.push(row(format!(
        "{} {}/{}: {}",
        capitalise(T::Step.s()),
        m.step_index() + 1,
        m.layout.steps.len(),
        m.step().title.s()
    )));
    out.push(row(m.step().question.s()));
    out.push(meeting_keys(m, ctx));
    if ctx.facilitator || ctx.practice {
        for h in m.step().hints.iter().filter(|h| !h.s().trim().is_empty()) {
            let title = if ctx.facilitator {
                T::HintsTitle
            } else {
                T::HintsPractice
            };
            out.push(row(format!("{}: {}", title.s(), h.s())));
        }
    }
    out.push(row(""));
    if let Some(f) = &m.form {
        out.extend(form(f, mask.as_ref(), ctx));
    } else {
        out.extend(content(m, ctx));
    }
    out.push(row(""));
    if let Some(st) = &app.status {
        out.push(row(format!("{} {st}", T::PlainNotice.s())));
    }
    out
}

/// The keys that work here, as one line near the top: a screen reader meets
/// it before the content, and it is never scrolled away.
fn meeting_keys(m: &Meeting, ctx: &Ctx) -> Row {
    if m.form.is_some() {
        return row(format!(
            "{}: Tab {}, Enter {}, Alt-Enter {}, Esc {}",
            T::HelpTitle.s(),
            T::FooterNextField.s(),
            T::FooterEnterForm.s(),
            T::FooterNewLine.s(),
            T::FooterDone.s()
        ));
    }
    let mut cmds: Vec<Command> = step_commands(m.step().kind)
        .iter()
        .copied()
        .filter(|c| *c != Command::Reveal || m.scores_hidden(m.step().scale_key()))
        .filter(|c| *c != Command::Toggle || m.step().kind != StepKind::Top3 || m.pane == 1)
        .collect();
    cmds.extend([
        Command::PrevStep,
        Command::NextStep,
        Command::Help,
        Command::Quit,
    ]);
    let (text, _) = keys(ctx, &cmds, Some(m.step().kind));
    if matches!(m.step().kind, StepKind::Scale | StepKind::Voices) {
        // The score keys first: they are what this step is for.
        let head = format!("{}: ", T::HelpTitle.s());
        let rest = text.strip_prefix(&head).unwrap_or(&text);
        return row(format!("{head}0-9 t {}, {rest}", T::FooterScore.s()));
    }
    row(text)
}

fn form(f: &Form, mask: Option<&super::form::Mask>, ctx: &Ctx) -> Vec<Row> {
    let mut out = vec![row(f.title_text())];
    if let Some(mask) = mask
        && f.fields.iter().any(|x| mask.hides(x))
    {
        out.push(row(super::form::private_line(ctx)));
    }
    for (i, field) in f.fields.iter().enumerate() {
        let value = mask
            .and_then(|m| m.shown(field))
            .unwrap_or_else(|| field.value());
        out.push(item(
            format!("{}: {}", field.label_text(), value),
            i == f.focus,
        ));
    }
    if let Some(e) = &f.error {
        out.push(row(e.clone()));
    }
    out
}

/// `text` with who may see the item, in the facilitator view.
fn tagged(text: String, m: &Meeting, item: Item, ctx: &Ctx) -> String {
    match crate::app::visibility::item_tag(item, &m.session) {
        Some(tag) if ctx.facilitator => format!("{text} {tag}"),
        _ => text,
    }
}

fn missing(text: &str) -> String {
    super::steps::or_else(text, T::MissingWord.s())
}

fn content(m: &Meeting, ctx: &Ctx) -> Vec<Row> {
    let s = &m.session;
    let sel = m.selected_item();
    let mut out = Vec::new();
    match m.step().kind {
        StepKind::Participants => {
            out.push(item(
                format!("{}: {}", T::FormHousehold.s(), missing(&s.case.household)),
                sel == Some(Item::Household),
            ));
            out.push(item(
                format!(
                    "{}: {}",
                    i18n::leader_title(s.leader_title()),
                    super::steps::participants::roles_text(s)
                ),
                sel == Some(Item::Roles),
            ));
            if s.kind == crate::model::MeetingKind::Expertoverleg {
                let text = match &s.client_attendance {
                    None => T::ClientAttendanceOpen.s().to_string(),
                    Some(c) => format!(
                        "{}: {}",
                        if c.attends {
                            T::ClientAttendsYes.s()
                        } else {
                            T::ClientAttendsNo.s()
                        },
                        missing(&c.reason)
                    ),
                };
                out.push(item(text, sel == Some(Item::ClientAttendance)));
            }
            if ctx.facilitator {
                let name = i18n::wall_audience_name(s.wall_audience());
                let line = match s.wall_audience {
                    None => T::WallForAuto.fmt(&[&name]),
                    Some(_) => T::WallFor.fmt(&[&name]),
                };
                out.push(row(format!(
                    "{line} ({})",
                    ctx.keymap.short_label(Command::WallAudience)
                )));
            }
            for p in &s.participants {
                let mut parts = vec![i18n::attendance_name(p.attendance).to_string()];
                parts.extend(
                    [p.role.clone(), p.organisation.clone(), i18n::ring_text(p)]
                        .into_iter()
                        .filter(|x| !x.is_empty()),
                );
                let text = format!("{}: {}", missing(&p.name), parts.join(", "));
                out.push(item(
                    tagged(text, m, Item::Participant(p.id), ctx),
                    sel == Some(Item::Participant(p.id)),
                ));
            }
        }
        StepKind::Review => {
            if s.review.is_empty() {
                out.push(row(T::ReviewFirstMeeting.s()));
            }
            for r in &s.review {
                let kind = match r.target {
                    ReviewTarget::Condition(_) => T::ReviewCondition.s(),
                    ReviewTarget::Action(_) => T::ReviewAction.s(),
                };
                let status = r.status.map_or(T::ReviewOpen.s(), i18n::review_status_name);
                let note = if r.note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.note)
                };
                out.push(item(
                    format!("{kind}, {status}: {}{note}", r.text),
                    sel == Some(Item::Review(r.target)),
                ));
            }
        }
        StepKind::Facts => {
            for kind in FactKind::ALL {
                out.push(row(format!("{}:", capitalise(i18n::fact_kind_name(kind)))));
                for f in s.facts.iter().filter(|f| f.kind == kind) {
                    out.push(item(
                        tagged(fact_text(f), m, Item::Fact(f.id), ctx),
                        sel == Some(Item::Fact(f.id)),
                    ));
                }
            }
        }
        StepKind::Top3 => {
            out.push(row(format!(
                "{}:",
                crate::i18n::terms::top3_heading(s.phase).s()
            )));
            for (i, x) in s.top3.items().iter().enumerate() {
                out.push(item(
                    format!("{}. {}", i + 1, x.text),
                    sel == Some(Item::Situation(x.id)),
                ));
            }
            out.push(row(format!("{}:", T::Top3PickHeading.s())));
            let chosen: Vec<_> = s
                .top3
                .items()
                .iter()
                .flat_map(|x| x.facts.iter().copied())
                .collect();
            for f in crate::app::facts_in_order(s)
                .into_iter()
                .filter_map(|id| s.fact(id))
            {
                let mark = if chosen.contains(&f.id) {
                    T::Chosen.s()
                } else {
                    ""
                };
                out.push(item(
                    format!("{}{mark}", fact_text(f)),
                    m.pane == 1 && sel == Some(Item::FactPick(f.id)),
                ));
            }
        }
        StepKind::Scale => {
            let scale: Option<&Scale> = s.scale(m.step().scale_key());
            let threshold = scale.map_or(s.threshold(), |x| x.threshold);
            if !ctx.facilitator && m.scores_hidden(m.step().scale_key()) {
                // Who has chosen, not what, until the scores are shown.
                for p in s.scored() {
                    let chosen = scale
                        .and_then(|x| x.answer(p.id))
                        .and_then(|a| a.score)
                        .is_some();
                    let word = if chosen {
                        T::ScoreChosen.s()
                    } else {
                        T::ScoreNotChosen.s()
                    };
                    out.push(item(
                        format!("{} ({}): {word}", p.name, p.role),
                        sel == Some(Item::Answer(p.id)),
                    ));
                }
                return out;
            }
            for p in s.scored() {
                let score = scale.and_then(|x| x.answer(p.id)).and_then(|a| a.score);
                let n = score.map_or("-".to_string(), |v| v.to_string());
                out.push(item(
                    format!(
                        "{} ({}): {n}, {}",
                        p.name,
                        p.role,
                        verdict(score, threshold)
                    ),
                    sel == Some(Item::Answer(p.id)),
                ));
            }
            if let Some(st) = scale.and_then(Scale::stats) {
                out.push(row(T::ScaleStats.fmt(&[
                    &st.min,
                    &format_median(st.median),
                    &st.max,
                    &st.count,
                    &s.present().count(),
                    &threshold,
                ])));
            }
            if let Some(sc) = scale {
                for a in &sc.apart {
                    out.push(item(
                        super::steps::voices::head_text(a),
                        sel == Some(Item::Apart(a.id)),
                    ));
                }
            }
            if let Some(Item::Answer(pid)) = sel
                && let Some(a) = scale.and_then(|x| x.answer(pid))
            {
                let who = s
                    .participant(pid)
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                out.push(row(T::PlainReasonsOf.fmt(&[&who])));
                out.push(row(format!(
                    "{} {}",
                    T::FieldWhyNotLower.s(),
                    missing(&a.why_not_lower)
                )));
                out.push(row(format!(
                    "{} {}",
                    T::FieldWhyNotHigher.s(),
                    missing(&a.why_not_higher)
                )));
                out.push(row(format!(
                    "{} {}",
                    T::FieldOneHigher.s(),
                    missing(&a.one_higher)
                )));
            }
        }
        StepKind::Conditions => {
            for (i, x) in s.top3.items().iter().enumerate() {
                out.push(row(format!("{}. {}", i + 1, x.text)));
                for c in s.conditions_for(x.id) {
                    out.push(item(
                        tagged(c.text.clone(), m, Item::Condition(c.id), ctx),
                        sel == Some(Item::Condition(c.id)),
                    ));
                }
            }
            let loose: Vec<_> = s
                .conditions
                .iter()
                .filter(|c| c.situation.is_none_or(|x| s.top3.get(x).is_none()))
                .collect();
            if !loose.is_empty() {
                out.push(row(super::steps::keyed(
                    ctx,
                    || T::LooseConditions.s().into(),
                    T::WallLooseConditions,
                )));
                for c in loose {
                    out.push(item(
                        tagged(c.text.clone(), m, Item::Condition(c.id), ctx),
                        sel == Some(Item::Condition(c.id)),
                    ));
                }
            }
        }
        StepKind::Actions => {
            for a in &s.actions {
                let cols = super::steps::actions::columns(a, s.date);
                let text: Vec<String> = cols
                    .iter()
                    .map(|(h, v)| format!("{h}: {}", missing(v)))
                    .collect();
                out.push(item(
                    tagged(text.join(" — "), m, Item::Action(a.id), ctx),
                    sel == Some(Item::Action(a.id)),
                ));
            }
        }
        StepKind::Notes => {
            for n in &s.notes {
                let text = if n.private && !ctx.facilitator {
                    T::PrivateHidden.s().to_string()
                } else {
                    n.text.clone()
                };
                out.push(item(
                    tagged(text, m, Item::Note(n.id), ctx),
                    sel == Some(Item::Note(n.id)),
                ));
            }
        }
        StepKind::Approach => {
            for (it, label, value) in super::steps::approach::lines(m) {
                out.push(item(format!("{label}: {value}"), sel == Some(it)));
            }
        }
        StepKind::Closing => {
            for (it, label, value, _) in super::steps::closing::lines(m, ctx) {
                out.push(item(format!("{label}: {value}"), sel == Some(it)));
            }
        }
        StepKind::Scenario => {
            let selected = sel == Some(Item::Scenario);
            for (i, (label, text)) in super::steps::scenario::parts(&s.scenario)
                .into_iter()
                .enumerate()
            {
                out.push(item(format!("{label}: {text}"), selected && i == 0));
            }
        }
        StepKind::Voices => {
            if let Some(scale) = s.scale(m.step().scale_key()) {
                for a in &scale.apart {
                    let selected = sel == Some(Item::Apart(a.id));
                    out.push(item(super::steps::voices::head_text(a), selected));
                    out.push(row(super::steps::voices::spoken_text(a)));
                    out.push(row(T::ApartWords.fmt(&[&missing(&a.words)])));
                }
            }
        }
        StepKind::List => {
            for r in s.list(m.step().list_key()) {
                let text: Vec<String> = super::steps::list::cells(m.step(), r)
                    .into_iter()
                    .map(|(t, v)| format!("{t}: {v}"))
                    .collect();
                out.push(item(text.join(" — "), sel == Some(Item::Row(r.id))));
            }
        }
        StepKind::Summary => {
            let lines = super::steps::summary::summary_all(m, 200, ctx);
            for l in lines.into_iter().skip(m.scroll as usize) {
                let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                out.push(row(text));
            }
        }
    }
    out
}
