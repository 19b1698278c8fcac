//! The parts of the plan for the rest of the method: the proactive
//! scenario, the answers of those spoken to apart, and the rows of a
//! layout's list steps, with the Signs-of-Safety mapping as the familiar
//! three columns.

use super::dates::DateStyle;
use super::document::Document;
use super::plan_document::or_none;
use crate::i18n::T;
use crate::layout::{Layout, LayoutSet, Mapping, Step, StepKind, layouts_dir};
use crate::model::{ListRow, Phase, Scale, Session};

/// The proactive scenario: its own section of the Veiligheidsplan (and of a
/// later plan when the meeting kept one).
pub fn scenario(doc: &mut Document, s: &Session, d: &DateStyle) {
    let x = &s.scenario;
    if x.is_empty() && s.phase != Phase::DirecteVeiligheid {
        return;
    }
    doc.heading(1, T::DocScenario.s());
    if x.is_empty() {
        doc.remark(T::DocNoScenario.s());
        return;
    }
    doc.paragraph(T::DocScenarioIntro.s());
    let police = match (x.police_registered, x.police_registered_on) {
        (true, Some(on)) => T::ScenarioPoliceOn.fmt(&[&d.date(on)]),
        (true, None) => T::ScenarioPoliceYes.s().to_string(),
        (false, _) => T::ScenarioPoliceNo.s().to_string(),
    };
    let huisverbod = if x.huisverbod.trim().is_empty() {
        T::ScenarioHuisverbodNone.s().to_string()
    } else {
        x.huisverbod.trim().to_string()
    };
    doc.fields(vec![
        (T::ScenarioNext.s().into(), or_none(&x.next_incident)),
        (T::ScenarioCalls.s().into(), or_none(&x.who_calls)),
        (T::ScenarioActs.s().into(), or_none(&x.who_acts)),
        (T::ScenarioPolice.s().into(), police),
        (T::ScenarioHuisverbod.s().into(), huisverbod),
        (T::ScenarioShared.s().into(), or_none(&x.shared_with)),
    ]);
}

/// Those spoken to apart, in a table of their own under the room's scores:
/// their scores are not in the room's figures.
pub fn apart_table(doc: &mut Document, scale: &Scale, d: &DateStyle) {
    if scale.apart.is_empty() {
        return;
    }
    doc.heading(3, T::DocApart.s());
    doc.remark(T::DocApartIntro.s());
    let header = [
        T::DocColWho,
        T::DocColScore,
        T::DocColSpokenBy,
        T::DocColDate,
        T::DocColHow,
        T::DocColOwnWords,
    ]
    .map(|t| t.s().to_string())
    .to_vec();
    let rows = scale
        .apart
        .iter()
        .map(|a| {
            vec![
                or_none(&a.who),
                a.score
                    .map_or(T::DocNone.s().to_string(), |v| v.to_string()),
                or_none(&a.by),
                a.on.map_or(T::DocNone.s().to_string(), |on| d.date(on)),
                or_none(&a.how),
                or_none(&a.words),
            ]
        })
        .collect();
    doc.table(header, rows);
}

/// The layout that gave this session its steps: a built-in one, or one in
/// the user's layouts folder (read here, at export time: the column titles
/// and the mapping of a list step are the layout's, not the session's).
pub fn layout_of(s: &Session) -> Option<Layout> {
    let (all, _) = LayoutSet::load(layouts_dir(None).as_deref());
    all.get(&s.layout).cloned()
}

/// The rows of the list steps: the Signs-of-Safety mapping as three
/// columns (complicating factors below), any other list as a table with the
/// layout's columns. Rows of a list the layout no longer names are shown
/// with their column keys, so nothing typed is left out.
pub fn lists(doc: &mut Document, s: &Session) {
    if s.lists.iter().all(|l| l.rows.is_empty()) {
        return;
    }
    let layout = layout_of(s);
    let steps: Vec<&Step> = layout
        .as_ref()
        .map(|l| {
            l.steps
                .iter()
                .filter(|st| st.kind == StepKind::List)
                .collect()
        })
        .unwrap_or_default();
    let rows_of = |st: &Step| s.list(st.list_key()).to_vec();
    if steps.iter().any(|st| st.mapping.is_some()) {
        mapping(doc, s, &steps);
    }
    for st in steps.iter().filter(|st| {
        !matches!(
            st.mapping,
            Some(Mapping::Zorgen | Mapping::GaatGoed | Mapping::MoetGebeuren)
        )
    }) {
        let rows = rows_of(st);
        if rows.is_empty() {
            continue;
        }
        doc.heading(1, st.title.s());
        let header = st.columns.iter().map(|c| c.title.s().to_string()).collect();
        let body = rows
            .iter()
            .map(|r| st.columns.iter().map(|c| or_none(r.cell(&c.key))).collect())
            .collect();
        doc.table(header, body);
    }
    // Lists no step of the layout names (a layout changed or missing).
    for list in &s.lists {
        if list.rows.is_empty() || steps.iter().any(|st| st.list_key() == list.key) {
            continue;
        }
        doc.heading(1, &list.key);
        let mut keys: Vec<&str> = Vec::new();
        for r in &list.rows {
            for (k, _) in &r.cells {
                if !keys.contains(&k.as_str()) {
                    keys.push(k);
                }
            }
        }
        let header = keys.iter().map(|k| k.to_string()).collect();
        let body = list
            .rows
            .iter()
            .map(|r| keys.iter().map(|k| or_none(r.cell(k))).collect())
            .collect();
        doc.table(header, body);
    }
}

/// A row as one text: the first column, then "title: text" for the others.
pub fn row_text(st: &Step, r: &ListRow) -> String {
    let mut parts = Vec::new();
    for (i, c) in st.columns.iter().enumerate() {
        let v = r.cell(&c.key).trim();
        if v.is_empty() {
            continue;
        }
        if i == 0 {
            parts.push(v.to_string());
        } else {
            parts.push(format!("{}: {v}", c.title.s()));
        }
    }
    parts.join("\n")
}

/// Zorgen | Wat gaat goed | Wat moet er gebeuren, each entry in its own
/// row, read down each column.
fn mapping(doc: &mut Document, s: &Session, steps: &[&Step]) {
    doc.heading_new_page(1, T::DocMapping.s());
    let column = |m: Mapping| -> Vec<String> {
        steps
            .iter()
            .filter(|st| st.mapping == Some(m))
            .flat_map(|st| s.list(st.list_key()).iter().map(|r| row_text(st, r)))
            .filter(|t| !t.trim().is_empty())
            .collect()
    };
    let cols = [
        column(Mapping::Zorgen),
        column(Mapping::GaatGoed),
        column(Mapping::MoetGebeuren),
    ];
    let n = cols.iter().map(Vec::len).max().unwrap_or(0);
    let header = [T::MapZorgen, T::MapGaatGoed, T::MapMoetGebeuren]
        .map(|t| t.s().to_string())
        .to_vec();
    let rows = (0..n)
        .map(|i| {
            cols.iter()
                .map(|c| c.get(i).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    doc.column_table(header, rows);
}
