//! Widgets shared by several screens.

pub mod scale_bar;
pub mod wrap;
