//! DESIGN.md §9 bars for the meeting screen: render per step kind at 200×60,
//! key press to redrawn frame, start to first frame, save of a meeting.

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::hint::black_box;
use std::path::PathBuf;
use top3::app::{App, KeyMap, Meeting, Screen};
use top3::layout::LayoutSet;
use top3::ui::{Theme, ThemeName};

fn newest_training_session() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sessions/TR-2026-001");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files.pop().unwrap()
}

fn app_on(step: usize) -> App {
    let mut s = top3::store::load_session(&newest_training_session()).unwrap();
    s.step = step;
    let layouts = LayoutSet::builtin();
    let layout = layouts.get(&s.layout).unwrap().clone();
    App::new(
        Screen::Meeting(Box::new(Meeting::new(s, layout, None))),
        KeyMap::default(),
        layouts,
    )
}

fn render_steps(c: &mut Criterion) {
    let theme = Theme::new(ThemeName::Dark);
    let area = Rect::new(0, 0, 200, 60);
    let layout = app_on(0).meeting().unwrap().layout.clone();
    let mut group = c.benchmark_group("render_200x60");
    for (i, step) in layout.steps.iter().enumerate() {
        let app = app_on(i);
        let mut buf = Buffer::empty(area);
        group.bench_function(format!("{:?}", step.kind), |b| {
            b.iter(|| {
                buf.reset();
                top3::ui::render(black_box(&app), &theme, area, &mut buf);
            })
        });
    }
    group.finish();
}

fn key_to_frame(c: &mut Criterion) {
    let theme = Theme::new(ThemeName::Dark);
    let scale = app_on(0)
        .meeting()
        .unwrap()
        .layout
        .steps
        .iter()
        .position(|s| s.kind == top3::layout::StepKind::Scale)
        .unwrap();
    let mut app = app_on(scale);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let keys = [
        KeyCode::Char('5'),
        KeyCode::Up,
        KeyCode::Right,
        KeyCode::Left,
    ];
    let mut n = 0usize;
    c.bench_function("key_to_frame_200x60", |b| {
        b.iter(|| {
            let ev = Event::Key(KeyEvent::new(keys[n % keys.len()], KeyModifiers::NONE));
            n += 1;
            if let Some(a) = app.action_for(&ev) {
                black_box(app.update(a));
            }
            terminal.draw(|f| top3::ui::draw(f, &app, &theme)).unwrap();
        })
    });
}

fn start_to_first_frame(c: &mut Criterion) {
    let theme = Theme::new(ThemeName::Dark);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    c.bench_function("start_to_first_frame", |b| {
        b.iter(|| {
            let (layouts, _) = LayoutSet::load(None);
            let start = top3::effects::start_screen(&dir, today, &Default::default());
            let app = App::new(Screen::Start(Box::new(start)), KeyMap::default(), layouts);
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| top3::ui::draw(f, &app, &theme)).unwrap();
        })
    });
}

fn save_meeting(c: &mut Criterion) {
    let s = top3::store::load_session(&newest_training_session()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("TR-2026-001/2026-10-27-netwerkoverleg-veiligheidsplan.ron");
    c.bench_function("save_meeting", |b| {
        b.iter(|| top3::store::save_session(&path, black_box(&s)).unwrap())
    });
}

criterion_group!(
    benches,
    render_steps,
    key_to_frame,
    start_to_first_frame,
    save_meeting
);
criterion_main!(benches);
