//! DESIGN.md §9 and the case over time: cases of 100 and 1000 weekly
//! meetings — history and export under 100 ms at 1000, memory under 50 MB at
//! 100. Generates meetings as full as the training case's newest one, each
//! continued from the one before with random-looking review outcomes (so
//! agreements end, run on and are broken), into a temporary case folder;
//! then measures reading the folder plus everything `top3 history` computes
//! and prints (series, phases, the records of every condition and agreement,
//! open actions, signals, the text report) and the plan exports.
//! Peak heap is counted by a global allocator and printed.
//! `CASE_SIZES=100` runs one size only.

#[path = "../tests/casegen/mod.rs"]
mod casegen;

use chrono::Days;
use criterion::{Criterion, criterion_group};
use std::alloc::{GlobalAlloc, Layout as AllocLayout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use top3::cli::{Paint, render_history};
use top3::history::{CaseHistory, Rules};
use top3::layout::LayoutSet;
use top3::model::*;
use top3::plan::{ExportFormat, ExportOptions};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: AllocLayout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: AllocLayout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Meetings a week apart, from the training case's newest meeting:
/// 8 participants with reasons for every score, 6 facts, a TOP 3, 3
/// conditions, the review of the previous meeting and a new action each time.
fn generate(dir: &Path, meetings: u64) -> PathBuf {
    let template = top3::store::load_session(
        &casegen_repo().join("sessions/TR-2026-001/2026-10-27-netwerkoverleg-veiligheidsplan.ron"),
    )
    .unwrap();
    let layout = LayoutSet::builtin()
        .get("netwerkoverleg-veiligheidsplan")
        .unwrap()
        .clone();
    let mut prev = template.clone();
    let start = template.date + Days::new(7);
    for i in 0..meetings {
        let date = start + Days::new(7 * i);
        let mut s =
            top3::timeline::next_session(&prev, layout.kind, layout.phase, &layout.name, date);
        let mut scale = template.scales[0].clone();
        scale.id = s.alloc_id();
        for (k, a) in scale.answers.iter_mut().enumerate() {
            a.score = Some(Score::new(((i as usize + k) % 9) as u8 + 1).unwrap());
        }
        s.scales.push(scale);
        for (k, r) in s.review.iter_mut().enumerate() {
            let choices = r.choices();
            r.status = Some(choices[(i as usize + k) % choices.len()]);
            r.note = "Besproken in het overleg; fictieve toelichting.".into();
        }
        let id = s.alloc_id();
        let mut a = template.actions[i as usize % template.actions.len()].clone();
        a.id = id;
        a.what = format!("{} (ronde {i})", a.what);
        a.term = Term::Once {
            due: Some(date + Days::new(10)),
        };
        s.actions.push(a);
        let path = top3::store::new_session_path(dir, "BENCH", date, &s.layout);
        top3::store::save_session(&path, &s).unwrap();
        prev = s;
    }
    dir.join("BENCH")
}

fn casegen_repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What `top3 history` does, without the printing.
fn history_report(case: &Path, layouts: &LayoutSet) -> (usize, String) {
    let h = CaseHistory::load(case).unwrap();
    let rules = Rules::default();
    let today = casegen::d("2049-01-01");
    let signals = h.signals(&rules, today);
    let open = h.open_actions(today);
    let spans = h.phases();
    let series = h.scale_series(&rules.scale);
    let text = render_history(
        &h,
        &rules,
        today,
        layouts,
        Paint { color: false },
        usize::MAX,
    );
    (
        h.meetings.len() + signals.len() + open.len() + spans.len() + series.len(),
        text,
    )
}

fn bench(c: &mut Criterion) {
    let sizes: Vec<u64> = std::env::var("CASE_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1000]);
    for meetings in sizes {
        bench_size(c, meetings);
    }
}

fn bench_size(c: &mut Criterion, meetings: u64) {
    // CASE_DIR=path keeps the generated case there, to time the binary.
    let dir = tempfile::tempdir().unwrap();
    let keep = std::env::var_os("CASE_DIR").map(PathBuf::from);
    let case = generate(keep.as_deref().unwrap_or(dir.path()), meetings);
    let bytes: u64 = std::fs::read_dir(&case)
        .unwrap()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    let layouts = LayoutSet::builtin();
    let (n, text) = history_report(&case, &layouts);
    assert!(n >= meetings as usize && text.contains(&format!("{meetings} overleggen")));
    let records = CaseHistory::load(&case).unwrap().timeline.records.len();

    let base = NOW.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let (_, text) = history_report(&case, &layouts);
    let once = t.elapsed();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    drop(text);
    println!(
        "case{meetings}: {meetings} meetings, {records} conditions and agreements on record, {:.1} MB on disk; one cold-ish run {:.1} ms; peak heap during load + history + records + signals + report: {:.1} MB",
        bytes as f64 / 1e6,
        once.as_secs_f64() * 1e3,
        peak as f64 / 1e6
    );

    let mut group = c.benchmark_group(format!("case{meetings}"));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(if meetings > 100 { 12 } else { 6 }));
    group.bench_function("load", |b| {
        b.iter(|| CaseHistory::load(&case).unwrap().meetings.len())
    });
    group.bench_function("load+history+signals+report", |b| {
        b.iter(|| history_report(&case, &layouts).0)
    });
    // The plan of the newest meeting, with the records and the scale trend
    // over all meetings.
    for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Docx] {
        group.bench_function(format!("load+export {format:?}"), |b| {
            b.iter(|| {
                let loaded = top3::plan::load_for_export(&case).unwrap();
                top3::plan::export_bytes(&loaded, format, &ExportOptions::default())
                    .unwrap()
                    .len()
            })
        });
    }
    PEAK.store(NOW.load(Ordering::Relaxed), Ordering::Relaxed);
    let base = NOW.load(Ordering::Relaxed);
    let loaded = top3::plan::load_for_export(&case).unwrap();
    let docx =
        top3::plan::export_bytes(&loaded, ExportFormat::Docx, &ExportOptions::default()).unwrap();
    println!(
        "case{meetings}: peak heap during load + Word export: {:.1} MB ({} KB document)",
        (PEAK.load(Ordering::Relaxed) - base) as f64 / 1e6,
        docx.len() / 1024
    );
    drop((loaded, docx));
    let h = CaseHistory::load(&case).unwrap();
    group.bench_function("signals only", |b| {
        b.iter(|| h.signals(&Rules::default(), casegen::d("2031-01-01")).len())
    });
    group.bench_function("timeline only", |b| {
        b.iter(|| {
            top3::timeline::Timeline::of(h.meetings.iter().map(|m| &m.session))
                .records
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
