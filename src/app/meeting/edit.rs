//! Adding, editing, deleting and rearranging the items of a step.

use super::Meeting;
use crate::app::Form;
use crate::app::items::{self, Item};
use crate::i18n::T;
use crate::layout::StepKind;
use crate::model::{
    Action as Agreement, Condition, Fact, FactKind, Note, Participant, ReviewTarget, Session,
    Situation,
};
use crate::model::{ApartAnswer, ListRow};

impl Meeting {
    /// A case that closes gets its closure, with the follow-up contacts of
    /// the settings, the first time it is marked closing.
    pub(super) fn ensure_closure(&mut self) {
        if self.session.closes_case && self.session.closure.is_none() {
            self.session.closure = Some(crate::model::Closure::with_follow_ups(
                self.session.date,
                &self.past.rules.follow_up_months,
            ));
        }
    }

    pub(super) fn open_form(
        &mut self,
        item: Item,
        before: Session,
        is_new: bool,
    ) -> Option<String> {
        let (title, fields) = items::form_fields(item, self.step(), &self.session)?;
        self.select(item);
        self.editing = Some(item);
        let mut form = Form::new(title, fields, before, is_new);
        if matches!(item, Item::Row(_)) {
            form.custom_title = Some(self.step().title.s().to_string());
        }
        self.form = Some(form);
        None
    }

    pub(super) fn add(&mut self, cycle_key: &str) -> Option<String> {
        let before = self.session.clone();
        let kind = self.step().kind;
        let item = match kind {
            StepKind::Participants => {
                let id = self.session.alloc_id();
                self.session.participants.push(Participant::new(id, ""));
                Item::Participant(id)
            }
            StepKind::Facts => {
                // The step's own kind, never the selected fact's: what a
                // meeting adds is what its step asks for.
                let fact_kind = self.step_fact_kind();
                let id = self.session.alloc_id();
                self.session.facts.push(Fact::new(id, fact_kind, ""));
                self.touch();
                let status = self.open_form(Item::Fact(id), before, true);
                return status.or_else(|| {
                    Some(
                        T::FactAddedUnder
                            .fmt(&[&crate::i18n::fact_kind_name(fact_kind), &cycle_key]),
                    )
                });
            }
            StepKind::Top3 => {
                if self.session.top3.is_full() {
                    return Some(T::Top3Full.s().to_string());
                }
                let picked = match (self.pane, self.selected_item()) {
                    (1, Some(Item::FactPick(fid))) => self.session.fact(fid).cloned(),
                    _ => None,
                };
                let id = self.session.alloc_id();
                let situation = match &picked {
                    Some(f) => Situation {
                        id,
                        text: f.what.clone(),
                        facts: vec![f.id],
                    },
                    None => Situation {
                        id,
                        text: String::new(),
                        facts: Vec::new(),
                    },
                };
                self.session.top3.push(situation).ok()?;
                self.pane = 0;
                if picked.is_some() {
                    self.history.record(before);
                    self.touch();
                    self.select(Item::Situation(id));
                    return Some(T::AddedToTop3.s().to_string());
                }
                Item::Situation(id)
            }
            StepKind::Conditions => {
                let situation = match self.selected_item() {
                    Some(Item::Condition(cid)) => self
                        .session
                        .conditions
                        .iter()
                        .find(|c| c.id == cid)
                        .and_then(|c| c.situation),
                    _ => self.session.top3.items().first().map(|s| s.id),
                };
                let id = self.session.alloc_id();
                let mut condition = Condition::new(id, situation);
                condition.since = Some(self.session.date);
                self.session.conditions.push(condition);
                Item::Condition(id)
            }
            StepKind::Actions => {
                let id = self.session.alloc_id();
                let mut agreement = Agreement::new(id);
                agreement.since = Some(self.session.date);
                self.session.actions.push(agreement);
                Item::Action(id)
            }
            StepKind::Review => {
                // An agreement that answers the selected condition, when it
                // was not kept.
                let Some(Item::Review(ReviewTarget::Condition(cid))) = self.selected_item() else {
                    return Some(T::AnswerOnlyBroken.s().to_string());
                };
                let broken = self.session.review.iter().any(|r| {
                    r.target == ReviewTarget::Condition(cid)
                        && r.status == Some(crate::model::ReviewStatus::Broken)
                });
                if !broken {
                    return Some(T::AnswerOnlyBroken.s().to_string());
                }
                let id = self.session.alloc_id();
                let mut agreement = Agreement::new(id);
                agreement.since = Some(self.session.date);
                agreement.answers = Some(cid);
                self.session.actions.push(agreement);
                Item::Action(id)
            }
            StepKind::Notes => {
                let id = self.session.alloc_id();
                self.session.notes.push(Note {
                    id,
                    text: String::new(),
                    private: false,
                    visibility: Default::default(),
                });
                Item::Note(id)
            }
            // Someone spoken to apart: on the scale step and the voices step.
            StepKind::Scale | StepKind::Voices => {
                let id = self.session.alloc_id();
                let key = self.step().scale_key().to_string();
                // The scale question is the scale step's, also when the
                // children's step comes first.
                let step = self
                    .layout
                    .steps
                    .iter()
                    .find(|st| st.kind == StepKind::Scale && st.scale_key() == key)
                    .unwrap_or(self.step());
                let question = step.question.s().to_string();
                let hides = step.hides_scores();
                let new = self.session.scale(&key).is_none();
                let scale = self.session.scale_mut(&key, &question);
                // A question asked anew on a step that hides its scores
                // keeps them off the wall until they are revealed.
                scale.hidden |= new && hides;
                scale.apart.push(ApartAnswer::new(id));
                Item::Apart(id)
            }
            StepKind::List => {
                let id = self.session.alloc_id();
                let key = self.step().list_key().to_string();
                self.session.list_mut(&key).rows.push(ListRow::new(id));
                Item::Row(id)
            }
            _ => return None,
        };
        self.touch();
        self.open_form(item, before, true)
    }

    /// The kind of fact this facts step asks for: the layout's, else eerste
    /// in a case's first meeting and actuele in every meeting after it.
    pub fn step_fact_kind(&self) -> FactKind {
        self.step()
            .fact_kind
            .unwrap_or(if self.session.review_of.is_some() {
                FactKind::Actuele
            } else {
                FactKind::Eerste
            })
    }

    pub(super) fn edit(&mut self) -> Option<String> {
        match self.selected_item() {
            Some(Item::FactPick(_)) => self.add(""),
            Some(item) => self.open_form(item, self.session.clone(), false),
            None => None,
        }
    }

    /// Deletes the selected item; the message names the undo key.
    pub(super) fn delete(&mut self, undo_key: &str) -> Option<String> {
        let item = self.selected_item()?;
        if is_carried(&self.session, item) {
            return Some(T::CarriedNoDelete.s().to_string());
        }
        self.change();
        let s = &mut self.session;
        match item {
            Item::Participant(id) => {
                s.participants.retain(|p| p.id != id);
                s.informed.retain(|i| i.participant != id);
                for scale in &mut s.scales {
                    scale.answers.retain(|a| a.participant != id);
                }
            }
            Item::Fact(id) => {
                s.facts.retain(|f| f.id != id);
                for i in 0..s.top3.len() {
                    if let Some(sit) = s.top3.get_mut(i) {
                        sit.facts.retain(|f| *f != id);
                    }
                }
            }
            Item::Situation(id) => {
                if let Some(i) = s.top3.items().iter().position(|x| x.id == id) {
                    s.top3.remove(i);
                }
                for c in &mut s.conditions {
                    if c.situation == Some(id) {
                        c.situation = None;
                    }
                }
            }
            Item::Answer(pid) => {
                let key = self.layout.steps[s.step].scale_key().to_string();
                if let Some(scale) = s.scales.iter_mut().find(|x| x.key == key) {
                    scale.answers.retain(|a| a.participant != pid);
                }
            }
            Item::Apart(id) => {
                for scale in &mut s.scales {
                    scale.apart.retain(|a| a.id != id);
                }
            }
            Item::Row(id) => {
                for list in &mut s.lists {
                    list.rows.retain(|r| r.id != id);
                }
            }
            Item::Scenario => s.scenario = Default::default(),
            Item::Condition(id) => s.conditions.retain(|c| c.id != id),
            Item::Action(id) => s.actions.retain(|a| a.id != id),
            Item::Note(id) => s.notes.retain(|n| n.id != id),
            Item::Review(t) => {
                if let Some(r) = s.review.iter_mut().find(|r| r.target == t) {
                    r.status = None;
                    r.note.clear();
                }
            }
            Item::Closure(part) => {
                use crate::app::items::ClosurePart as P;
                if let Some(c) = s.closure.as_mut() {
                    match part {
                        P::Reason => c.reason.clear(),
                        P::Goals => c.goals_reached.clear(),
                        P::FollowUp(n) if n < c.follow_ups.len() => {
                            c.follow_ups.remove(n);
                        }
                        P::FollowUp(_) => {}
                    }
                }
            }
            Item::Approach(part) => {
                use crate::app::items::ApproachPart as P;
                let a = &mut s.approach;
                match part {
                    P::Question => a.question.clear(),
                    P::Analysis => a.analysis.clear(),
                    P::Situation(id) => a.situations.retain(|x| x.situation != id),
                    P::Expert(id) => a.experts.retain(|x| x.participant != id),
                    P::TakeBack => a.take_back.clear(),
                }
            }
            Item::ClientAttendance => s.client_attendance = None,
            Item::Household
            | Item::Roles
            | Item::FactPick(_)
            | Item::NextMeeting
            | Item::ClosesCase
            | Item::Chair
            | Item::EscalationOverride
            | Item::OverrideReason => {
                return None;
            }
        }
        self.clamp_selection();
        Some(T::Deleted.fmt(&[&undo_key]))
    }

    pub(super) fn toggle(&mut self) -> Option<String> {
        let item = self.selected_item()?;
        match item {
            // A fact linked to (or loosened from) the situation chosen
            // before Tab: a typed situation gets its facts afterwards.
            Item::FactPick(fid) => {
                let sid = self.link_to?;
                let i = self.session.top3.items().iter().position(|x| x.id == sid)?;
                self.change();
                let sit = self.session.top3.get_mut(i)?;
                let linked = if let Some(at) = sit.facts.iter().position(|f| *f == fid) {
                    sit.facts.remove(at);
                    false
                } else {
                    sit.facts.push(fid);
                    true
                };
                let rank = i + 1;
                return Some(if linked {
                    T::FactLinked.fmt(&[&rank])
                } else {
                    T::FactUnlinked.fmt(&[&rank])
                });
            }
            Item::Participant(id) => {
                self.change();
                if let Some(p) = self.session.participants.iter_mut().find(|p| p.id == id) {
                    p.attendance = p.attendance.cycle();
                }
            }
            Item::Review(t) => {
                self.change();
                if let Some(r) = self.session.review.iter_mut().find(|r| r.target == t) {
                    r.status = r.next_status();
                }
            }
            Item::Note(id) => {
                self.change();
                if let Some(n) = self.session.notes.iter_mut().find(|n| n.id == id) {
                    n.private = !n.private;
                }
            }
            Item::ClosesCase => {
                self.change();
                self.session.closes_case = !self.session.closes_case;
                self.ensure_closure();
            }
            _ => {}
        }
        None
    }

    /// `k`: a fact to the next kind, a condition to the next TOP-3 situation.
    pub(super) fn cycle(&mut self) {
        match self.selected_item() {
            Some(Item::Fact(id)) => {
                self.change();
                if let Some(f) = self.session.facts.iter_mut().find(|f| f.id == id) {
                    f.kind = match f.kind {
                        FactKind::Eerste => FactKind::Ergste,
                        FactKind::Ergste => FactKind::Actuele,
                        FactKind::Actuele => FactKind::Eerste,
                    };
                }
                self.select(Item::Fact(id));
            }
            Some(Item::Condition(id)) => {
                let ids: Vec<_> = self
                    .session
                    .top3
                    .items()
                    .iter()
                    .map(|s| Some(s.id))
                    .collect();
                let mut options = ids;
                options.push(None);
                self.change();
                if let Some(c) = self.session.conditions.iter_mut().find(|c| c.id == id) {
                    let at = options.iter().position(|o| *o == c.situation).unwrap_or(0);
                    c.situation = options[(at + 1) % options.len()];
                }
                self.select(Item::Condition(id));
            }
            _ => {}
        }
    }

    pub(super) fn move_selected(&mut self, delta: i32) {
        let Some(item) = self.selected_item() else {
            return;
        };
        match item {
            Item::Situation(id) => {
                let Some(i) = self.session.top3.items().iter().position(|x| x.id == id) else {
                    return;
                };
                let j = i as i32 + delta;
                if j < 0 || j as usize >= self.session.top3.len() {
                    return;
                }
                self.change();
                self.session.top3.swap(i, j as usize);
                self.select(item);
            }
            Item::Fact(id) => {
                // Within its own kind: swap with the neighbour of the same kind.
                let order = items::facts_in_order(&self.session);
                let Some(pos) = order.iter().position(|x| *x == id) else {
                    return;
                };
                let j = pos as i32 + delta;
                if j < 0 || j as usize >= order.len() {
                    return;
                }
                let other = order[j as usize];
                let (Some(a), Some(b)) = (
                    self.session.facts.iter().position(|f| f.id == id),
                    self.session.facts.iter().position(|f| f.id == other),
                ) else {
                    return;
                };
                if self.session.facts[a].kind != self.session.facts[b].kind {
                    return;
                }
                self.change();
                self.session.facts.swap(a, b);
                self.select(item);
            }
            _ => {}
        }
    }
}

/// A condition or agreement that came from the previous meeting (it has a
/// review line): it leaves the plan only by a decision in the review.
fn is_carried(s: &Session, item: Item) -> bool {
    let target = match item {
        Item::Condition(id) => ReviewTarget::Condition(id),
        Item::Action(id) => ReviewTarget::Action(id),
        _ => return false,
    };
    s.review.iter().any(|r| r.target == target)
}
