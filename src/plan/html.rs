//! The document as one self-contained, printable HTML file.

use super::chart;
use super::document::{Block, Document, Table, clean};
use crate::i18n::{self, Lang};

const STYLE: &str = r#"
body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       color: #111; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.3em; }
h2 { font-size: 15pt; border-bottom: 1px solid #999; padding-bottom: 0.1em; margin-top: 1.6em; }
h3 { font-size: 12.5pt; margin-top: 1.2em; }
h4 { font-size: 11pt; margin-top: 1em; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
.remark { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #777; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
figure.chart { margin: 0.5em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { width: 100%; max-width: 680px; height: auto; display: block; }
figure.chart figcaption { font-size: 9.5pt; font-style: italic; color: #333; }
footer { margin-top: 2em; border-top: 1px solid #999; font-size: 9pt; color: #444; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  .new-page { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th { background: #e6e6e6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

pub fn render(doc: &Document) -> String {
    let lang = match i18n::lang() {
        Lang::Nl => "nl",
        Lang::En => "en",
    };
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&page_title(doc))
    ));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    for block in &doc.blocks {
        match block {
            Block::Heading {
                level,
                text,
                new_page,
            } => {
                let h = usize::from(*level).clamp(1, 3) + 1;
                let class = if *new_page { " class=\"new-page\"" } else { "" };
                out.push_str(&format!("<h{h}{class}>{}</h{h}>\n", escape(text)));
            }
            Block::Paragraph(t) => out.push_str(&format!("<p>{}</p>\n", escape(t))),
            Block::Remark(t) => out.push_str(&format!("<p class=\"remark\">{}</p>\n", escape(t))),
            Block::Fields(fields) => {
                out.push_str("<dl class=\"fields\">\n");
                for (label, value) in fields {
                    out.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>\n",
                        escape(label),
                        escape(value)
                    ));
                }
                out.push_str("</dl>\n");
            }
            Block::List { numbered, items } => {
                let tag = if *numbered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>\n"));
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(item)));
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Table(t) => table(&mut out, t),
            Block::Chart(c) => match chart::svg(c) {
                Ok(svg) => out.push_str(&format!(
                    "<figure class=\"chart\">\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
                    // Inside HTML an <svg> is SVG without a namespace, and
                    // the file names no outside address at all.
                    svg.trim()
                        .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1),
                    escape(&c.caption)
                )),
                // Without the picture the table below still gives the figures.
                Err(_) => {
                    out.push_str(&format!("<p class=\"remark\">{}</p>\n", escape(&c.caption)))
                }
            },
        }
    }
    out.push_str(&format!(
        "<footer>{}</footer>\n</body>\n</html>\n",
        escape(&doc.footer)
    ));
    out
}

/// The window's title: the footer line (case, plan, date) already names the
/// plan; a document whose footer does not gets its title in front.
fn page_title(doc: &Document) -> String {
    if doc.footer.contains(&doc.title) {
        doc.footer.clone()
    } else if doc.footer.is_empty() {
        doc.title.clone()
    } else {
        format!("{} · {}", doc.title, doc.footer)
    }
}

fn table(out: &mut String, t: &Table) {
    out.push_str("<table>\n<thead><tr>");
    for h in &t.header {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        out.push_str("<tr>");
        for c in r {
            out.push_str(&format!("<td>{}</td>", escape(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Text safe inside an element or attribute; line breaks kept as `<br>`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}
