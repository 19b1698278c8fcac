//! One neutral document — headings, paragraphs, label/value lines, lists and
//! tables — that the Markdown, HTML and Word renderers only lay out. This
//! keeps the three formats saying the same thing.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub title: String,
    /// A line for the footer of every page (case code, plan, date).
    pub footer: String,
    pub blocks: Vec<Block>,
    /// The file's own properties (Word's "Properties" dialog).
    pub meta: Meta,
}

/// What a file says about itself: Word's title, subject, author and date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The case code.
    pub subject: String,
    /// The chair's organisation, or empty.
    pub author: String,
    /// When the document was made: the meeting's date and time; `None` when
    /// the date must not show (redacted), then the moment of the export.
    pub created: Option<chrono::NaiveDateTime>,
}

/// A scale question's scores over the meetings of a case, drawn as a chart:
/// the median per meeting, the spread from lowest to highest score, and the
/// threshold as a line (the same chart as `top3 history`).
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// What the chart shows, in words (also the image's alt text).
    pub caption: String,
    pub threshold: u8,
    pub points: Vec<ChartPoint>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// The meeting's date as the document writes dates (or "week 8").
    pub label: String,
    /// Lowest, median and highest score; `None`: no scores in that meeting.
    pub scores: Option<(u8, f32, u8)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 is a section, 2 a subsection, 3 a subsection of that.
    /// `new_page` starts a new page when printed.
    Heading {
        level: u8,
        text: String,
        new_page: bool,
    },
    Paragraph(String),
    /// A remark set apart (italic): an empty section, a warning.
    Remark(String),
    /// Label: value lines.
    Fields(Vec<(String, String)>),
    List {
        numbered: bool,
        items: Vec<String>,
    },
    Table(Table),
    Chart(Chart),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Always laid out as columns, however wide (the Signs-of-Safety
    /// mapping is read across its three columns).
    pub keep_columns: bool,
}

impl Document {
    pub fn new(title: impl Into<String>, footer: impl Into<String>) -> Self {
        Document {
            title: title.into(),
            footer: footer.into(),
            blocks: Vec::new(),
            meta: Meta::default(),
        }
    }

    pub fn chart(&mut self, chart: Chart) {
        self.blocks.push(Block::Chart(chart));
    }

    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
            new_page: false,
        });
    }

    /// A heading that starts a new page when printed.
    pub fn heading_new_page(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
            new_page: true,
        });
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    pub fn remark(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Remark(text.into()));
    }

    pub fn fields(&mut self, fields: Vec<(String, String)>) {
        self.blocks.push(Block::Fields(fields));
    }

    pub fn list(&mut self, numbered: bool, items: Vec<String>) {
        self.blocks.push(Block::List { numbered, items });
    }

    pub fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table(Table {
            header,
            rows,
            keep_columns: false,
        }));
    }

    /// A table that stays in columns however wide it is.
    pub fn column_table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table(Table {
            header,
            rows,
            keep_columns: true,
        }));
    }

    /// Appends another document below this one, its title as a heading of
    /// `level` on a new page and its headings one level deeper.
    pub fn append(&mut self, level: u8, title: String, other: Document) {
        self.heading_new_page(level, title);
        for block in other.blocks {
            self.blocks.push(match block {
                Block::Heading {
                    level: l,
                    text,
                    new_page,
                } => Block::Heading {
                    level: (l + level).min(3),
                    text,
                    new_page,
                },
                b => b,
            });
        }
    }

    /// Every piece of text in the document, for tests and checks.
    pub fn all_text(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str(), self.footer.as_str()];
        for b in &self.blocks {
            match b {
                Block::Heading { text, .. } | Block::Paragraph(text) | Block::Remark(text) => {
                    out.push(text)
                }
                Block::Fields(f) => {
                    for (l, v) in f {
                        out.push(l);
                        out.push(v);
                    }
                }
                Block::List { items, .. } => out.extend(items.iter().map(String::as_str)),
                Block::Table(t) => {
                    out.extend(t.header.iter().map(String::as_str));
                    for r in &t.rows {
                        out.extend(r.iter().map(String::as_str));
                    }
                }
                Block::Chart(c) => {
                    out.push(&c.caption);
                    out.extend(c.points.iter().map(|p| p.label.as_str()));
                }
            }
        }
        out
    }
}

/// Text without characters that XML 1.0 forbids and that no reader shows
/// (control characters other than tab and newline); carriage returns go.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            c == '\n' || c == '\t' || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
        })
        .collect()
}

/// `label: ` — or `label ` when the label is a question.
pub fn label_with_separator(label: &str) -> String {
    let label = label.trim_end();
    if label.ends_with(['?', ':']) {
        format!("{label} ")
    } else {
        format!("{label}: ")
    }
}
