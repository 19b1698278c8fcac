use super::{Ctx, Entry, FULL, empty_line, entry, keyed, render_entries};
use crate::app::{Command, Item, Meeting};
use crate::i18n::{self, T};
use crate::model::Attendance;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn glyph(a: Attendance) -> &'static str {
    match a {
        Attendance::Present => "✓",
        Attendance::Absent => "✗",
        Attendance::InformedAfterwards => "✉",
    }
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let s = &m.session;
    let sel = m.selected_item();
    let household = if s.case.household.is_empty() {
        keyed(
            ctx,
            || T::HouseholdEmpty.s().to_string(),
            T::WallHouseholdEmpty,
        )
    } else {
        let minors = if s.case.minor_children {
            T::MinorChildrenYes.s()
        } else {
            T::MinorChildrenNo.s()
        };
        format!(
            "{} · {} · {}",
            s.case.household, s.case.municipality, minors
        )
    };
    // The kind of violence: for the facilitator, and on the wall only when
    // the settings say so.
    let household = match s.case.violence {
        Some(kind) if ctx.facilitator || ctx.show_violence => {
            format!("{household} · {}", crate::i18n::violence_name(kind))
        }
        _ => household,
    };
    // The household on top (always in view), then the settings line and
    // the count, then the participants.
    let mut header = entry(
        &format!("{}: ", T::FormHousehold.s()),
        &household,
        area.width,
        sel == Some(Item::Household),
        ctx.theme.muted,
        ctx,
        FULL,
    )
    .lines;
    header.extend(
        entry(
            &format!("{}: ", i18n::leader_title(s.leader_title())),
            &roles_text(s),
            area.width,
            sel == Some(Item::Roles),
            ctx.theme.muted,
            ctx,
            FULL,
        )
        .lines,
    );
    if s.kind == crate::model::MeetingKind::Expertoverleg {
        let (text, style) = match &s.client_attendance {
            None => (T::ClientAttendanceOpen.s().to_string(), ctx.theme.warn),
            Some(c) => {
                let head = if c.attends {
                    T::ClientAttendsYes.s()
                } else {
                    T::ClientAttendsNo.s()
                };
                let text = if c.reason.trim().is_empty() {
                    head.to_string()
                } else {
                    format!("{head}: {}", c.reason.trim())
                };
                (text, ctx.theme.muted)
            }
        };
        let glyph = match &s.client_attendance {
            None => "?",
            Some(c) if c.attends => "✓",
            Some(_) => "✗",
        };
        header.extend(
            entry(
                &format!("{glyph} "),
                &text,
                area.width,
                sel == Some(Item::ClientAttendance),
                style,
                ctx,
                FULL,
            )
            .lines,
        );
    }
    header.push(ratatui::text::Line::default());
    let present = s.present().count();
    let privacy = match s.wall_names {
        crate::model::WallNames::Names => T::WallNamesNames.s(),
        crate::model::WallNames::Roles => T::WallNamesRoles.s(),
        crate::model::WallNames::Initials => T::WallNamesInitials.s(),
    };
    let privacy = if ctx.facilitator {
        format!("{privacy} ({})", ctx.keymap.short_label(Command::Privacy))
    } else {
        privacy.to_string()
    };
    header.push(ratatui::text::Line::styled(
        format!("  {privacy}"),
        ctx.theme.muted,
    ));
    // Whom the wall is for: the facilitator view only (the key with it).
    if ctx.facilitator {
        let audience = s.wall_audience();
        let name = i18n::wall_audience_name(audience);
        let mut line = match s.wall_audience {
            None => T::WallForAuto.fmt(&[&name]),
            Some(_) => T::WallFor.fmt(&[&name]),
        };
        line = format!("{line} ({})", ctx.keymap.short_label(Command::WallAudience));
        let family_present = s.present().any(|p| {
            matches!(
                p.group,
                Some(crate::model::Group::Gezin | crate::model::Group::Netwerk)
            )
        });
        let style = if audience == crate::model::Audience::Professionals && family_present {
            line = format!("⚠ {line} — {}", T::WallForProfessionalsWithFamily.s());
            ctx.theme.warn
        } else {
            ctx.theme.muted
        };
        header.push(ratatui::text::Line::styled(format!("  {line}"), style));
    }
    // The names to hide are themselves names: facilitator view only.
    if ctx.facilitator && !s.case.hidden_names.is_empty() {
        header.push(ratatui::text::Line::styled(
            format!(
                "  {}",
                T::HiddenNamesLine.fmt(&[&s.case.hidden_names.join(", ")])
            ),
            ctx.theme.private,
        ));
    }
    let wide = area.width >= 120;
    // The leader who guards the process gives no score; say so beside them.
    let leader = s
        .leader_title()
        .gives_no_score()
        .then(|| s.leader())
        .flatten()
        .map(|p| p.id);
    let mut entries: Vec<Entry> = Vec::new();
    for p in &s.participants {
        let name = if p.name.is_empty() {
            T::Unnamed.s()
        } else {
            &p.name
        };
        let mut parts = vec![format!(
            "{} {}",
            glyph(p.attendance),
            i18n::attendance_name(p.attendance)
        )];
        if !p.role.is_empty() {
            parts.push(p.role.clone());
        }
        if !p.organisation.is_empty() {
            parts.push(p.organisation.clone());
        }
        if wide && !p.relation.is_empty() {
            parts.push(p.relation.clone());
        }
        if let Some(g) = p.group {
            parts.push(i18n::group_label(g).to_string());
        }
        let ring = i18n::ring_text(p);
        if !ring.is_empty() {
            parts.push(ring);
        }
        if let Some(reason) = &p.no_score {
            parts.push(T::NoScoreMark.fmt(&[reason]));
        } else if p.on_call {
            parts.push(T::OnCallNoScore.s().to_string());
        } else if leader == Some(p.id) {
            parts.push(T::LeadsNoScore.s().to_string());
        }
        if let Some(before) = m.past.attended(p.id)
            && before != p.attendance
        {
            parts.push(T::LastAttendance.fmt(&[&i18n::attendance_name(before)]));
        }
        let style = if p.is_present() {
            ctx.theme.base
        } else {
            ctx.theme.muted
        };
        let mut e = entry(
            &format!("{name} — "),
            &parts.join(" · "),
            area.width,
            sel == Some(Item::Participant(p.id)),
            style,
            ctx,
            FULL,
        );
        super::push_visibility(&mut e.lines, m, Item::Participant(p.id), ctx, area.width);
        entries.push(e);
    }
    if s.participants.is_empty() {
        header.push(empty_line(
            keyed(
                ctx,
                || T::EmptyParticipants.fmt(&[&ctx.keymap.short_label(Command::Add)]),
                T::WallEmptyParticipants,
            ),
            ctx,
        ));
    } else {
        header.push(empty_line(
            T::PresentCount.fmt(&[&present, &s.participants.len()]),
            ctx,
        ));
        if let Some(d) = m.past.attendance_from.or(s.review_of)
            && !m.past.attendance.is_empty()
        {
            // The key only in the facilitator view: no key hints on the wall.
            let text = if ctx.facilitator {
                T::AttendanceCarried.fmt(&[
                    &d.format("%d-%m-%Y"),
                    &ctx.keymap.short_label(Command::Toggle),
                ])
            } else {
                T::AttendanceCarriedWall.fmt(&[&d.format("%d-%m-%Y")])
            };
            header.push(empty_line(text, ctx));
        }
    }
    header.push(ratatui::text::Line::default());
    render_entries(header, entries, area, buf);
}

/// "R. Bakker · Casusregie: R. Bakker · Procesregisseur: S. Yilmaz": who
/// leads the meeting and who holds the case's roles.
pub fn roles_text(s: &crate::model::Session) -> String {
    let or_none = |t: &str| {
        if t.trim().is_empty() {
            T::RolesNone.s().to_string()
        } else {
            t.trim().to_string()
        }
    };
    format!(
        "{} · {}: {} · {}: {}",
        or_none(&s.chair),
        T::RoleCasusregie.s(),
        or_none(&s.case.roles.casusregisseur),
        T::RoleProcesregisseur.s(),
        or_none(&s.case.roles.procesregisseur),
    )
}
