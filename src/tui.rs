//! The terminal: set-up, restore (also on panic), and the event loop.

use crate::app::App;
use crate::console::{ConsoleInfo, Glyphs};
use crate::effects::Host;
use crate::ui::{self, Theme};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// How long a change may wait before it is written (well within a second).
const SAVE_DELAY: Duration = Duration::from_millis(300);
const POLL: Duration = Duration::from_millis(100);

pub type Term = Terminal<Glyphs<CrosstermBackend<Stdout>>>;

pub fn setup() -> io::Result<Term> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen)?;
    // A console without bracketed paste (the legacy Windows console API says
    // "unsupported") delivers a paste as typed keys, which works too.
    let _ = execute!(out, EnableBracketedPaste);
    let basic = ConsoleInfo::detect().basic_glyphs();
    Terminal::new(Glyphs::new(CrosstermBackend::new(out), basic))
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    // Clear first so nothing of the meeting stays on the wall.
    let _ = execute!(
        out,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    // Last and on its own: where it is unsupported, its error must not keep
    // the commands above from running.
    let _ = execute!(out, DisableBracketedPaste);
}

/// Runs the app until it quits. The session is saved on quit, on error and,
/// if at all possible, on panic; the terminal is always restored.
pub fn run(app: &mut App, host: &mut Host, theme: &Theme) -> Result<(), String> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let mut terminal = setup().map_err(|e| e.to_string())?;
    let result = catch_unwind(AssertUnwindSafe(|| {
        event_loop(&mut terminal, app, host, theme)
    }));
    // Whatever happened: save what is there, then restore the terminal.
    let saved = host.save(app);
    restore();
    let _ = std::panic::take_hook();
    match result {
        Ok(r) => r.map_err(|e| e.to_string()).and(saved),
        Err(_) => Err(crate::i18n::T::InternalError.fmt(&[&"tui"])),
    }
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    host: &mut Host,
    theme: &Theme,
) -> io::Result<()> {
    let mut dirty_since: Option<Instant> = None;
    let mut last_tick = Instant::now();
    // Tells a wall (`top3 present`) where we are; "closed" when dropped.
    let mut wall = crate::wall::Beacon::new();
    let size = terminal.size()?;
    app.update(crate::app::Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|f| ui::draw(f, app, theme))?;
        // Everything already typed (a paste arrives as many keys) before the
        // next frame; then wait for more.
        let mut wait = POLL;
        while event::poll(wait)? {
            let ev = event::read()?;
            if let Some(action) = app.action_for(&ev) {
                let effects = app.update(action);
                host.perform(app, effects);
            }
            if app.quit {
                break;
            }
            wait = Duration::ZERO;
        }
        let now = Instant::now();
        app.update(crate::app::Action::Tick(now - last_tick));
        last_tick = now;
        let dirty = app.meeting().is_some_and(|m| m.dirty);
        match (dirty, dirty_since) {
            (true, None) => dirty_since = Some(Instant::now()),
            (true, Some(t)) if t.elapsed() >= SAVE_DELAY => {
                if let Err(e) = host.save(app) {
                    app.status = Some(e);
                }
                dirty_since = None;
            }
            (false, _) => dirty_since = None,
            _ => {}
        }
        wall.publish(app);
        if app.quit {
            return Ok(());
        }
    }
}
