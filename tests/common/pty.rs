//! Driving the real binary in a pseudo-terminal and reading its screen.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Term {
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Set when the reader has seen the end of the program's output.
    output_done: Arc<std::sync::atomic::AtomicBool>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    /// Starts `top3 args` in `cwd` on a `cols`×`rows` terminal, with a clean
    /// environment (no user settings, no sessions folder from outside).
    pub fn start(args: &[&str], cwd: &Path, cols: u16, rows: u16) -> Term {
        Term::start_env(args, cwd, cols, rows, &[])
    }

    /// [`Term::start`] with extra environment variables (`TMPDIR` for a
    /// training folder of the test's own).
    pub fn start_env(
        args: &[&str],
        cwd: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &Path)],
    ) -> Term {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(super::bin());
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", cwd);
        cmd.env("XDG_CONFIG_HOME", cwd.join(".config"));
        cmd.env("XDG_DATA_HOME", cwd.join(".data"));
        cmd.env("TOP3_WALL_DIR", cwd.join(".wall"));
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn top3");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let p = parser.clone();
        let output_done = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let done = output_done.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        let writer = pair.master.take_writer().unwrap();
        Term {
            parser,
            output_done,
            writer,
            child,
            master: pair.master,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until `text` is on screen; panics with the screen after 10 s.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "{text:?} did not appear; the screen shows:\n{}",
            self.screen()
        );
    }

    /// Waits until the screen satisfies `pred`; panics with the screen and
    /// `what` after 10 s.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if pred(&self.screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{what}; the screen shows:\n{}", self.screen());
    }

    /// Waits until `text` is no longer on screen.
    pub fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} stayed on screen"), |s| !s.contains(text));
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the program read each key on its own: an ESC read together
        // with the next key is Alt+key, so a lone ESC gets longer on a busy
        // machine (the whole suite runs in one process, PTY tests included).
        let pause = if bytes == ESC { 250 } else { 30 };
        std::thread::sleep(Duration::from_millis(pause));
    }

    pub fn typ(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(30));
    }

    /// Resizes as a terminal does: its own grid first, then the signal to
    /// the program, so a quick redraw is never drawn into the old grid.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Waits for the program to end and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader take in the last of the output first.
                let drained = Instant::now();
                while !self.output_done.load(std::sync::atomic::Ordering::SeqCst)
                    && drained.elapsed() < Duration::from_secs(3)
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("top3 did not exit; the screen shows:\n{}", self.screen());
    }
}

pub const ESC: &str = "\x1b";
pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const RIGHT: &str = "\x1b[C";
pub const LEFT: &str = "\x1b[D";
pub const DOWN: &str = "\x1b[B";
pub const CTRL_S: &str = "\x13";

/// Watches a terminal in the background and records whether `text` was ever
/// on its screen.
pub struct Watch {
    seen: Arc<std::sync::atomic::AtomicBool>,
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watch {
    pub fn new(parser: Arc<Mutex<vt100::Parser>>, text: &'static str) -> Watch {
        let seen = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (s, st) = (seen.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            while !st.load(std::sync::atomic::Ordering::Relaxed) {
                if parser.lock().unwrap().screen().contents().contains(text) {
                    s.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        Watch {
            seen,
            stop,
            thread: Some(thread),
        }
    }

    pub fn seen(mut self) -> bool {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap();
        self.seen.load(std::sync::atomic::Ordering::Relaxed)
    }
}
