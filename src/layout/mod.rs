//! Layouts: the flow of a meeting as a list of steps, in RON.

mod builtin;
mod load;
mod types;

pub use builtin::BUILTIN;
pub use load::{LAYOUTS_ENV, LayoutSet, Source, layouts_dir, parse_layout};
pub use types::{Column, Layout, Mapping, Step, StepKind};
