//! The document as a Word file: real heading styles (Word's navigation pane
//! and LibreOffice's navigator see them), tables with columns sized to their
//! content and a header row that repeats on every page, wide tables on
//! turned (landscape) pages, the score chart as a picture, page numbers in
//! the footer, and the file's properties (title, case, author, date).

use super::chart;
use super::document::{Block, Document, Table, clean, label_with_separator};
use crate::i18n::{self, Lang, T};
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, LineSpacing, NumPages, PageMargin, PageNum,
    PageOrientationType, PageSize, Paragraph, Pic, Run, RunFonts, Section, Shading, ShdType, Style,
    StyleType, TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11906, 16838);
const MARGIN: i32 = 1020;
const TEXT_WIDTH: usize = 11906 - 2 * 1020;
/// The text width of a turned (landscape) A4 page.
const LANDSCAPE_WIDTH: usize = 16838 - 2 * 1020;

pub fn render(doc: &Document) -> Result<Vec<u8>, String> {
    let mut docx = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(margins())
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(21)
        .add_style(heading_style("Title", "Title", 40, None, 0, 200))
        .add_style(heading_style(
            "Heading1",
            "heading 1",
            30,
            Some(0),
            360,
            120,
        ))
        .add_style(heading_style("Heading2", "heading 2", 25, Some(1), 240, 80))
        .add_style(heading_style("Heading3", "heading 3", 22, Some(2), 200, 80))
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
    let landscape = landscape_blocks(&doc.blocks);
    // Whether the page is turned for the blocks being written now, and
    // whether the next paragraph opens a fresh section (and so a page).
    let mut turned = false;
    let mut fresh = false;
    for (i, (block, &wide)) in doc.blocks.iter().zip(&landscape).enumerate() {
        // Text that introduces a table or chart stays on its page.
        let leads = matches!(
            doc.blocks.get(i + 1),
            Some(Block::Table(_) | Block::Chart(_))
        );
        if wide != turned {
            // A section ends with the properties of the pages before it.
            docx = docx.add_section(section(turned, &doc.footer));
            turned = wide;
            fresh = true;
        }
        let width = if turned { LANDSCAPE_WIDTH } else { TEXT_WIDTH };
        docx =
            match block {
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
                            .page_break_before(*new_page && !fresh)
                            .add_run(text_run(text)),
                    )
                }
                Block::Paragraph(t) => {
                    docx.add_paragraph(Paragraph::new().keep_next(leads).add_run(text_run(t)))
                }
                Block::Remark(t) => docx.add_paragraph(
                    Paragraph::new()
                        .keep_next(leads)
                        .add_run(text_run(t).italic()),
                ),
                Block::Fields(fields) => {
                    for (label, value) in fields {
                        docx = docx.add_paragraph(
                            Paragraph::new()
                                .keep_next(leads)
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
                Block::Table(t) => docx
                    .add_table(table(t, width))
                    .add_paragraph(Paragraph::new()),
                Block::Chart(c) => {
                    let png = chart::png(c)?;
                    let (w_px, h_px) = (
                        (chart::SIZE.0 as f32 * chart::PNG_SCALE) as u32,
                        (chart::SIZE.1 as f32 * chart::PNG_SCALE) as u32,
                    );
                    // As wide as the text, in EMU (635 per twip).
                    let w_emu = (TEXT_WIDTH * 635) as u32;
                    let h_emu = (u64::from(w_emu) * u64::from(chart::SIZE.1)
                        / u64::from(chart::SIZE.0)) as u32;
                    docx.add_paragraph(Paragraph::new().keep_next(true).add_run(
                        Run::new().add_image(
                            Pic::new_with_dimensions(png, w_px, h_px).size(w_emu, h_emu),
                        ),
                    ))
                    .add_paragraph(Paragraph::new().add_run(text_run(&c.caption).italic().size(18)))
                }
            };
        if !matches!(block, Block::Heading { .. }) || !fresh {
            fresh = false;
        }
    }
    if turned {
        docx = docx.add_section(section(true, &doc.footer));
    }
    let mut xml = docx.build();
    xml.doc_props.core = core_properties(doc).into_bytes();
    xml.document = repeat_header_rows(&xml.document);
    xml.document = describe_pictures(&xml.document, &doc.blocks);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.into_inner())
}

fn margins() -> PageMargin {
    PageMargin::new()
        .top(MARGIN)
        .bottom(MARGIN)
        .left(MARGIN)
        .right(MARGIN)
        .header(500)
        .footer(500)
}

/// The properties of the pages written before this section break: A4
/// upright, or turned for wide tables. Every section has the footer.
fn section(turned: bool, footer_line: &str) -> Section {
    let (size, orient) = if turned {
        (
            PageSize::new()
                .size(A4.1, A4.0)
                .orient(PageOrientationType::Landscape),
            PageOrientationType::Landscape,
        )
    } else {
        (
            PageSize::new().size(A4.0, A4.1),
            PageOrientationType::Portrait,
        )
    };
    Section::new()
        .page_size(size)
        .page_orient(orient)
        .page_margin(margins())
        .footer(footer(footer_line))
}

/// Which blocks go on turned (landscape) pages: a table too wide for an
/// upright page, with the heading and text just before it.
fn landscape_blocks(blocks: &[Block]) -> Vec<bool> {
    let mut out = vec![false; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        let Block::Table(t) = b else { continue };
        if !is_wide(t) {
            continue;
        }
        out[i] = true;
        for j in (0..i).rev() {
            match &blocks[j] {
                Block::Paragraph(_) | Block::Remark(_) => out[j] = true,
                Block::Heading { .. } => {
                    out[j] = true;
                    break;
                }
                _ => break,
            }
        }
    }
    out
}

/// A table is wide when its longest words do not fit side by side on an
/// upright page, or when it has six columns or more (the agreements).
fn is_wide(t: &Table) -> bool {
    let min: usize = columns(t).iter().map(|c| c.0).sum();
    t.header.len() >= 6 || min > TEXT_WIDTH
}

/// The XML of docProps/core.xml: title, subject (the case code), author
/// (the chair's organisation, or empty) and the creation date. docx-rs
/// 0.4.22 has no setters for these, so the part is written here.
fn core_properties(doc: &Document) -> String {
    // The meeting's local date and time, written in UTC as the format asks
    // (Word shows it in the reader's time again); redacted: now.
    // Without a date to give (redacted, anonymous) the properties hold none:
    // not the moment of the export either, so the same document is the same
    // file.
    use chrono::TimeZone;
    let dates = doc
        .meta
        .created
        .and_then(|t| chrono::Local.from_local_datetime(&t).earliest())
        .map(|t| {
            let when = t
                .with_timezone(&chrono::Utc)
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string();
            format!(
                r#"<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>"#
            )
        })
        .unwrap_or_default();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:lastModifiedBy>{}</cp:lastModifiedBy><dc:language>{}</dc:language>{dates}<cp:revision>1</cp:revision></cp:coreProperties>"#,
        xml_text(&doc.title),
        xml_text(&doc.meta.subject),
        xml_text(&doc.meta.author),
        xml_text(&doc.meta.author),
        match i18n::lang() {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        },
    )
}

fn xml_text(s: &str) -> String {
    clean(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Marks the first row of every table as a header row that Word and
/// LibreOffice repeat on each page (`w:tblHeader`). docx-rs 0.4.22 cannot
/// set it, so it is added to the row properties it writes: every row has
/// `<w:cantSplit />`, the first one after `<w:tbl>` gets the mark beside it.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(text.len() + 1024);
    let mut rest: &str = &text;
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, table) = rest.split_at(at);
        out.push_str(before);
        match table.find(CANT_SPLIT) {
            Some(c) => {
                out.push_str(&table[..c]);
                out.push_str(CANT_SPLIT);
                out.push_str("<w:tblHeader />");
                rest = &table[c + CANT_SPLIT.len()..];
            }
            None => {
                out.push_str(table);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

const CANT_SPLIT: &str = "<w:cantSplit />";

/// Gives each chart picture its caption as alternative text (`descr`), for
/// screen readers; docx-rs 0.4.22 writes only a name.
fn describe_pictures(document: &[u8], blocks: &[Block]) -> Vec<u8> {
    const NAMED: &str = "name=\"Figure\" />";
    let text = String::from_utf8_lossy(document);
    let mut captions = blocks.iter().filter_map(|b| match b {
        Block::Chart(c) => Some(xml_text(&c.caption).replace('"', "&quot;")),
        _ => None,
    });
    let mut parts = text.split(NAMED);
    let mut out = parts.next().unwrap_or_default().to_string();
    for part in parts {
        match captions.next() {
            Some(c) => out.push_str(&format!("name=\"Figure\" descr=\"{c}\" />")),
            None => out.push_str(NAMED),
        }
        out.push_str(part);
    }
    out.into_bytes()
}

fn heading_style(
    id: &str,
    name: &str,
    half_points: usize,
    outline: Option<usize>,
    before: u32,
    after: u32,
) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph)
        .line_spacing(LineSpacing::new().before(before).after(after))
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
    let text = keep_together(&clean(text));
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

/// A word joiner (U+2060, invisible) after a `+` inside a word, so that a
/// word such as "MDA++" is never broken after its first `+`: line breaking
/// allows a break there, which the column widths do not expect.
fn keep_together(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '+' && chars.peek().is_some_and(|n| !n.is_whitespace()) {
            out.push('\u{2060}');
        }
    }
    out
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

/// A table with columns sized to their content: no column narrower than its
/// longest word (so no word breaks in the middle), the rest of the width
/// shared by how much text each column holds. Rows do not break across
/// pages; the header row repeats on every page (see [`repeat_header_rows`]).
fn table(t: &Table, text_width: usize) -> docx_rs::Table {
    let widths = column_widths(t, text_width);
    let cell = |text: &str, width: usize, header: bool| {
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
    let row = |cells: &[String], header: bool| {
        TableRow::new(
            cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| cell(c, *w, header))
                .collect(),
        )
        .cant_split()
    };
    let mut rows = vec![row(&t.header, true)];
    rows.extend(t.rows.iter().map(|r| row(r, false)));
    docx_rs::Table::new(rows)
        .set_grid(widths.clone())
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(50, CELL_SIDE, 50, CELL_SIDE))
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// Twips for a text of `chars` characters in the body font (Calibri 10.5 pt,
/// a little wide to be safe, bold headers included) plus the cell's margins.
/// The estimate is for the widest font a reader may put in Calibri's place
/// (LibreOffice without Carlito uses DejaVu Sans), so a word never breaks.
fn twips(chars: usize) -> usize {
    chars * 128 + 2 * CELL_SIDE + 40
}

/// The left and right margin inside a table cell.
const CELL_SIDE: usize = 100;

/// Per column: the width of its longest word and of its longest line (the
/// bold header counted an eighth wider).
fn columns(t: &Table) -> Vec<(usize, usize)> {
    let measure = |text: &str, bold: bool| {
        let widen = |n: usize| if bold { n + n.div_ceil(8) } else { n };
        let mut word = 0;
        let mut line = 0;
        for l in text.lines() {
            line = line.max(widen(l.chars().count()));
            for w in l.split_whitespace() {
                word = word.max(widen(w.chars().count()));
            }
        }
        (word, line)
    };
    (0..t.header.len())
        .map(|c| {
            let (mut word, mut line) = measure(&t.header[c], true);
            for text in t.rows.iter().filter_map(|r| r.get(c)) {
                let (w, l) = measure(text, false);
                word = word.max(w);
                line = line.max(l);
            }
            (twips(word.max(1)), twips(line.max(1)))
        })
        .collect()
}

/// Column widths that fill `total`: every column at least its longest word;
/// what is left goes to the columns with more text than that.
fn column_widths(t: &Table, total: usize) -> Vec<usize> {
    let cols = columns(t);
    if cols.is_empty() {
        return vec![total];
    }
    let min: usize = cols.iter().map(|c| c.0).sum();
    let max: usize = cols.iter().map(|c| c.1).sum();
    if max <= total {
        // Everything fits on one line: share the room by line length.
        return cols.iter().map(|c| c.1 * total / max).collect();
    }
    if min >= total {
        // Even the longest words do not fit: shrink them alike.
        return cols.iter().map(|c| c.0 * total / min).collect();
    }
    let extra = total - min;
    let want: usize = cols.iter().map(|c| c.1 - c.0).sum::<usize>().max(1);
    cols.iter()
        .map(|c| c.0 + (c.1 - c.0) * extra / want)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect())
                .collect(),
            keep_columns: false,
        }
    }

    #[test]
    fn no_column_is_narrower_than_its_longest_word_and_the_table_fills_the_width() {
        let table = t(
            &["Wie", "Organisatie", "Wat er dan gebeurt"],
            &[&[
                "oma",
                "verslavingszorg",
                "De procesregisseur bespreekt het met Daan binnen een week en meldt het \
                 in het volgende overleg; bij dreiging belt zij direct 112 en de wijkagent.",
            ]],
        );
        let w = column_widths(&table, TEXT_WIDTH);
        assert!(w[1] >= twips("verslavingszorg".len()), "{w:?}");
        assert!(
            w[1] >= twips("Organisatie".len() + 2),
            "bold header fits: {w:?}"
        );
        assert!(w[0] >= twips(3 + 1), "{w:?}");
        // The long text gets the most room, and the table fills the page.
        assert!(w[2] > w[1] && w[2] > w[0], "{w:?}");
        let total: usize = w.iter().sum();
        assert!(total <= TEXT_WIDTH && total + 3 >= TEXT_WIDTH, "{total}");
    }

    #[test]
    fn short_tables_share_the_width_by_their_lines() {
        let table = t(&["Datum", "Cijfers"], &[&["01-09-2026", "7"]]);
        let w = column_widths(&table, TEXT_WIDTH);
        assert!(w[0] > w[1], "{w:?}");
        assert!(w.iter().sum::<usize>() + 2 >= TEXT_WIDTH);
    }

    #[test]
    fn six_columns_or_words_too_long_for_an_upright_page_turn_the_page() {
        let six = t(&["a", "b", "c", "d", "e", "f"], &[]);
        assert!(is_wide(&six));
        let four = t(
            &["Wanneer", "Wat", "Gemeld door", "Bron"],
            &[&["2020", "x", "y", "z"]],
        );
        assert!(!is_wide(&four));
        let long = "x".repeat(90);
        let huge = t(&["a", "b"], &[&[&long, &long]]);
        assert!(is_wide(&huge));
        // The heading just before a wide table turns with it.
        let blocks = vec![
            Block::Paragraph("boven".into()),
            Block::Heading {
                level: 1,
                text: "Afspraken".into(),
                new_page: false,
            },
            Block::Table(six),
            Block::Paragraph("onder".into()),
        ];
        assert_eq!(landscape_blocks(&blocks), vec![false, true, true, false]);
    }

    #[test]
    fn a_word_with_plus_signs_is_kept_whole() {
        assert_eq!(
            keep_together("MDA++ en 1+1"),
            "MDA+\u{2060}+ en 1+\u{2060}1"
        );
        assert_eq!(keep_together("C++ "), "C+\u{2060}+ ");
        assert_eq!(keep_together("a + b"), "a + b");
    }

    #[test]
    fn the_first_row_of_every_table_repeats() {
        let xml = b"<w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr>\
                    <w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl><w:p/>\
                    <w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl>";
        let out = String::from_utf8(repeat_header_rows(xml)).unwrap();
        assert_eq!(out.matches("<w:tblHeader />").count(), 2, "{out}");
        assert_eq!(out.matches("<w:cantSplit />").count(), 3);
        assert!(out.starts_with("<w:tbl><w:tr><w:trPr><w:cantSplit /><w:tblHeader />"));
    }
}
