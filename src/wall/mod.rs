//! Two screens: the facilitator's program and `top3 present`, a read-only
//! wall on the projector that follows the same session live.
//!
//! The facilitator's program writes a small state file for the session in
//! the runtime folder (`<session>-<hash>.wall`, see [`WallState`] and
//! [`wall_dir`]) with its position, whether the wall
//! is blanked and whether it still runs; its autosave keeps the session file
//! itself current, including text typed into an open form. The wall reads
//! both files about twenty times a second, never writes either and never
//! takes the session's lock.
//!
//! Either program may start first. A missing, half-written or foreign state
//! file makes the wall show the step saved in the session; a session file
//! that cannot be read keeps the last good version on the wall; a state that
//! says "closed", or that has not been renewed for a few seconds, shows a calm
//! sentence, and the wall follows again when the facilitator comes back.

mod beacon;
mod follow;
mod screen;
mod state;

pub use beacon::Beacon;
pub use follow::{Follower, Shown, wall_app};
pub use screen::{render, run};
pub use state::{
    HEARTBEAT, Position, STALE_AFTER, WALL_DIR_ENV, WALL_VERSION, WallMode, WallState, apply, mode,
    now_ms, state_path, state_path_in, wall_dir,
};
