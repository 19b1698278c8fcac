//! Who may see an item: the form behind the visibility key, and which
//! items have a visibility at all.

use super::form::{Field, FieldKind, read_yes_no};
use super::items::{Item, split_names};
use crate::i18n::T;
use crate::model::{Audience, Id, ReviewTarget, Session, Visibility};

/// The visibility of an item, if it has one.
pub fn visibility_of(item: Item, s: &Session) -> Option<&Visibility> {
    match item {
        Item::Participant(id) => s.participant(id).map(|p| &p.visibility),
        Item::Fact(id) | Item::FactPick(id) => s.fact(id).map(|f| &f.visibility),
        Item::Condition(id) => s
            .conditions
            .iter()
            .find(|c| c.id == id)
            .map(|c| &c.visibility),
        Item::Action(id) => s.actions.iter().find(|a| a.id == id).map(|a| &a.visibility),
        Item::Note(id) => s.notes.iter().find(|n| n.id == id).map(|n| &n.visibility),
        // A review line is seen with the condition or agreement it reviews.
        Item::Review(ReviewTarget::Condition(id)) => visibility_of(Item::Condition(id), s),
        Item::Review(ReviewTarget::Action(id)) => visibility_of(Item::Action(id), s),
        _ => None,
    }
}

fn visibility_mut(item: Item, s: &mut Session) -> Option<&mut Visibility> {
    match item {
        Item::Participant(id) => s
            .participants
            .iter_mut()
            .find(|p| p.id == id)
            .map(|p| &mut p.visibility),
        Item::Fact(id) | Item::FactPick(id) => s
            .facts
            .iter_mut()
            .find(|f| f.id == id)
            .map(|f| &mut f.visibility),
        Item::Condition(id) => s
            .conditions
            .iter_mut()
            .find(|c| c.id == id)
            .map(|c| &mut c.visibility),
        Item::Action(id) => s
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .map(|a| &mut a.visibility),
        Item::Note(id) => s
            .notes
            .iter_mut()
            .find(|n| n.id == id)
            .map(|n| &mut n.visibility),
        Item::Review(ReviewTarget::Condition(id)) => visibility_mut(Item::Condition(id), s),
        Item::Review(ReviewTarget::Action(id)) => visibility_mut(Item::Action(id), s),
        _ => None,
    }
}

/// True when the wall may show this item now (items without a visibility
/// always; a private note never, see the notes step).
pub fn on_wall(item: Item, s: &Session) -> bool {
    let readers = s.wall_readers();
    let own = visibility_of(item, s).is_none_or(|v| readers.may_see(v));
    let reporter = match item {
        Item::Fact(id) | Item::FactPick(id) => s
            .fact(id)
            .is_none_or(|f| readers.may_see(&f.reporter_visibility)),
        _ => true,
    };
    own && reporter
}

/// The names of the participants `ids` names, as the form shows them.
pub fn names_of(ids: &[Id], s: &Session) -> String {
    ids.iter()
        .filter_map(|id| s.participant(*id))
        .map(|p| p.name.trim().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn yes_no(b: bool) -> &'static str {
    if b { T::Yes.s() } else { T::No.s() }
}

fn two_fields(v: &Visibility, s: &Session, pro: T, not_for: T) -> [Field; 2] {
    let names = match v {
        Visibility::NietDelenMet(ids) => names_of(ids, s),
        _ => String::new(),
    };
    [
        Field::new(
            pro,
            FieldKind::YesNo,
            yes_no(*v == Visibility::AlleenProfessionals),
        ),
        Field::new(not_for, FieldKind::Line, &names),
    ]
}

/// The visibility form of an item: professionals only (ja/nee) and the
/// names not to share with; a fact also has them for its reporter.
pub fn form_fields(item: Item, s: &Session) -> Option<Vec<Field>> {
    let v = visibility_of(item, s)?;
    let mut fields = two_fields(v, s, T::FieldVisProfessionals, T::FieldVisNotFor).to_vec();
    if let Item::Fact(id) | Item::FactPick(id) = item {
        let f = s.fact(id)?;
        fields.extend(two_fields(
            &f.reporter_visibility,
            s,
            T::FieldVisReporterProfessionals,
            T::FieldVisReporterNotFor,
        ));
    }
    Some(fields)
}

/// Reads "Sandra, Henk" (or a group word: gezin, netwerk, professionals)
/// as participants; the first name that is nobody is the error.
fn read_names(text: &str, s: &Session) -> Result<Vec<Id>, String> {
    let mut ids: Vec<Id> = Vec::new();
    for name in split_names(text) {
        let found: Vec<Id> = match crate::plan::parse_audience(&name, s) {
            Ok(Audience::Person(id)) => vec![id],
            Ok(group) => group.readers(s).people,
            Err(_) => return Err(T::VisUnknownName.fmt(&[&name])),
        };
        for id in found {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(ids)
}

fn read_pair(pro: &str, names: &str, s: &Session) -> Result<Visibility, String> {
    let pro = read_yes_no(pro).ok_or_else(|| T::YesNoNotRecognised.s().to_string())?;
    let ids = read_names(names, s)?;
    match (pro, ids.is_empty()) {
        (true, true) => Ok(Visibility::AlleenProfessionals),
        (true, false) => Err(T::VisBothChosen.s().to_string()),
        (false, true) => Ok(Visibility::Iedereen),
        (false, false) => Ok(Visibility::NietDelenMet(ids)),
    }
}

/// Writes the form's values into the item; a problem (a name that is
/// nobody, both choices at once) leaves that visibility as it was.
pub fn apply(item: Item, values: &[String], s: &mut Session) -> Option<String> {
    let v = |i: usize| values.get(i).cloned().unwrap_or_default();
    let mut problem = None;
    match read_pair(&v(0), &v(1), s) {
        Ok(new) => {
            if let Some(slot) = visibility_mut(item, s) {
                *slot = new;
            }
        }
        Err(e) => problem = Some(e),
    }
    if let Item::Fact(id) | Item::FactPick(id) = item
        && values.len() > 2
    {
        match read_pair(&v(2), &v(3), s) {
            Ok(new) => {
                if let Some(f) = s.facts.iter_mut().find(|f| f.id == id) {
                    f.reporter_visibility = new;
                }
            }
            Err(e) => problem = problem.or(Some(e)),
        }
    }
    problem
}

/// The facilitator's words for a visibility ("⚑ alleen professionals",
/// "⊘ niet delen met Henk"); `None` for iedereen.
pub fn tag(v: &Visibility, s: &Session) -> Option<String> {
    match v {
        Visibility::Iedereen => None,
        Visibility::AlleenProfessionals => Some(T::VisProfessionals.s().to_string()),
        Visibility::NietDelenMet(ids) if ids.is_empty() => None,
        Visibility::NietDelenMet(ids) => {
            // Someone no longer in the meeting is still named, as such.
            let names: Vec<String> = ids
                .iter()
                .map(|id| match s.participant(*id) {
                    Some(p) => p.name.trim().to_string(),
                    None => T::VisGone.fmt(&[&id.0]),
                })
                .collect();
            Some(T::VisNotFor.fmt(&[&names.join(", ")]))
        }
    }
}

/// What the facilitator view adds to an item: its visibility, its
/// reporter's, and whether the wall leaves it out now, in brackets
/// ("[⚑ alleen professionals · niet op de muur]"); `None` for an item
/// for everyone.
pub fn item_tag(item: Item, s: &Session) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let own = visibility_of(item, s).and_then(|v| tag(v, s));
    match item {
        Item::Participant(_) => parts.extend(own.map(|t| T::VisDetails.fmt(&[&t]))),
        _ => parts.extend(own),
    }
    if let Item::Fact(id) | Item::FactPick(id) = item
        && let Some(t) = s.fact(id).and_then(|f| tag(&f.reporter_visibility, s))
    {
        parts.push(T::VisReporter.fmt(&[&t]));
    }
    if parts.is_empty() {
        return None;
    }
    if !on_wall(item, s) {
        parts.push(T::VisOffWall.s().to_string());
    }
    Some(format!("[{}]", parts.join(" · ")))
}
