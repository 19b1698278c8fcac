//! The approach of an MDA++ expertoverleg: the registration question, the
//! experts' analysis, the approach per TOP-3 situation with who acts, each
//! expert's doorzettingskracht, and what the coördinator takes back.

use super::{Ctx, render_entries};
use crate::app::{ApproachPart, Item, Meeting};
use crate::i18n::T;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The step's lines: the item, its label and its text (a word when empty).
pub fn lines(m: &Meeting) -> Vec<(Item, String, String)> {
    let s = &m.session;
    let a = &s.approach;
    let or_missing = |t: &str| {
        if t.trim().is_empty() {
            T::Missing.s().to_string()
        } else {
            t.to_string()
        }
    };
    crate::app::items(m.step(), s, 0)
        .into_iter()
        .filter_map(|item| {
            let Item::Approach(part) = item else {
                return None;
            };
            let (label, value) = match part {
                ApproachPart::Question => (
                    T::FieldApproachQuestion.s().to_string(),
                    or_missing(&a.question),
                ),
                ApproachPart::Analysis => (
                    T::FieldApproachAnalysis.s().to_string(),
                    or_missing(&a.analysis),
                ),
                ApproachPart::Situation(id) => {
                    let rank = s.top3.items().iter().position(|x| x.id == id)? + 1;
                    let text = &s.top3.get(id)?.text;
                    let x = a.for_situation(id);
                    let approach = or_missing(x.map_or("", |x| x.approach.as_str()));
                    let who = or_missing(x.map_or("", |x| x.who.as_str()));
                    (
                        T::ApproachForSituation.fmt(&[&rank]),
                        T::ApproachValue.fmt(&[text, &approach, &who]),
                    )
                }
                ApproachPart::Expert(id) => {
                    let p = s.participant(id)?;
                    let who = if p.organisation.trim().is_empty() {
                        p.name.clone()
                    } else {
                        format!("{} ({})", p.name, p.organisation)
                    };
                    (
                        T::ExpertForceOf.fmt(&[&who]),
                        or_missing(a.for_expert(id).map_or("", |x| x.escalates_to.as_str())),
                    )
                }
                ApproachPart::TakeBack => {
                    (T::FieldTakeBack.s().to_string(), or_missing(&a.take_back))
                }
            };
            Some((item, label, value))
        })
        .collect()
}

pub fn render(m: &Meeting, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let head = vec![super::empty_line(T::ApproachLeading.s().to_string(), ctx)];
    let styled = lines(m)
        .into_iter()
        .map(|(item, label, value)| {
            // An empty part says so in the warning colour, with its word.
            let style = if value == T::Missing.s() {
                ctx.theme.warn
            } else {
                ctx.theme.base
            };
            (item, label, value, style)
        })
        .collect();
    let entries = super::labelled(styled, m, ctx, area.width, true);
    render_entries(head, entries, area, buf);
}
