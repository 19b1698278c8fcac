//! The meeting as the method describes it: no terminal, no files.

mod action;
mod carry;
mod case;
mod condition;
mod fact;
mod id;
mod meeting;
mod note;
mod participant;
mod plan_status;
mod privacy;
mod registration;
mod review;
mod scale;
mod session;
mod timing;
mod top3;
mod validate;

pub use action::Action;
pub use carry::{PlanAction, PlanSummary, closes_action, next_session, open_actions};
pub use case::{Case, CaseCode, CaseCodeError, InvalidCaseCode};
pub use condition::Condition;
pub use fact::{Fact, FactKind, When, looks_like_date, parse_date};
pub use id::Id;
pub use meeting::{MeetingKind, Phase};
pub use note::Note;
pub use participant::{Attendance, Participant};
pub use plan_status::PlanStatus;
pub use privacy::WallNames;
pub use registration::{Criterion, CriterionError, CriterionAnswer, HouseholdMember, Registration};
pub use review::{ReviewItem, ReviewStatus, ReviewTarget};
pub use scale::{Scale, ScaleAnswer, Score, ScoreError, Stats, stats_of};
pub use session::{CURRENT_VERSION, Session};
pub use timing::{StepTime, Timing, clock_text};
pub use top3::{Situation, Top3, Top3Error};
pub use validate::{Inconsistency, Mismatch};
