//! The group's plan beside a model answer (issue 16), item by item: the TOP 3
//! with the conditions of each situation, the scores, the agreements. One
//! list of rows, drawn by the comparison screen and written by
//! `top3 train --compare`.

use crate::i18n::{T, term_label};
use crate::model::Session;

/// One line of the comparison: what it is, the group's, the model's.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub group: String,
    pub model: String,
    /// A section heading (the two texts are empty).
    pub heading: bool,
}

fn heading(label: String) -> Row {
    Row {
        label,
        group: String::new(),
        model: String::new(),
        heading: true,
    }
}

fn row(label: String, group: Option<String>, model: Option<String>) -> Row {
    let none = || T::CmpNone.s().to_string();
    Row {
        label,
        group: group.unwrap_or_else(none),
        model: model.unwrap_or_else(none),
        heading: false,
    }
}

fn missing(text: &str) -> String {
    if text.trim().is_empty() {
        T::CmpMissing.s().to_string()
    } else {
        text.trim().to_string()
    }
}

fn condition_text(c: &crate::model::Condition) -> String {
    T::CmpCondition.fmt(&[
        &c.text.trim(),
        &missing(&c.monitored_by),
        &missing(&c.if_broken),
    ])
}

fn action_text(a: &crate::model::Action) -> String {
    let date = |d: chrono::NaiveDate| d.format("%d-%m-%Y").to_string();
    T::CmpAction.fmt(&[
        &missing(&a.who),
        &a.what.trim(),
        &term_label(&a.term, &date),
        &missing(&a.how_checked),
        &missing(&a.monitored_by),
        &missing(&a.if_broken),
    ])
}

fn scores_text(s: &Session, key: &str) -> Option<String> {
    let scale = s.scale(key)?;
    let present = s.scored().count();
    Some(match scale.stats() {
        // c-data: "6,5" in Dutch, as everywhere else.
        Some(st) => T::CmpScores.fmt(&[
            &crate::history::fmt_median(st.median),
            &st.min.value(),
            &st.max.value(),
            &st.count,
            &present,
        ]),
        None => T::CmpNoScores.s().to_string(),
    })
}

/// The comparison, item by item.
pub fn rows(group: &Session, model: &Session) -> Vec<Row> {
    let mut out = vec![heading(T::CmpTop3.s().to_string())];
    let (g, m) = (group.top3.items(), model.top3.items());
    for i in 0..g.len().max(m.len()) {
        let (gs, ms) = (g.get(i), m.get(i));
        out.push(row(
            T::CmpSituation.fmt(&[&(i + 1)]),
            gs.map(|x| x.text.clone()),
            ms.map(|x| x.text.clone()),
        ));
        let gc: Vec<_> = gs
            .map(|x| group.conditions_for(x.id).collect())
            .unwrap_or_default();
        let mc: Vec<_> = ms
            .map(|x| model.conditions_for(x.id).collect())
            .unwrap_or_default();
        for k in 0..gc.len().max(mc.len()) {
            out.push(row(
                T::CmpConditionLabel.fmt(&[&(i + 1), &(k + 1)]),
                gc.get(k).map(|c| condition_text(c)),
                mc.get(k).map(|c| condition_text(c)),
            ));
        }
    }
    let loose = |s: &Session| -> Vec<String> {
        s.conditions
            .iter()
            .filter(|c| c.situation.is_none_or(|id| s.top3.get(id).is_none()))
            .map(condition_text)
            .collect()
    };
    let (gl, ml) = (loose(group), loose(model));
    for k in 0..gl.len().max(ml.len()) {
        out.push(row(
            T::CmpLooseCondition.s().to_string(),
            gl.get(k).cloned(),
            ml.get(k).cloned(),
        ));
    }
    out.push(heading(T::CmpScoresHead.s().to_string()));
    let mut keys: Vec<&str> = group.scales.iter().map(|s| s.key.as_str()).collect();
    for s in &model.scales {
        if !keys.contains(&s.key.as_str()) {
            keys.push(&s.key);
        }
    }
    for key in keys {
        out.push(row(
            key.to_string(),
            scores_text(group, key),
            scores_text(model, key),
        ));
    }
    out.push(heading(T::CmpActionsHead.s().to_string()));
    let (ga, ma) = (&group.actions, &model.actions);
    for k in 0..ga.len().max(ma.len()) {
        out.push(row(
            T::CmpActionLabel.fmt(&[&(k + 1)]),
            ga.get(k).map(action_text),
            ma.get(k).map(action_text),
        ));
    }
    out
}

/// The comparison as Markdown, for `top3 train --compare`.
pub fn markdown(group: &Session, model: &Session) -> String {
    let cell = |t: &str| t.replace('|', "\\|").replace('\n', " ");
    let mut out = format!(
        "# {}\n\n",
        T::CmpTitle.fmt(&[&group.case.code, &group.date.format("%d-%m-%Y")])
    );
    let mut table_open = false;
    for r in rows(group, model) {
        if r.heading {
            out.push_str(&format!("\n## {}\n\n", r.label));
            table_open = false;
            continue;
        }
        if !table_open {
            out.push_str(&format!(
                "| | {} | {} |\n|---|---|---|\n",
                T::CmpGroup.s(),
                T::CmpModel.s()
            ));
            table_open = true;
        }
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            cell(&r.label),
            cell(&r.group),
            cell(&r.model)
        ));
    }
    out
}

/// The groups' TOP 3, scores and agreements side by side, as Markdown, for
/// `top3 train --compare-groups`: one column per group.
pub fn groups_markdown(code: &str, groups: &[(String, Session)]) -> String {
    let cell = |t: &str| t.replace('|', "\\|").replace('\n', " ");
    let none = T::CmpNone.s();
    let mut out = format!("# {}\n\n", T::CmpGroupsTitle.fmt(&[&code]));
    let head: Vec<String> = groups
        .iter()
        .map(|(g, _)| T::CmpGroupName.fmt(&[g]))
        .collect();
    let table = |out: &mut String, title: &str, rows: Vec<(String, Vec<String>)>| {
        out.push_str(&format!("## {title}\n\n| | {} |\n|---|", head.join(" | ")));
        out.push_str(&"---|".repeat(groups.len()));
        out.push('\n');
        for (label, cells) in rows {
            let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
            out.push_str(&format!("| {} | {} |\n", cell(&label), cells.join(" | ")));
        }
        out.push('\n');
    };
    let most = |f: &dyn Fn(&Session) -> usize| groups.iter().map(|(_, s)| f(s)).max().unwrap_or(0);
    let top3 = (0..most(&|s| s.top3.len()))
        .map(|i| {
            let cells = groups
                .iter()
                .map(|(_, s)| {
                    s.top3.items().get(i).map_or(none.to_string(), |x| {
                        let n = s.conditions_for(x.id).count();
                        format!("{} ({})", x.text, T::CmpConditionCount.fmt(&[&n]))
                    })
                })
                .collect();
            (T::CmpSituation.fmt(&[&(i + 1)]), cells)
        })
        .collect();
    table(&mut out, T::CmpTop3.s(), top3);
    let mut keys: Vec<String> = Vec::new();
    for (_, s) in groups {
        for sc in &s.scales {
            if !keys.contains(&sc.key) {
                keys.push(sc.key.clone());
            }
        }
    }
    let scores = keys
        .iter()
        .map(|k| {
            let cells = groups
                .iter()
                .map(|(_, s)| {
                    s.scale(k)
                        .and_then(|sc| sc.stats())
                        .map_or(none.to_string(), |st| {
                            T::CmpMedian.fmt(&[&crate::history::fmt_median(st.median), &st.count])
                        })
                })
                .collect();
            (k.clone(), cells)
        })
        .collect();
    table(&mut out, T::CmpScoresHead.s(), scores);
    let actions = (0..most(&|s| s.actions.len()))
        .map(|i| {
            let cells = groups
                .iter()
                .map(|(_, s)| s.actions.get(i).map_or(none.to_string(), action_text))
                .collect();
            (T::CmpActionLabel.fmt(&[&(i + 1)]), cells)
        })
        .collect();
    table(&mut out, T::CmpActionsHead.s(), actions);
    out
}
