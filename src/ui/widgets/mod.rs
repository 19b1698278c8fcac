//! Widgets shared by several screens.

pub mod panel;
pub mod scale_bar;
pub mod wrap;
