use super::Id;
use serde::{Deserialize, Serialize};

/// The rows of a layout's generic list step (`StepKind::List`), keyed by
/// the step's `list` name. Each row holds a text per column key, so a
/// layout can add or rename columns without losing what was typed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListData {
    pub key: String,
    #[serde(default)]
    pub rows: Vec<ListRow>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRow {
    pub id: Id,
    /// (column key, text), in the order typed.
    #[serde(default)]
    pub cells: Vec<(String, String)>,
}

impl ListRow {
    pub fn new(id: Id) -> Self {
        ListRow {
            id,
            cells: Vec::new(),
        }
    }

    pub fn cell(&self, column: &str) -> &str {
        self.cells
            .iter()
            .find(|(k, _)| k == column)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn set(&mut self, column: &str, text: String) {
        if let Some(slot) = self.cells.iter_mut().find(|(k, _)| k == column) {
            slot.1 = text;
        } else {
            self.cells.push((column.to_string(), text));
        }
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|(_, v)| v.trim().is_empty())
    }
}
