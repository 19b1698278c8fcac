//! Text rendering for `top3 history`: a scale chart, tables and emphasis.
//! Meaning is carried by glyphs and words; colour only adds to them.

use super::ScalePoint;
use crate::i18n::T;
use crate::model::Score;
use unicode_width::UnicodeWidthStr;

pub const MEDIAN: char = '●';
pub const SPREAD: char = '│';
pub const THRESHOLD: char = '╌';
/// The glyph that marks an overdue action.
pub const OVERDUE: char = '!';

/// ANSI emphasis, or none at all (a pipe, `NO_COLOR`).
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub color: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    pub fn good(self, s: &str) -> String {
        self.wrap("32", s)
    }
    pub fn bad(self, s: &str) -> String {
        self.wrap("1;31", s)
    }
}

/// Pads `s` with spaces to `width` terminal columns.
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Rows of a table, each column padded to its widest cell.
pub fn table(rows: &[Vec<String>], indent: &str) -> Vec<String> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|r| {
            let cells: Vec<String> = r
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    if i + 1 == r.len() {
                        s.clone()
                    } else {
                        pad(s, widths[i])
                    }
                })
                .collect();
            format!("{indent}{}", cells.join("  "))
        })
        .collect()
}

/// A chart of a scale question: meetings across (oldest left), 0–10 up, the
/// threshold as a row of `╌`, each meeting's median `●` and spread `│`.
/// A median of x.5 is drawn at x (it does not reach x+1). At most
/// `max_width` columns: when the meetings do not fit, the newest are shown.
pub fn scale_chart(
    points: &[ScalePoint],
    threshold: Score,
    max_width: usize,
    paint: Paint,
) -> Vec<String> {
    let note = format!(" {}", T::HistThreshold.fmt(&[&threshold]));
    let room = max_width.saturating_sub(4 + note.width()).max(1);
    let col = [9usize, 5, 3, 2, 1]
        .into_iter()
        .find(|w| points.len() * w <= room)
        .unwrap_or(1);
    let shown = &points[points.len().saturating_sub(room / col)..];
    let thr = threshold.value();
    let mut out = Vec::new();
    for v in (0..=Score::MAX).rev() {
        let on_thr = v == thr;
        let fill = if on_thr { THRESHOLD } else { ' ' };
        let mut line = format!("{v:>2} {}", if on_thr { '┼' } else { '┤' });
        for p in shown {
            let glyph = p.stats.and_then(|s| {
                let median_row = s.median.floor() as u8;
                if v == median_row {
                    let g = MEDIAN.to_string();
                    Some(if s.median >= f32::from(thr) {
                        paint.good(&g)
                    } else {
                        paint.bad(&g)
                    })
                } else if (s.min.value()..=s.max.value()).contains(&v) {
                    Some(SPREAD.to_string())
                } else {
                    None
                }
            });
            let f = fill.to_string();
            let g = glyph.unwrap_or_else(|| f.clone());
            line.push_str(&f.repeat(col / 2));
            line.push_str(&g);
            line.push_str(&f.repeat(col - col / 2 - 1));
        }
        if on_thr {
            line.push_str(&note);
        }
        out.push(line.trim_end().to_string());
    }
    out.push(format!("   └{}", "─".repeat(shown.len() * col)));
    out.push(date_labels(shown, col));
    if shown.len() < points.len() {
        out.push(format!("    {}", T::HistOnlyLast.fmt(&[&shown.len()])));
    }
    out
}

/// Dates under the chart, as many as fit without touching.
fn date_labels(points: &[ScalePoint], col: usize) -> String {
    let mut line = String::from("    ");
    let mut cursor = 0;
    for (i, p) in points.iter().enumerate() {
        let label = p.date.format("%d-%m-%y").to_string();
        // Centred under the glyph where there is room.
        let at = (i * col + col / 2).saturating_sub(label.len() / 2);
        if at >= cursor {
            line.push_str(&" ".repeat(at - cursor));
            line.push_str(&label);
            cursor = at + label.len() + 1;
            line.push(' ');
        }
    }
    line.trim_end().to_string()
}
