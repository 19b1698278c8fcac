//! A score as a bar on a 0–10 axis, with the threshold drawn as a line.

use crate::model::Score;
use crate::ui::Theme;
use ratatui::text::Span;

/// How many cells the bar has and where the threshold falls.
#[derive(Debug, Clone, Copy)]
pub struct BarGeometry {
    pub cells: u16,
    pub threshold: Score,
}

impl BarGeometry {
    pub fn new(cells: u16, threshold: Score) -> BarGeometry {
        BarGeometry {
            cells: cells.max(11),
            threshold,
        }
    }

    /// Cells filled for a score.
    pub fn fill(&self, v: u8) -> u16 {
        ((u32::from(v) * u32::from(self.cells) + 5) / 10) as u16
    }

    /// The cell where the threshold line is drawn: just after a bar of
    /// exactly the threshold.
    pub fn threshold_cell(&self) -> u16 {
        self.fill(self.threshold.value()).min(self.cells - 1)
    }
}

/// The bar for one score; the threshold cell is `┃` where the bar does not
/// reach it.
pub fn bar(geo: &BarGeometry, score: Option<Score>, theme: &Theme) -> Vec<Span<'static>> {
    let filled = score.map_or(0, |s| geo.fill(s.value()));
    let t = geo.threshold_cell();
    let mut spans = Vec::new();
    let mut push = |text: String, style| spans.push(Span::styled(text, style));
    let before = filled.min(t);
    push("█".repeat(before as usize), theme.bar);
    if filled > t {
        push("█".to_string(), theme.threshold);
        push("█".repeat((filled - t - 1) as usize), theme.bar);
        push("░".repeat((geo.cells - filled) as usize), theme.bar_empty);
    } else {
        push("░".repeat((t - filled) as usize), theme.bar_empty);
        push("┃".to_string(), theme.threshold);
        push("░".repeat((geo.cells - t - 1) as usize), theme.bar_empty);
    }
    spans
}

/// The axis: 0 … 10 under the bar, with the threshold value marked.
pub fn axis(geo: &BarGeometry) -> String {
    let mut row: Vec<char> = vec![' '; geo.cells as usize + 2];
    for v in 0..=10u8 {
        let label = v.to_string();
        let at = if v == 0 { 0 } else { geo.fill(v) as usize };
        let at = at.min(row.len().saturating_sub(label.len()));
        for (i, c) in label.chars().enumerate() {
            row[at + i] = c;
        }
    }
    let t = geo.threshold_cell() as usize;
    if row[t] == ' ' {
        row[t] = '┃';
    }
    row.into_iter().collect::<String>().trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn bar_is_as_wide_as_the_axis_and_shows_the_threshold() {
        let theme = Theme::new(crate::ui::ThemeName::Mono);
        let geo = BarGeometry::new(50, Score::new(6).unwrap());
        for v in 0..=10 {
            let t = text(&bar(&geo, Score::new(v).ok(), &theme));
            assert_eq!(t.chars().count(), 50, "score {v}: {t}");
            let filled = t.chars().filter(|c| *c == '█').count();
            assert_eq!(filled as u16, geo.fill(v), "score {v}");
            assert_eq!(
                t.contains('┃'),
                v < 6 || geo.fill(v) <= geo.threshold_cell(),
                "score {v}: {t}"
            );
        }
        let none = text(&bar(&geo, None, &theme));
        assert!(none.contains('┃') && !none.contains('█'));
    }
}
