//! The document as a Word file: real heading styles (Word's navigation pane
//! and LibreOffice's navigator see them), tables with a header row, and page
//! numbers in the footer.

use super::document::{Block, Document, Table, clean, label_with_separator};
use crate::i18n::T;
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, NumPages, PageMargin, PageNum, Paragraph, Run,
    RunFonts, Shading, ShdType, Style, StyleType, TableCell, TableRow, WidthType,
};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11906, 16838);
const MARGIN: i32 = 1020;
const TEXT_WIDTH: usize = 11906 - 2 * 1020;

pub fn render(doc: &Document) -> Result<Vec<u8>, String> {
    let mut docx = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(500)
                .footer(500),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(21)
        .add_style(heading_style("Title", "Title", 40, None))
        .add_style(heading_style("Heading1", "heading 1", 30, Some(0)))
        .add_style(heading_style("Heading2", "heading 2", 25, Some(1)))
        .add_style(heading_style("Heading3", "heading 3", 22, Some(2)))
        .add_style(
            Style::new("TableHeader", StyleType::Paragraph)
                .name("Table Header")
                .bold(),
        )
        .footer(footer(&doc.footer));
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(text_run(&doc.title)),
    );
    for block in &doc.blocks {
        docx = match block {
            Block::Heading {
                level,
                text,
                new_page,
            } => {
                let style = match level {
                    0 | 1 => "Heading1",
                    2 => "Heading2",
                    _ => "Heading3",
                };
                docx.add_paragraph(
                    Paragraph::new()
                        .style(style)
                        .keep_next(true)
                        .page_break_before(*new_page)
                        .add_run(text_run(text)),
                )
            }
            Block::Paragraph(t) => docx.add_paragraph(Paragraph::new().add_run(text_run(t))),
            Block::Remark(t) => docx.add_paragraph(Paragraph::new().add_run(text_run(t).italic())),
            Block::Fields(fields) => {
                for (label, value) in fields {
                    docx = docx.add_paragraph(
                        Paragraph::new()
                            .add_run(
                                Run::new()
                                    .add_text(clean(&label_with_separator(label)))
                                    .bold(),
                            )
                            .add_run(text_run(value)),
                    );
                }
                docx
            }
            Block::List { numbered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let mark = if *numbered {
                        format!("{}.\t", i + 1)
                    } else {
                        "•\t".to_string()
                    };
                    docx = docx.add_paragraph(
                        Paragraph::new()
                            .indent(
                                Some(567),
                                Some(docx_rs::SpecialIndentType::Hanging(340)),
                                None,
                                None,
                            )
                            .add_run(Run::new().add_text(mark))
                            .add_run(text_run(item)),
                    );
                }
                docx
            }
            Block::Table(t) => docx.add_table(table(t)).add_paragraph(Paragraph::new()),
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.into_inner())
}

fn heading_style(id: &str, name: &str, half_points: usize, outline: Option<usize>) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .size(half_points)
        .bold()
        .color("1F3864");
    if let Some(level) = outline {
        s = s.outline_lvl(level);
    }
    s
}

/// A run for a text; line breaks in the text become line breaks in Word.
fn text_run(text: &str) -> Run {
    let text = clean(text);
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

fn footer(line: &str) -> Footer {
    let template = T::DocPageOf.s();
    let (before, rest) = template.split_once("{0}").unwrap_or((template, ""));
    let (middle, after) = rest.split_once("{1}").unwrap_or((rest, ""));
    Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(
                Run::new()
                    .add_text(format!("{} · {before}", clean(line)))
                    .size(16),
            )
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(middle).size(16))
            .add_num_pages(NumPages::new())
            .add_run(Run::new().add_text(after).size(16)),
    )
}

fn table(t: &Table) -> docx_rs::Table {
    let columns = t.header.len().max(1);
    let width = TEXT_WIDTH / columns;
    let cell = |text: &str, header: bool| {
        let mut p = Paragraph::new();
        if header {
            p = p.style("TableHeader").add_run(text_run(text).bold());
        } else {
            p = p.add_run(text_run(text));
        }
        let mut c = TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(p);
        if header {
            c = c.shading(Shading::new().shd_type(ShdType::Clear).fill("E6E6E6"));
        }
        c
    };
    let mut rows =
        vec![TableRow::new(t.header.iter().map(|h| cell(h, true)).collect()).cant_split()];
    for r in &t.rows {
        rows.push(TableRow::new(r.iter().map(|c| cell(c, false)).collect()).cant_split());
    }
    docx_rs::Table::new(rows)
        .set_grid(vec![width; columns])
        .width(TEXT_WIDTH, WidthType::Dxa)
}
