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
        for (k, (gc, mc)) in paired(&gc, &mc, |c| c.id).into_iter().enumerate() {
            out.push(row(
                T::CmpConditionLabel.fmt(&[&(i + 1), &(k + 1)]),
                gc.map(condition_text),
                mc.map(condition_text),
            ));
        }
    }
    let (gl, ml) = (loose_conditions(group), loose_conditions(model));
    for (gc, mc) in paired(&gl, &ml, |c| c.id) {
        out.push(row(
            T::CmpLooseCondition.s().to_string(),
            gc.map(condition_text),
            mc.map(condition_text),
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
    let (ga, ma): (Vec<_>, Vec<_>) = (
        group.actions.iter().collect(),
        model.actions.iter().collect(),
    );
    for (k, (ga, ma)) in paired(&ga, &ma, |a| a.id).into_iter().enumerate() {
        out.push(row(
            T::CmpActionLabel.fmt(&[&(k + 1)]),
            ga.map(action_text),
            ma.map(action_text),
        ));
    }
    out
}

/// The conditions tied to no situation of the TOP 3.
fn loose_conditions(s: &Session) -> Vec<&crate::model::Condition> {
    s.conditions
        .iter()
        .filter(|c| c.situation.is_none_or(|id| s.top3.get(id).is_none()))
        .collect()
}

/// The group's items beside the model's. A model answer is written from the
/// practice meeting, so an item both kept has the same id: those stand on
/// one line, in the group's order; what only the group has stands beside
/// nothing, and what only the model has follows, beside nothing. (A model's
/// own new items take ids below the meeting's `next_id`, so they never meet
/// an item the group added; tested.) When the two share no id at all (a
/// model written apart), they are set side by side in order.
fn paired<'a, X>(
    group: &[&'a X],
    model: &[&'a X],
    id: impl Fn(&X) -> crate::model::Id,
) -> Vec<(Option<&'a X>, Option<&'a X>)> {
    let shared = group.iter().any(|g| model.iter().any(|m| id(m) == id(g)));
    if !shared {
        return (0..group.len().max(model.len()))
            .map(|k| (group.get(k).copied(), model.get(k).copied()))
            .collect();
    }
    let mut out: Vec<(Option<&X>, Option<&X>)> = group
        .iter()
        .map(|g| (Some(*g), model.iter().find(|m| id(m) == id(g)).copied()))
        .collect();
    for m in model {
        if !group.iter().any(|g| id(g) == id(m)) {
            out.push((None, Some(*m)));
        }
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

/// The groups side by side (c-screens): a column per group, and the model
/// answer as the last column when the case has one. Drawn by the groups
/// screen and written as Markdown by `top3 train --compare-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// The columns' headings: "Groep A", …, "Modelantwoord".
    pub heads: Vec<String>,
    pub rows: Vec<GridRow>,
}

/// One line of the grid: what it is and a cell per column; a section
/// heading has no cells.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    pub label: String,
    pub cells: Vec<String>,
    pub heading: bool,
}

/// The groups' TOP 3 (with how many conditions each situation has), the
/// median of each scale question and the agreements, one column per group
/// and the model answer last.
pub fn groups_grid(groups: &[(String, Session)], model: Option<&Session>) -> Grid {
    let none = T::CmpNone.s();
    let mut cols: Vec<(String, &Session)> = groups
        .iter()
        .map(|(g, s)| (T::CmpGroupName.fmt(&[g]), s))
        .collect();
    if let Some(m) = model {
        cols.push((T::CmpModel.s().to_string(), m));
    }
    let mut rows = Vec::new();
    let head = |rows: &mut Vec<GridRow>, label: &str| {
        rows.push(GridRow {
            label: label.to_string(),
            cells: Vec::new(),
            heading: true,
        })
    };
    let most = |f: &dyn Fn(&Session) -> usize| cols.iter().map(|(_, s)| f(s)).max().unwrap_or(0);
    head(&mut rows, T::CmpTop3.s());
    for i in 0..most(&|s| s.top3.len()) {
        let cells = cols
            .iter()
            .map(|(_, s)| {
                s.top3.items().get(i).map_or(none.to_string(), |x| {
                    let n = s.conditions_for(x.id).count();
                    format!(
                        "{} · {}",
                        x.text,
                        crate::i18n::terms::count(n, T::CmpOneCondition, T::CmpConditionCount)
                    )
                })
            })
            .collect();
        rows.push(GridRow {
            label: T::CmpSituation.fmt(&[&(i + 1)]),
            cells,
            heading: false,
        });
    }
    head(&mut rows, T::CmpScoresHead.s());
    let mut keys: Vec<String> = Vec::new();
    for (_, s) in &cols {
        for sc in &s.scales {
            if !keys.contains(&sc.key) {
                keys.push(sc.key.clone());
            }
        }
    }
    // A meeting without a scale question yet (a scripted later one) says
    // so, rather than an empty heading.
    if keys.is_empty() {
        rows.push(GridRow {
            label: T::CmpNoScores.s().to_string(),
            cells: cols.iter().map(|_| none.to_string()).collect(),
            heading: false,
        });
    }
    for k in keys {
        let cells = cols
            .iter()
            .map(|(_, s)| {
                s.scale(&k)
                    .and_then(|sc| sc.stats())
                    .map_or(none.to_string(), |st| {
                        T::CmpMedian.fmt(&[&crate::history::fmt_median(st.median), &st.count])
                    })
            })
            .collect();
        rows.push(GridRow {
            label: k,
            cells,
            heading: false,
        });
    }
    head(&mut rows, T::CmpActionsHead.s());
    for i in 0..most(&|s| s.actions.len()) {
        let cells = cols
            .iter()
            .map(|(_, s)| s.actions.get(i).map_or(none.to_string(), action_text))
            .collect();
        rows.push(GridRow {
            label: T::CmpActionLabel.fmt(&[&(i + 1)]),
            cells,
            heading: false,
        });
    }
    Grid {
        heads: cols.into_iter().map(|(h, _)| h).collect(),
        rows,
    }
}

/// A session as the room may see it (c-screens), as the wall shows it:
/// only what is for everyone present, and with the privacy setting on,
/// names as roles or initials. The groups screen off the facilitator view
/// shows the groups' plans so.
pub fn for_the_room(s: &Session) -> Session {
    use crate::model::WallNames;
    use crate::plan::{NamesAs, for_readers, hidden_names, redact_names_as};
    let seen = if s.visibilities().any(|(_, v)| v.is_restricted()) {
        for_readers(s, &s.wall_readers()).0
    } else {
        s.clone()
    };
    let how = match s.wall_names {
        WallNames::Names if hidden_names(&seen).is_empty() => None,
        WallNames::Names => Some(NamesAs::HiddenOnly),
        WallNames::Roles => Some(NamesAs::Roles),
        WallNames::Initials => Some(NamesAs::Initials),
    };
    match how {
        Some(how) => redact_names_as(&seen, how),
        None => seen,
    }
}

/// The groups' TOP 3, scores and agreements side by side, as Markdown, for
/// `top3 train --compare-groups`: one column per group.
pub fn groups_markdown(code: &str, groups: &[(String, Session)]) -> String {
    groups_markdown_with(code, groups, None)
}

/// [`groups_markdown`] with the model answer as the last column.
pub fn groups_markdown_with(
    code: &str,
    groups: &[(String, Session)],
    model: Option<&Session>,
) -> String {
    let cell = |t: &str| t.replace('|', "\\|").replace('\n', " ");
    let grid = groups_grid(groups, model);
    let mut out = format!("# {}\n\n", T::CmpGroupsTitle.fmt(&[&code]));
    let mut open = false;
    for r in &grid.rows {
        if r.heading {
            if open {
                out.push('\n');
            }
            out.push_str(&format!(
                "## {}\n\n| | {} |\n|---|",
                r.label,
                grid.heads.join(" | ")
            ));
            out.push_str(&"---|".repeat(grid.heads.len()));
            out.push('\n');
            open = true;
            continue;
        }
        let cells: Vec<String> = r.cells.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} | {} |\n", cell(&r.label), cells.join(" | ")));
    }
    out.push('\n');
    out
}
