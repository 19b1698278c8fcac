use super::{
    Action, Approach, Audience, Case, ClientAttendance, Condition, Fact, Id, Informed, LeaderTitle,
    MeetingKind, Note, Participant, Phase, PlanStatus, PlanSummary, ReviewItem, Scale, Score,
    Timing, Top3, WallNames,
};
use super::{ListData, ListRow, Scenario};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The version of the session file format this program writes.
pub const CURRENT_VERSION: u32 = 2;

/// One meeting about one case, in one phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    pub case: Case,
    pub kind: MeetingKind,
    pub phase: Phase,
    /// Name of the layout that gives this meeting its steps.
    pub layout: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub time: Option<NaiveTime>,
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub top3: Top3,
    #[serde(default)]
    pub scales: Vec<Scale>,
    #[serde(default)]
    pub conditions: Vec<Condition>,
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Date of the meeting whose conditions and actions are reviewed here.
    #[serde(default)]
    pub review_of: Option<NaiveDate>,
    #[serde(default)]
    pub review: Vec<ReviewItem>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub next_meeting: Option<NaiveDate>,
    /// The step the facilitator was on, so that reopening resumes there.
    #[serde(default)]
    pub step: usize,
    /// The next free item id. Ids are never reused within a case.
    #[serde(default = "first_id")]
    pub next_id: u64,
    /// Concept, or vastgesteld (with the date and any override reason).
    #[serde(default)]
    pub plan_status: PlanStatus,
    /// The plan of the previous phase, kept in short when this meeting began
    /// a new phase (see `model::carry`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_plan: Option<PlanSummary>,
    /// How people are shown on the wall (names stay in the file).
    #[serde(default, skip_serializing_if = "WallNames::is_default")]
    pub wall_names: WallNames,
    /// Time spent per step, so a chair can see afterwards where it went.
    #[serde(default, skip_serializing_if = "Timing::is_empty")]
    pub timing: Timing,
    /// The safety threshold of the settings when this meeting was created;
    /// its scale questions take it, so its plan reads the same after the
    /// setting changes. `None`: the method's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Score>,
    /// The last meeting: the case is closed after it (no next meeting).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closes_case: bool,
    /// Why the case is not registered with the MDA++ expertoverleg although
    /// a signal says it is due (the meeting's decision, with its reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_override: Option<String>,
    /// An MDA++ expertoverleg's approach for the case (leidend).
    #[serde(default, skip_serializing_if = "Approach::is_empty")]
    pub approach: Approach,
    /// With `closes_case`: why, the goals reached, the follow-up contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closure: Option<super::Closure>,
    /// This meeting reopened a closed case, for this reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reopened: Option<String>,
    /// Who was informed after this meeting (participants marked "informed
    /// afterwards"): when, by whom, how.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub informed: Vec<Informed>,
    /// The title of whoever leads (the `chair` field): `None` takes the
    /// meeting kind's default (see `LeaderTitle::for_kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader_title: Option<LeaderTitle>,
    /// At an expertoverleg: whether the client attends, as the coördinator
    /// and the voorzitter agreed, and why. `None`: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_attendance: Option<ClientAttendance>,
    /// The proactive scenario for the next incident (Veiligheidsplan).
    #[serde(default, skip_serializing_if = "Scenario::is_empty")]
    pub scenario: Scenario,
    /// The rows of the layout's generic list steps, by list key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lists: Vec<ListData>,
    /// Whom the wall is for (gezin or professionals); `None`: from who is
    /// present (see `Session::wall_audience`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall_audience: Option<Audience>,
}

fn first_id() -> u64 {
    1
}

impl Session {
    pub fn new(case: Case, kind: MeetingKind, phase: Phase, layout: &str, date: NaiveDate) -> Self {
        Session {
            version: CURRENT_VERSION,
            case,
            kind,
            phase,
            layout: layout.to_string(),
            date,
            time: None,
            chair: String::new(),
            participants: Vec::new(),
            facts: Vec::new(),
            top3: Top3::default(),
            scales: Vec::new(),
            conditions: Vec::new(),
            actions: Vec::new(),
            review_of: None,
            review: Vec::new(),
            notes: Vec::new(),
            next_meeting: None,
            step: 0,
            next_id: 1,
            plan_status: PlanStatus::default(),
            previous_plan: None,
            wall_names: WallNames::Names,
            timing: Timing::default(),
            threshold: None,
            closes_case: false,
            escalation_override: None,
            approach: Approach::default(),
            closure: None,
            reopened: None,
            informed: Vec::new(),
            leader_title: None,
            client_attendance: None,
            scenario: Scenario::default(),
            lists: Vec::new(),
            wall_audience: None,
        }
    }

    /// The threshold this meeting's scale questions take.
    pub fn threshold(&self) -> Score {
        self.threshold.unwrap_or(Score::DEFAULT_THRESHOLD)
    }

    /// Hands out a fresh id; never one already used in this session.
    pub fn alloc_id(&mut self) -> Id {
        let floor = self.max_id().map_or(1, |m| m.0 + 1);
        let id = Id(self.next_id.max(floor));
        self.next_id = id.0 + 1;
        id
    }

    /// The highest id used by any item, so a hand-edited file cannot make
    /// `alloc_id` hand out a duplicate.
    pub fn max_id(&self) -> Option<Id> {
        let ids = self
            .participants
            .iter()
            .map(|p| p.id)
            .chain(self.facts.iter().map(|f| f.id))
            .chain(self.top3.items().iter().map(|s| s.id))
            .chain(self.scales.iter().map(|s| s.id))
            .chain(self.conditions.iter().map(|c| c.id))
            .chain(self.actions.iter().map(|a| a.id))
            .chain(self.notes.iter().map(|n| n.id))
            .chain(
                self.scales
                    .iter()
                    .flat_map(|s| s.apart.iter().map(|a| a.id)),
            )
            .chain(self.lists.iter().flat_map(|l| l.rows.iter().map(|r| r.id)));
        ids.max()
    }

    pub fn participant(&self, id: Id) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    pub fn present(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.is_present())
    }

    /// Present and asked for a score: not marked geen cijfer gevraagd, not
    /// an expert on call, and not the leader when a voorzitter or
    /// gespreksleider leads (they guard the process).
    pub fn scored(&self) -> impl Iterator<Item = &Participant> {
        let leader = self
            .leader_title()
            .gives_no_score()
            .then(|| self.leader())
            .flatten()
            .map(|p| p.id);
        self.participants
            .iter()
            .filter(move |p| p.is_scored() && Some(p.id) != leader)
    }

    /// The title of whoever leads this meeting.
    pub fn leader_title(&self) -> LeaderTitle {
        LeaderTitle::for_kind(self.kind, self.leader_title)
    }

    /// The participant who leads: the one whose name is the `chair` field
    /// (ignoring case and spaces around it), or, with the field written as
    /// "name (role)", whose name it starts with.
    pub fn leader(&self) -> Option<&Participant> {
        let chair = self.chair.trim().to_lowercase();
        if chair.is_empty() {
            return None;
        }
        let named = |p: &&Participant| {
            let name = p.name.trim().to_lowercase();
            !name.is_empty()
                && (name == chair
                    || chair
                        .strip_prefix(name.as_str())
                        .is_some_and(|rest| rest.trim_start().starts_with('(')))
        };
        self.participants.iter().find(named)
    }

    pub fn fact(&self, id: Id) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn scale(&self, key: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.key == key)
    }

    /// The scale with this key, created with `question` when missing.
    pub fn scale_mut(&mut self, key: &str, question: &str) -> &mut Scale {
        if let Some(i) = self.scales.iter().position(|s| s.key == key) {
            return &mut self.scales[i];
        }
        let id = self.alloc_id();
        let mut scale = Scale::new(id, key, question);
        scale.threshold = self.threshold();
        self.scales.push(scale);
        self.scales.last_mut().expect("just pushed")
    }

    /// Conditions tied to a TOP-3 situation.
    pub fn conditions_for(&self, situation: Id) -> impl Iterator<Item = &Condition> {
        self.conditions
            .iter()
            .filter(move |c| c.situation == Some(situation))
    }
}

/// h-method: the rows of list steps and the answers given apart.
impl Session {
    /// The rows of the list with this key (empty when none).
    pub fn list(&self, key: &str) -> &[ListRow] {
        self.lists
            .iter()
            .find(|l| l.key == key)
            .map_or(&[], |l| l.rows.as_slice())
    }

    /// The list with this key, created when missing.
    pub fn list_mut(&mut self, key: &str) -> &mut ListData {
        if let Some(i) = self.lists.iter().position(|l| l.key == key) {
            return &mut self.lists[i];
        }
        self.lists.push(ListData {
            key: key.to_string(),
            rows: Vec::new(),
        });
        self.lists.last_mut().expect("just pushed")
    }

    /// A list row by id, in any list.
    pub fn list_row(&self, id: super::Id) -> Option<&ListRow> {
        self.lists.iter().flat_map(|l| &l.rows).find(|r| r.id == id)
    }

    pub fn list_row_mut(&mut self, id: super::Id) -> Option<&mut ListRow> {
        self.lists
            .iter_mut()
            .flat_map(|l| &mut l.rows)
            .find(|r| r.id == id)
    }
}

/// c-fix2: the numbers a user reads in a message ("Voorwaarde 3",
/// "Afspraak 8") are the numbers shown on the item's line on screen.
impl Session {
    /// The conditions in the order the conditions step shows them: under
    /// each TOP-3 situation in turn, then those from an earlier phase's plan
    /// (per origin), then those tied to no situation. Each once.
    pub fn conditions_on_screen(&self) -> Vec<&Condition> {
        let mut out: Vec<&Condition> = Vec::new();
        let sits = self
            .top3
            .items()
            .iter()
            .flat_map(|s| self.conditions_for(s.id));
        let origins = super::origins_of(&self.conditions)
            .into_iter()
            .flat_map(|o| {
                self.conditions
                    .iter()
                    .filter(move |c| c.origin.as_ref() == Some(o))
            });
        for c in sits.chain(origins).chain(&self.conditions) {
            if !out.iter().any(|x| x.id == c.id) {
                out.push(c);
            }
        }
        out
    }

    /// The 1-based number of a condition as the conditions step shows it
    /// ("V3"), the plan check names it ("Voorwaarde 3") and a teaching note
    /// may refer to it.
    pub fn condition_number(&self, id: Id) -> Option<usize> {
        self.conditions_on_screen()
            .iter()
            .position(|c| c.id == id)
            .map(|i| i + 1)
    }

    /// The 1-based number of an agreement as the agreements step shows it
    /// ("A8") and the plan check names it ("Afspraak 8"): its place in the
    /// list.
    pub fn action_number(&self, id: Id) -> Option<usize> {
        self.actions.iter().position(|a| a.id == id).map(|i| i + 1)
    }
}
