//! Wrapping by display width, so that diacritics, emoji and CJK never break
//! the layout.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of a text.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Word-wraps `text` to `max_width` columns, breaking words longer than a
/// line; stops after `max_lines` lines (the last one ends in `…` if cut).
pub fn wrap(text: &str, max_width: usize, max_lines: usize) -> Vec<String> {
    let max_width = max_width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut cut = false;
    'outer: for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in paragraph.split(' ') {
            let word_w = width(word);
            let sep = usize::from(!line.is_empty());
            if line_w + sep + word_w <= max_width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                line_w += sep + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
                if lines.len() >= max_lines {
                    cut = true;
                    break 'outer;
                }
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if line_w + cw > max_width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0;
                    if lines.len() >= max_lines {
                        cut = true;
                        break 'outer;
                    }
                }
                line.push(c);
                line_w += cw;
            }
        }
        lines.push(line);
        if lines.len() >= max_lines {
            cut = true;
            break;
        }
    }
    if cut && lines.len() >= max_lines {
        lines.truncate(max_lines);
        let more = text.len() > lines.iter().map(|l| l.len() + 1).sum::<usize>();
        if more && let Some(last) = lines.last_mut() {
            *last = truncate(last, max_width.saturating_sub(1));
            last.push('…');
        }
    }
    lines
}

/// Cuts a text to at most `max_width` columns.
pub fn truncate(text: &str, max_width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > max_width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out
}

/// Cuts a text to `max_width` columns, ending in `…` when it was longer.
pub fn ellipsize(text: &str, max_width: usize) -> String {
    let first = text.lines().next().unwrap_or("");
    if width(first) <= max_width && !text.contains('\n') {
        return first.to_string();
    }
    let mut out = truncate(first, max_width.saturating_sub(1));
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width_not_bytes() {
        for line in wrap("één twee drie vier vijf zes", 9, 99) {
            assert!(width(&line) <= 9, "{line}");
        }
        for line in wrap("中文中文中文中文中文", 5, 99) {
            assert!(width(&line) <= 5, "{line}");
        }
        for line in wrap("🙂🙂🙂🙂🙂 ok", 4, 99) {
            assert!(width(&line) <= 4, "{line}");
        }
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        let text = "woord ".repeat(1000);
        let lines = wrap(&text, 20, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
    }

    #[test]
    fn newlines_start_new_lines() {
        assert_eq!(wrap("a\nb", 10, 9), vec!["a", "b"]);
    }
}
