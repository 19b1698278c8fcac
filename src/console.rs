//! The console the meeting is drawn on, and what differs between consoles.
//!
//! The screen uses a few glyphs beyond plain text: `⚠`, `✓`, `✗`, `▶`, `↳`,
//! `🔒`, `✉`, `⏱`, the heavy `┃` of the scale bars and the quadrant blocks of
//! the big titles. Terminals on Linux and macOS, Windows Terminal and VS Code
//! find them in some font. The old Windows console (conhost, with Consolas or
//! Lucida Console) does no font fallback and shows an empty box instead; the
//! meaning is still in the words beside each glyph, but the boxes look broken
//! on a wall. [`Glyphs`] wraps the terminal's backend and, in such a console,
//! draws each of these glyphs as one that the console's fonts have (the WGL4
//! set: `!`, `►`, `└`, `│`, `▀`, …), with the same width, so nothing moves.
//!
//! `TOP3_GLYPHS=basic` asks for the fallback anywhere, `TOP3_GLYPHS=full`
//! never; otherwise it is on for a Windows console that is neither Windows
//! Terminal (`WT_SESSION`) nor a terminal that names itself
//! (`TERM_PROGRAM`, e.g. VS Code).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use unicode_width::UnicodeWidthStr;

/// Environment variable that chooses the glyphs: `basic` or `full`.
pub const GLYPHS_ENV: &str = "TOP3_GLYPHS";

/// What decides the glyphs, read from the platform and environment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConsoleInfo {
    pub windows: bool,
    /// `WT_SESSION` is set: Windows Terminal.
    pub windows_terminal: bool,
    /// `TERM_PROGRAM` is set: a terminal that names itself (VS Code, …).
    pub term_program: bool,
    /// `Some(true)` for `TOP3_GLYPHS=basic`, `Some(false)` for `full`.
    pub forced: Option<bool>,
}

impl ConsoleInfo {
    /// This process's console.
    pub fn detect() -> ConsoleInfo {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        ConsoleInfo {
            windows: cfg!(windows),
            windows_terminal: set("WT_SESSION"),
            term_program: set("TERM_PROGRAM"),
            forced: match std::env::var(GLYPHS_ENV).as_deref() {
                Ok("basic") => Some(true),
                Ok("full") => Some(false),
                _ => None,
            },
        }
    }

    /// True when the glyphs should be drawn from the basic set.
    pub fn basic_glyphs(self) -> bool {
        self.forced
            .unwrap_or(self.windows && !self.windows_terminal && !self.term_program)
    }
}

/// A character typed with AltGr is text. The Windows console reports AltGr
/// as Ctrl+Alt, so `€` (AltGr-5 on the US-International layout most Dutch
/// laptops have), `é` (AltGr-e) or `@` (AltGr-q in Germany) would arrive as
/// Ctrl+Alt chords that no text field takes. In a form, any character with
/// both Ctrl and Alt is therefore read as the character alone (outside a
/// form keys stay as they are, so a Ctrl-Alt binding in the settings works).
pub fn altgr_as_text(mut key: KeyEvent) -> KeyEvent {
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    if matches!(key.code, KeyCode::Char(_)) && key.modifiers.contains(altgr) {
        key.modifiers.remove(altgr);
    }
    key
}

/// The basic glyph for one the old console's fonts lack, if it is one.
fn basic(symbol: &str) -> Option<&'static str> {
    // An emoji presentation selector changes nothing about the meaning.
    let bare = symbol.trim_end_matches(['\u{fe0f}', '\u{fe0e}']);
    Some(match bare {
        "⚠" => "!",
        "✓" | "✔" => "+",
        "✗" | "✘" => "x",
        "▶" => "►",
        "◀" => "◄",
        "↳" => "└",
        "✉" => "@",
        "⏱" => "·",
        "🔒" => "#",
        "🙂" => ":)",
        "┃" => "│",
        "━" => "─",
        "╌" => "-",
        "▏" => "│",
        // Quadrant blocks (the big titles): the nearest half or full block.
        "▘" | "▝" => "▀",
        "▖" | "▗" => "▄",
        "▚" | "▞" | "▙" | "▛" | "▜" | "▟" => "█",
        _ => return None,
    })
}

/// `symbol` as the old console can show it, padded to the same width.
pub fn basic_symbol(symbol: &str) -> Option<String> {
    let replacement = basic(symbol)?;
    let width = symbol.width().max(1);
    let mut out = replacement.to_string();
    while out.width() < width {
        out.push(' ');
    }
    Some(out)
}

/// A backend that draws the basic glyphs when `basic` is on (see the module
/// documentation); otherwise it passes everything through.
#[derive(Debug)]
pub struct Glyphs<B> {
    inner: B,
    basic: bool,
}

impl<B> Glyphs<B> {
    pub fn new(inner: B, basic: bool) -> Glyphs<B> {
        Glyphs { inner, basic }
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }
}

impl<B: Backend> Backend for Glyphs<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if !self.basic {
            return self.inner.draw(content);
        }
        let cells: Vec<(u16, u16, Cell)> = content
            .map(|(x, y, cell)| {
                let mut cell = cell.clone();
                if let Some(s) = basic_symbol(cell.symbol()) {
                    cell.set_symbol(&s);
                }
                (x, y, cell)
            })
            .collect();
        self.inner.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::text::Line;

    fn console(windows: bool, wt: bool, term: bool, forced: Option<bool>) -> ConsoleInfo {
        ConsoleInfo {
            windows,
            windows_terminal: wt,
            term_program: term,
            forced,
        }
    }

    #[test]
    fn only_the_old_windows_console_gets_basic_glyphs_unless_asked() {
        assert!(console(true, false, false, None).basic_glyphs());
        assert!(!console(true, true, false, None).basic_glyphs());
        assert!(!console(true, false, true, None).basic_glyphs());
        assert!(!console(false, false, false, None).basic_glyphs());
        assert!(console(false, false, false, Some(true)).basic_glyphs());
        assert!(!console(true, false, false, Some(false)).basic_glyphs());
    }

    #[test]
    fn replacements_keep_the_width() {
        for s in [
            "⚠",
            "✓",
            "✗",
            "▶",
            "↳",
            "✉",
            "⏱",
            "🔒",
            "🙂",
            "┃",
            "▚",
            "⚠\u{fe0f}",
        ] {
            let r = basic_symbol(s).unwrap_or_else(|| panic!("{s} has no basic glyph"));
            assert_eq!(r.width(), s.width().max(1), "{s} → {r}");
        }
        assert_eq!(basic_symbol("a"), None);
        assert_eq!(basic_symbol("█"), None);
        assert_eq!(basic_symbol("é"), None);
    }

    fn draw(basic: bool, text: &str) -> Vec<String> {
        let mut term = Terminal::new(Glyphs::new(TestBackend::new(20, 1), basic)).unwrap();
        term.draw(|f| f.render_widget(Line::raw(text), f.area()))
            .unwrap();
        let buf = term.backend().inner().buffer();
        (0..20).map(|x| buf[(x, 0)].symbol().to_string()).collect()
    }

    #[test]
    fn the_old_console_sees_basic_glyphs_in_the_same_places() {
        let full = draw(false, "⚠ te laat ✓ 🔒x");
        assert_eq!(full.concat(), "⚠ te laat ✓ 🔒 x     ");
        let basic = draw(true, "⚠ te laat ✓ 🔒x");
        assert_eq!(basic.concat(), "! te laat + #  x     ");
        // The text after a wide glyph stays in its column.
        assert_eq!((full[14].as_str(), basic[14].as_str()), ("x", "x"));
        assert_eq!(basic[12], "# ");
    }
}
