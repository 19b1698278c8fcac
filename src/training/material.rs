//! Material for a course day (issue 16): role cards per participant of a
//! practice meeting and a take-home per trainee, as Markdown, redacted by the
//! same rules as every other export when asked.

use crate::i18n::{T, attendance_name};
use crate::model::Session;
use crate::plan::{ExportFormat, ExportOptions, Form, NamesAs, Redactor};

fn shown(s: &Session, redact: bool) -> Session {
    if redact {
        crate::plan::redact(s)
    } else {
        s.clone()
    }
}

fn mentions(text: &str, who: &[&str]) -> bool {
    let text = text.to_lowercase();
    who.iter()
        .filter(|w| w.trim().chars().count() > 1)
        .any(|w| text.contains(&w.trim().to_lowercase()))
}

/// One role card per participant of the practice meeting: who you are, what
/// you know (the facts you reported or are the source of), what you would
/// score (your score in the meeting, or else in the model answer).
pub fn role_cards(meeting: &Session, model: Option<&Session>, redact: bool) -> String {
    let s = shown(meeting, redact);
    let m = model.map(|m| shown(m, redact));
    let mut out = format!("# {}\n\n", T::CardsTitle.fmt(&[&s.case.code]));
    out.push_str(&format!("{}\n\n", T::CardsIntro.s()));
    for p in &s.participants {
        // Redacted, the name has become the role: printed once.
        let head = if p.name.trim().eq_ignore_ascii_case(p.role.trim()) || p.role.trim().is_empty()
        {
            p.name.trim().to_string()
        } else {
            T::CardHead.fmt(&[&p.name, &p.role])
        };
        out.push_str(&format!("## {head}\n\n"));
        let mut who = vec![p.role.trim().to_string()];
        if !p.organisation.trim().is_empty() {
            who.push(p.organisation.trim().to_string());
        }
        if !p.relation.trim().is_empty() {
            who.push(p.relation.trim().to_string());
        }
        out.push_str(&format!(
            "**{}** {}. {}.\n\n",
            T::CardWho.s(),
            who.join(", "),
            capitalised(attendance_name(p.attendance))
        ));
        out.push_str(&format!("**{}**\n\n", T::CardKnow.s()));
        let names = [p.name.as_str(), p.role.as_str()];
        let known: Vec<_> = s
            .facts
            .iter()
            .filter(|f| mentions(&f.reported_by, &names) || mentions(&f.source, &names))
            .collect();
        if known.is_empty() {
            out.push_str(&format!("- {}\n", T::CardKnowNothing.s()));
        }
        for f in known {
            out.push_str(&format!("- {}\n", f.what.trim()));
        }
        out.push('\n');
        // c-data: what the model answer brought to light by asking (a fact
        // the meeting does not have, or has only as an opinion), so that
        // the one who plays the role can tell it when the group asks.
        let asked: Vec<_> = m
            .iter()
            .flat_map(|m| m.facts.iter())
            .filter(|f| !s.facts.iter().any(|g| g.what.trim() == f.what.trim()))
            .filter(|f| mentions(&f.reported_by, &names) || mentions(&f.source, &names))
            .collect();
        if !asked.is_empty() {
            out.push_str(&format!("**{}**\n\n", T::CardWhenAsked.s()));
            for f in asked {
                out.push_str(&format!("- {}\n", f.what.trim()));
            }
            out.push('\n');
        }
        out.push_str(&format!("**{}**\n\n", T::CardScore.s()));
        let answer = s
            .scales
            .iter()
            .find_map(|sc| sc.answer(p.id).filter(|a| a.score.is_some()))
            .or_else(|| {
                m.as_ref()?
                    .scales
                    .iter()
                    .find_map(|sc| sc.answer(p.id).filter(|a| a.score.is_some()))
            });
        // c-data: a score given without a reason takes the model answer's
        // reasons of the same person, for when the group asks why.
        let reasons = |a: &crate::model::ScaleAnswer| {
            !a.why_not_lower.trim().is_empty() || !a.why_not_higher.trim().is_empty()
        };
        let answer = answer.map(|a| {
            let from_model = m
                .as_ref()
                .and_then(|m| m.scales.iter().find_map(|sc| sc.answer(p.id)))
                .filter(|b| !reasons(a) && reasons(b));
            match from_model {
                Some(b) => crate::model::ScaleAnswer {
                    why_not_lower: b.why_not_lower.clone(),
                    why_not_higher: b.why_not_higher.clone(),
                    ..a.clone()
                },
                None => a.clone(),
            }
        });
        match answer {
            Some(a) => {
                let score = a.score.map(|x| x.value()).unwrap_or_default();
                out.push_str(&format!("- {}\n", T::CardScoreIs.fmt(&[&score])));
                for (label, text) in [
                    (T::CardNotLower, &a.why_not_lower),
                    (T::CardNotHigher, &a.why_not_higher),
                ] {
                    if !text.trim().is_empty() {
                        out.push_str(&format!("- {} {}\n", label.s(), text.trim()));
                    }
                }
            }
            None => out.push_str(&format!("- {}\n", T::CardScoreNone.s())),
        }
        out.push('\n');
    }
    out
}

/// "Aanwezig" for a card's sentence that starts with it.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A take-home for a trainee: the group's plan (with the case's earlier
/// meetings as `history`), the comparison with the model answer and the
/// teaching points.
pub fn take_home(
    group: &Session,
    history: &[Session],
    model: Option<&Session>,
    teaching: &[String],
    redact: bool,
) -> String {
    let options = ExportOptions {
        form: Form::Plan,
        redact,
        ..ExportOptions::default()
    };
    let doc = crate::plan::build_document(group, history, &options);
    let plan = crate::plan::render(&doc, ExportFormat::Md)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let mut out = format!("# {}\n\n", T::TakeHomeTitle.fmt(&[&group.case.code]));
    out.push_str(&format!("## {}\n\n", T::TakeHomePlan.s()));
    // The plan's own headings one level down.
    for line in plan.lines() {
        if line.starts_with('#') {
            out.push_str(&format!("##{line}\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if let Some(model) = model {
        let cmp = super::compare::markdown(&shown(group, redact), &shown(model, redact));
        out.push_str(&format!("\n## {}\n\n", T::TakeHomeModel.s()));
        for line in cmp.lines().skip(1) {
            if line.starts_with('#') {
                out.push_str(&format!("#{line}\n"));
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out.push_str(&format!("\n## {}\n\n", T::TakeHomePoints.s()));
    let names = Redactor::new(group, NamesAs::Roles);
    for (i, p) in teaching.iter().enumerate() {
        let p = if redact { names.text(p) } else { p.clone() };
        out.push_str(&format!("{}. {}\n", i + 1, p.trim()));
    }
    out
}
