//! Redaction: the names of the people in a case become their roles (or
//! initials), also inside free text, and nothing else changes. Dates, titles
//! ("dr."), places and every other word stay exactly as written.
//!
//! One list holds the names of the case ([`name_list`]): the participants,
//! the household members of the registration, the names in the household
//! line ("zoon Finn (9)") and the names the chair adds to hide
//! (`Case::hidden_names`). A name matches as a whole word, in any case and
//! without its accents ("ZOË", "Zoe"), also as a possessive ("Eddy's",
//! "Eddy’s", "Daans").

use crate::i18n::T;
use crate::model::{PlanStatus, Session, Term, When};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What a name becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamesAs {
    /// Its role ("moeder"; two uncles are "oom 1" and "oom 2").
    Roles,
    /// Its initials ("M.", "J.d.W.").
    Initials,
    /// Only the names the chair added to hide; everyone else keeps their
    /// name (the wall with names shown).
    HiddenOnly,
}

/// Names replaced by roles; dates left as they are. This is what the
/// aanmeldingsformulier needs (initials and roles only).
pub fn redact_names(session: &Session) -> Session {
    redact_names_as(session, NamesAs::Roles)
}

/// Names replaced by roles or initials (the wall's privacy setting). The
/// participants' and household members' names become their label, the list
/// of names to hide is emptied (it is itself a list of names).
pub fn redact_names_as(session: &Session, how: NamesAs) -> Session {
    let names = NameMap::of(session, how);
    let mut s = session.clone();
    map_text(&mut s, &|t| names.replace(t));
    s.case.hidden_names.clear();
    if session.case.hide_municipality && !s.case.municipality.trim().is_empty() {
        s.case.municipality = T::RedHidden.s().to_string();
    }
    if how == NamesAs::HiddenOnly {
        return s;
    }
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
    // The leader's field holds a name; when it is nobody on the list, it
    // becomes the leader's title ("voorzitter", "coördinator"). So do the
    // names of the casusregisseur and the procesregisseur.
    let chair = session.chair.trim();
    if !chair.is_empty() && s.chair.trim() == chair {
        s.chair = crate::i18n::leader_word(session.leader_title()).to_string();
    }
    let roles = &session.case.roles;
    if !roles.casusregisseur.trim().is_empty()
        && s.case.roles.casusregisseur.trim() == roles.casusregisseur.trim()
    {
        s.case.roles.casusregisseur = T::WordCasusregisseur.s().to_string();
    }
    if !roles.procesregisseur.trim().is_empty()
        && s.case.roles.procesregisseur.trim() == roles.procesregisseur.trim()
    {
        s.case.roles.procesregisseur = T::WordProcesregisseur.s().to_string();
    }
    s
}

/// Names replaced by roles and the municipality left out (also where it is
/// mentioned in free text). Dates in fields (the meeting date, due dates) are
/// written as weeks by the document (`DateStyle::Relative`); dates in free
/// text stay as written.
pub fn redact(session: &Session) -> Session {
    let mut s = redact_names(session);
    let place = session.case.municipality.trim().to_string();
    if !place.is_empty() {
        let places = NameMap {
            needles: vec![Needle {
                folded: fold(&place),
                any_case: true,
                label: T::RedPlace.s().to_string(),
                role: false,
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

/// Replaces the names of one session in any text (what the wall does with
/// the text of an open form).
pub struct Redactor(NameMap);

impl Redactor {
    pub fn new(session: &Session, how: NamesAs) -> Redactor {
        Redactor(NameMap::of(session, how))
    }

    /// `text` with every name of the list replaced by its label.
    pub fn text(&self, text: &str) -> String {
        self.0.replace(text)
    }
}

/// The names the chair marked to hide: the list of names to hide, the
/// municipality when it is marked, and each organisation marked (a school,
/// a shelter). Never empty strings.
pub fn hidden_names(s: &Session) -> Vec<String> {
    let mut out: Vec<String> = s
        .case
        .hidden_names
        .iter()
        .map(|n| n.trim().to_string())
        .collect();
    if s.case.hide_municipality {
        out.push(s.case.municipality.trim().to_string());
    }
    out.extend(
        s.participants
            .iter()
            .filter(|p| p.hide_organisation)
            .map(|p| p.organisation.trim().to_string()),
    );
    out.retain(|n| !n.is_empty());
    out
}

/// The names redaction hides, each once (titles left off): what must not
/// survive in a redacted document or on the wall with names as roles.
pub fn name_list(s: &Session) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for person in people(s) {
        let core = core_name(&person.name);
        if !core.is_empty() && !out.iter().any(|o| fold(o) == fold(&core)) {
            out.push(core);
        }
    }
    out
}

/// Applies `f` to every free text of the session (not to ids, keys or
/// participants' names, which the callers set).
fn map_text(s: &mut Session, f: &dyn Fn(&str) -> String) {
    let m = |t: &mut String| *t = f(t);
    m(&mut s.case.household);
    m(&mut s.chair);
    m(&mut s.case.roles.casusregisseur);
    m(&mut s.case.roles.procesregisseur);
    if let Some(c) = &mut s.client_attendance {
        m(&mut c.reason);
    }
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
        for a in &mut scale.apart {
            m(&mut a.who);
            m(&mut a.by);
            m(&mut a.how);
            m(&mut a.words);
        }
    }
    let x = &mut s.scenario;
    for t in [
        &mut x.next_incident,
        &mut x.who_calls,
        &mut x.who_acts,
        &mut x.huisverbod,
        &mut x.shared_with,
    ] {
        m(t);
    }
    for list in &mut s.lists {
        for row in &mut list.rows {
            for (_, text) in &mut row.cells {
                m(text);
            }
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
    for t in [
        &mut reg.initials_role,
        &mut reg.composition,
        &mut reg.escalation_reason,
        &mut reg.sent_by,
        &mut reg.sent_to,
        &mut reg.manager_copy,
    ] {
        m(t);
    }
    if let Some(crate::model::SharingBasis::Consent { of, .. }) = &mut s.case.sharing_basis {
        m(of);
    }
    if let Some(crate::model::SharingBasis::NoConsent(crate::model::LegalGround::Other(t))) =
        &mut s.case.sharing_basis
    {
        m(t);
    }
    for i in &mut s.informed {
        m(&mut i.by);
        m(&mut i.how);
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

/// Titles before a name: they stay as written ("dr. Yildiz" → "dr. huisarts").
const TITLES: &[&str] = &[
    "dr", "drs", "mr", "mw", "mevr", "dhr", "hr", "prof", "ir", "ing", "ds", "zr", "br", "mrs",
    "ms", "miss", "sir",
];

/// Words that say who someone is in a household line, never a name.
const ROLE_WORDS: &[&str] = &[
    "moeder",
    "vader",
    "zoon",
    "dochter",
    "kind",
    "kinderen",
    "baby",
    "oma",
    "opa",
    "oom",
    "tante",
    "broer",
    "zus",
    "zusje",
    "broertje",
    "neef",
    "nicht",
    "partner",
    "ex-partner",
    "stiefvader",
    "stiefmoeder",
    "pleegmoeder",
    "pleegvader",
    "pleegkind",
    "grootmoeder",
    "grootvader",
    "mother",
    "father",
    "son",
    "daughter",
    "child",
    "children",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "brother",
    "sister",
    "stepfather",
    "stepmother",
];

/// `text` folded for matching (see `fold`), for the audience's names.
pub(super) fn fold_text(text: &str) -> String {
    fold(text)
}

/// `text` folded for matching: lower case, accents and other marks dropped.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// Appends `c` folded (nothing for a mark on its own).
fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ı' | 'İ' => out.push('i'),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        _ => out.extend(
            std::iter::once(c)
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase),
        ),
    }
}

/// A word of a name without its punctuation, lower case, folded.
fn bare(word: &str) -> String {
    fold(word.trim_matches(|c: char| !c.is_alphanumeric()))
}

fn is_title(word: &str) -> bool {
    TITLES.contains(&bare(word).as_str()) && word.len() <= 6
}

/// The name without leading titles and with single spaces.
fn core_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let skip = words.iter().take_while(|w| is_title(w)).count();
    words[skip.min(words.len())..].join(" ")
}

/// Initials of a name, titles left off ("Anna de Vries" → "A.d.V.").
fn initials(name: &str) -> String {
    let mut out = String::new();
    for word in core_name(name).split(' ') {
        if let Some(c) = word.chars().find(|c| c.is_alphanumeric()) {
            out.push(c);
            out.push('.');
        }
    }
    out
}

/// Where a person of the list comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Participant(usize),
    Member(usize),
    Household,
    Hidden,
}

struct Person {
    name: String,
    /// The role as written; empty when there is none.
    role: String,
    source: Source,
}

/// Everyone on the case's list of names, each once.
fn people(s: &Session) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let known = |out: &[Person], name: &str| {
        let f = fold(&core_name(name));
        !f.is_empty() && out.iter().any(|p| fold(&core_name(&p.name)) == f)
    };
    for (i, p) in s.participants.iter().enumerate() {
        out.push(Person {
            name: p.name.clone(),
            role: p.role.trim().to_string(),
            source: Source::Participant(i),
        });
    }
    for (i, m) in s.case.registration.members.iter().enumerate() {
        if known(&out, &m.name) {
            continue;
        }
        out.push(Person {
            name: m.name.clone(),
            role: m.role.trim().to_string(),
            source: Source::Member(i),
        });
    }
    let roles: Vec<String> = s.participants.iter().map(|p| fold(p.role.trim())).collect();
    for (role, name) in household_people(&s.case.household) {
        if known(&out, &name) || roles.contains(&fold(&name)) {
            continue;
        }
        out.push(Person {
            name,
            role,
            source: Source::Household,
        });
    }
    for name in &hidden_names(s) {
        if name.trim().is_empty() || known(&out, name) {
            continue;
        }
        out.push(Person {
            name: name.trim().to_string(),
            role: String::new(),
            source: Source::Hidden,
        });
    }
    // The casusregisseur and the procesregisseur, when they are nobody on
    // the list already (their names may be typed in any text).
    let roles = &s.case.roles;
    for (name, role) in [
        (&roles.casusregisseur, T::WordCasusregisseur),
        (&roles.procesregisseur, T::WordProcesregisseur),
    ] {
        if name.trim().is_empty() || known(&out, name) {
            continue;
        }
        out.push(Person {
            name: name.trim().to_string(),
            role: role.s().to_string(),
            source: Source::Household,
        });
    }
    out
}

/// The people named in a household line such as "moeder Mirjam (34), vader
/// Daan (36, woont bij zijn broer), zoon Finn (9)": (role, name) pairs. What
/// is between brackets is not looked at; a part without a capitalised word
/// after its role ("zoon 7", "twee kinderen") names nobody.
fn household_people(line: &str) -> Vec<(String, String)> {
    // Parts at the top level, split at , ; and "en"/"and".
    let mut parts: Vec<String> = vec![String::new()];
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | ';' | '\n' if depth == 0 => parts.push(String::new()),
            _ if depth == 0 => parts.last_mut().expect("never empty").push(c),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for part in &parts {
        let mut words: Vec<Vec<&str>> = vec![Vec::new()];
        for w in part.split_whitespace() {
            if matches!(w, "en" | "and" | "&" | "+") {
                words.push(Vec::new());
            } else {
                words.last_mut().expect("never empty").push(w);
            }
        }
        for ws in words {
            let ws: Vec<&str> = ws
                .into_iter()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.'))
                .filter(|w| !w.is_empty())
                .collect();
            let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            let is_role = |w: &str| ROLE_WORDS.contains(&bare(w).as_str());
            let role_len = ws
                .iter()
                .take_while(|w| !capital(w) || is_role(w))
                .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
                .count();
            let mut name: Vec<&str> = Vec::new();
            for w in &ws[role_len..] {
                let part_of_name =
                    capital(w) && !is_role(w) && !w.chars().any(|c| c.is_ascii_digit());
                let particle = !name.is_empty() && PARTICLES.contains(&bare(w).as_str());
                if !(part_of_name || particle) {
                    break;
                }
                name.push(w);
            }
            while name
                .last()
                .is_some_and(|w| PARTICLES.contains(&bare(w).as_str()))
            {
                name.pop();
            }
            let letters = name
                .iter()
                .flat_map(|w| w.chars())
                .filter(|c| c.is_alphabetic());
            if letters.count() < 2 {
                continue;
            }
            let role = ws[..role_len].join(" ").to_lowercase();
            out.push((role, name.join(" ")));
        }
    }
    out
}

struct Needle {
    /// The name, folded.
    folded: String,
    /// Whole names match in any case; single words of a longer name only
    /// when they begin with a capital, so that a surname like "Wit" leaves
    /// "wit" (white) alone.
    any_case: bool,
    label: String,
    /// The label is a role: "oma Ineke" becomes "oma", not "oma oma".
    role: bool,
}

/// The names of a session's people and the label that replaces each.
struct NameMap {
    needles: Vec<Needle>,
    participant_labels: Vec<String>,
    member_labels: Vec<String>,
}

impl NameMap {
    fn of(s: &Session, how: NamesAs) -> NameMap {
        let mut people = people(s);
        if how == NamesAs::HiddenOnly {
            people = (hidden_names(s).iter())
                .filter(|n| !n.trim().is_empty())
                .map(|n| Person {
                    name: n.trim().to_string(),
                    role: String::new(),
                    source: Source::Hidden,
                })
                .collect();
        }
        let mut member_count = 0;
        let raw_labels: Vec<String> = people
            .iter()
            .map(|p| match (how, p.source) {
                (_, Source::Hidden) => T::RedHidden.s().to_string(),
                (NamesAs::Initials | NamesAs::HiddenOnly, _) => initials(&p.name),
                (NamesAs::Roles, _) if !p.role.is_empty() => p.role.clone(),
                (NamesAs::Roles, Source::Participant(i)) => T::RedPerson.fmt(&[&(i + 1)]),
                (NamesAs::Roles, _) => {
                    member_count += 1;
                    T::RedMember.fmt(&[&member_count])
                }
            })
            .collect();
        let labels = match how {
            NamesAs::Roles => unique_labels(&people, raw_labels),
            NamesAs::Initials | NamesAs::HiddenOnly => raw_labels,
        };
        let mut needles = Vec::new();
        for (p, label) in people.iter().zip(&labels) {
            let role = how == NamesAs::Roles && p.source != Source::Hidden;
            let name = core_name(&p.name);
            if name.is_empty() || fold(&name) == fold(label) {
                continue;
            }
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() > 1 {
                for w in &words {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                    if letters >= 2
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && !PARTICLES.contains(&bare(w).as_str())
                        && !is_title(w)
                    {
                        needles.push(Needle {
                            folded: fold(w),
                            any_case: false,
                            label: label.clone(),
                            role,
                        });
                    }
                }
            }
            needles.push(Needle {
                folded: fold(&name),
                any_case: true,
                label: label.clone(),
                role,
            });
        }
        // Longest first; a whole name before a word of a longer name.
        needles.sort_by_key(|n| (std::cmp::Reverse(n.folded.chars().count()), !n.any_case));
        let mut map = NameMap {
            needles,
            participant_labels: Vec::new(),
            member_labels: Vec::new(),
        };
        // A role may itself mention a name ("tante van Mirjam").
        let labels: Vec<String> = labels.iter().map(|l| map.replace(l)).collect();
        let label_of = |src: Source| {
            people
                .iter()
                .position(|p| p.source == src)
                .map(|i| labels[i].clone())
        };
        map.participant_labels = (0..s.participants.len())
            .map(|i| label_of(Source::Participant(i)).unwrap_or_default())
            .collect();
        map.member_labels = s
            .case
            .registration
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                label_of(Source::Member(i)).unwrap_or_else(|| {
                    // The same person as a participant: the same label.
                    let f = fold(&core_name(&m.name));
                    people
                        .iter()
                        .position(|p| fold(&core_name(&p.name)) == f)
                        .map(|j| labels[j].clone())
                        .unwrap_or_default()
                })
            })
            .collect();
        map
    }

    /// `text` with every name replaced by its label; nothing else changes.
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
            if word_start && let Some((len, needle)) = self.match_at(&text[i..]) {
                let label = &needle.label;
                let more = !text[i + len..].trim().is_empty();
                if needle.role
                    && let Some(capital) = drop_role_before(&mut out, label)
                {
                    // "oma Ineke" becomes "oma", "zoon Finn" "zoon 1".
                    push_cased(&mut out, label, capital);
                } else {
                    let capital = sentence_start(&out, more);
                    push_cased(&mut out, label, capital);
                }
                i += len;
                // "Erik (wijkagent)" would read "wijkagent (wijkagent)".
                let echo = format!(" ({label})");
                if text[i..]
                    .get(..echo.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(&echo))
                {
                    i += echo.len();
                }
                continue;
            }
            let c = text[i..].chars().next().expect("i is inside the text");
            out.push(c);
            i += c.len_utf8();
        }
        out
    }

    fn match_at(&self, rest: &str) -> Option<(usize, &Needle)> {
        for n in &self.needles {
            let Some(len) = prefix_len(rest, &n.folded, n.any_case) else {
                continue;
            };
            let after = &rest[len..];
            let ends_word = |a: &str| !a.chars().next().is_some_and(char::is_alphanumeric);
            let possessive = ["s", "'s", "’s"]
                .iter()
                .any(|p| after.strip_prefix(p).is_some_and(ends_word));
            if ends_word(after) || possessive {
                return Some((len, n));
            }
        }
        None
    }
}

/// The label with its first letter a capital when `capital`.
fn push_cased(out: &mut String, label: &str, capital: bool) {
    let mut c = label.chars();
    match c.next() {
        Some(first) if capital => {
            out.extend(first.to_uppercase());
            out.push_str(c.as_str());
        }
        _ => out.push_str(label),
    }
}

/// When `out` ends with the role of `label` and a space ("oma ", "zoon "
/// before "zoon 1"), removes it and says whether it began with a capital.
fn drop_role_before(out: &mut String, label: &str) -> Option<bool> {
    let base = match label.rsplit_once(' ') {
        Some((b, n)) if n.chars().all(|c| c.is_ascii_digit()) => b,
        _ => label,
    };
    let trimmed = out.strip_suffix(' ')?;
    let n = base.chars().count();
    if n == 0 {
        return None;
    }
    let start = trimmed.char_indices().rev().nth(n - 1).map(|(i, _)| i)?;
    let word = &trimmed[start..];
    let before_ok = !trimmed[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if !before_ok || fold(word) != fold(base) {
        return None;
    }
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    out.truncate(start);
    Some(capital)
}

/// True when a name at the end of `out` begins a sentence: at the start of a
/// text that goes on, or after . ! ? that do not end a title or an initial.
fn sentence_start(out: &str, more: bool) -> bool {
    let so_far = out.trim_end();
    if so_far.is_empty() {
        return more;
    }
    if !so_far.ends_with(['.', '!', '?']) || so_far.len() == out.len() {
        return false;
    }
    let last = so_far.split_whitespace().next_back().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    !(is_title(last) || letters <= 1)
}

/// Labels made unique: two uncles become "oom 1" and "oom 2". Names the
/// chair adds keep their one label.
fn unique_labels(people: &[Person], labels: Vec<String>) -> Vec<String> {
    let counts = |l: &str| {
        people
            .iter()
            .zip(&labels)
            .filter(|(p, o)| p.source != Source::Hidden && fold(o) == fold(l))
            .count()
    };
    let mut seen: Vec<String> = Vec::new();
    people
        .iter()
        .zip(&labels)
        .map(|(p, l)| {
            if p.source != Source::Hidden && counts(l) > 1 {
                seen.push(fold(l));
                let k = seen.iter().filter(|s| **s == fold(l)).count();
                format!("{l} {k}")
            } else {
                l.clone()
            }
        })
        .collect()
}

/// Byte length of the start of `text` that spells the folded `needle`, if
/// it does (marks after the last letter are part of it). Without `any_case`
/// the first letter must be a capital.
fn prefix_len(text: &str, needle: &str, any_case: bool) -> Option<usize> {
    let mut buf = String::new();
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if buf.len() >= needle.len() {
            if is_combining_mark(c) {
                end = i + c.len_utf8();
                continue;
            }
            break;
        }
        if i == 0 && !any_case && !c.is_uppercase() {
            return None;
        }
        push_folded(&mut buf, c);
        end = i + c.len_utf8();
        if !needle.starts_with(buf.as_str()) {
            return None;
        }
    }
    (buf == needle && end > 0).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, CaseCode, HouseholdMember, MeetingKind, Participant, Phase};
    use chrono::NaiveDate;

    fn session_with(people: &[(&str, &str)]) -> Session {
        let mut s = Session::new(
            Case::new(CaseCode::new("T-1").unwrap()),
            MeetingKind::Casusoverleg,
            Phase::DirecteVeiligheid,
            "casusoverleg",
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        for (name, role) in people {
            let id = s.alloc_id();
            let mut p = Participant::new(id, *name);
            p.role = role.to_string();
            s.participants.push(p);
        }
        s
    }

    fn roles(s: &Session) -> NameMap {
        NameMap::of(s, NamesAs::Roles)
    }

    #[test]
    fn names_become_roles_in_free_text() {
        let s = session_with(&[("Ineke", "oma"), ("Daan", "vader"), ("J. de Wit", "school")]);
        let m = roles(&s);
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
    fn a_name_with_its_role_in_brackets_says_the_role_once() {
        let s = session_with(&[("Erik", "wijkagent"), ("Daan", "vader")]);
        let m = roles(&s);
        assert_eq!(
            m.replace("Lisa belt Erik (wijkagent)."),
            "Lisa belt wijkagent."
        );
        assert_eq!(m.replace("Erik (Wijkagent) belt"), "Wijkagent belt");
        assert_eq!(
            m.replace("Daan (vader van Milan)"),
            "Vader (vader van Milan)"
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
    fn dates_titles_and_places_stay_as_written() {
        let mut s = session_with(&[("Yildiz", "huisarts"), ("Daan", "vader")]);
        s.case.household = "vader Daan".into();
        let m = roles(&s);
        for text in [
            "huisverbod 12 tot 22 augustus",
            "sinds juni 2026, op 14 oktober",
            "gesprek op 2026-09-15 in Voorbeeldstad",
        ] {
            assert_eq!(m.replace(text), text);
        }
        assert_eq!(m.replace("(dr. Yildiz)"), "(dr. huisarts)");
        assert_eq!(
            m.replace("Zie dr. Yildiz. Daan belt"),
            "Zie dr. huisarts. Vader belt"
        );
        assert_eq!(m.replace("Mail J. Daan"), "Mail J. vader");
    }

    #[test]
    fn accents_case_and_possessives() {
        let mut s = session_with(&[("Zoë", "dochter")]);
        s.case.hidden_names = vec!["Eddy".into(), "basisschool De Linde".into()];
        let m = roles(&s);
        assert_eq!(m.replace("ZOE en zoë"), "Dochter en dochter");
        assert_eq!(
            m.replace("Eddy's auto, Eddy’s fiets"),
            "[naam]'s auto, [naam]’s fiets"
        );
        assert_eq!(m.replace("bij eddy"), "bij [naam]");
        assert_eq!(m.replace("naar De Linde"), "naar De [naam]");
        assert_eq!(m.replace("Eddyville"), "Eddyville");
    }

    #[test]
    fn household_line_names_are_listed_and_each_role_printed_once() {
        let mut s = session_with(&[("Mirjam", "moeder")]);
        s.case.household =
            "moeder Mirjam (34), vader Daan (36, woont sinds augustus bij zijn broer), zoon Finn (19) en zoon Bram (12), dochter Lot (6)".into();
        assert_eq!(name_list(&s), ["Mirjam", "Daan", "Finn", "Bram", "Lot"]);
        let r = redact_names(&s);
        assert_eq!(
            r.case.household,
            "moeder (34), vader (36, woont sinds augustus bij zijn broer), zoon 1 (19) en zoon 2 (12), dochter (6)"
        );
        let m = roles(&s);
        assert_eq!(m.replace("Finn en Lot"), "Zoon 1 en dochter");
        let i = NameMap::of(&s, NamesAs::Initials);
        assert_eq!(
            i.replace("zoon Finn (19) belt Mirjam"),
            "zoon F. (19) belt M."
        );
    }

    #[test]
    fn household_lines_without_names() {
        for line in [
            "moeder, vader, zoon 7",
            "twee kinderen",
            "Moeder en Vader",
            "",
        ] {
            assert!(household_people(line).is_empty(), "{line}");
        }
        assert_eq!(
            household_people("Moeder Anna de Vries; Jan (3)"),
            [
                ("moeder".to_string(), "Anna de Vries".to_string()),
                (String::new(), "Jan".to_string())
            ]
        );
    }

    #[test]
    fn members_of_the_registration_keep_the_participants_label() {
        let mut s = session_with(&[("Mirjam", "moeder")]);
        s.case.registration.members.push(HouseholdMember {
            name: "mirjam".into(),
            role: "moeder".into(),
            age: Some(34),
        });
        s.case.registration.members.push(HouseholdMember {
            name: "Finn".into(),
            role: "".into(),
            age: Some(9),
        });
        let r = redact_names(&s);
        let m: Vec<&str> = r
            .case
            .registration
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(m, ["moeder", "gezinslid 1"]);
    }

    #[test]
    fn a_leader_not_on_the_list_becomes_their_title() {
        let mut s = session_with(&[("Mirjam", "moeder")]);
        s.chair = "P. Zonderland".into();
        // A network meeting is led by its coördinator …
        assert_eq!(redact_names(&s).chair, T::WordCoordinator.s());
        s.leader_title = Some(crate::model::LeaderTitle::Gespreksleider);
        assert_eq!(redact_names(&s).chair, T::WordGespreksleider.s());
        // … an expertoverleg by its voorzitter.
        s.kind = crate::model::MeetingKind::Expertoverleg;
        assert_eq!(redact_names(&s).chair, T::RedChair.s());
        s.chair = "Mirjam".into();
        assert_eq!(redact_names(&s).chair, "moeder");
    }

    #[test]
    fn the_case_roles_are_redacted_to_their_role() {
        let mut s = session_with(&[("Mirjam", "moeder")]);
        s.case.roles.casusregisseur = "P. Zonderland".into();
        s.case.roles.procesregisseur = "Q. Ergens".into();
        s.notes.push(crate::model::Note {
            id: crate::model::Id(90),
            text: "Zonderland belt Ergens.".into(),
            private: false,
            visibility: Default::default(),
        });
        let r = redact_names(&s);
        assert_eq!(r.notes[0].text, "Casusregisseur belt procesregisseur.");
        assert!(!format!("{:?}", r.case.roles).contains("Zonderland"));
        assert!(!format!("{:?}", r.case.roles).contains("Ergens"));
        assert_eq!(r.case.roles.procesregisseur, "procesregisseur");
    }
}
