//! Copies for an audience: what the family, the network, the professionals
//! or one participant may read. Items that are not for them are left out,
//! a hidden reporter is named by their group ("een netwerklid"), hidden
//! details of a participant are left empty. The document says for whom it
//! is and how many items this copy leaves out, never which.

use super::document::{Block, Document};
use crate::i18n::T;
use crate::model::{Audience, Group, Id, Readers, ReviewTarget, Session, Visibility};

/// A session as `readers` may read it, and how many items were left out
/// (facts, notes, conditions, agreements, participants' details). Private
/// notes stay as they are: no copy ever holds them (see `plan_document`).
pub fn for_readers(s: &Session, readers: &Readers) -> (Session, usize) {
    let mut out = s.clone();
    let mut left = 0;
    let hidden_facts: Vec<Id> = s
        .facts
        .iter()
        .filter(|f| !readers.may_see(&f.visibility))
        .map(|f| f.id)
        .collect();
    out.facts.retain(|f| !hidden_facts.contains(&f.id));
    left += hidden_facts.len();
    for f in &mut out.facts {
        if !readers.may_see(&f.reporter_visibility) && !f.reported_by.trim().is_empty() {
            let word = reporter_word(s, &f.reported_by);
            if let Some(name) = reporter(s, &f.reported_by).map(|i| s.participants[i].name.trim())
                && !name.is_empty()
            {
                f.source = replace_name(&f.source, name, &word);
                f.what = replace_name(&f.what, name, &word);
            }
            f.source = replace_name(&f.source, f.reported_by.trim(), &word);
            f.reported_by = word;
        }
    }
    for i in 0..out.top3.len() {
        if let Some(sit) = out.top3.get_mut(i) {
            sit.facts.retain(|id| !hidden_facts.contains(id));
        }
    }
    let mut hidden: Vec<ReviewTarget> = Vec::new();
    let mut hidden_texts: Vec<String> = Vec::new();
    for c in &s.conditions {
        if !readers.may_see(&c.visibility) {
            hidden.push(ReviewTarget::Condition(c.id));
            hidden_texts.push(c.text.trim().to_string());
        }
    }
    for a in &s.actions {
        if !readers.may_see(&a.visibility) {
            hidden.push(ReviewTarget::Action(a.id));
            hidden_texts.push(a.what.trim().to_string());
        }
    }
    left += hidden.len();
    out.conditions
        .retain(|c| !hidden.contains(&ReviewTarget::Condition(c.id)));
    out.actions
        .retain(|a| !hidden.contains(&ReviewTarget::Action(a.id)));
    out.review.retain(|r| !hidden.contains(&r.target));
    // The previous phase's plan in short names carried items by their text.
    if let Some(prev) = &mut out.previous_plan {
        prev.conditions
            .retain(|t| !hidden_texts.iter().any(|h| h == t.trim()));
        prev.open_actions
            .retain(|a| !hidden_texts.iter().any(|h| h == a.what.trim()));
    }
    let notes = out.notes.len();
    out.notes
        .retain(|n| n.private || readers.may_see(&n.visibility));
    left += notes - out.notes.len();
    for p in &mut out.participants {
        if readers.may_see(&p.visibility) {
            continue;
        }
        left += 1;
        // A hidden organisation marked as a name to hide stays on the list,
        // so free text that mentions it is still redacted.
        if p.hide_organisation && !p.organisation.trim().is_empty() {
            out.case
                .hidden_names
                .push(p.organisation.trim().to_string());
        }
        p.organisation.clear();
        p.relation.clear();
        p.hide_organisation = false;
        if let Some(reason) = &mut p.no_score {
            reason.clear();
        }
    }
    (out, left)
}

/// `text` with every whole-word `name` replaced by `word`, capitalised at
/// the start of a sentence ("Ton hoort het" → "Een netwerklid hoort het").
fn replace_name(text: &str, name: &str, word: &str) -> String {
    if name.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = &rest[..at];
        let after = &rest[at + name.len()..];
        let whole = !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !after.chars().next().is_some_and(char::is_alphanumeric);
        out.push_str(before);
        if whole {
            let so_far = out.trim_end();
            if so_far.is_empty() || so_far.ends_with(['.', '!', '?', ':', ';']) {
                out.push_str(&super::plan_document::capitalised(word));
            } else {
                out.push_str(word);
            }
        } else {
            out.push_str(name);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `s` for an audience (see [`for_readers`]).
pub fn for_audience(s: &Session, audience: Audience) -> (Session, usize) {
    for_readers(s, &audience.readers(s))
}

/// An earlier meeting of the case for an audience: an item that the
/// current meeting restricts is restricted there too (the current meeting
/// says who may see it now), so the trend and the record of carried items
/// never show what the current copy leaves out.
pub fn earlier_for_audience(earlier: &Session, current: &Session, audience: Audience) -> Session {
    let o = with_current_marks(earlier, current);
    let readers = audience.readers(&o);
    for_readers(&o, &readers).0
}

/// An earlier meeting as `readers` may read it, with the marks of the
/// current meeting (see [`earlier_for_audience`]): the wall's history.
pub fn earlier_for_readers(earlier: &Session, current: &Session, readers: &Readers) -> Session {
    for_readers(&with_current_marks(earlier, current), readers).0
}

/// `earlier` with the restrictions the current meeting puts on its items.
fn with_current_marks(earlier: &Session, current: &Session) -> Session {
    let mut o = earlier.clone();
    let take = |v: &mut Visibility, now: Option<&Visibility>| {
        if let Some(now) = now.filter(|n| n.is_restricted()) {
            *v = now.clone();
        }
    };
    for f in &mut o.facts {
        let now = current.fact(f.id);
        take(&mut f.visibility, now.map(|x| &x.visibility));
        take(
            &mut f.reporter_visibility,
            now.map(|x| &x.reporter_visibility),
        );
    }
    for c in &mut o.conditions {
        let now = current.conditions.iter().find(|x| x.id == c.id);
        take(&mut c.visibility, now.map(|x| &x.visibility));
    }
    for a in &mut o.actions {
        let now = current.actions.iter().find(|x| x.id == a.id);
        take(&mut a.visibility, now.map(|x| &x.visibility));
    }
    for n in &mut o.notes {
        let now = current.notes.iter().find(|x| x.id == n.id);
        take(&mut n.visibility, now.map(|x| &x.visibility));
    }
    for p in &mut o.participants {
        let now = current.participant(p.id);
        take(&mut p.visibility, now.map(|x| &x.visibility));
        if now.is_some_and(|x| x.group.is_some()) && p.group.is_none() {
            p.group = now.and_then(|x| x.group);
        }
    }
    o
}

/// The participant who reported, by name (whole words) or else by role.
fn reporter(s: &Session, reported_by: &str) -> Option<usize> {
    let text = reported_by.trim().to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let contains = |needle: &str| {
        let n: Vec<&str> = needle.split_whitespace().collect();
        !n.is_empty() && words.windows(n.len()).any(|w| w == n.as_slice())
    };
    let by_name = s.participants.iter().position(|p| {
        let name = p.name.trim().to_lowercase();
        !name.is_empty() && contains(&name)
    });
    by_name.or_else(|| {
        s.participants
            .iter()
            .position(|p| !p.role.trim().is_empty() && p.role.trim().to_lowercase() == text)
    })
}

/// How a hidden reporter is named: by their group ("een netwerklid"), or
/// "een melder" when the group is not known.
pub fn reporter_word(s: &Session, reported_by: &str) -> String {
    let group = reporter(s, reported_by).and_then(|i| s.participants[i].group);
    match group {
        Some(Group::Gezin) => T::AudReporterGezin,
        Some(Group::Netwerk) => T::AudReporterNetwerk,
        Some(Group::Professional) => T::AudReporterProfessional,
        None => T::AudReporterUnknown,
    }
    .s()
    .to_string()
}

/// For whom a copy is, in words ("het gezin", "Sandra"). `shown` is the
/// session as the copy shows it (a participant's name may be a role).
pub fn audience_label(audience: Option<Audience>, shown: &Session) -> String {
    match audience {
        None if shown.restricted_count() == 0 => T::AudAllNothingHidden.s().to_string(),
        None => T::AudAllWithHidden.fmt(&[&shown.restricted_count()]),
        Some(Audience::Gezin) => T::AudGezin.s().to_string(),
        Some(Audience::Netwerk) => T::AudNetwerk.s().to_string(),
        Some(Audience::Professionals) => T::AudProfessionals.s().to_string(),
        Some(Audience::Person(id)) => {
            let name = shown
                .participant(id)
                .map(|p| p.name.trim().to_string())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| T::Unnamed.s().to_string());
            T::AudPerson.fmt(&[&name])
        }
    }
}

/// "3 onderdelen zijn niet opgenomen in deze versie." (`None` for 0).
pub fn left_out_line(left_out: usize) -> Option<String> {
    match left_out {
        0 => None,
        1 => Some(T::AudLeftOutOne.s().to_string()),
        n => Some(T::AudLeftOut.fmt(&[&n])),
    }
}

/// Puts for whom the copy is into the document's first label/value block
/// (its header), and the neutral line about what was left out under it.
pub fn mark(doc: &mut Document, label: String, left_out: usize) {
    let field = (T::DocAudience.s().to_string(), label);
    let at = match doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Fields(_)))
    {
        Some(i) => {
            if let Block::Fields(f) = &mut doc.blocks[i] {
                f.push(field);
            }
            i + 1
        }
        None => {
            doc.blocks.insert(0, Block::Fields(vec![field]));
            1
        }
    };
    if let Some(line) = left_out_line(left_out) {
        doc.blocks.insert(at, Block::Remark(line));
    }
}

/// The part of an export's file name that says for whom it is
/// ("-voor-gezin", "-voor-vader"); empty for the whole copy.
pub fn file_suffix(audience: Option<Audience>, s: &Session) -> String {
    let word = match audience {
        None => return String::new(),
        Some(Audience::Gezin) => T::AudSlugGezin.s().to_string(),
        Some(Audience::Netwerk) => T::AudSlugNetwerk.s().to_string(),
        Some(Audience::Professionals) => T::AudSlugProfessionals.s().to_string(),
        Some(Audience::Person(id)) => {
            let role = s.participant(id).map(|p| slug(&p.role)).unwrap_or_default();
            let unique = !role.is_empty()
                && s.participants
                    .iter()
                    .filter(|p| slug(&p.role) == role)
                    .count()
                    == 1;
            if unique {
                role
            } else if role.is_empty() {
                format!("{}-{}", T::AudSlugPerson.s(), id.0)
            } else {
                format!("{role}-{}", id.0)
            }
        }
    };
    format!("-{}-{word}", T::AudSlugFor.s())
}

/// Lower case letters and digits, words joined by dashes.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Why a `--voor` value names no audience.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AudienceError {
    Unknown(String),
    Ambiguous(String, Vec<String>),
}

impl std::fmt::Display for AudienceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AudienceError::Unknown(v) => f.write_str(&T::AudUnknown.fmt(&[v])),
            AudienceError::Ambiguous(v, names) => {
                f.write_str(&T::AudAmbiguous.fmt(&[v, &names.join(", ")]))
            }
        }
    }
}

/// Reads `--voor`: gezin, netwerk, professionals (also in English: family,
/// network, professionals) or the name of a participant of `s`: the whole
/// name, or a word of it that only one participant has; case and accents
/// do not matter.
pub fn parse_audience(value: &str, s: &Session) -> Result<Audience, AudienceError> {
    let v = super::redact::fold_text(value.trim());
    match v.as_str() {
        "gezin" | "family" => return Ok(Audience::Gezin),
        "netwerk" | "network" => return Ok(Audience::Netwerk),
        "professionals" | "professional" | "professionele" => {
            return Ok(Audience::Professionals);
        }
        _ => {}
    }
    if v.is_empty() {
        return Err(AudienceError::Unknown(value.to_string()));
    }
    let whole: Vec<&crate::model::Participant> = s
        .participants
        .iter()
        .filter(|p| super::redact::fold_text(p.name.trim()) == v)
        .collect();
    let candidates = if whole.is_empty() {
        let wanted: Vec<String> = v.split_whitespace().map(str::to_string).collect();
        s.participants
            .iter()
            .filter(|p| {
                let words: Vec<String> = super::redact::fold_text(&p.name)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                wanted.iter().all(|w| words.contains(w))
            })
            .collect()
    } else {
        whole
    };
    match candidates.as_slice() {
        [one] => Ok(Audience::Person(one.id)),
        [] => Err(AudienceError::Unknown(value.to_string())),
        many => Err(AudienceError::Ambiguous(
            value.to_string(),
            many.iter().map(|p| p.name.trim().to_string()).collect(),
        )),
    }
}
