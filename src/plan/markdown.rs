//! The document as Markdown that also reads well as plain text.

use super::document::{Block, Document, Table, clean, label_with_separator};

/// Tables wider than this (in characters per row) are written as one block
/// per row, which reads better than a very wide pipe table.
const MAX_TABLE_WIDTH: usize = 100;

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", inline(&doc.title)));
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text, .. } => {
                let hashes = "#".repeat(usize::from(*level).clamp(1, 3) + 1);
                out.push_str(&format!("{hashes} {}\n\n", inline(text)));
            }
            Block::Paragraph(t) => out.push_str(&format!("{}\n\n", inline(t))),
            Block::Remark(t) => out.push_str(&format!("_{}_\n\n", inline(t))),
            Block::Fields(fields) => {
                for (label, value) in fields {
                    let label = label_with_separator(label);
                    out.push_str(&format!(
                        "- **{}** {}\n",
                        inline(label.trim_end()),
                        inline(value)
                    ));
                }
                out.push('\n');
            }
            Block::List { numbered, items } => {
                for (i, item) in items.iter().enumerate() {
                    if *numbered {
                        out.push_str(&format!("{}. {}\n", i + 1, inline(item)));
                    } else {
                        out.push_str(&format!("- {}\n", inline(item)));
                    }
                }
                out.push('\n');
            }
            Block::Table(t) => table(&mut out, t),
            // Plain text has no pictures: the table under the chart gives
            // the same figures.
            Block::Chart(_) => {}
        }
    }
    out.push_str(&format!("---\n\n_{}_\n", inline(&doc.footer)));
    out
}

fn table(out: &mut String, t: &Table) {
    let width = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.chars().count() + 3).sum::<usize>())
        .max()
        .unwrap_or(0);
    if width <= MAX_TABLE_WIDTH || t.keep_columns {
        let cells = |r: &[String]| r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ");
        out.push_str(&format!("| {} |\n", cells(&t.header)));
        out.push_str(&format!(
            "|{}|\n",
            t.header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
        ));
        for r in &t.rows {
            out.push_str(&format!("| {} |\n", cells(r)));
        }
        out.push('\n');
        return;
    }
    // One block per row: the first column as the lead, the rest as lines.
    for r in &t.rows {
        let mut cols = t.header.iter().zip(r);
        if let Some((_, first)) = cols.next() {
            out.push_str(&format!("- **{}**\n", inline(first)));
        }
        for (label, value) in cols {
            let label = label_with_separator(label);
            out.push_str(&format!(
                "  - {} {}\n",
                inline(label.trim_end()),
                inline(value)
            ));
        }
    }
    out.push('\n');
}

/// Text on one line with the characters that Markdown would act on escaped.
fn inline(text: &str) -> String {
    let one_line = clean(text)
        .split(['\n', '\t'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn cell(text: &str) -> String {
    let t = inline(text);
    if t.is_empty() { " ".into() } else { t }
}
