//! The score chart of the plan: drawn once by plotters as SVG (inline in the
//! HTML), and that same SVG turned into PNG by resvg for the Word file. The
//! text in the PNG uses the bundled Liberation Sans, so the picture does not
//! depend on the fonts of the machine: the same data gives the same bytes.

use super::document::Chart;
use crate::i18n::T;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The size of the chart in CSS pixels; the PNG is drawn at [`PNG_SCALE`]
/// times this for a sharp print.
pub const SIZE: (u32, u32) = (680, 300);
pub const PNG_SCALE: f32 = 3.0;

const FONT: &str = "sans-serif";
const MEDIAN: RGBColor = RGBColor(0x1F, 0x38, 0x64);
const SPREAD: RGBColor = RGBColor(0x55, 0x6B, 0x8D);
const THRESHOLD: RGBColor = RGBColor(0xA0, 0x1C, 0x1C);
const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
const TEXT: RGBColor = RGBColor(0x22, 0x22, 0x22);

/// The chart as an SVG document (no XML declaration, ready to inline).
pub fn svg(chart: &Chart) -> Result<String, String> {
    let mut out = String::new();
    draw(chart, &mut out).map_err(|e| e.to_string())?;
    // plotters writes no accessible name: give the chart its caption.
    let title = format!(
        "<svg role=\"img\" aria-label=\"{}\" ",
        xml_escape(&chart.caption)
    );
    Ok(out.replacen("<svg ", &title, 1))
}

fn draw(chart: &Chart, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    let n = chart.points.len().max(1) as i32;
    let whole = SVGBackend::with_string(out, SIZE).into_drawing_area();
    whole.fill(&WHITE)?;
    let (root, legend_area) = whole.split_vertically(SIZE.1 - LEGEND_HEIGHT);
    let mut c = ChartBuilder::on(&root)
        .margin_top(12)
        .margin_left(8)
        .margin_right(96)
        .margin_bottom(8)
        .x_label_area_size(34)
        .y_label_area_size(44)
        .build_cartesian_2d((0..n - 1).into_segmented(), 0f64..10.4f64)?;
    let labels: Vec<&str> = chart.points.iter().map(|p| p.label.as_str()).collect();
    c.configure_mesh()
        .disable_x_mesh()
        .max_light_lines(1)
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(TEXT)
        .y_labels(11)
        .y_label_formatter(&|v| format!("{v:.0}"))
        // At most eight dates, so they never run into each other.
        .x_labels(labels.len().min(MAX_DATES))
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                labels.get(*i as usize).copied().unwrap_or("").to_string()
            }
            SegmentValue::Last => String::new(),
        })
        .y_desc(T::DocChartAxis.s())
        .label_style((FONT, 14).into_font().color(&TEXT))
        .axis_desc_style((FONT, 14).into_font().color(&TEXT))
        .draw()?;

    let thr = f64::from(chart.threshold);
    c.draw_series(DashedLineSeries::new(
        [(SegmentValue::Exact(0), thr), (SegmentValue::Last, thr)],
        8,
        5,
        THRESHOLD.stroke_width(2),
    ))?;
    // The threshold named at its end, not only in the legend.
    let (right, _) = c.plotting_area().get_pixel_range();
    let y = c.backend_coord(&(SegmentValue::Exact(0), thr)).1;
    root.draw(&Text::new(
        T::HistThreshold.fmt(&[&chart.threshold]),
        (right.end + 6, y - 8),
        (FONT, 14).into_font().color(&THRESHOLD),
    ))?;

    let scored: Vec<(i32, (u8, f32, u8))> = chart
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.scores.map(|s| (i as i32, s)))
        .collect();
    // Caps and dots narrower when many meetings share the width.
    let slot = (SIZE.0 - 150) / n as u32;
    let cap = slot.clamp(4, 28) / 2;
    let dot = (slot / 4).clamp(2, 6);
    c.draw_series(scored.iter().map(|(i, (lo, median, hi))| {
        ErrorBar::new_vertical(
            SegmentValue::CenterOf(*i),
            f64::from(*lo),
            f64::from(*median),
            f64::from(*hi),
            SPREAD.stroke_width(2),
            cap,
        )
    }))?;
    c.draw_series(scored.iter().map(|(i, (_, median, _))| {
        Circle::new(
            (SegmentValue::CenterOf(*i), f64::from(*median)),
            dot,
            MEDIAN.filled(),
        )
    }))?;
    // A meeting without scores is a gap, said in words where there is room
    // (the table under the chart says it for every meeting).
    for (i, p) in chart.points.iter().enumerate() {
        if p.scores.is_none() && slot >= 70 {
            c.draw_series([Text::new(
                T::HistNoScores.s().to_string(),
                (SegmentValue::CenterOf(i as i32), 0.4),
                (FONT, 12)
                    .into_font()
                    .color(&TEXT)
                    .pos(Pos::new(HPos::Center, VPos::Bottom)),
            )])?;
        }
    }
    legend(&legend_area, chart.threshold)?;
    whole.present()?;
    Ok(())
}

/// One line under the chart: the glyph of each element and what it means.
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    threshold: u8,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let font = (FONT, 14)
        .into_font()
        .color(&TEXT)
        .pos(Pos::new(HPos::Left, VPos::Center));
    // Room for a label: about 6 pixels a character, and a gap.
    let room = |s: &str| s.chars().count() as i32 * 6 + 36;
    let y = (LEGEND_HEIGHT / 2) as i32;
    let mut x = 60;
    area.draw(&Circle::new((x, y), 6, MEDIAN.filled()))?;
    area.draw(&Text::new(T::DocChartMedian.s(), (x + 12, y), font.clone()))?;
    x += 12 + room(T::DocChartMedian.s());
    area.draw(&PathElement::new(
        [(x, y - 9), (x, y + 9)],
        SPREAD.stroke_width(2),
    ))?;
    area.draw(&PathElement::new(
        [(x - 6, y - 9), (x + 6, y - 9)],
        SPREAD.stroke_width(2),
    ))?;
    area.draw(&PathElement::new(
        [(x - 6, y + 9), (x + 6, y + 9)],
        SPREAD.stroke_width(2),
    ))?;
    area.draw(&Text::new(T::DocChartSpread.s(), (x + 14, y), font.clone()))?;
    x += 14 + room(T::DocChartSpread.s());
    for dash in 0..3 {
        let x0 = x - 10 + dash * 11;
        area.draw(&PathElement::new(
            [(x0, y), (x0 + 7, y)],
            THRESHOLD.stroke_width(2),
        ))?;
    }
    area.draw(&Text::new(
        T::HistThreshold.fmt(&[&threshold]),
        (x + 30, y),
        font,
    ))?;
    Ok(())
}

const LEGEND_HEIGHT: u32 = 30;
const MAX_DATES: usize = 8;

/// The same chart as PNG, for the Word file.
pub fn png(chart: &Chart) -> Result<Vec<u8>, String> {
    let svg = svg(chart)?;
    let mut options = resvg::usvg::Options::default();
    let db = options.fontdb_mut();
    db.load_font_data(FONT_DATA.to_vec());
    db.set_sans_serif_family("Liberation Sans");
    let tree = resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let (w, h) = (
        (SIZE.0 as f32 * PNG_SCALE) as u32,
        (SIZE.1 as f32 * PNG_SCALE) as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or("empty chart")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// Liberation Sans 2 (SIL Open Font License, see assets/fonts).
const FONT_DATA: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::ChartPoint;

    fn chart(n: usize) -> Chart {
        Chart {
            caption: "Schaalvraag 'veiligheid' <per> overleg & meer".into(),
            threshold: 6,
            points: (0..n)
                .map(|i| ChartPoint {
                    label: format!("{:02}-01-2026", i % 28 + 1),
                    scores: (i % 5 != 3).then_some(((i % 4) as u8, 4.5, 9)),
                })
                .collect(),
        }
    }

    #[test]
    fn many_meetings_fit_and_few_dates_are_written() {
        let svg = svg(&chart(100)).unwrap();
        let dates = svg.matches("-01-2026").count();
        assert!((2..=MAX_DATES).contains(&dates), "{dates}");
        // One median per meeting with scores, plus the legend's.
        let medians = svg.matches("fill=\"#1F3864\"").count();
        assert_eq!(medians, 80 + 1);
        // No room to say "no scores" under 100 meetings; with few there is.
        assert!(!svg.contains(T::HistNoScores.s()));
        assert!(super::svg(&chart(5)).unwrap().contains(T::HistNoScores.s()));
        assert!(
            svg.contains("aria-label=\"Schaalvraag 'veiligheid' &lt;per&gt; overleg &amp; meer\"")
        );
        assert!(svg.contains(">\ndrempel 6\n<") || svg.contains("drempel 6"));
    }

    #[test]
    fn one_meeting_and_no_scores_still_draw() {
        assert!(svg(&chart(1)).is_ok());
        let empty = Chart {
            points: vec![ChartPoint {
                label: "week 0".into(),
                scores: None,
            }],
            ..chart(1)
        };
        let s = svg(&empty).unwrap();
        assert!(s.contains(T::HistNoScores.s()));
        let png = png(&empty).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn the_png_is_the_svg_drawn_the_same_every_time() {
        let a = png(&chart(3)).unwrap();
        let b = png(&chart(3)).unwrap();
        assert!(a == b, "the same bytes");
        // 3 × the chart's size, and not a blank picture.
        assert_eq!(&a[16..24], &[0, 0, 0x07, 0xF8, 0, 0, 0x03, 0x84]);
        assert!(a.len() > 10_000);
    }
}
