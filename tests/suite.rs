//! Every integration test in one binary: one link instead of one per file,
//! which keeps a fresh machine's disk and the CI's time small. Each file below
//! is still one subject; `cargo test --test suite pdf::` runs one of them.

mod casegen;
mod common;

mod app_update;
mod audience;
mod carry;
mod check_why;
mod cli_check;
mod clock;
mod closing;
mod config;
mod course;
mod course_fixes;
mod course_flow_pty;
mod course_groups;
mod course_pty;
mod course_time;
mod e2e;
mod escalation_path;
mod expertoverleg;
mod export;
mod fuzz_keys;
mod handover;
mod history;
mod history_screen;
mod layers;
mod line_endings;
mod method;
mod migrate;
mod own_cases;
mod pdf;
mod plain;
mod plan_check;
mod privacy;
mod registration;
mod roles;
mod roles_pty;
mod screen_fit;
mod screen_keys;
mod screen_numbers;
mod setup;
mod signals;
mod store;
mod teach;
mod threshold;
mod timeline;
mod trainer_fixes;
mod training;
mod ui_render;
mod wall;
mod windows_console;
