//! The meeting as the method describes it: no terminal, no files.

mod action;
mod approach;
mod case;
mod closure;
mod condition;
mod fact;
mod id;
mod meeting;
mod note;
mod participant;
mod plan_status;
mod plan_summary;
mod privacy;
mod registration;
mod review;
mod roles;
mod scale;
mod session;
mod sharing;
mod term;
mod timing;
mod top3;
mod vague;
mod validate;
// h-method: the proactive scenario, voices apart, list steps, kind of violence.
mod list;
mod scenario;
mod violence;
mod visibility;
mod voice;

pub use action::Action;
pub use approach::{Approach, ExpertForce, SituationApproach};
pub use case::{Case, CaseCode, CaseCodeError, InvalidCaseCode};
pub use closure::{Closure, FollowUp};
pub use condition::{Condition, Origin, origins_of};
pub use fact::{Fact, FactKind, When, looks_like_date, parse_date};
pub use id::Id;
pub use list::{ListData, ListRow};
pub use meeting::{MeetingKind, Phase};
pub use note::Note;
pub use participant::{Attendance, Group, Participant};
pub use plan_status::PlanStatus;
pub use plan_summary::{PlanAction, PlanSummary};
pub use privacy::WallNames;
pub use registration::{
    AgeBand, Criterion, CriterionAnswer, CriterionError, HouseholdMember, Registration,
};
pub use review::{ItemKind, ReviewItem, ReviewStatus, ReviewTarget};
pub use roles::{CaseRoles, ClientAttendance, LeaderTitle, Ring};
pub use scale::{Scale, ScaleAnswer, Score, ScoreError, Stats, stats_of};
pub use scenario::Scenario;
pub use session::{CURRENT_VERSION, Session};
pub use sharing::{Informed, LegalGround, SharingBasis};
pub use term::Term;
pub use timing::{StepTime, Timing, clock_text};
pub use top3::{Situation, Top3, Top3Error};
pub use vague::{OpinionWords, VagueWords};
pub use validate::{Inconsistency, Mismatch};
pub use violence::ViolenceKind;
pub use visibility::{Audience, Readers, Visibility};
pub use voice::ApartAnswer;
