//! Redaction, so that a case can become training material: people's names
//! become their roles (also inside free text), dates become weeks relative to
//! the case's first meeting.

use super::dates::{week_label, year_label};
use crate::i18n::T;
use crate::model::{PlanStatus, Session, Term, When};
use chrono::{Datelike, NaiveDate};

/// Names replaced by roles; dates left as they are. This is what the
/// aanmeldingsformulier needs (initials and roles only).
pub fn redact_names(session: &Session) -> Session {
    let names = NameMap::of(session);
    let mut s = session.clone();
    map_text(&mut s, &|t| names.replace(t));
    for (p, label) in s.participants.iter_mut().zip(&names.participant_labels) {
        p.name = label.clone();
    }
    for (m, label) in s
        .case
        .registration
        .members
        .iter_mut()
        .zip(&names.member_labels)
    {
        m.name = label.clone();
    }
    s
}

/// Names replaced by roles, dates in free text by weeks from `week0`, and the
/// municipality left out. Dates in fields (the meeting date, due dates) are
/// written as weeks by the document (`DateStyle::Relative`).
pub fn redact(session: &Session, week0: NaiveDate) -> Session {
    let mut s = redact_names(session);
    let reference = session.date;
    map_text(&mut s, &|t| replace_dates(t, week0, reference));
    let place = s.case.municipality.trim().to_string();
    if !place.is_empty() {
        // The municipality also goes where it is mentioned ("gemeente X").
        let places = NameMap {
            needles: vec![Needle {
                text: place,
                any_case: true,
                label: T::RedPlace.s().to_string(),
            }],
            participant_labels: Vec::new(),
            member_labels: Vec::new(),
        };
        map_text(&mut s, &|t| places.replace(t));
        for p in &mut s.participants {
            p.name = places.replace(&p.name);
        }
        s.case.municipality = T::RedMunicipality.s().to_string();
    }
    s.time = None;
    s
}

/// Applies `f` to every free text of the session (not to ids, keys or
/// participants' names, which the callers set).
fn map_text(s: &mut Session, f: &dyn Fn(&str) -> String) {
    let m = |t: &mut String| *t = f(t);
    m(&mut s.case.household);
    m(&mut s.chair);
    for p in &mut s.participants {
        m(&mut p.role);
        m(&mut p.organisation);
        m(&mut p.relation);
    }
    for fact in &mut s.facts {
        m(&mut fact.what);
        m(&mut fact.reported_by);
        m(&mut fact.source);
        if let When::Approx(t) = &mut fact.when {
            m(t);
        }
    }
    for i in 0..s.top3.len() {
        if let Some(sit) = s.top3.get_mut(i) {
            m(&mut sit.text);
        }
    }
    for scale in &mut s.scales {
        m(&mut scale.question);
        for a in &mut scale.answers {
            m(&mut a.why_not_lower);
            m(&mut a.why_not_higher);
            m(&mut a.one_higher);
        }
    }
    for c in &mut s.conditions {
        m(&mut c.text);
        m(&mut c.monitored_by);
        m(&mut c.if_broken);
        if let Some(o) = &mut c.origin {
            m(&mut o.situation);
        }
    }
    for a in &mut s.actions {
        m(&mut a.who);
        m(&mut a.what);
        m(&mut a.how_checked);
        m(&mut a.monitored_by);
        m(&mut a.if_broken);
        match &mut a.term {
            Term::Standing { rhythm, .. } => m(rhythm),
            Term::Unclear(t) => m(t),
            Term::Once { .. } => {}
        }
    }
    for p in &mut s.participants {
        if let Some(reason) = &mut p.no_score {
            m(reason);
        }
    }
    if let Some(prev) = &mut s.previous_plan {
        prev.top3.iter_mut().for_each(m);
        prev.conditions.iter_mut().for_each(m);
        for a in &mut prev.open_actions {
            m(&mut a.who);
            m(&mut a.what);
        }
    }
    for r in &mut s.review {
        m(&mut r.text);
        m(&mut r.note);
    }
    for n in &mut s.notes {
        m(&mut n.text);
    }
    let reg = &mut s.case.registration;
    m(&mut reg.referrer);
    m(&mut reg.situation);
    m(&mut reg.zvh_for);
    for member in &mut reg.members {
        m(&mut member.role);
    }
    for c in &mut reg.criteria {
        m(&mut c.explanation);
    }
    if let PlanStatus::Vastgesteld {
        override_reason: Some(r),
        ..
    } = &mut s.plan_status
    {
        m(r);
    }
}

/// Words that are part of a name but not a name on their own.
const PARTICLES: &[&str] = &[
    "de", "den", "der", "het", "van", "von", "ten", "ter", "te", "la", "le", "el", "al", "op",
    "in", "du", "da", "di", "bin", "ben",
];

struct Needle {
    text: String,
    /// Whole names match in any case; single words of a name only as
    /// written, so that a surname like "Wit" leaves "wit" (white) alone.
    any_case: bool,
    label: String,
}

/// The names of a session's people and the role that replaces each.
struct NameMap {
    needles: Vec<Needle>,
    participant_labels: Vec<String>,
    member_labels: Vec<String>,
}

impl NameMap {
    fn of(s: &Session) -> NameMap {
        let mut raw: Vec<(String, String)> = Vec::new(); // (name, label)
        for (i, p) in s.participants.iter().enumerate() {
            let role = p.role.trim();
            let label = if role.is_empty() {
                T::RedPerson.fmt(&[&(i + 1)])
            } else {
                role.to_string()
            };
            raw.push((p.name.clone(), label));
        }
        let n_participants = raw.len();
        let mut member_slot = Vec::new();
        for (i, m) in s.case.registration.members.iter().enumerate() {
            let same = raw[..n_participants]
                .iter()
                .position(|(name, _)| !name.trim().is_empty() && same_name(name, &m.name));
            match same {
                Some(j) => member_slot.push(j),
                None => {
                    let role = m.role.trim();
                    let label = if role.is_empty() {
                        T::RedMember.fmt(&[&(i + 1)])
                    } else {
                        role.to_string()
                    };
                    member_slot.push(raw.len());
                    raw.push((m.name.clone(), label));
                }
            }
        }
        let labels = unique_labels(raw.iter().map(|(_, l)| l.clone()).collect());
        let mut needles = Vec::new();
        for ((name, _), label) in raw.iter().zip(&labels) {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.is_empty() || name.to_lowercase() == label.to_lowercase() {
                continue;
            }
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() > 1 {
                for w in &words {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                    if letters >= 2
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && !PARTICLES.contains(&w.to_lowercase().as_str())
                    {
                        needles.push(Needle {
                            text: w.to_string(),
                            any_case: false,
                            label: label.clone(),
                        });
                    }
                }
            }
            needles.push(Needle {
                text: name,
                any_case: true,
                label: label.clone(),
            });
        }
        needles.sort_by_key(|n| std::cmp::Reverse(n.text.chars().count()));
        let mut map = NameMap {
            needles,
            participant_labels: Vec::new(),
            member_labels: Vec::new(),
        };
        // A role may itself mention a name ("tante van Mirjam").
        let labels: Vec<String> = labels.iter().map(|l| map.replace(l)).collect();
        map.participant_labels = labels[..n_participants].to_vec();
        map.member_labels = member_slot.iter().map(|&j| labels[j].clone()).collect();
        map
    }

    /// `text` with every name replaced by its role.
    fn replace(&self, text: &str) -> String {
        if self.needles.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            let word_start = !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if word_start && let Some((len, label)) = self.match_at(&text[i..]) {
                let before = format!("{} ", label.to_lowercase());
                let so_far = out.trim_end();
                if out.to_lowercase().ends_with(&before) {
                    // "oma Ineke" becomes "oma", not "oma oma".
                    out.pop();
                } else if (so_far.is_empty() && !text[i + len..].trim().is_empty())
                    || so_far.ends_with(['.', '!', '?'])
                {
                    // A sentence that began with the name begins with a capital.
                    let mut c = label.chars();
                    if let Some(first) = c.next() {
                        out.extend(first.to_uppercase());
                        out.push_str(c.as_str());
                    }
                } else {
                    out.push_str(label);
                }
                i += len;
                continue;
            }
            let c = text[i..].chars().next().expect("i is inside the text");
            out.push(c);
            i += c.len_utf8();
        }
        out
    }

    fn match_at(&self, rest: &str) -> Option<(usize, &str)> {
        for n in &self.needles {
            let Some(len) = prefix_len(rest, &n.text, n.any_case) else {
                continue;
            };
            let after = &rest[len..];
            let ends_word = |a: &str| !a.chars().next().is_some_and(char::is_alphanumeric);
            let possessive = ["s", "'s", "’s"]
                .iter()
                .any(|p| after.strip_prefix(p).is_some_and(ends_word));
            if ends_word(after) || possessive {
                return Some((len, &n.label));
            }
        }
        None
    }
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// Labels made unique: two uncles become "oom 1" and "oom 2".
fn unique_labels(labels: Vec<String>) -> Vec<String> {
    let count = |l: &str| {
        labels
            .iter()
            .filter(|o| o.to_lowercase() == l.to_lowercase())
            .count()
    };
    let mut seen: Vec<String> = Vec::new();
    labels
        .iter()
        .map(|l| {
            if count(l) > 1 {
                seen.push(l.to_lowercase());
                let k = seen.iter().filter(|s| **s == l.to_lowercase()).count();
                format!("{l} {k}")
            } else {
                l.clone()
            }
        })
        .collect()
}

/// Byte length of the start of `text` that spells `needle`, if it does.
fn prefix_len(text: &str, needle: &str, any_case: bool) -> Option<usize> {
    let mut t = text.char_indices();
    for n in needle.chars() {
        let (_, c) = t.next()?;
        let same = if any_case {
            c == n || c.to_lowercase().eq(n.to_lowercase())
        } else {
            c == n
        };
        if !same {
            return None;
        }
    }
    Some(t.next().map_or(text.len(), |(i, _)| i))
}

const MONTHS: &[(&str, u32)] = &[
    ("september", 9),
    ("februari", 2),
    ("february", 2),
    ("november", 11),
    ("december", 12),
    ("augustus", 8),
    ("januari", 1),
    ("january", 1),
    ("oktober", 10),
    ("october", 10),
    ("august", 8),
    ("maart", 3),
    ("march", 3),
    ("april", 4),
    ("sept", 9),
    ("juni", 6),
    ("june", 6),
    ("juli", 7),
    ("july", 7),
    ("jan", 1),
    ("feb", 2),
    ("mrt", 3),
    ("mar", 3),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("okt", 10),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Leading ASCII digits of `s`: their value and byte length.
fn digits(s: &str) -> Option<(u32, usize)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 4 {
        return None;
    }
    s[..len].parse().ok().map(|v| (v, len))
}

fn word_ends(s: &str) -> bool {
    !s.chars().next().is_some_and(char::is_alphanumeric)
}

/// A date or year at the start of `s`: its replacement and byte length.
fn date_at(s: &str, week0: NaiveDate, reference: NaiveDate) -> Option<(String, usize)> {
    let (first, l1) = digits(s)?;
    let rest = &s[l1..];
    // yyyy-mm-dd
    if l1 == 4
        && let Some(r) = rest.strip_prefix('-')
        && let Some((m, l2)) = digits(r)
        && let Some(r2) = r[l2..].strip_prefix('-')
        && let Some((d, l3)) = digits(r2)
        && word_ends(&r2[l3..])
        && let Some(date) = NaiveDate::from_ymd_opt(first as i32, m, d)
    {
        return Some((week_label(week0, date), l1 + 1 + l2 + 1 + l3));
    }
    // d-m-yyyy or d/m/yyyy
    if l1 <= 2 {
        for sep in ['-', '/'] {
            if let Some(r) = rest.strip_prefix(sep)
                && let Some((m, l2)) = digits(r)
                && let Some(r2) = r[l2..].strip_prefix(sep)
                && let Some((y, l3)) = digits(r2)
                && l3 == 4
                && word_ends(&r2[l3..])
                && let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, first)
            {
                return Some((week_label(week0, date), l1 + 1 + l2 + 1 + l3));
            }
        }
        // 14 oktober [2026]
        if let Some(r) = rest.strip_prefix(' ') {
            let lower = r.to_lowercase();
            for (name, month) in MONTHS {
                if lower.starts_with(name) && lower.len() >= name.len() {
                    let after = &r[name.len()..];
                    if !word_ends(after) {
                        continue;
                    }
                    let mut len = l1 + 1 + name.len();
                    let mut year = reference.year();
                    if let Some(r3) = after.strip_prefix(' ')
                        && let Some((y, l4)) = digits(r3)
                        && l4 == 4
                        && word_ends(&r3[l4..])
                    {
                        year = y as i32;
                        len += 1 + l4;
                    }
                    let date = NaiveDate::from_ymd_opt(year, *month, first)?;
                    return Some((week_label(week0, date), len));
                }
            }
        }
    }
    // a year on its own
    if l1 == 4 && (1900..=2099).contains(&first) && word_ends(rest) {
        return Some((year_label(week0, first as i32), l1));
    }
    None
}

/// `text` with dates written as weeks from `week0` and years as years from
/// its year. Days without a year are taken to be in `reference`'s year.
pub fn replace_dates(text: &str, week0: NaiveDate, reference: NaiveDate) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let word_start = !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if word_start && let Some((label, len)) = date_at(&text[i..], week0, reference) {
            out.push_str(&label);
            i += len;
            continue;
        }
        let c = text[i..].chars().next().expect("i is inside the text");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, CaseCode, MeetingKind, Participant, Phase};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn session_with(people: &[(&str, &str)]) -> Session {
        let mut s = Session::new(
            Case::new(CaseCode::new("T-1").unwrap()),
            MeetingKind::Casusoverleg,
            Phase::DirecteVeiligheid,
            "casusoverleg",
            day(2026, 3, 1),
        );
        for (name, role) in people {
            let id = s.alloc_id();
            let mut p = Participant::new(id, *name);
            p.role = role.to_string();
            s.participants.push(p);
        }
        s
    }

    #[test]
    fn names_become_roles_in_free_text() {
        let s = session_with(&[("Ineke", "oma"), ("Daan", "vader"), ("J. de Wit", "school")]);
        let m = NameMap::of(&s);
        assert_eq!(m.replace("Lot belt oma Ineke."), "Lot belt oma.");
        assert_eq!(m.replace("Daan belt. Ineke ook"), "Vader belt. Oma ook");
        assert_eq!(
            m.replace("Daans broer; DAAN zegt"),
            "Vaders broer; vader zegt"
        );
        assert_eq!(
            m.replace("Mail aan J. de Wit en Wit"),
            "Mail aan school en school"
        );
        assert_eq!(
            m.replace("een wit busje bij Daanhuis"),
            "een wit busje bij Daanhuis"
        );
    }

    #[test]
    fn equal_roles_are_numbered() {
        let s = session_with(&[("Kees", "oom"), ("Piet", "oom"), ("X", "")]);
        let r = redact_names(&s);
        let names: Vec<&str> = r.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["oom 1", "oom 2", "deelnemer 3"]);
    }

    #[test]
    fn dates_in_text_become_weeks() {
        let w0 = day(2026, 9, 1);
        let r = day(2026, 10, 27);
        assert_eq!(replace_dates("op 2026-09-15", w0, r), "op week 2");
        assert_eq!(replace_dates("op 15-9-2026.", w0, r), "op week 2.");
        assert_eq!(
            replace_dates("gesprek op 14 oktober", w0, r),
            "gesprek op week 6"
        );
        assert_eq!(replace_dates("voorjaar 2025", w0, r), "voorjaar jaar -1");
        assert_eq!(
            replace_dates("zoon (9), 12345 en 3 kinderen", w0, r),
            "zoon (9), 12345 en 3 kinderen"
        );
        assert_eq!(replace_dates("31-2-2026", w0, r), "31-2-jaar 0");
    }
}
