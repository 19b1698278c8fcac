//! top3: run a TOP-3 meeting on a projected screen and turn what it agreed
//! into the TOP 3 plan.

pub mod app;
pub mod cli;
pub mod config;
pub mod console;
pub mod effects;
pub mod history;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod paths;
pub mod plan;
pub mod store;
pub mod timeline;
pub mod training;
pub mod tui;
pub mod ui;
pub mod wall;
