//! The check that teaches (issue 16): every finding of the plan check with
//! the method's reason and where DOMAIN.md says it, and besides the plan
//! check's rules a few prompts for the group. Prompts never keep a plan
//! from being firm: `is_firm` and `vastgesteld` look at the plan check only.
//!
//! The rules of the prompts, as the README documents them:
//! - **Score without a reason**: a present participant gave a score on a
//!   scale question and said neither why it is not lower nor why not higher.
//! - **Safety on the victim**: an agreement whose *who* names a household
//!   member (a participant in the group gezin, or whose role is a parent or
//!   partner word) who is not the subject of a TOP-3 situation (no
//!   situation begins with their name), and whose *what* asks them to hold
//!   themselves back ("doet niet meer open", "blijft binnen", …, see
//!   `SELF_RESTRICTION`).
//! - **Mediation with coercion**: the case's kind of violence is intiem
//!   terrorisme or stalking and a condition or agreement names mediation or
//!   system therapy (see `JOINT_TREATMENT`).
//! - **Opinion in a fact**: a fact holds one of the opinion words of the
//!   settings (`opinion_words`), outside quotes.
//! - **Child in no situation**: the household has minor children and a
//!   child (a participant whose role is zoon, dochter, kind…, or a name after
//!   such a word in the household description) is named in no TOP-3
//!   situation, no condition and no agreement.

use super::check::{Finding, check_case, short};
use crate::i18n::T;
use crate::model::{Group, Id, OpinionWords, Session, VagueWords, ViolenceKind};

/// Phrases of an agreement that ask the one it protects to hold back.
pub const SELF_RESTRICTION: &[&str] = &[
    "doet niet meer open",
    "doet niet open",
    "niet meer open",
    "niet opendoen",
    "niet open doen",
    "blijft binnen",
    "blijft thuis",
    "gaat niet meer naar",
    "gaat niet meer de deur uit",
    "neemt niet meer op",
    "neemt de telefoon niet op",
    "reageert niet meer",
    "vermijdt",
    "mijdt",
    "zorgt dat hij niet boos wordt",
    "zorgt dat zij niet boos wordt",
    "does not open",
    "doesn't open",
    "no longer opens",
    "stays inside",
    "stays at home",
    "stays home",
    "does not go out",
    "does not answer",
    "avoids",
    "keeps him calm",
    "keeps her calm",
];

/// Words of joint treatment that intiem terrorisme and stalking rule out.
pub const JOINT_TREATMENT: &[&str] = &[
    "mediator",
    "mediation",
    "mediatie",
    "systeemtherapie",
    "relatietherapie",
    "gezinstherapie",
    "relatiegesprek",
    "system therapy",
    "systemic therapy",
    "couples therapy",
    "family therapy",
    "couples counselling",
];

/// Role words of a household member who may be the one to protect.
const ADULT_WORDS: &[&str] = &[
    "moeder",
    "vader",
    "ouder",
    "partner",
    "ex-partner",
    "mother",
    "father",
    "parent",
];

/// Role words of a child.
const CHILD_WORDS: &[&str] = &[
    "zoon",
    "dochter",
    "kind",
    "pleegkind",
    "son",
    "daughter",
    "child",
];

/// A question for the group that the plan check does not ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    ScoreWithoutReason {
        scale: Id,
        key: String,
        participant: String,
        score: String,
    },
    SafetyOnVictim {
        action: Id,
        position: usize,
        label: String,
        person: String,
    },
    MediationWithCoercion {
        item: Id,
        label: String,
        word: String,
        violence: ViolenceKind,
    },
    OpinionInFact {
        fact: Id,
        label: String,
        word: String,
    },
    ChildInNoSituation {
        child: String,
    },
}

impl Prompt {
    pub fn item(&self) -> Option<Id> {
        match self {
            Prompt::ScoreWithoutReason { scale: id, .. }
            | Prompt::SafetyOnVictim { action: id, .. }
            | Prompt::MediationWithCoercion { item: id, .. }
            | Prompt::OpinionInFact { fact: id, .. } => Some(*id),
            Prompt::ChildInNoSituation { .. } => None,
        }
    }

    pub fn message(&self) -> String {
        match self {
            Prompt::ScoreWithoutReason {
                key,
                participant,
                score,
                ..
            } => T::TeachScoreNoReason.fmt(&[participant, score, key]),
            Prompt::SafetyOnVictim {
                position,
                label,
                person,
                ..
            } => T::TeachSafetyOnVictim.fmt(&[position, label, person]),
            Prompt::MediationWithCoercion {
                label,
                word,
                violence,
                ..
            } => T::TeachMediation.fmt(&[word, label, &crate::i18n::violence_name(*violence)]),
            Prompt::OpinionInFact { label, word, .. } => T::TeachOpinion.fmt(&[label, word]),
            Prompt::ChildInNoSituation { child } => T::TeachChildNowhere.fmt(&[child]),
        }
    }

    /// The method's reason and where DOMAIN.md says it.
    pub fn reason(&self) -> (T, &'static str) {
        match self {
            Prompt::ScoreWithoutReason { .. } => (T::WhyScoreReason, "DOMAIN.md §2.2"),
            Prompt::SafetyOnVictim { .. } => (T::WhySafetyOnVictim, "DOMAIN.md §2.3"),
            Prompt::MediationWithCoercion { .. } => (T::WhyMediation, "DOMAIN.md §6"),
            Prompt::OpinionInFact { .. } => (T::WhyOpinion, "DOMAIN.md §2.1"),
            Prompt::ChildInNoSituation { .. } => (T::WhyChild, "DOMAIN.md §1.1, §6"),
        }
    }
}

impl Finding {
    /// The method's reason for this rule and where DOMAIN.md says it.
    pub fn reason(&self) -> (T, &'static str) {
        match self {
            Finding::ActionIncomplete { .. } => (T::WhyActionIncomplete, "DOMAIN.md §2.3"),
            Finding::ConditionUnmonitored { .. } => (T::WhyUnmonitored, "DOMAIN.md §2.3"),
            Finding::TermUnclear { .. } | Finding::DeadlineBeforeMeeting { .. } => {
                (T::WhyTerm, "DOMAIN.md §2.3")
            }
            Finding::ReviewUndecided { .. } | Finding::ReviewNoReason { .. } => {
                (T::WhyReview, "DOMAIN.md §2.3")
            }
            Finding::BrokenUnanswered { .. } => (T::WhyBroken, "DOMAIN.md §2.3"),
            Finding::ConditionUntied { .. } => (T::WhyUntied, "DOMAIN.md §2.1"),
            Finding::SituationWithoutConditions { .. } => (T::WhySituationBare, "DOMAIN.md §2.1"),
            Finding::ScaleScoresMissing { .. } | Finding::NobodyPresent => {
                (T::WhyScores, "DOMAIN.md §2.2")
            }
            Finding::NoScale => (T::WhyScale, "DOMAIN.md §2.2"),
            Finding::Vague { .. } => (T::WhyVague, "DOMAIN.md §2.3"),
            Finding::EscalationDue => (T::WhyEscalation, "DOMAIN.md §1.4"),
            Finding::NoSharingBasis | Finding::SharingIncomplete => (T::WhySharing, "DOMAIN.md §5"),
            Finding::NoTop3 => (T::WhyTop3, "DOMAIN.md §2.1"),
            Finding::NoActions => (T::WhyActions, "DOMAIN.md §2.3"),
            Finding::NoNextMeeting => (T::WhyNextMeeting, "DOMAIN.md §1.1"),
            Finding::ClientAttendanceOpen => (T::WhyClientAttendance, "DOMAIN.md §3"),
            Finding::NoScenario => (T::WhyScenario, "DOMAIN.md §2.3"),
        }
    }
}

/// One line of the check that teaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    pub message: String,
    /// The method's reason, in the current language.
    pub reason: String,
    /// Where DOMAIN.md says it ("DOMAIN.md §2.3").
    pub reference: &'static str,
    /// A prompt for the group, not a rule of the plan check.
    pub prompt: bool,
    pub item: Option<Id>,
}

/// The plan check's findings (the same rules, `check_case`) and then the
/// prompts, each with its reason.
pub fn lessons(
    session: &Session,
    signals: &[crate::timeline::Signal],
    vague: &VagueWords,
    opinion: &OpinionWords,
) -> Vec<Lesson> {
    let findings = check_case(session, signals, vague).into_iter().map(|f| {
        let (why, reference) = f.reason();
        Lesson {
            message: f.message(),
            reason: why.s().to_string(),
            reference,
            prompt: false,
            item: f.item(),
        }
    });
    let asked = prompts(session, opinion).into_iter().map(|p| {
        let (why, reference) = p.reason();
        Lesson {
            message: p.message(),
            reason: why.s().to_string(),
            reference,
            prompt: true,
            item: p.item(),
        }
    });
    findings.chain(asked).collect()
}

/// The prompts for the group, in the order of the meeting.
pub fn prompts(session: &Session, opinion: &OpinionWords) -> Vec<Prompt> {
    let mut out = Vec::new();
    for f in &session.facts {
        if let Some(word) = opinion.find(&f.what) {
            out.push(Prompt::OpinionInFact {
                fact: f.id,
                label: short(&f.what),
                word: word.to_string(),
            });
        }
    }
    for scale in &session.scales {
        for p in session.scored() {
            let Some(a) = scale.answer(p.id) else {
                continue;
            };
            let Some(score) = a.score else { continue };
            if a.why_not_lower.trim().is_empty() && a.why_not_higher.trim().is_empty() {
                out.push(Prompt::ScoreWithoutReason {
                    scale: scale.id,
                    key: scale.key.clone(),
                    participant: p.name.trim().to_string(),
                    score: score.to_string(),
                });
            }
        }
    }
    for child in children(session) {
        let named = |t: &str| has_word(t, &child);
        let seen = session.top3.items().iter().any(|s| named(&s.text))
            || session.conditions.iter().any(|c| named(&c.text))
            || session
                .actions
                .iter()
                .any(|a| named(&a.who) || named(&a.what));
        if !seen {
            out.push(Prompt::ChildInNoSituation { child });
        }
    }
    let coercive = matches!(
        session.case.violence,
        Some(ViolenceKind::IntiemTerrorisme | ViolenceKind::Stalking)
    );
    if let Some(violence) = session.case.violence.filter(|_| coercive) {
        let joint = |t: &str| {
            let low = t.to_lowercase();
            JOINT_TREATMENT
                .iter()
                .find(|w| low.contains(*w))
                .map(|w| w.to_string())
        };
        for c in &session.conditions {
            if let Some(word) = joint(&c.text) {
                out.push(Prompt::MediationWithCoercion {
                    item: c.id,
                    label: short(&c.text),
                    word,
                    violence,
                });
            }
        }
        for a in &session.actions {
            if let Some(word) = joint(&a.what) {
                out.push(Prompt::MediationWithCoercion {
                    item: a.id,
                    label: short(&a.what),
                    word,
                    violence,
                });
            }
        }
    }
    let protected: Vec<&str> = session
        .participants
        .iter()
        .filter(|p| {
            p.group == Some(Group::Gezin)
                || ADULT_WORDS.contains(&p.role.trim().to_lowercase().as_str())
        })
        .map(|p| p.name.trim())
        .filter(|n| !n.is_empty())
        .filter(|n| {
            !session
                .top3
                .items()
                .iter()
                .any(|s| first_word(&s.text).eq_ignore_ascii_case(n))
        })
        .collect();
    for (i, a) in session.actions.iter().enumerate() {
        let low = format!("{} {}", a.who, a.what).to_lowercase();
        if !SELF_RESTRICTION.iter().any(|w| low.contains(w)) {
            continue;
        }
        if let Some(person) = protected
            .iter()
            .find(|n| has_word(&a.who, n) || (a.who.trim().is_empty() && has_word(&a.what, n)))
        {
            out.push(Prompt::SafetyOnVictim {
                action: a.id,
                position: i + 1,
                label: short(&a.what),
                person: person.to_string(),
            });
        }
    }
    out
}

/// The children of the household: participants with a child's role, and
/// the names after a child word in the household description.
pub fn children(session: &Session) -> Vec<String> {
    if !session.case.minor_children {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for p in &session.participants {
        let role = p.role.trim().to_lowercase();
        if CHILD_WORDS
            .iter()
            .any(|w| role.split_whitespace().next() == Some(w))
            && !p.name.trim().is_empty()
        {
            out.push(p.name.trim().to_string());
        }
    }
    let words: Vec<&str> = session
        .case
        .household
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        let (lead, name) = (pair[0].to_lowercase(), pair[1]);
        if CHILD_WORDS.contains(&lead.as_str())
            && name.chars().next().is_some_and(char::is_uppercase)
            && !out.iter().any(|o| o.eq_ignore_ascii_case(name))
        {
            out.push(name.to_string());
        }
    }
    out
}

fn first_word(text: &str) -> &str {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .unwrap_or_default()
}

/// `text` holds `word` as a whole word, case-insensitively.
fn has_word(text: &str, word: &str) -> bool {
    let word = word.to_lowercase();
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w == word)
}
