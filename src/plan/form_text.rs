//! The texts of the aanmeldingsformulier that both its screen and its
//! export use: the criteria's labels, ages as bands, the household's
//! composition without names.

use crate::i18n::T;
use crate::model::{AgeBand, Criterion, Session};

/// The label of criterion `n`'s ja/nee field and of its explanation.
pub fn criterion_labels(c: Criterion) -> (T, T) {
    match c.number() {
        1 => (T::RegCrit1, T::RegExplain1),
        2 => (T::RegCrit2, T::RegExplain2),
        3 => (T::RegCrit3, T::RegExplain3),
        4 => (T::RegCrit4, T::RegExplain4),
        5 => (T::RegCrit5, T::RegExplain5),
        6 => (T::RegCrit6, T::RegExplain6),
        7 => (T::RegCrit7, T::RegExplain7),
        _ => (T::RegCrit8, T::RegExplain8),
    }
}

/// The household's composition as the form asks it: roles with ages in
/// bands ("moeder (30–49 jaar), zoon (4–11 jaar)"), never names or exact
/// ages. From the registration's members; without them, from the
/// household line with its names replaced by roles and its ages by bands.
pub fn composition_in_bands(s: &Session) -> String {
    let reg = &s.case.registration;
    if !reg.members.is_empty() {
        return reg
            .members
            .iter()
            .filter(|m| !m.role.trim().is_empty() || m.age.is_some())
            .map(|m| {
                let role = if m.role.trim().is_empty() {
                    T::RegMember.s().to_string()
                } else {
                    m.role.trim().to_string()
                };
                match m.age_band() {
                    Some(b) => format!("{role} ({})", band_text(b)),
                    None => role,
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
    }
    let line = crate::plan::redact_names(s).case.household;
    ages_as_bands(&line)
}

/// "4–11 jaar", "65+ jaar".
pub fn band_text(b: AgeBand) -> String {
    T::RegAgeBand.fmt(&[&b])
}

/// Every number in `text` that reads as an age (0–120, not part of a date
/// or a longer number) written as its band.
pub fn ages_as_bands(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let digits: String = chars[start..i].iter().collect();
        let joined = |c: Option<&char>| c.is_some_and(|c| matches!(c, '-' | '/' | '.' | ':'));
        let before = start.checked_sub(1).and_then(|p| chars.get(p));
        // Part of a date, or already a band ("4–11", "65+").
        let in_date = joined(before)
            || before == Some(&'–')
            || matches!(chars.get(i), Some('–' | '+'))
            || (joined(chars.get(i)) && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        match digits.parse::<u8>() {
            Ok(age) if age <= 120 && !in_date && digits.len() <= 3 => {
                out.push_str(&band_text(AgeBand::of(age)))
            }
            _ => out.push_str(&digits),
        }
    }
    out
}
